"""Learn which mentions are sides of an event from labelled events, and measure it against the rules alone.

Issue #16: "where rules keep chasing single articles, learn from labelled data instead". For every event the
rules produce on an article of the news set's **dev** split (split.tsv; the held-out split is never read: its
articles are not staged, its gold not loaded) that matches a gold event (pipeline/evaluation/events.py
`match_events`), every name in the event's sentences that may be a side (a person, an organisation, a state; the
rules' own sides too) is one example: a side of the gold event or not. A model over what the analysis already
computed (`features`: the rules' decision, kind, token distance to the trigger, case and syntactic relation, a
title beside it, how often the article names it, the event's type) scores them: a logistic regression (`fit`,
numpy, L2) or gradient-boosted trees of depth 2 (`fit_trees`). A rules' side is dropped below `--drop`, another
candidate added at `--add` or above. `--nerel DIR` adds NEREL's meeting events of DIR (its train split; never
dev, the benchmark's) to every fold's training data; `--without-rule` hides the rules' decision from the model;
`--probes DIR…` also judges a model trained on every dev example on probe articles written for the project
(`probe_articles`), text the dev gold never saw.

Cross-validation by article (`--folds`, the dev articles split by a fixed hash of their names) compares, on the
same folds, the rules' sides with the model's: participants and who-met-whom pairs, scored by the project's own
scorer (`pipeline.evaluation.events.score_events`) on the events with their sides replaced.

    python -m pipeline.training.participants [--folds 5] [--trees] [--nerel DIR] [--probes DIR…] [--cache DIR]

(`make cv-participants`). Prints the CV figures (rules vs model), the probes' if asked, and the weights of the
logistic regression learned on every example.
Result (models/events/README.md, "Learned sides"): no variant beats the rules on the dev folds, so no model is
committed and the events stage does not read one.
"""
from __future__ import annotations

import argparse
import copy
from bisect import bisect_right
import hashlib
import json
import math
import pickle
import re
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..countries import country_code
from ..document import Document, Mention
from ..evaluation.case import Case, gold_shaped
from ..evaluation.events import match_events, score_events
from ..evaluation.names import ambiguous_last_words, name_key, names_match
from ..evaluation.news import FOLDERS, GOLD_DIR, news_dir, read_split, stage_articles
from ..event.knowledge import is_outlet
from ..event.model import Event, Participant
from ..gold import load_gold

KINDS = ("person", "organization", "country", "delegation")
TYPES = ("meeting", "talks", "phone_call", "visit", "multilateral")
CASES = ("Nom", "Gen", "Dat", "Acc", "Ins", "Loc")
RELS = ("nsubj", "obl", "nmod", "conj", "appos", "obj", "iobj")
LABELS = {"PER": "person", "ORG": "organization"}
FAR = 40  # tokens: a name further from the trigger, or in another sentence, counts as this far


@dataclass
class Article:
    name: str  # <folder>/<file>
    lang: str
    doc: Document
    gold_events: list[dict]


def dev_articles(cache: Path | None = None) -> list[Article]:
    """The dev split's articles through the whole pipeline, with their gold events (pickled to `cache`)."""
    if cache and cache.is_file():
        return pickle.loads(cache.read_bytes())
    from ..run import Processor

    split = read_split()
    golds = {}
    for folder in FOLDERS:
        for path in sorted((GOLD_DIR / folder).glob("*.json")):
            if split.get(f"{folder}/{path.stem}.txt") == "dev":
                golds[f"{folder}/{path.stem}.txt"] = load_gold(path, news_dir())
    processor = Processor.build()
    articles = []
    with tempfile.TemporaryDirectory() as target:
        for folder in stage_articles(news_dir(), Path(target), split="dev"):
            for path in sorted(folder.glob("*.txt")):
                gold = golds.get(f"{folder.name}/{path.name}")
                if gold is None:
                    continue
                doc = processor(path)
                articles.append(Article(f"{folder.name}/{path.name}", gold.lang, doc, gold.data["events"]))
    if cache:
        cache.write_bytes(pickle.dumps(articles))
    return articles


def nerel_articles(folder: Path, cache: Path | None = None) -> list[Article]:
    """NEREL `train`'s documents with meeting events (pipeline/bench/nerel.py `read_corpus`, scope all) through
    the Russian pipeline, with those events as gold (pickled to `cache`)."""
    if cache and cache.is_file():
        return pickle.loads(cache.read_bytes())
    from ..bench.corpus import russian_processor
    from ..bench.nerel import read_corpus

    processor = russian_processor()
    articles = [Article(f"nerel/{d.name}", "ru", processor(d.path), d.events)
                for d in read_corpus(folder, "all") if d.events]
    if cache:
        cache.write_bytes(pickle.dumps(articles))
    return articles


