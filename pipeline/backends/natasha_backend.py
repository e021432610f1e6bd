"""Russian analysis with natasha: razdel segmentation, slovnet morphology, syntax and NER, pymorphy lemmas.
People's names keep natasha's normal here; the entities stage decides them once per document
(pipeline/person_names.py).

The three slovnet models read the sentences (morphology, syntax) and all texts (NER) of one call together, in
batches of similar length: a padded position is masked to zero after every layer, so a batch gives the tags one
text alone would (checked on 2,004 paragraphs and 3,790 sentences of NEREL and factRuEval: no tag differs), and
sorting by length keeps the padding small (`make bench-speed`). Lemmas are looked up in pymorphy only when a
later stage reads them: most tokens' never are. Morphology is tagged in the batch only for the sentences asked for by
`parse` (see pipeline/backends/__init__.py) and, up to their last word of a name, those holding a name; any other
word when a later stage reads its tags. Syntax is parsed only for the sentences `parse` asks for and those holding
an organisation name of several words, which natasha's normaliser puts in the nominative by its parse (one word is
its own head: it needs none):
`_read_later`. The models' word vectors and encoders are slovnet's arithmetic with fewer copies (`_WordVectors`,
`_Encoder`): the same numbers, bit for bit, but for the taggers' encoders, which convolve a batch's words only
(the same tags: `_Encoder`)."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache

from ..document import Mention, Token
from ..person_names import MANS_OBLIQUE_OR_WOMAN
from ..registry import backends
from ..truecase import NAME_TAGS
from ..wordforms import fold, nominative_of, russian_dictionary
from . import Analysis

ORG = "ORG"
BATCH_SIZE = 32  # texts or sentences per slovnet call; 8 (slovnet's default) is about 10 % slower
# and at most so many positions (items x the longest): a batch of 32 of the longest paragraphs held 6,000 positions,
# whose convolution windows (24 MB) outgrew the caches: the NER and morphology models 11.6 -> 9.8 CPU ms per Russian
# document of `make bench-speed` (256: 10.1, 1,024: 10.2, 2,048: 10.4; a machine loaded by other work, in turn)
BATCH_WORDS = 512
WORD_IDS_CACHED = 20_000  # words whose slovnet ids the three models keep: 80 % of NEREL's tokens hit, ~4 MB
NORMALS_CACHED = 50_000  # words of names whose nominative and shape are kept (12,000 after 2,000 articles), ~15 MB
LEMMAS_CACHED = 20_000  # (word, tags) whose lemma is kept: 11,500 after the 962 Russian texts of `make bench-speed`


class LemmaOnDemand(Token):
    """A token whose lemma is looked up when first read, from the word, part of speech and features the model
    saw (the analysed text may differ from the stored one in case: pipeline/truecase.py). A token whose tags the
    batch left out (`untagged`, its `_Untagged` sentence, where it is the `position`-th word) takes its tags when
    its part of speech or features are first read: those the batch would have given."""

    def __init__(self, start: int, end: int, text: str, pos: str, feats: dict, head: int, rel: str, word: str,
                 untagged: "_Untagged | None" = None, position: int = 0):
        # Token's fields set here, not through Token.__init__, whose lemma, pos and feats would each go through
        # their property's setter: an article makes thousands of tokens (4.0 -> 1.2 µs each with no super(),
        # and the conversion of a Russian document's tokens about 1.0 -> 0.6 ms so)
        self.start, self.end, self.text, self._lemma, self._pos, self._feats, self.head, self.rel = \
            start, end, text, None, pos, feats, head, rel
        self._word = word
        self._untagged, self._position = untagged, position

    @property
    def lemma(self) -> str:
        if self._lemma is None:
            self._lemma = _lemma(self._word, self.pos, frozenset(self.feats.items()))
        return self._lemma

    @lemma.setter
    def lemma(self, value: str | None) -> None:
        self._lemma = value

    @property
    def pos(self) -> str:
        if self._untagged is not None:
            self._take_tags()
        return self._pos

    @pos.setter
    def pos(self, value: str) -> None:
        self._pos = value

    @property
    def feats(self) -> dict[str, str]:
        if self._untagged is not None:
            self._take_tags()
        return self._feats

    @feats.setter
    def feats(self, value: dict[str, str]) -> None:
        self._feats = value

    def lemma_in(self, folded: frozenset[str]) -> bool:
        """`Token.lemma_in`, first against every lemma the word may have (`_possible_lemmas`), which needs no tags:
        a word none of whose lemmas is listed, most words, is neither tagged nor lemmatised for the question (the
        entities stage asks it of every word before a place or organisation name, `_institution_mentions`: in the
        first 300 Russian texts of `make bench-speed`, 73 sentences were tagged alone for it)."""
        if self._lemma is None and folded.isdisjoint(_possible_lemmas(self._word)):
            return False
        return Token.lemma_in(self, folded)

    def _take_tags(self) -> None:
        pos, feats = self._untagged.tags()[self._position]
        self._pos, self._feats, self._untagged = pos, dict(feats), None

    def __getstate__(self) -> dict:
        """Tagged before it is pickled: the model stays in this process."""
        if self._untagged is not None:
            self._take_tags()
        return self.__dict__


@lru_cache(maxsize=LEMMAS_CACHED)
def _lemma(word: str, pos: str, feats: frozenset[tuple[str, str]]) -> str:
    """natasha's lemma of a word with its part of speech and features (UD), or the word in lower case where it
    finds none; kept for `LEMMAS_CACHED` words and tags: two thirds of the lemmas the stages read are of one read
    before (natasha picks the parse most like the tags at each call)."""
    return russian_dictionary().lemmatize(word, pos, dict(feats)) or word.lower()


def _possible_lemmas(word: str) -> frozenset[str]:
    """Every lemma `_lemma` may give the word, whatever its tags, folded: natasha's `lemmatize` picks one of the
    dictionary's readings of the word (lower case, ё as е) and gives its normal form, or the word where none fits."""
    word = fold(word)
    return frozenset([word, *(fold(reading.normal) for reading in russian_dictionary()(word))])


