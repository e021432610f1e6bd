"""A person's full name within one article: `Тоқаев`, `Н.Германмен` and `Герман` are the `Қасым-Жомарт Тоқаев` and
`Наталья Герман` the article names in full elsewhere. The entities stage gives every PER mention its
`full_name` with it once (pipeline/entities.py); the events stage names sides by it and the link stage gives
people their actor ids by it."""
from __future__ import annotations

import re

from .wordforms import fold

# "Н.Герман", "Р.Т.Ердоған": the first initial, then the surname after the last one
INITIAL = re.compile(r"^(?P<initial>[^\W\d_])\.\s?(?:[^\W\d_]\.\s?)*(?P<rest>.+)$")


def full_name(normal: str, people: list[str], patronymic: re.Pattern | None = None) -> str:
    """The longest name in `people` (nominatives of the article's PER mentions) with the same surname as
    `normal` (case-insensitive, ё = е), the same first letter where `normal` is written with initials, and the
    same leading words where it has any (a given name and surname: the same given name, the middle names left
    out, "Шавкат Мирзиёев" → "Шавкат Миромонович Мирзиёев", "Реджеп Эрдоган" → "Реджеп Тайип Эрдоган");
    `normal` itself where none is longer. Of two spellings of one name that differ only by ё (`Шавкат Мирзиеев`,
    `Шавкат Мирзиёев`) the one with ё is the name: е stands for ё in print, never the other way. A given name and a
    patronymic alone (`patronymic`, how a patronymic ends: `Нұрсұлтан Әбішұлы`, a respectful address) are the one
    person the article names in full with that given name, as is a given name alone that is no one's surname
    (`Петер` of `Петер Сийярто`)."""
    words = normal.split()
    if patronymic and len(words) == 2 and patronymic.search(words[1]):
        named = {person for person in people if len(person.split()) > 1
                 and fold(person.split()[0]) == fold(words[0]) and not patronymic.search(person.split()[-1])}
        return named.pop() if len(named) == 1 else normal
    initial = INITIAL.match(normal)
    surname_words = (initial.group("rest") if initial else normal).split()
    if not surname_words:
        return normal
    surname = fold(surname_words[-1])
    best = normal
    for person in people:
        words = person.split()
        if len(words) < 2 or fold(words[-1]) != surname or not _better(person, best):
            continue
        if initial and not words[0].upper().startswith(initial.group("initial").upper()):
            continue
        if not initial and len(surname_words) > 1 and fold(" ".join(words[:-1])) != fold(" ".join(surname_words[:-1])) \
                and not (len(surname_words) == 2 and fold(words[0]) == fold(surname_words[0])):
            continue  # a given name and surname are the name with the middle names left out ("Шавкат Мирзиёев")
        best = person
    if best == normal and len(words) == 1 and not initial:
        # a given name alone, as a colleague calls him ("С Петером мы уже встречались"), is the one person the
        # article names in full with it, where no one has it for a surname
        named = {person for person in people if len(person.split()) > 1 and fold(person.split()[0]) == surname}
        return named.pop() if len(named) == 1 else normal
    return best


def _better(person: str, best: str) -> bool:
    """Longer, or the same name written with the ё the other leaves out."""
    return len(person) > len(best) or (fold(person) == fold(best) and person.count("ё") > best.count("ё"))
