"""What the public-corpus benchmarks share: a Russian-only processor, running it over a corpus's documents,
scoring them with the same scorers as `python -m pipeline eval`, and the command line around that."""
from __future__ import annotations

import argparse
import dataclasses
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console

from ..dates import make_date
from ..evaluate import score_cases
from ..evaluation.case import Case, gold_shaped
from ..evaluation.report import screen_tables, write_reports
from ..paths import REPO_ROOT
from ..run import Processor, StageError, load_config

BENCH_OUT = REPO_ROOT / "outputs" / "bench"


@dataclass
class BenchDocument:
    """A corpus document: its file and gold converted to our shapes (offsets index the file's text)."""

    name: str
    path: Path
    entities: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)


def russian_processor() -> Processor:
    """The configured pipeline with only the Russian analysis: the corpora are Russian, and the Kazakh model
    need not be installed to measure them."""
    config = load_config()
    return Processor.build(config={**config, "analysis": {"ru": config["analysis"]["ru"]}})


def mention_rows(doc) -> list[dict]:
    return [dataclasses.asdict(m) for m in doc.mentions]


def run_benchmark(documents: list[BenchDocument], processor: Processor,
                  scored_types: frozenset[str] | None = None) -> tuple[dict, list[dict]]:
    """Process every document and score it; a document that fails, or whose stored text is not the file's
    text (offsets would not compare), is left out and named in result['notes']. With `scored_types`, predicted
    events of other types are not scored: the corpus labels no such events (as predicted entity labels outside
    PER/ORG/LOC are not scored)."""
    cases, notes = [], []
    started = time.perf_counter()
    for document in documents:
        try:
            doc = processor(document.path)
        except StageError as error:
            notes.append(f"{document.name}: {error.stage}: {error}; not scored")
            continue
        if doc.text != document.path.read_text(encoding="utf-8"):
            notes.append(f"{document.name}: stored text differs from the file (encoding/newlines); not scored")
            continue
        cases.append(Case(name=document.name, lang="ru", text=doc.text, gold_entities=document.entities,
                          predicted_entities=mention_rows(doc), gold_events=document.events,
                          predicted_events=[gold_shaped(e) for e in doc.events
                                            if scored_types is None or e.event_type in scored_types]))
    result, errors = score_cases(cases)
    result["notes"] = notes
    result["seconds"] = round(time.perf_counter() - started, 1)
    return result, errors


DATE = re.compile(r"(\d{1,2})\s+([а-яё]+)\s+(\d{4})", re.IGNORECASE)


def iso_date(text: str) -> str | None:
    """An ISO date for a full `день месяц год` expression; anything vaguer (`в понедельник`, `в апреле`) has no
    single day without the publication date, which these corpora do not give, so it stays None."""
    match = DATE.search(text)
    if not match:
        return None
    day, month, year = match.groups()
    date = make_date(year, month, day)
    return date.isoformat() if date else None


def bench_main(name: str, default_dir: Path, read: Callable[..., list[BenchDocument]],
               argv: list[str] | None, doc: str, scopes: tuple[str, ...] = (),
               scored_types: frozenset[str] | None = None) -> dict:
    """`python -m pipeline.bench.<name> [DIR] [--limit N] [--out DIR] [--scope S]`: run, print, write, return
    the result. With `scopes`, `--scope` (default the first) is passed on to `read(dir, scope)`; `scored_types`
    goes to `run_benchmark`."""
    parser = argparse.ArgumentParser(prog=f"python -m pipeline.bench.{name}", description=doc,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dir", nargs="?", type=Path, default=default_dir, help=f"corpus folder (default: {default_dir})")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents (quick runs)")
    parser.add_argument("--out", type=Path, default=BENCH_OUT / name, help="report folder")
    if scopes:
        parser.add_argument("--scope", choices=scopes, default=scopes[0],
                            help=f"which gold events are scored (default: {scopes[0]}; see above)")
    args = parser.parse_args(argv)
    documents = (read(args.dir, args.scope) if scopes else read(args.dir))[:args.limit]
    result, errors = run_benchmark(documents, russian_processor(), scored_types)
    result["data"] = str(args.dir)
    if scopes:
        result["scope"] = args.scope
    console = Console(highlight=False)
    for table in screen_tables(result):
        console.print(table)
    for note in result["notes"]:
        console.print(f"note: {note}", markup=False)
    write_reports(args.out, result, errors, title=f"{name}: {args.dir}")
    console.print(f"{len(result['documents'])} documents in {result['seconds']}s → {args.out}/report.md")
    return result


def write_json(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
