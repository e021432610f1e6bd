"""Documents analysed together (Processor.process_batch: the neural models' batches across documents and
paragraphs) come out as when analysed one at a time; lemmas looked up when read are natasha's lemmas."""
import dataclasses
import re

from pipeline.bench.speed import detokenize
from pipeline.document import Document, Paragraph
from pipeline.ingest import ingest
from pipeline.paths import data_dir
from pipeline.run import Processor, StageError


def snapshot(doc: Document) -> dict:
    return {
        "sentences": [dataclasses.astuple(s) for s in doc.sentences],
        "tokens": [(t.start, t.end, t.text, t.lemma, t.pos, t.feats, t.head, t.rel) for t in doc.tokens],
        "mentions": [dataclasses.asdict(m) for m in doc.mentions],
        "events": [repr(e) for e in doc.events],
    }


def test_a_batch_of_seeds_is_analysed_as_each_seed_alone(processor, seed_paths, seed_documents):
    batch = processor.process_batch([ingest(path) for path in seed_paths])
    assert [doc.lang for doc in batch] == ["ru", "ru", "ru", "ru", "kk"]
    for alone, together in zip(seed_documents, batch):
        assert snapshot(together) == snapshot(alone)
    assert sum(len(doc.events) for doc in batch) > 0 and all(doc.tokens for doc in batch)


def test_sentences_parsed_only_where_a_stage_reads_the_parse_give_the_same_documents(processor, seed_paths):
    """run.parse_wanted: syntax parsed only for the sentences the events stage reads it in (and those with an
    organisation name of several words), and morphology tagged in the batch only for those and the sentences
    holding a name (the others when a stage reads their tags), gives every field that parsing and tagging every
    sentence gives: tokens, lemmas and tags, mentions and their normals, events; the sentences parsed are parsed
    alike. On the seeds and, when present, 36 of the news set's articles."""
    news = data_dir() / "news"
    paths = seed_paths + sorted((news / "ru").glob("*.txt"))[:24] + sorted((news / "kk").glob("*.txt"))[:12]
    every_sentence = dataclasses.replace(processor, parse=None)
    gated = processor.process_batch([ingest(path) for path in paths])
    full = every_sentence.process_batch([ingest(path) for path in paths])
    # tokens whose tags no stage has read (the snapshots below read them): left untagged by the batch
    untagged = sum(getattr(token, "_untagged", None) is not None for doc in gated for token in doc.tokens)
    assert untagged and not any(getattr(token, "_untagged", None) for doc in full for token in doc.tokens)
    parsed = unparsed = 0
    for path, some, all_ in zip(paths, gated, full):
        assert isinstance(some, Document) and isinstance(all_, Document), path
        mine, theirs = snapshot(some), snapshot(all_)
        for n, token in enumerate(some.tokens):
            if token.rel:  # parsed here: the snapshots compare its head and relation
                parsed += 1
            elif all_.tokens[n].rel:  # parsed only with every sentence: no later stage reads its head
                unparsed += 1
                mine["tokens"][n] = mine["tokens"][n][:-2] + theirs["tokens"][n][-2:]
        assert mine == theirs, path
    assert parsed and unparsed  # both kinds of sentence were met


def test_a_document_with_tokens_left_untagged_pickles_with_their_tags(processor, seed_paths):
    """A token whose sentence the batch did not tag is tagged when pickled (a worker may send its Documents whole)."""
    import pickle

    doc = processor.process_batch([ingest(path) for path in seed_paths])[0]
    untagged = [n for n, token in enumerate(doc.tokens) if getattr(token, "_untagged", None) is not None]
    assert untagged
    copy = pickle.loads(pickle.dumps(doc))
    assert snapshot(copy) == snapshot(doc)
    assert all(copy.tokens[n].pos for n in untagged)


