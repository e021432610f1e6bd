"""Rule-based Kazakh sentence splitter that does not break after initials or mid-sentence abbreviations."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from .abbreviations import ABBREVIATIONS

SENTENCE_FINAL = frozenset({".", "!", "?", "…", "...", "?!", "!?", "!!!", "??"})
# Closing quotes and brackets after the final stop belong to the sentence they close.
CLOSING = frozenset({"»", '"', "”", "’", ")", "]"})
# Dotted abbreviations that may end a sentence ("... т.б. Келесі ...").
MAY_END = frozenset(a.orth for a in ABBREVIATIONS if a.can_end_sentence) | frozenset(
    a.orth[:1].upper() + a.orth[1:] for a in ABBREVIATIONS if a.can_end_sentence
)


def _is_boundary(token: Token, following: Token) -> bool:
    """Does a sentence end at `token`, given the first word after it (past closing quotes and spaces)?"""
    if "\n" in token.text:  # headlines and paragraphs are separated by line breaks
        return True
    # Kazakh sentences open with a capital, a digit or a quote: a lower-case word after "." or after
    # "т.б." continues the sentence (reported speech: «Біз дайынбыз.» деді.).
    if following.text[:1].islower():
        return False
    return token.text in SENTENCE_FINAL or token.text in MAY_END


@Language.factory("kk_sentencizer")
def make_kk_sentencizer(nlp: Language, name: str) -> "KazakhSentencizer":
    return KazakhSentencizer()


class KazakhSentencizer:
    """Sets sentence starts; a Doc that already has them (e.g. gold sentences) is left as it is."""

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0 or doc.has_annotation("SENT_START"):
            return doc
        starts = [False] * len(doc)
        starts[0] = True
        i = 0
        while i < len(doc) - 1:
            j = i + 1  # the next sentence's first token, if one starts after doc[i]
            while j < len(doc) and doc[j].text in CLOSING:
                j += 1
            while j < len(doc) and doc[j].is_space:  # whitespace stays with the sentence before
                j += 1
            if j < len(doc) and _is_boundary(doc[i], doc[j]):
                starts[j] = True
                i = j
            else:
                i += 1
        for token, is_start in zip(doc, starts):
            token.is_sent_start = is_start
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
