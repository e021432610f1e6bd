"""Kazakh written in the Latin alphabet (2021, or the apostrophe alphabet of 2017) read back into Cyrillic, with an
exact offset map, so the Cyrillic analysis can point into the Latin original.

The table is data (`models/language/kk_latin.yaml`); no library does this direction with offsets (see README,
"Latin-script Kazakh"). A Latin letter or digraph becomes one Cyrillic letter, so the Cyrillic text is never longer
than the Latin one; `OffsetAnchor`s (the same as ingest's, `pipeline/document.py`) record each place where the
two drift apart.
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from .document import OffsetAnchor, source_offset
from .paths import MODELS_DIR

VARIANTS = ("latn2021", "latn2017")


@dataclass(frozen=True)
class Alphabet:
    name: str
    letters: dict[str, str]  # lowercase Latin letter or digraph (apostrophe as "'") -> lowercase Cyrillic
    capitals: dict[str, str]  # lowercase Latin -> its capital where that is not str.upper()
    after_vowel: dict[str, str]  # the reading of a key after a vowel (i -> й)
    vowels: str
    apostrophes: str


@lru_cache(maxsize=None)
def load_alphabets(path: Path = MODELS_DIR / "language" / "kk_latin.yaml") -> dict[str, Alphabet]:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    return {name: Alphabet(name, variant["letters"], variant.get("capitals") or {}, variant.get("after_vowel") or {},
                           data["vowels"], data["apostrophes"])
            for name, variant in data["variants"].items()}


def _lower(alphabet: Alphabet, ch: str) -> tuple[str, bool]:
    """(the lowercase key character, whether ch was a capital)."""
    for small, capital in alphabet.capitals.items():
        if ch == capital:
            return small, True
        if ch == small:
            return small, False
    if ch in alphabet.apostrophes:
        return "'", False
    small = ch.lower()
    return (small, small != ch) if len(small) == 1 else (ch, False)


def transliterate(text: str, variant: str, start: int = 0, end: int | None = None) -> tuple[str, list[tuple[int, int]]]:
    """The Cyrillic reading of text[start:end] in one alphabet, and its alignment: [(Latin offset, Cyrillic
    offset)] at the end of every letter or digraph whose length changed, offsets relative to `start` and 0.
    Characters the alphabet does not know (digits, punctuation, Cyrillic) are copied."""
    alphabet = load_alphabets()[variant]
    end = len(text) if end is None else end
    out: list[str] = []
    shifts: list[tuple[int, int]] = []
    i, n_out, previous = start, 0, ""
    while i < end:
        first, capital = _lower(alphabet, text[i])
        key, size = first, 1
        if i + 1 < end:
            pair = first + _lower(alphabet, text[i + 1])[0]
            if pair in alphabet.letters:
                key, size = pair, 2
        if key in alphabet.letters:
            cyrillic = alphabet.after_vowel.get(key) if previous and previous in alphabet.vowels else None
            cyrillic = cyrillic or alphabet.letters[key]
            piece = cyrillic[:1].upper() + cyrillic[1:] if capital else cyrillic
            previous = key[-1] if key[-1] != "'" else key[0]
        else:
            piece, previous = text[i:i + size], ""
        out.append(piece)
        i += size
        n_out += len(piece)
        if len(piece) != size:
            shifts.append((i - start, n_out))
    return "".join(out), shifts


def anchors_for(pieces: list[tuple[int, int, str, list[tuple[int, int]]]], text: str) -> tuple[str, list[OffsetAnchor]]:
    """Splice transliterated pieces [(start, end, cyrillic, shifts)] (in text order, not overlapping) into text;
    anchors map every offset of the result back to `text`."""
    out: list[str] = []
    anchors: list[OffsetAnchor] = []
    source = stored = 0
    for start, end, cyrillic, shifts in pieces:
        out.append(text[source:start])
        stored += start - source
        anchors.extend(OffsetAnchor(stored=stored + cyr, source=start + latin) for latin, cyr in shifts)
        out.append(cyrillic)
        stored += len(cyrillic)
        source = end
    out.append(text[source:])
    return "".join(out), anchors


def compose(outer: list[OffsetAnchor], inner: list[OffsetAnchor], length: int) -> list[OffsetAnchor]:
    """Anchors from a text C (`length` characters) to A, given `outer` (C to B) and `inner` (B to A): C was made
    from B, B from A. Computed offset by offset, so it is exact wherever either map changes."""
    if not inner:
        return list(outer)
    if not outer:
        return list(inner)
    composed, delta = [], 0
    for offset in range(length + 1):
        source = source_offset(inner, source_offset(outer, offset))
        if source - offset != delta:
            composed.append(OffsetAnchor(stored=offset, source=source))
            delta = source - offset
    return composed


def read_latin_kazakh(text: str, paragraphs: list, max_follow_words: int = 8) -> tuple[str, list[OffsetAnchor]]:
    """Every content paragraph of Latin-script Kazakh in text put in Cyrillic (ingest's step after
    normalisation): (new text, anchors from it back to `text`). A paragraph is read when `language.latin_kazakh`
    finds it Kazakh; in a document with such paragraphs, a short Latin one with Kazakh-Latin letters (a headline
    of up to `max_follow_words` words, too short to judge alone) is read in the document's alphabet too.
    Returns text unchanged and no anchors when there is none."""
    from .language import latin_kazakh, load_rules

    rules = load_rules()
    found, candidates = [], []
    for paragraph in paragraphs:
        if paragraph.boilerplate:
            continue
        chunk = text[paragraph.start:paragraph.end]
        letters = [ch for ch in chunk if ch.isalpha()]
        if not letters or sum("\u0400" <= ch <= "\u052f" for ch in letters) >= rules.min_cyrillic_share * len(letters):
            continue
        verdict = latin_kazakh(chunk, rules)
        if verdict:
            found.append((paragraph, verdict[0]))
        elif len(chunk.split()) <= max_follow_words and rules.latin_kazakh_marks.search(chunk):
            candidates.append(paragraph)
    if not found:
        return text, []
    variant = max(VARIANTS, key=lambda name: sum(len(text[p.start:p.end]) for p, v in found if v == name))
    chosen = sorted(found + [(p, variant) for p in candidates], key=lambda item: item[0].start)
    pieces = [(p.start, p.end, *transliterate(text, v, p.start, p.end)) for p, v in chosen]
    return anchors_for(pieces, text)


def script_of(text: str) -> str:
    """The ISO 15924 code of the script most of text's letters are in: Cyrl, Latn, Arab, Grek, or Zyyy."""
    counts: dict[str, int] = {}
    for ch, n in Counter(text).items():  # each letter named once (first seen first: ties go as they did)
        if ch.isalpha():
            code = _script(ch)
            counts[code] = counts.get(code, 0) + n
    return max(counts, key=counts.get) if counts else "Zyyy"


@lru_cache(maxsize=4096)
def _script(letter: str) -> str:
    return SCRIPTS.get(unicodedata.name(letter, "").split(" ")[0], "Zyyy")


SCRIPTS = {"CYRILLIC": "Cyrl", "LATIN": "Latn", "ARABIC": "Arab", "GREEK": "Grek"}
