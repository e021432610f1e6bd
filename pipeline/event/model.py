"""The events stage's records, from a sentence's trigger to the finished event. Every argument carries its
character span in `Document.text` (document offsets throughout).

`Hit` (a trigger word matched in a sentence) and `Candidate` (a name that may be an argument) are read per
sentence into `SentenceCandidates` (pipeline/event/candidates.py); `Draft` is one event mention, a trigger with
the arguments assigned to it (arguments.py); `Event` is one real-world event merged from its drafts (merge.py)
and finished for the tables (rows.py).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .reading import Reading


@dataclass
class Span:
    """Characters [start, end) of `Document.text`, and their text."""
    text: str
    start: int
    end: int


@dataclass
class Participant(Span):
    """A side of an event: its name as written (the span), its normal, kind, title span (`role`), whom it speaks
    for (`affiliation`) and argument role (`side`)."""
    normal: str = ""
    kind: str = "person"  # person | organization | country | delegation
    role: Span | None = None
    affiliation: str | None = None
    side: str = "participant"  # actor | recipient | participant


@dataclass
class Place(Span):
    """Where an event took place."""
    normal: str = ""


@dataclass
class Seat(Place):
    """A place named as the state of an institution where an event took place ("в посольстве Турции в Малайзии"):
    it may be a side of the event too, as no other place found in a sentence is."""


@dataclass
class When(Span):
    """When an event took place: first and last day, ISO dates."""
    date_start: str = ""
    date_end: str = ""


@dataclass
class Counted(When):
    """A day counted from another event's ("днем ранее", "накануне": dates.tsv `anaphoric` rows): in a clause of
    another trigger's, it is that trigger's day only (places.dates_of)."""


@dataclass
class Topic(Span):
    """What was discussed, with its categories (topic_categories.tsv)."""
    categories: list[str] = field(default_factory=list)


@dataclass
class Event:
    """One real-world event, merged from the drafts that tell it; `evidence` are the sentences telling it."""
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


@dataclass
class Hit:
    """A trigger: the words of triggers.tsv that name an event, with what the sentence's modality makes of it."""
    start: int
    end: int
    text: str
    event_type: str
    status: str  # occurred | planned | cancelled | postponed | frame
    plural: bool  # one meeting per counterpart; see knowledge.Trigger
    alone: bool  # see knowledge.Trigger
    several: bool = False  # see knowledge.Trigger
    background: bool = False  # a modality cue says it happened before the news ("ранее", "бұған дейін")
    # a frame's status were it told as an event ("в рамках предстоящего визита": planned)
    told_status: str = "occurred"
    another: bool = False  # the next of a recurring event ("следующий саммит"): not the one reported
    invited: bool = False  # invited to ("пригласил … посетить"): still to come, not one under way (merge._same_event)
    accepted: bool = False  # an invitation said to be accepted ("принял приглашение"): only then is it an event
    # told as one someone stays away from ("не примет участие в саммите"): cancelled only as the one telling
    absent: bool = False
    # told as not taking place by its own negated verb alone ("не встретится", "кездеспейді"): cancelled, unless the
    # article denies such an event was planned ("встреча … не планируется": no event, candidates.drop_refused)
    refused: bool = False
    part: bool = False  # a format of talks told before ("в расширенном составе"): a part of them, not an event
    # told at the time of the sentence before ("Тогда …", "Сол кезде …"): before the news where that one is
    then: bool = False
    # told as where the story goes on to: by a cue ("Затем …", "Одан кейін …", modality.tsv), or as the trip the
    # visitor leaves for after a contact told before it ("встретился с …, а затем вылетел в Германию":
    # arguments._moves_on); a visit's stop (assemble.stop_sentences), where the contact was not held
    # (merge._share_place_and_date)
    onward: bool = False
    # told as having taken place ("Переговоры … прошли", "келіссөздер … өтті"): a report of what was announced before
    held: bool = False
    # told as begun: by a past form ("провели", "состоявшихся", "өтті", "кездескен") or as ending later ("Визит …
    # завершится 27 ноября"); a date after the publication does not make it planned (candidates._scheduled), as it
    # does one told in the present or by no verb
    begun: bool = False
    # told in a clause that ended a topic ("договоренностей, достигнутых в ходе переговоров в Париже"): what the
    # things discussed came from, which the article does not report (topics.topics_in)
    recalled: bool = False
    # whether the sentence says when: a modality cue or a tense ("провели переговоры", "кездесу өтті"), not a bare
    # noun whose row's status is only a default ("Визит … - это знак поддержки")
    marked: bool | None = False  # None: a sentence with no parse and no cue, which cannot tell

    @property
    def status_told(self) -> str:
        """The status of the event the trigger tells: a frame's as it is told (`told_status`), any other's own."""
        return self.told_status if self.status == "frame" else self.status


