"""Case restored in text written in one case (ALL CAPITALS or all lowercase), for the models to read.

The NER models read capitals as names: an article, headline or sentence in one case gives them nothing to go on.
`truecase` hands back a copy of such text in standard capitalisation (lowercase, with sentence starts, names and
abbreviations capitalised); text in normal case comes back untouched, the same string. Lowercasing and
capitalising Cyrillic letters keeps the length, so offsets into the copy are offsets into the original; a stretch
whose case change would change its length is left as written.
"""
from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
import yaml

from .paths import MODELS_DIR
from .tables import read_tsv
from .wordforms import fold, russian_dictionary

# A stretch (up to a sentence end or a line end) is in capitals when it has at least MIN_LETTERS cased letters
# and at least CAPS_SHARE of them are capitals (a few lowercase letters pass: `iPhone`, `кв.`): a caps headline
# over a normal article is found on its own. Eight letters: a dateline or an abbreviation alone (`МИД РК:`) is
# none.
MIN_LETTERS = 8
CAPS_SHARE = 0.9
# A whole text is in lowercase when at most LOWER_SHARE of its cased letters (at least MIN_LETTERS) are capitals:
# in normal news 2.3 % of letters or more are (every article of the news set and the seeds), while a lowercase
# article may keep an abbreviation in capitals; a lowercase paragraph or a sentence started in lowercase inside a
# normal article (`— говорится в сообщении.`) is no lowercase article.
LOWER_SHARE = 0.01

SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n")
WORD = re.compile(r"[^\W\d_]+")
# Addresses and domains keep their case: `https://…`, `mediabugin@gmail.com`, `БФМ.РУ` (two letters or more
# on each side of the dot: an initial, `Н.ГЕРМАН`, is restored).
INITIAL = re.compile(r"\. ?[^\W\d_]{2}")
ADDRESS = re.compile(r"\S*(?:://|@|www\.|[^\W\d_]{2}\.[^\W\d_]{2})\S*")

# pymorphy's (OpenCorpora's) tags of proper names: given names, surnames, patronymics, places, organisations.
NAME_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn"})
PERSON_TAGS = frozenset({"Name", "Surn", "Patr"})
# The alphabet of pymorphy's dictionary (OpenCorpora): a word in other letters (Kazakh `ә ғ қ ң ө ұ ү һ і`) is one
# it cannot know, so being unknown to it says nothing.
RUSSIAN_LETTERS = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
# The shortest word that is capitalised for being unknown to every word list (shorter ones are particles and
# interjections the lists miss).
MIN_UNKNOWN = 4


def truecase(text: str, lang: str = "") -> str:
    """`text` (str: an article, or any part of one, lines for paragraphs) with case restored where it is written
    in one case; a str of the same length, `text` itself when nothing is in one case.

    In one case are: every stretch up to a sentence end (`.`, `!`, `?`, `…` and space) or line end written in
    capitals (MIN_LETTERS, CAPS_SHARE), and all of a text written in lowercase (LOWER_SHARE; there, words that
    have a capital keep it). Such a stretch is lowercased (addresses and domains kept as written), then its words
    are given capitals where the project's knowledge says they are names:
    1. abbreviations (`МИД`, `ОДКБ`, `БҰҰ`): words written in capitals in the gazetteers (models/igos.tsv,
       models/countries.tsv, models/kk/gazetteer.tsv, models/places.tsv, models/entities.yaml) or mostly in
       KazNERD (models/kk/cased_words.txt), and words pymorphy's dictionary (OpenCorpora, natasha's MorphVocab)
       tags `Abbr`;
    2. names: a word whose most likely pymorphy reading is tagged Name/Surn/Patr/Geox/Orgn (`анкаре` → `Анкаре`);
       a word, or its Kazakh stem (pipeline/kazakh_nominative.py: `анкарада` → `анкара`), that the same
       gazetteers, pycountry's Russian and Kazakh country names, the names of people in models/kk/gazetteer.tsv
       or KazNERD's Kazakh news (models/kk/cased_words.txt: `Президенті`, `Режеп`) write with a capital;
    3. a word of MIN_UNKNOWN letters or more in Russian letters (RUSSIAN_LETTERS) that no word list knows,
       neither pymorphy's dictionary nor the Kazakh word forms of KazNERD (models/language/kk_words.txt), nor by
       its Kazakh stem: in news, most such words are foreign and rare names (`нуртлеу`, `фиданом`);
    4. a one-letter word before a dot and a word is an initial (`қ.тоқаев` → `Қ.Тоқаев`); next to a person's
       name (rules 2-3, with spaces between): a word in Kazakh letters no list knows, or a
       noun of the dictionary that is no title of the language (models/events/roles.tsv) and no Kazakh word form
       (`мұрат нұртілеу`, `хаканом фиданом`, `касым-жомарт токаев`; see `_name_part`);
    and every stretch starts with a capital. `lang` (ru, kk) chooses the titles of rule 4; the other rules hold
    for both languages (a Kazakh word is unknown to pymorphy, a Russian one has no Kazakh stem the gazetteers
    know)."""
    upper, cased = _running_counts(text)
    lowercase = cased[-1] >= MIN_LETTERS and upper[-1] <= LOWER_SHARE * cased[-1]
    if not lowercase and upper[-1] < CAPS_SHARE * MIN_LETTERS:
        return text
    pieces, last = [], 0
    for match in SENTENCE_END.finditer(text):
        pieces.append((last, match.end()))
        last = match.end()
    pieces.append((last, len(text)))
    out, capitals = [], False
    for start, end in pieces:
        capitals_now, letters = upper[end] - upper[start], cased[end] - cased[start]
        # a short stretch in capitals after one goes with it: `… ПРИБЫЛ В Г. АСТАНУ.` is cut after `Г.`
        capitals = _in_capitals(capitals_now, letters) or (capitals and 0 < letters == capitals_now)
        out.append(_restored(text[start:end], lang, lowercase) if lowercase or capitals else text[start:end])
    return "".join(out)


