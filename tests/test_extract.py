"""The whole run on real articles: the dataset, its span invariant, incremental re-runs, bad files, and
interrupted writes."""
import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline import write
from pipeline.cli import main
from pipeline.extract import Limits, extract
from pipeline.ingest import ingest_text
from pipeline.paths import data_dir
from pipeline.run import load_config

TABLES = ("documents", "mentions", "errors")


@pytest.fixture(scope="module")
def dataset(tmp_path_factory, seed_paths):
    """The seeds extracted once for the module's read-only checks."""
    folder = tmp_path_factory.mktemp("seeds")
    for path in seed_paths:
        shutil.copy(path, folder / path.name)
    out = tmp_path_factory.mktemp("out")
    summary = extract([folder], out)
    assert not summary.errors
    return out


def read(out, name) -> pd.DataFrame:
    return write.read_table(out, name).to_pandas()


def test_every_table_loads_with_pandas(dataset):
    documents = read(dataset, "documents")
    assert len(documents) == 5
    assert sorted(documents["lang"]) == ["kk", "ru", "ru", "ru", "ru"]
    by_seed = dict(zip(documents["source_path"].map(lambda path: Path(path).name[:3]), documents["lang"]))
    assert by_seed == {"000": "ru", "001": "ru", "002": "ru", "003": "ru", "004": "kk"}
    assert set(documents["doc_id"]) == set(read(dataset, "mentions")["doc_id"])
    assert read(dataset, "errors").empty
    for name in TABLES:
        for part in (dataset / "current" / name).glob("*.parquet"):
            schema = pq.read_schema(part)
            assert schema.metadata[b"dipevents.schema_version"] == write.SCHEMA_VERSION.encode()


def test_the_documented_one_line_reads_give_the_committed_version(dataset):
    """README's reads for pandas, DuckDB and Dask, each one line, see the same rows as `write.read_table`."""
    import dask.dataframe as dd
    import duckdb

    mentions = read(dataset, "mentions")
    by_pandas = pd.read_parquet(dataset / "current" / "mentions")
    by_duckdb = duckdb.sql(f"SELECT * FROM '{dataset}/current/mentions/*.parquet'").df()
    by_dask = dd.read_parquet(dataset / "current" / "mentions").compute()
    for frame in (by_pandas, by_duckdb, by_dask):
        assert sorted(frame["mention_id"]) == sorted(mentions["mention_id"])
    events = duckdb.sql(f"SELECT count(*) FROM '{dataset}/current/events/*.parquet'").fetchall()[0][0]
    assert events == len(read(dataset, "events")) > 0


def test_span_invariant_on_every_mention(dataset):
    texts = read(dataset, "documents").set_index("doc_id")["text"]
    mentions = read(dataset, "mentions")
    assert len(mentions) > 100
    for row in mentions.itertuples():
        text = texts[row.doc_id]
        assert text[row.start:row.end] == row.text
        assert row.sentence_start <= row.start < row.end <= row.sentence_end


def test_russian_entities_and_their_corrections(dataset):
    mentions = read(dataset, "mentions")
    ru = mentions[mentions["lang"] == "ru"]
    found = set(zip(ru["text"], ru["label"], ru["normal"]))
    assert ("Маргулан Баймухан", "PER", "Маргулан Баймухан") in found
    assert ("Лонгом Трангом", "PER", "Лонг Транг") in found  # a foreign name back in the nominative
    assert ("Западный Кейп", "LOC", "Западный Кейп") in found  # split off the governor's name
    assert ("Аланом Винде", "PER", "Алан Винде") in found
    assert ("Моссел-Бея", "LOC", "Моссел-Бей") in found  # natasha calls it a person
    assert ("Жана-Марка Эйро", "PER", "Жан-Марк Эйро") in found or ("Жана-Марка Эйро" in set(ru["text"]))
    assert {"PER", "ORG", "LOC"} <= set(ru["label"])
    # an abbreviation in brackets is its own mention; unions of states are organisations
    assert {("Африканского союза", "ORG"), ("АС", "ORG"), ("ЕС", "ORG")} <= set(zip(ru["text"], ru["label"]))
    # an institution noun before its country; a title is not part of the organisation's name
    assert ("сенате", "ORG", "сенат") in found and ("Сената", "ORG") in set(zip(ru["text"], ru["label"]))
    # a long name natasha finds once is found at its other mentions too
    acp = ru[ru["normal"].str.startswith("Организация африканск")]
    assert len(acp) >= 5


