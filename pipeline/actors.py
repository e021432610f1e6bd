"""Who is who across articles and languages: one `actor_id` per person, organisation or country.

An id is the actor's kind and its name in a spelling both languages share, in Latin letters: `person:` and the
words of the full name (`Қасым-Жомарт Тоқаев` and `Касым-Жомарт Токаев` → `person:kasim-tokaev-zhomart`),
`country:` and the ISO alpha-3 code (`country:KAZ`), `igo:` and the organisation's code (`igo:SCO`),
`organization:` and its name's words, `place:` for a country side that names no state (a city). The shared spelling (`name_key`) folds Kazakh letters to their Russian
counterparts and the spellings the two languages differ by (`models/transliteration.tsv`), drops hyphens and
punctuation and doubled letters, and sorts the words, so word order does not matter. Within an article a surname
alone already takes the full name the article gives (`Mention.full_name`, the entities stage's); across articles
`unify` merges spelling variants one letter apart (`Эммануэл`/`Эмманюэль`), names one holding the other
(`Реджеп Эрдоган` in `Реджеп Тайип Эрдоган`) and gives a surname alone the full name the dataset mostly gives.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache

from .countries import resolve
from .paths import MODELS_DIR
from .tables import read_tsv

KINDS = ("person", "organization", "country", "igo", "place")


@lru_cache(maxsize=1)
def _letters() -> tuple[tuple[tuple[str, str], ...], dict[str, str], frozenset[str]]:
    """(fold rows in order, {letter: Latin}, Kazakh case endings in Latin letters)."""
    rows = read_tsv(MODELS_DIR / "transliteration.tsv")
    folds = tuple((row["from"], row["to"] or "") for row in rows if row["kind"] == "fold")
    latin = {row["from"]: row["to"] for row in rows if row["kind"] == "latin"}
    return folds, latin, frozenset(row["from"] for row in rows if row["kind"] == "ending")


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
    """Words one letter apart (one changed, added or dropped; three or more letters), or one the other with a
    Kazakh case ending a model left on it (`mirzievke`, `isagalievti`: transliteration.tsv's `ending` rows)."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if len(short) >= 4 and long.startswith(short) and long[len(short):] in _letters()[2]:
        return True
    if len(short) < 3 or len(long) - len(short) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def _words(known: str) -> list[str]:
    return known.partition(":")[2].split("-")


def one_word_apart(words: list[str], others: list[str]) -> bool:
    """Same number of words, all equal but one pair that is `_close` (in written or in sorted order)."""
    if len(words) != len(others) or len(words) < 2:
        return False
    for order in (lambda w: w, sorted):
        differing = [(a, b) for a, b in zip(order(words), order(others)) if a != b]
        if len(differing) == 1 and _close(*differing[0]):
            return True
    return False


def _more_frequent(counts: Counter, known: str, other: str) -> bool:
    # towards the more frequent id (ties: the first in order), so no two ids point at each other
    return (counts[other], known) > (counts[known], other)


def _person_counts(ids: Iterable[str] | Counter) -> Counter:
    counts = ids if isinstance(ids, Counter) else Counter(ids)
    return Counter({known: n for known, n in counts.items() if known and known.startswith("person:")})


def unify(ids: Iterable[str] | Counter) -> dict[str, str]:
    """{person id: the person id it is merged into} over all ids of a dataset (each occurrence listed, or a
    Counter of them, so frequency counts):

    - a spelling one letter from another with the same other words (`emanyuel-makron` → `emanuel-makron`,
      `murat-nurtileu` → `murat-nurtleu`, `kasi-tokaev-zhomart`), or with a case ending left on one word;
    - a name whose words are all in another name, or hold all of another's, sharing two words or more, towards
      the more frequent one (`erdogan-rezhep` → `erdogan-rezhep-taip`; `lavrov-rosi-sergei` → `lavrov-sergei`);
    - a surname alone: the full name holding it that the dataset gives most, if it gives it at least twice as
      often as any other (`tokaev` → `kasim-tokaev-zhomart`; two Ivanovs as often: left alone).

    Each id goes to its most frequent match, or to where that match went if it shares two words with that too
    (a name glued from two people's, `asadov-mirziev-shavkat-sherzod`, takes no one else along: `asadov-sherzod`
    stays); one with two equally good matches is left alone.

    Every rule needs a word in common, so an id is compared only with the ids sharing one of its words, and
    the merges of a group of ids linked by shared words depend on that group's counts alone."""
    counts = _person_counts(ids)
    surnames = merge_surnames(counts)
    sharing: dict[str, set[str]] = defaultdict(set)
    for known in counts:
        for word in _words(known):
            sharing[word].add(known)
    merged: dict[str, str] = {}
    for known in sorted(counts, key=lambda k: (-counts[k], k)):  # a match is more frequent: already placed
        words = _words(known)
        near = sorted({other for word in words for other in sharing[word]
                       if other != known and _more_frequent(counts, known, other)})
        close = [other for other in near if one_word_apart(words, _words(other))]
        if not close:
            close = [other for other in near if _holds(words, _words(other))]
        best = sorted(close, key=lambda other: -counts[other])
        if best and (len(best) == 1 or counts[best[0]] > counts[best[1]]):
            target = merged.get(best[0], best[0])
            if target == best[0] or one_word_apart(words, _words(target)) \
                    or len(set(words) & set(_words(target))) >= 2:
                merged[known] = target
        elif known in surnames:
            merged[known] = merged.get(surnames[known], surnames[known])
    return merged


def _holds(words: list[str], others: list[str]) -> bool:
    """One name's words all in the other's, sharing two or more."""
    a, b = set(words), set(others)
    return len(a & b) >= 2 and (a < b or b < a)


def merge_surnames(ids: Iterable[str] | Counter) -> dict[str, str]:
    """{a person id of one word: the person id of more words holding it that `ids` (every occurrence, or a
    Counter of them) give most, at least twice as often as any other} (`person:tokaev` →
    `person:kasim-tokaev-zhomart`); ids with no such match are left out."""
    counts = _person_counts(ids)
    holding: dict[str, list[str]] = {}
    for known in counts:
        if len(_words(known)) > 1:
            for word in _words(known):
                holding.setdefault(word, []).append(known)
    merged = {}
    for known in counts:
        if len(_words(known)) == 1 and holding.get(_words(known)[0]):
            best = sorted(holding[_words(known)[0]], key=lambda other: -counts[other])
            if len(best) == 1 or counts[best[0]] >= 2 * counts[best[1]]:
                merged[known] = best[0]
    return merged
