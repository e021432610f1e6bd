"""Russian person names in the nominative, decided once per document: every written form of a name in the article
weighs in, so `Ириной Яровой` (Ярова or Яровая?) follows `Ирину Яровую` (only Яровая), and a lone `Сагинтаева`
(genitive of Сагинтаев, or a woman) follows `Бакытжан Сагинтаев` in the same article.

Each word of a PER mention is read with pymorphy (natasha's `MorphVocab`) and its readings are put back in the
nominative keeping their gender (`Жан-Ноэлем` → `Жан-Ноэль`, `Каей` → `Кая`; the parts of `Франком-Вальтером`
each on its own). The words of one name share one case: the case their readings agree on best, natasha's tag
counting double, and the tagger's one oblique case for every word counting again (`Саули Ниинистё` after "с
президентом"); a word tagged in a case it has no reading in weighs for that case (`Антониу Кошта прибыл`: no
genitive of Кошт). A title in apposition right before the name agrees with it in case (Розенталь's rule of
приложение): its case, as the tagger reads the title's noun (`_title_cases`), limits the name's, and counts more
than the readings of its words ("принял премьер-министра Великобритании Кира Стармера" is no nominative Кира,
whatever pymorphy and the tagger say of the name's own words); a possessor in the genitive stays possible ("со
спецпосланником Трампа"). A woman who is a verb's subject in the parse (`_a_woman_subject`: "Кая Каллас прибыла")
is in the nominative, whatever her words read as. Names coordinated with "и" share one case (`_coordinated`):
where one reads as the nominative, the other's oblique case is theirs ("министров … Ермека Кошербаева и
Джейхуна Байрамова"). A word with no reading in the name's case is read by the case endings of
`models/ru/case_endings.tsv` (`Кира` in the genitive: Кир; `Джорджу` in the accusative: Джорджа, not Джордж), and
otherwise does not decline (`Аланом Винде`, `Тандо Матикой` → `Тандо Матика`); nor do the endings of
`models/ru/indeclinable_names.tsv` (`Кобахидзе`, and a foreign name in -и pymorphy does not know: `Такэси`), the
particles of `models/ru/name_particles.tsv` inside a name (`бен`, `Аль`, `фон`), and a word read only as the
other gender's first name (a man's `Тани` is no Таня). Readings pymorphy marks as names, surnames or patronymics
outweigh its guesses; a guess keeps the stem as written (`Мерца` is Мерц, not Мерец by analogy with конца); and a
surname takes the nominative that most of its forms in the document support. Initials stay as written, also glued
to a surname (`Ю.Бланаром` → `Ю.Бланар`). Measured on the sentence lists of tests/data/ru_person_names*.tsv
(`python -m pipeline.bench.person_names`).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice, takewhile

from .document import Document, Mention, Token
from .paths import MODELS_DIR
from .tables import read_tsv
from .wordforms import fold, nominative_of, russian_dictionary, shaped

UD_CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
NAME_TAGS = ("Name", "Surn", "Patr")
INITIAL = re.compile(r"^[^\W\d_]{1,2}\.")
GLUED_INITIALS = re.compile(r"^((?:[^\W\d_]{1,2}\.)+)([^\W\d_].*)$")  # "Ю.Бланаром", "С.В.Лавров"
OBLIQUE_CASES = ("gent", "datv", "accs", "ablt", "loct")
ANIMATE_SAME = {"accs": "gent", "gent": "accs"}  # cases a man's name has one form in
HINTED = 1.0  # what natasha's case tag on a word adds to that case for the whole name
CASE_AGREES = 2.0  # weight of a reading in the case natasha's tagger gave the token
NAME_READING = 4.0  # weight of a reading pymorphy marks as a name, surname or patronymic (not a guess)
ADJECTIVE_GUESS = 0.3  # weight of an adjective reading that is no surname (`Торбьёрном` is no `торбьёрный`)
TITLE_AGREES = 1.5  # what the case of a title in apposition adds to that case, per word of the name: more than
# readings in another case can outweigh ("министром … Бадром Абдель Аты": `Аты` as Ата's genitive, `Бадром` by
# name_endings.tsv in every oblique case), less than pymorphy's reading of a possessor in the genitive ("со
# спецпосланником Трампа")
ENDING_RULE = 0.5  # weight of a reading an ending rule gives (name_endings.tsv, case_endings.tsv), not pymorphy
MAX_CHANGE = 3  # letters a nominative may differ by at the end; more is another word, not a case form
VOWELS = "аеёиоуыэюя"
# a Russian-style surname in -а: a man's genitive or accusative, or a woman's nominative (`_object_before_a_mans_verb`)
MANS_OBLIQUE_OR_WOMAN = re.compile(r"\w\w(?:ов|ев|ёв|ин|ын)а$")
COORDINATION = re.compile(r"\s+и\s+")  # between two names of one case ("Ермека Кошербаева и Джейхуна Байрамова")
FLEETING_VOWELS = "еоё"  # the vowels Russian nouns drop in their oblique cases (конец → конца, угол → угла)
PHRASE_WORDS = ("NOUN", "PROPN", "ADJ", "DET", "NUM")  # the words of a prepositional phrase inside a title


@dataclass
class Reading:
    """One pymorphy reading of a word, put back in the nominative."""

    case: str
    nominative: str  # folded (ё = е: pymorphy restores ё the text may not write)
    weight: float
    gender: str  # masc | femn | neut | ms-f | ""
    first_name: bool  # a first name or patronymic: it tells the person's gender
    guess: bool = False  # an adjective reading of a word that is no surname (pymorphy's guess)


@dataclass
class Word:
    """A written word of a person's name with its readings."""

    written: str
    case_hint: str | None = None  # the case natasha's tagger gave the token
    readings: list[Reading] = field(default_factory=list)
    parts: list["Word"] = field(default_factory=list)  # a hyphenated name pymorphy does not know, part by part
    ending_gender: str = ""  # the gender an oblique ending of name_endings.tsv shows (`Джорджем`: a man)
    oblique: bool = False  # it has such an ending: the name it is part of is in no nominative
    initials: str = ""  # initials written glued before it ("Ю.Бланаром"): kept as written
    particle: bool = False  # a word of name_particles.tsv inside the name (`бен`, `фон`): written as is, no vote

    def in_case(self, case: str) -> list[Reading]:
        """The readings in one case."""
        return [r for r in self.readings if r.case == case]


