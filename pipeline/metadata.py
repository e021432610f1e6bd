"""What a scraper knows about an article besides its text: a sidecar `NAME.json` beside `NAME.txt`, or the
other columns of a row of a JSON Lines, CSV or Parquet file of articles (pipeline/sources.py).

    {"id": "tass-25417721", "url": "https://…", "outlet": "tass.ru", "published": "2025-11-11", "title": "…",
     "lang": "ru"}

Every field is optional; other fields of a sidecar (a scraper's `author`, a misspelt `"pubished"`) are not read, and
the run names them in its notes (`ArticleMetadata.ignored`), as it names a table file's other columns. `published`
(an ISO date, `YYYY-MM-DD`, an ISO date and time, whose date is taken as written, or a whole date as scrapers write
it: `13.03.2025`, `13 марта 2025 г.`, an RSS date; `published_date`) is the article's date when given: relative
dates in the text (`вчера`, `в прошлый вторник`) and dates without a year are read from it. `lang` (an ISO 639 code,
`ru`, `kk`, `en`, …) is the article's language as the source knows it: language identification is skipped. A sidecar
that is not a JSON object, or gives one of these fields a value it cannot be, is an error of its article, naming the
sidecar and the reason in one line.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, replace
from pathlib import Path

FIELDS = ("id", "url", "outlet", "published", "title", "lang")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")  # fromisoformat alone also takes 20250314 and 2025-W11-5
# dateparser's settings for a date a source writes out: whole (day, month and year), day first, never relative
WRITTEN_DATE = {"DATE_ORDER": "DMY", "STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"],
                "PARSERS": ["custom-formats", "absolute-time"]}


class MetadataError(Exception):
    """A sidecar that cannot be read: the message is one line naming the file and the reason."""


@dataclass(frozen=True)
class ArticleMetadata:
    """A sidecar's fields (None where not given)."""

    article_id: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date
    title: str | None = None
    lang: str | None = None  # ISO 639-1 where there is one (`ru`, `kk`), else ISO 639-3: identification skipped
    sha256: str | None = None  # of the sidecar's bytes: a changed sidecar is a changed article
    ignored: tuple[str, ...] = ()  # the sidecar's fields that are none of FIELDS, not read


def sidecar_path(article: Path) -> Path:
    """`NAME.json` beside `NAME.txt`."""
    return Path(article).with_suffix(".json")


def no_repeats(pairs: list[tuple[str, object]]) -> dict:
    """A JSON object's pairs as a dict (`json.loads(…, object_pairs_hook=no_repeats)`); ValueError naming a field
    given twice, which `json` would silently keep the last of."""
    keys = [key for key, _ in pairs]
    repeated = next((key for key in keys if keys.count(key) > 1), None)
    if repeated:
        raise ValueError(f"field {repeated!r} given twice")
    return dict(pairs)


def iso_date(text: str) -> str:
    """`YYYY-MM-DD` checked to be a real day; ValueError otherwise."""
    if not ISO_DATE.fullmatch(text):
        raise ValueError(text)
    return dt.date.fromisoformat(text).isoformat()


def published_date(value: object) -> str:
    """A publication date as sources give it → `YYYY-MM-DD`: an ISO date, an ISO date and time
    (`2025-03-14T09:30:00+05:00`: the date as written, not moved to another time zone), a date / datetime value (a
    Parquet date or timestamp column), or a whole date as scrapers write it, read by dateparser: day first
    (`13.03.2025`, `13/03/2025 09:30`, the Russian and Kazakh order), with the month's name (`13 марта 2025 г.`,
    `13 наурыз 2025`, `March 13, 2025`) or an RSS / e-mail date (`Thu, 13 Mar 2025 09:30:00 +0500`). ValueError
    for anything else: a date missing its day, month or year, a day that does not exist, a relative date
    (`вчера`: relative to what?)."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        raise ValueError(value)
    text = value.strip()
    if len(text) > 10 and ISO_DATE.match(text) and text[10] in "T ":
        return dt.datetime.fromisoformat(text).date().isoformat()  # checks the time part too
    if ISO_DATE.fullmatch(text):
        return iso_date(text)
    return _written_date(text)


def _written_date(text: str) -> str:
    import dateparser  # only for sources whose dates are not ISO: its import costs a run that needs none of it

    day = dateparser.parse(text, languages=["ru", "kk", "en"], settings=WRITTEN_DATE)
    if day is None:
        raise ValueError(text)
    return day.date().isoformat()


def language_code(value: str) -> str:
    """An ISO 639 code (`ru`, `KK`, `rus`) → the code `documents.lang` uses: ISO 639-1 where there is one, else
    ISO 639-3. ValueError for anything else (`russian`, `xx`)."""
    import pycountry

    code = value.strip().lower()
    language = (pycountry.languages.get(alpha_2=code) if len(code) == 2 else
                pycountry.languages.get(alpha_3=code) if len(code) == 3 else None)
    if language is None:
        raise ValueError(value)
    return getattr(language, "alpha_2", None) or language.alpha_3


def from_fields(data: dict, sha256: str | None = None) -> ArticleMetadata:
    """ArticleMetadata from a mapping of FIELDS (others ignored here: the caller decides whether they are
    errors). Values must be strings or null (`id` may be an integer; `published` a date); an empty string is
    null. MetadataError naming the field and the reason otherwise."""
    values = {}
    for key in FIELDS:
        value = data.get(key)
        if value is None or value == "":
            continue
        if key == "id" and isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if key == "published":
            try:
                values[key] = published_date(value)
            except ValueError:
                raise MetadataError(f"published {value!r} is not a whole date (YYYY-MM-DD, 14.03.2025, "
                                    f"14 марта 2025)") from None
            continue
        if not isinstance(value, str):
            raise MetadataError(f"{key} must be a string, not {type(value).__name__}")
        if key == "lang":
            try:
                value = language_code(value)
            except ValueError:
                raise MetadataError(f"lang {value!r} is not an ISO 639 language code (ru, kk, en, …)") from None
        values[key] = value
    return ArticleMetadata(article_id=values.get("id"), url=values.get("url"), outlet=values.get("outlet"),
                           published=values.get("published"), title=values.get("title"),
                           lang=values.get("lang"), sha256=sha256)


def read_metadata(article: Path) -> ArticleMetadata:
    """The sidecar's fields for an article file (its other fields' names in `ignored`), or empty metadata when it
    has none; MetadataError if broken."""
    path = sidecar_path(article)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return ArticleMetadata()
    except OSError as error:
        raise MetadataError(f"{path.name}: cannot read: {error.strerror or error}") from None
    try:
        data = json.loads(raw.decode("utf-8-sig"), object_pairs_hook=no_repeats)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise MetadataError(f"{path.name}: not JSON: {error}") from None
    except ValueError as error:  # a field given twice
        raise MetadataError(f"{path.name}: {error}") from None
    if not isinstance(data, dict):
        raise MetadataError(f"{path.name}: not a JSON object of {', '.join(FIELDS)}")
    try:
        metadata = from_fields(data, hashlib.sha256(raw).hexdigest())
    except MetadataError as error:
        raise MetadataError(f"{path.name}: {error}") from None
    return replace(metadata, ignored=tuple(sorted(set(data) - set(FIELDS))))
