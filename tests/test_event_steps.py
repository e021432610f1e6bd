"""The events stage's four steps (pipeline/events.py) one at a time on sentences written for these tests: what
each step hands the next. The candidates say what a sentence writes and decide nothing; the arguments decide who
belongs to which trigger; the merge makes one event of its tellings; finishing gives ids and codes."""
from pipeline.event.arguments import assign_arguments
from pipeline.event.assemble import build_event
from pipeline.event.candidates import find_candidates
from pipeline.event.finish import finish_events
from pipeline.event.merge import merge
from pipeline.event.model import Draft, Hit, Place

TEXT = ("14 марта в Астане министр иностранных дел Казахстана Мурат Нуртлеу встретился с послом Японии "
        "Ясуюки Мураками. Нуртлеу и Мураками обсудили торгово-экономическое сотрудничество.")


def test_each_step_hands_the_next_what_it_needs(read_events):
    doc = read_events(TEXT, "ru", published="2024-03-15")
    sentences = find_candidates(doc)
    assert [s.index for s in sentences] == [0, 1]
    first, second = sentences
    assert [h.text for h in first.triggers] == ["встретился"] and second.triggers == []
    titled = {c.participant.normal: c.participant.role.text for c in first.sides if c.participant.role}
    assert titled == {"Мурат Нуртлеу": "министр иностранных дел Казахстана", "Ясуюки Мураками": "послом Японии"}
    assert [p.normal for p in first.places] == ["Астана"] and [d.date_start for d in first.dates] == ["2024-03-14"]
    assert second.topics and second.participation is None

    drafts = assign_arguments(sentences)
    assert len(drafts) == 1  # the second sentence names no event: it continues the meeting
    assert drafts[0].evidence == {0, 1} and drafts[0].topics == second.topics
    own = {c.participant.normal: c.effect for c in drafts[0].candidates if c.participant.start < doc.sentences[0].end}
    assert own == {"Мурат Нуртлеу": "", "Ясуюки Мураками": "counterpart"}

    events = merge(drafts, sentences, doc)
    assert len(events) == 1 and events[0].event_id == ""  # ids come last
    assert {p.normal: p.affiliation for p in events[0].participants} == {"Мурат Нуртлеу": "Казахстан",
                                                                           "Ясуюки Мураками": "Япония"}
    assert [s.start for s in events[0].evidence] == [s.start for s in doc.sentences]

    finished = finish_events(events, doc)
    assert [(e.event_id, e.plover_event, e.cameo_code, e.lang) for e in finished] == [("test:e0", "CONSULT", "040",
                                                                                       "ru")]
    assert [(e.event_type, e.location.normal, e.date.date_start) for e in doc.events] == \
        [("meeting", "Астана", "2024-03-14")]  # the stage itself gave the same


def test_a_visit_goes_to_a_city_or_state_not_to_the_building_its_talks_were_in(read_events):
    # two tellings of one visit, the first placed in a building ("в Кремле"): the visit's place is the city
    doc = read_events("Визит начался в Кремле.\nГость прилетел в Москву.", "ru")
    tellings = []
    for n, (word, place, normal) in enumerate((("Визит", "Кремле", "Кремль"), ("прилетел", "Москву", "Москва"))):
        sentence = doc.sentences[n]
        at, where = doc.text.index(word), doc.text.index(place)
        tellings.append(Draft(hit=Hit(at, at + len(word), word, "visit", "occurred", False, True), sentence=n,
                              bounds=(sentence.start, sentence.end), paragraph=n, evidence={n},
                              location=Place(place, where, where + len(place), normal=normal)))
    assert build_event(tellings, doc).location.normal == "Москва"


def test_events_told_together_outside_some_sentences():
    """merge._told_together, the one test of whether a sentence tells two events, also for a visit whose sentences
    telling a stop within it lend nothing (`besides`, sentence starts; merge._visits_city read it with its own copy
    of the test)."""
    from pipeline.event.merge import _told_together
    from pipeline.event.model import Event, Span

    def event(*starts):
        return Event("", "visit", "occurred", Span("визит", starts[0], starts[0] + 5), "ru",
                     evidence=[Span("…", start, start + 40) for start in starts])

    visit, talk = event(0, 50, 100), event(100, 150)
    assert _told_together(visit, talk) and _told_together(talk, visit)
    assert not _told_together(visit, talk, {100}) and _told_together(visit, talk, {50})
    assert not _told_together(visit, event(200))


def test_a_sentences_dateline_is_read_once_and_dates_no_event(read_events):
    """places._dateline_spans, which `dates_in` and `last_date_told` both read in a sentence telling an event, finds
    the sentence's datelines once (`Reading.datelines_read`); the dateline's date is no date of the event."""
    text = "АСТАНА, 12 июня – Министр иностранных дел Казахстана Мурат Нуртлеу 10 июня встретился с послом Японии."
    doc = read_events(text, "ru", published="2024-06-12")
    first = find_candidates(doc)[0]
    assert [doc.text[start:end] for start, end in first.reading.datelines_read] == ["АСТАНА, 12 июня – "]
    assert [d.date_start for d in first.dates] == ["2024-06-10"]
    assert [e.date.date_start for e in doc.events] == ["2024-06-10"]
