"""Command line (also the `dipevents` script): `python -m pipeline extract [PATHS] --out OUT` builds the dataset,
`python -m pipeline report OUT --html DIR` writes its HTML report, `python -m pipeline export FILE --format
gdelt|polecat [--dataset OUT]` writes its events in GDELT's or POLECAT's columns to FILE (.csv or .parquet),
`python -m pipeline eval` scores it."""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.padding import Padding
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from .extract import InputError, Limits, RunSummary, extract
from .run import StageError, load_config
from .write import DatasetError
from .paths import REPO_ROOT

DEFAULT_OUT = REPO_ROOT / "outputs"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="dipevents", description=__doc__,
                                     epilog=f"The dataset folder is {DEFAULT_OUT} unless --out says otherwise.")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("extract", help="process articles into the Parquet dataset")
    run.add_argument("inputs", nargs="*", type=Path, default=[REPO_ROOT / "seeds"],
                     help=f"folders (searched recursively for .txt, .jsonl, .ndjson, .csv, .parquet) or files "
                          f"(default: {REPO_ROOT / 'seeds'})")
    run.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"dataset folder (default: {DEFAULT_OUT})")
    run.add_argument("--force", action="store_true", help="reprocess every article, changed or not")
    run.add_argument("--jobs", type=int, default=1, help="worker processes, 1 or more (default: 1); with --engine "
                                                       "dask and no --scheduler, the local cluster's workers")
    run.add_argument("--engine", choices=["processes", "dask"], default="processes",
                     help="where the stages run: this machine's processes (default) or a Dask cluster")
    run.add_argument("--scheduler", default=None, metavar="ADDRESS",
                     help="with --engine dask: the scheduler (tcp://HOST:8786); default: a local cluster")
    run.add_argument("--max-bytes", type=int, default=None, metavar="N",
                     help="skip an article larger than N bytes: a .txt file, or a row of a file of articles (the "
                          "file itself may be larger) (default: run.max_bytes in models/pipeline.yaml)")
    run.add_argument("--max-seconds", type=float, default=None, metavar="S",
                     help="stop a document still running after S seconds (default: run.max_seconds)")
    run.add_argument("--wait", action="store_true",
                     help="wait for another run writing to --out to finish instead of stopping")
    run.add_argument("--backend", choices=["stanza"], default=None,
                     help="one analysis backend for every language instead of models/pipeline.yaml's "
                          "(stanza: needs `pip install '.[stanza]'` and its models)")
    run.add_argument("--strict", action="store_true", help="exit non-zero if any article fails")
    run.add_argument("--quiet", action="store_true", help="print errors only")
    report = commands.add_parser("report", help="write the dataset's HTML report (one page per article, an index)")
    report.add_argument("dataset", nargs="?", type=Path, default=DEFAULT_OUT,
                        help=f"the dataset folder (default: {DEFAULT_OUT})")
    report.add_argument("--html", type=Path, default=None, help="where to write the pages (default: DATASET/report)")
    commands.add_parser("eval", add_help=False, help="score the dataset against hand-labelled gold "
                                                     "(`eval --help` for its options)")
    export = commands.add_parser("export", help="the events as a GDELT- or POLECAT-shaped table (CSV or Parquet)")
    export.add_argument("out", type=Path, help="the file to write: OUT.csv or OUT.parquet")
    export.add_argument("--format", choices=["gdelt", "polecat"], required=True, help="whose column names")
    export.add_argument("--dataset", type=Path, default=DEFAULT_OUT,
                        help=f"dataset folder (default: {DEFAULT_OUT})")
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["eval"]:
        from .evaluate import main as evaluate

        return evaluate(argv[1:])
    args = parser.parse_args(argv)
    if args.command == "report":
        return _report(args)
    if args.command == "export":
        return _export(args)
    return _extract(args)


def _report(args) -> int:
    from .report import ReportError, write_report

    err = Console(stderr=True, highlight=False, soft_wrap=True)
    html_dir = args.html or args.dataset / "report"
    try:
        pages = write_report(args.dataset, html_dir)
    except ReportError as error:
        err.print(f"dipevents: {error}", markup=False)
        return 2
    Console(highlight=False).print(f"Report: {pages} article pages and {html_dir / 'index.html'}", markup=False)
    return 0


def _export(args) -> int:
    from .export import ExportError, export

    try:
        rows = export(args.dataset, args.out, args.format)
    except ExportError as error:
        Console(stderr=True, highlight=False, soft_wrap=True).print(f"dipevents: {error}", markup=False)
        return 2
    Console(highlight=False).print(f"{rows} events → {args.out} ({args.format})")
    return 0


