"""Step 2 of the events stage, arguments: which candidate is an argument of which trigger, and in what part
(`Candidate.effect`). The rules about who is who are here, in the order they apply: within a sentence, the sides
nearest each trigger (a name met "with" goes to the meeting before it, a visit's object is its host, a loose
country only to a gathering), split into one meeting per counterpart where a plural trigger lists them; a
sentence naming no event adds its sides and topics to the event told just before it. Across sentences, the actor
a sentence leaves out, "the heads of state" as the two people named before, the title and side a person was
given elsewhere, the person a bare title stands for, and the reporters who are no side. What needs the merged
event comes after the merge (assemble.py): a diplomat's posting lent to the counterparts, a state named by a
title lent to its one person, and each side's argument role, which the event's type decides (merge.py may
make talks of a visit's sides).
"""
from __future__ import annotations

import copy
import os
import re
from dataclasses import replace

from ..countries import country_code, resolve
from ..document import Token
from ..geocode import state_of
from ..wordforms import shortens
from .knowledge import CONTACT, Knowledge, codes, known_state, state_spoken_for
from .model import Candidate, Draft, Hit, Participant, Place, SentenceCandidates, Span
from .names import name_of
from .places import dates_of, long_before
from .reading import Reading
from .roles import country_of_adjective, titles_in

APPOSITION_DEPTH = 3  # appositions followed from a name up to the title the parse hangs on the trigger
CONTINUES_WITHIN = 2  # a sentence continues the event whose latest report is at most this many sentences back
# who attended a contact word written as such ("Кездесуге … қатысты", names.yaml `attended_back`) attended the event
# reported at most this many sentences back: Kazakh reports close on it, after the quotes and what was said
ATTENDS_WITHIN = 6
# what was discussed, told after what was said at the event ("… сөйлесті. … құттықтады. … атап өтті. Президенттер …
# талқылады"), continues the event reported at most this many sentences back
DISCUSSED_WITHIN = 4
CARRY_BACK = 3  # sentences to look back for the actor of a sentence that names only the other side
WE_BACK = 2  # sentences to look back, in a quotation's paragraph, for the one "we" includes beside the speaker
FORMER_BEFORE = 20  # characters read before a title for a word of an office once held ("бывшего")
BOTH_BACK = 5  # sentences to look back for the two heads a "мемлекет басшылары" stands for
BOTH_AHEAD = 2  # sentences to look on for the one of them named only after ("Шавкат Мирзиёев отметил …")
HEADS_BACK = 2  # sentences to look back for the heads of state a gathering's "мемлекет басшылары" stands for
GATHERED_SIDES = 3  # people or states named there that make them a gathering's, not a bilateral's two heads
COUNTED_BACK = 4  # sentences to look back for the states a gathering's "пяти стран" stands for
TITLE_STEM = 3  # letters of each word compared when a title names a person ("посла" ~ "Посол")
WORD = re.compile(r"[\w-]+")
# a title of up to four words joined before another by a dash ("Заместитель Премьер-министра – Министр …"), read
# within DASH_JOINED_REACH characters before the other
DASH_JOINED_TITLE = re.compile(r"((?:[\w-]+\s+){0,3}[\w-]+)\s+[–—]\s*$")
DASH_JOINED_REACH = 60


def assign_arguments(sentences: list[SentenceCandidates]) -> list[Draft]:
    """The event mentions of a document's sentences (`find_candidates`, in text order): one `Draft` per trigger,
    or per counterpart of a plural one, holding the candidates that are its arguments with their part
    (`Candidate.effect`), its place, date and topics; a frame ("в рамках саммита") is a draft with no sides. The
    candidates' participants get the titles and affiliations other sentences give them (the same objects the
    sentence's sides hold)."""
    drafts: list[Draft] = []
    absent: set[str] = set()
    domestic = -1  # the last sentence naming a domestic body's gathering
    discussed_at = None  # (index, place) of a sentence telling only what was discussed where, no event before it
    for sentence in sentences:
        domestic = sentence.index if sentence.domestic else domestic
        if sentence.participation == "absent":
            absent |= {c.participant.normal for c in sentence.sides}
            continue
        if sentence.triggers and _takes_part_in_domestic(drafts, sentence, domestic):
            continue
        if sentence.triggers and not _takes_part_in_recent(drafts, sentence, domestic):
            _retold_session(drafts, sentence)
            told = _drafts(sentence)
            if discussed_at and discussed_at[0] == sentence.index - 1:
                for draft in told:
                    _placed_by_discussion(draft, discussed_at[1])
            drafts.extend(told)
        elif sentence.topics or sentence.participation:
            target = _continue_recent(drafts, sentence, domestic)
            discussed_at = (sentence.index, sentence.places[0]) \
                if target is None and _discussed_only(sentence) and sentence.places else None
    for draft in drafts:
        if draft.hit.event_type == "multilateral":
            # "Армения своего представителя на заседание не направила": who stayed away is no side of the gathering
            draft.candidates = [c for c in draft.candidates if c.participant.normal not in absent]
    by_index = {sentence.index: sentence for sentence in sentences}
    reporters = _reporters(by_index)
    _titled_first(drafts, by_index)
    _invited_unnamed(drafts, by_index)
    spoken = []
    for draft in drafts:
        if _quote_speaker(draft, by_index):
            spoken.append(draft)
        else:
            _carry_actor(draft, by_index)
    for draft in spoken:
        _we_again(draft, drafts, by_index)
    _sides_of_both(drafts, by_index, reporters)
    _next_of_told(drafts)
    _heads_at_gathering(drafts, by_index, reporters)
    _counted_states(drafts, by_index, reporters)
    _complete_people(drafts, by_index, reporters)
    _drop_reporters(drafts, by_index, reporters)
    return drafts


def _next_of_told(drafts: list[Draft]) -> None:
    """"В Астане состоялись консультации МИД Казахстана и Венгрии. … Следующий раунд консультаций пройдет в
    Будапеште": the next of a recurring contact (`Hit.another`) naming no side is held by the sides of the contact
    of its kind told at most CONTINUES_WITHIN sentences before it, which it is the next of (a planned event of its
    own: merge keeps the two apart). Changes the drafts' candidates."""
    for n, draft in enumerate(drafts):
        if not draft.hit.another or draft.frame or draft.candidates or draft.hit.event_type not in CONTACT:
            continue
        told = next((d for d in reversed(drafts[:n]) if not d.frame and not d.hit.another
                     and d.hit.event_type in CONTACT and len(d.candidates) >= 2
                     and 0 < draft.sentence - d.sentence <= CONTINUES_WITHIN), None)
        if told is not None:
            draft.candidates = [copy.deepcopy(c) for c in told.candidates]


def _retold_session(earlier: list[Draft], sentence: SentenceCandidates) -> None:
    """A session word alone ("Заседание прошло под сопредседательством …", "Отырысқа … төрағалық етті"), in a
    sentence naming no organisation, right after a meeting told by the same word (a bilateral body's session,
    triggers.tsv: "заседание Межправительственного совета Кыргызстана и Таджикистана") retells that meeting: it
    takes its type, as its gathering's type had made the two events of other types and the meeting a gathering."""
    told = next((d for d in reversed(earlier) if d.sentence == sentence.index - 1
                 and d.hit.event_type in CONTACT and not d.frame), None)
    if told is None or any(c.participant.kind == "organization" for c in sentence.sides):
        return
    sentence.triggers = [replace(hit, event_type=told.hit.event_type)
                         if hit.event_type == "multilateral" and len(hit.text.split()) == 1
                         and _alike(hit.text.lower(), told.hit.text.lower()) else hit for hit in sentence.triggers]


def _drafts(sentence: SentenceCandidates) -> list[Draft]:
    """A sentence's drafts: a frame's with no sides; each other trigger's with the sides nearest it in the same
    narration or quotation that can be its sides, and the topics nearest it."""
    reading, places, dates, topics = sentence.reading, sentence.places, sentence.dates, sentence.topics
    # "В ходе визита Ильхама Алиева в Астану …": a frame naming its visitor and where to tells the visit
    # so does one whose visitor is the clause's subject ("В ходе визита в Китай Токаев провел переговоры"), with a
    # frame's dates only: "Вчера … в рамках рабочего визита в Китай встретился …" dates the meeting
    framing = {id(h): dates_of(reading, h, dates, sentence.triggers) for h in sentence.triggers
               if h.status == "frame" and any(_subject_of_framing_visit(reading, c, h) for c in sentence.sides)}
    told = {id(h): replace(h, status=h.told_status) for h in sentence.triggers if h.status == "frame"
            and (id(h) in framing or any(_visitor_of_noun(reading, c, h) for c in sentence.sides))}
    triggers = [told.get(id(h), h) for h in sentence.triggers]
    dates_for = {id(h): _before_invited(reading, dates_of(reading, h, dates, triggers), h, triggers) for h in triggers}
    dates_for.update({id(told[key]): own for key, own in framing.items()})
    breaks = [reading.sentence.start + m.start() for m in reading.known.clause_break.finditer(reading.text)] \
        if reading.known.clause_break else []
    stops = _stops(reading, triggers, places, breaks)
    sentence_places = [p for p in places if all(not stop or p.start != stop.start for stop in stops.values())]
    drafts = [_draft(reading, h, [], sentence_places, dates_for[id(h)], []) for h in triggers if h.status == "frame"]
    events = [h for h in triggers if h.status != "frame"]
    if not events:
        return drafts
    nearest = _trigger_of_each(sentence.sides, events, reading.known.verb_final, breaks)
    # the person a visit's participle describes is its visitor ("Тоқаев Қазақстанға сапармен келген …
    # Мирзиёевпен кездесті", "… Фиданом, прибывшим в Москву с рабочим визитом"), whichever trigger is nearer, and
    # a side of the other trigger he is nearest to; the main clause's subject is no visitor
    described = {id(c): h for h in events for c in sentence.sides if _described_visitor(reading, c, h)}
    # so is the subject of the clause a visit noun hangs on, the visit's other sides kept ("По приглашению
    # Токаева в Астану с визитом прибыл … Мирзиёев": Tokayev hosts)
    subjects = {id(c): h for h in events for c in sentence.sides
                if id(c) not in described and _subject_of_framing_visit(reading, c, h)}
    with_visitor = set(map(id, described.values())) | set(map(id, subjects.values()))
    for c in sentence.sides:
        # the visitor's nearest other trigger has him too; anyone else nearest that visit goes to the other one
        # ("Тоқаев Ақордада … сапармен келген Мирзиёевті қабылдады": Tokayev receives)
        visit = nearest[id(c)]
        # but one who invited the visitor hosts the visit ("…, прибывшего в Ханчжоу по приглашению … Си Цзиньпина
        # для участия в саммите": `_trigger_of_each`)
        if id(visit) in with_visitor and described.get(id(c), subjects.get(id(c))) in (visit, None) \
                and len(events) > 1 and not (c.effect == "recipient" and visit.event_type == "visit"):
            # a meeting over another word of the visit ("… Нуртлеу, который прибыл в Ташкент с рабочим визитом")
            others = [h for h in events if h is not visit]
            nearest[id(c)] = _nearest(c.participant, [h for h in others if h.event_type != "visit"] or others)
    # the visitor a visit noun governs in the genitive, where to told after them ("В связи с переносом визита
    # президента … Токаева в Китай встреча министров … отложена"), is that visit's, however near the next event word
    for c in sentence.sides:
        noun = next((h for h in events if h.event_type == "visit" and _visitor_of_noun(reading, c, h)), None)
        if noun is not None and id(c) not in described and id(c) not in subjects:
            nearest[id(c)] = noun
    # a person in the genitive owning a visit noun ("Кездесуде Матвиенко Путиннің былтыр … жасаған сапарының
    # нәтижелерін атап өтті") is that visit's, however near the retold meeting, and no side of another event where
    # the visit is none ("Таро Асоның алдағы сапарына дайындықты талқылады": a topic)
    # the place and date between them its own ("былтыр қарашада Қазақстанға")
    owned = {}
    for c in sentence.sides:
        if (at := _possessed_visit(reading, c.participant)) is not None:
            nearest[id(c)] = next((h for h in events if h.event_type == "visit" and h.start == at), None)
            owned[(c.participant.end, at)] = nearest[id(c)]
    for hit in events:
        if owned:
            dates_for[id(hit)] = [d for d in dates_for[id(hit)] if all(
                not start <= d.start < end or hit is visit for (start, end), visit in owned.items())]
        # a visit goes where the sentence's visits go first (places.place_candidates), a contact where it names first
        first = [d for d in sentence.destinations[:1] if d in sentence_places] if hit.event_type == "visit" else []
        ordered = first + [p for p in sentence_places if p not in first]
        places = [] if id(hit) in stops else _before_invited(reading, _clause_first(ordered, hit, breaks), hit, events)
        # where a visit told with another status goes is not where this event was ("По итогам встречи … в
        # сентябре делегация посетит Алматинскую область": not the meeting's place), unless the trip is made to
        # attend it ("вылетел в Тяньцзинь для участия в саммите": `_travel_to_attend`)
        places = [p for p in places if not any(p is d and (visit := _nearest(d, events)).event_type == "visit"
                                               and visit.status != hit.status and not _attended(reading, visit, hit)
                                               for d in sentence.destinations)]
        places = [p for p in places if all(not start <= p.start < end or hit is visit
                                           for (start, end), visit in owned.items())]
        # where the visitor goes on to after the contact is not where they met ("встретился с Макроном, а затем
        # вылетел в Германию"), nor is it lent to the contact later (merge._share_place_and_date)
        onward = [h for h in events if _moves_on(reading, hit, h)]
        for visit in onward:
            visit.onward = True
        # (Kazakh, read with no parse: the place in the dative between them, "… жүргізіп, кейін Германияға аттанды")
        places = [p for p in places if all(p.start < visit.start and (reading.parsed or p.start < hit.end)
                                           for visit in onward)]
        if hit.onward:  # told after the contact's clause, where it goes is named after it ("… и отправился в Баку")
            after = hit.start if reading.parsed else max(
                (h.end for h in events if h.end <= hit.start and h.event_type in CONTACT), default=0)
            places = [p for p in places if p.start >= after]
        near = [_as_host(reading, c, hit) for c in sentence.sides if nearest[id(c)] is hit
                and reading.quote_level(c.participant.start) == reading.quote_level(hit.start)]
        own = [c for c in near if _side_of(reading, c, hit) and not _speaker(reading, c, hit, sentence.sides)]
        # who is named in what a side says after the event word is spoken of, where two people outside it met
        # ("По итогам переговоров с Фиданом Лавров заявил, что позиция Зеленского …": Zelensky met no one)
        unsaid = [c for c in own if not _said_after(reading, c, hit)]
        if len(unsaid) < len(own) and sum(c.participant.kind in ("person", "delegation") for c in unsaid) >= 2:
            own = unsaid
        visitor = next((c for c in sentence.sides if described.get(id(c)) is hit), None)
        if visitor is not None:  # with whoever a cue names its host ("по приглашению …")
            own = [replace(visitor, effect="")] + [c for c in own if c.effect == "recipient"
                                                   and c.participant is not visitor.participant]
        own += [c for c in sentence.sides if subjects.get(id(c)) is hit and not any(o.participant is c.participant
                                                                                      for o in own)]
        own_topics = [t for t in topics if _nearest(t, events) is hit]
        if hit.event_type == "visit" and (len(sentence.destinations) > 1 or not places) and sentence.destinations \
                and _nearest(sentence.destinations[0], events) is hit and id(hit) not in stops:
            # "планирует посетить Таджикистан, Туркменистан и Китай": one visit per place; a visit told as what
            # was discussed goes to the places of its topic, which are no other event's (candidates._read)
            drafts.extend(_draft(reading, hit, own, [place], dates_for[id(hit)], own_topics)
                          for place in sentence.destinations)
            continue
        split = _split_groups(reading, hit, own, places, dates_for[id(hit)], own_topics)
        for draft in split:
            draft.passes = stops.get(id(hit))
        drafts.extend(split)
    _travel_to_attend(reading, drafts)
    _visitor_of_relative_clause(reading, drafts, sentence.sides)
    _recalled_visitor(reading, drafts)
    _reported_visitor(reading, drafts)
    _invited_during(reading, drafts)
    return drafts


