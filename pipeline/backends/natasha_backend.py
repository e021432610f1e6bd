"""Russian analysis with natasha: razdel segmentation, slovnet morphology, syntax and NER, pymorphy lemmas."""
from __future__ import annotations

from ..document import Mention, Token
from ..registry import backends
from . import Analysis

CASE = "Case"


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
            normal=_repair_normal(span, vocab), source="natasha",
        ))
    return analysis


def _repair_normal(span, vocab) -> str:
    """natasha leaves names pymorphy does not know in their case (`Лонгом Трангом`) because it insists on a
    gender match; for person names, accept any singular noun reading in the tagged case instead."""
    normal = span.normal or span.text
    if span.type != "PER" or normal != span.text:
        return normal
    words = []
    for token in span.tokens:
        case = (token.feats or {}).get(CASE)
        word = token.text
        if case and case != "Nom":
            for form in vocab(word.lower()):
                if form.pos == "NOUN" and form.feats.get(CASE) == case and form.feats.get("Number") == "Sing":
                    word = _same_shape(form.normal, token.text)
                    break
        words.append(word)
    return " ".join(words)


def _same_shape(word: str, model: str) -> str:
    """Carry the capitalisation of the surface form (`Хилл-Льюисом`) over to its lemma (`хилл-льюис`)."""
    parts, model_parts = word.split("-"), model.split("-")
    if len(parts) != len(model_parts):
        return word.capitalize()
    return "-".join(p.capitalize() if m[:1].isupper() else p for p, m in zip(parts, model_parts))
