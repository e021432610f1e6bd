"""Reading one sentence into draft events: its triggers, the sides nearest each, and what it adds to the event
told just before it when it names none."""
from __future__ import annotations

import re
from dataclasses import replace

from ..document import Document
from .knowledge import codes
from .merge import Draft
from .participants import Candidate, sentence_sides
from .places import dates_in, place_candidates
from .reading import Reading
from .topics import topics_in
from .triggers import Hit, find_triggers

APPOSITION_DEPTH = 3  # appositions followed from a name up to the title the parse hangs on the trigger
CONTINUES_WITHIN = 2  # a sentence continues the event whose latest report is at most this many sentences back


def read_sentence(doc: Document, reading: Reading, normal_of, earlier: list[Draft],
            sides_by_sentence: dict[int, list[Candidate]]) -> list[Draft]:
    hits = find_triggers(reading)
    topics = topics_in(reading, anchored=bool(hits))
    joining = next((cue.effect for cue in reading.known.participation if cue.pattern.search(reading.text)), None)
    topic_spans = [(t.start, t.end) for t in topics]
    candidates, taken = sentence_sides(reading, topic_spans, normal_of, delegation=joining == "delegation")
    places = place_candidates(reading, taken + topic_spans, normal_of)
    if places:
        candidates = [c for c in candidates if c.participant.start != places[0].start]
    # no side is named by a visit word: a model's name running over one ("Астанаға мемлекеттік сапармен") is none
    candidates = [c for c in candidates if not any(h.event_type == "visit" and c.participant.start <= h.start
                                                   < c.participant.end for h in hits)]
    sides_by_sentence[reading.index] = candidates  # kept for actors carried over and titles told elsewhere
    if not (hits or topics or joining):
        return []
    dates = dates_in(reading, doc.published_date, topic_spans, [(h.start, h.end) for h in hits],
                     planned=bool(hits) and all(h.status == "planned" for h in hits))
    events = [h for h in hits if h.status != "frame"]
    drafts = [_draft(reading, h, [], places, dates, []) for h in hits if h.status == "frame"]
    if not events:
        if not hits:
            _add_to_recent(earlier, reading, candidates, topics, joining=bool(joining))
        return drafts
    nearest = _trigger_of_each(candidates, events)
    for hit in events:
        near = [_as_host(reading, c, hit) for c in candidates if nearest[id(c)] is hit
                and reading.quote_level(c.participant.start) == reading.quote_level(hit.start)]
        own = [c for c in near if _side_of(reading, c, hit)]
        own_topics = [t for t in topics if _nearest(t, events) is hit]
        drafts.extend(_split_groups(reading, hit, own, places, dates, own_topics))
    return drafts


def _add_to_recent(earlier: list[Draft], reading: Reading, candidates: list[Candidate], topics,
                   joining: bool) -> None:
    """A sentence that names no event but reports its discussion or its participants ("Стороны обменялись
    мнениями …", "С казахстанской стороны участие приняли …") continues the event told just before it. The
    people a participation cue adds (`joining`) join its sides without telling which event it is."""
    target = next((d for d in reversed(earlier) if not d.frame), None)
    if target is None or reading.index - max(target.evidence) > CONTINUES_WITHIN:
        return
    target.candidates.extend(replace(c, joined=joining) for c in candidates)
    target.topics.extend(topics)
    target.evidence.add(reading.index)


def _side_of(reading: Reading, candidate: Candidate, hit: Hit) -> bool:
    """Whether a name near a trigger is one of its sides: a country or organisation in no side's position only
    for gatherings and talks; for a visit, a person after the verb only as its host ("посетил мавзолей
    Хирохито" is no visit to Hirohito)."""
    if candidate.loose and codes()[(hit.event_type, hit.status)]["any_name_is_side"] != "yes":
        return False
    if _visitor_after(reading, candidate, hit) or _subject_after(reading, candidate, hit):
        return True
    return not (hit.event_type == "visit" and candidate.participant.start > hit.end
                and candidate.participant.kind in ("person", "delegation")
                and candidate.effect not in ("recipient", "counterpart")
                and _relation(reading, candidate, hit) != "nsubj")


def _subject_after(reading: Reading, candidate: Candidate, hit: Hit) -> bool:
    """Kazakh "Астанаға ресми сапармен Хакан Фидан келді": a person after the visit word in the nominative (written
    as its normal, no case ending), with the verb still to come, is its subject, the visitor (names.yaml
    `nominative_subject`: a language whose other roles carry case endings)."""
    person = candidate.participant
    start = person.role.start if person.role else person.start
    # within the clause: not "… келуге шақырамын, – деді Тоқаев", the one who speaks of it
    return bool(reading.known.names.get("nominative_subject") and hit.event_type == "visit"
                and start > hit.end and person.kind in ("person", "delegation") and person.text == person.normal
                and not re.search(r"[,;:.!?–—]", reading.doc.text[hit.end:start]))


