"""KazNERD reader (on the real files when present) and the benchmark's entity-level scorer."""
import pytest
import spacy

import pipeline.spacy_parts  # noqa: F401  (registers "kk", kk_sentencizer and the Kazakh model's layers)
from pipeline.backends.spacy_backend import load_label_map
from pipeline.bench.entity_scores import entity_spans, score_tag_sequences
from pipeline.bench.kaznerd import relabelled
from pipeline.datasets.kaznerd import iob2_tags, iter_iob2, kaznerd_dir, labels_of, read_iob2, split_off_dev, split_path, to_doc
from pipeline.paths import MODELS_DIR

KAZNERD = kaznerd_dir()
needs_kaznerd = pytest.mark.skipif(not KAZNERD.is_dir(), reason="KazNERD not in the data folder")

KAZNERD_LABELS = {
    "ADAGE", "ART", "CARDINAL", "CONTACT", "DATE", "DISEASE", "EVENT", "FACILITY", "GPE", "LANGUAGE",
    "LAW", "LOCATION", "MISCELLANEOUS", "MONEY", "NON_HUMAN", "NORP", "ORDINAL", "ORGANISATION",
    "PERCENTAGE", "PERSON", "POSITION", "PRODUCT", "PROJECT", "QUANTITY", "TIME",
}


def first_lines(path, n):
    with path.open(encoding="utf-8") as lines:
        return [next(lines) for _ in range(n)]


@needs_kaznerd
def test_reads_the_first_sentences_of_valid():
    # The first 20 lines: one full sentence, one more, and the start of a third.
    sentences = list(iter_iob2(first_lines(split_path(KAZNERD, "valid"), 20)))
    assert sentences[0].words == ["Әрі", "«", "Қара", "сөздерінің", "»", "аудиодискісін", "тыңдауға", "болады", "."]
    assert sentences[0].tags == ["O", "O", "B-ART", "I-ART", "O", "O", "O", "O", "O"]
    assert sentences[1].words[:4] == ["Олардың", "арасында", "«", "Әміре"]
    assert all(len(s.words) == len(s.tags) for s in sentences)


@needs_kaznerd
def test_valid_split_has_all_25_labels_and_converts_to_docs():
    sentences = read_iob2(split_path(KAZNERD, "valid"))
    assert len(sentences) == 11167
    assert labels_of(sentences) == KAZNERD_LABELS
    doc = to_doc(spacy.blank("kk").vocab, sentences[0])
    assert [(ent.text, ent.label_) for ent in doc.ents] == [("Қара сөздерінің", "ART")]
    assert iob2_tags(doc) == sentences[0].tags


def test_reader_handles_missing_final_blank_line():
    sentences = list(iter_iob2(["Ержан B-PERSON\n", "Ашықбаев I-PERSON\n", "\n", "Ташкент B-GPE\n"]))
    assert [s.tags for s in sentences] == [["B-PERSON", "I-PERSON"], ["B-GPE"]]


def test_reader_takes_the_passage_from_sentence_ids():
    lines = ["AID330210 O\n", "Ташкент B-GPE\n", "\n", "DID330210 O\n", "Ол O\n", "\n", "AID311396 O\n", "Иә O\n"]
    sentences = list(iter_iob2(lines, with_ids=True))
    assert [(s.words, s.passage) for s in sentences] == [(["Ташкент"], "330210"), (["Ол"], "330210"), (["Иә"], "311396")]
    with pytest.raises(ValueError, match="sentence id"):
        list(iter_iob2(["Ташкент B-GPE\n"], with_ids=True))


@needs_kaznerd
def test_files_with_and_without_ids_hold_the_same_sentences():
    plain = read_iob2(split_path(KAZNERD, "valid"))
    with_ids = read_iob2(split_path(KAZNERD, "valid", with_ids=True), with_ids=True)
    assert [(s.words, s.tags) for s in with_ids] == [(s.words, s.tags) for s in plain]
    # Several sentences share a passage; KazNERD's test split shares none with valid.
    passages = {s.passage for s in with_ids}
    assert len(passages) < len(with_ids)
    test_passages = {s.passage for s in read_iob2(split_path(KAZNERD, "test", with_ids=True), with_ids=True)}
    assert passages.isdisjoint(test_passages)