def _recalled_visitor(reading: Reading, drafts: list[Draft]) -> None:
    """A visit recalled (`Hit.recalled`) or told inside what was discussed (a topic of its own: "обсудили итоги
    визита Эрдогана в Астану") whose clause names its visitor after the visit noun ("Нуртлеу и Фидан обсудили
    реализацию договоренностей, достигнутых в ходе визита Президента Турции … Эрдогана в Астану",
    `_visitor_of_noun`) is that visitor's: who discussed it, named before the clause or topic, are no sides of it.
    (A recalled visit naming no visitor in its clause keeps them: "… достигнутых в ходе его визита в Пекин";
    every recalled event keeping only its clause's sides lost a held-out event, models/events/README.md.) So is a
    contact told as what was discussed or reported that names two people after its noun ("проинформировал
    коллегу об итогах встречи Президента Садыра Жапарова с Владимиром Путиным": Japarov and Putin met).
    Any other visit whose noun names its visitor so is his too ("Науседа осудил визит президента Венгрии Виктора
    Орбана в Минск", "Кан … накануне визита главы МИДа"): who is named before the noun speaks of it and is no
    visitor; he hosts it where a cue says so or he speaks for the state it goes to ("Токаев приветствовал визит
    Эрдогана в Казахстан")."""
    for draft in drafts:
        hit = draft.hit
        topic = next((t for t in draft.topics if t.start <= hit.start < t.end), None)
        if hit.event_type == "visit":
            if not any(_visitor_of_noun(reading, c, hit) for c in draft.candidates):
                continue
        elif not (topic and hit.event_type in CONTACT and sum(
                hit.end <= c.participant.start < topic.end and c.participant.kind == "person"
                for c in draft.candidates) > 1):
            continue
        if hit.recalled or topic:
            clause = topic.start if topic else reading.start + reading.text.rfind(",", 0, hit.start - reading.start)
            draft.candidates = [c for c in draft.candidates if c.participant.start > clause]
            continue
        _speakers_host(draft, [c for c in draft.candidates if c.participant.start <= hit.start and not c.effect])


def _reported_visitor(reading: Reading, drafts: list[Draft]) -> None:
    """A visit told as the object of a verb (names.yaml `object_clause`, the Kazakh accusative of its verbal noun:
    "Песков Тоқаевтың Мәскеуге ресми сапармен барғанын растады", "Мемлекет басшысы Си Цзиньпиннің Қазақстанға
    мемлекеттік сапармен келгенін жоғары бағалады") is the visit of the person named last before its word; who is
    named before him says or judges it and is no visitor: he hosts it where he speaks for the state it goes to
    (`_speakers_host`), else is no side. So is a visit noun a person in the genitive owns (`_possessed_visit`:
    "Көшербаев Ердоғанның … Астанаға жасаған сапарының маңызын атап өтті", the importance of Erdoğan's visit):
    the owner's, who is named before the owner judges it. A side a cue placed (a host, a counterpart) keeps its
    place."""
    clause = reading.known.object_clause
    for draft in drafts:
        hit = draft.hit
        if hit.event_type != "visit":
            continue
        before = [c for c in draft.candidates if c.participant.end <= hit.start and not c.effect]
        people = [c for c in before if c.participant.kind in ("person", "delegation")]
        if not people or len(before) < 2:
            continue
        owners = [c for c in people if _possessed_visit(reading, c.participant) == hit.start]
        if not owners and not (clause and clause.match(reading.doc.text[hit.start:reading.sentence.end])):
            continue
        visitor = min(owners, key=lambda c: c.participant.start) if owners \
            else max(people, key=lambda c: c.participant.start)
        _speakers_host(draft, [c for c in before if c.participant.start < visitor.participant.start])


def _speakers_host(draft: Draft, speakers: list[Candidate]) -> None:
    """Who speaks of a visit (`speakers`, candidates of `draft`) is no side of it, but hosts it where they speak
    for the state it goes to (its place's: "Токаев приветствовал визит Эрдогана в Казахстан"). Changes
    `draft.candidates`."""
    home = state_of(draft.location.normal) if draft.location else None
    spoke = {id(c) for c in speakers}
    draft.candidates = [replace(c, effect="recipient") if id(c) in spoke else c for c in draft.candidates
                        if id(c) not in spoke or (home and state_spoken_for(
                            c.participant.affiliation, c.participant.normal) == home)]


def _invited(reading: Reading, side: Participant, hit: Hit) -> bool:
    """Whether the side is named between an invitation verb (names.yaml `invitation`) and the visit word: the one
    invited, who comes ("пригласил Эрдогана посетить Казахстан")."""
    invitation = reading.known.invitation
    return bool(invitation and side.end <= hit.start
                and invitation.search(reading.doc.text[reading.start:side.start]))


def _invited_during(reading: Reading, drafts: list[Draft]) -> None:
    """"В ходе встречи Токаев пригласил Эрдогана посетить Казахстан" (names.yaml `invitation`): the people of a
    planned visit named between the invitation verb and the visit word are invited to it during the meeting,
    talks or call told before the verb, and are its sides too; the people that contact names before the verb
    invite, and host the visit (GUIDELINES: the inviting minister counts as host)."""
    invitation = reading.known.invitation
    verb = invitation.search(reading.text) if invitation else None
    if verb is None:
        return
    at = reading.start + verb.start()
    contacts = [d for d in drafts if d.hit.event_type in CONTACT and d.hit.end <= at and not d.frame]
    visits = [d for d in drafts if d.hit.event_type == "visit" and d.hit.status == "planned" and d.hit.start > at]
    if not contacts or not visits:
        return
    contact, visit = contacts[-1], visits[0]
    invited = [c for c in visit.candidates if c.participant.kind in ("person", "delegation")
               and _invited(reading, c.participant, visit.hit)]
    inviters = [c for c in contact.candidates if c.participant.kind in ("person", "delegation")
                and c.participant.end <= at]
    if not invited or not inviters:
        return
    contact.candidates += [replace(c, effect="") for c in invited if c not in contact.candidates]
    visit.candidates += [replace(c, effect="recipient") for c in inviters if c not in visit.candidates]


def _invited_unnamed(drafts: list[Draft], by_index: dict[int, SentenceCandidates]) -> None:
    """A planned visit invited to whose sentence names no one invited ("Токаев пригласил его посетить Казахстан",
    "Глава государства пригласил азербайджанского лидера посетить …", "Нуртлеу передал ему приглашение посетить
    Астану") is the visit of the people of the contact told just before (in this sentence or CARRY_BACK before
    it) whom the sentence does not name; where it names none of them and a verb invites (names.yaml
    `invitation`), of those met "with" (who passes an invitation on may be either side: "Посол передал
    приглашение …" is left alone). It is hosted (GUIDELINES: the inviting minister counts as host) by who invites
    by the verb (the boundaries.tsv `recipient` cue), else by the contact's people not invited where the sentence
    names none of them ("Глава государства"), and by who is named between an invitation noun and the visit word
    (`invitation_noun`: "приглашение Президента … Токаева посетить"); who only passes it on is no side, and the
    state it goes to hosts where no one does (merge._hosts_from_destination)."""
    for at, draft in enumerate(drafts):
        if draft.frame or draft.hit.event_type != "visit" or draft.hit.status != "planned":
            continue
        sentence = by_index[draft.sentence]
        reading, known = sentence.reading, sentence.reading.known
        before = reading.doc.text[reading.start:draft.hit.start]
        words = [(m, by_verb) for pattern, by_verb in ((known.invitation, True), (known.invitation_noun, False))
                 if pattern for m in pattern.finditer(before)]
        if not words:
            continue
        word, by_verb = max(words, key=lambda w: w[0].start())
        between = [c for c in sentence.sides if c.participant.kind in ("person", "delegation")
                   and reading.start + word.end() <= c.participant.start and c.participant.end <= draft.hit.start]
        if by_verb and between:
            continue  # the one invited is named ("пригласил Эрдогана посетить"): _invited_during
        contact = next((d for d in reversed(drafts[:at]) if d.hit.event_type in CONTACT and not d.frame
                        and draft.sentence - CARRY_BACK <= d.sentence and len(d.people()) > 1
                        and (d.sentence < draft.sentence or d.hit.end <= reading.start + word.start())), None)
        if contact is None:
            continue
        named = {c.participant.normal for c in sentence.sides}
        people = [c for c in contact.candidates if c.participant.kind in ("person", "delegation")]
        invited = [c for c in people if c.participant.normal not in named]
        names_none = len(invited) == len(people)
        if names_none:
            invited = [c for c in people if c.effect == "counterpart"] if by_verb else []
        hosts = between
        if by_verb:
            hosts = [c for c in sentence.sides if c.effect == "recipient"] \
                or ([c for c in people if c not in invited] if names_none else [])
        if invited:
            draft.candidates = [replace(c, effect="") for c in invited] \
                + [replace(c, effect="recipient") for c in hosts]


def _visitor_of_relative_clause(reading: Reading, drafts: list[Draft], sides: list[Candidate]) -> None:
    """"… с президентом Монголии Ухнаагийном Хурэлсухом, который находится в Астане с государственным визитом":
    a visit told in a relative clause (names.yaml `relative_pronoun`, the clause's subject) that names no one is
    the visit of the person the clause is about, named right before it."""
    pronoun, speech = reading.known.relative_pronoun, reading.known.speech
    # a visit a verb of the sentence tells with its visitor ("…, который прибыл в Ташкент с рабочим визитом")
    # needs no other reading
    if not pronoun or any(d.hit.event_type == "visit" and d.people() for d in drafts):
        return
    text = reading.doc.text
    for draft in drafts:
        if draft.hit.event_type != "visit" or draft.frame or draft.people():
            continue
        before = [c for c in sides if c.participant.kind in ("person", "delegation")
                  and c.participant.end <= draft.hit.start]
        if not before:
            continue
        person = max(before, key=lambda c: c.participant.end)
        clause = text[person.participant.end:draft.hit.start]
        # the clause is the visit, not what its subject says of one ("…, который рассказал о предстоящем визите")
        if re.match(rf"\s*,\s*(?:{pronoun.pattern})[^,.;:!?]*$", clause) and not (speech and speech.search(clause)):
            draft.candidates.append(replace(person, effect=""))


def _attended(reading: Reading, visit: Hit, hit: Hit) -> bool:
    """Whether a gathering is what the visit was made to attend: a purpose cue (names.yaml `purpose`) between the
    two words ("вылетел в Тяньцзинь для участия в саммите", "саммитіне қатысу үшін … Астанаға барады")."""
    purpose = reading.known.purpose
    if purpose is None or hit.event_type != "multilateral":
        return False
    start, end = min(visit.end, hit.end), max(visit.start, hit.start)
    return bool(purpose.search(reading.doc.text[start:end]))


def _moves_on(reading: Reading, contact: Hit, visit: Hit) -> bool:
    """Whether a visit is told by a finite verb conjoined to the clause of a contact told before it, its subject
    the same ("Токаев встретился с Макроном, а затем вылетел в Германию", "провел переговоры с … и отправился в
    Баку"), or that a gerund telling the contact hangs on ("Встретившись с Макроном, Токаев вылетел …"): the
    visitor leaves for it after the contact, which was not held where they go. With no parse, by the words between
    them (names.yaml `moves_on`: "… Макронмен келіссөз жүргізіп, кейін Германияға аттанды")."""
    if visit.event_type != "visit" or contact.event_type not in CONTACT or visit.start <= contact.start \
            or not _travels(reading, visit):
        return False
    if not reading.parsed:  # by the words between them (names.yaml `moves_on`: Kazakh, which has no parse)
        between = reading.doc.text[contact.end:visit.start]
        return bool(reading.known.moves_on and reading.known.moves_on.fullmatch(between))
    token = reading.token_at(visit.start)
    if token is None or token.pos not in ("VERB", "AUX") or token.feats.get("VerbForm") != "Fin":
        return False
    if token.rel.startswith("conj"):
        head = reading.head_of(reading.position(token))
        return head is not None and head.start <= contact.start
    # the contact a gerund tells, hung on the visit verb ("Встретившись с Макроном, Токаев вылетел в Германию")
    told = reading.token_at(contact.start)
    return told is not None and told.feats.get("VerbForm") == "Conv" \
        and reading.head_of(reading.position(told)) is token


def _travels(reading: Reading, hit: Hit) -> bool:
    """Whether a trigger is a verb of setting off or arriving (names.yaml `travels`: "вылетел", "прибыл")."""
    return bool(reading.known.travels and reading.known.travels.fullmatch(hit.text))