@lru_cache(maxsize=None)
def _oblique_endings() -> tuple[tuple[re.Pattern, str, str], ...]:
    """models/ru/name_endings.tsv: endings no nominative name has (`Трангом`, `Адилбаевым`), what undoes them,
    and the gender they show."""
    return tuple((re.compile(row["regex"]), row["replacement"], row["gender"])
                 for row in read_tsv(MODELS_DIR / "ru" / "name_endings.tsv"))


@lru_cache(maxsize=1)
def _case_endings() -> dict[str, tuple[tuple[re.Pattern, str, str], ...]]:
    """models/ru/case_endings.tsv: per case, the endings of a name in it, what undoes them and the gender of the
    nominative they give (`Кира` in the genitive: Кир, a man)."""
    rows: dict[str, list] = defaultdict(list)
    for row in read_tsv(MODELS_DIR / "ru" / "case_endings.tsv"):
        rows[row["case"]].append((re.compile(row["regex"]), row["replacement"], row["gender"]))
    return {case: tuple(found) for case, found in rows.items()}


def name_particles() -> frozenset[str]:
    """Words inside a person's name that are no name of their own (`бен`, `фон`, `ди`), folded."""
    return _particles()


def person_particles() -> frozenset[str]:
    """The name particles only a person's name has (`бин`, `ибн`: son of), folded."""
    return _particles(person=True)