class _Untagged:
    """The words of one sentence whose tags the batch left out (some or all: `_read_later`), and the model (`tag`:
    words of each sentence -> tags of each): the whole sentence tagged at the first read of one of those tags. Its
    tokens point to it, never it to them, so that a document's tokens are freed when it is, with no cycle left to
    the collector."""

    def __init__(self, tag, words: list[str]):
        self._tag, self._words, self._tags = tag, words, None

    def tags(self) -> list[tuple[str, dict]]:
        """(part of speech, features) of each word."""
        if self._tags is None:
            self._tags = [_conll_tag(tag) for tag in next(iter(self._tag([self._words])))]
        return self._tags


@backends.register("natasha")
def build(config: dict):
    from natasha import Doc, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser
    from natasha.doc import DocSpan
    from slovnet.bio import bio_spans

    glued = tuple(re.compile(config[key]) for key in ("glued_before", "glued_after")) \
        if config.get("glued_before") else None
    initial = re.compile(config["name_end_initial"]) if config.get("name_end_initial") else None
    surname = re.compile(config["begun_surname"]) if config.get("begun_surname") else None
    unnamed = frozenset(config.get("never_name_first", ()))
    russian_dictionary()  # loaded with the models, not at the first name
    embedding = _embedding()
    with_syntax = config.get("syntax", True)
    with _vocabularies_read_once():
        morph, ner = NewsMorphTagger(embedding), NewsNERTagger(embedding)
        syntax = NewsSyntaxParser(embedding) if with_syntax else None
    for model in (morph, ner, syntax):
        if model:
            model.batch_size = model.infer.encoder.batch_size = BATCH_SIZE
            model.infer.model.emb.word = _WordVectors(model.infer.model.emb.word)
            model.infer.model.encoder = _Encoder(model.infer.model.encoder, laid_end_to_end=model is not syntax)
    models = [model for model in (morph, ner, syntax) if model]
    ids = _shared_word_ids(models)
    tag_morph, tag_ner = _predict(morph, ids, BATCH_WORDS), _predict(ner, ids, BATCH_WORDS)
    reach = _reach(morph.infer.model.encoder)
    parse_syntax = _predict(syntax, ids) if with_syntax else None

    def analyse(texts: list[str], parse=None) -> list[Analysis]:
        docs = [Doc(text) for text in texts]
        for doc in docs:
            _segment(doc)
            doc.sents = [part for sent in doc.sents for part in _glued_sentences(sent, glued, initial)]
        spanned = [doc for doc in docs if doc.text.strip()]
        # slovnet's NER (`ner.map`) tokenises each text again with razdel and finds the tokens in it again; the
        # segmenter's tokens are that tokenisation (natasha's `segment_doc`: razdel over the whole text), so
        # they are read instead. The texts go in slovnet's order, by characters.
        tagged = _by_length(tag_ner, [_ner_words(doc, unnamed) for doc in spanned],
                            sizes=[len(doc.text) for doc in spanned])
        for doc, tags in zip(spanned, tagged):
            doc.spans = [DocSpan(span.start, span.stop, span.type, doc.text[span.start:span.stop])
                         for span in bio_spans(doc.tokens, _chunks_begun(doc.tokens, tags, surname))]
            doc.envelop_span_tokens()
            doc.envelop_sent_spans()
        for doc in docs:
            doc.spans = doc.spans or []
        morphology, syntax_read = _read_later(docs, parse, reach)
        for (sent, read, valid), tags in zip(morphology, _by_length(tag_morph, [
                [token.text for token in sent.tokens[:read]] for sent, read, _ in morphology])):
            for token, tag in zip(sent.tokens[:valid], tags):
                token.pos, token.feats = _conll_tag(tag)
        if with_syntax:
            _parse(syntax_read, _by_length(parse_syntax, [[token.text for token in sent.tokens]
                                                          for _, sent in syntax_read]))
        return [_convert(doc, tag_morph) for doc in docs]

    return analyse


