"""A name's title and whom it speaks for, read leftwards from the name ("Посол Казахстана в Бельгии Маргулан
Баймухан", "Қазақстан тарапынан Сыртқы істер министрінің орынбасары Ержан Ашықбаев").

The walk absorbs words to the left of the name until a boundary of boundaries.tsv, a verb, another person, or
a colon/semicolon/quote; what it crossed is the name's title region. Within it the role span runs from the
farthest title of roles.tsv still joined to the name, and names just before that title belong to it too
(Kazakh puts the genitive first: "БҰҰ Арнайы өкілі").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..countries import country_code, country_name, igo_code
from ..document import Mention, Token
from ..geocode import geocode, is_building
from .knowledge import Cue, is_outlet, known_state
from .model import Span
from .names import name_of, strip_case
from .reading import Reading

HARD_STOPS = set(':;«»“”')
MAX_TITLE_GAP = 4  # words between two titles of one person with no comma ("генеральный директор компании … эксперт")
VERBS = ("VERB", "AUX")
# a dash set off by spaces after an agency's dateline opens the text ("ИНТЕРФАКС - Встреча …", "КАЗИНФОРМ – …")
OPENING_DASH = re.compile(r"\s[–—-]\s+$")
# what may stand between a head-final title in the genitive and the title it governs: a lowercase word at most
# ("министрінің бірінші орынбасары")
OF_TITLE_GAP = re.compile(r"\s+(?:[^\W\d_A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*\s+)?")
CLAUSE_STARTS = ("SCONJ",)  # "сообщила, что Сергей Лавров …": a title never runs back over the clause's start


@dataclass
class Walk:
    """What the walk leftwards from a name found."""
    region_start: int  # the title region is [region_start, name start)
    effect: str = ""  # the boundary met: counterpart | recipient | delegation | group | not_event | stop | ""
    role: Span | None = None
    affiliation: str | None = None
    posting: str | None = None  # the country a diplomat is posted to ("в Бельгии")
    consumed: list[Mention] = field(default_factory=list)  # names inside the region: parts of the title


def walk_left(reading: Reading, name: Mention) -> Walk:
    """Read the title region left of `name`."""
    text = reading.doc.text
    left = name.start
    cut_mentions: list[Mention] = []
    effect = ""
    role_end = name.start
    comma = None  # where the nearest comma left of the name ends
    # a cue inside a title is part of it ("Төтенше және өкілетті елшісі": extraordinary and plenipotentiary)
    titles = titles_in(reading, reading.start, name.start)
    for token in reversed([t for t in reading.between(0, name.start + 1) if t.end <= name.start]):
        if token.end > left:
            continue  # inside a boundary phrase already passed
        # a cue inside a title or a name is part of it ("Организации Договора о коллективной безопасности")
        cue = None if any(a < left < b for a, b in titles) or _inside_name(reading, left) else _boundary(reading, left)
        if cue and cue[0] == "cut":
            cut_mentions = [m for m in reading.mentions if left <= m.start < role_end and m.label != "PER"]
            left = role_end = cue[1]
            continue
        if cue and cue[0] in ("source", "not_event") and comma is not None:
            left = comma  # "Как передает Kazinform, министр … Нуртлеу встретился": the source's clause ends
            break
        if cue:
            effect = cue[0]
            break
        if token.text == "," and comma is None:
            comma = token.end
        inside = reading.mention_at(token.start)
        # a participle that begins a name is no verb ("послом Соединенных Штатов Америки", "президентом
        # Объединенных Арабских Эмиратов": the tagger calls "Соединенных", "Объединенных" verbs)
        verb = token.pos in VERBS + CLAUSE_STARTS and not (inside and inside.label != "PER")
        if (inside and inside.label == "PER") or verb or token.text in HARD_STOPS \
                or token.text[:1].isdigit():  # a date ("С 28 февраля по 3 марта …", "с 10-го") is no part of a title
            break
        left = token.start
    else:
        cue = _boundary(reading, left)
        effect = cue[0] if cue and cue[0] != "cut" else ""
    if left < role_end:
        role_end = _last_word_end(text, left, role_end)
        left, effect = _own_phrase(reading, name, left, role_end, effect)
        left, effect = _after_place(reading, left, role_end, effect)
        left, effect = _after_home_title(reading, left, role_end, effect)
        left, effect = _after_other_title(reading, left, role_end, effect)
        left, effect = _after_listed_states(reading, left, role_end, effect)
    return _titled(reading, name, left, role_end, effect, cut_mentions)


def _titled(reading: Reading, name: Mention, left: int, role_end: int, effect: str,
            cut_mentions: list[Mention]) -> Walk:
    """The walk whose title region is [left, name start), its role ending at `role_end`: the role, whom the
    name speaks for, or no title at all where the one read is another's."""
    role = _role(reading, left, role_end)
    if role and _possessor(reading, role):
        return Walk(region_start=name.start)
    walk = Walk(region_start=left, effect=effect)
    walk.consumed = [m for m in reading.mentions if left <= m.start and m.end <= name.start and m is not name]
    walk.role = role
    _affiliate(reading, walk, name.start, cut_mentions)
    if _another_states_title(walk, name):
        # of two titles with no comma, the one nearest the name may still be its own, the farther another
        # state's person's, the subject ("Ресей үкіметінің басшысы Елбасы Нұрсұлтан Назарбаев және …пен
        # кездесті": Nazarbayev is "Елбасы", and the Russian head of government is no part of his title)
        nearest = titles_in(reading, role.start, role_end)[-1][0]
        if nearest > role.start:
            return _titled(reading, name, nearest, role_end, "", [])
        return Walk(region_start=name.start)
    if _home_title_of_subject(reading, walk, name):
        return Walk(region_start=name.start, effect="counterpart")  # the one met or received
    return walk


