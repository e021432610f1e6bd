"""All quality figures in one table: the seeds against their gold, factRuEval-2016, NEREL and KazNERD.

    python -m pipeline.bench.quality [--limit N] [--dataset outputs/]

Each benchmark runs with its defaults (data under pipeline.paths.data_dir()); the seeds are scored from the
dataset already extracted (`make eval` extracts it first). Writes outputs/bench/quality.md and .json.
Entity rows are exact-match P/R/F1 (overlap in parentheses in the markdown); KazNERD's are its runner's
entity-level exact match over its own label set.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table

from ..evaluate import DEFAULT_DATASET, DEFAULT_GOLD, EvalInputError, evaluate
from ..datasets.kaznerd import kaznerd_dir
from . import factrueval, kaznerd, nerel
from .corpus import BENCH_OUT, write_json

COLUMNS = ("benchmark", "what", "P", "R", "F1", "overlap F1", "gold", "pred")


def _row(benchmark: str, what: str, exact: dict, overlap: dict | None = None) -> dict:
    return {"benchmark": benchmark, "what": what, "P": exact["precision"], "R": exact["recall"], "F1": exact["f1"],
            "overlap F1": overlap["f1"] if overlap else None, "gold": exact["gold"], "pred": exact["predicted"]}


def scorer_rows(benchmark: str, result: dict) -> list[dict]:
    """Rows from a result of pipeline.evaluate's scorers: entities per label and overall, then events."""
    entities = result["entities"]
    rows = [_row(benchmark, f"entities {label}", entities["exact"]["per_label"][label],
                 entities["overlap"]["per_label"][label]) for label in entities["labels"]]
    rows.append(_row(benchmark, "entities all", entities["exact"]["overall"], entities["overlap"]["overall"]))
    rows.append(_row(benchmark, "events", result["events"]["events"]["overall"]))
    rows.append(_row(benchmark, "event arguments", result["events"]["arguments"]["overall"]))
    return rows


def kaznerd_rows(result: dict) -> list[dict]:
    rows = [_row("kaznerd", f"entities {label}", scores) for label, scores in sorted(result["per_label"].items())]
    rows.append(_row("kaznerd", "entities all (micro)", result["micro"]))
    return rows


def run_all(limit: int | None, dataset: Path) -> dict:
    limit_args = ["--limit", str(limit)] if limit else []
    summary = {"rows": [], "notes": []}
    try:
        seeds, _, problems = evaluate(DEFAULT_GOLD, dataset)
        summary["rows"] += scorer_rows("seeds", seeds)
        summary["notes"] += [f"seeds: {p}" for p in problems]
    except EvalInputError as error:
        summary["notes"].append(f"seeds: not scored: {error}")
    summary["rows"] += scorer_rows("factrueval", factrueval.main(limit_args))
    summary["rows"] += scorer_rows("nerel", nerel.main(limit_args))
    summary["rows"] += kaznerd_rows(kaznerd.evaluate(kaznerd_dir(), kaznerd.DEFAULT_MODEL))
    if limit:
        summary["notes"].append(f"factrueval and nerel: first {limit} documents only")
    return summary


def _cell(value) -> str:
    return "" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)


def markdown(summary: dict) -> str:
    lines = ["# Quality", "", "| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    lines += ["| " + " | ".join(_cell(row[c]) for c in COLUMNS) + " |" for row in summary["rows"]]
    lines += [""] + [f"- {note}" for note in summary["notes"]]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(prog="python -m pipeline.bench.quality", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="factrueval/nerel: only the first N documents")
    parser.add_argument("--dataset", type=Path, default=DEFAULT_DATASET, help="extracted seeds (default: outputs/)")
    args = parser.parse_args(argv)
    summary = run_all(args.limit, args.dataset)
    write_json(BENCH_OUT / "quality.json", summary)
    (BENCH_OUT / "quality.md").write_text(markdown(summary), encoding="utf-8")
    table = Table(title="Quality", show_edge=False)
    for column in COLUMNS:
        table.add_column(column, justify="left" if column in ("benchmark", "what") else "right")
    for row in summary["rows"]:
        table.add_row(*(_cell(row[c]) for c in COLUMNS))
    console = Console(highlight=False)
    console.print(table)
    for note in summary["notes"]:
        console.print(f"note: {note}", markup=False)
    return summary


if __name__ == "__main__":
    main(sys.argv[1:])
