"""The dataset as HTML to look at: `python -m pipeline report OUT --html DIR`.

`DIR/index.html` gives counts per language (documents, mentions per label, events per type and status), a
who-met-whom network (a node per actor, an edge per pair of actors in an event, wider for more events), a
timeline of events, every event in date order, the articles and the errors. `DIR/articles/<doc_id>.html` shows
one article: its text with every mention highlighted by label, and each event as a card with its status and
codes whose trigger, participants, titles, place, date and topics are highlighted in its evidence sentences.

Spans are marked up by spaCy's displaCy (`style="ent"`, manual mode); the network and the timeline are drawn by
networkx and matplotlib as SVG written into the page. The pages load nothing: no script, no style sheet, no font
from anywhere, so they open offline and can be mailed as a folder.
"""
from __future__ import annotations

import datetime as dt
import html
import io
import shutil
from collections import Counter
from itertools import combinations
from pathlib import Path

from . import write
from .export import event_day

# Mention labels keep displaCy's colours for the labels it knows (ORG, LOC, DATE, …); PER is its PERSON colour.
LABEL_COLORS = {"PER": "#aa9cfc", "ORG": "#7aecec", "LOC": "#ff9561", "GPE": "#feca74", "POSITION": "#f0d0ff",
                "NORP": "#c887fb", "EVENT": "#ffeb80", "DATE": "#bfe1d9", "MISC": "#e4e7d2"}
# What a span is to an event, as highlighted in its evidence; an earlier kind wins where two spans overlap.
ARGUMENT_COLORS = {"TRIGGER": "#ff8197", "ACTOR": "#aa9cfc", "RECIPIENT": "#c887fb", "PARTICIPANT": "#aa9cfc",
                   "TITLE": "#f0d0ff", "PLACE": "#ff9561", "DATE": "#bfe1d9", "TOPIC": "#bfeeb7"}
KIND_COLORS = {"person": "#aa9cfc", "country": "#feca74", "organization": "#7aecec", "delegation": "#c887fb"}
NETWORK_LABELS = 60  # actors named on the network drawing (the busiest ones); every event is in the table below
STATUS_COLORS = {"occurred": "#2a9d8f", "planned": "#e9c46a", "cancelled": "#e76f51", "postponed": "#f4a261"}

CSS = """
body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 72rem; padding: 1rem 2rem; color: #222; }
h1 { font-size: 1.5rem; } h2 { margin-top: 2rem; border-bottom: 1px solid #ddd; }
table { border-collapse: collapse; margin: 0.5rem 0; } td, th { border: 1px solid #ddd; padding: 0.2rem 0.5rem; }
th { background: #f4f4f4; text-align: left; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
.event { border: 1px solid #ccc; border-radius: 0.5rem; padding: 0.5rem 1rem; margin: 1rem 0; }
.event h3 { margin: 0.3rem 0; } .status { padding: 0.1rem 0.5rem; border-radius: 0.3rem; color: #fff; }
.codes, .muted { color: #666; font-size: 0.9rem; }
.legend span { padding: 0.1rem 0.4rem; margin-right: 0.3rem; border-radius: 0.3rem; font-size: 0.85rem; }
.figure svg { max-width: 100%; height: auto; }
"""


class ReportError(Exception):
    """No dataset to report on: one line naming the folder."""


def write_report(out_dir: Path, html_dir: Path) -> int:
    """Write the report of the dataset in `out_dir` into `html_dir` (index.html and articles/*.html; an earlier
    report's article pages there are replaced). Returns the number of article pages. ReportError when `out_dir`
    holds no dataset."""
    out_dir, html_dir = Path(out_dir), Path(html_dir)
    if not write.has_table(out_dir, "documents"):
        raise ReportError(write.no_dataset(out_dir))
    rows = {name: write.read_table(out_dir, name).to_pylist() for name in write.SCHEMAS}
    events_of: dict[str, list[dict]] = {}
    for event in rows["events"]:
        events_of.setdefault(event["doc_id"], []).append(event)
    mentions_of: dict[str, list[dict]] = {}
    for mention in rows["mentions"]:
        mentions_of.setdefault(mention["doc_id"], []).append(mention)
    documents = sorted(rows["documents"], key=lambda d: (d["published_date"] or dt.date.min, d["source_path"]))

    articles = html_dir / "articles"
    if articles.exists():
        shutil.rmtree(articles)
    articles.mkdir(parents=True)
    for doc in documents:
        page = article_page(doc, mentions_of.get(doc["doc_id"], []), events_of.get(doc["doc_id"], []))
        (articles / f"{doc['doc_id']}.html").write_text(page, encoding="utf-8")
    (html_dir / "index.html").write_text(index_page(out_dir, documents, rows), encoding="utf-8")
    return len(documents)


