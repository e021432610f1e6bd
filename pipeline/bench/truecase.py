"""Truecasing (pipeline/truecase.py) measured on the news development set (`../shared/data/news`, ru and kk).

`make bench-truecase` (`python -m pipeline.bench.truecase`). Each article is written in capitals and in lowercase
and its case restored; per language and way, the share of words restored as the article wrote them: all words,
those it wrote with a first capital, those it wrote in lowercase (words it wrote in capitals, `МИД`, are left out:
an abbreviation is what rule 1 knows, not what this measures). Also how many articles as written come back
changed (a caps headline or caption in them) and the time `truecase` takes on an article as written, in
microseconds, best of RUNS runs (the cost every normally cased article pays: the scan that finds nothing to
restore).
"""
from __future__ import annotations

import time
from collections import Counter

from ..paths import data_dir
from ..truecase import WORD, truecase

RUNS = 5  # the time is the best of these: other jobs on the machine only ever slow a run


def main() -> None:
    for lang in ("ru", "kk"):
        texts = [path.read_text(encoding="utf-8") for path in sorted((data_dir() / "news" / lang).glob("*.txt"))]
        counts = Counter()
        for text in texts:
            for way in ("upper", "lower"):
                restored = truecase(getattr(text, way)(), lang)
                for match in WORD.finditer(text):
                    word = match.group()
                    if len(word) > 1 and word.isupper():
                        continue
                    kind = "capital" if word[:1].isupper() else "lowercase"
                    counts[way, kind, restored[match.start():match.end()] == word] += 1
        changed = sum(truecase(text, lang) != text for text in texts)
        runs = []
        for _ in range(RUNS):
            clock = time.perf_counter()
            for text in texts:
                truecase(text, lang)
            runs.append((time.perf_counter() - clock) / len(texts) * 1e6)
        micro = min(runs)
        size = sum(map(len, texts)) / len(texts)
        print(f"{lang}: {len(texts)} articles of {size:.0f} characters on average; {changed} changed as written "
              f"(caps headlines); {micro:.0f} µs per article as written (best of {RUNS} runs)")
        for way in ("upper", "lower"):
            share = {kind: counts[way, kind, True] / max(1, counts[way, kind, True] + counts[way, kind, False])
                     for kind in ("capital", "lowercase")}
            right = counts[way, "capital", True] + counts[way, "lowercase", True]
            total = right + counts[way, "capital", False] + counts[way, "lowercase", False]
            print(f"  from {way}case: words right {right / total:.3f}, capitalised words {share['capital']:.3f}, "
                  f"lowercase words {share['lowercase']:.3f}")


if __name__ == "__main__":
    main()
