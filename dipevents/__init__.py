"""The Python API of dipevents: one import path for what the command line does.

    from dipevents import extract_text, extract, load, tables

    doc = extract_text("Министр иностранных дел Казахстана Мурат Нуртлеу встретился в Астане с ...", lang="ru")
    [(m.text, m.label, m.normal) for m in doc.mentions]       # Mention records: the rows of the mentions table
    [(e.event_type, e.status, [p.normal for p in e.participants]) for e in doc.events]   # rows of the events table
    tables(doc)["event_arguments"]                           # the same rows as DataFrames, as `load` gives them

    summary = extract(["articles/"], "outputs/")             # `python -m pipeline extract articles --out outputs`
    frames = load("outputs/")                                # {"documents": DataFrame, "mentions": ..., ...}

Every offset is a character offset (a Python `str` index) into the document's stored text, so
`doc.text[m.start:m.end] == m.text` for every mention, and `documents.text[start:end] == text` for every row.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from functools import lru_cache
from os import PathLike
from pathlib import Path

import pandas as pd
import pyarrow as pa

from pipeline import write
from pipeline.document import Document, Mention
from pipeline.event.model import Event
from pipeline.extract import FileError, InputError, RunSummary
from pipeline.extract import extract as _extract
from pipeline.ingest import IngestError, declare_language, ingest_text
from pipeline.metadata import ArticleMetadata, published_date
from pipeline.run import PIPELINE_VERSION, Processor, StageError, load_config

__all__ = ["Document", "Event", "FileError", "InputError", "Mention", "RunSummary", "StageError", "extract",
           "extract_text", "load", "tables"]

TEXT_SOURCE = "<text>"  # documents.source_path of a text given to `extract_text` without a url


@lru_cache(maxsize=1)
def _processor() -> Processor:
    """The configured pipeline, built on first use (the models take a few seconds to load) and kept."""
    return Processor.build()


def extract_text(text: str, *, lang: str | None = None, published: str | dt.date | None = None,
                 url: str | None = None) -> Document:
    """Run the whole pipeline on one article given as a string and return its `Document`.

    `text`: the article, one paragraph per line, as a `.txt` file would hold it (line endings and Unicode are
    normalised as for files, so offsets are into `doc.text`, which may differ from `text` only there).
    `lang`: `ru` or `kk` to skip language identification and analyse every paragraph in that language; None
    identifies it per paragraph as for files (a paragraph in another language is not analysed).
    `published`: the publication date, read as a sidecar's `published` is (`YYYY-MM-DD`, an ISO date and time, a
    whole date as sources write it, `13.03.2025`, `13 марта 2025 г.`, or a `datetime.date`): relative dates and
    dates without a year in the text are read from it. `url`: kept as `doc.url` and used as
    `doc.source_path` (else `<text>`).

    Returns the Document with `mentions` (`pipeline.document.Mention`: start, end, text, label, label_fine,
    normal, sentence_start, sentence_end, lang, source) and `events` (`pipeline.event.model.Event`: event_type,
    status, trigger, participants, location, date, topics, evidence, codes): the records that become the rows
    of the mentions and events tables (`tables(doc)` gives those rows).

    Raises ValueError for an unknown `lang`, a `published` that is not a date, or a blank text; StageError
    (its `stage` names where) when a stage fails. The models load on the first call (about 5 s).
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    analysed = tuple(load_config()["analysis"])
    if lang is not None and lang not in analysed:
        raise ValueError(f"lang must be one of {', '.join(analysed)} or None (identify it), not {lang!r}")
    metadata = ArticleMetadata(url=url, published=_published(published))
    raw = text.encode("utf-8")
    try:
        doc = ingest_text(text, metadata, source_path=url or TEXT_SOURCE, sha256=hashlib.sha256(raw).hexdigest())
    except IngestError:
        raise ValueError("text is blank: nothing to extract") from None
    if lang is None:
        return _processor().process(doc)
    return _processor().process(declare_language(doc, lang), skip=("language",))


def _published(published: str | dt.date | None) -> str | None:
    if published is None or published == "":
        return None
    try:
        return published_date(published)  # as a sidecar's `published` is read
    except (TypeError, ValueError):
        raise ValueError(f"published must be a date (YYYY-MM-DD, a date as sources write it such as 13.03.2025, "
                         f"or a datetime.date), not {published!r}") from None


def extract(paths: str | PathLike | Iterable[str | PathLike], out: str | PathLike, *, force: bool = False,
            jobs: int = 1) -> RunSummary:
    """Process the articles in `paths` (`.txt` files, and JSON Lines, CSV and Parquet files of articles; folders,
    searched recursively, or files; one path or several) into the dataset in `out`, exactly as
    `python -m pipeline extract PATHS --out OUT`: only new or changed articles unless `force`, in `jobs` worker
    processes, written atomically.

    Returns a RunSummary: `found`, `unchanged`, `processed` (the paths, `path:row` for a row, whose rows this run
    committed), `errors` (FileError: path, row, stage, error, for articles that failed; the run goes on without
    them), `duplicates`, `removed`, counts by language, label and event type, and `totals` ({table name: rows} of
    the committed version `version`; `load(out)` reads it). Raises InputError (a missing folder, no articles),
    pipeline.write.DatasetError (the output folder cannot be used) and ValueError for `jobs` < 1.
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    inputs = [Path(paths)] if isinstance(paths, (str, PathLike)) else [Path(path) for path in paths]
    return _extract(inputs, Path(out), force=force, jobs=jobs)


def load(out: str | PathLike) -> dict[str, pd.DataFrame]:
    """The dataset in `out` as {table name: DataFrame} for every table (documents, mentions, events,
    event_arguments, errors, actors, event_clusters; columns as in the README's tables).

    Offsets and counts are integers: `pandas.Int32Dtype` columns (nullable, so `event_arguments.title_start`
    stays an int where it is set), and nested columns hold plain Python values (`events.participants` is a
    list of dicts whose `start`, `end` and `role["start"]` are ints; a missing struct is None). Dates are `datetime.date`, timestamps are UTC. A table written by an older schema version
    gets its newer columns as nulls. Raises FileNotFoundError when `out` holds no dataset.
    """
    out = Path(out)
    if not write.has_table(out, "documents"):
        raise FileNotFoundError(write.no_dataset(out))
    return {name: _frame(write.read_table(out, name)) for name in write.SCHEMAS}


def tables(doc: Document) -> dict[str, pd.DataFrame]:
    """One Document's rows as `load` would give them from a dataset holding only it: {table name: DataFrame}
    for documents, mentions, events and event_arguments (mention_id `<doc_id>:m<n>`, event_id `<doc_id>:e<n>`)."""
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    rows = write.document_rows(doc, PIPELINE_VERSION, now)
    return {name: _frame(write.to_table(name, table_rows)) for name, table_rows in rows.items()}


def _frame(table: pa.Table) -> pd.DataFrame:
    # int32 columns with a null (a participant without a title) would become floats: keep them integers
    frame = table.to_pandas(types_mapper={pa.int32(): pd.Int32Dtype()}.get)
    for field in table.schema:
        if pa.types.is_nested(field.type):  # pandas turns a null-able int inside a struct into a float: not here
            frame[field.name] = pd.Series(table.column(field.name).to_pylist(), index=frame.index, dtype=object)
    return frame