def _segment(doc) -> None:
    """natasha's `Doc.segment` (`segment_doc`): razdel's tokens and sentences of the text, the tokens enveloped in
    the sentences; the same DocTokens and DocSents, made with less work. razdel's tokenizer (`TokenSegmenter`)
    builds a `TokenSplit` of the atoms around every gap between two atoms, then finds each token's text in the
    text again (`find_substrings`), and natasha copies each token twice (razdel's `Substring`, its own `Token`,
    its `DocToken`); only a gap of no space is ever joined (`if not split.delimiter and self.join(split)`), so
    only such a gap is put to razdel's rules here, and a token's offsets are its atoms'. Checked token for token
    against `Doc.segment` on the texts of NEREL, factRuEval and the seeds, each whole, line by line, upper- and
    lowercased (18,425 texts)."""
    from natasha.doc import DocSent, DocToken, envelop_sent_tokens
    from razdel import sentenize, tokenize
    from razdel.segmenters.tokenize import TokenSplit

    text, tokens = doc.text, []
    atoms = list(tokenize.split.atoms(text))
    window = tokenize.split.window
    if atoms:
        start, stop, buffer = atoms[0].start, atoms[0].stop, atoms[0].text
        for index in range(1, len(atoms)):
            atom = atoms[index]
            if atom.start == stop:  # no space between: razdel's rules may join the atoms
                split = TokenSplit(atoms[max(0, index - window):index], "", atoms[index:index + window])
                split.buffer = buffer
                if tokenize.join(split):
                    stop, buffer = atom.stop, buffer + atom.text
                    continue
            tokens.append(DocToken(start, stop, buffer))
            start, stop, buffer = atom.start, atom.stop, atom.text
        tokens.append(DocToken(start, stop, buffer))
    doc.tokens = tokens
    doc.sents = [DocSent(sent.start, sent.stop, sent.text) for sent in sentenize(text)] if text else []
    envelop_sent_tokens(doc.tokens, doc.sents)


