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
