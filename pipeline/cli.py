"""Command line: `python -m pipeline extract [PATHS] --out outputs/` and `python -m pipeline eval` (also the
`dipevents` script)."""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from .extract import InputError, Limits, RunSummary, extract
from .run import StageError
from .write import DatasetError
from .paths import REPO_ROOT


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="dipevents", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("extract", help="process articles into the Parquet dataset")
    run.add_argument("inputs", nargs="*", type=Path, default=[REPO_ROOT / "seeds"],
                     help="folders (searched recursively for .txt) or files; default: seeds/")
    run.add_argument("--out", type=Path, default=REPO_ROOT / "outputs", help="dataset folder (default: outputs/)")
    run.add_argument("--force", action="store_true", help="reprocess every article, changed or not")
    run.add_argument("--jobs", type=int, default=1, help="worker processes (default: 1); with --engine dask and "
                                                       "no --scheduler, the local cluster's workers")
    run.add_argument("--engine", choices=["processes", "dask"], default="processes",
                     help="where the stages run: this machine's processes (default) or a Dask cluster")
    run.add_argument("--scheduler", default=None, metavar="ADDRESS",
                     help="with --engine dask: the scheduler (tcp://HOST:8786); default: a local cluster")
    run.add_argument("--max-bytes", type=int, default=None, metavar="N",
                     help="skip files larger than N bytes (default: run.max_bytes in models/pipeline.yaml)")
    run.add_argument("--max-seconds", type=float, default=None, metavar="S",
                     help="stop a document still running after S seconds (default: run.max_seconds)")
    run.add_argument("--wait", action="store_true",
                     help="wait for another run writing to --out to finish instead of stopping")
    run.add_argument("--backend", choices=["stanza"], default=None,
                     help="one analysis backend for every language instead of models/pipeline.yaml's "
                          "(stanza: needs `pip install '.[stanza]'` and its models)")
    run.add_argument("--strict", action="store_true", help="exit non-zero if any article fails")
    run.add_argument("--quiet", action="store_true", help="print errors only")
    commands.add_parser("eval", add_help=False, help="score the dataset against hand-labelled gold "
                                                     "(`eval --help` for its options)")
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["eval"]:
        from .evaluate import main as evaluate

        return evaluate(argv[1:])
    return _extract(parser.parse_args(argv))


def _extract(args) -> int:
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    out = Console(quiet=args.quiet, highlight=False)
    started = time.perf_counter()
    progress = Progress(TextColumn("[bold]extract"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                        console=out, transient=True, disable=args.quiet)

    def start(total: int):
        task = progress.add_task("extract", total=total)
        return lambda: progress.advance(task)

    try:
        with progress:
            summary = extract(args.inputs, args.out, force=args.force, jobs=args.jobs, backend=args.backend,
                              engine=args.engine, scheduler=args.scheduler, wait=args.wait, progress=start,
                              waiting=lambda line: err.print(f"dipevents: {line}", markup=False),
                              limits=Limits.configured(max_bytes=args.max_bytes, max_seconds=args.max_seconds))
    except (InputError, StageError, DatasetError) as error:
        err.print(f"dipevents: {error}", markup=False)
        return 2
    except KeyboardInterrupt:
        err.print("dipevents: interrupted; the dataset keeps every batch committed before", markup=False)
        return 130
    for error in summary.errors:
        err.print(f"dipevents: {error.path}: {error.stage}: {error.error}", markup=False)
    _print_summary(out, summary, args.out, time.perf_counter() - started)
    processed = len(summary.processed)
    if summary.errors and (args.strict or (processed == 0 and summary.unchanged == 0)):
        return 1
    return 0


def _print_summary(console: Console, summary: RunSummary, out_dir: Path, seconds: float) -> None:
    for note in summary.notes:
        console.print(f"  {note}", markup=False)
    if not summary.processed and not summary.errors and not summary.removed:
        console.print(f"All {summary.found} articles unchanged since the last run; nothing to do "
                      f"(--force reprocesses them). Dataset: {out_dir}")
        return
    console.print(f"Processed {len(summary.processed)} of {summary.found} articles in {seconds:.1f}s "
                  f"({summary.unchanged} unchanged, {len(summary.errors)} failed, {len(summary.removed)} removed) "
                  f"→ {out_dir}")
    for path, original in summary.duplicates:
        console.print(f"  {path}: same text as {original}; kept once")
    languages, labels, event_types = summary.languages, summary.labels, summary.event_types
    table = Table(title="This run", show_edge=False)
    table.add_column("what")
    for lang in sorted(languages):
        table.add_column(lang, justify="right")
    table.add_row("documents", *(str(languages[lang]) for lang in sorted(languages)))
    for label in sorted({label for _, label in labels}):
        table.add_row(f"mentions {label}", *(str(labels[(lang, label)]) for lang in sorted(languages)))
    for event_type in sorted({kind for _, kind in event_types}):
        table.add_row(f"events {event_type}", *(str(event_types[(lang, event_type)]) for lang in sorted(languages)))
    console.print(table)
    console.print(f"Dataset now (version {summary.version}): "
                  + ", ".join(f"{name} {rows}" for name, rows in summary.totals.items()))
    if summary.errors:
        console.print(f"[red]{len(summary.errors)} failed[/red] (see errors.parquet and the lines above)")


if __name__ == "__main__":
    sys.exit(main())