@lru_cache(maxsize=2)
def _particles(person: bool = False) -> frozenset[str]:
    """models/ru/name_particles.tsv: words inside a name that are no name and do not decline (`бен`, `фон`); with
    `person`, those marked as only a person's (son of, daughter of)."""
    return frozenset(fold(row["word"]) for row in read_tsv(MODELS_DIR / "ru" / "name_particles.tsv")
                     if not person or row["person"] == "yes")


@lru_cache(maxsize=1)
def _indeclinable_endings() -> tuple[re.Pattern, re.Pattern]:
    """models/ru/indeclinable_names.tsv: name endings that do not decline (`Чавушоглу`, `Кобахидзе`), joined, and
    those that do not decline in a word pymorphy's dictionary does not know (`Мелони`, not `Тани`)."""
    rows = read_tsv(MODELS_DIR / "ru" / "indeclinable_names.tsv")
    return tuple(re.compile("|".join(f"(?:{row['regex']})" for row in rows if row["words"] == words) or "(?!)")
                 for words in ("all", "unknown"))


def _indeclinable(written: str) -> bool:
    """Whether a written word of a name does not decline (models/ru/indeclinable_names.tsv)."""
    always, unknown = _indeclinable_endings()
    return bool(always.search(written) or (unknown.search(written)
                                           and not russian_dictionary().word_is_known(written.lower())))


def _close(word: str, nominative: str) -> bool:
    common = 0
    for a, b in zip(fold(word), nominative):
        if a != b:
            break
        common += 1
    return common >= max(len(word), len(nominative)) - MAX_CHANGE


def read_word(written: str, case_hint: str | None) -> Word:
    """A written word of a person's name with its weighted readings in the nominative."""
    glued = GLUED_INITIALS.match(written)
    if glued:  # the surname after glued initials declines as any other
        word = read_word(glued.group(2), case_hint)
        word.initials = glued.group(1)
        return word
    word = Word(written, case_hint)
    if INITIAL.match(written) or not any(ch.isalpha() for ch in written):
        return word
    if "-" in written.strip("-") and not russian_dictionary().word_is_known(written.lower()):
        word.parts = [read_word(part, case_hint) for part in written.split("-")]
        word.readings = word.parts[-1].readings  # the last part always declines (Касым-Жомарта)
        return word
    ending = next((row for row in _oblique_endings() if row[0].search(written)), None)
    for case, nominative, score, kind, gender, first_name in _nominatives(written):
        weight = score * (CASE_AGREES if case_hint == case else 1.0)
        weight *= kind
        if ending and (case == "nomn" or nominative == fold(written)):
            continue  # `Трангом` is no nominative, nor is `Тинем` the nominative of itself, whatever the guesser says
        word.readings.append(Reading(case, nominative, weight, gender, first_name, guess=kind == ADJECTIVE_GUESS))
    if ending:  # the rule reads the word in every oblique case pymorphy gave no reading in (`Торбьёрном`)
        pattern, replacement, word.ending_gender = ending
        word.oblique = True
        undone, known = fold(pattern.sub(replacement, written)), {r.case for r in word.readings}
        word.readings += [Reading(case, undone, ENDING_RULE, "", False) for case in OBLIQUE_CASES if case not in known]
    return word


@lru_cache(maxsize=50_000)
def _nominatives(written: str) -> tuple[tuple[str, str, float, float, str, bool], ...]:
    """pymorphy's singular noun and adjective readings of a written word that have a close nominative, as
    (case, folded nominative, score, weight of the kind of reading, gender, first name or patronymic), once per
    word and process: inflecting builds every form of the word's lexeme, most of the cost of the stage."""
    readings = []
    guessed = not russian_dictionary().word_is_known(written.lower())
    for parse in russian_dictionary()(written):
        tag = parse.tag
        if tag.case in (None, "voct") or tag.number == "plur" or tag.POS not in ("NOUN", "ADJF"):
            continue
        nominative = nominative_of(parse)
        nominative = fold(nominative) if nominative else None
        if nominative is None or not _close(written, nominative):
            continue
        if guessed:
            nominative = _without_fleeting_vowel(fold(written), nominative)
        name = any(t in tag for t in NAME_TAGS)
        readings.append((tag.case, nominative, parse.score,
                         NAME_READING if name else ADJECTIVE_GUESS if tag.POS == "ADJF" else 1.0, tag.gender or "",
                         ("Name" in tag or "Patr" in tag) and tag.gender in ("masc", "femn")))
    return tuple(readings)


