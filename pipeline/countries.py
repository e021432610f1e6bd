"""Country names in Russian and Kazakh → ISO 3166-1 alpha-3 codes.

pycountry's Russian and Kazakh translations of every country's name, official name and common name come
first; `models/countries.tsv` adds what they lack (short and everyday names: `Россия`, `США`, `АҚШ`, `КНР`,
`РФ`, `ҚР`, `Ресей`). Names are compared case-insensitively with ё = е. A name is looked up as given; callers
pass the nominative (`normal`).
"""
from __future__ import annotations

import gettext
import re
from dataclasses import dataclass
from functools import lru_cache

from .paths import MODELS_DIR
from .tables import read_tsv
from .wordforms import fold

LANGUAGES = ("ru", "kk")


@lru_cache(maxsize=1)
def _table() -> list[dict[str, str]]:
    return read_tsv(MODELS_DIR / "countries.tsv")


@lru_cache(maxsize=1)
def pycountry_codes() -> dict[str, tuple[str, str]]:
    """pycountry's names alone: {folded Russian or Kazakh name: (ISO alpha-3, the state's everyday name in that
    name's language, `everyday_names`)}: "Сирийская Арабская Республика" → (SYR, "Сирия")."""
    import pycountry

    codes: dict[str, tuple[str, str]] = {}
    for lang in LANGUAGES:
        translate, everyday = _translator(lang), everyday_names(lang)
        for country in pycountry.countries:
            for attribute in ("name", "official_name", "common_name"):
                name = getattr(country, attribute, None)
                if name:
                    codes.setdefault(fold(translate(name)), (country.alpha_3, everyday[country.alpha_3]))
    return codes


@lru_cache(maxsize=1)
def _codes() -> dict[str, tuple[str, str]]:
    """{folded name: (ISO alpha-3, the country's everyday name in that name's language)}."""
    codes = dict(pycountry_codes())
    # an everyday name is its own, in either language ("Сирия" is Russian and Kazakh; "Молдова" Kazakh)
    codes.update((fold(name), (code, name)) for lang in LANGUAGES for code, name in everyday_names(lang).items())
    for row in _table():
        codes[fold(row["name"])] = (row["iso3"], row["says"] or row["name"])
    says = _says()
    # a name pycountry gives that the table corrects (Российская Федерация says Россия) is said so everywhere
    return {name: (code, says.get(code + fold(everyday), everyday)) for name, (code, everyday) in codes.items()}


@lru_cache(maxsize=1)
def _says() -> dict[str, str]:
    """{ISO alpha-3 + folded name: the everyday name the table says instead} (`RUSроссийская федерация` → Россия)."""
    return {row["iso3"] + fold(row["name"]): row["says"] for row in _table() if row["says"]}


def _translator(lang: str):
    """pycountry's gettext of country names in `lang` (the English name where it has no translation)."""
    import pycountry

    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True).gettext


@lru_cache(maxsize=50_000)  # the events stage asks of the same names again and again (61 times a factRuEval text)
def _entry(name: str | None) -> tuple[str, str] | None:
    # a name cut at a line's end keeps its hyphen (`АҚШ-` of `АҚШ-тың`)
    folded = fold(name).strip().rstrip("-") if name else ""
    if not folded:
        return None
    found = _codes().get(folded)
    if found is None:
        # a Kazakh official name the tables lack: a known name and the words of a state's form after it
        # (`Египет Араб Республикасы`, `Қатар Мемлекеті`: models/kk/state_forms.tsv)
        found = next((_codes()[rest] for form in _state_forms() if folded.endswith(" " + form)
                      and (rest := folded[:-len(form)].strip()) in _codes()), None)
    return found


@lru_cache(maxsize=1)
def _state_forms() -> tuple[str, ...]:
    """models/kk/state_forms.tsv's forms, folded, the longest first."""
    forms = {fold(row["form"]) for row in read_tsv(MODELS_DIR / "kk" / "state_forms.tsv")}
    return tuple(sorted(forms, key=len, reverse=True))