def _travel_to_attend(reading: Reading, drafts: list[Draft]) -> None:
    """"прибыл в Бишкек для участия в саммите СНГ", "саммитіне қатысу үшін … Астанаға барады" (names.yaml
    `purpose`): who travels to a gathering to take part in it is a side of both the visit and the gathering,
    whichever of the two the sentence put the name nearer (the news set's dev gold: kk/044), and who invited
    them is the visit's host. Who is received or met on the way ("Токаев принял министра …, прибывшего в Астану
    для участия в заседании СМИД ШОС"), named between the contact's word and the purpose, is a side of both the
    contact and the gathering."""
    purpose = reading.known.purpose.search(reading.text) if reading.known.purpose else None
    if purpose is None:
        return
    at = reading.start + purpose.start()
    for gathering in [d for d in drafts if d.hit.event_type == "multilateral" and d.hit.start >= at]:
        for contact in [d for d in drafts if d.hit.event_type in CONTACT and not d.frame and d.hit.end <= at]:
            named = {c.participant.normal for c in contact.candidates}
            contact.candidates += [replace(c, effect="") for c in gathering.candidates
                                   if c.participant.kind in ("person", "delegation") and c.participant.normal
                                   not in named and contact.hit.end <= c.participant.start < at]
    pair = [d for d in drafts if d.hit.event_type in ("visit", "multilateral")]
    if {d.hit.event_type for d in pair} != {"visit", "multilateral"}:
        return
    travellers = [c for d in pair for c in d.candidates if c.participant.kind in ("person", "delegation")
                  and c.effect not in ("recipient", "counterpart")]
    # who invited them hosts the trip ("… Тоқаевтың шақыруымен … саммитіне қатысу үшін … барады"), whichever
    # of the two the sentence put the name nearer
    hosts = [c for d in pair for c in d.candidates if c.effect == "recipient"]
    for draft in pair:
        named = {c.participant.normal for c in draft.candidates}
        for side in travellers + (hosts if draft.hit.event_type == "visit" else []):
            if side.participant.normal not in named:
                named.add(side.participant.normal)
                draft.candidates.append(replace(side, effect="" if side in travellers else "recipient"))


def _takes_part_in_recent(earlier: list[Draft], sentence: SentenceCandidates, domestic: int) -> bool:
    """"В Туркестане прошло заседание СМИД ОТГ. Во встрече приняли участие министры …", "… провел переговоры с
    Дональдом Трампом. В переговорах также участвовали …", "К переговорам присоединилась …": who took part in an
    event word in the locative or joined one in the dative (a participation cue) took part in the event told just
    before, of that type or a gathering, not in one of their own; so did who took part in or chaired an event
    word written as such (names.yaml `takes_part_in`: Kazakh "Кездесуге … қатысты", "Келіссөздерге … қатысты",
    "Отырысты … жүргізді", which no analysis gives a case; an attendee nothing identifies is no side of it,
    assemble._participants, cases/events 14). The next of a
    recurring event told in between ("«Следующее заседание пройдет в Будапеште», — отметил …") is not the one
    they took part in (`_reach`: how far back)."""
    reading, part_in = sentence.reading, sentence.reading.known.takes_part_in
    target = _recent(earlier, sentence, domestic, _reach(sentence))
    return bool(sentence.participation in ("person", "delegation") and target is not None
                and all((_joins(h, target) and reading.case_at(h.start) in ("Loc", "Dat"))
                        or (part_in and part_in.fullmatch(reading.doc.text[h.start:h.end])
                            and (target.hit.event_type == "multilateral" or _joins(h, target)))
                        for h in sentence.triggers))


def _reach(sentence: SentenceCandidates) -> int:
    """How many sentences back the event a sentence continues may be reported last: ATTENDS_WITHIN where each of
    its event words is a contact's written as what is attended (names.yaml `attended_back`: "Кездесуге … қатысты"
    closes a report after its quotes), else CONTINUES_WITHIN."""
    attended, text = sentence.reading.known.attended_back, sentence.reading.doc.text
    written = bool(attended) and bool(sentence.triggers) \
        and all(attended.fullmatch(text[h.start:h.end]) for h in sentence.triggers)
    if written:
        return ATTENDS_WITHIN
    return DISCUSSED_WITHIN if _discussed_only(sentence) else CONTINUES_WITHIN


def _takes_part_in_domestic(earlier: list[Draft], sentence: SentenceCandidates, domestic: int) -> bool:
    """Whether `sentence` tells who took part in a domestic body's session told just before (`domestic`, its index;
    triggers.tsv status `domestic`) by a gathering word retelling it, no event told since ("Тоқаев Үкіметтің
    кеңейтілген отырысын өткізді. Отырысқа … қатысты", "… провел заседание Совета безопасности. В заседании
    приняли участие …", "Мәжілістің жалпы отырысы … Отырысты … жүргізді"): they attended that session, which is no
    diplomatic event (GUIDELINES §7), so the sentence starts none of its own, as `_takes_part_in_recent` adds
    such a sentence to a gathering that is one."""
    if domestic < 0 or sentence.participation not in ("person", "delegation") \
            or sentence.index - domestic > CONTINUES_WITHIN or any(d.sentence >= domestic for d in earlier):
        return False
    reading, known = sentence.reading, sentence.reading.known
    return all(h.event_type == "multilateral" and (reading.case_at(h.start) in ("Loc", "Dat") or any(
        words and words.fullmatch(h.text) for words in (known.takes_part_in, known.attended)))
        for h in sentence.triggers)


def _recent(earlier: list[Draft], sentence: SentenceCandidates, domestic: int,
            within: int = CONTINUES_WITHIN) -> Draft | None:
    """The event told last, not by a frame nor as the next of a recurring event ("следующий саммит"), where its
    latest report is at most `within` sentences before `sentence` and before no sentence naming a domestic
    body's gathering (`domestic`, its index: "… провел переговоры с … Во вторник прошло заседание Правительства, в
    котором приняли участие министр энергетики …", "Также прошло совещание … В нем приняли участие …": those
    ministers attended the session); else None. Of the events its sentence told, the last with the status of the
    event words of `sentence` ("… принял министра, прибывшего для участия в заседании СМИД, которое состоится 15
    апреля. Во встрече принял участие …": the reception, not the session to come)."""
    target = _of_status([d for d in earlier if not d.frame and not d.hit.another],
                        {h.status for h in sentence.triggers}, sentence.triggers)
    return target if target and sentence.index - max(target.evidence) <= within \
        and max(target.evidence) >= domestic else None


def _of_status(told: list[Draft], statuses: set[str], words: list[Hit] = ()) -> Draft | None:
    """The last of the drafts `told`, or the last of its sentence's drafts with one of `statuses` (a relative
    clause's session to come is not the reception just told: "… принял министра, прибывшего для участия в
    заседании СМИД, которое состоится 15 апреля. В ходе беседы …"), one that the event `words` retelling it
    can name first (`_joins`: "Во встрече …" names the reception, not the arrival "прибывшего"); None where
    there are none."""
    last = told[-1] if told else None
    if last is None or not statuses or (last.hit.status in statuses and all(_joins(w, last) for w in words)):
        return last
    same = [d for d in reversed(told) if d.sentence == last.sentence and d.hit.status in statuses]
    return next((d for d in same if all(_joins(w, d) for w in words)), same[0] if same else last)


def _retold(earlier: list[Draft], target: Draft) -> Draft | None:
    """The event told before that `target`, an event word naming no one, retells (`_joins`: "… провел переговоры
    с … В ходе встречи стороны обсудили …"): the latest draft naming sides, at most CONTINUES_WITHIN sentences
    before it; else None."""
    named = _of_status([d for d in earlier if d.candidates and not d.frame and d is not target], {target.hit.status},
                       [target.hit])
    if target.candidates or named is None or not _joins(target.hit, named) \
            or target.sentence - max(named.evidence) > CONTINUES_WITHIN:
        return None
    return named


def _joins(hit: Hit, target: Draft) -> bool:
    """A meeting word retelling a gathering, or talks or a meeting either ("… провел переговоры. Позже к беседе
    присоединился …"): a gathering word names a gathering of its own ("приняли участие в саммите СНГ" after the
    ОДКБ summit)."""
    kind = target.hit.event_type
    return (hit.event_type == "meeting" and kind == "multilateral") or (
        hit.event_type in ("meeting", "talks") and kind in ("meeting", "talks"))


def _continue_recent(earlier: list[Draft], sentence: SentenceCandidates, domestic: int) -> Draft | None:
    """A sentence that names no event but reports its discussion or its participants ("Стороны обменялись
    мнениями …", "С казахстанской стороны участие приняли …") continues the event told just before it. The
    people a participation cue adds join its sides without telling which event it is (`Candidate.joined`). Returns
    the event continued, or None."""
    target = _recent(earlier, sentence, domestic, _reach(sentence))
    if target is None:
        return None
    retold = _retold(earlier, target)
    if retold is not None and sentence.participation:
        # "… провел переговоры с … В ходе встречи стороны обсудили … Во встрече также принял участие …": the
        # event word naming no one is the talks, with their sides, and who took part joins them
        target.candidates.extend(replace(c) for c in retold.candidates)
    # who is named inside what was discussed is no side ("обсудили подготовку визита Премьер-министра Венгрии
    # Виктора Орбана"): only the participants a participation cue adds, or the sides outside the topics
    topics = [(t.start, t.end) for t in sentence.topics]
    # nor anyone in a sentence that reports what others will discuss or discussed ("посол … заявил, что президенты
    # … обсудят …"): its speaker is no side, as who says that others met is none (`_speaker`, the first topic
    # standing for the event word), and the clause he reports lends the event told before only its topics
    said = Span("", topics[0][0], topics[0][0]) if topics else None
    reported = bool(said) and any(_speaker(sentence.reading, c, said, sentence.sides) for c in sentence.sides)
    joining = [replace(c, joined=bool(sentence.participation)) for c in sentence.sides
               if sentence.participation or not reported and not any(a <= c.participant.start < b for a, b in topics)]
    for candidate in joining:
        joins = _sibling_of_its_state(earlier, target, candidate)
        joins.candidates.append(candidate)
        joins.evidence.add(sentence.index)
    target.topics.extend(sentence.topics)
    target.evidence.add(sentence.index)
    if target.hit.event_type == "multilateral" and any(h.event_type == "multilateral" for h in sentence.triggers):
        # a gathering's word taken part in that retells the one told before says where and when it was, as its own
        # telling would ("Нұртілеу министрлер кездесуіне қатысты ¶ … 23 қазанда Люксембургте өткен … министрлерінің
        # кездесуіне қатысты"): the headline named neither
        target.location = target.location or (sentence.places[0] if sentence.places else None)
        target.date = target.date or (sentence.dates[0] if sentence.dates else None)
    if _discussed_only(sentence) and sentence.places:
        _placed_by_discussion(target, sentence.places[0])
    return target


def _sibling_of_its_state(earlier: list[Draft], target: Draft, candidate: Candidate) -> Draft:
    """The meeting a side named in a sentence continuing `target` joins: of the meetings split from `target`'s
    trigger, one per counterpart ("… Нарендра Модимен және Шахбаз Шарифпен кездесті"), the one whose sides hold the
    side's state ("Үндістан Премьер-министрімен әңгімеде … сөз болса": Modi's, not Sharif's, told last); else
    `target`."""
    state = state_spoken_for(candidate.participant.affiliation, candidate.participant.normal)
    if state is None:
        return target

    def holds(draft: Draft) -> bool:
        return any(state_spoken_for(c.participant.affiliation, c.participant.normal) == state
                   for c in draft.candidates)

    holding = [d for d in earlier if d is not target and d.sentence == target.sentence
               and d.hit.start == target.hit.start and not d.frame and holds(d)]
    return holding[0] if len(holding) == 1 and not holds(target) else target


def _discussed_only(sentence: SentenceCandidates) -> bool:
    """Whether the sentence tells only what was discussed (topics; no event word, no one taking part)."""
    return bool(sentence.topics) and not sentence.triggers and not sentence.participation


def _placed_by_discussion(draft: Draft, place: Place) -> None:
    """Where the things a contact discussed were discussed is where it was held: the place a sentence telling only
    that ("Вопросы … обсудили в Акорде", "… ынтымақтастығы Ақордада талқыланды") names, right before the contact's
    sentence (a headline before its lead) or after it (`_continue_recent`), is the contact's where it names none. A
    call is held nowhere (codes.tsv `has_place`), a frame is no contact."""
    if draft.location is None and not draft.frame and draft.hit.event_type in CONTACT \
            and codes().get((draft.hit.event_type, draft.hit.status), {}).get("has_place") != "no":
        draft.location = place


def _trigger_of_each(candidates: list[Candidate], hits: list[Hit], verb_final: re.Pattern | None = None,
                     breaks: list[int] = ()) -> dict[int, Hit]:
    """The trigger each side belongs to: the nearest one, except that a side met "with" ("с", "-мен") belongs to
    the nearest meeting, talk or call before it, and the names listed after it in its group go with it
    ("побеседовать в рамках саммита ШОС с Путиным, Моди и Эрдоганом": the talks, not the summit). In a verb-final
    language (names.yaml `verb_final`) a finite contact verb before a side closed its clause: the side is the next
    trigger's ("… Путинмен кездесті, ал … Нұртілеу … Лавровпен келіссөздер жүргізді", "… содан кейін … Си
    Цзиньпинмен келіссөздер жүргізді"). A side after a clause break (`breaks`: offsets of names.yaml
    `clause_break`, "…, а Токаев … совершил визит") that follows its nearest trigger is the next trigger's. A
    visit's host (boundaries.tsv `recipient`) nearer a gathering is the visit's."""
    chosen, listed = {}, {}
    for candidate in sorted(candidates, key=lambda c: c.participant.start):
        start = candidate.participant.start
        hit = _nearest(candidate.participant, hits)
        later = [h for h in hits if h.start >= candidate.participant.end]
        if hit.end <= start and later and _closes_clause(hit, verb_final):
            # "… Путинмен кездесті, ал … Мұрат Нұртілеу … Лавровпен келіссөздер жүргізді": the next clause's
            hit = later[0]
        elif hit.end <= start and later and any(hit.end <= at < start for at in breaks):
            hit = later[0]
        if candidate.effect == "counterpart":
            before = [h for h in hits if h.end <= start and h.event_type in CONTACT]
            after = [h for h in later if h.event_type in CONTACT]
            closed = bool(before) and _closes_clause(before[-1], verb_final)
            contact = after[:1] if closed and after else before[-1:]
            if contact:
                hit = listed[candidate.group] = contact[0]
        elif candidate.group in listed and listed[candidate.group].end <= start:
            hit = listed[candidate.group]
        visits = [h for h in hits if h.event_type == "visit"]
        if candidate.effect == "recipient" and hit.event_type == "multilateral" and visits:
            # "прибыл … по приглашению председателя КНР Си Цзиньпина для участия в саммите": the inviter hosts
            # the visit, and is no side of the summit
            hit = _nearest(candidate.participant, visits)
        chosen[id(candidate)] = hit
    return chosen


