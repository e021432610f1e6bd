"""Country names in Russian and Kazakh → ISO alpha-3: pycountry's translations, then models/countries.tsv."""
import pytest

from pipeline.countries import country_code, country_name


@pytest.mark.parametrize("name, code", [
    ("Узбекистан", "UZB"), ("Российская Федерация", "RUS"), ("Германия", "DEU"),  # pycountry, ru
    ("Өзбекстан", "UZB"), ("Түркия", "TUR"), ("Ауғанстан", "AFG"),  # pycountry, kk
    ("Россия", "RUS"), ("США", "USA"), ("АҚШ", "USA"), ("ҚР", "KAZ"), ("КНР", "CHN"), ("Кыргызстан", "KGZ"),
    ("узбекистан", "UZB"), ("Белоруссия", "BLR"),
])
def test_country_names_and_abbreviations(name, code):
    assert country_code(name) == code


@pytest.mark.parametrize("name", ["Ташкент", "Москва", "Нью-Йорк", "Центральная Азия", "", None])
def test_cities_and_regions_are_no_countries(name):
    assert country_code(name) is None


def test_an_abbreviation_says_its_everyday_name():
    from pipeline.countries import country_name

    assert (country_name("ҚР"), country_name("РФ"), country_name("Қазақстан")) == ("Қазақстан", "Россия", "Қазақстан")


@pytest.mark.parametrize("name, everyday", [
    ("Қазақстан Республикасы", "Қазақстан"), ("Республика Казахстан", "Казахстан"), ("Российская Федерация", "Россия"),
    ("Соединенные Штаты Америки", "США"), ("Кыргызская Республика", "Кыргызстан"), ("Ташкент", "Ташкент"),
])
def test_a_state_is_said_by_its_everyday_name_in_its_language(name, everyday):
    from pipeline.countries import country_name

    assert country_name(name) == everyday


@pytest.mark.parametrize("name, everyday", [
    # an everyday name stays itself, where pycountry's formal name had stood for it
    ("Сирия", "Сирия"), ("Лаос", "Лаос"), ("Венесуэла", "Венесуэла"), ("Южная Корея", "Южная Корея"),
    ("Молдова", "Молдова"), ("Боливия", "Боливия"),
    # a formal name says the everyday one of its own language
    ("Сирийская Арабская Республика", "Сирия"), ("Республика Корея", "Южная Корея"),
    ("Сирия Араб Республикасы", "Сирия"), ("Иран Ислам Республикасы", "Иран"),
])
def test_an_everyday_name_is_kept_and_a_formal_one_says_it(name, everyday):
    from pipeline.countries import country_name

    assert country_name(name) == everyday


def test_every_state_has_an_everyday_name_in_cyrillic_letters():
    import re

    from pipeline.countries import everyday_names

    for lang in ("ru", "kk"):  # Kazakh had "Iran", "Syria", "Laos": common names pycountry does not translate
        assert [name for name in everyday_names(lang).values() if re.search("[A-Za-z]", name)] == [], lang


@pytest.mark.parametrize("name, code, everyday", [
    ("Египет Араб Республикасы", "EGY", "Египет"),
    ("Германия Федеративтік Республикасы", "DEU", "Германия"),
    ("Моңғолия Мемлекеті", "MNG", "Моңғолия"),
    ("Әзербайжан Республикасы", "AZE", "Әзербайжан"),
    ("Қатар Мемлекеті", "QAT", "Қатар"),
])
def test_a_kazakh_official_name_is_its_state(name, code, everyday):
    # models/kk/state_forms.tsv: a known name, then the words of a state's form ("… Араб Республикасы")
    assert country_code(name) == code
    assert country_name(name) == everyday


@pytest.mark.parametrize("name", ["Ұлттық Республикасы", "Орталық Мемлекеті", "Республикасы"])
def test_a_state_form_after_no_known_name_is_no_state(name):
    assert country_code(name) is None
