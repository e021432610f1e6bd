"""Inter-annotator agreement between two independent labelling passes of the same articles.

    python -m pipeline.evaluation.agreement PASS_A PASS_B [--articles DIR]

Each pass folder holds gold files (`<folder>/<NNN>.json`, articles relative to `--articles`, default the news
set). Pass B is scored against pass A with the evaluation's own rules (`pipeline/evaluation/*.py`), so the
figures read like P/R/F1 with A as reference; F1 is symmetric, and it is the agreement figure: entity F1 (exact
span and label), event F1 (matched events), who-met-whom pair F1 and argument F1, per language. Only articles
that both passes labelled (same sha256) are compared.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from rich.console import Console
from rich.table import Table

from ..evaluate import score_cases
from ..gold import Gold, load_gold_folder
from .case import Case
from .news import FOLDERS, news_dir


def load_pass(folder: Path, articles_dir: Path) -> tuple[dict[str, Gold], list[str]]:
    """{document: Gold} for every gold file under `<folder>/<news folder>/`, and the problems."""
    golds, problems = {}, []
    for sub in FOLDERS:
        found, wrong = load_gold_folder(Path(folder) / sub, articles_dir)
        golds.update((g.data["document"], g) for g in found)
        problems += wrong
    return golds, problems


def agreement(pass_a: dict[str, Gold], pass_b: dict[str, Gold]) -> dict:
    """The evaluation report of pass B against pass A over the articles both labelled (same text)."""
    cases = [Case(name=name, lang=a.lang, text=a.text, gold_entities=a.data["entities"],
                  predicted_entities=pass_b[name].data["entities"], gold_events=a.data["events"],
                  predicted_events=pass_b[name].data["events"])
             for name, a in sorted(pass_a.items())
             if name in pass_b and pass_b[name].data["sha256"] == a.data["sha256"]]
    result, _ = score_cases(cases)
    return result


def summary_rows(result: dict) -> list[tuple[str, str, str, str, str, str]]:
    """(language, articles, entity F1, event F1, pair F1, argument F1) per language and overall."""
    docs = result["documents"]
    rows = []
    for lang in sorted({d["lang"] for d in docs}) + ["all"]:
        def pick(group: dict) -> dict:
            return group["overall"] if lang == "all" else group["per_lang"][lang]
        events = result["events"]
        arguments = events["arguments"]["overall"] if lang == "all" else events["arguments"]["per_lang_overall"][lang]
        rows.append((lang, str(sum(1 for d in docs if lang in ("all", d["lang"]))),
                     f"{pick(result['entities']['exact'])['f1']:.3f}", f"{pick(events['events'])['f1']:.3f}",
                     f"{pick(events['pairs'])['f1']:.3f}", f"{arguments['f1']:.3f}"))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.evaluation.agreement", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pass_a", type=Path)
    parser.add_argument("pass_b", type=Path)
    parser.add_argument("--articles", type=Path, default=None, help="default: ../shared/data/news")
    args = parser.parse_args(argv)
    articles = args.articles or news_dir()
    console = Console(highlight=False)
    (a, problems_a), (b, problems_b) = load_pass(args.pass_a, articles), load_pass(args.pass_b, articles)
    for problem in problems_a + problems_b:
        console.print(f"agreement: {problem}", markup=False)
    table = Table(title=f"Agreement of {args.pass_b} with {args.pass_a} (F1)", show_edge=False)
    for column in ("lang", "articles", "entities", "events", "who met whom", "arguments"):
        table.add_column(column, justify="right")
    for row in summary_rows(agreement(a, b)):
        table.add_row(*row)
    console.print(table)
    return 1 if problems_a or problems_b else 0


if __name__ == "__main__":
    raise SystemExit(main())