def _without_fleeting_vowel(written: str, nominative: str) -> str:
    """A guessed nominative without the vowel pymorphy's guesser puts before its last consonant by analogy with
    Russian nouns (конца → конец, бойца → боец): a name its dictionary does not know is foreign and keeps its stem
    in every case (`Мерца` is Мерц and `Шольца` Шольц, not Мерец and Шолец), before a soft sign too (`Дэвэнем` is
    Дэвэнь, not Дэвэень, as пнём is of пень)."""
    soft = "ь" if nominative.endswith("ь") else ""
    core = nominative[:len(nominative) - len(soft)]
    if len(core) > 2 and core[-2] in FLEETING_VOWELS and core[-1] not in VOWELS:
        for between in ("", "ь", "й"):  # Мерца, Шольца, Бойца: what the stem has where the vowel was
            stem = core[:-2] + between + core[-1]
            if written.startswith(stem) and len(written) > len(stem):
                return stem + soft
    return nominative


def _case_hint(tokens: list[Token], start: int, end: int) -> str | None:
    for token in tokens:
        if token.start < end and start < token.end:
            return UD_CASES.get(token.feats.get("Case", ""))
    return None


def _words(doc: Document, mention: Mention, tokens: list[Token]) -> list[Word]:
    words, offset = [], mention.start
    written_words = mention.text.split()
    for n, written in enumerate(written_words):
        at = doc.text.index(written, offset)
        offset = at + len(written)
        if 0 < n < len(written_words) - 1 and fold(written) in _particles():
            words.append(Word(written, particle=True))  # "бен" in "Тамима бен Хамада"; a first "Бен" is a name
            continue
        words.append(read_word(written, _case_hint(tokens, at, offset)))
    return words


def _title_cases(before: list[Token]) -> tuple[str, ...]:
    """The oblique cases the title before a name puts it in, from natasha's tags of the sentence's tokens before
    the name (`before`, in text order); () where no title stands right before it, or a title in the nominative. A
    title in apposition agrees in case with the name ("принял премьер-министра Великобритании Кира Стармера": Кира
    Стармера is in the genitive-accusative, though pymorphy reads Кира as a woman's nominative and the tagger calls
    both words nominative). The title is the nearest singular animate common noun (`премьер-министра`,
    `коллегой`, `Председателем` written with a capital), over the words in the genitive that complete it
    (`Великобритании`, `иностранных дел Японии`, `Совета министров Италии`: a plural one too) and inanimate proper
    nouns (`КНР`). A title in the genitive may itself complete another: that one's case counts too, and a
    nominative one makes it no apposition to trust ("пресс-секретарь президента Дмитрий Песков"; the tagger reads
    a name after a nominative well). A prepositional phrase that ends the title, back to its preposition, is part of
    it ("Послом Японии в Казахстане", "при ООН", "Организации Договора о коллективной безопасности"); one no
    preposition opens, or before no title, leaves the name to its own words. A man's title in the accusative has
    his genitive's form, so either is given for it."""
    cases: list[str] = []
    phrase = False  # inside a prepositional phrase of the title, read from its end back to its preposition
    for token in reversed(before):
        feats = token.feats
        case = UD_CASES.get(feats.get("Case", ""))
        if phrase and token.pos == "ADP":
            phrase = False  # "в Казахстане", "при ООН", "о коллективной безопасности": the phrase is whole
        elif phrase and token.pos in PHRASE_WORDS and feats.get("Animacy") != "Anim":
            continue
        elif feats.get("Animacy") == "Anim" and (token.pos == "NOUN" or (token.pos == "PROPN" and _common_noun(token))):
            if phrase:
                break  # no preposition before the phrase: it is no part of a title
            if case == "gent" and feats.get("Number") == "Plur":
                continue  # "Председателем Совета министров Италии": people the title's body is of complete it
            if feats.get("Number") != "Sing" or case in (None, "nomn"):
                return ()  # "сказал журналистам Лавров", "Заместитель Серика Сапиева": no apposition to trust
            cases.append(case)
            if case in ANIMATE_SAME and feats.get("Gender") == "Masc":
                cases.append(ANIMATE_SAME[case])
            if case != "gent":
                break
        elif token.pos in PHRASE_WORDS and case is not None and case not in ("gent", "nomn") and not cases:
            phrase = True  # a posting or subject after the title's words ("Послом Японии в Казахстане")
        elif case != "gent" and not (token.pos == "PROPN" and feats.get("Animacy") != "Anim"):
            break
    return () if phrase else tuple(case for case in OBLIQUE_CASES if case in cases)


