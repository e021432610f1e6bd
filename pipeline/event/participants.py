"""The names of one sentence that may be sides, read in one order: the titles (each name's title region, read
leftwards by roles.py, then the titles no name follows), the people with the titles told around them, whom they
speak for, and then which names are sides: the people, the countries and organisations a title with no person
governs, and those outside every title, place and topic (affiliations.tsv, boundaries.tsv, roles.tsv)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..countries import country_code, igo_code, resolve
from ..document import Mention
from .knowledge import CONTACT
from .model import Candidate, Hit, Participant, Span
from .names import name_of, strip_case
from .reading import Reading
from .roles import (VERBS, Walk, boundary_before, country_of_adjective, is_generic, right_effect, short_name,
                    state_of_body, suffix_effect, titles_in, walk_left)

KIND_OF_LABEL = {"PER": "person", "ORG": "organization", "LOC": "country"}
NOT_SIDES = ("not_event", "source")
MAX_TITLE_WORDS = 3  # lowercase words completing a title before the names it governs ("внешнеполитических ведомств")
LOWER_WORD = r"[^\W\d_A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*"
PAIR = re.compile(r"(?<![\w-])([^\W\d_]+)-([^\W\d_]+)(\s+[^\W\d_]+)?\s+$")  # "российско-казахстанские (…) "


def sentence_sides(reading: Reading, excluded: list[tuple[int, int]], triggers: list[Hit],
                   delegation: bool = False):
    """(candidates in the order people, listed, named, paired; title spans): `excluded` spans (topics) hold no
    sides; `triggers` are the sentence's event words (`Hit`: a compound of two country adjectives before one names
    its two sides); `delegation` says the sentence reports a delegation. Names in a person's title region are parts
    of the title, not sides; only the title spans themselves are closed to places."""
    # titles: each name's title region, then the titles no person's name follows
    walks = {id(m): walk_left(reading, m) for m in reading.mentions}
    people, regions, titles = _people(reading, walks, delegation, triggers)
    bare_titles = _bare_titles(reading, regions + titles, triggers)
    titles += [(bare.start, bare.end) for bare in bare_titles]
    # people with the titles told around them: set off after the name, ending in a colon, shared with the next;
    # a title with no person is no side where a person's would be none: where the news comes from ("сообщили в
    # администрации главы киргизского государства") or one staying away ("Глава узбекского МИД не примет участие в
    # саммите")
    untitled = [bare for bare in bare_titles if not _apposition(reading, bare, people)
                and not _title_before_title(reading, bare, people)
                and not bare.spoken_of and not _absent(reading, bare, triggers)]
    # a reporter's title set off after the name ("Мария Захарова, официальный представитель МИД России, …
    # подтвердила"): where they speak, they report, as with the title before the name (`_people`)
    if reading.speaks:
        reporters = [c for c in people if _reporter_title(reading, c.participant.role)]
        reading.reporters.extend(c.participant.normal for c in reporters)
        people = [c for c in people if c not in reporters]
    _title_before_colon(reading, people)
    _shared_title(reading, people)
    _title_with_each_state(reading, people)
    _listed_counterparts(reading, people)
    _state_in_brackets(reading, people)
    # whom they speak for, where their titles do not say
    _affiliate_by_cues(reading, people, triggers)
    # which names are sides: the people, the names a title with no person governs, the names outside every title
    group = max((c.group for c in people), default=0)
    listed = [side for bare in untitled for side in _listed(reading, bare, excluded, group)]
    named = _named(reading, walks, regions + titles + excluded, group, beside_people=bool(people))
    paired = [side for hit in triggers for side in _pair_of_states(reading, hit, group)]
    return _of_groups(reading, _without_bodies(reading, people + listed + named + paired)), titles


def _people(reading: Reading, walks: dict, delegation: bool, triggers: list[Hit]):
    """Every person not in a non-event or a news source, with the title region read left of them; one in a
    non-event who is the subject of a relative clause telling an event (`_relative_subject`) is a side of that.
    A news outlet the model took for a person ("/Казинформ/ – Касым-Жомарт Токаев провел …") is none."""
    people, regions, titles = [], [], []
    group = 0
    for mention in reading.mentions:
        walk = walks[id(mention)]
        if mention.label != "PER" or is_generic(name_of(mention), reading):
            continue
        regions.append((walk.region_start, mention.start))
        if walk.role:
            titles.append((walk.role.start, walk.role.end))
        reporter = _reporter_title(reading, walk.role)
        if reporter:
            reading.reporters.append(name_of(mention))
        if reporter and reading.speaks:
            continue
        person = Participant(mention.text, mention.start, mention.end, normal=name_of(mention),
                             role=walk.role, affiliation=walk.affiliation)
        right = right_effect(reading, mention)
        spoken_of = walk.effect if walk.effect in NOT_SIDES else right if right in NOT_SIDES else None
        if spoken_of and not (spoken_of == "not_event" and _relative_subject(reading, mention, triggers)) \
                and not (spoken_of == "source" and _own_contact(reading, mention, walks, triggers)):
            reading.spoken_of.append(person)  # "Ли Цянның сәлемін жеткізді": whose greetings were passed on
            continue
        if _owner_of_relative(reading, walk, mention) or _talked_about(reading, walk, mention, triggers) \
                or _absent(reading, mention, triggers) or _greeter(reading, walk, person):
            reading.spoken_of.append(person)
            continue
        group += walk.effect == "group"
        effect = "" if spoken_of else right or ("" if walk.effect in ("group", "stop", "about") else walk.effect)
        person.kind = "delegation" if delegation or effect == "delegation" else "person"
        people.append(Candidate(person, effect, group, walk.posting))
    return people, regions, titles


def _owner_of_relative(reading: Reading, walk: Walk, mention: Mention) -> bool:
    """Whether a person is named in the genitive after a relative or aide in their title region (names.yaml
    `possessor`): "встретился с семьей бывшего президента ЮАР Нельсона Манделы", "с вдовой Гейдара Алиева", "с
    помощником Дональда Трампа" met the family, the widow, the aide; the person named is whose they are. A name
    written as its nominative declines not, so its case is the tagger's guess ("с супругой президента Франции Брижит
    Макрон": the wife herself)."""
    possessor = reading.known.possessor
    if not possessor or reading.case_at(mention.start) != possessor[0] or mention.text == name_of(mention):
        return False
    return any(t.lemma in possessor[1] for t in reading.between(walk.region_start, mention.start))


