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
