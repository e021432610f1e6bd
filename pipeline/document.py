"""The one record that flows through every stage.

Like natasha's `Doc`, a `Document` is a plain container with obvious fields; each stage fills in its part and
returns it. All offsets are character offsets into `Document.text` (the stored, normalised text), so
`doc.text[m.start:m.end] == m.text` holds for every span-bearing record.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields, is_dataclass

from .wordforms import fold


@dataclass
class Paragraph:
    start: int
    end: int
    boilerplate: bool = False  # page furniture: kept in the text, skipped by analysis
    lang: str = "other"
    lang_confidence: float = 0.0


@dataclass
class Sentence:
    start: int
    end: int
    lang: str


@dataclass
class Token:
    start: int
    end: int
    text: str
    lemma: str = ""
    pos: str = ""
    feats: dict[str, str] = field(default_factory=dict)
    head: int = -1  # index into Document.tokens of the syntactic head; -1 for the root or when unparsed
    rel: str = ""

    def lemma_in(self, folded: frozenset[str]) -> bool:
        """Whether the lemma, folded (`wordforms.fold`), is one of the `folded` words."""
        return fold(self.lemma) in folded


@dataclass
class Mention:
    start: int
    end: int
    text: str
    label: str  # the project's common vocabulary (PER, ORG, LOC, POSITION, DATE, ...)
    label_fine: str  # the model's own label (e.g. KazNERD's GPE)
    normal: str = ""
    # a person (PER) by the fullest name the article gives them (`Тоқаев` → `Қасым-Жомарт Тоқаев`, the entities
    # stage's, pipeline/full_names.py); "" for other labels
    full_name: str = ""
    sentence_start: int = 0
    sentence_end: int = 0
    lang: str = ""
    source: str = ""  # what produced it: a backend name, or the correction rule that changed it
    actor_id: str | None = None  # who it names across articles (the link stage, pipeline/actors.py)


@dataclass
class OffsetAnchor:
    """From `stored` on, stored offset + (source - stored) gives the offset in the decoded source text."""

    stored: int
    source: int


def source_offset(anchors: list[OffsetAnchor], offset: int) -> int:
    """An offset mapped through anchors: the last anchor at or before it gives the shift."""
    i = bisect_right(anchors, offset, key=lambda anchor: anchor.stored) - 1
    return offset + (anchors[i].source - anchors[i].stored if i >= 0 else 0)


@dataclass
class Document:
    doc_id: str
    source_path: str
    sha256: str
    text: str
    source_row: int | None = None  # the row of a JSON Lines, CSV or Parquet file of articles (pipeline/sources.py)
    encoding: str = "utf-8"
    offset_anchors: list[OffsetAnchor] = field(default_factory=list)
    script: str = "Cyrl"  # ISO 15924 of most of the source's letters; Latn Kazakh paragraphs are stored in Cyrillic
    title: str = ""
    published_date: str | None = None
    published_date_text: str = ""
    published_date_source: str | None = None  # metadata (the sidecar) | text (the article states it) | None
    article_id: str | None = None  # from the sidecar (pipeline/metadata.py)
    url: str | None = None
    outlet: str | None = None
    metadata_sha256: str | None = None  # of the sidecar: incremental runs redo an article whose sidecar changed
    metadata_ignored: tuple[str, ...] = ()  # the sidecar's fields that are not read (named in the run's notes)
    lang: str = "other"
    lang_confidence: float = 0.0
    lang_given: bool = False  # the source gave the language (metadata `lang`): the language stage is skipped
    paragraphs: list[Paragraph] = field(default_factory=list)
    # the text with case restored where it is written in one case (pipeline/truecase.py, by the analysis stage);
    # the same length as `text`; "" when no paragraph needed it. Read through `reading_cased`, never stored.
    cased_text: str = ""
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list = field(default_factory=list)  # pipeline.event.model.Event records

    def source_offset(self, stored_offset: int) -> int:
        """Map an offset in `text` back to the decoded source file (before newline/NFC normalisation and the
        Cyrillic reading of Latin-script Kazakh)."""
        return source_offset(self.offset_anchors, stored_offset)

    def paragraph_of(self, offset: int) -> Paragraph | None:
        """The paragraph holding the offset, or None (paragraphs are in text order and do not overlap)."""
        i = bisect_right(self.paragraphs, offset, key=lambda paragraph: paragraph.start) - 1
        if i >= 0 and offset < self.paragraphs[i].end:
            return self.paragraphs[i]
        return None

    def sentence_of(self, offset: int) -> Sentence | None:
        # sentences are in text order and do not overlap: the last one starting at or before offset
        i = bisect_right(self.sentences, offset, key=lambda sentence: sentence.start) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None


@contextmanager
def reading_cased(doc: Document) -> Iterator[Document]:
    """Within the block, `doc.text` is `doc.cased_text` (when the analysis stage restored any case), so that a
    stage reading names by their capitals reads the article as the models did, and the `text` of every
    span-bearing record (tokens, mentions, events and their parts: any record with `start`, `end` and `text`) is
    taken from it; on leaving, the stored text is back and every record's `text` is taken from it again.
    Offsets hold: the two texts have the same length (ValueError naming the file where they have not)."""
    if not doc.cased_text or doc.cased_text == doc.text:
        yield doc
        return
    stored = doc.text
    if len(doc.cased_text) != len(stored):
        raise ValueError(f"{doc.source_path}: the case-restored text is not as long as the text")
    _retake([doc.tokens, doc.mentions, doc.events], doc.cased_text)
    doc.text = doc.cased_text
    try:
        yield doc
    finally:
        doc.text = stored
        _retake([doc.tokens, doc.mentions, doc.events], stored)


def _retake(record, text: str) -> None:
    if isinstance(record, (list, tuple)):
        for item in record:
            _retake(item, text)
        return
    if not is_dataclass(record) or isinstance(record, type):
        return
    start, end = getattr(record, "start", None), getattr(record, "end", None)
    if isinstance(start, int) and isinstance(end, int) and isinstance(getattr(record, "text", None), str):
        record.text = text[start:end]
    for each in fields(record):
        value = getattr(record, each.name)
        if is_dataclass(value) or isinstance(value, (list, tuple)):
            _retake(value, text)
