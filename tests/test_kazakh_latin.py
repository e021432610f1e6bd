"""Kazakh in the Latin alphabet (2021 and the 2017 apostrophe alphabet): read as Kazakh, analysed in Cyrillic,
every span leading back to the Latin original. The two articles in tests/data/latin_kk/ were written for these
tests, the same text in each alphabet."""
from pathlib import Path

import pytest

from pipeline.ingest import ingest
from pipeline.kazakh_latin import transliterate
from pipeline.language import detect_language, identify

ARTICLES = Path(__file__).parent / "data" / "latin_kk"
CYRILLIC_LEAD = ("Мемлекет басшысы Қасым-Жомарт Тоқаев Ақордада Ресей Сыртқы істер министрі Сергей Лавровты "
                 "қабылдады. Кездесуде тараптар екі ел арасындағы сауда-")


@pytest.mark.parametrize("variant", ["latn2021", "latn2017"])
def test_latin_kazakh_is_kazakh_stored_in_cyrillic(variant):
    doc = detect_language(ingest(ARTICLES / f"{variant}.txt"))
    assert doc.script == "Latn"
    assert doc.lang == "kk"
    assert [p.lang for p in doc.paragraphs] == ["kk"] * 4
    assert CYRILLIC_LEAD in doc.text
    assert "Олжас Бектенов шетелдік әріптесімен" in doc.text
    assert not any("a" <= ch <= "z" for ch in doc.text.lower())


@pytest.mark.parametrize("variant", ["latn2021", "latn2017"])
def test_every_mention_points_into_the_latin_original(processor, variant):
    path = ARTICLES / f"{variant}.txt"
    source = path.read_text(encoding="utf-8")
    doc = processor(path)
    names = {m.text for m in doc.mentions if m.label == "PER"}
    assert {"Қасым-Жомарт Тоқаев", "Сергей Лавровты", "Олжас Бектенов"} <= names
    assert doc.events
    for mention in doc.mentions:
        assert doc.text[mention.start:mention.end] == mention.text
        latin = source[doc.source_offset(mention.start):doc.source_offset(mention.end)]
        assert transliterate(latin, variant)[0] == mention.text, (mention.text, latin)
    lavrov = next(m for m in doc.mentions if m.text == "Сергей Лавровты")
    assert source[doc.source_offset(lavrov.start):doc.source_offset(lavrov.end)] == \
        {"latn2021": "Sergei Lavrovty", "latn2017": "Sergei' Lavrovty"}[variant]


def test_offsets_hold_through_crlf_and_decomposed_letters(tmp_path):
    """Newline folding and NFC (ingest's own anchors) compose with the Latin reading's anchors."""
    lines = (ARTICLES / "latn2021.txt").read_text(encoding="utf-8").split("\n")
    source = "\r\n".join(lines)  # CRLF line ends and a combining diaeresis instead of the letters ä ö Ö
    source = source.replace("ä", "a\u0308").replace("ö", "o\u0308").replace("Ö", "O\u0308")
    path = tmp_path / "crlf.txt"
    path.write_bytes(source.encode("utf-8"))
    doc = ingest(path)
    decoded = path.read_bytes().decode("utf-8")
    for word, latin in (("Тоқаев", "Toqaev"), ("мәселелерін", "ma\u0308selelerın"), ("Өзбекстан", "O\u0308zbekstan"),
                        ("қол", "qol")):
        start = doc.text.rindex(word)
        assert decoded[doc.source_offset(start):doc.source_offset(start + len(word))] == latin


def test_latin_neighbours_are_not_read_as_kazakh(tmp_path):
    texts = {
        "uz": "O'zbekiston Respublikasi Prezidenti Shavkat Mirziyoyev Toshkentda Qozog'iston tashqi ishlar vazirini "
              "qabul qildi va ikki tomonlama hamkorlikni rivojlantirish masalalarini muhokama qildi.",
        "tr": "Cumhurbaşkanı Ankara'da Kazakistan Dışişleri Bakanı ile görüştü; iki ülke arasındaki ticari ve "
              "ekonomik işbirliğinin geliştirilmesi ele alındı.",
        "en": "The President of Kazakhstan received the Foreign Minister of Uzbekistan in Astana on Tuesday to "
              "discuss water, trade and transport.",
    }
    for code, text in texts.items():
        path = tmp_path / f"{code}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        doc = detect_language(ingest(path))
        assert doc.text == text + "\n"  # not transliterated
        assert (doc.lang, doc.script) == (code, "Latn")


def test_short_latin_headline_follows_its_kazakh_article(tmp_path):
    path = tmp_path / "headline.txt"
    path.write_text("Jaŋalyqtar\n\nToqaev Mäskeuge bardy.\n\n" +
                    (ARTICLES / "latn2021.txt").read_text(encoding="utf-8").split("\n\n", 1)[1], encoding="utf-8")
    doc = detect_language(ingest(path))
    assert "Тоқаев Мәскеуге барды." in doc.text
    assert identify("Toqaev Mäskeuge bardy, onda Reseidıñ basşysymen kezdesıp, ekıjaqty qatynastardy talqylady.")[0] == "kk"


def test_the_script_of_most_letters():
    """ISO 15924 of the script most letters are in; digits and punctuation do not count; a tie goes to the
    script met first."""
    from pipeline.kazakh_latin import script_of

    assert script_of("Қазақстан Президенті Astana-da, 2024") == "Cyrl"
    assert script_of("Qazaqstan Respýblıkasy Президенті") == "Latn"
    assert script_of("ab αβ") == "Latn" and script_of("αβ ab") == "Grek"
    assert script_of("2024 — 17.05") == "Zyyy" and script_of("") == "Zyyy"
