"""What a scraper knows about an article besides its text: a sidecar `NAME.json` beside `NAME.txt`.

    {"id": "tass-25417721", "url": "https://…", "outlet": "tass.ru", "published": "2025-11-11", "title": "…"}

Every field is optional; other fields are refused, so a misspelt one (`"pubished"`) is not silently ignored.
`published` (an ISO date, `YYYY-MM-DD`) is the article's date when given: relative dates in the text
(`вчера`, `в прошлый вторник`) and dates without a year are read from it. A sidecar that is not a JSON object of
these fields is an error of its article, naming the sidecar and the reason in one line.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

FIELDS = ("id", "url", "outlet", "published", "title")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")  # fromisoformat alone also takes 20250314 and 2025-W11-5


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
    sha256: str | None = None  # of the sidecar's bytes: a changed sidecar is a changed article


def sidecar_path(article: Path) -> Path:
    """`NAME.json` beside `NAME.txt`."""
    return Path(article).with_suffix(".json")


def _no_repeats(pairs: list[tuple[str, object]]) -> dict:
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


def read_metadata(article: Path) -> ArticleMetadata:
    """The sidecar's fields for an article file, or empty metadata when it has none; MetadataError if broken."""
    path = sidecar_path(article)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return ArticleMetadata()
    except OSError as error:
        raise MetadataError(f"{path.name}: cannot read: {error.strerror or error}") from None
    try:
        data = json.loads(raw.decode("utf-8-sig"), object_pairs_hook=_no_repeats)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise MetadataError(f"{path.name}: not JSON: {error}") from None
    except ValueError as error:  # a field given twice
        raise MetadataError(f"{path.name}: {error}") from None
    if not isinstance(data, dict):
        raise MetadataError(f"{path.name}: not a JSON object of {', '.join(FIELDS)}")
    unknown = sorted(set(data) - set(FIELDS))
    if unknown:
        raise MetadataError(f"{path.name}: unknown field {unknown[0]!r} (known: {', '.join(FIELDS)})")
    for key, value in data.items():
        if value is not None and not isinstance(value, str):
            raise MetadataError(f"{path.name}: {key} must be a string, not {type(value).__name__}")
    published = data.get("published") or None
    if published:
        try:
            published = iso_date(published)
        except ValueError:
            raise MetadataError(f"{path.name}: published {published!r} is not a date (YYYY-MM-DD)") from None
    return ArticleMetadata(article_id=data.get("id") or None, url=data.get("url") or None,
                           outlet=data.get("outlet") or None, published=published,
                           title=data.get("title") or None, sha256=hashlib.sha256(raw).hexdigest())
