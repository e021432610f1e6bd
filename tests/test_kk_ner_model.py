"""The committed Kazakh NER model loads after `import pipeline.spacy_parts` and finds people and places in seed 004."""
import subprocess
import sys
from pathlib import Path

import pytest
import spacy

import pipeline.spacy_parts  # noqa: F401  (registers "kk", kk_sentencizer and the Kazakh model's layers)
from conftest import needs_data
from pipeline.backends.spacy_backend import load
from pipeline.paths import MODELS_DIR, data_dir

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


@needs_data("news", "kk")
def test_backend_pipeline_multiplies_through_numpy_and_finds_the_same_entities(nlp):
    """The spaCy backend's pipeline (OpenBLAS through numpy, not blis: spacy_backend.load) finds in the news set's
    Kazakh articles and seed 004 the entities, sentences and tokens spaCy's own loading finds."""
    fast = load(MODELS_DIR / "kk_ner" / "model")
    encoder = fast.get_pipe("tok2vec").model
    assert all(not node.ops.use_blis for node in encoder.walk())
    texts = [SEED_004.read_text(encoding="utf-8")]
    texts += [path.read_text(encoding="utf-8") for path in sorted((data_dir() / "news" / "kk").glob("*.txt"))]

    def read(doc):
        return ([(t.idx, t.text) for t in doc], [(s.start_char, s.end_char) for s in doc.sents],
                [(e.start_char, e.end_char, e.label_) for e in doc.ents])

    found = [read(doc) for doc in fast.pipe(texts)]
    assert sum(len(ents) for _, _, ents in found) > 500
    assert found == [read(doc) for doc in nlp.pipe(texts)]


def test_the_backend_forgets_new_words_and_reads_them_alike(monkeypatch):
    """Once the pipeline's vocabulary holds `KEPT_STRINGS` strings, the spaCy backend's analyser adds no other
    (spaCy's memory zone: a process's vocabulary grew with every new word, so its memory with the corpus), and a
    text of words it has never met gives the same tokens, sentences and entities as spaCy's own `nlp.pipe`,
    twice over; below that, the words met stay."""
    from pipeline.backends import spacy_backend

    nlp = load(MODELS_DIR / "kk_ner" / "model")
    analyse = spacy_backend.analyser(nlp, {}, "kk_ner")
    text = SEED_004.read_text(encoding="utf-8") + "\n\nЖаңасөзбекұлы Қуандықжанов Зәуреқаласында болды."
    before = len(nlp.vocab.strings)
    monkeypatch.setattr(spacy_backend, "KEPT_STRINGS", before)
    first = analyse([text])
    assert len(nlp.vocab.strings) == before and "Жаңасөзбекұлы" not in nlp.vocab.strings
    assert analyse([text]) == first
    monkeypatch.setattr(spacy_backend, "KEPT_STRINGS", before + 10_000)
    assert analyse([text]) == first
    assert "Жаңасөзбекұлы" in nlp.vocab.strings
    assert first == [spacy_backend.convert(doc, {}, "kk_ner") for doc in nlp.pipe([text])]


def test_an_untagged_docs_tokens_are_read_as_each_token_gives_them(nlp):
    """The Kazakh model tags no word (no lemma, part of speech, features or parse): `convert` reads its tokens
    from the Doc's offsets, and gives what each spaCy token gives (its text, the text in lower case as its lemma),
    whitespace tokens (a double space, a line break) left out."""
    from pipeline.backends.spacy_backend import convert

    text = "Сенат Төрағасы  Мәулен Әшімбаев\nТүркия Ұлы Ұлттық Мәжілісінің делегациясын қабылдады.  Екі тарап…"
    doc = nlp(text)
    assert any(token.is_space for token in doc)
    tokens = convert(doc, {}, "kk_ner").tokens
    assert [(t.start, t.end, t.text, t.lemma, t.pos, t.feats, t.head, t.rel) for t in tokens] == [
        (t.idx, t.idx + len(t.text), t.text, t.text.lower(), "", {}, -1, "") for t in doc if not t.is_space]
    assert [text[t.start:t.end] for t in tokens][:3] == ["Сенат", "Төрағасы", "Мәулен"]


