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

from collections.abc import Iterator
from functools import lru_cache

from ..document import Mention, Token
from ..registry import backends
from ..wordforms import russian_dictionary
from . import Analysis

ORG = "ORG"
BATCH_SIZE = 32  # texts or sentences per slovnet call; 8 (slovnet's default) is about 10 % slower
WORD_IDS_CACHED = 20_000  # words whose slovnet ids each model keeps: 80 % of NEREL's tokens hit, ~4 MB


class LemmaOnDemand(Token):
    """A token whose lemma is looked up when first read, from the word, part of speech and features the model
    saw (the analysed text may differ from the stored one in case: pipeline/truecase.py)."""

    def __init__(self, start: int, end: int, text: str, pos: str, feats: dict, head: int, rel: str, word: str):
        # positional arguments, no super(): an article makes thousands of tokens (4.0 -> 1.2 µs each)
        self._word = word
        Token.__init__(self, start, end, text, None, pos, feats, head, rel)

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
    from slovnet.bio import bio_spans

    segmenter = Segmenter()
    russian_dictionary()  # loaded with the models, not at the first name
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
        # slovnet's NER (`ner.map`) tokenises each text again with razdel and finds the tokens in it again; the
        # segmenter's tokens are that tokenisation (natasha's `segment_doc`: razdel over the whole text), so
        # they are read instead. The texts go in slovnet's order, by characters.
        tagged = _by_length(_predict(ner), [[token.text for token in doc.tokens] for doc in spanned],
                            sizes=[len(doc.text) for doc in spanned])
        for doc, tags in zip(spanned, tagged):
            doc.spans = [DocSpan(span.start, span.stop, span.type, doc.text[span.start:span.stop])
                         for span in bio_spans(doc.tokens, tags)]
            doc.envelop_span_tokens()
            doc.envelop_sent_spans()
        for doc in docs:
            doc.spans = doc.spans or []
        if with_syntax:
            chosen = [(sent_id, sent) for n, doc in enumerate(docs) for sent_id, sent in enumerate(doc.sents, 1)
                      if parse is None or any(span.type == ORG and len(span.tokens) > 1 for span in sent.spans or ())
                      or parse[n](sent.start, sent.stop)]  # the cheaper test first
            _parse(chosen, _by_length(_predict(syntax), [[token.text for token in sent.tokens]
                                                         for _, sent in chosen]))
        return [_convert(doc) for doc in docs]

    return analyse


def _predict(model):
    """A slovnet model's decoded predictions per item (tags; for syntax, (ids, head ids, relations)), without
    the markup records slovnet and natasha wrap every token in (`model.map`). A word's vocabulary and shape ids
    are looked up once per model and process (`WORD_IDS_CACHED` words): slovnet's encoder
    (`WordShapeEncoder.item`) runs the shape regex and both lookups again for every token."""
    from slovnet.chop import chop
    from slovnet.shape import word_shape

    infer = model.infer
    encoder = infer.encoder

    @lru_cache(maxsize=WORD_IDS_CACHED)
    def ids(word: str) -> tuple[int, int]:
        return encoder.words_vocab.encode(word.lower()), encoder.shapes_vocab.encode(word_shape(word))

    def item(words: list[str]) -> tuple[list[int], list[int]]:
        pairs = [ids(word) for word in words]
        return [pair[0] for pair in pairs], [pair[1] for pair in pairs]

    def encode(items: list) -> Iterator:
        for chunk in chop((item(words) for words in items), encoder.batch_size):
            yield encoder.input(chunk)

    return lambda items: infer.decoder(infer.process(encode(items)))


@lru_cache(maxsize=None)
def _conll_tag(tag: str) -> tuple[str, dict]:
    """(POS, features) of a morphology tag (`NOUN|Case=Nom|...`), read once per tag (the model has 753)."""
    from slovnet.conll import parse_conll_tag

    return parse_conll_tag(tag)


def _by_length(run, items: list, sizes: list[int] | None = None) -> list:
    """run(items) over items sorted by length, or by `sizes` (less padding per batch), returned in the items'
    order."""
    sizes = sizes or [len(item) for item in items]
    order = sorted(range(len(items)), key=sizes.__getitem__)
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


def _convert(doc) -> Analysis:
    analysis = Analysis(sentences=[(sent.start, sent.stop) for sent in doc.sents])
    index = {token.id: i for i, token in enumerate(doc.tokens) if token.id}  # the tokens of parsed sentences
    for token in doc.tokens:
        analysis.tokens.append(LemmaOnDemand(token.start, token.stop, token.text, token.pos or "",
                                             dict(token.feats or {}), index.get(token.head_id, -1),
                                             token.rel or "", word=token.text))
    for span in doc.spans:
        span.normal = _span_normal(span)
        analysis.mentions.append(Mention(
            start=span.start, end=span.stop, text=span.text, label=span.type, label_fine=span.type,
            normal=span.normal or span.text if span.type == "PER" else _body_normal(span), source="natasha",
        ))
    return analysis


def _span_normal(span) -> str:
    """natasha's normal of a span (`DocSpan.normalize`: an organisation of several words by `syntax_normalize`,
    which inflects its head and the adjectives and verbs that depend on it; any other span, and an organisation of
    one word, which needs no parse, by `normalize`, every word), each word's nominative and written shape
    computed once per process (`_nominative`, `_shaped`): pymorphy builds a word's whole paradigm to inflect it,
    and names recur across paragraphs and documents."""
    from natasha.norm import recover_spaces, select_inflectable

    tokens = span.tokens
    ids = set(select_inflectable(tokens)) if span.type == ORG and len(tokens) > 1 else None
    words = []
    for token in tokens:
        if not ids or token.id in ids:  # as natasha's inflect_words: no ids (a parse with no root) inflects all
            feats = token.feats or {}
            word = _nominative(token.text, token.pos, feats.get("Gender"), feats.get("Number"), feats.get("Case"))
        else:
            word = token.text
        words.append(_shaped(word, token.text))
    return recover_spaces(words, tokens)


@lru_cache(maxsize=200_000)
def _nominative(word: str, pos: str, gender: str | None, number: str | None, case: str | None) -> str:
    """natasha's `inflect_word`: the lowercase nominative (ё as е) of a word with the part of speech and the
    gender, number and case the tagger gave it (the only features it reads)."""
    from types import SimpleNamespace

    from natasha.norm import inflect_word

    feats = {key: value for key, value in (("Gender", gender), ("Number", number), ("Case", case)) if value}
    return inflect_word(russian_dictionary(), SimpleNamespace(text=word, pos=pos, feats=feats))


@lru_cache(maxsize=200_000)
def _shaped(word: str, written: str) -> str:
    """natasha's `recover_shape`: the capitals of the written word on its normal."""
    from natasha.shape import recover_shape

    return recover_shape(word, written)


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