def _visitor_after(reading: Reading, candidate: Candidate, hit: Hit) -> bool:
    """Kazakh "ресми сапармен келген Қасым-Жомарт Тоқаевты …" (Tokayev, who came on a visit): the person the visit's
    participle describes is the visitor (names.yaml `visitor_participle`, matched between the visit word and the
    name, titles included): the first person after it, not the host named next."""
    participle = reading.known.visitor_participle
    if not participle or hit.event_type != "visit" or candidate.participant.start <= hit.end:
        return False
    start = candidate.participant.role.start if candidate.participant.role else candidate.participant.start
    nearer = any(m.label == "PER" and hit.end <= m.start < candidate.participant.start for m in reading.mentions)
    return not nearer and bool(participle.fullmatch(reading.doc.text[hit.end:start]))


def _as_host(reading: Reading, candidate: Candidate, hit: Hit) -> Candidate:
    """The object of a visit verb is its host, wherever it stands ("Елизавету II посетили родственники")."""
    if hit.event_type != "visit" or candidate.effect or _relation(reading, candidate, hit) != "obj":
        return candidate
    return replace(candidate, effect="recipient")


def _relation(reading: Reading, candidate: Candidate, hit: Hit) -> str | None:
    """How a name depends on the trigger in the parse (through the titles it stands in apposition to:
    "Министра … Мурата Нуртлеу посетил"), or None."""
    person = candidate.participant
    position = next((n for n, t in enumerate(reading.tokens) if person.start <= t.start < person.end), None)
    for _ in range(APPOSITION_DEPTH):
        if position is None:
            return None
        token, head = reading.tokens[position], reading.head_of(position)
        if head is None:
            return None
        if hit.start <= head.start < hit.end:
            return token.rel
        if not token.rel.startswith(("appos", "flat")):
            return None
        position = next((n for n, t in enumerate(reading.tokens) if t is head), None)
    return None


def _split_groups(reading: Reading, hit: Hit, own: list[Candidate], places, dates, topics) -> list[Draft]:
    """"провела встречи с A, а также B", "провел беседы с A, B и C", "встретился с A и B": one meeting per
    counterpart, each with the actor named before the trigger. A group of names that speak for one side together
    ("в лице директора X и члена правления Y") stays one meeting."""
    shared = [c for c in own if c.group == 0 and c.participant.end <= hit.start and c.effect != "counterpart"]
    others = [c for c in own if c not in shared]
    if not hit.plural:
        return [_draft(reading, hit, own, places, dates, topics)]
    meetings = []
    for group in sorted({c.group for c in others}):
        members = [c for c in others if c.group == group]
        # a group with no actor before the trigger is one side, unless its names are met "with" one by one
        # ("на полях саммита побеседовал с A, B и C": the actor is carried to each meeting afterwards)
        together = any(c.effect == "represents" for c in members) or \
            (not shared and not any(c.effect == "counterpart" for c in members))
        # one by one, each name listed after a "with" is met "with" too ("с A, с B и C - D": D as well)
        meetings.extend([members] if together else
                        [[c if c.effect or shared else replace(c, effect="counterpart")] for c in members])
    if len(meetings) < 2:
        return [_draft(reading, hit, own, places, dates, topics)]
    return [_draft(reading, hit, shared + members, places, dates, topics) for members in meetings]


def _draft(reading: Reading, hit: Hit, candidates, places, dates, topics) -> Draft:
    return Draft(hit=hit, sentence=reading.index, bounds=(reading.start, reading.sentence.end),
                 paragraph=reading.paragraph, candidates=list(candidates),
                 location=places[0] if places else None, date=dates[0] if dates else None,
                 topics=list(topics), evidence={reading.index})


CONTACT = ("meeting", "talks", "phone_call")


def _trigger_of_each(candidates: list[Candidate], hits: list[Hit]) -> dict[int, Hit]:
    """The trigger each side belongs to: the nearest one, except that a side met "with" ("с", "-мен") belongs to
    the nearest meeting, talk or call before it, and the names listed after it in its group go with it
    ("побеседовать в рамках саммита ШОС с Путиным, Моди и Эрдоганом": the talks, not the summit)."""
    chosen, listed = {}, {}
    for candidate in sorted(candidates, key=lambda c: c.participant.start):
        start = candidate.participant.start
        hit = _nearest(candidate.participant, hits)
        if candidate.effect == "counterpart":
            contact = [h for h in hits if h.end <= start and h.event_type in CONTACT]
            if contact:
                hit = listed[candidate.group] = contact[-1]
        elif candidate.group in listed and listed[candidate.group].end <= start:
            hit = listed[candidate.group]
        chosen[id(candidate)] = hit
    return chosen


def _nearest(span, hits: list[Hit]) -> Hit:
    """The trigger a span is an argument of: the closest one, the one before it on a tie."""
    def distance(hit: Hit) -> tuple[int, int]:
        if hit.end <= span.start:
            return span.start - hit.end, 0
        if span.end <= hit.start:
            return hit.start - span.end, 1
        return 0, 0

    return min(hits, key=distance)
