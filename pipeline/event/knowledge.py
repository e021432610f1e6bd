"""The event extractor's knowledge, read from models/events/ (see its README.md): one file per family, one
language per row or section, so languages differ by their data and never by code."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from re import _casefix, _constants, _parser

import yaml

from ..actors import name_key, one_word_apart
from ..countries import country_code
from ..paths import MODELS_DIR
from ..tables import read_tsv
from ..wordforms import fold

EVENTS_DIR = MODELS_DIR / "events"
CONTACT = ("meeting", "talks", "phone_call")  # the event types of a contact between sides (codes.tsv)
# one meeting is often called a meeting in the headline and talks in the body
SAME_EVENT_TYPES = {("meeting", "talks"), ("talks", "meeting")}
FLAGS = re.IGNORECASE
# boundary effects that stop a title walk as `stop` does and say more elsewhere: `venue`, an institution in the
# locative, is also cut from a model's POSITION span (`Knowledge.venue_in_title`)
STOP_EFFECTS = {"venue": "stop"}
SENTENCES_KEPT = 4096  # sentences whose trigger matches are kept: more than a call of the stages reads (16 articles)


@dataclass(frozen=True)
class Trigger:
    """A row of triggers.tsv."""
    pattern: re.Pattern
    event_type: str
    status: str  # occurred | planned | frame | none (holds a trigger word but names no event) | domestic (a none
    # naming a domestic body's gathering: triggers.names_domestic_gathering)
    plural: bool  # one meeting per counterpart (`number` plural or each)
    alone: bool  # starts an event by itself; a generic word ("мероприятие") only retells one
    # `number` plural: a plural noun or a Russian meeting verb, whose draft naming fewer than two people sums up
    # several meetings and retells no single one (merge._same_event); a Kazakh meeting verb is `each`
    several: bool = False


@dataclass(frozen=True)
class Cue:
    """A row of modality.tsv, boundaries.tsv or participation.tsv."""
    pattern: re.Pattern
    effect: str
    where: str  # modality scope (after, before, …: modality.tsv) or boundary position (left/right/suffix)
    starts: re.Pattern | None = None  # a left boundary cue: where in a sentence one may start (`_cue_starts`)
    ends: frozenset[str] | None = None  # a left boundary cue: the letters its match may end in (`_cue_ends`)


@dataclass(frozen=True)
class HeadFinal:
    """How a language whose titles follow what they govern writes them (names.yaml `title_head_final`)."""
    genitive: re.Pattern  # a name's ending that makes it the title's ("Қытайдың Сыртқы істер министрі")
    posting: re.Pattern  # an ending that makes it a posting, no side ("Қазақстан Республикасындағы елшісі")
    between: re.Pattern  # what may stand between the states and the title ("… мемлекеттері басшыларының")
    met: re.Pattern | None  # the title's ending that makes its states the ones met ("Қытай елшісін қабылдады")
    # a name's case ending that makes it the one met or received ("Антониу Коштамен", "Кая Калласты")
    name_met: re.Pattern | None = None
    # a word and the kind of place it is, after a state in the genitive ("Қытайдың Тяньцзинь қаласында")
    named_place: re.Pattern | None = None

    @classmethod
    def of(cls, entry: dict) -> "HeadFinal":
        return cls(re.compile(entry["genitive"]), re.compile(entry["posting"]),
                   re.compile(entry.get("between", r"\s+")), re.compile(entry["met"]) if entry.get("met") else None,
                   re.compile(entry["name_met"]) if entry.get("name_met") else None,
                   re.compile(entry["named_place"]) if entry.get("named_place") else None)


@dataclass(frozen=True)
class Knowledge:
    """One language's knowledge from models/events/, compiled (see `knowledge`)."""
    triggers: tuple[Trigger, ...]
    modality: tuple[Cue, ...]
    boundaries: tuple[Cue, ...]
    venue_in_title: re.Pattern | None  # an institution in the locative opening a title span (boundaries.tsv `venue`)
    titles: tuple[re.Pattern, ...]
    # each title's pattern without its lookarounds, matched somewhere in a sentence wherever the title matches a
    # stretch of it (`_loose`): which titles a sentence may hold is found once, not for each name's title region
    loose_titles: tuple[re.Pattern | None, ...]
    # words one of which every match of each loose title holds (`needed_words`), or None: what a sentence's
    # case_folded text must contain before the loose pattern is searched there
    title_words: tuple[tuple[str, ...] | None, ...]
    reporters: tuple[re.Pattern, ...]  # titles of those who report an event (roles.tsv kind reporter)
    honorifics: tuple[re.Pattern, ...]  # titles of rank that name no office (roles.tsv kind honorific: "шейх")
    speech: re.Pattern | None  # verbs of saying (names.yaml speech_verbs): a reporter who speaks reports
    # verbs of saying or regarding (names.yaml speech_verbs, regard_verbs): a place told as where a subjectless
    # plural one happens is the government there speaking ("В Кремле заявили"), no place of an event
    voicing: re.Pattern | None
    visitor_participle: re.Pattern | None  # what stands between a visit word and its visitor (names.yaml)
    object_clause: re.Pattern | None  # a visit word told as a verb's object, its visitor named last before it
    possessed_visit: re.Pattern | None  # a genitive name's possessed visit noun a few words on (names.yaml)
    # a name's dative ending, and the meeting verbs for which a name so written is no side (names.yaml `addressee`)
    addressee: tuple[re.Pattern, re.Pattern] | None
    visitor_clause: re.Pattern | None  # what stands between a visitor and the visit word after (names.yaml)
    visitor_before: re.Pattern | None  # a participle clause ending at the visit word before a visitor (names.yaml)
    complementiser: re.Pattern | None  # what opens a clause told by a speech verb ("…, что"), names.yaml
    # what opens a clause with its own subject ("…, а Токаев …"): a side after it belongs to a trigger after it
    clause_break: re.Pattern | None
    clause_ends: frozenset[str]  # the punctuation that ends a clause (names.yaml `clause`, with `clause_break`)
    together: re.Pattern | None  # words saying the people met "with" meet together ("трехсторонн"), names.yaml
    destination: re.Pattern | None  # where a visit goes, written beside its visitor ("в Казахстан"), names.yaml
    personal_call: re.Pattern | None  # words of a call to congratulate or condole (names.yaml): maybe a citizen's
    under_way: re.Pattern | None  # a future verb that tells an event under way ("визит завершится"), names.yaml
    came_with: re.Pattern | None  # arriving or staying verbs "с визитом" tells how of ("с визитом прибыл"), names.yaml
    groups_of_people: re.Pattern | None  # people who speak for no state, before the states they come from (names.yaml)
    state_agencies: frozenset[str]  # a state's agencies written in Latin letters, no companies (names.yaml)
    from_place: re.Pattern | None  # a place written as where someone comes from ("из Анкары"), names.yaml
    from_state: re.Pattern | None  # a title's preposition of where its holder comes from ("коллегой из"), names.yaml
    letters: str  # the language's alphabet as a regex class ("а-яё"): how it writes a place's name (names.yaml)
    both_sides: re.Pattern | None  # words naming the two heads of an article's bilateral event (names.yaml)
    head_of_state: re.Pattern | None  # words naming the article's head of state, no state said (names.yaml)
    purpose: re.Pattern | None  # words saying a trip is made to take part in a gathering (names.yaml)
    travels: re.Pattern | None  # verbs of setting off for or arriving at a place (names.yaml `travels`)
    moves_on: re.Pattern | None  # what stands between a contact and the trip on after it, read with no parse
    also: re.Pattern | None  # "also" opening a sentence that continues the one before (names.yaml)
    was_planned: re.Pattern | None  # a past plan opening a sentence ("Предполагалось, что …"), names.yaml
    # a plural title of a counted number of states ("руководители … пяти стран региона"), its `count` group a word
    # of `state_counts`: the states an earlier sentence lists (names.yaml `counted_states`)
    counted_states: re.Pattern | None
    state_counts: tuple[tuple[str, int], ...]
    invitation: re.Pattern | None  # the verb of inviting someone to come (names.yaml)
    invitation_noun: re.Pattern | None  # an invitation to come, passed on (names.yaml)
    takes_part_in: re.Pattern | None  # an event word written as what one takes part in or chairs (names.yaml)
    attended_back: re.Pattern | None  # a contact word attended, reaching further back (names.yaml)
    attended: re.Pattern | None  # a session's word in the dative, as what one attends (names.yaml)
    remote: re.Pattern | None  # a call's word that is how one takes part in a gathering (names.yaml)
    relative_pronoun: re.Pattern | None  # the subject of a relative clause ("который"), names.yaml
    # what a source's name says before a contact it is a side of ("сообщил X после переговоров с Y"), names.yaml
    own_contact: re.Pattern | None
    # (the case of whose a relative or aide is, the lemmas of such nouns): "с семьей Манделы" (names.yaml `possessor`)
    possessor: tuple[str, frozenset[str]] | None
    former: re.Pattern | None  # words of an office once held ("бывшего президента"), names.yaml
    between_sides: re.Pattern | None  # names "between" which an event happens, or the pair whose it is (names.yaml)
    membership: re.Pattern | None  # a state's accession or status, which a gathering decides (names.yaml)
    many_states: re.Pattern | None  # words naming the heads of a region's states together (names.yaml)
    one_host: re.Pattern | None  # a ceremony's words in which each guest meets one host (names.yaml)
    holding: re.Pattern | None  # a noun of holding an event, whose dates are the event's (names.yaml)
    delegation: re.Pattern | None  # the word of a delegation, which a state's one delegation head stands for
    leader_words: re.Pattern | None  # words for a state's leader that name no office ("турецкий лидер"; names.yaml)
    reception: re.Pattern | None  # the words of a reception, which one state's people hold as no event (names.yaml)
    received_left_out: re.Pattern | None  # a reception whose received one is a pronoun or a passive's subject
    oblique: re.Pattern | None  # a word's case ending that is not the nominative's (names.yaml), or None
    # a title follows what it governs (names.yaml `title_head_final`), or None
    title_head_final: HeadFinal | None
    affiliation_cues: tuple[re.Pattern, ...]
    affiliation_words: tuple[tuple[str, ...] | None, ...]  # `needed_words` of each cue (`Reading.may_hold`)
    home_titles: tuple[tuple[re.Pattern, str], ...]  # (title, the state whose office it names) (names.yaml)
    # (a title written out, the short word news write for it): "заместитель премьер-министра" → "вице-премьер"
    short_titles: tuple[tuple[re.Pattern, str], ...]
    titled_first: re.Pattern | None  # a title alone standing for the first person given it (names.yaml)
    titled_head: re.Pattern | None  # one standing for the first person whose title it heads (names.yaml)
    # (a state body named without its state, that state), and the words of a state's bodies (names.yaml)
    home_bodies: tuple[tuple[re.Pattern, str], ...]
    state_bodies: re.Pattern | None
    igo_bodies: tuple[tuple[str, re.Pattern], ...]  # an organisation's bodies by key ("Европейский совет"), names.yaml
    country_adjectives: tuple[tuple[str, str], ...]
    places: tuple[re.Pattern, ...]
    place_words: tuple[tuple[str, ...] | None, ...]  # `needed_words` of each place pattern (`Reading.may_hold`)
    dates: tuple[re.Pattern, ...]
    date_words: tuple[tuple[str, ...] | None, ...]  # `needed_words` of each date shape (`Reading.may_hold`)
    date_digits: tuple[bool, ...]  # whether every match of each date shape holds a digit (`needs_digit`)
    ordinals: tuple[tuple[str, int], ...]  # (stem of an ordinal word, its number), longest first: "одиннадцат" 11
    weekdays: tuple[tuple[str, int], ...]  # (stem of a weekday's word, its number from Monday 0): "сред" 2
    relative_dates: tuple[tuple[re.Pattern, str], ...]  # (pattern with a `rel` group, past | future | event)
    # (pattern, years from the publication year, whether it is a date alone): "в прошлом году", "прошлого года"
    relative_years: tuple[tuple[re.Pattern, int, bool], ...]
    # (pattern, month | week, how many from the publication's): "в прошлом месяце", "өткен аптада"
    relative_periods: tuple[tuple[re.Pattern, str, int], ...]
    relative_days: tuple[tuple[re.Pattern, int], ...]  # (pattern, days from publication): "бүрсігүні" +2
    anaphoric_dates: tuple[tuple[re.Pattern, int], ...]  # (pattern, days from the date told before): "накануне"
    until: tuple[tuple[re.Pattern, str], ...]  # (pattern, before | after the date): "до 11 июня", "11 маусымға дейін"
    said: re.Pattern | None  # a verb of saying right before a date, which dates the saying: "деп хабарлады …"
    staying: re.Pattern | None  # the lemma of a participle of a stay under way: "находящийся с визитом"
    clause_breaks: re.Pattern | None  # what parts two clauses: a relative year gives no date across it
    datelines: tuple[re.Pattern, ...]
    agency: re.Pattern | None  # a news agency's tag opening the sentence: "/УзА/ – "
    participation: tuple[Cue, ...]
    greetings: tuple[re.Pattern, ...]  # words of greeting a visitor on arrival (greetings.tsv)
    arrivals: tuple[re.Pattern, ...]  # where one is greeted on arriving: "в аэропорту" (greetings.tsv `arrival`)
    greeted: re.Pattern | None  # the ending of one greeted, where no parse gives the case (names.yaml)
    leaders: tuple[re.Pattern, ...]  # titles of a state's leaders, anchored at the title's head (greetings.tsv)
    topic_rules: dict
    topic_categories: tuple[tuple[re.Pattern, str, bool], ...]  # (keyword, category, weak)
    names: dict
    not_sides: frozenset[str]  # names.yaml `not_sides`, lower case
    # names.yaml `conjunctions` as written between two names ("\s+(?:и)\s+"), and `posting_prepositions` after a
    # title's names ("\s+(?:в|во|при)\s+"); None where the language lists none
    conjunction: re.Pattern | None
    # what may stand between a state's or organisation's body and the organisation after it, besides space
    # ("Совета глав государств — членов ШОС": names.yaml `body_joiner`)
    body_joiner: re.Pattern
    # how a verb-final language's finite verb ends: a contact verb so written closes its clause (names.yaml)
    verb_final: re.Pattern | None
    attributive: re.Pattern | None  # a participle's ending, qualifying the noun after it (names.yaml)
    periphrastic: re.Pattern | None  # what after such a participle makes it a verb ("келетін болды"; names.yaml)
    # a trigger in the genitive before its date, time, programme or agenda ("сапарының мерзімі"; names.yaml)
    schedule_of: re.Pattern | None
    # who speaks a quotation, named after its end ("…, – деді Тоқаев"), and how a verb of the first person ends
    # ("жүргіздік"): a contact the speaker tells of himself (names.yaml `quote_speaker`, `first_person_verb`)
    quote_speaker: re.Pattern | None
    first_person_verb: re.Pattern | None
    posting: re.Pattern | None
    posted_titles: re.Pattern | None  # titles of those posted abroad, whom a posting follows (names.yaml)
    # a country adjective and the state's body right after a head's title ("Глава казахстанского правительства":
    # names.yaml `adjective_body`, group `adjective`); None where the language writes none
    adjective_body: re.Pattern | None
    # a compound of two states with their leaders' word between it and the event word ("қазақ-қырғыз президенттерінің
    # … кездесуі": names.yaml `pair_heads`), the words before the trigger it ends; None where the language has none
    headed_pair: re.Pattern | None
    offices: tuple[re.Pattern, ...]  # a leader's offices, each in all its wordings (names.yaml `offices`)
    # the office the words for the two heads name ("глав МИД двух стран"), and how a side's title writes it
    # (names.yaml `both_offices`: the foreign ministers'; arguments._sides_of_both)
    both_offices: tuple[tuple[re.Pattern, re.Pattern], ...]
    # the head of an office's body ("глава казахстанского МИД") and the titles of that office (names.yaml
    # `office_heads`; arguments._holder)
    office_heads: tuple[tuple[re.Pattern, re.Pattern], ...]
    # topics.yaml's cues as matched (`_cue`): those that always count, those that count where an event or
    # its sides are named, and its anchor words (which name them)
    topic_cues: tuple[re.Pattern, ...]
    anchored_topic_cues: tuple[re.Pattern, ...]
    topic_anchors: tuple[re.Pattern, ...]

    @cached_property
    def needed(self) -> tuple[str, ...]:
        """Every word of `title_words`, `affiliation_words`, `place_words`, `date_words` and `left_cue_words`,
        once, in order: `Reading.held` looks each up once per sentence, where each pattern's look-up tried its own
        words again."""
        return tuple(sorted({word for words in (*self.title_words, *self.affiliation_words, *self.place_words,
                                                *self.date_words, *self.left_cue_words.values())
                             for word in words or ()}))

    @cached_property
    def needed_in(self) -> "WordsIn":
        """Which of `needed` a case_folded text holds (`Reading.held`)."""
        return WordsIn(self.needed)

    @cached_property
    def left_cue_words(self) -> dict[int, tuple[str, ...] | None]:
        """`needed_words` of each left boundary cue tried at its starts (`Cue.starts`), by its index in
        `boundaries`: a sentence holding none of a cue's words holds no start of it (roles._cue_search)."""
        return {n: needed_words(cue.pattern) for n, cue in enumerate(self.boundaries) if cue.starts is not None}

    @cached_property
    def _left_cues_by_end(self) -> tuple[dict[str, tuple[tuple[int, Cue], ...]], tuple[tuple[int, Cue], ...]]:
        """(letter → the left cues whose match may end in it, the cues that may end in any letter)."""
        left = [(n, cue) for n, cue in enumerate(self.boundaries) if cue.where == "left"]
        letters = {letter for _, cue in left for letter in cue.ends or ()}
        return ({letter: tuple(item for item in left if item[1].ends is None or letter in item[1].ends)
                 for letter in letters}, tuple(item for item in left if item[1].ends is None))

    def left_cues(self, last: str) -> tuple[tuple[int, Cue], ...]:
        """(index in `boundaries`, cue) of the left boundary cues whose match may end in the character `last` (as
        written: the last one before a name's title region, spaces aside; `Cue.ends`), in the table's order: sorted
        by letter once per process, where each name's walk tried every cue's position and letters again."""
        by_end, anywhere = self._left_cues_by_end
        return by_end.get(case_folded(last), anywhere)

    def leads(self, title: str) -> bool:
        """Whether a title is that of a state's leader or head of government (greetings.tsv `leader`)."""
        return any(pattern.search(title.strip()) for pattern in self.leaders)

    def office(self, title: str) -> int | None:
        """Which leader's office a title names (names.yaml `offices`: "Италия Премьер-министрі" the head of
        government's, "Мемлекет басшысы" and "Президенті" the head of state's), or None."""
        return next((n for n, office in enumerate(self.offices) if office.search(title)), None)

    def office_of_both(self, words: str) -> re.Pattern | None:
        """How a side's title writes the office the words for the two heads name ("глав МИД двух стран": "министр
        иностранных дел …"; names.yaml `both_offices`), or None where they name none of them."""
        return next((title for said, title in self.both_offices if said.search(words)), None)

    def leader(self, person) -> bool:
        """Whether a side (a `model.Participant`) is a leader: by their title where they have one (`leads`), else by
        the labelled data (people_states.tsv `leader`, `known_leader`); a title of rank alone ("Шейх Тамим бин
        Хамад Аль Тани", roles.tsv kind honorific) names no office, so it is read as none."""
        role = person.role and person.role.text.strip()
        if role and not any(pattern.fullmatch(role) for pattern in self.honorifics):
            return self.leads(role)
        return known_leader(person.normal)


