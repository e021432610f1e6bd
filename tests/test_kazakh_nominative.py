from pathlib import Path

import pytest

from pipeline.kazakh_nominative import evaluate, nominative

DATA = Path(__file__).parent / "data"
# Floors are measured accuracies: 341/341 on the development list; 108/109 on the held-out list, which was
# written before the code first ran on it (107/109 then; trusting gazetteer names in either harmony, added for
# `банк`, also fixed Нұрышевтің; Рванда is still over-stripped).
DEVELOPMENT_FLOOR = 1.0
HELD_OUT_FLOOR = 0.99


def test_development_list_accuracy():
    accuracy, _, misses = evaluate(DATA / "kk_nominatives.tsv")
    assert accuracy >= DEVELOPMENT_FLOOR, misses


def test_held_out_list_accuracy():
    accuracy, _, misses = evaluate(DATA / "kk_nominatives_heldout.tsv")
    assert accuracy >= HELD_OUT_FLOOR, misses


@pytest.mark.parametrize("surface, expected", [
    ("Ашықбаевтың", "Ашықбаев"), ("Медведевтің", "Медведев"), ("Германның", "Герман"),
    ("Ресейдің", "Ресей"), ("Бейжіңнің", "Бейжің"),
])
def test_genitive(surface, expected):
    assert nominative(surface) == expected


@pytest.mark.parametrize("surface, expected", [
    ("Ашықбаевқа", "Ашықбаев"), ("Францияға", "Франция"), ("Бішкекке", "Бішкек"), ("Мәскеуге", "Мәскеу"),
])
def test_dative(surface, expected):
    assert nominative(surface) == expected


@pytest.mark.parametrize("surface, expected", [
    ("Тоқаевты", "Тоқаев"), ("Астананы", "Астана"), ("Германды", "Герман"), ("Мәскеуді", "Мәскеу"),
])
def test_accusative(surface, expected):
    assert nominative(surface) == expected


@pytest.mark.parametrize("surface, expected", [
    ("Ташкентте", "Ташкент"), ("Таразда", "Тараз"), ("Ашхабадта", "Ашхабад"), ("Сеулде", "Сеул"),
])
def test_locative(surface, expected):
    assert nominative(surface) == expected


@pytest.mark.parametrize("surface, expected", [
    ("Германнан", "Герман"), ("Тараздан", "Тараз"), ("Ташкенттен", "Ташкент"), ("Ресейден", "Ресей"),
])
def test_ablative(surface, expected):
    assert nominative(surface) == expected


@pytest.mark.parametrize("surface, expected", [
    ("Германмен", "Герман"), ("Таразбен", "Тараз"), ("Шольцпен", "Шольц"), ("Еуропалық одақпен", "Еуропалық одақ"),
])
def test_instrumental(surface, expected):
    assert nominative(surface) == expected


@pytest.mark.parametrize("surface, expected", [
    ("Ташкенттегі", "Ташкент"), ("Орталық Азиядағы", "Орталық Азия"), ("Брюссельдегі", "Брюссель"),
])
def test_relative_after_locative(surface, expected):
    assert nominative(surface) == expected


@pytest.mark.parametrize("surface, expected", [
    ("Қазақстан Республикасының", "Қазақстан Республикасы"),
    ("Қазақстан Республикасына", "Қазақстан Республикасы"),
    ("Қазақстан Республикасын", "Қазақстан Республикасы"),
    ("Қазақстан Республикасындағы", "Қазақстан Республикасы"),
    ("Біріккен Араб Әмірліктеріне", "Біріккен Араб Әмірліктері"),
    ("Сыртқы істер министрлерінің", "Сыртқы істер министрлері"),
])
def test_izafet_keeps_possessive_and_plural(surface, expected):
    assert nominative(surface) == expected


@pytest.mark.parametrize("surface, expected", [
    ("БҰҰ-ның", "БҰҰ"), ("ЕО-мен", "ЕО"), ("АҚШ-қа", "АҚШ"), ("АҚШ-тағы", "АҚШ"),
    ("Н.Германмен", "Н.Герман"), ("Нұр-Сұлтанға", "Нұр-Сұлтан"), ("Абу-Дабиде", "Абу-Даби"),
])
def test_abbreviations_initials_and_hyphenated_names(surface, expected):
    assert nominative(surface) == expected


@pytest.mark.parametrize("surface, expected", [
    ("Қазақстан Республикасы мен", "Қазақстан Республикасы"), ("АҚШ пен", "АҚШ"), ("Тараз бен", "Тараз"),
])
def test_separate_conjunction_is_dropped(surface, expected):
    assert nominative(surface) == expected


@pytest.mark.parametrize("surface, expected", [
    ("Путинге", "Путин"), ("Си Цзиньпиннің", "Си Цзиньпин"), ("Парижде", "Париж"),
])
def test_stems_whose_spelling_leaves_harmony_open(surface, expected):
    assert nominative(surface) == expected


