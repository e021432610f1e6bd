"""Last stage, write: Documents become rows of Parquet tables with explicit, versioned schemas, committed to a
dataset folder in batches, all tables at once.

Layout of a dataset folder `OUT` (schema version 6; the Dask/DuckDB way: a dataset is files plus a commit):

    OUT/current -> versions/000007      the committed version: a symbolic link, switched by one atomic rename
    OUT/versions/000007/_manifest.json  its tables, each table's part files and row counts, the batches
    OUT/versions/000007/documents/part-<batch>.parquet   (mentions/, events/, event_arguments/, errors/ alike)
    OUT/versions/000007/actors/part-<key>.parquet        (event_clusters/ alike: DERIVED, parts by a key of rows)
    OUT/versions/000007/_unlinked/part-<id>.parquet      doc_ids added or dropped, not yet linked across articles
    OUT/.lock                           held (flock) by the run writing to OUT

A batch is the rows of some documents in every table, one part file per table with the same name. A commit
writes the new batch's parts into a fresh version folder beside hard links to the previous version's parts it
keeps (a part is never changed once written, so a link costs no copy), writes the manifest, fsyncs, renames the
folder into place and then switches `current` to it with `os.replace`: readers see the whole previous version or
the whole new one, never a mix, and a kill at any moment leaves `current` on a complete version. Leftovers of a
killed commit (unfinished folders, versions never switched to) are removed by the next writer under the lock.
The version before `current` is kept so that a reader that resolved `current` just before a commit can finish;
older ones are deleted. A plain glob over `OUT/current/<table>/*.parquet` is exactly the committed version.

Delta Lake (the `deltalake` package) was the other candidate; it commits one table per transaction (one
`_delta_log` per table), so five tables cannot change in one commit, and a plain glob over a Delta table also
reads the files that later commits removed. Hence our own manifest.
"""
from __future__ import annotations

import datetime as dt
import errno
import fcntl
import json
import os
import shutil
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .document import Document
from .event.rows import event_tables

SCHEMA_VERSION = "7"  # 2: events and event_arguments tables; 3: events.background, statuses cancelled/postponed,
# article metadata from sidecars (documents.article_id, url, outlet, published_date_source, metadata_sha256);
# 4: country codes, actor ids, geocoded locations, events.cluster_id, the actors and event_clusters tables;
# 5: a folder of part files per table under versions/, `current` and a manifest (same columns as 4);
# 6: articles from rows of JSON Lines, CSV and Parquet files: documents.source_row, errors.row
# 7: mentions.article_actor_id and participants' article_actor_id (the id before merging across articles),
# actors and event_clusters in several parts
CURRENT = "current"
VERSIONS = "versions"
MANIFEST = "_manifest.json"
LOCK = ".lock"
LEGACY_STAGING = ".staging"  # schema version 4 and before: one file per table at the top of OUT
LEGACY_COMPLETE = "COMPLETE"
# tables of the whole dataset (pipeline/crossref.py), updated after a run's batches: parts named by a key of their
# rows (crossref.part_key), a run rewriting only the parts whose rows it changes
DERIVED = ("actors", "event_clusters")
LEGACY_DERIVED_PART = "part-dataset.parquet"  # schema version 5: one part per derived table
UNLINKED = "_unlinked"  # per version: parts listing the doc_ids added or dropped since the step across articles

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
    ("article_actor_id", pa.string()),
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
        ("doc_id", pa.string()), ("source_path", pa.string()), ("source_row", pa.int32()), ("sha256", pa.string()),
        ("encoding", pa.string()),
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
        ("source", pa.string()), ("actor_id", pa.string()), ("article_actor_id", pa.string()),
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
        ("path", pa.string()), ("row", pa.int32()), ("stage", pa.string()), ("error", pa.string()),
        ("when", pa.timestamp("s", tz="UTC")),
    ]),
}
BATCHED = tuple(name for name in SCHEMAS if name not in DERIVED)  # rows of one document (or file) each


