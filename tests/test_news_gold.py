"""The news development set's gold: the fixed split, and every gold file valid against its article."""

from pipeline.evaluation.news import FOLDERS, GOLD_DIR, assign_split, load_news_gold, news_dir, read_split

from conftest import needs_data


@needs_data("news")
def test_split_file_is_the_documented_rule_over_every_article():
    expected = {}
    for folder in FOLDERS:
        files = sorted(p.name for p in (news_dir() / folder).glob("*.txt"))
        expected.update({f"{folder}/{name}": split for name, split in assign_split(folder, files).items()})
    assert read_split() == expected
    held = [name for name, split in expected.items() if split == "heldout"]
    assert sum(name.startswith("ru/") for name in held) == 23 and sum(name.startswith("kk/") for name in held) == 23


def test_assign_split_holds_out_a_third_by_name_hash_not_by_order():
    files = [f"{n:03}.txt" for n in range(1, 31)]
    split = assign_split("ru", files)
    held = sorted(name for name, s in split.items() if s == "heldout")
    assert len(held) == 10 and held != files[:10]
    assert assign_split("ru", list(reversed(files))) == split


@needs_data("news")
def test_every_article_has_valid_adjudicated_gold():
    golds, problems = load_news_gold()
    assert not problems, "\n".join(problems)
    labelled = {g.data["document"] for g in golds}
    articles = {f"{folder}/{p.name}" for folder in FOLDERS for p in (news_dir() / folder).glob("*.txt")}
    assert labelled == articles and len(articles) == 141
    assert all(g.data["annotators"] == ["passA", "passB", "adjudicated"] for g in golds)
    assert all(g.lang == ("kk" if g.data["document"].startswith("kk/") else "ru") for g in golds)


@needs_data("news")
def test_both_labelling_passes_are_kept_whole():
    for name in ("passA", "passB"):
        golds, problems = load_news_gold(GOLD_DIR / "passes" / name)
        assert not problems and len(golds) == 141
        assert all(g.data["annotators"] == [name] for g in golds)


def test_evaluate_news_scores_each_split_and_lists_dev_errors_only(tmp_path):
    import json

    from pipeline.evaluation.news import evaluate_news, write_news_reports
    from pipeline.extract import extract
    from pipeline.gold_draft import anchor_draft

    articles, gold = tmp_path / "news", tmp_path / "gold"
    texts = {"001": "Министр иностранных дел Казахстана Мурат Нуртлеу встретился с послом Италии Марко Алберти.\n",
             "002": "Министр иностранных дел Казахстана Мурат Нуртлеу провел переговоры с министром иностранных дел "
                    "Турции Хаканом Фиданом.\n"}
    (articles / "ru").mkdir(parents=True)
    for stem, text in texts.items():
        (articles / "ru" / f"{stem}.txt").write_text(text, encoding="utf-8")
        draft = tmp_path / f"{stem}.json"
        draft.write_text(json.dumps({"document": f"ru/{stem}.txt", "lang": "ru", "entities": [
            {"text": "Мурат Нуртлеу", "label": "PER", "normal": "Мурат Нуртлеу"}], "events": []},
            ensure_ascii=False), encoding="utf-8")  # gold with no event: a near-miss article
        target = gold / "ru" / f"{stem}.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(anchor_draft(draft, articles), ensure_ascii=False), encoding="utf-8")
    split = tmp_path / "split.tsv"
    split.write_text("folder\tfile\tsplit\nru\t001.txt\tdev\nru\t002.txt\theldout\n", encoding="utf-8")
    extract([articles / "ru"], tmp_path / "ds")
    report, errors, problems = evaluate_news(tmp_path / "ds", gold, articles, split)
    assert not problems and set(report) == {"dev", "heldout", "notes"}
    for name, stem in (("dev", "001"), ("heldout", "002")):
        assert [d["name"] for d in report[name]["documents"]] == [f"ru/{stem}.txt"]
        near = report[name]["events"]["near_miss"]["ru"]
        assert (near["documents"], near["occurred_predicted"]) == (1, 1)  # the pipeline finds a meeting in each
    write_news_reports(tmp_path / "out", report, errors)
    listed = [json.loads(line)["document"] for line in (tmp_path / "out" / "errors.jsonl").read_text().splitlines()]
    assert listed and set(listed) == {"ru/001.txt"}
    markdown = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert markdown.count("# Errors") == 1 and "ru/002.txt" not in markdown.split("held-out split")[1]
