"""An event from the drafts that tell it (one group of merge.py): the main telling's trigger, each side once with
its argument role, place, date, topics and evidence from all of them."""
from __future__ import annotations

import copy

from ..countries import country_code, igo_code
from ..geocode import is_building
from ..document import Document
from ..wordforms import abbreviates
from .knowledge import function_words, known_state
from .model import Candidate, Draft, Event, Participant, Span

# a gathering's members are listed when its sides speak for this many states, and a meeting of that many is a
# gathering (merge._many_states); with fewer (two leaders "на саммите ШОС") the organisation still stands for the
# others (the news set's gold: ru/033, kk/044 against ru/040)
MEMBERS_LISTED = 4


def _status(main: Draft, group: list[Draft], headlined: bool = False, held: frozenset[int] = frozenset()) -> str:
    """The main telling's status where its sentence says when, or cannot tell (`Hit.marked` True or None), else
    the one status the tellings that say when agree on ("Визит Си Цзиньпина в Казахстан - это знак поддержки",
    then "Си Цзиньпин посетит Казахстан": planned); with none or two, the main telling's. One telling that it did
    not happen and one that it was put off ("должен был посетить …, однако визит был перенесен") say postponed.
    One telling that it was called off or put off and others only that it was to happen ("… саммиті кейінге
    қалдырылды. Саммитке Тоқаев пен Путин қатысады деп күтілген еді") say what became of the plan. One staying away
    ("Пашинян не примет участие в саммите …", `Hit.absent`) tells nothing of the event where another telling does
    ("В саммите примут участие …": planned). `headlined`: the main telling is the article's headline, which may
    announce what the body reports as held (`_headline_told_ahead`). `held`: the sentences telling an event
    held (`_setting_of_held`)."""
    present = [d for d in group if not d.frame and not d.hit.absent]
    if present and len(present) < len([d for d in group if not d.frame]):
        group = present
        main = main if not main.hit.absent else min(present, key=lambda d: (d.sentence, d.hit.start))
    statuses = {d.hit.status for d in group if not d.frame}
    if {"cancelled", "postponed"} <= statuses:
        return "postponed"
    if len(statuses - {"planned"}) == 1 and statuses & {"cancelled", "postponed"}:
        return (statuses - {"planned"}).pop()
    if main.hit.status == "planned" and any(_reported_after(d, main) or headlined and _headline_told_ahead(d, main)
                                            or _setting_of_held(d, held) for d in group):
        return "occurred"
    told = [d.hit.status for d in sorted(group, key=lambda d: d.hit.start) if not d.frame and d.hit.marked]
    return main.hit.status if main.hit.marked is not False or len(set(told)) != 1 else told[0]


def headline_and_lead(doc: Document) -> tuple[int | None, int | None]:
    """The starts of the article's headline, its first sentence where that is a paragraph of its own, and of the
    sentence after it, the lead; (None, None) for an article with no such headline."""
    if len(doc.sentences) < 2:
        return None, None
    first = next((p for p in doc.paragraphs if p.start <= doc.sentences[0].start < p.end), None)
    if first is None or doc.sentences[1].start < first.end:
        return None, None
    return doc.sentences[0].start, doc.sentences[1].start


def _reported_after(draft: Draft, preview: Draft) -> bool:
    """Whether `draft` reports in a later sentence that the event `preview` announced took place (`Hit.held`:
    "Сегодня состоятся переговоры …", then "Переговоры в узком составе прошли в Президентском дворце", "Переговоры
    Токаева и Макрона прошли в Акорде", "… келіссөздері Ақордада өтті"): GUIDELINES, an event previewed in the
    future tense but reported elsewhere as having happened is occurred. A retelling naming sides the preview does
    not name may be another event merged, and one saying only a past verb on it ("выразил надежду, что встреча
    запустит диалог") says nothing of when (dev ru status 102 → 99 with any past telling)."""
    return (draft.sentence > preview.sentence and draft.hit.held and draft.sides() <= preview.sides()
            and not draft.hit.background and draft.hit.event_type == preview.hit.event_type)


