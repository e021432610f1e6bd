"""The one record that flows through every stage.

Like natasha's `Doc`, a `Document` is a plain container with obvious fields; each stage fills in its part and
returns it. All offsets are character offsets into `Document.text` (the stored, normalised text), so
`doc.text[m.start:m.end] == m.text` holds for every span-bearing record.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field


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


@dataclass
class Mention:
    start: int
    end: int
    text: str
    label: str  # the project's common vocabulary (PER, ORG, LOC, POSITION, DATE, ...)
    label_fine: str  # the model's own label (e.g. KazNERD's GPE)
    normal: str = ""
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
    lang: str = "other"
    lang_confidence: float = 0.0
    lang_given: bool = False  # the source gave the language (metadata `lang`): the language stage is skipped
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list = field(default_factory=list)  # pipeline.event.model.Event records

    def source_offset(self, stored_offset: int) -> int:
        """Map an offset in `text` back to the decoded source file (before newline/NFC normalisation and the
        Cyrillic reading of Latin-script Kazakh)."""
        return source_offset(self.offset_anchors, stored_offset)

    def sentence_of(self, offset: int) -> Sentence | None:
        # sentences are in text order and do not overlap: the last one starting at or before offset
        i = bisect_right(self.sentences, offset, key=lambda sentence: sentence.start) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None