def _common_noun(token: Token) -> bool:
    """Whether a capitalised word the tagger calls a proper noun is a common noun by its lemma in pymorphy's
    dictionary, no name (`Председателем` in "с Председателем Совета министров Италии", a title written with a
    capital)."""
    parses = russian_dictionary()(token.lemma or token.text.lower())
    return bool(parses) and russian_dictionary().word_is_known(token.lemma or token.text.lower()) \
        and parses[0].tag.POS == "NOUN" and not any(tag in parses[0].tag for tag in NAME_TAGS + ("Geox", "Orgn"))


def _undo_case(word: Word, case: str) -> None:
    """Read a word in `case` by models/ru/case_endings.tsv where pymorphy has no reading of it in that case (nor, in
    the accusative, a man's genitive reading): `Кира` in the genitive is Кир, `Джорджу` in the accusative Джорджа.
    A word that does not decline (indeclinable_names.tsv), a particle or initials get none."""
    target = word.parts[-1] if word.parts else word  # a hyphenated name declines in its last part
    if (word.particle or not target.written or _indeclinable(target.written) or target.in_case(case)
            or (case in ANIMATE_SAME and any(r.gender == "masc" for r in target.in_case(ANIMATE_SAME[case])))):
        return
    for pattern, replacement, gender in _case_endings().get(case, ()):
        if pattern.search(target.written):
            target.readings.append(Reading(case, fold(pattern.sub(replacement, target.written)), ENDING_RULE, gender,
                                           False))
            return


def _mention_case(words: list[Word], title: tuple[str, ...] = ()) -> str | None:
    """The case of the whole name (its words agree): every word that can be in a case counts for it, with how
    sure its reading is and whether natasha's tagger gave it that case; a word with an oblique ending of
    name_endings.tsv rules the nominative out where the tagger puts a word of the name in an oblique case. (The
    tag alone misleads on foreign names, which it often calls nominative.) A title before the name (`title`, from
    `_title_cases`; the words then carry no tagger's case) limits it to the title's cases, which count TITLE_AGREES
    a word more, and the genitive (a name after a noun may be its possessor: "со спецпосланником Трампа"). Words
    that do not decline (indeclinable_names.tsv) and particles do not count."""
    score: dict[str, float] = defaultdict(float)
    # a word that does not decline tells no case, whatever pymorphy guesses ("Паолу Амадеи": no genitive of Амадея)
    words = [word for word in words if not word.particle and not _indeclinable(word.written)]
    oblique = any(word.oblique for word in words)
    for word in words:
        best: dict[str, float] = {}
        for r in word.readings:
            best[r.case] = max(best.get(r.case, 0.0), r.weight)
        for case, weight in best.items():
            score[case] += 1.0 + weight + (HINTED if case == word.case_hint else 0.0)
        if word.case_hint not in best and (word.case_hint in OBLIQUE_CASES
                                           or (word.case_hint and best and not oblique)):
            # the text puts it in a case it has no form for ("с Моди"; "Антониу Кошта прибыл", read only as
            # the genitive of Кошт): it does not decline there, nor its name. A nominative tag counts so only
            # where no word has an oblique ending: the tagger calls foreign names nominative ("Бадром")
            score[word.case_hint] += HINTED
    hints = {word.case_hint for word in words}
    if len(hints) == 1 and hints <= set(OBLIQUE_CASES):
        # the tagger puts every word in one oblique case ("с президентом Финляндии Саули Ниинистё": Ins): the
        # sentence, not a guess, says so; its error runs the other way (foreign names read as nominatives)
        score[next(iter(hints))] += HINTED * len(words)
    if oblique and any(word.case_hint in OBLIQUE_CASES for word in words):
        # "с Дин Сюэсяном": a surname that does not decline reads as a nominative; an oblique ending, in a name
        # the tagger too puts in an oblique case, says otherwise (not "Бахром Назаров", whose -ом is its own)
        score.pop("nomn", None)
    if title:
        for case in title:
            score[case] += TITLE_AGREES * len(words)
        return max((*title, "gent"), key=lambda case: score.get(case, 0.0))
    return max(score, key=score.get) if score else None