def _chunks_begun(tokens: list, tags: list[str], surname: re.Pattern | None) -> list[str]:
    """BIO tags with a person's inside tags that follow no name begun at their first capitalised word (`I-PER`
    after `O`, or first, read `B-PER`, as conlleval reads them; a bullet before it `O`): the NER model tags a
    text's first word so ("Мирзиёев принял министра …", "Токаев посетил Пекин": `I-PER`, `O`, …), which slovnet's
    `bio_spans` drops. It tags any capitalised first word so, too ("Король Марокко …", "Испанец женился …"): the
    word must be one the dictionary knows only as a name, or not at all, or end as a surname does (`surname`,
    models/pipeline.yaml `begun_surname`: "Токаев", which pymorphy reads as a form of "токай"), else the run is
    read as slovnet reads it, no name. Only people: an organisation begun so is mostly page furniture ("Новости по
    теме")."""
    begun = list(tags)
    n = 0
    while n < len(tags):
        if tags[n] == "I-PER" and (n == 0 or begun[n - 1] == "O"):
            word = tokens[n].text
            if not word[:1].isalpha():
                begun[n] = "O"  # "• Горацио Элисондо": the name begins after the bullet
            elif word[:1].isupper() and (bool(surname and surname.search(word)) or _name_or_unknown(word)):
                begun[n] = "B-PER"
            else:  # the whole run is no name, as slovnet reads it ("Си Цзиньпин" first: no "Цзиньпин" alone)
                while n < len(tags) and tags[n] == "I-PER":
                    begun[n] = "O"
                    n += 1
                continue
        n += 1
    return begun


def _ner_words(doc, unnamed: frozenset[str]) -> list[str]:
    """The words of a natasha doc as its NER model reads them: a sentence's first word lowercased where every
    reading the dictionary has of it is a part of speech in `unnamed` (models/pipeline.yaml `never_name_first`:
    adverbs, particles, conjunctions). The model reads a capital as a name's mark, and at a sentence start it took
    such a word with the name after it ("Вчера Шавкат Мирзиёев принял …": `Вчера` an organisation) or lost the
    name ("Сегодня Касым-Жомарт Токаев провел встречу": none); lowercased, it reads them as mid-sentence."""
    words = [token.text for token in doc.tokens]
    if not unnamed:
        return words
    index = {id(token): n for n, token in enumerate(doc.tokens)}
    for sent in doc.sents:
        first = next((token for token in sent.tokens if token.text[:1].isalpha()), None)
        # one letter is an initial as often ("А. Сельцовский", "В. Путин")
        if first is not None and len(first.text) > 1 and first.text[:1].isupper() \
                and _never_a_name(first.text, unnamed):
            words[index[id(first)]] = first.text.lower()
    return words


@lru_cache(maxsize=4096)
def _never_a_name(word: str, unnamed: frozenset[str]) -> bool:
    """Whether every reading of `word` is of a part of speech in `unnamed` or a preposition, one at least of
    `unnamed` ("Накануне": an adverb or a preposition; a word only a preposition, "На", "По", is left: lowercased,
    the model misread names after it in NEREL, "На Ленфильме" a place)."""
    readings = russian_dictionary().parse(word.lower())
    if any(NAME_TAGS & reading.tag.grammemes for reading in readings):
        return False
    parts = {str(reading.tag.POS) for reading in readings}
    return bool(parts & unnamed) and parts <= unnamed | {"PREP"}


def _name_or_unknown(word: str) -> bool:
    """Whether the dictionary (pymorphy) reads `word` as a given name, surname or patronymic, or knows it not."""
    parses = [parse for parse in russian_dictionary()(word) if parse.is_known]
    return not parses or any(tag in parse.tag for parse in parses for tag in ("Name", "Surn", "Patr"))


def _glued_sentences(sent, glued: tuple[re.Pattern, re.Pattern] | None, initial: re.Pattern | None = None) -> list:
    """razdel's sentence split again where a full stop glues two sentences with no space ("… букет красных
    цветов.Главы государств провели …", as scraped pages often run them): the word before the stop matching
    `glued[0]` and the one after it `glued[1]` (models/pipeline.yaml `glued_before`, `glued_after`: a word of
    two letters or more, lowercase after the first, that is no abbreviation, then a capitalised word; "ул.Кунаева", "им.Абая",
    "В.Путин" and "Лента.ру" keep theirs); and where a name ends in a one-letter word that razdel takes for an
    initial (`initial`, models/pipeline.yaml `name_end_initial`: "… с министром иностранных дел КНР Ван И.
    Стороны обсудили …"): after a capitalised word, before a word that starts a sentence (`_starts_sentence`);
    "А. Иванов", "Путина В. В. и" keep theirs.
    Input and output: natasha DocSents (document offsets); None: as is."""
    from natasha.doc import DocSent

    tokens, cuts = sent.tokens, []
    for n in range(1, len(tokens) - 1):
        before, stop, after = tokens[n - 1], tokens[n], tokens[n + 1]
        if stop.text != "." or before.stop != stop.start:
            continue
        if glued and stop.stop == after.start and glued[0].search(before.text) and glued[1].match(after.text):
            cuts.append(n + 1)
        elif initial and stop.stop < after.start and n >= 2 and initial.fullmatch(before.text) \
                and tokens[n - 2].text[:1].isupper() \
                and _starts_sentence(after.text, tokens[n + 2].text if n + 2 < len(tokens) else ""):
            cuts.append(n + 1)
    if not cuts:
        return [sent]
    parts = []
    for first, last in zip([0] + cuts, cuts + [len(tokens)]):
        start, stop = tokens[first].start, tokens[last - 1].stop
        parts.append(DocSent(start, stop, sent.text[start - sent.start:stop - sent.start], tokens[first:last]))
    return parts