def _talked_about(reading: Reading, walk: Walk, mention: Mention, triggers: list[Hit]) -> bool:
    """Whether a person's title region starts after a word of what was talked about (boundaries.tsv `about`:
    "беседовал с президентом Эквадора о Сноудене", "по поводу Мухаммеда Дейфа") with no event word between (in
    "о визите Президента Казахстана …" the visitor is the visit's)."""
    if walk.effect != "about":
        return False
    return not any(walk.region_start <= hit.start < mention.start for hit in triggers)


def _absent(reading: Reading, mention: Mention | BareTitle, triggers: list[Hit]) -> bool:
    """Whether the person's (or a title's with no name) own clause says they stayed away, telling no event: a negated
    finite verb after the name (UD `Polarity=Neg` before a verb), no other name nor event word from the name to the
    clause's end ("Министр … Арарат Мирзоян в Астану не приехал: Армению на заседании представлял …" is no side of the
    session). A clause with an event word is that event's to tell ("… не исключил визита", "визит не состоялся"), unless
    one went to it or took part in it (`_where_to`: "Эмомали Рахмон на саммит не прибыл"). A sentence with no event word
    has no side to keep out: its words' tags, which a sentence holding no event word may not have yet, are not read."""
    if not triggers:
        return False
    ends = reading.known.clause_ends
    before = reading.between(reading.start, mention.start)
    start = next((t.end for t in reversed(before) if t.text in ends and t.pos == "PUNCT"), reading.start)
    tokens = reading.between(mention.end, reading.sentence.end)
    cut = next((n for n, t in enumerate(tokens) if t.text in ends and t.pos == "PUNCT"), len(tokens))
    clause = tokens[:cut]
    end = clause[-1].end if clause else mention.end
    if any(start <= hit.start < end and not _where_to(reading, mention, hit) for hit in triggers) \
            or any(m.label == "PER" and mention.end <= m.start < end for m in reading.mentions):
        return False
    return any(a.feats.get("Polarity") == "Neg" and b.pos in VERBS and b.feats.get("VerbForm") == "Fin"
               for a, b in zip(clause, clause[1:]))


def _greeter(reading: Reading, walk: Walk, person: Participant) -> bool:
    """Whether the person, no leader (`Knowledge.leader`), is the subject of a verb of greeting on arrival
    (greetings.tsv `greeting`: "Прибывшего в Будапешт … Токаева в аэропорту встретил министр иностранных дел
    Венгрии Петер Сийярто"): an official who only greets is a side of nothing (GUIDELINES "A visit and the talks
    during it"); a host leader who greets is the visit's recipient (merge)."""
    greetings = reading.known.greetings
    # the sentence's words first: a leader is costly to tell, and few sentences greet anyone
    if not any(g.search(reading.text) for g in greetings) or reading.known.leader(person):
        return False
    start = walk.role.start if walk.role else person.start
    if not reading.parsed:
        # a sentence naming no event is not parsed (run.parse_wanted): the greeter is the nominative written right
        # before or after the verb ("В аэропорту высокого гостя встретил первый заместитель премьер-министра …")
        before = re.search(r"([\w-]+)\s+$", reading.doc.text[reading.start:start])
        after = re.match(r"\s+([\w-]+)", reading.doc.text[person.end:reading.sentence.end])
        verb = any(g.fullmatch(word.group(1)) for word in (before, after) if word for g in greetings)
        return verb and reading.case_at(start) == "Nom"
    for token in reading.between(start, person.end):
        head = reading.head_of(reading.position(token)) if token.rel.startswith("nsubj") else None
        if head is not None and any(g.fullmatch(head.text) for g in greetings):
            return True
    return False


def _where_to(reading: Reading, mention: Mention, hit: Hit) -> bool:
    """Whether an event word after a name is governed by a preposition: where one went or what one took part in
    ("на саммит не прибыл", "не примет участия в заседании"), not the event the clause tells."""
    before = reading.between(mention.end, hit.start)
    return bool(before) and before[-1].pos == "ADP"


def _relative_subject(reading: Reading, mention: Mention, triggers: list[Hit]) -> bool:
    """Whether a relative clause right after the name tells an event (", который ранее встречался с Нуртлеу в
    Риме", names.yaml `relative_pronoun`): the one only spoken of is its subject."""
    pronoun = reading.known.relative_pronoun
    comma = re.compile(r"\s*,\s*").match(reading.doc.text, mention.end)
    said = pronoun.match(reading.doc.text, comma.end()) if pronoun and comma else None
    return bool(said) and any(h.start >= said.end() for h in triggers)


def _own_contact(reading: Reading, mention: Mention, walks: dict, triggers: list[Hit]) -> bool:
    """Whether the person a source's verb names ("Об этом сообщил министр … Кулубаев") is the subject of a contact
    told right after the name, "after" it (names.yaml `own_contact`: "после переговоров", "по итогам встречи"), with
    someone met "with" (boundaries.tsv `counterpart`) after the trigger: he reports his own talks, a side of them."""
    own = reading.known.own_contact
    text = reading.doc.text
    return bool(own) and any(
        hit.event_type in CONTACT and hit.start >= mention.end and own.fullmatch(text, mention.end, hit.start)
        and any(m.start >= hit.end and walks[id(m)].effect == "counterpart" for m in reading.mentions)
        for hit in triggers)


