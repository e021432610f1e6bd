"""Articles written in one case (ALL CAPS, all lowercase) yield the entities and events of the same article
normally cased (pipeline/truecase.py, read by the analysis stage; the entities and events stages read the
case-restored copy through `reading_cased`), every span still pointing at the stored characters."""
from __future__ import annotations

import pytest

from pipeline.document import Document, Paragraph, reading_cased
from pipeline.truecase import truecase

# Sentences written for these tests: a meeting, talks, a planned visit, an organisation's head, Kazakh case
# endings on names and places.
SENTENCES = [
    ("ru", "Министр иностранных дел Казахстана Мурат Нуртлеу встретился с министром иностранных дел Турции "
           "Хаканом Фиданом в Анкаре."),
    ("ru", "Президент Казахстана Касым-Жомарт Токаев провел переговоры с Президентом России Владимиром Путиным "
           "в Москве."),
    ("ru", "Глава МИД России Сергей Лавров посетит Ташкент, где проведет встречу с министром иностранных дел "
           "Узбекистана Бахтиёром Саидовым."),
    ("ru", "В Астане состоялись переговоры министра иностранных дел Казахстана Ермека Кошербаева и главы МИД "
           "Венгрии Петера Сийярто."),
    ("ru", "Генеральный секретарь ОДКБ Имангали Тасмагамбетов провел встречу с послом Китая в Москве Чжан "
           "Ханьхуэем."),
    ("kk", "Қазақстан Сыртқы істер министрі Мұрат Нұртілеу Анкарада Түркия Сыртқы істер министрі Хакан Фиданмен "
           "кездесті."),
    ("kk", "Қазақстан Премьер-министрі Олжас Бектенов Ташкентте Өзбекстан Премьер-министрі Абдулла Ариповпен "
           "кездесті."),
    ("kk", "Сыртқы істер министрі Мұрат Нұртілеу Нью-Йоркте БҰҰ Бас хатшысы Антониу Гутерришпен кездесті."),
]
NAMED = {"PER", "LOC", "ORG"}


def named(doc):
    """(label, normal) of the names read: Kazakh titles the model spans with the country before them only when
    they are capitalised (`Қазақстан Сыртқы істер министрі`) are left out."""
    return [(m.label, m.normal) for m in doc.mentions if m.label in NAMED]


def events(doc):
    return [(e.event_type, e.status, sorted((p.normal, p.kind, p.affiliation) for p in e.participants),
             e.location.normal if e.location else None) for e in doc.events]


def assert_spans_are_stored_text(doc, text):
    assert doc.text == text
    for record in (*doc.tokens, *doc.mentions):
        assert record.text == text[record.start:record.end]
    for event in doc.events:
        spans = [event.trigger, *event.evidence, *event.participants, *(p.role for p in event.participants if p.role)]
        spans += [event.location] if event.location else []
        for span in spans:
            assert span.text == text[span.start:span.end]


@pytest.mark.parametrize("lang,sentence", SENTENCES)
@pytest.mark.parametrize("case", [str.upper, str.lower], ids=["caps", "lowercase"])
def test_one_case_reads_as_the_normally_cased_sentence(read_events, lang, sentence, case):
    normal = read_events(sentence, lang)
    assert normal.events and named(normal)
    text = case(sentence)
    doc = read_events(text, lang)
    assert named(doc) == named(normal)
    assert events(doc) == events(normal)
    assert_spans_are_stored_text(doc, text)


