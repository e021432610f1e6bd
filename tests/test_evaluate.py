import itertools
import random

import pytest

from pipeline.evaluation.assignment import max_weight_matching
from pipeline.evaluation.case import Case
from pipeline.evaluation.entities import score_entities
from pipeline.evaluation.events import argument_counts, score_events
from pipeline.evaluation.names import ambiguous_last_words, names_match
from pipeline.evaluation.report import markdown

TEXT = "Посол Казахстана Маргулан Баймухан встретился с Лонгом Трангом в Брюсселе."


def span(text, label, normal=None, occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(text, start + 1)
    return {"text": text, "start": start, "end": start + len(text), "label": label, "normal": normal or text}


def prf(scores):
    return scores["precision"], scores["recall"], scores["f1"]


def test_entity_exact_overlap_and_normal_scores():
    gold = [span("Казахстана", "LOC", "Казахстан"), span("Маргулан Баймухан", "PER"),
            span("Лонгом Трангом", "PER", "Лонг Транг"), span("Брюсселе", "LOC", "Брюссель")]
    predicted = [span("Казахстана", "LOC", "Казахстан"), span("Маргулан", "PER"),
                 span("Лонгом Трангом", "PER", "Лонгом Трангом"), span("Брюсселе", "ORG"),
                 span("Посол", "POSITION")]  # not a gold label: ignored, not a false positive
    scores = score_entities([Case("a", "ru", TEXT, gold, predicted)])
    result = scores.as_dict()
    assert prf(result["exact"]["overall"]) == (0.5, 0.5, 0.5)
    assert prf(result["overlap"]["overall"]) == (0.75, 0.75, 0.75)
    assert prf(result["exact"]["per_label"]["PER"]) == (0.5, 0.5, 0.5)
    assert result["exact"]["per_label"]["ORG"]["fp"] == 1
    assert result["exact"]["per_lang"]["ru"]["overall"]["tp"] == 2
    assert result["normalisation"]["overall"] == {"correct": 1, "total": 2, "accuracy": 0.5}
    kinds = sorted(e["kind"] for e in scores.errors)
    assert kinds == ["entity_boundary", "entity_label", "entity_normal"]


def test_a_label_neither_side_holds_is_shown_as_nothing_to_score_not_as_zero():
    # a gold with no ORG and an output with none: "—", where 0.000 read as every organisation missed; a label the
    # output holds alone still scores (precision 0)
    gold = [span("Маргулан Баймухан", "PER")]
    predicted = [span("Маргулан Баймухан", "PER"), span("Брюсселе", "LOC", "Брюссель")]
    result = {"entities": score_entities([Case("a", "ru", TEXT, gold, predicted)]).as_dict()}
    lines = markdown(result, None, "seeds").splitlines()
    assert "| ORG | — | — | — | 0 | 0 |" in lines and "| LOC | 0.000 | 0.000 | 0.000 | 0 | 1 |" in lines
    assert "| PER | 1.000 | 1.000 | 1.000 | 1 | 1 |" in lines


def test_entity_overlap_is_one_to_one():
    gold = [span("Маргулан Баймухан", "PER")]
    predicted = [span("Маргулан", "PER"), span("Баймухан", "PER")]
    result = score_entities([Case("a", "ru", TEXT, gold, predicted)]).as_dict()
    assert result["overlap"]["overall"]["tp"] == 1 and result["overlap"]["overall"]["fp"] == 1


@pytest.mark.parametrize("a, b, ambiguous, expected", [
    ("Н.Герман", "Наталья Герман", frozenset(), True),
    ("Н. А. Герман", "Наталья Герман", frozenset(), True),
    ("наталья герман", "Наталья Герман", frozenset(), True),
    ("Алёна Ким", "Алена Ким", frozenset(), True),
    ("Герман", "Наталья Герман", frozenset(), True),
    ("Алиев", "Ильхам Алиев", frozenset({"алиев"}), False),
    ("М. Герман", "Наталья Герман", frozenset(), False),
    ("Лонг Транг", "Наталья Герман", frozenset(), False),
])
def test_name_tolerance(a, b, ambiguous, expected):
    assert names_match(a, b, ambiguous) is expected


def test_surname_is_ambiguous_when_two_full_names_share_it():
    assert ambiguous_last_words(["Ильхам Алиев", "Гейдар Алиев", "Алиев", "Лонг Транг"]) == {"алиев"}


def participant(normal, role=None, affiliation=None, start=0):
    return {"text": normal, "start": start, "end": start + len(normal), "normal": normal, "kind": "person",
            "role": role, "affiliation": affiliation, "side": "participant"}


def event(event_type, names, at=(0, 10), **fields):
    return {"event_type": event_type, "status": fields.pop("status", "occurred"),
            "trigger": {"text": "встреча", "start": at[0], "end": at[0] + 7},
            "participants": [participant(n) if isinstance(n, str) else n for n in names],
            "location": None, "date": None, "topics": [], "evidence": [{"start": at[0], "end": at[1]}], **fields}


def events_case(gold, predicted):
    return Case("a", "ru", "x" * 200, gold_events=gold, predicted_events=predicted)


def test_initials_match_and_family_match_with_type_reported():
    gold = [event("talks", ["Наталья Герман", "Ержан Ашикбаев"])]
    predicted = [event("meeting", ["Н. Герман", "Ашикбаев"], at=(100, 110))]  # not anchored: Jaccard 1 suffices
    scores = score_events([events_case(gold, predicted)])
    result = scores.as_dict()
    assert prf(result["events"]["overall"]) == (1.0, 1.0, 1.0)
    assert result["arguments"]["per_argument"]["participants"]["tp"] == 2
    assert result["events"]["type_accuracy"] == {"correct": 0, "total": 1, "accuracy": 0.0}
    assert [e["kind"] for e in scores.errors] == ["event_type_wrong"]


def test_other_family_never_matches():
    scores = score_events([events_case([event("visit", ["Наталья Герман"])], [event("meeting", ["Наталья Герман"])])])
    overall = scores.as_dict()["events"]["overall"]
    assert (overall["tp"], overall["fp"], overall["fn"]) == (0, 1, 1)


def test_low_overlap_matches_only_when_anchored_in_the_gold_text():
    gold = [event("meeting", ["Жанна Сагинова", "Павол Витек", "Ян Мишура"], at=(0, 50))]
    anchored = [event("meeting", ["Жанна Сагинова", "Ян Сабол"], at=(10, 40))]
    elsewhere = [event("meeting", ["Жанна Сагинова", "Ян Сабол"], at=(100, 150))]
    assert score_events([events_case(gold, anchored)]).as_dict()["events"]["overall"]["tp"] == 1
    assert score_events([events_case(gold, elsewhere)]).as_dict()["events"]["overall"]["tp"] == 0


def test_one_prediction_matches_one_gold_event():
    # the ambassador met two people in two sentences; one predicted meeting with the first cannot count twice
    gold = [event("meeting", ["Азамат Ескараев", "Биной Джордж"], at=(0, 50)),
            event("meeting", ["Азамат Ескараев", "Ахмад Аль-Эйдан"], at=(60, 100))]
    predicted = [event("meeting", ["Азамат Ескараев", "Биной Джордж"], at=(0, 50))]
    scores = score_events([events_case(gold, predicted)])
    overall = scores.as_dict()["events"]["overall"]
    assert prf(overall) == (1.0, 0.5, pytest.approx(2 / 3, abs=1e-4))
    [missed] = [e for e in scores.errors if e["kind"] == "event_missed"]
    assert missed["gold"]["participants"] == ["Азамат Ескараев", "Ахмад Аль-Эйдан"]


def test_argument_counts_of_a_matched_pair():
    role = {"text": "посол Казахстана", "start": 0, "end": 16}
    gold = event("meeting", [participant("Маргулан Баймухан", role=role, affiliation="Казахстан"),
                             participant("Лонг Транг", affiliation="ОАКТ")],
                 location={"text": "Брюсселе", "start": 20, "end": 28, "normal": "Брюссель"},
                 date={"text": "28 марта", "start": 30, "end": 38, "date_start": "2017-03-28", "date_end": "2017-03-28"},
                 topics=[{"text": "торговли", "start": 40, "end": 48, "categories": ["trade", "economic"]}])
    predicted = event("meeting", [participant("Баймухан", role={"text": "Посол Казахстана", "start": 100, "end": 116},
                                              affiliation="Казахстан"),
                                  participant("Лонг Транг", affiliation="Франция"),
                                  participant("Жан-Марк Эйро")],
                      location={"text": "Брюссель", "start": 150, "end": 158, "normal": "Брюссель"},
                      date={"text": "29 марта", "start": 30, "end": 38, "date_start": "2017-03-29",
                            "date_end": "2017-03-29"},
                      topics=[{"text": "торговли", "start": 40, "end": 48, "categories": ["trade", "energy"]}])
    counts = {name: (c.tp, c.fp, c.fn) for name, c in argument_counts(gold, predicted, frozenset()).items()}
    assert counts == {
        "participants": (2, 1, 0),  # surname alone ≈ full name; Эйро is extra
        "role": (1, 0, 0),  # same text, another mention
        "affiliation": (1, 1, 1),  # ОАКТ vs Франция: wrong
        "location": (1, 0, 0),  # same normal name
        "date": (0, 1, 1),
        "topics": (1, 1, 1),  # categories: trade right, energy extra, economic missed
    }
    missed = {name: (c.tp, c.fp, c.fn) for name, c in argument_counts(gold, None, frozenset()).items()}
    assert missed["participants"] == (0, 0, 2) and missed["role"] == (0, 0, 1) and missed["topics"] == (0, 0, 2)


def test_assignment_is_optimal_where_greedy_is_not():
    # greedy would take the heaviest pair (0, 0) and leave both others unmatched
    assert max_weight_matching({(0, 0): 3, (0, 1): 2, (1, 0): 2}) == [(0, 1), (1, 0)]


def test_assignment_matches_brute_force_on_random_small_cases():
    rng = random.Random(7)
    for _ in range(200):
        rows, cols = rng.randint(1, 4), rng.randint(1, 4)
        weights = {(r, c): rng.choice([0.5, 1, 2, 3]) for r in range(rows) for c in range(cols) if rng.random() < 0.6}
        got = sum(weights[pair] for pair in max_weight_matching(weights))
        best = max(sum(weights.get((r, c), 0) for r, c in zip(range(rows), perm))
                   for perm in itertools.permutations(list(range(cols)) + [None] * rows, rows))
        assert got == pytest.approx(best)


def test_gold_is_paired_with_the_dataset_by_sha256_and_a_changed_article_is_not_scored(tmp_path):
    from pipeline.evaluate import Dataset, pair_with_dataset
    from pipeline.gold import Gold

    gold = Gold(path=tmp_path / "gold" / "a.json", article=tmp_path / "a.txt", text=TEXT,
                data={"document": "a.txt", "sha256": "1" * 64, "lang": "ru", "entities": [], "events": []})
    same = {"doc_id": "d1", "source_path": "elsewhere/renamed.txt", "sha256": "1" * 64, "text": TEXT}
    cases, problems = pair_with_dataset([gold], Dataset([same], {"d1": [span("Брюсселе", "LOC")]}, {}))
    assert problems == [] and cases[0].predicted_entities[0]["text"] == "Брюсселе"
    edited = {**same, "source_path": "seeds/a.txt", "sha256": "2" * 64}
    cases, problems = pair_with_dataset([gold], Dataset([edited], {}, {}))
    assert cases == [] and "a different version of a.txt" in problems[0]


def test_a_second_gold_file_of_the_same_article_is_not_scored(tmp_path):
    """A copy of a gold file ("003b.json" beside "003.json") labels the article again: the first by file name is
    scored, the copy refused in one line, where both had been scored and the article weighed twice (a fresh user's
    finding)."""
    from pipeline.evaluate import Dataset, pair_with_dataset
    from pipeline.gold import Gold

    data = {"document": "a.txt", "sha256": "1" * 64, "lang": "ru", "entities": [], "events": []}
    first = Gold(path=tmp_path / "gold" / "a.json", article=tmp_path / "a.txt", text=TEXT, data=data)
    copy = Gold(path=tmp_path / "gold" / "a-copy.json", article=tmp_path / "a.txt", text=TEXT, data=dict(data))
    row = {"doc_id": "d1", "source_path": "a.txt", "sha256": "1" * 64, "text": TEXT}
    cases, problems = pair_with_dataset([first, copy], Dataset([row], {}, {}))
    assert len(cases) == 1
    assert problems == [f"{tmp_path / 'gold' / 'a-copy.json'}: labels a.txt again (a.json labels it); not scored"]


def test_who_met_whom_pairs_count_each_pair_once_in_either_order():
    gold = [event("meeting", ["Мурат Нуртлеу", "Марко Рубио"]), event("meeting", ["Мурат Нуртлеу", "Кая Каллас"]),
            event("meeting", ["Мурат Нуртлеу", "Жан-Ноэль Барро"], status="planned")]  # planned: nobody met yet
    predicted = [event("talks", ["Рубио", "Нуртлеу"]),  # reversed, surnames only
                 event("meeting", ["Нуртлеу", "Рубио"], at=(50, 60)),  # the same pair again: not a second pair
                 event("meeting", ["Нуртлеу", "Лавров"], at=(100, 110))]
    pairs = score_events([events_case(gold, predicted)]).as_dict()["pairs"]
    assert (pairs["overall"]["tp"], pairs["overall"]["fp"], pairs["overall"]["fn"]) == (1, 1, 1)
    assert pairs["per_lang"]["ru"]["f1"] == 0.5


def test_location_and_date_accuracy_on_matched_events_count_a_place_the_gold_lacks_as_wrong_and_skip_both_absent():
    place = {"text": "Астане", "start": 0, "end": 6, "normal": "Астана"}
    day = {"text": "5 марта", "start": 0, "end": 7, "date_start": "2025-03-05", "date_end": "2025-03-05"}
    gold = [event("meeting", ["Нуртлеу", "Фидан"], location=place, date=day),
            event("meeting", ["Нуртлеу", "Рубио"], at=(50, 60))]
    predicted = [event("meeting", ["Нуртлеу", "Фидан"], location={**place, "start": 90, "end": 96},
                       date={**day, "date_end": "2025-03-06"}),
                 event("meeting", ["Нуртлеу", "Рубио"], at=(50, 60), location=place)]
    matched = score_events([events_case(gold, predicted)]).as_dict()["events"]["matched_accuracy"]
    assert matched["ru"]["location"] == {"correct": 1, "total": 2, "accuracy": 0.5}  # normal agrees; extra is wrong
    assert matched["ru"]["date"] == {"correct": 0, "total": 1, "accuracy": 0.0}  # both absent is not counted
    assert matched["all"]["status"]["accuracy"] == 1.0


def test_occurred_events_on_near_miss_articles_are_counted():
    near_miss = Case("b", "kk", "x" * 200, gold_events=[],
                     predicted_events=[event("meeting", ["Әкім"]), event("visit", ["Әкім"], status="planned")])
    clean = Case("c", "kk", "x" * 200, gold_events=[], predicted_events=[])
    result = score_events([near_miss, clean, events_case([event("meeting", ["A B"])], [])]).as_dict()
    assert result["near_miss"] == {"kk": {"documents": 2, "documents_without_occurred": 1, "occurred_predicted": 1}}


def test_a_report_interrupted_while_written_leaves_the_previous_one_whole(tmp_path):
    # evaluation.report.write_whole: report.json was written, and errors.jsonl emptied, before the listing was made,
    # so a failure half way (here an error row the listing cannot read; an interrupt alike) left half a report
    from pipeline.evaluation.report import write_reports

    write_reports(tmp_path, {"events": {}, "run": "first"}, [], title="first")
    before = {name: (tmp_path / name).read_text(encoding="utf-8") for name in ("report.json", "errors.jsonl")}
    with pytest.raises(KeyError):
        write_reports(tmp_path, {"events": {}, "run": "second"}, [{"kind": "event_missed"}], title="second")
    assert {name: (tmp_path / name).read_text(encoding="utf-8") for name in before} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["errors.jsonl", "report.json", "report.md"]


def test_eval_with_no_gold_file_scored_says_so_and_leaves_the_last_report(tmp_path, dataset_of, capsys):
    """A gold folder whose every file is refused (its article is not beside it) scored nothing: one line says so,
    no empty tables are printed and the report folder keeps the last report (it was overwritten with an empty one)."""
    import shutil

    from pipeline.evaluate import DEFAULT_GOLD, main
    dataset = dataset_of({"talks.txt": "Касым-Жомарт Токаев провел переговоры с Шавкатом Мирзиёевым в Ташкенте.\n"})
    gold = tmp_path / "mine" / "gold"
    gold.mkdir(parents=True)
    shutil.copy(DEFAULT_GOLD / "000_6a3d6e261fcd6835.json", gold)
    out = tmp_path / "report"
    out.mkdir()
    (out / "report.md").write_text("the last report", encoding="utf-8")
    assert main(["--gold", str(gold), "--dataset", str(dataset), "--out", str(out)]) == 1
    printed = capsys.readouterr()
    assert printed.err.splitlines()[-1] == f"dipevents eval: no document scored; {out} left as it was"
    assert "Entities" not in printed.out and (out / "report.md").read_text(encoding="utf-8") == "the last report"


def test_a_report_on_another_gold_never_overwrites_the_seeds_one(tmp_path):
    """`eval --gold ../mine/gold` without --out reports into DATASET/eval/mine, not over the seeds' DATASET/eval."""
    from pipeline.evaluate import DEFAULT_GOLD, report_folder

    out = tmp_path / "outputs"
    assert report_folder(DEFAULT_GOLD, out) == out / "eval"
    assert report_folder(tmp_path / "mine" / "gold", out) == out / "eval" / "mine"
    assert report_folder(tmp_path / "labelled-2026", out) == out / "eval" / "labelled-2026"
