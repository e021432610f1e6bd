"""Train the Kazakh NER model on KazNERD `valid`.

    python -m pipeline.training.kk_ner [--config models/kk_ner/config.cfg] [--dev-split passage|sentence]
                                       [--max-minutes 25] [--all-data]

A fixed 10% of `valid` is the dev slice: checkpoints are chosen on it. It is cut by whole passages unless
--dev-split sentence (how the shipped model was trained, which `make train-kk` replays). With --all-data the
dev slice is trained on as well, for the config's max_steps, and the last model is kept.

Converts the data to DocBin under models/kk_ner/training/ (git-ignored), trains with spaCy's train API, then
installs the model, with the Kazakh sentence splitter in front, as models/kk_ner/model/. The test split is
never read here.
"""
from __future__ import annotations

import argparse
import shutil
import time
from pathlib import Path

import spacy
from spacy.training.initialize import init_nlp
from spacy.training.loop import train as spacy_train
from spacy.util import load_config

import pipeline.spacy_parts  # noqa: F401  (registers "kk", kk_sentencizer and the Kazakh model's layers)
from pipeline.datasets.kaznerd import kaznerd_dir, read_iob2, split_off_dev, split_path, to_docbin
from pipeline.paths import MODELS_DIR
from pipeline.training.time_budget import TimeBudgetSpent
from pipeline.training import augmenter_chain, initials_augmenter, mention_swap_augmenter  # noqa: F401  (named in the config)

KK_NER_DIR = MODELS_DIR / "kk_ner"
DEV_FRACTION = 0.1
DEV_SEED = 13


# How the dev slice is cut: by whole passages, as KazNERD cut its own splits (a test-like dev slice), or by
# sentence, as the shipped model's was (its dev slice shares passages, and names, with its training part).
DEV_SPLITS = {"passage": lambda sentence: sentence.passage, "sentence": None}


def write_corpus(out_dir: Path, data_dir: Path, dev_split: str, all_data: bool) -> tuple[Path, Path]:
    """train.spacy and dev.spacy; with all_data the dev slice is trained on too (and only logged)."""
    sentences = read_iob2(split_path(data_dir, "valid", with_ids=True), with_ids=True)
    train, dev = split_off_dev(sentences, DEV_FRACTION, DEV_SEED, group=DEV_SPLITS[dev_split])
    if all_data:
        train = train + dev
    vocab = spacy.blank("kk").vocab
    out_dir.mkdir(parents=True, exist_ok=True)
    train_path, dev_path = out_dir / "train.spacy", out_dir / "dev.spacy"
    to_docbin(vocab, train).to_disk(train_path)
    to_docbin(vocab, dev).to_disk(dev_path)
    print(f"KazNERD valid: {len(train)} training sentences, {len(dev)} dev sentences")
    return train_path, dev_path


def train(
    config_path: Path,
    run_dir: Path,
    data_dir: Path,
    max_minutes: float | None,
    overrides: dict,
    dev_split: str,
    all_data: bool,
) -> Path:
    """Train into run_dir; returns the model to install: the best dev checkpoint, or with all_data (the dev
    slice trained on, so no checkpoint can be chosen on it) the one after the config's max_steps."""
    train_path, dev_path = write_corpus(run_dir / "corpus", data_dir, dev_split, all_data)
    config = load_config(config_path, overrides={"paths.train": str(train_path), "paths.dev": str(dev_path), **overrides})
    if max_minutes:
        config["training"]["before_update"] = {"@callbacks": "dipevents.time_budget.v1", "minutes": max_minutes}
    output_dir = run_dir / "output"
    output_dir.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()  # includes initialisation, as a user rebuilding the model sees it
    try:
        spacy_train(init_nlp(config), output_path=output_dir)
    except TimeBudgetSpent as stop:
        print(f"Time budget spent: {stop}")
    print(f"Training took {(time.monotonic() - started) / 60:.1f} min")
    return output_dir / ("model-last" if all_data else "model-best")


def install(trained: Path, model_dir: Path) -> None:
    """The trained pipeline plus the sentence splitter, as a self-contained pipeline in model_dir."""
    nlp = spacy.load(trained)
    nlp.add_pipe("kk_sentencizer", first=True)
    # The time budget is an experiment setting, not part of the model.
    nlp.config["training"]["before_update"] = None
    if model_dir.exists():
        shutil.rmtree(model_dir)
    nlp.to_disk(model_dir)
    # The string store would list every word of the training data; the model reads hashes, not strings,
    # and its labels are re-added on load, so an empty store keeps KazNERD's vocabulary out of the repo.
    (model_dir / "vocab" / "strings.json").write_text("[]", encoding="utf-8")
    print(f"Installed {trained} as {model_dir}")


def _override_value(text: str):
    """Config override values are written as in config files: 0.2, 128, true, "x"."""
    from spacy.util import Config

    return Config().from_str(f"[x]\ny = {text}")["x"]["y"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--config", type=Path, default=KK_NER_DIR / "config.cfg")
    parser.add_argument("--run-dir", type=Path, default=KK_NER_DIR / "training" / "run")
    parser.add_argument("--model-dir", type=Path, default=KK_NER_DIR / "model")
    parser.add_argument("--data-dir", type=Path, default=kaznerd_dir())
    parser.add_argument("--max-minutes", type=float, default=None, help="stop training after this wall time")
    parser.add_argument("--dev-split", choices=sorted(DEV_SPLITS), default="passage", help="how the dev slice is cut")
    parser.add_argument(
        "--all-data", action="store_true", help="train on the dev slice too, for max_steps, and install the last model"
    )
    parser.add_argument("--no-install", action="store_true", help="train only; leave models/kk_ner/model alone")
    parser.add_argument("--set", action="append", default=[], metavar="SECTION.KEY=VALUE", help="config override")
    args = parser.parse_args()
    overrides = {key: _override_value(value) for key, value in (item.split("=", 1) for item in args.set)}
    trained = train(
        args.config, args.run_dir, args.data_dir, args.max_minutes, overrides, args.dev_split, args.all_data
    )
    if not args.no_install:
        install(trained, args.model_dir)


if __name__ == "__main__":
    main()