@pytest.mark.parametrize("word", [
    "Ташкент", "Герман", "Астана", "Ресей", "Жамбыл", "Ақтау", "Тараз", "Ерлан", "Айдын", "Алматы", "Қытай",
    "Шымкент", "Сеул", "Берлин", "Менделеев", "Канада", "Қарағанды", "Өскемен", "Қызылорда", "Дағыстан",
    "Қазақстан Республикасы", "Орталық Азия", "БҰҰ",
])
def test_uninflected_names_stay(word):
    assert nominative(word) == word


def test_attested_name_overrides_library_harmony():
    assert nominative("Ұлттық банктің", "ORG") == "Ұлттық банк"


@pytest.mark.parametrize("surface, expected", [
    ("Жұмабекұлына", "Жұмабекұлы"), ("Айгерім Нұрланқызына", "Айгерім Нұрланқызы"),
])
def test_patronymic_declines_as_possessive(surface, expected):
    assert nominative(surface, "PER") == expected


def test_person_surname_is_not_read_as_possessive():
    assert nominative("Ерлан Айдында", "PER") == "Ерлан Айдын"


def test_known_given_name_that_ends_like_ablative_stays():
    assert nominative("Ерден", "PER") == "Ерден"


def test_blank_mention():
    assert nominative("  ") == ""


def test_a_known_surname_vouches_for_the_whole_name():
    # "-ке" after "-ев" is the other harmony's spelling; the surname alone is known, so the full name is read too
    assert nominative("Ильхам Алиевке", "PER") == "Ильхам Алиев"
    assert nominative("Алиевке", "PER") == "Алиев"


@pytest.mark.parametrize("surface, expected", [
    ("Фумио Кисида", "Фумио Кисида"), ("Такэси Ямада", "Такэси Ямада"), ("Юко Накада", "Юко Накада"),
    ("Мәскеуде", "Мәскеу"),  # one word the model may call a person is still read in the locative
])
def test_a_person_named_in_full_is_not_in_the_locative(surface, expected):
    assert nominative(surface, "PER") == expected


@pytest.mark.parametrize("surface, expected", [
    ("Дмитрий Песковтың", "Дмитрий Песков"), ("Сергей Рябковтың", "Сергей Рябков"),
])
def test_a_foreign_persons_genitive_in_either_harmony(surface, expected):
    assert nominative(surface, "PER") == expected


@pytest.mark.parametrize("surface, expected", [
    ("Бауыржан Жанболды", "Бауыржан Жанболды"), ("Серік Амангелді", "Серік Амангелді"),
    ("Дархан Сатыбалды", "Дархан Сатыбалды"), ("Ерлан Базаркелдіге", "Ерлан Базаркелді"),
    ("Әсет Жанболдыны", "Әсет Жанболды"), ("Мұрат Кемалды", "Мұрат Кемал"),
])
def test_a_name_made_of_a_verbs_past_is_no_accusative(surface, expected):
    # Жанболды 'was', Амангелді 'came', Сатыбалды 'bought': names of their own, not Жанбол + -ды
    assert nominative(surface, "PER") == expected


@pytest.mark.parametrize("surface, expected", [
    ("Ли Цянпен", "Ли Цян"), ("Хэ Лифэнпен", "Хэ Лифэн"), ("Ван Ипен", "Ван И"), ("Ли Цянмен", "Ли Цян"),
])
def test_a_foreign_persons_instrumental_after_the_sound_as_heard(surface, expected):
    # -мен after н and й by the spelling rule, but writers follow the foreign name's sound: Ли Цянпен
    assert nominative(surface, "PER") == expected


@pytest.mark.parametrize("surface, label, expected", [
    # a loan's final cluster takes a vowel before the ending (Минск → Минскіге), which is no part of the name
    ("Минскіден", "LOC", "Минск"), ("Гданьскіде", "LOC", "Гданьск"), ("Курскінің", "LOC", "Курск"),
    ("Тобольскіге", "", "Тобольск"), ("Братскідегі", "LOC", "Братск"),
    ("Мұрат Нұртілеу Минскіге", "PER", "Мұрат Нұртілеу Минск"),
    # ск after a vowel is a Kazakh word's own
    ("Ескіге", "", "Ескі"),
])
def test_the_vowel_after_a_loans_final_cluster_goes_with_the_ending(surface, label, expected):
    assert nominative(surface, label) == expected


@pytest.mark.parametrize("surface, expected", [
    ("Сергей Лав-ровпен", "Сергей Лавров"), ("Вячеслав Воло-динге", "Вячеслав Володин"),
    ("Антониу Кош-таның", "Антониу Кошта"), ("Мишус-тинді", "Мишустин"),
])
def test_a_persons_name_broken_at_a_lines_end_is_one_word(surface, expected):
    # a lowercase part after a hyphen goes on the word (a printed line break), a person's name parts are capitalised
    assert nominative(surface, "PER") == expected


@pytest.mark.parametrize("surface, expected, label", [
    ("Қасым-Жомарт Тоқаевпен", "Қасым-Жомарт Тоқаев", "PER"), ("Жан-Ноэль Барроға", "Жан-Ноэль Барро", "PER"),
    ("Facebook-тегі", "Facebook", "ORG"), ("Абу-Дабиде", "Абу-Даби", "LOC"),
])
def test_a_hyphenated_name_keeps_its_hyphen(surface, expected, label):
    assert nominative(surface, label) == expected