def spans_markup(text: str, spans: list[tuple[int, int, str]], colors: dict[str, str]) -> str:
    """`text` with `spans` ((start, end, label), offsets into `text`) highlighted by displaCy. displaCy draws no
    nested spans: where two overlap, the one listed first is kept."""
    from spacy import displacy

    kept: list[tuple[int, int, str]] = []
    for start, end, label in spans:
        if start < end and not any(start < other_end and other_start < end for other_start, other_end, _ in kept):
            kept.append((start, end, label))
    ents = [{"start": start, "end": end, "label": label} for start, end, label in sorted(kept)]
    return displacy.render({"text": text, "ents": ents, "title": None}, style="ent", manual=True,
                           options={"colors": colors}, page=False, jupyter=False)


def event_spans(event: dict) -> list[tuple[int, int, str]]:
    """An event's argument spans (document offsets) with what each is to the event, in ARGUMENT_COLORS order."""
    spans = [(event["trigger"]["start"], event["trigger"]["end"], "TRIGGER")]
    for person in _items(event["participants"]):
        spans.append((person["start"], person["end"], (person["side"] or "participant").upper()))
    for person in _items(event["participants"]):
        if person["role"]:
            spans.append((person["role"]["start"], person["role"]["end"], "TITLE"))
    for key, label in (("location", "PLACE"), ("date", "DATE")):
        if event[key]:
            spans.append((event[key]["start"], event[key]["end"], label))
    spans.extend((topic["start"], topic["end"], "TOPIC") for topic in _items(event["topics"]))
    order = list(ARGUMENT_COLORS)
    return sorted(spans, key=lambda span: order.index(span[2]) if span[2] in order else len(order))


def _items(value) -> list:
    """A list column's value as a list: rows from pyarrow hold lists, rows from pandas numpy arrays, or None."""
    return [] if value is None else list(value)


