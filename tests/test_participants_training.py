"""The learned-sides experiment (pipeline/training/participants.py): its learners learn, its candidates are the
event's names once each, and its training data never holds a held-out article."""
from collections import Counter

import numpy as np

from pipeline.evaluation.news import news_dir, read_split, stage_articles
from pipeline.training.participants import FEATURE_NAMES, choices, features, fit_logistic, fit_trees, probe_articles

from conftest import needs_data


def _xor(rows: int = 200) -> tuple[np.ndarray, np.ndarray]:
    """Two binary features and a bias; y is their exclusive or, which no linear model separates."""
    rng = np.random.default_rng(0)
    a, b = rng.integers(0, 2, rows), rng.integers(0, 2, rows)
    return np.column_stack([np.ones(rows), a, b]).astype(float), (a ^ b).astype(float)


def test_logistic_regression_learns_a_linear_rule():
    rng = np.random.default_rng(1)
    x = np.column_stack([np.ones(300), rng.normal(size=300), rng.normal(size=300)])
    y = (x[:, 1] - 2 * x[:, 2] > 0).astype(float)
    predict = fit_logistic(x[:200], y[:200], l2=0.1)
    assert ((predict(x[200:]) >= 0.5) == y[200:]).mean() >= 0.95


def test_depth_two_trees_learn_an_interaction_the_regression_cannot():
    x, y = _xor()
    assert ((fit_trees(x, y)(x) >= 0.5) == y).all()
    assert ((fit_logistic(x, y)(x) >= 0.5) == y).mean() < 0.8


def test_candidates_are_the_sides_then_every_other_name_of_the_event_once(read_events):
    doc = read_events("Министр иностранных дел Армении Арарат Мирзоян провел в Ереване переговоры с министром "
                      "иностранных дел Литвы Кястутисом Будрисом. В ходе переговоров Армения и Литва обсудили "
                      "торговлю, сообщает агентство Арменпресс. Позже Будрис встретился с послом Франции.",
                      "ru", "2026-03-02")
    talks = next(e for e in doc.events if e.event_type == "talks")
    found = choices(talks, doc)
    rules = [c.participant.normal for c in found if c.rule]
    others = [c.participant.normal for c in found if not c.rule]
    assert rules == [p.normal for p in talks.participants]
    assert {"Армения", "Литва", "Арменпресс"} <= set(others)
    assert "Франция" not in others  # named in a sentence telling another event only
    assert len(others) == len(set(others))  # "Армении" and "Армения": one candidate
    armenia = next(c for c in found if c.participant.normal == "Армения")
    assert len(armenia.mentions) == 2
    x = dict(zip(FEATURE_NAMES, features(talks, armenia, doc, Counter())))
    assert x["rule"] == 0.0 and x["kind=country"] == 1.0 and x["trigger_sentence"] == 1.0
    outlet = dict(zip(FEATURE_NAMES, features(talks, next(c for c in found if c.participant.normal == "Арменпресс"),
                                              doc, Counter())))
    assert outlet["kind=organization"] == 1.0 and outlet["trigger_sentence"] == 0.0


def test_a_name_told_only_after_the_trigger_sentence_is_far(read_events):
    doc = read_events("Сыртқы істер министрі Ержан Әшімов Астанада Венгрия Сыртқы істер министрі Петер Сийяртомен "
                      "келіссөздер жүргізді. Кездесуге Венгрия елшісі Габор Надь қатысты.", "kk", "2026-02-05")
    talks = next(e for e in doc.events if e.event_type == "talks")
    found = {c.participant.normal: c for c in choices(talks, doc)}
    hungary = dict(zip(FEATURE_NAMES, features(talks, found["Венгрия"], doc, Counter())))
    ambassador = dict(zip(FEATURE_NAMES, features(talks, found["Габор Надь"], doc, Counter())))
    # "Венгрия" is named in both sentences: the mention of the trigger's sentence counts, though the other
    # stands fewer words from "келіссөздер"
    assert hungary["trigger_sentence"] == 1.0 and hungary["log_distance"] < 1.0
    assert ambassador["trigger_sentence"] == 0.0 and ambassador["log_distance"] == 1.0


@needs_data("news")
def test_the_dev_split_is_staged_without_a_held_out_article(tmp_path):
    split = read_split()
    staged = [f"{folder.name}/{path.name}" for folder in stage_articles(news_dir(), tmp_path, split="dev")
              for path in folder.glob("*.txt")]
    assert staged and all(split[name] == "dev" for name in staged)
    assert len(staged) == sum(1 for name, part in split.items() if part == "dev")


def test_probe_articles_read_with_their_expected_events(tmp_path):
    (tmp_path / "articles.txt").write_text(
        "### p1 ru 2026-04-10\nТелефонный разговор\nПрезидент Казахстана Касым-Жомарт Токаев провел телефонный "
        "разговор с президентом Финляндии Александром Стуббом.\n"
        "### p2 ru 2026-04-10\nВ Астане прошел форум по цифровой экономике.\n"
        "### p3 ru 2026-04-10\nЭта статья не размечена.\n", encoding="utf-8")
    (tmp_path / "expected.jsonl").write_text(
        '{"id": "p1", "type": "phone call", "status": "occurred", '
        '"participants": ["Касым-Жомарт Токаев", "Александр Стубб"]}\n{"id": "p2", "none": true}\nnot json\n',
        encoding="utf-8")
    articles = {a.name.split("/")[-1]: a for a in probe_articles([tmp_path])}
    assert sorted(articles) == ["p1", "p2"]  # p3 has no expected line: not scored
    call = articles["p1"].gold_events
    assert [e["event_type"] for e in call] == ["phone_call"]
    assert [p["normal"] for p in call[0]["participants"]] == ["Касым-Жомарт Токаев", "Александр Стубб"]
    assert articles["p2"].gold_events == []
    assert any(e.event_type == "phone_call" for e in articles["p1"].doc.events)
