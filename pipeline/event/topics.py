"""What was discussed: topic spans after (or before) a cue of topics.yaml, split into list items, each with
its categories from topic_categories.tsv."""
from __future__ import annotations

import re

from .knowledge import holds_cue
from .model import Topic
from .reading import Reading

DEFAULT_CATEGORY = "diplomatic"  # cooperation and relations in general, when no keyword says more


def topics_in(reading: Reading, anchored: bool, told: tuple[int, ...] = ()) -> tuple[list[Topic], set[int]]:
    """Topics of the sentence, and the starts of the triggers (of `told`) that ended one; `anchored`: the sentence
    names an event, so noted/agreed things count too; `told`: where its trigger words start (document offsets). A
    clause set off by a comma that holds a trigger tells that event, and ends the topic before it ("обсудили ход
    выполнения договоренностей, достигнутых в ходе визита Эрдогана в Ташкент в июне прошлого года": the visit's
    place and date are no topic's); what the discussed things came from happened before the talks."""
    known = reading.known
    rules = known.topic_rules
    if not rules or not holds_cue(reading.sentence.lang, reading.text):  # one search: most sentences hold no cue
        return [], set()
    text = reading.text.lower()
    anchored = anchored or any(word.search(text) for word in known.topic_anchors)
    topics: list[Topic] = []
    ended: set[int] = set()
    for cue in known.topic_cues + (known.anchored_topic_cues if anchored else ()):
        for match in cue.finditer(reading.text):
            at = reading.start + match.start()
            if any(t.start <= at < t.end for t in topics):
                continue
            whole = _topic_span(reading, match.start(), match.end(), rules)
            if _tells_event(reading, match.start(), match.end(), told, rules):
                continue
            setting = _setting(reading, whole, told, rules) if whole and whole[1] <= match.start() else None
            span = (_trim(reading.text, setting, whole[1], rules) if setting else
                    whole and _before_told(reading, whole, told, rules))
            if span:
                topics.extend(_items(reading, *span, rules))
            if whole and span != whole and not setting:
                ended |= {at for at in told if reading.start + whole[0] < at < reading.start + whole[1]}
    return sorted(_distinct(topics), key=lambda t: t.start), ended


def _topic_span(reading: Reading, cue_start: int, cue_end: int, rules: dict) -> tuple[int, int] | None:
    """Sentence-relative [start, end) of the topic text: after the cue, else before it back to the clause start."""
    text = reading.text
    after = _trim(text, cue_end, len(text), rules)
    if after and len(text[after[0]:after[1]].split()) >= rules.get("min_words", 1):
        return after
    clause = 0
    for pattern in rules.get("clause_start", ()):
        for match in re.finditer(pattern, text[:cue_start], re.IGNORECASE):
            clause = max(clause, match.end())
    return _trim(text, clause, cue_start, rules)


def _tells_event(reading: Reading, cue_start: int, cue_end: int, told: tuple[int, ...], rules: dict) -> bool:
    """Whether the clause a cue reports starts with an event word, its subject (topics.yaml `event_subject`, the
    words between the cue and the trigger): "Спикер МИД отметил, что заседание СМИД СНГ, запланированное на апрель
    в Ашхабаде, не состоялось" tells the session, called off, and notes no topic; or whether the cue agrees to hold
    the event its trigger names (`agreed_event`, the cue and the words up to the trigger: "договорились провести
    встречу в Анкаре в апреле" plans the meeting, whose place and date are no topic's). Offsets are the
    sentence's."""
    after = [at - reading.start for at in told if at - reading.start >= cue_end]
    if not after:
        return False
    subject, agreed = rules.get("event_subject"), rules.get("agreed_event")
    return bool(subject and re.fullmatch(subject, reading.text[cue_end:min(after)], re.IGNORECASE)
                or agreed and re.fullmatch(agreed, reading.text[cue_start:min(after)], re.IGNORECASE))


def _before_told(reading: Reading, span: tuple[int, int], told: tuple[int, ...], rules: dict) -> tuple[int, int] | None:
    """The topic span cut at the last comma before the first trigger inside it (sentence-relative offsets), unless
    the comma goes on listing the topic's items (topics.yaml `separators` with a word: "обсудили график контактов,
    включая визит Президента Польши в Казахстан": the visit is what they discussed)."""
    start, end = span
    inside = [at - reading.start for at in told if start < at - reading.start < end]
    comma = reading.text.rfind(",", start, min(inside)) if inside else -1
    listing = [s for s in rules.get("separators", ()) if re.search(r"[^\W\d_]", re.sub(r"\\.", "", s))]
    if comma <= start or any(re.match(separator, reading.text[comma:], re.IGNORECASE) for separator in listing):
        return span
    return _trim(reading.text, start, comma, rules)


