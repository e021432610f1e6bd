"""The natasha backend's word ids, shared by its three slovnet models (pipeline/backends/natasha_backend.py)."""
from types import SimpleNamespace

import pytest
from slovnet.vocab import PAD, UNK, Vocab

from pipeline.backends.natasha_backend import _shared_word_ids

WORDS = [UNK, PAD, "президент", "казахстана", "встретился", "с", "министром"]
SHAPES = [UNK, PAD, "RU_X", "RU_x", "RU_Xx", "EN_Xx", "PUNCT"]


def model(words: list[str], shapes: list[str]):
    """A slovnet model as the backend reads it: `infer.encoder` with its word and shape vocabularies."""
    return SimpleNamespace(infer=SimpleNamespace(encoder=SimpleNamespace(words_vocab=Vocab(list(words)),
                                                                         shapes_vocab=Vocab(list(shapes)))))


def test_equal_vocabularies_become_one_and_give_the_encoders_ids():
    models = [model(WORDS, SHAPES) for _ in range(3)]
    first = models[0].infer.encoder
    ids = _shared_word_ids(models)
    for other in models[1:]:
        assert other.infer.encoder.words_vocab is first.words_vocab
        assert other.infer.encoder.shapes_vocab is first.shapes_vocab
    # what slovnet's WordShapeEncoder gives: the lowercase word's id, the shape's id; unknown words the unk id
    assert ids("Президент") == (WORDS.index("президент"), SHAPES.index("RU_Xx"))
    assert ids("Токаев") == (WORDS.index(UNK), SHAPES.index("RU_Xx"))
    assert ids("с") == (WORDS.index("с"), SHAPES.index("RU_x"))


def test_models_with_other_vocabularies_are_refused():
    with pytest.raises(ValueError, match="different vocabularies"):
        _shared_word_ids([model(WORDS, SHAPES), model(WORDS[:-1], SHAPES)])
    with pytest.raises(ValueError, match="different vocabularies"):
        _shared_word_ids([model(WORDS, SHAPES), model(WORDS, list(reversed(SHAPES)))])


def test_the_embedding_as_the_models_read_it_is_natashas():
    import numpy as np
    from natasha import NewsEmbedding

    from pipeline.backends.natasha_backend import _embedding

    light, full = _embedding(), NewsEmbedding()
    assert light.meta.id == full.meta.id == "news_v1_1B_250K_300d_100q"  # InjectNavecVisitor checks it
    assert np.array_equal(light.pq.indexes, full.pq.indexes) and np.array_equal(light.pq.codes, full.pq.codes)
    assert light.pq.indexes.shape == (250_002, 100)
    assert not hasattr(light.pq, "ab")  # Navec.sim's products, which no model reads, are not computed


def test_a_vocabulary_stored_alike_in_several_packs_is_read_once():
    from natasha import NewsMorphTagger, NewsNERTagger
    from slovnet.exec.pack import Pack

    from pipeline.backends.natasha_backend import _embedding, _vocabularies_read_once

    embedding, load_vocab = _embedding(), Pack.load_vocab
    with _vocabularies_read_once():
        morph, ner = NewsMorphTagger(embedding), NewsNERTagger(embedding)
    assert Pack.load_vocab is load_vocab  # slovnet's own again once the models are loaded
    alone = NewsNERTagger(embedding).infer
    assert morph.infer.encoder.words_vocab is ner.infer.encoder.words_vocab
    assert morph.infer.encoder.shapes_vocab is ner.infer.encoder.shapes_vocab
    assert ner.infer.encoder.words_vocab.items == alone.encoder.words_vocab.items
    assert ner.infer.decoder.tags_vocab.items == alone.decoder.tags_vocab.items  # each pack's own tags
    assert morph.infer.decoder.tags_vocab.items != ner.infer.decoder.tags_vocab.items