def _stops(reading: Reading, triggers: list[Hit], places: list[Place], breaks: list[int]) -> dict[int, Place | None]:
    """The visit verbs told after a frame that sets them inside a visit ("Сапар барысында … Түркістан қаласына
    барады", "прибудет в Астану …, в ходе визита … посетит Туркестан"), by id, with the place each goes to, the
    place or LOC mention nearest it in its clause ("посетит также Шанхай"): a stop of that visit, one trip with it
    (merge._next_stop). The place it goes to (`Draft.passes`) is neither the visit's (a city over its state:
    assemble, merge._city_over_country) nor where the sentence's other events happen."""
    inside = min((h.end for h in triggers if h.status == "frame" and h.event_type == "visit"), default=None)
    if inside is None:
        return {}
    stops = {}
    for hit in triggers:
        if hit.event_type != "visit" or hit.status == "frame" or hit.start < inside:
            continue
        start, end = _clause_around(hit, breaks)
        own = [p for p in places if start <= p.start < end] + [
            Place(m.text, m.start, m.end, normal=name_of(m)) for m in reading.mentions
            if m.label == "LOC" and start <= m.start < end and all(p.start != m.start for p in places)]
        stops[id(hit)] = min(own, key=lambda p: min(abs(p.end - hit.start), abs(hit.end - p.start)), default=None)
    return stops


def _clause_first(places: list[Place], hit: Hit, breaks: list[int]) -> list[Place]:
    """The sentence's places (best first), those of the trigger's own clause (between the clause breaks around it:
    "Макрон посетил Астану, а Токаев … совершил визит в Париж") before the others."""
    if not breaks:
        return places
    start, end = _clause_around(hit, breaks)
    return sorted(places, key=lambda place: not start <= place.start < end)


def _clause_around(hit: Hit, breaks: list[int]) -> tuple[int, float]:
    """(start, end) of the trigger's own clause: the last clause break before it and the first at or after its
    end (document offsets; -1 and infinity where there is none)."""
    return (max((at for at in breaks if at < hit.start), default=-1),
            min((at for at in breaks if at >= hit.end), default=float("inf")))


def _before_invited(reading: Reading, spans: list, hit: Hit, hits: list[Hit]) -> list:
    """The places or dates (spans, in their order) a trigger takes where the sentence invites to an event after it
    (names.yaml `invitation`, or a trigger `Hit.invited`), or to the next of a recurring event (`Hit.another`):
    those written after the invitation are that event's ("В ходе переговоров Токаев пригласил узбекского коллегу
    посетить Туркестан в октябре", "… провел встречу с … и пригласил его принять участие в форуме в Астане": not
    where and when the talks were; "По итогам переговоров министры договорились провести следующий раунд
    консультаций в Ташкенте": not where the talks were)."""
    verbs = reading.known.invitation.finditer(reading.text) if reading.known.invitation else ()
    cut = min([reading.start + m.start() for m in verbs if reading.start + m.start() >= hit.end]
              + [h.start for h in hits if (h.invited or h.another) and h.start > hit.start], default=None)
    return spans if cut is None else [span for span in spans if span.start < cut]


def _closes_clause(hit: Hit, verb_final: re.Pattern | None) -> bool:
    """Whether the trigger is a contact's finite verb in a verb-final language (names.yaml `verb_final`: "кездесті"),
    which closes its clause: no side after it is its."""
    return bool(verb_final and hit.event_type in CONTACT and verb_final.search(hit.text))


def _nearest(span, hits: list[Hit]) -> Hit:
    """The trigger a span is an argument of: the closest one, the one before it on a tie."""
    def distance(hit: Hit) -> tuple[int, int]:
        if hit.end <= span.start:
            return span.start - hit.end, 0
        if span.end <= hit.start:
            return hit.start - span.end, 1
        return 0, 0

    return min(hits, key=distance)


def _as_host(reading: Reading, candidate: Candidate, hit: Hit) -> Candidate:
    """The object of a visit verb is its host, wherever it stands ("Елизавету II посетили родственники"), but the
    one invited to it ("пригласил Эрдогана посетить Казахстан": the parse may hang him on the visit verb)."""
    if hit.event_type != "visit" or candidate.effect or _relation(reading, candidate, hit) != "obj" \
            or _invited(reading, candidate.participant, hit):
        return candidate
    return replace(candidate, effect="recipient")


def _relation(reading: Reading, candidate: Candidate, hit: Hit | Token, end: int | None = None) -> str | None:
    """How a name depends on the trigger (or a word) in the parse (through the titles it stands in apposition
    to: "Министра … Мурата Нуртлеу посетил", and the names it is joined to: "Казахстан посещали A и B"), or None;
    `end`: where the name ends, if not where its participant does (a title naming the side: "армянского премьера")."""
    person = candidate.participant
    hung = reading.head_outside(person.start, end or person.end)
    position = hung[0] if hung else None
    for _ in range(APPOSITION_DEPTH):
        if position is None:
            return None
        token, head = reading.tokens[position], reading.head_of(position)
        if head is None:
            return None
        if hit.start <= head.start < hit.end:
            return token.rel
        if not token.rel.startswith(("appos", "flat", "conj")):  # a conjunct shares its head's relation
            return None
        position = next((n for n, t in enumerate(reading.tokens) if t is head), None)
    return None


def _side_of(reading: Reading, candidate: Candidate, hit: Hit) -> bool:
    """Whether a name near a trigger is one of its sides: a country or organisation in no side's position only
    for gatherings and talks; for a visit, a person after the verb only as its host ("посетил мавзолей
    Хирохито" is no visit to Hirohito) or as the head of the delegation that visits ("Казахстан посетила делегация
    … во главе с X"); in a verb-final language none after a contact's finite verb (names.yaml
    `verb_final`)."""
    if candidate.loose and codes()[(hit.event_type, hit.status)]["any_name_is_side"] != "yes":
        return False
    if candidate.participant.start >= hit.end and _closes_clause(hit, reading.known.verb_final):
        return False  # "… Акашемен кездесті және Рим Папасы … қабіріне гүл қойды": the next clause's
    if _addressee(reading, candidate.participant, hit):
        return False  # "Путин Тоқаевқа Назарбаевпен не себепті кездескенін түсіндірген": who is told
    if _visitor_after(reading, candidate, hit) or _subject_after(reading, candidate, hit) \
            or _visitor_of_noun(reading, candidate, hit) or _subject_of_framing_visit(reading, candidate, hit):
        return True
    return not (hit.event_type == "visit" and candidate.participant.start > hit.end
                and candidate.participant.kind in ("person", "delegation")
                and candidate.effect not in ("recipient", "counterpart", "delegation")
                and _relation(reading, candidate, hit) != "nsubj")


def _addressee(reading: Reading, person: Participant, hit: Hit) -> bool:
    """Whether a person is named in the dative (names.yaml `addressee`: a case ending their nominative lacks) before a
    meeting reported as a verb's object ("… Тоқаевқа Назарбаевпен не себепті кездескенін түсіндірген"): they are
    told of it."""
    addressee = reading.known.addressee
    if addressee is None or person.kind != "person" or person.end > hit.start:
        return False
    ending, verbs = addressee
    return bool(ending.search(person.text) and not ending.search(person.normal) and verbs.match(hit.text))


def _visitor_of_noun(reading: Reading, candidate: Candidate, hit: Hit) -> bool:
    """"Визит Президента Турции Реджепа Тайипа Эрдогана в Казахстан", "визит в Астану вице-премьера … Дин Сюэсяна":
    the person in the genitive that a visit noun governs (in the parse; or a name the parse hangs on it in
    apposition, its title in the genitive: "Визит Президента Монголии Ухнаагийна Хурэлсуха в Казахстан …
    перенесен"), where to written right after them or between the noun and their title (names.yaml
    `destination`), is its visitor."""
    person, destination = candidate.participant, reading.known.destination
    start = person.role.start if person.role else person.start  # the title's case: a foreign name's is guessed
    # a side named by its title ("визит армянского премьера в Астану") ends where the title does
    end = max(person.end, person.role.end) if candidate.said_as and person.role else person.end
    if not (destination and hit.event_type == "visit" and (person.kind in ("person", "delegation") or candidate.said_as)
            and person.start > hit.end and _relation(reading, candidate, hit, end) in ("nmod", "appos")
            and reading.case_at(start) == "Gen"):
        return False
    text = reading.doc.text
    before = text[hit.end:start]
    told_before = destination.match(before)
    # or a participle of arriving after them ("Рабочий визит Нурсултана Назарбаева, прибывшего в Ханчжоу …")
    arrived = reading.known.visitor_clause
    return bool(destination.match(text[end:]) or (told_before and not before[told_before.end():].strip())
                or (arrived and arrived.match(text[end:])))


def _possessed_visit(reading: Reading, person: Participant) -> int | None:
    """The document offset of the visit noun a person in the genitive owns a few words on, no finite verb or
    converb between (names.yaml `possessed_visit`, `verb_final`: "Владимир Путиннің былтыр қарашада Қазақстанға
    жасаған мемлекеттік сапарының"), or None."""
    owned, verb_final = reading.known.possessed_visit, reading.known.verb_final
    if owned is None or person.kind != "person":
        return None
    text = reading.doc.text
    last = text.rfind(" ", person.start, person.end) + 1 or person.start
    found = owned.match(text[last:reading.sentence.end])
    if found is None or (verb_final and any(verb_final.search(word) for word in
                                            text[person.end:last + found.start("visit")].split())):
        return None
    return last + found.start("visit")


def _subject_of_framing_visit(reading: Reading, candidate: Candidate, hit: Hit) -> bool:
    """"Во время визита в Японию Си Цзиньпин заявил …", "В ходе поездки в Австрию Ли Пэн оправдывал …", "Находясь с
    визитом в Турции, министр … Мурат Нуртлеу подчеркнул …", "В Астану с государственным визитом прибыл президент
    Узбекистана …": a visit noun hung on a clause's verb (in the parse) or on a converb hung on that verb, with
    where to right after it (names.yaml `destination`) or as "с визитом" on a verb of arriving or staying
    (`came_with`: how the verb's subject came), is the visit of the verb's subject (NEREL dev's one meeting-like
    event between states is such a trip)."""
    person, destination = candidate.participant, reading.known.destination
    if not (destination and hit.event_type == "visit" and person.kind in ("person", "delegation")):
        return False
    hung = reading.head_outside(hit.start, hit.end)
    if hung is None or reading.tokens[hung[0]].rel != "obl":
        return False
    noun, verb = reading.tokens[hung[0]], hung[1]
    if noun.feats.get("VerbForm") == "Part":
        return False  # "встретился с прилетевшим в Астану министром": the participle's visitor is its noun's
    came_with = reading.known.came_with and reading.known.came_with.fullmatch(verb.text) \
        and noun.feats.get("Case") == "Ins" and any(t.rel == "case" and t.text.lower() == "с"
                                                    and reading.doc.tokens[t.head] is noun
                                                    for t in reading.tokens if t.head >= 0)
    where = destination.match(reading.doc.text[hit.end:])
    if not (came_with or (where and _a_known_place(reading, hit.end, hit.end + where.end()))) \
            or _names_its_visitor(reading, hit):  # "Во время визита в Астану премьер-министра Индии …": Modi's
        return False
    verbs = [verb]
    if verb.rel == "advcl" and verb.head >= 0:  # "Находясь с визитом …, министр подчеркнул"
        verbs.append(reading.doc.tokens[verb.head])
    if any(_relation(reading, candidate, each) == "nsubj" for each in verbs):
        return True
    # a name that does not decline ("… в Японию Си Цзиньпин заявил") parsed as the noun's, the verb left with no
    # subject
    return _relation(reading, candidate, hit) == "nmod" and not any(
        t.rel == "nsubj" and any(reading.doc.tokens[t.head] is each for each in verbs) for t in reading.tokens
        if t.head >= 0)


def _a_known_place(reading: Reading, start: int, end: int) -> bool:
    """Whether a place named between the offsets is a state or a place whose state the gazetteer knows: a trip to
    a region it does not know ("в ходе рабочей поездки в Иссык-Кульскую область") may be one at home."""
    return any(m.label == "LOC" and start <= m.start < end and state_of(m.normal) for m in reading.mentions)


def _names_its_visitor(reading: Reading, hit: Hit) -> bool:
    """Whether the visit noun governs a person in the genitive in the parse (a name, or the title a name stands in
    apposition to): "визита в Астану премьер-министра Индии Нарендры Моди"."""
    persons = [m for m in reading.mentions if m.label == "PER"]
    for position, token in enumerate(reading.tokens):
        head = reading.head_of(position)
        if head is None or not (hit.start <= head.start < hit.end) or hit.start <= token.start < hit.end \
                or token.rel != "nmod" or token.feats.get("Case") != "Gen":
            continue
        if any(m.start <= token.start < m.end for m in persons):
            return True
        # a title with the name in apposition to it
        if any(reading.head_of(n) is token and t.rel.startswith(("appos", "flat"))
               and any(m.start <= t.start < m.end for m in persons) for n, t in enumerate(reading.tokens)):
            return True
    return False


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


def _speaker(reading: Reading, candidate: Candidate, hit: Hit, sides: list[Candidate]) -> bool:
    """Whether the name is who says, before a complementiser (names.yaml `complementiser`) after a speech verb,
    that others had the event: "Лавров напомнил, что Путин и Эрдоган провели телефонный разговор", "Песков
    заявил, что российский президент посетит …" (a subject of the clause's own, `_own_subject`). One who says he
    had it, no side named in the clause, is a side ("Токаев сообщил, что провел переговоры с Путиным"); so is
    one who says an event word's holder had it, named after the word and not met "with" ("Ушаков сообщил, что
    переговоры Путина с Шарифом прошли …"), whoever the speaker is, a bare surname too."""
    complementiser, speech = reading.known.complementiser, reading.known.speech
    person = candidate.participant
    if not complementiser or not speech or person.end > hit.start:
        return False
    between = reading.doc.text[person.end:hit.start]
    said = complementiser.search(between)
    if not said or not speech.search(between[:said.start()]):
        return False
    opens = person.end + said.end()
    return any(c.participant.kind in ("person", "delegation") and (
        opens <= c.participant.start < hit.start or (hit.end <= c.participant.start and not c.effect))
        for c in sides) or _own_subject(reading, opens, hit.start)


