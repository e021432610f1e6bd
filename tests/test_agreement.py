"""Agreement between two labelling passes: pass B scored against pass A with the evaluation's rules."""
from pathlib import Path

from pipeline.evaluation.agreement import agreement, summary_rows
from pipeline.gold import Gold

TEXT = "Мурат Нуртлеу встретился с Хаканом Фиданом в Анкаре."


def entity(text, label, normal):
    start = TEXT.index(text)
    return {"text": text, "start": start, "end": start + len(text), "label": label, "normal": normal}


def meeting(*names):
    parts = [{**entity(text, "PER", normal), "kind": "person", "role": None, "affiliation": None,
              "side": "participant"} for text, normal in names]
    for p in parts:
        del p["label"]
    return {"event_type": "meeting", "status": "occurred", "trigger": {"text": "встретился", "start": 14, "end": 24},
            "participants": parts, "location": None, "date": None, "topics": [],
            "evidence": [{"start": 0, "end": len(TEXT)}]}


def gold(lang, entities, events):
    data = {"document": "ru/001.txt", "sha256": "0" * 64, "lang": lang, "entities": entities, "events": events}
    return Gold(path=Path("x.json"), article=Path("ru/001.txt"), text=TEXT, data=data)


def test_pass_b_is_scored_against_pass_a_per_language():
    a = gold("ru", [entity("Мурат Нуртлеу", "PER", "Мурат Нуртлеу"), entity("Хаканом Фиданом", "PER", "Хакан Фидан"),
                    entity("Анкаре", "LOC", "Анкара")],
             [meeting(("Мурат Нуртлеу", "Мурат Нуртлеу"), ("Хаканом Фиданом", "Хакан Фидан"))])
    b = gold("ru", [entity("Мурат Нуртлеу", "PER", "Мурат Нуртлеу"), entity("Хаканом Фиданом", "PER", "Хакан Фидан"),
                    entity("Анкаре", "ORG", "Анкара")],  # one label differs
             [meeting(("Мурат Нуртлеу", "Мурат Нуртлеу"))])  # one side missed
    result, disagreements = agreement({"ru/001.txt": a}, {"ru/001.txt": b})
    rows = {row[0]: row for row in summary_rows(result)}
    assert rows["ru"][:3] == ("ru", "1", "0.667")  # 2 of 3 entities agree both ways
    assert rows["ru"][3] == "1.000"  # the same event
    assert rows["ru"][4] == "0.000"  # who met whom: pass B has no pair
    assert {d["kind"] for d in disagreements} >= {"entity_label", "argument_wrong"}


def test_articles_of_another_version_are_not_compared():
    a = gold("kk", [], [])
    b = gold("kk", [], [])
    b.data = {**b.data, "sha256": "1" * 64}
    result, _ = agreement({"ru/001.txt": a}, {"ru/001.txt": b})
    assert result["documents"] == []


def test_passes_are_read_flat_or_in_the_news_layout_and_one_sided_articles_are_reported(tmp_path):
    import json

    from pipeline.evaluation.agreement import load_pass, unpaired, write_diffs
    from pipeline.gold_draft import anchor_draft

    (tmp_path / "art").mkdir()
    (tmp_path / "art" / "001.txt").write_text(TEXT + "\n", encoding="utf-8")
    for name, label in (("A", "LOC"), ("B", "ORG")):
        draft = tmp_path / f"{name}.json"
        draft.write_text(json.dumps({"document": "001.txt", "lang": "ru", "entities": [
            {"text": "Анкаре", "label": label, "normal": "Анкара"}], "events": []}, ensure_ascii=False),
            encoding="utf-8")
        (tmp_path / name).mkdir()
        (tmp_path / name / "001.json").write_text(json.dumps(anchor_draft(draft, tmp_path / "art"),
                                                             ensure_ascii=False), encoding="utf-8")
    a, problems_a = load_pass(tmp_path / "A", tmp_path / "art")
    b, problems_b = load_pass(tmp_path / "B", tmp_path / "art")
    assert list(a) == list(b) == ["001.txt"] and not problems_a + problems_b
    result, disagreements = agreement(a, b)
    assert result["entities"]["exact"]["overall"]["f1"] == 0.0
    write_diffs(tmp_path / "diff", disagreements, "A", "B")
    assert "Wrong entity label" in (tmp_path / "diff" / "001.md").read_text(encoding="utf-8")
    assert unpaired(a, {}) == ["001.txt: only in the first pass"]
    assert load_pass(tmp_path / "nowhere", tmp_path / "art")[1][0].endswith("no gold files (*.json) there or in "
                                                                           "ru, kk, ru-pairs/")
