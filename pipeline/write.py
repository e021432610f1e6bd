"""Last stage, write: Documents become Parquet tables with explicit, versioned schemas.

Writes are atomic for the dataset as a whole: every table is first written to `<out>/.staging/`, a `COMPLETE`
marker is written last, and only then are the files moved into place with `os.replace`. A run interrupted
before the marker leaves the previous dataset untouched (the partial staging folder is discarded); one
interrupted while moving files is rolled forward by `recover` at the start of the next run.
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .document import Document
from .event.rows import argument_rows, event_rows

SCHEMA_VERSION = "4"  # 2: events and event_arguments tables; 3: events.background, statuses cancelled/postponed,
# article metadata from sidecars (documents.article_id, url, outlet, published_date_source, metadata_sha256);
# 4: country codes, actor ids, geocoded locations, events.cluster_id, the actors and event_clusters tables
STAGING = ".staging"
COMPLETE = "COMPLETE"

PARAGRAPH = pa.struct([
    ("start", pa.int32()), ("end", pa.int32()), ("lang", pa.string()), ("lang_confidence", pa.float32()),
    ("boilerplate", pa.bool_()),
])
OFFSET_ANCHOR = pa.struct([("stored", pa.int32()), ("source", pa.int32())])
SPAN_FIELDS = [("text", pa.string()), ("start", pa.int32()), ("end", pa.int32())]
SPAN = pa.struct(SPAN_FIELDS)
PARTICIPANT = pa.struct(SPAN_FIELDS + [
    ("normal", pa.string()), ("kind", pa.string()), ("role", SPAN), ("affiliation", pa.string()),
    ("side", pa.string()), ("country_iso3", pa.string()), ("igo_code", pa.string()), ("actor_id", pa.string()),
])
GEO_FIELDS = [("geonames_id", pa.int64()), ("latitude", pa.float64()), ("longitude", pa.float64()),
              ("country_iso3", pa.string()), ("feature_class", pa.string())]
PLACE = pa.struct(SPAN_FIELDS + [("normal", pa.string())] + GEO_FIELDS)
TITLE_SEEN = pa.struct([("title", pa.string()), ("lang", pa.string()), ("date", pa.date32()),
                        ("doc_id", pa.string())])
EVENT_DATE = pa.struct(SPAN_FIELDS + [("date_start", pa.date32()), ("date_end", pa.date32())])
TOPIC = pa.struct(SPAN_FIELDS + [("categories", pa.list_(pa.string()))])

SCHEMAS = {
    "documents": pa.schema([
        ("doc_id", pa.string()), ("source_path", pa.string()), ("sha256", pa.string()), ("encoding", pa.string()),
        ("script", pa.string()),
        ("article_id", pa.string()), ("url", pa.string()), ("outlet", pa.string()), ("metadata_sha256", pa.string()),
        ("lang", pa.string()), ("lang_confidence", pa.float32()), ("title", pa.string()),
        ("published_date", pa.date32()), ("published_date_text", pa.string()),
        ("published_date_source", pa.string()), ("text", pa.string()),
        ("paragraphs", pa.list_(PARAGRAPH)), ("offset_anchors", pa.list_(OFFSET_ANCHOR)),
        ("n_chars", pa.int32()), ("n_sentences", pa.int32()), ("n_mentions", pa.int32()),
        ("pipeline_version", pa.string()), ("processed_at", pa.timestamp("s", tz="UTC")),
    ]),
    "mentions": pa.schema([
        ("doc_id", pa.string()), ("mention_id", pa.string()), ("start", pa.int32()), ("end", pa.int32()),
        ("text", pa.string()), ("label", pa.string()), ("label_fine", pa.string()), ("normal", pa.string()),
        ("sentence_start", pa.int32()), ("sentence_end", pa.int32()), ("lang", pa.string()),
        ("source", pa.string()), ("actor_id", pa.string()),
    ]),
    "events": pa.schema([
        ("doc_id", pa.string()), ("event_id", pa.string()), ("event_type", pa.string()), ("status", pa.string()),
        ("background", pa.bool_()), ("plover_event", pa.string()), ("plover_mode", pa.string()), ("cameo_code", pa.string()),
        ("lang", pa.string()), ("trigger", SPAN), ("participants", pa.list_(PARTICIPANT)), ("location", PLACE),
        ("date", EVENT_DATE), ("topics", pa.list_(TOPIC)), ("evidence", pa.list_(SPAN)),
        ("confidence", pa.float32()), ("extractor_version", pa.string()), ("cluster_id", pa.string()),
    ]),
    # one row per argument; `role` is what the argument is to the event, `title` a participant's position
    "event_arguments": pa.schema([
        ("doc_id", pa.string()), ("event_id", pa.string()), ("role", pa.string()), ("text", pa.string()),
        ("normal", pa.string()), ("start", pa.int32()), ("end", pa.int32()), ("kind", pa.string()),
        ("side", pa.string()), ("affiliation", pa.string()), ("title", pa.string()), ("title_start", pa.int32()),
        ("title_end", pa.int32()), ("categories", pa.list_(pa.string())), ("date_start", pa.date32()),
        ("date_end", pa.date32()), ("igo_code", pa.string()), ("actor_id", pa.string()),
    ] + GEO_FIELDS),
    # across articles (pipeline/crossref.py): one row per actor, one per group of events telling one meeting
    "actors": pa.schema([
        ("actor_id", pa.string()), ("kind", pa.string()), ("name_ru", pa.string()), ("name_kk", pa.string()),
        ("country_iso3", pa.string()), ("igo_code", pa.string()), ("titles", pa.list_(TITLE_SEEN)),
        ("n_mentions", pa.int32()), ("n_events", pa.int32()), ("n_articles", pa.int32()),
    ]),
    "event_clusters": pa.schema([
        ("cluster_id", pa.string()), ("event_type", pa.string()), ("status", pa.string()),
        ("actor_ids", pa.list_(pa.string())), ("date_start", pa.date32()), ("date_end", pa.date32()),
        ("location", pa.string()), ("geonames_id", pa.int64()), ("n_events", pa.int32()),
        ("n_articles", pa.int32()), ("n_outlets", pa.int32()), ("first_seen", pa.date32()),
        ("last_seen", pa.date32()), ("languages", pa.list_(pa.string())), ("urls", pa.list_(pa.string())),
        ("event_ids", pa.list_(pa.string())),
    ]),
    "errors": pa.schema([
        ("path", pa.string()), ("stage", pa.string()), ("error", pa.string()),
        ("when", pa.timestamp("s", tz="UTC")),
    ]),
}


def document_rows(doc: Document, pipeline_version: str, processed_at: dt.datetime) -> dict[str, list[dict]]:
    """One document's rows for every table it contributes to."""
    return {
        "documents": [{
            "doc_id": doc.doc_id, "source_path": doc.source_path, "sha256": doc.sha256, "encoding": doc.encoding,
            "script": doc.script,
            "lang": doc.lang, "lang_confidence": doc.lang_confidence, "title": doc.title,
            "published_date": dt.date.fromisoformat(doc.published_date) if doc.published_date else None,
            "published_date_text": doc.published_date_text, "published_date_source": doc.published_date_source,
            "article_id": doc.article_id, "url": doc.url, "outlet": doc.outlet,
            "metadata_sha256": doc.metadata_sha256, "text": doc.text,
            "paragraphs": [vars(p) for p in doc.paragraphs],
            "offset_anchors": [vars(a) for a in doc.offset_anchors],
            "n_chars": len(doc.text), "n_sentences": len(doc.sentences), "n_mentions": len(doc.mentions),
            "pipeline_version": pipeline_version, "processed_at": processed_at,
        }],
        "mentions": [
            {"doc_id": doc.doc_id, "mention_id": f"{doc.doc_id}:m{n}", **{
                key: getattr(m, key) for key in ("start", "end", "text", "label", "label_fine", "normal",
                                                 "sentence_start", "sentence_end", "lang", "source",
                                                 "actor_id")}}
            for n, m in enumerate(doc.mentions)
        ],
        "events": event_rows(doc),
        "event_arguments": argument_rows(doc),
    }


