"""Who is who across sentences: the actor a sentence leaves out, the title and side a person was given
elsewhere, and the person a bare title stands for."""
from __future__ import annotations

import copy
import re

from ..countries import country_code
from .model import Candidate, Draft, Participant, Span
from .reading import Reading

CARRY_BACK = 3  # sentences to look back for the actor of a sentence that names only the other side
BOTH_BACK = 5  # sentences to look back for the two heads a "мемлекет басшылары" stands for
CONTACT = ("meeting", "talks", "phone_call")
TITLE_STEM = 3  # letters of each word compared when a title names a person ("посла" ~ "Посол")


def carry_actor(draft: Draft, readings: list[Reading], sides_by_sentence: dict[int, list[Candidate]]) -> None:
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
        named = {c.participant.normal for c in draft.candidates}
        actors = [c for c in sides_by_sentence.get(back, ())
                  if c.participant.kind in ("person", "delegation") and c.effect not in ("counterpart", "recipient")
                  and c.participant.normal not in named
                  and (back < draft.sentence or c.participant.end <= draft.hit.start)]
        if actors:
            draft.candidates.insert(0, copy.deepcopy(actors[0]))
            return


def sides_of_both(drafts: list[Draft], readings: list[Reading], sides_by_sentence: dict[int, list[Candidate]]) -> None:
    """A meeting, talk or call that names no one but "the heads of state" ("Одан соң мемлекеттер басшылары келіссөз
    жүргізді", names.yaml `both_sides`) is between the two people the last sentence naming people names, within
    BOTH_BACK sentences: the heads of the two states the article is about (the visitor and the host of a state
    visit). The words naming them are their title there. Where the article tells a contact with its sides named,
    the heads retell that one, and a contact they discussed is a topic, no event."""
    by_index = {reading.index: reading for reading in readings}
    if any(d.hit.event_type in CONTACT and d.candidates and not d.frame for d in drafts):
        return
    for draft in drafts:
        reading = by_index[draft.sentence]
        both = reading.known.both_sides
        if draft.frame or draft.hit.event_type not in CONTACT or not both:
            continue
        said = both.search(reading.text)
        # "Мемлекет басшылары алдағы кездесуге дайындықты талқылады": a meeting they discussed is a topic
        if not said or any(t.start <= draft.hit.start < t.end for t in draft.topics):
            continue
        heads = {}
        for back in range(draft.sentence - 1, draft.sentence - 1 - BOTH_BACK, -1):
            named = {c.participant.normal: c for c in sides_by_sentence.get(back, ())
                     if c.participant.kind in ("person", "delegation") and c.participant.normal not in heads}
            if len(heads) + len(named) > 2:
                break
            heads.update(named)
        if len(heads) != 2:
            continue
        start = reading.start + said.start()
        title = Span(said.group(), start, start + len(said.group()))
        for candidate in heads.values():
            head = copy.deepcopy(candidate)
            head.effect, head.participant.role = "", title
            draft.candidates.append(head)


def complete_people(drafts: list[Draft], sides_by_sentence: dict[int, list[Candidate]]) -> None:
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
    named = {c.participant.normal: c.participant for candidates in sides_by_sentence.values() for c in candidates
             if c.participant.kind == "person" and len(c.participant.normal.split()) > 1}
    for draft in drafts:
        for candidate in draft.candidates:
            titled = (by_title.get(_title_key(candidate.said_as)) or _holder(candidate, told.values())
                      or _home_holder(candidate, named.values(), told) if candidate.said_as else None)
            if titled:
                candidate.participant = copy.copy(titled)
            person, known = candidate.participant, told.get(candidate.participant.normal)
            if known is None or known is person:
                continue
            if person.role is None and person.affiliation is None:
                person.role = known.role
            person.affiliation = person.affiliation or known.affiliation


def _holder(candidate: Candidate, people) -> Participant | None:
    """The one person the article gives the same title word for the same state ("Қазақстан Президентінің" →
    "Президент Қасым-Жомарт Тоқаев", affiliated with Қазақстан), where the title is not written alike."""
    code = country_code(candidate.participant.normal)
    if not code:
        return None
    words = set(_title_key(candidate.said_as)) - set(_title_key(candidate.participant.text))
    holders = {p.normal: p for p in people if p.role and country_code(p.affiliation) == code
               and words & set(_title_key(p.role.text))}
    return next(iter(holders.values())) if len(holders) == 1 else None


def _home_holder(candidate: Candidate, people, told: dict[str, Participant]) -> Participant | None:
    """A title that names its state by itself ("деді Мемлекет басшысы", names.yaml `home_titles`) is the one person
    the article names in full whom nothing gives another state; they are given that state and the title."""
    person = candidate.participant
    code = country_code(person.normal)
    if not code or person.text != candidate.said_as:
        return None
    holders = [p for p in people if country_code((told.get(p.normal) or p).affiliation) in (None, code)]
    if len(holders) != 1:
        return None
    holder = copy.copy(holders[0])
    holder.role, holder.affiliation = holder.role or person.role, holder.affiliation or person.normal
    return holder


def _title_key(title: str) -> tuple[str, ...]:
    """A title's words cut to their first letters, so case forms compare equal ("послом" ~ "Посол")."""
    return tuple(word[:TITLE_STEM] for word in re.findall(r"\w+", title.lower()))


def drop_reporters(drafts: list[Draft], readings: list[Reading]) -> None:
    """A press secretary the article names bare where they speak again ("Песков рассказал, что …") reports that
    event too, and is no side of it: the title is known from the sentence that gave it (`Reading.reporters`)."""
    reporters = {name for reading in readings for name in reading.reporters}
    if not reporters:
        return
    by_index = {reading.index: reading for reading in readings}
    for draft in drafts:
        if by_index[draft.sentence].speaks:
            draft.candidates = [c for c in draft.candidates if c.participant.normal not in reporters]
