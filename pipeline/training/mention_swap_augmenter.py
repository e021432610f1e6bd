"""Training-data augmentation: a name swapped for another name of the same label.

Half of the entities in KazNERD `test` never occur in `valid`, and a model trained on 10k sentences learns
the names it saw. Putting other names of the same label into a sentence makes it read the context and the
word forms instead. Kazakh marks case on the last word of a name ("Ташкентке", "Астанаға"), so a name is
only swapped for one whose last word ends in the same two letters: the sentence stays grammatical enough.
"""
from __future__ import annotations

import random
from functools import partial
from typing import Callable, Iterable, Iterator, List

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import registry

from ..datasets.kaznerd import iob2_tags

ENDING_LENGTH = 2


@registry.augmenters("dipevents.mention_swap.v1")
def create_mention_swap_augmenter(level: float, labels: List[str]) -> Callable[[Language, Example], Iterator[Example]]:
    """With probability `level`, every entity with a label in `labels` is replaced by a name of the same
    label and ending met earlier in training (the pool fills as the corpus is read, so nothing else is read)."""
    return partial(mention_swap_augmenter, level=level, labels=frozenset(labels), pool=MentionPool())


class MentionPool:
    """Names seen so far, by (label, ending of the last word)."""

    def __init__(self) -> None:
        self._names: dict[tuple[str, str], list[tuple[tuple[str, ...], tuple[bool, ...]]]] = {}
        self._seen: set = set()

    @staticmethod
    def key(label: str, words: tuple[str, ...]) -> tuple[str, str]:
        return label, words[-1][-ENDING_LENGTH:].lower()

    def add(self, label: str, words: tuple[str, ...], spaces: tuple[bool, ...]) -> None:
        if (label, words) not in self._seen:
            self._seen.add((label, words))
            self._names.setdefault(self.key(label, words), []).append((words, spaces))

    def other_than(self, label: str, words: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[bool, ...]] | None:
        candidates = self._names.get(self.key(label, words), [])
        if len(candidates) < 2:
            return None
        choice = random.choice(candidates)
        return None if choice[0] == words else choice


def mention_swap_augmenter(
    nlp: Language, example: Example, *, level: float, labels: frozenset, pool: MentionPool
) -> Iterator[Example]:
    reference = example.reference
    entities = [ent for ent in reference.ents if ent.label_ in labels]
    for ent in entities:
        pool.add(ent.label_, tuple(t.text for t in ent), tuple(bool(t.whitespace_) for t in ent))
    if not entities or random.random() >= level:
        yield example
        return
    yield _swapped(nlp, reference, entities, pool)


def _swapped(nlp: Language, reference: Doc, entities: Iterable, pool: MentionPool) -> Example:
    """The sentence with each swappable entity replaced and its tags rebuilt; the predicted side is
    tokenized by the pipeline, as spaCy's Corpus does for every other example."""
    words: list[str] = []
    spaces: list[bool] = []
    tags: list[str] = []
    replacement = {ent.start: (ent, pool.other_than(ent.label_, tuple(t.text for t in ent))) for ent in entities}
    reference_tags = iob2_tags(reference)
    i = 0
    while i < len(reference):
        ent, other = replacement.get(i, (None, None))
        if other is None:
            token = reference[i]
            words.append(token.text)
            spaces.append(bool(token.whitespace_))
            tags.append(reference_tags[i])
            i += 1
            continue
        new_words, new_spaces = other
        words.extend(new_words)
        # The swapped name keeps its own inner spacing and the original's spacing after it.
        spaces.extend(new_spaces[:-1] + (bool(ent[-1].whitespace_),))
        tags.extend([f"B-{ent.label_}"] + [f"I-{ent.label_}"] * (len(new_words) - 1))
        i = ent.end
    sent_starts = [True] + [False] * (len(words) - 1)
    gold = Doc(nlp.vocab, words=words, spaces=spaces, ents=tags, sent_starts=sent_starts)
    return Example(nlp.make_doc(gold.text), gold)