def test_the_issues_example_keeps_sides_titles_states_and_place(read_events):
    for text in ("МИНИСТР ИНОСТРАННЫХ ДЕЛ КАЗАХСТАНА МУРАТ НУРТЛЕУ ВСТРЕТИЛСЯ С МИНИСТРОМ ИНОСТРАННЫХ ДЕЛ ТУРЦИИ "
                 "ХАКАНОМ ФИДАНОМ В АНКАРЕ.",
                 "министр иностранных дел казахстана мурат нуртлеу встретился с министром иностранных дел турции "
                 "хаканом фиданом в анкаре."):
        [event] = read_events(text, "ru").events
        sides = {p.normal: p for p in event.participants}
        assert set(sides) == {"Мурат Нуртлеу", "Хакан Фидан"}
        assert sides["Хакан Фидан"].text in ("ХАКАНОМ ФИДАНОМ", "хаканом фиданом")
        assert sides["Хакан Фидан"].role.text.lower() == "министром иностранных дел турции"
        assert (sides["Мурат Нуртлеу"].affiliation, sides["Хакан Фидан"].affiliation) == ("Казахстан", "Турция")
        assert event.location.normal == "Анкара"
    [event] = read_events("ҚАЗАҚСТАН СЫРТҚЫ ІСТЕР МИНИСТРІ МҰРАТ НҰРТІЛЕУ АНКАРАДА ТҮРКИЯ СЫРТҚЫ ІСТЕР МИНИСТРІ "
                          "ХАКАН ФИДАНМЕН КЕЗДЕСТІ.", "kk").events
    assert {(p.normal, p.affiliation) for p in event.participants} == {("Мұрат Нұртілеу", "Қазақстан"),
                                                                       ("Хакан Фидан", "Түркия")}
    assert (event.location.text, event.location.normal) == ("АНКАРАДА", "Анкара")


def test_a_caps_headline_over_a_normal_article(read_events):
    body = ("Президент Казахстана Касым-Жомарт Токаев провел переговоры с Президентом России Владимиром Путиным "
            "в Москве.")
    doc = read_events("КАСЫМ-ЖОМАРТ ТОКАЕВ И ВЛАДИМИР ПУТИН ПРОВЕЛИ ПЕРЕГОВОРЫ В МОСКВЕ\n" + body, "ru")
    headline = [(m.label, m.normal) for m in doc.mentions if m.end <= doc.text.index("\n")]
    assert headline == [("PER", "Касым-Жомарт Токаев"), ("PER", "Владимир Путин"), ("LOC", "Москва")]
    alone = read_events(body, "ru")
    shift = doc.text.index("\n") + 1
    assert [(m.start - shift, m.label, m.normal) for m in doc.mentions if m.start >= shift] == \
        [(m.start, m.label, m.normal) for m in alone.mentions]
    assert {p.normal for e in doc.events for p in e.participants} >= {"Касым-Жомарт Токаев", "Владимир Путин"}


def test_a_normally_cased_text_is_the_same_string():
    for text in ("Министр иностранных дел Казахстана Мурат Нуртлеу встретился с Хаканом Фиданом.\n"
                 "— говорится в сообщении.",
                 "5 мая в ходе встречи стороны обсудили вопросы сотрудничества.",
                 "МОСКВА, 14 апреля — РИА Новости. Глава МИД РФ прибыл в Астану.",
                 "Подробнее: https://www.nur.kz/politics/1236059-vstrecha.html mediabugin@gmail.com",
                 "Жалғыз голдың авторы Максим Самородов. қазақстандық футболшы ойынның 27-минутында есеп ашты."):
        assert truecase(text, "ru") is text or truecase(text, "ru") == text


