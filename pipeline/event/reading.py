"""One sentence as the event extractor reads it: its text, tokens and name mentions, with the language's
knowledge. Offsets stay document offsets throughout."""
from __future__ import annotations

from bisect import bisect_left
import re
from dataclasses import dataclass, field
from functools import cached_property
from itertools import takewhile

from ..document import Document, Mention, Sentence, Token
from .knowledge import Knowledge, case_folded
from .names import sentence_mentions

QUOTES = "«»“”"
COMMA = re.compile(r"\s*,\s*")  # between two names listed
OPENING = "«“\""  # the marks a quotation may open with, the straight one too ("\"Биыл …\", - деді Нұртілеу")


def spoken_quote(doc: Document, sentence: Sentence, said: re.Pattern | None) -> tuple[int, int] | None:
    """The document span of the quotation `sentence` gives a speaker after it (names.yaml `quote_speaker`, `said`:
    "\"Биыл 3 қарашада … уағдаластық\", - деді Нұртілеу …"), from its opening mark (the sentence's start where it
    opened in one before) to the dash that ends it; None where the sentence quotes no one so. What the quotation
    tells (its dates, the events it retells) is the speaker's words, not the narration's around it."""
    found = said.search(doc.text, sentence.start, sentence.end) if said else None
    if found is None:
        return None
    opening = next((i for i in range(sentence.start, found.start()) if doc.text[i] in OPENING), sentence.start)
    return opening, found.start() + 1