def _options(word: Word, case: str | None) -> dict[str, tuple[float, set[str], bool]]:
    """nominative → (weight, genders, is a first name) of the word's readings in the name's case; a man's
    accusative is his genitive (animate nouns), so a word with a reading in only one of the two is read in it
    ("коллегу Реджепа Тайипа Эрдогана": `Тайипа` has a genitive reading only)."""
    options: dict[str, tuple[float, set[str], bool]] = {}
    readings = word.in_case(case) if case else []
    if not readings and case in ANIMATE_SAME:
        readings = [r for r in word.in_case(ANIMATE_SAME[case]) if r.gender == "masc"]
    for r in readings:
        weight, genders, first = options.get(r.nominative, (0.0, set(), False))
        options[r.nominative] = (weight + r.weight, genders | {r.gender}, first or r.first_name)
    return options


def _nominative(word: Word, case: str | None, gender: str | None, support: dict[str, float]) -> str:
    if word.particle or _indeclinable(word.written):
        return word.written  # "Мевлют Чавушоглу" in any case
    if word.parts:
        # a first part read in the case only as an adjective does not decline: `Касым-Жомартом` is Касым-Жомарт,
        # not Касый-Жомарт (`Франком-Вальтером`, a noun's form, is Франк-Вальтер)
        return "-".join(part.written if n < len(word.parts) - 1 and case and part.in_case(case)
                        and all(r.guess for r in part.in_case(case)) else _nominative(part, case, gender, {})
                        for n, part in enumerate(word.parts))
    options = _options(word, case)
    if not options:
        return word.written  # no reading in the name's case: it does not decline (Винде, Эрве, Тандо)

    def agrees(nominative: str) -> bool:
        return gender is None or bool(options[nominative][1] & {gender, "", "ms-f"})

    if (not any(map(agrees, options)) and all(first for _, _, first in options.values())
            and russian_dictionary().word_is_known(word.written.lower())):
        # its dictionary knows it only as the other gender's first name: a name of its own that does not decline
        # (`Тани` of a man, "Тамима бен Хамада Аль Тани", is no genitive of Таня). A guess's first-name tag is
        # only an analogy: a man's `Гахарией` declines as Мария does
        return word.written

    def rank(nominative: str) -> tuple:
        weight, genders, _ = options[nominative]
        # a person's name is no neuter noun (`Фейсала` is no genitive of `фейсало`)
        return agrees(nominative), genders != {"neut"}, support.get(nominative, 0.0), weight

    return shaped(_with_yo(max(options, key=rank), word.written), word.written)


def _with_yo(nominative: str, written: str) -> str:
    """Put back the ё the text writes (candidates are compared with ё = е): `Мирзиёева` → `мирзиёев`."""
    return "".join("ё" if ch == "е" and i < len(written) and written[i] in "ёЁ" else ch
                   for i, ch in enumerate(nominative))