def _reporter_title(reading: Reading, role: Span | None) -> bool:
    """A press secretary's title and the like (roles.tsv kind reporter): where the sentence has them speak
    (`Reading.speaks`), they report the event and are no side of it; one who meets someone is a side like anyone."""
    return bool(role and any(pattern.search(role.text) for pattern in reading.known.reporters))


@dataclass
class BareTitle:
    """A title with no person's name ("руководителей внешнеполитических ведомств Франции, Казахстана …",
    "встречу с послом Казахстана в Бельгии"): the names listed right after it are sides with that title; a
    posting after them ("в Бельгии") is part of the phrase and neither a side nor a place."""
    start: int
    end: int
    role: Span
    listed: list[Mention]
    effect: str  # the boundary before the title ("с послом …" is met "with")
    spoken_of: bool  # the boundary before it says it is no side (`NOT_SIDES`: "сообщили в администрации …")
    home: str | None = None  # the state a title names by itself ("Мемлекет басшысы": Қазақстан, names.yaml)
    title_end: int | None = None  # where the title's own words end ("коллегой", not "коллегой в")


def _bare_titles(reading: Reading, taken: list[tuple[int, int]], triggers: list[Hit]) -> list[BareTitle]:
    text, stop = reading.doc.text, reading.sentence.end
    found = []
    for start, end in titles_in(reading, reading.start, stop):
        if any(a <= start < b for a, b in taken):
            continue
        if reading.known.title_head_final:
            found.append(_head_final(reading, start, end))
            continue
        role_end, first = end, None
        # the title's own words are read up to a name after it (`_name_at`): where none follows, nothing is read
        # (nor tagged: a sentence telling no event may have no tags yet, natasha_backend._read_later)
        named_after = any(m.start > end and m.label != "PER" for m in reading.mentions)
        for count in range(MAX_TITLE_WORDS + 1) if named_after else ():  # its lowercase words, then the names
            # a dash may join them ("Главы государств – членов ОТГ": the member states' heads)
            words = re.match(rf"(?:\s+(?:[–—-]\s+)?{LOWER_WORD}){{{count}}}\s+", text[end:stop])
            if words and count and (_ends_at_boundary(reading, words.group()) and not _from_state(reading, words.group())
                                    or _holds_verb(reading, end, end + words.end())):
                break  # "өкілдері және АИР": a conjunction ends the title; "президент планирует посетить": a verb
            first = _name_at(reading, end + words.end()) if words else None
            if first and first.label == "LOC" and _holds_adposition(reading, end, end + words.end()) \
                    and not _from_state(reading, words.group()):
                first = None  # "с кыргызским коллегой в Ташкенте": where they met, no side of the title
                break
            if first:
                # the title without the preposition of where its holder comes from ("коллегой", not "коллегой из")
                origin = _from_state(reading, words.group())
                role_end = end + (origin.start() if origin else len(words.group().rstrip()))
                # "глав правительств России и Узбекистана": a body every state has, then the states it is of
                states = _whose_body(reading, first, stop) or (
                    _met_with(reading, start) and _state_of_one_body(reading, first, stop))
                if states:
                    role_end, first = first.end, states
                break
        listed = []
        cursor = end
        while first:
            listed.append(first)
            cursor = first.end
            joiner = reading.joiner(text[cursor:stop])
            first = _name_at(reading, cursor + joiner.end()) if joiner else None
        posting = _match(reading.known.posting, text[cursor:stop])
        posted = reading.known.posted_titles
        if posted and not posted.search(text[start:end]):
            posting = None  # "с президентом Казахстана в Нью-Йорке": where they met; only diplomats are posted
        place = _name_at(reading, cursor + posting.end()) if posting and listed else None
        if place and reading.case_at(place.start) == "Acc":
            place = None  # "визит президента Франции в Казахстан": where to, no posting
        effect = boundary_before(reading, start) or ("counterpart" if _received(reading, start, triggers) else "")
        found.append(BareTitle(start, place.end if place else cursor, Span(text[start:role_end], start, role_end),
                               listed, _bare_effect(effect), effect in NOT_SIDES, title_end=end))
    return found


def _received(reading: Reading, start: int, triggers: list[Hit]) -> bool:
    """Whether a title at `start` is the object of a meeting verb before it, the one received ("Шавкат Мирзиёев
    принял посла Японии"): met "with", not the host's own title. An object of an invitation to visit is the visitor
    ("пригласил президента Турции посетить"), so only a meeting's trigger counts, with no other verb between. The
    triggers first: the title's case reads its sentence's tags, which a sentence with no trigger may not have yet
    (pipeline/backends/natasha_backend.py `_read_later`)."""
    meetings = [hit for hit in triggers if hit.end <= start and hit.event_type == "meeting"]
    return bool(meetings) and reading.case_at(start) == "Acc" \
        and any(not _holds_verb(reading, hit.end, start) for hit in meetings)


def _whose_body(reading: Reading, body: Mention, stop: int) -> Mention | None:
    """The first of two states or more listed right after a body every state has ("правительств России и
    Узбекистана", roles.is_generic), or None. (One state after it, "Глава МИД Казахстана", is left to the
    title's person: naming the state a side there lost a held-out event, models/events/README.md.)"""
    if body.label != "ORG" or not is_generic(name_of(body), reading):
        return None
    gap = re.match(r"\s+", reading.doc.text[body.end:stop])
    first = _name_at(reading, body.end + gap.end()) if gap else None
    if first is None:
        return None
    joiner = reading.joiner(reading.doc.text[first.end:stop])
    return first if joiner and _name_at(reading, first.end + joiner.end()) else None


def _met_with(reading: Reading, start: int) -> bool:
    """Whether the title at `start` is one met "with" (the boundaries.tsv `counterpart` cue before it: "с", "-мен")."""
    return boundary_before(reading, start) == "counterpart"