def _starts_sentence(word: str, next_word: str) -> bool:
    """Whether a word after a one-letter word and a full stop starts a sentence, being no initial nor name: a
    number ("15 марта"), a capitalised word the dictionary knows as no name ("Стороны"), or one capital letter
    before a lowercase word ("В ходе")."""
    if word[:1].isdigit():
        return True
    if not word[:1].isupper():
        return False
    if len(word) == 1:
        return next_word[:1].islower()
    return not _name_or_unknown(word)


class _WordVectors:
    """slovnet's `NavecEmbedding` (slovnet/exec/model.py): a word's vector is the centroids its product-quantised
    codes name, here read with one `np.take` from the centroids laid end to end, where slovnet indexes them by
    (subvector, code) pairs; the same float32 numbers (checked bit for bit), 2.4 -> 0.7 ms for 32 texts of 60
    words. Input: word ids, any shape; output: that shape x 300."""

    def __init__(self, navec):
        import numpy as np

        subvectors, centroids, chunk = navec.codes.array.shape
        self.indexes = navec.indexes.array  # words x subvectors, codes
        self.centroids = navec.codes.array.reshape(subvectors * centroids, chunk)
        self.offsets = np.arange(subvectors) * centroids  # where each subvector's centroids start
        self.dim = subvectors * chunk

    def __call__(self, input):
        import numpy as np

        codes = self.indexes[input.ravel()] + self.offsets
        return np.take(self.centroids, codes, axis=0).reshape(*input.shape, self.dim)


class _Encoder:
    """slovnet's `CNNEncoder` (slovnet/exec/model.py): each layer's convolution (`_Convolution`), ReLU and batch
    norm, the padded positions set to zero after each, with the same float32 operations in the same order, done
    in place in the convolution's output where slovnet makes a new array for each (four for the norm) and sets
    the padding through a mask repeated over every channel (checked bit for bit). When `laid_end_to_end`, the
    batch's items are laid end to end, `gap` zero positions between two (the widest reach of a layer), and only
    their words go through the layers: a word's window then reads its own item's words and zeros, as in its padded
    row (a padded position's vector is zero: navec's and the shapes' pad vectors are, and each layer sets it to
    zero again), where slovnet convolves every padded position too (23 % of the positions of the first 300
    Russian texts of `make bench-speed`: the taggers' encoders 2.23 -> 1.91 s of CPU over them). The product then
    has other rows, and OpenBLAS sums a row's products in an order that depends on them: the numbers differ in
    the last bits (at most 3e-5), which no tag of the taggers felt (tests/test_batching.py), but which tipped heads
    of the syntax model in 3 of the 962 Russian texts (as other batches do: `_predict`), so its batches stay
    padded. Input: batch x positions x channels, and the padding mask (batch x positions: True past an item's last
    word); output: batch x positions x channels, the padded positions zero."""

    def __init__(self, encoder, laid_end_to_end: bool = False):
        self.layers = [(_Convolution(layer.conv), layer.norm.mean.array, layer.norm.std.array,
                        layer.norm.weight.array, layer.norm.bias.array) for layer in encoder.layers]
        if any(convolution.kernel != 2 * convolution.padding + 1 for convolution, *_ in self.layers):
            raise ValueError("a natasha model's encoder is no longer a stack of centred convolutions")
        self.gap = max(convolution.padding for convolution, *_ in self.layers) if laid_end_to_end else None

    def __call__(self, input, mask):
        import numpy as np

        if self.gap is None:
            return self._layers(input, mask)
        words = ~mask
        items = np.nonzero(words)[0]  # each word's item, in order: an item's words come first in its row
        laid = np.arange(len(items)) + items * self.gap  # each word's place in the items laid end to end
        positions = np.zeros((laid[-1] + 1 if len(laid) else 0, input.shape[2]), dtype=input.dtype)
        positions[laid] = input[words]
        gaps = np.ones(len(positions), dtype=bool)
        gaps[laid] = False
        positions = self._layers(positions, gaps)
        output = np.zeros((*mask.shape, positions.shape[1]), dtype=positions.dtype)
        output[words] = positions[laid]
        return output

    def _layers(self, positions, padding):
        """The layers over positions (... x positions x channels), those where `padding` is True set to zero."""
        for convolution, mean, std, weight, bias in self.layers:
            positions = convolution(positions)  # the product's own array
            positions.clip(0, out=positions)
            positions -= mean
            positions /= std
            positions *= weight
            positions += bias
            positions[padding] = 0
        return positions


