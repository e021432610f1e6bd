"""A run over a folder: find the articles that are new or changed (by content hash), process them (in worker
processes with `jobs` > 1), and merge their rows into the dataset in `out_dir`, replacing a changed file's
old rows and keeping every other row. A file that fails is reported, and its earlier rows are kept."""
from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from . import crossref, write
from .metadata import sidecar_path
from .document import Document
from .run import PIPELINE_VERSION, Processor, StageError


class InputError(Exception):
    """The input cannot be read at all (missing folder, no articles): one line for the user."""


@dataclass
class FileError:
    path: str
    stage: str
    error: str


@dataclass
class RunSummary:
    found: int = 0
    unchanged: int = 0
    documents: list[Document] = field(default_factory=list)
    errors: list[FileError] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (path, path of the same text)
    dataset: dict[str, pa.Table] = field(default_factory=dict)


def find_articles(inputs: list[Path]) -> list[Path]:
    """`.txt` files under the given folders (recursively, skipping hidden folders) or the files themselves, as
    absolute paths: one file is one `source_path` however the folder was named (relative, absolute, `..`)."""
    found = []
    for path in inputs:
        path = Path(path)
        if path.is_file():
            found.append(path)
        elif path.is_dir():
            found.extend(p for p in sorted(path.rglob("*.txt"))
                         if not any(part.startswith(".") for part in p.relative_to(path).parts))
        else:
            raise InputError(f"no such file or folder: {path}")
    if not found:
        raise InputError(f"no .txt articles in {', '.join(str(p) for p in inputs)}")
    return [Path(_absolute(path)) for path in found]


def file_sha256(path: Path) -> str | None:
    """sha256 of a file's bytes, or None when it is missing or unreadable (the processor reports why)."""
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


_processor: Processor | None = None


def _init_worker(backend: str | None) -> None:
    global _processor
    _processor = Processor.build(backend)


def _process(path: str) -> Document | FileError:
    try:
        return _processor(Path(path))
    except StageError as error:
        return FileError(path, error.stage, str(error))


def _results(paths: list[str], jobs: int, backend: str | None) -> Iterator[Document | FileError]:
    if jobs <= 1 or len(paths) <= 1:
        _init_worker(backend)
        yield from map(_process, paths)
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(backend,)) as pool:
        yield from pool.map(_process, paths, chunksize=1)


def extract(inputs: list[Path], out_dir: Path, *, force: bool = False, jobs: int = 1, backend: str | None = None,
            progress: Callable[[int], Callable[[], None]] | None = None) -> RunSummary:
    """Process new and changed articles from `inputs` into the dataset in `out_dir`.

    `progress(total)` may return a callback that is called once per processed file."""
    articles = find_articles(inputs)
    write.recover(out_dir)
    previous = {name: write.read_table(out_dir, name) for name in write.SCHEMAS}
    columns = ["source_path", "sha256", "metadata_sha256", "pipeline_version"]
    known = {(_absolute(row["source_path"]), row["sha256"], row["metadata_sha256"], row["pipeline_version"])
             for row in previous["documents"].select(columns).to_pylist()}
    summary = RunSummary(found=len(articles))
    todo = []
    for path in articles:
        if not force and (str(path), file_sha256(path), file_sha256(sidecar_path(path)),
                          PIPELINE_VERSION) in known:
            summary.unchanged += 1
        else:
            todo.append(str(path))
    if not todo:
        summary.dataset = previous
        return summary
    tick = progress(len(todo)) if progress else None
    for result in _results(todo, jobs, backend):
        if isinstance(result, FileError):
            summary.errors.append(result)
        else:
            summary.documents.append(result)
        if tick:
            tick()
    summary.dataset = _merge(previous, summary, todo)
    write.write_tables(out_dir, summary.dataset, PIPELINE_VERSION)
    return summary


def _absolute(path) -> str:
    """The path made absolute and `..`-free (symbolic links kept: the link is the name the user gave)."""
    return os.path.abspath(path)


def _merge(previous: dict[str, pa.Table], summary: RunSummary, processed: list[str]) -> dict[str, pa.Table]:
    """Old rows minus those of files processed successfully now, plus the new rows; one row per text."""
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    replaced_paths = {doc.source_path for doc in summary.documents}
    old_docs = previous["documents"]
    # rows written by a run that named the folder another way (relative) are the same files' rows
    same_file = [_absolute(path) in replaced_paths for path in old_docs["source_path"].to_pylist()]
    replaced = pa.array(same_file, pa.bool_())
    kept_docs = old_docs.filter(pc.invert(replaced))
    owner = dict(zip(kept_docs["doc_id"].to_pylist(), kept_docs["source_path"].to_pylist()))

    rows: dict[str, list[dict]] = {name: [] for name in write.SCHEMAS}
    for doc in sorted(summary.documents, key=lambda d: d.source_path):
        if doc.doc_id in owner:  # the same text under another name is processed once
            summary.duplicates.append((doc.source_path, owner[doc.doc_id]))
            continue
        owner[doc.doc_id] = doc.source_path
        for name, table_rows in write.document_rows(doc, PIPELINE_VERSION, now).items():
            rows[name].extend(table_rows)
    for error in summary.errors:
        rows["errors"].append({"path": error.path, "stage": error.stage, "error": error.error, "when": now})

    kept_ids = pa.array(kept_docs["doc_id"].to_pylist(), pa.string())
    merged = {"documents": pa.concat_tables([kept_docs.cast(write.SCHEMAS["documents"]),
                                             write.to_table("documents", rows["documents"])])}
    for name in write.SCHEMAS:
        if name in ("documents", "errors", *crossref.TABLES):
            continue
        old = previous[name]
        merged[name] = pa.concat_tables([old.filter(pc.is_in(old["doc_id"], value_set=kept_ids)).cast(write.SCHEMAS[name]),
                                         write.to_table(name, rows[name])])
    old_errors = previous["errors"]
    retried = pa.array(processed, pa.string())
    merged["errors"] = pa.concat_tables([
        old_errors.filter(pc.invert(pc.is_in(old_errors["path"], value_set=retried))).cast(write.SCHEMAS["errors"]),
        write.to_table("errors", rows["errors"])])
    return crossref.link_dataset(merged)
