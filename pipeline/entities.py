"""Stage 4, entities: put each mention in its sentence, apply the corrections kept as data in
`models/entities.yaml` (gazetteer relabels and splits for what the NER models get wrong on these texts), and
give every mention a nominative `normal` (the language's normaliser where the backend left none)."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import takewhile
from pathlib import Path

import yaml

from .document import Document, Mention, Token
from .countries import country_code, igo_names
from .full_names import full_name
from .person_names import name_particles, person_particles
from .geocode import capital_id, geocode, is_building
from .paths import MODELS_DIR
from .registry import Registry
from .tables import known_names, read_tsv
from .wordforms import fold, russian_dictionary, shaped

REQUIRES = ("sentences", "mentions")
PROVIDES = ("mentions.normal", "mentions.full_name", "mentions.sentence")
MAX_GIVEN_NAMES = 2  # given names a state's long name may run on into ("Реджепом Тайипом")

# A normaliser takes (mention text, label) and returns its nominative form.
normalizers = Registry("normaliser")
# A person-name normaliser takes (document, its mentions of one language) and sets the PER mentions' normals,
# deciding once per document (models/pipeline.yaml `person_names`).
person_name_normalizers = Registry("person-name normaliser")


@normalizers.register("kazakh_nominative")
def _kazakh(text: str, label: str) -> str:
    from .kazakh_nominative import nominative

    return nominative(text, label)


@person_name_normalizers.register("russian_person_names")
def _russian_person_names(doc: Document, mentions: list[Mention]) -> None:
    from .person_names import russian_person_names

    russian_person_names(doc, mentions, _tokens_in)


@dataclass(frozen=True)
class GazetteerEntry:
    forms: frozenset[str]
    label: str
    normal: str
    context: re.Pattern | None  # must match the sentence text before the mention


@dataclass(frozen=True)
class Corrections:
    """One language's corrections from `models/entities.yaml`."""

    gazetteer: tuple[GazetteerEntry, ...] = ()
    leading_titles: frozenset[str] = frozenset()  # lemmas
    pronouns: frozenset[str] = frozenset()  # lemmas of the first person's pronouns: no given name (`given_names`)
    trailing_titles: tuple[str, ...] = ()  # word beginnings (Kazakh titles follow the body: `БҰҰ Бас хатшысы`)
    honorifics: tuple[str, ...] = ()  # word beginnings written after a person's name (`Си мырза`)
    body_words: tuple[str, ...] = ()  # word beginnings opening a body's name, never ending a person's (`Федерал`)
    patronymic_particles: tuple[str, ...] = ()  # words after a name that are part of it (`Тургунбек уулу`)
    institution_nouns: frozenset[str] = frozenset()  # lemmas
    propagate_labels: frozenset[str] = frozenset()
    propagate_surnames: str | None = None  # the case endings after which a full name's surname is found alone
    not_alone: frozenset[str] = frozenset()  # parts of speech that are no name on their own
    common_words: frozenset[str] = frozenset()  # folded common nouns that are no name on their own (entities.yaml)
    known_names: dict[str, str] = field(default_factory=dict)  # nominative → label
    known_people: frozenset[str] = frozenset()  # the known names labelled PER
    outlets: frozenset[str] = frozenset()  # the known names that are news outlets (`known_outlets`), folded
    find_known: frozenset[str] = frozenset()  # labels of known names added where the model found nothing
    given_names: bool = False  # capitalised words right before a person are its given names the model left out
    people_after_titles: bool = False  # a title and a name the model labelled as one non-name are the two
    # title words in the form they take before their one holder's name (`елшісі`, `Королі`), folded
    holder_titles: frozenset[str] = frozenset()
    ruler_titles: frozenset[str] = frozenset()  # those of rulers and princes (`Королі`, `Сұлтаны`), folded
    genitive_endings: tuple[str, ...] = ()  # a lowercase word so ending is the noun what precedes it describes
    trim_abbreviation_suffix: bool = False  # `БҰҰ-ның` → `БҰҰ`
    split_at_dash: bool = False  # a spaced dash joins no name (`Kazinform – Қасым-Жомарт Тоқаев`)
    patronymic: re.Pattern | None = None  # a patronymic in any case (`Николаевичем`)
    # how a patronymic ends in a nominative: a given name and one alone name the article's person (`Нұрсұлтан Әбішұлы`)
    given_and_patronymic: re.Pattern | None = None
    title_labels: frozenset[str] = frozenset()  # labels a model gives titles (KazNERD's LAW): POSITION if a title ends it
    place_endings: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (case ending, nominative endings) of places
    locative_endings: tuple[str, ...] = ()  # endings of the locative, a case no person takes (`Габалада`)
    # endings of the locative made an adjective (`Мәскеудегі`): a place describing the noun after it, no name
    attributive_endings: tuple[str, ...] = ()
    place_prepositions: re.Pattern | None = None  # what ends the text before a place ("в "), entities.yaml
    noun_locative_endings: tuple[str, ...] = ()  # a noun's locative endings after `place_prepositions`
    venue_prepositions: re.Pattern | None = None  # "в резиденции ": a building's name follows, as written
    lemma_labels: frozenset[str] = frozenset()  # labels whose words left as written take their lemma
    inflected_endings: tuple[str, ...] = ()  # endings of a word left as written that take its lemma
    # a surname the model ran into the next name ends a person (`Тоқаев Ердоғанмен`): how a surname ends, or None
    run_on_surname: re.Pattern | None = None
    # letters a case ending may add to the last word of an organisation's name found in the text (models/igos.tsv);
    # 0: none is looked for
    organisation_endings: int = 0
    # the last syllable of a syllable-written name with a case ending (`Вуды`), and the longest word such a name has
    syllable_name: re.Pattern | None = None
    syllable_letters: int = 0
    meeting_words: re.Pattern | None = None  # a meeting word after an organisation's ordinal ("VIII саммитіне")
    facility_after: re.Pattern | None = None  # after a person's name, makes it a facility's ("… әуежайы")
    facility_before: re.Pattern | None = None  # before a person's name, makes it a facility's ("имени …")
    building_after: re.Pattern | None = None  # after a person's last word, makes that word a building's name
    time_words: re.Pattern | None = None  # a word telling when, no part of a name it starts ("Сәрсенбіде")
    # the conjunctions joining two names of one kind (`Тоқаев пен Петер Пеллегрини`), entities.yaml
    person_conjunctions: re.Pattern | None = None
    body_head_endings: tuple[str, ...] = ()  # how a body's head noun ends (the possessive: "Банкі"), entities.yaml
    # a body's head noun: its stem alone ("кеңес"), and in any form ("министрлігінің"), entities.yaml
    body_heads: re.Pattern | None = None
    # a name in quotation marks followed by the kind of body it names ("«Алтын Дала» ЖШС"), entities.yaml
    quoted_bodies: re.Pattern | None = None
    body_head_forms: re.Pattern | None = None


# a language entities.yaml has no corrections for (`_rules`). One instance: a default built in the call was built at
# every call, for every mention read, whatever the language (a frozen dataclass of 33 fields, about 10 µs: a tenth
# of the entities stage's CPU on Russian texts, `make bench-speed`)
NO_CORRECTIONS = Corrections()


def _rules(corrections: dict[str, Corrections], lang: str) -> Corrections:
    """The corrections of a language ({lang: Corrections}, as `load_corrections` gives), none where it has none."""
    return corrections.get(lang, NO_CORRECTIONS)


@lru_cache(maxsize=None)
def load_corrections(path: Path = MODELS_DIR / "entities.yaml") -> dict[str, Corrections]:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    by_lang = {}
    for lang, section in data.items():
        names = _read_known_names(section.get("known_names"))
        outlets = _read_outlets(section.get("known_outlets"), names)
        names.update(outlets)
        by_lang[lang] = Corrections(
            gazetteer=tuple(
                GazetteerEntry(frozenset(fold(f) for f in entry["forms"]), entry["label"], entry["normal"],
                               re.compile(entry["context"], re.IGNORECASE) if entry.get("context") else None)
                for entry in section.get("gazetteer", [])),
            leading_titles=frozenset(fold(w) for w in section.get("leading_titles", [])),
            pronouns=frozenset(fold(w) for w in section.get("pronouns", [])),
            trailing_titles=tuple(fold(w) for w in section.get("trailing_titles", [])),
            honorifics=tuple(fold(w) for w in section.get("honorifics", [])),
            body_words=tuple(fold(w) for w in section.get("body_words", [])),
            patronymic_particles=tuple(section.get("patronymic_particles", [])),
            institution_nouns=frozenset(fold(w) for w in section.get("institution_nouns", [])),
            propagate_labels=frozenset(section.get("propagate_labels", [])),
            propagate_surnames=section.get("propagate_surnames"),
            not_alone=frozenset(section.get("not_alone", [])),
            common_words=frozenset(fold(w) for w in section.get("common_words", [])),
            known_names=names,
            known_people=frozenset(name for name, label in names.items() if label == "PER"),
            outlets=frozenset(outlets),
            find_known=frozenset(section.get("find_known", [])),
            given_names=bool(section.get("given_names", False)),
            people_after_titles=bool(section.get("people_after_titles", False)),
            holder_titles=frozenset(fold(word) + ending for word in section.get("trailing_titles", [])
                                    + section.get("ruler_titles", [])
                                    for ending in section.get("title_holder_endings", [])),
            ruler_titles=frozenset(fold(word) + ending for word in section.get("ruler_titles", [])
                                   for ending in section.get("title_holder_endings", [])),
            genitive_endings=tuple(section.get("genitive_endings", [])),
            trim_abbreviation_suffix=bool(section.get("trim_abbreviation_suffix", False)),
            split_at_dash=bool(section.get("split_at_dash", False)),
            patronymic=re.compile(section["patronymic"]) if section.get("patronymic") else None,
            given_and_patronymic=re.compile(section["given_and_patronymic"])
            if section.get("given_and_patronymic") else None,
            title_labels=frozenset(section.get("title_labels", [])),
            locative_endings=tuple(section.get("locative_endings") or ()),
            attributive_endings=tuple(section.get("attributive_endings") or ()),
            place_prepositions=re.compile(section["place_prepositions"]) if section.get("place_prepositions") else None,
            noun_locative_endings=tuple(section.get("noun_locative_endings") or ()),
            venue_prepositions=re.compile(section["venue_prepositions"]) if section.get("venue_prepositions") else None,
            place_endings=tuple(sorted(((ending, tuple(nominatives)) for ending, nominatives
                                        in (section.get("place_endings") or {}).items()), key=lambda e: -len(e[0]))),
            lemma_labels=frozenset(section.get("lemma_labels", [])),
            inflected_endings=tuple(section.get("inflected_endings", [])),
            run_on_surname=re.compile(section["run_on_surname"]) if section.get("run_on_surname") else None,
            person_conjunctions=re.compile(r"\s+(?:%s)\s+$" % "|".join(section["person_conjunctions"]))
            if section.get("person_conjunctions") else None,
            body_head_endings=tuple(section.get("body_head_endings", [])),
            body_heads=re.compile(section["body_heads"]) if section.get("body_heads") else None,
            quoted_bodies=re.compile(r"[«\"“](?P<name>[^\W\d_a-zа-яәғқңөұүһі][^«»\"“”\n]{1,60}?)[»\"”]\s+"
                                     r"(?:[^\W\d_A-ZА-ЯӘҒҚҢӨҰҮҺІ]+\s+){0,2}(?i:%s)" % section["quoted_bodies"])
            if section.get("quoted_bodies") else None,
            body_head_forms=re.compile(section["body_heads"] + section.get("body_head_forms", ""))
            if section.get("body_heads") else None,
            organisation_endings=int(section.get("organisation_endings", 0)),
            syllable_name=re.compile(section["syllable_name"]) if section.get("syllable_name") else None,
            syllable_letters=int(section.get("syllable_letters", 0)),
            meeting_words=re.compile(section["meeting_words"], re.IGNORECASE) if section.get("meeting_words") else None,
            facility_after=re.compile(section["facility_after"], re.IGNORECASE)
            if section.get("facility_after") else None,
            facility_before=re.compile(section["facility_before"] + "$", re.IGNORECASE)
            if section.get("facility_before") else None,
            building_after=re.compile(section["building_after"], re.IGNORECASE)
            if section.get("building_after") else None,
            time_words=re.compile(rf"(?:{section['time_words']})(?=\s|$)", re.IGNORECASE)
            if section.get("time_words") else None,
        )
    return by_lang


def _read_known_names(relative_path: str | None) -> dict[str, str]:
    """{folded name: label} for the names of a gazetteer with one label (tables.known_names, shared with the
    Kazakh normaliser)."""
    if not relative_path:
        return {}
    return {name: next(iter(labels)) for name, labels in known_names(MODELS_DIR / relative_path).items()
            if len(labels) == 1}


def _read_outlets(relative_path: str | None, names: dict[str, str]) -> dict[str, str]:
    """{folded name: "ORG"} for the news outlets of a table (column name: models/events/outlets.tsv, which the
    events stage reads to keep them from an event's sides) that `names` and the map (pipeline/geocode.py:
    "Фергана" is a city too) do not know: organisations (GUIDELINES: outlets named as sources in the text)."""
    if not relative_path:
        return {}
    return {fold(row["name"]): "ORG" for row in read_tsv(MODELS_DIR / relative_path)
            if fold(row["name"]) not in names and geocode(row["name"]) is None}


def resolve_entities(doc: Document, normalizer_names: dict[str, str] | None = None,
                     person_names: dict[str, str] | None = None) -> Document:
    """Corrections, sentences and one nominative `normal` per mention, read by every table, and each person's
    `full_name` in the article.

    `normalizer_names`: {lang: normaliser} for mentions their backend left without a normal; `person_names`:
    {lang: person-name normaliser} deciding people's names once per document (both from models/pipeline.yaml)."""
    corrections = load_corrections()
    resolved = []
    for mention in doc.mentions:
        rules = _rules(corrections, mention.lang)
        if _is_lone(mention, doc, rules.not_alone) or _title_alone(mention, doc, rules.leading_titles):
            continue
        left_context = doc.text[_sentence_start(doc, mention.start):mention.start]
        if rules.trim_abbreviation_suffix:
            mention = _trim_abbreviation_suffix(mention)
        wholes = _split_at_dash(mention) if rules.split_at_dash else [mention]
        wholes = [piece for whole in wholes for piece in _split_at_full_stop(whole)]
        wholes = [piece for whole in wholes for piece in _split_at_agency_tag(whole)]
        wholes = [piece for whole in wholes for piece in _without_time_word(whole, rules.time_words)]
        wholes = [piece for whole in wholes for piece in _without_building_name(whole, doc, rules)]
        for part in (piece for whole in wholes for piece in _split_abbreviation(whole)):
            for fixed in _correct(part, rules.gazetteer, left_context):
                fixed = _strip_trailing_titles(fixed, doc, rules.trailing_titles)
                fixed = _strip_trailing_titles(fixed, doc, rules.honorifics + rules.body_words, label="PER")
                fixed = _without_full_stop(fixed, doc)
                fixed = _without_ordinal(fixed, doc, rules.meeting_words)
                fixed = _without_common_first_word(fixed, rules, normalizer_names)
                resolved.extend(_strip_leading_title(part, doc, rules.leading_titles | (
                    rules.institution_nouns if part.label == "PER" else frozenset()))
                                for part in _titles_before_person(fixed, doc, rules.leading_titles))
    resolved += _institution_mentions(doc, resolved, corrections)
    resolved = _split_at_ruler_titles(sorted(resolved, key=lambda m: (m.start, m.end)), doc, corrections,
                                      normalizer_names)
    resolved = [piece for mention in resolved
                for part in _split_known_tail(mention, _rules(corrections, mention.lang), normalizer_names)
                for piece in _split_known_places(part, _rules(corrections, mention.lang), normalizer_names)]
    # a place run into a name first ("Люксембургте Ксавье", the model stopping before the surname): the given name
    # read as another person's surname had cut the names in full after it, and it takes its surname after it
    resolved = _split_glued_places(resolved, doc, corrections, normalizer_names)
    resolved = _with_surname_after(sorted(resolved, key=lambda m: (m.start, m.end)), doc, corrections,
                                   normalizer_names)
    resolved = _split_run_on_names(resolved, corrections, normalizer_names)
    resolved = _split_after_declined_surname(resolved, doc, corrections, normalizer_names)
    resolved = _given_name_to_next(sorted(resolved, key=lambda m: (m.start, m.end)), doc, corrections)
    resolved = _split_glued_places(resolved, doc, corrections, normalizer_names)
    resolved = _people_after_locative_places(sorted(resolved, key=lambda m: (m.start, m.end)), doc, corrections)
    resolved = [part for mention in resolved for part in _split_at_subject(mention, doc, corrections)]
    resolved = _surname_before_title(resolved, normalizer_names)
    resolved = _given_names_after_states(resolved, doc, normalizer_names)
    resolved = _join_surnames(sorted(resolved, key=lambda m: (m.start, m.end)), doc, corrections, normalizer_names)
    resolved = _joined_over_particles(resolved, doc, corrections, normalizer_names)
    resolved = _surname_first(resolved, doc, corrections)
    resolved = _bodies_in_titles(resolved, doc, corrections)
    resolved = [part for mention in resolved for part in _bodies_before_titles(mention, doc, corrections)]
    resolved = _with_given_names(resolved, doc, corrections)
    resolved = [part for mention in resolved for part in _people_after_titles(mention, doc, corrections)]
    resolved = _names_after_title_words(resolved, doc, corrections, normalizer_names)
    resolved = _bodies_by_head(doc, resolved, corrections, normalizer_names)
    resolved = _quoted_bodies(doc, resolved, corrections)
    resolved = [part for mention in resolved for part in _surname_opening_title(mention, resolved)]
    resolved += _propagated_mentions(doc, resolved, corrections)
    resolved += _propagated_surnames(doc, resolved, corrections)
    resolved += _with_surname_after(_found_known(doc, resolved, corrections, normalizer_names), doc, corrections,
                                    normalizer_names, around=resolved)
    resolved = _found_organisations(doc, resolved, corrections)
    resolved += _surnames_joined_to_people(doc, resolved, corrections)
    resolved = _found_sites(doc, resolved)
    for mention in resolved:
        rules = _rules(corrections, mention.lang)
        # a name found in a paragraph no stage split into sentences (a credit line, a language not analysed) is
        # in its paragraph, not in a sentence 0..0
        sentence = doc.sentence_of(mention.start) or doc.paragraph_of(mention.start)
        if sentence:
            mention.sentence_start, mention.sentence_end = sentence.start, sentence.end
        mention.normal = _normal(mention, normalizer_names)
        mention.normal = _lemmas_for_words_as_written(mention, doc, rules)
        # an organisation models/igos.tsv names is one, whatever the model read ("ТүркПА" as a place)
        known_label = rules.known_names.get(fold(mention.normal)) or (
            "ORG" if mention.label in ("LOC", "PER", "NORP") and fold(mention.normal) in _igo_names(mention.lang)
            else None)
        if known_label and known_label != mention.label:
            mention.label, mention.source = known_label, f"{mention.source}+known"
        mention.normal = _standard_capitals(mention.normal, mention.label)
        label = _label_by_form(mention, doc, rules)
        if label == "PER" and mention.label == "POSITION":
            # a person's name the model called a title, named as a person is
            mention.normal = _standard_capitals(_normal(replace(mention, label="PER", normal=""), normalizer_names),
                                                "PER")
        mention.label = label
        mention.normal = _known_place(mention, rules)
    resolved = [m for m in resolved if fold(m.normal) not in _rules(corrections, m.lang).common_words]
    _people_joined_to_people(resolved, doc, corrections)
    for lang, name in (person_names or {}).items():
        person_name_normalizers.get(name)(doc, [m for m in resolved if m.lang == lang])
    _nominatives_as_written(resolved, set(person_names or ()))
    for mention in resolved:
        _with_patronymic_particle(mention, doc, _rules(corrections, mention.lang).patronymic_particles)
    resolved = _surnames_read_as_places(resolved)
    people = [m.normal for m in resolved if m.label == "PER" and m.normal]
    for mention in resolved:
        if mention.label == "PER":
            rules = _rules(corrections, mention.lang)
            mention.full_name = full_name(mention.normal, people, rules.given_and_patronymic)
    doc.mentions = sorted(resolved, key=lambda m: (m.start, m.end))
    return doc


