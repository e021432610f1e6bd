"""Builds `models/language/kk_words.txt`, the Kazakh word list the language stage measures coverage with, from
KazNERD's `valid` split (CC BY 4.0; the split the project trains on, never `test`, which the bench reads).

`python -m pipeline.bench.langid_words` (reads `../shared/data/kaznerd/IOB2_valid.txt`, or $DIPEVENTS_DATA).
Every lowercase word form of Kazakh Cyrillic letters (hyphenated compounds kept whole) seen at least once, one a
line, sorted: ~19,500 forms. Deterministic, so the committed file can be rebuilt and compared.
"""
from __future__ import annotations

import re

from ..paths import MODELS_DIR, data_dir

OUT = MODELS_DIR / "language" / "kk_words.txt"
WORD = re.compile(r"[а-яёәғқңөұүһі]+(?:-[а-яёәғқңөұүһі]+)*")


def main() -> None:
    words = set()
    with open(data_dir() / "kaznerd" / "IOB2_valid.txt", encoding="utf-8") as handle:
        for line in handle:
            token = line.strip().rsplit(" ", 1)[0].lower()
            if token and WORD.fullmatch(token):
                words.add(token)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("".join(f"{word}\n" for word in sorted(words)), encoding="utf-8")
    print(f"{OUT}: {len(words)} words")


if __name__ == "__main__":
    main()
