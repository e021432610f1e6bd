"""The committed Kazakh NER model loads after `import pipeline` and finds people and places in seed 004."""
from pathlib import Path

import pytest
import spacy

import pipeline  # noqa: F401  (registers "kk", kk_sentencizer and the model's architecture)
from pipeline.paths import MODELS_DIR

SEED_004 = next((Path(__file__).parent.parent / "seeds").glob("004_*.txt"))


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODELS_DIR / "kk_ner" / "model")


def test_pipeline_has_kazakh_tokenizer_splitter_and_ner(nlp):
    assert nlp.lang == "kk"
    assert nlp.pipe_names == ["kk_sentencizer", "tok2vec", "ner"]
    assert len(nlp.get_pipe("ner").labels) == 25


def test_finds_people_and_places_in_seed_004(nlp):
    text = SEED_004.read_text(encoding="utf-8")
    first = text.index("Ташкент қаласында")
    paragraph = text[first : text.index("\n", first)]
    doc = nlp(paragraph)
    entities = {(ent.text, ent.label_) for ent in doc.ents}
    assert ("Ержан Ашықбаев", "PERSON") in entities
    assert ("Ташкент", "GPE") in entities
    assert ("Қазақстан", "GPE") in entities
    assert len(list(doc.sents)) == 2


def test_initial_and_surname_form_one_person(nlp):
    doc = nlp("Сыртқы істер министрінің орынбасары Е.Ашықбаев Н.Германмен кездесті.")
    people = [ent.text for ent in doc.ents if ent.label_ == "PERSON"]
    assert "Е. Ашықбаев" in people or "Е.Ашықбаев" in people
