"""Russian analysis with natasha: razdel segmentation, slovnet morphology, syntax and NER, pymorphy lemmas.
People's names keep natasha's normal here; the entities stage decides them once per document
(pipeline/person_names.py)."""
from __future__ import annotations

from ..document import Mention, Token
from ..registry import backends
from . import Analysis


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
            normal=span.normal or span.text if span.type == "PER" else _body_normal(span), source="natasha",
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