def _running_counts(text: str) -> tuple:
    """(capitals, cased letters) in text[:i] for each i, 0 to len(text): numpy over the UTF-32 code points of the
    text and its lower- and upper-cased copies, five times faster than counting in Python (`make bench-truecase`:
    the cost of a normally cased article); counted one by one where a case change alters the length (`ß`, `İ`)."""
    lower, higher = text.lower(), text.upper()
    if len(lower) == len(text) == len(higher):
        points = [np.frombuffer(each.encode("utf-32-le"), dtype=np.uint32) for each in (text, lower, higher)]
        is_upper, is_cased = points[0] != points[1], points[1] != points[2]
    else:
        is_upper = np.array([ch.isupper() for ch in text], dtype=bool)
        is_cased = np.array([ch.lower() != ch.upper() for ch in text], dtype=bool)
    zero = np.zeros(1, dtype=np.int64)
    return np.concatenate((zero, np.cumsum(is_upper))), np.concatenate((zero, np.cumsum(is_cased)))


def _in_capitals(upper: int, cased: int) -> bool:
    return cased >= MIN_LETTERS and upper >= CAPS_SHARE * cased


def _restored(stretch: str, lang: str, lowercase: bool) -> str:
    lowered = stretch.lower()
    if len(lowered) != len(stretch):
        return stretch
    kept = [match.span() for match in ADDRESS.finditer(stretch)]
    words, spans, forms, person, unknown = [], [], [], [], []
    for match in WORD.finditer(lowered):
        start, end = match.span()
        if any(a <= start < b for a, b in kept) or (lowercase and not stretch[start:end].islower()):
            continue  # as written
        form, is_person, is_unknown = _cased(match.group())
        if len(form) == 1 and INITIAL.match(lowered, end):
            form, is_person = form.upper(), True  # an initial: `Қ.Тоқаев`, `Н. Назарбаев`
        if form == match.group().capitalize() != match.group() and fold(form) not in _known().names \
                and _common_compound(lowered, end):
            form, is_person = match.group(), False  # `торгово-экономической`: no name's first part
        words.append(match.group())
        spans.append(match.span())
        forms.append(form)
        person.append(is_person)
        unknown.append(is_unknown)
    for i, word in enumerate(words):
        if forms[i] != word:
            continue
        after = i > 0 and person[i - 1] and not lowered[spans[i - 1][1]:spans[i][0]].strip(" -")
        before = i + 1 < len(words) and person[i + 1] and not lowered[spans[i][1]:spans[i + 1][0]].strip(" -")
        if (after or before) and (unknown[i] or _name_part(word, words[i + 1] if before else None, lang)):
            forms[i] = word.capitalize()
            person[i] = True
    out = list(stretch)
    for (start, end), form in zip(spans, forms):
        out[start:end] = form
    first = next((i for i, ch in enumerate(out) if ch.isalnum()), None)  # `5 мая …` starts with no capital
    if first is not None and out[first].isalpha() and not any(a <= first < b for a, b in kept):
        out[first] = out[first].upper() if len(out[first].upper()) == 1 else out[first]
    return "".join(out)


def _common_compound(text: str, end: int) -> bool:
    """Whether the word ending at `end` is the first part of a hyphenated compound that pymorphy reads as no
    name (`торгово-экономической`, `российско-казахстанских`; but `Касым-Жомарт`, `Нью-Йорк`)."""
    following = WORD.match(text, end + 1) if text[end:end + 1] == "-" else None
    if following is None:
        return False
    start = text.rfind(" ", 0, end) + 1
    return not NAME_TAGS & russian_dictionary().parse(text[start:following.end()])[0].tag.grammemes