def _state_of_one_body(reading: Reading, body: Mention, stop: int) -> Mention | None:
    """The one state right after a body every state has, no person's name after it ("… провел переговоры с главой
    МИД Монголии."): the state the title met with stands for, or None. Only for a counterpart met "with" (elsewhere
    it lost a held-out Russian event: `_whose_body`)."""
    if body.label != "ORG" or not is_generic(name_of(body), reading):
        return None
    gap = re.match(r"\s+", reading.doc.text[body.end:stop])
    state = _name_at(reading, body.end + gap.end()) if gap else None
    if state is None or state.label != "LOC" or not country_code(name_of(state)):
        return None
    after = re.match(r"\s*", reading.doc.text[state.end:stop])
    named = _name_at(reading, state.end + after.end())
    return None if named and named.label == "PER" else state


def _holds_adposition(reading: Reading, start: int, end: int) -> bool:
    """Whether a preposition lies between the offsets."""
    return any(t.pos == "ADP" for t in reading.between(start, end))


def _from_state(reading: Reading, words: str) -> re.Match | None:
    """The preposition of where someone comes from that ends the words between a title and a name (names.yaml
    `from_state`: "со своим коллегой из Узбекистана", "делегацию парламентариев из Японии"), if any: the state named
    after it is whose the title's holder is (a city there is where, `_a_place`)."""
    said = reading.known.from_state
    return said.search(words) if said else None


def _holds_verb(reading: Reading, start: int, end: int) -> bool:
    """Whether a finite verb or an infinitive lies between the offsets (a participle may be part of a title:
    "исполняющий обязанности")."""
    return any(t.pos in VERBS and t.feats.get("VerbForm") in ("Fin", "Inf") for t in reading.between(start, end))


def _bare_effect(cue: str) -> str:
    """What a cue before a title with no person says of the sides it names: met "with" them, or hosting ("по
    приглашению президента Казахстана": the state invites); other cues say nothing of a side."""
    return cue if cue in ("counterpart", "recipient") else ""


def _head_final(reading: Reading, start: int, end: int) -> BareTitle:
    """A title whose language puts what it governs before it (names.yaml `title_head_final`: "Қазақстан
    Президенті", "Қытайдың Сыртқы істер министрі"): the names inside it, else the one name right before it; a
    name after it is the next phrase's ("Қазақстан Президенті Қытайдың … қаласына": China is where he went)."""
    text = reading.doc.text
    head_final = reading.known.title_head_final
    last_word = text[start:end].split()[-1]
    if not any(title.search(last_word) for title in reading.titles):
        # a model's POSITION ending in no title word ("Ресей Сыртқы істер министрлігінен": a ministry); an
        # international organisation in front owns the body, a name of its own and no word of it ("ТМД Сыртқы
        # істер министрлері кеңесінің отырысына": the CIS is the gathering's side, as "ШЫҰ үкімет басшылары
        # кеңесінің" gives it, where the model's title stops before "кеңесі")
        owner = next((m for m in reading.mentions if m.start == start and m.end < end and m.label == "ORG"
                      and igo_code(m.normal)), None)
        start = next((t.start for t in reading.between(owner.end, end)), start) if owner else start
        return BareTitle(start, end, Span(text[start:end], start, end), [], "", False)
    # a state or organisation, in the genitive or the nominative of izafet ("Қазақстан Сыртқы істер министрі");
    # a posting ("Қазақстан Республикасындағы") or another case is no side
    listed = [m for m in reading.mentions if start <= m.start and m.end <= end and m.label != "PER"
              and resolve(m.normal) and not head_final.posting.search(m.text)]
    before = _right_before(reading, start)
    if not listed and before and head_final.posting.search(before.text):
        # a posting between the state and its title ("Түркия Республикасының Қазақстандағы елшісі", Turkey's
        # ambassador in Kazakhstan): the state in the genitive before the posting is whose the title is
        whose = _right_before(reading, before.start)
        before = whose if whose and head_final.genitive.search(whose.text) else before
    if not listed and before and before.label != "PER" and (resolve(before.normal) or _a_states_body(before)) \
            and (before.text == before.normal or head_final.genitive.search(before.text)):
        # with the names listed with it ("Орталық Азия мен Әзербайжан мемлекеттері басшыларының"), of its label: a
        # person before it is another side ("Айгүл Серікқызы мен Жапония елшісі": the MP and Japan's ambassador)
        listed = [m for m in reading.listed_with(before.start, before.end) if m.label == before.label] + [before]
        start = listed[0].start
    role = Span(text[start:end], start, end)
    home = next((state for title, state in reading.known.home_titles if title.search(role.text)), None)
    # the case ending on the title says how its names take part ("Италия елшісімен": met with; "Қытай елшісін
    # қабылдады": received, so met)
    effect = boundary_before(reading, start) or suffix_effect(reading, role.text) or (
        "counterpart" if head_final.met and head_final.met.search(role.text) else "")
    return BareTitle(start, end, role, listed, _bare_effect(effect), effect in NOT_SIDES, home)


def _right_before(reading: Reading, start: int) -> Mention | None:
    """The name right before a head-final title starting at `start`, only names.yaml `between` words between."""
    text, between = reading.doc.text, reading.known.title_head_final.between
    return next((m for m in reading.mentions if m.end <= start and between.fullmatch(text[m.end:start])), None)


def _a_states_body(mention: Mention) -> bool:
    """An organisation named by its state first ("Түркия парламенті", "Ресей Үкіметі"): it speaks for the state."""
    words = mention.normal.split()
    return mention.label == "ORG" and len(words) > 1 and bool(country_code(words[0]))


def _ends_at_boundary(reading: Reading, text: str) -> bool:
    return any(cue.where == "left" and cue.pattern.search(text) for cue in reading.known.boundaries)


def _match(pattern: re.Pattern | None, text: str) -> re.Match | None:
    """`pattern` matched at the start of `text`; None where the language has no such pattern."""
    return pattern.match(text) if pattern else None


def _name_at(reading: Reading, offset: int) -> Mention | None:
    mention = reading.mention_at(offset)
    return mention if mention and mention.start == offset and mention.label != "PER" else None