def country_code(name: str | None) -> str | None:
    """ISO alpha-3 of a country named in Russian or Kazakh (`Узбекистан` → UZB, `АҚШ` → USA), else None."""
    found = _entry(name)
    return found[0] if found else None


def country_name(name: str) -> str:
    """The everyday name of a country however it is named, in the same language (`ҚР`, `Қазақстан Республикасы`
    → `Қазақстан`; `РФ`, `Российская Федерация` → `Россия`); any other name as it is."""
    found = _entry(name)
    return found[1] if found else name


@lru_cache(maxsize=None)
def everyday_names(lang: str) -> dict[str, str]:
    """{ISO alpha-3: the state's everyday name in `lang` (ru or kk)}: pycountry's translation of its common name
    (else of its name), corrected by `models/countries.tsv`'s `says` (`RUS` → `Россия` / `Ресей`, not `Российская
    Федерация`; `SYR` → `Сирия`, not `Сирия Араб Республикасы`)."""
    import pycountry

    translate, says = _translator(lang), _says()
    names = {}
    for country in pycountry.countries:
        common = getattr(country, "common_name", None)
        # a common name the language has no translation of ("Syria" in Kazakh) gives way to the translated name
        name = translate(common) if common and translate(common) != common else translate(country.name)
        names[country.alpha_3] = says.get(country.alpha_3 + fold(name), name)
    return names


# Kazakh makes an adjective of a country's name with -лық/-лік/-дық/-дік/-тық/-тік (`қазақстандық`, `ресейлік`,
# `түркиялық`); Russian adjectives are irregular and come from the events' table (`киргизская` → Киргизия).
KAZAKH_ADJECTIVE = re.compile(r"^(?P<name>\w[\w-]*?)(?:лық|лік|дық|дік|тық|тік)\w*$")


@dataclass(frozen=True)
class Code:
    """What a name stands for: a state (`kind` state, `code` ISO 3166-1 alpha-3) or an intergovernmental
    organisation (`kind` igo, `code` from models/igos.tsv: UN, SCO, CSTO, …)."""

    code: str
    kind: str  # state | igo


# A name's words cut to their first letters: a body's name with one word in the wrong case (`Организация
# Договора о коллективный безопасности`) is still the name; five letters keep ru/kk endings off most words.
STEM_LETTERS = 5


def _stems(name: str) -> str:
    return " ".join(word[:STEM_LETTERS] for word in re.findall(r"\w+", fold(name)))


@lru_cache(maxsize=1)
def _igo_rows() -> tuple[dict, ...]:
    """models/igos.tsv's rows (code, lang, name), read once."""
    return tuple(read_tsv(MODELS_DIR / "igos.tsv"))


def igo_names(lang: str) -> tuple[str, ...]:
    """The names models/igos.tsv gives intergovernmental organisations in one language (`Шанхайская организация
    сотрудничества`, `ШОС`), as written there (the nominative)."""
    return tuple(row["name"] for row in _igo_rows() if row["lang"] == lang)


@lru_cache(maxsize=1)
def _igos() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """({folded name: code}, {folded abbreviation: code}, {stems of a name of three or more words: code});
    abbreviations are names written in capitals."""
    names, abbreviations, stems = {}, {}, {}
    for row in _igo_rows():
        # the code is the organisation's English abbreviation, written so in ru/kk news too ("генсек NATO")
        names.setdefault(fold(row["code"]), row["code"])
        names[fold(row["name"])] = row["code"]
        if row["name"].upper() == row["name"] and len(row["name"]) > 2:
            abbreviations[fold(row["name"])] = row["code"]
        if len(row["name"].split()) >= 3:
            stems[_stems(row["name"])] = row["code"]
    return names, abbreviations, stems


@lru_cache(maxsize=1)
def _adjectives() -> tuple[tuple[str, str], ...]:
    """(stem, country) from models/events/country_adjectives.tsv, the one table of country adjectives."""
    return tuple((row["stem"].lower(), row["country"])
                 for row in read_tsv(MODELS_DIR / "events" / "country_adjectives.tsv"))


