"""Analysis backends: each turns paragraphs of one language into sentences, tokens and entity mentions.

A backend factory is registered by name in `pipeline.registry.backends`, takes its config section from
`models/pipeline.yaml`, and returns a callable `analyse(texts, parse=None) -> list[Analysis]`, one per text, with
offsets relative to that text. `parse`, when given, holds one predicate per text, `parse[i](start, end) -> bool`:
whether a later stage reads the dependency parse of the sentence at those offsets of text i (`run.parse_wanted`);
a backend may parse more sentences than asked, never fewer, and leaves the others' heads at -1. The natasha
backend also tags morphology in its batch only for these and the sentences holding a name (any other's tokens
when first read). Importing this package registers the built-in backends; each imports its heavy
dependencies only when built.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..document import Mention, Token


@dataclass
class Analysis:
    sentences: list[tuple[int, int]] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)  # heads index into this list
    mentions: list[Mention] = field(default_factory=list)


from . import natasha_backend, regex_backend, spacy_backend, stanza_backend  # noqa: E402,F401  (registration)