@dataclass
class Candidate:
    """An argument candidate: a name (or a title naming a side) that may be a side of an event, with what the
    words around it say of its part."""
    participant: Participant
    effect: str  # counterpart | recipient | delegation | represents | ""
    group: int  # counterparts after a "group" boundary form a new group (one meeting each after "встречи")
    posting: str | None
    loose: bool = False  # a country or organisation named in no side's position (only gatherings take these)
    said_as: str | None = None  # the title phrase naming this side when no name is given ("Президент США")
    shared_title: bool = False  # that title names several sides together ("Президенты России и Казахстана")
    # added by a sentence that names no event ("В ней приняли участие …"): a side, but not what tells which
    # event it is
    joined: bool = False


@dataclass
class SentenceCandidates:
    """What one sentence offers the events it tells, as written: its triggers, the names that may be sides (with
    their titles), places (best first), dates and topics, the participation cue's kind ("В ней приняли
    участие …": `participation`, "delegation" for a delegation's, or None), the places a visit goes to
    (`destinations`: the first place and those listed with it), and whether it names a domestic body's gathering
    (`domestic`: "заседание Правительства", which those taking part in it after it attend)."""
    reading: Reading
    triggers: list[Hit] = field(default_factory=list)
    sides: list[Candidate] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    dates: list[When] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)
    participation: str | None = None
    destinations: list[Place] = field(default_factory=list)
    domestic: bool = False
    denied: list[str] = field(default_factory=list)  # the types of the events it denies ("встреча не планируется")

    @property
    def index(self) -> int:
        """The sentence's position among the document's sentences."""
        return self.reading.index


@dataclass
class Draft:
    """An event mention: one trigger (or one counterpart group of a plural trigger) with its arguments."""
    hit: Hit
    sentence: int
    bounds: tuple[int, int]  # the sentence's start and end offsets
    paragraph: int
    candidates: list[Candidate] = field(default_factory=list)
    location: Place | None = None
    date: When | None = None
    topics: list[Topic] = field(default_factory=list)
    evidence: set[int] = field(default_factory=set)
    # a stop's place (a visit verb told inside the visit: "Сапар барысында … Түркістан қаласына барады"): where the
    # visit goes on to, not where it or what is told with it took place (arguments._stops, merge._city_over_country)
    passes: Place | None = None
    # told inside a quotation its sentence gives a speaker ("\"… саммитке …\", - деді Нұртілеу …":
    # reading.spoken_quote): the speaker's words, which tell nothing of what the narration around them tells
    quoted: bool = False

    @property
    def frame(self) -> bool:
        """A back-reference ("в рамках визита"): it lends place and date to the event it names, and no sides."""
        return self.hit.status == "frame"

    @property
    def origin(self) -> tuple[int, int]:
        """The trigger it was read from (sentence, offset): the meetings split from one trigger share it."""
        return self.sentence, self.hit.start

    def people(self) -> set[str]:
        """The normals (lower case) of the people and delegations it names (`sides`)."""
        return self.sides("person", "delegation")

    def sides(self, *kinds: str) -> set[str]:
        """The normals (lower case) of the sides of these kinds (or of every kind) that its own sentences name,
        not those a sentence naming no event added: these tell which event it is."""
        return {c.participant.normal.lower() for c in self.candidates
                if not c.joined and (not kinds or c.participant.kind in kinds)}
