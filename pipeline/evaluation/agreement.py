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
from .report import ERROR_TITLES, describe


def load_pass(folder: Path, articles_dir: Path) -> tuple[dict[str, Gold], list[str]]:
    """{document: Gold} for the gold files of one pass, and the problems: `*.json` in the folder itself (what
    `gold_draft anchor --out` writes for flat article names), or, in the news set's layout, in its
    `ru/`, `kk/`, `ru-pairs/` subfolders. A folder with neither is a problem."""
    folder = Path(folder)
    folders = [folder / sub for sub in FOLDERS if (folder / sub).is_dir()] or [folder]
    golds, problems = {}, []
    for each in folders:
        found, wrong = load_gold_folder(each, articles_dir)
        golds.update((g.data["document"], g) for g in found)
        problems += wrong
    if not golds and not problems:
        problems.append(f"{folder}: no gold files (*.json) there or in {', '.join(FOLDERS)}/")
    return golds, problems


def unpaired(pass_a: dict[str, Gold], pass_b: dict[str, Gold]) -> list[str]:
    """One line per article that only one pass labelled, or that the two passes labelled on different texts."""
    lines = [f"{name}: only in the first pass" for name in sorted(set(pass_a) - set(pass_b))]
    lines += [f"{name}: only in the second pass" for name in sorted(set(pass_b) - set(pass_a))]
    lines += [f"{name}: the passes labelled different versions of the text (sha256)" for name in sorted(pass_a)
              if name in pass_b and pass_a[name].data["sha256"] != pass_b[name].data["sha256"]]
    return lines


def agreement(pass_a: dict[str, Gold], pass_b: dict[str, Gold]) -> tuple[dict, list[dict]]:
    """(the evaluation report of pass B against pass A, its error listing — every disagreement) over the
    articles both labelled (same text)."""
    cases = [Case(name=name, lang=a.lang, text=a.text, gold_entities=a.data["entities"],
                  predicted_entities=pass_b[name].data["entities"], gold_events=a.data["events"],
                  predicted_events=pass_b[name].data["events"])
             for name, a in sorted(pass_a.items())
             if name in pass_b and pass_b[name].data["sha256"] == a.data["sha256"]]
    return score_cases(cases)


def summary_rows(result: dict) -> list[tuple[str, str, str, str, str, str]]:
    """(language, articles, entity F1, event F1, pair F1, argument F1) per language and overall."""
    docs = result["documents"]
    rows = []
    for lang in sorted({d["lang"] for d in docs}) + ["all"]:
        entities, events = result["entities"]["exact"], result["events"]
        if lang == "all":
            figures = (entities["overall"], events["events"]["overall"], events["pairs"]["overall"],
                       events["arguments"]["overall"])
        else:
            figures = (entities["per_lang"][lang]["overall"], events["events"]["per_lang"][lang],
                       events["pairs"]["per_lang"][lang], events["arguments"]["per_lang_overall"][lang])
        rows.append((lang, str(sum(1 for d in docs if lang in ("all", d["lang"]))),
                     *(f"{f['f1']:.3f}" for f in figures)))
    return rows


def write_diffs(out: Path, disagreements: list[dict], name_a: str, name_b: str) -> None:
    """One markdown file per article listing its disagreements ("gold" is pass A, "predicted" pass B)."""
    by_document: dict[str, list[dict]] = {}
    for item in disagreements:
        by_document.setdefault(item["document"], []).append(item)
    for document, items in by_document.items():
        lines = [f"# {document}: {name_a} (shown as gold) vs {name_b} (shown as predicted)", ""]
        for item in items:
            lines += [f"- {ERROR_TITLES[item['kind']]}: {describe(item)}", f"  > {item['sentence']}"]
        target = out / Path(document).with_suffix(".md")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Print the agreement table (and write the disagreements with --diff); 1 when a gold file has problems or
    an article is not in both passes, 2 when nothing could be compared."""
    parser = argparse.ArgumentParser(prog="python -m pipeline.evaluation.agreement", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pass_a", type=Path)
    parser.add_argument("pass_b", type=Path)
    parser.add_argument("--articles", type=Path, default=None, help="default: ../shared/data/news")
    parser.add_argument("--diff", type=Path, default=None,
                        help="write every disagreement, one file per article (DIFF/<folder>/<NNN>.md), for the "
                             "adjudicator")
    args = parser.parse_args(argv)
    articles = args.articles or news_dir()
    console = Console(highlight=False)
    (a, problems_a), (b, problems_b) = load_pass(args.pass_a, articles), load_pass(args.pass_b, articles)
    one_sided = unpaired(a, b)
    for problem in problems_a + problems_b + one_sided:
        console.print(f"agreement: {problem}", markup=False)
    table = Table(title=f"Agreement of {args.pass_b} with {args.pass_a} (F1)", show_edge=False)
    for column in ("lang", "articles", "entities", "events", "who met whom", "arguments"):
        table.add_column(column, justify="right")
    result, disagreements = agreement(a, b)
    if not result["documents"]:
        console.print("agreement: no article is in both passes: nothing compared", markup=False)
        return 2
    for row in summary_rows(result):
        table.add_row(*row)
    console.print(table)
    if args.diff:
        write_diffs(args.diff, disagreements, args.pass_a.name, args.pass_b.name)
    return 1 if problems_a or problems_b or one_sided else 0


if __name__ == "__main__":
    raise SystemExit(main())