def igo_in_full(name: str | None) -> str | None:
    """The code of an intergovernmental organisation a name writes out in full (a name of models/igos.tsv that is
    no abbreviation, in any case form: `Организации тюркских государств` → OTS); None for an abbreviation and for
    a body named by its organisation's abbreviation (`Секретариат ШОС`, `БҰҰ Бас Ассамблеясы`)."""
    if not name:
        return None
    names, abbreviations, stems = _igos()
    folded = fold(name).strip()
    if folded in abbreviations:
        return None
    return names.get(folded) or stems.get(_stems(folded))


def igo_code(name: str | None) -> str | None:
    """The code of an intergovernmental organisation named in Russian or Kazakh (`ШОС`, `Шанхай ынтымақтастық
    ұйымы`, `БҰҰ-ның` → UN/SCO), or of one whose abbreviation ends a body's name (`Секретариат ШОС` → SCO);
    else None."""
    if not name:
        return None
    names, abbreviations, stems = _igos()
    folded = fold(name).strip().split(" (")[0]  # `Совет … государств (Тюркский совет` cut in its brackets
    if folded in names:
        return names[folded]
    if _stems(folded) in stems:
        return stems[_stems(folded)]
    words = re.findall(r"[\w-]+", folded)
    for word in reversed(words):
        code = abbreviations.get(word) or abbreviations.get(word.split("-")[0])
        if code:
            return code
    return None


def adjective_country(word: str) -> str | None:
    """ISO alpha-3 of the state a country adjective stands for (`казахстанский`, `киргизская`, `қазақстандық`,
    `ресейлік`), else None."""
    word = fold(word)
    for stem, country in _adjectives():
        if word.startswith(stem):
            return country_code(country)
    match = KAZAKH_ADJECTIVE.match(word)
    return country_code(match.group("name")) if match else None


# A country's name inside a longer name, inflected: Russian genitive endings → the nominative's (`России`,
# `Казахстана`, `Китая`, `Беларуси`, `Украины`), Kazakh case endings dropped (`Ресейдің`, `Беларусьтің`,
# `Қытаймен`). Only a candidate that is a country's name counts, so a wrong rewrite finds nothing.
RUSSIAN_GENITIVE = (("ии", "ия"), ("а", ""), ("я", "й"), ("и", "ь"), ("ы", "а"))
KAZAKH_CASE = re.compile(r"^(?P<stem>\w[\w-]*?)-?(?:тың|тің|дың|дің|ның|нің|ға|ге|қа|ке|на|не|нда|нде|да|де|та|те|"
                         r"дан|ден|тан|тен|нан|нен|мен|бен|пен)$")


def country_in(name: str | None) -> str | None:
    """ISO alpha-3 of the first country named in `name` by an inflected word or an abbreviation, whose state the
    name's body is (`МИД России`, `Ресейдің Федералдық жиналысы`, `Беларусьтің`, `ҚР СІМ` → RUS, RUS, BLR,
    KAZ), else None. A country in
    the nominative inside a longer name is not enough: `Егеменді Мальта Ордені` is no body of Malta,
    `Турецкий Кипр` none of Cyprus."""
    for word in (name or "").split():
        word = word.strip("«»\"(),.")
        forms = [word] if word.isupper() else []  # an abbreviation does not inflect: `ҚР СІМ` is RK's ministry
        forms += [word[:-len(end)] + new for end, new in RUSSIAN_GENITIVE if word.endswith(end)]
        match = KAZAKH_CASE.match(word)
        forms += [match.group("stem")] if match else []
        code = next((code for code in map(country_code, forms) if code), None)
        if code:
            return code
    return None


def resolve(name: str | None) -> Code | None:
    """A state or intergovernmental organisation by its name, abbreviation or (first word) adjective: `РК`,
    `Қазақстан Республикасы`, `казахстанская сторона` → state KAZ; `ШОС` → igo SCO; else None."""
    if not name:
        return None
    code = country_code(name)
    if code:
        return Code(code, "state")
    code = igo_code(name)
    if code:
        return Code(code, "igo")
    words = name.split()
    # "казахстанская сторона", not a proper name the adjective begins ("Турецкий Кипр")
    code = adjective_country(words[0]) if words and (len(words) == 1 or words[1][:1].islower()) else None
    return Code(code, "state") if code else None