def test_a_failing_document_fails_alone(processor, seed_paths):
    """A backend that fails on one text: the batch call fails, each document is analysed alone, and only the
    one at fault is a StageError."""
    real = processor.analysers["ru"]

    def failing_on_one(texts, parse=None):
        if any("полюсом стабильности" in text for text in texts):
            raise ValueError("cannot read this text")
        return real(texts, parse)

    broken = Processor({**processor.analysers, "ru": failing_on_one}, processor.normalizers, processor.person_names)
    docs = [ingest(path) for path in seed_paths]
    at_fault = ["полюсом стабильности" in doc.text for doc in docs]
    assert any(at_fault) and not all(at_fault)
    results = broken.process_batch(docs)
    for result, fault in zip(results, at_fault):
        if fault:
            assert isinstance(result, StageError) and result.stage == "analysis"
            assert "cannot read this text" in str(result)
        else:
            assert isinstance(result, Document) and result.tokens


def test_lemmas_are_natashas_when_read(processor):
    text = "Министр иностранных дел провёл переговоры в Москве с делегациями Казахстана."
    doc = Document(doc_id="t", source_path="t.txt", sha256="", text=text, lang="ru",
                   paragraphs=[Paragraph(start=0, end=len(text), lang="ru")])
    doc = processor.process(doc, skip=("language",))
    lemmas = {t.text: t.lemma for t in doc.tokens}
    assert lemmas["Москве"] == "москва"
    assert lemmas["делегациями"] == "делегация"
    assert lemmas["провёл"] == "провести"
    assert lemmas["иностранных"] == "иностранный"


def test_an_analysed_token_reads_as_a_token_with_its_fields(processor):
    """natasha's tokens become `LemmaOnDemand` tokens whose fields are set at once (no property setters): each
    reads as the `Token` of the same offsets, text, tags, head and relation, its lemma looked up when read, and a
    token may still take another lemma, part of speech or features."""
    from pipeline.document import Token

    text = "Посол Японии вручил верительные грамоты. Стороны обсудили торговлю."
    doc = Document(doc_id="t", source_path="t.txt", sha256="", text=text, lang="ru",
                   paragraphs=[Paragraph(start=0, end=len(text), lang="ru")])
    token = next(t for t in processor.process(doc, skip=("language",)).tokens if t.text == "вручил")
    plain = Token(token.start, token.end, token.text, token.lemma, token.pos, token.feats, token.head, token.rel)
    assert (text[token.start:token.end], token.lemma, token.pos, token.feats["Tense"]) == (
        "вручил", "вручить", "VERB", "Past")
    assert dataclasses.astuple(plain) == tuple(getattr(token, f.name) for f in dataclasses.fields(Token))
    token.lemma, token.pos, token.feats = "вручать", "AUX", {}
    assert (token.lemma, token.pos, token.feats) == ("вручать", "AUX", {})


def test_an_all_capitals_headline_keeps_the_lemmas_of_the_words_the_model_read(processor):
    """The headline is analysed with its case restored (pipeline/truecase.py); the stored token keeps the capitals
    and its lemma is the one of the word read."""
    text = "ПРЕЗИДЕНТЫ ВСТРЕТИЛИСЬ В МОСКВЕ"
    doc = Document(doc_id="t", source_path="t.txt", sha256="", text=text, lang="ru",
                   paragraphs=[Paragraph(start=0, end=len(text), lang="ru")])
    doc = processor.process(doc, skip=("language",))
    assert [(t.text, t.lemma) for t in doc.tokens] == [
        ("ПРЕЗИДЕНТЫ", "президент"), ("ВСТРЕТИЛИСЬ", "встретиться"), ("В", "в"), ("МОСКВЕ", "москва")]


def test_kaznerd_tokens_read_as_running_text():
    words = ["«", "Атырау", "»", "ықшамауданындағы", "тұрғындарға", ",", "(", "2019", ")", "берілген", "."]
    assert detokenize(words) == "«Атырау» ықшамауданындағы тұрғындарға, (2019) берілген."