class _Convolution:
    """slovnet's `Conv1d` (slovnet/exec/model.py): the same windows of the zero-padded input in the same matrix,
    times the same weights, so the same numbers out (checked bit for bit, and on every field of 1,033 documents);
    the windows are copied in one contiguous piece per kernel offset, where slovnet pads the input (`np.pad`) and
    gathers each window through a strided view: a batch of 32 sentences of 40 words through the first layer
    (330 to 256 channels), 10.0 -> 7.1 ms. Input: ... x positions x channels; output: ... x positions x filters
    (float32)."""

    def __init__(self, conv):
        self.weight, self.bias, self.padding = conv.weight.array, conv.bias.array, conv.padding
        self.filters, self.in_dim, self.kernel = self.weight.shape
        self.flat = self.weight.reshape(self.filters, self.in_dim * self.kernel)

    def __call__(self, input):
        import numpy as np

        *items, length, _ = input.shape
        count = length + 2 * self.padding - self.kernel + 1
        windows = np.empty((*items, count, self.in_dim, self.kernel), dtype=input.dtype)
        for offset in range(self.kernel):
            shift = offset - self.padding  # window n reads position n + shift: the padding's zeros outside
            first, last = max(0, -shift), min(count, length - shift)
            windows[..., first:last, :, offset] = input[..., first + shift:last + shift, :]
            windows[..., :first, :, offset] = 0
            windows[..., last:, :, offset] = 0
        output = np.matmul(windows.reshape(-1, self.in_dim * self.kernel), self.flat.T)
        output += self.bias
        return output.reshape(*items, count, self.filters)


def _read_later(docs, parse, reach: int) -> tuple[list, list]:
    """(the sentences to tag, as (sentence, words read, words tagged): the model reads its first `read` words and
    its tags of the first `valid` are kept; the (sentence number in its document from 1, sentence) to parse) of
    natasha docs whose NER has run; `parse` None: every sentence. Tagged: a sentence `parse` asks for (the events
    stage reads the tags of a sentence that may tell an event) or holding an organisation name of several words,
    whole; a sentence holding any other name up to its last word of a name (its normal reads the words' tags,
    `_span_normal`, and so does the entities stage: lemmas, cases, parts of speech), and the stages read the words
    before a name (its title: `roles.walk_left`), far more than those after it. A word's tag reads the `reach`
    words either side (`_reach`), so the model reads that many words more, whose own tags are not kept: the tags
    kept are those of the whole sentence. A word left untagged is tagged, with its whole sentence, when a stage
    reads its tags (`LemmaOnDemand`): in the first 200 texts of `make bench-speed`, 99 of the 1,664 sentences
    holding a name but not parsed, where a stage reads a word after the last name; the model read 24,794 of their
    33,123 words in the batch (in its first 300 texts, 52,353 words where it read 60,994). Parsed: a sentence
    `parse` asks for, and one holding an organisation name of several words, which natasha's normaliser puts in
    the nominative by its parse (one word is its own head: it needs none)."""
    spanned = {id(token) for doc in docs for span in doc.spans for token in span.tokens}
    morphology, syntax = [], []
    for n, doc in enumerate(docs):
        for sent_id, sent in enumerate(doc.sents, 1):
            tokens = sent.tokens
            organisation = any(span.type == ORG and len(span.tokens) > 1 for span in sent.spans or ())
            # the cheaper test first: parse[n] searches the sentence for the events stage's cues
            read = parse is None or organisation or parse[n](sent.start, sent.stop)
            if read:
                morphology.append((sent, len(tokens), len(tokens)))
                syntax.append((sent_id, sent))
                continue
            last = next((i for i in range(len(tokens) - 1, -1, -1) if id(tokens[i]) in spanned), None)
            if last is not None:
                # and the word after a name in -ова/-ева/-ина, whose tags the entities stage reads (is it a man's
                # verb? `person_names._object_before_a_mans_verb`): in the batch, not its sentence alone later
                valid = last + 1 + bool(MANS_OBLIQUE_OR_WOMAN.search(tokens[last].text))
                morphology.append((sent, min(len(tokens), valid + reach),
                                   valid if valid + reach < len(tokens) else len(tokens)))
    return morphology, syntax