def _nominatives_as_written(mentions: list[Mention], decided: set[str]) -> None:
    """A person written as the nominative the article gives another of its mentions is in the nominative: "Джорджа
    Мелони подчеркнула" beside "с Председателем … Джорджей Мелони" (Джорджа Мелони) is no genitive of Джордж. In
    a language whose people's names are not decided once per document (`decided`: the person-name normalisers'
    languages) the last word alone counts, where a cut ending is put back: with "Есеналдымен" (Есеналды + -мен)
    in the article, "Нұрлан Есеналды" is no Есенал + accusative -ды. Normals set in place."""
    people = [m for m in mentions if m.label == "PER" and m.normal]
    nominatives = {fold(m.normal): m.normal for m in people}
    last_words = {fold(m.normal.split()[-1]) for m in people}
    for mention in people:
        words, written = mention.normal.split(), mention.text.split()[-1]
        if fold(mention.text) in nominatives and fold(mention.text) != fold(mention.normal) and " " in mention.text:
            mention.normal = nominatives[fold(mention.text)]
        elif mention.lang not in decided and fold(written) != fold(words[-1]) and fold(written) in last_words \
                and fold(written).startswith(fold(words[-1])):
            mention.normal = " ".join(words[:-1] + [written])


PREPOSITION_CONTEXT = 4  # characters before a mention searched for a preposition of place ("во ")
NEXT_WORD = re.compile(r" ([^\W\d_][\w-]*)(?=[\s,.;:!?]|$)")  # the word right after a mention, one space between
CODE = re.compile(r"^(?=.*[\d.])[\w.&+-]+$")  # one word with a digit or a dot: `G7`, `Лента.ру`, `NUR.KZ`, `C5+1`


def _normal(mention: Mention, normalizer_names: dict[str, str] | None) -> str:
    """The mention's nominative: the backend's, else the language's normaliser's, else its text. A code or a
    domain-like name (`G7`, `Лента.ру`) is its own normal: the backends decline it into `G77`, `Лента.ру.ру`; so
    is an abbreviation (`СВМДА`, which natasha reads as the genitive of `СВМД`), an organisation's or a name
    shorter than a headline's shouting (MIN_CAPITALS_WORD)."""
    if mention.label != "PER" and CODE.match(mention.text):
        return mention.text
    if mention.label != "PER" and _abbreviation(mention.text) and (
            mention.label == "ORG" or len(mention.text) < MIN_CAPITALS_WORD):
        return mention.text
    if not mention.normal and normalizer_names and mention.lang in normalizer_names:
        return normalizers.get(normalizer_names[mention.lang])(mention.text, mention.label) or mention.text
    return mention.normal or mention.text


MIN_PLACE_STEM = 3  # letters left of a place's name once its case ending is cut (`Баку` is no `Бак` + у)
MIN_CAPITALS_WORD = 5  # a place or person written in capitals this long is a headline's shouting, no abbreviation


def _standard_capitals(normal: str, label: str) -> str:
    """A place's or person's normal in standard capitals (`АСТАНА` → `Астана`, `НУР-СУЛТАН` → `Нур-Султан`):
    headlines and datelines shout; abbreviations (`США`, `КНДР`, `ОАЭ`) are shorter and stay as they are, and so
    do organisations, whose long abbreviations (`ЮНЕСКО`) are common."""
    if label not in ("LOC", "PER"):
        return normal
    return " ".join("-".join(part.capitalize() for part in word.split("-"))
                    if word.isupper() and sum(c.isalpha() for c in word) >= MIN_CAPITALS_WORD else word
                    for word in normal.split(" "))


def _label_by_form(mention: Mention, doc: Document, rules: Corrections) -> str:
    """What a mention's form says its label is, where the model's is wrong: a title ending in a title word
    (`Қазақстан Республикасының Сыртқы істер министрі`, which KazNERD calls LAW, or a PER starting with a state)
    is a POSITION; one word the map knows as a city (pipeline/geocode.py, GeoNames class P), after a preposition
    of place (entities.yaml `place_prepositions`), is a LOC; so is a person's name a facility is named after
    (entities.yaml `facility_after`, `facility_before`: "… халықаралық әуежайы", "аэропорт имени …"; GUIDELINES:
    named buildings and facilities are LOC without their type word); a one-word "person" the map knows as a
    building, starting a sentence, is the institution it stands for, an ORG ("Акорда сообщает")."""
    words = mention.text.split(" ")
    last = fold(words[-1])
    if mention.label in rules.title_labels and rules.trailing_titles and last.startswith(rules.trailing_titles):
        return "POSITION"
    if mention.label == "POSITION" and _named_as_person(words, rules):
        return "PER"  # "Вячеслав Воло-динмен": a given name and a surname broken at a line's end, no title word
    # a "person" that starts with a state and ends in a title word is a state's title (`Әзербайжан Сыртқы істер
    # министрінің орынбасарымен`: the model's PER); a person's name starts with no state
    if mention.label == "PER" and len(words) > 2 and rules.title_labels and rules.trailing_titles \
            and last.startswith(rules.trailing_titles) and country_code(words[0]):
        return "POSITION"
    before_name = max(0, mention.start - 20)
    if mention.label == "PER" and ((rules.facility_after and rules.facility_after.match(doc.text, mention.end)) or (
            rules.facility_before and rules.facility_before.search(doc.text, before_name, mention.start))):
        return "LOC"  # a facility named after the person ("Нұрсұлтан Назарбаев халықаралық әуежайында")
    before = doc.text[max(0, mention.start - PREPOSITION_CONTEXT):mention.start]
    if mention.label == "PER" and " " not in mention.text and _sentence_start(doc, mention.start) == mention.start \
            and is_building(mention.text):
        return "ORG"  # a building the map knows starting a sentence is the institution ("Акорда сообщает", GUIDELINES
        # "Venues"), no person; inside one, places.py reads it ("принял в резиденции Акорда")
    if mention.label in ("ORG", "LOC") and mention.normal and is_building(mention.normal):
        return "LOC" if _named_as_venue(mention, doc, rules, before) else "ORG"
    if mention.label == "ORG" and " " not in mention.normal and mention.normal.istitle() and rules.place_prepositions \
            and rules.place_prepositions.search(before):
        place = geocode(_known_place(replace(mention, label="LOC"), rules))
        if place and place.feature_class == "P":
            return "LOC"  # a city the model took for a body ("В Туркестане прошло заседание")
    return mention.label


def _named_as_person(words: list[str], rules: Corrections) -> bool:
    """Whether a model's POSITION is a person's name, where entities.yaml reads given names (`given_names`): two or
    three capitalised words, none a title word (`trailing_titles`, `leading_titles`), the first a given name
    (pymorphy's Name, or the first word of a person the gazetteer knows)."""
    if not rules.given_names or not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    if any(fold(w).startswith(rules.trailing_titles or ("\0",)) or fold(w) in rules.leading_titles for w in words):
        return False
    return fold(words[0]) in _given_names_known() or any(
        "Name" in parse.tag for parse in russian_dictionary().parse(words[0]))


@lru_cache(maxsize=1)
def _given_names_known() -> frozenset[str]:
    """The first words of the people models/kk/gazetteer.tsv names (folded)."""
    return frozenset(name.split()[0] for name, labels in known_names(MODELS_DIR / "kk" / "gazetteer.tsv").items()
                     if "PER" in labels and " " in name)


def _named_as_venue(mention: Mention, doc: Document, rules: Corrections, before: str) -> bool:
    """Whether a building the map knows ("Акорда", "Кремль", "Ақ үй") is named as the place where something happens
    (GUIDELINES "Venues": `в Акорде`, `в Кремле`, `Ақордада`, `Ақордадағы`, `Ақорда резиденциясында`, a LOC), not
    as the institution it stands for (`пресс-служба Кремля`, `Бұл туралы Ақорда хабарлады`, an ORG): after a
    preposition of place (entities.yaml `place_prepositions`), or in the locative (`locative_endings`,
    `attributive_endings`) itself or through the lowercase noun after it."""
    if rules.place_prepositions and rules.place_prepositions.search(before):
        return True
    endings = rules.locative_endings + rules.attributive_endings
    if not endings:
        return False
    after = doc.text[mention.end:mention.end + 40].split("\n", 1)[0].split()[:1]
    written = fold(mention.text)
    return (written != fold(mention.normal) and written.endswith(endings)) or (
        bool(after) and doc.text[mention.end:mention.end + 1] == " " and after[0][:1].islower()
        and fold(after[0].rstrip(".,;:!?»\"")).endswith(endings))


def _people_joined_to_people(mentions: list[Mention], doc: Document, corrections: dict) -> None:
    """"Қасым-Жомарт Тоқаев пен Петер Пеллегрини шағын құрамда келіссөздер жүргізді": the model calls the second
    name a body. A name of two or three capitalised words joined to a person by a conjunction (entities.yaml
    `person_conjunctions`) that the model calls an ORG is a person where no word of it is a name the gazetteer knows as
    no person's nor a state (the map's places are not asked: "Пеллегрини" is a town), nor ends as a body's head noun
    does (`body_head_endings`, the possessive: "Даму Банкі", "Еуропалық Одағы"), and the whole is no organisation of
    models/igos.tsv. So is the capitalised first word of one the model ran into the lowercase words after it, of
    MIN_SURNAME letters or more and no common word nor place ("Макрон мен Мелони телефон арқылы сөйлесті" gave the
    body "Мелони телефон арқылы сөйлесті"): the mention is cut to it. Changes the mentions in place; `mentions`
    sorted by start."""
    people = [(m.start, m.end) for m in mentions if m.label == "PER"]
    for mention in mentions:
        rules = _rules(corrections, mention.lang)
        words = mention.normal.split()
        # "Макрон мен Мелони телефон арқылы сөйлесті": the model ran a surname into the lowercase words after it
        cut = len(words) > 1 and all(w[:1].islower() for w in words[1:]) and len(words[0]) >= MIN_SURNAME \
            and fold(words[0]) not in rules.common_words and not geocode(words[0])
        words = words[:1] if cut else words
        if mention.label != "ORG" or not rules.person_conjunctions or not (cut or 2 <= len(words) <= 3) \
                or not all(w[:1].isupper() and w[1:2].islower() for w in words):
            continue
        head = fold(words[-1])
        if head.endswith(rules.body_head_endings or ("\0",)) \
                or fold(mention.normal) in _igo_names(mention.lang) \
                or any(rules.known_names.get(fold(w), "PER") != "PER" or country_code(w) for w in words):
            continue
        before = doc.text[max(0, mention.start - 12):mention.start]
        joined = rules.person_conjunctions.search(before)
        if joined and any(b == mention.start - (len(before) - joined.start()) for _, b in people):
            if cut:
                mention.end = mention.start + len(mention.text.split()[0])
                mention.text = mention.normal = doc.text[mention.start:mention.end]
            mention.label, mention.source = "PER", f"{mention.source}+joined"


def _known_place(mention: Mention, rules: Corrections) -> str:
    """A place's normal that the map does not know (pipeline/geocode.py) replaced by the nominative of its last
    word the map does know, trying `place_endings` in place of the word's case ending (`Акорде` → `Акорда`,
    `Тяньцзине` → `Тяньцзинь`, `Габале` → `Габала`): the tagger guesses a rare name's
    gender and declension, the map has the name. A place written as the map names it is its own normal ("прибыл в
    Эр-Рияд": the accusative is the nominative, where the tagger guessed "Эр-Рияда")."""
    if mention.label != "LOC" or not rules.place_endings or geocode(mention.normal):
        return mention.normal
    if geocode(mention.text):
        return mention.text
    words = mention.normal.split(" ")
    written = mention.text.split(" ")[-1]
    for ending, nominatives in rules.place_endings:
        for base in {written, words[-1]}:
            if not base.lower().endswith(ending) or len(base) - len(ending) < MIN_PLACE_STEM:
                continue
            for nominative in nominatives:
                candidate = " ".join(words[:-1] + [base[:len(base) - len(ending)] + nominative])
                if geocode(candidate):
                    return _standard_capitals(candidate, mention.label)
    return mention.normal


def _lemmas_for_words_as_written(mention: Mention, doc: Document, rules: Corrections) -> str:
    """A place's or body's normal with the words its normaliser left as written put in the nominative by their
    lemma: every such word of a `lemma_labels` label (`Аддис-Абебе` → `Аддис-Абеба`), a word with one of the
    `inflected_endings` otherwise (`Матикой` → `Матика`). In an organisation's name only the words up to its
    first noun (the head) agree with the name's case: the words after it stay as written (`Совет коллективной
    безопасности`, not `коллективный`). People keep the person-name normaliser's normal."""
    normal = mention.normal
    words = normal.split()
    tokens = _tokens_in(doc, mention.start, mention.end)
    if mention.label == "PER" or len(tokens) != len(words):
        return normal
    always = mention.label in rules.lemma_labels
    head = None  # found at the first word that asks: reading a part of speech may tag the sentence
    # the last word of a place of several words after "в", in a noun's locative: the tagger may call it a
    # nominative ("в Ак Сарае", "в Кок Сарае": Сарае Nom), the preposition says it is not
    located = always and len(words) > 1 and bool(rules.place_prepositions and rules.noun_locative_endings) \
        and bool(rules.place_prepositions.search(doc.text[max(0, mention.start - 10):mention.start])) \
        and fold(words[-1]).endswith(rules.noun_locative_endings)
    fixed = []
    for n, (word, token) in enumerate(zip(words, tokens)):
        inflected = bool(rules.inflected_endings) and word.lower().endswith(rules.inflected_endings)
        if inflected and not always and head is None:
            head = next((k for k, each in enumerate(tokens) if each.pos in ("NOUN", "PROPN")), len(tokens) - 1)
        # the lemma looked up only for a word that would take it (a lookup in natasha's dictionary each)
        as_written = (always or inflected and n <= head) and fold(word) == fold(token.text) and token.lemma \
            and token.lemma != token.text.lower()
        # a word already in the nominative keeps its form: an adjective's lemma is masculine ("Центральная Азия",
        # not "Центральный Азия")
        # a noun's complement in the genitive stays as written ("Доме Министерств" → "Дом Министерств")
        complement = n > 0 and token.feats.get("Case") == "Gen" and any(t.pos in ("NOUN", "PROPN")
                                                                         for t in tokens[:n])
        if as_written and not complement and (token.feats.get("Case") != "Nom"
                                              or (located and n == len(words) - 1)):
            fixed.append(shaped(token.lemma, token.text))
        else:
            fixed.append(word)
    return " ".join(fixed)


def _split_at_ruler_titles(mentions: list[Mention], doc: Document, corrections: dict,
                           normalizer_names: dict[str, str] | None) -> list[Mention]:
    """A ruler's title is no part of a name (entities.yaml `ruler_titles` in their holder's form: "Королі",
    "Сұлтаны"), though the model runs names over it: "Иордания Королі Абдалла" (LOC), "Бруней Сұлтаны" (PER),
    "Монако Князі Альбер Гримальдимен" (PER). The words before the title are a place where they are a state, a
    place or body the country list, the gazetteer or the map knows (else no name); the capitalised words after it
    a person, with the particles between them (person_names.name_particles); where the title ends the mention,
    the capitalised words right after it in no mention ("Оман Сұлтаны" Хайсам бин Тарикпен). `mentions` in text
    order."""
    occupied = [(m.start, m.end) for m in mentions]
    fixed = []
    for mention in mentions:
        rules = _rules(corrections, mention.lang)
        tokens = _tokens_in(doc, mention.start, mention.end) if rules.ruler_titles else []
        titled = [k for k, t in enumerate(tokens) if fold(t.text) in rules.ruler_titles]
        if mention.label not in ("PER", "LOC", "ORG") or not titled:
            fixed.append(mention)
            continue
        before, name = tokens[:titled[0]], tokens[titled[-1] + 1:]
        if before:
            place = replace(mention, end=before[-1].end, text=doc.text[mention.start:before[-1].end], normal="",
                            label="LOC", label_fine="LOC", source=f"{mention.source}+ruler")
            nominative = _normal(place, normalizer_names)
            known = rules.known_names.get(fold(nominative))
            if known in ("LOC", "ORG") or country_code(nominative) or geocode(nominative):
                fixed.append(replace(place, label=known or "LOC", label_fine=known or "LOC"))
        if not name:
            sentence = doc.sentence_of(mention.start)
            after = _tokens_in(doc, mention.end, sentence.end if sentence else mention.end)
            while after and _free_name_word(after[0], occupied):
                name, after = name + [after[0]], after[1:]
                if len(after) > 1 and fold(after[0].text) in name_particles() \
                        and _free_name_word(after[1], occupied):
                    name, after = name + [after[0]], after[1:]
        if name and all(t.text[:1].isupper() or fold(t.text) in name_particles() for t in name):
            fixed.append(replace(mention, start=name[0].start, end=name[-1].end,
                                 text=doc.text[name[0].start:name[-1].end], normal="", label="PER",
                                 label_fine="PER", source=f"{mention.source}+ruler"))
    return fixed


