"""The replayed bug reports of ../shared/cases/events (its README says what a careful reader gets from each):
each line there is an assertion here, on the file as it is in the shared folder."""
import pytest

from pipeline.paths import data_dir


CASES = data_dir().parent / "cases" / "events"
needs_cases = pytest.mark.skipif(not CASES.is_dir(), reason=f"{CASES} absent")


@pytest.fixture(scope="module")
def case(processor):
    documents = {}

    def read(stem: str):
        if stem not in documents:
            documents[stem] = processor(CASES / f"{stem}.txt")
        return documents[stem]

    return read


def only_event(doc, event_type=None):
    events = [e for e in doc.events if event_type is None or e.event_type == event_type]
    assert len(events) == 1, [(e.event_type, e.trigger.text) for e in doc.events]
    return events[0]


def dates(event):
    return event.date and (event.date.date_start, event.date.date_end)


@needs_cases
def test_09_a_date_range_across_months_and_the_place_of_a_planned_visit(case):
    visit = only_event(case("09_date-range-s-po"), "visit")
    assert visit.status == "planned"
    assert dates(visit) == ("2025-06-30", "2025-07-02")
    assert visit.location.normal == "Анкара"
    for other in case("09_date-range-s-po").events:  # the talks planned during the visit share its values
        assert other.status == "planned" and dates(other) == dates(visit) and other.location.normal == "Анкара"


@needs_cases
def test_10_the_tuesday_before_the_article_and_a_place_before_a_title(case):
    meeting = only_event(case("10_relative-weekday"))
    assert dates(meeting) == ("2025-03-11", "2025-03-11")
    assert meeting.location.normal == "Астана"
    sides = {p.normal: p for p in meeting.participants}
    assert set(sides) == {"Роман Василенко", "Марко Алберти"}
    assert "Астан" not in sides["Роман Василенко"].role.text
    assert sides["Роман Василенко"].affiliation == "Казахстан"


@needs_cases
def test_11_here_is_the_datelines_city_and_today_the_publication_day(case):
    talks = only_event(case("11_dateline-here"))
    assert talks.location.normal == "Ташкент"
    assert dates(talks) == ("2025-05-05", "2025-05-05")
    sides = {p.normal: p.affiliation for p in talks.participants}  # each minister keeps his own country
    assert sides == {"Мурат Нуртлеу": "Казахстан", "Бахтиёр Саидов": "Узбекистан"}


@needs_cases
def test_18_a_locative_place_before_a_title_is_the_place_not_the_dateline(case):
    meeting = only_event(case("18_kk-hyphen-suffix"))
    assert meeting.location.normal == "Нью-Йорк"
    guterres = next(p for p in meeting.participants if p.normal == "Антониу Гутерриш")
    assert guterres.affiliation == "БҰҰ"


def person_normals(doc):
    return {m.text: m.normal for m in doc.mentions if m.label == "PER"}


def participants(doc):
    return {p.normal for e in doc.events for p in e.participants}


@needs_cases
def test_02_a_womans_first_name_in_the_instrumental(case):
    doc = case("02_female-firstname-matvienko")
    assert person_normals(doc)["Валентиной Матвиенко"] == "Валентина Матвиенко"
    assert "Валентина Матвиенко" in {p.normal for p in only_event(doc, "talks").participants}


@needs_cases
def test_03_an_ova_surname_and_the_lone_one(case):
    doc = case("03_female-ova-surname")
    assert person_normals(doc)["Марией Захаровой"] == "Мария Захарова"
    assert person_normals(doc)["Захарова"] == "Захарова"


@needs_cases
def test_04_an_adjective_surname_in_two_cases(case):
    names = person_normals(case("04_female-adj-surname"))
    assert names["Ириной Яровой"] == names["Ирину Яровую"] == "Ирина Яровая"
    meeting = only_event(case("04_female-adj-surname"))  # the two sentences tell one meeting
    assert {p.normal for p in meeting.participants} == {"Альберт Рау", "Ирина Яровая"} and len(meeting.evidence) == 2


@needs_cases
def test_05_hyphenated_first_names(case):
    names = person_normals(case("05_hyphenated-names"))
    assert names["Франком-Вальтером Штайнмайером"] == "Франк-Вальтер Штайнмайер"
    assert names["Касым-Жомарта Токаева"] == "Касым-Жомарт Токаев"