def _reach(encoder: "_Encoder") -> int:
    """How many words either side of a word its tag reads: each convolution layer of width 2p + 1 (zero padding
    p, slovnet's `Conv1d`) reads p more (3 for natasha's models: three layers of width 3). A padded position is
    zero after every layer (`_Encoder`) and a word's vector is its own, so the first `n` − reach tags of a
    sentence's first `n` words are those of the whole sentence."""
    return sum(convolution.padding for convolution, *_ in encoder.layers)


def _embedding():
    """natasha's `NewsEmbedding` (navec, 250,002 words) as slovnet's models read it: its id (`meta`) and its
    product-quantised vectors (`pq.indexes`, `pq.codes`; `InjectNavecVisitor`). `Navec.load` also builds a dict
    of its words, which the models do not read (each has its own vocabulary, from its pack), and `PQ` the norms
    and products of the codes that `Navec.sim` reads (26 MiB), none of which a model reads: the models' loading
    1.00 -> 0.73 s of CPU."""
    from natasha.data import NEWS_EMBEDDING
    from navec import Navec
    from navec.meta import Meta
    from navec.navec import META, PQ_
    from navec.pq import PQ
    from navec.tar import Tar

    class Codes(PQ):
        def precompute(self) -> None:  # the norms and products for `sim`
            pass

    with Tar(NEWS_EMBEDDING) as tar:
        meta = Meta.from_file(tar.load(META))
        Meta.check_protocol(meta.protocol)
        return Navec(meta, None, Codes.from_file(tar.load(PQ_)))


@contextmanager
def _vocabularies_read_once():
    """While natasha's models load, a vocabulary stored alike in several slovnet packs is read from the first
    and given to the others: the morphology, syntax and NER packs each hold the same words (250,002) and shapes,
    (the gzip files differ, in their header's time), and reading the words (splitting the lines, indexing them in
    a dict) takes 0.14 s of CPU: the models' loading 0.73 -> 0.45 s. The models then share those tables, as
    `_shared_word_ids` made them share anyway."""
    from gzip import decompress

    from slovnet.exec.pack import Pack, bytes_vocab, vocab_name

    read: dict[bytes, object] = {}  # by content (each pack's gzip header differs: its time)
    load_vocab = Pack.load_vocab

    def load_once(pack, id):
        stored = pack.read(vocab_name(id))
        content = decompress(stored)
        if content not in read:
            read[content] = bytes_vocab(stored)
        return read[content]

    Pack.load_vocab = load_once
    try:
        yield
    finally:
        Pack.load_vocab = load_vocab