def _apposition(reading: Reading, bare: BareTitle, candidates: list[Candidate]) -> bool:
    """"… с Эндой Кенни, премьер-министром Ирландии, …": a title set off after an untitled name is that
    person's title, and the names in it say whom they represent."""
    text = reading.doc.text
    for candidate in candidates:
        person = candidate.participant
        if person.role is None and re.fullmatch(r"\s*,\s*", text[person.end:bare.start]):
            end = bare.listed[-1].end if bare.listed else bare.role.end
            person.role = Span(text[bare.start:end], bare.start, end)
            if bare.listed and not person.affiliation:
                person.affiliation = short_name(name_of(bare.listed[0]))
            return True
    return False


def _title_before_title(reading: Reading, bare: BareTitle, candidates: list[Candidate]) -> bool:
    """"Сауд Арабиясының тақ мұрагері, Премьер-министр Мұхаммед бин Салманмен": a head-final title, a comma, and
    the title of a name right after it are one person's two offices (a Kazakh title never spans a comma,
    boundaries.tsv), where the name's own title names no other state: the first title's state is whom they speak
    for, and it is no side of its own. Titles naming two states ("Әзербайжан Президенті, Түркия Президенті Ердоған")
    stay two people."""
    if not reading.known.title_head_final:
        return False
    text = reading.doc.text
    states = {country_code(name_of(m)) for m in bare.listed} - {None}
    for candidate in candidates:
        person = candidate.participant
        if person.kind != "person" or person.role is None \
                or not re.fullmatch(r"\s*,\s*", text[bare.end:person.role.start]):
            continue
        own = country_code(person.affiliation) if person.affiliation else None
        if own is not None and states and own not in states:
            return False
        if not person.affiliation and bare.listed:
            person.affiliation = short_name(name_of(bare.listed[0]))
        return True
    return False


def _title_before_colon(reading: Reading, people: list[Candidate]) -> None:
    """"мэрами городов провинции: Кейптауна - A, Джорджа - B": a title ending in a colon is the title of every
    untitled person listed after it."""
    text = reading.doc.text
    for colon in re.finditer(":", reading.text):
        at = reading.start + colon.start()
        titles = titles_in(reading, reading.start, at)
        if not titles:
            continue
        start, end = titles[-1]
        tail = re.match(rf"(?:\s+{LOWER_WORD}){{0,{MAX_TITLE_WORDS}}}\s*$", text[end:at])
        if not tail:
            continue
        role = Span(text[start:at].rstrip(), start, start + len(text[start:at].rstrip()))
        for candidate in people:
            person = candidate.participant
            if person.start > at and person.role is None and ";" not in text[at:person.start]:
                person.role = role


def _shared_title(reading: Reading, people: list[Candidate]) -> None:
    """"министров иностранных дел Казахстана и Узбекистана Мурата Нуртлеу и Бахтиёра Саидова": the title is
    shared, and the states named in it go to the people listed after it in the same order. A plural title naming
    no two states is the title of each person listed after it, and so is its state ("сенаторы Марко Росси и
    Лука Бьянки": the second had no title, and an attendee with none is no side, assemble._participants)."""
    text = reading.doc.text
    for first, second in zip(people, people[1:]):
        a, b = first.participant, second.participant
        conjunction = reading.known.conjunction
        if b.role or not a.role or not (conjunction and conjunction.fullmatch(text[a.end:b.start])):
            continue
        states = [m for m in reading.mentions if m.label == "LOC" and a.role.start <= m.start and m.end <= a.role.end]
        if len(states) == 2:
            b.role = a.role
            a.affiliation = short_name(name_of(states[0]))
            b.affiliation = short_name(name_of(states[1]))
        elif any(t.feats.get("Number") == "Plur" and t.pos == "NOUN"
                 for t in reading.between(a.role.start, a.role.end)):
            b.role = a.role
            b.affiliation = b.affiliation or a.affiliation


def _title_with_each_state(reading: Reading, people: list[Candidate]) -> None:
    """"министры иностранных дел Азербайджана Джейхун Байрамов, Кыргызстана Жээнбек Кулубаев и Казахстана Мурат
    Нуртлеу": each person listed after a titled one with only a state before them has that title, for that
    state."""
    text = reading.doc.text
    for first, second in zip(people, people[1:]):
        a, b = first.participant, second.participant
        if not a.role or b.role:
            continue
        state = next((m for m in reading.mentions if m.label == "LOC" and a.end < m.start and m.end < b.start
                      and not text[m.end:b.start].strip()), None)
        if state is None or not country_code(name_of(state)):
            continue
        if reading.joins(text[a.end:state.start]):
            # the title's words without the first one's state: "министры иностранных дел"
            own = next((m.start for m in reading.mentions if m.label == "LOC"
                        and a.role.start < m.start and m.end <= a.role.end), a.role.end)
            words = text[a.role.start:own].rstrip()
            b.role = Span(words, a.role.start, a.role.start + len(words))
            b.affiliation = short_name(name_of(state))


def _listed_counterparts(reading: Reading, people: list[Candidate]) -> None:
    """"Такеси Ивая мен Корея … министрі Чо Тэёльмен кездесті": a person listed with a conjunction before one met
    "with" (the case ending, boundaries.tsv `suffix`, goes on the last of a list) is met "with" too, so a meeting
    verb meets each (triggers.tsv `number`); "Тоқаев пен Путин кездесті" (no one met "with") is left as read. Where
    titles come before what they govern (no names.yaml `title_head_final`), the preposition goes on the first of a
    list, so a person listed after one met "with", by a comma or the conjunction, is met too ("встретился с
    Президентом Финляндии Александром Стуббом, Премьер-министром Пакистана Шахбазом Шарифом и …": Sharif had been
    read as the actor of the meetings split off, with no one named before the verb)."""
    conjunction = reading.known.conjunction
    if not conjunction:
        return
    text = reading.doc.text
    pairs = list(zip(people, people[1:]))
    for first, second in pairs if not reading.known.title_head_final else reversed(pairs):
        after = second.participant
        phrase = after.role.start if after.role and after.role.start > first.participant.end else after.start
        between = text[first.participant.end:phrase]
        if reading.known.title_head_final:
            if second.effect == "counterpart" and not first.effect and conjunction.fullmatch(between):
                first.effect = "counterpart"
        elif first.effect == "counterpart" and not second.effect and after.kind in ("person", "delegation") \
                and reading.joins(between):
            second.effect = "counterpart"


