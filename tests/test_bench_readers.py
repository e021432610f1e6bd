"""The factRuEval-2016 and NEREL readers on the real files in ../shared/data (skipped only where it is absent)."""
import pytest

from pipeline.bench import factrueval, nerel
from pipeline.gold import spans

FACTRUEVAL = factrueval.default_dir()
NEREL = nerel.default_dir()
NEREL_TRAIN = NEREL.parent / "train"
needs_factrueval = pytest.mark.skipif(not FACTRUEVAL.is_dir(), reason=f"{FACTRUEVAL} absent")
needs_nerel = pytest.mark.skipif(not NEREL.is_dir(), reason=f"{NEREL} absent")


def by_name(documents):
    return {d.name: d for d in documents}


def assert_spans_fit(documents):
    """Every converted span's text is the file's text at its offsets (the scorer trusts these offsets)."""
    for document in documents:
        text = document.path.read_text(encoding="utf-8")
        for where, span in spans({"entities": document.entities,
                                  "events": [{**e, "trigger": e["trigger"] or {"text": "", "start": 0, "end": 0}}
                                             for e in document.events]}):
            assert text[span["start"]:span["end"]] == span["text"], (document.name, where)


@pytest.fixture(scope="module")
def factrueval_docs():
    return by_name(factrueval.read_corpus(FACTRUEVAL, "all"))


@pytest.fixture(scope="module")
def nerel_docs():
    return by_name(nerel.read_corpus(NEREL, "all"))


@pytest.fixture(scope="module")
def nerel_train():
    return {scope: by_name(nerel.read_corpus(NEREL_TRAIN, scope)) for scope in nerel.SCOPES}


@needs_factrueval
def test_factrueval_objects_become_entities_with_their_full_extent(factrueval_docs):
    assert len(factrueval_docs) == 122
    entities = {(e["start"], e["end"], e["label"]): e["text"] for e in factrueval_docs["book_100"].entities}
    assert entities[(313, 325, "PER")] == "Юрия Лужкова"  # name span + surname span
    assert entities[(31, 43, "ORG")] == "мэрии Москвы"  # Org around its nested LocOrg …
    assert entities[(37, 43, "LOC")] == "Москвы"  # … which is kept as well
    assert_spans_fit(factrueval_docs.values())


@needs_factrueval
def test_factrueval_meeting_facts_become_events(factrueval_docs):
    assert sum(len(d.events) for d in factrueval_docs.values()) == 5
    [event] = factrueval_docs["book_58"].events
    assert event["event_type"] == "meeting" and event["status"] == "occurred"
    people = {p["normal"]: p for p in event["participants"]}
    assert set(people) == {"Виторио Сандали", "Александр Налбандов"}
    assert people["Виторио Сандали"]["role"]["text"] == "чрезвычайный и полномочный посол"
    assert people["Виторио Сандали"]["affiliation"] == "Италия"
    [planned] = factrueval_docs["book_448"].events
    assert planned["status"] == "planned" and len(planned["participants"]) == 4


@needs_factrueval
def test_factrueval_diplomatic_meetings_are_those_of_two_states():
    diplomatic = by_name(factrueval.read_corpus(FACTRUEVAL, "diplomatic"))
    assert sum(len(d.events) for d in diplomatic.values()) == 3
    assert len(diplomatic["book_58"].events) == 1  # Italy's ambassador and Georgia's deputy minister (Occupation)
    assert diplomatic["book_374"].events == []  # Gazprom's head and Belarus's minister: business
    assert diplomatic["book_448"].events == []  # a family's visit to a prisoner


@needs_nerel
def test_nerel_entities_are_the_outermost_mapped_ones(nerel_docs):
    assert len(nerel_docs) == 94
    entities = {(e["start"], e["end"]): (e["label"], e["text"]) for e in nerel_docs["119336_text"].entities}
    assert entities[(93, 104)] == ("PER", "Барак Обама")
    assert entities[(720, 765)] == ("ORG", "пресс-службу Национальной футбольной лиги США")
    assert (733, 765) not in entities and (762, 765) not in entities  # the ORG and США nested inside it
    assert entities[(646, 649)] == ("LOC", "США")  # inside PROFESSION `президента США`: kept
    assert_spans_fit(nerel_docs.values())


@needs_nerel
def test_nerel_meeting_events_with_role_affiliation_and_place(nerel_docs):
    visit = nerel_docs["223562_text"].events[0]
    assert visit["event_type"] == "visit" and visit["trigger"]["text"] == "посетил"
    [akihito] = visit["participants"]
    assert (akihito["normal"], akihito["role"]["text"], akihito["affiliation"]) == ("Акихито", "Император Японии",
                                                                                   "Япония")
    assert visit["location"]["normal"] == "святилище богини Аматэрасу"
    elbe = nerel_docs["1653218_text"].events
    assert any({p["normal"] for p in e["participants"]} == {"1-го Украинского фронта СССР", "1-й армии США"}
               for e in elbe)
    assert not any(e["trigger"]["text"].startswith("празднования") for e in elbe)  # a celebration of the meeting


@needs_nerel
def test_nerel_one_event_told_twice_with_the_side_a_profession_names(nerel_train):
    # The headline's "телефонный разговор Путина с новым главой Кубы" names Díaz-Canel by his office (a
    # PROFESSION he WORKS_AS); the body tells the same call again.
    [call] = nerel_train["all"]["156215_text"].events
    assert call["event_type"] == "phone_call"
    assert {p["normal"] for p in call["participants"]} == {"Владимир Владимирович Путин", "Мигель Диас-Канель"}
    assert len(call["evidence"]) == 2
    [visit] = [e for e in nerel_train["all"]["1113"].events
               if e["event_type"] == "visit" and e["location"]["normal"] == "ЮАР"]
    assert len(visit["evidence"]) == 2  # "визитом" in the headline, "визита" in the body


@needs_nerel
def test_nerel_diplomatic_scope_needs_two_states(nerel_train):
    diplomatic, every = nerel_train["diplomatic"], nerel_train["all"]
    assert every["104106_text"].events and not diplomatic["104106_text"].events  # Medvedev and his customs head
    assert every["159193_text"].events and not diplomatic["159193_text"].events  # two Italian parties' talks
    assert every["163883_text"].events and not diplomatic["163883_text"].events  # a football match
    [visit] = diplomatic["162165_text"].events  # Vučić in Moscow: the city's state from GeoNames
    assert visit["location"]["normal"] == "Москва"


@pytest.mark.parametrize("text, expected", [
    ("телефонных переговоров", "phone_call"), ("переговоры", "talks"), ("встретился", "meeting"),
    ("официальным визитом", "visit"), ("саммита", "multilateral"), ("выехал на встречную", None), ("умер", None),
    ("поездки", "visit"), ("могилу посещает", "visit"), ("празднования юбилея встречи на Эльбе", None),
    ("историческая реконструкция встречи", None), ("встречи американских и советских войск", None),
])
def test_nerel_meeting_words(text, expected):
    assert nerel.event_type(text) == expected


def test_full_dates_only():
    from pipeline.bench.corpus import iso_date

    assert iso_date("25 апреля 1945 года") == "1945-04-25"
    assert iso_date("в апреле 1945-го") is None
