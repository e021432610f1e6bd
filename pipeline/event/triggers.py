"""Trigger words in a sentence (triggers.tsv), with what the sentence's modality cues make of them
(modality.tsv): kept as occurred, kept as planned, or dropped (a proposal, a wish, a negation)."""
from __future__ import annotations

import re

from ..countries import igo_code
from ..document import Token
from ..wordforms import russian_dictionary
from .knowledge import CONTACT, Trigger, trigger_matches
from .model import Hit
from .reading import Reading

WORD_AFTER = re.compile(r"\s+\w")  # a word right after a cue: the noun a participle qualifies

# the strongest first: a meeting called off is not a planned one, whatever else the sentence says
STATUS_EFFECTS = ("cancelled", "postponed", "planned")
PUT_OFF = ("cancelled", "postponed")  # effects of a cue naming the event it calls or puts off (`_names_another`)
# modality effects that say when: the nearest one counts (an invitation to it plans it, find_triggers); `present`
# (a Kazakh present continuous, "өтуде") is occurred but not past (`Hit.begun`)
TENSES = ("planned", "occurred", "invitation", "present")
DENIED_RELS = ("nsubj", "obj", "xcomp")  # UD relations by which a negated verb denies the event itself
NOUN_PHRASE_RELS = ("nmod", "appos", "flat", "conj")  # UD relations inside a noun phrase
NOUN_PHRASE_DEPTH = 6  # words walked up a noun phrase at most (a parse may join sentences: no endless walk)
CLAUSE_RELS = ("root", "ccomp", "advcl", "acl", "parataxis", "csubj")  # UD relations that start a clause
NOT_ONLY = ("только", "лишь")  # "не только встретился …, но и …" negates nothing
NO_EVENT = ("none", "domestic")  # triggers.tsv statuses of words that name no diplomatic event


def find_triggers(reading: Reading, denied: list[str] | None = None) -> list[Hit]:
    """The sentence's triggers in text order: the longest match of triggers.tsv wins where two overlap, rows of
    status `none` or `domestic` (a trigger word naming no diplomatic event) hold their words without a trigger, and the
    modality cues reaching each (modality.tsv, `_modality`) drop it (`not_event`) or set its status (cancelled,
    postponed, planned) and `background`. `denied` collects the types of the events the sentence denies ("Встреча …
    не планируется", effect denied): no event here, nor one only refused elsewhere (candidates._drop_refused)."""
    chosen = _longest(reading)
    hits = [_hit(reading, trigger, m) for m, trigger in chosen if trigger.status not in NO_EVENT]
    for hit in hits:
        hit.alone = hit.alone or _names_organisation(reading, hit)
    for hit in hits:
        if _setting_of_contact(reading, hit, hits) or _framed(reading, hit):
            hit.status = "frame"
    kept = []
    words = [(reading.start + m.start(_word_group(m)), reading.start + m.end(_word_group(m))) for m, _ in chosen]
    ends = [reading.start + m.end() for m, _ in chosen]
    # unmarked only where the parse shows the words it hangs on: a sentence with no parse may say when by words no
    # cue knows (None: cannot tell)
    unmarked = False if reading.parsed else None
    for hit in sorted(hits, key=lambda h: h.start):
        effects = _modality(reading, hit, ends, words)
        if "invited" in effects:  # an invitation alone is no event; accepted, it plans one (GUIDELINES)
            effects.add("invitation" if "accepted" in effects else "not_event")
        if "invitation" in effects:
            effects.add("planned")
        if "absent" in effects:
            effects.add("cancelled")  # one staying away: cancelled unless told elsewhere (assemble._status)
        if "denied" in effects and denied is not None:
            denied.append(hit.event_type)
        if "not_event" in effects or "denied" in effects:
            continue
        # "Путин не встретится с Зеленским": refused by its own negated verb, no plan told as called off
        hit.refused = "refused" in effects and "cancelled" not in effects
        if "refused" in effects:
            effects.add("cancelled")
        if "postponed" in effects and "held" in effects and "cancelled" not in effects:
            # "Саммит, который должен был пройти в ноябре, прошел в Минске", "Бастапқыда қарашаға жоспарланған
            # саммит Минскіде өтті": put off, then held at last; the plan told is the first one, not this
            effects.discard("postponed")
            effects.discard("planned")
        status = next((e for e in STATUS_EFFECTS if e in effects), None)
        hit.told_status = status or "occurred"
        if status and hit.status in ("occurred", "planned"):
            hit.status = status
        elif "taken_up" in effects and hit.status == "planned":
            hit.status = "occurred"  # "поблагодарил за приглашение посетить Россию": the visit is under way
        # "Напомним, что вчера …": recalled, but on the news' own day (effect news_day), so the news itself
        hit.background = "background" in effects and "news_day" not in effects and hit.status == "occurred"
        hit.marked = True if status or "occurred" in effects else False if "genitive" in effects else unmarked
        if "purpose" in effects and hit.status == "occurred":
            hit.marked = False  # "… отырысына қатысу үшін келді": the trip's verb says when it came, not when the gathering is
        hit.another = "another" in effects
        hit.invited = "invitation" in effects
        hit.accepted = "accepted" in effects
        hit.absent = "absent" in effects
        hit.part = "part" in effects
        hit.then = "then" in effects
        hit.onward = "onward" in effects
        hit.held = "held" in effects and hit.status == "occurred"
        hit.begun = "begun" in effects
        kept.append(hit)
    return kept


