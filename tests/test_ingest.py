"""Ingest on real article text: encodings, normalisation with exact offsets, boilerplate, dates, bad files."""
import codecs
import unicodedata

import pytest

from pipeline.ingest import IngestError, ingest, load_rules, split_paragraphs

SEED_003 = "003_c330d1a9a8f8fc32.txt"


def seed_text(seed_paths, name=SEED_003) -> str:
    return next(p for p in seed_paths if p.name == name).read_text(encoding="utf-8")


@pytest.mark.parametrize("encoding,prefix,detected", [
    ("utf-8", b"", "utf-8"),
    ("utf-8", codecs.BOM_UTF8, "utf-8-bom"),
    ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16-le-bom"),
    ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16-be-bom"),
    ("cp1251", b"", "cp1251"),
])
def test_each_encoding_gives_the_same_text(tmp_path, seed_paths, encoding, prefix, detected):
    original = seed_text(seed_paths)
    path = tmp_path / "article.txt"
    path.write_bytes(prefix + original.encode(encoding))
    doc = ingest(path)
    assert doc.text == original
    assert doc.encoding == detected


def test_kazakh_article_survives_utf16(tmp_path, seed_paths):
    original = seed_text(seed_paths, "004_caa11e77a7aba525.txt")
    path = tmp_path / "kk.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + original.encode("utf-16-le"))
    assert ingest(path).text == original


def test_crlf_and_nfc_are_normalised_with_exact_offsets(tmp_path):
    decomposed = unicodedata.normalize("NFD", "Встреча в Алматы прошла успешно.\r\nГлава МИД Қазақстана прибыл.")
    path = tmp_path / "crlf.txt"
    path.write_bytes(decomposed.encode("utf-8"))
    doc = ingest(path)
    assert "\r" not in doc.text and unicodedata.is_normalized("NFC", doc.text)
    assert doc.text == "Встреча в Алматы прошла успешно.\nГлава МИД Қазақстана прибыл."
    # every stored word maps back onto the same word (decomposed) in the source
    for word in ("Алматы", "Қазақстана", "прибыл"):
        start = doc.text.index(word)
        source_start, source_end = doc.source_offset(start), doc.source_offset(start + len(word))
        assert unicodedata.normalize("NFC", decomposed[source_start:source_end]) == word


def test_boilerplate_is_marked_not_deleted(seed_paths):
    marked = {}
    for path in seed_paths:
        doc = ingest(path)
        marked[path.name[:3]] = [doc.text[p.start:p.end] for p in doc.paragraphs if p.boilerplate]
        body = [doc.text[p.start:p.end] for p in doc.paragraphs if not p.boilerplate]
        assert all(line in doc.text for line in marked[path.name[:3]])
        assert len(body) >= 3
    assert marked["000"] == ["Фото: Gov", "Exit mobile version"]
    assert "7535 просмотров" in marked["001"] and "Вестник Кавказа" in marked["001"]
    assert "Баку, Азербайджан" in marked["001"]  # the banner after the article's end
    assert "Поделитесь новостью с друзьями" in marked["002"]
    assert marked["003"] == ["Фото: gov.kz"]
    assert marked["004"][:4] == ["Валюта бағамы", "USD - 447.75", "EUR - 490.40", "RUB - 4.84"]
    assert any(line.startswith("Электрондық пошта") for line in marked["004"])
    assert any(line.startswith("captcha") for line in marked["004"])


def test_body_paragraphs_are_not_boilerplate(seed_paths):
    doc = ingest(next(p for p in seed_paths if p.name == SEED_003))
    body = [doc.text[p.start:p.end] for p in doc.paragraphs if not p.boilerplate]
    assert body[1].startswith("Астана. 17 февраля. KAZAKHSTAN TODAY")
    assert any(line.startswith("Посол Казахстана в Кувейте Ержан Елекеев") for line in body)


def test_title_and_publication_date(seed_paths):
    docs = {p.name[:3]: ingest(p) for p in seed_paths}
    assert docs["000"].title == "Казахстан и Организация АКТ: стратегии сотрудничества на ближайшие годы"
    assert docs["001"].title.startswith("Мы хотим сделать Казахстан полюсом стабильности")
    assert docs["003"].title.startswith("Политический диалог и двустороннее сотрудничество")
    assert docs["002"].published_date == "2022-07-21"
    assert docs["003"].published_date == "2026-02-18"
    assert docs["000"].published_date is None


