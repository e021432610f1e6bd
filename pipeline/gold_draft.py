"""Label an article without counting characters: a *draft* names spans by their text, and `anchor` turns it into
a gold file (`pipeline/schemas/gold.schema.json`) with exact offsets, checked as `pipeline.gold` checks gold.

    python -m pipeline.gold_draft anchor DRAFT.json … --articles DIR --out GOLD_DIR [--annotator NAME]
    python -m pipeline.gold_draft render GOLD.json --articles DIR      # the text with every label in brackets

A draft is the gold shape with spans given by text (the format, with an example, is in docs/gold.md):
- `entities`: one item per *surface form* (`{"text": "Токаева", "label": "PER", "normal": "Токаев"}`); every
  whole-word occurrence of the form is labelled, except occurrences inside a longer listed form and those listed
  in `skip` (1-based occurrence numbers: page furniture such as tag lines). `only` keeps just the listed ones.
- events: `evidence` is a list of sentences as written; `trigger`, each participant, its `role`, `location`,
  `date` and each topic name their text, found in the event's evidence sentences (first occurrence in text
  order), else anywhere in the article; `{"text": ..., "occ": N}` picks the N-th whole-word occurrence in the
  article instead.
"Whole word" means no letter or digit right before or after (`Казахстан` is not found inside `Казахстана`;
`БҰҰ` is found in `БҰҰ-ның`).

Every problem is one line naming the draft and the field (JSON pointer); a draft with problems writes nothing.
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .gold import GoldError, load_gold, schema_problems
from .ingest import IngestError, ingest

EVENT_FIELDS = ("event_type", "status", "background", "trigger", "participants", "location", "date", "topics",
                "evidence", "note")


class DraftError(Exception):
    """Problems with one draft, one line each."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


def _bounded(text: str, start: int, end: int) -> bool:
    return (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())


def occurrences(text: str, form: str, whole_words: bool = True) -> list[int]:
    """Start offsets of every occurrence of `form` in `text`, in order; with `whole_words`, only those with no
    letter or digit right before or after."""
    starts, at = [], text.find(form)
    while at >= 0:
        if not whole_words or _bounded(text, at, at + len(form)):
            starts.append(at)
        at = text.find(form, at + 1)
    return starts


def _ref(item: dict):
    """The span reference an object gives: its text, or {"text", "occ"} when it names an occurrence."""
    return {"text": item.get("text"), "occ": item["occ"]} if item.get("occ") else item.get("text")


@dataclass
class _Anchor:
    text: str
    name: str
    problems: list[str]
    where: list[str] = field(default_factory=list)  # the JSON pointers of the problems

    def problem(self, where: str, message: str) -> None:
        """Record one problem, naming the draft and the field."""
        self.problems.append(f"{self.name}: {where}: {message}")
        self.where.append(where)

    def span(self, ref, where: str, within: list[tuple[int, int]] = ()) -> dict | None:
        """{text, start, end} for a span reference (a string or {"text", "occ"}), or None after a problem."""
        if isinstance(ref, str):
            form, occ = ref, None
        elif isinstance(ref, dict) and isinstance(ref.get("text"), str):
            form, occ = ref["text"], ref.get("occ")
        else:
            self.problem(where, f"a span is a string or {{'text': ..., 'occ': N}}, not {ref!r}")
            return None
        starts = occurrences(self.text, form) if form else []
        if not starts:
            self.problem(where, f"{form!r} is not in the article as a whole word")
            return None
        if occ is not None:
            if not isinstance(occ, int) or not 1 <= occ <= len(starts):
                self.problem(where, f"{form!r} occurs {len(starts)} times; occ {occ!r} is not one of them")
                return None
            start = starts[occ - 1]
        else:
            inside = [s for s in starts if any(a <= s and s + len(form) <= b for a, b in within)]
            start = (inside or starts)[0]
        return {"text": form, "start": start, "end": start + len(form)}

    def sentence(self, ref, where: str) -> tuple[int, int] | None:
        """An evidence sentence: its exact text (or {"text", "occ"}), matched anywhere (no word bounds)."""
        form, occ = (ref, 1) if isinstance(ref, str) else (ref.get("text"), ref.get("occ", 1)) \
            if isinstance(ref, dict) else (None, None)
        if not form:
            self.problem(where, f"evidence is a sentence's text, not {ref!r}")
            return None
        starts = occurrences(self.text, form, whole_words=False)
        if not starts:
            self.problem(where, f"sentence not found in the article: {_first_difference(self.text, form)}")
            return None
        if not isinstance(occ, int) or not 1 <= occ <= len(starts):
            self.problem(where, f"sentence occurs {len(starts)} times; occ {occ!r} is not one of them")
            return None
        return starts[occ - 1], starts[occ - 1] + len(form)


