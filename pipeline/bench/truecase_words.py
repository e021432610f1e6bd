"""Builds `models/kk/cased_words.txt`, the Kazakh word forms that news writes with capitals, for the truecasing
step (pipeline/truecase.py), from KazNERD's `valid` split (CC BY 4.0; the split the project trains on, never
`test`, which the benches read).

`python -m pipeline.bench.truecase_words` (reads `../shared/data/kaznerd/IOB2_valid.txt`, or $DIPEVENTS_DATA).
Every word form of Kazakh Cyrillic letters seen at least MIN_SEEN times where no sentence starts (so that a
capital says something), written with a capital or in capitals at least MAJORITY of those times, one a line
as most often written (`Президенті`, `Жомарт`, `ҚР`), sorted. Deterministic, so the committed file can be rebuilt
and compared.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..paths import MODELS_DIR, data_dir

OUT = MODELS_DIR / "kk" / "cased_words.txt"
WORD = re.compile(r"[А-ЯЁӘҒҚҢӨҰҮҺІа-яёәғқңөұүһі]+")
SENTENCE_END = frozenset({".", "!", "?", "…", "«", '"', ":", "—", "-"})
MIN_SEEN = 1
MAJORITY = 0.5
HEADER = ("# Kazakh word forms written with a capital (or in capitals) where no sentence starts, as most often\n"
          "# written, in KazNERD's valid split (IS2AI, LREC 2022; CC BY 4.0): the names pipeline/truecase.py restores.\n"
          "# Built by `python -m pipeline.bench.truecase_words`; one a line.\n")


def main() -> None:
    forms: dict[str, Counter] = defaultdict(Counter)
    previous = "."
    with open(data_dir() / "kaznerd" / "IOB2_valid.txt", encoding="utf-8") as handle:
        for line in handle:
            token = line.strip().rsplit(" ", 1)[0] if line.strip() else ""
            if not token:
                previous = "."
                continue
            if WORD.fullmatch(token) and previous not in SENTENCE_END:
                forms[token.lower()][token] += 1
            previous = token
    kept = []
    for counts in forms.values():
        seen = sum(counts.values())
        written, times = counts.most_common(1)[0]
        cased = sum(n for form, n in counts.items() if not form.islower())
        if seen >= MIN_SEEN and cased >= MAJORITY * seen and not written.islower():
            kept.append(written)
    OUT.write_text(HEADER + "".join(f"{word}\n" for word in sorted(kept)), encoding="utf-8")
    print(f"{OUT}: {len(kept)} words")


if __name__ == "__main__":
    main()