def document_rows(doc: Document, pipeline_version: str, processed_at: dt.datetime) -> dict[str, list[dict]]:
    """One document's rows for every table it contributes to. `article_actor_id` keeps the id the article alone
    gives (the link stage's); `actor_id` becomes the id merged across articles when the dataset is linked."""
    tables = event_tables(doc)
    events = tables["events"]
    for event in events:
        for person in event["participants"] or ():
            person["article_actor_id"] = person["actor_id"]
    return {
        "documents": [{
            "doc_id": doc.doc_id, "source_path": doc.source_path, "source_row": doc.source_row, "sha256": doc.sha256,
            "encoding": doc.encoding,
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
                                                 "actor_id")}, "article_actor_id": m.actor_id}
            for n, m in enumerate(doc.mentions)
        ],
        "events": events,
        "event_arguments": _coded(tables["event_arguments"], events),
    }


def _coded(arguments: list[dict], events: list[dict]) -> list[dict]:
    """The flat rows with what the nested ones carry: a participant's codes and actor id, a place's geocode."""
    by_span = {}
    for event in events:
        for person in event["participants"] or ():
            by_span[(event["event_id"], "participant", person["start"], person["end"])] = person
        if event["location"]:
            by_span[(event["event_id"], "location", event["location"]["start"], event["location"]["end"])] = \
                event["location"]
    for row in arguments:
        found = by_span.get((row["event_id"], row["role"], row["start"], row["end"]))
        for key in ("country_iso3", "igo_code", "actor_id", "geonames_id", "latitude", "longitude",
                    "feature_class"):
            row[key] = found.get(key) if found else None
    return arguments


class DatasetError(Exception):
    """The output folder cannot be used (not a folder, not writable, locked, disk full): one line for the user."""


def read_table(out_dir: Path, name: str, columns: list[str] | None = None) -> pa.Table:
    """The committed version of one table (every part the manifest lists), or an empty table with its schema;
    only `columns` where given (the documents' text need not be read to know their dates). Reads datasets of
    schema version 3 and before (one `NAME.parquet` per table) too; columns added since a part was written are
    null."""
    out_dir = Path(out_dir)
    for attempt in range(3):
        version = committed_version(out_dir)
        if version is None:
            break
        folder = out_dir / VERSIONS / version.folder
        try:
            files = version.parts.get(name, []) if name in DERIVED else \
                [f"part-{batch}.parquet" for batch in version.batches]
            parts = [_conform(_read_part(folder / name / file, name, columns), name, columns) for file in files]
        except FileNotFoundError:  # two commits came while reading: the version was pruned; read the new one
            continue
        return pa.concat_tables(parts) if parts else _schema(name, columns).empty_table()
    legacy = out_dir / f"{name}.parquet"
    if legacy.exists():
        return _conform(_read_part(legacy, name, columns), name, columns)
    return _schema(name, columns).empty_table()


def read_part(path: Path, name: str) -> pa.Table:
    """One part file of table `name`, with the table's schema (columns added since it was written are null)."""
    return _conform(pq.read_table(path), name)


def _schema(name: str, columns: list[str] | None) -> pa.Schema:
    schema = SCHEMAS[name]
    return pa.schema([schema.field(column) for column in columns]) if columns else schema


def _read_part(path: Path, name: str, columns: list[str] | None) -> pa.Table:
    """A part file, only the `columns` it has of those asked for (a part of an older schema may lack some)."""
    if not columns:
        return pq.read_table(path)
    present = set(pq.read_schema(path).names)
    return pq.read_table(path, columns=[column for column in columns if column in present])


def has_table(out_dir: Path, name: str) -> bool:
    """Whether the dataset in out_dir has this table (a dataset written before the table existed has not)."""
    out_dir = Path(out_dir)
    version = committed_version(out_dir)
    return name in version.rows if version is not None else (out_dir / f"{name}.parquet").exists()


def no_dataset(out_dir: Path) -> str:
    """Why out_dir is no dataset, in one line for the user: a version inside one (`OUT/current`, where README's
    pandas and DuckDB examples read its tables, or `OUT/versions/000007`) names the dataset folder to pass."""
    out_dir = Path(out_dir)
    if (out_dir / MANIFEST).exists():
        dataset = out_dir.parent if out_dir.name == CURRENT else out_dir.parent.parent
        return f"{out_dir} is one version of the dataset in {dataset}: pass {dataset}"
    return f"no dataset in {out_dir}: run extract first"


def _conform(table: pa.Table, name: str, columns: list[str] | None = None) -> pa.Table:
    schema = _schema(name, columns)
    for column in schema:  # written by an older schema version: its new columns are null
        if column.name not in table.column_names:
            table = table.append_column(column, pa.nulls(len(table), column.type))
    return table.select(schema.names).cast(schema)


