"""A person's full name within one article: `Тоқаев`, `Н.Германмен` and `Герман` are the `Қасым-Жомарт Тоқаев` and
`Наталья Герман` the article names in full elsewhere. The entities stage gives every PER mention its
`full_name` with it once (pipeline/entities.py); the events stage names sides by it and the link stage gives
people their actor ids by it."""
from __future__ import annotations

import re

# "Н.Герман", "Р.Т.Ердоған": the first initial, then the surname after the last one
INITIAL = re.compile(r"^(?P<initial>[^\W\d_])\.\s?(?:[^\W\d_]\.\s?)*(?P<rest>.+)$")


def full_name(normal: str, people: list[str]) -> str:
    """The longest name in `people` (nominatives of the article's PER mentions) with the same surname as
    `normal` (case-insensitive), the same first letter where `normal` is written with initials, and the same
    leading words where it has any; `normal` itself where none is longer."""
    initial = INITIAL.match(normal)
    surname_words = (initial.group("rest") if initial else normal).split()
    if not surname_words:
        return normal
    surname = surname_words[-1].lower()
    best = normal
    for person in people:
        words = person.split()
        if len(words) < 2 or words[-1].lower() != surname or len(person) <= len(best):
            continue
        if initial and not words[0].upper().startswith(initial.group("initial").upper()):
            continue
        if not initial and len(surname_words) > 1 and words[:-1] != surname_words[:-1]:
            continue
        best = person
    return best
