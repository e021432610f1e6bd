"""Where an article comes from: a `.txt` file (with its sidecar `NAME.json`), or one row of a file of articles —
JSON Lines (`.jsonl`, `.ndjson`), CSV (`.csv`) or Parquet (`.parquet`) — with a `text` column and any of the
metadata columns (pipeline/metadata.py: `id`, `url`, `outlet`, `published`, `title`, `lang`).

A `Source` is the work item a run sends to a worker: a file, or a pointer to one row of a table file (its byte
offset and length for JSON Lines and CSV, its row group and index for Parquet), never the file's contents, so a
worker reads only its row. `Source.read()` gives the article's raw text and metadata.

`table_rows` reads a table file once, streaming (one line, record or Parquet batch at a time), and yields each
row's Source with its content hash, or a `BadRow` naming why the row cannot be an article; the run uses it to
find the new and changed rows. Rows are numbered from 1: the line of a JSON Lines file (blank lines counted and
skipped), the record after the header of a CSV file, the row of a Parquet file.

CSV: UTF-8 (a byte-order mark is skipped), or a Cyrillic code page when the file's first megabyte is not UTF-8
(Excel on a Russian Windows saves "CSV" in Windows-1251; chosen as a `.txt`'s is), quoted fields as RFC 4180
(`"` around a field, `""` inside it; a quoted text may span lines); the delimiter is the one of `,` `;` tab `|` that the header line holds most of
(comma when it holds none: a file with the one column `text`); column names are matched without case and
surrounding spaces. Columns that are not FIELDS are ignored and named once per file (`Table.ignored`).
"""
from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import os
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .metadata import FIELDS, ArticleMetadata, MetadataError, from_fields, no_repeats, read_metadata

TABLE_KINDS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}
ARTICLE_SUFFIXES = (".txt", *TABLE_KINDS)
COLUMNS = ("text", *FIELDS)  # what a row of a table file may hold
DELIMITERS = (",", ";", "\t", "|")  # the CSV delimiters looked for, in the order ties are broken

# BOMs decide the encoding outright; longest first, since the UTF-32-LE BOM starts with UTF-16-LE's.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Without a BOM and not valid UTF-8, the article is in a legacy code page; charset-normalizer chooses among the
# ones Cyrillic news sites use, so short texts are not taken for an unrelated code page.
LEGACY_ENCODINGS = ["cp1251", "koi8_r", "cp866", "mac_cyrillic", "iso8859_5", "cp1252"]


class ReadError(Exception):
    """An article, a row or a whole table file that cannot be read: the message is one line naming the reason."""


@dataclass(frozen=True)
class Raw:
    """An article as read: its text, what its source says about it, the sha256 incremental runs compare (of the
    file's bytes; of a row's text and metadata) and the encoding it was decoded from."""
    text: str
    metadata: ArticleMetadata
    sha256: str
    encoding: str = "utf-8"


@dataclass(frozen=True)
class Source:
    """One article to process. `path` is the file as the OS names it, `stored` as `documents.source_path`
    stores it; `row` is None for a `.txt` file, else the row of a table file `pointer` leads to:
    (offset, length) in bytes for JSON Lines, (offset, length, delimiter, column names, encoding) for CSV,
    (row group, index in it) for Parquet."""
    path: str
    stored: str
    row: int | None = None
    kind: str = "txt"
    pointer: tuple = ()

    @property
    def where(self) -> str:
        """`path` or `path:row`, as lines on stderr name it."""
        return self.stored if self.row is None else f"{self.stored}:{self.row}"

    def read(self) -> Raw:
        """The article's raw text and metadata; ReadError (one line) when it cannot be read or is a bad row."""
        if self.kind == "txt":
            try:
                metadata = read_metadata(Path(self.path))
            except MetadataError as error:
                raise ReadError(str(error)) from None
            try:
                raw = read_regular_file(self.path)
            except OSError as error:
                raise ReadError(f"cannot read file: {error.strerror or error}") from None
            text, encoding = decode(raw)
            return Raw(text, metadata, hashlib.sha256(raw).hexdigest(), encoding)
        import pyarrow as pa

        try:
            return _article(self._row(), self.pointer[4] if self.kind == "csv" else "utf-8")
        except (OSError, pa.ArrowException) as error:  # the file changed or went since the run read it
            raise ReadError(f"cannot read row: {getattr(error, 'strerror', None) or error}") from None

    def _row(self) -> dict:
        if self.kind == "parquet":
            group, index = self.pointer
            rows = _row_group(self.path, os.stat(self.path).st_mtime_ns, group)
            if index >= rows.num_rows:
                raise ReadError("row no longer in the file")
            return rows.slice(index, 1).to_pylist()[0]
        offset, length = self.pointer[:2]
        with open(self.path, "rb") as handle:
            handle.seek(offset)
            data = handle.read(length)
        if self.kind == "jsonl":
            return _json_row(data)
        delimiter, names, encoding = self.pointer[2:]
        return _csv_row(_decoded(data, encoding), delimiter, names)