def _headline_told_ahead(draft: Draft, headline: Draft) -> bool:
    """Whether `draft`, a telling in the body, reports as held what the headline (`headline`, planned) announced
    ("Токаев встретится с Лукашенко в Минске", then "В Минске состоялась встреча Президента Казахстана … и Президента
    Беларуси …"; "Тоқаев Лукашенкомен кездеседі", then "… кездесуі өтті"): a headline written ahead of the news,
    the body's past the fact (GUIDELINES: previewed in the future, reported as having happened: occurred). Unlike
    a later sentence retelling a preview (`_reported_after`), it may name the sides: the headline sums up the body.
    Only a telling that says it took place (`Hit.held`: "состоялась", "прошла", "өтті") or whose tense says it did
    (`Hit.marked`: "встретились", "кездесті") naming sides of its own, not background: a side-less mention under a
    past verb ("выразил надежду, что встреча в Лозанне запустит диалог") says nothing of when (dev ru/042)."""
    return (draft.sentence > headline.sentence and not draft.frame and not draft.hit.background
            and draft.hit.status == "occurred" and (draft.hit.held or draft.hit.marked is True and bool(draft.candidates)))


def _setting_of_held(draft: Draft, held: frozenset[int]) -> bool:
    """Whether `draft` names the event as the setting of another event its sentence tells as held, by a past verb
    (a frame, `Hit.told_status` occurred and `Hit.marked`, in one of the sentences `held`: "Путин на полях саммита
    ШОС кратко побеседовал с …", "В рамках визита Токаев провел переговоры с …"): what happened on its sidelines or
    within it shows it took place, whatever a preview retold beside it says ("1 сентября он примет участие в
    саммите ШОС": dev ru/054). Not a setting recalled as background, nor one of a sentence telling no other event
    ("После краткой беседы делегация отбыла в резиденцию": the airport's talk, before the talks to come, dev
    ru/023)."""
    return draft.frame and draft.sentence in held and draft.hit.told_status == "occurred" \
        and draft.hit.marked is True and not draft.hit.background


def _to_come(event: Event, group: list[Draft], published: str | None) -> bool:
    """Whether an event read as occurred only because no telling says when ("Визит Эрдогана в Казахстан 12 мая
    станет первым за пять лет", "…, намеченный на май, пока не подтвержден": no tense of its own, `Hit.marked`
    False) is dated after the article was published: what has not yet come is planned."""
    return bool(event.status == "occurred" and published and event.date and event.date.date_start
                and event.date.date_start > published[:10]
                and not any(d.hit.marked is not False for d in group if not d.frame))


def stop_sentences(group: list[Draft]) -> set[int]:
    """The sentences (indices) telling a stop within the visit the drafts `group` tell: a sentence after the visit's
    first telling naming the visit as its setting, by a frame or a side-less retelling, before telling the stop by
    a visit word ("В рамках визита Жапаров посетил город Сиань, где …", "В последний день визита делегация
    посетила Шанхай"), or telling it by a visit word as where the visit goes on to (`Hit.onward`: "Затем
    президент посетит Самарканд"). Where such a stop went is not where the whole visit went."""
    first = min((d.sentence for d in group if not d.frame), default=None)
    # a frame sets a stop only before a visit word of its sentence: "В рамках визита в Баку состоялись переговоры"
    # tells where the visit is, not a stop within it
    return {d.sentence for d in group if d.sentence != first and (d.hit.onward or (d.frame or not d.candidates) and any(
        o.sentence == d.sentence and o.hit.start > d.hit.end and (not d.frame or not o.frame) for o in group))}


