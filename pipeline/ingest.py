"""Stage 1, ingest: a file on disk becomes a `Document` with normalised text, paragraphs, title and date.

The stored text is the decoded file with line endings turned into LF and Unicode in NFC, and paragraphs of
Kazakh in the Latin alphabet read into Cyrillic (`pipeline/kazakh_latin.py`). All three can change lengths, so
`Document.offset_anchors` records where the stored text and the decoded source drift apart
(`Document.source_offset` maps back); `Document.script` is the script the article was written in. Page furniture is marked on paragraphs, never deleted.
"""
from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from .dates import make_date
from .document import Document, OffsetAnchor, Paragraph
from .kazakh_latin import compose, read_latin_kazakh, script_of
from .metadata import ArticleMetadata, MetadataError, read_metadata
from .paths import MODELS_DIR

PROVIDES = ("text", "paragraphs", "title", "published_date", "metadata")

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


class IngestError(Exception):
    """A file that cannot become a document; the message is one line naming the reason."""


@dataclass(frozen=True)
class IngestRules:
    boilerplate: tuple[re.Pattern, ...]
    trailing_after: tuple[re.Pattern, ...]
    masthead_max_words: int
    published_date: tuple[re.Pattern, ...]


@lru_cache(maxsize=None)
def load_rules(path: Path = MODELS_DIR / "ingest.yaml") -> IngestRules:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))

    def compile_all(key: str) -> tuple[re.Pattern, ...]:
        return tuple(re.compile(pattern, re.IGNORECASE) for pattern in data.get(key, []))

    return IngestRules(
        boilerplate=compile_all("boilerplate"),
        trailing_after=compile_all("trailing_after"),
        masthead_max_words=int(data.get("masthead_max_words", 0)),
        published_date=compile_all("published_date"),
    )


def ingest(path: Path, rules: IngestRules | None = None) -> Document:
    """Read one article file into a Document (text, paragraphs with boilerplate marks, title, date), with what
    its sidecar `NAME.json` says (pipeline/metadata.py): id, url, outlet, and the publication date and title,
    which win over those found in the text. IngestError (one line) when the file or its sidecar is unusable."""
    rules = rules or load_rules()
    path = Path(path)
    try:
        metadata = read_metadata(path)
    except MetadataError as error:
        raise IngestError(str(error)) from None
    try:
        raw = read_regular_file(path)
    except OSError as error:
        raise IngestError(f"cannot read file: {error.strerror or error}") from None
    source_text, encoding = decode(raw)
    return ingest_text(source_text, metadata, rules, source_path=str(path), sha256=hashlib.sha256(raw).hexdigest(),
                       encoding=encoding)


def ingest_text(source_text: str, metadata: ArticleMetadata = ArticleMetadata(), rules: IngestRules | None = None, *,
                source_path: str = "", sha256: str = "", encoding: str = "utf-8") -> Document:
    """Decoded text (and what a sidecar says about it) into a Document, as `ingest` does for a file: `sha256`
    and `encoding` describe the bytes it was decoded from. IngestError when the text is blank."""
    rules = rules or load_rules()
    text, anchors = normalise(source_text)
    if not text.strip():
        raise IngestError("file is empty")
    paragraphs = split_paragraphs(text, rules)
    script = script_of(text)
    cyrillic, to_latin = read_latin_kazakh(text, paragraphs)
    if cyrillic != text:  # Latin-script Kazakh is stored in Cyrillic; the anchors lead back to the Latin source
        text, anchors = cyrillic, compose(to_latin, anchors, len(cyrillic))
        paragraphs = split_paragraphs(text, rules)
    title = find_title(text, paragraphs, rules)
    published, published_text = find_published_date(text, paragraphs, rules)
    source = "metadata" if metadata.published else "text" if published else None
    return Document(
        doc_id=hashlib.sha256(text.encode("utf-8")).hexdigest()[:16],
        source_path=source_path,
        sha256=sha256,
        text=text,
        encoding=encoding,
        offset_anchors=anchors,
        script=script,
        title=metadata.title or title,
        published_date=metadata.published or published,
        published_date_text="" if metadata.published else published_text,  # the sidecar's date has no text
        published_date_source=source,
        article_id=metadata.article_id,
        url=metadata.url,
        outlet=metadata.outlet,
        metadata_sha256=metadata.sha256,
        paragraphs=paragraphs,
    )