def _state_in_brackets(reading: Reading, people: list[Candidate]) -> None:
    """"Сердар Бердымухамедов (Туркменистан)": a state in brackets right after a person is the one they speak
    for."""
    text = reading.doc.text
    for candidate in people:
        person = candidate.participant
        opening = re.match(r"\s*\(\s*", text[person.end:reading.sentence.end])
        state = reading.mention_at(person.end + opening.end()) if opening else None
        if state is not None and state.label == "LOC" and country_code(name_of(state)) \
                and re.match(r"\s*\)", text[state.end:reading.sentence.end]):
            person.affiliation = short_name(name_of(state))


def _affiliate_by_cues(reading: Reading, people: list[Candidate], triggers: list[Hit]) -> None:
    """"С казахстанской стороны …", "Қазақстан тарапынан …": the side named applies to the people after it, not to
    the agent a meeting verb between them names in the instrumental ("Венгерская делегация была принята министром
    иностранных дел …": the host), nor to one met "с" after a contact word or the subject after a contact verb
    ("японская делегация встретилась с министром …", "узбекскую делегацию принял Премьер-министр …": the host), nor
    to the subject right before a reception verb ("Вьетнам делегациясын Премьер-министр … қабылдады": the host)."""
    cues = []
    for pattern, words in zip(reading.known.affiliation_cues, reading.known.affiliation_words):
        for match in pattern.finditer(reading.text) if reading.may_hold(words) else ():
            affiliation = _cue_affiliation(reading, match)
            if affiliation:
                cues.append((reading.start + match.start(), affiliation))
    cues.sort()
    reception = reading.known.reception
    for candidate in people:
        person = candidate.participant
        start = person.role.start if person.role and person.role.start < person.start else person.start
        # the subject before a reception verb ("Вьетнам делегациясын Премьер-министр Олжас Бектенов қабылдады":
        # the delegation is the object) receives it, as one before "басқарды" heads it
        host = reception and any(hit.event_type in CONTACT and reception.search(hit.text) and hit.start >= person.end
                                 and not any(person.end <= other.participant.start < hit.start for other in people)
                                 for hit in triggers)
        before = [affiliation for offset, affiliation in cues if offset < person.start and not host and not any(
            offset < hit.start and hit.end <= start and hit.event_type in CONTACT and (
                (reading.case_at(start) == "Ins" and not candidate.effect) or candidate.effect == "counterpart"
                or _holds_verb(reading, hit.start, hit.end)) for hit in triggers)]
        if before and not person.affiliation:
            person.affiliation = before[-1]


def _cue_affiliation(reading: Reading, match: re.Match) -> str | None:
    """Whom an affiliation cue names: the country of its adjective (`adj` group), else the name in its `side`
    group (as the entities stage named it, or the word in the nominative where no mention covers it)."""
    groups = match.groupdict()
    if groups.get("adj"):
        return country_of_adjective(reading, groups["adj"])
    if groups.get("side"):
        start = reading.start + match.start("side")
        mention = reading.mention_at(start)
        return short_name(mention.normal) if mention else strip_case(groups["side"], reading.known)
    return None


def _listed(reading: Reading, bare: BareTitle, excluded, group: int) -> list[Candidate]:
    """The countries and organisations a title with no person governs, each a side with that title; a title that
    names its state by itself ("Мемлекет басшысы Бішкекке барды") stands for that state."""
    if bare.home and not bare.listed:
        role = bare.role
        # a cue after it says how it takes part as one after a name does ("Мемлекет басшысы Шавкат Мирзиёевты
        # Қазақстанға … келуге шақырды": the head of state invites, and hosts)
        effect = bare.effect or _bare_effect(right_effect(reading, role))
        return [Candidate(Participant(role.text, role.start, role.end, normal=bare.home, kind="country", role=role,
                                      affiliation=bare.home), effect, group, None, said_as=role.text)]
    alone = [p for p in (reading.known.titled_first, reading.known.titled_head) if p]
    if not bare.listed and (any(p.fullmatch(bare.role.text) for p in alone) or _of_body(reading, bare)):
        # "Жұма күні президент … тапсырды": the person the article first gave this title, if any (arguments.py)
        role = bare.role
        return [Candidate(Participant(role.text, role.start, role.end, normal=role.text, kind="title", role=role),
                          bare.effect, group, None, said_as=role.text)]
    sides = []
    # a cue after the names says how they take part where none before the title does ("Президент Узбекистана
    # пригласил …": the state hosts)
    effect = bare.effect or (_bare_effect(right_effect(reading, bare.listed[-1])) if bare.listed else "")
    for mention in bare.listed:
        normal = _without_abbreviation(name_of(mention))
        if _a_place(mention, normal):
            continue  # "басшылары саммитке қатысу үшін Минскіге": a city after a title is where, not whose
        if not is_generic(normal, reading) and not _inside(mention, excluded):
            sides.append(Candidate(
                Participant(mention.text, mention.start, mention.end, normal=normal,
                            kind=KIND_OF_LABEL[mention.label], role=bare.role, affiliation=normal),
                effect, group, None, said_as=_said_as(reading, bare, mention),
                shared_title=len(bare.listed) > 1))
    return sides or _of_adjective(reading, bare, group)