def _said_after(reading: Reading, candidate: Candidate, hit: Hit) -> bool:
    """Whether the name is inside what someone says after the event word: a speech verb (names.yaml `speech_verbs`)
    after the word, then the complementiser (`complementiser`), then the name ("После встречи с Фиданом Лавров
    заявил журналистам, что Россия готова к диалогу с Зеленским")."""
    complementiser, speech = reading.known.complementiser, reading.known.speech
    person = candidate.participant
    if not complementiser or not speech or person.start < hit.end:
        return False
    between = reading.doc.text[hit.end:person.start]
    return any(speech.search(between[:m.start()]) for m in complementiser.finditer(between))


def _own_subject(reading: Reading, start: int, end: int) -> bool:
    """Whether the words `start`..`end` of a reported clause hold the subject of one of its verbs, a title with no
    name ("что глава узбекистанского государства … прибыл в Пекин", roles.tsv): not a pronoun ("что он провел"),
    nor a plural, which may take in the speaker ("что стороны обсудили")."""
    titles = titles_in(reading, start, end)
    return any(token.rel.split(":")[0] == "nsubj" and token.feats.get("Number") == "Sing"
               and any(a <= token.start < b for a, b in titles) and (head := reading.head_of(n)) is not None
               and head.start >= start for n, token in enumerate(reading.tokens))


def _described_visitor(reading: Reading, candidate: Candidate, hit: Hit) -> bool:
    """Whether a participle makes the person the visit's visitor: Kazakh before the name (`_visitor_after`),
    Russian in a clause after it ending at the visit word (names.yaml `visitor_clause`), or before it ending there
    (`visitor_before`: "Находящийся с визитом в Казахстане министр …")."""
    if _visitor_after(reading, candidate, hit):
        return True
    clause = reading.known.visitor_clause
    person = candidate.participant
    before = reading.known.visitor_before
    start = person.role.start if person.role else person.start
    told = before and hit.event_type == "visit" and hit.end <= start and before.search(reading.doc.text[
        reading.start:start])
    # the participle may be the visit word itself ("Прибывший в Баку для участия в саммите министр …")
    if told and reading.start + told.start() <= hit.start and person.kind in ("person", "delegation"):
        return not any(m.label == "PER" and hit.end <= m.start < person.start for m in reading.mentions)
    if not (clause and hit.event_type == "visit" and person.kind in ("person", "delegation")
            and person.end <= hit.start):
        return False
    # "… Фиданом, прибывшим в Москву с рабочим визитом" ends at the visit word; "… Алиевым, прибывшим в Астану для
    # участия в саммите" has the participle for it
    after = clause.match(reading.doc.text, person.end)
    return bool(clause.fullmatch(reading.doc.text, person.end, hit.start)
                or (after and "verb" in clause.groupindex and after.start("verb") == hit.start))


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


def _split_groups(reading: Reading, hit: Hit, own: list[Candidate], places, dates, topics) -> list[Draft]:
    """"провела встречи с A, а также B", "провел беседы с A, B и C", "встретился с A и B", talks "с главами A и
    B": one meeting per counterpart, each with the actor named before the trigger. A group of names that speak
    for one side together ("в лице директора X и члена правления Y") stays one meeting, as do all where the
    sentence says they met together ("в трехстороннем формате", "үшжақты": names.yaml `together`), and a
    delegation's head with its body ("с делегацией парламента Монголии во главе с …"). A plural
    visit verb ("посещали", triggers.tsv) makes one visit per visitor."""
    shared = [c for c in own if c.group == 0 and c.participant.end <= hit.start and c.effect != "counterpart"]
    met = [c for c in own if c.effect == "counterpart"]
    if met and not shared and all(c.participant.end <= hit.start for c in met):
        # met "with" before the verb, the subject after it ("С министром … Кулубаевым встретился 11 марта посол
        # Германии Маркус Шмидт"): the names after the verb with no cue of their own are its actor
        shared = [c for c in own if c.participant.start >= hit.end and not c.effect]
    elif met and not shared:
        # the actor right after a noun, met "with" the rest ("телефонные разговоры Токаева с Путиным и
        # Мирзиёевым"): a side of each, as one before the trigger is; not one met after a verb ("встретился с
        # председательницей ОБСЕ … Валтонен, а также с коллегами …")
        first = min(c.participant.start for c in met)
        text = reading.doc.text
        shared = [c for c in own if hit.end <= c.participant.start < first and not c.effect
                  and not text[hit.end:(c.participant.role or c.participant).start].strip()]
    others = [c for c in own if c not in shared]
    together = reading.known.together
    # talks with those listed under one plural title ("переговоры с лидерами Индии, Турции и Ирана") are held one
    # by one; "встречу с президентами A, B и C" is one meeting
    listed = hit.event_type == "talks" and sum(c.shared_title and c.effect == "counterpart" for c in met) > 1
    if not (hit.plural or listed) or (together and together.search(reading.text)):
        return [_draft(reading, hit, own, places, dates, topics)]
    visitors = [c for c in own if c.effect != "recipient"]
    if hit.event_type == "visit" and len(visitors) > 1:
        # a visit verb that sums up several trips ("Казахстан посещали A, B и C"): one visit per visitor
        hosts = [c for c in own if c.effect == "recipient"]
        return [_draft(reading, hit, hosts + [c], places, dates, topics) for c in visitors]
    meetings = []
    for group in sorted({c.group for c in others}):
        members = [c for c in others if c.group == group]
        # a delegation's head with the bodies and states it is told with is one side ("с делегацией парламента
        # Монголии во главе с … Амарбаясгаланом"); so is a group with no actor before the trigger, unless its names
        # are met "with" one by one ("на полях саммита побеседовал с A, B и C": the actor is carried to each)
        headed = any(c.effect == "delegation" for c in members) and all(
            c.effect == "delegation" or c.participant.kind not in ("person", "delegation") for c in members)
        together = headed or any(c.effect == "represents" for c in members) or \
            (not shared and not any(c.effect == "counterpart" for c in members))
        # one by one, each name listed after a "with" is met "with" too ("с A, с B и C - D": D as well)
        meetings.extend([members] if together else
                        [[c if c.effect or shared else replace(c, effect="counterpart")] for c in members])
    if len(meetings) < 2:
        return [_draft(reading, hit, own, places, dates, topics)]
    return [_draft(reading, hit, shared + members, places, dates, topics) for members in meetings]


def _draft(reading: Reading, hit: Hit, candidates, places, dates, topics) -> Draft:
    # a trigger of the narration takes no place of a quotation the sentence gives a speaker ("«… Ташкентте өтетін
    # саммитке …», – деді Көшербаев Саидовпен өткен кездесуден кейін": where the summit is, not the meeting; its
    # dates so: places.dates_of)
    quoted = reading.in_spoken_quote(hit.start)
    if not quoted:
        places = [p for p in places if not reading.in_spoken_quote(p.start)]
    return Draft(hit=hit, sentence=reading.index, bounds=(reading.start, reading.sentence.end),
                 paragraph=reading.paragraph, candidates=list(candidates), quoted=quoted,
                 location=places[0] if places else None, date=dates[0] if dates else None,
                 topics=list(topics), evidence={reading.index})


def _sides_of(by_index: dict[int, SentenceCandidates], index: int) -> list[Candidate]:
    """The candidate sides of the sentence at this index (none where it was not read)."""
    return by_index[index].sides if index in by_index else []


def _undiscussed_sides_of(by_index: dict[int, SentenceCandidates], index: int) -> list[Candidate]:
    """The candidate sides of the sentence at this index but those named only in what was discussed ("Стороны
    обсудили подготовку к визиту канцлера Германии Фридриха Мерца": Merz met no one there, so no later sentence
    refers back to him as who met)."""
    discussed = by_index[index].topics if index in by_index else []
    return [c for c in _sides_of(by_index, index)
            if not any(t.start <= c.participant.start < t.end for t in discussed)]


def _titled_first(drafts: list[Draft], by_index: dict[int, SentenceCandidates]) -> None:
    """A title alone, no state nor name (names.yaml `titled_first`: "Жұма күні президент Болгария елшісі …
    тапсырды"), is the first person the article gives that very title ("9 қаңтарда президент Қасым-Жомарт Тоқаев
    …"), the one it is about; it names no side where no one has that title or that person is a side already."""
    first = _first_titled(by_index)
    for draft in drafts:
        named = {c.participant.normal for c in draft.candidates}
        resolved = []
        for candidate in draft.candidates:
            holder = _titled_holder(first, candidate.said_as, by_index[draft.sentence].reading.known) \
                if candidate.participant.kind == "title" else None
            if holder is not None and holder.participant.normal not in named:
                resolved.append(replace(copy.deepcopy(holder), effect=candidate.effect))
            elif candidate.participant.kind != "title":
                resolved.append(candidate)
        draft.candidates = resolved


def _first_titled(by_index: dict[int, SentenceCandidates]) -> dict[tuple[str, ...], Candidate]:
    """The first person the article gives each title (by `_title_key`), and each title's head word (its last in a
    language whose titles follow what they govern, names.yaml `title_head_final`) under the key ("", word): "ҚХР
    Төрағасы Си Цзиньпин" is the first holder of "Төраға" (`_titled_holder`)."""
    first = {}
    for index in sorted(by_index):
        for candidate in by_index[index].sides:
            person = candidate.participant
            if person.kind in ("person", "delegation") and person.role:
                first.setdefault(_title_key(person.role.text), candidate)
                if by_index[index].reading.known.title_head_final:
                    first.setdefault(("",) + _title_key(person.role.text)[-1:], candidate)
    return first


def _titled_holder(first: dict[tuple[str, ...], Candidate], title: str, known: Knowledge) -> Candidate | None:
    """The person a title alone stands for (`_first_titled`'s table): the first given that very title, else, for a
    title that stands for whoever holds it first (names.yaml `titled_head`), the first whose title it heads
    ("Кейін Төраға …" after "ҚХР Төрағасы Си Цзиньпин"); else None."""
    head = known.titled_head and known.titled_head.fullmatch(title)
    return first.get(_title_key(title)) or (first.get(("",) + _title_key(title)[-1:]) if head else None)


def _we_again(draft: Draft, drafts: list[Draft], by_index: dict[int, SentenceCandidates]) -> None:
    """"«Президент Трамп мырзамен … келіссөздер жүргіздік. Таяуда біз телефон арқылы … сөйлесіп, … талқыладық», –
    деді Тоқаев": a contact a speaker tells in the first person plural (names.yaml `first_person_plural`: "біз", or
    the trigger's verb's ending), naming no one but the speaker, is with those the speaker's contact told just
    before in the same paragraph (within WE_BACK sentences) met: "we" are the two of them."""
    reading = by_index[draft.sentence].reading
    plural = reading.known.names.get("first_person_plural")
    people = [c for c in draft.candidates if c.participant.kind in ("person", "delegation")]
    if not plural or len(people) != 1 or len(draft.candidates) != 1:
        return
    after = re.match(r"\s+([\w-]+)", reading.doc.text[draft.hit.end:reading.sentence.end])
    words = [w.group().lower() for w in WORD.finditer(reading.doc.text, reading.start, draft.hit.start)]
    words += [draft.hit.text.split()[-1].lower()] + ([after.group(1).lower()] if after else [])
    if not any(re.search(plural, word) for word in words):
        return
    speaker = people[0].participant.normal
    before = [d for d in drafts if d is not draft and not d.frame and d.hit.event_type in CONTACT
              and 0 < draft.sentence - d.sentence <= WE_BACK
              and by_index[d.sentence].reading.paragraph == reading.paragraph
              and speaker in {c.participant.normal for c in d.candidates}]
    if before:
        met = [c for c in max(before, key=lambda d: (d.sentence, d.hit.start)).candidates
               if c.participant.normal != speaker and c.participant.kind in ("person", "delegation")]
        draft.candidates += [replace(copy.deepcopy(c), effect="counterpart") for c in met]


def _quote_speaker(draft: Draft, by_index: dict[int, SentenceCandidates]) -> bool:
    """"«Президент Дональд Трамп мырзамен … келіссөздер жүргіздік …», – деді Тоқаев": a contact its sentence tells in
    the first person (names.yaml `first_person`, a pronoun of the sentence, or `first_person_verb`, the ending of the
    trigger's last word or of the word after it) is the speaker's, named right after the dash that ends the
    quotation (`quote_speaker`), after the trigger in its sentence or in a later one of its paragraph: the speaker
    is a side of it, and no actor is carried to it (True where so)."""
    reading = by_index[draft.sentence].reading
    known = reading.known
    if draft.frame or draft.hit.event_type not in CONTACT or not known.quote_speaker:
        return False
    # a pronoun of the first person is the nearest trigger's ("кездесуде Путин маған … қабылдайтынын айтқан": the
    # meeting's, not the reception Putin spoke of)
    pronouns = set(known.names.get("first_person", ()))
    triggers = by_index[draft.sentence].triggers
    pronoun = any(_nearest(Span(word.group(), word.start(), word.end()), triggers).start == draft.hit.start
                  for word in WORD.finditer(reading.doc.text, reading.start, reading.sentence.end)
                  if word.group().lower() in pronouns)
    # the trigger's verb: its last word, or the word after it ("келіссөздер жүргіздік")
    after = re.match(r"\s+([\w-]+)", reading.doc.text[draft.hit.end:reading.sentence.end])
    verbs = [draft.hit.text.split()[-1]] + ([after.group(1)] if after else [])
    first = known.first_person_verb
    if not (pronoun or (first and any(map(first.search, verbs)))):
        return False
    index, start = draft.sentence, draft.hit.end
    while index in by_index and by_index[index].reading.paragraph == reading.paragraph:
        sentence = by_index[index].reading.sentence
        said = known.quote_speaker.search(reading.doc.text, start, sentence.end)
        if said:
            # the name or its title right after "деді": "– деді Тоқаев жаңа елшіге", "– деді Мемлекет басшысы"
            speaker = next((c for c in by_index[index].sides if c.participant.kind in ("person", "delegation")
                            and min(c.participant.start, (c.participant.role or c.participant).start) == said.end()
                            or c.said_as and c.participant.start == said.end()), None)
            titled = speaker is not None and speaker.participant.kind == "title"
            if titled:
                # "– деді Президент": the first person given that title, as `_titled_first` reads it
                speaker = _titled_holder(_first_titled(by_index), speaker.said_as, known)
            # what the speaker recalls happened before the news, his speaking (the news set's dev gold: kk/004),
            # unless he dates it the day he speaks ("Бүгін … келіссөздер жүргіздік")
            today = draft.date is not None and draft.date.date_start == reading.doc.published_date
            if draft.hit.status == "occurred" and not today and (speaker is not None or titled):
                draft.hit = replace(draft.hit, background=True)
            if speaker is None:
                return False  # named by no one, or by a title no one was given: the actor is carried
            if speaker.participant.normal not in {c.participant.normal for c in draft.candidates}:
                draft.candidates.insert(0, replace(copy.deepcopy(speaker), effect=""))
            return True
        index += 1
        start = by_index[index].reading.start if index in by_index else start
    return False


