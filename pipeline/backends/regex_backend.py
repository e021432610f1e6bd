"""A model-free backend: sentences and tokens from regular expressions, no morphology, syntax or names.

Used only where models/pipeline.yaml names it for a language (none does by default), so that later stages still
see sentences and tokens; the event extractor then finds names from the shapes in models/events/names.yaml.
"""
from __future__ import annotations

import re

from ..document import Token
from ..registry import backends
from . import Analysis

# a sentence ends at . ! ? … (with closing quotes) followed by a space and an upper-case letter or a digit,
# except after an initial ("Е. Ашықбаев")
SENTENCE_END = re.compile(r"(?<![\s.][^\W\d_])[.!?…]+[»\"”)]*(?=\s+[«\"(]?[^\W_a-zа-яәғқңөұүһі])")
WORD = re.compile(r"\w+(?:[-.]\w+)*|[^\w\s]")


def split(text: str) -> Analysis:
    analysis = Analysis()
    start = len(text) - len(text.lstrip())
    for end in [m.end() for m in SENTENCE_END.finditer(text)] + [len(text.rstrip())]:
        if end > start:
            analysis.sentences.append((start, end))
        start = end + len(text[end:]) - len(text[end:].lstrip())
    analysis.tokens = [Token(start=m.start(), end=m.end(), text=m.group(), lemma=m.group().lower())
                       for m in WORD.finditer(text)]
    return analysis


@backends.register("regex")
def build(config: dict):
    return lambda texts, parse=None: [split(text) for text in texts]