def _name_part(word: str, surname: str | None, lang: str) -> bool:
    """Rule 4 of `truecase` for a word of the dictionary: a noun next to a person's name, that is no title of
    the language (models/events/roles.tsv), is part of the name: a given name before it (`хаканом фиданом`:
    `хакан` is also a khagan), agreeing in case or in the nominative (Kazakh inflects the last word only), or a
    surname after a given name (`касым-жомарт токаев`: `токаев` is also a genitive of `токай`). Not a Kazakh
    word form of KazNERD's (`мен` 'and', `бас` 'chief' are nouns to pymorphy)."""
    morph = russian_dictionary()
    if not morph.word_is_known(word) or fold(word) in _known().words:
        return False
    if any(title.fullmatch(word) for title in _titles(lang)):
        return False
    reading = morph.parse(word)[0].tag
    if reading.POS != "NOUN":
        return False
    if surname is None:
        return True
    return reading.animacy == "anim" and reading.case in ("nomn", morph.parse(surname)[0].tag.case)


@lru_cache(maxsize=None)
def _titles(lang: str) -> tuple[re.Pattern, ...]:
    from .event.knowledge import knowledge

    return knowledge(lang).titles


@lru_cache(maxsize=65536)
def _cased(word: str) -> tuple[str, bool, bool]:
    """A lowercase word as it is written in standard capitalisation (rules 1-3 of `truecase`); whether it was
    capitalised as a person's name (a given name, surname or patronymic, or an unknown Russian-lettered word);
    whether it is a word in letters pymorphy cannot read that no list knows (rule 4)."""
    known, key = _known(), fold(word)
    if key in known.abbreviations:
        return word.upper(), False, False
    morph = russian_dictionary()
    in_dictionary = morph.word_is_known(word)
    tags = morph.parse(word)[0].tag
    if in_dictionary and "Abbr" in tags:
        return word.upper(), False, False
    stems = tuple(fold(stem) for stem in _kazakh_stems(word))
    named = any(stem in known.names for stem in (key, *stems))
    if in_dictionary and NAME_TAGS & tags.grammemes:
        # a Kazakh word that pymorphy reads as a rare Russian name (`болды`, `алды`, `пен`) is the Kazakh word: a
        # short one, or one with the stem of another Kazakh word (names the Kazakh list has too, `сергей`, stay)
        kazakh = key in known.words and (len(key) < MIN_UNKNOWN or any(stem in known.words for stem in stems))
        named = named or not kazakh
    elif in_dictionary:
        named = False  # the dictionary's common word: `того` is a pronoun before it is Togo
    if named:
        return word.capitalize(), bool(in_dictionary and PERSON_TAGS & tags.grammemes or key in known.people), False
    if in_dictionary or len(word) < MIN_UNKNOWN or any(stem in known.words for stem in (key, *stems)):
        return word, False, False
    if not set(word) <= RUSSIAN_LETTERS:  # a Kazakh word the short Kazakh list lacks, as often as a name
        return word, False, True
    return word.capitalize(), True, False


def _kazakh_stems(word: str) -> tuple[str, ...]:
    from .kazakh_nominative import nominative

    stem = nominative(word.capitalize()).lower()
    return (stem,) if stem != word and stem else ()


class _Known:
    """What the data writes with capitals, as folded forms: `abbreviations`, `names` (one-word names, the words
    of people's names, KazNERD's capitalised forms), `people` (the words of people's names); and `words`, the
    Kazakh word forms of models/language/kk_words.txt."""

    def __init__(self):
        from .countries import everyday_names

        written = [row["name"] for row in read_tsv(MODELS_DIR / "igos.tsv")]
        written += [row["name"] for row in read_tsv(MODELS_DIR / "countries.tsv")]
        kazakh = read_tsv(MODELS_DIR / "kk" / "gazetteer.tsv")
        written += [row["name"] for row in kazakh]
        # every word of a person's name is a name (`Қасым-Жомарт Тоқаев`); of a place's or body's, the name alone
        people = [word for row in kazakh if row["label"] == "PER" for word in WORD.findall(row["name"])]
        written += [row["name"] for row in read_tsv(MODELS_DIR / "places.tsv")]
        written += [name for lang in ("ru", "kk") for name in everyday_names(lang).values()]
        entities = yaml.safe_load((MODELS_DIR / "entities.yaml").read_text(encoding="utf-8"))
        written += [form for section in entities.values() for entry in section.get("gazetteer", [])
                    for form in entry["forms"]]
        self.abbreviations, self.names = set(), set()
        for name in written:
            words = WORD.findall(name)
            for word in words:
                if len(word) >= 2 and word.isupper():
                    self.abbreviations.add(fold(word))
            if len(name.split()) == 1:  # a one-word name, hyphens and all (`Нью-Йорк`): its parts are names
                self.names.update(fold(word) for word in words if word[:1].isupper() and not word.isupper())
        # forms KazNERD writes with capitals where no sentence starts (pipeline/bench/truecase_words.py)
        for line in (MODELS_DIR / "kk" / "cased_words.txt").read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                (self.abbreviations if line.isupper() else self.names).add(fold(line))
        self.people = frozenset(fold(word) for word in people if word[:1].isupper() and not word.isupper())
        self.names.update(self.people)
        path = MODELS_DIR / "language" / "kk_words.txt"
        self.words = frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines())


@lru_cache(maxsize=1)
def _known() -> _Known:
    return _Known()