def read_regular_file(path: Path) -> bytes:
    """A regular file's bytes. Opened without blocking and checked after opening, so a FIFO, device or socket
    put in its place after the run searched the folder is refused (IngestError) instead of hanging or reading
    forever (a link to /dev/zero)."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise IngestError("not a regular file")
        return handle.read()


def decode(raw: bytes) -> tuple[str, str]:
    """Bytes to text and the encoding used: BOM first, then strict UTF-8, then a detected Cyrillic code page."""
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom):].decode(encoding), encoding + "-bom"
            except UnicodeDecodeError as error:
                raise IngestError(f"invalid {encoding} after its byte-order mark at byte {error.start}") from None
    if b"\x00" in raw:
        raise IngestError("binary file (NUL bytes and no UTF-16/32 byte-order mark)")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw, cp_isolation=LEGACY_ENCODINGS).best()
    if best is None:
        raise IngestError("cannot detect the text encoding (not UTF-8, UTF-16 or a Cyrillic code page)")
    return str(best), best.encoding


def normalise(source: str) -> tuple[str, list[OffsetAnchor]]:
    """LF line endings and NFC, with anchors wherever stored and source offsets start to differ."""
    if "\r" not in source and unicodedata.is_normalized("NFC", source):
        return source, []
    pieces: list[str] = []
    anchors: list[OffsetAnchor] = []
    stored = 0
    # A chunk is a line break or a starter character with the combining marks that follow it: NFC and newline
    # folding never reach across chunks, so each chunk is normalised on its own and its offsets stay exact.
    for match in re.finditer(r"\r\n|\r|.[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]*|\n",
                             source, re.DOTALL):
        chunk = match.group()
        normal = "\n" if chunk in ("\r\n", "\r") else unicodedata.normalize("NFC", chunk)
        pieces.append(normal)
        stored += len(normal)
        if len(normal) != len(chunk):
            anchors.append(OffsetAnchor(stored=stored, source=match.end()))
    return "".join(pieces), anchors


def split_paragraphs(text: str, rules: IngestRules) -> list[Paragraph]:
    """One paragraph per non-blank line (news pages put a paragraph on a line), trimmed, boilerplate marked."""
    paragraphs = []
    in_header, ended = True, False
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        stripped = line.strip()
        if not stripped:
            continue
        start = match.start() + (len(line) - len(line.lstrip()))
        ended = ended or any(pattern.search(stripped) for pattern in rules.trailing_after)
        boilerplate = ended or any(pattern.search(stripped) for pattern in rules.boilerplate)
        # above the headline, a short unpunctuated line is the site's masthead ("Вестник Кавказа")
        masthead = in_header and len(stripped.split()) <= rules.masthead_max_words and not re.search(r"[.!?:]$", stripped)
        in_header = in_header and (boilerplate or masthead)
        paragraphs.append(Paragraph(start=start, end=start + len(stripped), boilerplate=boilerplate or masthead))
    return paragraphs


def find_title(text: str, paragraphs: list[Paragraph], rules: IngestRules) -> str:
    """The first content paragraph, without a leading `date …` field."""
    for paragraph in paragraphs:
        if paragraph.boilerplate:
            continue
        line = text[paragraph.start:paragraph.end]
        for pattern in rules.published_date:
            match = pattern.search(line)
            if match and match.start() == 0:
                line = line[match.end():].strip(" .:-–—")
        return line
    return ""


def find_published_date(text: str, paragraphs: list[Paragraph], rules: IngestRules) -> tuple[str | None, str]:
    """(ISO date, the text it was read from). A date without a year gives (None, its text): never a guess."""
    partial = ""
    # The header is where a page states its date; the body's dates belong to events.
    for paragraph in paragraphs[:6]:
        line = text[paragraph.start:paragraph.end]
        for pattern in rules.published_date:
            match = pattern.search(line)
            if not match:
                continue
            parts = match.groupdict()
            if parts.get("iso"):
                year, month, day = parts["iso"].split("-")
            else:
                year, month, day = parts.get("year"), parts.get("month"), parts.get("day")
            date = make_date(year, month, day)
            if date:
                return date.isoformat(), match.group().strip()
            partial = partial or match.group().strip()
    return None, partial
