"""Country names in Russian and Kazakh → ISO 3166-1 alpha-3 codes.

pycountry's Russian and Kazakh translations of every country's name, official name and common name come
first; `models/countries.tsv` adds what they lack (short and everyday names: `Россия`, `США`, `АҚШ`, `КНР`,
`РФ`, `ҚР`, `Ресей`). Names are compared case-insensitively with ё = е. A name is looked up as given; callers
pass the nominative (`normal`).
"""
from __future__ import annotations

import gettext
from functools import lru_cache

from .paths import MODELS_DIR
from .tables import read_tsv
from .wordforms import fold

LANGUAGES = ("ru", "kk")


@lru_cache(maxsize=1)
def _table() -> list[dict[str, str]]:
    return read_tsv(MODELS_DIR / "countries.tsv")


@lru_cache(maxsize=1)
def _codes() -> dict[str, tuple[str, str]]:
    """{folded name: (ISO alpha-3, the country's everyday name in that name's language)}."""
    import pycountry

    codes: dict[str, tuple[str, str]] = {}
    for lang in LANGUAGES:
        translate = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True).gettext
        for country in pycountry.countries:
            everyday = translate(country.name)
            for attribute in ("name", "official_name", "common_name"):
                name = getattr(country, attribute, None)
                if name:
                    codes.setdefault(fold(translate(name)), (country.alpha_3, everyday))
    for row in _table():
        codes[fold(row["name"])] = (row["iso3"], row["says"] or row["name"])
    says = {row["iso3"] + fold(row["name"]): row["says"] for row in _table() if row["says"]}
    # a name pycountry gives that the table corrects (Российская Федерация says Россия) is said so everywhere
    return {name: (code, says.get(code + fold(everyday), everyday)) for name, (code, everyday) in codes.items()}


def _entry(name: str | None) -> tuple[str, str] | None:
    return _codes().get(fold(name).strip()) if name else None


def country_code(name: str | None) -> str | None:
    """ISO alpha-3 of a country named in Russian or Kazakh (`Узбекистан` → UZB, `АҚШ` → USA), else None."""
    found = _entry(name)
    return found[0] if found else None


def country_name(name: str) -> str:
    """The everyday name of a country however it is named, in the same language (`ҚР`, `Қазақстан Республикасы`
    → `Қазақстан`; `РФ`, `Российская Федерация` → `Россия`); any other name as it is."""
    found = _entry(name)
    return found[1] if found else name