def test_kazakh_entities_in_the_same_table(dataset):
    mentions = read(dataset, "mentions")
    kk = mentions[mentions["lang"] == "kk"]
    assert {"PER", "LOC", "ORG"} <= set(kk["label"])
    assert "Ержан Ашықбаев" in set(kk["normal"])
    assert "Ташкент" in set(kk["normal"])
    found = set(zip(kk["text"], kk["label"], kk["normal"]))
    # the model's `Наталья` PER + `Герман` GPE is one person; `БҰҰ-ның` is the UN, spanned without its ending
    assert ("Наталья Герман", "PER", "Наталья Герман") in found
    assert ("БҰҰ", "ORG", "БҰҰ") in found and not any(text.startswith("БҰҰ-") for text in kk["text"])
    assert ("Н.Германмен", "PER", "Н.Герман") in found
    # the all-capitals headline is read in sentence case: no verb taken for an organisation
    assert "ӨТТІ" not in set(kk["text"])


def test_boilerplate_yields_no_mentions(dataset):
    documents = read(dataset, "documents").set_index("doc_id")
    mentions = read(dataset, "mentions")
    for row in mentions.itertuples():
        paragraphs = documents.loc[row.doc_id, "paragraphs"]
        paragraph = next(p for p in paragraphs if p["start"] <= row.start < p["end"])
        assert not paragraph["boilerplate"], row.text


def test_rerun_is_incremental_and_replaces_changed_files(seed_copy, tmp_path):
    out = tmp_path / "out"
    first = extract([seed_copy], out)
    assert len(first.processed) == 5
    again = extract([seed_copy], out)
    assert again.unchanged == 5 and not again.processed
    changed = seed_copy / "000_6a3d6e261fcd6835.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("Маргулан Баймухан", "Маргулан Баймуханов"),
                       encoding="utf-8")
    third = extract([seed_copy], out)
    assert third.processed == [str(changed)]
    documents, mentions = read(out, "documents"), read(out, "mentions")
    assert len(documents) == 5 and documents["doc_id"].is_unique
    assert documents["source_path"].is_unique
    assert not mentions["mention_id"].duplicated().any()
    assert set(mentions["doc_id"]) == set(documents["doc_id"])
    assert "Маргулан Баймуханов" in set(mentions["text"])
    assert "Маргулан Баймухан" not in set(mentions["text"])
    forced = extract([seed_copy], out, force=True)
    assert len(forced.processed) == 5 and len(read(out, "documents")) == 5


def test_a_copy_of_an_article_is_kept_once(seed_copy, tmp_path):
    shutil.copy(seed_copy / "002_c00e56f8f959c6cf.txt", seed_copy / "copy_of_002.txt")
    summary = extract([seed_copy], tmp_path / "out")
    assert len(read(tmp_path / "out", "documents")) == 5
    assert [path.endswith("copy_of_002.txt") for path, _ in summary.duplicates] == [True]


