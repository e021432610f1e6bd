"""Names as event arguments: the mentions of one sentence (or name shapes where no NER model has read it), each
named as the entities stage named it: a person by the full name the article gives (`Абдрахманов` → `Кайрат
Абдрахманов`, `Н.Германмен` → `Наталья Герман`), anything else by its nominative."""
from __future__ import annotations

import re

from ..document import Document, Mention, Sentence
from ..full_names import full_name
from .knowledge import Knowledge

SHAPE_SOURCE = "events:name-shape"  # the source of mentions found by name shapes, not by a model


def sentence_mentions(doc: Document, sentence: Sentence, known: Knowledge) -> list[Mention]:
    """The sentence's PER/ORG/LOC mentions; where it has none, the name shapes of names.yaml (never holding a
    title of roles.tsv), named as the entities stage would: a nominative by `strip_case`, a person's full name
    among the article's people."""
    found = [m for m in doc.mentions if sentence.start <= m.start < sentence.end and m.label in ("PER", "ORG", "LOC")]
    if found:
        return found
    text = doc.text[sentence.start:sentence.end]
    stop = set(known.names.get("not_name_words", ()))
    people = [m.normal for m in doc.mentions if m.label == "PER" and m.normal]
    shapes = []
    for rule in known.names.get("fallback", ()):
        for match in re.finditer(rule["pattern"], text):
            if stop & set(match.group().split()) or any(t.search(match.group()) for t in known.titles):
                continue  # a place or a title, not a name: "Франция Президенті"
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if any(s.start < end and start < s.end for s in shapes):
                continue
            normal = strip_case(match.group(), known, rule["label"])
            shapes.append(Mention(start=start, end=end, text=match.group(), label=rule["label"],
                                  label_fine=rule["label"], normal=normal,
                                  full_name=full_name(normal, people) if rule["label"] == "PER" else "",
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
    return " ".join(words[:-1] + [_strip_word(words[-1], known)]) if words else name


def _strip_word(word: str, known: Knowledge) -> str:
    for ending in sorted(known.names.get("case_endings", ()), key=len, reverse=True):
        if word.endswith(ending) and len(word) - len(ending) >= known.names.get("min_stem", 4):
            return word[:-len(ending)]
    return word


def name_of(mention: Mention) -> str:
    """A mention's name as an event argument: a person by the full name the article gives them
    (`Mention.full_name`), anything else by its nominative (`Mention.normal`), both as the entities stage set them
    (or `sentence_mentions` for a name shape)."""
    return mention.full_name or mention.normal or mention.text