def _rows(name: str, lang: str) -> list[dict]:
    return [row for row in read_tsv(EVENTS_DIR / name) if row.get("lang", lang) == lang]


def _with_parts(pattern: str, names: dict) -> str:
    """A triggers.tsv pattern with its named parts put in (`{received}` → names.yaml `received`), so rows that
    need one part write it once. Errors: KeyError for a part names.yaml does not give."""
    return re.sub(r"\{([a-z_]+)\}", lambda part: names[part.group(1)], pattern)


def _word(pattern: str) -> re.Pattern:
    """A pattern matched at word starts and ends (the data gives stems with their own `\\w*`)."""
    return re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", FLAGS)


def _between_words(words) -> re.Pattern | None:
    """One of `words`, spaced on both sides, as written (case counts): None for no words."""
    return re.compile(rf"\s+(?:{'|'.join(map(re.escape, words))})\s+") if words else None


def _loose(pattern: str) -> re.Pattern | None:
    """`pattern` with its lookarounds (`(?!лі)`) dropped, as `_word` compiles it but without word edges: what the
    pattern matches in a stretch of a text, the loose one matches in the whole text at the same place (a pattern
    with no lookaround or anchor is read the same in any text holding the stretch). None where the pattern keeps
    an anchor or a nested lookaround (it is then tried in every stretch)."""
    loose = re.sub(r"\(\?<?[=!][^()]*\)", "", pattern)
    if re.search(r"\(\?<?[=!]|\\[bBAZ]|[$^]", loose):
        return None
    return re.compile(f"(?:{loose})", FLAGS)


