"""The Kazakh language class: tokenizer rules for news Kazakh, lexical attributes, sentence splitter."""
from pathlib import Path

import pytest
import spacy

import pipeline.spacy_parts  # noqa: F401  (registers "kk", kk_sentencizer and the Kazakh model's layers)
from pipeline.lang.kk import Kazakh

SEED_004 = next((Path(__file__).parent.parent / "seeds").glob("004_*.txt"))


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("kk")


def words(nlp, text):
    return [token.text for token in nlp(text)]


def test_blank_kk_is_the_kazakh_class(nlp):
    assert isinstance(nlp, Kazakh)
    assert nlp.lang == "kk"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Е.Ашықбаев өз сөзінде", ["Е.", "Ашықбаев", "өз", "сөзінде"]),
        ("Н.Германмен кездесіп,", ["Н.", "Германмен", "кездесіп", ","]),
        ("Н.Ә.Назарбаев айтты", ["Н.", "Ә.", "Назарбаев", "айтты"]),
        ("іс-шара аясында Е. Ашықбаев", ["іс-шара", "аясында", "Е.", "Ашықбаев"]),
    ],
)
def test_initials_split_from_surnames(nlp, text, expected):
    assert words(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("БҰҰ Бас хатшысы", ["БҰҰ", "Бас", "хатшысы"]),
        ("ҚР СІМ басшысы", ["ҚР", "СІМ", "басшысы"]),
        ("Қазақстан, Өзбекстан т.б. елдер", ["Қазақстан", ",", "Өзбекстан", "т.б.", "елдер"]),
        ("2025 ж. қаңтарда", ["2025", "ж.", "қаңтарда"]),
        ("мәселелер т.с.с. талқыланды", ["мәселелер", "т.с.с.", "талқыланды"]),
        ("министрі ҚР СІМ.", ["министрі", "ҚР", "СІМ", "."]),
    ],
)
def test_abbreviations_stay_whole(nlp, text, expected):
    assert words(nlp, text) == expected


def test_abbreviation_norm(nlp):
    assert nlp("т.б.")[0].norm_ == "тағы басқа"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Нұр-Сұлтан мен Ташкенттегі саммиттер", ["Нұр-Сұлтан", "мен", "Ташкенттегі", "саммиттер"]),
        ("Қасым-Жомарт Тоқаев", ["Қасым-Жомарт", "Тоқаев"]),
        # KazNERD's convention: the case ending stays on the abbreviation ("АҚШ-та" is one GPE token).
        ("БҰҰ-ның бірқатар өкілдері", ["БҰҰ-ның", "бірқатар", "өкілдері"]),
        ("БҰҰ ОААДӨО-ның осы", ["БҰҰ", "ОААДӨО-ның", "осы"]),
        ("сондай-ақ алдын-алу", ["сондай-ақ", "алдын-алу"]),
        ("Астана–Ташкент рейсі", ["Астана", "–", "Ташкент", "рейсі"]),
    ],
)
def test_hyphenated_words_one_token(nlp, text, expected):
    assert words(nlp, text) == expected


def test_guillemets_split_off(nlp):
    assert words(nlp, "«Қазақстан темір жолы» ұлттық компаниясы") == [
        "«", "Қазақстан", "темір", "жолы", "»", "ұлттық", "компаниясы",
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2025 жылғы 15-ші қаңтарда", ["2025", "жылғы", "15-ші", "қаңтарда"]),
        ("2020-сыншы жылы", ["2020-сыншы", "жылы"]),
        ("2020-2025 жылдары", ["2020", "-", "2025", "жылдары"]),
        ("(БҰҰ ОААДӨО)", ["(", "БҰҰ", "ОААДӨО", ")"]),
    ],
)
def test_numbers_and_brackets(nlp, text, expected):
    assert words(nlp, text) == expected


@pytest.mark.parametrize("word", ["бес", "Жиырма", "екінші", "2025", "15-ші", "1,5", "мың"])
def test_like_num(nlp, word):
    assert nlp(word)[0].like_num


@pytest.mark.parametrize("word", ["Ташкент", "бесік", "министр"])
def test_not_like_num(nlp, word):
    assert not nlp(word)[0].like_num


def test_stop_words(nlp):
    doc = nlp("Қазақстан және Өзбекстан үшін")
    assert [token.is_stop for token in doc] == [False, True, False, True]


@pytest.fixture(scope="module")
def splitter():
    nlp = spacy.blank("kk")
    nlp.add_pipe("kk_sentencizer")
    return nlp


def sentences(splitter, text):
    return [sent.text.strip() for sent in splitter(text).sents]


def test_sentencizer_keeps_initials_inside_sentences(splitter):
    text = (
        "Сыртқы істер министрінің орынбасары сонымен бірге БҰҰ Арнайы өкілі Н.Германмен кездесіп, пікір алмасты. "
        "Сондай-ақ, іс-шара аясында Е. Ашықбаев әріптестерімен кездесулер өткізді."
    )
    assert sentences(splitter, text) == [
        "Сыртқы істер министрінің орынбасары сонымен бірге БҰҰ Арнайы өкілі Н.Германмен кездесіп, пікір алмасты.",
        "Сондай-ақ, іс-шара аясында Е. Ашықбаев әріптестерімен кездесулер өткізді.",
    ]


def test_sentencizer_abbreviations(splitter):
    text = "Кездесу 2025 ж. қаңтарда Астана қ. өтті. Су, энергетика т.б. Ауғанстан мәселесі де талқыланды!"
    assert sentences(splitter, text) == [
        "Кездесу 2025 ж. қаңтарда Астана қ. өтті.",
        "Су, энергетика т.б.",
        "Ауғанстан мәселесі де талқыланды!",
    ]


def test_sentencizer_closing_guillemet_stays_with_its_sentence(splitter):
    text = "Ол: «Біз дайынбыз.» деді. Келесі кездесу Ташкентте."
    assert sentences(splitter, text) == ["Ол: «Біз дайынбыз.» деді.", "Келесі кездесу Ташкентте."]


def test_sentencizer_on_seed_004(splitter):
    doc = splitter(SEED_004.read_text(encoding="utf-8"))
    sents = [sent.text.strip() for sent in doc.sents if sent.text.strip()]
    # The headline is its own sentence; the first paragraph has two sentences.
    assert "ОРТАЛЫҚ АЗИЯ ЕЛДЕРІ СЫРТҚЫ ІСТЕР МИНИСТРЛЕРІ ОРЫНБАСАРЛАРЫНЫҢ ДӘСТҮРЛІ КЕЗДЕСУІ ӨТТІ" in sents
    assert any(s.startswith("Ташкент қаласында") and s.endswith("болып өтті.") for s in sents)
    assert any(s.startswith("Еліміздің осы саладағы") and s.endswith("Ержан Ашықбаев қатысқан.") for s in sents)
    assert any(s.startswith("Е.Ашықбаев өз сөзінде") and s.endswith("атап өтті.") for s in sents)
    assert not any(s in {"Е.", "Н."} for s in sents)


def test_sentencizer_keeps_preset_sentence_starts(splitter):
    from spacy.tokens import Doc

    doc = Doc(splitter.vocab, words=["Ол", "келді", ".", "Біз", "кеттік", "."], sent_starts=[True] + [False] * 5)
    assert len(list(splitter(doc).sents)) == 1