def _page(title: str, body: str, lang: str = "ru") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{html.escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{html.escape(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


def _legend(colors: dict[str, str], counts: Counter) -> str:
    return '<p class="legend">' + "".join(
        f'<span style="background: {colors.get(label, "#ddd")}">{html.escape(label)} {counts[label]}</span>'
        for label in sorted(counts)) + "</p>"


def _table(header: list[str], rows: list[list], numeric: set[int] = frozenset()) -> str:
    head = "".join(f"<th>{html.escape(str(cell))}</th>" for cell in header)
    body = "".join("<tr>" + "".join(
        f'<td class="n">{cell}</td>' if i in numeric else f"<td>{cell}</td>" for i, cell in enumerate(row)) + "</tr>\n"
        for row in rows)
    return f"<table>\n<tr>{head}</tr>\n{body}</table>"


def _e(value) -> str:
    return "" if value is None else html.escape(str(value))


def _when(event: dict) -> str:
    date = event["date"]
    if not date:
        return ""
    start, end = date["date_start"], date["date_end"]
    return f"{start}" if start == end else f"{start} – {end}"


def _participant_label(person: dict) -> str:
    affiliation = f" ({person['affiliation']})" if person["affiliation"] and person["affiliation"] != person["normal"] else ""
    return f"{person['normal'] or person['text']}{affiliation}"


def article_page(doc: dict, mentions: list[dict], events: list[dict]) -> str:
    """One article's page: metadata, the text with its mentions highlighted, a card per event."""
    text = doc["text"]
    meta = [("language", f"{doc['lang']} ({doc['lang_confidence']:.2f})"),
            ("published", f"{_e(doc['published_date'])} <span class='muted'>from the {_e(doc['published_date_source'])}</span>"
             if doc["published_date"] else _e(doc["published_date_text"])),
            ("outlet", _e(doc["outlet"])), ("article id", _e(doc["article_id"])),
            ("url", f'<a href="{_e(doc["url"])}">{_e(doc["url"])}</a>' if doc["url"] else ""),
            ("file", _e(doc["source_path"] if doc.get("source_row") is None
                        else f"{doc['source_path']}, row {doc['source_row']}")),
            ("doc_id", _e(doc["doc_id"]))]
    body = ['<p><a href="../index.html">← all articles</a></p>', f"<h1>{_e(doc['title'])}</h1>",
            _table(["", ""], [[name, value] for name, value in meta if value])]
    labels = Counter(m["label"] for m in mentions)
    body.append(f'<h2 id="text">Text: {len(mentions)} mentions</h2>')
    body.append(_legend(LABEL_COLORS, labels))
    body.append(f'<div class="text">{spans_markup(text, [(m["start"], m["end"], m["label"]) for m in mentions], LABEL_COLORS)}</div>')
    body.append(f'<h2 id="events">Events: {len(events)}</h2>')
    body.append('<p class="legend">' + "".join(f'<span style="background: {color}">{label}</span>'
                                              for label, color in ARGUMENT_COLORS.items()) + "</p>")
    body.extend(event_card(text, event) for event in events)
    return _page(doc["title"] or doc["doc_id"], "\n".join(body), doc["lang"] if doc["lang"] in ("ru", "kk") else "ru")


def event_card(text: str, event: dict) -> str:
    """One event: type, status and codes; its sides as a table; its evidence sentences with the arguments
    highlighted in them."""
    number = event["event_id"].rsplit(":", 1)[-1]
    status = event["status"]
    codes = [f"PLOVER {event['plover_event']}" + (f" ({event['plover_mode']})" if event["plover_mode"] else "")
             if event["plover_event"] else "", f"CAMEO {event['cameo_code']}" if event["cameo_code"] else "",
             f"confidence {event['confidence']:.2f}" if event["confidence"] is not None else "",
             "background (told as earlier)" if event["background"] else "", event["event_id"]]
    participants = _table(["participant", "kind", "side", "title", "affiliation"], [
        [_e(p["normal"] or p["text"]) + (f' <span class="muted">«{_e(p["text"])}»</span>' if p["normal"] != p["text"] else ""),
         _e(p["kind"]), _e(p["side"]), _e(p["role"]["text"] if p["role"] else ""), _e(p["affiliation"])]
        for p in _items(event["participants"])])
    facts = [("place", _e(event["location"]["normal"]) if event["location"] else ""),
             ("date", f"{_e(_when(event))} <span class='muted'>«{_e(event['date']['text'])}»</span>" if event["date"] else ""),
             ("topics", "; ".join(f"{_e(t['text'])} <span class='muted'>{_e(', '.join(_items(t['categories'])))}</span>"
                                  for t in _items(event["topics"])))]
    spans = event_spans(event)
    evidence = []
    for sentence in _items(event["evidence"]):
        start, end = sentence["start"], sentence["end"]
        inside = [(s - start, e - start, label) for s, e, label in spans if start <= s and e <= end]
        evidence.append(f'<blockquote class="evidence">{spans_markup(text[start:end], inside, ARGUMENT_COLORS)}</blockquote>')
    return (f'<section class="event" id="{_e(number)}">\n'
            f'<h3>{_e(event["event_type"])} <span class="status" style="background: {STATUS_COLORS.get(status, "#888")}">'
            f'{_e(status)}</span> <span class="muted">«{_e(event["trigger"]["text"])}», {_e(event["lang"])}</span></h3>\n'
            f'<p class="codes">{" · ".join(_e(code) for code in codes if code)}</p>\n{participants}\n'
            + "".join(f"<p><b>{name}</b>: {value}</p>\n" for name, value in facts if value)
            + "\n".join(evidence) + "\n</section>")


def index_page(out_dir: Path, documents: list[dict], rows: dict[str, list[dict]]) -> str:
    """Counts per language and type, the network, the timeline, every event, the articles and the errors."""
    events, mentions, errors = rows["events"], rows["mentions"], rows["errors"]
    # a document counts in its language; a mention or an event in that of the sentences that tell it
    count = Counter()
    for doc in documents:
        count["documents", doc["lang"]] += 1
    for mention in mentions:
        count[f"mentions {mention['label']}", mention["lang"]] += 1
    for event in events:
        count[f"events {event['event_type']}", event["lang"]] += 1
        count[f"events {event['status']}", event["lang"]] += 1
    languages = sorted({lang for _, lang in count}, key=str)
    kinds = ["documents"] + sorted({k for k, _ in count if k.startswith("mentions ")}) + sorted(
        {f"events {e['event_type']}" for e in events}) + sorted({f"events {e['status']}" for e in events})
    counts = _table(["", *languages, "all"], [[html.escape(kind), *(count[kind, lang] for lang in languages),
                                              sum(count[kind, lang] for lang in languages)] for kind in kinds],
                    numeric=set(range(1, len(languages) + 2)))

    published = {d["doc_id"]: d["published_date"] for d in documents}
    titles = {d["doc_id"]: d["title"] or d["doc_id"] for d in documents}
    dated = sorted(((*event_day(e, published.get(e["doc_id"])), e) for e in events), key=lambda item: (item[0] or dt.date.max,
                                                                                       item[2]["event_id"]))
    event_rows = [[_e(day) + ('<span class="muted"> (article)</span>' if source == "article" else ""),
                   _e(e["event_type"]),
                   _e(e["status"]) + (' <span class="muted">background</span>' if e["background"] else ""), "; ".join(_e(_participant_label(p)) for p in _items(e["participants"])),
                   _e(e["location"]["normal"] if e["location"] else ""),
                   f'<a href="articles/{_e(e["doc_id"])}.html#{_e(e["event_id"].rsplit(":", 1)[-1])}">'
                   f'{_e(titles.get(e["doc_id"], e["doc_id"]))}</a>'] for day, source, e in dated]
    n_events = Counter(e["doc_id"] for e in events)
    n_mentions = Counter(m["doc_id"] for m in mentions)
    article_rows = [[f'<a href="articles/{_e(d["doc_id"])}.html">{_e(d["title"] or d["doc_id"])}</a>', _e(d["lang"]),
                     _e(d["published_date"]), n_mentions[d["doc_id"]], n_events[d["doc_id"]]] for d in documents]
    error_rows = [[_e(e["path"] if e.get("row") is None else f'{e["path"]}:{e["row"]}'), _e(e["stage"]),
                   _e(e["error"]), _e(e["when"])] for e in errors]
    undated = sum(day is None for day, _, _ in dated)
    body = [f"<h1>dipevents: {len(documents)} articles, {len(events)} events</h1>",
            f'<p class="muted">dataset {_e(out_dir.resolve())}</p>',
            '<p><a href="#network">network</a> · <a href="#timeline">timeline</a> · <a href="#events">events</a> · '
            '<a href="#articles">articles</a> · <a href="#errors">errors</a></p>',
            "<h2>Counts per language</h2>", counts,
            '<h2 id="network">Who met whom</h2>',
            '<p class="muted">A node per actor (person, country, organisation, delegation; colour by kind), an edge '
            f"for actors in the same event, wider for more events; the {NETWORK_LABELS} actors with the most events "
            "together are named.</p>",
            f'<div class="figure">{network_svg(events)}</div>',
            '<h2 id="timeline">Timeline</h2>',
            f'<p class="muted">Each event on its own date, else, when it is its article\'s news, on the '
            f"article's publication date (hollow); {undated} events have neither (an earlier meeting the article "
            "recalls without a date is never put on the article's) and are listed last below.</p>",
            f'<div class="figure">{timeline_svg(dated)}</div>',
            f'<h2 id="events">Events: {len(events)}</h2>',
            _table(["date", "type", "status", "participants", "place", "article"], event_rows),
            f'<h2 id="articles">Articles: {len(documents)}</h2>',
            _table(["title", "lang", "published", "mentions", "events"], article_rows, numeric={3, 4}),
            f'<h2 id="errors">Errors: {len(errors)}</h2>',
            _table(["file (:row)", "stage", "error", "when"], error_rows) if errors else "<p>None.</p>"]
    return _page("dipevents report", "\n".join(body))


def _svg(figure) -> str:
    """A matplotlib figure as an inline <svg> element (text drawn as paths: no font needed by the browser)."""
    import matplotlib

    buffer = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "path", "svg.hashsalt": "dipevents"}):
        figure.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
    svg = buffer.getvalue()
    return svg[svg.index("<svg"):]  # without the XML prolog and DOCTYPE, which do not belong inside HTML


def who_met_whom(events: list[dict]):
    """A networkx Graph: a node per actor (`actor_id`, so the Russian and Kazakh spellings of one person are one
    node; a side without one by its nominative), with `name` (the nominative the events give it most, ties by
    alphabet) and `kind` attributes, and an edge per pair of actors that take part in the same event, with
    `events` = how many."""
    import networkx as nx

    graph = nx.Graph()
    names: dict[str, Counter] = {}
    for event in events:
        actors = {}
        for person in _items(event["participants"]):
            name = person["normal"] or person["text"]
            key = person.get("actor_id") or name
            actors[key] = person["kind"]
            names.setdefault(key, Counter())[name] += 1
        for key, kind in actors.items():
            graph.add_node(key, kind=kind)
        for a, b in combinations(sorted(actors), 2):
            weight = graph.edges[a, b]["events"] + 1 if graph.has_edge(a, b) else 1
            graph.add_edge(a, b, events=weight)
    for key, counts in names.items():
        graph.nodes[key]["name"] = min(counts, key=lambda name: (-counts[name], name))
    return graph


def network_svg(events: list[dict]) -> str:
    import networkx as nx
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    graph = who_met_whom(events)
    if not graph:
        return "<p>No events.</p>"
    # past a few dozen names the labels cover each other: name the actors with the most events together
    busiest = sorted(graph, key=lambda n: (-graph.degree(n, weight="events"), n))[:NETWORK_LABELS]
    figure = Figure(figsize=(12, 9 if len(graph) <= 60 else 14))
    axes = figure.subplots()
    axes.set_axis_off()
    positions = nx.spring_layout(graph, seed=7, k=2.5 / max(1, len(graph)) ** 0.5)
    nx.draw_networkx_edges(graph, positions, ax=axes, edge_color="#999",
                           width=[1 + graph.edges[e]["events"] for e in graph.edges])
    nx.draw_networkx_nodes(graph, positions, ax=axes, node_size=[120 + 60 * graph.degree[n] for n in graph],
                           node_color=[KIND_COLORS.get(graph.nodes[n]["kind"], "#ddd") for n in graph])
    nx.draw_networkx_labels(graph, positions, labels={n: graph.nodes[n]["name"] for n in busiest}, ax=axes, font_size=8)
    axes.legend(handles=[Line2D([], [], marker="o", linestyle="", color=color, label=kind, markersize=9)
                         for kind, color in KIND_COLORS.items()], loc="lower left", frameon=False)
    return _svg(figure)


def timeline_svg(dated: list[tuple]) -> str:
    """Events on a date axis, a row per event type, coloured by status; hollow where the day is the article's."""
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    points = [(day, source, event) for day, source, event in dated if day is not None]
    if not points:
        return "<p>No dated events.</p>"
    types = sorted({event["event_type"] for _, _, event in points})
    figure = Figure(figsize=(12, 1.5 + 0.5 * len(types)))
    axes = figure.subplots()
    for day, source, event in points:
        color = STATUS_COLORS.get(event["status"], "#888")
        axes.plot([day], [types.index(event["event_type"])], marker="o", markersize=9, linestyle="",
                  color=color, markerfacecolor=color if source == "event" else "none", alpha=0.8)
    axes.set_yticks(range(len(types)), types)
    axes.set_ylim(-0.7, len(types) - 0.3)
    axes.grid(axis="x", color="#eee")
    figure.autofmt_xdate()
    axes.legend(handles=[Line2D([], [], marker="o", linestyle="", color=color, label=status)
                         for status, color in STATUS_COLORS.items()], loc="upper left", bbox_to_anchor=(1, 1),
                frameon=False)
    return _svg(figure)