def test_restored_words():
    assert truecase("ГЛАВА МИД РОССИИ СЕРГЕЙ ЛАВРОВ ВСТРЕТИЛСЯ С ГЕНСЕКОМ ОДКБ В МОСКВЕ.", "ru") == \
        "Глава МИД России Сергей Лавров встретился с генсеком ОДКБ в Москве."
    assert truecase("ТОҚАЕВ НЬЮ-ЙОРКТЕ БҰҰ-НЫҢ БАС ХАТШЫСЫМЕН КЕЗДЕСТІ.", "kk") == \
        "Тоқаев Нью-Йоркте БҰҰ-ның бас хатшысымен кездесті."
    # in a lowercase article a word written with capitals keeps them; addresses keep their case
    more = (" в ходе встречи стороны обсудили вопросы двустороннего сотрудничества в торгово-экономической, "
            "транспортной и гуманитарной сферах, а также подготовку к предстоящему заседанию межправительственной "
            "комиссии и ход реализации ранее достигнутых договоренностей на высшем уровне.") * 2
    restored = "Глава МИД России Сергей Лавров прибыл в Астану, сообщает сайт www.mid.ru."
    assert truecase(restored.lower().replace("мид", "МИД") + more, "ru") == \
        restored + (" В" + more[2:len(more) // 2]) * 2
    # initials; a short stretch in capitals cut off by an abbreviation's dot goes with the one before
    assert truecase("ПРЕЗИДЕНТ Қ.ТОҚАЕВ Н.ГЕРМАНМЕН КЕЗДЕСТІ.", "kk") == "Президент Қ.Тоқаев Н.Германмен кездесті."
    assert truecase("ДЕЛЕГАЦИЯ ПРИБЫЛА В Г. АСТАНУ.", "ru").endswith(" Астану.")


def test_a_letter_whose_case_changes_its_length_leaves_its_stretch_as_written():
    # `İ` lowercases to two code points: offsets would shift, so that stretch stays; the next one is restored
    text = "ДЕЛЕГАЦИЯ ИЗ İZMİR ПРИБЫЛА В АСТАНУ. ГЛАВА МИД РОССИИ ПРИБЫЛ В АСТАНУ."
    restored = truecase(text, "ru")
    assert len(restored) == len(text)
    assert restored == "ДЕЛЕГАЦИЯ ИЗ İZMİR ПРИБЫЛА В АСТАНУ. Глава МИД России прибыл в Астану."


def test_reading_cased_restores_the_stored_text_and_spans(read_events):
    text = "ГЛАВА МИД РОССИИ СЕРГЕЙ ЛАВРОВ ПОСЕТИТ ТАШКЕНТ."
    doc = read_events(text, "ru")
    assert doc.cased_text == "Глава МИД России Сергей Лавров посетит Ташкент."
    with reading_cased(doc):
        assert doc.text == doc.cased_text
        assert {m.text for m in doc.mentions} >= {"Сергей Лавров", "Ташкент"}
    assert_spans_are_stored_text(doc, text)
    plain = Document(doc_id="p", source_path="p.txt", sha256="", text="Текст.", lang="ru",
                     paragraphs=[Paragraph(start=0, end=6, lang="ru")])
    with reading_cased(plain):  # nothing restored: nothing changes
        assert plain.text == "Текст."


def test_the_seed_articles_are_read_as_written_but_a_caps_headline(seed_documents):
    for doc in seed_documents:
        if not doc.cased_text:
            continue
        assert len(doc.cased_text) == len(doc.text)
        changed = [line for line, cased in zip(doc.text.split("\n"), doc.cased_text.split("\n")) if line != cased]
        assert changed and all(line.isupper() for line in changed), changed


def test_a_caps_article_through_the_processor(processor, tmp_path):
    """The processor's stages (pipeline/run.py), as `make extract` runs them, on an article file in capitals."""
    text = ("МИНИСТР ИНОСТРАННЫХ ДЕЛ КАЗАХСТАНА МУРАТ НУРТЛЕУ ВСТРЕТИЛСЯ С МИНИСТРОМ ИНОСТРАННЫХ ДЕЛ ТУРЦИИ "
            "ХАКАНОМ ФИДАНОМ В АНКАРЕ.\nСТОРОНЫ ОБСУДИЛИ ВОПРОСЫ ТОРГОВО-ЭКОНОМИЧЕСКОГО СОТРУДНИЧЕСТВА.\n")
    path = tmp_path / "caps.txt"
    path.write_text(text, encoding="utf-8")
    doc = processor(path)
    assert doc.lang == "ru"
    [event] = doc.events
    assert {(p.normal, p.affiliation) for p in event.participants} == {("Мурат Нуртлеу", "Казахстан"),
                                                                       ("Хакан Фидан", "Турция")}
    assert event.location.normal == "Анкара"
    assert_spans_are_stored_text(doc, text)