def _setting(reading: Reading, span: tuple[int, int], told: tuple[int, ...], rules: dict) -> int | None:
    """Where a topic told before its cue starts (sentence-relative): after the last trigger word inside it whose
    ending says the things were discussed at that event (topics.yaml `setting`, the Kazakh locative: "Қазақстан,
    Ресей, Беларусь және Армения үкімет басшылары қатысқан отырыста сауда мәселелері талқыланды": "сауда мәселелері",
    the names before it being sides); None where no such word is inside."""
    inside = [at - reading.start for at in told if span[0] <= at - reading.start < span[1]]
    word = inside and re.compile(r"[\w-]+").match(reading.text, max(inside))
    if word and rules.get("setting") and re.search(rules["setting"], word.group(), re.IGNORECASE):
        return word.end()
    return None


def _trim(text: str, start: int, end: int, rules: dict) -> tuple[int, int] | None:
    changed = True
    while changed and start < end:
        changed = False
        for pattern in rules.get("trim_lead", ()):
            match = re.match(pattern, text[start:end], re.IGNORECASE)
            if match and match.end():
                start, changed = start + match.end(), True
        for pattern in rules.get("trim_tail", ()):
            match = re.search(pattern, text[start:end], re.IGNORECASE)
            if match and match.start() < end - start:
                end, changed = start + match.start(), True
        while start < end and text[start].isspace():
            start, changed = start + 1, True
    return (start, end) if start < end else None


def _items(reading: Reading, start: int, end: int, rules: dict) -> list[Topic]:
    text = reading.text
    shared = re.compile(rules["shared_head"], re.IGNORECASE) if rules.get("shared_head") else None
    topics = []
    for a, b in _split(text, start, end, rules.get("separators", ()), shared):
        for c, d in _split_conjoined(reading, a, b, rules, shared):
            trimmed = _trim(text, c, d, rules)
            if trimmed:
                c, d = trimmed
                topics.append(Topic(text[c:d], reading.start + c, reading.start + d,
                                    categories=_categories(reading, text[c:d])))
    return topics


def _split_conjoined(reading: Reading, start: int, end: int, rules: dict, shared) -> list[tuple[int, int]]:
    """Split at the first conjunction when both halves have keywords of different categories."""
    pieces = _split(reading.text, start, end, rules.get("conjunctions", ()), shared, first_only=True)
    if len(pieces) == 2 and not _nested(reading, *pieces):
        left, right = (_keyword_categories(reading, reading.text[a:b]) for a, b in pieces)
        if left and right and left != right:
            return pieces
    return [(start, end)]


def _nested(reading: Reading, left: tuple[int, int], right: tuple[int, int]) -> bool:
    """Where the sentence is parsed: the right conjunct hangs inside the left item rather than on its head
    ("перспективах взаимодействия Казахстана и Кувейта …" is one item, "культуры и спорта" two)."""
    def tokens(span):
        return [n for n, t in enumerate(reading.tokens)
                if reading.start + span[0] <= t.start < reading.start + span[1]]

    left_tokens, right_tokens = tokens(left), tokens(right)
    heads = {n: reading.head_of(n) for n in left_tokens + right_tokens}
    if not right_tokens or all(h is None for h in heads.values()):
        return False  # no parse: the categories decide alone
    in_left = {id(reading.tokens[n]) for n in left_tokens}
    left_roots = [n for n in left_tokens if heads[n] is None or id(heads[n]) not in in_left]
    in_right = {id(reading.tokens[n]) for n in right_tokens}
    for n in right_tokens:
        head = heads[n]
        if head is not None and id(head) not in in_right:
            return id(head) in in_left and all(reading.tokens[r] is not head for r in left_roots)
    return False


def _split(text: str, start: int, end: int, separators, shared=None, first_only: bool = False):
    if not separators:
        return [(start, end)]
    pattern = re.compile("|".join(f"(?:{s})" for s in separators), re.IGNORECASE)
    pieces, cursor = [], start
    for match in pattern.finditer(text, start, end):
        before = text[cursor:match.start()]
        if not _balanced(before) or (shared and shared.search(before.strip())):
            continue
        pieces.append((cursor, match.start()))
        cursor = match.end()
        if first_only:
            break
    pieces.append((cursor, end))
    return [(a, b) for a, b in pieces if b > a]


def _balanced(piece: str) -> bool:
    """A separator inside brackets or quotes does not split the list."""
    return piece.count("(") == piece.count(")") and piece.count("«") == piece.count("»") and piece.count('"') % 2 == 0


def _categories(reading: Reading, text: str) -> list[str]:
    """Categories of the strong keywords in `text`; of the weak ones if there are none; else the default."""
    return _keyword_categories(reading, text) or [DEFAULT_CATEGORY]


def _keyword_categories(reading: Reading, text: str) -> list[str]:
    strong, weak = [], []
    for pattern, category, is_weak in reading.known.topic_categories:
        found = weak if is_weak else strong
        if pattern.search(text) and category not in found:
            found.append(category)
    if not strong or set(strong) <= set(reading.known.topic_rules.get("weak_also_with", ())):
        return strong + [c for c in weak if c not in strong]
    return strong


def _distinct(topics: list[Topic]) -> list[Topic]:
    seen, kept = set(), []
    for topic in topics:
        if (topic.start, topic.end) not in seen:
            seen.add((topic.start, topic.end))
            kept.append(topic)
    return kept