@needs_cases
def test_06_a_surname_written_before_the_given_names_is_one_person(case):
    doc = case("06_surname-first-order")
    person = next(m for m in doc.mentions if "Бородавкин" in m.text)
    assert (person.text, person.label, person.normal) == ("Бородавкиным Алексеем Николаевичем", "PER",
                                                          "Бородавкин Алексей Николаевич")
    assert not any(m.label == "LOC" and "Бородавкин" in m.text for m in doc.mentions)  # not part of a place
    meeting = only_event(doc, "meeting")
    sides = {p.normal: p for p in meeting.participants}
    assert {"Ермек Кошербаев", "Бородавкин Алексей Николаевич"} <= set(sides)
    assert sides["Бородавкин Алексей Николаевич"].affiliation == "Россия"


@needs_cases
def test_07_filat(case):
    names = person_normals(case("07_surname-filat"))
    assert names["Владом Филатом"] == names["Влада Филата"] == "Влад Филат"


@needs_cases
def test_08_foreign_names_in_the_instrumental_in_mentions_and_events(case):
    doc = case("08_foreign-names-oblique")
    names = person_normals(doc)
    assert names["Жан-Ноэлем Барро"] == "Жан-Ноэль Барро" and names["Каей Каллас"] == "Кая Каллас"
    assert {"Жан-Ноэль Барро", "Кая Каллас", "Марко Рубио"} <= participants(doc)


@needs_cases
def test_08_meetings_on_the_sidelines_are_one_per_counterpart(case):
    doc = case("08_foreign-names-oblique")
    counterparts = []
    for event in doc.events:
        assert event.event_type == "meeting" and event.location.normal == "Нью-Йорк"
        assert event.date is None or (event.date.date_start, event.date.date_end) == ("2025-09-25", "2025-09-25")
        names = {p.normal for p in event.participants}
        assert "Мурат Нуртлеу" in names and len(names) == 2
        counterparts.append((names - {"Мурат Нуртлеу"}).pop())
    assert sorted(counterparts) == ["Жан-Ноэль Барро", "Кая Каллас", "Марко Рубио"]
    rubio = next(p for e in doc.events for p in e.participants if p.normal == "Марко Рубио")
    assert rubio.role.text == "государственным секретарем США"


@needs_cases
def test_12_one_meeting_retold_and_a_visit_being_prepared_is_a_topic(case):
    meeting = only_event(case("12_one-event-retold"))
    assert meeting.event_type == "meeting" and meeting.location.normal == "Москва"
    assert {p.normal for p in meeting.participants} == {"Мурат Нуртлеу", "Сергей Лавров"}
    assert len(meeting.evidence) == 3
    assert any("визит" in t.text for t in meeting.topics)
    assert "Афганистан" not in {p.normal for p in meeting.participants}


@needs_cases
def test_14_kazakh_abbreviations_and_a_city_marked_as_such(case):
    meeting = only_event(case("14_kk-abbreviations-initials"))
    assert meeting.location.normal == "Астана"
    sides = {p.normal: p.affiliation for p in meeting.participants}
    assert sides == {"М.Нұртлеу": "Қазақстан", "Х.Фидан": "Түркия"}


@needs_cases
def test_18_a_name_in_berdi_is_whole_and_its_country_comes_from_the_abbreviation(case):
    meeting = only_event(case("18_kk-hyphen-suffix"))
    sides = {p.normal: p.affiliation for p in meeting.participants}
    assert sides == {"Мұхтар Тілеуберді": "Қазақстан", "Антониу Гутерриш": "БҰҰ"}
    assert person_normals(case("18_kk-hyphen-suffix"))["Мұхтар Тілеуберді"] == "Мұхтар Тілеуберді"


@needs_cases
def test_17_countries_in_talks_and_the_heads_of_their_delegations(case):
    talks = only_event(case("17_country-as-actor"))
    assert talks.event_type == "talks" and talks.location.normal == "Бишкек"
    heads = {p.normal: (p.kind, p.affiliation) for p in talks.participants if p.kind != "country"}
    assert heads == {"Алибек Бакаев": ("delegation", "Казахстан"), "Азиз Абдразаков": ("delegation", "Кыргызстан")}


@needs_cases
def test_09_the_host_of_a_planned_visit_is_whom_the_visitor_will_hold_talks_with(case):
    visit = only_event(case("09_date-range-s-po"), "visit")
    assert {(p.normal, p.side) for p in visit.participants} == {("Мурат Нуртлеу", "actor"), ("Хакан Фидан", "recipient")}
