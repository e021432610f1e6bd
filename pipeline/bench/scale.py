"""Corpus scale: `python -m pipeline.bench.scale [--documents N] [--memory N,M] [--incremental N] [--relink OUT
[--copies K]]`.

Speed-up: N distinct articles (the seeds, each copy with one line of its own so that no text repeats) run on a
Dask LocalCluster of 1 and then 2 worker processes; each cluster first processes a warm-up article, so the
figure is documents per second with the models loaded (loading is once per worker, reported apart).
Memory: `--memory 100,400` runs `extract --jobs 1` in a fresh process on corpora of each size and reports its
peak resident memory (ru_maxrss), and the peak before the step across articles: with streamed batches and a step
that reads only what it needs it stays nearly flat as the corpus grows.
Relink: `--relink OUT` copies an extracted dataset and links the copy whole (as after a first run over its
folder) in a fresh process: how much the peak resident memory grows, and the CPU seconds. `--copies K` links K
copies of its articles instead (each copy's doc_ids and the ids made from them prefixed `rN-`): a corpus K times
larger without extracting it.
Incremental: `--incremental 3000` extracts a corpus of that size, adds one article (a copy of the longest) and
times the run that processes it and, within it, the step across articles (pipeline/crossref.py
`link_committed`).
"""
from __future__ import annotations

import argparse
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ..paths import REPO_ROOT


def make_corpus(folder: Path, documents: int) -> Path:
    """`documents` distinct articles made from the seeds (a numbered closing line each)."""
    seeds = sorted((REPO_ROOT / "seeds").glob("*.txt"))
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(documents):
        seed = seeds[n % len(seeds)]
        text = seed.read_text(encoding="utf-8")
        (folder / f"{n:05d}_{seed.name}").write_text(f"{text}\nМатериал подготовлен редакцией, выпуск {n}.\n",
                                                     encoding="utf-8")
    return folder


def dask_rate(corpus: Path, warmup: Path, workers: int, work: Path) -> tuple[float, float]:
    """(seconds to start the cluster and load the models, documents per second after that)."""
    from distributed import LocalCluster

    from ..extract import extract

    started = time.perf_counter()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=logging.CRITICAL) as cluster:
        for _ in range(workers):  # every worker loads its models before the clock starts
            extract([warmup], work / f"warmup{workers}", engine="dask", scheduler=cluster.scheduler_address,
                    force=True)
        startup = time.perf_counter() - started
        clock = time.perf_counter()
        summary = extract([corpus], work / f"dask{workers}", engine="dask", scheduler=cluster.scheduler_address)
        seconds = time.perf_counter() - clock
    return startup, len(summary.processed) / seconds


def peak_memory_mb(corpus: Path, out: Path) -> tuple[float, float]:
    """Peak resident memory (ru_maxrss) of `extract CORPUS --jobs 1` in a fresh process, in MB: (before the step
    across articles, the whole run)."""
    script = ("import resource, sys\nfrom pipeline import crossref\nfrom pipeline.cli import main\n"
              "link, before = crossref.link_committed, []\n"
              "def measured(dataset):\n"
              "    before.append(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
              "    link(dataset)\n"
              "crossref.link_committed = measured\n"
              "code = main(sys.argv[1:])\n"
              "print(before[0], resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\nsys.exit(code)\n")
    result = subprocess.run([sys.executable, "-c", script, "extract", str(corpus), "--out", str(out), "--quiet"],
                            check=True, cwd=REPO_ROOT, capture_output=True, text=True)
    before, peak = result.stdout.split()[-2:]
    return int(before) / 1024, int(peak) / 1024  # Linux reports kB


RELINK = """
import resource, shutil, sys, time
from pathlib import Path
import pyarrow.compute as pc
from pipeline import crossref, write
from pipeline.run import PIPELINE_VERSION

source, copy = Path(sys.argv[1]), Path(sys.argv[2])
shutil.copytree(source, copy, symlinks=True)
with write.DatasetWriter(copy, PIPELINE_VERSION) as dataset:
    present = pc.unique(dataset.documents["doc_id"])
    dataset.unlinked_doc_ids = lambda: present  # every document to link, as after a first run
    Path("/proc/self/clear_refs").write_text("5")
    status = lambda: {k: int(v.split()[0]) for k, v in (line.split(":", 1) for line in open("/proc/self/status"))
                      if k in ("VmRSS", "VmHWM")}
    before, clock = status()["VmRSS"], time.process_time()
    crossref.link_committed(dataset)
    print(status()["VmHWM"] - before, time.process_time() - clock)
"""


