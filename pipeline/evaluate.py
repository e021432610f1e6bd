"""`python -m pipeline eval`: score a dataset (documents, mentions and events tables)
against the hand-labelled gold files, print the tables, and write report.json, report.md and errors.jsonl.

A gold file is paired with the dataset's document of the same sha256 (the article the gold was labelled on).
A dataset document with the gold's file name but another sha256 was made from another version of the article,
so its offsets cannot be compared: it is reported, not scored. Matching and scoring rules are in
`pipeline/evaluation/entities.py` and `pipeline/evaluation/events.py`.
"""
from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console

from . import write
from .document import Document
from .evaluation.case import Case, gold_shaped
from .evaluation.entities import score_entities
from .evaluation.events import score_events
from .evaluation.report import screen_tables, write_reports
from .gold import Gold, load_gold_folder
from .paths import REPO_ROOT
from .run import PIPELINE_VERSION

DEFAULT_GOLD = REPO_ROOT / "seeds" / "gold"
DEFAULT_DATASET = REPO_ROOT / "outputs"


class EvalInputError(Exception):
    """Nothing to score (no gold, no dataset): one line for the user."""


def score_cases(cases: list[Case]) -> tuple[dict, list[dict]]:
    """(scores, error listing) for the given documents: entities and events."""
    entities, events = score_entities(cases), score_events(cases)
    result = {"documents": [{"name": c.name, "lang": c.lang} for c in cases],
              "entities": entities.as_dict(), "events": events.as_dict()}
    return result, events.errors + entities.errors


def predicted_events(dataset: Path) -> dict[str, list[dict]]:
    """Predicted events per doc_id from the events table, in the gold event shape (ISO date strings)."""
    events: dict[str, list[dict]] = {}
    for row in write.read_table(dataset, "events").to_pylist():
        if row["date"]:
            row["date"] = {**row["date"], "date_start": row["date"]["date_start"].isoformat(),
                           "date_end": row["date"]["date_end"].isoformat()}
        events.setdefault(row["doc_id"], []).append(row)
    return events


@dataclass
class Dataset:
    documents: list[dict]  # rows of the documents table
    mentions: dict[str, list[dict]]  # doc_id → rows of the mentions table
    events: dict[str, list[dict]]  # doc_id → gold-shaped predicted events


def read_dataset(dataset: Path) -> Dataset:
    documents = write.read_table(dataset, "documents").to_pylist()
    if not documents:
        raise EvalInputError(f"no documents in {dataset} (run `python -m pipeline extract` first)")
    mentions: dict[str, list[dict]] = {}
    for row in write.read_table(dataset, "mentions").to_pylist():
        mentions.setdefault(row["doc_id"], []).append(row)
    return Dataset(documents, mentions, predicted_events(dataset))


def dataset_from_documents(docs: list[Document]) -> Dataset:
    """The rows the dataset tables would hold for Documents processed in memory (tests, quick checks)."""
    now = dt.datetime.now(dt.timezone.utc)
    rows = [write.document_rows(doc, PIPELINE_VERSION, now) for doc in docs]
    return Dataset(documents=[r["documents"][0] for r in rows],
                   mentions={doc.doc_id: r["mentions"] for doc, r in zip(docs, rows)},
                   events={doc.doc_id: [gold_shaped(e) for e in doc.events] for doc in docs})