def _first_difference(text: str, form: str) -> str:
    """Where a sentence copied into a draft leaves the article: the longest start of it the article holds, and the
    characters that follow in each ("matches up to character 57 ('…вести переговоры'), then 'е.' where the article
    has '.'"), so that a stray Latin letter or a changed word can be found; the sentence's start where no word of it
    is in the article."""
    low, high = 0, len(form)  # the longest prefix found: form[:low] occurs, form[:high + 1] does not
    while low < high:
        middle = (low + high + 1) // 2
        if form[:middle] in text:
            low = middle
        else:
            high = middle - 1
    if low == 0:
        return f"{form[:60]!r}"
    at = text.index(form[:low])
    return (f"matches up to character {low} ({form[max(0, low - 30):low]!r}), then {form[low:low + 10]!r} where the "
            f"article has {text[at + low:at + low + 10]!r}")


def _entities(anchor: _Anchor, items: list) -> list[dict]:
    candidates = []  # (start, end, item index)
    for n, item in enumerate(items):
        where = f"/entities/{n}"
        if not isinstance(item, dict) or not item.get("text"):
            anchor.problem(where, "an entity needs text, label and normal")
            continue
        starts = occurrences(anchor.text, item["text"])
        if not starts:
            anchor.problem(where, f"{item['text']!r} is not in the article as a whole word")
            continue
        numbers = range(1, len(starts) + 1)
        if any(not (isinstance(item.get(key, []), list) and all(isinstance(k, int) for k in item.get(key, [])))
               for key in ("only", "skip")):
            anchor.problem(where, "only and skip are lists of occurrence numbers (1, 2, …)")
            continue
        chosen = set(item.get("only") or numbers) - set(item.get("skip") or [])
        for k in sorted(set(item.get("only") or []) | set(item.get("skip") or [])):
            if k not in numbers:
                anchor.problem(where, f"{item['text']!r} occurs {len(starts)} times; no occurrence {k}")
        candidates += [(s, s + len(item["text"]), n) for k, s in enumerate(starts, 1) if k in chosen]
    # a longer listed form wins over a shorter one inside it (`Республики Казахстан` over `Казахстан`)
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    kept: list[tuple[int, int, int]] = []
    for start, end, n in candidates:
        inside = [k for k in kept if k[0] <= start and end <= k[1]]
        crossing = [k for k in kept if k[0] < end and start < k[1] and k not in inside]
        if crossing:
            other = items[crossing[0][2]]["text"]
            anchor.problem(f"/entities/{n}", f"{items[n]['text']!r} at {start} crosses {other!r}; spans are flat")
        elif not inside:
            kept.append((start, end, n))
    entities = []
    for start, end, n in sorted(kept):
        item = items[n]
        entities.append({"text": item["text"], "start": start, "end": end, "label": item.get("label"),
                         "normal": item.get("normal")})
    return entities


