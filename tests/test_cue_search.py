"""The events stage's word patterns searched joined (`knowledge.either`) find a match in exactly the sentences
where one of them, searched alone, does; its left boundary cues, tried only where they may start, find what
they find searched; a title, place, date or affiliation pattern is looked for only in sentences holding one of the
words its every match holds."""
import re

import pytest

from pipeline.document import Document, Sentence
from pipeline.event.knowledge import (FLAGS, WORD_END, WORD_START, WordsIn, _cue_ends, case_folded, either, holds_cue,
                                      knowledge, needed_words, needs_digit, trigger_matches)
from pipeline.event.places import _date_shapes
from pipeline.event.reading import Reading
from pipeline.event.roles import _boundary, _cue_search
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


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_left_boundary_cues_tried_at_their_starts_find_what_the_search_finds(seed_paths, lang):
    """roles._cue_search, which tries a left boundary cue only where it may start in the sentence
    (`Cue.starts`), finds at every word start of every sentence the match `cue.pattern.search` finds in the text
    before it: the same span, or none."""
    known = knowledge(lang)
    left = [(n, cue) for n, cue in enumerate(known.boundaries) if cue.where == "left"]
    assert left and all(cue.starts is not None for _, cue in left)
    found = 0
    for text in sentences(seed_paths, lang):
        reading = Reading(Document("d", "d.txt", "", text), Sentence(0, len(text), lang), 0, 0, known)
        for offset in [0, *(m.start() for m in re.finditer(r"(?<=\s)\S", text)), len(text)]:
            before = reading.before(offset)
            for n, cue in left:
                match, searched = _cue_search(reading, n, cue, before), cue.pattern.search(before)
                assert (match and match.span()) == (searched and searched.span())
                found += bool(match)
    assert found > 20


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_left_boundary_before_a_word_is_the_first_cue_the_search_finds(seed_paths, lang):
    """roles._boundary, which tries a left cue only where the text before the word ends in a character the cue may
    end in (`Cue.ends`), finds at every word start the first cue of the table whose search matches the text before
    it, at the same place; and most cues are passed over that way."""
    known = knowledge(lang)
    left = [cue for cue in known.boundaries if cue.where == "left"]
    assert sum(cue.ends is not None for cue in left) > len(left) / 2
    found = passed = 0
    for text in sentences(seed_paths, lang):
        reading = Reading(Document("d", "d.txt", "", text), Sentence(0, len(text), lang), 0, 0, known)
        for offset in [0, *(m.start() for m in re.finditer(r"(?<=\s)\S|[,:;«»]", text)), len(text)]:
            before = reading.before(offset)
            first = next(((cue.effect, match.start()) for cue in left if (match := cue.pattern.search(before))), None)
            assert _boundary(reading, offset) == first, (text, offset)
            found += first is not None
            passed += sum(cue.ends is not None and case_folded(before.rstrip()[-1:]) not in cue.ends for cue in left)
    assert found > 20 and passed > found


def test_a_cue_ends_in_the_characters_its_pattern_may_end_in():
    assert _cue_ends(r"с|со", "left") == {"с", "о"}
    assert _cue_ends(r"по\s+(?:личн\w+\s+)?приглашению", "left") == {"ю"}
    assert _cue_ends(r"[,]", "left") == {","}
    assert _cue_ends(r"(?:приветстви|пожелани)\w*(?:\s+от)?", "left") is None  # \w: any letter
    assert _cue_ends(r"X(?:\s+от)?", "left") == {"x", "т"}  # case_folded, as IGNORECASE reads it
    assert _cue_ends(r"(?:также)?", "left") is None  # may match nothing
    assert _cue_ends(r"также\s", "left") is None  # may end in a space
    assert _cue_ends(r"с|со", "right") is None


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_a_sentence_holding_a_title_holds_one_of_its_needed_words(seed_paths, lang):
    """`Reading.of` searches a loose title only in a sentence whose case_folded text holds one of its needed
    words: every sentence a loose title matches holds one, including letters IGNORECASE takes for others (ᲃ for
    с, a capital İ for i)."""
    known = knowledge(lang)
    odd = ["МИНИᲃТР иностранных дел", "ПОᲂЛ Казахстана", "ПРЕЗИДЕНТ", "ЕЛШІ", "министр", "Председатель"]
    matched = 0
    for text in sentences(seed_paths, lang) + odd:
        folded = case_folded(text)
        for loose, words in zip(known.loose_titles, known.title_words):
            assert words and min(map(len, words)) >= 3
            if loose.search(text):
                matched += 1
                assert any(word in folded for word in words), (loose.pattern, text)
    assert matched > 50


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_a_sentence_a_place_date_or_affiliation_pattern_matches_may_hold_it(seed_paths, lang):
    """The place patterns, date shapes and affiliation cues are searched only in a sentence that may hold a match
    (`Reading.may_hold` of their needed words, case-sensitive patterns among them): every sentence one matches
    may; and most sentences may not hold most of them (the searches saved)."""
    known = knowledge(lang)
    groups = [(known.places, known.place_words), (known.dates, known.date_words),
              (known.affiliation_cues, known.affiliation_words)]
    matched = skipped = 0
    for text in sentences(seed_paths, lang):
        reading = Reading(Document("d", "d.txt", "", text), Sentence(0, len(text), lang), 0, 0, known)
        for patterns, needed in groups:
            assert len(patterns) == len(needed)
            for pattern, words in zip(patterns, needed):
                if pattern.search(text):
                    matched += 1
                    assert reading.may_hold(words), (pattern.pattern, text)
                skipped += not reading.may_hold(words)
    assert matched > 50 and skipped > matched


def needed(pattern: str) -> tuple[str, ...] | None:
    return needed_words(re.compile(pattern, FLAGS))


