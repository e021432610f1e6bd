"""Event records. Every argument carries its character span in `Document.text`."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Span:
    text: str
    start: int
    end: int


@dataclass
class Participant(Span):
    normal: str = ""
    kind: str = "person"  # person | organization | country | delegation
    role: Span | None = None
    affiliation: str | None = None
    side: str = "participant"  # actor | recipient | participant


@dataclass
class Place(Span):
    normal: str = ""


@dataclass
class When(Span):
    date_start: str = ""
    date_end: str = ""


@dataclass
class Topic(Span):
    categories: list[str] = field(default_factory=list)


@dataclass
class Event:
    event_id: str
    event_type: str
    status: str  # occurred | planned | cancelled | postponed
    trigger: Span
    lang: str
    participants: list[Participant] = field(default_factory=list)
    location: Place | None = None
    date: When | None = None
    topics: list[Topic] = field(default_factory=list)
    evidence: list[Span] = field(default_factory=list)  # whole sentences
    background: bool = False  # told as having happened before the news the article reports
    plover_event: str | None = ""  # None for cancelled and postponed meetings (codes.tsv)
    plover_mode: str | None = ""
    cameo_code: str | None = ""
    confidence: float = 0.0
    extractor_version: str = ""