PROBE_TYPES = {"summit": "multilateral", "phone call": "phone_call", "credentials": "meeting"}
PROBE_HEADER = re.compile(r"^### (\S+) (ru|kk) (\d{4}-\d\d-\d\d)")


def probe_articles(folders: list[Path], cache: Path | None = None) -> list[Article]:
    """Probe articles written for this project (not the news set): each folder holds `articles.txt` (`### ID
    LANG YYYY-MM-DD` then one paragraph per line) and `expected.jsonl` (/work/wt/tools/score.py's format: per
    event `id`, `type`, `status`, `participants` as normal names). Each article through the whole pipeline, its
    expected events in the gold shape with no spans (matched by their sides' names only); pickled to `cache`."""
    if cache and cache.is_file():
        return pickle.loads(cache.read_bytes())
    from dipevents import extract_text

    articles = []
    for folder in folders:
        expected: dict[str, list[dict]] = {}
        for line in (folder / "expected.jsonl").read_text(encoding="utf-8").splitlines():
            try:
                event = json.loads(line) if line.strip() else None
            except json.JSONDecodeError:
                continue
            if event and event.get("id"):
                expected.setdefault(event["id"], [])
                if event.get("participants") and event.get("type"):
                    expected[event["id"]].append({
                        "event_type": PROBE_TYPES.get(event["type"], event["type"]),
                        "status": event.get("status", "occurred"), "trigger": None, "evidence": [],
                        "participants": [{"normal": name} for name in event["participants"]],
                        "location": None, "date": None, "topics": []})
        header, lines = None, []
        for line in [*(folder / "articles.txt").read_text(encoding="utf-8").splitlines(), "### end xx 0000-00-00"]:
            found = PROBE_HEADER.match(line)
            if found or line.startswith("### end"):
                if header and header[0] in expected:
                    doc = extract_text("\n".join(t for t in lines if t.strip()), lang=header[1], published=header[2])
                    articles.append(Article(f"{folder.name}/{header[0]}", header[1], doc,
                                            [e for e in expected[header[0]] if e["event_type"] in TYPES]))
                header, lines = (found.groups() if found else None), []
            elif header:
                lines.append(line)
    if cache:
        cache.write_bytes(pickle.dumps(articles))
    return articles


@dataclass
class Choice:
    """One candidate side of one event: the rules' participant, or a mention of the event's sentences."""
    participant: Participant
    mentions: list[Mention]
    rule: bool


def _normal(mention: Mention) -> str:
    return mention.full_name or mention.normal or mention.text


def _kind(mention: Mention) -> str | None:
    if mention.label in LABELS:
        return LABELS[mention.label]
    return "country" if mention.label == "LOC" and country_code(_normal(mention)) else None


def choices(event: Event, doc: Document) -> list[Choice]:
    """The rules' sides of `event`, each with the mentions of its sentences naming it, then every other person,
    organisation or state its sentences name, once per name (name_key)."""
    spans = [(s.start, s.end) for s in event.evidence]
    found = [m for m in doc.mentions if _kind(m) and any(a <= m.start < b for a, b in spans)]
    chosen = [Choice(p, [], True) for p in event.participants]
    for mention in found:
        normal = _normal(mention)
        same = next((c for c in chosen if names_match(c.participant.normal, normal)
                     or c.participant.start <= mention.start < c.participant.end), None)
        if same is None:
            same = Choice(Participant(mention.text, mention.start, mention.end, normal=normal,
                                      kind=_kind(mention)), [], False)
            chosen.append(same)
        same.mentions.append(mention)
    return chosen


def _token_index(doc: Document, offset: int) -> int:
    """The position of the last token of `doc` starting at or before a document offset."""
    return max(bisect_right(doc.tokens, offset, key=lambda token: token.start) - 1, 0)


