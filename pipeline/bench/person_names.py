"""Russian person names brought to the nominative (pipeline/person_names.py), measured on lists of sentences.

`python -m pipeline.bench.person_names [TSV ...]` (default: `tests/data/ru_person_names.tsv`, the development
list, and `tests/data/ru_person_names_heldout.tsv`, written before the code it measures first ran on it). A list
is a TSV with columns text (one sentence), name (the name as written in it), nominative (what `Mention.normal`
should be) and case (nom, gen, acc, dat, ins, loc: the name's case in the sentence). Each sentence goes through the
configured analysis and entities stages (models/pipeline.yaml), as an article does; a row is right when a PER
mention written exactly as `name` has `nominative` as its normal, and a miss otherwise (a name the model does not
find, or finds cut, is a miss too). Prints accuracy per case and over the list, then the misses.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from ..analysis import analyse
from ..document import Document, Paragraph, reading_cased
from ..entities import resolve_entities
from ..paths import REPO_ROOT
from ..run import Processor
from ..tables import read_tsv

LISTS = (REPO_ROOT / "tests" / "data" / "ru_person_names.tsv", REPO_ROOT / "tests" / "data" / "ru_person_names_heldout.tsv")


def normal_of(processor: Processor, text: str, name: str) -> str | None:
    """The normal of the PER mention written `name` in the Russian sentence `text`; None where there is none."""
    doc = Document(doc_id="names", source_path="names.txt", sha256="", text=text, lang="ru", published_date=None)
    doc.paragraphs.append(Paragraph(start=0, end=len(text), lang="ru"))
    analyse(doc, processor.analysers)
    with reading_cased(doc):
        resolve_entities(doc, processor.normalizers, processor.person_names)
    return next((m.normal for m in doc.mentions if m.label == "PER" and m.text == name), None)


def evaluate(path: Path, processor: Processor | None = None
             ) -> tuple[float, dict[str, tuple[int, int]], list[tuple[str, str, str | None]]]:
    """Accuracy over a list; per case (right, rows); the misses as (name, expected, normal or None)."""
    processor = processor or Processor.build()
    right: Counter[str] = Counter()
    rows: Counter[str] = Counter()
    misses = []
    for row in read_tsv(path):
        normal = normal_of(processor, row["text"], row["name"])
        rows[row["case"]] += 1
        if normal == row["nominative"]:
            right[row["case"]] += 1
        else:
            misses.append((row["name"], row["nominative"], normal))
    per_case = {case: (right[case], rows[case]) for case in sorted(rows)}
    return sum(right.values()) / sum(rows.values()), per_case, misses


def main(argv: list[str]) -> None:
    processor = Processor.build()
    for path in [Path(arg) for arg in argv[1:]] or LISTS:
        accuracy, per_case, misses = evaluate(path, processor)
        print(path.name)
        for case, (right, count) in per_case.items():
            print(f"  {case:4} {right:4}/{count:<4} {right / count:.3f}")
        print(f"  {'all':4} {sum(r for r, _ in per_case.values()):4}/{sum(c for _, c in per_case.values()):<4} "
              f"{accuracy:.3f}")
        for name, expected, normal in misses:
            print(f"  miss: {name} -> {normal if normal is not None else '(no such PER mention)'} (expected {expected})")


if __name__ == "__main__":
    main(sys.argv)
