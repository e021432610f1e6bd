"""The people-to-state table is learned from the news set's dev split only (pipeline/training/people_states.py)."""
from __future__ import annotations

import json

from pipeline.training.people_states import OUT, learn, write


def _gold(folder, name, sides, role=None):
    event = {"event_type": "meeting", "status": "occurred", "participants": [
        {"text": n, "start": 0, "end": 1, "normal": n, "kind": "person", "affiliation": a, "side": "participant",
         "role": role} for n, a in sides]}
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(json.dumps({"events": [event]}, ensure_ascii=False), encoding="utf-8")


def test_only_the_dev_split_votes_and_the_majority_state_wins(tmp_path):
    _gold(tmp_path / "ru", "001.json", [("Касым-Жомарт Токаев", "Казахстан"), ("Антониу Гутерреш", "ООН")])
    _gold(tmp_path / "kk", "002.json", [("Қасым-Жомарт Тоқаев", "Қазақстан"), ("Ильхам Әлиев", "Әзербайжан")])
    _gold(tmp_path / "ru", "003.json", [("Касым-Жомарт Токаев", "Россия"), ("Ильхам Алиев", "Турция")])
    _gold(tmp_path / "ru", "004.json", [("Ильхам Алиев", "Турция"), ("Ильхам Алиев", "Азербайджан")])
    _gold(tmp_path / "ru", "005.json", [("Касым-Жомарт Токаев", "Казахстан")], role="Президент Казахстана")
    _gold(tmp_path / "ru", "006.json", [("Сергей Лавров", "Россия")], role="министр иностранных дел России")
    (tmp_path / "split.tsv").write_text("folder\tfile\tsplit\nru\t001.txt\tdev\nkk\t002.txt\tdev\n"
                                        "ru\t003.txt\theldout\nru\t004.txt\tdev\nru\t005.txt\tdev\n"
                                        "ru\t006.txt\tdev\n", encoding="utf-8")
    votes, leaders, given = learn(tmp_path)
    # one key for both languages' spellings; the held-out file's votes are never read; a body (ООН) is no state
    assert {key: dict(counter) for key, counter in votes.items()} == {
        "kasim-tokaev-zhomart": {"KAZ": 3}, "aliev-ilkham": {"AZE": 2, "TUR": 1}, "lavrov-sergei": {"RUS": 1}}
    assert leaders == {"kasim-tokaev-zhomart"}  # a president is a leader, a foreign minister none
    # the first word written is the given name, in either language's spelling
    assert given == {"kasim-tokaev-zhomart": "kasim-zhomart", "aliev-ilkham": "ilkham", "lavrov-sergei": "sergei"}
    out = tmp_path / "people_states.tsv"
    assert write((votes, leaders, given), out) == 3
    assert {"kasim-tokaev-zhomart\tKAZ\t3\tyes\tkasim-zhomart", "aliev-ilkham\tAZE\t2\tno\tilkham",
            "lavrov-sergei\tRUS\t1\tno\tsergei"} <= set(out.read_text(encoding="utf-8").splitlines())


def test_the_committed_table_is_what_the_gold_teaches(tmp_path):
    # relabelling the dev split without `make train-people-states` leaves a stale table: this says so
    out = tmp_path / "people_states.tsv"
    write(learn(), out)
    assert out.read_text(encoding="utf-8") == OUT.read_text(encoding="utf-8")
