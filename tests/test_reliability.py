"""Reliability, with real processes: kill -9 at random moments and at each step of a commit, two runs into one
folder, a worker killed as the OOM killer would, the main process killed under its workers, hostile files, a
full disk. After each, the committed dataset must be complete (every document with all its rows) and consistent
(no row without its document), and nothing committed before may be lost."""
from __future__ import annotations

import os
import random
import resource
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline import write
from pipeline.bench.scale import make_corpus
from pipeline.extract import extract
from pipeline.paths import REPO_ROOT

ENV = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}


def cli(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "pipeline", "extract", *args, "--quiet"], cwd=REPO_ROOT, env=ENV,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)


def script(code: str, **kwargs) -> subprocess.Popen:
    """A run with settings the command line does not offer (batch size), or a fault planted at one point."""
    prelude = ("import os, signal, sys\nfrom pathlib import Path\nfrom pipeline import write\n"
               "from pipeline.extract import Limits, extract\n")
    return subprocess.Popen([sys.executable, "-c", prelude + code], cwd=REPO_ROOT, env=ENV,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)


def wait_until(condition, timeout: float = 120.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def committed_paths(out: Path) -> set[str]:
    return set(write.read_table(out, "documents")["source_path"].to_pylist())


def assert_consistent(out: Path) -> set[str]:
    """Every table of the committed version agrees with itself; returns the documents' paths."""
    version = write.committed_version(out)
    tables = {name: write.read_table(out, name) for name in write.SCHEMAS}
    assert version is None or {name: t.num_rows for name, t in tables.items()} == version.rows
    documents = tables["documents"].to_pylist()
    ids = [d["doc_id"] for d in documents]
    assert len(ids) == len(set(ids)) and len(documents) == len({d["source_path"] for d in documents})
    mentions = tables["mentions"]["doc_id"].to_pylist()
    assert set(mentions) <= set(ids) and set(tables["events"]["doc_id"].to_pylist()) <= set(ids)
    assert set(tables["event_arguments"]["event_id"].to_pylist()) <= set(tables["events"]["event_id"].to_pylist())
    for doc in documents:  # complete: each document has all its mentions, not part of them
        assert mentions.count(doc["doc_id"]) == doc["n_mentions"], doc["source_path"]
    return {d["source_path"] for d in documents}


def leftovers(out: Path) -> list[str]:
    current = os.readlink(out / "current") if (out / "current").is_symlink() else ""
    unfinished = [p.name for p in (out / "versions").iterdir()
                  if p.name.startswith(".") or (current and p.name > Path(current).name)]
    return unfinished + [p.name for p in out.glob(".current.*")]


def test_kill_9_at_random_moments_keeps_every_committed_batch(tmp_path):
    corpus = make_corpus(tmp_path / "corpus", 12)
    out = tmp_path / "out"
    seed = random.randrange(10**6)
    rng = random.Random(seed)
    run = f"extract([Path({str(corpus)!r})], Path({str(out)!r}), limits=Limits.configured(batch_documents=1))"
    kept: set[str] = set()
    for attempt in range(2):
        process = script(run)
        wait_until(lambda: write.committed_version(out) is not None
                   and write.committed_version(out).number > attempt, what="a first commit")
        time.sleep(rng.uniform(0, 1.0))  # commits come every few hundred ms: this lands inside some of them
        process.kill()
        process.wait()
        now = assert_consistent(out)
        assert kept <= now, f"seed {seed}: committed documents were lost"
        kept = now
    process = script(run)
    assert process.wait() == 0, process.stderr.read()
    assert assert_consistent(out) == {str(path) for path in corpus.iterdir()} and not leftovers(out)


@pytest.mark.parametrize("point", ["second part", "rename", "switch", "prune"])
def test_kill_9_inside_the_commit(seed_copy, tmp_path, point):
    """The commit is killed at each of its steps; before the switch the old version stands, after it the new."""
    out = tmp_path / "out"
    extract([seed_copy], out)
    before = assert_consistent(out)
    removed = seed_copy / "003_c330d1a9a8f8fc32.txt"
    removed.unlink()  # the commit that drops its rows needs no model: a quick run
    plant = {
        "second part": "real = write._write_part\ncalls = []\n"
                       "def fault(*a):\n    calls.append(1)\n    if len(calls) == 2: os.kill(os.getpid(), 9)\n"
                       "    return real(*a)\nwrite._write_part = fault\n",
        "rename": "real = write.os.rename\n"
                  "def fault(*a):\n    os.kill(os.getpid(), 9)\nwrite.os.rename = fault\n",
        "switch": "real = write.os.replace\n"
                  "def fault(a, b):\n    if Path(b).name == 'current': os.kill(os.getpid(), 9)\n    return real(a, b)\n"
                  "write.os.replace = fault\n",
        "prune": "def fault(self, keep):\n    os.kill(os.getpid(), 9)\nwrite.DatasetWriter._prune = fault\n",
    }[point]
    process = script(plant + f"extract([Path({str(seed_copy)!r})], Path({str(out)!r}))")
    assert process.wait() == -signal.SIGKILL
    after = assert_consistent(out)
    assert after == (before - {str(removed)} if point == "prune" else before)
    summary = extract([seed_copy], out)  # the next run finishes the job and clears what the kill left
    assert assert_consistent(out) == before - {str(removed)} and not leftovers(out)
    assert summary.removed == ([] if point == "prune" else [str(removed)])


def test_two_runs_into_one_folder(tmp_path):
    corpus = make_corpus(tmp_path / "corpus", 12)
    # the first run still holds the folder when the other two have started: eight slow articles, about 6 s (two,
    # 1.5 s, were done before the third run, loading its models, looked at the lock on an idle machine)
    for n in range(8):
        (corpus / f"zz_slow_{n}.txt").write_text(slow_article(n), encoding="utf-8")
    out = tmp_path / "out"
    first = cli(str(corpus), "--out", str(out))
    wait_until(lambda: (out / ".lock").exists() and f"pid {first.pid}" in (out / ".lock").read_text(), what="the lock")
    second = cli(str(corpus), "--out", str(out))
    assert second.wait() == 2
    lines = second.stderr.read().strip().splitlines()
    assert len(lines) == 1 and f"{out} is being written by another run (pid {first.pid}" in lines[0]
    third = cli(str(corpus), "--out", str(out), "--wait")
    assert first.wait() == 0
    assert third.wait() == 0
    assert third.stderr.read().strip() == f"dipevents: {lines[0].split(': ', 1)[1].split('; ')[0]}; waiting for it to finish"
    assert assert_consistent(out) == {str(path) for path in corpus.iterdir()}
    # each batch (one; two where the machine is so loaded the run passes `Limits.batch_seconds`), then the tables
    # across articles; the waiting run found nothing left to do and committed nothing
    version = write.committed_version(out)
    assert version.number == len(version.batches) + 1


def children_of(pid: int, marker: bytes) -> list[int]:
    """The processes whose parent is pid and whose command line holds `marker`."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid and marker in cmdline:
            found.append(int(entry.name))
    return found


def workers_of(pid: int) -> list[int]:
    """The worker processes of the run pid: forked by its forkserver (pipeline/worker_models.py), whose command
    line they keep."""
    return [worker for server in children_of(pid, b"forkserver") for worker in children_of(server, b"forkserver")]


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def slow_article(n: int) -> str:
    return "\n".join(f"Министр иностранных дел Казахстана встретился с послом страны {n}-{i} в Астане."
                     for i in range(400))  # about 2 s of CPU (the pipeline at the merge._host fix, load 4)


def test_a_killed_worker_costs_one_document_and_a_killed_run_takes_its_workers(tmp_path):
    corpus = make_corpus(tmp_path / "corpus", 6)
    for n in range(3):  # last in the order: both workers are on one when the six quick ones are committed
        (corpus / f"zz_slow_{n}.txt").write_text(slow_article(n), encoding="utf-8")
    out = tmp_path / "out"
    run = (f"sys.exit(0 if extract([Path({str(corpus)!r})], Path({str(out)!r}), jobs=2, "
           f"limits=Limits.configured(batch_documents=1, documents_per_call=1)) else 1)")
    process = script(run)
    wait_until(lambda: len(committed_paths(out) if write.committed_version(out) else ()) >= 6, what="six documents")
    victim = workers_of(process.pid)[0]
    os.kill(victim, signal.SIGKILL)  # as the OOM killer would
    assert process.wait() == 0, process.stderr.read()
    errors = write.read_table(out, "errors").to_pylist()
    assert len(errors) == 1 and errors[0]["stage"] == "worker" and "killed by SIGKILL" in errors[0]["error"]
    assert Path(errors[0]["path"]).name.startswith("zz_slow_")
    assert assert_consistent(out) == {str(p) for p in corpus.iterdir()} - {errors[0]["path"]}

    (corpus / "zz_slow_3.txt").write_text(slow_article(3), encoding="utf-8")
    process = script(run)  # the failed article is retried; kill -9 the run itself this time
    wait_until(lambda: len(workers_of(process.pid)) == 2, what="two workers")
    workers = workers_of(process.pid) + children_of(process.pid, b"forkserver")
    process.kill()
    process.wait()
    wait_until(lambda: not any(alive(pid) for pid in workers), timeout=10,
               what="the workers and their forkserver to die with the run")
    process = script(run)
    assert process.wait() == 0
    assert assert_consistent(out) == {str(p) for p in corpus.iterdir()}
    assert write.read_table(out, "errors").num_rows == 0


def test_a_worker_server_killed_while_loading_the_models_is_started_again(tmp_path):
    """The server the workers fork from (pipeline/worker_models.py), killed while it loads the models (as the OOM
    killer would): the run starts another and commits every document."""
    corpus = make_corpus(tmp_path / "corpus", 4)
    out = tmp_path / "out"
    process = script(f"sys.exit(0 if extract([Path({str(corpus)!r})], Path({str(out)!r}), jobs=2) else 1)")
    wait_until(lambda: children_of(process.pid, b"forkserver"), what="the workers' server")
    server = children_of(process.pid, b"forkserver")[0]
    assert not children_of(server, b"forkserver")  # still loading: no worker forked yet
    os.kill(server, signal.SIGKILL)
    assert process.wait() == 0, process.stderr.read()
    assert write.read_table(out, "errors").num_rows == 0
    assert assert_consistent(out) == {str(p) for p in corpus.iterdir()}


def test_a_worker_killed_during_a_call_of_several_documents_loses_none(tmp_path):
    """Workers holding several documents each (`documents_per_call`) are killed: their documents are given out
    again one per task, and, the kill being no fault of theirs, every one of them is committed."""
    corpus = make_corpus(tmp_path / "corpus", 4)
    # tasks of min(4, half the documents left): the four quick ones, then four slow ones and two slow ones
    for n in range(8):
        (corpus / f"zz_slow_{n}.txt").write_text(slow_article(n), encoding="utf-8")
    out = tmp_path / "out"
    process = script(f"sys.exit(0 if extract([Path({str(corpus)!r})], Path({str(out)!r}), jobs=2, "
                     f"limits=Limits.configured(batch_documents=1, documents_per_call=4)) else 1)")
    wait_until(lambda: len(committed_paths(out) if write.committed_version(out) else ()) >= 4, what="four documents")
    for victim in workers_of(process.pid):
        os.kill(victim, signal.SIGKILL)
    assert process.wait() == 0, process.stderr.read()
    assert write.read_table(out, "errors").num_rows == 0
    assert assert_consistent(out) == {str(p) for p in corpus.iterdir()}


def test_hostile_files_in_a_run_with_workers(tmp_path):
    corpus = make_corpus(tmp_path / "corpus", 4)
    os.mkfifo(corpus / "fifo.txt")
    os.symlink("/dev/zero", corpus / "zero.txt")
    os.symlink("/dev/null", corpus / "null.txt")
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(str(corpus / "socket.txt"))
    (corpus / "huge.txt").write_bytes(b"a" * 2_000_000)
    with open(os.fsencode(corpus) + b"/\xff\xfe.txt", "wb") as handle:
        handle.write("Министр Мурат Нуртлеу встретился в Астане с послом Италии.\n".encode("utf-8"))
    (corpus / "zz_slow.txt").write_text(slow_article(0) * 10, encoding="utf-8")  # far past 15 s
    out = tmp_path / "out"
    try:
        process = cli(str(corpus), "--out", str(out), "--jobs", "2", "--max-seconds", "15")
        assert process.wait(timeout=300) == 0
    finally:
        listener.close()
    lines = process.stderr.read().strip().splitlines()
    reasons = {Path(line.split(": ")[1]).name: line.split(": ", 3)[3] for line in lines}
    assert reasons == {
        "fifo.txt": "not a regular file (a FIFO); skipped",
        "zero.txt": "not a regular file (a character device); skipped",
        "null.txt": "not a regular file (a character device); skipped",
        "socket.txt": "not a regular file (a socket); skipped",
        "huge.txt": "file is 2,000,000 bytes, over the size cap of 1,000,000 (--max-bytes)",
        "zz_slow.txt": "still running after the time cap of 15 s (--max-seconds); stopped",
    }
    assert len(lines) == 6  # one line each
    paths = assert_consistent(out)
    assert len(paths) == 5 and f"{corpus}/\\xff\\xfe.txt" in paths


def test_a_full_disk_stops_the_run_in_one_line_and_keeps_the_dataset(seed_copy, tmp_path):
    out = tmp_path / "out"
    extract([seed_copy], out)
    before = assert_consistent(out)
    make_corpus(seed_copy / "more", 10)

    def small_disk():  # writes past 20 kB fail as on a full disk (EFBIG here, ENOSPC there: one path)
        resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)

    process = cli(str(seed_copy), "--out", str(out), preexec_fn=small_disk)
    assert process.wait() == 2
    lines = process.stderr.read().strip().splitlines()
    assert lines == [f"dipevents: cannot write to {out}: File too large; the committed dataset (version 2) is "
                     f"unchanged"]
    assert assert_consistent(out) == before and not leftovers(out)


@pytest.mark.parametrize("point", ["step", "its commit"])
def test_kill_9_in_the_step_across_articles(seed_copy, tmp_path, point):
    """Killed while linking (pipeline/crossref.py) or while committing what it linked: the batches stay
    committed with the documents listed as unlinked, and the next run, though nothing is new, links them as one
    run would have."""
    from test_crossref import linked

    out = tmp_path / "out"
    plant = {
        "step": "from pipeline import crossref\n"
                "def fault(*a):\n    os.kill(os.getpid(), 9)\ncrossref._clusters_update = fault\n",
        "its commit": "from pipeline import crossref\nreal = crossref.link_committed\n"
                      "def fault(dataset):\n    write._write_part = lambda *a: os.kill(os.getpid(), 9)\n"
                      "    real(dataset)\ncrossref.link_committed = fault\n",
    }[point]
    process = script(plant + f"extract([Path({str(seed_copy)!r})], Path({str(out)!r}))")
    assert process.wait() == -signal.SIGKILL
    assert assert_consistent(out) == {str(path) for path in seed_copy.iterdir()}
    version = write.committed_version(out)
    assert version.number == 1 and version.unlinked and version.rows["actors"] == 0
    summary = extract([seed_copy], out)
    assert not summary.processed and summary.version == 2 and not write.committed_version(out).unlinked
    assert not leftovers(out)
    extract([seed_copy], tmp_path / "once")
    assert linked(out) == linked(tmp_path / "once")