def _boundary(pattern: str, position: str) -> re.Pattern:
    """A boundary cue as it is tested: `left` cues must end the text before a word, `right` ones start the
    text after a name (matched at the name's end, so that a lookbehind may read the name's own case ending),
    `suffix` ones end the name itself. Punctuation cues (`[,]`) need no word edge."""
    edge = "" if pattern.startswith("[") else r"(?<![\w-])"
    if position in ("left", "inside"):
        return re.compile(rf"{edge}(?:{pattern})\s*$", FLAGS)
    if position == "right":
        return re.compile(rf"\s*(?:{pattern})(?![\w-])", FLAGS)
    return re.compile(rf"(?:{pattern})$", FLAGS)


# What IGNORECASE matching takes as one letter beyond a letter's lower case (re._casefix: в and ᲀ, т, ᲄ and ᲅ, …),
# each put as the first of its class (the letters that are the first of theirs left out: translated, they stay);
# U+0130's lower case is two letters for str.lower, one (i) for the regex.
_CASE_CLASSES = {chr(k): first for k, others in _casefix._EXTRA_CASES.items()
                 if (first := min(map(chr, (k, *others)))) != chr(k)}
_FOLD_FIRST, _FOLD_THEN = str.maketrans({"\u0130": "i"}), str.maketrans(_CASE_CLASSES)
_FOLDED_APART = re.compile(f"[{''.join(map(re.escape, _CASE_CLASSES))}]")
MIN_NEEDED = 3  # letters: a shorter word would be in most sentences


