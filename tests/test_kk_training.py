"""Training helpers for the Kazakh NER model (no training here)."""
import random

import spacy
from spacy.tokens import Doc, Span
from spacy.training import Example

import pipeline.spacy_parts  # noqa: F401  (registers "kk", kk_sentencizer and the Kazakh model's layers)
from pipeline.training.augmenter_chain import create_augmenter_chain
from pipeline.training.initials_augmenter import person_initials_augmenter
from pipeline.training.mention_swap_augmenter import MentionPool, mention_swap_augmenter


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


def _example(nlp, words, entities):
    reference = Doc(nlp.vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))
    reference.ents = [Span(reference, start, end, label) for start, end, label in entities]
    return Example(Doc(nlp.vocab, words=words), reference)


def test_mention_swap_puts_a_name_of_the_same_label_and_ending_in_place():
    nlp = spacy.blank("kk")
    pool = MentionPool()
    # Earlier sentences fill the pool: two GPE names ending in "те", one PERSON.
    pool.add("GPE", ("Алматыда",), (True,))
    pool.add("GPE", ("Астанада",), (True,))
    pool.add("GPE", ("Шымкентте",), (True,))
    pool.add("PERSON", ("Наталья", "Герман"), (True, True))
    example = _example(nlp, ["Ташкентте", "Ержан", "Ашықбаев", "сөйледі", "."], [(0, 1, "GPE"), (1, 3, "PERSON")])

    random.seed(0)
    variants = [next(mention_swap_augmenter(nlp, example, level=1.0, labels=frozenset({"GPE"}), pool=pool))
                for _ in range(20)]

    places = {v.reference.ents[0].text for v in variants}
    assert places <= {"Ташкентте", "Шымкентте"} and "Шымкентте" in places  # same ending "те" only
    for variant in variants:
        # The PERSON is not among the labels swapped; the gold tags follow the new words.
        assert [(e.text, e.label_) for e in variant.reference.ents][1:] == [("Ержан Ашықбаев", "PERSON")]
        assert variant.predicted.text == variant.reference.text
    # The sentence's own names joined the pool on the way.
    assert pool.other_than("GPE", ("Шымкентте",)) in (None, (("Ташкентте",), (True,)))


def test_mention_swap_replaces_multiword_names_whole():
    nlp = spacy.blank("kk")
    pool = MentionPool()
    pool.add("ORGANISATION", ("Еуразиялық", "экономикалық", "одағы"), (True, True, False))
    example = _example(nlp, ["Ол", "Еуропа", "Одағы", "туралы", "айтты"], [(1, 3, "ORGANISATION")])
    random.seed(3)
    outputs = {tuple(t.text for t in next(mention_swap_augmenter(
        nlp, example, level=1.0, labels=frozenset({"ORGANISATION"}), pool=pool)).reference) for _ in range(10)}
    assert ("Ол", "Еуразиялық", "экономикалық", "одағы", "туралы", "айтты") in outputs


def test_mention_swap_at_level_zero_returns_the_example():
    nlp = spacy.blank("kk")
    example = _example(nlp, ["Ташкентте", "кездесу", "өтті"], [(0, 1, "GPE")])
    assert list(mention_swap_augmenter(nlp, example, level=0.0, labels=frozenset({"GPE"}), pool=MentionPool())) == [example]


def test_chain_feeds_each_output_to_the_next_augmenter():
    def doubled(nlp, example):
        yield example
        yield example

    def tagged(nlp, example):
        yield ("seen", example)

    chain = create_augmenter_chain(doubled, tagged)
    assert list(chain(None, "eg")) == [("seen", "eg"), ("seen", "eg")]
