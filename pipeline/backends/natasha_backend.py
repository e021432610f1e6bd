"""Russian analysis with natasha: razdel segmentation, slovnet morphology, syntax and NER, pymorphy lemmas."""
from __future__ import annotations

import re
from functools import lru_cache

from ..document import Mention, Token
from ..paths import MODELS_DIR
from ..registry import backends
from ..tables import read_tsv
from ..wordforms import fold, shaped
from . import Analysis

CASE = "Case"
OBLIQUE = ("Gen", "Dat", "Loc")


@backends.register("natasha")
def build(config: dict):
    from natasha import Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter

    segmenter, vocab = Segmenter(), MorphVocab()
    embedding = NewsEmbedding()
    morph, syntax, ner = NewsMorphTagger(embedding), NewsSyntaxParser(embedding), NewsNERTagger(embedding)
    with_syntax = config.get("syntax", True)

    def analyse(texts: list[str]) -> list[Analysis]:
        results = []
        for text in texts:
            doc = Doc(text)
            doc.segment(segmenter)
            doc.tag_morph(morph)
            if with_syntax:
                doc.parse_syntax(syntax)
            doc.tag_ner(ner)
            results.append(_convert(doc, vocab))
        return results

    return analyse


def _convert(doc, vocab) -> Analysis:
    analysis = Analysis(sentences=[(sent.start, sent.stop) for sent in doc.sents])
    index = {token.id: i for i, token in enumerate(doc.tokens)}
    for token in doc.tokens:
        token.lemmatize(vocab)
        analysis.tokens.append(Token(
            start=token.start, end=token.stop, text=token.text, lemma=token.lemma or token.text.lower(),
            pos=token.pos or "", feats=dict(token.feats or {}),
            head=index.get(token.head_id, -1), rel=token.rel or "",
        ))
    for span in doc.spans:
        span.normalize(vocab)
        analysis.mentions.append(Mention(
            start=span.start, end=span.stop, text=span.text, label=span.type, label_fine=span.type,
            normal=_name_normal(span, vocab) if span.type == "PER" else _body_normal(span), source="natasha",
        ))
    return analysis


def _body_normal(span) -> str:
    """An organisation or place named by a noun and what depends on it (`Организации африканских, карибских и
    тихоокеанских государств`, `Института перспектив и безопасности Европы`): only the head noun takes the
    nominative, the dependent words stay as written. natasha's parse of long coordinations sometimes inflects
    them too (`… тихоокеанские государства`), so its normal is kept for the first word alone."""
    normal = span.normal or span.text
    tokens = span.tokens
    if len(tokens) < 2 or tokens[0].pos not in ("NOUN", "PROPN") or not normal.split():
        return normal
    head = normal.split()[0]
    return head + span.text[tokens[0].stop - span.start:]


def _name_normal(span, vocab) -> str:
    """natasha leaves names pymorphy does not know in their case (`Лонгом Трангом`, `Мишуры`): it insists on a
    gender match, and its tagger often calls a foreign name nominative. For each word of a person's name that
    natasha left as written: an ending from `models/ru/name_endings.tsv` is undone whatever the tagger said;
    else a word tagged genitive, dative or prepositional takes a singular noun reading in that case.
    (A bare instrumental `-ой` stays: `Биной` is a name, not `Бина`.)"""
    normal = span.normal or span.text
    words = normal.split()
    if len(words) != len(span.tokens):
        return normal
    repaired = []
    for word, token in zip(words, span.tokens):
        if fold(word) != fold(token.text):
            repaired.append(word)
            continue
        stripped = _strip_ending(token.text)
        if stripped != token.text:
            repaired.append(stripped)
            continue
        if (token.feats or {}).get(CASE) in OBLIQUE:
            for form in vocab(token.text.lower()):
                if form.pos == "NOUN" and form.feats.get(CASE) == token.feats[CASE] and form.feats.get("Number") == "Sing":
                    word = shaped(form.normal, token.text)
                    break
        repaired.append(word)
    return " ".join(repaired)


@lru_cache(maxsize=None)
def _name_endings() -> tuple[tuple[re.Pattern, str], ...]:
    return tuple((re.compile(row["regex"]), row["replacement"])
                 for row in read_tsv(MODELS_DIR / "ru" / "name_endings.tsv"))


def _strip_ending(word: str) -> str:
    for pattern, replacement in _name_endings():
        if pattern.search(word):
            return pattern.sub(replacement, word)
    return word