def test_needed_words_are_those_every_match_holds():
    assert needed(r"(?:(?:заместител\w+\s+)?министр(?:а|у)?)") == ("министр",)
    assert needed(r"(?:мұрагер\s+ханзада\w*|ханзада\w*)") == ("мұрагер", "ханзада")
    assert needed(r"(?:член\w*\s+правления)") == ("правления",)
    assert needed(r"(?:(?:генеральн|исполнительн)\w+)") == ("генеральн", "исполнительн")
    assert needed(r"(?:мэр|глава)") == ("мэр", "глава")
    assert needed(r"(?:(?:вице-)?мэр\w*)") == ("мэр",)
    assert needed(r"(?:\w+ов)") is None  # two letters are in most sentences
    assert needed(r"(?:(?:посол)?\w+)") is None  # an optional word is needed by no match
    assert needed_words(re.compile(r"(?P<side>Қазақстан)\s+тарапы")) == ("қазақстан",)  # case-sensitive: folded
    assert case_folded("МИНИᲃТР İstanbul") == "министр istanbul"


def test_case_folded_is_what_ignorecase_matching_sees():
    """Every character folds to one character that IGNORECASE matching takes for it, two characters the regex
    takes for one another fold alike (в and ᲀ; σ, ς and Σ; µ and μ), and a text folds character by character
    (the fast path of a text holding no letter to translate: Cyrillic, Latin)."""
    cased = [chr(code) for code in range(0x110000) if chr(code).lower() != chr(code) or chr(code).upper() != chr(code)]
    assert len(cased) > 2_000
    for char in cased:  # a character with no case folds to itself (as any text of them, below)
        folded = case_folded(char)
        assert len(folded) == 1 and re.fullmatch(re.escape(folded), char, re.IGNORECASE), hex(ord(char))
    for letters in ("вВᲀ", "тТᲄᲅ", "σςΣ", "µμΜ", "sSſ", "iIİı", "ﬅﬆ"):
        assert len({case_folded(letter) for letter in letters}) == 1, letters
        assert all(re.fullmatch(re.escape(a), b, re.IGNORECASE) for a in letters for b in letters), letters
    for text in ("Президент Казахстана Касым-Жомарт Токаев, 12.05", "ОДΣΣЕΑΣ ᲀстреча", "Қазақстан İstanbul ſ"):
        assert case_folded(text) == "".join(case_folded(char) for char in text)


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_trigger_and_cue_searches_skipping_sentences_without_needed_words_find_what_every_pattern_finds(
        seed_paths, lang):
    """`trigger_matches` searches a trigger pattern only in a sentence holding one of its needed words, and
    `holds_cue` the cues only in one holding a word one of them needs: the matches, in the table's order, and the
    answers are those of every pattern searched in every sentence."""
    known = knowledge(lang)
    cues = (*(c.pattern for c in known.participation), *known.topic_cues, *known.anchored_topic_cues)
    texts = sentences(seed_paths, lang)
    found = [trigger_matches.__wrapped__(lang, text) for text in texts]
    assert [[(m.span(), t) for m, t in matches] for matches in found] == [
        [(m.span(), t) for t in known.triggers for m in t.pattern.finditer(text)] for text in texts]
    assert any(found) and not all(found)
    held = [holds_cue.__wrapped__(lang, text) for text in texts]
    assert held == [any(p.search(text) for p in cues) for text in texts] and any(held) and not all(held)


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_words_held_are_the_words_a_substring_test_finds(seed_paths, lang):
    """`WordsIn`, one search of the words as a trie, finds in every seed and news sentence the words each one's
    substring test finds: words that are prefixes of others ("визит", "визита"), that overlap ("ос", "сот"),
    that hold a regex's characters ("пресс-служб", "г.")."""
    known = knowledge(lang)
    texts = [case_folded(text) for text in sentences(seed_paths, lang)]
    for words in (known.needed, sorted({w for t in known.triggers for w in needed_words(t.pattern) or ()})):
        held_in = WordsIn(words)
        found = [held_in(text) for text in texts]
        assert found == [frozenset(w for w in words if w in text) for text in texts] and any(found)
    made = WordsIn(["визит", "визита", "ос", "сот", "пресс-служб", "г.", "a+b"])
    assert made("визита пресс-служба осота г. a+b") == {"визит", "визита", "ос", "сот", "пресс-служб", "г.", "a+b"}
    assert made("визи пресс служба г a b сотовый") == {"сот"}
    assert WordsIn([])("визит") == frozenset()


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_date_shapes_searched_only_where_their_words_and_digits_are_find_what_each_search_finds(seed_paths, lang):
    """`places._date_shapes` searches a shape of dates.tsv only in a sentence holding one of its needed words and,
    where every match holds a digit (`needs_digit`), a digit: in every seed and news sentence it finds what each
    shape's search finds."""
    known = knowledge(lang)
    assert any(known.date_digits) and not all(known.date_digits)
    assert needs_digit(re.compile(r"\b(?P<day>\d{1,2})\.")) and needs_digit(re.compile(r"(?:\d|\d\d)x"))
    assert not any(needs_digit(re.compile(p)) for p in (r"[\d.]+", r"(?:\d)?x", r"\D", r"(?:\d|a)", r"\d*"))
    found = 0
    for text in sentences(seed_paths, lang):
        reading = Reading(Document("d", "d.txt", "", text), Sentence(0, len(text), lang), 0, 0, known)
        shapes = [(pattern, [m.span() for m in matches]) for pattern, matches in _date_shapes(reading)]
        assert shapes == [(pattern, [m.span() for m in pattern.finditer(text)]) for pattern in known.dates]
        found += any(matches for _, matches in shapes)
    assert found > 10
