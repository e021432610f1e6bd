"""What was discussed: topic spans after (or before) a cue of topics.yaml, split into list items, each with
its categories from topic_categories.tsv."""
from __future__ import annotations

import re

from .model import Topic
from .reading import Reading

DEFAULT_CATEGORY = "diplomatic"  # cooperation and relations in general, when no keyword says more


def topics_in(reading: Reading) -> list[Topic]:
    rules = reading.known.topic_rules
    if not rules:
        return []
    topics = []
    for cue in rules["cues"]:
        for match in re.finditer(rf"(?<![\w-])(?:{cue})(?![\w-])", reading.text, re.IGNORECASE):
            span = _topic_span(reading, match.start(), match.end(), rules)
            if span:
                topics.extend(_items(reading, *span, rules))
    return _distinct(topics)


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
    """Split a coordinated list; its last item splits once more at "и"/"және" ("культуры и спорта"), but
    only in a list that has other separators."""
    text = reading.text
    pieces = _split(text, start, end, rules.get("separators", ()))
    if len(pieces) > 1:
        last = _split(text, *pieces[-1], rules.get("last_separators", ()), first_only=True)
        pieces = pieces[:-1] + last
    topics = []
    for a, b in pieces:
        trimmed = _trim(text, a, b, rules)
        if trimmed:
            a, b = trimmed
            topics.append(Topic(text[a:b], reading.start + a, reading.start + b,
                                categories=categories(reading, text[a:b])))
    return topics


def _split(text: str, start: int, end: int, separators, first_only: bool = False) -> list[tuple[int, int]]:
    if not separators:
        return [(start, end)]
    pattern = re.compile("|".join(f"(?:{s})" for s in separators), re.IGNORECASE)
    pieces, cursor = [], start
    for match in pattern.finditer(text, start, end):
        if _balanced(text[cursor:match.start()]):
            pieces.append((cursor, match.start()))
            cursor = match.end()
            if first_only:
                break
    pieces.append((cursor, end))
    return [(a, b) for a, b in pieces if b > a]


def _balanced(piece: str) -> bool:
    """A separator inside brackets or quotes does not split the list."""
    return piece.count("(") == piece.count(")") and piece.count("«") == piece.count("»") and piece.count('"') % 2 == 0


def categories(reading: Reading, text: str) -> list[str]:
    found = []
    for pattern, category in reading.known.topic_categories:
        if pattern.search(text) and category not in found:
            found.append(category)
    return found or [DEFAULT_CATEGORY]


def _distinct(topics: list[Topic]) -> list[Topic]:
    seen, kept = set(), []
    for topic in topics:
        if (topic.start, topic.end) not in seen:
            seen.add((topic.start, topic.end))
            kept.append(topic)
    return kept