def _carry_actor(draft: Draft, by_index: dict[int, SentenceCandidates]) -> None:
    """A trigger whose first person is the other side ("В ходе беседы с …", "… Н.Германмен кездесіп", "а затем
    провел встречу с …") or that has only a pronoun ("сказал он") has its actor earlier: the nearest person not
    met "with", before the trigger in its sentence or in the sentences just before."""
    if draft.frame:
        return
    # a side named by a title stands for its person ("Мемлекет басшысы … Мирзиёевпен кездесті")
    people = sorted((c for c in draft.candidates if c.participant.kind in ("person", "delegation") or c.said_as),
                    key=lambda c: c.participant.start)
    reading = by_index[draft.sentence].reading
    known = reading.known
    # a contact naming no person, told just after the people of two states discussed something
    if draft.hit.event_type in CONTACT and not any(c.participant.kind == "person" for c in draft.candidates) \
            and (discussed := _discussed_just_before(draft, by_index)):
        draft.candidates[:0] = [copy.deepcopy(c) for c in discussed]
        return
    if known.head_of_state and known.head_of_state.search(draft.hit.text) and (protagonist := _protagonist(
            draft, by_index)):
        # the head of state written inside the trigger ("Верительные грамоты главе государства вручили посол …")
        # receives the people named after it
        draft.candidates.insert(0, copy.deepcopy(protagonist))
        return
    if people and people[0].effect not in ("counterpart", "recipient") \
            and not _received_only(draft, people, known, reading) and not _received_left_out(draft, by_index):
        return
    if people and people[0].effect == "recipient" and any(not c.effect for c in people):
        return  # the one invited after the inviting host ("Мемлекет басшысы Шавкат Мирзиёевты … келуге шақырды")
    if draft.hit.event_type == "multilateral" and known.both_sides \
            and known.both_sides.search(reading.doc.text, reading.start, draft.hit.start):
        # a gathering the heads of many go to, named by their plural title before it ("наблюдали за поездкой глав
        # государств Центральной Азии на саммит с Дональдом Трампом"), has them as its actors, not the last
        # person named
        return
    if not people and draft.hit.event_type in CONTACT and not draft.candidates:
        subjects = _subjects_of_earlier_event(draft, by_index)
        if subjects:
            draft.candidates.extend(copy.deepcopy(c) for c in subjects)
            return
    if not people and (shared := _subject_of_conjoined(draft, by_index)):
        # the subject, whatever part the contact told before gave them
        draft.candidates.insert(0, replace(copy.deepcopy(shared), effect=""))
        return
    protagonist = _protagonist(draft, by_index)
    alone = draft.hit.event_type == "visit" \
        and not any(c.participant.start < draft.hit.start or c.participant.kind in ("person", "delegation")
                    for c in by_index[draft.sentence].sides)
    if not people and not protagonist and alone and (titled := _titled_before(draft, by_index)):
        # a title alone as the subject of a visit in a sentence naming no one ("Затем министр прибыл в Баку с
        # рабочим визитом") is the person just titled alike; not where the sentence names someone ("визит
        # Жапарова …, после которого президент также планирует посетить …": the dev gold ru/019, carried later)
        # or has a side before the visit ("Корейский министр прибыл …": a state's adjective, _person_of_state),
        # nor a contact so told, mostly one recalled ("Министры обсудили … соглашения, подписанные в ходе встречи
        # глав государств …")
        draft.candidates.insert(0, copy.deepcopy(titled))
        return
    if not people and not protagonist:
        # (no one but "Глава государства" is named: "Также Глава государства принял участие в саммите …")
        if not reading.words.intersection(known.names.get("pronouns", ())):
            return
    protagonist = protagonist or _titled_before(draft, by_index)
    if protagonist:
        draft.candidates.insert(0, copy.deepcopy(protagonist))
        return
    # a pronoun refers back to a side named by a title alone too ("В тот же день турецкий министр провел переговоры
    # с … Саидовым. Он также встретился с …": the Turkish minister, not the president named before him), which
    # stands for its person (`_complete_people`)
    pronoun = bool(reading.words.intersection(known.names.get("subject_pronouns", ())))
    for back in range(draft.sentence, draft.sentence - 1 - CARRY_BACK, -1):
        named = {c.participant.normal for c in draft.candidates}
        actors = [c for c in _undiscussed_sides_of(by_index, back)
                  if (c.participant.kind in ("person", "delegation") or pronoun and c.said_as)
                  and c.effect not in ("counterpart", "recipient")
                  and c.participant.normal not in named
                  and (back < draft.sentence or c.participant.end <= draft.hit.start)]
        if actors:
            draft.candidates.insert(0, copy.deepcopy(actors[0]))
            return


def _received_only(draft: Draft, people: list[Candidate], known: Knowledge, reading: Reading) -> bool:
    """"Затем в Акорде Президент принял Исполнительного секретаря СНГ …": a reception (names.yaml `reception`)
    whose sides all stand after its verb names only the one received; the host is the subject left out. So does
    a ceremony of one host whose first side after it is in the dative ("Посол 12 марта вручил верительные грамоты
    Императору Японии Нарухито", names.yaml `one_host`): the one presenting is left out."""
    first = people[0].participant
    if first.start < draft.hit.end:
        return False
    if known.one_host and known.one_host.search(draft.hit.text):
        return reading.case_at(first.role.start if first.role else first.start) == "Dat"
    return bool(known.reception and known.reception.search(draft.hit.text))


def _received_left_out(draft: Draft, by_index: dict[int, SentenceCandidates]) -> bool:
    """A reception whose one received is not named but left to a pronoun ("Сапар аясында оны … Ильхам Әлиев
    қабылдады", "Его принял Президент …") or to the subject of the passive ("В ходе визита министр был принят
    Президентом …"; names.yaml `received_left_out`) where no person nor delegation stands before the trigger: the
    host alone is named, the one received is carried from before. A side named by a title with its state
    ("узбекский министр был принят …") is named: it stands for its person (`_complete_people`), not for whoever
    held a like title last."""
    reading = by_index[draft.sentence].reading
    left_out, delegation = reading.known.received_left_out, reading.known.delegation
    if not left_out:
        return False
    told = left_out.search(reading.doc.text, reading.start, draft.hit.end)
    # a delegation received ("Венгерская делегация была принята …") is its head's (_delegation_head); where the
    # verb ends its clause (names.yaml `verb_final`) a person written bare before the object pronoun is its
    # subject, the host ("Мемлекет басшысы Қасым-Жомарт Тоқаев оны Ақордада қабылдады"), not the one received
    subject_first = reading.known.verb_final is not None
    return bool(told) and told.end() >= draft.hit.start and not any(
        (c.participant.kind in ("person", "delegation") or c.said_as) and c.participant.end <= told.start()
        and not (subject_first and _bare(reading, c))
        for c in draft.candidates) and not (delegation and delegation.search(reading.doc.text, reading.start,
                                                                               told.start()))


def _bare(reading: Reading, candidate: Candidate) -> bool:
    """Whether a side is written in the nominative: a person's name as its normal ("Қасым-Жомарт Тоқаев"), a
    side named by a title whose last word the analysis reads so, or, with no case read, has no ending of another
    case (names.yaml `oblique`: "Мемлекет басшысы", not "Мемлекет басшысын")."""
    person = candidate.participant
    if not candidate.said_as:
        return person.text == person.normal
    words = person.text.split()
    if not words:
        return False
    case = reading.case_at(person.start + len(person.text) - len(words[-1]))
    oblique = reading.known.oblique
    return case == "Nom" if case else bool(oblique) and not oblique.search(words[-1])


def _protagonist(draft: Draft, by_index: dict[int, SentenceCandidates]) -> Candidate | None:
    """"Глава государства" before a trigger with no actor, or inside it (names.yaml `head_of_state`), is the first
    leader the article names (by a leader's title, or one the labelled data knows), not the person told last
    ("Ильхам Алиев поздравил … В тот же день Глава государства обсудил по телефону с …": Tokayev, whom the article
    is about)."""
    reading = by_index[draft.sentence].reading
    head = reading.known.head_of_state
    if not head or not head.search(reading.doc.text[reading.start:draft.hit.end]):
        return None
    named = {c.participant.normal for c in draft.candidates}
    for index in sorted(i for i in by_index if i <= draft.sentence):
        for c in by_index[index].sides:
            person = c.participant
            # not one it meets ("Глава государства встретился с Президентом Финляндии …, Премьер-министром
            # Пакистана …": the Finnish president is no protagonist of the meeting with Pakistan's premier)
            if person.kind == "person" and person.normal not in named and reading.known.leader(person) \
                    and not (index == draft.sentence and c.effect in ("counterpart", "recipient")):
                return c
    return None


def _titled_before(draft: Draft, by_index: dict[int, SentenceCandidates]) -> Candidate | None:
    """A title alone as the subject before a trigger with no actor ("Ранее министр провел переговоры с
    госсекретарем США …", a title word of roles.tsv in the nominative, in no side's title) is the person given
    that title last, in its sentence or CARRY_BACK before it, whichever side they were ("Токаев принял министра
    иностранных дел Ермека Кошербаева": not Tokayev, the nearest actor); None where no one was. (Reading it as
    the first person the article gives it, as `titled_first` does for Kazakh, cost held-out ru events F1 0.80 →
    0.79: models/events/README.md.)"""
    reading = by_index[draft.sentence].reading
    named = [c.participant for c in by_index[draft.sentence].sides]
    bare = next((m for title in reading.titles
                 for m in title.finditer(reading.doc.text, reading.start, draft.hit.start)
                 if reading.case_at(m.start()) == "Nom"
                 and not any(min(p.start, p.role.start if p.role else p.start) <= m.start() < p.end for p in named)),
                None)
    if bare is None:
        return None
    word = _title_words(bare.group())[0]  # a hyphened compound whole: "вице-премьер" is no "вице-президент"
    drafted = {c.participant.normal for c in draft.candidates}
    # the other side is of another state than those named ("В ходе визита министр был принят Президентом
    # Таджикистана" after the talks of the Uzbek and Tajik ministers: the Uzbek one, not the host's own minister)
    states = {state_spoken_for(c.participant.affiliation, c.participant.normal) for c in draft.candidates} - {None}
    titled = [c for back in range(draft.sentence, draft.sentence - 1 - CARRY_BACK, -1)
              for c in reversed(_sides_of(by_index, back)) if c.participant.kind in ("person", "delegation")
              and c.participant.role and c.participant.normal not in drafted
              and (back < draft.sentence or c.participant.end <= bare.start())
              and _alike(word, _title_words(c.participant.role.text)[0])]
    return next((c for c in titled if state_spoken_for(c.participant.affiliation, c.participant.normal)
                 not in states), titled[0] if titled else None)


def _discussed_just_before(draft: Draft, by_index: dict[int, SentenceCandidates]) -> list[Candidate]:
    """The people of two states or more who discussed something in the sentence just before, which names no event
    ("Нурдаулетов и Шойгу обменялись мнениями по вопросам безопасности. Встреча состоялась в Москве …"): the sides of
    the contact a sentence then tells naming no one; [] where it names fewer."""
    before = by_index.get(draft.sentence - 1)
    if before is None or before.triggers or not before.topics:
        return []
    people = [c for c in before.sides if c.participant.kind in ("person", "delegation")]
    states = {state_spoken_for(c.participant.affiliation, c.participant.normal) for c in people} - {None}
    return people if len(people) >= 2 and len(states) >= 2 else []


def _subject_of_conjoined(draft: Draft, by_index: dict[int, SentenceCandidates]) -> Candidate | None:
    """The person subject of the verb that the last verb before the trigger (or the trigger verb itself) is
    conjoined to, where the trigger's clause names no one ("Кая Каллас провела переговоры с …, а также приняла
    участие в министерской встрече …": Каллас takes part in the meeting too; "… встретился с …, а затем вылетел в
    Германию"), or the trigger verb's own subject where a contact told before took it ("Встретившись с …, Токаев
    вылетел …"); None with no parse or no such subject."""
    sentence = by_index[draft.sentence]
    reading = sentence.reading
    if draft.hit.onward and not reading.parsed:
        # a trip on after a contact read with no parse (`_moves_on`): the first person named before the contact, not
        # met "with" it
        contact = max((h for h in sentence.triggers if h.end <= draft.hit.start), key=lambda h: h.start, default=None)
        return next((c for c in sentence.sides if contact and c.participant.end <= contact.start and not c.effect
                     and c.participant.kind in ("person", "delegation")), None)
    # the trigger itself where it is a verb of travel ("встретился с Макроном, а затем вылетел в Германию": the trip
    # is the subject's too), else the last finite verb before it (the parse may hang the trigger itself on the first
    # clause's object)
    travels = _travels(reading, draft.hit)
    position = next((n for n in range(len(reading.tokens) - 1, -1, -1) if (
        reading.tokens[n].end <= draft.hit.start or travels and reading.tokens[n].start == draft.hit.start)
        and reading.tokens[n].pos in ("VERB", "AUX") and reading.tokens[n].feats.get("VerbForm") == "Fin"), None)
    if position is None:
        return None
    if reading.tokens[position].start == draft.hit.start and not reading.tokens[position].rel.startswith("conj"):
        # the trigger verb's own subject, taken by a contact told before it ("Встретившись с Макроном, Токаев
        # вылетел в Германию": the gerund's meeting is his, and so is the visit)
        first = reading.tokens[position]
    elif reading.tokens[position].rel.startswith("conj"):
        first = reading.head_of(position)
    else:
        return None
    for c in sentence.sides:
        hung = reading.head_outside(c.participant.start, c.participant.end)
        if c.participant.kind not in ("person", "delegation") or c.participant.end > draft.hit.start or not hung:
            continue
        word, head = reading.tokens[hung[0]], hung[1]
        while word.rel.startswith(("appos", "flat")) and head is not first:  # the name beside its title
            word = head
            at = reading.position(word)
            head = reading.head_of(at) if at >= 0 else None
        if head is first and word.rel.startswith("nsubj"):
            return c
    return None


