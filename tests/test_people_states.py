"""The people-to-state table is learned from the news set's dev split only (pipeline/training/people_states.py)."""
from __future__ import annotations

import json

from pipeline.training.people_states import learn, write


def _gold(folder, name, sides):
    event = {"event_type": "meeting", "status": "occurred", "participants": [
        {"text": n, "start": 0, "end": 1, "normal": n, "kind": "person", "affiliation": a, "side": "participant"}
        for n, a in sides]}
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(json.dumps({"events": [event]}, ensure_ascii=False), encoding="utf-8")


def test_only_the_dev_split_votes_and_the_majority_state_wins(tmp_path):
    _gold(tmp_path / "ru", "001.json", [("Касым-Жомарт Токаев", "Казахстан"), ("Антониу Гутерреш", "ООН")])
    _gold(tmp_path / "kk", "002.json", [("Қасым-Жомарт Тоқаев", "Қазақстан"), ("Ильхам Әлиев", "Әзербайжан")])
    _gold(tmp_path / "ru", "003.json", [("Касым-Жомарт Токаев", "Россия"), ("Ильхам Алиев", "Турция")])
    (tmp_path / "split.tsv").write_text("folder\tfile\tsplit\nru\t001.txt\tdev\nkk\t002.txt\tdev\n"
                                        "ru\t003.txt\theldout\n", encoding="utf-8")
    votes = learn(tmp_path)
    # one key for both languages' spellings; the held-out file's votes are never read; a body (ООН) is no state
    assert {key: dict(counter) for key, counter in votes.items()} == {
        "kasim-tokaev-zhomart": {"KAZ": 2}, "aliev-ilkham": {"AZE": 1}}
    out = tmp_path / "people_states.tsv"
    assert write(votes, out) == 2
    assert "kasim-tokaev-zhomart\tKAZ\t2" in out.read_text(encoding="utf-8")
