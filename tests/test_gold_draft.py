"""Drafts name spans by text; `anchor` finds the offsets and refuses what the gold rules forbid."""
import json

import pytest

from pipeline.gold import load_gold
from pipeline.gold_draft import DraftError, anchor_draft, occurrences, render

ARTICLE = ("Нуртлеу встретился с Фиданом\n"
           "АСТАНА. 5 марта 2025 года министр иностранных дел Республики Казахстан Мурат Нуртлеу встретился "
           "с Хаканом Фиданом в Астане. Стороны обсудили торговлю и транзит.\n"
           "Ранее Фидан посетил Казахстана столицу.\n"
           "Теги: Нуртлеу, Фидан\n")

EVENT = {
    "event_type": "meeting", "status": "occurred",
    "evidence": ["министр иностранных дел Республики Казахстан Мурат Нуртлеу встретился с Хаканом Фиданом в Астане.",
                 "Стороны обсудили торговлю и транзит."],
    "trigger": "встретился",
    "participants": [
        {"text": "Мурат Нуртлеу", "normal": "Мурат Нуртлеу", "kind": "person",
         "role": "министр иностранных дел Республики Казахстан", "affiliation": "Казахстан", "side": "participant"},
        {"text": "Хаканом Фиданом", "normal": "Хакан Фидан", "kind": "person", "role": None,
         "affiliation": "Турция", "side": "participant"}],
    "location": {"text": "Астане", "normal": "Астана"},
    "date": {"text": "5 марта 2025 года", "date_start": "2025-03-05", "date_end": "2025-03-05"},
    "topics": [{"text": "торговлю", "categories": ["trade"]}, {"text": "транзит", "categories": ["transport"]}],
}
ENTITIES = [
    {"text": "Нуртлеу", "label": "PER", "normal": "Нуртлеу", "skip": [3]},  # the tag line is furniture
    {"text": "Мурат Нуртлеу", "label": "PER", "normal": "Мурат Нуртлеу"},
    {"text": "Фиданом", "label": "PER", "normal": "Фидан"},
    {"text": "Хаканом Фиданом", "label": "PER", "normal": "Хакан Фидан"},
    {"text": "Фидан", "label": "PER", "normal": "Фидан", "only": [1]},
    {"text": "Республики Казахстан", "label": "LOC", "normal": "Республика Казахстан"},
    {"text": "Казахстан", "label": "LOC", "normal": "Казахстан"},
    {"text": "Астане", "label": "LOC", "normal": "Астана"},
    {"text": "АСТАНА", "label": "LOC", "normal": "Астана"},
]


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "ru").mkdir()
    (tmp_path / "ru" / "001.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def draft(folder, **changes):
    data = {"document": "ru/001.txt", "lang": "ru", "published_date": "2025-03-05", "notes": "",
            "entities": ENTITIES, "events": [EVENT], **changes}
    path = folder / "draft.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_occurrences_are_whole_words_only():
    assert occurrences("Казахстана и Казахстан, БҰҰ-ның", "Казахстан") == [13]
    assert occurrences("БҰҰ-ның", "БҰҰ") == [0]


def test_anchor_finds_every_span_and_the_result_is_valid_gold(folder):
    gold = anchor_draft(draft(folder), folder, annotator="passA")
    for entity in gold["entities"]:
        assert ARTICLE[entity["start"]:entity["end"]] == entity["text"]
    texts = [e["text"] for e in gold["entities"]]
    # the headline's `Нуртлеу` only: the one inside `Мурат Нуртлеу` goes to the longer form and the tag line's
    # is skipped; `Казахстан` is inside `Республики Казахстан` and not found inside `Казахстана`
    assert texts.count("Нуртлеу") == 1 and "Казахстан" not in texts and texts.count("Фиданом") == 1
    assert texts.count("Фидан") == 1
    event = gold["events"][0]
    assert event["participants"][1]["start"] == ARTICLE.index("Хаканом Фиданом")
    assert event["location"]["start"] == ARTICLE.index("Астане")  # in the evidence, not the dateline
    assert [ARTICLE[e["start"]:e["end"]] for e in event["evidence"]] == EVENT["evidence"]
    path = folder / "gold" / "001.json"
    path.parent.mkdir()
    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    loaded = load_gold(path, folder)
    assert "[Хаканом Фиданом|PER→Хакан Фидан]" in render(loaded.data, loaded.text)


def test_occ_picks_another_occurrence(folder):
    event = {**EVENT, "location": {"text": "АСТАНА", "normal": "Астана", "occ": 1}}
    gold = anchor_draft(draft(folder, events=[event]), folder)
    assert gold["events"][0]["location"]["start"] == ARTICLE.index("АСТАНА")


@pytest.mark.parametrize("change, message", [
    ({"events": [{**EVENT, "trigger": "провел встречу"}]}, "/events/0/trigger: 'провел встречу' is not in"),
    ({"events": [{**EVENT, "evidence": ["Стороны обсудили торговлю."]}]}, "/events/0/evidence/0: sentence not found"),
    ({"entities": [e for e in ENTITIES if e["text"] != "Астане"]}, "/events/0/location: 'Астане' at"),
    ({"entities": ENTITIES + [{"text": "Нуртлеу встретился", "label": "PER", "normal": "x"}]}, "crosses"),
    ({"events": [{**EVENT, "status": "maybe"}]}, "/events/0/status"),
])
def test_problems_name_the_draft_and_the_field(folder, change, message):
    with pytest.raises(DraftError) as caught:
        anchor_draft(draft(folder, **change), folder)
    assert any(line.startswith(str(folder / "draft.json")) and message in line for line in caught.value.problems)


@pytest.mark.parametrize("change, message", [
    ({"events": [{**EVENT, "location": "Астане"}]}, "/events/0/location: an object with text and normal"),
    ({"events": [{**EVENT, "topics": ["торговлю"]}]}, "/events/0/topics/0: an object with text and categories"),
    ({"entities": [{"text": "Нуртлеу", "label": "PER", "normal": "Нуртлеу", "skip": "1"}]}, "only and skip are lists"),
])
def test_misshapen_drafts_are_one_line_problems_not_tracebacks(folder, change, message):
    with pytest.raises(DraftError) as caught:
        anchor_draft(draft(folder, **change), folder)
    assert any(message in line for line in caught.value.problems)


def test_a_draft_that_is_no_object_or_whose_article_cannot_be_read(folder):
    path = folder / "list.json"
    path.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(DraftError, match="a draft is a JSON object with a document"):
        anchor_draft(path, folder)
    (folder / "ru" / "001.json").write_text('{"published": "x"}', encoding="utf-8")  # a broken sidecar
    with pytest.raises(DraftError, match="001.json: published 'x' is not a whole date"):
        anchor_draft(draft(folder), folder)


def test_a_span_not_found_and_a_value_off_the_schema_are_reported_in_one_round(folder):
    """A trigger not in the article and a side of no known kind are both named at once; the schema's check had waited
    until every span was found (a fresh user's finding: two rounds to a valid draft). The field whose span was not
    found is not reported again by the schema."""
    participants = [{**EVENT["participants"][0], "side": "host"}, EVENT["participants"][1]]
    event = {**EVENT, "trigger": "провел встречу", "participants": participants, "event_type": "negotiations"}
    with pytest.raises(DraftError) as caught:
        anchor_draft(draft(folder, events=[event]), folder)
    fields = [line.split(": ")[1] for line in caught.value.problems]
    assert fields == ["/events/0/trigger", "/events/0/event_type", "/events/0/participants/0/side"]


def test_a_sentence_not_found_says_where_it_leaves_the_article(folder):
    # a Latin "e" for the Cyrillic "е" at the end of an evidence sentence: the message points at it
    sentence = "Стороны обсудили торговлю и транзит."
    event = {**EVENT, "evidence": [EVENT["evidence"][0], sentence.replace("транзит.", "транзитe.")]}
    with pytest.raises(DraftError) as caught:
        anchor_draft(draft(folder, events=[event]), folder)
    [problem] = caught.value.problems
    assert "matches up to character 35 ('ны обсудили торговлю и транзит'), then 'e.' where the article has '." \
        in problem
