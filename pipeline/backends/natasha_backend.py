"""Russian analysis with natasha: razdel segmentation, slovnet morphology, syntax and NER, pymorphy lemmas.
People's names keep natasha's normal here; the entities stage decides them once per document
(pipeline/person_names.py).

The three slovnet models read all sentences (morphology, syntax) and all texts (NER) of one call together, in
batches of similar length: a padded position is masked to zero after every layer, so a batch gives the tags one
text alone would (checked on 2,004 paragraphs and 3,790 sentences of NEREL and factRuEval: no tag differs), and
sorting by length keeps the padding small (`make bench-speed`). Lemmas are looked up in pymorphy only when a
later stage reads them: most tokens' never are. Syntax is parsed only for the sentences a later stage reads it in
(`parse`, see pipeline/backends/__init__.py) and those holding an organisation name of several words, which
natasha's normaliser puts in the nominative by its parse (one word is its own head: it needs none)."""
from __future__ import annotations

from functools import lru_cache

from ..document import Mention, Token
from ..registry import backends
from ..wordforms import russian_dictionary
from . import Analysis

ORG = "ORG"
BATCH_SIZE = 32  # texts or sentences per slovnet call; 8 (slovnet's default) is about 10 % slower


class LemmaOnDemand(Token):
    """A token whose lemma is looked up when first read, from the word, part of speech and features the model
    saw (the analysed text may differ from the stored one in case: pipeline/truecase.py)."""

    def __init__(self, *args, word: str, **kwargs):
        self._word = word
        super().__init__(*args, **kwargs)

    @property
    def lemma(self) -> str:
        if self._lemma is None:
            self._lemma = russian_dictionary().lemmatize(self._word, self.pos, self.feats) or self._word.lower()
        return self._lemma

    @lemma.setter
    def lemma(self, value: str | None) -> None:
        self._lemma = value


@backends.register("natasha")
def build(config: dict):
    from natasha import Doc, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter
    from natasha.doc import DocSpan

    segmenter, vocab = Segmenter(), russian_dictionary()
    embedding = NewsEmbedding()
    with_syntax = config.get("syntax", True)
    morph, ner = NewsMorphTagger(embedding), NewsNERTagger(embedding)
    syntax = NewsSyntaxParser(embedding) if with_syntax else None
    for model in (morph, ner, syntax):
        if model:
            model.batch_size = model.infer.encoder.batch_size = BATCH_SIZE

    def analyse(texts: list[str], parse=None) -> list[Analysis]:
        docs = [Doc(text) for text in texts]
        for doc in docs:
            doc.segment(segmenter)
        sents = [sent for doc in docs for sent in doc.sents]
        words = [[token.text for token in sent.tokens] for sent in sents]
        for sent, tags in zip(sents, _by_length(_predict(morph), words)):
            for token, tag in zip(sent.tokens, tags):
                token.pos, token.feats = _conll_tag(tag)
        spanned = [doc for doc in docs if doc.text.strip()]
        for doc, markup in zip(spanned, _by_length(ner.map, [doc.text for doc in spanned])):
            doc.spans = [DocSpan(start, stop, type, doc.text[start:stop]) for start, stop, type in markup.spans]
            doc.envelop_span_tokens()
            doc.envelop_sent_spans()
        for doc in docs:
            doc.spans = doc.spans or []
        if with_syntax:
            chosen = [(sent_id, sent) for n, doc in enumerate(docs) for sent_id, sent in enumerate(doc.sents, 1)
                      if parse is None or parse[n](sent.start, sent.stop)
                      or any(span.type == ORG and len(span.tokens) > 1 for span in sent.spans or ())]
            _parse(chosen, _by_length(_predict(syntax), [[token.text for token in sent.tokens]
                                                         for _, sent in chosen]))
        return [_convert(doc, vocab) for doc in docs]

    return analyse


def _predict(model):
    """A slovnet model's decoded predictions per item (tags; for syntax, (ids, head ids, relations)), without
    the markup records slovnet and natasha wrap every token in (`model.map`)."""
    infer = model.infer
    return lambda items: infer.decoder(infer.process(infer.encoder(items)))


@lru_cache(maxsize=None)
def _conll_tag(tag: str) -> tuple[str, dict]:
    """(POS, features) of a morphology tag (`NOUN|Case=Nom|...`), read once per tag (the model has 753)."""
    from slovnet.conll import parse_conll_tag

    return parse_conll_tag(tag)


def _by_length(run, items: list) -> list:
    """run(items) over items sorted by length (less padding per batch), returned in the items' order."""
    order = sorted(range(len(items)), key=lambda i: len(items[i]))
    results = [None] * len(items)
    for i, result in zip(order, run([items[i] for i in order])):
        results[i] = result
    return results


def _parse(chosen, parses) -> None:
    """natasha's parse_syntax_doc over the (sentence number in its document from 1, sentence) chosen, parsed
    together: ids `sentence_token` per document."""
    for (sent_id, sent), (ids, head_ids, rels) in zip(chosen, parses):
        for token, id, head_id, rel in zip(sent.tokens, ids, head_ids, rels):
            token.id, token.head_id, token.rel = f"{sent_id}_{id}", f"{sent_id}_{head_id}", rel


def _convert(doc, vocab) -> Analysis:
    from natasha.norm import normalize

    analysis = Analysis(sentences=[(sent.start, sent.stop) for sent in doc.sents])
    index = {token.id: i for i, token in enumerate(doc.tokens) if token.id}  # the tokens of parsed sentences
    for token in doc.tokens:
        analysis.tokens.append(LemmaOnDemand(
            start=token.start, end=token.stop, text=token.text, lemma=None, word=token.text,
            pos=token.pos or "", feats=dict(token.feats or {}),
            head=index.get(token.head_id, -1), rel=token.rel or "",
        ))
    for span in doc.spans:
        if span.type == ORG and len(span.tokens) == 1:  # syntax_normalize of one word, which needs no parse
            span.normal = normalize(vocab, span.tokens)
        else:
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
