"""Training-data augmentation: "Ержан Ашықбаев" → "Е. Ашықбаев" / "Е.Ашықбаев".

KazNERD transcribes TV news, where people are named in full; written diplomatic news names them by
initial and surname. Without this the model drops the initial and may read the surname alone as
something else (Н.Германмен → GPE).
"""
from __future__ import annotations

import random
from functools import partial
from typing import Callable, Iterator

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.training.augment import _doc_to_biluo_tags_with_partial
from spacy.util import registry


@registry.augmenters("dipevents.person_initials.v1")
def create_person_initials_augmenter(level: float) -> Callable[[Language, Example], Iterator[Example]]:
    """With probability `level`, a sentence naming a person by first name and surname is replaced by
    its variant with every such first name cut to an initial (glued to the surname half of the time)."""
    return partial(person_initials_augmenter, level=level)


def person_initials_augmenter(nlp: Language, example: Example, *, level: float) -> Iterator[Example]:
    reference = example.reference
    first_names = [ent.start for ent in reference.ents if ent.label_ == "PERSON" and _has_first_name(ent)]
    if not first_names or random.random() >= level:
        yield example
        return
    words = [token.text for token in reference]
    spaces = [bool(token.whitespace_) for token in reference]
    for i in first_names:
        words[i] = words[i][0] + "."
        spaces[i] = random.random() < 0.5
    example_dict = example.to_dict()
    example_dict["doc_annotation"]["entities"] = _doc_to_biluo_tags_with_partial(reference)
    example_dict["token_annotation"]["ORTH"] = words
    example_dict["token_annotation"]["SPACY"] = spaces
    yield example.from_dict(Doc(nlp.vocab, words=words, spaces=spaces), example_dict)


def _has_first_name(person) -> bool:
    """A name of two or more words that starts with a capitalised word (not an initial already)."""
    first = person[0].text
    return len(person) >= 2 and len(first) > 2 and first[0].isupper() and first.replace("-", "").isalpha()