def _inside_name(reading: Reading, offset: int) -> bool:
    """Whether the word at `offset` continues a name begun before it."""
    mention = reading.mention_at(offset)
    return bool(mention) and mention.start < offset


def _home_title_of_subject(reading: Reading, walk: Walk, name: Mention) -> bool:
    """A title that names its state by itself (names.yaml `home_titles`) right before a name met or received
    (`title_head_final.name_met`: "Мемлекет басшысы Антониу Коштамен кездесті", "Мемлекет басшысы Кая Калласты
    қабылдады") is the subject's, the Head of State's, where nothing gives that person the home state: a
    Kazakh title before a name stays in the nominative, so its case tells nothing, and `_another_states_title`
    knows only the people of people_states.tsv. "Ильхам Әлиев Мемлекет басшысы Қасым-Жомарт Тоқаевпен кездесті"
    keeps Tokayev's title."""
    head_final = reading.known.title_head_final
    if not walk.role or not head_final or not head_final.name_met or not name.text.startswith(name.normal):
        return False
    home = next((state for title, state in reading.known.home_titles if title.fullmatch(walk.role.text)), None)
    return bool(home and head_final.name_met.search(name.text[len(name.normal):])
                and known_state(name.full_name or name_of(name)) != country_code(home))


def _another_states_title(walk: Walk, name: Mention) -> bool:
    """A title of one state before a person people_states.tsv knows speaks for another is the subject's, not the
    name's: a Kazakh title before a name is in the nominative whatever the name's case, so "Қазақстан Президенті
    Шавкат Мирзиёевпен кездесті" and "Мемлекет басшысы Ильхам Әлиевпен кездесті" leave Kazakhstan's president
    out (the headline's subject, told by title alone). A diplomat's posting is another state rightly."""
    if not walk.role or walk.posting or not walk.affiliation:
        return False
    title_state = country_code(walk.affiliation)
    own = known_state(name.full_name or name_of(name))
    return bool(title_state and own and own != title_state)


def _possessor(reading: Reading, role: Span) -> bool:
    """A head-final title whose head word is in the genitive is someone else's, whose the next thing is, not the
    name's ("Қытай төрағасының Тоқаевқа жасаған ілтипаты": the Chinese chairman's courtesy to Tokayev); a title
    before a name is written in the nominative, the name taking the case (names.yaml `title_head_final`)."""
    head_final = reading.known.title_head_final
    return bool(head_final and head_final.genitive.search(role.text.split()[-1]))


def _own_phrase(reading: Reading, name: Mention, left: int, role_end: int, effect: str) -> tuple[int, str]:
    """A title in apposition to a name agrees with it in case; a title in another case to the left of one that
    agrees heads another phrase, with the cue before it: "По приглашению президента Казахстана премьер-министр
    Индии Нарендра Моди прибыл" — the invitation is the president's, Modi's title starts at "премьер-министр".
    (region start, effect) as the walk found them, or cut there; where a case is unknown, as found."""
    case = reading.case_at(name.start)
    agreeing = None
    for start, _ in reversed(titles_in(reading, left, role_end)) if case else ():
        title_case = reading.case_at(start)
        if title_case == case:
            agreeing = start
        elif title_case and agreeing is not None:
            return agreeing, ""
    return left, effect