@dataclass
class Reading:
    """One sentence as the events stage reads it (document offsets throughout)."""
    doc: Document
    sentence: Sentence
    index: int  # position among the document's sentences
    paragraph: int  # index of the paragraph holding it
    known: Knowledge
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    positions: list[Mention] = field(default_factory=list)  # POSITION mentions of a model trained on them (KazNERD)
    titles: tuple[re.Pattern, ...] = ()  # the title patterns of roles.tsv that may match in it (Knowledge.loose_titles)
    reporters: list[str] = field(default_factory=list)  # normals of the people it gives a reporter's title (participants.py)
    # the people it only speaks of ("передал приветствие от министра … Таяни"): no sides here, but the title and
    # state it gives them are theirs where the article names them again (participants.py, arguments.py)
    spoken_of: list = field(default_factory=list)
    # what roles.py has read of it once, by the offsets asked (every name's walk asks again): title spans by
    # (start, end), left boundary cues by offset
    titles_read: dict = field(default_factory=dict, repr=False)
    boundaries_read: dict = field(default_factory=dict, repr=False)
    cue_starts: dict = field(default_factory=dict, repr=False)  # where each left boundary cue may start, by its index
    dates_read: list | None = field(default=None, repr=False)  # dates.tsv's event shapes found in it (places.py)
    datelines_read: list | None = field(default=None, repr=False)  # its datelines' spans (places._dateline_spans)

    @classmethod
    def of(cls, doc: Document, sentence: Sentence, index: int, paragraph: int, known: Knowledge) -> "Reading":
        """The reading of `sentence` (the `index`-th of `doc`, in the `paragraph`-th paragraph): its tokens, its
        PER/ORG/LOC mentions (`names.sentence_mentions`), its POSITION mentions holding no trigger, and the title
        patterns of `known` it may hold."""
        # tokens are in text order: from the first one at or after the sentence's start
        first = bisect_left(doc.tokens, sentence.start, key=lambda token: token.start)
        tokens = list(takewhile(lambda token: token.start < sentence.end, doc.tokens[first:]))
        # a POSITION span holding an event word is no title ("Қазақстанға мемлекеттік сапармен" is where and what)
        positions = [m for m in doc.mentions if sentence.start <= m.start < sentence.end and m.label == "POSITION"
                     and not any(t.pattern.search(m.text) for t in known.triggers)]
        reading = cls(doc, sentence, index, paragraph, known, tokens, sentence_mentions(doc, sentence, known),
                      positions)
        # a title's needed words looked up in the folded text first (a substring test): the searches of its
        # loose pattern in sentences holding none cost most of the events stage's reading of a sentence
        reading.titles = tuple(title for title, loose, words in zip(known.titles, known.loose_titles,
                                                                    known.title_words)
                               if loose is None or (reading.may_hold(words) and loose.search(reading.text)))
        return reading

    @cached_property
    def text(self) -> str:
        """The sentence's text (offsets into it are relative to `start`): sliced once, where every step of the
        stage reads it (the document's text stays as it is while the stage reads it)."""
        return self.doc.text[self.sentence.start:self.sentence.end]

    @cached_property
    def folded(self) -> str:
        """The sentence's text as IGNORECASE matching sees it (`knowledge.case_folded`)."""
        return case_folded(self.text)

    @cached_property
    def held(self) -> frozenset[str]:
        """The words of `known.needed` its case_folded text holds (as substrings), looked up once per sentence."""
        return self.known.needed_in(self.folded)

    def may_hold(self, words: tuple[str, ...] | None) -> bool:
        """Whether the sentence may hold a match of a pattern every match of which holds one of `words`
        (`knowledge.needed_words` of a title, affiliation cue, place or date pattern of `known`: among
        `Knowledge.needed`; None: no word is needed): False where its case_folded text holds none of them, a
        substring test where a search of the pattern tries every position of the text."""
        return words is None or not self.held.isdisjoint(words)

    @property
    def start(self) -> int:
        """The sentence's start offset in the document."""
        return self.sentence.start

    @property
    def parsed(self) -> bool:
        """Whether the analysis parsed the sentence (some word has a head): syntax is parsed only for the sentences
        a later stage reads it in (`run.parse_wanted`)."""
        return any(token.head >= 0 for token in self.tokens)

    def joiner(self, text: str) -> re.Match | None:
        """A comma or the language's conjunction (names.yaml `conjunctions`) at the start of `text`, or None."""
        conjunction = self.known.conjunction
        return COMMA.match(text) or (conjunction.match(text) if conjunction else None)

    def joins(self, between: str) -> bool:
        """Whether `between` is only a comma or the language's conjunction: the names either side are listed."""
        conjunction = self.known.conjunction
        return bool(COMMA.fullmatch(between) or (conjunction and conjunction.fullmatch(between)))

    @cached_property
    def words(self) -> frozenset[str]:
        """The sentence's words in lower case, punctuation stripped off their edges (the pronouns it holds)."""
        return frozenset(w.strip(".,;:!?»«").lower() for w in self.text.split())

    @property
    def speaks(self) -> bool:
        """Whether someone says something in it (names.yaml `speech_verbs`: "сообщил", "хабарлады")."""
        return bool(self.known.speech and self.known.speech.search(self.text))

    def before(self, offset: int) -> str:
        """The sentence's text up to a document offset."""
        return self.doc.text[self.sentence.start:offset]

    def quote_level(self, offset: int) -> int:
        """1 inside a quotation, 0 in the narration: words in one do not speak for the other."""
        return sum(char in QUOTES for char in self.before(offset)) % 2

    @cached_property
    def _spoken_quote(self) -> tuple[int, int] | None:
        # read once a sentence: each of its event words, places and dates asks
        return spoken_quote(self.doc, self.sentence, self.known.quote_speaker)

    def in_spoken_quote(self, offset: int) -> bool:
        """Whether the document offset lies in the quotation the sentence gives a speaker after it (`spoken_quote`)."""
        span = self._spoken_quote
        return span is not None and span[0] <= offset < span[1]

    def listed_with(self, start: int, end: int) -> list[Mention]:
        """The mentions of one label listed with the span `start`..`end` (a name, or where a pattern found one),
        joined to it or to each other by commas and the language's conjunction ("Таджикистан, Туркменистан и
        Китай", "Орталық Азия және Әзербайжан"), in text order; the span itself is not among them. The label is
        the first neighbour's."""
        listed, label = [], None
        for after in (True, False):
            edge_start, edge_end = start, end
            while True:
                beside = [m for m in self.mentions if (m.start >= edge_end if after else m.end <= edge_start)]
                mention = min(beside, key=lambda m: m.start - edge_end if after else edge_start - m.end, default=None)
                if mention is None or mention.label != (label or mention.label):
                    break
                between = self.doc.text[edge_end:mention.start] if after else self.doc.text[mention.end:edge_start]
                if not self.joins(between):
                    break
                label = mention.label
                listed.append(mention)
                edge_start, edge_end = mention.start, mention.end
        return sorted(listed, key=lambda m: m.start)

    def head_outside(self, start: int, end: int) -> tuple[int, Token] | None:
        """(position among the sentence's tokens, syntactic head) of the word of the span `start`..`end` whose head
        lies outside it: how the span hangs in the parse; None where it has none (no parse, or a root)."""
        for n, token in enumerate(self.tokens):
            if start <= token.start < end:
                head = self.head_of(n)
                if head is not None and not (start <= head.start < end):
                    return n, head
        return None

    @cached_property
    def token_starts(self) -> list[int]:
        """The start offsets of `tokens`, in text order (`between` bisects them)."""
        return [token.start for token in self.tokens]

    def between(self, start: int, end: int) -> list[Token]:
        """The sentence's tokens starting at a document offset in [start, end), in text order: found by bisection,
        where a scan of every token of the sentence was made for each span asked."""
        return self.tokens[bisect_left(self.token_starts, start):bisect_left(self.token_starts, end)]

    def token_at(self, offset: int) -> Token | None:
        """The sentence's first token starting at a document offset, or None."""
        found = self.between(offset, offset + 1)
        return found[0] if found else None

    def case_at(self, offset: int) -> str | None:
        """The grammatical case the analysis gives the word starting at a document offset (`Nom`, `Acc`, …), or
        None (no such word, or no case)."""
        token = self.token_at(offset)
        return token.feats.get("Case") if token else None

    def mention_at(self, offset: int) -> Mention | None:
        """The sentence's mention covering a document offset, or None."""
        return next((m for m in self.mentions if m.start <= offset < m.end), None)

    def position(self, token: Token) -> int:
        """Where `token` stands among the sentence's tokens, or -1 (a word of another sentence). Found by identity:
        `tokens.index(token)` compares tokens by every field, so it read the lemma and tags of each word before it
        (looking the lemma up in the dictionary, tagging an untagged sentence: pipeline/backends/natasha_backend.py)."""
        return next((n for n, each in enumerate(self.tokens) if each is token), -1)

    def head_of(self, token_position: int) -> Token | None:
        """The syntactic head of the sentence's `token_position`-th token, or None (a root, or no parse)."""
        head = self.tokens[token_position].head
        return self.doc.tokens[head] if head >= 0 else None