@pytest.mark.parametrize("header,expected", [
    ("Астана. 17 февраля 2025. KAZINFORM - Министр провел встречу.", "2025-02-17"),
    ("2023 жылғы 5 наурыз\nАстанада кездесу өтті.", "2023-03-05"),
    ("Дата: 3 декабря 2021 в 10:15\nМинистр провел встречу.", "2021-12-03"),
    # MFA and Kazakh datelines: a comma after the city, the year's word
    ("Бишкек, 9 апреля 2024 г.\nСостоялись консультации.", "2024-04-09"),
    ("Ташкент, 21 ноября 2023 года – Министр провел встречу.", "2023-11-21"),
    ("Астана, 4 мамыр 2025 жыл.\nЕлшілер кездесті.", "2025-05-04"),
    ("Алматы. 30 қазан 2022 ж.\nКездесу өтті.", "2022-10-30"),
])
def test_publication_date_patterns(tmp_path, header, expected):
    path = tmp_path / "dated.txt"
    path.write_text(header + "\nТекст статьи о встрече министров иностранных дел.\n", encoding="utf-8")
    assert ingest(path).published_date == expected


def test_an_opening_clause_with_a_date_is_no_dateline(tmp_path):
    path = tmp_path / "clause.txt"
    path.write_text("Министры обсудили сотрудничество\nНапомним, 12 мая 2024 года, стороны подписали меморандум.\n",
                    encoding="utf-8")
    assert ingest(path).published_date is None


def test_a_dateline_on_its_own_line_is_no_title(tmp_path):
    path = tmp_path / "dateline.txt"
    path.write_text("Бишкек, 9 апреля 2024 г.\nСостоялись политические консультации МИД двух стран\nТекст.\n",
                    encoding="utf-8")
    doc = ingest(path)
    assert doc.published_date == "2024-04-09"
    assert doc.title == "Состоялись политические консультации МИД двух стран"


def test_dateline_without_year_is_not_guessed(tmp_path):
    path = tmp_path / "dateline.txt"
    path.write_text("Заголовок новости о визите\nАстана. 17 февраля. KAZINFORM - Министр провел встречу.\n",
                    encoding="utf-8")
    doc = ingest(path)
    assert doc.published_date is None
    assert doc.published_date_text == "Астана. 17 февраля."