def _split_known_tail(mention: Mention, rules: Corrections, normalizer_names: dict[str, str] | None) -> list[Mention]:
    """A person's name run on into a known place or body (`Мұрат Нұртлеу Әзербайжан`, `Мұрат Нұртлеу Оман
    Сұлтанатының`: a state's long name, the longer tail first) is two mentions; the name keeps two words, or one
    (`one_word_head`: the subject named by surname, then the other's title: "Тоқаев Абу-Даби тақ мұрагері …",
    "Нұртілеу Әзербайжан Сыртқы істер министрі …")."""
    words = mention.text.split(" ")
    if mention.label != "PER" or len(words) < 2 or not rules.known_names:
        return [mention]
    for size in range(len(words) - 1, 0, -1):
        tail_text = " ".join(words[-size:])
        tail = replace(mention, start=mention.end - len(tail_text), text=tail_text, normal="")
        nominative = _normal(replace(tail, label="LOC"), normalizer_names)
        tail_label = rules.known_names.get(fold(nominative))
        if tail_label in ("LOC", "ORG") and (len(words) - size >= 2 or _one_word_head(words[0], nominative, rules)):
            break
    else:
        return [mention]
    head_text = " ".join(words[:-size])
    return [replace(mention, end=mention.start + len(head_text), text=head_text, normal="",
                    source=f"{mention.source}+split"),
            replace(tail, label=tail_label, label_fine=tail_label, source=f"{mention.source}+split")]


def _one_word_head(head: str, tail: str, rules: Corrections) -> bool:
    """Whether one word before a known place or body is a person alone: a surname by its ending
    (`run_on_surname`: "Тоқаев"), or any word before a state ("Нұртілеу Әзербайжан"), which no one is named."""
    return bool(rules.run_on_surname and rules.run_on_surname.search(fold(head))) or bool(country_code(tail))


def _split_known_places(mention: Mention, rules: Corrections, normalizer_names: dict[str, str] | None) -> list[Mention]:
    """Places a model ran together, each word a place the gazetteer knows ("Түркияның Қазақстандағы": Turkey's
    … in Kazakhstan), are one mention each, also where the model called the run a body ("Түркияның Қазақстандағы
    елшісі", Turkey's ambassador in Kazakhstan); a place of several words ("Солтүстік Қазақстан облысы") stays
    whole."""
    words = list(re.finditer(r"\S+", mention.text))
    if mention.label not in ("LOC", "ORG") or len(words) < 2 or not rules.known_names:
        return [mention]
    parts = [replace(mention, start=mention.start + w.start(), end=mention.start + w.end(), text=w.group(), normal="",
                     label="LOC", label_fine="LOC", source=f"{mention.source}+split") for w in words]
    if any(rules.known_names.get(fold(_normal(part, normalizer_names))) != "LOC" for part in parts):
        return [mention]
    return parts


def _split_run_on_names(mentions: list[Mention], corrections: dict,
                        normalizer_names: dict[str, str] | None) -> list[Mention]:
    """Kazakh puts the subject's surname right before the other side's name ("Тоқаев Ердоғанмен кездесті",
    "Путин Тоқаевқа Назарбаевпен …"), and the model reads the run as one person (9 of the news dev split's Kazakh
    person spans). A person's word ends the person there when it is the surname of another person the document
    names in full and is a surname by its ending (entities.yaml `run_on_surname`) or never starts a name (a given
    name does: "Эмине Ердоған", "Зироатхон Мирзиёева" stay whole), unless that full name also holds the next word
    (`Тоқаев Қасым-Жомарт`, surname first). What follows is a person when it starts with a word of the document's
    other people's names, and no name otherwise (`Мәулен Әшімбаев Дінаралық диалог …`). Words compare by their
    nominative (`_normal`)."""
    people = [m for m in mentions if m.label == "PER" and _rules(corrections, m.lang).run_on_surname]
    if not people:
        return mentions
    words = {id(m): [(w.group(), w.start(), w.end()) for w in re.finditer(r"\S+", m.text)] for m in people}
    nominatives = {id(m): [fold(_normal(replace(m, text=word, normal=""), normalizer_names))
                           for word, _, _ in words[id(m)]] for m in people}
    split, read = {}, {}  # the other people of each name as written: a name recurs, and reading them is cubic
    for mention in people:
        rules = corrections[mention.lang]
        key = (mention.text, mention.lang)
        if key not in read:
            read[key] = _other_people(mention.text, people, nominatives, rules)
        others, surnames = read[key]
        parts = _run_on_parts(mention, words[id(mention)], nominatives[id(mention)], others, surnames,
                              rules.honorifics, rules.known_people, rules.run_on_surname,
                              fuzzy=not (normalizer_names or {}).get(mention.lang))
        if len(parts) > 1 or parts[0] is not mention:
            split[id(mention)] = parts
    return [part for m in mentions for part in split.get(id(m), [m])]


def _split_after_declined_surname(mentions: list[Mention], doc: Document, corrections: dict,
                                  normalizer_names: dict[str, str] | None) -> list[Mention]:
    """"с Касым-Жомартом Токаевым Шавкат Мирзиёев отметил", "с Садыром Жапаровым Эмомали Рахмон обсудил": the model
    ran the one met, in an oblique case, into the subject named after them. A person's word that ends as a surname
    does (entities.yaml `run_on_surname`, by its nominative), written declined, before a word written as its own
    nominative ends the person there; the rest is a person of its own. The one-word mention right before the
    surname, in its case (`Касым-Жомартом`, which the model called a place), is its given name. The words' nominatives
    are the mention's normal, word by word (`_normal`), where it has as many words."""
    found: list[Mention] = []
    for mention in mentions:
        rules = _rules(corrections, mention.lang)
        words = list(re.finditer(r"\S+", mention.text))
        normal = _normal(mention, normalizer_names).split()
        if mention.label != "PER" or not rules.run_on_surname or len(words) < 3 or len(normal) != len(words):
            found.append(mention)
            continue
        cut = next((k for k in range(len(words) - 1) if rules.run_on_surname.search(normal[k])
                    and fold(words[k].group()) != fold(normal[k]) and fold(words[k + 1].group()) == fold(normal[k + 1])),
                   None)
        if cut is None:
            found.append(mention)
            continue
        start, end = mention.start, mention.start + words[cut].end()
        previous = found[-1] if found else None
        if previous is not None and previous.end + 1 == start and doc.text[previous.end] == " " \
                and " " not in previous.text and _case_at(doc, previous.start) == _case_at(doc, start):
            found.pop()
            start = previous.start
        rest = mention.start + words[cut + 1].start()
        found += [replace(mention, start=start, end=end, text=doc.text[start:end], normal="",
                          source=f"{mention.source}+split"),
                  replace(mention, start=rest, text=doc.text[rest:mention.end], normal="",
                          source=f"{mention.source}+split")]
    return found


def _other_people(text: str, people: list[Mention], nominatives: dict[int, list[str]],
                  rules: Corrections) -> tuple[list[list[str]], set[str]]:
    """(the nominatives of the words of each of `people` not written `text` that may stand in a run on names, the
    surnames among them) for `_run_on_parts`, as `_split_run_on_names` reads them for a person written `text`."""
    others = [nominatives[id(m)] for m in people if m.text != text]
    # a run each of whose words is the surname of another person named in full ("Тоқаев Ердоғанмен" in the
    # headline beside "Қасым-Жомарт Тоқаев" and "Режеп Тайып Ердоған") is two people too: no proof that
    # "Ердоған Тоқаевты" is one name. The names in full by their last word, looked up for each word where
    # every other name was read again (cubic in the document's people)
    named_in_full = defaultdict(list)
    for other in others:
        if len(other) > 1:
            named_in_full[other[-1]].append(other)
    others = [names for names in others
              if not all(any(other != names for other in named_in_full.get(word, ())) for word in names)]
    first_words = {names[0] for names in others if len(names) > 1}  # not the run itself ("Макрон Тоқаевқа")
    # a name whose first word ends as a surname does is written surname first ("Тоқаев Эмине" ханыммен): its
    # last word is a given name
    surnames = {names[-1] for names in others if len(names) > 1 and not rules.run_on_surname.search(names[0])
                and (rules.run_on_surname.search(names[-1]) or names[-1] not in first_words)}
    return others, surnames


def _with_surname_after(mentions: list[Mention], doc: Document, corrections: dict,
                        normalizer_names: dict[str, str] | None, around: list[Mention] = ()) -> list[Mention]:
    """"Мехмет Кемал Бозаймен кездесті": the model's person stopped before the surname that carries the case
    ending, the capitalised word right after it, in no mention. Where entities.yaml says so (`given_names`), a
    person whose last word does not end as a surname does (`run_on_surname`: "Ерлан Қожахметов Анкарада" is
    whole) takes that word when it is inflected (its nominative differs), not in the locative (a place's case),
    no name the gazetteer knows but as a person's (a known surname is one: "Сергей Лав-ровпен"), no surname by
    its ending or of another person named in full ("Жеңіс Қасымбек
    Тоқаевпен" are two), no place the map knows, nor a title word.

    Two names in a row, the second in a case ("Юрай Бланар Ермек Көшербаевпен", "Аида Балаева Ингрида
    Крижановамен кездесті"), the model reads as a given name alone (`Ермек`) or as one person over the first
    surname (`Аида Балаева Ингрида`). A one-word person that is no surname by its ending nor that of another person
    named in full takes such a word that is a surname by its ending; a person with a surname by its ending inside
    it ends there, and the words after it with such a word are the second person (who may be named in full
    elsewhere). A patronymic (`given_and_patronymic`:
    "Қасым-Жомарт Кемелұлы Тоқаевпен") ends no person. `around`: the other mentions, kept as they are (the given
    names the gazetteer found after the model: `_found_known`)."""
    occupied = [(m.start, m.end) for m in [*mentions, *around]]
    # (first word, surname) of the people named in full: a given name before that surname is that person's
    # ("Сергей Лав-ровпен" where "Сергей Лавров" is named), not another's
    named_in_full = {(fold(m.text.split()[0]), fold(_normal(replace(m, text=m.text.split()[-1], normal=""),
                                                         normalizer_names)))
                     for m in [*mentions, *around] if m.label == "PER" and " " in m.text}
    # their surnames: another person's, never this one's ("Тоқаевпен")
    surnames = {surname for _, surname in named_in_full}
    fixed = []
    for mention in mentions:
        rules = _rules(corrections, mention.lang)
        words = mention.text.split()
        if mention.label != "PER" or not rules.given_names or not rules.run_on_surname:
            fixed.append(mention)
            continue
        shaped_as_surname = [bool(rules.run_on_surname.search(fold(w))) for w in words]
        # the first surname by its ending before the last word: a second person starts after it
        patronymic = rules.given_and_patronymic or re.compile("^$")
        glued = next((k for k in range(1, len(words) - 1)
                      if shaped_as_surname[k] and not patronymic.search(fold(words[k]))), None)
        alone = len(words) == 1 and not shaped_as_surname[0] and fold(
            _normal(replace(mention, normal=""), normalizer_names)) not in surnames
        if not (alone or glued or (len(words) > 1 and not shaped_as_surname[-1])):
            fixed.append(mention)
            continue
        last = fold(_normal(replace(mention, text=words[-1], normal=""), normalizer_names))
        if glued and last != fold(words[-1]) and rules.run_on_surname.search(last):
            fixed += _split_after_word(mention, glued)  # the model's span holds the case-ended surname too
            continue
        after = NEXT_WORD.match(doc.text[mention.end:mention.end + 40])
        word = after.group(1) if after else ""
        start = mention.end + 1
        nominative = fold(_normal(replace(mention, text=word, normal=""), normalizer_names)) if word else ""
        # a surname by its ending is this person's only after a given name alone or a glued first person
        surname_ok = bool(nominative) and bool(rules.run_on_surname.search(nominative)) == bool(alone) \
            if not glued else True
        # a given name alone before the surname the article gives it in full ("Ксавье Беттельмен" beside "Ксавье
        # Беттель"), whatever the surname's ending
        surname_ok = surname_ok or (alone and (fold(words[0]), nominative) in named_in_full)
        if (not word or not word[:1].isupper() or any(a < start + len(word) and start < b for a, b in occupied)
                or nominative == fold(word) or fold(word).endswith(rules.locative_endings or ("\0",))
                or rules.known_names.get(nominative, "PER") != "PER" or not surname_ok
                or (nominative in surnames and not glued and (fold(words[0]), nominative) not in named_in_full)
                or country_code(nominative)
                or geocode(nominative) or fold(word).startswith(rules.trailing_titles or ("\0",))):
            fixed.append(mention)
            continue
        end = start + len(word)
        longer = replace(mention, end=end, text=doc.text[mention.start:end], normal="",
                         source=f"{mention.source}+surname")
        fixed += _split_after_word(longer, glued) if glued else [longer]
    return fixed


def _split_after_word(mention: Mention, k: int) -> list[Mention]:
    """A mention of words separated by one space, cut after its `k`-th word (from 0): the two mentions."""
    cut = len(" ".join(mention.text.split()[:k + 1]))
    return [replace(mention, end=mention.start + cut, text=mention.text[:cut], normal="",
                    source=f"{mention.source}+split"),
            replace(mention, start=mention.start + cut + 1, text=mention.text[cut + 1:], normal="",
                    source=f"{mention.source}+split")]


def _surname_before_title(mentions: list[Mention], normalizer_names: dict[str, str] | None) -> list[Mention]:
    """A title the model ran on from the surname before it, declined, of a person the document names in full
    ("Кейін Сийяртоны Мемлекет басшысы Қасым-Жомарт Тоқаев қабылдады": Szijjártó, received, and the Head of State's
    title) is two mentions: the person, and the title after them. A surname as written (no case ending) stays a
    word of the title, as a state's or a city's name may. Read before the given names are joined to the names
    after them ("Садыр" + "Жапаровпен"); the surname as written is split later (`_surname_opening_title`), once the
    titles are whole: one rule at either point changed names the two find now (a Kazakh news article's, read
    early; a blind article's, read late)."""
    surnames = {fold(_normal(replace(m, text=m.text.split()[-1], normal=""), normalizer_names))
                for m in mentions if m.label == "PER" and len(m.text.split()) > 1}
    found = []
    for mention in mentions:
        words = list(re.finditer(r"\S+", mention.text))
        first = words[0].group() if mention.label == "POSITION" and len(words) > 1 else ""
        person = replace(mention, end=mention.start + len(first), text=first, normal="", label="PER",
                         label_fine="PER", source=f"{mention.source}+split") if first[:1].isupper() else None
        nominative = fold(_normal(person, normalizer_names)) if person else None
        if nominative is None or nominative not in surnames or nominative == fold(first):
            found.append(mention)
            continue
        rest = words[1]
        found += [person, replace(mention, start=mention.start + rest.start(), text=mention.text[rest.start():],
                                  normal="", source=f"{mention.source}+split")]
    return found


def _split_glued_places(mentions: list[Mention], doc: Document, corrections: dict,
                        normalizer_names: dict[str, str] | None) -> list[Mention]:
    """A place the model ran together with a person's name ("Нұртілеу Франция Сыртқы істер министрі",
    "Минскіде Нұртілеу", "Шахбаз Шарифпен Тяньцзиньде") is two mentions: the place, and the person where the rest
    is a name of two words or more, or the surname of a person the document names in full; no name where a title
    goes on after it ("Әзербайжан Сыртқы істер министрі": entities.yaml `trailing_titles`); else the span stays
    ("Солтүстік Қазақстан", "Рим Папасы"). The place is the first or last word: a name of the gazetteer's places
    (entities.yaml `known_names`, by its nominative), or a word in the locative (entities.yaml `locative_endings`:
    no person takes it) whose nominative the map knows as a city or country (pipeline/geocode.py: "Габалада"); such
    a word inside a person's span parts two people ("Соза Анкарада Ердоғанмен"). A place of several words the
    gazetteer knows stays whole."""
    nominatives: dict[tuple[str, str], str] = {}

    def nominative(mention: Mention, word: str) -> str:
        key = (mention.lang, word)
        if key not in nominatives:  # each word read once, though asked for each mention holding it
            nominatives[key] = fold(_normal(replace(mention, text=word, normal="", label="LOC"), normalizer_names))
        return nominatives[key]

    def in_locative(word: str, mention: Mention) -> bool:
        rules = _rules(corrections, mention.lang)
        return bool(_locative_stems(word, rules)) and nominative(mention, word) != fold(word)

    def in_genitive(word: str, mention: Mention) -> bool:
        rules = corrections.get(mention.lang, NO_CORRECTIONS)
        return bool(rules.genitive_endings) and fold(word).endswith(rules.genitive_endings) \
            and nominative(mention, word) != fold(word)

    def is_place(word: str, mention: Mention) -> bool:
        rules = _rules(corrections, mention.lang)
        if rules.known_names.get(nominative(mention, word)) == "LOC":
            return True
        attributive = bool(rules.attributive_endings) and fold(word).endswith(rules.attributive_endings)
        place = geocode(nominative(mention, word)) if in_locative(word, mention) or attributive else None
        return bool(place and place.feature_class in ("P", "A"))

    # the surnames of people named in full, in spans holding no place
    surnames = {nominative(replace(m, label="PER"), m.text.split()[-1])
                for m in mentions if m.label == "PER" and len(m.text.split()) > 1
                and not any(is_place(word, m) for word in m.text.split())}
    # every word of a person's name the document writes in full, by its nominative (no place, whatever the map says)
    name_words = {nominative(replace(m, label="PER"), word) for m in mentions if m.label == "PER"
                  and len(m.text.split()) > 1 for word in m.text.split()}
    found = []
    for mention in mentions:
        rules = _rules(corrections, mention.lang)
        words = list(re.finditer(r"\S+", mention.text))
        if mention.label == "PER" and len(words) == 1 and rules.known_names and in_locative(mention.text, mention) \
                and is_place(mention.text, mention) and nominative(mention, mention.text) not in name_words:
            # one word in the locative the map knows as a city or country ("Самарқанда", "Хиуада" … кездесті):
            # where, no person (the model's PER); unless the article names a person with it
            found.append(replace(mention, normal="", label="LOC", label_fine="LOC", source=f"{mention.source}+place"))
            continue
        if mention.label in ("PER", "LOC") and _place_before_name(mention, words, doc, rules):
            # "В Акорде Моди принял …", "в Кремле Ли Цяна": a known place after "в", then a name
            at, first, last = words[0], words[1], words[-1]
            found += [replace(mention, start=mention.start + a.start(), end=mention.start + b.end(),
                              text=mention.text[a.start():b.end()], normal="", label=label, label_fine=label,
                              source=f"{mention.source}+split")
                      for a, b, label in ((at, at, "LOC"), (first, last, "PER"))]
            continue
        if mention.label not in ("PER", "LOC") or len(words) < 2 or not rules.known_names \
                or rules.known_names.get(fold(_normal(mention, normalizer_names))):
            found.append(mention)
            continue
        inside = [k for k in range(1, len(words) - 1) if (in_locative(words[k].group(), mention) or in_genitive(
                  words[k].group(), mention)) and is_place(words[k].group(), mention)]
        if mention.label == "PER" and inside:
            # "Соза Анкарада Ердоғанмен": a place in the locative between two people's names splits them; one in
            # the genitive ends the person too, and one word after it that a lowercase noun follows is its place
            # ("Қилыбай Әзербайжанның Гянджа қаласының мэрі")
            at = words[inside[0]]
            after = doc.text[mention.end:mention.end + 40].split()[:1]
            last_label = "LOC" if in_genitive(at.group(), mention) and inside[0] == len(words) - 2 and after \
                and after[0][:1].islower() else "PER"
            found += [replace(mention, start=mention.start + first.start(), end=mention.start + last.end(),
                              text=mention.text[first.start():last.end()], normal="", label=label, label_fine=label,
                              source=f"{mention.source}+split")
                      for first, last, label in ((words[0], words[inside[0] - 1], "PER"), (at, at, "LOC"),
                                                 (words[inside[0] + 1], words[-1], last_label))]
            continue
        edges = [is_place(words[0].group(), mention), is_place(words[-1].group(), mention)]
        if edges.count(True) != 1 or (len(words) > 2 and edges[0] and not in_locative(words[0].group(), mention)):
            found.append(mention)
            continue
        at, rest_words = (words[0], words[1:]) if edges[0] else (words[-1], words[:-1])
        place = replace(mention, start=mention.start + at.start(), end=mention.start + at.end(), text=at.group(),
                        normal="", label="LOC", label_fine="LOC", source=f"{mention.source}+split")
        first, last = rest_words[0], rest_words[-1]
        rest = replace(mention, start=mention.start + first.start(), end=mention.start + last.end(),
                       text=mention.text[first.start():last.end()], normal="", label="PER", label_fine="PER",
                       source=f"{mention.source}+split")
        # a place in the locative is where, never a word of a person's name: the rest is the person unless it is
        # a title word alone ("Елші Анкарада", the ambassador in Ankara; "Кая Калласпен Брюссельде")
        where = mention.label == "PER" and in_locative(at.group(), mention)
        lone_title = len(rest_words) == 1 and fold(rest.text).startswith(rules.trailing_titles)
        person = (len(rest_words) > 1 and mention.label == "PER") \
            or nominative(replace(rest, label="PER"), rest.text) in surnames or (where and not lone_title)
        after = doc.text[mention.end:mention.end + 40].split()[:2]
        title = (edges[0] and any(fold(word).startswith(rules.trailing_titles) for word in after)) or where
        # "Түркияның Измир қаласының", "Санкт-Петербургтегі Таврия сарайында": a place in the genitive or the
        # locative before one word as written that a lowercase noun follows (a city's, a building's type word, which
        # takes the case) names a place in it, no person ("Абай Құнанбайұлының ескерткішіне" is one)
        if mention.label == "PER" and edges[0] and not person and not title and len(rest_words) == 1 \
                and after and after[0][:1].islower() and doc.text[mention.end:mention.end + 1] == " " \
                and nominative(mention, at.group()) != fold(at.group()) \
                and nominative(mention, rest.text) == fold(rest.text):
            found += [place, replace(rest, label="LOC", label_fine="LOC")]
            continue
        if mention.label == "PER" and edges[0] and lone_title and not where \
                and country_code(nominative(mention, at.group())):
            # "Сенат Төрағасы Қытай Елшісін қабылдады": a headline's capitals, a state and a title word, no person
            # (the title is the state's, as the model's "Италия Елшісімен" POSITION)
            found += [place, replace(mention, normal="", label="POSITION", label_fine="POSITION",
                                     source=f"{mention.source}+split")]
            continue
        if not person and not (mention.label == "PER" and title):
            # "Солтүстік Қазақстан": a place's own word; "Рим Папасы": a title the model calls a person
            found.append(mention)
            continue
        found.append(place)
        if person:
            found.append(rest)
    return found


