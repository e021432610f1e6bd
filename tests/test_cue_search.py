"""The events stage's word patterns searched joined (`knowledge.either`) find a match in exactly the sentences
where one of them, searched alone, does."""
import re

import pytest

from pipeline.event.knowledge import FLAGS, WORD_END, WORD_START, either, knowledge
from pipeline.paths import data_dir


def sentences(seed_paths, lang: str) -> list[str]:
    news = sorted((data_dir() / "news" / lang).glob("*.txt"))[:40]
    texts = [path.read_text(encoding="utf-8") for path in [*seed_paths, *news]]
    return [s for text in texts for s in re.split(r"(?<=[.!?»])\s+|\n+", text) if s.strip()]


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_joined_trigger_and_cue_patterns_match_the_sentences_the_patterns_match(seed_paths, lang):
    known = knowledge(lang)
    for patterns in (tuple(t.pattern for t in known.triggers),
                     (*(c.pattern for c in known.participation), *known.topic_cues, *known.anchored_topic_cues)):
        joined = either(patterns)
        assert len(joined) == 1 and len(patterns) > 1
        found = [bool(joined[0].search(s)) for s in sentences(seed_paths, lang)]
        assert found == [any(p.search(s) for p in patterns) for s in sentences(seed_paths, lang)]
        assert any(found) and not all(found)


def test_a_pattern_referring_to_a_group_is_searched_alone():
    repeated = re.compile(rf"{WORD_START}(\w+)-\1{WORD_END}", FLAGS)  # "шоп-шоп": joined, \1 would be another group
    visit = re.compile(rf"{WORD_START}визит\w*{WORD_END}", FLAGS)
    assert either((repeated, visit)) == (repeated, visit)
    assert either((visit,)) == (visit,)
    assert len(either((visit, re.compile(rf"{WORD_START}(?P<t>саммит\w*){WORD_END}", FLAGS)))) == 1
