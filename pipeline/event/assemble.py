"""An event from the drafts that tell it: the main telling's trigger, each side once, place, date, topics and
evidence from all of them, and its codes and confidence."""
from __future__ import annotations

import copy
import datetime as dt
from collections import Counter

from ..countries import country_code, country_name, everyday_names
from ..document import Document
from ..geocode import geocode
from ..wordforms import abbreviates
from .knowledge import codes, function_words
from .model import Candidate, Draft, Event, Participant, SentenceCandidates, Span
from .participants import with_postings
from .reading import Reading

BACKGROUND_DAYS = 30  # news reports what happened in the last days; a month back is what it recalls
# a gathering's members are listed when its sides speak for this many states; with fewer (two leaders "на
# саммите ШОС") the organisation still stands for the others (the news set's gold: ru/033, kk/044 against ru/040)
MEMBERS_LISTED = 4
EXTRACTOR_VERSION = "events-0.2.0"  # 0.2.0: statuses cancelled/postponed, background, news-set rules


def build_event(group: list[Draft]) -> Event:
    # the most informative telling: the most sides named in its own sentence, then the earliest
    main = max((d for d in group if not d.frame),
               key=lambda d: (len({c.participant.normal for c in d.candidates
                                   if d.bounds[0] <= c.participant.start < d.bounds[1]}), -d.sentence))
    event = Event(event_id="", event_type=main.hit.event_type, status=main.hit.status,
                  trigger=Span(main.hit.text, main.hit.start, main.hit.end), lang="", background=main.hit.background)
    ordered = [main] + [d for d in group if d is not main]
    # the summit around a bilateral talk lends it its sentences, place and date, not its sides: the organisation
    # holding the summit is no side of the talk
    event.participants = _participants(event.event_type, [d for d in ordered if _same_kind(d, main)])
    if event.event_type == "multilateral" and len(_states(event.participants)) >= MEMBERS_LISTED:
        # GUIDELINES: "the organisation whose summit it is stands for its unnamed members, unless the members
        # are listed"
        event.participants = [p for p in event.participants if p.kind != "organization"]
    # where it happened as precisely as its tellings say: a city over its country ("прилетит в Москву" in the
    # headline, "посетит Россию" in the body); a frame ("в рамках саммита в Тяньцзине") lends its place only to
    # an event whose own tellings name none
    places = [d.location for d in ordered if d.location and not d.frame]
    places = places or [d.location for d in ordered if d.location]
    event.location = next((p for p in places if not country_code(p.normal)), places[0] if places else None)
    event.date = next((d.date for d in ordered if d.date), None)
    seen = set()
    # a topic repeated in a lead or conclusion is taken once, from the most detailed telling (the main one)
    told_here = [d for d in group if d.paragraph == main.paragraph and d.topics]
    for draft in sorted(told_here or group, key=lambda d: d.sentence):
        for topic in draft.topics:
            if (topic.start, topic.end) not in seen:
                seen.add((topic.start, topic.end))
                event.topics.append(topic)
    event.evidence = sorted({i for d in group for i in d.evidence})  # sentence indices until finish()
    return event


def _participants(event_type: str, drafts: list[Draft]) -> list[Participant]:
    """Each side once (by normal), taken from the draft that tells the event best; a country or organisation
    that one of the people already speaks for is not a side of its own, nor an organisation's abbreviation
    beside its full name."""
    chosen: dict[str, Candidate] = {}
    for draft in drafts:
        with_postings(draft.candidates)
        for candidate in draft.candidates:
            chosen.setdefault(candidate.participant.normal.lower(), candidate)
    _title_holders(event_type, list(chosen.values()))
    represented = {c.participant.affiliation.lower() for c in chosen.values()
                   if c.participant.kind in ("person", "delegation") and c.participant.affiliation}
    organisations = [c.participant.normal for c in chosen.values() if c.participant.kind == "organization"]
    participants = []
    for candidate in chosen.values():
        if candidate.participant.kind in ("country", "organization") and _part_of(candidate.participant.normal,
                                                                                   represented):
            continue
        if any(abbreviates(candidate.participant.normal, name, function_words()) for name in organisations):
            continue  # ОДКБ beside Организация Договора о коллективной безопасности: one side, by its full name
        person = copy.copy(candidate.participant)  # one mention may be a side of several events
        person.side = _side(event_type, candidate)
        participants.append(person)
    return participants


