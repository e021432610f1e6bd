"""Scores on screen (rich tables) and on disk (report.json, report.md with the error listing, errors.jsonl)."""
from __future__ import annotations

import json
import os
from pathlib import Path

from rich.table import Table

ERROR_TITLES = {
    "event_missed": "Missed events", "event_spurious": "Spurious events", "argument_wrong": "Wrong arguments",
    "event_type_wrong": "Wrong event type", "status_wrong": "Wrong status",
    "background_wrong": "Background flag differs",
    "entity_missed": "Missed entities", "entity_spurious": "Spurious entities",
    "entity_boundary": "Entity boundaries (overlap match, not exact)", "entity_label": "Wrong entity label",
    "entity_normal": "Wrong normal form (exact span match)",
}


def _prf(scores: dict) -> list[str]:
    """The cells of a row: P, R, F1 and the counts; a label neither the gold nor the output holds has nothing to
    score ("—", not 0.000, which reads as every mention missed)."""
    counts = [str(scores["gold"]), str(scores["predicted"])]
    if not scores["gold"] and not scores["predicted"]:
        return ["—", "—", "—", *counts]
    return [f"{scores['precision']:.3f}", f"{scores['recall']:.3f}", f"{scores['f1']:.3f}", *counts]


def _rows(result: dict) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    """(section title, [(row name, cells)]) shared by the screen and the markdown report."""
    sections = []
    entities = result.get("entities")
    if entities:
        for mode in ("exact", "overlap"):
            rows = [(label, _prf(s)) for label, s in entities[mode]["per_label"].items()]
            rows.append(("all", _prf(entities[mode]["overall"])))
            for lang, group in entities[mode]["per_lang"].items():
                rows += [(f"{lang} {label}", _prf(s)) for label, s in group["per_label"].items()]
                rows.append((f"{lang} all", _prf(group["overall"])))
            sections.append((f"Entities, {mode} match", rows))
    events = result.get("events")
    if events:
        rows = [("all", _prf(events["events"]["overall"]))]
        rows += [(lang, _prf(s)) for lang, s in events["events"]["per_lang"].items()]
        rows += [(f"family {family}", _prf(s)) for family, s in events["events"]["per_family"].items()]
        sections.append(("Events", rows))
        pairs = events.get("pairs")
        if pairs:
            rows = [("all", _prf(pairs["overall"]))] + [(lang, _prf(s)) for lang, s in pairs["per_lang"].items()]
            sections.append(("Who met whom (participant pairs of occurred events)", rows))
        rows = [(name, _prf(s)) for name, s in events["arguments"]["per_argument"].items()]
        rows.append(("all", _prf(events["arguments"]["overall"])))
        sections.append(("Event arguments (end to end)", rows))
    return sections


def screen_tables(result: dict) -> list[Table]:
    tables = []
    for title, rows in _rows(result):
        table = Table(title=title, show_edge=False)
        for column in ("", "P", "R", "F1", "gold", "pred"):
            table.add_column(column, justify="left" if not column else "right")
        for name, cells in rows:
            table.add_row(name, *cells)
        tables.append(table)
    return tables


def _accuracy_lines(result: dict) -> list[str]:
    lines = []
    if result.get("entities"):
        norm = result["entities"]["normalisation"]["overall"]
        lines.append(f"- normal form accuracy on exact entity matches: {norm['correct']}/{norm['total']}")
    if result.get("events"):
        for name in ("type_accuracy", "status_accuracy"):
            acc = result["events"]["events"][name]
            lines.append(f"- event {name.replace('_', ' ')} on matched events: {acc['correct']}/{acc['total']}")
        for lang, measures in result["events"]["events"].get("matched_accuracy", {}).items():
            lines.append(f"- {lang}, matched events: " + ", ".join(
                f"{m} {a['correct']}/{a['total']}" for m, a in measures.items()))
        for lang, near in result["events"].get("near_miss", {}).items():
            lines.append(f"- {lang}, near-miss articles (gold has no event): {near['documents']}, "
                         f"`occurred` events predicted on them: {near['occurred_predicted']}")
    return lines


def markdown(result: dict, errors: list[dict] | None, title: str) -> str:
    """The report as markdown: notes, tables, accuracy lines and, unless `errors` is None, every error with its
    sentence."""
    lines = [f"# {title}", ""]
    for note in result.get("notes", []):
        lines.append(f"> {note}")
    lines.append("")
    for section, rows in _rows(result):
        lines += [f"## {section}", "", "| | P | R | F1 | gold | pred |", "|---|---:|---:|---:|---:|---:|"]
        lines += [f"| {name} | " + " | ".join(cells) + " |" for name, cells in rows]
        lines.append("")
    lines += _accuracy_lines(result)
    if errors is None:
        return "\n".join(lines)
    lines += ["", "# Errors", ""]
    for kind, heading in ERROR_TITLES.items():
        listed = [e for e in errors if e["kind"] == kind]
        if not listed:
            continue
        lines += [f"## {heading} ({len(listed)})", ""]
        for error in listed:
            lines.append(f"- `{error['document']}` {describe(error)}")
            lines.append(f"  > {error['sentence']}")
        lines.append("")
    return "\n".join(lines)


def describe(error: dict) -> str:
    """One error in a line: the gold and predicted entity or event, and the values that differ."""
    gold, predicted = error.get("gold"), error.get("predicted")
    if error["kind"].startswith("entity"):
        def show(span):
            return f"`{span['text']}` {span['label']} [{span['start']}:{span['end']}] → {span['normal']!r}"
        return " vs ".join(f"{side}: {show(span)}" for side, span in (("gold", gold), ("predicted", predicted))
                           if span)

    def event(summary):
        return f"{summary['event_type']}/{summary['status']} `{summary['trigger']}` ({', '.join(summary['participants'])})"

    described = " vs ".join(f"{side}: {event(s)}" for side, s in (("gold", gold), ("predicted", predicted)) if s)
    if "gold_value" in error:
        described += (f"; {error.get('argument', error['kind'])}: gold {error['gold_value']!r}, "
                      f"predicted {error['predicted_value']!r}")
    return described


def write_reports(out_dir: Path, result: dict, errors: list[dict], title: str) -> None:
    """report.json (`result`), report.md (its tables and the `errors` listed under `title`) and errors.jsonl (one
    error per line) in `out_dir`, each whole (`write_whole`)."""
    write_whole(Path(out_dir), {"report.json": json.dumps(result, ensure_ascii=False, indent=2),
                                "report.md": markdown(result, errors, title), "errors.jsonl": json_lines(errors)})


def json_lines(rows: list[dict]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def write_whole(out_dir: Path, files: dict[str, str]) -> None:
    """Each of `files` (name → text) into `out_dir` whole or not at all: every text is made before anything is
    written, and each is written to a temporary file renamed into place, so an interrupted run leaves the previous
    reports, never half of one (readers of a dataset see whole versions too: pipeline/write.py)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        temporary = out_dir / f".{name}.tmp"
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, out_dir / name)