def read_table(out_dir: Path, name: str) -> pa.Table:
    """The current table, or an empty one with its schema."""
    path = Path(out_dir) / f"{name}.parquet"
    if not path.exists():
        return SCHEMAS[name].empty_table()
    table = pq.read_table(path)
    for field in SCHEMAS[name]:  # written by an older schema version: its new columns are null
        if field.name not in table.column_names:
            table = table.append_column(field, pa.nulls(len(table), field.type))
    return table.select(SCHEMAS[name].names)


def to_table(name: str, rows: list[dict]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=SCHEMAS[name])


def recover(out_dir: Path) -> None:
    """Finish a commit that was interrupted while moving files; drop a staging folder that never completed."""
    staging = Path(out_dir) / STAGING
    if not staging.exists():
        return
    if (staging / COMPLETE).exists():
        for path in staging.glob("*.parquet"):
            os.replace(path, Path(out_dir) / path.name)
    shutil.rmtree(staging)


def write_tables(out_dir: Path, tables: dict[str, pa.Table], pipeline_version: str) -> None:
    """Write all tables at once (see the module docstring for why this is safe to interrupt)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    recover(out_dir)
    staging = out_dir / STAGING
    staging.mkdir()
    for name, table in tables.items():
        metadata = {b"dipevents.schema_version": SCHEMA_VERSION.encode(),
                    b"dipevents.pipeline_version": pipeline_version.encode()}
        table = table.cast(SCHEMAS[name]).replace_schema_metadata({**(table.schema.metadata or {}), **metadata})
        with open(staging / f"{name}.parquet", "wb") as handle:
            pq.write_table(table, handle)
            handle.flush()
            os.fsync(handle.fileno())
    (staging / COMPLETE).write_text(dt.datetime.now(dt.timezone.utc).isoformat())
    recover(out_dir)
