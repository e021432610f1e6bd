"""The optional stanza backend: stanza documents built in memory become our analysis; missing models fail with
one line. Skipped only where the `stanza` extra is not installed (CI installs it)."""
import re

import pytest

stanza_doc = pytest.importorskip("stanza.models.common.doc", reason="the optional stanza extra is not installed")

from pipeline.backends.stanza_backend import convert  # noqa: E402
from pipeline.run import Processor, StageError  # noqa: E402


def stanza_document(text: str, upos, heads, deprels, ner, lemmas=None):
    """A stanza Document as its pipeline would return it, built from CoNLL-U-like fields."""
    words = [(m.group(), m.start(), m.end()) for m in re.finditer(r"\w+\.\w+|\w+(?:-\w+)*|[^\w\s]", text)]
    lemmas = lemmas or [w.lower() for w, _, _ in words]
    sentence = [{"id": i + 1, "text": w, "lemma": lemmas[i], "upos": upos[i], "head": heads[i],
                 "deprel": deprels[i], "ner": ner[i], "misc": f"start_char={s}|end_char={e}"}
                for i, (w, s, e) in enumerate(words)]
    return stanza_doc.Document([sentence], text=text)


def test_russian_document_converts_with_spans_syntax_and_entities():
    text = "Посол Казахстана Маргулан Баймухан посетил Брюссель."
    doc = stanza_document(
        text,
        upos=["NOUN", "PROPN", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT"],
        heads=[5, 1, 1, 3, 0, 5, 5],
        deprels=["nsubj", "nmod", "appos", "flat:name", "root", "obj", "punct"],
        ner=["O", "S-LOC", "B-PER", "E-PER", "O", "S-LOC", "O"],
        lemmas=["посол", "Казахстан", "Маргулан", "Баймухан", "посетить", "Брюссель", "."],
    )
    analysis = convert(doc, {}, "stanza:ru")
    assert analysis.sentences == [(0, len(text))]
    assert [text[t.start:t.end] for t in analysis.tokens] == [t.text for t in analysis.tokens]
    verb = analysis.tokens[4]
    assert (verb.text, verb.lemma, verb.pos, verb.head, verb.rel) == ("посетил", "посетить", "VERB", -1, "root")
    assert analysis.tokens[0].head == 4 and analysis.tokens[3].head == 2
    assert [(m.text, m.label, text[m.start:m.end]) for m in analysis.mentions] == [
        ("Казахстана", "LOC", "Казахстана"), ("Маргулан Баймухан", "PER", "Маргулан Баймухан"),
        ("Брюссель", "LOC", "Брюссель")]
    assert all(m.source == "stanza:ru" for m in analysis.mentions)


def test_kazakh_document_converts_and_labels_map():
    text = "Е.Ашықбаев Ташкентте Н.Германмен кездесті."
    doc = stanza_document(
        text,
        upos=["PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
        heads=[4, 4, 4, 0, 4],
        deprels=["nsubj", "obl", "obl", "root", "punct"],
        ner=["S-PERSON", "S-GPE", "S-PERSON", "O", "O"],
    )
    analysis = convert(doc, {"PERSON": "PER", "GPE": "LOC"}, "stanza:kk")
    assert [t.text for t in analysis.tokens] == ["Е.Ашықбаев", "Ташкентте", "Н.Германмен", "кездесті", "."]
    assert [(m.text, m.label, m.label_fine) for m in analysis.mentions] == [
        ("Е.Ашықбаев", "PER", "PERSON"), ("Ташкентте", "LOC", "GPE"), ("Н.Германмен", "PER", "PERSON")]


def test_missing_models_fail_with_one_line_naming_the_install(tmp_path, monkeypatch):
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path / "no-models"))
    with pytest.raises(StageError) as raised:
        Processor.build(backend="stanza")
    message = str(raised.value)
    assert "stanza models for" in message and "stanza.download(" in message
    assert "\n" not in message
    assert not (tmp_path / "no-models").exists() or not any((tmp_path / "no-models").iterdir())