def _genders(word: Word, case: str | None, chosen: str) -> set[str]:
    """The masculine/feminine genders of the chosen nominative's readings in the name's case."""
    return {r.gender for r in word.in_case(case) if r.nominative == fold(chosen)} & {"masc", "femn"} if case else set()


def _gender(words: list[Word], case: str | None) -> str | None:
    """The gender of the best first-name or patronymic reading among the words before the surname."""
    for word in words[:-1]:
        if word.particle:
            continue
        options = _options(word, case)
        if options:
            best = max(options, key=lambda n: options[n][0])
            weight, genders, first = options[best]
            if first and len(genders - {""}) == 1:
                return next(iter(genders - {""}))
    return None


def _as_surname(word: Word) -> None:
    """Drop the readings no surname has: a feminine noun in -ь (`Моди` read as the genitive of `модь`): a woman's
    surname in -ь does not decline, a man's (`Гоголь`) is masculine."""
    word.readings = [r for r in word.readings if not (r.gender == "femn" and r.nominative.endswith("ь"))]


def _a_woman_subject(doc: Document, tokens: list[Token]) -> bool:
    """Whether the parse makes the name (its `tokens`) a woman who is a verb's subject: the name, or the title it
    stands in apposition to, is the subject (`nsubj`) of a verb in the feminine, which only a past tense or a short
    form has ("Кая Каллас встретилась", "Премьер-министр Италии Джорджа Мелони прибыла"). A subject is in the
    nominative, whatever pymorphy reads its words as (`Кая`, `Паола`, `Джорджа`: genitives of Кай, Паол, Джордж,
    which a feminine verb's subject cannot be); a woman's verb after a man's title is hers."""
    inside = {id(token) for token in tokens}
    root = next((token for token in tokens if token.head < 0 or id(doc.tokens[token.head]) not in inside), None)
    if root is None or root.head < 0:
        return False
    subject = root
    if root.rel in ("appos", "flat:name"):
        subject = doc.tokens[root.head]
        # the title right before the name, over its words in the genitive ("Посол Италии Паола Амадеи"); an
        # apposition across the clause is the parser's slip ("представитель … была принята президентом … Садыром")
        between = takewhile(lambda token: token is not root, islice(doc.tokens, root.head + 1, None))
        if subject.head < 0 or subject.start > root.start or any(
                token.feats.get("Case") != "Gen" for token in between):
            return False
        if subject.feats.get("Animacy") == "Inan":
            # a name is in apposition to a title or a person, never to a thing: the parse's "Состоялась встреча
            # Премьер-министра Олжаса Бектенова" makes the name the event's, whose verb is feminine for it
            return False
    if not subject.rel.startswith("nsubj"):
        return False
    verb = doc.tokens[subject.head]
    return verb.feats.get("Gender") == "Fem" and verb.pos in ("VERB", "AUX", "ADJ")


def _object_before_a_mans_verb(doc: Document, tokens: list[Token]) -> bool:
    """Whether the name is a Russian-style surname in -ова/-ева/-ина (`MANS_OBLIQUE_OR_WOMAN`: a man's genitive or
    accusative, or a woman's nominative) right before a verb in the masculine singular ("Мирзиёева принял Путин",
    "Бектенова принял президент Турции …"): no woman is a man's verb's subject, so it is the man received, the
    object in the accusative, whatever the tagger or the parse (which reads it as the subject) says."""
    if not tokens or not MANS_OBLIQUE_OR_WOMAN.search(tokens[-1].text):
        return False
    at = bisect_left(doc.tokens, tokens[-1].end, key=lambda token: token.start)  # the word after it
    verb = doc.tokens[at] if at < len(doc.tokens) else None
    return bool(verb and verb.pos in ("VERB", "AUX") and verb.feats.get("Gender") == "Masc"
                and verb.feats.get("Number") == "Sing")


