"""Stage 5, events: diplomatic consultations (who met whom, in what role, where, when, about what), each
argument traced to its character span.

Each sentence is read for trigger words, the sides it names, places, dates and topics; every trigger becomes a
draft event; drafts telling the same event are merged (pipeline/event/merge.py). All knowledge is data under
models/events/ (see its README.md); languages differ by their data files only.
"""
from __future__ import annotations

import copy
import re

from .document import Document, Mention
from .event.knowledge import codes, knowledge
from .event.merge import Draft, group_drafts
from .event.model import Event, Participant, Span
from .event.names import full_name, mention_normal
from .event.participants import Candidate, sentence_sides, with_postings
from .event.places import dates_in, place_candidates
from .event.reading import Reading
from .event.topics import topics_in
from .event.triggers import Hit, find_triggers

REQUIRES = ("sentences", "tokens", "mentions")
PROVIDES = ("events",)

EXTRACTOR_VERSION = "events-0.1.0"
CARRY_BACK = 3  # sentences to look back for the actor of a sentence that names only the other side
TITLE_STEM = 3  # letters of each word compared when a title names a person ("посла" ~ "Посол")
CONTINUES_WITHIN = 2  # a sentence continues the event whose latest report is at most this many sentences back


def extract_events(doc: Document) -> Document:
    readings = _readings(doc)
    normal_of = _normaliser(doc, readings)
    drafts: list[Draft] = []
    sides_by_sentence: dict[int, list[Candidate]] = {}
    for reading in readings:
        drafts.extend(_drafts(doc, reading, normal_of, drafts, sides_by_sentence))
    for draft in drafts:
        _carry_actor(draft, readings, sides_by_sentence)
    _complete_people(drafts, sides_by_sentence)
    events = [_event(group) for group in group_drafts(drafts)]
    events = [e for e in events if _has_a_side(e)]
    _share_place_and_date(events, doc)
    _share_between_siblings(events)
    events.sort(key=lambda e: (e.evidence[0], e.trigger.start))
    for n, event in enumerate(events):
        event.event_id = f"{doc.doc_id}:e{n}"
        _finish(event, doc)
    doc.events = events
    return doc


def _readings(doc: Document) -> list[Reading]:
    readings = []
    for index, sentence in enumerate(doc.sentences):
        known = knowledge(sentence.lang)
        if not known.triggers:
            continue
        paragraph = next((n for n, p in enumerate(doc.paragraphs) if p.start <= sentence.start < p.end), -1)
        readings.append(Reading.of(doc, sentence, index, paragraph, known))
    return readings


def _normaliser(doc: Document, readings: list[Reading]):
    """A mention's normal for events: people by their full name as known from the whole document."""
    people = [mention_normal(m, r.tokens, r.known) for r in readings for m in r.mentions if m.label == "PER"]

    def normal_of(mention: Mention) -> str:
        reading = next(r for r in readings if r.sentence.start <= mention.start < r.sentence.end)
        normal = mention_normal(mention, reading.tokens, reading.known)
        return full_name(normal, people) if mention.label == "PER" else normal

    return normal_of


def _drafts(doc: Document, reading: Reading, normal_of, earlier: list[Draft],
            sides_by_sentence: dict[int, list[Candidate]]) -> list[Draft]:
    hits = find_triggers(reading)
    topics = topics_in(reading, anchored=bool(hits))
    joining = next((cue.effect for cue in reading.known.participation if cue.pattern.search(reading.text)), None)
    topic_spans = [(t.start, t.end) for t in topics]
    candidates, taken = sentence_sides(reading, topic_spans, normal_of, delegation=joining == "delegation")
    places = place_candidates(reading, taken + topic_spans, normal_of)
    if places:
        candidates = [c for c in candidates if c.participant.start != places[0].start]
    sides_by_sentence[reading.index] = candidates  # kept for actors carried over and titles told elsewhere
    if not (hits or topics or joining):
        return []
    dates = dates_in(reading, doc.published_date, topic_spans, [(h.start, h.end) for h in hits])
    events = [h for h in hits if h.status != "frame"]
    drafts = [_draft(reading, h, [], places, dates, []) for h in hits if h.status == "frame"]
    if not events:
        if not hits:
            _add_to_recent(earlier, reading, candidates, topics)
        return drafts
    nearest = {id(c): _nearest(c.participant, events) for c in candidates}
    for hit in events:
        own = [c for c in candidates if nearest[id(c)] is hit and _side_of(c, hit)
               and reading.quote_level(c.participant.start) == reading.quote_level(hit.start)]
        own_topics = [t for t in topics if _nearest(t, events) is hit]
        drafts.extend(_split_groups(reading, hit, own, places, dates, own_topics))
    return drafts


def _add_to_recent(earlier: list[Draft], reading: Reading, candidates: list[Candidate], topics) -> None:
    """A sentence that names no event but reports its discussion or its participants ("Стороны обменялись
    мнениями …", "С казахстанской стороны участие приняли …") continues the event told just before it."""
    target = next((d for d in reversed(earlier) if not d.frame), None)
    if target is None or reading.index - max(target.evidence) > CONTINUES_WITHIN:
        return
    target.candidates.extend(candidates)
    target.topics.extend(topics)
    target.evidence.add(reading.index)


