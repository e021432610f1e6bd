"""Who is who across articles and languages: one `actor_id` per person, organisation or country.

An id is the actor's kind and its name in a spelling both languages share, in Latin letters: `person:` and the
words of the full name (`Қасым-Жомарт Тоқаев` and `Касым-Жомарт Токаев` → `person:kasim-tokaev-zhomart`),
`country:` and the ISO alpha-3 code (`country:KAZ`), `igo:` and the organisation's code (`igo:SCO`),
`organization:` and its name's words, `place:` for a country side that names no state (a city). The shared spelling (`name_key`) folds Kazakh letters to their Russian
counterparts and the spellings the two languages differ by (`models/transliteration.tsv`), drops hyphens and
punctuation and doubled letters, and sorts the words, so word order does not matter. Within an article a surname
alone already takes the full name the article gives (the events stage's `full_name`); across articles
`unify` merges spelling variants one letter apart (`Эммануэл`/`Эмманюэль`) and gives a surname alone the one
full name the dataset knows with that surname.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .countries import resolve
from .paths import MODELS_DIR
from .tables import read_tsv

KINDS = ("person", "organization", "country", "igo", "place")


@lru_cache(maxsize=1)
def _letters() -> tuple[tuple[tuple[str, str], ...], dict[str, str]]:
    rows = read_tsv(MODELS_DIR / "transliteration.tsv")
    folds = tuple((row["from"], row["to"] or "") for row in rows if row["kind"] == "fold")
    return folds, {row["from"]: row["to"] for row in rows if row["kind"] == "latin"}


def name_words(name: str) -> list[str]:
    """The words of a name in the spelling Russian and Kazakh share, in written order (`Тоқаев` → [`токаев`];
    `Эммануэль Макрон` → [`емануел`, `макрон`]); initials (a letter and a full stop: `Н.Герман`) dropped, a
    one-letter name kept (`Ван И`)."""
    text = re.sub(r"\b\w\.\s*", " ", name).lower().replace("ё", "е")
    for source, target in _letters()[0]:
        text = text.replace(source, target)
    text = re.sub(r"(\w)\1+", r"\1", text)  # doubled letters: Эммануэль = Эмануэль
    return [word for word in re.split(r"[^\w]+", text) if word]


def name_key(name: str) -> str:
    """Words of `name_words` sorted and spelt in Latin letters, joined by `-`: the name part of an id."""
    latin = _letters()[1]
    return "-".join(sorted("".join(latin.get(ch, ch) for ch in word) for word in name_words(name)))


def actor_id(kind: str, normal: str | None) -> str | None:
    """The id of an actor of a participant or mention `kind` (person, delegation, organization, country) named
    `normal` (its nominative): a state or intergovernmental organisation by its code whatever its kind says
    (`ШОС` → `igo:SCO`, `Казахстан` → `country:KAZ`); None for an empty name."""
    if not normal or not normal.strip():
        return None
    code = resolve(normal) if kind != "person" else None
    if code:
        return f"{'country' if code.kind == 'state' else 'igo'}:{code.code}"
    key = name_key(normal)
    if not key:
        return None
    # a country side that is no state (a city or region the events stage took for a side) is a place
    prefix = {"organization": "organization", "country": "place"}.get(kind, "person")
    return f"{prefix}:{key}"


def _close(a: str, b: str) -> bool:
    """Words one letter apart (one changed, added or dropped), both of four or more letters."""
    if a == b:
        return True
    if min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def merge_variants(ids: list[str]) -> dict[str, str]:
    """{a person id: the more frequent person id whose words are the same but one, one letter apart}, over all
    ids of a dataset (`person:emanyuel-makron` → `person:emanuel-makron`; `Нұртілеу` and `Нуртлеу`); a spelling
    close to two others is left out."""
    counts = Counter(ids)
    people = [known for known in counts if known.startswith("person:")]
    by_words: dict[int, list[str]] = {}
    for known in people:
        by_words.setdefault(known.count("-"), []).append(known)
    merged = {}
    for group in by_words.values():
        for known in group:
            words = known.partition(":")[2].split("-")
            # towards the more frequent spelling (ties: the first in order), so no two ids point at each other
            close = [other for other in group if (counts[other], known) > (counts[known], other)
                     and _one_word_apart(words, other.partition(":")[2].split("-"))]
            if len(close) == 1:
                merged[known] = close[0]
    return merged


def _one_word_apart(words: list[str], others: list[str]) -> bool:
    differing = [(a, b) for a, b in zip(sorted(words), sorted(others)) if a != b]
    if len(differing) != 1 or len(words) < 2:  # one word of two or more agrees exactly
        differing = [(a, b) for a, b in zip(words, others) if a != b] if len(words) > 1 else differing
    return len(differing) == 1 and _close(*differing[0])


def unify(ids: list[str]) -> dict[str, str]:
    """{id: the id it is merged into} over all ids of a dataset: spelling variants (`merge_variants`), then a
    surname alone (`merge_surnames`)."""
    variants = merge_variants(ids)
    for known in list(variants):  # a chain of spellings ends at its most frequent one
        seen = {known}
        while variants[known] in variants and variants[known] not in seen:
            seen.add(variants[known])
            variants[known] = variants[variants[known]]
    spelt = [variants.get(known, known) for known in ids]
    surnames = merge_surnames(spelt)
    return {known: surnames.get(variants.get(known, known), variants.get(known, known)) for known in set(ids)
            if surnames.get(variants.get(known, known), variants.get(known, known)) != known}


def merge_surnames(ids: list[str]) -> dict[str, str]:
    """{a person id of one word: the one person id with more words holding that word} over all ids of a
    dataset (`person:tokaev` → `person:kasim-tokaev-zhomart` when no other Tokaev is known); ids with no such
    single match are left out."""
    full: dict[str, set[str]] = {}
    for known in set(ids):
        kind, _, key = known.partition(":")
        words = key.split("-")
        if kind == "person" and len(words) > 1:
            for word in words:
                full.setdefault(word, set()).add(known)
    merged = {}
    for known in set(ids):
        kind, _, key = known.partition(":")
        if kind == "person" and "-" not in key and len(full.get(key, ())) == 1:
            merged[known] = next(iter(full[key]))
    return merged