def test_span_normals_are_natashas_own(seed_paths):
    """The backend's normal of each name (words' nominatives and shapes computed once per process) is natasha's
    `DocSpan.normalize` of the same span: organisations of several words by their parse, the rest word by word.
    On the seeds and, when present, 24 of the news set's Russian articles, read twice (the second time from the
    caches)."""
    from natasha import Doc, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter

    from pipeline.backends.natasha_backend import _span_normal
    from pipeline.wordforms import russian_dictionary

    embedding = NewsEmbedding()
    segmenter, morph, syntax = Segmenter(), NewsMorphTagger(embedding), NewsSyntaxParser(embedding)
    ner = NewsNERTagger(embedding)
    paths = seed_paths[:4] + sorted((data_dir() / "news" / "ru").glob("*.txt"))[:24]
    compared = inflected = 0
    for _ in range(2):
        for path in paths:
            doc = Doc(path.read_text(encoding="utf-8"))
            doc.segment(segmenter)
            doc.tag_morph(morph)
            doc.parse_syntax(syntax)
            doc.tag_ner(ner)
            for span in doc.spans:
                ours = _span_normal(span)
                span.normalize(russian_dictionary())
                assert ours == span.normal, (path.name, span.text)
                compared += 1
                inflected += ours != span.text
    assert compared > 300 and inflected > 100  # 356 and 218 on the seeds alone


def test_names_are_natashas_own_ner_spans(processor, seed_paths):
    """The backend's NER reads the segmenter's tokens (slovnet would tokenise each text again, the same way): its
    names are those natasha's `Doc.tag_ner` finds, on the seeds and, when present, 24 of the news set's Russian
    articles, read together in one call, and the people the model's tags begin with an inside tag, which
    slovnet's `bio_spans` drops (natasha_backend._chunks_begun: "Мирзиёев принял …" tags `I-PER`, `O`, …)."""
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter
    from slovnet.bio import bio_spans
    from slovnet.token import tokenize

    from pipeline.backends.natasha_backend import _chunks_begun
    from pipeline.run import load_config

    segmenter, ner = Segmenter(), NewsNERTagger(NewsEmbedding())
    surname = re.compile(load_config()["analysis"]["ru"]["begun_surname"])
    texts = [path.read_text(encoding="utf-8") for path in seed_paths[:4]
             + sorted((data_dir() / "news" / "ru").glob("*.txt"))[:24]] + ["Мирзиёев принял министра Китая."]
    names = begun = 0
    for text, analysis in zip(texts, processor.analysers["ru"](texts)):
        ours = [(m.start, m.end, m.label) for m in analysis.mentions]
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(ner)
        natashas = [(s.start, s.stop, s.type) for s in doc.spans]
        tokens = list(tokenize(text))
        tags = next(iter(ner.infer.decoder(ner.infer.process(ner.infer.encoder([[t.text for t in tokens]])))))
        begin = _chunks_begun(tokens, tags, surname)
        assert ours == [(s.start, s.stop, s.type) for s in bio_spans(tokens, begin)]
        assert set(natashas) <= set(ours) and all(label == "PER" for _, _, label in set(ours) - set(natashas))
        names += len(natashas)
        begun += len(ours) - len(natashas)
    assert names > 150 and begun >= 1


