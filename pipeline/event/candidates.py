"""Step 1 of the events stage, candidates: each sentence read once, top to bottom, for everything its events may
take as arguments, as the sentence writes it: its triggers with their modality (triggers.py), what was
discussed (topics.py), whether it reports who took part (participation.tsv), the names that may be sides with
their titles and whom each speaks for (participants.py, titles read by roles.py), places and dates (places.py).
Nothing here decides which trigger a name belongs to or in what role: that is the next step's (arguments.py).
"""
from __future__ import annotations

import datetime as dt

from ..document import Document
from .knowledge import SAME_EVENT_TYPES, holds_cue, knowledge
from .model import Hit, Participant, Place, Seat, SentenceCandidates, When
from .participants import sentence_sides
from .places import dates_in, dates_of, last_date_told, long_before, place_candidates
from .reading import Reading
from .topics import topics_in
from .triggers import attends_remotely, find_triggers, names_domestic_gathering

NEWS_DAYS = 1  # days before the publication that are still the news' own ("вчера"): no recall is dated then


def find_candidates(doc: Document) -> list[SentenceCandidates]:
    """One `SentenceCandidates` per sentence of a language with event knowledge (models/events/triggers.tsv has
    rows for it), in text order; sentences of other languages are not read. Needs the analysis and entities
    stages' tokens and mentions (their `normal` and `full_name`); changes no field of `doc`."""
    found, told, past, there = [], None, None, None
    published = doc.published_date
    for reading in _readings(doc):
        found.append(_read(doc, reading, told, there, past))
        if len(found) > 1:
            _at_that_time(found[-2], found[-1], published)
        # a recall (every event of the sentence told as before the news: "Последний раз лидеры встречались 9
        # октября 2025 года", "Он напомнил, что саммит прошел …") is closed by the next sentence: its date is no
        # day that "в тот же день", "сол күні" after it count from (models/events/README.md, dates)
        if not found[-1].triggers or not all(h.background for h in found[-1].triggers):
            told = last_date_told(reading, published, told, [(t.start, t.end) for t in found[-1].topics])
        past = told if told and published and told.date_start <= published[:10] else past
        there = found[-1].places[0] if found[-1].places else there
    _drop_refused(found)
    return found


def _drop_refused(found: list[SentenceCandidates]) -> None:
    """"Путин не встретится с Зеленским. … Песков заявил, что встреча … не планируется": an event refused by its
    negated verb alone (`Hit.refused`) where the article denies one of its kind was ever planned (`denied`) is no
    event, not a cancelled one: nothing was called off (modality.tsv). Changes the sentences' triggers."""
    denied = {kind for sentence in found for kind in sentence.denied}
    denied |= {a for a, b in SAME_EVENT_TYPES if b in denied}
    for sentence in found:
        sentence.triggers = [h for h in sentence.triggers if not (h.refused and h.event_type in denied)]


def _at_that_time(before: SentenceCandidates, sentence: SentenceCandidates, published: str | None) -> None:
    """"Предыдущее заседание прошло в Минске. Тогда Путин и Лукашенко провели переговоры" (modality.tsv effect
    `then`): the events of `sentence` took place at the time and place of the sentence `before`, so before the news
    where that one tells an event as before it or dates it over places.BACKGROUND_DAYS before `published` ("Шариф
    посещал Ташкент в феврале 2023 года. Тогда …"), and they take its date and place where their own sentence tells
    none. Changes the hits' `background` and the sentence's dates and places."""
    then = [hit for hit in sentence.triggers if hit.then and hit.status == "occurred"]
    if not then:
        return
    dated = before.dates[-1] if before.dates else None
    if any(h.background for h in before.triggers) or long_before(dated, published):
        for hit in then:
            hit.background = True
    if not sentence.dates and dated:
        sentence.dates = [dated]
    if not sentence.places and before.places:
        sentence.places = list(before.places)