def _of_body(reading: Reading, bare: BareTitle) -> bool:
    """A title of a state's body named alone ("Сенат Төрағасы", "Мәжіліс Төрағасы": names.yaml `home_bodies`)
    names one person, whom the article gave that title before."""
    words = bare.role.text.split()
    return len(words) > 1 and state_of_body(reading, strip_case(" ".join(words[:-1]), reading.known)) is not None


def _of_adjective(reading: Reading, bare: BareTitle, group: int) -> list[Candidate]:
    """"с кыргызским коллегой", "турецкий министр", "Түрік министрі": a title naming no side of its own, after a
    country adjective (country_adjectives.tsv) or, in a head-final title, with it as its first word (in a
    head-first one, after its head: "глава казахстанского МИД"), is that state by that title, or after a head's
    title before the state's body it heads ("Глава казахстанского правительства", names.yaml `adjective_body`); a
    plural Russian one is not ("с израильскими представителями")."""
    text = reading.doc.text
    role_start = None  # the phrase starts at the adjective, unless the adjective follows the title's head
    before = re.search(r"([^\W\d_]+)\s+$", text[reading.start:bare.start])
    if bare.title_end is None and reading.known.title_head_final:
        # Kazakh puts the adjective first in the title ("Корей министрі Қазақстанға … келді"), or right before it
        first = re.match(r"[^\W\d_]+(?=\s+\S)", text[bare.start:bare.role.end])
        state = first and country_of_adjective(reading, first.group())  # looked up once
        found = (bare.start, first.group()) if state else \
            (reading.start + before.start(1), before.group(1)) if before else None
        state = state or found and country_of_adjective(reading, found[1])
        role_end, numbered = bare.role.end, False
    else:
        if bare.title_end is None:
            return []
        found = (reading.start + before.start(1), before.group(1)) if before else None
        state = found and country_of_adjective(reading, found[1])
        role_end, numbered = bare.title_end, True
        body = None if state else _match(reading.known.adjective_body, text[bare.title_end:reading.sentence.end])
        inside = None if state or body else next(
            (m for m in re.finditer(r"[^\W\d_]+", text[bare.start:bare.end])
             if m.start() and country_of_adjective(reading, m.group())), None)
        if body:
            # the adjective after the title, with the body it heads ("Глава казахстанского правительства")
            found = (bare.title_end + body.start("adjective"), body.group("adjective"))
            role_start, role_end = bare.start, bare.title_end + body.end()
        elif inside:
            # or inside the title, after its head ("глава казахстанского МИД")
            found = (bare.start + inside.start(), inside.group())
            role_start, role_end = bare.start, bare.end
        state = state or found and country_of_adjective(reading, found[1])
    if not state:
        return []
    # the title's number read only after an adjective was found: an untagged word's tags cost a tagger call
    title = reading.token_at(bare.start) if numbered else None
    if title and title.feats.get("Number") == "Plur":
        return []  # "с израильскими представителями": some of a state's people, no side
    start, word = found
    role = Span(text[role_start or start:role_end], role_start or start, role_end)
    # the adjective names the state, the phrase the person the article gives that title (arguments._holder)
    return [Candidate(Participant(word, start, start + len(word), normal=state, kind="country", role=role,
                                  affiliation=state), bare.effect, group, None, said_as=role.text)]


def _said_as(reading: Reading, bare: BareTitle, mention: Mention) -> str:
    """The title phrase naming one listed side: the whole phrase for one name ("Президент США"), the title with
    that name for several ("Президенты России и Казахстана" → "Президенты России", "Президенты Казахстана"), so
    that each can be the person the article gives that title (arguments._complete_people)."""
    if len(bare.listed) == 1:
        return reading.doc.text[bare.start:bare.end]
    return f"{bare.role.text} {mention.text}"


def _named(reading: Reading, walks: dict, closed, group: int, beside_people: bool) -> list[Candidate]:
    """Countries and organisations outside every title, place and topic; `loose` unless met "with", the subject,
    or named "between" or as the pair whose event it is (names.yaml `between_sides`: "переговоры между Арменией и
    Азербайджаном", "консультации Казахстана и Венгрии")."""
    sides = []
    between = reading.known.between_sides
    pairs = [(reading.start + m.start(), reading.start + m.end()) for m in between.finditer(reading.text)] \
        if between else []
    for mention in reading.mentions:
        walk = walks[id(mention)]
        if mention.label == "PER" or _inside(mention, closed) or walk.effect in NOT_SIDES:
            continue
        if walk.effect == "about" and walk.region_start == mention.start:
            continue  # what it is on, right after the word ("конференция по Афганистану", "о Сирии"): no side
        if beside_people and mention.label == "LOC" and not _inside(mention, pairs):
            # beside people, a country is where or whose, not a side of its own, unless named "between" ("Ол
            # Тоқаевпен кездесіп, Қазақстан мен Түркия арасындағы … кеңесінің отырысына қатысты")
            continue
        if _abbreviation_in_brackets(reading, mention):
            continue  # one organisation named twice is one side (GUIDELINES "Never participants")
        normal = _without_abbreviation(name_of(mention))
        if _a_place(mention, normal) and not _is_subject(reading, mention):
            continue  # "саммит в Стамбуле" is where; "Москва и Анкара договорились": a capital may act
        if _whose_place(reading, mention):
            continue  # "Әзербайжанның Габала қаласында": whose the place is, no side
        after = right_effect(reading, mention)
        if is_generic(normal, reading) or after in NOT_SIDES:
            continue
        # met "with" the name itself ("консультаций с Швецией"), not with something it merely qualifies
        # ("встречи с избирателями в центре Москвы")
        right_after = walk.region_start == mention.start or (walk.role and walk.role.start == walk.region_start)
        effect = "counterpart" if after == "counterpart" or (walk.effect == "counterpart" and right_after) else ""
        sides.append(Candidate(
            Participant(mention.text, mention.start, mention.end, normal=normal, kind=KIND_OF_LABEL[mention.label],
                        affiliation=normal), effect, group, None,
            loose=not effect and not _is_subject(reading, mention) and not _inside(mention, pairs)))
    return sides


