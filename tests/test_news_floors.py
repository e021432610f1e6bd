"""Regression guard on the news development set: both splits' scores stay at or above the `news_floors` of
seeds/gold/floors.yaml (paths into `make eval-news`'s report.json, which has the keys dev and heldout)."""
import yaml

from pipeline.evaluate import dataset_from_documents
from pipeline.evaluation.news import load_news_gold, news_dir, news_report, stage_articles

from conftest import needs_data
from test_seed_floors import FLOORS, lookup


@needs_data("news")
def test_news_scores_reach_the_floors(processor, tmp_path):
    golds, problems = load_news_gold()
    assert golds and not problems, "\n".join(problems)
    folders = stage_articles(news_dir(), tmp_path)  # as make eval-news: the MANIFEST's metadata as sidecars
    documents = [processor(path) for folder in folders for path in sorted(folder.glob("*.txt"))]
    report, _, unpaired = news_report(golds, dataset_from_documents(documents))
    assert not unpaired, "\n".join(unpaired)
    floors = yaml.safe_load(FLOORS.read_text(encoding="utf-8"))["news_floors"]
    below = [f"{path}: {lookup(report, path)} < {floor}" for path, floor in floors.items()
             if lookup(report, path) < floor]
    assert not below, "news scores fell below seeds/gold/floors.yaml (news_floors):\n" + "\n".join(below)
