"""Throughput of the pipeline, stage by stage, per language: `python -m pipeline.bench.speed [FOLDER] [--repeat N]`.

Models are loaded once (reported as start-up); then every article in FOLDER (default: seeds/) goes through
the stages N times. Words are the analysis tokens that contain a letter or digit.
"""
from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from ..extract import find_articles
from ..ingest import ingest
from ..paths import REPO_ROOT
from ..run import STAGES, Processor


def measure(folder: Path, repeat: int) -> dict:
    started = time.perf_counter()
    processor = Processor.build()
    startup = time.perf_counter() - started
    seconds: Counter = Counter()
    chars_by_lang: Counter = Counter()
    words_by_lang: Counter = Counter()
    analysis_seconds_by_lang: Counter = Counter()
    paths = find_articles([folder])
    for _ in range(repeat):
        for path in paths:
            clock = time.perf_counter()
            doc = ingest(path)
            seconds["ingest"] += time.perf_counter() - clock
            for name, _, step in STAGES:
                clock = time.perf_counter()
                doc = step(processor, doc)
                elapsed = time.perf_counter() - clock
                seconds[name] += elapsed
                if name == "analysis":
                    analysis_seconds_by_lang[doc.lang] += elapsed
            content = [p for p in doc.paragraphs if not p.boilerplate]
            chars_by_lang[doc.lang] += sum(p.end - p.start for p in content)
            words_by_lang[doc.lang] += sum(any(ch.isalnum() for ch in t.text) for t in doc.tokens)
    total = sum(seconds.values())
    n_docs = len(paths) * repeat
    return {
        "documents": n_docs, "startup_s": round(startup, 2), "total_s": round(total, 2),
        "docs_per_s": round(n_docs / total, 2), "chars_per_s": round(sum(chars_by_lang.values()) / total),
        "stage_ms_per_doc": {name: round(1000 * s / n_docs, 1) for name, s in seconds.items()},
        "analysis_words_per_s": {lang: round(words_by_lang[lang] / analysis_seconds_by_lang[lang])
                                 for lang in words_by_lang if analysis_seconds_by_lang[lang]},
        "words": dict(words_by_lang),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m pipeline.bench.speed", description=__doc__)
    parser.add_argument("folder", nargs="?", type=Path, default=REPO_ROOT / "seeds")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    report = measure(args.folder, args.repeat)
    print(f"{report['documents']} documents ({args.folder}, x{args.repeat}); models loaded in {report['startup_s']} s")
    print(f"{report['docs_per_s']} documents/s, {report['chars_per_s']} content characters/s, one process")
    print("| stage | ms per document |\n|---|---:|")
    for name, ms in report["stage_ms_per_doc"].items():
        print(f"| {name} | {ms} |")
    for lang, rate in report["analysis_words_per_s"].items():
        print(f"analysis words/s, {lang}: {rate} ({report['words'][lang]} words)")


if __name__ == "__main__":
    main()