@dataclass
class BadRow:
    row: int
    reason: str


@dataclass
class Table:
    """What reading a table file found besides its rows: the columns it ignores, the row it could not read
    past (None when it was read to the end), and for Parquet the largest row group's size in MB when it is over
    LARGE_ROW_GROUP_MB (a worker holds the row group of the row it is on)."""
    ignored: list[str] = field(default_factory=list)
    stopped_at: int | None = None
    large_row_group_mb: float | None = None


# A Parquet row group larger than this (uncompressed) is named in the run's notes: each worker holds one. pandas
# and pyarrow write one group of up to a million rows by default; row groups of 1,000 articles are ~6 MB.
LARGE_ROW_GROUP_MB = 64


def read_regular_file(path: str | Path) -> bytes:
    """A regular file's bytes. Opened without blocking and checked after opening, so a FIFO, device or socket
    put in its place after the run searched the folder is refused (ReadError) instead of hanging or reading
    forever (a link to /dev/zero)."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise ReadError("not a regular file")
        return handle.read()


def decode(raw: bytes) -> tuple[str, str]:
    """Bytes to text and the encoding used: BOM first, then strict UTF-8, then UTF-8 with a few stray bytes
    (`utf-8-replace`: each bad sequence one U+FFFD), then a detected Cyrillic code page; mojibake repaired
    (`repaired`)."""
    return repaired(*_decode(raw))


# A Cyrillic letter in UTF-8 starts with byte D0 or D1 (D2 or D3 for Kazakh ә, қ, ң, ғ, ү, ұ, һ, ө), which
# Latin-1 and Windows-1252 read as Ð Ñ Ò Ó, and Windows-1251 as Р С Т У: text misread so and saved again has
# one in every other character, real Russian or Kazakh text far fewer than one in ten.
MOJIBAKE_LEADS = "ÐÑÒÓРСТУ"


def repaired(text: str, encoding: str) -> tuple[str, str]:
    """Text that was misread in another encoding and saved again (mojibake: `Ð\x9fÑ\x80ÐµÐ·Ð¸…` or `РџСЂРµР·РёРґРµРЅС‚`
    for `Президент`, as a scraper that guessed the page's encoding wrong writes it) back as it was written, with
    `-mojibake-` and the encoding it was misread in added to `encoding` (`utf-8-mojibake-sloppy-windows-1251`);
    other text as it is. ftfy's fix_encoding does the repair: it undoes only a misreading it is sure of, and only
    text where at least one character in ten is a UTF-8 lead byte misread (MOJIBAKE_LEADS) is given to it."""
    if sum(map(text.count, MOJIBAKE_LEADS)) * 10 < len(text):
        return text, encoding
    import ftfy  # only for the rare article that may need it

    fixed, steps = ftfy.fix_encoding_and_explain(text)
    misread = next((parameter for action, parameter in steps if action == "encode"), None)
    if fixed == text or misread is None:
        return text, encoding
    return fixed, f"{encoding}-mojibake-{misread}"


def _decode(raw: bytes) -> tuple[str, str]:
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            body = raw[len(bom):]
            try:
                return body.decode(encoding), encoding + "-bom"
            except UnicodeDecodeError as error:
                if encoding == "utf-8" and (text := utf8_with_strays(body)) is not None:
                    return text, "utf-8-bom-replace"
                raise ReadError(f"invalid {encoding} after its byte-order mark at byte {error.start}") from None
    if b"\x00" in raw:
        raise ReadError("binary file (NUL bytes and no UTF-16/32 byte-order mark)")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    text = utf8_with_strays(raw)
    if text is not None:
        return text, "utf-8-replace"
    encoding = legacy_encoding(raw)
    return raw.decode(encoding), encoding


def utf8_with_strays(raw: bytes) -> str | None:
    """The text of UTF-8 bytes that hold a few bad sequences, each read as U+FFFD, or None when there are more
    than one and one per 1,000 characters. A UTF-8 article with a stray byte or its last character cut (a
    download cut short, a scraper cutting at a byte count) has one or two; a text in a code page has one in
    nearly every word of Cyrillic (it was refused, or read by charset-normalizer as another code page's
    mojibake, for one byte)."""
    text = raw.decode("utf-8", "replace")
    strays = text.count("\ufffd") - raw.count("\ufffd".encode("utf-8"))
    return text if strays <= 1 + len(text) // 1000 else None


def legacy_encoding(raw: bytes) -> str:
    """The Cyrillic code page (LEGACY_ENCODINGS) charset-normalizer finds bytes that are not UTF-8 to be in;
    ReadError when none fits."""
    from charset_normalizer import from_bytes

    best = from_bytes(raw, cp_isolation=LEGACY_ENCODINGS).best()
    if best is None:
        raise ReadError("cannot detect the text encoding (not UTF-8, UTF-16 or a Cyrillic code page)")
    return best.encoding


def row_sha256(text: str, metadata: ArticleMetadata) -> str:
    """The content hash of a row: its text and metadata (as read, so a date written `2025-03-14` or stored as a
    Parquet date is one content)."""
    content = [text, metadata.article_id, metadata.url, metadata.outlet, metadata.published, metadata.title,
               metadata.lang]
    return hashlib.sha256(json.dumps(content, ensure_ascii=False).encode("utf-8")).hexdigest()


def _article(row: dict, encoding: str = "utf-8") -> Raw:
    """A row's fields (read from a file in `encoding`) → Raw; ReadError naming what makes it a bad row."""
    if "text" not in row:
        raise ReadError("no text")
    text = row["text"]
    if text is None or (isinstance(text, str) and not text.strip()):
        raise ReadError("empty text")
    if not isinstance(text, str):
        raise ReadError(f"text must be a string, not {type(text).__name__}")
    try:
        metadata = from_fields(row)
    except MetadataError as error:
        raise ReadError(str(error)) from None
    fixed, encoding = repaired(text, encoding)
    return Raw(fixed, metadata, row_sha256(text, metadata), encoding)


def _decoded(data: bytes, encoding: str = "utf-8") -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise ReadError(f"{_not_in(encoding)} (byte {error.start} of the row)") from None


def _not_in(encoding: str) -> str:
    return "not UTF-8" if encoding == "utf-8" else f"not {encoding} (the encoding of the file's start)"


# How much of a CSV file its encoding is judged on: the header and the first rows (a code page shows in any
# Cyrillic word).
CSV_ENCODING_SAMPLE = 1 << 20


def _csv_encoding(handle, start: int) -> str:
    """UTF-8, unless the start of the file (cut at its last line end, so that no character is cut) is not UTF-8
    (`utf8_with_strays`): then the Cyrillic code page it is in. A single-byte code page keeps every line end a
    `\\n` byte, as the reader, which finds records line by line, needs."""
    handle.seek(start)
    sample = handle.read(CSV_ENCODING_SAMPLE)
    if len(sample) == CSV_ENCODING_SAMPLE and b"\n" in sample:
        sample = sample[:sample.rindex(b"\n") + 1]
    # a few stray bytes keep it UTF-8: the rows that hold them are the bad rows
    return "utf-8" if utf8_with_strays(sample) is not None else legacy_encoding(sample)


def _json_row(data: bytes) -> dict:
    try:
        row = json.loads(_decoded(data), object_pairs_hook=no_repeats)
    except json.JSONDecodeError as error:
        raise ReadError(f"not JSON: {error}") from None
    except ValueError as error:  # a field given twice
        raise ReadError(str(error)) from None
    if not isinstance(row, dict):
        raise ReadError(f"not a JSON object (a {type(row).__name__})")
    return row


def _csv_reader(lines, delimiter: str):
    """The stdlib reader, RFC 4180 quoting, strict (a quote it cannot close is an error, not a guess); no field
    size limit of its own (its default, 131,072 characters, is below the size cap: a row's size is checked
    against --max-bytes as a whole)."""
    csv.field_size_limit(sys.maxsize)
    return csv.reader(lines, delimiter=delimiter, strict=True)


def _csv_row(text: str, delimiter: str, names: tuple[str, ...]) -> dict:
    try:
        records = list(_csv_reader(io.StringIO(text, newline=""), delimiter))
    except csv.Error as error:
        raise ReadError(f"not a CSV record: {error}") from None
    if len(records) != 1:
        raise ReadError("not one CSV record")
    values = records[0]
    if len(values) > len(names):
        raise ReadError(f"{len(values)} fields for {len(names)} columns")
    return {name: value for name, value in zip(names, values) if name}


def _lines(handle, max_bytes: int) -> Iterator[tuple[int, int, bytes | None]]:
    """(offset, length, line) of each line of a binary file, its end of line included; the line is None when it
    is longer than max_bytes (it is skipped without being held)."""
    offset = 0
    while True:
        line = handle.readline(max_bytes + 1)
        if not line:
            return
        length = len(line)
        if length > max_bytes and not line.endswith(b"\n"):
            while (rest := handle.readline(1 << 20)):
                length += len(rest)
                if rest.endswith(b"\n"):
                    break
            yield offset, length, None
        else:
            yield offset, length, line
        offset += length


def _over(length: int, max_bytes: int) -> str:
    return f"row is {length:,} bytes, over the size cap of {max_bytes:,} (--max-bytes)"


def table_rows(path: str, stored: str, max_bytes: int, table: Table) -> Iterator[tuple[Source, str] | BadRow]:
    """Each row of a table file: (its Source, its content hash) or a BadRow, streaming. ReadError when the file
    cannot be read at all, or (after the rows before) from the row it cannot be read past: `table.stopped_at`
    is then that row. `table.ignored` gets the columns that are not COLUMNS."""
    kind = TABLE_KINDS[os.path.splitext(path)[1].lower()]
    reader = {"jsonl": _jsonl_rows, "csv": _csv_rows, "parquet": _parquet_rows}[kind]
    yield from reader(path, stored, max_bytes, table)


def _checked(source: Source, read: callable) -> tuple[Source, str] | BadRow:
    try:
        return source, read().sha256
    except ReadError as error:
        return BadRow(source.row, str(error))


def _jsonl_rows(path: str, stored: str, max_bytes: int, table: Table):
    ignored: set[str] = set()
    with open(path, "rb") as handle:
        for number, (offset, length, line) in enumerate(_lines(handle, max_bytes), start=1):
            if number == 1 and line is not None and line.startswith(codecs.BOM_UTF8):
                offset, length, line = offset + 3, length - 3, line[3:]
            if line is None:
                yield BadRow(number, _over(length, max_bytes))
                continue
            if not line.strip():
                continue
            source = Source(path, stored, number, "jsonl", (offset, length))

            def read(line=line):
                row = _json_row(line)
                ignored.update(key for key in row if key not in COLUMNS)
                return _article(row)

            yield _checked(source, read)
    table.ignored = sorted(ignored)


def _csv_rows(path: str, stored: str, max_bytes: int, table: Table):
    with open(path, "rb") as handle:
        first = handle.readline()
        start = len(codecs.BOM_UTF8) if first.startswith(codecs.BOM_UTF8) else 0
        header = first[start:].decode("utf-8", "replace")
        delimiter = max(DELIMITERS, key=lambda d: (header.count(d), -DELIMITERS.index(d)))
        encoding = "utf-8" if start else _csv_encoding(handle, start)
        handle.seek(start)
        position = start
        broken = False

        def lines() -> Iterator[str]:
            nonlocal position, broken
            for line in iter(handle.readline, b""):
                position += len(line)
                try:
                    yield line.decode(encoding)
                except UnicodeDecodeError:
                    broken = True
                    yield line.decode(encoding, "replace")

        records = _csv_reader(lines(), delimiter)
        try:
            names = tuple(name.strip().lower() for name in next(records))
        except StopIteration:
            raise ReadError("empty CSV file (no header line)") from None
        except csv.Error as error:
            raise ReadError(f"cannot read the CSV header: {error}") from None
        if "text" not in names:
            raise ReadError(f"no text column in the CSV header (columns: {', '.join(names) or 'none'}; "
                            f"delimiter {delimiter!r})")
        table.ignored = sorted({name for name in names if name and name not in COLUMNS})
        number = 0
        while True:
            offset, broken = position, False
            number += 1
            try:
                values = next(records)
            except StopIteration:
                return
            except csv.Error as error:  # the reader cannot find where this record ends: nor where the next starts
                table.stopped_at = number
                raise ReadError(f"{error}; the rest of the file is not read") from None
            length = position - offset
            source = Source(path, stored, number, "csv", (offset, length, delimiter, names, encoding))
            if length > max_bytes:
                yield BadRow(number, _over(length, max_bytes))
            elif broken:
                yield BadRow(number, _not_in(encoding))
            elif not any(value.strip() for value in values):
                number -= 1  # a blank line between records is no row
            elif len(values) > len(names):
                yield BadRow(number, f"{len(values)} fields for {len(names)} columns")
            else:
                yield _checked(source, lambda: _article({n: v for n, v in zip(names, values) if n}, encoding))


def _parquet_rows(path: str, stored: str, max_bytes: int, table: Table):
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as error:
        raise ReadError(f"not a readable Parquet file: {error}") from None
    names = parquet.schema_arrow.names
    if "text" not in names:
        raise ReadError(f"no text column (columns: {', '.join(names) or 'none'})")
    text_type = parquet.schema_arrow.field("text").type
    if not (pa.types.is_string(text_type) or pa.types.is_large_string(text_type)):
        raise ReadError(f"the text column is {text_type}, not a string")
    table.ignored = sorted(name for name in names if name not in COLUMNS)
    largest = max((parquet.metadata.row_group(g).total_byte_size for g in range(parquet.num_row_groups)), default=0)
    if largest > LARGE_ROW_GROUP_MB * 1_000_000:
        table.large_row_group_mb = largest / 1_000_000
    columns = [name for name in names if name in COLUMNS]
    number = 0
    try:
        for group in range(parquet.num_row_groups):
            index = 0
            for batch in parquet.iter_batches(batch_size=256, row_groups=[group], columns=columns):
                for row in batch.to_pylist():
                    number += 1
                    source = Source(path, stored, number, "parquet", (group, index))
                    index += 1
                    size = len(row["text"].encode("utf-8")) if isinstance(row["text"], str) else 0
                    yield BadRow(number, _over(size, max_bytes)) if size > max_bytes else \
                        _checked(source, lambda: _article(row))
    except (pa.ArrowException, OSError) as error:
        table.stopped_at = number + 1
        raise ReadError(f"cannot read: {error}; the rest of the file is not read") from None


@lru_cache(maxsize=1)
def _row_group(path: str, mtime_ns: int, group: int):
    """One row group of a Parquet file (a pyarrow Table), its article columns only: a worker holds the group of
    the row it is on (Parquet is read a row group at a time), and the next rows of the group come from memory."""
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(path)
    return parquet.read_row_group(group, columns=[name for name in parquet.schema_arrow.names if name in COLUMNS])