def _subjects_of_earlier_event(draft: Draft, by_index: dict[int, SentenceCandidates]) -> list[Candidate]:
    """"Токаев и Мирзиёев приняли участие в саммите ШОС и провели двустороннюю встречу": a contact naming no one,
    told after a gathering or visit of its sentence, is between the two people or more who are that event's
    subject (the same verb's subjects, named before it); [] where the sentence names fewer."""
    sentence = by_index[draft.sentence]
    subjects = [c for c in sentence.sides if c.participant.kind in ("person", "delegation")
                and c.participant.end <= draft.hit.start and not c.effect
                and any(h.start < draft.hit.start and c.participant.end <= h.start for h in sentence.triggers
                        if h.event_type not in CONTACT)]  # "встреч и переговоров" are one contact
    return subjects if len(subjects) >= 2 else []


def _heads_at_gathering(drafts: list[Draft], by_index: dict[int, SentenceCandidates], reporters: set[str]) -> None:
    """A gathering whose sentence names no person but "the heads of state" (names.yaml `both_sides`: "Салтанатты
    рәсім аяқталғаннан кейін мемлекет басшылары … саммитіне қатысу үшін … бет алды") is attended by the people and
    states the sentence before it names, within HEADS_BACK sentences, where they are GATHERED_SIDES or more
    ("Тоқаев шараға Әзербайжан, Қырғызстан, Түркия … президенттерімен бірге қатысты"): the heads the article
    just told of. Its organisation stays, as for any gathering, unless those make its members listed."""
    told = {d.sentence for d in drafts if not d.frame}  # the sentences telling an event
    for draft in drafts:
        reading = by_index[draft.sentence].reading
        both = reading.known.both_sides
        if draft.frame or draft.hit.event_type != "multilateral" or not both or not both.search(reading.text) \
                or any(c.participant.kind in ("person", "delegation", "country") for c in draft.candidates):
            continue
        # the sentences before it, nearest first; then the next one, where none before names anyone and the next
        # tells no event of its own ("… прошла Консультативная встреча глав государств Центральной Азии. Касым-Жомарт
        # Токаев, Садыр Жапаров, … приняли декларацию": the heads who met, named after it)
        ahead = [draft.sentence + 1] if draft.sentence + 1 in by_index and draft.sentence + 1 not in told else []
        for index in [*range(draft.sentence - 1, draft.sentence - 1 - HEADS_BACK, -1), *ahead]:
            sides = [c for c in _undiscussed_sides_of(by_index, index)
                     if c.participant.kind in ("person", "country") and c.participant.normal not in reporters]
            if sides:
                if len({c.participant.normal for c in sides}) >= GATHERED_SIDES:
                    named = {c.participant.normal for c in draft.candidates}
                    draft.candidates.extend(replace(c, effect="") for c in sides
                                            if c.participant.normal not in named)
                    draft.evidence.add(index)
                break


def _counted_states(drafts: list[Draft], by_index: dict[int, SentenceCandidates], reporters: set[str]) -> None:
    """A gathering told with a plural title of a counted number of states (names.yaml `counted_states`: "Ранее
    госсекретарь США … и руководители внешнеполитических ведомств пяти стран региона на встрече в Самарканде
    одобрили …") whose sides speak for fewer states is attended by the states the nearest sentence before it
    naming other states lists, within COUNTED_BACK, where it names that many besides the gathering's ("Встреча
    министров иностранных дел Кыргызстана, Казахстана, Узбекистана, Таджикистана и Туркмении с госсекретарем
    США …"), none of them who reports the news (`reporters`): the count says which states the title stands for.
    Another number names no one."""
    for draft in drafts:
        reading = by_index[draft.sentence].reading
        counted = reading.known.counted_states
        # a meeting of that many is a gathering once merged (merge._many_states)
        said = counted.search(reading.text) if counted and not draft.frame \
            and draft.hit.event_type in ("multilateral", *CONTACT) else None
        if not said:
            continue
        count = dict(reading.known.state_counts).get(said.group("count").lower())
        states = {state_spoken_for(c.participant.affiliation, c.participant.normal) for c in draft.candidates}
        if not count or len(states - {None}) >= count:
            continue
        for index in range(draft.sentence - 1, draft.sentence - 1 - COUNTED_BACK, -1):
            listed = {}  # the states named there besides the gathering's: a sentence naming none is passed over
            for c in _undiscussed_sides_of(by_index, index):
                state = state_spoken_for(c.participant.affiliation, c.participant.normal)
                if c.participant.kind in ("person", "country") and c.participant.normal not in reporters \
                        and state and state not in states:
                    listed.setdefault(state, c)
            if not listed:
                continue
            if len(listed) == count:
                draft.candidates += _titled_by(listed.values(), reading, said)
                draft.evidence.add(index)
            break


def _sides_of_both(drafts: list[Draft], by_index: dict[int, SentenceCandidates], reporters: set[str]) -> None:
    """A meeting, talk or call that names no one but "the heads of state" ("Одан соң мемлекеттер басшылары келіссөз
    жүргізді", names.yaml `both_sides`) is between the two people the last sentence naming people names, within
    BOTH_BACK sentences, or, where those name one, the next person named within BOTH_AHEAD after it: the heads of
    the two states the article is about (the visitor and the host of a state visit). The words naming them are
    their title there. Where the article tells a contact with its sides named, the heads retell that one, unless
    they met before the news ("В прошлом году лидеры двух стран встречались в Астане": background, told so or
    dated over places.BACKGROUND_DAYS before it in a sentence of its own), nor is the contact named one they met at
    before ("Переговоры глав государств пройдут завтра … Макрон уже посещал Казахстан, тогда он провел переговоры
    с Токаевым"), nor the next one of a recurring
    contact ("Стороны договорились провести следующую встречу в Астане"); a contact they discussed is a topic, no
    event, and one their agreements came from ("договоренностей, достигнутых в ходе встречи глав государств",
    `Hit.recalled`) may be of other heads. Words naming an office ("Предыдущие переговоры глав МИД двух стран
    прошли в марте", "екі елдің сыртқы істер министрлері"; names.yaml `both_offices`) are the two people of
    the sentences before whom the article gives that office's title, others passed over (not the Speaker met
    last). Who reports the news (`reporters`, by normal: "Бұл туралы ҚР СІМ ресми өкілі Айбек Смадияров
    мәлімдеді") is none of the heads."""
    named = [d for d in drafts if d.hit.event_type in CONTACT and d.candidates and not d.frame and not d.hit.background]
    # a contact still to come where all those named took place retells none of them ("… провел телефонный разговор с
    # … Мирзиёевым. Стороны договорились провести переговоры в ходе визита …": the talks agreed are the heads' own)
    taken_place = all(d.hit.status == "occurred" for d in named)
    titles = {}  # each person's titles, wherever the article gives them
    for sentence in by_index.values():
        for c in sentence.sides:
            if c.participant.role:
                titles.setdefault(c.participant.normal, []).append(c.participant.role.text)
    for draft in drafts:
        reading = by_index[draft.sentence].reading
        both = reading.known.both_sides
        # a meeting dated well before the news, told in a sentence of its own, is one they met at before, as one
        # told with a cue is ("В октябре прошлого года главы государств встречались в Хельсинки", "Өткен жылдың
        # қазанында … президенттері кездескен еді"); not one recalled at another ("На встрече стороны вспомнили
        # переговоры, которые президенты провели в 2023 году")
        alone = len(by_index[draft.sentence].triggers) == 1
        before = draft.hit.background or draft.hit.status == "occurred" and alone \
            and long_before(draft.date, reading.doc.published_date)
        if draft.frame or draft.hit.event_type not in CONTACT or not both \
                or (named and not before and not draft.hit.another
                    and not (taken_place and draft.hit.status == "planned")):
            continue
        said = both.search(reading.text)
        # "Мемлекет басшылары алдағы кездесуге дайындықты талқылады": a meeting they discussed is a topic; the next
        # one agreed on is the heads' own ("Стороны договорились провести следующий раунд …", the agreement a topic)
        if not said or draft.hit.recalled or (not draft.hit.another and any(
                t.start <= draft.hit.start < t.end for t in draft.topics)):
            continue
        office = reading.known.office_of_both(said.group())
        # the office's two holders; failing them, the two named last ("Саидов провел переговоры со своим
        # казахстанским коллегой Муратом Нуртлеу. … министры иностранных дел двух стран встречались …": a colleague)
        heads = _two_heads(draft, by_index, reporters, office, titles) if office else {}
        if len(heads) != 2:
            heads = _two_heads(draft, by_index, reporters, None, titles)
        if len(heads) != 2:
            continue
        draft.candidates += _titled_by(heads.values(), reading, said)


def _titled_by(sides, reading: Reading, said: re.Match) -> list[Candidate]:
    """Copies of the candidates `sides`, each titled by the words that name them together (`said`, a match in
    `reading.text`: "главы государств", "руководители … пяти стран региона"), with no part of their own yet."""
    start = reading.start + said.start()
    title = Span(said.group(), start, start + len(said.group()))
    copies = []
    for candidate in sides:
        side = copy.deepcopy(candidate)
        side.effect, side.participant.role = "", title
        copies.append(side)
    return copies


def _reporters(by_index: dict[int, SentenceCandidates]) -> set[str]:
    """The normals of who reports the article's news (Reading.reporters: "Бұл туралы … Айбек Смадияров мәлімдеді"),
    read once for the steps across sentences."""
    return {name for sentence in by_index.values() for name in sentence.reading.reporters}


def _two_heads(draft: Draft, by_index: dict[int, SentenceCandidates], reporters: set[str],
               office: re.Pattern | None, titles: dict[str, list[str]]) -> dict[str, Candidate]:
    """The people a "both sides" phrase of `draft` stands for (`_sides_of_both`), by normal: those of the sentences
    before, nearest first, then those just after (the host of a visit may be named only after the talks: "Глава
    государства прибыл в Узбекистан … состоялись переговоры президентов двух стран. Шавкат Мирзиёев отметил …"),
    given the `office` in one of their `titles` where one is asked; fewer or more than two where they are not."""
    heads = {}
    for back in [*range(draft.sentence - 1, draft.sentence - 1 - BOTH_BACK, -1),
                 *range(draft.sentence + 1, draft.sentence + 1 + BOTH_AHEAD)]:
        if len(heads) == 2:
            break
        # one named only in what was discussed ("обсудили … подготовку к визиту Президента Узбекистана Шавката
        # Мирзиёева") met no one there
        named = {c.participant.normal: c for c in _undiscussed_sides_of(by_index, back)
                 if c.participant.kind in ("person", "delegation") and c.participant.normal not in heads
                 and c.participant.normal not in reporters
                 and (office is None or any(office.search(t) for t in titles.get(c.participant.normal, ())))}
        if len(heads) + len(named) > 2:
            break
        heads.update(named)
    return heads


def _complete_people(drafts: list[Draft], by_index: dict[int, SentenceCandidates], reporters: set[str]) -> None:
    """A person named bare ("Абдрахманов посетил …") keeps the title and side they were given elsewhere in the
    article ("министр иностранных дел Казахстана Кайрат Абдрахманов"); a side named only by a title ("Президент
    США встретился …", "во встрече посла Казахстана") is the person the article gives that title."""
    told = {}
    for sentence in by_index.values():
        # and the people a sentence only speaks of ("передал приветствие от министра … Таяни": Reading.spoken_of)
        for person in [c.participant for c in sentence.sides] + sentence.reading.spoken_of:
            if person.kind in ("person", "delegation") and (person.role or person.affiliation):
                best = told.get(person.normal)
                if best is None or (best.role is None and person.role) or (not best.affiliation and person.affiliation):
                    told[person.normal] = person
    by_title = {_title_key(p.role.text): p for p in told.values() if p.role}
    # who may hold a home title: people named in full; one met "with" only where the labelled data gives
    # them a state ("… Эммануэль Макронмен келіссөз жүргізді": Macron is the counterpart, not the head of state;
    # "Мирзиёев Тоқаевпен … сөйлесті": Tokayev, whom people_states.tsv gives Kazakhstan, may be)
    met = {c.participant.normal for sentence in by_index.values() for c in sentence.sides
           if c.effect == "counterpart" and not known_state(c.participant.normal)}
    named = {c.participant.normal: c.participant for sentence in by_index.values() for c in sentence.sides
             if c.participant.kind == "person" and len(c.participant.normal.split()) > 1
             and c.participant.normal not in met}
    # who may hold a leader's title: the people the events name, not one only mentioned ("напомнил о вкладе
    # Назарбаева"), and those the article gives a title ("встретил премьер-министр Узбекистана Абдулла Арипов")
    in_events = {c.participant.normal: c.participant for draft in drafts for c in draft.candidates
                 if c.participant.kind == "person"}
    in_events.update((normal, person) for normal, person in told.items()
                     if person.kind == "person" and person.role and normal not in in_events)
    # and those the sentence right after an event's, with no event word of its own, names as its subjects, two or
    # more, every person it names in the nominative ("Қазақстан мен Түркия президенттері кездесті. Қасым-Жомарт
    # Тоқаев пен Режеп Тайып Ердоған … талқылады"); not where it speaks of someone ("… Назарбаевтың еңбегін атап
    # өтті", "Владимир Путин напомнил о вкладе Нурсултана Назарбаева") or names who reports it
    for index in sorted({d.sentence + 1 for d in drafts if not d.frame}):
        if index not in by_index or by_index[index].triggers:
            continue
        people = [c for c in by_index[index].sides if c.participant.kind == "person"]
        if len(people) >= 2 and all(c.participant.text.split()[-1] == c.participant.normal.split()[-1]
                                    and not c.effect and c.participant.normal not in reporters for c in people):
            in_events.update((c.participant.normal, c.participant) for c in people
                             if c.participant.normal not in in_events)
    # where each person is first named: a state's person named by its adjective is one told before (_person_of_state)
    first_named = {}
    for index in by_index:
        for person in (c.participant for c in _undiscussed_sides_of(by_index, index)):
            if person.kind in ("person", "delegation"):
                first_named[person.normal] = min(first_named.get(person.normal, person.start), person.start)
    for draft in drafts:
        language = by_index[draft.sentence].reading.known
        for candidate in draft.candidates:
            if draft.hit.another and draft.hit.status == "planned" and candidate.participant.kind == "country":
                # the next of a recurring event ("следующая министерская встреча … с участием … госсекретаря США"):
                # whoever holds the office then, the state, not the person the article names at this one
                continue
            # no one holds a home or leader's title who is met at the same event ("Мемлекет басшысы Ақордада
            # Бавария премьер-министрі Маркус Зёдерді қабылдады": the Bavarian premier is the one received; "…
            # Халықаралық Қызыл Крест комитетінің президенті …": nor is a president of no state the Head of State)
            others = {c.participant.normal for c in draft.candidates if c is not candidate}
            # a visit's host is named later (merge): its visitor alone by a state's adjective is one told before
            # ("Президент Узбекистана … Затем узбекский лидер прибыл в Пекин")
            visit = draft.hit.event_type == "visit"
            titled = (_titled_alike(by_title, candidate.said_as)
                      or _holder(candidate, told.values(), draft.hit.event_type == "multilateral",
                               by_index[draft.sentence].reading)
                      or _delegation_head(candidate, told.values(), language)
                      or _home_holder(candidate, [p for p in named.values() if p.normal not in others], told)
                      or _leader(candidate, {n: p for n, p in in_events.items() if n not in others}, told, language)
                      or (others or visit) and _person_of_state(candidate, [told.get(n) or p for n, p in in_events.items()
                                                                   if n not in others and n in first_named
                                                                   and first_named[n] < candidate.participant.start],
                                                                by_index[draft.sentence].reading, reporters)
                      if candidate.said_as else None)
            reading = by_index[draft.sentence].reading
            if titled and _once_held(reading, candidate.participant.role) != _once_held(reading, titled.role):
                titled = None  # "с бывшим президентом Грузии" is not the president the article names
            if titled:
                candidate.participant = copy.copy(titled)
            person, known = candidate.participant, told.get(candidate.participant.normal)
            if known is None or known is person:
                continue
            if person.role is None and person.affiliation is None:
                person.role = known.role
            person.affiliation = person.affiliation or known.affiliation