def to_table(name: str, rows: list[dict]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=SCHEMAS[name])


@dataclass
class Version:
    """One committed version: its folder under versions/, its batches ({batch id: documents in it}), the rows of
    each table, the part files of each DERIVED table, and the parts under UNLINKED (empty once the step across
    articles has linked every document: pipeline/crossref.py)."""
    number: int
    batches: dict[str, int] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)
    parts: dict[str, list[str]] = field(default_factory=dict)
    unlinked: list[str] = field(default_factory=list)

    @property
    def folder(self) -> str:
        return f"{self.number:06d}"


def committed_version(out_dir: Path) -> Version | None:
    """The version `OUT/current` points to, read from its manifest (None when OUT has no versioned dataset)."""
    link = Path(out_dir) / CURRENT
    for attempt in range(3):
        try:
            folder = os.readlink(link)
        except OSError:
            return None
        try:
            manifest = json.loads((Path(out_dir) / folder / MANIFEST).read_text(encoding="utf-8"))
            break
        except FileNotFoundError:  # pruned by two commits since the link was read
            continue
    else:
        raise FileNotFoundError(f"{link}: the version it names keeps disappearing")
    return Version(number=manifest["version"], batches=dict(manifest["batches"]),
                   rows={name: table["rows"] for name, table in manifest["tables"].items()},
                   parts={name: [part.partition("/")[2] for part in manifest["tables"][name]["parts"]]
                          for name in DERIVED if name in manifest["tables"]},
                   unlinked=list(manifest.get("unlinked", [])))


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_part(path: Path, tables: Iterable[pa.Table], name: str, pipeline_version: str) -> int:
    """One part file from the tables in turn (one row group each, so only one is in memory), fsynced; its rows."""
    metadata = {b"dipevents.schema_version": SCHEMA_VERSION.encode(),
                b"dipevents.pipeline_version": pipeline_version.encode()}
    schema = SCHEMAS[name].with_metadata(metadata)
    rows = 0
    with open(path, "wb") as handle:
        with pq.ParquetWriter(handle, schema) as writer:
            for table in tables:
                if table.num_rows:
                    writer.write_table(table.cast(SCHEMAS[name]).replace_schema_metadata(metadata))
                    rows += table.num_rows
        handle.flush()
        os.fsync(handle.fileno())
    return rows


def new_batch_id() -> str:
    """Sortable by creation time, unique across processes and machines."""
    return f"{time.time_ns():020d}-{uuid.uuid4().hex[:8]}"