def _after_home_title(reading: Reading, left: int, role_end: int, effect: str) -> tuple[int, str]:
    """A title that names its own state (names.yaml `home_titles`) before another state's title is another
    person, the subject: "Мемлекет басшысы Өзбекстан Президенті Шавкат Мирзиёевпен кездесті" — Mirziyoyev's title
    starts at "Өзбекстан". (region start, effect) cut after the home title, or as given."""
    text = reading.doc.text
    head_final = reading.known.title_head_final
    # the home title opens the region, or the first title in it ("Сапар барысында Елбасы …")
    first = titles_in(reading, left, role_end)[:1]
    for title, state in reading.known.home_titles:
        home = title.match(text, left, role_end) or (first and title.match(text, first[0][0], role_end))
        if not home or (head_final and head_final.genitive.search(home.group())):
            continue  # "Мемлекет басшысының … арнайы өкілі": in the genitive it governs the title after it
        rest = re.compile(r"\s*").match(text, home.end()).end()
        # only a title naming another state is someone else's ("Мемлекет басшысы Мемлекеттік Хатшы Ерлан
        # Қаринді": cut there, the Secretary of State would speak for a word of his title): a state, a city of
        # another ("Елбасы Мәскеу мемлекеттік университетінің ректоры Виктор Садовничиймен"), an organisation of
        # states ("… Еуропалық Одақ Кеңесінің төрағасы")
        states = {_state_named(m) for m in reading.mentions if rest <= m.start and m.end <= role_end}
        states |= {country_code(country_of_adjective(reading, word) or "") for word in text[rest:role_end].split()}
        if states - {None, country_code(state)}:
            return rest, ""  # the cue before the region was the subject's, not this name's
    return left, effect


def _state_named(mention: Mention) -> str | None:
    """The state a name in a title stands for (ISO alpha-3): a state, the state of a city the gazetteer knows, or
    an organisation of states (its code, "EU"); None for any other."""
    name = name_of(mention)
    if mention.label == "LOC" and not country_code(name):
        place = geocode(name)
        return place.country_iso3 if place and place.feature_class == "P" else None
    return country_code(name) or (igo_code(name) if mention.label == "ORG" else None)


def _after_place(reading: Reading, left: int, role_end: int, effect: str) -> tuple[int, str]:
    """A head-final title ends with its head word, so a place written where something happens after one (a
    locative, "Ақордада") ends that title's phrase: "Мемлекет басшысы Ақордада Еуропалық Одақ Кеңесінің төрағасы
    Шарль Мишельді қабылдады" — Michel's title starts after the place, the Head of State's is the subject's, and
    the place is where they met. A posting ("Қазақстандағы") is no locative. (region start, effect) cut after the
    place, with the cue before the region the first title's holder's, or as given."""
    if not reading.known.title_head_final:
        return left, effect
    titles = titles_in(reading, left, role_end)
    for mention in reversed([m for m in reading.mentions if left <= m.start and m.end <= role_end]):
        if _is_locative(reading, mention) and any(end <= mention.start for _, end in titles) \
                and any(start >= mention.end for start, _ in titles):
            return re.compile(r"\s*").match(reading.doc.text, mention.end).end(), ""
    return left, effect


def _after_other_title(reading: Reading, left: int, role_end: int, effect: str) -> tuple[int, str]:
    """A head-final title ends with its head word, so one followed by another state's name starts another
    person's title ("Қазақстан Президенті Қытай Төрағасы Си Цзиньпинмен кездесті": Xi's title is "Қытай
    Төрағасы"; "Моңғолия басшысының Қазақстан Парламенті … Төрағасы Әшімбаевпен": the Mongolian head's meeting).
    A state the title is about ("Ауғанстан жөніндегі арнайы өкілі", names.yaml `title_glue`) or the posting of a
    diplomat ("Ресейдегі елшісі") starts none. (region start, effect) cut before that state, or as given."""
    head_final = reading.known.title_head_final
    if not head_final:
        return left, effect
    text = reading.doc.text
    glue = tuple(reading.known.names.get("title_glue", ()))
    # a state, or a state's body named by it ("Түркия Ұлы ұлттық мәжілісінің Төрағасы"), or an organisation of
    # states in the genitive ("Министр Еуропалық Одақтың арнайы өкілі … да қабылдады": the minister received the
    # EU's special representative)
    states = [(m, country_code(name_of(m) if m.label == "LOC" else name_of(m).split()[0])
               or (igo_code(name_of(m)) if m.label == "ORG" and head_final.genitive.search(m.text) else None))
              for m in reading.mentions
              if left <= m.start and m.end <= role_end and m.label in ("LOC", "ORG")
              and not head_final.posting.search(m.text) and not text[m.end:role_end].split()[:1] in ([g] for g in glue)]
    for _, title_end in reversed(titles_in(reading, left, role_end)[:-1]):
        before = {code for m, code in states if m.end <= title_end}
        after = [m for m, code in states if m.start >= title_end and code and code not in before]
        if after and titles_in(reading, after[0].end, role_end):
            return after[0].start, ""  # the cue before the region was the first title's holder's
    return left, effect


