"""Names as event arguments: the mentions of one sentence (or name shapes where no NER model has read it),
their nominative form, and a person's full name as known from the whole document (`Абдрахманов` →
`Кайрат Абдрахманов`, `Н.Германмен` → `Наталья Герман`)."""
from __future__ import annotations

import re

from ..document import Document, Mention, Sentence
from .knowledge import Knowledge

SHAPE_SOURCE = "events:name-shape"  # the source of mentions found by name shapes, not by a model
# "Н.Герман", "Р.Т.Ердоған": the first initial, then the surname after the last one
INITIAL = re.compile(r"^(?P<initial>[^\W\d_])\.\s?(?:[^\W\d_]\.\s?)*(?P<rest>.+)$")


def sentence_mentions(doc: Document, sentence: Sentence, known: Knowledge) -> list[Mention]:
    """The sentence's PER/ORG/LOC mentions; where it has none, the name shapes of names.yaml (never holding a
    title of roles.tsv)."""
    found = [m for m in doc.mentions if sentence.start <= m.start < sentence.end and m.label in ("PER", "ORG", "LOC")]
    if found:
        return found
    text = doc.text[sentence.start:sentence.end]
    stop = set(known.names.get("not_name_words", ()))
    shapes = []
    for rule in known.names.get("fallback", ()):
        for match in re.finditer(rule["pattern"], text):
            if stop & set(match.group().split()) or any(t.search(match.group()) for t in known.titles):
                continue  # a place or a title, not a name: "Франция Президенті"
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if any(s.start < end and start < s.end for s in shapes):
                continue
            shapes.append(Mention(start=start, end=end, text=match.group(), label=rule["label"],
                                  label_fine=rule["label"], normal=strip_case(match.group(), known, rule["label"]),
                                  lang=sentence.lang, source=SHAPE_SOURCE))
    return sorted(shapes, key=lambda m: m.start)


def strip_case(name: str, known: Knowledge, label: str = "") -> str:
    """A name no normaliser has seen, in the nominative: the language's own normaliser where names.yaml names
    one (Kazakh: `kazakh_nominative`, the same de-inflection the entities stage uses), else one case ending of
    names.yaml dropped from the last word (`Трангом` → `Транг`)."""
    normaliser = known.names.get("normaliser")
    if normaliser:
        from ..entities import normalizers

        return normalizers.get(normaliser)(name, label) or name
    words = name.split()
    return " ".join(words[:-1] + [strip_word(words[-1], known)]) if words else name


def strip_word(word: str, known: Knowledge) -> str:
    for ending in sorted(known.names.get("case_endings", ()), key=len, reverse=True):
        if word.endswith(ending) and len(word) - len(ending) >= known.names.get("min_stem", 4):
            return word[:-len(ending)]
    return word


def mention_normal(mention: Mention, known: Knowledge) -> str:
    """A mention's nominative: the entities stage's normal, read as it is (one normal for both tables); a name
    shape found here, which no normaliser has seen, by `strip_case`."""
    return mention.normal or strip_case(mention.text, known, mention.label)


def full_name(normal: str, people: list[str]) -> str:
    """The longest name in `people` with the same surname (and matching initial, if `normal` has one)."""
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
