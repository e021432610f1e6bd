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