def pair_with_dataset(golds: list[Gold], dataset: Dataset) -> tuple[list[Case], list[str]]:
    """A Case for every gold file whose article is in the dataset, and a line for each that is not, or that labels
    an article another gold file labels (the first by file name is scored: a copy would weigh it twice)."""
    by_sha = {row["sha256"]: row for row in dataset.documents}
    by_name = {Path(row["source_path"]).name: row for row in dataset.documents}
    cases, problems = [], []
    scored: dict[str, Path] = {}  # the gold file scored for each article, by the article's sha256
    for gold in golds:
        name = gold.data["document"]
        row = by_sha.get(gold.data["sha256"])
        if row is None:
            other = "a different version of" if name in by_name else "no document for"
            problems.append(f"{gold.path}: the dataset has {other} {name} (sha256 {gold.data['sha256'][:12]}…); "
                            "not scored")
            continue
        if gold.data["sha256"] in scored:
            problems.append(f"{gold.path}: labels {name} again ({scored[gold.data['sha256']].name} labels it); "
                            "not scored")
            continue
        scored[gold.data["sha256"]] = gold.path
        if row["text"] != gold.text:
            problems.append(f"{gold.path}: the dataset's stored text of {name} differs from today's ingest "
                            "(re-run extract with --force); not scored")
            continue
        cases.append(Case(name=name, lang=gold.lang, text=gold.text,
                          gold_entities=gold.data["entities"],
                          predicted_entities=dataset.mentions.get(row["doc_id"], []),
                          gold_events=gold.data["events"], predicted_events=dataset.events.get(row["doc_id"], [])))
    return cases, problems


def evaluate(gold_dir: Path, dataset: Path, articles_dir: Path | None = None) -> tuple[dict, list[dict], list[str]]:
    """(scores, error listing, problems) for the gold files in gold_dir against the dataset."""
    golds, problems = load_gold_folder(gold_dir, articles_dir)
    if not golds and not problems:
        raise EvalInputError(f"no gold files (*.json) in {gold_dir}")
    cases, unpaired = pair_with_dataset(golds, read_dataset(dataset))
    result, errors = score_cases(cases)
    result["gold"] = str(gold_dir)
    result["dataset"] = str(dataset)
    result["notes"] = problems + unpaired
    if not write.has_table(dataset, "events"):
        result["notes"].append("the dataset has no events table (written before events existed?): events are scored against none")
    return result, errors, problems + unpaired


def report_folder(gold_dir: Path, dataset: Path) -> Path:
    """Where a report goes when --out is not given: `DATASET/eval` for the seeds' gold, `DATASET/eval/NAME` for
    another (`../mine/gold` → `eval/mine`), so scoring one's own articles never overwrites the seeds' report."""
    gold_dir = Path(gold_dir).resolve()
    if gold_dir == DEFAULT_GOLD.resolve():
        return Path(dataset) / "eval"
    return Path(dataset) / "eval" / (gold_dir.parent.name if gold_dir.name == "gold" else gold_dir.name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="dipevents eval", description=__doc__)
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="gold folder (default: seeds/gold)")
    parser.add_argument("--articles", type=Path, default=None,
                        help="folder holding the gold's articles (default: the gold folder's parent)")
    parser.add_argument("--dataset", type=Path, default=DEFAULT_DATASET, help="dataset folder (default: outputs/)")
    parser.add_argument("--out", type=Path, default=None,
                        help="report folder (default: <dataset>/eval for seeds/gold; <dataset>/eval/NAME for another "
                             "gold, NAME its folder's name, or its parent's for a folder named gold)")
    args = parser.parse_args(argv)
    console, err = Console(highlight=False), Console(stderr=True, highlight=False, soft_wrap=True)
    try:
        result, errors, problems = evaluate(args.gold, args.dataset, args.articles)
    except EvalInputError as error:
        err.print(f"dipevents eval: {error}", markup=False)
        return 2
    for problem in problems:
        err.print(f"dipevents eval: {problem}", markup=False)
    out = args.out or report_folder(args.gold, args.dataset)
    if not result["documents"]:  # every gold file refused (above) or unpaired: no empty report over the last one
        for note in result["notes"][len(problems):]:
            err.print(f"dipevents eval: {note}", markup=False)
        err.print(f"dipevents eval: no document scored; {out} left as it was", markup=False)
        return 1
    write_reports(out, result, errors, title=f"Evaluation of {args.dataset} against {args.gold}")
    for table in screen_tables(result):
        console.print(table)
    console.print(f"{len(result['documents'])} documents scored; {len(errors)} errors listed → {out}/report.md")
    return 1 if problems else 0