def _read(doc: Document, reading: Reading, told: When | None = None,
          there: Place | None = None, past: When | None = None) -> SentenceCandidates:
    """Triggers first (their presence anchors the topics), then topics (no side or place inside one), then the
    sides with their titles, then places outside titles and topics (a place, or a name running over a visit word,
    is no side; `there`: the place a sentence before named, which "там" points at), and dates where the sentence
    may tell an event (`told`: the date told before it, which "на следующий день" counts from; `past`: the last
    one no later than the publication date)."""
    denied = []
    triggers = find_triggers(reading, denied)
    topics, ended = topics_in(reading, anchored=bool(triggers), told=tuple(h.start for h in triggers))
    # an event told in a clause that ended a topic ("договоренностей, достигнутых в ходе переговоров в Париже") is
    # what the things discussed came from: it happened before, and lends the talks no place or date (merge._host)
    # so is one told as what was discussed ("обсудили итоги визита Эрдогана в Астану": merge._discussed)
    for hit in triggers:
        hit.recalled = hit.start in ended
        discussed = any(t.start <= hit.start < t.end for t in topics)
        # a frame too, as it tells the visit it names ("… достигнутых в ходе визита Си Цзиньпина в Астану")
        hit.background = hit.background or (hit.recalled or discussed) and hit.status_told == "occurred"
    participation = next((cue.effect for cue in reading.known.participation if cue.pattern.search(reading.text)),
                         None) if holds_cue(reading.sentence.lang, reading.text) else None
    # who took part in something else ("Брифингке … тілшісі қатысты", "ашылу рәсіміне қатысты") joins no event
    participation = None if participation == "elsewhere" else participation
    triggers = [h for h in triggers if not attends_remotely(reading, h, triggers, participation)]
    topic_spans = [(t.start, t.end) for t in topics]
    # nor is a state whose accession or status is decided ("решение о присоединении Белоруссии к организации")
    membership = reading.known.membership
    decided = [(reading.start + m.start(), reading.start + m.end())
               for m in membership.finditer(reading.text)] if membership else []
    sides, titles = sentence_sides(reading, topic_spans + decided, triggers,
                                   delegation=participation == "delegation")
    # an event word inside a person's title describes the person ("Глава делегации на переговорах Саеб Эрекат
    # призвал …"): it tells no event
    triggers = [h for h in triggers if not any(a <= h.start and h.end <= b for a, b in titles)]
    # a visit may go to several places listed together: each is a visit of its own (arguments.py)
    visits = [h for h in triggers if h.event_type == "visit"]
    # the next of a recurring event agreed on ("Стороны договорились провести следующий раунд консультаций в
    # Астане в 2026 году") is an event of its own, told inside the agreement's topic: the place and date after its
    # word are its own
    topic_spans = [(start, next((h.start for h in triggers if h.another and start <= h.start < end), end))
                   for start, end in topic_spans]
    places, destinations = place_candidates(reading, titles + topic_spans, visits, there)
    # a visit told as what was discussed ("обсудили итоги визита Эрдогана в Астану") still goes where the topic
    # says after it, a place of the visit only (arguments._drafts)
    in_topics = [(start, next((h.start for h in visits if start < h.start < end), end)) for start, end in topic_spans]
    if not destinations and in_topics != topic_spans:
        destinations = place_candidates(reading, titles + in_topics, visits)[1]
    sides = [c for c in sides if all(c.participant.start != p.start for p in destinations)]
    # nor is a place named as where something is held ("Во Дворце нации в Душанбе прошло заседание …", "Келесі
    # саммитті Қырғызстанда өткізу …"), but an institution's state ("в посольстве Турции в Малайзии")
    sides = [c for c in sides if not any(_covers(p, c.participant) for p in places if not isinstance(p, Seat))]
    # no side is named by a visit word: a model's name running over one ("Астанаға мемлекеттік сапармен") is none;
    # nor by any event word it ends in ("Азиядағы … сенім шаралары саммитіне": the summit, not an organisation)
    sides = [c for c in sides if not any(c.participant.start <= h.start < c.participant.end
                                         and (h.event_type == "visit" or h.end >= c.participant.end)
                                         for h in triggers)]
    dates = []
    if triggers or topics or participation:
        told_as = {h.status_told for h in triggers}
        # a frame is the setting, not what the sentence tells: "В пятницу в рамках визита … посетит Алматы" plans
        events = [h for h in triggers if h.status != "frame"]
        dates = dates_in(reading, doc.published_date, topic_spans, [(h.start, h.end) for h in triggers],
                         planned=bool(events) and all(h.status == "planned" for h in events), told=told,
                         occurred=told_as == {"occurred"}, past=past)
        _of_the_news(reading, events, dates, doc.published_date)
        if _scheduled(reading, events, dates, doc.published_date) and all(h.status == "planned" for h in events):
            # read again as a plan's: a bare weekday points forward ("В пятницу, 27 ноября, открывается …")
            dates = dates_in(reading, doc.published_date, topic_spans, [(h.start, h.end) for h in triggers],
                             planned=True, told=told, past=past)
    return SentenceCandidates(reading, triggers, sides, places, dates, topics, participation, destinations,
                              names_domestic_gathering(reading), denied)