def test_the_backends_slovnet_arithmetic_gives_slovnets_numbers(seed_paths):
    """natasha backend `_WordVectors` and `_Encoder` (with `_Convolution`) against slovnet's own NavecEmbedding
    and CNNEncoder, for the morphology and NER models over the Russian seeds' sentences in padded batches: the
    same float32 numbers, bit for bit; and with the items laid end to end (`laid_end_to_end`, the taggers'), the
    same numbers but for the last bits of OpenBLAS's sums, zero at the padding, and the same tags of every word."""
    import numpy as np
    from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger
    from razdel import sentenize, tokenize

    from pipeline.backends.natasha_backend import _Encoder, _WordVectors

    embedding = NewsEmbedding()
    texts = [path.read_text(encoding="utf-8") for path in seed_paths[:4]]  # the Russian seeds
    sentences = [[token.text for token in tokenize(s.text)] for text in texts for s in sentenize(text)]
    padded = 0
    for tagger in (NewsMorphTagger(embedding), NewsNERTagger(embedding)):
        model = tagger.infer.model
        vectors, encoder = _WordVectors(model.emb.word), _Encoder(model.encoder)
        laid = _Encoder(model.encoder, laid_end_to_end=True)

        def tags(encoded, mask):
            scores = model.head(encoded)
            return [list(tags) for tags in (model.head.decode(scores) if hasattr(model.head, "decode")
                                            else model.head.crf.decode(scores, ~mask))]

        for batch in tagger.infer.encoder(sentences):
            theirs = model.emb(batch.word_id, batch.shape_id)
            ours = np.concatenate((vectors(batch.word_id), model.emb.shape(batch.shape_id)), axis=-1)
            assert np.array_equal(ours, theirs)
            expected = model.encoder(theirs.copy(), batch.pad_mask)
            assert np.array_equal(encoder(ours, batch.pad_mask), expected)
            end_to_end = laid(ours, batch.pad_mask)
            assert np.allclose(end_to_end, expected, rtol=0, atol=1e-4) and not end_to_end[batch.pad_mask].any()
            assert tags(end_to_end, batch.pad_mask) == tags(expected, batch.pad_mask)
            padded += bool(batch.pad_mask.any())
    assert len(sentences) > 50 and padded


def test_the_backends_segmentation_is_natashas(seed_paths):
    """natasha backend `_segment` (razdel's rules put only to the gaps of no space) against natasha's own
    `Doc.segment`: the same tokens, sentences and sentence tokens, on sentences written to meet each of razdel's
    joining rules (dashes, underscores, numbers with a point or a slash, punctuation runs, smileys, symbols) and on
    the seeds, whole and lowercased."""
    from natasha import Doc, Segmenter

    from pipeline.backends.natasha_backend import _segment

    written = [
        "Вице-премьер Кыргызстана прибыл в Улан-Батор 12.05.2024 г.; кто-то сказал: «ну и ну»...",
        "Товарооборот вырос на 3,5% (с 1/2 до 3\\4 млрд), см. www.akorda.kz и foo_bar -- так?!",
        "Президент ответил :) и ушёл… Встреча прошла в «Ак Орде»!!! Δσ-модель, mβж ***",
        "Yahoo! сообщила о сделке на $2.5 млрд — 15 000 долларов США за акцию №7.",
        "", "   ", "-", "т.е.", "В.В.Путин провёл переговоры.Главы государств обсудили сотрудничество",
    ]
    texts = written + [path.read_text(encoding="utf-8") for path in seed_paths[:4]]
    segmenter = Segmenter()
    for text in texts + [text.lower() for text in texts]:
        theirs, ours = Doc(text), Doc(text)
        theirs.segment(segmenter)
        _segment(ours)
        assert [vars(token) for token in ours.tokens] == [vars(token) for token in theirs.tokens]
        assert [(s.start, s.stop, s.text, [vars(t) for t in s.tokens]) for s in ours.sents] == \
            [(s.start, s.stop, s.text, [vars(t) for t in s.tokens]) for s in theirs.sents]
    joined = {token.text for text in written for token in _segmented(text)}
    assert {"Вице-премьер", "3,5", "1/2", "3\\4", "foo_bar", "--", "?!", ":)", "!!!", "Yahoo!", "Δσ-модель", "mβж",
            "***"} <= joined


def _segmented(text: str) -> list:
    from natasha import Doc

    from pipeline.backends.natasha_backend import _segment

    doc = Doc(text)
    _segment(doc)
    return doc.tokens


