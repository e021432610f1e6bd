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
from pathlib import Path

from ..analysis import analyse
from ..document import Document, Paragraph, reading_cased
from ..entities import resolve_entities
from ..evaluation.word_lists import Scores, score_lines, score_list
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


def evaluate(path: Path, processor: Processor | None = None) -> Scores:
    """Accuracy over a list; per case (right, rows); the misses as (name, expected, normal or None)."""
    processor = processor or Processor.build()
    return score_list(read_tsv(path), "name", lambda row: normal_of(processor, row["text"], row["name"]))


def main(argv: list[str]) -> None:
    processor = Processor.build()
    for path in [Path(arg) for arg in argv[1:]] or LISTS:
        print(path.name)
        print("\n".join(score_lines(evaluate(path, processor), indent="  ")))


if __name__ == "__main__":
    main(sys.argv)