class DatasetWriter:
    """An output folder opened for writing: holds its lock, knows the committed version and which batch holds
    each document and each error, and commits batches (`commit`, which also merges small ones).

    DatasetError (one line) when OUT is not a usable folder or another run holds the lock (with `wait`, it
    waits instead, telling `waiting(line)` first). Use as a context manager; the lock goes with the process, so a killed run never leaves OUT locked."""

    INDEX_COLUMNS = ["doc_id", "source_path", "source_row", "sha256", "metadata_sha256", "pipeline_version"]

    def __init__(self, out_dir: Path, pipeline_version: str, *, wait: bool = False,
                 waiting: Callable[[str], None] | None = None):
        self.out_dir = Path(out_dir)
        self.pipeline_version = pipeline_version
        self._lock = _open_locked(self.out_dir, wait, waiting)
        try:
            self._recover()
            self.version = committed_version(self.out_dir)
            if self.version is None:
                self.version = self._migrate_legacy()
        except BaseException:
            self.close()
            raise
        self.documents, self.errors = self._read_index()

    def __enter__(self) -> "DatasetWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self._lock is not None:
            self._lock.close()  # closing the descriptor releases the flock
            self._lock = None

    # -- reading what is committed -----------------------------------------------------------------
    def _folder(self, version: Version | None = None) -> Path:
        return self.out_dir / VERSIONS / (version or self.version).folder

    def _read_index(self) -> tuple[pa.Table, pa.Table]:
        """(documents' identity columns + batch, errors' path + batch): small columns only, never the text."""
        documents, errors = [], []
        for batch in self.version.batches:
            path = self._folder() / "documents" / f"part-{batch}.parquet"
            part = _conform(_read_part(path, "documents", self.INDEX_COLUMNS), "documents", self.INDEX_COLUMNS)
            documents.append(part.append_column("batch", pa.array([batch] * len(part), pa.string())))
            part = pq.read_table(self._folder() / "errors" / f"part-{batch}.parquet", columns=["path"])
            errors.append(part.append_column("batch", pa.array([batch] * len(part), pa.string())))
        batch = [("batch", pa.string())]
        empty_docs = pa.schema([SCHEMAS["documents"].field(c) for c in self.INDEX_COLUMNS] + batch).empty_table()
        empty_errors = pa.schema([("path", pa.string())] + batch).empty_table()
        return (pa.concat_tables(documents) if documents else empty_docs,
                pa.concat_tables(errors) if errors else empty_errors)

    # -- committing ----------------------------------------------------------------------------------
    def commit(self, rows: dict[str, pa.Table] | None = None, *, drop_doc_ids=(), drop_error_paths=(),
               merge_batches=(), rewrite: dict[str, Callable[[pa.Table, str], pa.Table | None]] | None = None,
               rewrite_batches: Iterable[str] = (), derived: dict[str, dict[str, pa.Table | None]] | None = None,
               linked: bool = False) -> Version:
        """Commit a new version: the previous one, less the rows of `drop_doc_ids` (all tables) and the error
        rows of `drop_error_paths`, with the batches in `merge_batches` rewritten as one, plus `rows` (a table
        per name, any missing name empty) as a new batch. Parts touched by a drop are rewritten filtered; every
        other part is linked, not copied, so a commit writes in proportion to what changed. The parts of the
        batches in `rewrite_batches` are read and given to `rewrite[name](part, batch)`, which may give another
        table (None: the part stays as it is; no other part is read). `derived[name]` is {part file name: its
        new rows, or None (or no rows) to remove it} for a DERIVED table; its other parts are kept.

        The doc_ids of added and dropped documents are listed under UNLINKED until a commit with `linked`
        (the step across articles, which has linked them) clears the list.

        DatasetError (one line) on a write failure (disk full, read-only); the committed version is then
        unchanged and nothing of the failed commit is left behind."""
        drop_doc_ids = pa.array(sorted(set(drop_doc_ids)), pa.string())
        drop_error_paths = pa.array(sorted(set(drop_error_paths)), pa.string())
        touched = set(pc.filter(self.documents["batch"], pc.is_in(self.documents["doc_id"], drop_doc_ids)).to_pylist())
        touched |= set(pc.filter(self.errors["batch"], pc.is_in(self.errors["path"], drop_error_paths)).to_pylist())
        touched |= set(merge_batches)
        rewrite_batches = set(rewrite_batches)
        new = Version(number=self.version.number + 1)
        tmp = self.out_dir / VERSIONS / f".tmp-{new.folder}-{os.getpid()}"
        try:
            for name in (*SCHEMAS, UNLINKED):
                (tmp / name).mkdir(parents=True)
            for batch, count in self.version.batches.items():  # untouched parts: linked (or rewritten)
                if batch in touched:
                    continue
                for name in BATCHED:
                    source, target = self._folder() / name / f"part-{batch}.parquet", tmp / name / f"part-{batch}.parquet"
                    change = (rewrite or {}).get(name) if batch in rewrite_batches else None
                    changed = change(_conform(pq.read_table(source), name), batch) if change else None
                    if changed is None:
                        _link_or_copy(source, target)
                    else:
                        _write_part(target, [changed], name, self.pipeline_version)
                new.batches[batch] = count
            for name in DERIVED:
                given = (derived or {}).get(name, {})
                for part in self.version.parts.get(name, []):
                    if part not in given:
                        _link_or_copy(self._folder() / name / part, tmp / name / part)
                for part, table in given.items():
                    if table is not None and table.num_rows:
                        _write_part(tmp / name / part, [table], name, self.pipeline_version)
            if not linked:  # what the step across articles has still to link: the previous list and this commit's
                for part in self.version.unlinked:
                    _link_or_copy(self._folder() / UNLINKED / part, tmp / UNLINKED / part)
                changed_docs = sorted(set(drop_doc_ids.to_pylist()) | set(
                    rows["documents"]["doc_id"].to_pylist() if rows and "documents" in rows else ()))
                if changed_docs:
                    with open(tmp / UNLINKED / f"part-{new_batch_id()}.parquet", "wb") as handle:
                        pq.write_table(pa.table({"doc_id": pa.array(changed_docs, pa.string())}), handle)
                        handle.flush()
                        os.fsync(handle.fileno())
            new.unlinked = sorted(path.name for path in (tmp / UNLINKED).iterdir())
            # touched batches are rewritten, filtered, as one batch with the new rows, one part at a time
            batch = new_batch_id()

            def pieces(name: str) -> Iterator[pa.Table]:
                key, drop = ("path", drop_error_paths) if name == "errors" else ("doc_id", drop_doc_ids)
                for old in sorted(touched):
                    table = _conform(pq.read_table(self._folder() / name / f"part-{old}.parquet"), name)
                    yield table.filter(pc.invert(pc.is_in(table[key], drop)))
                if rows and name in rows:
                    yield rows[name]

            written = {name: _write_part(tmp / name / f"part-{batch}.parquet", pieces(name), name,
                                         self.pipeline_version) for name in BATCHED}
            if any(written.values()):
                new.batches[batch] = written["documents"]
            else:  # everything it held was dropped: no batch
                for name in BATCHED:
                    (tmp / name / f"part-{batch}.parquet").unlink()
                batch = None
            parts = {name: [tmp / name / f"part-{b}.parquet" for b in new.batches] for name in BATCHED}
            parts.update({name: sorted((tmp / name).iterdir()) for name in DERIVED})
            new.parts = {name: [path.name for path in parts[name]] for name in DERIVED}
            for name in SCHEMAS:
                new.rows[name] = sum(pq.ParquetFile(path).metadata.num_rows for path in parts[name])
                _fsync_dir(tmp / name)
            _fsync_dir(tmp / UNLINKED)
            manifest = {
                "version": new.number, "schema_version": SCHEMA_VERSION, "pipeline_version": self.pipeline_version,
                "committed_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                "batches": new.batches,
                "tables": {name: {"rows": new.rows[name], "parts": [f"{name}/{path.name}" for path in parts[name]]}
                           for name in SCHEMAS},
                "unlinked": new.unlinked,
            }
            with open(tmp / MANIFEST, "w", encoding="utf-8") as handle:
                json.dump(manifest, handle, indent=1)
                handle.flush()
                os.fsync(handle.fileno())
            _fsync_dir(tmp)
            os.rename(tmp, self._folder(new))
            _fsync_dir(self.out_dir / VERSIONS)
            link = self.out_dir / f".{CURRENT}.{os.getpid()}"
            if link.is_symlink():
                link.unlink()
            os.symlink(Path(VERSIONS) / new.folder, link)
            os.replace(link, self.out_dir / CURRENT)  # the commit
            _fsync_dir(self.out_dir)
        except OSError as error:
            shutil.rmtree(tmp, ignore_errors=True)
            shutil.rmtree(self._folder(new), ignore_errors=True)
            raise DatasetError(f"cannot write to {self.out_dir}: {error.strerror or error}; the committed "
                               f"dataset (version {self.version.number}) is unchanged") from None
        previous, self.version = self.version, new
        self._prune(keep={previous.folder, new.folder})
        self._update_index(batch, touched, rows, drop_doc_ids, drop_error_paths)
        return new

    def _update_index(self, batch: str | None, touched: set[str], rows, drop_doc_ids: pa.Array,
                      drop_error_paths: pa.Array) -> None:
        """Follow the commit in the small in-memory index: dropped rows out, rewritten batches renamed."""
        documents = self.documents.filter(pc.invert(pc.is_in(self.documents["doc_id"], drop_doc_ids)))
        errors = self.errors.filter(pc.invert(pc.is_in(self.errors["path"], drop_error_paths)))
        if batch is not None:
            moved = pa.array(sorted(touched), pa.string())
            documents = _rebatch(documents, moved, batch)
            errors = _rebatch(errors, moved, batch)
            if rows and "documents" in rows:
                new_docs = rows["documents"].select(self.INDEX_COLUMNS)
                documents = pa.concat_tables([documents, new_docs.append_column(
                    "batch", pa.array([batch] * len(new_docs), pa.string()))])
            if rows and "errors" in rows:
                new_errors = rows["errors"].select(["path"])
                errors = pa.concat_tables([errors, new_errors.append_column(
                    "batch", pa.array([batch] * len(new_errors), pa.string()))])
        self.documents, self.errors = documents, errors

    def unlinked_doc_ids(self) -> pa.Array:
        """The doc_ids added or dropped since the step across articles last linked the dataset, each once (an
        Arrow array of strings: a first run lists every document)."""
        parts = [pq.read_table(self._folder() / UNLINKED / part)["doc_id"] for part in self.version.unlinked]
        return pc.unique(pa.chunked_array([chunk for part in parts for chunk in part.chunks], pa.string()))

    def small_batches(self, below: int) -> list[str]:
        """Batches holding fewer than `below` documents: what compaction merges (`commit(merge_batches=…)`)."""
        return [batch for batch, count in self.version.batches.items() if count < below]

    # -- housekeeping (under the lock) ---------------------------------------------------------------
    def _recover(self) -> None:
        """Remove what a killed writer left: unfinished version folders, versions never switched to, temporary
        links. `current` itself is never touched: it always names a complete version."""
        versions = self.out_dir / VERSIONS
        if versions.exists():
            current = committed_version(self.out_dir)
            for path in versions.iterdir():
                never_switched = path.name.isdigit() and (current is None or int(path.name) > current.number)
                if path.name.startswith(".tmp-") or never_switched:
                    shutil.rmtree(path, ignore_errors=True)
        for path in self.out_dir.glob(f".{CURRENT}.*"):
            path.unlink(missing_ok=True)

    def _prune(self, keep: set[str]) -> None:
        for path in (self.out_dir / VERSIONS).iterdir():
            if path.name.isdigit() and path.name not in keep:
                shutil.rmtree(path, ignore_errors=True)

    def _migrate_legacy(self) -> Version:
        """A dataset of schema version 3 or before (one file per table at the top of OUT) becomes version 1 of the
        versioned layout, and its files are removed once that is committed. An empty OUT gives version 0."""
        staging = self.out_dir / LEGACY_STAGING
        if staging.exists():  # a version-3 commit interrupted while moving files: roll it forward
            if (staging / LEGACY_COMPLETE).exists():
                for path in staging.glob("*.parquet"):
                    os.replace(path, self.out_dir / path.name)
            shutil.rmtree(staging)
        self.version = Version(number=0)
        legacy = [self.out_dir / f"{name}.parquet" for name in SCHEMAS]
        if not any(path.exists() for path in legacy):
            return self.version
        self.documents, self.errors = self._read_index()
        # every document is committed unlinked: the step across articles builds the derived tables anew
        self.commit({name: read_table(self.out_dir, name) for name in BATCHED})
        for path in legacy:
            path.unlink(missing_ok=True)
        return self.version