def _states(participants: list[Participant]) -> set[str]:
    """The states (ISO codes) the sides are or speak for."""
    return {country_code(p.affiliation) or country_code(p.normal) for p in participants} - {None}


def _title_holders(event_type: str, candidates: list[Candidate]) -> None:
    """A state named only by a title ("Қазақстан Президентінің сапары") beside the one person on its side whom the
    article gives no state ("Қасым-Жомарт Тоқаевты") is that person's: the person represents it (and the state
    is then no side of its own)."""
    for titled in candidates:
        if not titled.said_as or titled.participant.kind != "country":
            continue
        side = _side(event_type, titled)
        people = [c for c in candidates if c.participant.kind in ("person", "delegation")
                  and _side(event_type, c) == side]
        if len(people) == 1 and not people[0].participant.affiliation:
            people[0].participant.affiliation = titled.participant.normal
            people[0].participant.role = people[0].participant.role or titled.participant.role


def _same_kind(draft: Draft, main: Draft) -> bool:
    """Whether a draft's sides are sides of the event `main` tells: not a gathering's around a bilateral talk
    (a retelling of a gathering as "кездесу" still names its sides)."""
    return not (draft.hit.event_type == "multilateral" and main.hit.event_type != "multilateral")


def has_a_side(event: Event) -> bool:
    """Diplomatic events have identifiable sides: a state, an organisation, or a person with a title or whom
    they represent ("Дмитрий встретился с людьми" is no consultation)."""
    return any(p.kind in ("country", "organization") or p.role or p.affiliation for p in event.participants)


def _part_of(name: str, represented: set[str]) -> bool:
    """The side a person already represents, or a body of it ("БҰҰ ОААДӨО" beside a UN official); a state
    however it is named (`Российская Федерация` beside a minister of Россия)."""
    words = name.lower().split()
    code = country_code(name)
    return any(words[:len(side.split())] == side.split() or (code and country_code(side) == code)
               for side in represented)


def _side(event_type: str, candidate: Candidate) -> str:
    if event_type != "visit":
        return "participant"
    return "recipient" if candidate.effect in ("recipient", "counterpart") else "actor"


def share_place_and_date(events: list[Event]) -> None:
    """Events told in one sentence happened at one place and time unless they say otherwise ("Ключевым
    мероприятием рабочего визита стала совместная встреча …" took place in Paris, where the visit was)."""
    for event in events:
        for other in events:
            if other is event or not set(event.evidence) & set(other.evidence):
                continue
            event.location = event.location or other.location
            event.date = event.date or other.date


def share_between_siblings(events: list[Event]) -> None:
    """Meetings split from one plural trigger ("провела встречи с A, а также B") were reported together: they
    share what was discussed and the sentences that say so."""
    for event in events:
        for other in events:
            if other is event or other.trigger.start != event.trigger.start:
                continue
            known = {(t.start, t.end) for t in event.topics}
            event.topics.extend(t for t in other.topics if (t.start, t.end) not in known)
            event.evidence = sorted(set(event.evidence) | set(other.evidence))


def hosts_from_talks(events: list[Event]) -> None:
    """A visit that names no host is hosted by the one side the visitor meets in a sentence that tells both
    ("В ходе визита запланированы переговоры с … Фиданом"): that side is its recipient."""
    for visit in events:
        if visit.event_type != "visit" or any(p.side == "recipient" for p in visit.participants):
            continue
        visitors = {p.normal for p in visit.participants}
        for talk in events:
            if talk.event_type in ("visit", "multilateral") or not set(visit.evidence) & set(talk.evidence):
                continue
            others = [p for p in talk.participants if p.normal not in visitors]
            if visitors & {p.normal for p in talk.participants} and len(others) == 1:  # one host, not a round
                host = copy.copy(others[0])
                host.side = "recipient"
                visit.participants.append(host)
                break