@pytest.mark.parametrize("content,reason", [
    (b"", "file is empty"),
    (b"\n  \n", "file is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    (codecs.BOM_UTF8 + b"\xff\xfe\xfd broken", "invalid utf-8"),
])
def test_bad_files_raise_one_line_errors(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(IngestError) as raised:
        ingest(path)
    assert reason in str(raised.value)
    assert "\n" not in str(raised.value)


@pytest.mark.parametrize("link", [
    "Читайте также: Токаев принял министра иностранных дел Китая Ван И",
    "Смотрите также — Садыр Жапаров встретился с Реджепом Тайипом Эрдоганом",
    "По теме: Лавров провел переговоры с Ван И в Пекине",
    "ЧИТАЙТЕ ТАКЖЕ Путин встретился с Эрдоганом в Анкаре",
    "Тағы оқыңыз: Тоқаев Қытай Сыртқы істер министрі Ван Имен кездесті",
])
def test_a_link_to_another_article_is_boilerplate(tmp_path, link):
    path = tmp_path / "linked.txt"
    path.write_text("Министр иностранных дел встретился с послом Японии.\n" + link + "\n", encoding="utf-8")
    doc = ingest(path)
    assert [doc.text[p.start:p.end] for p in doc.paragraphs if p.boilerplate] == [link]


@pytest.mark.parametrize("header", ["Читайте также:", "ЧИТАЙТЕ ТАКЖЕ", "Тағы оқыңыз", "Новости по теме"])
def test_headlines_under_a_links_header_are_boilerplate_until_a_sentence(tmp_path, header):
    path = tmp_path / "links.txt"
    path.write_text("Министр иностранных дел встретился с послом Японии.\n" + header + "\n"
                    "Токаев провел телефонный разговор с Эрдоганом\nПутин принял Мирзиёева в Кремле\n"
                    "Стороны также обсудили транспортные коридоры.\n", encoding="utf-8")
    doc = ingest(path)
    marked = [doc.text[p.start:p.end] for p in doc.paragraphs if p.boilerplate]
    assert marked == [header, "Токаев провел телефонный разговор с Эрдоганом", "Путин принял Мирзиёева в Кремле"]


def test_a_partners_news_header_is_boilerplate(tmp_path):
    path = tmp_path / "partners.txt"
    path.write_text("Министр иностранных дел встретился с послом Японии.\nНовости партнеров\n", encoding="utf-8")
    doc = ingest(path)
    assert [doc.text[p.start:p.end] for p in doc.paragraphs if p.boilerplate] == ["Новости партнеров"]


def test_a_short_first_line_above_the_body_is_the_headline_and_one_above_a_headline_a_masthead():
    # Kazakh headlines are often three words, as short as a masthead ("Вестник Кавказа"): the last short line
    # before a paragraph that ends like a sentence is the headline
    text = "Нұртілеу Фиданмен кездесті\nСыртқы істер министрі Түркия Сыртқы істер министрі Хакан Фиданмен кездесті."
    assert [p.boilerplate for p in split_paragraphs(text, load_rules())] == [False, False]
    text = "Вестник Кавказа\nНұртілеу Анкарада Түркия Сыртқы істер министрімен кездесті\nМинистр кездесті."
    assert [p.boilerplate for p in split_paragraphs(text, load_rules())] == [True, False, False]


UTF8_ARTICLE = ("Министр иностранных дел Таджикистана Сироджиддин Мухриддин встретился в Душанбе с послом Ирана.\n"
                "Стороны обсудили строительство автомобильной дороги и поставки электроэнергии.\n")


@pytest.mark.parametrize("prefix,encoding", [(b"", "utf-8-replace"), (codecs.BOM_UTF8, "utf-8-bom-replace")])
def test_a_utf8_article_with_a_stray_byte_or_its_last_letter_cut_is_read(tmp_path, prefix, encoding):
    """A download cut short (or a scraper cutting at a byte count) ends inside a letter; a stray byte sits in a
    word: the article was refused ('cannot detect the text encoding (not UTF-8 …)') or, had a code page fitted,
    read as its mojibake. Now each bad sequence is one U+FFFD and the rest is the text."""
    raw = UTF8_ARTICLE.encode("utf-8")
    cut = raw.rstrip(b".\n")[:-1]  # the last letter's second byte gone
    stray = raw.replace("Душанбе".encode("utf-8"), "Душ".encode("utf-8") + b"\xa0" + "анбе".encode("utf-8"))
    for name, data, text in (("cut", cut, UTF8_ARTICLE[:-3] + "\ufffd"),
                             ("stray", stray, UTF8_ARTICLE.replace("Душанбе", "Душ\ufffdанбе"))):
        path = tmp_path / f"{name}.txt"
        path.write_bytes(prefix + data)
        doc = ingest(path)
        assert (doc.text, doc.encoding) == (text, encoding)


def test_a_code_page_article_is_not_taken_for_utf8_with_strays(tmp_path):
    """Windows-1251 has a bad UTF-8 sequence in nearly every Cyrillic word: it stays Windows-1251, down to a
    text of two words."""
    for text in (UTF8_ARTICLE, "Посол Ирана.\n"):
        path = tmp_path / "cp1251.txt"
        path.write_bytes(text.encode("cp1251"))
        doc = ingest(path)
        assert (doc.text, doc.encoding) == (text, "cp1251")


KAZAKH_ARTICLE = ("Қазақстан Сыртқы істер министрі Ермек Көшербаев Астанада Әзербайжан елшісімен кездесті.\n"
                  "Тараптар екіжақты ынтымақтастықтың өзекті мәселелерін талқылады.\n")


@pytest.mark.parametrize("text", [UTF8_ARTICLE, KAZAKH_ARTICLE])
@pytest.mark.parametrize("misread", ["cp1251", "latin-1"])
def test_an_article_misread_in_another_encoding_and_saved_again_is_repaired(tmp_path, text, misread):
    """A scraper that decoded a UTF-8 page as Windows-1251 ('РњРёРЅРёСЃС‚СЂ') or Latin-1 ('Ð\\x9cÐ¸Ð½Ð¸Ñ\\x81') and saved
    that as UTF-8: the article was identified as Italian, or another language, and not analysed. It is read back
    as written, and documents.encoding says how it had been misread."""
    # byte 98, undefined in Windows-1251 ('И' is D0 98), shown as U+0098, as browsers and scrapers decode it
    codecs.register_error("as_c1", lambda error: (chr(error.object[error.start]), error.start + 1))
    path = tmp_path / "mojibake.txt"
    path.write_bytes(text.encode("utf-8").decode(misread, "as_c1").encode("utf-8"))
    doc = ingest(path)
    assert doc.text == text
    assert doc.encoding == "utf-8-mojibake-" + {"cp1251": "sloppy-windows-1251", "latin-1": "latin-1"}[misread]


@pytest.mark.parametrize("text", ["Сергей Лавров, Сергей Шойгу и Сергей Собянин.\n",
                                  "Ésta è la «Ñandú» Ölçüsü: Société Générale, Ørsted, Łódź.\n",
                                  "СССР, США, РФ, США и СНГ: РИА «Новости» и ТАСС.\n"])
def test_text_that_is_no_mojibake_is_left_as_it_is(tmp_path, text):
    """Capital Р, С, Т, У (and Latin Ð, Ñ, Ó) in real text are no sign of a misreading."""
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode("utf-8"))
    assert (ingest(path).text, ingest(path).encoding) == (text, "utf-8")