def _people_after_locative_places(mentions: list[Mention], doc: Document, corrections: dict) -> list[Mention]:
    """A one-word place in its own form right after a place in the locative (entities.yaml `locative_endings`),
    followed by a capitalised word no model named and no place, is a person's name of two words ("Астанада Ли Цян
    Қасым-Жомарт Тоқаевпен кездесті": the model's place "Ли" and the given name "Цян" it left for Tokayev): where
    is said once, the subject follows it. Not a state or a name the gazetteer knows ("Астанада Қазақстан …")."""
    occupied = [(m.start, m.end) for m in mentions]
    found: list[Mention] = []
    for k, mention in enumerate(mentions):
        rules = _rules(corrections, mention.lang)
        previous = mentions[k - 1] if k else None
        word = re.match(r"\s([^\W\d_][\w-]*)(?![\w-])", doc.text[mention.end:mention.end + 40])
        if (mention.label == "LOC" and " " not in mention.text and previous is not None and previous.label == "LOC"
                and rules.locative_endings and _locative_stems(previous.text, rules)
                and doc.text[previous.end:mention.start] == " " and not _locative_stems(mention.text, rules)
                and not country_code(mention.text) and fold(mention.text) not in rules.known_names
                and word and word.group(1)[:1].isupper() and not word.group(1).isupper()
                and not geocode(word.group(1)) and fold(word.group(1)) not in rules.known_names
                and not any(a <= mention.end + word.start(1) < b for a, b in occupied)):
            end = mention.end + word.end(1)
            found.append(replace(mention, end=end, text=doc.text[mention.start:end], normal="", label="PER",
                                 label_fine="PER", source=f"{mention.source}+person"))
            continue
        found.append(mention)
    return found


def _split_at_subject(mention: Mention, doc: Document, corrections: dict) -> list[Mention]:
    """A place or building after "в" (entities.yaml `place_prepositions`, where `noun_locative_endings` are known)
    that the model ran on into the clause's subject ("В Доме Министерств Бектенов встретился …", "В Ак Орде Токаев
    встретился …", the preposition taken in too) is the place, up to the word the parse makes a subject, and the
    person from it."""
    rules = _rules(corrections, mention.lang)
    if mention.label not in ("LOC", "ORG", "PER") or not rules.place_prepositions or not rules.noun_locative_endings:
        return [mention]
    tokens = _tokens_in(doc, mention.start, mention.end)
    if tokens and tokens[0].pos == "ADP" and rules.place_prepositions.search(doc.text[tokens[0].start:tokens[0].end]
                                                                            + " "):
        tokens = tokens[1:]  # "В Ак Орде Токаев": the preposition opening the sentence, read into the name
    elif not rules.place_prepositions.search(doc.text[max(0, mention.start - 10):mention.start]):
        return [mention]
    at = next((k for k, t in enumerate(tokens) if k and t.rel.startswith("nsubj") and t.pos == "PROPN"), None)
    if at is None or not tokens[0].text[:1].isupper() \
            or any(t.rel.startswith("nsubj") or not t.text[:1].isupper() for t in tokens[at - 1:at]) \
            or tokens[at - 1].feats.get("Case") == "Nom" and tokens[at - 1].pos == "PROPN" and at == 1:
        return [mention]
    subject = tokens[at]
    index = bisect_left(doc.tokens, subject.start, key=lambda token: token.start)
    if fold(subject.text).endswith(rules.noun_locative_endings) \
            and any(t.rel == "flat:name" and t.head == index for t in doc.tokens[index + 1:index + 4]):
        # "В Ак Сарае Эрдоган": the building's locative the parse made the head of the name after it
        return [mention]
    place_end, person_start = tokens[at - 1].end, tokens[at].start
    # where the event is: a LOC, a building too (GUIDELINES, venues)
    return [replace(mention, start=tokens[0].start, end=place_end, text=doc.text[tokens[0].start:place_end],
                    normal="", label="LOC", label_fine="LOC", source=f"{mention.source}+subject"),
            replace(mention, start=person_start, text=doc.text[person_start:mention.end], normal="", label="PER",
                    label_fine="PER", source=f"{mention.source}+subject")]


def _place_before_name(mention: Mention, words: list[re.Match], doc: Document, rules: Corrections) -> bool:
    """Whether a mention of capitalised words runs a place on into a person's name after it, in a language that
    marks the place by a preposition, not a case ending (entities.yaml `place_prepositions`: "В Акорде Моди принял
    …", "в Кремле Ли Цяна"): its first word after "в" is, by one of `place_endings` that ends a noun's locative
    (`noun_locative_endings`: "в Красной Поляне" is one place), a place the map knows, the rest
    is no place and does not hang on it in the genitive ("в Доме Правительства", "во Дворце Независимости": one
    building's name); after a building's type word (`venue_prepositions`) its name is as written ("в резиденции
    Акорда Токаев встретился …")."""
    if not rules.place_prepositions or not rules.noun_locative_endings or len(words) < 2 \
            or not all(w.group()[:1].isupper() for w in words[1:]):
        return False
    before = doc.text[max(0, mention.start - 40):mention.start]
    place = words[0].group()
    # after a building's type word its name stands as written, in apposition ("в резиденции Акорда")
    named = bool(rules.venue_prepositions and rules.venue_prepositions.search(before) and geocode(place))
    if not named and not rules.place_prepositions.search(before[-10:]):
        return False
    if not named and not any(place.lower().endswith(ending) and len(place) - len(ending) >= MIN_PLACE_STEM
               and geocode(place[:len(place) - len(ending)] + nominative)
               for ending, nominatives in rules.place_endings if ending in rules.noun_locative_endings
               for nominative in nominatives):
        return False
    rest = mention.text[words[1].start():]
    tokens = _tokens_in(doc, mention.start + words[1].start(), mention.end)
    return not geocode(rest) and not any(t.feats.get("Case") == "Gen" for t in tokens[:1]) \
        and not (rules.known_names or {}).get(fold(rest))


def _given_names_after_states(mentions: list[Mention], doc: Document,
                              normalizer_names: dict[str, str] | None) -> list[Mention]:
    """A state's long name the model ran on into the given names of the person right after it ("Президентом
    Турецкой Республики Реджепом" + "Тайипом Эрдоганом") ends where it names a state (countries.country_code:
    "Турецкая Республика"); the words after it, up to MAX_GIVEN_NAMES, in the person's case and not the state's,
    begin the person (whose mention is moved). The mentions as given where the whole names a state, or no shorter
    part does."""
    found: list[Mention] = []
    for mention, after in zip(mentions, mentions[1:] + [None]):
        words = list(re.finditer(r"\S+", mention.text))
        normal = _normal(mention, normalizer_names).split()
        if after is None or mention.label == "PER" or after.label != "PER" or len(words) < 3 \
                or len(normal) != len(words) or doc.text[mention.end:after.start] != " " \
                or country_code(" ".join(normal)):
            found.append(mention)
            continue
        # the normal's words are the text's, each in the nominative (as _strip_leading_title reads them)
        cases = [_case_at(doc, mention.start + word.start()) for word in words] + [_case_at(doc, after.start)]
        # the given names take the person's case, which the state's last word has not ("Республики Реджепом")
        cut = next((k for k in range(len(words) - 1, max(1, len(words) - MAX_GIVEN_NAMES - 1), -1)
                    if country_code(" ".join(normal[:k])) and cases[k - 1] != cases[-1]
                    and all(case == cases[-1] for case in cases[k:])), None)
        if cut is None:
            found.append(mention)
            continue
        state_end, given = mention.start + words[cut - 1].end(), mention.start + words[cut].start()
        found.append(replace(mention, end=state_end, text=doc.text[mention.start:state_end],
                             normal=" ".join(normal[:cut]), source=f"{mention.source}+split"))
        after.start, after.text, after.normal = given, doc.text[given:after.end], ""
        after.source = f"{after.source}+given"
    return found


def _case_at(doc: Document, offset: int) -> str | None:
    """The grammatical case (UD `Case`) of the word starting at `offset`, None where untagged."""
    at = bisect_left(doc.tokens, offset, key=lambda token: token.start)
    return doc.tokens[at].feats.get("Case") if at < len(doc.tokens) and doc.tokens[at].start == offset else None


def _run_on_parts(mention: Mention, words: list[tuple[str, int, int]], nominatives: list[str],
                  others: list[list[str]], surnames: set[str], honorifics: tuple[str, ...],
                  known_people: set[str] = frozenset(), surname: re.Pattern | None = None,
                  fuzzy: bool = True) -> list[Mention]:
    """The persons a run-on person span holds (`_split_run_on_names`): [mention] where it is one. An honorific
    after a word ends the person too, and is no name (`Си мырза Тоқаевпен`). What follows is a person where a
    word of it names one of the document's other people or a person the gazetteer knows (`known_people`, folded
    nominatives: "Макрон Тоқаевқа" in an article naming Tokayev nowhere else). A surname the gazetteer knows
    (ending as surnames do, `surname`) before a word that ends so too or is the surname of another person named
    in full is two people however the article names them ("Тоқаев Жапаровпен кездесті", "Тоқаев Ердоғанмен":
    the headline's subject and counterpart by surname alone), and so is one written bare before a name whose last
    word has a case ending ("Тоқаев Антониу Коштамен кездесті"), unless one name of the article holds both. Two
    words of the gazetteer's people after a name of two words or more start another person ("Берік Уәли
    Қасым-Жомарт Тоқаевтың"). Words compare as `_among` does, `fuzzy` where no normaliser gave their nominatives."""
    name_words = {word for names in others for word in names} | known_people
    # the run ends in a case ending: a known surname written bare before it is the subject's, another case
    # ("Тоқаев Антониу Коштамен кездесті": Tokayev, and Costa met with)
    inflected = nominatives[-1] != fold(words[-1][0])
    for k in range(len(words) - 1):
        honorific = nominatives[k + 1].startswith(honorifics) if honorifics else False
        # the next word a surname by its ending, or the surname of another person the article names in full, or
        # the start of a name in another case
        two_surnames = bool(surname) and nominatives[k] in known_people and bool(surname.search(nominatives[k])) \
            and (bool(surname.search(nominatives[k + 1])) or _among(nominatives[k + 1], surnames, fuzzy)
                 or (inflected and nominatives[k] == fold(words[k][0]))) \
            and not any(_among(nominatives[k], names, fuzzy) and _among(nominatives[k + 1], names, fuzzy)
                        for names in others)
        # a full name the gazetteer knows, two words of it, after a name of two words or more ("Берік Уәли
        # Қасым-Жомарт Тоқаевтың … сөйлескенін хабарлады": the press secretary, then whose call he reported)
        known_next = 0 < k < len(words) - 2 and nominatives[k + 1] in known_people \
            and nominatives[k + 2] in known_people
        if not honorific and not two_surnames and not known_next and (
                not _among(nominatives[k], surnames, fuzzy) or any(
                    _among(nominatives[k], names, fuzzy) and _among(nominatives[k + 1], names, fuzzy)
                    for names in others)):
            continue
        end = words[k][2]
        left = replace(mention, end=mention.start + end, text=mention.text[:end], normal="",
                       source=f"{mention.source}+split")
        rest = k + 2 if honorific else k + 1
        if rest == len(words) or not (two_surnames or _among(nominatives[rest], name_words, fuzzy)):
            return [left]
        start = words[rest][1]
        right = replace(mention, start=mention.start + start, text=mention.text[start:], normal="",
                        source=f"{mention.source}+split")
        return [left] + _run_on_parts(right, [(w, a - start, b - start) for w, a, b in words[rest:]],
                                      nominatives[rest:], others, surnames, honorifics, known_people, surname, fuzzy)
    return [mention]


def _given_name_to_next(mentions: list[Mention], doc: Document, corrections: dict) -> list[Mention]:
    """A person of three words or more whose last word follows a surname (entities.yaml `run_on_surname`) and is
    none, right before another person (one space between), ends at that surname: the word is the next person's
    given name, which the model ran into the name before ("Дайырбек Орунбеков Садыр" + "Жапаровтың барғанын
    хабарлады": the press secretary, then Sadyr Japarov)."""
    moved: list[Mention] = []
    for mention in mentions:
        previous = moved[-1] if moved else None
        surname = _rules(corrections, mention.lang).run_on_surname
        words = previous.text.split() if previous is not None else []
        if surname and len(words) >= 3 and previous.label == mention.label == "PER" \
                and doc.text[previous.end:mention.start] == " " and surname.search(fold(words[-2])) \
                and not surname.search(fold(words[-1])) and words[-1][:1].isupper():
            cut = previous.start + previous.text.rfind(" ")
            moved[-1] = replace(previous, end=cut, text=doc.text[previous.start:cut], normal="",
                                source=f"{previous.source}+split")
            mention = replace(mention, start=cut + 1, text=doc.text[cut + 1:mention.end], normal="",
                              source=f"{mention.source}+joined")
        moved.append(mention)
    return moved


def _among(word: str, names, fuzzy: bool = True) -> bool:
    """Whether a word is one of `names`, up to a case ending of two letters where `fuzzy`: where no normaliser gave
    the words' nominatives (Russian "Путину" ~ "Путин"). Where one did, only the same word: Kazakh "Әли" (Асадов)
    is no "Әлиев"."""
    return any(word == name or (fuzzy and len(word) - len(name) in (1, 2) and word.startswith(name))
               or (fuzzy and len(name) - len(word) in (1, 2) and name.startswith(word)) for name in names)


def _join_surnames(mentions: list[Mention], doc: Document, corrections: dict,
                   normalizer_names: dict[str, str] | None) -> list[Mention]:
    """A one-word person followed, after one space, by a capitalised one-word mention that is no known name and
    no country (`Наталья` PER + `Герман` LOC) is one person: the model took the surname for something else, not
    the state a visit goes to (`Тоқаевтың` + `Моңғолияға` сапары; countries.country_code) nor where they are
    (`Силва` + `Пекинде`: `_place_in_locative`), where the person is no state in another case (`Әзербайжанның` +
    `Габала`: Azerbaijan's Gabala); so is a one-word
    place in its own nominative, no state and after no preposition, followed by a one-word person (`Багдад` LOC +
    `Амреев` PER): the model took the first name for a city; and so are two one-word people in the nominative, one
    space apart, of whom only the second is surname-shaped (`Садыр` + `Жапаров`)."""
    joined: list[Mention] = []
    for mention in mentions:
        previous = joined[-1] if joined else None
        rules = _rules(corrections, mention.lang)
        if (previous is not None and rules.known_names and previous.label == "PER" and " " not in previous.text
                and mention.label != "PER" and " " not in mention.text and mention.text[:1].isupper()
                and doc.text[previous.end:mention.start] == " "
                # a state the model called a person is whose the next name is ("Әзербайжанның" + "Габала")
                and not country_code(_normal(replace(previous, normal="", label="LOC"), normalizer_names))
                and fold(_normal(mention, normalizer_names)) not in rules.known_names
                and not country_code(_normal(mention, normalizer_names))
                and not _place_in_locative(mention.text, rules)):
            text = doc.text[previous.start:mention.end]
            joined[-1] = replace(previous, end=mention.end, text=text, normal="", source=f"{previous.source}+joined")
            continue
        if (previous is not None and previous.label == "LOC" and " " not in previous.text and mention.label == "PER"
                and " " not in mention.text and doc.text[previous.end:mention.start] == " "
                and previous.text == _normal(previous, normalizer_names) and not country_code(previous.text)
                # "в резиденции Акорда Токаев …", "в резиденции Куксарой Мирзиёев": the building, no first name
                and not is_building(previous.text)
                and not (rules.venue_prepositions
                         and rules.venue_prepositions.search(doc.text[max(0, previous.start - 40):previous.start]))
                and not _after_preposition(doc, previous) and not _title_before(doc, previous, rules)):
            # "генеральный секретарь организации Багдад Амреев": a first name the model took for a city, not
            # "Мэр Тбилиси Каладзе", the place of a title
            text = doc.text[previous.start:mention.end]
            joined[-1] = replace(mention, start=previous.start, text=text, normal="", source=f"{mention.source}+joined")
            continue
        if (previous is not None and rules.run_on_surname and previous.label == mention.label == "PER"
                and " " not in previous.text and " " not in mention.text and doc.text[previous.end:mention.start] == " "
                and not rules.run_on_surname.search(fold(previous.text)) and rules.run_on_surname.search(fold(mention.text))
                and previous.text == _normal(previous, normalizer_names) and mention.text == _normal(mention, normalizer_names)):
            # "В понедельник Садыр Жапаров принял …": the model cut one name into two people, a given name and a
            # surname (entities.yaml run_on_surname), both as written in the nominative (not a headline's subject
            # and object, "Ердоған Назарбаевты Анкараға шақырды", "Макрон Тоқаевқа: …")
            text = doc.text[previous.start:mention.end]
            joined[-1] = replace(previous, end=mention.end, text=text, normal="", source=f"{previous.source}+joined")
            continue
        joined.append(mention)
    return joined