def _shared_word_ids(models: list) -> Callable[[str], tuple[int, int]]:
    """`ids(word)`: a word's (vocabulary id, shape id), as slovnet's encoder (`WordShapeEncoder.item`) gives them,
    kept for the last `WORD_IDS_CACHED` words, for the three models at once. natasha's morphology, syntax and NER
    models read the same navec vocabulary and the same shapes, each pack its own copy (250,002 words, 28 MiB
    each with its index; `_vocabularies_read_once` reads them once): equal tables (checked here) are made one,
    the first model's, and one cache serves the three, where each model kept its own answers for the same words;
    slovnet's encoder runs the shape regex and both lookups again for every token. ValueError when a model's
    tables differ from the first's."""
    from slovnet.shape import word_shape

    encoder = models[0].infer.encoder
    words, shapes = encoder.words_vocab, encoder.shapes_vocab

    def table(vocab) -> tuple:
        return vocab.items, vocab.unk_id, vocab.pad_id

    for model in models[1:]:
        other = model.infer.encoder
        if (table(other.words_vocab), table(other.shapes_vocab)) != (table(words), table(shapes)):
            raise ValueError("natasha's models read different vocabularies: their word ids cannot be shared")
        other.words_vocab, other.shapes_vocab = words, shapes  # the copies freed (`encoder.input` reads pad ids)

    @lru_cache(maxsize=WORD_IDS_CACHED)
    def ids(word: str) -> tuple[int, int]:
        return words.encode(word.lower()), shapes.encode(word_shape(word))

    return ids


def _predict(model, ids: Callable[[str], tuple[int, int]], positions: int | None = None):
    """A slovnet model's decoded predictions per item (tags; for syntax, (ids, head ids, relations)), without
    the markup records slovnet and natasha wrap every token in (`model.map`); a word's vocabulary and shape ids
    from `ids` (`_shared_word_ids`). The items go in batches of `BATCH_SIZE` at most (slovnet's `chop`) and, when
    `positions` is given, of that many positions at most (items x the longest): for the taggers, whose tag of a
    word is the same in any batch. Not for syntax: its heads read scores over the batch's padded positions, and
    other batches tipped a head in 5 of the 962 Russian texts of `make bench-speed`."""
    infer = model.infer
    encoder = infer.encoder

    def item(words: list[str]) -> tuple[list[int], list[int]]:
        pairs = [ids(word) for word in words]
        return [pair[0] for pair in pairs], [pair[1] for pair in pairs]

    def encode(items: list) -> Iterator:
        chunk, longest = [], 0
        for words in items:
            longest = max(longest, len(words))
            if chunk and (len(chunk) == encoder.batch_size or positions and (len(chunk) + 1) * longest > positions):
                yield encoder.input(chunk)
                chunk, longest = [], len(words)
            chunk.append(item(words))
        if chunk:
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


def _convert(doc, tag_morph) -> Analysis:
    """The Analysis of a natasha doc; the tokens of a sentence left untagged (`_read_later`) are tagged by
    `tag_morph` when first read."""
    analysis = Analysis(sentences=[(sent.start, sent.stop) for sent in doc.sents])
    index = {token.id: i for i, token in enumerate(doc.tokens) if token.id}  # the tokens of parsed sentences
    untagged = {}  # id of a token left untagged: (its sentence, its position in it)
    for sent in doc.sents:
        if sent.tokens and sent.tokens[-1].pos is None:  # tagged in part or not at all (`_read_later`)
            sentence = _Untagged(tag_morph, [token.text for token in sent.tokens])
            untagged.update((id(token), (sentence, n)) for n, token in enumerate(sent.tokens) if token.pos is None)
    for token in doc.tokens:
        analysis.tokens.append(LemmaOnDemand(token.start, token.stop, token.text, token.pos or "",
                                             dict(token.feats or {}), index.get(token.head_id, -1), token.rel or "",
                                             token.text, *untagged.get(id(token), (None, 0))))
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


@lru_cache(maxsize=NORMALS_CACHED)
def _nominative(word: str, pos: str, gender: str | None, number: str | None, case: str | None) -> str:
    """natasha's `inflect_word` (natasha/norm.py, its steps and helpers): the lowercase nominative (ё as е) of a
    word with the part of speech and the gender, number and case the tagger gave it (the only features it reads),
    the reading it selects put in the nominative by `wordforms.nominative_of` (its `inflect`, cheaper)."""
    from natasha.norm import ADJ, NOM, NOUN, PROPN, VERB, normal_word, select_form

    word = normal_word(word)
    if pos not in (PROPN, NOUN, ADJ, VERB) or case == NOM:
        return word
    feats = {key: value for key, value in (("Gender", gender), ("Number", number), ("Case", case)) if value}
    form = select_form(russian_dictionary()(word), pos, feats)
    nominative = nominative_of(form) if form else None
    return normal_word(nominative) if nominative else word


@lru_cache(maxsize=NORMALS_CACHED)
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