def _side_of(candidate: Candidate, hit: Hit) -> bool:
    """Whether a name near a trigger is one of its sides: a country or organisation in no side's position only
    for gatherings and talks; for a visit, a person after the verb only as its host ("посетил мавзолей
    Хирохито" is no visit to Hirohito)."""
    if candidate.loose and codes()[(hit.event_type, hit.status)]["any_name_is_side"] != "yes":
        return False
    return not (hit.event_type == "visit" and candidate.participant.start > hit.end
                and candidate.participant.kind in ("person", "delegation")
                and candidate.effect not in ("recipient", "counterpart"))


def _split_groups(reading: Reading, hit: Hit, own: list[Candidate], places, dates, topics) -> list[Draft]:
    """"провела встречи с A, а также B": one meeting per counterpart group, each with the actor named before
    the trigger."""
    shared = [c for c in own if c.group == 0 and c.participant.end <= hit.start]
    others = [c for c in own if c not in shared]
    groups = sorted({c.group for c in others})
    if not hit.plural or len(groups) < 2:
        return [_draft(reading, hit, own, places, dates, topics)]
    drafts = []
    for group in groups:
        members = shared + [c for c in others if c.group == group]
        drafts.append(_draft(reading, hit, members, places, dates, topics))
    return drafts


def _draft(reading: Reading, hit: Hit, candidates, places, dates, topics) -> Draft:
    return Draft(hit=hit, sentence=reading.index, bounds=(reading.start, reading.sentence.end),
                 paragraph=reading.paragraph, candidates=list(candidates),
                 location=places[0] if places else None, date=dates[0] if dates else None,
                 topics=list(topics), evidence={reading.index})


def _nearest(span, hits: list[Hit]) -> Hit:
    """The trigger a span is an argument of: the closest one, the one before it on a tie."""
    def distance(hit: Hit) -> tuple[int, int]:
        if hit.end <= span.start:
            return span.start - hit.end, 0
        if span.end <= hit.start:
            return hit.start - span.end, 1
        return 0, 0

    return min(hits, key=distance)


def _carry_actor(draft: Draft, readings: list[Reading], sides_by_sentence: dict[int, list[Candidate]]) -> None:
    """A trigger whose first person is the other side ("В ходе беседы с …", "… Н.Германмен кездесіп", "а затем
    провел встречу с …") or that has only a pronoun ("сказал он") has its actor earlier: the nearest person not
    met "with", before the trigger in its sentence or in the sentences just before."""
    if draft.frame:
        return
    people = sorted((c for c in draft.candidates if c.participant.kind in ("person", "delegation")),
                    key=lambda c: c.participant.start)
    if people and people[0].effect not in ("counterpart", "recipient"):
        return
    if not people:
        reading = next(r for r in readings if r.index == draft.sentence)
        pronouns = set(reading.known.names.get("pronouns", ()))
        if not pronouns & {w.strip(".,;:!?»«").lower() for w in reading.text.split()}:
            return
    for back in range(draft.sentence, draft.sentence - 1 - CARRY_BACK, -1):
        actors = [c for c in sides_by_sentence.get(back, ())
                  if c.participant.kind in ("person", "delegation") and c.effect not in ("counterpart", "recipient")
                  and (back < draft.sentence or c.participant.end <= draft.hit.start)]
        if actors:
            draft.candidates.insert(0, copy.deepcopy(actors[0]))
            return


def _complete_people(drafts: list[Draft], sides_by_sentence: dict[int, list[Candidate]]) -> None:
    """A person named bare ("Абдрахманов посетил …") keeps the title and side they were given elsewhere in the
    article ("министр иностранных дел Казахстана Кайрат Абдрахманов"); a side named only by a title ("Президент
    США встретился …", "во встрече посла Казахстана") is the person the article gives that title."""
    told = {}
    for candidates in sides_by_sentence.values():
        for candidate in candidates:
            person = candidate.participant
            if person.kind in ("person", "delegation") and (person.role or person.affiliation):
                best = told.get(person.normal)
                if best is None or (best.role is None and person.role) or (not best.affiliation and person.affiliation):
                    told[person.normal] = person
    by_title = {_title_key(p.role.text): p for p in told.values() if p.role}
    for draft in drafts:
        for candidate in draft.candidates:
            titled = by_title.get(_title_key(candidate.said_as)) if candidate.said_as else None
            if titled:
                candidate.participant = copy.copy(titled)
            person, known = candidate.participant, told.get(candidate.participant.normal)
            if known is None or known is person:
                continue
            if person.role is None and person.affiliation is None:
                person.role = known.role
            person.affiliation = person.affiliation or known.affiliation


def _title_key(title: str) -> tuple[str, ...]:
    """A title's words cut to their first letters, so case forms compare equal ("послом" ~ "Посол")."""
    return tuple(word[:TITLE_STEM] for word in re.findall(r"\w+", title.lower()))


