"""`make eval-news`: extract the news development set and score it against `seeds/gold/news/`, once per split.

    python -m pipeline.evaluation.news [--data DIR] [--dataset outputs/news] [--out outputs/eval/news] [--no-extract]

The articles are read from `../shared/data/news/{ru,kk,ru-pairs}` (`DIPEVENTS_DATA` overrides `../shared/data`)
and copied with what each folder's MANIFEST.tsv knows (url, outlet, published) as sidecars (pipeline/metadata.py),
as a scraper's export would bring them, into `<dataset>/articles/`; extracted from there with `--force` (so the
scores are always those of the code as it is) into `--dataset`, and scored with
the same rules as `python -m pipeline eval` (`pipeline/evaluation/*.py`). `report.json` has the top-level keys
`dev` and `heldout`, each in the shape of `eval`'s report (per-language events, who-met-whom pairs, arguments,
entities, matched-event type/status/location/date accuracy, near-miss documents); `report.md` shows both;
`errors.jsonl` lists the errors of the dev split only — held-out outputs are not for reading while rules change
(seeds/gold/news/README.md).
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import shutil
from pathlib import Path

from rich.console import Console

from ..evaluate import Dataset, EvalInputError, pair_with_dataset, read_dataset, score_cases
from ..gold import Gold, load_gold_folder
from ..paths import REPO_ROOT, data_dir
from .report import json_lines, markdown, screen_tables, write_whole

FOLDERS = ("ru", "kk", "ru-pairs")
SPLITS = ("dev", "heldout")
GOLD_DIR = REPO_ROOT / "seeds" / "gold" / "news"
SPLIT_FILE = GOLD_DIR / "split.tsv"


def news_dir() -> Path:
    """The news set: `<data>/news` (`DIPEVENTS_DATA` overrides `../shared/data`)."""
    return data_dir() / "news"


def assign_split(folder: str, files: list[str]) -> dict[str, str]:
    """The fixed rule behind split.tsv: order a folder's files by the sha256 of `<folder>/<file>` and hold out
    the first ⌊n/3⌋. {file: "dev" | "heldout"}."""
    ranked = sorted(files, key=lambda name: hashlib.sha256(f"{folder}/{name}".encode()).hexdigest())
    held = set(ranked[:len(files) // 3])
    return {name: "heldout" if name in held else "dev" for name in files}


def read_split(path: Path = SPLIT_FILE) -> dict[str, str]:
    """{"<folder>/<file>": split} from split.tsv (columns folder, file, split)."""
    with open(path, encoding="utf-8", newline="") as handle:
        return {f"{row['folder']}/{row['file']}": row["split"] for row in csv.DictReader(handle, delimiter="\t")}


def stage_articles(news: Path, target: Path, split: str | None = None) -> list[Path]:
    """Copy each news folder's articles into `target/<folder>/` with a sidecar from its MANIFEST.tsv (id
    `<folder>/<stem>`, url, outlet, published when given); the folders, to extract. `split` ("dev"): only the
    articles split.tsv puts in it (a training script never reads the others)."""
    chosen = read_split() if split else {}
    folders = []
    for folder in FOLDERS:
        out = Path(target) / folder
        out.mkdir(parents=True, exist_ok=True)
        with open(Path(news) / folder / "MANIFEST.tsv", encoding="utf-8", newline="") as handle:
            manifest = {row["file"]: row for row in csv.DictReader(handle, delimiter="\t")}
        for article in sorted((Path(news) / folder).glob("*.txt")):
            if split and chosen.get(f"{folder}/{article.name}") != split:
                continue
            shutil.copyfile(article, out / article.name)
            row = manifest.get(article.name, {})
            sidecar = {"id": f"{folder}/{article.stem}", "url": row.get("url") or None,
                       "outlet": row.get("outlet") or None, "published": row.get("published") or None}
            (out / article.name).with_suffix(".json").write_text(
                json.dumps({k: v for k, v in sidecar.items() if v}, ensure_ascii=False), encoding="utf-8")
        folders.append(out)
    return folders


def load_news_gold(gold_dir: Path = GOLD_DIR, articles_dir: Path | None = None) -> tuple[list[Gold], list[str]]:
    """Every gold file under `<gold_dir>/<folder>/` (articles relative to the news folder) and the problems."""
    golds, problems = [], []
    for folder in FOLDERS:
        found, wrong = load_gold_folder(Path(gold_dir) / folder, articles_dir or news_dir())
        golds += found
        problems += wrong
    return golds, problems


def news_report(golds: list[Gold], dataset: Dataset, split_file: Path = SPLIT_FILE) -> tuple[dict, dict[str, list[dict]], list[str]]:
    """({"dev": report, "heldout": report}, {split: error listing}, unpaired gold) for loaded gold against a
    dataset (read from disk, or `evaluate.dataset_from_documents` in memory)."""
    cases, unpaired = pair_with_dataset(golds, dataset)
    split = read_split(split_file)
    unsplit = [c.name for c in cases if c.name not in split]
    if unsplit:
        raise EvalInputError(f"{split_file} assigns no split to {', '.join(unsplit)}")
    report, errors = {}, {}
    for name in SPLITS:
        report[name], errors[name] = score_cases([c for c in cases if split[c.name] == name])
    return report, errors, unpaired


def evaluate_news(dataset: Path, gold_dir: Path = GOLD_DIR, articles_dir: Path | None = None,
                  split_file: Path = SPLIT_FILE) -> tuple[dict, dict[str, list[dict]], list[str]]:
    """({"dev": report, "heldout": report, "notes": [...]}, {split: error listing}, problems)."""
    golds, problems = load_news_gold(gold_dir, articles_dir)
    if not golds:
        raise EvalInputError(f"no news gold in {gold_dir}" + (f": {problems[0]}" if problems else ""))
    report, errors, unpaired = news_report(golds, read_dataset(dataset), split_file)
    report["notes"] = problems + unpaired
    return report, errors, problems + unpaired


def write_news_reports(out: Path, report: dict, errors: dict[str, list[dict]]) -> None:
    """report.json (both splits), report.md (both splits' tables; the dev split's errors only) and errors.jsonl
    (dev only) in `out`, each whole (`report.write_whole`)."""
    parts = [markdown({**report["dev"], "notes": report["notes"]}, errors["dev"], "News set, dev split"),
             markdown(report["heldout"], None, "News set, held-out split (scores only)")]
    write_whole(out, {"report.json": json.dumps(report, ensure_ascii=False, indent=2),
                      "report.md": "\n\n".join(parts), "errors.jsonl": json_lines(errors["dev"])})


def main(argv: list[str] | None = None) -> int:
    """Extract (unless --no-extract) and score; 0, 1 when a gold file has problems or extraction failed, 2 when
    there is nothing to score."""
    parser = argparse.ArgumentParser(prog="python -m pipeline.evaluation.news", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=None, help="the news folder (default: ../shared/data/news)")
    parser.add_argument("--dataset", type=Path, default=REPO_ROOT / "outputs" / "news")
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "outputs" / "eval" / "news")
    parser.add_argument("--no-extract", action="store_true", help="score the dataset as it is")
    args = parser.parse_args(argv)
    console, err = Console(highlight=False), Console(stderr=True, highlight=False, soft_wrap=True)
    news = args.data or news_dir()
    if not args.no_extract:
        from ..cli import main as cli

        if not all((news / folder / "MANIFEST.tsv").is_file() for folder in FOLDERS):
            hint = "" if args.data else " (set DIPEVENTS_DATA or pass --data)"
            err.print(f"dipevents eval-news: the news set is not in {news}{hint}", markup=False)
            return 2
        folders = stage_articles(news, args.dataset / "articles")
        # --strict: a file that fails would keep its earlier rows, and stale rows must not be scored
        if cli(["extract", *map(str, folders), "--out", str(args.dataset), "--force", "--quiet", "--strict"]):
            err.print("dipevents eval-news: extraction failed for some articles (above); not scored", markup=False)
            return 1
    try:
        report, errors, problems = evaluate_news(args.dataset, articles_dir=news)
    except EvalInputError as error:
        err.print(f"dipevents eval-news: {error}", markup=False)
        return 2
    for problem in problems:
        err.print(f"dipevents eval-news: {problem}", markup=False)
    write_news_reports(args.out, report, errors)
    for name in SPLITS:
        console.print(f"[bold]{name}[/bold]: {len(report[name]['documents'])} documents")
        for table in screen_tables(report[name]):
            console.print(table)
    console.print(f"→ {args.out}/report.md")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