def _extract(args) -> int:
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    if args.jobs < 1:
        err.print(f"dipevents: --jobs must be 1 or more, not {args.jobs}", markup=False)
        return 2
    out = Console(quiet=args.quiet, highlight=False)
    started = time.perf_counter()
    progress = Progress(TextColumn("[bold]extract"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                        console=out, transient=True, disable=args.quiet)

    def start(total: int):  # the bar starts once there is work: a one-line error before it prints nothing else
        progress.start()
        task = progress.add_task("extract", total=total)
        return lambda: progress.advance(task)

    try:
        try:
            summary = extract(args.inputs, args.out, force=args.force, jobs=args.jobs, backend=args.backend,
                              engine=args.engine, scheduler=args.scheduler, wait=args.wait, progress=start,
                              waiting=lambda line: err.print(f"dipevents: {line}", markup=False),
                              limits=Limits.configured(max_bytes=args.max_bytes, max_seconds=args.max_seconds))
        finally:
            if progress.live.is_started:
                progress.stop()
    except (InputError, StageError, DatasetError) as error:
        err.print(f"dipevents: {error}", markup=False)
        return 2
    except KeyboardInterrupt:
        err.print("dipevents: interrupted; the dataset keeps every batch committed before", markup=False)
        return 130
    for error in summary.errors:
        err.print(f"dipevents: {error.where}: {error.stage}: {error.error}", markup=False)
    _print_summary(out, summary, args.out, time.perf_counter() - started)
    processed = len(summary.processed)
    if summary.errors and (args.strict or (processed == 0 and summary.unchanged == 0)):
        return 1
    return 0


def _print_summary(console: Console, summary: RunSummary, out_dir: Path, seconds: float) -> None:
    """A summary meant for an 80-column terminal: one line of totals, a table with a column per language, the
    dataset's size, and a warning for articles in languages the pipeline does not analyse."""
    for note in summary.notes:  # indented as a block: a long note's wrapped lines too
        console.print(Padding(Text(note), (0, 0, 0, 2)))
    if not summary.committed:  # nothing new, nothing gone, every failure as the dataset records it
        console.print(f"All {summary.found} articles unchanged; nothing to do (--force redoes them)." if not
                      summary.errors else f"{summary.unchanged} articles unchanged, {len(summary.errors)} failing "
                      f"as before; nothing to do (--force redoes them).")
        console.print(f"Dataset: {out_dir}", markup=False)
        return
    console.print(f"Processed {len(summary.processed)} of {summary.found} articles in {seconds:.1f}s: "
                  f"{summary.unchanged} unchanged, {len(summary.errors)} failed, {len(summary.removed)} removed.")
    for path, original in summary.duplicates:
        console.print(f"  {path}: same text as {original}; kept once", markup=False)
    languages, labels, event_types = summary.languages, summary.labels, summary.event_types
    analysed = tuple(load_config()["analysis"])  # the languages with a backend; the others are only counted
    # analysed languages first, then the others by how many articles they have
    # a column for every language of a document or of an analysed paragraph (a Russian quote in an English page)
    present = set(languages) | {lang for lang, _ in labels} | {lang for lang, _ in event_types}
    order = sorted(present, key=lambda lang: (lang not in analysed, analysed.index(lang) if lang in analysed
                                              else -languages[lang], lang))
    if order:  # a run that only removed articles, or whose articles all failed, read no language
        table = Table(title="This run", show_edge=False, pad_edge=False)
        table.add_column("what")
        for lang in order:
            table.add_column(lang, justify="right")
        table.add_row("documents", *(str(languages[lang]) for lang in order))
        for label in sorted({label for _, label in labels}):
            table.add_row(f"mentions {label}", *(str(labels[(lang, label)]) for lang in order))
        for event_type in sorted({kind for _, kind in event_types}):
            table.add_row(f"events {event_type}", *(str(event_types[(lang, event_type)]) for lang in order))
        console.print(table)
    others = {lang: n for lang, n in languages.items() if lang not in analysed}
    if others:
        counted = ", ".join(f"{lang} {n}" for lang, n in sorted(others.items(), key=lambda item: (-item[1], item[0])))
        console.print(f"[yellow]warning:[/yellow] {sum(others.values())} articles not analysed "
                      f"(only {', '.join(analysed)} are): {counted}")
    console.print(f"Dataset {out_dir} (version {summary.version})", markup=False)
    counts = [f"{name} {rows}" for name, rows in summary.totals.items()]
    lines = [[]]
    for count in counts:  # as many per line as fit 80 columns
        if lines[-1] and len("  " + ", ".join(lines[-1] + [count])) > 79:
            lines.append([])
        lines[-1].append(count)
    for line in lines:
        console.print("  " + ", ".join(line), markup=False)
    if summary.errors:
        console.print(f"[red]{len(summary.errors)} failed[/red] (see the errors table and the lines above)")


if __name__ == "__main__":
    sys.exit(main())