def _event(anchor: _Anchor, event: dict, where: str) -> dict:
    unknown = set(event) - set(EVENT_FIELDS)
    if unknown:
        anchor.problem(where, f"unknown fields {sorted(unknown)}")
    evidence = [anchor.sentence(ref, f"{where}/evidence/{k}") for k, ref in enumerate(event.get("evidence") or [])]
    within = sorted(e for e in evidence if e)
    out = {"event_type": event.get("event_type"), "status": event.get("status")}
    if "background" in event:
        out["background"] = event["background"]
    out["trigger"] = anchor.span(event.get("trigger"), f"{where}/trigger", within)
    participants = []
    for k, part in enumerate(event.get("participants") or []):
        here = f"{where}/participants/{k}"
        if not isinstance(part, dict):
            anchor.problem(here, "a participant is an object")
            continue
        span = anchor.span(_ref(part), here, within)
        role = part.get("role")
        participants.append({**(span or {}), "normal": part.get("normal"), "kind": part.get("kind"),
                             "role": role and anchor.span(role, f"{here}/role", within),
                             "affiliation": part.get("affiliation"), "side": part.get("side")})
    out["participants"] = participants
    for key in ("location", "date"):
        value = event.get(key)
        if value is None:
            out[key] = None
            continue
        if not isinstance(value, dict):
            fields = "text and normal" if key == "location" else "text, date_start and date_end"
            anchor.problem(f"{where}/{key}", f"an object with {fields}, not {value!r}")
            out[key] = None
            continue
        span = anchor.span(_ref(value), f"{where}/{key}", within) or {}
        extra = {"normal": value.get("normal")} if key == "location" else \
            {"date_start": value.get("date_start"), "date_end": value.get("date_end")}
        out[key] = {**span, **extra}
    topics = []
    for k, topic in enumerate(event.get("topics") or []):
        if not isinstance(topic, dict):
            anchor.problem(f"{where}/topics/{k}", f"an object with text and categories, not {topic!r}")
            continue
        span = anchor.span(_ref(topic), f"{where}/topics/{k}", within) or {}
        topics.append({**span, "categories": topic.get("categories")})
    out["topics"] = topics
    out["evidence"] = [{"start": s, "end": e} for s, e in within]
    if event.get("note"):
        out["note"] = event["note"]
    return out


def consistency_problems(gold: dict, name: str) -> list[str]:
    """The guideline checks the schema cannot express: participant and location spans are entity mentions;
    trigger and topics lie inside the event's evidence (a date may come from a dateline outside it)."""
    problems = []
    mentions = {(e["start"], e["end"]) for e in gold["entities"]}
    for n, event in enumerate(gold["events"]):
        evidence = [(e["start"], e["end"]) for e in event["evidence"]]
        spans = [(f"/events/{n}/participants/{k}", p, True) for k, p in enumerate(event["participants"])]
        spans += [(f"/events/{n}/location", event["location"], True)] if event.get("location") else []
        spans += [(f"/events/{n}/trigger", event["trigger"], False)]
        spans += [(f"/events/{n}/topics/{k}", t, False) for k, t in enumerate(event["topics"])]
        for where, span, is_mention in spans:
            if is_mention and (span["start"], span["end"]) not in mentions:
                problems.append(f"{name}: {where}: {span['text']!r} at {span['start']} is not an entity mention")
            if not is_mention and not any(a <= span["start"] and span["end"] <= b for a, b in evidence):
                problems.append(f"{name}: {where}: {span['text']!r} at {span['start']} is outside the evidence")
    return problems


