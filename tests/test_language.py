"""Language per document and per paragraph, on the seeds, a mixed document and neighbouring languages."""
import pytest

from pipeline.bench.langid import DEFAULT_SET, read_set
from pipeline.ingest import ingest
from pipeline.language import detect_language, identify


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


def test_kyrgyz_paragraph_is_not_kazakh_or_russian(tmp_path):
    path = tmp_path / "ky.txt"
    path.write_text("Кыргызстандын тышкы иштер министри Бишкекте Өзбекстандын элчиси менен жолугушуп, "
                    "эки өлкөнүн ортосундагы соода-экономикалык кызматташтыкты өнүктүрүү маселелерин талкуулады.\n",
                    encoding="utf-8")
    assert detect_language(ingest(path)).lang == "other"


LANGID_ROWS = read_set(DEFAULT_SET)


@pytest.mark.parametrize("lang", sorted({lang for lang, _ in LANGID_ROWS}))
def test_accuracy_per_language_on_the_labelled_set(lang):
    """ru and kk are recognised, and none of the neighbouring languages is taken for either."""
    rows = [text for row_lang, text in LANGID_ROWS if row_lang == lang]
    expected = lang if lang in ("ru", "kk") else "other"
    correct = sum(identify(text)[0] == expected for text in rows)
    assert len(rows) >= 25
    assert correct / len(rows) >= 0.92, f"{lang}: {correct}/{len(rows)}"