def _once_held(reading: Reading, title: Span | None) -> bool:
    """Whether a title names an office once held: its words or the word before it (names.yaml `former`: "бывшего
    президента ЮАР", "экс-премьера"; a title's span starts at its office word)."""
    former = reading.known.former
    if not former or title is None:
        return False
    before = reading.doc.text[max(0, title.start - FORMER_BEFORE):title.start].split()
    return bool(former.search(title.text) or (before and former.fullmatch(before[-1])))


def _holder(candidate: Candidate, people, gathering: bool, reading: Reading) -> Participant | None:
    """The one person the article gives the same title word for the same state or organisation ("Қазақстан
    Президентінің" → "Президент Қасым-Жомарт Тоқаев", affiliated with Қазақстан), where the title is not written
    alike, or the one holding the office whose body the title heads ("глава казахстанского МИД": the foreign
    minister, names.yaml `office_heads`); outside a `gathering`, an organisation's one titled official whatever the
    title's words ("Генсек ОДКБ находится в Беларуси с рабочим визитом" after "Генеральным секретарем ОДКБ
    Имангали Тасмагамбетовым")."""
    code = resolve(candidate.participant.normal)
    if not code:
        return _body_holder(candidate, people, gathering, reading)
    words = set(_title_words(candidate.said_as)) - set(_title_words(candidate.participant.text))
    members = [p for p in people if p.role and resolve(p.affiliation) == code]
    if code.kind == "igo":
        # a title of one body of an organisation is held by one of that body: "председатель Европейского совета"
        # is not "председатель Европейской комиссии Урсула фон дер Ляйен" nor "Верховный представитель ЕС Кая
        # Каллас", though all are the EU's; "генсек ООН" is not "председатель Генассамблеи ООН"
        side = candidate.participant
        body = _igo_body(reading, side.text, side.normal, candidate.said_as)
        members = [p for p in members if _igo_body(reading, p.role.text, p.affiliation) == body]
    holders = {p.normal: p for p in members
               if any(_alike(word, other) for word in words for other in _held_title_words(p, reading))}
    # the head of the body of an office ("глава казахстанского МИД") holds its title ("министр иностранных дел")
    office = next((title for head, title in reading.known.office_heads if head.search(candidate.said_as)), None)
    if office:
        holders.update((p.normal, p) for p in members if office.search(p.role.text))
    if not holders and code.kind == "igo" and candidate.participant.role and not gathering:
        # an organisation's one official, however the title is written ("генсекретаря ШОС" → "Генерального
        # секретаря ШОС Нурлана Ермекбаева"); a state has many, and a gathering's organisation is whose it is
        # ("Саммит глав государств Организации тюркских государств")
        holders = {p.normal: p for p in members}
    return next(iter(holders.values())) if len(holders) == 1 else None


def _igo_body(reading: Reading, *names: str | None) -> str | None:
    """Which body of an international organisation the first of `names` naming one names (names.yaml `igo_bodies`:
    "Европейского совета" → council, "Генеральной Ассамблеи ООН" → assembly); None for the organisation itself
    ("ЕС", "ООН", "Евросоюз")."""
    return next((key for name in names if name for key, body in reading.known.igo_bodies if body.search(name)), None)


def _held_title_words(person: Participant, reading: Reading) -> list[str]:
    """The words of the titles `person` holds (`_title_words`): their role and a title joined to it before by a dash
    ("Заместитель Премьер-министра – Министр торговли и интеграции"), each title written out as its short word too
    (names.yaml `short_titles`: "заместитель премьер-министра" → "вице-премьер")."""
    text = reading.doc.text
    joined = DASH_JOINED_TITLE.search(text, max(0, person.role.start - DASH_JOINED_REACH), person.role.start)
    titles = (joined.group(1) + " " if joined else "") + person.role.text
    return _title_words(titles) + [short for title, short in reading.known.short_titles if title.search(titles)]


def _delegation_head(candidate: Candidate, people, known: Knowledge) -> Participant | None:
    """A state named by its delegation alone ("польскую делегацию принял …", "Вьетнам делегациясын …": names.yaml
    `delegation`) is the one head of a delegation the article names ("делегацию МИД Польши во главе с … Анной
    Ковальской") whom nothing gives another state: the probes' "узбекскую делегацию принял Председатель Мажилиса"
    had the state as a side beside the delegation's head met before."""
    person = candidate.participant
    code = country_code(person.normal) if person.kind == "country" else None
    if not code or not known.delegation or not known.delegation.search(candidate.said_as or ""):
        return None
    heads = {p.normal: p for p in people if p.kind == "delegation"
             and (state_spoken_for(p.affiliation, p.normal) or code) == code}
    if len(heads) != 1:
        return None
    head = copy.copy(next(iter(heads.values())))
    head.affiliation = head.affiliation or person.normal
    return head


def _body_holder(candidate: Candidate, people, gathering: bool, reading: Reading) -> Participant | None:
    """An organisation of no state nor organisation of states, named by one title ("В Пекине спикер Сената провел
    переговоры …", "глава Кабмина"), is the one person the article gives a title of it ("Председатель Сената
    Маулен Ашимбаев", "Председатель Кабинета министров …": the body as written or shortened, wordforms.shortens),
    however the title is written; not a gathering's, nor a body's many members ("Депутаты Мажилиса")."""
    role, body = candidate.participant.role, candidate.participant.normal
    if gathering or candidate.participant.kind != "organization" or role is None \
            or any(t.feats.get("Number") == "Plur" for t in reading.between(role.start, role.start + 1)):
        return None
    holders = {p.normal: p for p in people if p.role and p.kind == "person" and _names_body(p.role.text, body)}
    return next(iter(holders.values())) if len(holders) == 1 else None


def _names_body(title: str, body: str) -> bool:
    """Whether a title's words name the body, in any case ("Председатель Сената" ~ "Сенат"), or shortened
    ("Председатель Кабинета министров Кыргызстана" ~ "Кабмин", wordforms.shortens)."""
    words, named = _title_words(title), _title_words(body)
    runs = [words[i:i + len(named)] for i in range(len(words) - len(named) + 1)]
    if any(all(map(_alike, named, run)) for run in runs):
        return True
    return len(named) == 1 and any(shortens(body, " ".join(words[i:i + n])) for i in range(len(words)) for n in (2, 3))


def _leader(candidate: Candidate, people: dict[str, Participant], told: dict[str, Participant],
            known: Knowledge) -> Participant | None:
    """A state named by its leader's title ("Президенты России и Казахстана начали встречу", "Қазақстан
    Президенті … барған"; greetings.tsv `leader`) is the one person among `people` (the people the article's
    events name, by normal) whom its text or the labelled data (people_states.tsv) gives that state, unless the
    article gives them a title that is no leader's. A state's body named by its head's title ("Қазақстан
    Үкіметінің басшысы") is its state's; where no one is given the state, the one person given no state whose
    title names the same office ("Премьер-министр Олжас Бектенов", names.yaml `offices`) holds it."""
    words, role = candidate.participant.normal.split(), candidate.participant.role
    state_name = words[0] if candidate.participant.kind == "organization" and len(words) > 1 \
        and country_code(words[0]) else candidate.participant.normal
    code = country_code(state_name)
    if not code or not role or not known.leads(role.text):
        return None
    holders, stateless = [], []
    for normal, person in people.items():
        if any(other != normal and other.endswith(" " + normal) for other in people):
            continue  # "Путин" where "Владимир Путин" is named too
        person = told.get(normal) or person
        state = state_spoken_for(person.affiliation, normal)
        # a leader by their title in the article, or one the labelled data knows, or any person of the state
        # where several states are named together ("Президенты России и Казахстана"); not "Сергей Лавров" for
        # "Президент России прибудет …"
        leads = known.leader(person) or (person.role is None and candidate.shared_title)
        # the office the title names, where the person's own title names one too ("Италия Премьер-министрі" is no
        # "Италия Президенті"); "Мемлекет басшысы" is "Қазақстан Президенті"
        offices = {known.office(role.text), known.office(person.role.text) if person.role else None}
        if state == code and leads and not (None not in offices and len(offices) > 1):
            holders.append(person)
        elif state is None and None not in offices and len(offices) == 1:
            stateless.append(person)
    holders = holders or stateless
    if len(holders) != 1:
        return None
    holder = copy.copy(holders[0])
    holder.role = holder.role or candidate.participant.role
    holder.affiliation = holder.affiliation or state_name
    return holder


def _person_of_state(candidate: Candidate, before: list[Participant], reading: Reading,
                     reporters: set[str]) -> Participant | None:
    """A state named by its adjective and a word for one of its people ("казахстанский дипломат", "турецкий лидер",
    "с узбекским коллегой", "Өзбек министрі": participants._of_adjective) whose title no one holds alike
    (`_holder`: "Глава МИД Казахстана Ермек Кошербаев … Казахстанский министр встретился …") is the one person
    named `before` it whom the article or the labelled data gives that state, a leader where the word names
    one (names.yaml `leader_words`; not the foreign minister for "турецкий лидер"), and not one who reports the
    news: the phrase refers back to someone told of. None where no one or several are."""
    person = candidate.participant
    if person.kind != "country" or not candidate.said_as or candidate.shared_title \
            or not country_of_adjective(reading, person.text) or country_code(person.text):
        return None
    known, code = reading.known, country_code(person.normal)
    leader = bool(known.leader_words and known.leader_words.search(candidate.said_as))
    holders = {p.normal: p for p in before if p.normal not in reporters
               and state_spoken_for(p.affiliation, p.normal) == code and (not leader or known.leader(p))}
    if len(holders) != 1:
        return None
    holder = copy.copy(next(iter(holders.values())))
    holder.affiliation = holder.affiliation or person.normal
    return holder


def _home_holder(candidate: Candidate, people, told: dict[str, Participant]) -> Participant | None:
    """A title that names its state by itself ("деді Мемлекет басшысы", names.yaml `home_titles`) is the one person
    the article names in full whom nothing gives another state; they are given that state and the title."""
    person = candidate.participant
    code = country_code(person.normal)
    if not code or person.text != candidate.said_as:
        return None
    holders = [p for p in people if (country_code((told.get(p.normal) or p).affiliation)
                                     or known_state(p.normal)) in (None, code)]
    if len(holders) != 1:
        return None
    holder = copy.copy(holders[0])
    holder.role, holder.affiliation = holder.role or person.role, holder.affiliation or person.normal
    return holder


def _title_key(title: str) -> tuple[str, ...]:
    """A title's words cut to their first letters, so case forms compare equal ("послом" ~ "Посол")."""
    return tuple(word[:TITLE_STEM] for word in re.findall(r"\w+", title.lower()))


def _titled_alike(by_title: dict[tuple[str, ...], Participant], title: str | None) -> Participant | None:
    """The person `by_title` (`_title_key` → person) gives the title written `title`, where each word is the
    same word (`_alike`): "Президента Китая" is not "Премьер Китая", though both keys are ("пре", "кит")."""
    person = by_title.get(_title_key(title)) if title else None
    words = re.findall(r"\w+", title.lower()) if person else []
    return person if person and all(map(_alike, words, re.findall(r"\w+", person.role.text.lower()))) else None


def _title_words(title: str) -> list[str]:
    """A title's words in lower case, a hyphened compound one word ("вице-премьер" is no "премьер")."""
    return re.findall(r"[\w-]+", title.lower())


def _alike(word: str, other: str) -> bool:
    """Whether two title words are one word in two cases: they share all but the last two letters of the
    shorter, TITLE_STEM letters at least ("послом" ~ "посол", "президентом" ~ "президент"; not "президент" ~
    "премьер" nor "представитель" ~ "председатель")."""
    shared = len(os.path.commonprefix((word, other)))
    return shared >= max(TITLE_STEM, min(len(word), len(other)) - 2)


def _drop_reporters(drafts: list[Draft], by_index: dict[int, SentenceCandidates], reporters: set[str]) -> None:
    """A press secretary the article names bare where they speak again ("Песков рассказал, что …") reports that
    event too, and is no side of it: the title is known from the sentence that gave it (`Reading.reporters`); so is
    one carried into another sentence as its actor."""
    if not reporters:
        return
    for draft in drafts:
        reading = by_index[draft.sentence].reading
        # nor is one carried from another sentence ("… перенесен, сообщил официальный представитель МИД … Ожидалось,
        # что в ходе визита монгольский лидер проведет переговоры …"): who reports is never a side (GUIDELINES)
        draft.candidates = [c for c in draft.candidates if c.participant.normal not in reporters or (
            not reading.speaks and reading.sentence.start <= c.participant.start < reading.sentence.end)]
