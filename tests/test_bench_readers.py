"""The factRuEval-2016 and NEREL readers on the real files in ../shared/data (skipped only where it is absent)."""
import pytest

from pipeline.bench import factrueval, nerel
from pipeline.gold import spans

FACTRUEVAL = factrueval.default_dir()
NEREL = nerel.default_dir()
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
    return by_name(factrueval.read_corpus(FACTRUEVAL))


@pytest.fixture(scope="module")
def nerel_docs():
    return by_name(nerel.read_corpus(NEREL))


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
    assert any({p["normal"] for p in e["participants"]} == {"США", "СССР"} for e in elbe)  # Wikidata names


@pytest.mark.parametrize("text, expected", [
    ("телефонных переговоров", "phone_call"), ("переговоры", "talks"), ("встретился", "meeting"),
    ("официальным визитом", "visit"), ("саммита", "multilateral"), ("выехал на встречную", None), ("умер", None),
])
def test_nerel_meeting_words(text, expected):
    assert nerel.event_type(text) == expected


def test_full_dates_only():
    from pipeline.bench.corpus import iso_date

    assert iso_date("25 апреля 1945 года") == "1945-04-25"
    assert iso_date("в апреле 1945-го") is None