def features(event: Event, choice: Choice, doc: Document, counts: Counter) -> list[float]:
    """The numbers the model reads for one candidate (see FEATURE_NAMES)."""
    trigger = _token_index(doc, event.trigger.start)
    sentence = doc.sentence_of(event.trigger.start)
    spans = [(m.start, m.end) for m in choice.mentions] or [(choice.participant.start, choice.participant.end)]
    # the mention nearest the trigger, one in the trigger's sentence first
    near = min(spans, key=lambda s: (not sentence.start <= s[0] < sentence.end,
                                     abs(_token_index(doc, s[0]) - trigger)))
    here = sentence.start <= near[0] < sentence.end
    distance = abs(_token_index(doc, near[0]) - trigger) if here else FAR
    token = doc.tokens[_token_index(doc, near[0])]
    head = doc.tokens[token.head] if token.head >= 0 else None
    case = token.feats.get("Case") if token.start == near[0] else None
    rel = token.rel.split(":")[0]
    on_trigger = bool(head and event.trigger.start <= head.start < event.trigger.end)
    before = doc.text[max(near[0] - 40, sentence.start):near[0]]
    titled = bool(choice.participant.role) or any(
        m.label == "POSITION" and 0 <= near[0] - m.end <= 2 for m in doc.mentions) or any(
        w[:1].islower() and len(w) > 4 for w in before.split()[-2:]) and choice.participant.kind == "person"
    kind = choice.participant.kind
    key = name_key(choice.participant.normal)
    sides = len(event.participants)
    return [
        1.0,
        float(choice.rule),
        *(float(kind == k) for k in KINDS),
        float(here),
        math.log1p(min(distance, FAR)) / math.log1p(FAR),
        float(here and near[0] < event.trigger.start),
        *(float(case == c) for c in CASES),
        *(float(rel == r) for r in RELS),
        float(on_trigger),
        float(titled),
        float(is_outlet(choice.participant.normal)),
        math.log1p(counts.get(key, 0)) / math.log(10),
        float(len(choice.mentions)),
        *(float(event.event_type == t) for t in TYPES),
        float(sides <= 1),
        min(sides, 6) / 6,
        float(doc.sentence_of(near[0]).start == doc.sentences[0].start),
        float(sentence.lang == "kk"),
        float(choice.rule) * float(kind == "country"),
        float(choice.rule) * float(here),
    ]


FEATURE_NAMES = ("bias", "rule", *(f"kind={k}" for k in KINDS), "trigger_sentence", "log_distance",
                 "before_trigger", *(f"case={c}" for c in CASES), *(f"rel={r}" for r in RELS), "head_is_trigger",
                 "titled", "outlet", "log_doc_count", "sentence_mentions", *(f"type={t}" for t in TYPES),
                 "one_side", "sides/6", "headline", "kk", "rule*country", "rule*trigger_sentence")


@dataclass
class Example:
    article: int
    event: int  # index into the article's doc.events
    choice: Choice
    x: list[float]
    y: int


def examples(articles: list[Article]) -> list[Example]:
    """One example per candidate of every predicted event matched to a gold event: y 1 where a side of that
    gold event has its name."""
    found = []
    for n, article in enumerate(articles):
        doc = article.doc
        predicted = [gold_shaped(e) for e in doc.events]
        names = [p["normal"] for e in article.gold_events + predicted for p in e["participants"]]
        ambiguous = ambiguous_last_words(names)
        matched = dict((j, i) for i, j in match_events(article.gold_events, predicted, ambiguous))
        counts = Counter(name_key(_normal(m)) for m in doc.mentions if _kind(m))
        for j, event in enumerate(doc.events):
            if j not in matched:
                continue
            gold = article.gold_events[matched[j]]["participants"]
            for choice in choices(event, doc):
                y = any(names_match(g["normal"], choice.participant.normal, ambiguous) for g in gold)
                found.append(Example(n, j, choice, features(event, choice, doc, counts), int(y)))
    return found


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 50) -> np.ndarray:
    """Logistic regression weights by Newton's method with an L2 penalty (not on the bias, column 0)."""
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-x @ w))
        gradient = x.T @ (p - y) + penalty * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return w


def _best_split(x: np.ndarray, g: np.ndarray, h: np.ndarray, rows: np.ndarray) -> tuple[float, int, float] | None:
    """(gain, feature, threshold) of the split of `rows` that most lowers the second-order loss, or None."""
    best = None
    total = g[rows].sum() ** 2 / (h[rows].sum() + 1.0)
    for feature in range(x.shape[1]):
        for threshold in np.unique(x[rows, feature])[:-1]:
            left = rows[x[rows, feature] <= threshold]
            right = rows[x[rows, feature] > threshold]
            gain = (g[left].sum() ** 2 / (h[left].sum() + 1.0) + g[right].sum() ** 2 / (h[right].sum() + 1.0)
                    - total)
            if best is None or gain > best[0]:
                best = (gain, feature, float(threshold))
    return best


