"""Hand-labelled gold: load a `<folder>/gold/<stem>.json` file, validate it against the gold JSON Schema, and
check it still fits its article `<folder>/<stem>.txt` (same sha256, every span's text at its offsets).

Every problem is one line naming the file and the field as a JSON pointer, so a labeller can fix it without
reading a traceback. A file with any problem is not scored: scores against a stale or broken file would lie.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import jsonschema

from .ingest import IngestError, ingest

SCHEMA_PATH = Path(__file__).parent / "schemas" / "gold.schema.json"
STALE = "gold no longer matches its article"


@dataclass
class Gold:
    path: Path
    article: Path
    text: str  # the article's stored text (pipeline.ingest), which all offsets index
    data: dict

    @property
    def lang(self) -> str:
        return self.data["lang"]


class GoldError(Exception):
    """One or more problems with one gold file, one line each."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


@lru_cache(maxsize=None)
def _validator() -> jsonschema.protocols.Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    # formats are only annotations unless checked: without it a day that does not exist (`2025-06-31`) passed
    # and was scored as the extractor's error
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def pointer(path) -> str:
    return "/" + "/".join(str(part) for part in path)


def schema_problems(data: object, name: str) -> list[str]:
    problems = []
    for error in sorted(_validator().iter_errors(data), key=lambda e: list(map(str, e.absolute_path))):
        # a oneOf failure ("null or a span") says only "is not valid under any"; the deepest sub-error that is
        # not the type mismatch with the other branch names the real field
        while error.context:
            error = max(error.context, key=lambda e: (len(e.absolute_path), e.validator != "type"))
        problems.append(f"{name}: {pointer(error.absolute_path)}: {error.message}")
    return problems


def spans(data: dict) -> Iterator[tuple[str, dict]]:
    """(JSON pointer, span object) for every object in the file that carries text/start/end."""
    for n, entity in enumerate(data.get("entities", [])):
        yield f"/entities/{n}", entity
    for n, event in enumerate(data.get("events", [])):
        yield f"/events/{n}/trigger", event["trigger"]
        for k, participant in enumerate(event["participants"]):
            yield f"/events/{n}/participants/{k}", participant
            if participant.get("role"):
                yield f"/events/{n}/participants/{k}/role", participant["role"]
        for key in ("location", "date"):
            if event.get(key):
                yield f"/events/{n}/{key}", event[key]
        for k, topic in enumerate(event.get("topics", [])):
            yield f"/events/{n}/topics/{k}", topic


def span_problems(data: dict, text: str, name: str) -> list[str]:
    problems = []
    for where, span in spans(data):
        stored = text[span["start"]:span["end"]]
        if stored != span["text"]:
            problems.append(f"{name}: {where}: text {span['text']!r} but the article has {stored!r} "
                            f"at {span['start']}:{span['end']}")
    for n, event in enumerate(data.get("events", [])):
        date = event.get("date")
        if date and date["date_end"] < date["date_start"]:
            problems.append(f"{name}: /events/{n}/date: date_end {date['date_end']} is before date_start "
                            f"{date['date_start']}")
        for k, evidence in enumerate(event["evidence"]):
            if not 0 <= evidence["start"] < evidence["end"] <= len(text):
                problems.append(f"{name}: /events/{n}/evidence/{k}: {evidence['start']}:{evidence['end']} "
                                f"is outside the article (length {len(text)})")
    return problems


def article_path(gold_path: Path, data: dict, articles_dir: Path | None = None) -> Path:
    """gold/ sits inside the articles folder; `document` names the article relative to that folder.
    `articles_dir` overrides that folder (gold passes kept elsewhere)."""
    return Path(articles_dir or Path(gold_path).parent.parent) / data["document"]


def load_gold(path: Path, articles_dir: Path | None = None) -> Gold:
    """A validated gold file with its article's text, or GoldError listing every problem."""
    path = Path(path)
    name = str(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise GoldError([f"{name}: cannot read: {error}"]) from None
    except json.JSONDecodeError as error:
        raise GoldError([f"{name}: not JSON: line {error.lineno} column {error.colno}: {error.msg}"]) from None
    problems = schema_problems(data, name)
    if problems:
        raise GoldError(problems)
    article = article_path(path, data, articles_dir)
    try:
        raw = article.read_bytes()
    except OSError:
        raise GoldError([f"{name}: /document: article {article} not found"]) from None
    if hashlib.sha256(raw).hexdigest() != data["sha256"]:
        raise GoldError([f"{name}: /sha256: {STALE} {article} (the article changed since it was labelled)"])
    try:
        text = ingest(article).text
    except IngestError as error:
        raise GoldError([f"{name}: /document: {article}: {error}"]) from None
    problems = span_problems(data, text, name)
    if problems:
        raise GoldError(problems)
    return Gold(path=path, article=article, text=text, data=data)


def load_gold_folder(folder: Path, articles_dir: Path | None = None) -> tuple[list[Gold], list[str]]:
    """Every `*.json` gold file in the folder that passes the checks, and the problems of those that do not."""
    golds, problems = [], []
    for path in sorted(Path(folder).glob("*.json")):
        try:
            golds.append(load_gold(path, articles_dir))
        except GoldError as error:
            problems.extend(error.problems)
    return golds, problems