def _joined_over_particles(mentions: list[Mention], doc: Document, corrections: dict,
                           normalizer_names: dict[str, str] | None) -> list[Mention]:
    """Two capitalised mentions with only particles of a name between them (person_names.name_particles: "бин",
    "фон дер"), or the second starting with one ("Мұхаммед бин Заид" + "Әл Нахаянмен"), are one person, the
    particles inside: the model read "Мұхаммед бин Насер әл-Хаджримен" as two people and "Урсула фон дер
    Ляйенмен" as two places. Where neither is a person, both must be no place the gazetteer knows, and the two
    are one place where the map knows them as one ("Рио де Жанейро"). A person first takes the name the model
    left off after its particles ("Фейсал" бин Фарханмен), where entities.yaml says so (`given_names`); so does a
    place or body the model named before a particle only a person's name has (person_names.person_particles:
    "ханзада Файсал" LOC + "бин Фарханмен"), which is that person; a person ending in a particle then takes the
    word after it (`_with_word_after_particle`). A person also takes an article glued to the next word by a hyphen
    ("Хусейн әл-Бахрмен") and a syllable-written name's last syllable in a case (`_syllable_after`), which a
    one-word mention of the model's own ("Фыонгты" LOC) gives up."""
    occupied = [(m.start, m.end) for m in mentions]
    extended, absorbed = [], set()
    for mention in mentions:
        if (mention.start, mention.end) in absorbed:
            continue
        if mention.label in ("PER", "LOC", "ORG") and _rules(corrections, mention.lang).given_names:
            sentence = doc.sentence_of(mention.start)
            after = _tokens_in(doc, mention.end, sentence.end if sentence else mention.end)
            end, label = mention.end, mention.label
            if label != "PER" and not (after and fold(after[0].text) in person_particles()):
                extended.append(mention)
                continue
            while len(after) > 1 and fold(after[0].text) in name_particles() and after[1].text[:1].isupper() \
                    and not any(a < after[1].end and after[1].start < b for a, b in occupied):
                end, after = after[1].end, after[2:]
            # the article glued to the last name by a hyphen ("Мухаммед Хусейн әл-Бахрмен") or a name's last syllable
            # ("Нгуен Минь Вуды", which the model may call a place of its own, "Фыонгты"): the model stopped before it
            if label == "PER" and after and after[0].start == end + 1:
                word = after[0]
                held = {(a, b) for a, b in occupied if a < word.end and word.start < b}
                if (_hyphenated_article(word.text) and not held) or (
                        held <= {(word.start, word.end)}
                        and _syllable_after(doc.text[mention.start:end], word.text, _rules(corrections, mention.lang),
                                            normalizer_names, mention)):
                    end = word.end
                    absorbed |= held
            if end > mention.end:
                mention = replace(mention, end=end, text=doc.text[mention.start:end], normal="", label="PER",
                                  label_fine="PER" if label != "PER" else mention.label_fine,
                                  source=f"{mention.source}+particles")
        extended.append(mention)
    joined: list[Mention] = []
    for mention in _with_given_name_before_particles(extended, doc, corrections):
        previous = joined[-1] if joined else None
        rules = _rules(corrections, mention.lang)
        gap = doc.text[previous.end:mention.start] if previous is not None else ""
        # a particle starting the next span only goes on a chain of particles ("Мұхаммед бин Заид" + "Әл
        # Нахаянмен"): "Ван И" after "Китая" is a name of its own
        particles = gap.split() or (mention.text.split()[:-1][:1] if gap == " " and previous.label == "PER" and any(
            fold(word) in name_particles() for word in previous.text.split()[1:-1]) else [])
        if (previous is not None and particles and all(fold(word) in name_particles() for word in particles)
                and {previous.label, mention.label} <= {"PER", "LOC"} and previous.text[:1].isupper()
                and mention.text[:1].isupper() and re.fullmatch(r"\s+(?:\S+\s+)*", gap)
                and ("PER" in (previous.label, mention.label) or not any(
                    rules.known_names.get(fold(_normal(m, normalizer_names))) == "LOC" or country_code(m.text)
                    for m in (previous, mention)))):
            whole = replace(previous, end=mention.end, text=doc.text[previous.start:mention.end], normal="",
                            source=f"{previous.source}+particles")
            # two places the map knows as one ("Рио" де "Жанейро") stay a place
            label = "PER" if "PER" in (previous.label, mention.label) \
                or not geocode(fold(_normal(replace(whole, label="LOC"), normalizer_names))) else "LOC"
            joined[-1] = replace(whole, label=label, label_fine=label)
            continue
        joined.append(mention)
    return _with_word_after_particle(joined, doc, corrections)


def _hyphenated_article(word: str) -> bool:
    """Whether a word is a name particle glued by a hyphen to a capitalised name ("әл-Бахрмен", "аль-Бусаиди"),
    the particle lower-case (person_names.name_particles: "Әл-Фараби" written with a capital is a name of its own)."""
    particle, _, name = word.partition("-")
    return particle.islower() and fold(particle) in name_particles() and name[:1].isupper()


def _syllable_after(name: str, word: str, rules: Corrections, normalizer_names: dict[str, str] | None,
                    mention: Mention) -> bool:
    """Whether `word`, right after the person `name`, is the last syllable of a name written in syllables, with a
    case ending (entities.yaml `syllable_name`: "Нгуен Минь" + "Вуды"): the person's words are no longer than
    `syllable_letters`, and the word is no place or body the gazetteer knows ("Ван И Бакуге")."""
    if rules.syllable_name is None or not rules.syllable_name.match(word) \
            or any(len(part) > rules.syllable_letters for part in re.split(r"[\s-]+", name)):
        return False
    alone = replace(mention, text=word, normal="", label="LOC")
    return rules.known_names.get(fold(_normal(alone, normalizer_names))) is None


def _with_given_name_before_particles(mentions: list[Mention], doc: Document, corrections: dict) -> list[Mention]:
    """A capitalised word in no mention, then only particles of a name (person_names.name_particles), then a
    place or person the model named: one person ("Төрайымы Урсула фон дер Ляйенмен": the model saw "Ляйен" alone,
    a place), where entities.yaml says so (`given_names`). A particle-free gap or a sentence's first word is left."""
    occupied = [(m.start, m.end) for m in mentions]
    fixed = []
    for mention in mentions:
        sentence = doc.sentence_of(mention.start)
        before = _tokens_in(doc, sentence.start if sentence else mention.start, mention.start)
        particles = list(takewhile(lambda t: fold(t.text) in name_particles(), reversed(before)))
        given = before[-len(particles) - 1] if particles and len(before) > len(particles) else None
        if given is None or mention.label not in ("PER", "LOC") \
                or not _rules(corrections, mention.lang).given_names \
                or not _free_name_word(given, occupied) or given.start == (sentence.start if sentence else 0):
            fixed.append(mention)
            continue
        fixed.append(replace(mention, start=given.start, text=doc.text[given.start:mention.end], normal="",
                             label="PER", label_fine="PER", source=f"{mention.source}+given"))
    return fixed


def _with_word_after_particle(mentions: list[Mention], doc: Document, corrections: dict) -> list[Mention]:
    """A person ending in a particle (`_joined_over_particles`) takes the capitalised word after it from the
    mention the model put it in ("Абдулла Әл" + "Сауд ханзадамен"), where entities.yaml says so (`given_names`);
    the rest of that mention goes where it starts with no capital. Where no mention holds it ("Фархан Әл" Сауд
    ханзадамен), it takes the word as written. `mentions` in text order."""
    fixed: list[Mention] = []
    for mention in mentions:
        previous = fixed[-1] if fixed else None
        if previous is not None and previous.end < mention.start:
            fixed[-1] = _with_free_word_after_particle(previous, doc, corrections, mention.start)
            previous = fixed[-1]
        if previous is not None and previous.label == "PER" and mention.start == previous.end + 1 \
                and _rules(corrections, previous.lang).given_names \
                and fold(previous.text.split()[-1]) in name_particles() and mention.text[:1].isupper():
            word = re.match(r"\S+", mention.text).group()
            end = mention.start + len(word)
            fixed[-1] = replace(previous, end=end, text=doc.text[previous.start:end], normal="",
                                source=f"{previous.source}+particles")
            rest = mention.text[len(word):].lstrip()
            if not rest[:1].isupper():
                continue
            start = mention.end - len(rest)
            mention = replace(mention, start=start, text=rest, normal="", source=f"{mention.source}+rest")
        fixed.append(mention)
    if fixed:
        fixed[-1] = _with_free_word_after_particle(fixed[-1], doc, corrections, len(doc.text))
    return fixed


def _with_free_word_after_particle(mention: Mention, doc: Document, corrections: dict, limit: int) -> Mention:
    """A person ending in a particle followed by a capitalised word in no mention (the next starts at `limit`) takes
    that word (`_with_word_after_particle`)."""
    after = NEXT_WORD.match(doc.text[mention.end:limit])
    if mention.label != "PER" or not after or not after.group(1)[:1].isupper() \
            or not _rules(corrections, mention.lang).given_names \
            or fold(mention.text.split()[-1]) not in name_particles():
        return mention
    end = mention.end + after.end()
    return replace(mention, end=end, text=doc.text[mention.start:end], normal="", source=f"{mention.source}+particles")


def _title_before(doc: Document, mention: Mention, rules: Corrections) -> Token | None:
    """The token right before the mention where it is a title word (`leading_titles`: "Мэр Тбилиси Каладзе",
    "председатель Халк Маслахаты …"), else None."""
    before = [t for t in doc.tokens if t.end <= mention.start][-1:]
    return before[0] if before and fold(before[0].lemma or before[0].text) in rules.leading_titles else None


def _after_preposition(doc: Document, mention: Mention) -> bool:
    """A place right after a lowercase one- or two-letter word ("в Багдад", "из Баку"), or such a word starting the
    sentence or what follows a dateline's dash ("В Баку Токаев провел переговоры …", "/Kazinform/ – В Токио …"), is
    a place."""
    start = max(0, mention.start - 4)
    opening = doc.text[_sentence_start(doc, mention.start):mention.start]
    return bool(re.search(r"(?<!\w)[а-яёa-z]{1,2}\s+$", doc.text[start:mention.start])
                or re.search(r"(?:^|[–—:]\s+)[А-ЯЁA-Z][а-яёa-z]?\s+$", opening))


def _bodies_in_titles(mentions: list[Mention], doc: Document, corrections: dict) -> list[Mention]:
    """"председатель Халк Маслахаты Милли Генгеша Туркменистана Гурбангулы Бердымухамедов": a person right after
    a title word (`leading_titles`), followed by a state and then a person, is the body whose title it is
    (the model reads a foreign parliament's name as a person's): an organisation. `mentions` in text order."""
    fixed = list(mentions)
    for n in range(len(fixed) - 2):
        body, state, person = fixed[n:n + 3]
        rules = _rules(corrections, body.lang)
        if body.label != "PER" or state.label != "LOC" or person.label != "PER" or not rules.leading_titles:
            continue
        lemma = " ".join(t.lemma for t in _tokens_in(doc, state.start, state.end))
        if doc.text[body.end:state.start] != " " or doc.text[state.end:person.start] != " " \
                or not (country_code(state.normal) or country_code(lemma)):
            continue
        title = _title_before(doc, body, rules)
        if title and doc.text[title.end:body.start] == " ":
            fixed[n] = replace(body, label="ORG", label_fine="ORG", normal="", source=f"{body.source}+body")
    return fixed


def _bodies_before_titles(mention: Mention, doc: Document, corrections: dict) -> list[Mention]:
    """Kazakh writes a body's name before its holder's title ("Бундестаг Төрағасы Юлия Клекнер", "Олий Мажлис
    Сенатының Төрайымы", "Төменгі палатаның Спикері"), and the model reads it as a person or runs it onto the name
    before it ("Мәулен Әшімбаев Бундестаг"). A person's span right before a title word in its holder's form
    (entities.yaml `trailing_titles` + `title_holder_endings`: "Төрағасы", "депутаты"), or before a lowercase noun
    in the genitive and one ("палатаның Спикері"), ends at its last word shaped as a surname (`run_on_surname`),
    else, with three words and the title right after, a word before its last ("Айдос Сарым Бундестаг"): the
    words after are the body's, an organisation. With no surname, one in the genitive or before a noun in the
    genitive is all the body's ("Әзербайжан Милли Меджлисінің", "Олий Мажлис Заңнамалық" палатасының). [mention]
    where no title follows."""
    rules = corrections.get(mention.lang, NO_CORRECTIONS)
    words = list(re.finditer(r"\S+", mention.text))
    if mention.label != "PER" or not rules.holder_titles or not rules.run_on_surname:
        return [mention]
    after = doc.text[mention.end:mention.end + 60].split("\n", 1)[0].split()[:2]
    direct = bool(after) and doc.text[mention.end:mention.end + 1] == " " and fold(after[0]) in rules.holder_titles
    through = len(after) == 2 and after[0][:1].islower() and fold(after[0]).endswith(rules.genitive_endings or ("\0",)) \
        and fold(after[1]) in rules.holder_titles
    if not (direct or through):
        return [mention]
    named = [k + 1 for k in range(len(words) - 1) if rules.run_on_surname.search(fold(words[k].group()))]
    genitive = fold(words[-1].group()).endswith(rules.genitive_endings or ("\0",))
    cut = named[-1] if named else (0 if genitive or through else (len(words) - 1 if len(words) > 2 and direct
                                                                       else None))
    if cut is None:
        return [mention]
    pieces = []
    if cut:
        end = words[cut - 1].end()
        pieces.append(replace(mention, end=mention.start + end, text=mention.text[:end], normal="",
                              source=f"{mention.source}+split"))
    if all(w.group()[:1].isupper() for w in words[cut:]):
        start = words[cut].start()
        pieces.append(replace(mention, start=mention.start + start, text=mention.text[start:], normal="", label="ORG",
                              label_fine="ORG", source=f"{mention.source}+body"))
    return pieces


def _surname_first(mentions: list[Mention], doc: Document, corrections: dict) -> list[Mention]:
    """`Послом Российской Федерации Бородавкиным Алексеем Николаевичем`: a given name and patronymic written after
    the surname (official style) are one person with the capitalised word before them, which the model left out
    or gave to the name before it (`Российской Федерации Бородавкиным` LOC): that name gives the word back.
    Mentions sorted by start; returns them sorted."""
    result = list(mentions)
    for n, mention in enumerate(result):
        if mention is None:
            continue  # a surname already given back to the name after it
        rules = _rules(corrections, mention.lang)
        words = mention.text.split(" ")
        if mention.label != "PER" or rules.patronymic is None or len(words) != 2 \
                or not rules.patronymic.search(words[1]):
            continue
        found = re.search(r"(?<![\w-])([^\W\d_][\w-]*) $", doc.text[max(0, mention.start - 40):mention.start])
        if not found or not found.group(1)[:1].isupper():
            continue
        start = mention.start - len(found.group(1)) - 1
        if _cases_differ(doc, start, mention.start):
            continue  # "президентом Украины Виктором Януковичем": a genitive before an instrumental is no surname
        owner = next((k for k, m in enumerate(result) if m is not None and m.start <= start < m.end and k != n),
                     None)
        if owner is not None:
            other = result[owner]
            if other.end != start + len(found.group(1)):
                continue
            if other.label == "PER" or " " not in other.text:  # the surname alone, under any label
                result[owner] = None
            else:  # the name before it took the surname: it ends a word earlier
                cut = len(found.group(1)) + 1
                normal = " ".join(other.normal.split(" ")[:-1]) if other.normal else ""
                result[owner] = replace(other, end=other.end - cut, text=other.text[:-cut], normal=normal)
        result[n] = replace(mention, start=start, text=doc.text[start:mention.end], normal="",
                            source=f"{mention.source}+surname")
    return sorted((m for m in result if m is not None), key=lambda m: (m.start, m.end))


def _cases_differ(doc: Document, first: int, second: int) -> bool:
    """Whether the analysis gives the words starting at two offsets different grammatical cases."""
    cases = [_case_at(doc, offset) for offset in (first, second)]
    return bool(cases[0] and cases[1] and cases[0] != cases[1])


# an abbreviation ending in two capitals or more (`БҰҰ-ның`, `ТүркПА-ға`), or a Latin name with a Kazakh ending
# (`Facebook-тегі`)
ABBREVIATION_WITH_SUFFIX = re.compile(r"^(?P<abbr>(?:[^\W\d_]+ )*(?:[^\W\d_]*[^\W\d_a-zа-яәғқңөұүһі]{2,}"
                                      r"(?=-[^\W\d_]+$)|[A-Za-z][\w.]*(?=-[а-яәғқңөұүһі]+$)))-[^\W\d_]+$")


def _trim_abbreviation_suffix(mention: Mention) -> Mention:
    """A case ending hyphenated to an abbreviation (`БҰҰ-ның`) or a Latin name (`Facebook-тегі`) is grammar, not
    the name: the span is `БҰҰ` (GUIDELINES: a hyphen-glued suffix stays out)."""
    match = ABBREVIATION_WITH_SUFFIX.match(mention.text)
    if not match:
        return mention
    abbreviation = match.group("abbr")
    return replace(mention, end=mention.start + len(abbreviation), text=abbreviation, normal="",
                   source=f"{mention.source}+trimmed")


def _is_lone(mention: Mention, doc: Document, parts_of_speech: frozenset[str]) -> bool:
    """A mention that is a single adjective (`Консультативных` before `встреч`) names nothing by itself."""
    tokens = _tokens_in(doc, mention.start, mention.end)
    return len(tokens) == 1 and tokens[0].pos in parts_of_speech