def fit_trees(x: np.ndarray, y: np.ndarray, rounds: int = 60, rate: float = 0.2, depth: int = 2):
    """Gradient-boosted trees of `depth` levels on the logistic loss (Newton leaves, L2 1.0): the predictor,
    a function from features to probabilities. Thresholds are the values the training features take."""
    trees = []
    margin = np.zeros(len(y))

    def grow(rows: np.ndarray, level: int, g: np.ndarray, h: np.ndarray):
        split = _best_split(x, g, h, rows) if level < depth and len(rows) > 10 else None
        if split is None or split[0] <= 0:
            return -g[rows].sum() / (h[rows].sum() + 1.0) * rate
        _, feature, threshold = split
        return (feature, threshold, grow(rows[x[rows, feature] <= threshold], level + 1, g, h),
                grow(rows[x[rows, feature] > threshold], level + 1, g, h))

    def value(tree, row: np.ndarray) -> float:
        while isinstance(tree, tuple):
            tree = tree[2] if row[tree[0]] <= tree[1] else tree[3]
        return tree

    for _ in range(rounds):
        p = 1 / (1 + np.exp(-margin))
        g, h = p - y, p * (1 - p)
        tree = grow(np.arange(len(y)), 0, g, h)
        trees.append(tree)
        margin += np.array([value(tree, row) for row in x])
    return lambda rows: 1 / (1 + np.exp(-np.array([sum(value(t, row) for t in trees) for row in rows])))


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0):
    """`fit`'s logistic regression as a predictor: a function from features to probabilities."""
    w = fit(x, y, l2)
    return lambda rows: 1 / (1 + np.exp(-rows @ w))


def fold_of(name: str, folds: int) -> int:
    return int(hashlib.sha256(name.encode()).hexdigest(), 16) % folds


def with_sides(article: Article, keep: dict[int, list[Choice]]) -> list[dict]:
    """The article's predicted events (gold shape), those in `keep` with the chosen sides instead of the rules'."""
    shaped = []
    for j, event in enumerate(article.doc.events):
        if j in keep:
            event = copy.copy(event)
            event.participants = [c.participant for c in keep[j]]
        shaped.append(gold_shaped(event))
    return shaped


def score(articles: list[Article], events: list[list[dict]]) -> dict:
    """score_events' participants and pairs counts of the articles with these predicted events."""
    cases = [Case(a.name, a.lang, a.doc.text, gold_events=a.gold_events, predicted_events=e)
             for a, e in zip(articles, events)]
    result = score_events(cases).as_dict()
    return {"participants": result["arguments"]["per_argument"]["participants"],
            "pairs": result["pairs"]["overall"], "pairs_ru": result["pairs"]["per_lang"].get("ru"),
            "pairs_kk": result["pairs"]["per_lang"].get("kk"), "events": result["events"]["overall"]}


def cross_validate(articles: list[Article], found: list[Example], folds: int, l2: float,
                   drop: float = 0.5, add: float = 0.5, extra: list[Example] = (),
                   columns: list[int] | None = None, trees: bool = False) -> tuple[dict, dict]:
    """(rules' scores, model's scores) over all dev articles, each fold's events decided by a model trained on
    the other folds (and on `extra`, examples of other corpora, which are never scored): a rules' side is
    dropped below probability `drop`, another candidate added at `add` or above. `columns`: the features read
    (all by default); `trees`: gradient-boosted trees (`fit_trees`) instead of the logistic regression."""
    columns = columns or list(range(len(FEATURE_NAMES)))
    x = np.array([e.x for e in found])[:, columns]
    y = np.array([e.y for e in found], dtype=float)
    fold = np.array([fold_of(articles[e.article].name, folds) for e in found])
    extra_x = np.array([e.x for e in extra]).reshape(len(extra), -1)[:, columns] if extra else x[:0]
    extra_y = np.array([e.y for e in extra], dtype=float)
    probability = np.zeros(len(found))
    for k in range(folds):
        learn = fit_trees if trees else lambda a, b: fit_logistic(a, b, l2)
        probability[fold == k] = learn(np.vstack([x[fold != k], extra_x]),
                                       np.concatenate([y[fold != k], extra_y]))(x[fold == k])
    return _judged(articles, found, probability, drop, add)