def _names_organisation(reading: Reading, hit: Hit) -> bool:
    """Whether a gathering's generic word ("заседание", "отырысы") is next to the name of an intergovernmental
    organisation (models/igos.tsv, by its full name too: "на пленарном заседании Совещания по взаимодействию и
    мерам доверия в Азии", "АӨСШК отырысы"): the organisation's gathering, which starts an event as "саммит" does
    (`Trigger.alone`); only spaces between."""
    if hit.alone or hit.event_type != "multilateral":
        return False
    text = reading.doc.text
    return any(m.label == "ORG" and igo_code(m.normal)
               and (m.start >= hit.end and not text[hit.end:m.start].strip()
                    or m.end <= hit.start and not text[m.end:hit.start].strip()) for m in reading.mentions)


def _setting_of_contact(reading: Reading, hit: Hit, hits: list[Hit]) -> bool:
    """Whether a gathering's word hangs in the parse on a contact's trigger word, as where it took place ("Мирзиёев на
    саммите ШОС побеседовал с Путиным", "лидеры встретились на саммите ОТГ в Бишкеке"): the summit is named only as
    the setting, as "на полях саммита" is (GUIDELINES "Summits"), a frame and no event of its own; attending it
    ("принял участие в саммите и провел встречу") hangs on no contact."""
    if hit.event_type != "multilateral" or hit.status not in ("occurred", "planned"):
        return False
    hung = reading.head_outside(hit.start, hit.end)
    return hung is not None and reading.tokens[hung[0]].rel.split(":")[0] in ("obl", "nmod") and any(
        other.event_type in CONTACT and other.start <= hung[1].start < other.end
        and not _verb_between(reading, min(other.end, hit.end), max(other.start, hit.start)) for other in hits)


def attends_remotely(reading: Reading, hit: Hit, hits: list[Hit], participation: str | None) -> bool:
    """Whether a call's word (`hit`) is how someone takes part in a gathering (names.yaml `remote`): the sentence
    tells who takes part (`participation`, participation.tsv) and its other event words, if any, are gatherings
    ("в формате видеоконференции принял участие в заседании …", "бейнебайланыс арқылы … отырысына қатысты", "В нем
    приняли участие …, Эмомали Рахмон по видеосвязи" after the summit). It is no call of its own (it took the sides
    listed with it from the gathering). A sentence with another event word keeps the call ("На полях саммита …
    провел переговоры по видеосвязи с …"), and so does one telling no participation: a gathering word in a call's
    sentence alone (what a call was about) cost the news set's held-out Kazakh split one spurious gathering."""
    remote = reading.known.remote
    others = [other for other in hits if other is not hit]
    return bool(hit.event_type == "phone_call" and remote and remote.fullmatch(hit.text)
                and participation in ("person", "delegation") and all(
                    other.event_type == "multilateral" and other.status in ("occurred", "planned") for other in others))