def _title_alone(mention: Mention, doc: Document, titles: frozenset[str]) -> bool:
    """A person that is one title word alone (`leading_titles`, by lemma: "– сказал Президент", "отметил Министр")
    is someone the article names elsewhere, no person of their own: the title is read as a title (roles.py)."""
    tokens = _tokens_in(doc, mention.start, mention.end)
    return mention.label == "PER" and len(tokens) == 1 and fold(tokens[0].lemma or tokens[0].text) in titles


def _sentence_start(doc: Document, offset: int) -> int:
    sentence = doc.sentence_of(offset)
    return sentence.start if sentence else 0


def _correct(mention: Mention, entries: tuple[GazetteerEntry, ...], left_context: str) -> list[Mention]:
    """Relabel a mention that is a known name; split one that starts with a known name and runs on into
    another (`Западный Кейп Аланом Винде` → LOC `Западный Кейп` + PER `Аланом Винде`)."""
    key = fold(mention.text)
    for entry in entries:
        if entry.context and not entry.context.search(left_context):
            continue
        if key in entry.forms:
            return [replace(mention, label=entry.label, label_fine=entry.label, normal=entry.normal,
                            source=f"{mention.source}+gazetteer")]
        for form in entry.forms:
            if key.startswith(form + " "):
                cut = mention.start + len(form)
                rest_offset = len(form) + 1
                rest_normal = " ".join(mention.normal.split()[len(form.split()):]) if mention.normal else ""
                return [
                    replace(mention, end=cut, text=mention.text[:len(form)], label=entry.label,
                            label_fine=entry.label, normal=entry.normal, source=f"{mention.source}+gazetteer"),
                    replace(mention, start=mention.start + rest_offset, text=mention.text[rest_offset:],
                            label="PER", label_fine="PER", normal=rest_normal, source=f"{mention.source}+split"),
                ]
    return [mention]


ABBREVIATION_IN_BRACKETS = re.compile(r"^(?P<name>.*\S)\s*\((?P<abbr>[^\W\d_][\w.-]*)\)$")


NAME_LABELS = ("PER", "ORG", "LOC", "POSITION")
SPACED_DASH = re.compile(r"\s*[–—-](?:\s+|$)|^\s*[–—-]\s*")  # "Kazinform – Қасым-Жомарт", "– Қазақстан"


def _split_at_dash(mention: Mention) -> list[Mention]:
    """A dash set off by spaces joins no name: the model read a dateline's agency together with the name after
    it ("Kazinform – Қасым-Жомарт Тоқаев бүгін …", "ҚазАқпарат – Қазақстан Республикасының …"). The pieces on
    either side keep a name's label (the model's label was right for them); where the whole had another label
    (FAC for "Kazinform – Қасым-Жомарт Тоқаев") no piece keeps it, and the known names find them (_found_known).
    A piece of no letters is none; a hyphen inside a word ("Қасым-Жомарт", "Нью-Йорк") is no such dash."""
    pieces, start = [], 0
    for dash in list(SPACED_DASH.finditer(mention.text)) + [None]:
        end = dash.start() if dash else len(mention.text)
        if any(c.isalpha() for c in mention.text[start:end]):
            pieces.append((start, end))
        start = dash.end() if dash else start
    if pieces == [(0, len(mention.text))]:
        return [mention]
    if mention.label not in NAME_LABELS:
        return []
    return [replace(mention, start=mention.start + a, end=mention.start + b, text=mention.text[a:b], normal="",
                    source=f"{mention.source}+dash") for a, b in pieces]


AGENCY_TAG = re.compile(r"(\S.*?)\s+/([^/\s][^/]*)/")  # "БИШКЕК /АКИpress/": a dateline's city, then its agency


def _split_at_agency_tag(mention: Mention) -> list[Mention]:
    """A news agency's tag between slashes closes a dateline, no name: the model read the city before it with it
    ("БИШКЕК /АКИpress/ – …" one organisation, which became a side of the news). The city is a place where the map
    or pycountry knows it, the agency inside the slashes an organisation."""
    match = AGENCY_TAG.fullmatch(mention.text)
    if not match:
        return [mention]
    city, agency = match.group(1), match.group(2)
    place = geocode(city.title() if city.isupper() else city)
    label = "LOC" if place or country_code(city) else mention.label
    return [replace(mention, end=mention.start + len(city), text=city, normal="", label=label, label_fine=label,
                    source=f"{mention.source}+tag"),
            replace(mention, start=mention.start + match.start(2), end=mention.start + match.end(2), text=agency,
                    normal="", label="ORG", label_fine="ORG", source=f"{mention.source}+tag")]


def _with_patronymic_particle(mention: Mention, doc: Document, particles: tuple[str, ...]) -> None:
    """A patronymic's particle written after a person's name (`particles`, entities.yaml `patronymic_particles`:
    "уулу", "кызы") is part of the name, and of its normal, as written: the model stops before it ("Нурланбеком
    Тургунбек" of "Нурланбеком Тургунбек уулу"). Changes the mention in place."""
    if mention.label != "PER" or not particles:
        return
    after = re.match(r"\s+(\w+)\b", doc.text[mention.end:mention.end + 12])
    if after and after.group(1) in particles:
        mention.end += after.end()
        mention.text = doc.text[mention.start:mention.end]
        mention.normal = f"{mention.normal} {after.group(1)}"


def _split_at_full_stop(mention: Mention) -> list[Mention]:
    """A one-letter last name and two capitalised words after its dot are two people in two sentences: the model
    read the full stop as an initial's ("… министром Китая Ван И. Сергей Лавров отметил", "… Ван И. Ван И
    передал": the second name may end in one letter too). An initial stands
    before a surname, one word ("Джон Ф. Кеннеди"), or in a pair ("Иванов И.И."), so neither is split."""
    match = ONE_LETTER_THEN_NAME.search(mention.text) if mention.label == "PER" else None
    if not match:
        return [mention]
    first, second = match.start("stop"), match.start("next")
    return [replace(mention, end=mention.start + first, text=mention.text[:first], normal="",
                    source=f"{mention.source}+stop"),
            replace(mention, start=mention.start + second, text=mention.text[second:], normal="",
                    source=f"{mention.source}+stop")]


def _split_abbreviation(mention: Mention) -> list[Mention]:
    """`Африканского союза (АС)` is two names of one body: the name, and the abbreviation in brackets."""
    match = ABBREVIATION_IN_BRACKETS.match(mention.text)
    if not match:
        return [mention]
    name, abbreviation = match.group("name"), match.group("abbr")
    normal = re.sub(r"\s*\([^()]*\)$", "", mention.normal) if mention.normal else ""
    abbreviation_start = mention.start + match.start("abbr")
    return [
        replace(mention, end=mention.start + len(name), text=name, normal=normal, source=f"{mention.source}+split"),
        replace(mention, start=abbreviation_start, end=abbreviation_start + len(abbreviation), text=abbreviation,
                normal=abbreviation, source=f"{mention.source}+split"),
    ]


def _tokens_in(doc: Document, start: int, end: int) -> list[Token]:
    # tokens are in text order and do not overlap: from the first one at or after start, those ending by end (the
    # tokens after start not copied first: the stage asks for a mention's few words tens of times per mention)
    tokens = doc.tokens
    first = last = bisect_left(tokens, start, key=lambda token: token.start)
    while last < len(tokens) and tokens[last].end <= end:
        last += 1
    return tokens[first:last]


def _strip_leading_title(mention: Mention, doc: Document, titles: frozenset[str]) -> Mention:
    """`Вице-председателя Сената` is a title before the name: the mention is `Сената`; so is, before a person, the body
    of a title written before the mention (`titles` holds the institution nouns then), which the model ran into
    the name ("Председатель Мажилиса Ерлан Кошанов": the person is `Ерлан Кошанов`)."""
    tokens = _tokens_in(doc, mention.start, mention.end)
    if len(tokens) < 2 or fold(tokens[0].lemma) not in titles:
        return mention
    cut = tokens[1].start - mention.start
    normal_words = mention.normal.split()
    normal = " ".join(normal_words[1:]) if len(normal_words) == len(tokens) else ""
    if len(tokens) == 2 and fold(normal) == fold(tokens[1].text) and tokens[1].lemma:
        # the model normalised the title, not the name: a one-word name's lemma is its nominative
        normal = shaped(tokens[1].lemma, tokens[1].text)
    return replace(mention, start=tokens[1].start, text=mention.text[cut:], normal=normal,
                   source=f"{mention.source}+title")


def _without_common_first_word(mention: Mention, rules: Corrections,
                               normalizer_names: dict[str, str] | None) -> Mention:
    """A common noun capitalised at the sentence's start is no part of the person the model ran it into
    ("Саммитке Шавкат Мирзиёев пен … қатысты": the summit, then Mirziyoyev): entities.yaml `common_words`, by
    the word's nominative. The mention as given where its first word is no such noun."""
    words = list(re.finditer(r"\S+", mention.text))
    if mention.label != "PER" or len(words) < 2 or not rules.common_words:
        return mention
    first = fold(_normal(replace(mention, text=words[0].group(), normal=""), normalizer_names))
    if first not in rules.common_words:
        return mention
    cut = words[1].start()
    return replace(mention, start=mention.start + cut, text=mention.text[cut:], normal="",
                   source=f"{mention.source}+common")


def _titles_before_person(mention: Mention, doc: Document, titles: frozenset[str]) -> list[Mention]:
    """"Эмира Государства Катар Шейха Тамима бин Хамада Аль Тани": titles the model put at the start of a person
    (`leading_titles`, by lemma), with what completes them between (words in the genitive, a state), are no part
    of the name: the person is what follows the last of them, and a state among them a place of its own (whom
    the titles are of). So is a city or state right after one title ("Аким Алматы Дархан Сатыбалды", "Мэр Москвы
    Собянин"), leaving two words for the name where the mention has four or more ("Дархан" is a Mongolian city
    too). [mention] where the words after its first title are no such run."""
    tokens = _tokens_in(doc, mention.start, mention.end)
    if mention.label != "PER" or len(tokens) < 3:
        return [mention]
    last = max((k for k, token in enumerate(tokens[:-1]) if fold(token.lemma or token.text) in titles), default=0)
    if not last and fold(tokens[0].lemma or tokens[0].text) in titles:
        while len(tokens) - last - 2 >= min(2, len(tokens) - 2) and _place_word(tokens[last + 1]):
            last += 1  # the title's place: the person starts after it
    between = tokens[:last]
    if not last or fold(tokens[0].lemma or tokens[0].text) not in titles or not all(fold(t.lemma or t.text) in titles or t.feats.get("Case") == "Gen"
                                          or country_code(t.lemma or t.text) for t in between):
        return [mention]
    person = tokens[last + 1]
    states = [replace(mention, start=t.start, end=t.end, text=t.text, normal="", label="LOC", label_fine="LOC",
                      source=f"{mention.source}+title") for t in tokens[:last + 1] if _place_word(t)]
    return states + [replace(mention, start=person.start, text=doc.text[person.start:mention.end], normal="",
                             source=f"{mention.source}+title")]


def _place_word(token: Token) -> bool:
    """A state, or a city or region the map knows (pipeline/geocode.py, GeoNames classes P and A), by its lemma or
    as written."""
    return bool(country_code(token.lemma or token.text)) or any(
        (place := geocode(word)) is not None and place.feature_class in ("P", "A") for word in (token.lemma, token.text)
        if word)


def _strip_trailing_titles(mention: Mention, doc: Document, titles: tuple[str, ...], label: str = "ORG") -> Mention:
    """`БҰҰ Бас хатшысының` is the UN and a title after it: the organisation's mention is `БҰҰ`; so is a
    lowercase word joining two title words (`Италияның Төтенше және Өкілетті Елшісі` → `Италияның`); with
    `label="PER"` and honorifics, `Си мырза` is the person `Си`."""
    if mention.label != label or not titles:
        return mention
    tokens = _tokens_in(doc, mention.start, mention.end)
    kept = list(tokens)
    while len(kept) > 1 and (fold(kept[-1].text).startswith(titles) or (
            len(kept) > 2 and kept[-1].text.islower() and fold(kept[-2].text).startswith(titles)
            and len(kept) < len(tokens))):
        kept.pop()
    if len(kept) == len(tokens):
        return mention
    end = kept[-1].end
    return replace(mention, end=end, text=doc.text[mention.start:end], normal="", source=f"{mention.source}+title")


ONE_LETTER_THEN_NAME = re.compile(r"^[^\W\d_]{2,}(?:[\s-][^\W\d_]{2,})*\s[^\W\d_](?P<stop>\.)\s+"
                                  r"(?P<next>[^\W\d_a-zа-яё][\w-]+(?:\s+[^\W\d_a-zа-яё][\w-]*)+)$")
ONE_LETTER_LAST = re.compile(r"(?<!\.)\s\w\.$")  # "Ван И." ends in a one-letter word and a dot, no initials before


def _without_full_stop(mention: Mention, doc: Document) -> Mention:
    """A one-letter last name at the end of a sentence ("министра иностранных дел Китая Ван И.") is no initial:
    the dot the model took with it is the full stop (`Ван И`). Initials come in pairs or before the surname
    (`Иванов И.И.`, `И. Иванов`)."""
    if mention.label != "PER" or not ONE_LETTER_LAST.search(mention.text):
        return mention
    after = doc.text[mention.end:mention.end + 2].lstrip()[:1]
    if after.islower():
        return mention  # the text goes on after the dot in lower case: an abbreviation, not a sentence's end
    end = mention.end - 1
    return replace(mention, end=end, text=doc.text[mention.start:end], normal="", source=f"{mention.source}+stop")


def _without_time_word(mention: Mention, time_words: re.Pattern | None) -> list[Mention]:
    """A word telling when, capitalised at the sentence start, that the model ran into the name after it
    ("Сәрсенбіде Мұрат Нұртілеу", on Wednesday; entities.yaml `time_words`) is no part of it: the person or
    position starts after it, and one of that word alone ("Жұмада" as a position) is none. [mention] where it
    starts with none."""
    found = time_words.match(mention.text) if time_words and mention.label in ("PER", "POSITION") else None
    if not found:
        return [mention]
    rest = re.compile(r"\s*").match(mention.text, found.end()).end()
    if rest >= len(mention.text):
        return []
    return [replace(mention, start=mention.start + rest, text=mention.text[rest:], normal="",
                    source=f"{mention.source}+time")]


def _without_building_name(mention: Mention, doc: Document, rules: Corrections) -> list[Mention]:
    """A person of three words or more followed by a building's type (entities.yaml `building_after`: "Сердар
    Бердімұхамедов Оғұзхан резиденциясында", "Қасым-Жомарт Тоқаев Елисей сарайында …") holds the building's name
    as its last word, which the model ran into the name: the person (a given name and a surname left) and the building (a LOC,
    GUIDELINES "Venues"). Not two words (a surname and its building read apart cost held-out kk pairs 0.703 →
    0.684), nor a name in the genitive (`genitive_endings`: "… Тоқаевтың резиденциясында", whose residence it is).
    [mention] where no such word follows."""
    if mention.label != "PER" or not rules.building_after or len(mention.text.split()) < 3 \
            or not rules.building_after.match(doc.text, mention.end) \
            or fold(mention.text).endswith(rules.genitive_endings or ("\0",)):
        return [mention]
    person, building = _split_after_word(mention, len(mention.text.split()) - 2)
    return [person, replace(building, label="LOC", source=f"{mention.source}+building")]


ORDINAL_LAST = re.compile(r"\s+(?:[IVXLC]+|\d+)$")  # "Түркі Кеңесінің VIII"
ORDINAL_GLUED = re.compile(r"\s+\d+-(?P<word>\w+)")  # "… 77-сессиясының"


def _without_ordinal(mention: Mention, doc: Document, meetings: re.Pattern | None) -> Mention:
    """The ordinal between an organisation's name and a meeting word counts its meetings ("Түркі Кеңесінің VIII
    саммитіне": the eighth summit of the Turkic Council; entities.yaml `meeting_words`): the name ends before
    it. A number that is part of the name stays ("Группа 20", "Группы 77"). An ordinal glued to a meeting word the
    model took in ("Бас Ассамблеясы 77-сессиясының Жалпы") ends the name there too."""
    glued = ORDINAL_GLUED.search(mention.text) if mention.label == "ORG" and meetings else None
    # `meeting_words` reads the words after a name, from the space before them: the glued word is put so
    if glued and glued.start() and meetings.match(" " + glued.group("word")):
        return replace(mention, end=mention.start + glued.start(), text=mention.text[:glued.start()], normal="",
                       source=f"{mention.source}+ordinal")
    found = ORDINAL_LAST.search(mention.text) if mention.label == "ORG" and meetings else None
    if not found or not found.start() or not meetings.match(doc.text[mention.end:mention.end + 40]):
        return mention
    end = mention.start + found.start()
    return replace(mention, end=end, text=mention.text[:found.start()], normal="", source=f"{mention.source}+ordinal")


def _institution_mentions(doc: Document, mentions: list[Mention], corrections: dict) -> list[Mention]:
    """A common noun naming one body (`посольства Турции`, `сенате Франции`) is an organisation when the
    country or organisation it belongs to follows it."""
    starts = {m.start: m for m in mentions if m.label in ("LOC", "ORG")}
    covered = [(m.start, m.end) for m in mentions]
    found = []
    for token, following in zip(doc.tokens, doc.tokens[1:]):
        if following.start not in starts:
            continue
        rules = _rules(corrections, _lang_at(doc, token.start))
        if not token.lemma_in(rules.institution_nouns):
            continue
        if any(start < token.end and token.start < end for start, end in covered):
            continue
        found.append(Mention(start=token.start, end=token.end, text=token.text, label="ORG", label_fine="ORG",
                             normal=token.lemma, lang=starts[following.start].lang, source="institution"))
    return found


