"""Stage 1, ingest: a file on disk becomes a `Document` with normalised text, paragraphs, title and date.

The stored text is the decoded file with line endings turned into LF and Unicode in NFC, and paragraphs of
Kazakh in the Latin alphabet read into Cyrillic (`pipeline/kazakh_latin.py`). All three can change lengths, so
`Document.offset_anchors` records where the stored text and the decoded source drift apart
(`Document.source_offset` maps back); `Document.script` is the script the article was written in. Page furniture is marked on paragraphs, never deleted.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import unquote, urlsplit
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from .dates import make_date
from .document import Document, OffsetAnchor, Paragraph
from .kazakh_latin import compose, read_latin_kazakh, script_of
from .metadata import ArticleMetadata
from .paths import MODELS_DIR
from .sources import ReadError, Source

PROVIDES = ("text", "paragraphs", "title", "published_date", "metadata")

# A source that cannot be read and a text that cannot become a document are one kind of failure: one line.
IngestError = ReadError


@dataclass(frozen=True)
class IngestRules:
    boilerplate: tuple[re.Pattern, ...]
    trailing_after: tuple[re.Pattern, ...]
    links_after: tuple[re.Pattern, ...]
    masthead_max_words: int
    published_date: tuple[re.Pattern, ...]
    url_date: tuple[re.Pattern, ...]


@lru_cache(maxsize=None)
def load_rules(path: Path = MODELS_DIR / "ingest.yaml") -> IngestRules:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))

    def compile_all(key: str) -> tuple[re.Pattern, ...]:
        return tuple(re.compile(pattern, re.IGNORECASE) for pattern in data.get(key, []))

    return IngestRules(
        boilerplate=compile_all("boilerplate"),
        trailing_after=compile_all("trailing_after"),
        links_after=compile_all("links_after"),
        masthead_max_words=int(data.get("masthead_max_words", 0)),
        published_date=compile_all("published_date"),
        url_date=compile_all("url_date"),
    )


def ingest(source: Path | Source, rules: IngestRules | None = None) -> Document:
    """Read one article — a file (a Path), or a `Source`: a file or a row of a table file (pipeline/sources.py) —
    into a Document (text, paragraphs with boilerplate marks, title, date), with what its sidecar `NAME.json` or
    its row says (pipeline/metadata.py): id, url, outlet, and the publication date, title and language, which win
    over those found in the text. IngestError (one line) when the file, its sidecar or the row is unusable."""
    rules = rules or load_rules()
    if not isinstance(source, Source):
        source = Source(str(source), str(source))
    raw = source.read()
    doc = ingest_text(raw.text, raw.metadata, rules, source_path=source.stored, sha256=raw.sha256,
                      encoding=raw.encoding)
    doc.source_row = source.row
    if source.row is not None:
        doc.metadata_sha256 = None  # a row's metadata is part of its own sha256
    return doc


def ingest_text(source_text: str, metadata: ArticleMetadata = ArticleMetadata(), rules: IngestRules | None = None, *,
                source_path: str = "", sha256: str = "", encoding: str = "utf-8") -> Document:
    """Decoded text (and what a sidecar says about it) into a Document, as `ingest` does for a file: `sha256`
    and `encoding` describe the bytes it was decoded from. The publication date is the metadata's, else the one
    the text states, else one the url holds (`published_date_source` says which); a language the metadata
    gives is taken as the document's and every paragraph's (`declare_language`). IngestError when the text is
    blank."""
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
    if source is None and metadata.url:
        published, url_text = url_date(metadata.url, rules)
        source = "url" if published else None
        published_text = url_text if published else published_text
    doc = Document(
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
        metadata_ignored=metadata.ignored,
        paragraphs=paragraphs,
    )
    if metadata.lang:
        declare_language(doc, metadata.lang)
    return doc


def declare_language(doc: Document, lang: str) -> Document:
    """The language its source gives an article, taken as known: the document's and every paragraph's, with
    confidence 1.0; the language stage is then skipped (`Document.lang_given`)."""
    doc.lang, doc.lang_confidence, doc.lang_given = lang, 1.0, True
    for paragraph in doc.paragraphs:
        paragraph.lang, paragraph.lang_confidence = lang, 1.0
    return doc


def url_date(url: str, rules: IngestRules) -> tuple[str | None, str]:
    """(ISO date, the part of the url it was read from) of a date an article's url path holds
    (`/2024/05/17/`, `/20240517/`, `-17-05-2024`: `url_date` in models/ingest.yaml), or (None, "")."""
    path = unquote(urlsplit(url).path)
    for pattern in rules.url_date:
        for match in pattern.finditer(path):
            parts = match.groupdict()
            date = make_date(parts["year"], parts["month"], parts["day"])
            if date:
                return date.isoformat(), match.group()
    return None, ""


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
    """One paragraph per non-blank line (news pages put a paragraph on a line), trimmed, boilerplate marked (ingest.yaml
    `boilerplate`; all after a `trailing_after` line; the unpunctuated headlines under a `links_after` line; short
    unpunctuated lines at the top, `masthead_max_words`, but the last of them where the body follows it: that one is
    the headline)."""
    paragraphs = []
    mastheads: list[int] = []
    in_header, ended, links = True, False, False
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        stripped = line.strip()
        if not stripped:
            continue
        start = match.start() + (len(line) - len(line.lstrip()))
        ended = ended or any(pattern.search(stripped) for pattern in rules.trailing_after)
        # the headlines under "Читайте также:" end at the first paragraph that ends like a sentence
        links = links and not re.search(r"[.!?…]$", stripped)
        boilerplate = ended or links or any(pattern.search(stripped) for pattern in rules.boilerplate)
        links = links or any(pattern.search(stripped) for pattern in rules.links_after)
        # above the headline, a short unpunctuated line is the site's masthead ("Вестник Кавказа")
        masthead = in_header and len(stripped.split()) <= rules.masthead_max_words and not re.search(r"[.!?:]$", stripped)
        in_header = in_header and (boilerplate or masthead)
        if masthead and not boilerplate:
            mastheads.append(len(paragraphs))
        paragraphs.append(Paragraph(start=start, end=start + len(stripped), boilerplate=boilerplate or masthead))
    # a masthead stands above the headline: the last short line before a paragraph that ends like a sentence is the
    # headline itself (Kazakh ones are often three words: "Тоқаев Жапаровпен кездесті")
    if mastheads:
        after = next((p for p in paragraphs[mastheads[-1] + 1:] if not p.boilerplate), None)
        if after is None or re.search(r"[.!?…]$", text[after.start:after.end]):
            paragraphs[mastheads[-1]].boilerplate = False
    return paragraphs


def find_title(text: str, paragraphs: list[Paragraph], rules: IngestRules) -> str:
    """The first content paragraph, without a leading date (`date …`, a dateline): a dateline on a line of its own
    is no title, the paragraph after it is."""
    for paragraph in paragraphs:
        if paragraph.boilerplate:
            continue
        line = text[paragraph.start:paragraph.end]
        for pattern in rules.published_date:
            match = pattern.search(line)
            if match and match.start() == 0:
                line = line[match.end():].strip(" .:-–—")
        if line:
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