def test_a_sentence_with_names_is_tagged_up_to_its_last_name_with_the_whole_sentences_tags(processor):
    """The batch tags a sentence that holds a name, but that no later stage parses, only up to its last word of a
    name, the model reading three words more (natasha_backend._read_later, `_reach`); the words after it take
    their tags when read. Every word's tags are those natasha's `Doc.tag_morph` gives the whole text."""
    from natasha import Doc, NewsEmbedding, NewsMorphTagger, Segmenter

    texts = ["Сергей Лавров ответил на вопросы журналистов о ценах на нефть и газ в первом квартале этого года.",
             "Вчера в Ташкенте открылась выставка современного искусства, которую посетили тысячи жителей города.",
             "Ярмарку в Бишкеке посетили жители."]
    analyses = processor.analysers["ru"](texts, [lambda start, end: False] * len(texts))
    morph = NewsMorphTagger(NewsEmbedding())
    left = []
    for text, analysis in zip(texts, analyses):
        left.append([token.text for token in analysis.tokens if token._untagged is not None])
        doc = Doc(text)
        doc.segment(Segmenter())
        doc.tag_morph(morph)
        assert [(t.text, t.pos, t.feats) for t in analysis.tokens] == [(t.text, t.pos, t.feats) for t in doc.tokens]
    assert left[0][:3] == ["ответил", "на", "вопросы"] and left[0][-1] == "."
    assert left[1][0] == "открылась" and "Вчера" not in left[1]
    assert left[2] == []  # the last name is within three words of the end: the whole sentence is tagged


def test_the_word_after_a_last_name_in_ova_is_tagged_in_the_batch_with_the_whole_sentences_tags(processor):
    """The entities stage reads the tags of the word after a name in -ова/-ева/-ина (is it a man's verb?
    person_names._object_before_a_mans_verb): the batch tags it with the name (natasha_backend._read_later), where
    its sentence was tagged alone, a model call of its own; its tags are those of the whole sentence."""
    from natasha import Doc, NewsEmbedding, NewsMorphTagger, Segmenter

    texts = ["Вчера в столице гостя Петрова встретил губернатор области и его заместители по экономике и финансам.",
             "Вчера в столице гостя Петров встретил губернатор области и его заместители по экономике и финансам."]
    analyses = processor.analysers["ru"](texts, [lambda start, end: False] * len(texts))
    morph = NewsMorphTagger(NewsEmbedding())
    for text, analysis in zip(texts, analyses):
        doc = Doc(text)
        doc.segment(Segmenter())
        doc.tag_morph(morph)
        assert [(t.text, t.pos, t.feats) for t in analysis.tokens] == [(t.text, t.pos, t.feats) for t in doc.tokens]
    analyses = processor.analysers["ru"](texts, [lambda start, end: False] * len(texts))
    after = [next(t for t in analysis.tokens if t.text == "встретил") for analysis in analyses]
    assert after[0]._untagged is None and after[1]._untagged is not None


def test_long_texts_go_to_the_taggers_in_batches_of_few_positions():
    """natasha backend `_predict`: items sorted by length go in batches of `BATCH_SIZE` items at most and, when
    `positions` is given (the NER and morphology models), of that many positions (items x the longest) at most; a
    text longer than that goes alone. The predictions come back one per item, in order."""
    from types import SimpleNamespace

    from pipeline.backends.natasha_backend import BATCH_SIZE, _predict

    batches = []
    encoder = SimpleNamespace(batch_size=BATCH_SIZE, input=lambda chunk: batches.append(chunk) or chunk)
    infer = SimpleNamespace(encoder=encoder, process=lambda inputs: (len(ids) for chunk in inputs for ids, _ in chunk),
                            decoder=lambda predictions: list(predictions))
    items = [["слово"] * length for length in [3] * 40 + [20] * 10 + [90, 700]]
    predict = _predict(SimpleNamespace(infer=infer), lambda word: (1, 2), 128)
    assert predict(items) == [len(item) for item in items]
    assert [len(batch) for batch in batches] == [32, 8, 6, 4, 1, 1]
    batches.clear()
    assert _predict(SimpleNamespace(infer=infer), lambda word: (1, 2))(items) == [len(item) for item in items]
    assert [len(batch) for batch in batches] == [32, 20]


