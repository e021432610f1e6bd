import hashlib
import json

import pytest

from pipeline.gold import STALE, GoldError, load_gold, load_gold_folder

ARTICLE = "Посол Казахстана встретился с Н.Германом в Ташкенте.\n"


def make_gold(folder, text=ARTICLE, **changes):
    """An articles folder with one article and a valid gold file for it; `changes` edit the gold data."""
    (folder / "gold").mkdir(parents=True, exist_ok=True)
    (folder / "a.txt").write_text(text, encoding="utf-8")
    data = {
        "schema_version": 1, "document": "a.txt",
        "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "lang": "ru", "published_date": None,
        "entities": [{"text": "Казахстана", "start": 6, "end": 16, "label": "LOC", "normal": "Казахстан"}],
        "events": [{
            "event_type": "meeting", "status": "occurred",
            "trigger": {"text": "встретился", "start": 17, "end": 27},
            "participants": [{"text": "Н.Германом", "start": 30, "end": 40, "normal": "Н. Герман",
                              "kind": "person", "role": None, "affiliation": None, "side": "participant"}],
            "location": {"text": "Ташкенте", "start": 43, "end": 51, "normal": "Ташкент"},
            "date": None, "topics": [], "evidence": [{"start": 0, "end": 52}],
        }],
    }
    for key, value in changes.items():
        data[key] = value
    path = folder / "gold" / "a.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path, data


def test_valid_gold_loads_with_its_article_text(tmp_path):
    path, _ = make_gold(tmp_path)
    gold = load_gold(path)
    assert gold.text == ARTICLE and gold.lang == "ru"


def test_schema_error_is_one_line_naming_file_and_field(tmp_path):
    path, data = make_gold(tmp_path)
    data["events"][0]["participants"][0]["side"] = "host"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(GoldError) as caught:
        load_gold(path)
    [problem] = caught.value.problems
    assert problem.startswith(f"{path}: /events/0/participants/0/side: 'host' is not one of")
    assert "\n" not in problem


def test_error_inside_a_nullable_span_names_the_deep_field(tmp_path):
    path, data = make_gold(tmp_path)
    data["events"][0]["participants"][0]["role"] = {"text": "посол", "start": -1, "end": 5}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(GoldError) as caught:
        load_gold(path)
    assert caught.value.problems == [f"{path}: /events/0/participants/0/role/start: -1 is less than the minimum of 0"]


def test_changed_article_is_reported_and_not_loaded(tmp_path):
    path, _ = make_gold(tmp_path)
    (tmp_path / "a.txt").write_text(ARTICLE + "Добавлено позже.\n", encoding="utf-8")
    golds, problems = load_gold_folder(tmp_path / "gold")
    assert golds == []
    assert len(problems) == 1 and STALE in problems[0] and str(path) in problems[0]


def test_span_text_must_match_the_stored_text(tmp_path):
    path, data = make_gold(tmp_path)
    data["entities"][0]["end"] = 15
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(GoldError) as caught:
        load_gold(path)
    assert caught.value.problems == [f"{path}: /entities/0: text 'Казахстана' but the article has 'Казахстан' at 6:15"]


def test_offsets_index_the_stored_text_of_a_crlf_article(tmp_path):
    # CRLF is stored as LF: the gold's offsets (and sha of the raw bytes) follow the pipeline's stored text
    raw = ARTICLE.replace("\n", "\r\n").encode("utf-8")
    path, data = make_gold(tmp_path)
    (tmp_path / "a.txt").write_bytes(raw)
    data["sha256"] = hashlib.sha256(raw).hexdigest()
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert load_gold(path).text == ARTICLE


def test_a_day_that_does_not_exist_or_a_date_range_backwards_is_refused(tmp_path):
    """`2025-06-31` fits the pattern YYYY-MM-DD but is no day: it was loaded and then scored as the extractor's
    wrong date. Each such field is a line of its own; a range that ends before it starts is one too."""
    article = ARTICLE.replace("встретился", "12 июня встретился")
    path, data = make_gold(tmp_path, text=article, published_date="2025-13-01")
    shift = len("12 июня ")
    for span in [data["events"][0]["trigger"], data["events"][0]["participants"][0], data["events"][0]["location"],
                 data["events"][0]["evidence"][0]]:
        span["end"] += shift
        span["start"] += shift if span["start"] else 0
    date = {"text": "12 июня", "start": 17, "end": 24, "date_start": "2025-06-12", "date_end": "2025-06-31"}
    data["events"] = [data["events"][0], {**data["events"][0], "date": {**date, "date_end": "2025-06-11"}}]
    data["events"][0]["date"] = date
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(GoldError) as caught:
        load_gold(path)
    assert caught.value.problems == [
        f"{path}: /events/0/date/date_end: '2025-06-31' is not a 'date'",
        f"{path}: /published_date: '2025-13-01' is not a 'date'",
    ]
    data["published_date"], date["date_end"] = "2025-06-13", "2025-06-12"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(GoldError) as caught:
        load_gold(path)
    assert caught.value.problems == [f"{path}: /events/1/date: date_end 2025-06-11 is before date_start 2025-06-12"]
    data["events"].pop()
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert load_gold(path).data["events"][0]["date"]["date_end"] == "2025-06-12"