def _after_listed_states(reading: Reading, left: int, role_end: int, effect: str) -> tuple[int, str]:
    """A head-initial plural title listing states, then the conjunction (names.yaml `conjunctions`: "и") and
    another title ("президенты Казахстана, Кыргызстана, Узбекистана и Председатель КНР Си Цзиньпин"): the states are
    the plural title's, sides of their own, and the name's title starts after the conjunction (a head-final
    language's titles are `_after_other_title`'s). (region start, effect) cut after it, or as given."""
    conjunction = reading.known.conjunction
    if reading.known.title_head_final or conjunction is None:
        return left, effect
    tokens = list(reading.between(left, role_end))
    for n, token in enumerate(tokens[1:-1], start=1):
        if not conjunction.fullmatch(f" {token.text} "):
            continue
        before = reading.mention_at(tokens[n - 1].start)
        after = titles_in(reading, tokens[n + 1].start, role_end)
        plural = any(t.pos == "NOUN" and t.feats.get("Number") == "Plur" for t in tokens[:n - 1])
        # or the last but one of a list of people met, named by a title alone ("с премьером Индии Нарендрой Моди,
        # генсеком ООН и президентом Турции …"): the region opens after a comma that follows another person
        listed = before and before.label in ("LOC", "ORG") and _after_listed_person(reading, left) \
            and titles_in(reading, left, before.start)
        if before and (before.label == "LOC" and country_code(name_of(before)) and plural or listed) \
                and after and after[0][0] == tokens[n + 1].start:
            return tokens[n + 1].start, ""
    return left, effect


def _after_listed_person(reading: Reading, left: int) -> bool:
    """Whether the words before `left` are a comma right after a person's name: `left` opens the next member of a
    list of people."""
    text = reading.doc.text
    before = text[:left].rstrip()
    if before.endswith(","):
        before = before[:-1].rstrip()
    elif not text[left:].startswith(","):  # the walk takes the comma into the region
        return False
    person = reading.mention_at(len(before) - 1)
    return bool(person) and person.label == "PER"


def _boundary(reading: Reading, offset: int) -> tuple[str, int] | None:
    """The left boundary cue ending just before `offset`: (effect, where the cue starts)."""
    if offset not in reading.boundaries_read:
        reading.boundaries_read[offset] = _boundary_before(reading, offset)
    return reading.boundaries_read[offset]


def _boundary_before(reading: Reading, offset: int) -> tuple[str, int] | None:
    before = reading.before(offset)
    end = len(before)
    while end and before[end - 1].isspace():  # `before.rstrip()` without copying the text
        end -= 1
    for n, cue in reading.known.left_cues(before[end - 1:end]):  # a cue ends in it, where it ends the text
        match = _cue_search(reading, n, cue, before)
        if match:
            return cue.effect, reading.start + match.start()
    return None


def _cue_search(reading: Reading, n: int, cue: Cue, before: str) -> re.Match | None:
    """`cue.pattern.search(before)`, the text of the sentence up to an offset: tried only at the starts the cue
    may have in the sentence (`Cue.starts`, knowledge._cue_starts: found once per sentence and cue), in text
    order, where the search tried every position of the text at every step of every name's walk (the events
    stage over the 962 Russian texts of `make bench-speed`: 4.4 -> 4.0 ms per document)."""
    if cue.starts is None or len(before) > reading.sentence.end - reading.start:
        return cue.pattern.search(before)
    starts = reading.cue_starts.get(n)
    if starts is None:  # none in a sentence holding none of the words every match holds
        starts = reading.cue_starts[n] = [m.start() for m in cue.starts.finditer(reading.text)] \
            if reading.may_hold(reading.known.left_cue_words[n]) else []
    for start in starts:
        if start > len(before):
            break
        match = cue.pattern.match(before, start)
        if match:
            return match
    return None