def _judged(articles: list[Article], found: list[Example], probability: np.ndarray, drop: float,
            add: float) -> tuple[dict, dict]:
    """(rules' scores, scores with each event's sides those of `found` the model keeps: a rules' side at
    probability `drop` or more, another candidate at `add` or more)."""
    decided: dict[tuple[int, int], list[Choice]] = {}
    for example, prob in zip(found, probability):
        chosen = decided.setdefault((example.article, example.event), [])
        if prob >= (drop if example.choice.rule else add):
            chosen.append(example.choice)
    rules = score(articles, [[gold_shaped(e) for e in a.doc.events] for a in articles])
    model = score(articles, [with_sides(a, {j: c for (n, j), c in decided.items() if n == i})
                             for i, a in enumerate(articles)])
    return rules, model


def judge(articles: list[Article], found: list[Example], train: list[Example], l2: float, drop: float = 0.5,
          add: float = 0.5, columns: list[int] | None = None, trees: bool = False) -> tuple[dict, dict]:
    """(rules' scores, model's scores) on other articles (`found`, their examples) by a model trained on
    `train` (every dev example, and `--nerel`'s)."""
    columns = columns or list(range(len(FEATURE_NAMES)))
    learn = fit_trees if trees else lambda a, b: fit_logistic(a, b, l2)
    predict = learn(np.array([e.x for e in train])[:, columns], np.array([e.y for e in train], dtype=float))
    return _judged(articles, found, predict(np.array([e.x for e in found])[:, columns]), drop, add)


def _line(name: str, figures: dict) -> str:
    def f(c):
        return f"P {c['precision']:.3f} R {c['recall']:.3f} F1 {c['f1']:.3f} (tp {c['tp']} fp {c['fp']} fn {c['fn']})"
    return (f"{name}: participants {f(figures['participants'])}\n    pairs {f(figures['pairs'])}\n"
            f"    pairs ru F1 {figures['pairs_ru']['f1']:.3f} kk F1 {figures['pairs_kk']['f1']:.3f}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--drop", type=float, default=0.5, help="a rules' side below this probability goes")
    parser.add_argument("--add", type=float, default=0.5, help="another candidate at this probability is added")
    parser.add_argument("--nerel", type=Path, default=None,
                        help="also train on NEREL's meeting events in this folder (its train split)")
    parser.add_argument("--trees", action="store_true", help="gradient-boosted trees of depth 2, not the "
                        "logistic regression")
    parser.add_argument("--without-rule", action="store_true", help="no feature reads the rules' decision")
    parser.add_argument("--probes", type=Path, nargs="*", default=[],
                        help="also judge a model trained on every dev example on these probe folders "
                        "(articles.txt + expected.jsonl, `probe_articles`)")
    parser.add_argument("--cache", type=Path, default=None, help="folder for pickles of the processed articles")
    args = parser.parse_args(argv)
    if args.cache:
        args.cache.mkdir(parents=True, exist_ok=True)
    articles = dev_articles(args.cache / "dev.pkl" if args.cache else None)
    found = examples(articles)
    print(f"{len(articles)} dev articles, {len(found)} candidates ({sum(e.y for e in found)} sides, "
          f"{sum(e.choice.rule for e in found)} the rules'; agree {sum(e.y == e.choice.rule for e in found)})")
    extra = []
    if args.nerel:
        others = nerel_articles(args.nerel, args.cache / "nerel.pkl" if args.cache else None)
        extra = examples(others)
        print(f"NEREL: {len(others)} documents, {len(extra)} candidates ({sum(e.y for e in extra)} sides, "
              f"agree {sum(e.y == e.choice.rule for e in extra)})")
    columns = [n for n, name in enumerate(FEATURE_NAMES) if not (args.without_rule and "rule" in name)]
    rules, model = cross_validate(articles, found, args.folds, args.l2, args.drop, args.add, extra, columns,
                                  args.trees)
    print(_line("rules", rules))
    print(_line(f"model ({args.folds}-fold CV by article)", model))
    if args.probes:
        probes = probe_articles(args.probes, args.cache / "probes.pkl" if args.cache else None)
        judged = examples(probes)
        print(f"probes: {len(probes)} articles, {len(judged)} candidates ({sum(e.y for e in judged)} sides, the "
              f"rules agree on {sum(e.y == e.choice.rule for e in judged)})")
        rules, model = judge(probes, judged, found + extra, args.l2, args.drop, args.add, columns, args.trees)
        print(_line("probes, rules", rules))
        print(_line("probes, model trained on dev", model))
    every = found + extra
    w = fit(np.array([e.x for e in every])[:, columns], np.array([e.y for e in every], dtype=float), args.l2)
    for name, weight in sorted(zip([FEATURE_NAMES[n] for n in columns], w), key=lambda t: -abs(t[1])):
        print(f"  {name:24s} {weight:+.3f}")


if __name__ == "__main__":
    main()