def anchor_draft(draft_path: Path, articles_dir: Path, annotator: str | None = None) -> dict:
    """The gold object for a draft (offsets found, sha256 recorded), or DraftError listing every problem.

    `articles_dir` is the folder the draft's `document` is relative to (e.g. ../shared/data/news)."""
    name = str(draft_path)
    try:
        draft = json.loads(Path(draft_path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise DraftError([f"{name}: cannot read: {error}"]) from None
    if not isinstance(draft, dict) or not isinstance(draft.get("document"), str):
        raise DraftError([f"{name}: a draft is a JSON object with a document (the article's path)"])
    if not all(isinstance(draft.get(key) or [], list) for key in ("entities", "events")):
        raise DraftError([f"{name}: entities and events are lists"])
    article = Path(articles_dir) / draft.get("document", "")
    if not article.is_file():
        raise DraftError([f"{name}: /document: article {article} not found"])
    try:
        stored = ingest(article)  # its sha256 is of the file's raw bytes, as gold records it
    except IngestError as error:
        raise DraftError([f"{name}: /document: {article}: {error}"]) from None
    anchor = _Anchor(text=stored.text, name=name, problems=[])
    gold = {"schema_version": 1, "document": draft["document"], "sha256": stored.sha256,
            "lang": draft.get("lang"), "published_date": draft.get("published_date"),
            "annotators": [annotator] if annotator else list(draft.get("annotators") or []),
            "notes": draft.get("notes") or "",
            "entities": _entities(anchor, draft.get("entities") or []),
            "events": [_event(anchor, e, f"/events/{n}") for n, e in enumerate(draft.get("events") or [])]}
    # the schema's problems with the anchor's, in one round, but for the fields a span could not be found for
    problems = anchor.problems + [problem for problem in schema_problems(gold, name)
                                  if not any(_under(problem, name, where) for where in anchor.where)]
    problems = problems or consistency_problems(gold, name)
    if problems:
        raise DraftError(problems)
    return gold


def _under(problem: str, name: str, where: str) -> bool:
    """Whether a schema problem ("NAME: /events/0/trigger: None is not …") is of the field at `where` or inside it."""
    pointer = problem[len(name) + 2:].split(":", 1)[0]
    return pointer == where or pointer.startswith(where + "/")


def render(gold: dict, text: str) -> str:
    """The article with every entity as [text|LABEL→normal], then one block per event."""
    out, at = [], 0
    for e in gold["entities"]:
        out += [text[at:e["start"]], f"[{e['text']}|{e['label']}→{e['normal']}]"]
        at = e["end"]
    out.append(text[at:])
    lines = ["".join(out), ""]
    for n, event in enumerate(gold["events"]):
        flags = " background" if event.get("background") else ""
        lines.append(f"event {n}: {event['event_type']}/{event['status']}{flags} trigger {event['trigger']['text']!r}")
        for p in event["participants"]:
            role = p["role"]["text"] if p["role"] else None
            lines.append(f"  {p['side']}: {p['normal']} ({p['kind']}, {p['affiliation']}) role {role!r}")
        if event["location"]:
            lines.append(f"  location: {event['location']['normal']}")
        if event["date"]:
            lines.append(f"  date: {event['date']['date_start']}..{event['date']['date_end']} ({event['date']['text']!r})")
        for t in event["topics"]:
            lines.append(f"  topic: {t['text']!r} {t['categories']}")
        for e in event["evidence"]:
            lines.append(f"  evidence: {' '.join(text[e['start']:e['end']].split())}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """`anchor` (drafts → gold files, 1 if any draft has problems) or `render` (a gold file in its text)."""
    parser = argparse.ArgumentParser(prog="python -m pipeline.gold_draft", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    a = sub.add_parser("anchor", help="draft → gold file with offsets")
    a.add_argument("draft", type=Path, nargs="+")
    a.add_argument("--articles", type=Path, required=True, help="folder the drafts' `document` is relative to")
    a.add_argument("--out", type=Path, required=True,
                   help="output folder; gold goes to OUT/<document minus .txt>.json")
    a.add_argument("--annotator", help="name recorded in `annotators`")
    r = sub.add_parser("render", help="show a gold file's labels in its text")
    r.add_argument("gold", type=Path)
    r.add_argument("--articles", type=Path, required=True)
    args = parser.parse_args(argv)
    if args.command == "render":
        try:
            gold = load_gold(args.gold, args.articles)
        except GoldError as error:
            print(error, file=sys.stderr)
            return 1
        print(render(gold.data, gold.text))
        return 0
    failed = 0
    for path in args.draft:
        try:
            gold = anchor_draft(path, args.articles, args.annotator)
        except DraftError as error:
            print(error, file=sys.stderr)
            failed += 1
            continue
        target = args.out / Path(gold["document"]).with_suffix(".json")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{path} → {target}: {len(gold['entities'])} entities, {len(gold['events'])} events")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