def boundary_before(reading: Reading, offset: int) -> str:
    """The effect of the boundary cue right before `offset` ("с послом …" → counterpart), or ""."""
    cue = _boundary(reading, offset)
    return cue[0] if cue else ""


def right_effect(reading: Reading, name: Mention) -> str:
    """Cues right after the name ("Нахид Эсар бастаған") or ending it ("Н.Германмен")."""
    text, end = reading.doc.text, reading.sentence.end
    for cue in reading.known.boundaries:  # in the table's order, as the cues before a name are read
        if (cue.where == "right" and cue.pattern.match(text, name.end, end)) or (
                cue.where == "suffix" and cue.pattern.search(name.text)):
            return cue.effect
    return ""


def suffix_effect(reading: Reading, text: str) -> str:
    """The effect of a case ending cue (boundaries.tsv, position `suffix`) ending `text` ("Италия елшісімен":
    counterpart), or ""."""
    return next((cue.effect for cue in reading.known.boundaries if cue.where == "suffix" and cue.pattern.search(text)),
                "")


def _last_word_end(text: str, start: int, end: int) -> int:
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in ")\""):
        end -= 1
    return end


def titles_in(reading: Reading, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """Title matches (document offsets) within [start, end), left to right: the words of roles.tsv, and the
    POSITION mentions of a NER model trained on them (KazNERD labels positions: "Премьер-министрі")."""
    if (start, end) not in reading.titles_read:
        reading.titles_read[start, end] = tuple(_titles_in(reading, start, end))
    return reading.titles_read[start, end]


def _titles_in(reading: Reading, start: int, end: int) -> list[tuple[int, int]]:
    segment = reading.doc.text[start:end]
    # (the span without its place or venue is what must lie in the region: a walk stops at the venue)
    found = [(a, b) for a, b in (_without_place(reading, m.start, m.end) for m in reading.positions if m.end <= end)
             if start <= a < b]
    for pattern in reading.titles:
        found.extend((start + m.start(), start + m.end()) for m in pattern.finditer(segment))
    found.sort(key=lambda span: (span[0], -span[1]))
    kept = []
    head_final = reading.known.title_head_final
    text = reading.doc.text
    for span in found:
        if kept and head_final and span[0] >= kept[-1][1] \
                and head_final.genitive.search(text[kept[-1][0]:kept[-1][1]]) \
                and OF_TITLE_GAP.fullmatch(text[kept[-1][1]:span[0]]) and text[span[0]].islower():
            # a title in the genitive governs the next one: the office of the office's holder is one title
            # ("Жапония Сыртқы істер министрінің орынбасарымен", the deputy of the minister; "Сенат Төрағасының
            # бірінші орынбасары"), the one met being the deputy, whose state is Japan; not one starting with a name,
            # another's title ("Моңғолия басшысының Қазақстан Парламенті Мәжілісінің Төрағасы …-пен кездесуі")
            kept[-1] = (kept[-1][0], span[1])
        elif not kept or span[0] >= kept[-1][1]:
            kept.append(span)
        elif span[1] > kept[-1][1]:
            # overlapping matches are one title ("Германияның Экономика" of the model, "Экономика, энергетика
            # және климат министрі" of roles.tsv)
            kept[-1] = (kept[-1][0], span[1])
    return kept


def _without_place(reading: Reading, start: int, end: int) -> tuple[int, int]:
    """A model's POSITION span without the place it may start with ("Анкарада Түркия Президенті": the title is
    "Түркия Президенті"; the place is where the meeting was)."""
    text = reading.doc.text
    place = next((m for m in reading.mentions if m.start == start and m.label == "LOC" and m.end < end), None)
    if place and _is_locative(reading, place):
        start = _word_after(text, place.end, end)
    # nor the institution in the locative it may start with ("Қазақстан Сыртқы істер министрлігінде … орынбасары":
    # where the meeting was, boundaries.tsv `venue`); a span that is only that holds no title (start == end)
    venue = reading.known.venue_in_title
    last = list(venue.finditer(text, start, end)) if venue else []
    if last:
        start = _word_after(text, last[-1].end(), end)
    return start, end


def _word_after(text: str, at: int, end: int) -> int:
    """Where the next word after `at` starts, the spaces skipped, `end` at most."""
    return end - len(text[at:end].lstrip())


def _role(reading: Reading, left: int, end: int) -> Span | None:
    """From the farthest title still joined to the name to `end`, plus names glued on its left. Titles are
    joined by a short gap without a comma, or by a gap ending in the only comma ("послом Казахстана в Эфиопии,
    постоянным представителем …"); the name is joined to the nearest title by a gap without a comma."""
    text = reading.doc.text
    titles = titles_in(reading, left, end)
    if not titles:
        return None
    start = None
    joined_until = end
    for title_start, title_end in reversed(titles):
        gap = text[title_end:joined_until]
        if re.search(r"[.;:!?]", gap):
            break
        if start is None:
            joined = "," not in gap
        elif gap.rstrip().endswith(","):
            joined = "," not in gap.rstrip()[:-1]
        else:
            joined = "," not in gap and len(gap.split()) <= MAX_TITLE_GAP
        if not joined:
            break
        start = joined_until = title_start
    if start is None:
        return None
    start = _glued_names(reading, left, start)
    return Span(text[start:end], start, end)


def _glued_names(reading: Reading, left: int, start: int) -> int:
    """Extend a title leftwards over the capitalised words, names and adjectives right before it, within the
    region ("государственным секретарем", "Верховным представителем"), names.yaml's `title_glue` words
    ("Еуропалық Одақтың Орталық Азия жөніндегі арнайы өкілі") and, in a head-final language, the title's owner in
    the genitive ("Венгрия Ұлттық жиналысының вице-спикері"), and a country adjective ("өзбек әріптесі")."""
    head_final = reading.known.title_head_final
    title_start = start
    for token in reversed([t for t in reading.between(left, start + 1) if t.end <= start]):
        gap = reading.doc.text[token.end:start]
        mention = reading.mention_at(token.start)
        glue = token.text.lower() in reading.known.names.get("title_glue", ())  # "Орталық Азия жөніндегі"
        # a head-final title's owner in the genitive ("Венгрия Ұлттық жиналысының вице-спикері")
        glue = glue or bool(head_final and head_final.genitive.search(token.text))
        # a country adjective a model tags no adjective ("өзбек әріптесі": his Uzbek counterpart)
        glue = glue or bool(country_of_adjective(reading, token.text))
        if gap.strip() or not (token.text[:1].isupper() or mention or token.pos == "ADJ" or glue):
            break
        if _is_locative(reading, mention or token) or (mention and is_outlet(name_of(mention))):
            break  # nor is a news outlet any title's ("Корреспонденту ТАСС министр … Саидов рассказал")
        if not mention and (token.start == reading.start or OPENING_DASH.search(reading.before(token.start))) \
                and not any(title.match(reading.doc.text, token.start) for title, _ in reading.known.home_titles):
            # a capital at the sentence start proves nothing, nor one opening the text after a dateline's spaced
            # dash ("ИНТЕРФАКС - Встреча президентов …"); a model's name there does, and a title naming its state
            # by itself ("Kazinform – Мемлекет басшысы Қасым-Жомарт Тоқаев": no model labels it after a dateline)
            break
        start = token.start
    return start if start == title_start or not _object_of_locative(reading, start) else title_start


def _object_of_locative(reading: Reading, start: int) -> bool:
    """Whether the word at `start` is governed by a locative preposition before it (names.yaml `locative_words`),
    right after it or after one lowercase noun ("В Доме правительства", "В здании МИД Казахстана", "В Сенате
    Парламента"): a place where something happens, written before a title, and no part of it (a head-initial title
    takes no prepositional phrase on its left: "В Доме правительства Премьер-министр … встретился" is the
    Premier's meeting held there)."""
    words = reading.doc.text[reading.start:start].split()
    locative = reading.known.names.get("locative_words", ())
    return bool(words) and (words[-1].lower() in locative
                            or len(words) > 1 and words[-1].islower() and words[-2].lower() in locative)


def _is_locative(reading: Reading, word: Mention | Token) -> bool:
    """A place written where something happens or where to ("в Астане", "Ақордада", "Маңғыстау облысына"): a LOC
    mention or a building (pipeline/geocode.py), or a capitalised word no model labelled, after names.yaml's
    locative words or ending in one of its locative endings; a LOC mention inflected with one of its locative or
    destination endings (not "Мальта" nor "Астана", whose nominatives end so)."""
    if isinstance(word, Mention) and word.label != "LOC" and not is_building(name_of(word)):
        return False  # a building the place table knows may be labelled an organisation ("Ақордада")
    names = reading.known.names
    before = reading.doc.text[reading.start:word.start].split()
    # a place whose nominative ends so is no locative ("Мальта Орденінің", "Канада елшісі")
    inflected = not isinstance(word, Mention) or word.text != word.normal
    return bool(before and before[-1].lower() in names.get("locative_words", ())) or inflected and (
        word.text.endswith(tuple(names.get("locative_endings", ())))
        or isinstance(word, Mention) and word.text.endswith(tuple(names.get("destination_endings", ()))))


def _affiliate(reading: Reading, walk: Walk, name_start: int, cut_mentions: list[Mention]) -> None:
    """Whom the name speaks for: the name after a cut ("из ОАКТ"), else a country in the title that is not the
    posting, else the organisation in it nearest the name ("БҰҰ ОААДӨО басшысы - БҰҰ Бас хатшысының арнайы
    уәкілі" speaks for БҰҰ), else a capitalised word glued on the title's left."""
    text = reading.doc.text
    role = walk.role
    in_role = [m for m in walk.consumed if role and role.start <= m.start and m.end <= role.end]
    postings = [m for m in in_role if m.label == "LOC" and _after_posting(reading, role.start, m)]
    if postings:
        walk.posting = name_of(postings[0])
    # the place an office deals with ("… ООН по Сирии") is no one's side either
    postings += [m for m in in_role if m.label == "LOC" and _after_cue(reading, role.start, m, "portfolio")]
    # with no title, a name set before the person with a dash is theirs ("Кейптауна - Джордином Хилл-Льюисом")
    nearby = [m for m in walk.consumed[-1:] if not role and re.fullmatch(r"\s*[-–—]\s*", text[m.end:name_start])]
    candidates = [m for m in (cut_mentions
                              + [m for m in in_role if m.label == "LOC" and m not in postings]
                              + [m for m in reversed(in_role) if m.label == "ORG"] + nearby)
                  if not is_generic(name_of(m), reading)]
    if candidates:  # a state by its everyday name ("Қазақстан Республикасының" speaks for Қазақстан)
        name = short_name(name_of(candidates[0]))
        walk.affiliation = state_of_body(reading, name) or _state_first(reading, candidates[0], name) \
            or country_name(name)
        return
    adjectives = [country_of_adjective(reading, word) for word in text[role.start:role.end].split()] if role else []
    if any(adjectives):  # "российским коллегой", "казахстанский посол"
        walk.affiliation = next(country for country in adjectives if country)
        return
    home = next((state for title, state in reading.known.home_titles if role and title.search(role.text)), None)
    if home:  # "Мемлекет басшысы Қасым-Жомарт Тоқаев": the title alone says whose office it is
        walk.affiliation = home
        return
    if role:
        # a hyphen-glued case ending is no part of the name ("БҰҰ-ның" → "БҰҰ"; "Нью-Йорк" stays whole)
        first_word = re.match(r"[^\W\d_]\w*(?:-[^\W\d_a-zа-яәғқңөұүһі]\w*)*", text[role.start:role.end])
        # where the title words start: a listed title, else the last word of a model's POSITION span (a
        # Kazakh position phrase ends in its head: "Қазақстан Республикасының Премьер-министрі")
        segment = text[role.start:role.end]
        listed = [m.start() for pattern in reading.titles for m in pattern.finditer(segment)]
        title_start = role.start + (min(listed) if listed else segment.rstrip().rfind(" ") + 1)
        glued = text[role.start:title_start]
        # a minister's portfolio is no one it speaks for ("Энергетика министрі", "Ұлттық экономика министрі"): its
        # words are what talks are about (topic_categories.tsv)
        portfolio = any(keyword.search(glued) for keyword, _, _ in reading.known.topic_categories)
        if first_word and role.start < title_start and first_word.group()[:1].isupper() and not portfolio:
            body = state_of_body(reading, strip_case(text[role.start:title_start].strip(), reading.known))
            if not body and _title_adjective(reading, first_word.group()):
                # "Ұлы Канцлері": no owner, unless a state starts with the word ("Ұлы Британия …")
                two = re.match(r"\S+\s+\S+", text[role.start:title_start])
                state = two and strip_case(two.group(), reading.known)
                walk.affiliation = country_name(state) if state and country_code(state) else None
                return
            walk.affiliation = body or country_name(strip_case(first_word.group(), reading.known))
            if not body and not country_code(walk.affiliation):
                walk.affiliation = _owner_named(reading, text[role.start:title_start]) or walk.affiliation
            return
        # a country's abbreviation no model labelled, right before the title ("ҚР Сыртқы істер министрі")
        before = re.search(r"([^\W\d_][\w-]*)\s+$", text[reading.start:role.start])
        if before and country_code(before.group(1)):
            walk.affiliation = country_name(before.group(1))


def _state_first(reading: Reading, body: Mention, name: str) -> str | None:
    """The state a body named by that state first speaks for, where the model tagged the state and the office's
    portfolio as one body ("Түркия Мәдениет және туризм министрі": "Түркия Мәдениет және туризм"; "Қазақстанның
    Сауда және интеграция министрі"): a state's official speaks for the state (GUIDELINES: affiliation)."""
    words = name.split()
    if body.label != "ORG" or len(words) < 2 or country_code(name):
        return None
    state = strip_case(words[0], reading.known)
    return country_name(state) if country_code(state) else None


def _title_adjective(reading: Reading, word: str) -> bool:
    """Whether a word opening a title names no one whose title it is (names.yaml `title_adjectives`: "Ұлы",
    "Федералды")."""
    pattern = reading.known.names.get("title_adjectives")
    return bool(pattern and re.fullmatch(pattern, word, re.IGNORECASE))


def _owner_named(reading: Reading, words: str) -> str | None:
    """The name no model labelled in front of a title, where its first word is no state: its capitalised words,
    up to one in the genitive (a head-final title's owner: "Еуропалық Кеңес төрағасы", "Халық Маслихатының
    Төрағасы", "Еуропалық Одақтың Сыртқы істер … өкілі"), in the nominative; None where it is one word."""
    head_final = reading.known.title_head_final
    run = []
    for word in words.split():
        if not word[:1].isupper():
            break
        run.append(word)
        if head_final and head_final.genitive.search(word):
            break
    return strip_case(" ".join(run), reading.known) if len(run) > 1 else None


def state_of_body(reading: Reading, name: str) -> str | None:
    """The state a state body (its parliament, a chamber, its government: names.yaml `state_bodies`) speaks for:
    the state named first ("Ресейдің Федералдық жиналысы Федерация кеңесі" → Ресей), else the state whose body
    it is when named alone (`home_bodies`: "Сенат", "Парламент Мәжілісі" → Қазақстан); GUIDELINES: a
    parliamentarian's affiliation is their state. None for any other name."""
    known = reading.known
    if not known.state_bodies or not known.state_bodies.search(name):
        return None
    first = name.split()[0]
    state = country_code(first) and first or country_code(strip_case(first, known)) and strip_case(first, known)
    if state and len(name.split()) > 1:
        return country_name(state)
    return next((home for body, home in known.home_bodies if body.fullmatch(name)), None)


def _after_posting(reading: Reading, role_start: int, place: Mention) -> bool:
    """A place in a title that says where its holder is posted: after a posting cue ("посол Казахстана в
    Бельгии"), or with a Kazakh posting ending ("Жапонияның Қазақстандағы елшісі", names.yaml
    `title_head_final`)."""
    head_final = reading.known.title_head_final
    return _after_cue(reading, role_start, place, "posting") \
        or bool(head_final and head_final.posting.search(place.text))


def _after_cue(reading: Reading, role_start: int, place: Mention, effect: str) -> bool:
    """Whether a boundaries.tsv cue of `effect` written inside a title ends right before the place ("в", "по")."""
    before = reading.doc.text[role_start:place.start]
    return any(cue.where == "inside" and cue.effect == effect and cue.pattern.search(before)
               for cue in reading.known.boundaries)


def country_of_adjective(reading: Reading, word: str) -> str | None:
    """The country a country adjective stands for (country_adjectives.tsv: `российским` → Россия), or None."""
    word = word.lower()
    return next((country for stem, country in reading.known.country_adjectives if word.startswith(stem)), None)


def is_generic(normal: str, reading: Reading) -> bool:
    """A body every country has ("Министерство иностранных дел"), a macro-region or a news outlet (`ТАСС`,
    outlets.tsv): it names no side."""
    return normal.lower() in reading.known.not_sides or is_outlet(normal)


def short_name(normal: str) -> str:
    """An organisation known by the abbreviation in its brackets: `Организация … (ОАКТ)` → `ОАКТ`."""
    match = re.search(r"\(([^()]+)\)\s*$", normal)
    return match.group(1).strip() if match else normal
