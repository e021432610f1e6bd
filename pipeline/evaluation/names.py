"""When two written names denote the same side: the tolerance used to match event participants.

Both names are compared as keys (lower case, ё → е, punctuation but hyphens dropped, initials split off:
`Н.Герман` → `н герман`). Two keys match when
- they are equal;
- they have the same last word and their leading words agree pairwise from the left, where an initial agrees
  with any word starting with its letter (`Н. Герман` ≈ `Наталья Герман`, `Н. А. Герман` ≈ `Наталья Герман`);
  a name with fewer leading words agrees if all it has agrees (`Наталья Герман` ≈ `Наталья Андреевна Герман`);
- one is the other's abbreviation (`ОДКБ` ≈ `Организация Договора о коллективной безопасности`: the issue's "an
  organisation and its abbreviation are one participant"; the words an abbreviation skips are names.yaml's);
- one is a single word equal to the other's last word (`Герман` ≈ `Наталья Герман`, `Казахстан` ≈
  `Республика Казахстан`) and that word is the last word of only one multi-word name among the document's
  names (`ambiguous` holds the words that are not: two Алиевs in one article match neither).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from ..event.knowledge import function_words
from ..wordforms import abbreviates, fold


def name_key(name: str) -> tuple[str, ...]:
    text = re.sub(r"[^\w\s-]", " ", fold(name))  # `Н.Герман`: the dot separates the initial
    return tuple(text.split())


def ambiguous_last_words(names: Iterable[str]) -> frozenset[str]:
    """Last words shared by two or more different multi-word names."""
    keys = {name_key(name) for name in names}
    counts = Counter(key[-1] for key in keys if len(key) > 1)
    return frozenset(word for word, n in counts.items() if n > 1)


def _word_agrees(a: str, b: str) -> bool:
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return a == b


def names_match(a: str, b: str, ambiguous: frozenset[str] = frozenset()) -> bool:
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return False
    if ka == kb or abbreviates(a, b, function_words()) or abbreviates(b, a, function_words()):
        return True
    if ka[-1] != kb[-1]:
        return False
    if len(ka) == 1 or len(kb) == 1:
        return ka[-1] not in ambiguous
    return all(_word_agrees(x, y) for x, y in zip(ka[:-1], kb[:-1]))