def test_loading_the_model_imports_no_torch():
    """thinc imports torch wherever it is installed (the stanza extra, CI), 1.5 s of the start-up's CPU, for layers
    the Kazakh model does not have (pipeline/spacy_parts.py): a fresh process that loads the model and finds a
    person with it has not imported torch, and one installed imports after it as before (stanza's backend)."""
    script = ("import importlib.util, sys; from pipeline.backends.spacy_backend import load; "
              "from pipeline.paths import MODELS_DIR; nlp = load(MODELS_DIR / 'kk_ner' / 'model'); "
              "doc = nlp('Сыртқы істер министрі Ержан Ашықбаев Ташкентке барды.'); "
              "print([e.label_ for e in doc.ents if e.text == 'Ержан Ашықбаев'], 'torch' in sys.modules); "
              "installed = importlib.util.find_spec('torch') is not None; "
              "print(not installed or __import__('torch').__name__ == 'torch')")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[-3:] == ["['PERSON'] False", "True", ""]


def test_loading_the_model_imports_no_spacy_command_line():
    """spaCy's __init__ imports its command line (typer, requests, jinja2: 270 modules, 0.18 s of the start-up's
    CPU) to export `spacy.info` (pipeline/spacy_parts.py): a fresh process that loads the model and finds a person
    with it has imported none of it, and `spacy.info` and `import spacy.cli` (python -m spacy, the training) work
    after it as before."""
    script = ("import sys; from pipeline.backends.spacy_backend import load; "
              "from pipeline.paths import MODELS_DIR; nlp = load(MODELS_DIR / 'kk_ner' / 'model'); "
              "doc = nlp('Сыртқы істер министрі Ержан Ашықбаев Ташкентке барды.'); "
              "print([e.label_ for e in doc.ents if e.text == 'Ержан Ашықбаев'], "
              "any(name.startswith(('spacy.cli', 'typer', 'requests')) for name in sys.modules)); "
              "import spacy; print(spacy.info(silent=True)['spacy_version'] == spacy.__version__); "
              "import spacy.cli; print(callable(spacy.cli.setup_cli), spacy.cli.info.__module__)")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[-4:] == ["['PERSON'] False", "True", "True spacy.cli.info", ""]


def test_the_backends_maxout_layers_predict_thincs_numbers():
    """The spaCy backend's pipeline takes each Maxout layer's largest piece with numpy (`_maxout_predict`):
    the Kazakh encoder's vectors of seed 004 and of sentences written here are thinc's own (same ops), bit for
    bit; and a layer run to train still gives thinc's forward and its gradient."""
    import numpy as np
    from thinc.api import use_ops

    from pipeline.backends.spacy_backend import _maxout_predict

    fast = load(MODELS_DIR / "kk_ner" / "model")
    with use_ops("numpy", use_blis=False):
        slow = spacy.load(MODELS_DIR / "kk_ner" / "model")
    layers = [node for node in fast.get_pipe("tok2vec").model.walk() if node.name == "maxout"]
    assert len(layers) == 7 and all(node._func is _maxout_predict for node in layers)
    texts = [SEED_004.read_text(encoding="utf-8"),
             "Премьер-Министр Олжас Бектенов Өзбекстан делегациясын қабылдап, екіжақты ынтымақтастықты талқылады.",
             "Астанада Қазақстан мен Қырғызстан сыртқы істер министрлерінің кездесуі өтті. Тараптар шекара мәселесін "
             "қарастырды."]
    docs = list(slow.pipe(texts, disable=["tok2vec", "ner"]))
    ours, theirs = fast.get_pipe("tok2vec").model.predict(docs), slow.get_pipe("tok2vec").model.predict(docs)
    assert sum(len(vectors) for vectors in ours) > 300
    assert all(np.array_equal(a, b) for a, b in zip(ours, theirs))
    layer, inputs = layers[-1], np.random.default_rng(0).standard_normal((5, layers[-1].get_dim("nI")), "float32")
    trained, backprop = layer._func(layer, inputs, is_train=True)
    assert np.array_equal(trained, layer.predict(inputs)) and backprop(trained).shape == inputs.shape