def build_event(group: list[Draft], doc: Document, held: frozenset[int] = frozenset()) -> Event:
    """The event a group of drafts tells (none a frame only): its type, status and trigger from the main telling
    (the one naming most sides in its own sentence, then the earliest), each side once (`_participants`), the
    most precise place, the first date, the topics told once each, and as `evidence` the spans of the sentences
    of `doc` that tell it, in text order. `held`: the sentences telling an event held (a telling, no frame,
    occurred), which show the event they are told within took place."""
    # the most informative telling: the most sides named in its own sentence, then the earliest; never a format
    # the talks went on in ("во встрече в расширенном формате участвовали …": the talks are what was held)
    main = max((d for d in group if not d.frame),
               key=lambda d: (not d.hit.part, len({c.participant.normal for c in d.candidates
                                   if d.bounds[0] <= c.participant.start < d.bounds[1]}), -d.sentence))
    headlined = main.sentence == 0 and headline_and_lead(doc)[0] is not None
    event = Event(event_id="", event_type=main.hit.event_type, status=_status(main, group, headlined, held),
                  trigger=Span(main.hit.text, main.hit.start, main.hit.end), lang="", background=main.hit.background)
    ordered = [main] + [d for d in group if d is not main]
    # the summit around a bilateral talk lends it its sentences, place and date, not its sides: the organisation
    # holding the summit is no side of the talk
    event.participants = _participants(event.event_type, [d for d in ordered if _same_kind(d, main)])
    drop_listed_organisations(event)
    # where it happened as precisely as its tellings say: a city over its country ("прилетит в Москву" in the
    # headline, "посетит Россию" in the body); a frame ("в рамках саммита в Тяньцзине") lends its place only to
    # an event whose own tellings name none
    places = [d.location for d in ordered if d.location and not d.frame]
    places = places or [d.location for d in ordered if d.location]
    # a visit goes to a city or a state; the building its talks were held in is where they met ("встречу в
    # Кремле, которая является частью визита"); a stop told within it (`stop_sentences`) is where that part went
    if event.event_type == "visit":
        stops = stop_sentences(group)
        places = [p for p in places if not is_building(p.normal)] or places
        places = [d.location for d in ordered if d.location in places and d.sentence not in stops] or places
    event.location = next((p for p in places if not country_code(p.normal)), places[0] if places else None)
    event.date = next((d.date for d in ordered if d.date), None)
    if _to_come(event, group, doc.published_date):
        event.status = "planned"
    seen = set()
    # a topic repeated in a lead or conclusion is taken once, from the most detailed telling (the main one)
    told_here = [d for d in group if d.paragraph == main.paragraph and d.topics]
    for draft in sorted(told_here or group, key=lambda d: d.sentence):
        for topic in draft.topics:
            if (topic.start, topic.end) not in seen:
                seen.add((topic.start, topic.end))
                event.topics.append(topic)
    told = [doc.sentences[i] for i in sorted({i for d in group for i in d.evidence})]
    event.evidence = [Span(doc.text[s.start:s.end], s.start, s.end) for s in told]
    return event


def _participants(event_type: str, drafts: list[Draft]) -> list[Participant]:
    """Each side once (by normal), taken from the draft that tells the event best; a country or organisation
    that one of the people already speaks for is not a side of its own, nor an organisation's abbreviation
    beside its full name."""
    chosen: dict[str, Candidate] = {}
    for draft in drafts:
        _with_postings(draft.candidates)
        for candidate in draft.candidates:
            # one organisation however it is named ("саммите G-20 («Большой двадцатки»)"): one code of igos.tsv
            code = igo_code(candidate.participant.normal) if candidate.participant.kind == "organization" else None
            # one state however it is named ("Түркия" in the headline, "Түркия Республикасы" in the body): its code
            state = country_code(candidate.participant.normal) if candidate.participant.kind == "country" else None
            chosen.setdefault(f"igo:{code}" if code else f"state:{state}" if state
                              else candidate.participant.normal.lower(), candidate)
    _title_holders(event_type, list(chosen.values()))
    represented = {c.participant.affiliation.lower() for c in chosen.values()
                   if c.participant.kind in ("person", "delegation") and c.participant.affiliation}
    organisations = [c.participant.normal for c in chosen.values() if c.participant.kind == "organization"]
    # a meeting of the sides of many states is a gathering (merge._many_states types it so later): who is listed
    # as attending it beside leaders of known states is a member too, their state unknown to the labelled data
    # ("… собрались на неформальную встречу. В ней участвовали Владимир Путин, Никол Пашинян, …")
    gathering = event_type == "multilateral" or any(tells_gathering(d) for d in drafts)
    participants = []
    for candidate in chosen.values():
        if candidate.participant.kind in ("country", "organization") and _part_of(candidate.participant.normal,
                                                                                   represented):
            continue
        if any(abbreviates(candidate.participant.normal, name, function_words()) for name in organisations):
            continue  # ОДКБ beside Организация Договора о коллективной безопасности: one side, by its full name
        if candidate.joined and not gathering and not (
                candidate.participant.role or candidate.participant.affiliation
                or known_state(candidate.participant.normal)):
            # "Кездесуге … өкілі т.ғ.к. А.Сейітов қатысты": one attending a meeting beside its two sides with no
            # title and no state (none the article or people_states.tsv gives) is no identifiable side; who
            # attends a gathering is one of its members ("В нем участвуют Никол Пашинян, Александр Лукашенко …")
            continue
        person = copy.copy(candidate.participant)  # one mention may be a side of several events
        person.side = _side(event_type, candidate)
        participants.append(person)
    return participants