def test_dev_slice_keeps_groups_whole():
    items = [f"{group}-{i}" for group in range(30) for i in range(group % 4 + 1)]
    train, dev = split_off_dev(items, 0.2, seed=13, group=lambda item: item.split("-")[0])
    assert {i.split("-")[0] for i in train}.isdisjoint(i.split("-")[0] for i in dev)
    assert len(train) + len(dev) == len(items)
    assert 0.2 * len(items) <= len(dev) < 0.2 * len(items) + 4


def test_dev_slice_is_fixed_and_disjoint():
    items = [str(i) for i in range(100)]
    train, dev = split_off_dev(items, 0.1, seed=13)
    assert len(dev) == 10 and len(train) == 90
    assert set(train).isdisjoint(dev)
    assert split_off_dev(items, 0.1, seed=13) == (train, dev)


def test_entity_spans_from_iob2():
    tags = ["B-PERSON", "I-PERSON", "O", "B-GPE", "B-GPE", "I-ORGANISATION", "I-ORGANISATION"]
    assert entity_spans(tags) == {("PERSON", 0, 2), ("GPE", 3, 4), ("GPE", 4, 5), ("ORGANISATION", 5, 7)}


def test_scores_exact_match_only():
    gold = [
        ["B-PERSON", "I-PERSON", "O", "B-GPE"],
        ["B-ORGANISATION", "I-ORGANISATION", "I-ORGANISATION", "O"],
    ]
    predicted = [
        ["B-PERSON", "I-PERSON", "O", "B-GPE"],  # both right
        ["B-ORGANISATION", "I-ORGANISATION", "O", "B-GPE"],  # ORG boundary wrong, a spurious GPE
    ]
    per_label, micro = score_tag_sequences(gold, predicted)
    assert (per_label["PERSON"].precision, per_label["PERSON"].recall, per_label["PERSON"].f1) == (1.0, 1.0, 1.0)
    assert (per_label["GPE"].precision, per_label["GPE"].recall) == (0.5, 1.0)
    assert per_label["GPE"].f1 == pytest.approx(2 / 3)
    assert (per_label["ORGANISATION"].precision, per_label["ORGANISATION"].recall, per_label["ORGANISATION"].f1) == (
        0.0, 0.0, 0.0,
    )
    # 2 of 4 predictions right, 2 of 3 gold entities found.
    assert (micro.gold, micro.predicted, micro.tp) == (3, 4, 2)
    assert micro.precision == 0.5
    assert micro.recall == pytest.approx(2 / 3)
    assert micro.f1 == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))


def test_scores_with_nothing_predicted():
    per_label, micro = score_tag_sequences([["B-DATE", "I-DATE"]], [["O", "O"]])
    assert (per_label["DATE"].precision, per_label["DATE"].recall, per_label["DATE"].f1) == (0.0, 0.0, 0.0)
    assert (micro.gold, micro.predicted) == (1, 0)


@needs_kaznerd
def test_dev_splits_of_the_trainer():
    from pipeline.training.kk_ner import DEV_FRACTION, DEV_SEED, DEV_SPLITS

    sentences = read_iob2(split_path(KAZNERD, "valid", with_ids=True), with_ids=True)
    by_passage = split_off_dev(sentences, DEV_FRACTION, DEV_SEED, group=DEV_SPLITS["passage"])
    by_sentence = split_off_dev(sentences, DEV_FRACTION, DEV_SEED, group=DEV_SPLITS["sentence"])
    assert len(by_passage[1]) == len(by_sentence[1]) == 1117
    assert {s.passage for s in by_passage[0]}.isdisjoint(s.passage for s in by_passage[1])
    # The sentence cut, the shipped model's, lets passages straddle the two sides.
    assert not {s.passage for s in by_sentence[0]}.isdisjoint(s.passage for s in by_sentence[1])


def test_scores_in_the_labels_the_pipeline_reads():
    # A GPE tagged LOCATION is wrong in KazNERD's labels and right in the pipeline's, where both are LOC.
    labels = load_label_map(MODELS_DIR / "labels" / "kaznerd.tsv")
    gold = [["B-GPE", "I-GPE", "O", "B-PERSON"]]
    predicted = [["B-LOCATION", "I-LOCATION", "O", "B-PERSON"]]
    assert score_tag_sequences(gold, predicted)[1].tp == 1
    per_label, micro = score_tag_sequences([relabelled(tags, labels) for tags in gold],
                                           [relabelled(tags, labels) for tags in predicted])
    assert per_label["LOC"].tp == 1 and per_label["PER"].tp == 1
    assert (micro.tp, micro.fp, micro.fn) == (2, 0, 0)