def test_a_lemma_asked_about_is_the_lemma_and_a_word_none_of_whose_lemmas_is_asked_for_is_not_tagged(processor):
    """`Token.lemma_in` (the entities stage asks it of the word before every place or organisation name) answers
    as the lemma read would, also where the lemma depends on the tags (`стали`: стать, not сталь); a word left
    untagged none of whose dictionary lemmas is asked for is not tagged for it (natasha_backend
    `_possible_lemmas`)."""
    text = "Сергей Лавров сказал, что цены стали выше из-за работы посольства и консульств."
    analysis, = processor.analysers["ru"]([text], [lambda start, end: False])
    tokens = {t.text: t for t in analysis.tokens}
    asked = [frozenset({"посольство", "консульство"}), frozenset({"сталь"}), frozenset({"стать", "цена"})]
    assert not tokens["работы"].lemma_in(asked[0]) and tokens["работы"]._untagged is not None
    answers = {(t.text, n): t.lemma_in(words) for t in analysis.tokens for n, words in enumerate(asked)}
    assert answers == {(t.text, n): t.lemma.replace("ё", "е") in words
                       for t in analysis.tokens for n, words in enumerate(asked)}
    assert answers["посольства", 0] and answers["консульств", 0] and answers["стали", 2]
    assert not answers["стали", 1] and not answers["работы", 0]


def test_a_title_in_a_sentence_telling_no_meeting_leaves_its_words_untagged(processor):
    """participants._received (is a title the one a meeting received?) looks for a meeting's trigger before the
    title first, and reads the title's case only then: a sentence telling no event, whose words after its last name
    the batch left untagged (natasha_backend._read_later), is not tagged for it. Its events are the same."""
    text = ("Сергей Лавров ответил на вопросы журналистов и поблагодарил за помощь посла. "
            "Позже Лавров принял посла Японии.")
    doc = Document(doc_id="t", source_path="t.txt", sha256="", text=text, lang="ru",
                   paragraphs=[Paragraph(start=0, end=len(text), lang="ru")])
    doc = processor.process(doc, skip=("language",))
    title = next(t for t in doc.tokens if t.text == "посла")
    assert title._untagged is not None
    assert [(e.event_type, [(p.normal, p.role.text if p.role else None) for p in e.participants])
            for e in doc.events] == [("meeting", [("Сергей Лавров", None), ("Япония", "посла")])]


def test_the_words_after_a_title_no_name_follows_are_left_untagged(processor):
    """participants._bare_titles reads the words after a title (a verb or a boundary ends it) only up to a name
    that may follow it: where none does, they are not read, nor tagged where the batch left them untagged
    (natasha_backend._read_later). The title's state, named after it, is still read."""
    text = ("Сергей Лавров ответил на вопросы журналистов и поблагодарил посла за его помощь в работе. "
            "Позже Лавров принял посла Японии.")
    doc = Document(doc_id="t", source_path="t.txt", sha256="", text=text, lang="ru",
                   paragraphs=[Paragraph(start=0, end=len(text), lang="ru")])
    doc = processor.process(doc, skip=("language",))
    untagged = {t.text for t in doc.tokens if getattr(t, "_untagged", None) is not None}
    assert {"посла", "за", "его", "помощь"} <= untagged
    assert [(e.event_type, [(p.normal, p.role.text if p.role else None) for p in e.participants])
            for e in doc.events] == [("meeting", [("Сергей Лавров", None), ("Япония", "посла")])]
