"""Training helpers for the Kazakh NER model (no training here)."""
import spacy
from spacy.tokens import Doc, Span
from spacy.training import Example

import pipeline  # noqa: F401  (registers "kk")
from pipeline.training.initials_augmenter import person_initials_augmenter


def test_person_initials_augmenter_cuts_first_names_to_initials():
    nlp = spacy.blank("kk")
    words = ["Ержан", "Ашықбаев", "Ташкентте", "Наталья", "Германмен", "кездесті", "."]
    reference = Doc(nlp.vocab, words=words)
    reference.ents = [Span(reference, 0, 2, "PERSON"), Span(reference, 2, 3, "GPE"), Span(reference, 3, 5, "PERSON")]
    example = Example(Doc(nlp.vocab, words=words), reference)

    (variant,) = person_initials_augmenter(nlp, example, level=1.0)

    assert [t.text for t in variant.reference] == ["Е.", "Ашықбаев", "Ташкентте", "Н.", "Германмен", "кездесті", "."]
    assert [(e.text.replace(" ", ""), e.label_) for e in variant.reference.ents] == [
        ("Е.Ашықбаев", "PERSON"), ("Ташкентте", "GPE"), ("Н.Германмен", "PERSON"),
    ]


def test_person_initials_augmenter_leaves_other_sentences_alone():
    nlp = spacy.blank("kk")
    reference = Doc(nlp.vocab, words=["Ташкентте", "кездесу", "өтті"])
    reference.ents = [Span(reference, 0, 1, "GPE")]
    example = Example(Doc(nlp.vocab, words=["Ташкентте", "кездесу", "өтті"]), reference)
    assert list(person_initials_augmenter(nlp, example, level=1.0)) == [example]