def _event(group: list[Draft]) -> Event:
    # the most informative telling: the most sides named in its own sentence, then the earliest
    main = max((d for d in group if not d.frame),
               key=lambda d: (len({c.participant.normal for c in d.candidates
                                   if d.bounds[0] <= c.participant.start < d.bounds[1]}), -d.sentence))
    event = Event(event_id="", event_type=main.hit.event_type, status=main.hit.status,
                  trigger=Span(main.hit.text, main.hit.start, main.hit.end), lang="")
    ordered = [main] + [d for d in group if d is not main]
    event.participants = _participants(event.event_type, ordered)
    event.location = next((d.location for d in ordered if d.location), None)
    event.date = next((d.date for d in ordered if d.date), None)
    seen = set()
    # a topic repeated in a lead or conclusion is taken once, from the most detailed telling (the main one)
    told_here = [d for d in group if d.paragraph == main.paragraph and d.topics]
    for draft in sorted(told_here or group, key=lambda d: d.sentence):
        for topic in draft.topics:
            if (topic.start, topic.end) not in seen:
                seen.add((topic.start, topic.end))
                event.topics.append(topic)
    event.evidence = sorted({i for d in group for i in d.evidence})  # sentence indices until _finish
    return event


def _participants(event_type: str, drafts: list[Draft]) -> list[Participant]:
    """Each side once (by normal), taken from the draft that tells the event best; a country or organisation
    that one of the people already speaks for is not a side of its own."""
    chosen: dict[str, Candidate] = {}
    for draft in drafts:
        with_postings(draft.candidates)
        for candidate in draft.candidates:
            chosen.setdefault(candidate.participant.normal.lower(), candidate)
    represented = {c.participant.affiliation.lower() for c in chosen.values()
                   if c.participant.kind in ("person", "delegation") and c.participant.affiliation}
    participants = []
    for candidate in chosen.values():
        if candidate.participant.kind in ("country", "organization") and _part_of(candidate.participant.normal,
                                                                                   represented):
            continue
        person = copy.copy(candidate.participant)  # one mention may be a side of several events
        person.side = _side(event_type, candidate)
        participants.append(person)
    return participants


def _has_a_side(event: Event) -> bool:
    """Diplomatic events have identifiable sides: a state, an organisation, or a person with a title or whom
    they represent ("Дмитрий встретился с людьми" is no consultation)."""
    return any(p.kind in ("country", "organization") or p.role or p.affiliation for p in event.participants)


def _part_of(name: str, represented: set[str]) -> bool:
    """The side a person already represents, or a body of it ("БҰҰ ОААДӨО" beside a UN official)."""
    words = name.lower().split()
    return any(words[:len(side.split())] == side.split() for side in represented)


def _side(event_type: str, candidate: Candidate) -> str:
    if event_type != "visit":
        return "participant"
    return "recipient" if candidate.effect in ("recipient", "counterpart") else "actor"


def _share_place_and_date(events: list[Event], doc: Document) -> None:
    """Events told in one sentence happened at one place and time unless they say otherwise ("Ключевым
    мероприятием рабочего визита стала совместная встреча …" took place in Paris, where the visit was)."""
    for event in events:
        for other in events:
            if other is event or not set(event.evidence) & set(other.evidence):
                continue
            event.location = event.location or other.location
            event.date = event.date or other.date


def _share_between_siblings(events: list[Event]) -> None:
    """Meetings split from one plural trigger ("провела встречи с A, а также B") were reported together: they
    share what was discussed and the sentences that say so."""
    for event in events:
        for other in events:
            if other is event or other.trigger.start != event.trigger.start:
                continue
            known = {(t.start, t.end) for t in event.topics}
            event.topics.extend(t for t in other.topics if (t.start, t.end) not in known)
            event.evidence = sorted(set(event.evidence) | set(other.evidence))


def _finish(event: Event, doc: Document) -> None:
    sentences = doc.sentences
    event.evidence = [Span(doc.text[sentences[i].start:sentences[i].end], sentences[i].start, sentences[i].end)
                      for i in event.evidence]
    event.lang = doc.sentence_of(event.trigger.start).lang
    code = codes()[(event.event_type, event.status)]
    event.plover_event, event.plover_mode, event.cameo_code = code["plover_event"], code["plover_mode"], code["cameo_code"]
    event.confidence = _confidence(event)
    event.extractor_version = EXTRACTOR_VERSION


def _confidence(event: Event) -> float:
    """A rough score of how fully the event is attested: two or more sides, titles, what was discussed, more
    than one report of it; planned events are less certain."""
    score = 0.4
    score += 0.2 if len(event.participants) >= 2 else 0.0
    score += 0.1 if any(p.role or p.affiliation for p in event.participants) else 0.0
    score += 0.1 if event.topics else 0.0
    score += 0.1 if len(event.evidence) > 1 else 0.0
    score *= 0.8 if event.status == "planned" else 1.0
    return round(min(score, 0.95), 2)
