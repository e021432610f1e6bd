"""Run a spaCy NER pipeline on the gold tokens of a KazNERD-format split and score it.

    python -m pipeline.bench.kaznerd [DIR] [--model models/kk_ner/model] [--labels models/labels/kaznerd.tsv]

DIR holds IOB2_test.txt (default: the KazNERD folder under pipeline.paths.data_dir()); any split in the
same format can be put there under that name. Prints per-label and micro entity-level exact-match
P/R/F1, and words per second of the pipeline on those sentences (one process, after loading). With --labels,
gold and predicted labels are first mapped through that two-column TSV, as the pipeline reads them
(models/labels/kaznerd.tsv: GPE and LOCATION are both LOC, so telling them apart no longer counts).
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import spacy
from spacy.tokens import Doc

import pipeline.spacy_parts  # noqa: F401  (registers "kk", kk_sentencizer and the Kazakh model's layers)
from pipeline.backends.spacy_backend import load_label_map
from pipeline.bench.entity_scores import score_tag_sequences
from pipeline.datasets.kaznerd import iob2_tags, kaznerd_dir, read_iob2, split_path
from pipeline.paths import MODELS_DIR

DEFAULT_MODEL = MODELS_DIR / "kk_ner" / "model"


def pipeline_dir(model_dir: Path) -> Path:
    """Accept models/kk_ner (the model's folder, with the pipeline in model/) as well as the pipeline itself."""
    return model_dir / "model" if (model_dir / "model" / "config.cfg").is_file() else model_dir


def relabelled(tags: list[str], labels: dict[str, str]) -> list[str]:
    """IOB2 tags with each label mapped through `labels` (`B-GPE` -> `B-LOC`); a label not in it stays."""
    return [tag if tag == "O" else tag[:2] + labels.get(tag[2:], tag[2:]) for tag in tags]


def evaluate(data_dir: Path, model_dir: Path, labels: dict[str, str] | None = None) -> dict:
    """Scores of the model in model_dir on data_dir/IOB2_test.txt, with gold tokens and gold sentences; with
    `labels`, in the labels they map to (`relabelled`)."""
    model_dir = pipeline_dir(model_dir)
    nlp = spacy.load(model_dir)
    sentences = read_iob2(split_path(data_dir, "test"))
    # Gold sentence starts are set, so the sentence splitter leaves each sentence whole.
    docs = [Doc(nlp.vocab, words=s.words, sent_starts=[True] + [False] * (len(s.words) - 1)) for s in sentences]
    started = time.perf_counter()
    predicted = [iob2_tags(doc) for doc in nlp.pipe(docs, batch_size=256)]
    seconds = time.perf_counter() - started
    gold = [s.tags for s in sentences]
    if labels:
        gold, predicted = ([relabelled(tags, labels) for tags in each] for each in (gold, predicted))
    per_label, micro = score_tag_sequences(gold, predicted)
    n_words = sum(len(s.words) for s in sentences)
    return {
        "data": str(split_path(data_dir, "test")),
        "model": str(model_dir),
        "sentences": len(sentences),
        "words": n_words,
        "words_per_second": n_words / seconds,
        "per_label": {label: scores.as_dict() for label, scores in per_label.items()},
        "micro": micro.as_dict(),
    }


def format_report(result: dict) -> str:
    def row(name: str, s: dict) -> str:
        return (
            f"| {name:<14} | {s['precision']:.4f} | {s['recall']:.4f} | {s['f1']:.4f} "
            f"| {s['gold']:>6} | {s['predicted']:>6} |"
        )

    lines = [
        f"data: {result['data']}  ({result['sentences']} sentences, {result['words']} words)",
        f"model: {result['model']}",
        "",
        "| label          | P      | R      | F1     |   gold |   pred |",
        "|----------------|--------|--------|--------|--------|--------|",
    ]
    lines += [row(label, s) for label, s in sorted(result["per_label"].items())]
    lines.append(row("micro (all)", result["micro"]))
    lines += ["", f"words/second: {result['words_per_second']:.0f}"]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data_dir", nargs="?", type=Path, default=kaznerd_dir())
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    parser.add_argument("--labels", type=Path, default=None,
                        help="score in the labels this TSV maps KazNERD's to (models/labels/kaznerd.tsv)")
    args = parser.parse_args()
    labels = load_label_map(args.labels) if args.labels else None
    print(format_report(evaluate(args.data_dir, args.model, labels)))


if __name__ == "__main__":
    main()
