"""`--engine dask` on a distributed.LocalCluster of two worker processes gives the same dataset as `--jobs 1`, the
rows of a JSON Lines file of articles (sent to the workers as pointers) included."""
import json

from distributed import LocalCluster

from pipeline import write
from pipeline.cli import main
from pipeline.extract import extract

KEYS = {"documents": "doc_id", "mentions": "mention_id", "events": "event_id",
        "event_arguments": ["event_id", "role", "start", "text"], "errors": ["path", "row"], "actors": "actor_id",
        "event_clusters": "cluster_id"}


def rows(out, name):
    table = write.read_table(out, name)
    table = table.drop_columns([c for c in ("processed_at", "when") if c in table.column_names])
    keys = KEYS[name] if isinstance(KEYS[name], list) else [KEYS[name]]
    return table.sort_by([(key, "ascending") for key in keys]).to_pylist()


def test_a_local_cluster_of_two_workers_gives_the_dataset_of_one_job(seed_copy, tmp_path):
    (seed_copy / "broken.txt").write_bytes(b"\x00\x01binary")  # an error row, the same either way
    (seed_copy / "news.jsonl").write_text("\n".join([
        json.dumps({"id": "ru", "text": "Министр иностранных дел Казахстана Мурат Нуртлеу 12 марта встретился в Астане "
                                        "с министром иностранных дел Узбекистана Бахтиёром Саидовым."}),
        '{"id": "bad", "text": null}',
        json.dumps({"id": "kk", "lang": "kk", "text": "Сыртқы істер министрі Мұрат Нұртілеу Украина Сыртқы істер "
                                                      "министрі Андрей Сибигамен кездесу өткізді."})]) + "\n",
                                         encoding="utf-8")
    serial = tmp_path / "serial"
    extract([seed_copy], serial)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        out = tmp_path / "dask"
        assert main(["extract", str(seed_copy), "--out", str(out), "--engine", "dask",
                     "--scheduler", cluster.scheduler_address, "--quiet"]) == 0
        workers = cluster.scheduler_info["workers"]
        assert len(workers) == 2
    for name in write.SCHEMAS:
        assert rows(out, name) == rows(serial, name), name
    assert len(rows(out, "documents")) == 7 and len(rows(out, "errors")) == 2
    assert sorted(row["source_row"] for row in rows(out, "documents") if row["source_row"]) == [1, 3]


def test_a_scheduler_out_of_reach_or_with_no_worker_is_one_line(seed_copy, tmp_path, monkeypatch, capsys):
    """A scheduler address nothing answers at printed distributed's traceback after 30 s, and a scheduler with no
    worker hung with no word (a fresh user's findings): each is now one line and exit 2, before any article."""
    import socket

    from pipeline import extract as extraction

    monkeypatch.setattr(extraction, "SCHEDULER_TIMEOUT", 2)
    monkeypatch.setattr(extraction, "WORKERS_TIMEOUT", 2)
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert main(["extract", str(seed_copy), "--out", str(tmp_path / "a"), "--engine", "dask",
                 "--scheduler", f"tcp://127.0.0.1:{port}", "--quiet"]) == 2
    [line] = capsys.readouterr().err.strip().splitlines()
    assert line.startswith(f"dipevents: cannot reach the Dask scheduler at tcp://127.0.0.1:{port}")
    with LocalCluster(n_workers=0, processes=False, dashboard_address=None) as cluster:
        assert main(["extract", str(seed_copy), "--out", str(tmp_path / "b"), "--engine", "dask",
                     "--scheduler", cluster.scheduler_address, "--quiet"]) == 2
    [line] = capsys.readouterr().err.strip().splitlines()
    assert line == (f"dipevents: the Dask scheduler at {cluster.scheduler_address} has no worker after 2 s: start one "
                    f"(`dask worker {cluster.scheduler_address}`) and run again")