def case_folded(text: str) -> str:
    """`text` as IGNORECASE matching sees it: two letters the regex takes for one are one here. Translated only
    where it holds a letter to translate: `str.translate` looks every character of a Cyrillic text up in its
    table (80 µs for a sentence of 150 letters, where `lower` takes 2; a quarter of the events stage's reading
    of a sentence, `Reading.folded`)."""
    lowered = (text.translate(_FOLD_FIRST) if "\u0130" in text else text).lower()
    return lowered.translate(_FOLD_THEN) if _FOLDED_APART.search(lowered) else lowered


@lru_cache(maxsize=None)
def needed_words(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Words (case_folded) one of which every match of a compiled `pattern` holds: a run of plain letters at the
    top of the pattern, or one such run in each branch of an alternation there ("министр" in
    `(?:заместител\\w+\\s+)?министр\\w*`); the longest such choice, or None where the pattern has none of
    `MIN_NEEDED` letters or more. A sentence whose case_folded text holds none of them holds no match (in any
    case with IGNORECASE; as written, so case_folded too, without). Read once per pattern and process."""
    return _needed(_parser.parse(pattern.pattern, pattern.flags))


@lru_cache(maxsize=None)
def needs_digit(pattern: re.Pattern) -> bool:
    """Whether every match of a compiled `pattern` holds a digit: a `\\d` at the top of the pattern, or in a group,
    a repeat of at least once or every branch of an alternation there. A text with no digit holds no match (dates.tsv's
    numeric shapes, searched in every sentence: `places._date_shapes`). Read once per pattern and process."""
    return _needs_digit(_parser.parse(pattern.pattern, pattern.flags))


def _needs_digit(sequence) -> bool:
    for op, value in sequence:
        if op is _constants.IN and value == [(_constants.CATEGORY, _constants.CATEGORY_DIGIT)]:
            return True
        if op is _constants.SUBPATTERN and _needs_digit(value[-1]):
            return True
        if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT) and value[0] >= 1 and _needs_digit(value[2]):
            return True
        if op is _constants.BRANCH and all(_needs_digit(branch) for branch in value[1]):
            return True
    return False


def _needed(sequence) -> tuple[str, ...] | None:
    best, run = None, ""

    def better(words):
        return words and min(map(len, words)) >= MIN_NEEDED and (
            best is None or min(map(len, words)) > min(map(len, best)))

    for op, value in [*sequence, (None, None)]:
        if op is _constants.LITERAL:
            run += chr(value)
            continue
        if better((case_folded(run),)):
            best = (case_folded(run),)
        run = ""
        words = None
        if op is _constants.SUBPATTERN:
            words = _needed(value[-1])
        elif op is _constants.BRANCH:
            branches = [_needed(branch) for branch in value[1]]
            words = None if None in branches else tuple(w for branch in branches for w in branch)
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT) and value[0] >= 1:
            words = _needed(value[2])
        if better(words):
            best = words
    return best


CONTEXT_FREE = re.compile(r"\(\?(?![:P]|P<)|\\[bBAZ]|[$^]|[*+?}]\+")  # lookarounds, anchors, atomic, possessive


def _cue_starts(pattern: str, position: str) -> re.Pattern | None:
    """Where in a sentence a `left` boundary cue may start: a word start (as `_boundary` has it) where the
    pattern matches, found once per sentence with a lookahead. A cue matches in the text before an offset only
    where the pattern matches in the whole sentence too (it reads no character outside what it matched: no
    lookaround, anchor, atomic group or possessive repeat), so the cue's search there need only try these
    starts (roles.py). None for other positions and for a pattern that reads around what it matches."""
    if position != "left" or CONTEXT_FREE.search(pattern):
        return None
    edge = "" if pattern.startswith("[") else r"(?<![\w-])"
    return re.compile(rf"{edge}(?=(?:{pattern}))", FLAGS)


SMALL_CLASS = 64  # characters of a class (`[а-е]`) listed as the ends of a cue; a larger one may end it anyhow


def _cue_ends(pattern: str, position: str) -> frozenset[str] | None:
    """The characters (case_folded) a match of a `left` boundary cue may end in: the last character of the text
    before a word, its spaces stripped, is one of them wherever the cue ends that text (`_boundary`: the cue and
    spaces to the end), so the cue need not be searched elsewhere (roles.py). None for other positions and where
    it may end in any character, a space, or none (a class of more than `SMALL_CLASS`, `\\w`, an anchor)."""
    if position != "left":
        return None
    chars, optional = _ends(_parser.parse(pattern, FLAGS))
    if chars is None or optional or any(chr(char).isspace() for char in chars):
        return None  # a match that may end in a space may end before the last letter of the text
    return frozenset(case_folded(chr(char)) for char in chars)


def _ends(sequence) -> tuple[set[int] | None, bool]:
    """(the characters a match of a parsed sequence may end in, None for any; whether it may match nothing)."""
    if not len(sequence):
        return set(), True
    chars, optional = _item_ends(*sequence[-1])
    if chars is None or not optional:
        return chars, False
    before, before_optional = _ends(sequence[:-1])  # "со?": "о", or else what comes before it
    return (None, False) if before is None else (chars | before, before_optional)


def _item_ends(op, value) -> tuple[set[int] | None, bool]:
    if op is _constants.LITERAL:
        return {value}, False
    if op is _constants.IN:
        chars = set()
        for item, argument in value:
            if item is _constants.LITERAL:
                chars.add(argument)
            elif item is _constants.RANGE and argument[1] - argument[0] < SMALL_CLASS:
                chars.update(range(argument[0], argument[1] + 1))
            else:
                return None, False
        return chars, False
    if op is _constants.SUBPATTERN:
        return _ends(value[-1])
    if op is _constants.BRANCH:
        branches = [_ends(branch) for branch in value[1]]
        if any(chars is None for chars, _ in branches):
            return None, False
        return set().union(*(chars for chars, _ in branches)), any(optional for _, optional in branches)
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
        chars, optional = _ends(value[2])
        return chars, optional or value[0] == 0
    return None, False


WORD_START, WORD_END = r"(?<![\w-])(?:", r")(?![\w-])"  # how `_word` and `_cue` wrap a pattern
GROUP_REFERENCE = re.compile(r"\\\d|\(\?P=|\(\?\(")  # \1, (?P=name), (?(1)...): a group referred to


def either(patterns: tuple[re.Pattern, ...]) -> tuple[re.Pattern, ...]:
    """Patterns one of which a text matches somewhere (`search`) exactly where one of `patterns` does: those of
    `_word` and `_cue` joined in one alternation behind one word-start test, which the regex engine then makes
    once per position of the text instead of once per pattern (the 52 Russian trigger patterns over 1,868
    NEREL and factRuEval sentences: 0.21 -> 0.03 s); their named groups made plain (the names repeat).
    `patterns` as they are where one is of another shape or refers to a group (joined, the groups would be
    others)."""
    bodies = [p.pattern[len(WORD_START):-len(WORD_END)] for p in patterns
              if p.pattern.startswith(WORD_START) and p.pattern.endswith(WORD_END) and p.flags == _word("").flags]
    if len(bodies) < 2 or len(bodies) < len(patterns) or any(GROUP_REFERENCE.search(b) for b in bodies):
        return patterns
    joined = "|".join(f"(?:{re.sub(r'[(][?]P<[^>]*>', '(?:', body)}){WORD_END[1:]}" for body in bodies)
    return (re.compile(f"{WORD_START}{joined})", FLAGS),)


def _cue(cue: str) -> re.Pattern:
    """A topic cue of topics.yaml as it is matched: at word edges, in any case."""
    return re.compile(rf"(?<![\w-])(?:{cue})(?![\w-])", FLAGS)


@lru_cache(maxsize=None)
def codes() -> dict[tuple[str, str], dict]:
    """codes.tsv by (event_type, status): each row's PLOVER event and mode, CAMEO code (empty for a cancelled or
    postponed meeting), `any_name_is_side` ("yes": a country or organisation named in no side's position is a
    side) and `has_place` ("no": a call happens in no one place). KeyError for a pair the table lacks."""
    return {(row["event_type"], row["status"]): row for row in read_tsv(EVENTS_DIR / "codes.tsv")}


@lru_cache(maxsize=None)
def _names() -> dict:
    return yaml.safe_load((EVENTS_DIR / "names.yaml").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def function_words() -> frozenset[str]:
    """The words an abbreviation skips, in every language (names.yaml `function_words`), folded: an organisation
    is one side however it is named, whatever the language of the article."""
    return frozenset(fold(w) for section in _names().values() for w in section.get("function_words", ()))


# letters of case ending a word of an outlet's name takes in running text ("корреспонденту Кабара", "Газеты.uz",
# "РИА Новостям"), its final vowel dropped; a shorter word is compared whole ("УзА" is no "Уза…")
OUTLET_ENDING = 2
OUTLET_STEM = 4  # letters a word needs to take endings


@lru_cache(maxsize=None)
def _outlets() -> re.Pattern:
    """One pattern for the names of outlets.tsv, each word of four letters or more with its case endings."""
    def word(w: str) -> str:
        stem = re.sub(r"[аяоеёыиьй]$", "", w)
        return re.escape(stem) + rf"\w{{0,{OUTLET_ENDING}}}" if len(stem) >= OUTLET_STEM else re.escape(w)

    names = [row["name"].casefold() for row in read_tsv(EVENTS_DIR / "outlets.tsv")]
    return re.compile("|".join("".join(word(part) if part.isalnum() else re.escape(part)
                                       for part in re.split(r"(\w+)", name)) for name in names))


def is_outlet(name: str) -> bool:
    """Whether `name` (a normal) names a news outlet or agency of outlets.tsv, in any case form (`Кабара`,
    `Газеты.uz`, `Хабаром 24`): outlets report events and are never sides of them."""
    return bool(_outlets().fullmatch(name.casefold().strip()))


@lru_cache(maxsize=None)
def people_states() -> dict[str, tuple[str, bool]]:
    """{pipeline.actors.name_key of a person: (ISO alpha-3 of the state they speak for, whether they are a
    leader)} (people_states.tsv, learned from the news set's dev split gold by `python -m
    pipeline.training.people_states`), read once."""
    return {row["key"]: (row["iso3"], row.get("leader") == "yes")
            for row in read_tsv(EVENTS_DIR / "people_states.tsv")}


@lru_cache(maxsize=None)
def _surnames() -> tuple[tuple[frozenset[str], tuple[str, bool]], ...]:
    """(the words of a person's name of several words but the given name's, as name_key spells them: what may
    name them alone; (state, leader)) for each row of people_states.tsv (`given`)."""
    return tuple((frozenset(row["key"].split("-")) - frozenset(row["given"].split("-")),
                  (row["iso3"], row.get("leader") == "yes"))
                 for row in read_tsv(EVENTS_DIR / "people_states.tsv") if row.get("given"))


@lru_cache(maxsize=4096)
def _known_person(person: str) -> tuple[str, bool] | None:
    """(state, leader) people_states.tsv gives the person named `person` (a normal): by their whole name, else
    by a spelling one letter from theirs in one word (pipeline.actors.one_word_apart: the Russian "Мурат Нуртлеу"
    of the Kazakh "Мұрат Нұртілеу") where all such people are of one state, else by their surname alone ("Лавров
    прибыл в Астану", "Токаев и Мирзиёев провели переговоры": the article writes no given name) where every
    person of the table whose name holds it outside the given name is of one state (a leader if any of them is
    one); a given name alone ("Виктор") names no one. None where no one is known."""
    key = name_key(person)
    if not key or key in people_states():
        return people_states().get(key)
    close = {known for other, known in people_states().items() if one_word_apart(key.split("-"), other.split("-"))}
    if len({state for state, _ in close}) == 1:
        return next(iter(close))[0], any(leader for _, leader in close)
    words = set(key.split("-"))
    holders = [known for surname, known in _surnames() if words <= surname]
    if len({state for state, _ in holders}) != 1:
        return None
    return holders[0][0], any(leader for _, leader in holders)


def known_state(person: str) -> str | None:
    """The state (ISO alpha-3) people_states.tsv gives the person named `person` (a normal, a surname alone
    too: `_known_person`), or None."""
    known = _known_person(person)
    return known[0] if known else None


def known_leader(person: str) -> bool:
    """Whether people_states.tsv marks the person named `person` (a normal, a surname alone too:
    `_known_person`) a leader: the dev split's gold gives them a leader's title (greetings.tsv `leader`)."""
    known = _known_person(person)
    return bool(known and known[1])


def state_spoken_for(affiliation: str | None, normal: str) -> str | None:
    """The state (ISO alpha-3) a person side speaks for: their affiliation's, else, with none, the one
    people_states.tsv gives them by their name `normal`."""
    return country_code(affiliation) if affiliation else known_state(normal)


@lru_cache(maxsize=None)
def knowledge(lang: str) -> Knowledge:
    """Everything models/events/ knows of the language `lang` (an ISO 639-1 code), its patterns compiled, read
    once per process; a language with no rows has empty knowledge (no triggers: the events stage skips its
    sentences). Errors: re.error for a malformed pattern, KeyError for a missing column."""
    topics = yaml.safe_load((EVENTS_DIR / "topics.yaml").read_text(encoding="utf-8")).get(lang, {})
    names = _names().get(lang, {})
    affiliation_cues = tuple(re.compile(r["pattern"]) for r in _rows("affiliations.tsv", lang))
    places = tuple(re.compile(r["pattern"])
                   for r in sorted(_rows("places.tsv", lang), key=lambda r: int(r["priority"])))
    dates = tuple(re.compile(r["pattern"], FLAGS) for r in _rows("dates.tsv", lang) if r["use"] == "event")
    return Knowledge(
        triggers=tuple(Trigger(_word(_with_parts(r["pattern"], names)), r["event_type"], r["status"],
                               r["number"] != "singular", r["alone"] == "yes", r["number"] == "plural")
                       for r in _rows("triggers.tsv", lang)),
        modality=tuple(Cue(_word(r["pattern"]), r["effect"], r["scope"]) for r in _rows("modality.tsv", lang)),
        boundaries=tuple(Cue(_boundary(r["pattern"], r["position"]), STOP_EFFECTS.get(r["effect"], r["effect"]),
                             r["position"],
                             _cue_starts(r["pattern"], r["position"]), _cue_ends(r["pattern"], r["position"]))
                         for r in _rows("boundaries.tsv", lang)),
        venue_in_title=_word("|".join(r["pattern"] for r in _rows("boundaries.tsv", lang) if r["effect"] == "venue"))
        if any(r["effect"] == "venue" for r in _rows("boundaries.tsv", lang)) else None,
        titles=tuple(_word(r["pattern"]) for r in _rows("roles.tsv", lang)),
        loose_titles=tuple(_loose(r["pattern"]) for r in _rows("roles.tsv", lang)),
        title_words=tuple(loose and needed_words(loose)
                          for loose in (_loose(r["pattern"]) for r in _rows("roles.tsv", lang))),
        reporters=tuple(_word(r["pattern"]) for r in _rows("roles.tsv", lang) if r["kind"] == "reporter"),
        honorifics=tuple(re.compile(r["pattern"], FLAGS) for r in _rows("roles.tsv", lang)
                         if r["kind"] == "honorific"),
        speech=re.compile(rf"(?<![\w-])(?:{'|'.join(names['speech_verbs'])})\w*", FLAGS)
        if names.get("speech_verbs") else None,
        voicing=re.compile(rf"(?:{'|'.join(names['speech_verbs'] + names['regard_verbs'])})\w*", FLAGS)
        if names.get("regard_verbs") else None,
        visitor_participle=re.compile(names["visitor_participle"], FLAGS) if names.get("visitor_participle") else None,
        object_clause=re.compile(names["object_clause"], FLAGS) if names.get("object_clause") else None,
        possessed_visit=re.compile(names["possessed_visit"], FLAGS) if names.get("possessed_visit") else None,
        addressee=(re.compile(names["addressee"]["ending"], FLAGS), re.compile(names["addressee"]["verbs"], FLAGS))
        if names.get("addressee") else None,
        visitor_clause=re.compile(names["visitor_clause"], FLAGS) if names.get("visitor_clause") else None,
        visitor_before=re.compile(names["visitor_before"], FLAGS) if names.get("visitor_before") else None,
        complementiser=re.compile(names["complementiser"], FLAGS) if names.get("complementiser") else None,
        clause_break=re.compile(clause["break"], FLAGS) if (clause := names.get("clause", {})).get("break") else None,
        clause_ends=frozenset(clause.get("ends", ())),
        together=_word(names["together"]) if names.get("together") else None,
        destination=re.compile(names["destination"], FLAGS) if names.get("destination") else None,
        under_way=re.compile(names["under_way"], FLAGS) if names.get("under_way") else None,
        personal_call=re.compile(names["personal_call"], FLAGS) if names.get("personal_call") else None,
        came_with=re.compile(names["came_with"], FLAGS) if names.get("came_with") else None,
        groups_of_people=re.compile(names["groups_of_people"], FLAGS) if names.get("groups_of_people") else None,
        state_agencies=frozenset(names.get("state_agencies", ())),
        from_place=re.compile(names["from_place"], FLAGS) if names.get("from_place") else None,
        from_state=re.compile(names["from_state"], FLAGS) if names.get("from_state") else None,
        letters=names.get("letters", ""),
        both_sides=_word(names["both_sides"]) if names.get("both_sides") else None,
        head_of_state=_word(names["head_of_state"]) if names.get("head_of_state") else None,
        purpose=_word(names["purpose"]) if names.get("purpose") else None,
        travels=_word(names["travels"]) if names.get("travels") else None,
        moves_on=re.compile(names["moves_on"], FLAGS) if names.get("moves_on") else None,
        also=re.compile(names["also"], FLAGS) if names.get("also") else None,
        was_planned=re.compile(names["was_planned"], FLAGS) if names.get("was_planned") else None,
        counted_states=_word(names["counted_states"]["pattern"]) if names.get("counted_states") else None,
        state_counts=tuple((word, n) for word, n in (names.get("counted_states") or {}).get("counts", {}).items()),
        invitation=_word(names["invitation"]) if names.get("invitation") else None,
        invitation_noun=_word(names["invitation_noun"]) if names.get("invitation_noun") else None,
        takes_part_in=re.compile(names["takes_part_in"], FLAGS) if names.get("takes_part_in") else None,
        attended_back=re.compile(names["attended_back"], FLAGS) if names.get("attended_back") else None,
        attended=re.compile(names["attended"], FLAGS) if names.get("attended") else None,
        remote=re.compile(names["remote"], FLAGS) if names.get("remote") else None,
        relative_pronoun=re.compile(names["relative_pronoun"], FLAGS) if names.get("relative_pronoun") else None,
        own_contact=re.compile(r'(?:\s+[^\s,;:.!?«»"]+){0,2}?\s+(?:' + names["own_contact"] + r")\s+", FLAGS)
        if names.get("own_contact") else None,
        possessor=(names["possessor"]["owner"], frozenset(names["possessor"]["nouns"]))
        if names.get("possessor") else None,
        former=_word(names["former"]) if names.get("former") else None,
        between_sides=_word(names["between_sides"]) if names.get("between_sides") else None,
        membership=_word(names["membership"]) if names.get("membership") else None,
        many_states=_word(names["many_states"]) if names.get("many_states") else None,
        one_host=_word(names["one_host"]) if names.get("one_host") else None,
        holding=_word(names["holding"]) if names.get("holding") else None,
        delegation=_word(names["delegation"]) if names.get("delegation") else None,
        leader_words=_word(names["leader_words"]) if names.get("leader_words") else None,
        reception=_word(names["reception"]) if names.get("reception") else None,
        received_left_out=_word(names["received_left_out"]) if names.get("received_left_out") else None,
        oblique=re.compile(names["oblique"]) if names.get("oblique") else None,
        title_head_final=HeadFinal.of(names["title_head_final"]) if names.get("title_head_final") else None,
        affiliation_cues=affiliation_cues,
        affiliation_words=tuple(map(needed_words, affiliation_cues)),
        home_titles=tuple((_word(title), state) for title, state in names.get("home_titles", {}).items()),
        short_titles=tuple((_word(title), short) for title, short in names.get("short_titles", {}).items()),
        titled_first=_word(names["titled_first"]) if names.get("titled_first") else None,
        titled_head=_word(names["titled_head"]) if names.get("titled_head") else None,
        offices=tuple(_word(office) for office in names.get("offices", ())),
        both_offices=tuple((re.compile(row["said"], FLAGS), re.compile(row["title"], FLAGS))
                           for row in names.get("both_offices", ())),
        office_heads=tuple((re.compile(row["head"], FLAGS), re.compile(row["title"], FLAGS))
                           for row in names.get("office_heads", ())),
        home_bodies=tuple((re.compile(body, FLAGS), state) for body, state in names.get("home_bodies", {}).items()),
        state_bodies=_word(names["state_bodies"]) if names.get("state_bodies") else None,
        igo_bodies=tuple((key, _word(body)) for key, body in names.get("igo_bodies", {}).items()),
        country_adjectives=tuple((r["stem"].lower(), r["country"]) for r in _rows("country_adjectives.tsv", lang)),
        places=places,
        place_words=tuple(map(needed_words, places)),
        dates=dates,
        date_words=tuple(map(needed_words, dates)),
        date_digits=tuple(map(needs_digit, dates)),
        ordinals=tuple(sorted(((r["pattern"], int(r["when"])) for r in _rows("dates.tsv", lang)
                               if r["use"] == "ordinal"), key=lambda row: -len(row[0]))),
        weekdays=tuple((r["pattern"], int(r["when"])) for r in _rows("dates.tsv", lang) if r["use"] == "weekday"),
        relative_dates=tuple((re.compile(r["pattern"], FLAGS), r["when"])
                             for r in _rows("dates.tsv", lang) if r["use"] == "relative"),
        relative_years=tuple((re.compile(r["pattern"], FLAGS), int(r["when"]), r["use"] == "year")
                             for r in _rows("dates.tsv", lang) if r["use"] in ("year", "year_of")),
        relative_periods=tuple((re.compile(r["pattern"], FLAGS), r["use"], int(r["when"]))
                               for r in _rows("dates.tsv", lang) if r["use"] in ("month", "week")),
        relative_days=tuple((re.compile(r["pattern"], FLAGS), int(r["when"]))
                            for r in _rows("dates.tsv", lang) if r["use"] == "day"),
        anaphoric_dates=tuple((re.compile(r["pattern"], FLAGS), int(r["when"]))
                              for r in _rows("dates.tsv", lang) if r["use"] == "anaphoric"),
        until=tuple((re.compile(r["pattern"], FLAGS), r["when"])
                    for r in _rows("dates.tsv", lang) if r["use"] == "until"),
        said=next((re.compile(r["pattern"], FLAGS) for r in _rows("dates.tsv", lang) if r["use"] == "said"), None),
        staying=next((re.compile(r["pattern"], FLAGS) for r in _rows("dates.tsv", lang) if r["use"] == "staying"),
                     None),
        clause_breaks=next((re.compile(r["pattern"], FLAGS) for r in _rows("dates.tsv", lang) if r["use"] == "clause"),
                           None),
        datelines=tuple(re.compile(r["pattern"]) for r in _rows("dates.tsv", lang) if r["use"] == "dateline"),
        agency=next((re.compile(r["pattern"]) for r in _rows("dates.tsv", lang) if r["use"] == "agency"), None),
        participation=tuple(Cue(_word(r["pattern"]), r["kind"], "sentence") for r in _rows("participation.tsv", lang)),
        greetings=tuple(_word(r["pattern"]) for r in _rows("greetings.tsv", lang) if r["kind"] == "greeting"),
        leaders=tuple(re.compile(r["pattern"], FLAGS) for r in _rows("greetings.tsv", lang) if r["kind"] == "leader"),
        arrivals=tuple(_word(r["pattern"]) for r in _rows("greetings.tsv", lang) if r["kind"] == "arrival"),
        greeted=re.compile(names["greeted"], FLAGS) if names.get("greeted") else None,
        topic_rules=topics,
        topic_categories=tuple((_word(rf"{r['stem']}[\w-]*"), r["category"], r["strength"] == "weak")
                               for r in _rows("topic_categories.tsv", lang)),
        names=names,
        not_sides=frozenset(name.lower() for name in names.get("not_sides", ())),
        conjunction=_between_words(names.get("conjunctions", ())),
        body_joiner=re.compile(r"\s*(?:" + names.get("body_joiner", "") + r")?\s*"),
        verb_final=re.compile(names["verb_final"]) if names.get("verb_final") else None,
        attributive=re.compile(names["attributive"]) if names.get("attributive") else None,
        periphrastic=re.compile(names["periphrastic"]) if names.get("periphrastic") else None,
        schedule_of=re.compile(names["schedule_of"], FLAGS) if names.get("schedule_of") else None,
        quote_speaker=re.compile(names["quote_speaker"], FLAGS) if names.get("quote_speaker") else None,
        first_person_verb=re.compile(names["first_person_verb"]) if names.get("first_person_verb") else None,
        posting=_between_words(names.get("posting_prepositions", ())),
        posted_titles=_word(names["posted_titles"]) if names.get("posted_titles") else None,
        adjective_body=re.compile(rf"\s+(?:{names['adjective_body']})(?![\w-])", FLAGS)
        if names.get("adjective_body") else None,
        headed_pair=re.compile(rf"(?<![\w-])([^\W\d_]+)-([^\W\d_]+)(?:\s+[^\W\d_]+){{0,2}}?\s+(?:{names['pair_heads']})"
                               rf"(?:\s+[^\W\d_]+){{0,2}}\s+$", FLAGS) if names.get("pair_heads") else None,
        topic_cues=tuple(_cue(cue) for cue in topics.get("cues", ())),
        anchored_topic_cues=tuple(_cue(cue) for cue in topics.get("anchored_cues", ())),
        topic_anchors=tuple(re.compile(rf"(?<![\w-]){word}(?![\w-])") for word in topics.get("anchor_words", ())),
    )


@lru_cache(maxsize=SENTENCES_KEPT)
def trigger_matches(lang: str, sentence: str) -> tuple[tuple[re.Match, Trigger], ...]:
    """Every match of the language's trigger patterns (triggers.tsv) in a sentence's text, (match, its row), row
    by row in the table's order: searched once per sentence, for both the analysis stage's choice of what to
    parse (`run.parse_wanted`) and the events stage's triggers (`triggers.find_triggers`), which read the same
    text (the case-restored one) `SENTENCES_KEPT` sentences apart at most. A pattern is searched only where the
    sentence's case_folded text holds one of its needed words (`needed_words`, substring tests): two thirds of
    NEREL's and factRuEval's sentences hold none of the triggers' and most others one or two patterns', where one
    search of the 52 patterns joined (`either`) took 65 µs a sentence (1.09 -> 0.47 ms per document)."""
    held_in, each = _trigger_words(lang)
    held = held_in(case_folded(sentence))
    return tuple((match, trigger) for trigger, words in zip(knowledge(lang).triggers, each)
                 if words is None or not held.isdisjoint(words) for match in trigger.pattern.finditer(sentence))


@lru_cache(maxsize=None)
def _trigger_words(lang: str) -> tuple["WordsIn", tuple[tuple[str, ...] | None, ...]]:
    """(which words some trigger pattern needs a case_folded text holds, each pattern's `needed_words`)."""
    each = tuple(needed_words(trigger.pattern) for trigger in knowledge(lang).triggers)
    return WordsIn({word for words in each for word in words or ()}), each


class WordsIn:
    """`WordsIn(words)(folded)`: the `words` (case_folded, as `needed_words` gives them) that a case_folded text
    holds, as substrings. One search of the words laid out as a trie in one pattern, tried at every position (a
    lookahead: the longest word starting there, with the words that are prefixes of it), where a substring test
    of each word took twice as long (`Reading.held`'s 132 Russian words over the sentences of the first 300
    texts of `make bench-speed`: 0.24 -> 0.13 CPU ms per document; the triggers' 105: 0.20 -> 0.10)."""

    def __init__(self, words):
        self.words = frozenset(words)
        self._pattern = re.compile(f"(?=({_trie(self.words)}))") if self.words else None
        self._prefixes: dict[str, frozenset[str]] = {}  # at most one entry per word

    def __call__(self, folded: str) -> frozenset[str]:
        held: set[str] = set()
        for match in self._pattern.finditer(folded) if self._pattern else ():
            held |= self._prefixes_of(match.group(1))
        return frozenset(held)

    def _prefixes_of(self, word: str) -> frozenset[str]:
        """The words that are prefixes of `word`, itself included: all those starting where it was found."""
        if word not in self._prefixes:
            self._prefixes[word] = frozenset(word[:n] for n in range(1, len(word) + 1) if word[:n] in self.words)
        return self._prefixes[word]


def _trie(words) -> str:
    """A regex matching exactly `words`, laid out as a trie (one branch per next letter), the longest first."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def pattern(node: dict) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        joined = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{joined})?" if "" in node else joined

    return pattern(tree)


@lru_cache(maxsize=SENTENCES_KEPT)
def holds_cue(lang: str, sentence: str) -> bool:
    """Whether a sentence's text holds a participation cue (participation.tsv) or a topic cue, plain or anchored
    (topics.yaml), of the language: one search of them joined (`either`), for both the analysis stage's choice of
    what to parse (`run.parse_wanted`) and the events stage (a sentence holding none tells no topic and no
    participation: `topics.topics_in`, `candidates._read`), which read the same text. False for a language with
    no event knowledge (no triggers: the events stage reads none of its sentences). Searched only where the
    sentence's case_folded text holds a word one of the cues needs (`needed_words`), as `trigger_matches`."""
    held_in, each = _cue_words(lang)
    if None not in each and not held_in(case_folded(sentence)):
        return False
    return any(pattern.search(sentence) for pattern in _any_cue(lang))


@lru_cache(maxsize=None)
def _cues(lang: str) -> tuple[re.Pattern, ...]:
    known = knowledge(lang)
    if not known.triggers:
        return ()
    return (*(c.pattern for c in known.participation), *known.topic_cues, *known.anchored_topic_cues)


@lru_cache(maxsize=None)
def _any_cue(lang: str) -> tuple[re.Pattern, ...]:
    return either(_cues(lang))


@lru_cache(maxsize=None)
def _cue_words(lang: str) -> tuple["WordsIn", tuple[tuple[str, ...] | None, ...]]:
    """(which words some cue needs a case_folded text holds, each cue's `needed_words`), as `_trigger_words`."""
    each = tuple(map(needed_words, _cues(lang)))
    return WordsIn({word for words in each for word in words or ()}), each