def _verb_between(reading: Reading, start: int, end: int) -> bool:
    """Whether a finite verb lies between the document offsets: the parse, which may hang a gathering on the contact
    across it ("провела переговоры с …, а также приняла участие в министерской встрече …"), runs over a clause of
    its own."""
    return any(t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin" for t in reading.between(start, end))


def _framed(reading: Reading, hit: Hit) -> bool:
    """Whether a gathering's name overlaps the words that name a gathering as a setting (a triggers.tsv `frame` row:
    "на полях заседания", "в рамках сессии", "сессиясы аясында"), which the longer name's match took ("на полях
    заседания Совета министров иностранных дел СНГ встречались …"): named only as the setting, the frame it is."""
    if hit.event_type != "multilateral" or hit.status not in ("occurred", "planned"):
        return False
    return any(trigger.status == "frame" and trigger.event_type == "multilateral"
               and reading.start + match.start() < hit.end and hit.start < reading.start + match.end()
               for match, trigger in trigger_matches(reading.sentence.lang, reading.text))


def names_domestic_gathering(reading: Reading) -> bool:
    """Whether the sentence names a gathering of a domestic body (triggers.tsv status `domestic`: "заседание
    Правительства", "совещание под председательством президента", "Үкімет отырысы"), as the longest trigger word
    where two overlap: who takes part in it is named for it, no side of a diplomatic event told before."""
    return any(trigger.status == "domestic" for _, trigger in _longest(reading))


def _longest(reading: Reading) -> list[tuple[re.Match, Trigger]]:
    """The matches of triggers.tsv in the sentence with their rows, the longest first where two overlap. A match
    starting inside a person's name is none: the name holds an event word ("Ерлан Сапарұлы": сапар, a visit)."""
    chosen: list[tuple[re.Match, Trigger]] = []
    people = [(m.start - reading.start, m.end - reading.start) for m in reading.mentions if m.label == "PER"]
    for match, trigger in sorted(trigger_matches(reading.sentence.lang, reading.text),
                                 key=lambda mt: (mt[0].start() - mt[0].end(), mt[0].start())):
        if any(a <= match.start(_word_group(match)) < b for a, b in people):
            continue  # (the trigger word of a pattern that needs a name before it: "Мирзиёева (?P<t>принял)")
        if all(match.end() <= c.start() or c.end() <= match.start() for c, _ in chosen):
            chosen.append((match, trigger))
    return chosen


def _hit(reading: Reading, trigger, match) -> Hit:
    """The matched words; a pattern may name its trigger word `t` inside a longer context it needs to match
    ("министрлері орынбасарларының жыл сайынғы (?P<t>кездесуі)")."""
    group = _word_group(match)
    return Hit(reading.start + match.start(group), reading.start + match.end(group), match.group(group),
               trigger.event_type, trigger.status, trigger.plural, trigger.alone, several=trigger.several)


def _word_group(match: re.Match) -> str | int:
    """The group of a match that is its trigger word: `t` where the pattern names it, else the whole match."""
    return "t" if "t" in match.re.groupindex and match.group("t") else 0


def _modality(reading: Reading, hit: Hit, ends: list[int], words: list[tuple[int, int]] = ()) -> set[str]:
    """The effects of every cue reaching the trigger. A cue inside a quotation speaks for the quotation only,
    and one outside for the narration only. Of the tense cues (effect planned or occurred) only the nearest
    counts, the one after the trigger on a tie: a head-final clause's verb ("саммиті басталды", "келіссөз
    жүргізеді") or the participle right before it ("өткен кездесуден кейін") says when, not a verb of the next
    clause ("Астанаға келді, ертең … кездеседі"). A cue of the next trigger reaches the first after it only
    (`ends`: where the sentence's trigger words end, "none" rows too): "в рамках подготовки к визиту встретился"
    — the visit is the topic, the meeting is told. A cue calling or putting off an event, of the sentence's scope,
    that holds another trigger word speaks of that one only (`words`, `_names_another`)."""
    effects = set()
    governors = _governors(reading, hit)
    verbs = _trigger_verbs(reading, hit)
    # "проведет переговоры", "встретятся": a verb in the future tense (UD `Tense=Fut`) plans what it governs;
    # one of saying only tells it ("Напомним, что вчера эмир прилетел …")
    speech, under_way = reading.known.speech, reading.known.under_way
    not_under_way = [t for t in governors + verbs if not (under_way and under_way.match(reading.doc.text, t.start))]
    if any(_future(token) and not (speech and speech.fullmatch(token.text)) for token in not_under_way):
        effects.add("planned")
    if len(not_under_way) < len(governors) + len(verbs):
        effects |= {"occurred", "begun"}  # "Визит … завершится 27 ноября": under way
    told = [token for token in governors + verbs if not (speech and speech.fullmatch(token.text))]
    if any(token.feats.get("Tense") in ("Past", "Pres") and token.pos in ("VERB", "AUX") for token in told):
        effects.add("occurred")  # "провели переговоры", "проходит саммит": said as past or under way
    if any(_told_past(reading, token) for token in told):
        effects.add("begun")  # not "открывается 27 ноября": the present may tell what is set (candidates._scheduled)
    if any(_negated(reading, token) for token in verbs):
        effects.add("refused")  # "не встретится", "не посетит": told as not taking place, as "не состоится"
    denied = _governors(reading, hit, negated=True)
    # each governor as written and with its copula ("должен был"), read by every cue
    governed_by = [text for token in governors for text in (token.text, _with_copula(reading, token))]
    tenses = []  # (distance, after the trigger second, effect)
    for cue in reading.known.modality:
        if cue.where in ("after", "next") and any(cue.pattern.fullmatch(text) for text in governed_by):
            # "визит … запланирован на 11-12 марта", "Саммит … должен был пройти": the word the trigger depends on
            effects.add(cue.effect)
        if cue.where == "negated" and any(cue.pattern.fullmatch(token.text) for token in denied):
            effects.add(cue.effect)  # "Встреча … пока не планируется": the word it depends on, negated
        if cue.where == "following" and any(cue.pattern.search(text) for text in _this_and_next(reading)):
            effects.add(cue.effect)  # "… келуге шақырды. Шақыру алғыспен қабылданды."
        if cue.where == "dependent" and any(_hangs_on(reading, hit, reading.start + match.start())
                                            for match in cue.pattern.finditer(reading.text)):
            effects.add(cue.effect)  # "встречи … с рядом лидеров": whom it is with, the cue says
        for match in cue.pattern.finditer(reading.text):
            start, end = reading.start + match.start(), reading.start + match.end()
            if reading.quote_level(start) != reading.quote_level(hit.start):
                continue
            # a tense cue may be the trigger itself, a verb ("кездеседі", "Астанаға келді")
            overlaps = start < hit.end and hit.start < end and cue.effect in TENSES
            if cue.effect in PUT_OFF and cue.where == "sentence" and _names_another(hit, start, end, words):
                continue
            if not (overlaps or (cue.where == "sentence" and _one_clause(reading, (start, end), hit))
                    or (cue.where == "after" and end <= hit.start)
                    or (cue.where == "before" and hit.end <= start)
                    or (cue.where in ("next", "first") and end <= hit.start
                        and (cue.where == "first" or len(reading.doc.text[end:hit.start].split()) <= 1)
                        and not any(end < other <= hit.start for other in ends))
                    or (cue.where == "previous" and hit.end <= start
                        and len(reading.doc.text[hit.end:start].split()) <= 1)):
                continue
            if cue.effect in TENSES:
                # a word on the trigger's noun ("алдағы сапары", "келесі саммит") says its time as near as the
                # trigger itself, before the clause's verb ("… алдағы сапары талқыланды": discussed, still to come)
                near = overlaps or cue.where == "next"
                tenses.append((0 if near else max(start - hit.end, hit.start - end), end <= hit.start, cue.effect,
                               start, end))
            else:
                effects.add(cue.effect)
    tenses = [t for t in tenses if not _qualifies_next_noun(reading, hit, t[3], t[4], tenses)]
    schedule = reading.known.schedule_of
    if schedule and schedule.match(reading.doc.text, hit.start):
        # "Тоқаевтың Германияға сапарының мерзімі белгілі болды": a past verb after the event's date or programme
        # tells of that; with no other tense the event says not when (`Hit.marked` False)
        tenses = [t for t in tenses if not (t[2] == "occurred" and t[3] >= hit.end)]
        effects.add("genitive")
    if tenses:
        tense = min(tenses)[2]
        # a Kazakh past form ("өтті", "кездескен") says it is past; the present continuous ("өтуде") only that it is on
        effects |= ({"occurred", "present"} if tense == "present" else {tense, "begun"} if tense == "occurred"
                    else {tense})
    return effects


def _names_another(hit: Hit, start: int, end: int, words: list[tuple[int, int]]) -> bool:
    """Whether a cue's words hold a trigger word other than `hit`'s (`words`: the sentence's, "none" rows too), so
    speak of that event: "Президенты по телефону обсудили новые сроки встречи" puts off the meeting, not the call."""
    return not (start < hit.end and hit.start < end) and any(start <= a and b <= end for a, b in words)


def _qualifies_next_noun(reading: Reading, hit: Hit, start: int, end: int, tenses: list[tuple]) -> bool:
    """Whether a tense cue after the trigger is a participle qualifying the word right after it (names.yaml
    `attributive`), with another tense cue after it closing the clause: "Рахмонмен кездесіп, ертең өтетін саммиттің
    күн тәртібін талқылады" tells the summit's time by "өтетін", the meeting's by "талқылады"."""
    attributive, periphrastic = reading.known.attributive, reading.known.periphrastic
    text = reading.doc.text
    if periphrastic and periphrastic.match(text, end):
        return False  # "… сапармен келетін болды": the participle and "болды" are the verb, to come
    return bool(attributive and hit.end <= start and attributive.search(text[start:end])
                and WORD_AFTER.match(text, end) and any(later[3] >= end for later in tenses))


def _one_clause(reading: Reading, cue: tuple[int, int], hit: Hit) -> bool:
    """Whether a cue speaks in the trigger's clause, or in a relative clause on the trigger ("Саммит, который
    пройдет в мае"), by the parse: "выступая на заседании …, подтвердил, что встреча … состоится" plans the
    meeting, not the session. True where the sentence has no parse, or two roots."""
    cue_clause, hit_clause = _clause(reading, *cue), _clause(reading, hit.start, hit.end)
    if cue_clause is None or hit_clause is None or cue_clause is hit_clause:
        return True
    if cue_clause.rel == hit_clause.rel == "root":
        return True  # a parse with two roots cut the sentence where it failed ("ИНТЕРФАКС - Переговоры … отменены")
    on = reading.head_of(reading.position(cue_clause))
    if cue_clause.rel.startswith("csubj") and on is hit_clause:
        return True  # the clause the verb's subject is ("Саммит решено перенести", "Встречу было решено отложить")
    if cue_clause.rel.split(":")[0] in ("csubj", "xcomp") and on is not None:
        # "Саммит, который планировалось провести в ноябре, …": the infinitive is the subject of the relative
        # clause's verb, which hangs on the trigger
        cue_clause = _clause_of_token(reading, on)
        if cue_clause is hit_clause:
            return True
        on = reading.head_of(reading.position(cue_clause))
    # on the trigger's noun phrase ("Саммит … с участием … Токаева, который пройдет в Габале"), not on another
    # word of its clause ("прибыл в Нью-Йорк, где примет участие в сессии": the arrival is told, the session planned)
    for _ in range(NOUN_PHRASE_DEPTH):
        position = reading.position(on) if on is not None else -1
        if position < 0 or hit.start <= on.start < hit.end or on.rel.split(":")[0] not in NOUN_PHRASE_RELS:
            break
        on = reading.head_of(position)
    return cue_clause.rel.startswith("acl") and on is not None and hit.start <= on.start < hit.end


def _clause(reading: Reading, start: int, end: int) -> Token | None:
    """The head of the clause holding the first word of the span `start`..`end`; None with no parse."""
    token = next(iter(reading.between(start, end)), None)
    if token is None or not reading.parsed:
        return None
    return _clause_of_token(reading, token)


def _clause_of_token(reading: Reading, token: Token) -> Token:
    """The word heading the clause of `token`: the nearest word up its heads that starts a clause (UD CLAUSE_RELS,
    or a verb joined to another)."""
    seen = set()
    while id(token) not in seen:
        seen.add(id(token))
        if token.rel.split(":")[0] in CLAUSE_RELS or (token.rel == "conj" and token.pos in ("VERB", "AUX")):
            return token
        position = reading.position(token)
        head = reading.head_of(position) if position >= 0 else None
        if head is None or reading.position(head) < 0:
            return token
        token = head
    return token


def _hangs_on(reading: Reading, hit: Hit, offset: int) -> bool:
    """Whether the word at `offset` hangs on the trigger's word in the parse ("встречи … с рядом лидеров": whom the
    meeting is with), not as one joined to a side named before it ("с министром … Браже и рядом депутатов")."""
    token = reading.token_at(offset)
    position = reading.position(token) if token is not None else -1
    head = reading.head_of(position) if position >= 0 else None
    return head is not None and token.rel != "conj" and hit.start <= head.start < hit.end


def _governors(reading: Reading, hit: Hit, negated: bool = False) -> list[Token]:
    """The words the trigger's words depend on in the parse, outside the trigger (its predicate): a cue there
    speaks for the trigger wherever it stands. Those with no negative particle; with `negated`, those with one
    whose subject, object or complement the trigger is ("Встреча … не планировалась", "не исключил встречи"; not
    "На встрече не планируется подписание …", where it is only the setting)."""
    words = []
    for position, token in enumerate(reading.tokens):
        if hit.start <= token.start < hit.end:
            head = reading.head_of(position)
            if head is None or hit.start <= head.start < hit.end:
                continue
            denied = _negated(reading, head)
            conjunct = _affirmed_conjunct(reading, head) if denied else None
            if conjunct is not None and token.rel.split(":")[0] in DENIED_RELS:
                # the denial binds to its own conjunct: "Встреча не планировалась, но состоялась" tells it happened
                head, denied = conjunct, False
            if denied == negated and not (negated and token.rel.split(":")[0] not in DENIED_RELS):
                words.append(head)
    return words


def _affirmed_conjunct(reading: Reading, word: Token) -> Token | None:
    """A verb joined to the negated `word` that shares its subject and says in the past tense, unnegated, that
    the event happened ("не планировалась, но состоялась", "однако прошла"), or None: not a word of another
    kind ("не планировалась, поэтому нельзя говорить о …"), nor one with a subject of its own."""
    for position, token in enumerate(reading.tokens):
        if reading.head_of(position) is word and token.rel == "conj" and token.pos == "VERB" \
                and token.feats.get("Tense") == "Past" and not _negated(reading, token) \
                and not any(reading.head_of(n) is token and t.rel.split(":")[0] in ("nsubj", "csubj")
                            for n, t in enumerate(reading.tokens)):
            return token
    return None


def _this_and_next(reading: Reading) -> tuple[str, ...]:
    """The sentence's text and the next sentence's, where there is one."""
    sentences = reading.doc.sentences
    following = sentences[reading.index + 1] if reading.index + 1 < len(sentences) else None
    return (reading.text,) + ((reading.doc.text[following.start:following.end],) if following else ())


def _with_copula(reading: Reading, word: Token) -> str:
    """The word with the copula or auxiliary right after it that depends on it ("должен был"), else the word."""
    position = reading.position(word)
    if 0 <= position < len(reading.tokens) - 1:
        after = reading.tokens[position + 1]
        if reading.head_of(position + 1) is word and after.rel in ("cop", "aux"):
            return reading.doc.text[word.start:after.end]
    return word.text


def _told_past(reading: Reading, token: Token) -> bool:
    """Whether the verb is in the past tense, a converb in its head verb's ("выступая на заседании, подтвердил":
    the session is past)."""
    if token.pos not in ("VERB", "AUX"):
        return False
    if token.feats.get("VerbForm") == "Conv":
        position = reading.position(token)
        head = reading.head_of(position) if position >= 0 else None
        return head is not None and head.pos in ("VERB", "AUX") and head.feats.get("Tense") == "Past"
    return token.feats.get("Tense") == "Past"


def _future(token: Token) -> bool:
    """A verb the tagger reads in the future tense that the dictionary knows as one (the tagger takes some
    converbs for finite verbs: "инициировав встречу" is past); only the Russian tagger gives `Tense`."""
    return token.feats.get("Tense") == "Fut" and any(
        parse.tag.POS == "VERB" and "futr" in parse.tag for parse in russian_dictionary()(token.text))


def _trigger_verbs(reading: Reading, hit: Hit) -> list[Token]:
    return [t for t in reading.between(hit.start, hit.end) if t.pos in ("VERB", "AUX")]


def _negated(reading: Reading, word) -> bool:
    """"Встреча … не планировалась": a negative particle hanging on the word (UD `Polarity=Neg`), not one of "не
    только … , но и" (not only)."""
    tokens = reading.tokens
    return any(reading.head_of(n) is word and t.feats.get("Polarity") == "Neg"
               and not (n + 1 < len(tokens) and tokens[n + 1].text.lower() in NOT_ONLY)
               for n, t in enumerate(tokens))