def copies_of(dataset: Path, out: Path, copies: int) -> Path:
    """A dataset in `out` holding `copies` copies of the articles of `dataset` (unlinked), batch by batch as
    `extract` commits them: copy N's doc_id, mention_id, event_id and source_path prefixed `rN-`."""
    import pyarrow as pa
    import pyarrow.compute as pc

    from .. import write
    from ..run import PIPELINE_VERSION

    shutil.copytree(dataset, out, symlinks=True)
    version = write.committed_version(dataset)
    folder = dataset / write.VERSIONS / version.folder
    for copy in range(1, copies):
        for batch in version.batches:
            rows = {}
            for name in write.BATCHED:
                table = write.read_part(folder / name / f"part-{batch}.parquet", name)
                for column in ("doc_id", "mention_id", "event_id", "source_path"):
                    if column in table.column_names:
                        prefixed = pc.binary_join_element_wise(pa.scalar(f"r{copy}-"), table[column], "")
                        table = table.set_column(table.schema.get_field_index(column), column, prefixed)
                rows[name] = table
            with write.DatasetWriter(out, PIPELINE_VERSION) as writer:
                writer.commit(rows)
    return out


def relink(dataset: Path, work: Path) -> tuple[float, float]:
    """(MiB by which the peak resident memory grows, CPU seconds) of the step across articles linking a copy of
    the dataset in `dataset` whole, as after a first run over its folder, in a fresh process (Linux: the peak is
    reset through /proc/self/clear_refs once the dataset is opened)."""
    result = subprocess.run([sys.executable, "-c", RELINK, str(dataset), str(work / "relinked")], check=True,
                            cwd=REPO_ROOT, capture_output=True, text=True)
    grown, seconds = result.stdout.split()[-2:]
    return int(grown) / 1024, float(seconds)


def incremental_seconds(corpus: Path, out: Path) -> tuple[float, float]:
    """(seconds of the run adding one article to the dataset of `corpus`, seconds of its step across
    articles), `extract --jobs 1` in this process, models loaded before the clock starts."""
    from .. import crossref
    from ..extract import extract

    extract([corpus], out)
    # the longest article (seed 003: twelve dated meetings, each told by a fifth of the corpus) once more: its
    # events join clusters of hundreds of events, the most the step across articles has to redo here
    longest = max(sorted(corpus.iterdir()), key=lambda path: path.stat().st_size)
    article = corpus / "zz_one_more.txt"
    article.write_text(longest.read_text(encoding="utf-8") + "\nОдна статья ещё.\n", encoding="utf-8")
    linking = []
    link = crossref.link_committed

    def timed(dataset) -> None:  # the step's own time, inside the run that calls it
        started = time.perf_counter()
        link(dataset)
        linking.append(time.perf_counter() - started)

    crossref.link_committed = timed
    try:
        started = time.perf_counter()
        summary = extract([corpus], out)
        seconds = time.perf_counter() - started
    finally:
        crossref.link_committed = link
    assert summary.processed == [str(article)], summary.processed
    return seconds, sum(linking)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m pipeline.bench.scale", description=__doc__)
    parser.add_argument("--documents", type=int, default=60,
                        help="articles for the speed-up (default: 60; 0: memory only)")
    parser.add_argument("--memory", default="", help="corpus sizes for the memory figure, e.g. 100,400")
    parser.add_argument("--incremental", type=int, default=0,
                        help="corpus size for the time of a one-article run and its step across articles")
    parser.add_argument("--relink", type=Path, default=None, help="an extracted dataset (OUT of `extract`): "
                        "memory and CPU of the step across articles linking a copy of it whole")
    parser.add_argument("--copies", type=int, default=1, help="with --relink: link this many copies of its "
                        "articles (ids prefixed), a corpus that many times larger")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="dipevents-scale-"))
    try:
        if args.documents:
            corpus = make_corpus(work / "corpus", args.documents)
            warmup = make_corpus(work / "warmup", 1)
            rates = {}
            for workers in (1, 2):
                startup, rates[workers] = dask_rate(corpus, warmup, workers, work)
                print(f"Dask LocalCluster, {workers} worker(s): {rates[workers]:.2f} documents/s "
                      f"({args.documents} documents; cluster start and model loading {startup:.1f} s)")
            print(f"speed-up 1 -> 2 workers: {rates[2] / rates[1]:.2f}x on {os.cpu_count()} CPU cores")
        for size in sorted(int(n) for n in args.memory.split(",") if n):
            folder = make_corpus(work / f"memory{size}", size)
            before, peak = peak_memory_mb(folder, work / f"mem{size}")
            print(f"extract --jobs 1, {size} documents: peak memory {peak:.0f} MB ({before:.0f} MB before the step "
                  f"across articles)")
        if args.incremental:
            folder = make_corpus(work / "incremental", args.incremental)
            run, link = incremental_seconds(folder, work / "incremental-out")
            print(f"one article added to {args.incremental} documents: run {run:.2f} s, of which the step across "
                  f"articles {link:.2f} s")
        if args.relink:
            dataset = copies_of(args.relink, work / "copies", args.copies) if args.copies > 1 else args.relink
            grown, seconds = relink(dataset, work)
            times = f" ({args.copies} copies of its articles)" if args.copies > 1 else ""
            print(f"the step across articles linking {args.relink}{times} whole: peak memory +{grown:.0f} MiB, "
                  f"{seconds:.2f} s CPU")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