def _with_postings(candidates: list[Candidate]) -> None:
    """Counterparts of a diplomat "posted in X" who say nothing of whom they represent represent X."""
    postings = [c.posting for c in candidates if c.posting]
    for candidate in candidates:
        person = candidate.participant
        # who attends beside the diplomat ("Кездесуге … елшісі … және … орынбасары … қатысты") comes with them
        if postings and not person.affiliation and person.kind in ("person", "delegation") and not candidate.posting \
                and not candidate.joined:
            person.affiliation = postings[0]


def drop_listed_organisations(event: Event) -> None:
    """GUIDELINES: "the organisation whose summit it is stands for its unnamed members, unless the members are
    listed": a gathering whose sides speak for MEMBERS_LISTED states keeps no organisation (nor a council of it).
    Called when the event is built, and again once the people named with no title have the states the labelled
    data gives them (merge._states_of_known_people: "В сессии участвовали Александр Лукашенко, Владимир Путин,
    Касым-Жомарт Токаев, …", where the ОДКБ had stayed a side beside its listed members)."""
    if event.event_type == "multilateral" and len(states_of(event.participants)) >= MEMBERS_LISTED:
        event.participants = [p for p in event.participants if p.kind != "organization"]


def states_of(participants: list[Participant]) -> set[str]:
    """The states (ISO codes) the sides are or speak for (pipeline/countries.py)."""
    return {country_code(p.affiliation) or country_code(p.normal) for p in participants} - {None}


def _title_holders(event_type: str, candidates: list[Candidate]) -> None:
    """A state named only by a title ("Қазақстан Президентінің сапары") beside the one person on its side whom the
    article gives no state ("Қасым-Жомарт Тоқаевты") is that person's: the person represents it (and the state
    is then no side of its own). A state met "with" is not the side of the one who meets it ("Токаев встретился с
    премьер-министрами Пакистана и Индии"), nor is one of several a title names together ("Орталық Азия мен
    Жапония мемлекеттері басшыларының саммитіне"), nor one people_states.tsv gives another state."""
    def faces(candidate: Candidate) -> tuple[str, bool]:
        return _side(event_type, candidate), candidate.effect == "counterpart"

    for titled in candidates:
        if not titled.said_as or titled.shared_title or titled.participant.kind != "country":
            continue
        people = [c for c in candidates if c.participant.kind in ("person", "delegation")
                  and faces(c) == faces(titled)]
        # nor is it that of one the labelled data gives another state ("Шавкат Мирзиёев пен Түрікменстан
        # Президентінің кездесуі": the president of Turkmenistan is the other side)
        if len(people) == 1 and not people[0].participant.affiliation \
                and known_state(people[0].participant.normal) in (None, country_code(titled.participant.normal)):
            people[0].participant.affiliation = titled.participant.normal
            people[0].participant.role = people[0].participant.role or titled.participant.role


def _same_kind(draft: Draft, main: Draft) -> bool:
    """Whether a draft's sides are sides of the event `main` tells: not a gathering's around a bilateral talk
    (a retelling of a gathering as "кездесу" still names its sides)."""
    return not (draft.hit.event_type == "multilateral" and not tells_gathering(main))


def tells_gathering(draft: Draft) -> bool:
    """Whether a draft tells a gathering: by its trigger, or as a meeting or talks of the sides of MEMBERS_LISTED
    states or more ("Кездесуге Беларусь, Қырғызстан, Ресей, Тәжікстан президенттері … қатысты"), a person no title
    gives a state counted by the one people_states.tsv gives them ("Кездесуге Қасым-Жомарт Тоқаев, Садыр Жапаров,
    Эмомали Рахмон … қатысады", as merge._states_of_known_people gives it them later)."""
    if draft.hit.event_type == "multilateral":
        return True
    sides = [c.participant for c in draft.candidates]
    known = {known_state(p.normal) for p in sides if p.kind == "person" and not p.affiliation} - {None}
    return draft.hit.event_type in ("meeting", "talks") and len(states_of(sides) | known) >= MEMBERS_LISTED


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