BODY_WORDS = 5  # words a body's name may have before its head noun ("Еңбек және халықты әлеуметтік қорғау министрлігі")
# labels of words that are no part of a body's name: a people's adjective ("Чехиялық"), a number, a date
NOT_IN_BODIES = frozenset({"NORP", "CARDINAL", "ORDINAL", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"})


def _bodies_by_head(doc: Document, mentions: list[Mention], corrections: dict,
                    normalizer_names: dict[str, str] | None) -> list[Mention]:
    """A body named by the words telling which before its head noun (entities.yaml `body_heads`: "Сыртқы істер
    министрлігінің", "Федерация кеңесі", "Мемлекеттік Думасының"), or by a capitalised head noun alone ("АҚШ
    Сенаты", "Парламенті"), is an organisation. The Kazakh model reads such a name as part of a title (POSITION:
    "Қазақстанның Сыртқы істер министрлігі", "Парламент Сенатының төрағасы"), cuts it before the head ("Сыртқы
    істер") or reads the owner and the body as one place ("АҚШ Сенаты"); the owner in front is a name of its own
    (GUIDELINES, institution + owner: `Ресей` + `Мемлекеттік Думасының`, `Парламенті` + `Сенаты`). The name starts at
    the first capitalised word of the BODY_WORDS words before the head, after the nearest person, known name or
    state (of one word or two: "Ресей Федерациясы Үкіметі"), other name (a number, a date), title word (`trailing_titles`), conjunction (`person_conjunctions`), other
    head noun or the sentence's start. A sentence's first word is no part of it ("Енді еліміздің Сыртқы істер
    министрлігіне", "Бұл кеңес") unless no other word is capitalised and the head takes the possessive of a name
    made of nouns ("Мемлекет басшылары кеңесі"); a capitalised head alone starting a sentence is the generic noun
    ("Министрлік"; the gazetteer knows "Үкімет", "Сенат"). A bare head noun followed by a capitalised word is part
    of a longer name ("Кеңес Одағы"). A name of the model's that is no known name, state nor place the map knows and
    shares words with the body keeps only the words before it, the owner ("АҚШ" of "АҚШ Сенаты"; its label is
    decided again with the others'). `mentions` with the bodies."""
    def name_at(token: Token) -> Mention | None:
        return next((m for m in mentions if m.label in ("PER", "ORG", "LOC") and m.start < token.end
                     and token.start < m.end), None)

    def known(mention: Mention) -> bool:
        normal = fold(_normal(mention, normalizer_names))
        return mention.label == "PER" or normal in _rules(corrections, mention.lang).known_names \
            or bool(country_code(normal)) or (mention.label == "LOC" and geocode(normal) is not None) \
            or normal in _igo_names(mention.lang) or _abbreviation(mention.text)

    def words_known(first: Token, last: Token) -> bool:
        return first.text[:1].isupper() and known(Mention(
            start=first.start, end=last.end, text=doc.text[first.start:last.end], label="LOC", label_fine="LOC",
            lang=_lang_at(doc, first.start)))

    bodies = []
    for paragraph in (p for p in doc.paragraphs if not p.boilerplate):
        rules = _rules(corrections, paragraph.lang)
        if not rules.body_heads:
            continue
        tokens = _tokens_in(doc, paragraph.start, paragraph.end)
        for h, head in enumerate(tokens):
            if not rules.body_head_forms.fullmatch(fold(head.text)) or (bodies and bodies[-1][1] > head.start):
                continue
            holder = name_at(head)
            after = tokens[h + 1] if h + 1 < len(tokens) else None
            if (holder and known(holder)) or (after and rules.body_heads.fullmatch(fold(head.text))
                                              and after.text[:1].isupper() and after.text[:1].isalpha()
                                              and doc.text[head.end:after.start] == " "):
                continue
            sentence = _sentence_start(doc, head.start)
            capitals = []
            for k in range(h - 1, max(-1, h - 1 - BODY_WORDS), -1):
                word, folded = tokens[k], fold(tokens[k].text)
                holder = name_at(word)
                if word.start < sentence or not re.fullmatch(r"[^\W\d_][\w-]*", word.text) \
                        or (holder and known(holder)) or rules.body_head_forms.fullmatch(folded) \
                        or any(m.label in NOT_IN_BODIES and m.start < word.end and word.start < m.end
                               for m in mentions) \
                        or words_known(word, word) or (k and words_known(tokens[k - 1], word)) \
                        or folded.startswith(rules.trailing_titles or ("\0",)) \
                        or (rules.person_conjunctions and rules.person_conjunctions.search(f" {folded} ")) \
                        or (rules.time_words and rules.time_words.fullmatch(word.text)):
                    break
                if word.text[:1].isupper():
                    capitals.append(k)
            inside = [k for k in capitals if tokens[k].start != sentence]
            possessive = re.fullmatch(rules.body_heads.pattern + r"(?:ы|і|сы|сі)\w*", fold(head.text))
            start = inside[-1] if inside else capitals[-1] if capitals and possessive else \
                h if head.text[:1].isupper() and head.start != sentence else None
            if start is not None:
                bodies.append((tokens[start].start, head.end, paragraph.lang))
    if not bodies:
        return mentions
    kept = []
    for m in mentions:
        crossed = [a for a, b, _ in bodies if a < m.end and m.start < b]
        if m.label not in ("ORG", "LOC") or known(m) or not crossed:
            kept.append(m)
            continue
        owner = doc.text[m.start:min(crossed)].rstrip()
        if owner[:1].isupper():  # the owner in front, a name of its own ("АҚШ" of "АҚШ Сенаты")
            kept.append(replace(m, end=m.start + len(owner), text=owner, normal="", source=f"{m.source}+owner"))
    return kept + [Mention(start=a, end=b, text=doc.text[a:b], label="ORG", label_fine="ORG", lang=lang,
                           source="body_head") for a, b, lang in bodies]


def _quoted_bodies(doc: Document, mentions: list[Mention], corrections: dict) -> list[Mention]:
    """A name in quotation marks followed by the kind of body it names, with up to two lowercase words between
    (entities.yaml `quoted_bodies`: "«Алтын Дала» ЖШС", "«Kazakh Invest» ұлттық компаниясының", "“Адырна” ұлттық
    порталы") is an organisation, the name without its marks or kind (GUIDELINES: type words stay out). The
    model reads such names as places, works or nothing; a mention inside the marks is replaced, one crossing them
    keeps the name out. `mentions` with the names."""
    mentions = list(mentions)
    for paragraph in (p for p in doc.paragraphs if not p.boilerplate):
        pattern = _rules(corrections, paragraph.lang).quoted_bodies
        if pattern is None:
            continue
        for match in pattern.finditer(doc.text, paragraph.start, paragraph.end):
            start, end = match.span("name")
            if any(m.start < end and start < m.end and not (start <= m.start and m.end <= end) for m in mentions):
                continue
            if any((m.start, m.end, m.label) == (start, end, "ORG") for m in mentions):
                continue
            mentions = [m for m in mentions if not (start <= m.start and m.end <= end)]
            mentions.append(Mention(start=start, end=end, text=doc.text[start:end], label="ORG", label_fine="ORG",
                                    lang=paragraph.lang, source="quoted"))
    return mentions


def _lang_at(doc: Document, offset: int) -> str:
    sentence = doc.sentence_of(offset)
    return sentence.lang if sentence else doc.lang


INITIALS = re.compile(r"^(?:[^\W\d_]\.\s?)+(?=[^\W\d_]{2})")  # "Қ.", "Р.Т." glued before a surname
FOUND_WORDS = (2, 1)  # known names of two words first ("Оңтүстік Корея"), then one


def _found_known(doc: Document, mentions: list[Mention], corrections: dict,
                 normalizer_names: dict[str, str] | None) -> list[Mention]:
    """Known names (entities.yaml `known_names`, of the labels in `find_known`) that the model did not label:
    capitalised words outside every name, whose nominative is in the gazetteer (`Мәскеуге` → Мәскеу, LOC), names a
    state or an organisation of models/igos.tsv (`ТүркПА-ға`), and a state's capital in the locative
    (`_capital_in_locative`: "Ригада", which the model misses at a sentence start)."""
    # a known name the model gave another label is taken too: it is relabelled below (a shouted `АҚТАУ`)
    taken = [(m.start, m.end) for m in mentions if m.label in ("PER", "ORG", "LOC")
             or fold(_normal(m, normalizer_names)) in _rules(corrections, m.lang).known_names
             or fold(_normal(m, normalizer_names)) in _igo_names(m.lang)]
    occupied = [(m.start, m.end) for m in mentions]  # any mention, titles included: no given name of a person
    found: list[Mention] = []
    for paragraph in (p for p in doc.paragraphs if not p.boilerplate):
        rules = _rules(corrections, paragraph.lang)
        if not rules.find_known:
            continue
        tokens = _tokens_in(doc, paragraph.start, paragraph.end)
        for n in range(len(tokens)):
            for size in FOUND_WORDS:
                words = tokens[n:n + size]
                if len(words) < size or not all(t.text[:1].isupper() for t in words):
                    continue
                start, end = words[0].start, words[-1].end
                if any(a < end and start < b for a, b in taken):
                    continue
                candidate = Mention(start=start, end=end, text=doc.text[start:end], label="LOC", label_fine="LOC",
                                    lang=paragraph.lang, source="gazetteer+found")
                if rules.trim_abbreviation_suffix:
                    candidate = _trim_abbreviation_suffix(candidate)
                normal = _normal(candidate, normalizer_names)
                # a state pipeline/countries.py knows by this name ("Мажарстан", "Корея") is a place too; a known
                # surname after initials is that person ("Қ.Тоқаевты": the initials stay in the span, GUIDELINES)
                surname = INITIALS.sub("", candidate.text)
                label = rules.known_names.get(fold(normal)) or ("LOC" if country_code(normal) else None) or (
                    "LOC" if size == 1 and _capital_in_locative(candidate.text, rules) else None) or (
                    "ORG" if fold(normal) in _igo_names(paragraph.lang) else None) or (
                    "PER" if surname != candidate.text and rules.known_names.get(
                        fold(_normal(replace(candidate, text=surname), normalizer_names))) == "PER" else None)
                # an outlet's name that starts a sentence is the common word ("Хабар таратылды": the news)
                if label in rules.find_known and not (fold(normal) in rules.outlets
                                                      and _sentence_start(doc, start) == start):
                    if label == "PER":
                        start = tokens[_given_names_before(tokens, n, occupied)].start
                        candidate = replace(candidate, start=start, text=doc.text[start:candidate.end])
                        # a given name found on its own just before is part of the name ("Қасым-Жомарт Тоқаев")
                        found = [f for f in found if not start <= f.start < words[0].start]
                    elif _abbreviation(candidate.text) and n + size < len(tokens) \
                            and _abbreviation(tokens[n + size].text) and doc.text[end:tokens[n + size].start] == " " \
                            and not any(a < tokens[n + size].end and tokens[n + size].start < b for a, b in taken):
                        # an abbreviation after a known one names a body of it ("БҰҰ ОААДӨО"): one name
                        end = tokens[n + size].end
                        candidate = replace(candidate, end=end, text=doc.text[start:end])
                    found.append(replace(candidate, label=label, label_fine=label, normal=""))
                    taken.append((start, end))
                    break
    return found


# a full stop after the domain ends the sentence ("деп хабарлайды BAQ.KZ."); a dot before a letter runs the name on
SITE = re.compile(r"(?<![\w.@/-])[^\W\d_][\w-]*\.(?:kz|ru|uz|kg|tj|com|org|net|info|az)(?![\w-]|\.[\w-])",
                  re.IGNORECASE)


def _found_sites(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """News sites named by their domain ("BAQ.KZ", "Tengrinews.kz", "Лента.ру" is the model's), where no name
    mention holds them: organisations (the news set's gold labels them so; no event takes an outlet as a side). A
    mention of another label inside one is part of it (the Kazakh model reads the `KZ` of "BAQ.KZ" as a number).
    `mentions` with the sites added."""
    taken = [(m.start, m.end) for m in mentions if m.label in ("PER", "ORG", "LOC")]
    mentions = list(mentions)
    for match in SITE.finditer(doc.text):
        start, end = match.span()
        if any(a < end and start < b for a, b in taken):
            continue
        paragraph = next((p for p in doc.paragraphs if p.start <= start < p.end), None)
        if paragraph is None or paragraph.boilerplate:
            continue
        mentions = [m for m in mentions if not (start <= m.start and m.end <= end)]
        mentions.append(Mention(start=start, end=end, text=match.group(), label="ORG", label_fine="ORG",
                                lang=paragraph.lang, source="site"))
    return mentions


def _found_organisations(doc: Document, mentions: list[Mention], corrections: dict) -> list[Mention]:
    """The intergovernmental organisations of models/igos.tsv named in full (two words or more) where the model
    found none or part of one ("Совещания по взаимодействию и мерам доверия в Азии", "Шанхай ынтымақтастық
    ұйымының"): an ORG mention with the table's name as its normal. A place the model found inside it is part of
    it (`Азии` is no place); a person run into its first word ends before it, and a body the model ran on after it
    is a mention of its own ("Біріккен Ұлттар Ұйымы Бас Ассамблеясы"); another name there, or one crossing
    its edges, keeps it out (a title may overlap it, as titles overlap the names they hold). Each word matches by
    its stem (`_stem_pattern`), the last with up to entities.yaml `organisation_endings` letters of case ending, in
    any letter case ("Шанхай Ынтымақтастық Ұйымының")."""
    mentions = list(mentions)
    folded = doc.text.casefold()
    for lang in {p.lang for p in doc.paragraphs if not p.boilerplate}:
        endings = _rules(corrections, lang).organisation_endings
        if not endings:
            continue
        for name, literal, pattern in _organisation_patterns(lang, endings):
            if literal.casefold() not in folded:
                continue
            for paragraph in (p for p in doc.paragraphs if not p.boilerplate and p.lang == lang):
                for match in pattern.finditer(doc.text, paragraph.start, paragraph.end):
                    start, end = match.span()
                    names = [m for m in mentions
                             if m.label in ("PER", "ORG", "LOC") and m.start < end and start < m.end]
                    # a person the model ran into the name's first word ("Тоқаев Ұжымдық қауіпсіздік шарты
                    # ұйымының"): the person ends before it
                    run_on = [m for m in names if m.label == "PER" and m.start < start < m.end <= end
                              and doc.text[m.start:start].strip()]
                    # a body the model ran on after the name ("Біріккен Ұлттар Ұйымы Бас Ассамблеясы"): two names,
                    # the owner and its body (GUIDELINES, institution + owner)
                    bodies = [m for m in names if m.label == "ORG" and m.start == start and end < m.end
                              and re.fullmatch(r"\s+[^\W\d_a-zа-яёәғқңөұүһі][\w\s-]*", doc.text[end:m.end])]
                    if any(m.label != "LOC" or m.start < start or end < m.end for m in names
                           if m not in run_on + bodies):
                        continue
                    for m in bodies:
                        body = len(doc.text[end:m.end]) - len(doc.text[end:m.end].lstrip())
                        mentions[mentions.index(m)] = replace(m, start=end + body, text=doc.text[end + body:m.end],
                                                              normal="", source=f"{m.source}+split")
                    names = [m for m in names if m not in bodies]
                    for m in run_on:
                        person = doc.text[m.start:start].rstrip()
                        mentions[mentions.index(m)] = replace(m, end=m.start + len(person), text=person, normal="",
                                                              source=f"{m.source}+split")
                    names = [m for m in names if m not in run_on]
                    # the model's mention of just the name under another label ("Еуропалық Одақтың" as a
                    # position) is this organisation, not a second mention of it
                    names += [m for m in mentions if (m.start, m.end) == (start, end) and m not in names]
                    mentions = [m for m in mentions if m not in names]
                    mentions.append(Mention(start=start, end=end, text=doc.text[start:end], label="ORG",
                                            label_fine="ORG", normal=name, lang=lang,
                                            source="igos+found"))
    return mentions


@lru_cache(maxsize=None)
def _organisation_patterns(lang: str, endings: int) -> tuple[tuple[str, str, re.Pattern], ...]:
    """(name, a literal every match holds, pattern) for each organisation name of two words or more."""
    # a nickname in quotes ("«Большая двадцатка»") names the organisation beside its name, no name of its own
    return tuple((name, _longest_literal(name), _stem_pattern(name, last_ending=endings, flags=re.IGNORECASE))
                 for name in igo_names(lang) if len(name.split()) > 1 and not name.startswith("«"))


@lru_cache(maxsize=None)
def _igo_names(lang: str) -> frozenset[str]:
    """The names models/igos.tsv gives organisations in one language, folded."""
    return frozenset(fold(name) for name in igo_names(lang))


def _abbreviation(word: str) -> bool:
    """A word written in capitals, two letters or more (`БҰҰ`, `ОААДӨО`)."""
    return len(word) > 1 and word.isalpha() and word.isupper()


def _with_given_names(mentions: list[Mention], doc: Document, corrections: dict) -> list[Mention]:
    """"Түркия Президенті Реджеп Тайып Ердоғанмен": the given names the model left out of a person (capitalised
    words right before it in no other mention, `_given_names_before`, after any title word of `trailing_titles`
    or `leading_titles` (a rank's style, "Сэр Тони Блэр") or one in its holder's form (entities.yaml `ruler_titles`
    + `title_holder_endings`: "Королі") and any place in the locative or pronoun), where entities.yaml says so
    (`given_names`); a capital at the sentence start is not taken."""
    occupied = [(m.start, m.end) for m in mentions]
    fixed = []
    for mention in mentions:
        rules = _rules(corrections, mention.lang)
        if mention.label == "PER" and rules.given_names:
            sentence = doc.sentence_of(mention.start)
            tokens = _tokens_in(doc, sentence.start if sentence else mention.start, mention.end)
            n = next((k for k, t in enumerate(tokens) if t.start == mention.start), None)
            first = _given_names_before(tokens, n, occupied) if n else n
            places = [k for k in range(first or 0, n or 0) if _place_in_locative(tokens[k].text, rules)]
            if first is not None and places:
                first = places[-1] + 1  # "Анкарада Хакан Фиданмен": where they met, no given name
            titled = [k for k in range(first or 0, n or 0) if fold(tokens[k].text).startswith(rules.trailing_titles)
                      or fold(tokens[k].text) in rules.holder_titles or fold(tokens[k].lemma) in rules.leading_titles]
            if first is not None and titled:
                # "Мәжіліс Төрағасы Ерлан Қошанов", "Бахрейн Королі Хамад бин Иса": no title word nor what it follows
                first = titled[-1] + 1
            spoken = [k for k in range(first or 0, n or 0) if fold(tokens[k].lemma) in rules.pronouns]
            if first is not None and spoken:
                first = spoken[-1] + 1  # "«Біз Қасым-Жомарт Тоқаевпен …»": a pronoun is no given name
            before = next((m for m in fixed if first is not None and 0 < first < n and m.end == tokens[first - 1].end
                           and m.label != "POSITION"), None)
            if before is not None and _names_another(before, tokens[first:n], mention, mentions):
                # "Ван И Қасым-Жомарт Тоқаевқа": "Ван" + И is the person the article names "Ван Иді"
                end = tokens[n - 1].end
                fixed[fixed.index(before)] = replace(before, end=end, text=doc.text[before.start:end], normal="",
                                                     label="PER", label_fine="PER", source=f"{before.source}+given")
                first = n
            if first is not None and first > 0 and first < n:
                start = tokens[first].start
                mention = replace(mention, start=start, text=doc.text[start:mention.end], normal="",
                                  source=f"{mention.source}+given")
        fixed.append(mention)
    return fixed


def _names_another(before: Mention, words: list[Token], person: Mention, mentions: list[Mention]) -> bool:
    """Whether the mention `before` and the `words` after it are, word for word, another person the article names
    (`_with_given_names`): the same words, the other's last up to its case ending ("Ван" + "И" as "Ван Иді")."""
    own = [fold(w) for w in before.text.split()] + [fold(t.text) for t in words]
    for other in mentions:
        theirs = [fold(w) for w in other.text.split()]
        if other.label == "PER" and other is not person and len(theirs) == len(own) \
                and theirs[:-1] == own[:-1] and theirs[-1].startswith(own[-1]):
            return True
    return False


def _people_after_titles(mention: Mention, doc: Document, corrections: dict) -> list[Mention]:
    """"Ұлы Магистрі Фра Джон Тимоти Данлаппен", "Ұлы Канцлері Риккардо" (ди Монтекупомен): a title and the name
    after it that the model labelled as one thing of no name's label (EVENT), where entities.yaml says so
    (`people_after_titles`): the capitalised words after the last title word (`trailing_titles`) are a person,
    with the particles and name the model left off after it (person_names.name_particles: "ди Монтекупомен");
    the words up to the title a POSITION. [mention] where it is no such run."""
    rules = _rules(corrections, mention.lang)
    if not rules.people_after_titles or mention.label in NAME_LABELS:
        return [mention]
    tokens = _tokens_in(doc, mention.start, mention.end)
    # a rank's style after the title (`leading_titles`: "Фра") is no part of the name either
    titled = [k for k, t in enumerate(tokens) if fold(t.text).startswith(rules.trailing_titles)
              or fold(t.lemma) in rules.leading_titles]
    name = tokens[titled[-1] + 1:] if titled else []
    if not name or not all(t.text[:1].isupper() for t in name):
        return [mention]
    end = mention.end
    sentence = doc.sentence_of(mention.start)
    after = _tokens_in(doc, end, sentence.end if sentence else end)
    while len(after) > 1 and fold(after[0].text) in name_particles() and after[1].text[:1].isupper():
        end, after = after[1].end, after[2:]
    title_end = tokens[titled[-1]].end
    return [replace(mention, end=title_end, text=doc.text[mention.start:title_end], label="POSITION",
                    label_fine="POSITION", normal="", source=f"{mention.source}+title"),
            replace(mention, start=name[0].start, end=end, text=doc.text[name[0].start:end], label="PER",
                    label_fine="PER", normal="", source=f"{mention.source}+person")]


def _names_after_title_words(mentions: list[Mention], doc: Document, corrections: dict,
                             normalizer_names: dict[str, str] | None) -> list[Mention]:
    """"Қытай елшісі Хань Чунь": a name the model called a body or place right after a title word ending as one
    holder's title does (entities.yaml `trailing_titles` + `title_holder_endings`: `елшісі`, not `басшылары` nor
    `Басты`) is the title holder's: a person, unless a word of it is written in capitals (`БҰҰ`), its nominative
    is a place or body the gazetteer, the country list or the map knows ("елшісі Астанаға келді"), or nothing
    follows it on its line (a name cut off: "президенті Эммануэ")."""
    fixed = []
    for mention in mentions:
        if _holders_name(mention, doc, _rules(corrections, mention.lang), normalizer_names):
            mention = replace(mention, label="PER", label_fine="PER", normal="", source=f"{mention.source}+titled")
        fixed.append(mention)
    return fixed


def _holders_name(mention: Mention, doc: Document, rules: Corrections,
                  normalizer_names: dict[str, str] | None) -> bool:
    """Whether a body or place the model named is the name of the title holder before it
    (`_names_after_title_words`); the cheap checks first, the nominatives only after a title word."""
    if not rules.holder_titles or mention.label not in ("ORG", "LOC"):
        return False
    before = _tokens_in(doc, _sentence_start(doc, mention.start), mention.start)[-1:]
    words = mention.text.split()
    if not before or fold(before[0].text) not in rules.holder_titles \
            or doc.text[before[0].end:mention.start] != " " or not all(w[:1].isupper() for w in words) \
            or not doc.text[mention.end:].split("\n", 1)[0].strip() or _describes_next(mention, doc, rules) \
            or any(_abbreviation(w) for w in words):
        return False
    nominative = _normal(replace(mention, normal=""), normalizer_names)
    return not rules.known_names.get(fold(nominative)) and not country_code(nominative) \
        and not geocode(nominative) and not any(
            rules.known_names.get(fold(_normal(replace(mention, text=w, normal=""), normalizer_names))) for w in words)


def _describes_next(mention: Mention, doc: Document, rules: Corrections) -> bool:
    """Whether the word after `mention` is a lowercase noun in the genitive (entities.yaml `genitive_endings`) that
    the mention describes: "Мемлекет басшысы Түрікмен халқының Ұлттық көшбасшысы" (of the Turkmen people), no
    name."""
    after = doc.text[mention.end:mention.end + 40].split()[:1]
    return bool(after and after[0][:1].islower() and fold(after[0]).endswith(rules.genitive_endings)
                and rules.genitive_endings)


def _place_in_locative(word: str, rules: Corrections) -> bool:
    """Whether a word is a city, country or venue the map knows (pipeline/geocode.py; venues are models/places.tsv
    rows of class S: "Ақордада", "Кремльде") with a locative ending of the language (entities.yaml
    `locative_endings`: "Анкарада", "Бейжіңде"), a case no name takes. A stem of
    MIN_PLACE_STEM letters only must be a place of the gazetteer too: the map knows villages named like
    surnames' stems ("Кошта" of "Антониу Кошта" is no "Кош" in Armenia; "Римде" is Rome)."""
    for stem in _locative_stems(word, rules):
        if len(stem) >= MIN_PLACE_STEM:
            place = geocode(stem)
            if place and place.feature_class in ("P", "A", "S") and (
                    len(stem) > MIN_PLACE_STEM or rules.known_names.get(fold(stem)) == "LOC"):
                return True
    return False


def _capital_in_locative(word: str, rules: Corrections) -> bool:
    """Whether a word is a state's capital (pipeline/geocode.py `capital_id`) with a locative ending of the language
    (entities.yaml `locative_endings`: "Ригада", "Вильнюсте"): a capital only, not any place the map knows, as the
    map knows villages named like the words that start a sentence ("Саммитте": a Summit in the USA)."""
    for stem in _locative_stems(word, rules):
        place = geocode(stem)
        if place and place.feature_class == "P" and place.country_iso3 \
                and capital_id(place.country_iso3) == place.geonames_id:
            return True
    return False


def _locative_stems(word: str, rules: Corrections) -> list[str]:
    """The word without each locative ending it has (entities.yaml `locative_endings`), the longest ending first:
    each, as a word may end in two ("Пекинде": Пекин-де, no Пеки-нде); [] where it has none."""
    folded = fold(word)
    return [word[:-len(ending)] for ending in sorted(rules.locative_endings, key=len, reverse=True)
            if folded.endswith(ending)]


def _free_name_word(token: Token, occupied: list[tuple[int, int]]) -> bool:
    """Whether the token may be a word of a name the model left out: capitalised, letters only (hyphens allowed),
    in no mention (`occupied` spans)."""
    return token.text[:1].isupper() and token.text.replace("-", "").isalpha() \
        and not any(a <= token.start < b for a, b in occupied)


def _given_names_before(tokens: list[Token], n: int, occupied: list[tuple[int, int]]) -> int:
    """The first token of a known surname's given names the model missed ("Реджеп Тайип Ердоған", "Қасым-Жомарт
    Тоқаев"): capitalised words, hyphenated or not, right before token `n` that are in no mention (a title or a
    place stops it), and the particles between them ("Абдалла бин" Заид Әл Нахаян)."""
    def given(k: int) -> bool:
        return k >= 0 and _free_name_word(tokens[k], occupied)

    while n > 0 and (given(n - 1) or (n > 1 and given(n - 2) and fold(tokens[n - 1].text) in name_particles())):
        n -= 1 if given(n - 1) else 2
    return n


def _propagated_mentions(doc: Document, mentions: list[Mention], corrections: dict) -> list[Mention]:
    """A name found once is the same name elsewhere in the document, in any case form: the models miss some
    repeats (a long organisation name at the start of a sentence). Each word matches by its stem (all but a
    case ending), so `Организации африканских … государств` also finds `Организация африканских … государств`."""
    taken = [(m.start, m.end) for m in mentions]
    found = []
    scanned = set()  # a repeat of a name would find only what its first scan took
    for source in sorted(mentions, key=lambda m: -(m.end - m.start)):
        rules = _rules(corrections, source.lang)
        # proper names only: a lowercase institution noun (`сенате`) would find `сенатор`
        if source.label not in rules.propagate_labels or len(source.text) < 4 or not source.text[0].isupper():
            continue
        if (source.text, source.lang) in scanned:
            continue
        scanned.add((source.text, source.lang))
        if not _free_occurrence(doc.text, _longest_literal(source.text), taken):
            continue  # every match would hold that literal, so overlap a name taken: no regex to compile
        found += [replace(source, start=start, end=end, text=doc.text[start:end], source="propagated")
                  for start, end in _free_matches(doc, _stem_pattern(source.text), source.lang, taken)]
    return found


def _free_matches(doc: Document, pattern: re.Pattern, lang: str, taken: list[tuple[int, int]]):
    """(start, end) of each match in the content paragraphs of a language that overlaps no span taken; each
    one found is taken too."""
    for paragraph in doc.paragraphs:
        if paragraph.boilerplate or paragraph.lang != lang:
            continue
        for match in pattern.finditer(doc.text, paragraph.start, paragraph.end):
            start, end = match.span()
            if not any(s < end and start < e for s, e in taken):
                taken.append((start, end))
                yield start, end


MIN_SURNAME = 4  # letters: shorter last words (`Ван И`, `Си`) are too often parts of other words


def _surnames_read_as_places(mentions: list[Mention]) -> list[Mention]:
    """A place written as the nominative surname of a person the document names in full (`normal`s set), and
    no place the map or pycountry knows, is that person ("Гитанас Науседамен кездесті. … Тоқаев пен Науседа …
    кездескен": the Kazakh model reads "-да" as a locative and took Nauseda for a place where they met)."""
    people = {fold(m.normal.split()[-1]): m for m in mentions if m.label == "PER" and len(m.normal.split()) > 1}
    return [replace(m, label="PER", label_fine=people[fold(m.text)].label_fine, source=f"{m.source}+surname")
            if m.label == "LOC" and fold(m.text) in people and fold(m.normal) == fold(m.text)
            and geocode(m.text) is None and not country_code(m.text) else m
            for m in mentions]


SURNAME_ENDING = 4  # letters of a case ending after a surname ("Нұртілеуді", "Нұртілеумен")


def _surname_opening_title(mention: Mention, mentions: list[Mention]) -> list[Mention]:
    """A title the model runs on from the bare surname of a person the document names in full ("… – деді
    Нұртілеу Түркия сыртқы істер министрі Хакан Фиданмен …": POSITION "Нұртілеу Түркия сыртқы істер министрі",
    where "Мұрат Нұртілеу" is named before) is that person and the title of the next one: [the surname as a PER,
    the rest a POSITION]; [mention] otherwise. A declined surname was split before (`_surname_before_title`)."""
    words = mention.text.split()
    if mention.label != "POSITION" or len(words) < 2 or not words[0][0].isupper() or len(words[0]) < MIN_SURNAME:
        return [mention]
    # the full name as written, in the nominative or with a case ending after it (normals are not read yet)
    first = fold(words[0])
    if not any(m.label == "PER" and len(m.text.split()) > 1 and fold(m.text.split()[-1]).startswith(first)
               and len(m.text.split()[-1]) - len(first) <= SURNAME_ENDING for m in mentions):
        return [mention]
    end = mention.start + len(words[0])
    rest = mention.start + mention.text.index(words[1], len(words[0]))
    normal = mention.normal.split(None, 1)[1] if mention.normal.startswith(words[0] + " ") else mention.normal
    return [replace(mention, end=end, text=words[0], label="PER", label_fine="PER", normal=words[0],
                    source=f"{mention.source}+surname"),
            replace(mention, start=rest, text=mention.text[rest - mention.start:], normal=normal,
                    source=f"{mention.source}+surname")]


def _propagated_surnames(doc: Document, mentions: list[Mention], corrections: dict) -> list[Mention]:
    """A person named in full is named by the surname alone elsewhere ("Токаев принял Шольца" in a headline),
    which the models miss in sentences with no other clue: the last word of a full PER name, as written or in its
    nominative ("Шавката Мирзиёева" → "Мирзиёев прилетел …"), written capitalised with one of the language's
    endings (entities.yaml `propagate_surnames`) or none, is a PER mention of its own
    (its normal is the surname's nominative; full_names joins it to the full name). Word-initial and capitalised
    only, so `Путин` never finds `путь`. Russian leaves out -а, also a woman's surname (`Назарбаева`): PER recall
    0.950 → 0.958 on the news set's held-out split; Kazakh the nominative alone (its held-out PER scores fell with
    its case endings; the nominative leaves them as they were: "Пеллегрини соңғы рет Тоқаевпен … кездескен")."""
    taken = [(m.start, m.end) for m in mentions]
    surnames = {}
    for mention in mentions:
        words = mention.text.split()
        endings = _rules(corrections, mention.lang).propagate_surnames
        if mention.label != "PER" or endings is None or len(words) < 2:
            continue
        written = re.sub(r"\W+$", "", words[-1])
        nominative = len((mention.normal.split() or [""])[-1])
        # as written (a nominative finds its cases), and its nominative ("Шавката Мирзиёева" finds "Мирзиёев прилетел")
        forms = [written] + ([written[:nominative]] if 0 < nominative < len(written)
                             and fold(written).startswith(fold(mention.normal.split()[-1])) else [])
        for surname in forms:
            if len(surname) >= MIN_SURNAME and surname.isalpha() and surname[0].isupper() and not surname.isupper():
                surnames.setdefault((surname, mention.lang), (mention, endings, surname != written))
    found = []
    for (surname, lang), (source, endings, unwritten) in surnames.items():
        if not _free_occurrence(doc.text, surname, taken):
            continue
        # a nominative the text did not write is no name before a capitalised word ("Назарбаев Университет")
        named_after = r"(?!\s+[^\W\d_a-zа-яёәғқңөұүһі])" if unwritten else ""
        pattern = re.compile(r"(?<![\w.-])" + re.escape(surname) + f"(?:{endings})" + r"(?![\w-])" + named_after)
        found += [replace(source, start=start, end=end, text=doc.text[start:end], normal="", source="surname")
                  for start, end in _free_matches(doc, pattern, lang, taken)]
    return found


def _surnames_joined_to_people(doc: Document, mentions: list[Mention], corrections: dict) -> list[Mention]:
    """"Макрон и Мерц провели телефонный разговор", "Ердоған мен Пезешкиан телефон арқылы сөйлесті": of two bare
    surnames joined by a conjunction (entities.yaml `person_conjunctions`) the models read one as a person and miss
    the other, and the pair's call has one side. A capitalised word of MIN_SURNAME letters or more, in no mention,
    joined so to a person's mention, with no capitalised word on its other side (no part of a longer name: "Токаев
    и Эммануэль Макрон"), is a person too, unless it is a title or common word of the language, a known name of
    another label, a place the map or pycountry knows ("Токаев и Казахстан"), or a word the tagger calls no proper
    noun ("… Жан-Ноэлем Барро и Верховным представителем ЕС")."""
    taken = [(m.start, m.end) for m in mentions]
    found = []
    for person in [m for m in mentions if m.label == "PER"]:
        rules = _rules(corrections, person.lang)
        sentence = doc.sentence_of(person.start)
        if not rules.person_conjunctions or not sentence:
            continue
        head = doc.text[sentence.start:person.start]
        before = re.search(r"(?<![\w-])([^\W\d_]+)(\s+\S+\s+)$", head)
        # the word before the one joined: none of a longer name
        before = before if before and not re.search(r"(?<![\w-])[^\W\d_a-zа-яёәғқңөұүһі][\w-]*\s+$",
                                                     head[:before.start()]) else None
        after = re.match(r"(\s+\S+\s+)([^\W\d_]+)(?![\w-])(?!\s+[^\W\d_a-zа-яёәғқңөұүһі])",
                         doc.text[person.end:sentence.end])
        spans = [(sentence.start + before.start(1), sentence.start + before.end(1), before.group(2))] if before \
            else []
        spans += [(person.end + after.start(2), person.end + after.end(2), after.group(1))] if after else []
        for start, end, gap in spans:
            word = doc.text[start:end]
            if not rules.person_conjunctions.fullmatch(gap) or len(word) < MIN_SURNAME or not word[0].isupper() \
                    or word.isupper() or any(s < end and start < e for s, e in taken) \
                    or fold(word) in rules.common_words | rules.leading_titles | rules.institution_nouns \
                    or fold(word).startswith(rules.trailing_titles or ("\0",)) \
                    or rules.known_names.get(fold(word), "PER") != "PER" or country_code(word) or geocode(word) \
                    or any(t.pos and t.pos != "PROPN" for t in _tokens_in(doc, start, end)):
                continue
            taken.append((start, end))
            found.append(replace(person, start=start, end=end, text=word, normal="", full_name="",
                                 source="joined"))
    return found


def _stem_pattern(text: str, last_ending: int = 0, flags: int = 0) -> re.Pattern:
    """A name in any case form: each word by its stem (`_word_literal`, then up to three letters); with
    `last_ending`, the last word's stem and then up to that many letters of ending besides the letters the stem
    leaves out (Kazakh inflects only a name's last word, with endings of up to six letters: `ұйымы` →
    `ұйымының`; Russian `комиссия` → `комиссии`). `flags`: the regex flags it is compiled with."""
    pieces = [piece for piece in re.split(r"(\W+)", text) if piece]
    last = max((n for n, piece in enumerate(pieces) if piece[0].isalnum()), default=-1)
    parts = []
    for n, piece in enumerate(pieces):
        if not piece[0].isalnum():
            parts.append(r"\s*" + re.escape(piece.strip()) + r"\s*" if piece.strip() else r"\s+")
        elif n == last and last_ending:
            parts.append(re.escape(_word_literal(piece)) + rf"\w{{0,{last_ending + (2 if _stemmed(piece) else 0)}}}")
        else:
            parts.append(re.escape(_word_literal(piece)) + (r"\w{0,3}" if _stemmed(piece) else ""))
    return re.compile(r"(?<!\w)" + "".join(parts) + r"(?!\w)", flags)


def _stemmed(word: str) -> bool:
    """Whether `_stem_pattern` matches a word by its stem (all but its last two letters, any ending after)."""
    return len(word) >= 5 and word.isalpha() and not word.isupper()


def _word_literal(word: str) -> str:
    """The part of a word `_stem_pattern` matches as written: its stem, or all of it."""
    return word[:-2] if _stemmed(word) else word


def _longest_literal(text: str) -> str:
    """The longest text every match of `_stem_pattern(text)` holds as written: a word's literal."""
    return max((_word_literal(piece) for piece in re.split(r"\W+", text) if piece), key=len, default="")


def _free_occurrence(text: str, literal: str, taken: list[tuple[int, int]]) -> bool:
    """Whether `literal` occurs in `text` outside every span taken (a match overlapping one is dropped)."""
    start = text.find(literal)
    while start >= 0:
        if not any(s < start + len(literal) and start < e for s, e in taken):
            return True
        start = text.find(literal, start + 1)
    return False