def test_corrupt_file_among_good_ones(seed_copy, tmp_path, capsys):
    (seed_copy / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    out = tmp_path / "out"
    assert main(["extract", str(seed_copy), "--out", str(out), "--quiet"]) == 0
    errors = read(out, "errors")
    assert list(errors["stage"]) == ["ingest"] and errors["path"].iloc[0].endswith("broken.txt")
    assert "broken.txt: ingest: binary file" in capsys.readouterr().err
    assert len(read(out, "documents")) == 5
    assert main(["extract", str(seed_copy), "--out", str(out), "--quiet", "--strict", "--force"]) == 1


def test_only_bad_files_is_a_failure(tmp_path, capsys):
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    assert main(["extract", str(folder), "--out", str(tmp_path / "out"), "--quiet"]) == 1
    assert "empty.txt: ingest: file is empty" in capsys.readouterr().err


def test_missing_and_empty_folders_get_clear_messages(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out")]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    (tmp_path / "empty").mkdir()
    assert main(["extract", str(tmp_path / "empty"), "--out", str(tmp_path / "out")]) == 2
    assert "no articles (.txt, .jsonl, .ndjson, .csv, .parquet) in" in capsys.readouterr().err


def test_files_of_a_folder_that_are_no_articles_are_counted_not_passed_over_in_silence(tmp_path, capsys):
    """A scraper's HTML pages or a Word file dropped among the articles were skipped without a word; sidecars
    (`.json`) and the files of a `gold/` folder (docs/gold.md) are not counted. A folder of such files only says
    what it holds in its one line."""
    from pipeline.extract import scan

    folder = tmp_path / "articles"
    (folder / "gold").mkdir(parents=True)
    (folder / "a.txt").write_text("Посол Франции встретился с министром иностранных дел Казахстана.\n")
    (folder / "a.json").write_text('{"published": "2025-03-01"}')
    (folder / "gold" / "a.json").write_text("{}")
    (folder / "gold" / "GUIDELINES.md").write_text("# how we label")
    (folder / "gold" / "notes.txt").write_text("Встреча в абзаце 2: проверить дату.\n")  # a labeller's, no article
    for name in ("page-1.html", "page-2.HTML", "report.docx", ".DS_Store"):
        (folder / name).write_bytes(b"<p>x</p>")
    found = scan([folder], 1_000_000)
    assert list(found.articles) == [str(folder / "a.txt")]
    assert found.notes == ["3 files not read (.html 2, .docx 1): articles are .txt, .jsonl, .ndjson, .csv, .parquet"]
    (folder / "report.docx").unlink()
    (folder / "page-2.HTML").unlink()
    assert scan([folder], 1_000_000).notes == [
        "1 file not read (.html 1): articles are .txt, .jsonl, .ndjson, .csv, .parquet"]
    (folder / "a.txt").unlink()
    assert main(["extract", str(folder), "--out", str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err.strip().endswith("in " + str(folder) + "; files not read: .html 1")


def test_a_sidecar_with_no_article_beside_it_is_named(tmp_path):
    """A sidecar whose article is missing or misnamed ("report.json" beside "report-1.txt") dates nothing: the run
    names it in its notes, where it had passed over it in silence (a fresh user's finding)."""
    from pipeline.extract import scan

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "report-1.txt").write_text("Посол Японии встретился с министром иностранных дел Казахстана.\n")
    (folder / "report.json").write_text('{"published": "2025-03-01"}')
    (folder / "Visit.TXT").write_text("Президент Монголии посетил Астану.\n")
    (folder / "Visit.json").write_text('{"published": "2025-03-02"}')  # its article's, the suffix in capitals
    assert scan([folder], 1_000_000).notes == [
        f"1 sidecar with no NAME.txt beside it, not read: {folder / 'report.json'}"]


def committed_bytes(out) -> dict:
    return {path.relative_to(out / "current").as_posix(): path.read_bytes()
            for path in (out / "current").rglob("*.parquet")}


def test_interrupted_write_leaves_the_previous_dataset(seed_copy, tmp_path, monkeypatch):
    out = tmp_path / "out"
    extract([seed_copy], out)
    before, version = committed_bytes(out), write.committed_version(out).number
    calls = {"n": 0}
    real_write = write._write_part

    def crash_on_second_table(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return real_write(*args, **kwargs)

    monkeypatch.setattr(write, "_write_part", crash_on_second_table)
    with pytest.raises(KeyboardInterrupt):
        extract([seed_copy], out, force=True)
    monkeypatch.undo()
    assert committed_bytes(out) == before and write.committed_version(out).number == version
    extract([seed_copy], out)  # the next run discards the unfinished version folder
    assert not [p for p in (out / "versions").iterdir() if p.name.startswith(".tmp-")]
    assert len(read(out, "documents")) == 5


def test_a_version_never_switched_to_is_discarded(seed_copy, tmp_path, monkeypatch):
    """Killed after the new version folder is in place but before `current` moves: the old version stays."""
    out = tmp_path / "out"
    extract([seed_copy], out)
    before, version = committed_bytes(out), write.committed_version(out).number
    real_replace = write.os.replace

    def crash_at_the_switch(src, dst):
        if Path(dst).name == "current":
            raise KeyboardInterrupt
        return real_replace(src, dst)

    changed = seed_copy / "001_9284a0450e23592d.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nДобавленный абзац о встрече.\n", encoding="utf-8")
    monkeypatch.setattr(write.os, "replace", crash_at_the_switch)
    with pytest.raises(KeyboardInterrupt):
        extract([seed_copy], out)
    monkeypatch.undo()
    assert committed_bytes(out) == before and (out / "versions" / f"{version + 1:06d}").exists()
    summary = extract([seed_copy], out)
    # the version left behind is discarded: the batch, then the tables across articles (crossref.py)
    assert summary.processed == [str(changed)] and summary.version == version + 2
    documents, mentions = read(out, "documents"), read(out, "mentions")
    assert set(mentions["doc_id"]) == set(documents["doc_id"]) and len(documents) == 5
    assert any(text.endswith("Добавленный абзац о встрече.\n") for text in documents["text"])


def test_parallel_jobs_give_the_same_rows(seed_copy, tmp_path):
    serial, parallel = tmp_path / "serial", tmp_path / "parallel"
    extract([seed_copy], serial)
    extract([seed_copy], parallel, jobs=2)
    columns = ["doc_id", "start", "end", "label", "normal"]
    left = read(serial, "mentions")[columns].sort_values(columns).reset_index(drop=True)
    right = read(parallel, "mentions")[columns].sort_values(columns).reset_index(drop=True)
    pd.testing.assert_frame_equal(left, right)


def test_the_run_process_of_workers_imports_no_spacy(seed_copy, tmp_path):
    """With `jobs` 2 the run's own process runs no model (its workers fork from a server that loaded them): it
    imports neither spaCy nor thinc and torch (pipeline/spacy_parts.py), whose import took 2 s of CPU before the
    server could start; the Kazakh seeds still get the Kazakh model's people and places."""
    script = ("import sys; from pathlib import Path; from pipeline.extract import extract; "
              f"summary = extract([Path({str(seed_copy)!r})], Path({str(tmp_path / 'out')!r}), jobs=2); "
              "print(sorted(summary.languages), sorted(m for m in ('spacy', 'thinc', 'torch') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[-2] == "['kk', 'ru'] []"
    kazakh = read(tmp_path / "out", "mentions").query("lang == 'kk'")
    assert {"PER", "LOC"} <= set(kazakh["label"])


def test_warm_up_loads_the_events_knowledge_of_each_language(processor):
    """`Processor.warm_up` (what the workers' server runs before forking them) reads models/pipeline.yaml's short
    article per language through every stage: each gives a meeting of two sides with its place and date, in its
    language, and a fresh process has the events stage's knowledge of both languages loaded after it."""
    texts = load_config()["warm_up"]
    for lang, doc in zip(texts, processor.process_batch([ingest_text(text) for text in texts.values()])):
        event, = doc.events
        assert doc.lang == lang and len(event.participants) == 2 and event.location and event.date
    script = ("from pipeline.run import Processor; from pipeline.event.knowledge import knowledge; "
              "processor = Processor.build(); before = knowledge.cache_info().currsize; processor.warm_up(); "
              "print(before, knowledge.cache_info().currsize)")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[-2] == f"0 {len(texts)}"


def comparable_rows(out, name) -> list[str]:
    """A table's rows as sorted JSON lines, without the time of processing."""
    rows = write.read_table(out, name).to_pylist()
    return sorted(json.dumps({k: v for k, v in row.items() if k != "processed_at"}, default=str, sort_keys=True)
                  for row in rows)


def test_documents_taken_together_give_the_rows_of_one_at_a_time(seed_copy, tmp_path):
    """`run.documents_per_call` documents per call of the stages (Processor.process_batch: the neural models'
    batches across documents), in this process, in worker processes and on Dask, give the dataset of one
    document at a time, field by field; with the news set's articles when present."""
    news = data_dir() / "news"
    for path in sorted((news / "ru").glob("*.txt"))[:14] + sorted((news / "kk").glob("*.txt"))[:7]:
        shutil.copy(path, seed_copy / f"news_{path.parent.name}_{path.name}")
    runs = {"one": dict(limits=Limits.configured(documents_per_call=1)),
            "together": dict(limits=Limits.configured(documents_per_call=4)),
            "workers": dict(jobs=2, limits=Limits.configured(documents_per_call=4)),
            "dask": dict(jobs=1, engine="dask", limits=Limits.configured(documents_per_call=4))}
    for name, options in runs.items():
        assert not extract([seed_copy], tmp_path / name, **options).errors
    for table in ("documents", "mentions", "events", "event_arguments", "actors", "event_clusters"):
        one = comparable_rows(tmp_path / "one", table)
        assert one, table
        for name in ("together", "workers", "dask"):
            assert comparable_rows(tmp_path / name, table) == one, (table, name)


def test_a_dataset_written_before_a_column_existed_is_read_and_extended(seed_copy, tmp_path):
    out = tmp_path / "out"
    extract([seed_copy], out)
    for name in TABLES + ("events", "event_arguments"):  # the layout of schema version 3: a file per table
        pq.write_table(write.read_table(out, name), out / f"{name}.parquet")
    (out / "current").unlink()
    shutil.rmtree(out / "versions")
    events = pq.read_table(out / "events.parquet")
    pq.write_table(events.drop_columns(["background"]), out / "events.parquet")  # as schema version 2 wrote it
    assert write.read_table(out, "events")["background"].null_count == len(events)
    (seed_copy / "extra.txt").write_text("Министр иностранных дел Казахстана Мурат Нуртлеу встретился с "
                                         "Хаканом Фиданом в Анкаре.\n", encoding="utf-8")
    summary = extract([seed_copy], out)
    assert [Path(path).name for path in summary.processed] == ["extra.txt"]
    assert not list(out.glob("*.parquet"))  # migrated to the versioned layout, old files gone
    merged = read(out, "events")
    assert len(merged) == len(events) + 1 and merged["background"].isna().sum() == len(events)


def test_a_folder_named_relatively_then_absolutely_is_one_set_of_files(seed_copy, tmp_path, monkeypatch):
    out = tmp_path / "out"
    monkeypatch.chdir(seed_copy.parent)
    extract([Path(seed_copy.name)], out)  # "articles", relative to the working folder
    again = extract([seed_copy], out)  # the same folder, absolute
    assert again.unchanged == 5 and not again.processed
    changed = seed_copy / "001_9284a0450e23592d.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nВстреча прошла в Париже.\n", encoding="utf-8")
    forced = extract([Path("..") / tmp_path.name / seed_copy.name], out, force=True)
    assert len(forced.processed) == 5 and not forced.duplicates
    documents = read(out, "documents")
    assert len(documents) == 5 and documents["source_path"].map(lambda p: Path(p).is_absolute()).all()
    assert str(changed) in set(documents["source_path"])
    assert documents.set_index("source_path").loc[str(changed), "text"].endswith("Встреча прошла в Париже.\n")


def test_a_second_run_into_a_locked_folder_stops_with_one_line(seed_copy, tmp_path, capsys):
    out = tmp_path / "out"
    extract([seed_copy], out)
    before = committed_bytes(out)
    with write.DatasetWriter(out, "test"):  # another run holds the folder
        assert main(["extract", str(seed_copy), "--out", str(out), "--force"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "is being written by another run (pid" in err[0] and "--wait" in err[0]
    assert committed_bytes(out) == before


def test_out_problems_are_one_line_before_any_work(seed_copy, tmp_path, capsys):
    a_file = tmp_path / "a_file"
    a_file.write_text("not a folder")
    assert main(["extract", str(seed_copy), "--out", str(a_file)]) == 2
    assert capsys.readouterr().err.strip() == f"dipevents: --out {a_file} is a file, not a folder"
    assert main(["extract", str(seed_copy), "--out", str(a_file / "sub")]) == 2
    assert capsys.readouterr().err.strip() == f"dipevents: cannot write to --out {a_file / 'sub'}: Not a directory"
    assert a_file.read_text() == "not a folder"


def test_hostile_files_are_one_line_each_and_the_run_goes_on(seed_copy, tmp_path, capsys):
    os.mkfifo(seed_copy / "fifo.txt")
    os.symlink("/dev/zero", seed_copy / "zero.txt")
    os.symlink(seed_copy / "gone", seed_copy / "dangling.txt")
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(str(seed_copy / "socket.txt"))
    (seed_copy / "huge.txt").write_text("Встреча в Астане. " * 20_000, encoding="utf-8")  # 640 kB
    latin1 = os.fsencode(seed_copy) + b"/caf\xe9.txt"  # a Latin-1 name: not valid UTF-8
    with open(latin1, "wb") as handle:
        handle.write("Министр Мурат Нуртлеу встретился в Астане с послом Италии.\n".encode("utf-8"))
    out = tmp_path / "out"
    try:
        assert main(["extract", str(seed_copy), "--out", str(out), "--max-bytes", "500000", "--quiet"]) == 0
    finally:
        listener.close()
    err = capsys.readouterr().err.strip().splitlines()
    assert all(line.startswith(f"dipevents: {seed_copy}/") for line in err)
    reasons = {line.split(": ")[1].rsplit("/", 1)[-1]: line.split(": ", 3)[3] for line in err}
    assert reasons == {
        "fifo.txt": "not a regular file (a FIFO); skipped",
        "zero.txt": "not a regular file (a character device); skipped",
        "socket.txt": "not a regular file (a socket); skipped",
        "dangling.txt": "broken symbolic link",
        "huge.txt": "file is 640,000 bytes, over the size cap of 500,000 (--max-bytes)",
    }
    errors = read(out, "errors")
    assert sorted(errors["stage"]) == ["input"] * 5
    documents = read(out, "documents")
    assert len(documents) == 6
    assert f"{seed_copy}/caf\\xe9.txt" in set(documents["source_path"])  # stored with its byte escaped
    again = extract([seed_copy], out, limits=Limits.configured(max_bytes=500_000))
    assert again.unchanged == 6 and not again.processed  # the odd name is known on the next run
    assert len(again.errors) == 5 and len(read(out, "errors")) == 5  # each reported again, once
    (seed_copy / "fifo.txt").unlink()
    (seed_copy / "huge.txt").write_text("Встреча в Астане.\n", encoding="utf-8")
    extract([seed_copy], out)
    assert sorted(read(out, "errors")["path"].map(lambda p: Path(p).name)) == ["dangling.txt", "socket.txt", "zero.txt"]


def test_a_document_past_the_time_cap_is_stopped_and_reported(seed_copy, tmp_path):
    # the stages' lazy loads (the gazetteer at the first place: 2 s) done first, as in any run of more than a few
    # documents: the cap of 1 s is then the documents' alone
    extract([seed_copy], tmp_path / "warm")
    slow = seed_copy / "slow.txt"
    slow.write_text("\n".join(f"Министр иностранных дел Казахстана встретился с послом страны {n} в Астане."
                              for n in range(3000)), encoding="utf-8")
    out = tmp_path / "out"
    summary = extract([seed_copy], out, limits=Limits.configured(max_seconds=1))
    assert [(Path(e.path).name, e.stage) for e in summary.errors] == [("slow.txt", "worker")]
    assert "time cap of 1 s" in summary.errors[0].error
    assert len(read(out, "documents")) == 5


def test_the_time_cap_falling_due_as_a_call_returns_costs_no_run(seed_copy, tmp_path, monkeypatch):
    """On a loaded machine a call of the stages can end just as its time cap falls due: the alarm then rings while
    it is being disarmed. The call is done again one document at a time, as any call past the cap, and the run
    goes on (a 10,000-article run of `make bench-speed` at load 20 stopped with the alarm's DocumentTimeout)."""
    import signal

    from pipeline import extract as extract_module

    disarm = signal.setitimer
    due = [True]

    def ringing(which, seconds, interval=0.0):
        if seconds == 0 and due:
            due.clear()
            disarm(which, 0)
            raise extract_module.DocumentTimeout  # what the alarm's handler raises, there and then
        return disarm(which, seconds, interval)

    monkeypatch.setattr(signal, "setitimer", ringing)
    summary = extract([seed_copy], tmp_path / "out")
    assert not due and not summary.errors and len(summary.processed) == 5
    assert len(read(tmp_path / "out", "documents")) == 5


def test_a_folder_that_cannot_be_listed_is_reported_and_its_rows_kept(seed_copy, tmp_path, monkeypatch):
    sub = seed_copy / "sub"
    sub.mkdir()
    shutil.move(seed_copy / "004_caa11e77a7aba525.txt", sub)
    out = tmp_path / "out"
    extract([seed_copy], out)
    real_scandir = os.scandir

    def refuse(path="."):  # as a folder without read permission does for anyone but root
        if isinstance(path, (str, os.PathLike)) and Path(path) == sub:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)
    summary = extract([seed_copy], out)
    monkeypatch.undo()
    assert [(e.path, e.stage, e.error) for e in summary.errors] == [
        (str(sub), "input", "cannot list folder: Permission denied")]
    assert not summary.removed and len(read(out, "documents")) == 5  # its article is not taken for removed


def test_a_duplicate_text_and_another_spelling_are_not_redone(seed_copy, tmp_path):
    shutil.copy(seed_copy / "002_c00e56f8f959c6cf.txt", seed_copy / "copy_of_002.txt")
    out = tmp_path / "out"
    first = extract([seed_copy], out)
    assert len(first.processed) == 5
    os.symlink(seed_copy, tmp_path / "link")
    again = extract([seed_copy, tmp_path / "link"], out)
    assert not again.processed and not again.errors and again.unchanged == 6
    linked = {path: other for path, other in again.duplicates if path.startswith(f"{tmp_path}/link/")}
    assert len(linked) == 6 and all(Path(other) == seed_copy / Path(path).name for path, other in linked.items())
    copies = [(Path(path).name, Path(other).name) for path, other in again.duplicates if path not in linked]
    assert copies == [("copy_of_002.txt", "002_c00e56f8f959c6cf.txt")]  # noted, not reprocessed
    (seed_copy / "002_c00e56f8f959c6cf.txt").unlink()  # the original goes: the copy takes its place
    third = extract([seed_copy], out)
    assert [Path(p).name for p in third.processed] == ["copy_of_002.txt"]
    assert [Path(p).name for p in third.removed] == ["002_c00e56f8f959c6cf.txt"]
    documents = read(out, "documents")
    assert len(documents) == 5 and documents["source_path"].str.endswith("copy_of_002.txt").any()


def test_of_the_same_text_under_two_names_the_copy_with_a_sidecar_is_kept(seed_copy, tmp_path):
    # a scraper's copy (with its url and date) and a bare copy whose name sorts first: the url and date stay
    shutil.copy(seed_copy / "002_c00e56f8f959c6cf.txt", seed_copy / "zz_scraped.txt")
    (seed_copy / "zz_scraped.json").write_text(
        json.dumps({"url": "https://example.org/news/2", "published": "2016-03-30"}), encoding="utf-8")
    out = tmp_path / "out"
    summary = extract([seed_copy], out)
    assert [(Path(path).name, Path(other).name) for path, other in summary.duplicates] == [
        ("002_c00e56f8f959c6cf.txt", "zz_scraped.txt")]
    documents = read(out, "documents")
    [kept] = documents[documents["source_path"].str.contains("002_c00e56f8f959c6cf|zz_scraped")].itertuples()
    assert kept.source_path.endswith("zz_scraped.txt") and kept.url == "https://example.org/news/2"
    assert str(kept.published_date) == "2016-03-30"


def test_batches_are_committed_as_the_run_goes_and_changes_write_little(seed_copy, tmp_path):
    out = tmp_path / "out"
    limits = Limits.configured(batch_documents=2, compact_when=100)
    extract([seed_copy], out, limits=limits)
    version = write.committed_version(out)
    # three batches, then the tables across articles (crossref.py), each a version
    assert version.number == 4 and sorted(version.batches.values()) == [1, 2, 2]
    parts = {p.name: p.stat().st_ino for p in (out / "current" / "mentions").iterdir()}
    changed = seed_copy / "003_c330d1a9a8f8fc32.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nВстреча прошла в Париже.\n", encoding="utf-8")
    extract([seed_copy], out, limits=limits)
    after = {p.name: p.stat().st_ino for p in (out / "current" / "mentions").iterdir()}
    kept = set(parts) & set(after)
    assert len(kept) == 2 and all(parts[name] == after[name] for name in kept)  # linked, not rewritten
    documents, mentions = read(out, "documents"), read(out, "mentions")
    assert len(documents) == 5 and set(mentions["doc_id"]) == set(documents["doc_id"])
    assert sorted(p.name for p in (out / "versions").iterdir()) == ["000005", "000006"]  # older ones pruned
    keys = {"documents": "doc_id", "mentions": "mention_id", "events": "event_id"}

    def rows(name):
        return write.read_table(out, name).sort_by(keys[name]).to_pylist()

    before = {name: rows(name) for name in keys}
    compacted = extract([seed_copy], out, limits=Limits.configured(compact_below=10, compact_when=2))
    assert list(write.committed_version(out).batches.values()) == [5] and compacted.version == 7
    assert before == {name: rows(name) for name in keys}


def test_a_run_that_changes_nothing_commits_nothing(seed_copy, tmp_path, capsys):
    """Nothing new, or only the files that failed before failing alike: no new version, 'nothing to do'."""
    (seed_copy / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    out = tmp_path / "out"
    assert main(["extract", str(seed_copy), "--out", str(out)]) == 0
    version, errors = write.committed_version(out).number, read(out, "errors")
    capsys.readouterr()
    for _ in range(2):
        assert main(["extract", str(seed_copy), "--out", str(out)]) == 0
        printed = capsys.readouterr()
        assert "5 articles unchanged, 1 failing as before; nothing to do" in printed.out
        assert "broken.txt: ingest: binary file" in printed.err  # still said, not committed again
        assert write.committed_version(out).number == version
        assert read(out, "errors").equals(errors)  # the row of the first run that saw it, its time included
    (seed_copy / "broken.txt").unlink()
    assert main(["extract", str(seed_copy), "--out", str(out)]) == 0
    assert write.committed_version(out).number == version + 1 and read(out, "errors").empty
    assert main(["extract", str(seed_copy), "--out", str(out)]) == 0
    assert "All 5 articles unchanged; nothing to do" in capsys.readouterr().out
    assert write.committed_version(out).number == version + 1
