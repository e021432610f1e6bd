"""Names as event arguments: the mentions of one sentence (or name shapes where no NER model has read it),
their nominative form, and a person's full name as known from the whole document (`Абдрахманов` →
`Кайрат Абдрахманов`, `Н.Германмен` → `Наталья Герман`)."""
from __future__ import annotations

import re

from ..document import Document, Mention, Sentence, Token
from ..wordforms import fold, shaped
from .knowledge import Knowledge

SHAPE_SOURCE = "events:name-shape"  # the source of mentions found by name shapes, not by a model
INITIAL = re.compile(r"^(?P<initial>[^\W\d_])\.\s?(?P<rest>.+)$")


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


def mention_normal(mention: Mention, tokens: list[Token], known: Knowledge) -> str:
    """A mention's nominative: the entity stage's normal — for people, decided there once per document and read
    as it is — except, for places and bodies, the words it left as written: those take their lemma where
    names.yaml trusts it."""
    if mention.label == "PER":
        return mention.normal or strip_case(mention.text, known, "PER")
    normal = mention.normal or mention.text
    words = normal.split()
    inside = [t for t in tokens if mention.start <= t.start < mention.end]
    if len(inside) != len(words):
        return strip_case(normal, known) if normal == mention.text else normal
    inflected = tuple(known.names.get("inflected_endings", ()))
    always = mention.label in known.names.get("lemma_labels", ())
    fixed = []
    for word, token in zip(words, inside):
        lemma_differs = bool(token.lemma) and token.lemma != token.text.lower()
        if fold(word) != fold(token.text):
            fixed.append(word)
        elif lemma_differs and (always or (inflected and word.lower().endswith(inflected))):
            fixed.append(shaped(token.lemma, token.text))
        else:
            fixed.append(word)
    return " ".join(fixed)


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