def hosts_from_greeting(events: list[Event], sentences: list[SentenceCandidates]) -> None:
    """A visit that names no host is received by the leader of the state it goes to who greets the visitor in
    person (GUIDELINES "A visit and the talks during it": "В аэропорту … высокого гостя встретил Президент
    Республики Узбекистан Ислам Каримов"): the first person of a greeting sentence (greetings.tsv) told at or
    after the visit whose title is a leader's and who represents the visit's destination. An official who only
    greets is a side of nothing."""
    for visit, code in _hostless_visits(events):
        visitors = {p.normal for p in visit.participants}
        for sentence in sentences:
            reading = sentence.reading
            if reading.index < min(visit.evidence) or not any(g.search(reading.text) for g in reading.known.greetings):
                continue
            leader = next((c.participant for c in sentence.sides
                           if _leads(c.participant, code, reading) and c.participant.normal not in visitors), None)
            if leader:
                host = copy.copy(leader)
                host.side = "recipient"
                visit.participants.append(host)
                break


def _hostless_visits(events: list[Event]):
    """(visit, ISO code of the state it goes to) for each visit that names no host and goes to a known place."""
    for visit in events:
        if visit.event_type == "visit" and visit.location and not any(p.side == "recipient"
                                                                        for p in visit.participants):
            place = geocode(visit.location.normal)
            if place and place.country_iso3:
                yield visit, place.country_iso3


def _leads(person: Participant, code: str, reading: Reading) -> bool:
    return (person.kind == "person" and person.role is not None and country_code(person.affiliation) == code
            and any(title.search(person.role.text) for title in reading.known.leaders))


def hosts_from_destination(events: list[Event], doc: Document) -> None:
    """A visit that names no host is hosted by the state it goes to (GUIDELINES: "else the host country as
    `country`"): the state of its place ("прибыл в Анкару" → Турция), named as the article names it nearest the
    trigger, else by its everyday name with the place's span. A visitor of that state is home, not visiting."""
    for visit, code in _hostless_visits(events):
        if code in _states(visit.participants):
            continue
        named = [m for m in doc.mentions if m.label == "LOC" and country_code(m.normal) == code]
        nearest = min(named, key=lambda m: abs(m.start - visit.trigger.start), default=None)
        if nearest:
            host = Participant(nearest.text, nearest.start, nearest.end, normal=nearest.normal)
        else:
            lang = doc.sentence_of(visit.trigger.start).lang
            host = Participant(visit.location.text, visit.location.start, visit.location.end,
                               normal=everyday_names(lang).get(code, visit.location.normal))
        host.kind, host.affiliation, host.side = "country", host.normal, "recipient"
        visit.participants.append(host)


def background_by_date(events: list[Event], published: str | None) -> None:
    """An event that happened well before the article was published is told as background (GUIDELINES
    "Background meetings": "в 2012 году Казахстан посещали …" in a 2024 article): its date ends more than
    BACKGROUND_DAYS before the publication date."""
    if not published:
        return
    for event in events:
        if event.status == "occurred" and event.date and event.date.date_end:
            gap = dt.date.fromisoformat(published[:10]) - dt.date.fromisoformat(event.date.date_end)
            event.background = event.background or gap.days > BACKGROUND_DAYS


def states_as_written(events: list[Event], doc: Document) -> None:
    """An affiliation that is a state takes the name the article itself gives that state ("киргизскую сторону"
    in an article about Кыргызстан is Кыргызстан, not Киргизия): the most frequent of its place mentions."""
    written: dict[str, Counter] = {}
    for mention in doc.mentions:
        code = country_code(mention.normal) if mention.label == "LOC" else None
        if code:
            written.setdefault(code, Counter())[country_name(mention.normal)] += 1
    for event in events:
        for person in event.participants:
            code = country_code(person.affiliation)
            if code in written:
                person.affiliation = written[code].most_common(1)[0][0]


def finish(event: Event, doc: Document) -> None:
    sentences = doc.sentences
    event.evidence = [Span(doc.text[sentences[i].start:sentences[i].end], sentences[i].start, sentences[i].end)
                      for i in event.evidence]
    event.lang = doc.sentence_of(event.trigger.start).lang
    code = codes()[(event.event_type, event.status)]
    # a meeting called off or put off has no code (codes.tsv): null, not a claim that it happened
    event.plover_event, event.plover_mode, event.cameo_code = (code[key] or None for key in
                                                               ("plover_event", "plover_mode", "cameo_code"))
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
    score *= 1.0 if event.status == "occurred" else 0.8
    return round(min(score, 0.95), 2)
