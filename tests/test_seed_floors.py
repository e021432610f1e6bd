"""Regression guard: the pipeline's scores on the seeds stay at or above seeds/gold/floors.yaml."""
import yaml

from pipeline.evaluate import dataset_from_documents, pair_with_dataset, score_cases
from pipeline.gold import load_gold_folder
from pipeline.paths import REPO_ROOT

GOLD_DIR = REPO_ROOT / "seeds" / "gold"
FLOORS = GOLD_DIR / "floors.yaml"


def lookup(report: dict, path: str):
    value = report
    for key in path.split("/"):
        value = value[key]
    return value


def test_seed_scores_reach_the_floors(seed_documents):
    golds, problems = load_gold_folder(GOLD_DIR)
    assert golds and not problems, "\n".join(problems)
    floors = yaml.safe_load(FLOORS.read_text(encoding="utf-8"))["floors"]
    cases, unpaired = pair_with_dataset(golds, dataset_from_documents(seed_documents))
    assert not unpaired, "\n".join(unpaired)
    report, _ = score_cases(cases)
    below = [f"{path}: {lookup(report, path)} < {floor}" for path, floor in floors.items()
             if lookup(report, path) < floor]
    assert not below, "scores fell below seeds/gold/floors.yaml:\n" + "\n".join(below)
