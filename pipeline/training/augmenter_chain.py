"""Several augmenters in turn: spaCy's corpus reader takes a single one."""
from __future__ import annotations

from typing import Callable, Iterator

from spacy.language import Language
from spacy.training import Example
from spacy.util import registry

Augmenter = Callable[[Language, Example], Iterator[Example]]


@registry.augmenters("dipevents.chain.v1")
def create_augmenter_chain(*augmenters: Augmenter) -> Augmenter:
    """Each example goes through the first augmenter, each of its outputs through the second, and so on."""

    def chain(nlp: Language, example: Example) -> Iterator[Example]:
        examples: list[Example] = [example]
        for augment in augmenters:
            examples = [out for eg in examples for out in augment(nlp, eg)]
        yield from examples

    return chain
