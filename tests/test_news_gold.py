"""The news development set's gold: the fixed split, and every gold file valid against its article."""
from pathlib import Path

from pipeline.evaluation.news import FOLDERS, GOLD_DIR, assign_split, news_dir, read_split

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