def _abbreviation_in_brackets(reading: Reading, mention: Mention) -> bool:
    """An abbreviation in brackets right after an organisation's name ("Азиядағы өзара іс-қимыл және сенім шаралары
    кеңесінің (АӨСШК)", "Совета министров иностранных дел (СМИД)"): that organisation again, however its letters
    match the words (assemble.py drops only an abbreviation made of the initials)."""
    text = reading.doc.text
    return mention.label == "ORG" and mention.text.isupper() and text[mention.end:mention.end + 1] == ")" \
        and any(m.label == "ORG" and re.fullmatch(r"\s*\(", text[m.end:mention.start]) for m in reading.mentions)


def _whose_place(reading: Reading, mention: Mention) -> bool:
    """A state in the genitive right before a city or region (names.yaml `title_head_final.genitive`:
    "Әзербайжанның Габала қаласында"), or before a word and the kind of place it names, untagged (`named_place`:
    "Қытайдың Тяньцзинь қаласында"), is whose the place is."""
    head_final = reading.known.title_head_final
    if not (head_final and head_final.genitive.search(mention.text)):
        return False
    after = _name_at(reading, mention.end + 1) if reading.doc.text[mention.end:mention.end + 1] == " " else None
    return (after is not None and _a_place(after, name_of(after))) or bool(
        head_final.named_place and head_final.named_place.match(reading.doc.text, mention.end))


def _pair_of_states(reading: Reading, hit: Hit, group: int) -> list[Candidate]:
    """"Российско-казахстанские переговоры", "қазақ-қырғыз келіссөздері": a compound of two country adjectives
    (country_adjectives.tsv) or names right before a trigger, one word between at most, or with their leaders' word
    after it ("Қазақ-қырғыз президенттерінің өткен айдағы кездесуі": Knowledge.headed_pair), names its two sides."""
    before = reading.doc.text[reading.start:hit.start]
    headed = reading.known.headed_pair
    found = PAIR.search(before) or (headed.search(before) if headed else None)
    conjunction = reading.known.conjunction
    if not found or (found.re is PAIR and found.group(3) and conjunction
                     and conjunction.fullmatch(found.group(3) + " ")):
        return []  # "… Турция-Кыргызстан и саммиту": the pair names what comes before the conjunction
    states = [country_of_adjective(reading, part) or (part if country_code(part) else None)
              for part in found.group(1, 2)]
    if None in states or states[0] == states[1]:
        return []
    sides = []
    for number, state in enumerate(states, 1):
        start, end = reading.start + found.start(number), reading.start + found.end(number)
        sides.append(Candidate(Participant(reading.doc.text[start:end], start, end, normal=state, kind="country",
                                           affiliation=state), "", group, None))
    return sides


def _a_place(mention: Mention, normal: str) -> bool:
    """A city or region, not a state (pipeline/countries.py): where something happens, not a side."""
    return mention.label == "LOC" and not country_code(normal)


def _of_groups(reading: Reading, candidates: list[Candidate]) -> list[Candidate]:
    """Without the states named after people who speak for none of them ("представители бизнеса Казахстана,
    России и Китая", "ученые из …": names.yaml `groups_of_people`), nor those listed with them."""
    groups = reading.known.groups_of_people
    if not groups:
        return candidates
    text, dropped = reading.doc.text, set()
    for mention in reading.mentions:
        if mention.label == "LOC" and groups.search(text[reading.start:mention.start]):
            dropped |= {(m.start, m.end) for m in [mention, *reading.listed_with(mention.start, mention.end)]}
    return [c for c in candidates if c.participant.kind != "country"
            or (c.participant.start, c.participant.end) not in dropped]


def _without_bodies(reading: Reading, candidates: list[Candidate]) -> list[Candidate]:
    """Two organisations written side by side are a body and the organisation it belongs to ("заседании Совета
    коллективной безопасности ОДКБ", "ҰҚШҰ Ұжымдық қауіпсіздік кеңесінің"), or joined by names.yaml
    `body_joiner` ("Совета глав государств — членов ШОС"): the organisation is the side. Which of the two is the
    body is the language's word order (names.yaml `body_first`)."""
    body_first = reading.known.names.get("body_first", True)
    text = reading.doc.text
    organisations = sorted((c for c in candidates if c.participant.kind == "organization"),
                           key=lambda c: c.participant.start)
    bodies = set()
    for first, second in zip(organisations, organisations[1:]):
        if reading.known.body_joiner.fullmatch(text[first.participant.end:second.participant.start]):
            bodies.add(id(first if body_first else second))
    return [c for c in candidates if id(c) not in bodies]


def _is_subject(reading: Reading, mention: Mention) -> bool:
    """The name is the grammatical subject of its clause, or joined to it ("Белград и Приштина начали …"),
    where the sentence is parsed."""
    inside = [n for n, t in enumerate(reading.tokens) if mention.start <= t.start < mention.end]
    for n in inside:
        head = reading.head_of(n)
        if head is None or not (mention.start <= head.start < mention.end):
            rel = reading.tokens[n].rel
            if rel == "conj" and head is not None:
                return head.rel.startswith("nsubj")
            return rel.startswith("nsubj")
    return False


def _without_abbreviation(normal: str) -> str:
    """`Африканский союз (АС)` → `Африканский союз`, `ОДКБ (Организация Договора о коллективной безопасности)` →
    the name in brackets: a side is named by its full name."""
    found = re.fullmatch(r"\s*(?P<abbr>[^()]*?)\s*\((?P<full>[^()]*)\)\s*", normal)
    if not found:
        return normal
    abbr, full = found.group("abbr"), found.group("full")
    return full if abbr.isupper() and " " not in abbr and len(full) > len(abbr) else abbr


def _inside(mention: Mention, spans: list[tuple[int, int]]) -> bool:
    return any(a <= mention.start and mention.end <= b for a, b in spans)
