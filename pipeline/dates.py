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
MIN_PREFIX, MAX_ENDING = 4, 5  # a full month name read before case endings: 4 letters or more; the endings: 5 at most


@lru_cache(maxsize=MONTH_WORDS_KEPT)
def month_number(word: str, languages: tuple[str, ...] = ("ru", "kk")) -> int | None:
    """`марта` → 3, `мае` → 5, `шілдеде` → 7, `наурыздың` → 3, `қарашасында` → 11, `06` → 6 (a numeric date,
    "12.06.2024"); None for a word that is no month. The month of the first of `_month_forms` (longest first)
    that reads the word: the word itself; the full name with Kazakh case endings after it (`наурыздың`,
    possessive `қарашасында`), of four letters or more (abbreviations, `қаз`, never match by prefix); a Russian
    ending replacing the last letter of one of four letters or more (`декабре`, `июне`); the short `май` as
    "в мае". Answers kept for `MONTH_WORDS_KEPT` words."""
    word = word.lower().rstrip(".")
    if word.isdigit():
        return int(word) if 1 <= int(word) <= 12 else None
    whole, full, stems = _month_keys(languages)
    found = [whole.get(word), stems.get(word[:-1]), stems.get(word[:-2]),
             *(full.get(word[:length]) for length in range(max(MIN_PREFIX, len(word) - MAX_ENDING), len(word) + 1))]
    return min((each for each in found if each), default=(None, None))[1]


@lru_cache(maxsize=None)
def _month_keys(languages: tuple[str, ...]) -> tuple[dict[str, tuple[int, int]], ...]:
    """`_month_forms` by what a word must be or begin with to be read as each (`month_number`): (the words each
    form is, `май` as `мае` too; the full names a word may begin with; the stems a word of one letter more or the
    same length may begin with), each key giving (the form's place in `_month_forms`, its month) for its first
    form, so that a word's month is that of the first form reading it, as if the forms were tried in turn (a
    dictionary look-up of each way instead: a word not asked about before took 120 µs, now 3)."""
    whole, full, stems = {}, {}, {}
    for rank, (form, number) in enumerate(_month_forms(languages)):
        whole.setdefault(form, (rank, number))
        if form[-1] == "й":
            whole.setdefault(form[:-1] + "е", (rank, number))
        if len(form) >= MIN_PREFIX:
            full.setdefault(form, (rank, number))
            if form[-1] in "ьяйа":
                stems.setdefault(form[:-1], (rank, number))
    return whole, full, stems


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