def _rebatch(index: pa.Table, moved: pa.Array, batch: str) -> pa.Table:
    in_moved = pc.is_in(index["batch"], moved)
    batches = pc.if_else(in_moved, pa.scalar(batch, pa.string()), index["batch"])
    return index.set_column(index.schema.get_field_index("batch"), "batch", batches)


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError as error:
        if error.errno not in (errno.EXDEV, errno.EPERM, errno.EMLINK, errno.ENOTSUP, errno.EOPNOTSUPP):
            raise
        shutil.copyfile(source, target)  # a file system without hard links


def _open_locked(out_dir: Path, wait: bool, waiting: Callable[[str], None] | None):
    """The open lock file of out_dir, exclusively flock-ed; DatasetError for an unusable OUT or a held lock."""
    if out_dir.exists() and not out_dir.is_dir():
        raise DatasetError(f"--out {out_dir} is a file, not a folder")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        handle = open(out_dir / LOCK, "a+", encoding="utf-8")
    except OSError as error:
        raise DatasetError(f"cannot write to --out {out_dir}: {error.strerror or error}") from None
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.seek(0)
        holder = handle.read().strip() or "another process"
        if not wait:
            handle.close()
            raise DatasetError(f"{out_dir} is being written by another run ({holder}); wait for it to finish "
                               f"or pass --wait") from None
        if waiting:
            waiting(f"{out_dir} is being written by another run ({holder}); waiting for it to finish")
        fcntl.flock(handle, fcntl.LOCK_EX)
    handle.seek(0)
    handle.truncate()
    handle.write(f"pid {os.getpid()} since {dt.datetime.now(dt.timezone.utc).isoformat(timespec='seconds')}\n")
    handle.flush()
    return handle