def _scheduled(reading: Reading, hits: list[Hit], dates: list[When], published: str | None) -> bool:
    """"В пятницу, 27 ноября, в Ташкенте открывается встреча глав государств", "На следующей неделе Токаев
    отправляется с визитом в Японию", "Сапар 3-4 желтоқсанда", published on 20 November: an event told in the
    present or by no verb (not `Hit.begun`, nor as before the news) whose own date begins after the publication is
    set, not held: planned, and marked as said when. Changes the hits' status; whether any changed."""
    if not published:
        return False
    changed = False
    for hit in hits:
        if hit.status != "occurred" or hit.begun or hit.background or hit.held:
            continue
        own = dates_of(reading, hit, dates, hits)
        if own and own[0].date_start > published[:10]:
            hit.status, hit.told_status, hit.marked, changed = "planned", "planned", True, True
    return changed


def _of_the_news(reading: Reading, hits: list[Hit], dates: list[When], published: str | None) -> None:
    """"Напомним, что вчера эмир Катара прилетел в Астану", "Как сообщалось, сегодня …": an event recalled (a
    `background` cue) whose own date is one of the news' days (the publication day or NEWS_DAYS before) is the news
    itself, no background; a word of that day does so with no publication date (modality.tsv `news_day`: the news
    set's dev gold ru/057). Changes the hits' `background`."""
    if not published:
        return
    first = (dt.date.fromisoformat(published[:10]) - dt.timedelta(days=NEWS_DAYS)).isoformat()
    for hit in hits:
        if hit.background and hit.status == "occurred":
            own = dates_of(reading, hit, dates, hits)
            if own and first <= own[0].date_start and own[0].date_end <= published[:10]:
                hit.background = False


def _covers(place: Place, side: Participant) -> bool:
    """Whether a place found is the name of a side: they overlap, and a person's name lies within the place (a
    model's "Қасым-Жомарт Тоқаев Қоқсарай" is a person's name run on into a residence's)."""
    overlap = place.start < side.end and side.start < place.end
    return overlap and (side.kind != "person" or place.start <= side.start and side.end <= place.end)


def _readings(doc: Document) -> list[Reading]:
    readings = []
    for index, sentence in enumerate(doc.sentences):
        known = knowledge(sentence.lang)
        if not known.triggers:
            continue
        paragraph = next((n for n, p in enumerate(doc.paragraphs) if p.start <= sentence.start < p.end), -1)
        readings.append(Reading.of(doc, sentence, index, paragraph, known))
    return readings