def _coordinated(doc: Document, read: list[tuple]) -> list[list[int]]:
    """For each name of `read` (`russian_person_names`), the indices of the names coordinated with it, itself
    included: a name written right after another with only "и" between them (`COORDINATION`), neither with a case
    the parse decides (a woman subject, a man's verb's object). The text, not the parse, says so: the parse often
    hangs the second name on a state before the first ("министров … Казахстана и Азербайджана Ермека Кошербаева и
    Эльнура Мамедова")."""
    groups = [[k] for k in range(len(read))]
    for k in range(1, len(read)):
        first, first_case, second, case = read[k - 1][0], read[k - 1][4], read[k][0], read[k][4]
        if first_case is None and case is None and COORDINATION.fullmatch(doc.text[first.end:second.start]):
            groups[k - 1].append(k)
            groups[k] = groups[k - 1]
    return groups


def russian_person_names(doc: Document, mentions: list[Mention], tokens_in) -> None:
    """Set `normal` on the PER mentions (of one language) of a document; `tokens_in(doc, start, end)` gives the
    analysed tokens of a span."""
    read = []  # (mention, its tokens, words, title's cases, the case the parse decides or None)
    for mention in mentions:
        if mention.label != "PER":
            continue
        sentence = doc.sentence_of(mention.start)
        title = _title_cases(tokens_in(doc, sentence.start, mention.start)) if sentence else ()
        # a title's case is the sentence's own; the tagger's case of the name's words, often wrong on foreign
        # names ("Каю Каллас" read as a genitive after "представителя"), is then not read
        tokens = tokens_in(doc, mention.start, mention.end)
        words = _words(doc, mention, [] if title else tokens)
        if len(words) > 1:
            _as_surname(words[-1])
        for word in words:
            for title_case in title:
                _undo_case(word, title_case)
        woman = _a_woman_subject(doc, tokens)
        read.append((mention, tokens, words, title, "nomn" if woman else "accs" if _object_before_a_mans_verb(
            doc, tokens) else None, woman))
    own = [case or _mention_case(words, title) for _, _, words, title, case, _ in read]
    groups = _coordinated(doc, read)
    people = []
    for k, (mention, tokens, words, title, case, woman) in enumerate(read):
        case = own[k]
        oblique = {own[j] for j in groups[k]} & set(OBLIQUE_CASES)
        if len(oblique) == 1 and {own[j] for j in groups[k]} <= oblique | {"nomn", None}:
            # names coordinated ("Ермека Кошербаева и Джейхуна Байрамова") are in one case; where their words read
            # as the nominative in one, the other's oblique case is theirs: the tagger's error, on names it does not
            # know, runs that way
            case = next(iter(oblique))
        for word in words if case in OBLIQUE_CASES else ():
            _undo_case(word, case)  # "с Джорджей Мелони": the tagger's case, no title's
        people.append((mention, words, case, "femn" if woman else _gender(words, case)))
    support: dict[str, float] = defaultdict(float)  # a surname's nominative, over its forms in the document
    for _, words, case, gender in people:
        options = _options(words[-1], case) if words else {}
        total = sum(weight for weight, _, _ in options.values())
        for nominative, (weight, genders, _) in options.items():
            if gender is None or genders & {gender, "", "ms-f"}:
                support[nominative] += weight / total
    for mention, words, case, gender in people:
        parts = [word.initials + _nominative(word, case, gender, support if n == len(words) - 1 else {})
                 for n, word in enumerate(words)]
        surname = words[-1].ending_gender if words else ""
        for n, word in enumerate(words[:-1]):
            # a first name read as a woman's beside a surname whose ending shows a man is a foreign name that
            # does not decline (`Биной Джорджем` is Binoy George, not Бина; `Эндой Кенни` is Энда: the ending
            # of Кенни shows nothing, and men's names in -а decline so)
            if surname and _genders(word, case, parts[n]) == {"femn" if surname == "masc" else "masc"}:
                parts[n] = word.initials + word.written
        if parts:
            mention.normal = " ".join(parts)
