"""Rule-based Kazakh sentence splitter that does not break after initials or mid-sentence abbreviations."""
# no `from __future__ import annotations`: spaCy 3.8.7 checks a factory's arguments against their annotations,
# which must then be classes, not strings ("field 'nlp' not yet prepared ... ForwardRef")

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .abbreviations import ABBREVIATIONS

SENTENCE_FINAL = frozenset({".", "!", "?", "…", "...", "?!", "!?", "!!!", "??"})
# Closing quotes and brackets after the final stop belong to the sentence they close.
CLOSING = frozenset({"»", '"', "”", "’", ")", "]"})
# Dotted abbreviations that may end a sentence ("... т.б. Келесі ...").
MAY_END = frozenset(a.orth for a in ABBREVIATIONS if a.can_end_sentence) | frozenset(
    a.orth[:1].upper() + a.orth[1:] for a in ABBREVIATIONS if a.can_end_sentence
)


def _is_boundary(token: str, following: str) -> bool:
    """Does a sentence end at the token written `token`, given the first word after it (past closing quotes and
    spaces)?"""
    if "\n" in token:  # headlines and paragraphs are separated by line breaks
        return True
    # Kazakh sentences open with a capital, a digit or a quote: a lower-case word after "." or after
    # "т.б." continues the sentence (reported speech: «Біз дайынбыз.» деді.).
    if following[:1].islower():
        return False
    return token in SENTENCE_FINAL or token in MAY_END


@Language.factory("kk_sentencizer")
def make_kk_sentencizer(nlp: Language, name: str) -> "KazakhSentencizer":
    return KazakhSentencizer()


class KazakhSentencizer:
    """Sets sentence starts; a Doc that already has them (e.g. gold sentences) is left as it is."""

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0 or doc.has_annotation("SENT_START"):
            return doc
        texts = [token.text for token in doc]
        spaces = [token.is_space for token in doc]
        starts = [-1] * len(doc)  # spaCy's SENT_START: 1 a sentence's first token, -1 any other
        starts[0] = 1
        i = 0
        while i < len(doc) - 1:
            j = i + 1  # the next sentence's first token, if one starts after doc[i]
            while j < len(doc) and texts[j] in CLOSING:
                j += 1
            while j < len(doc) and spaces[j]:  # whitespace stays with the sentence before
                j += 1
            if j < len(doc) and _is_boundary(texts[i], texts[j]):
                starts[j] = 1
                i = j
            else:
                i += 1
        # one array for the whole doc: setting `token.is_sent_start` checks the whole doc for a parse each time
        doc.from_array([SENT_START], numpy.array(starts, dtype=numpy.int64).astype(numpy.uint64))
        return doc

    # No state: nothing to save, but spaCy calls these when the pipeline is written and read.
    def to_disk(self, path, *, exclude=tuple()):
        pass

    def from_disk(self, path, *, exclude=tuple()):
        return self

    def to_bytes(self, *, exclude=tuple()):
        return b""

    def from_bytes(self, data, *, exclude=tuple()):
        return self
