"""Dates as articles write them, read with dateparser's month vocabulary for Russian and Kazakh.

dateparser knows the month names (`марта`, `шілде`) but not Kazakh word order (`2022 жылғы 21 шілде`) or
inflected month words (`наурызда`), so the shapes are regexes kept as data and dateparser supplies the words.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")


@lru_cache(maxsize=None)
def _month_forms(languages: tuple[str, ...]) -> tuple[tuple[str, int], ...]:
    from dateparser.languages.loader import default_loader

    forms = set()
    for lang in languages:
        info = default_loader.get_locale(lang).info
        for number, month in enumerate(MONTHS, start=1):
            forms.update((form.lower(), number) for form in info.get(month, []) if len(form) >= 3)
    # longest first, so `марта` is preferred to `мар` and inflected Kazakh forms find their full stem
    return tuple(sorted(forms, key=lambda item: -len(item[0])))


MONTH_WORDS_KEPT = 4096  # words asked about whose answer is kept: ~0.5 MB; a date shape's month slot takes any
# word after "в" or a day number ("в Москве", "15 человек"), so most words recur (their search of the 62
# month forms was 6 % of the events stage's CPU on Russian news, `make bench-speed`)


@lru_cache(maxsize=MONTH_WORDS_KEPT)
def month_number(word: str, languages: tuple[str, ...] = ("ru", "kk")) -> int | None:
    """`марта` → 3, `мае` → 5, `шілдеде` → 7, `наурыздың` → 3, `қарашасында` → 11, `06` → 6 (a numeric date,
    "12.06.2024"); None for a word that is no month. Answers kept for `MONTH_WORDS_KEPT` words."""
    word = word.lower().rstrip(".")
    if word.isdigit():
        return int(word) if 1 <= int(word) <= 12 else None
    for form, number in _month_forms(languages):
        if word == form:
            return number
        # inflected: Kazakh case endings after the full name (`наурыздың`, possessive `қарашасында`), Russian
        # endings replacing the last letter (`декабре`, `июне`); abbreviations (`қаз`) never match by prefix
        extra = len(word) - len(form)
        if len(form) >= 4 and word.startswith(form) and extra <= 5:
            return number
        if len(form) >= 4 and form[-1] in "ьяйа" and word.startswith(form[:-1]) and 0 <= extra <= 1:
            return number
        if form[-1] == "й" and word == form[:-1] + "е":  # the short `май`: "в мае"
            return number
    return None


def make_date(year: int | str | None, month: int | str | None, day: int | str | None) -> dt.date | None:
    """A valid calendar date from parts (month may be a word), or None."""
    if isinstance(month, str) and not month.isdigit():
        month = month_number(month)
    try:
        return dt.date(int(year), int(month), int(day))
    except (TypeError, ValueError):
        return None


def relative_date(words: str, lang: str, published: str, direction: str = "past") -> str | None:
    """ISO date of a relative expression (`вчера`, `вторник`, `бүгін`) counted from the ISO publication date, by
    dateparser. `direction` says which way a weekday points: past (on or before the publication day: "в
    пятницу" in Friday's news is that day), last (strictly before it: "в прошлую пятницу"), or future. None
    when dateparser cannot read it."""
    import dateparser

    base = dt.datetime.fromisoformat(published)
    day = dateparser.parse(words, languages=[lang], settings={
        "RELATIVE_BASE": base, "PREFER_DATES_FROM": "future" if direction == "future" else "past",
        "RETURN_AS_TIMEZONE_AWARE": False})
    if day is None:
        return None
    week = dt.timedelta(days=7)
    if direction in ("past", "last") and day.date() > base.date():  # dateparser may still read a weekday forward
        day -= week
    if direction == "past" and (base.date() - day.date()).days == 7:
        day = base
    if direction == "last" and day.date() == base.date():
        day -= week
    return day.date().isoformat()
