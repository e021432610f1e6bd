"""Regression guard: the pipeline's scores on the seeds stay at or above seeds/gold/floors.yaml."""
import pytest
import yaml

from pipeline import analysis
from pipeline.evaluate import dataset_from_documents, pair_with_dataset, score_cases
from pipeline.gold import load_gold_folder
from pipeline.paths import REPO_ROOT
from pipeline.run import Processor, load_config

GOLD_DIR = REPO_ROOT / "seeds" / "gold"
FLOORS = GOLD_DIR / "floors.yaml"


def lookup(report: dict, path: str):
    value = report
    for key in path.split("/"):
        value = value[key]
    return value


def analysed_processor() -> tuple[Processor, set[str]]:
    """The configured pipeline with every language whose analysis can be built here (a model that is not
    installed leaves its language out), and the languages it covers."""
    config = load_config()
    analysers = {}
    for lang, section in config["analysis"].items():
        try:
            analysers.update(analysis.build_backends({lang: section}))
        except Exception:  # the model or package is absent on this machine
            continue
    return Processor(analysers=analysers, normalizers=config.get("normalizers", {})), set(analysers)


def checked(path: str, analysed: set[str], gold_langs: set[str]) -> bool:
    """A per-language floor needs its language analysed; an all-language floor needs them all."""
    parts = path.split("/")
    if "per_lang" in parts:
        return parts[parts.index("per_lang") + 1] in analysed
    return gold_langs <= analysed


def test_seed_scores_reach_the_floors():
    golds, problems = load_gold_folder(GOLD_DIR)
    if not golds and not problems:
        pytest.skip("no seed gold files on this branch yet")
    assert not problems, "\n".join(problems)
    floors = yaml.safe_load(FLOORS.read_text(encoding="utf-8"))["floors"]
    processor, analysed = analysed_processor()
    cases, unpaired = pair_with_dataset(golds, dataset_from_documents([processor(g.article) for g in golds]))
    assert not unpaired, "\n".join(unpaired)
    report, _ = score_cases(cases)
    gold_langs = {g.lang for g in golds}
    below = [f"{path}: {lookup(report, path)} < {floor}" for path, floor in floors.items()
             if checked(path, analysed, gold_langs) and lookup(report, path) < floor]
    assert not below, "scores fell below seeds/gold/floors.yaml:\n" + "\n".join(below)
    assert any(checked(path, analysed, gold_langs) for path in floors), "no floor could be checked"
