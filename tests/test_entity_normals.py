"""Places' and bodies' nominatives, decided once in the entities stage (pipeline/entities.py) and read as they are
by the events: only an organisation's head agrees with the name's case, its complements stay as written; places
left as written take their lemma. Sentences written for these tests."""
import pytest


def normals(doc, label):
    return {m.text: m.normal for m in doc.mentions if m.label == label}


def test_an_organisations_complements_stay_as_written(read_events):
    doc = read_events("Министры обороны обсудили итоги заседания Совета коллективной безопасности в Минске. "
                      "Глава МИД Армении выступил на сессии Организации Договора о коллективной безопасности.", "ru")
    orgs = normals(doc, "ORG")
    assert orgs.get("Совета коллективной безопасности") == "Совет коллективной безопасности"
    assert orgs.get("Организации Договора о коллективной безопасности") == \
        "Организация Договора о коллективной безопасности"


def test_events_and_mentions_share_the_organisations_normal(read_events):
    doc = read_events("Президент Казахстана Касым-Жомарт Токаев встретился с генеральным секретарем Организации "
                      "Договора о коллективной безопасности Имангали Тасмагамбетовым.", "ru")
    secretary = next(p for e in doc.events for p in e.participants if p.normal == "Имангали Тасмагамбетов")
    assert secretary.affiliation == "Организация Договора о коллективной безопасности"
    assert secretary.affiliation in normals(doc, "ORG").values()


def test_a_place_left_as_written_takes_its_lemma(read_events):
    doc = read_events("Министр иностранных дел Эфиопии встретился с послом Кении в Аддис-Абебе.", "ru")
    assert "Аддис-Абеба" in normals(doc, "LOC").values()


def test_places_in_a_shouting_headline_get_standard_capitals(read_events):
    doc = read_events("МОСКВА, 14 апреля — РИА Новости. Министр иностранных дел России встретился с послом Ирана.", "ru")
    assert "Москва" in normals(doc, "LOC").values()
    doc = read_events("ШЫМКЕНТ. Қала әкімі Түркия елшісімен кездесті.", "kk")
    assert [m.normal for m in doc.mentions if m.start == 0] == ["Шымкент"]  # once, not twice
    doc = read_events("Глава МИД КНДР и министр иностранных дел ОАЭ провели переговоры.", "ru")
    assert {"КНДР", "ОАЭ"} <= set(normals(doc, "LOC").values()) | set(normals(doc, "ORG").values())


def test_a_place_the_tagger_misdeclines_takes_the_form_the_map_knows(read_events):
    doc = read_events("В Астане прошла встреча министров иностранных дел Казахстана и Китая.", "ru")
    assert "Астана" in normals(doc, "LOC").values()
    doc = read_events("Сыртқы істер министрі Мұрат Нұртілеу жұмыс сапарымен Минскіге барды.", "kk")
    assert "Минск" in normals(doc, "LOC").values()


@pytest.mark.parametrize("text, place", [
    ("Делегация вылетела в Эр-Рияд.", "Эр-Рияд"),
    ("Президент прилетел в Куала-Лумпур.", "Куала-Лумпур"),
    ("Соединенные Штаты и Вьетнам подписали соглашение.", "Соединенные Штаты"),
    ("Объединенные Арабские Эмираты открыли посольство в Ташкенте.", "Объединенные Арабские Эмираты"),
])
def test_a_place_written_as_the_map_names_it_is_its_own_normal(read_events, text, place):
    # the tagger's lemma ("Эр-Рияда", "Соединить Штат") is no place; the words as written are one the map knows
    assert normals(read_events(text, "ru"), "LOC").get(place) == place


@pytest.mark.parametrize("written, place", [
    ("Нукусе", "Нукус"), ("Термезе", "Термез"), ("Намангане", "Наманган"), ("Ургенче", "Ургенч"),
    ("Караколе", "Каракол"), ("Хиве", "Хива"), ("Кызылорде", "Кызылорда"),
])
def test_a_city_the_tagger_takes_for_a_body_after_a_preposition_of_place_is_a_place(read_events, written, place):
    doc = read_events(f"В {written} прошло заседание Совета министров иностранных дел СНГ. В МИД Казахстана "
                      "состоялся брифинг.", "ru")
    assert normals(doc, "LOC").get(written) == place
    assert "МИД" in normals(doc, "ORG")  # a body after "в" stays a body


@pytest.mark.parametrize("text, place", [
    ("Саммит Центральная Азия – Китай прошел в Астане.", "Центральная Азия"),
    ("Северная Македония и Казахстан подписали соглашение.", "Северная Македония"),
    ("Новая Зеландия открыла посольство в Анкаре.", "Новая Зеландия"),
])
def test_a_place_named_in_the_nominative_keeps_its_adjectives_agreement(read_events, text, place):
    # the adjective's lemma is masculine ("Центральный Азия"); the word as written is already the nominative
    assert normals(read_events(text, "ru"), "LOC").get(place) == place


def test_a_person_named_again_takes_the_full_name_once_for_every_table(read_events):
    doc = read_events("Министр иностранных дел Казахстана Мурат Нуртлеу встретился с послом Японии. "
                      "Нуртлеу рассказал о визите.", "ru")
    surname = next(m for m in doc.mentions if m.text == "Нуртлеу")
    assert (surname.normal, surname.full_name) == ("Нуртлеу", "Мурат Нуртлеу")  # the normal stays the mention's own
    assert [m.full_name for m in doc.mentions if m.label != "PER"] == ["" for m in doc.mentions if m.label != "PER"]
    assert {p.normal for e in doc.events for p in e.participants if p.kind == "person"} == {"Мурат Нуртлеу"}
    assert len({m.actor_id for m in doc.mentions if m.label == "PER"}) == 1  # the link stage reads the same name


def test_a_surname_alone_in_a_headline_is_the_person_named_in_full(read_events):
    # entities.yaml `propagate_surnames`: natasha misses "Токаев" before a verb in a headline; the body names him
    doc = read_events("Токаев принял Шольца\nПрезидент Казахстана Касым-Жомарт Токаев принял в Акорде канцлера "
                      "Германии Олафа Шольца.", "ru")
    headline = [m for m in doc.mentions if m.end <= doc.text.index("\n")]
    assert ("Токаев", "PER", "Токаев") in [(m.text, m.label, m.normal) for m in headline]


def test_a_name_printed_without_its_yo_is_the_name_with_it(read_events):
    # е stands for ё in print: "Мирзиеев" and "Мирзиёев" in one article are one person, named with ё
    doc = read_events("Президент Узбекистана Шавкат Мирзиёев прибыл в Астану.\nЗатем Шавкат Мирзиеев провел "
                      "переговоры с президентом Казахстана Касым-Жомартом Токаевым.", "ru")
    assert {m.full_name for m in doc.mentions if m.label == "PER" and "Мирзи" in m.text} == {"Шавкат Мирзиёев"}
    talks = next(e for e in doc.events if e.event_type == "talks")
    assert "Шавкат Мирзиёев" in {p.normal for p in talks.participants}


def test_a_kazakh_subjects_surname_run_into_the_next_name_is_two_people(read_events):
    # Kazakh puts the subject's surname right before the other side's name; the model reads the run as one person
    doc = read_events("Өзбекстан Президенті Шавкат Мирзиёев Астанаға келді. Мемлекет басшысы Қасым-Жомарт Тоқаев "
                      "қонақты Ақордада қарсы алды. Мирзиёев Тоқаевпен екіжақты кездесті.", "kk")
    assert [m.text for m in doc.mentions if m.label == "PER"][-2:] == ["Мирзиёев", "Тоқаевпен"]
    meeting = next(e for e in doc.events if e.event_type == "meeting")
    assert {p.normal for p in meeting.participants} == {"Шавкат Мирзиёев", "Қасым-Жомарт Тоқаев"}
    doc = read_events("Ресей Президенті Владимир Путин мен Қытай төрағасы Си Цзиньпин Мәскеуде кездесті. Путин Си "
                      "Цзиньпинге сый тапсырды.", "kk")
    assert [m.text for m in doc.mentions if m.label == "PER"][-2:] == ["Путин", "Си Цзиньпинге"]


def test_a_kazakh_honorific_is_no_part_of_the_name(read_events):
    doc = read_events("Қытай төрағасы Си Цзиньпин Астанаға келді. Си мырза Тоқаевпен кездесті. Президент Дональд "
                      "Трамп мырзамен келіссөздер жүргіздік.", "kk")
    people = [m.text for m in doc.mentions if m.label == "PER"]
    assert "Си" in people and "Тоқаевпен" in people and "Дональд Трамп" in people
    assert not any("мырза" in name for name in people)


def test_an_organisation_named_in_full_is_found_where_the_model_missed_it(read_events):
    # models/igos.tsv's names in any case form; a place inside the name is part of it, no place of the event
    doc = read_events("Президент Турции Реджеп Тайип Эрдоган примет участие в саммите Совещания по взаимодействию и "
                      "мерам доверия в Азии в Астане.", "ru")
    assert "Совещание по взаимодействию и мерам доверия в Азии" in normals(doc, "ORG").values()
    assert "Азия" not in normals(doc, "LOC").values()
    summit = next(e for e in doc.events if e.event_type == "multilateral")
    assert summit.location.normal == "Астана"
    doc = read_events("Президент Тәуелсіз Мемлекеттер Достастығының саммитіне қатысады.", "kk")
    assert normals(doc, "ORG") == {"Тәуелсіз Мемлекеттер Достастығының": "Тәуелсіз Мемлекеттер Достастығы"}


def test_the_ordinal_after_an_organisation_counts_its_meetings(read_events):
    doc = read_events("Президент Түркі Кеңесінің VII саммитіне қатысты.", "kk")
    assert normals(doc, "ORG") == {"Түркі Кеңесінің": "Түркі Кеңесі"}
    # a number that is part of the name stays
    doc = read_events("Министр принял участие во встрече Группы 20 в Рио-де-Жанейро.", "ru")
    assert normals(doc, "ORG") == {"Группы 20": "Группа 20"}


def test_a_known_kazakh_body_inside_a_title_is_an_organisation(read_events):
    # entities.yaml find_known takes ORG too: KazNERD leaves the body inside the title it labels POSITION
    doc = read_events("Сенат төрағасы Мәулен Әшімбаев Жапония елшісімен кездесті. Мәжіліс спикері Ерлан Қошанов "
                      "Түркия делегациясын қабылдады.", "kk")
    assert {"Сенат", "Мәжіліс"} <= set(normals(doc, "ORG").values())


def test_an_abbreviation_is_its_own_normal(read_events):
    # natasha reads "СВМДА" as the genitive of "СВМД"
    doc = read_events("Президент Казахстана Касым-Жомарт Токаев выступил на пленарном заседании саммита СВМДА.", "ru")
    assert normals(doc, "ORG") == {"СВМДА": "СВМДА"}


def test_a_given_name_run_after_a_surname_does_not_split_a_full_name(read_events):
    # "Тоқаев Эмине" ends in a given name, which starts "Эмине Ердоған": no surname, so that name stays whole
    doc = read_events("Түркия Президенті Режеп Тайып Ердоған мен Эмине Ердоған Астанаға келді. Тоқаев Эмине "
                      "ханыммен амандасты.", "kk")
    assert "Эмине Ердоған" in [m.text for m in doc.mentions if m.label == "PER"]
    doc = read_events("Өзбекстан Президенті Шавкат Мирзиёев пен оның жұбайы Зироатхон Мирзиёева Астанаға келді. "
                      "Тоқаев Зироатхон ханыммен амандасты.", "kk")
    assert "Зироатхон Мирзиёева" in [m.text for m in doc.mentions if m.label == "PER"]


def test_an_organisation_is_found_in_any_letter_case_and_case_form(read_events):
    doc = read_events("Токаев выступил на заседании высшего совета евразийской экономической комиссии.", "ru")
    assert "Евразийская экономическая комиссия" in normals(doc, "ORG").values()
    doc = read_events("Министр біріккен ұлттар ұйымының сессиясына қатысты.", "kk")
    assert "Біріккен Ұлттар Ұйымы" in normals(doc, "ORG").values()


def test_a_russian_subjects_surname_run_into_the_next_name_is_two_people(read_events):
    doc = read_events("Президент Узбекистана Шавкат Мирзиёев и президент Таджикистана Эмомали Рахмон провели "
                      "переговоры. «Добро пожаловать», - сказал Мирзиёев Рахмону.", "ru")
    assert [m.text for m in doc.mentions if m.label == "PER"][-2:] == ["Мирзиёев", "Рахмону"]


def test_news_sites_by_their_domain_are_organisations(read_events):
    doc = read_events("Қасым-Жомарт Тоқаев Шавкат Мирзиёевпен телефон арқылы сөйлесті, деп хабарлайды Tengrinews.kz "
                      "тілшісі. Толығырақ: https://www.akorda.kz/kz/news, info@akorda.kz", "kk")
    assert [m.text for m in doc.mentions if m.label == "ORG"] == ["Tengrinews.kz"]
    assert all(p.normal != "Tengrinews.kz" for e in doc.events for p in e.participants)


@pytest.mark.parametrize("text, site", [
    ("Сенат төрағасы Польша елшісімен кездесті, деп хабарлайды Qazinform.KZ. Елші сенім грамотасын тапсырды.",
     "Qazinform.KZ"),
    ("Екі министр көлік дәлізін талқылады, деп жазады Kursiv.kz.", "Kursiv.kz"),
])
def test_a_news_site_at_the_end_of_a_sentence_is_an_organisation(read_events, text, site):
    doc = read_events(text, "kk")
    assert [m.text for m in doc.mentions if m.label == "ORG" and site in m.text] == [site]


def resolved_from_model_spans(processor, text: str, spans: list[tuple[str, str]],
                              in_order: bool = False) -> list[tuple[str, str]]:
    """(text, label) of the mentions the entities stage makes of Kazakh spans given as a model gave them; each span
    the first place its words are written, or (`in_order`) the first after the span before it."""
    from pipeline.analysis import analyse
    from pipeline.document import Document, Mention, Paragraph
    from pipeline.entities import resolve_entities

    doc = Document(doc_id="t", source_path="t.txt", sha256="", text=text, lang="kk")
    doc.paragraphs.append(Paragraph(start=0, end=len(text), lang="kk"))
    analyse(doc, processor.analysers)
    doc.mentions, after = [], 0
    for words, label in spans:
        start = text.index(words, after)
        doc.mentions.append(Mention(start, start + len(words), words, label, label, lang="kk", source="model"))
        after = start + len(words) if in_order else 0
    return [(m.text, m.label) for m in resolve_entities(doc, processor.normalizers, processor.person_names).mentions]


def test_a_known_place_run_into_a_persons_surname_is_split(processor):
    # the Kazakh model runs a place into the word next to it; spans as it gave them on the probe's articles
    found = resolved_from_model_spans(
        processor, "Премьер-министр Олжас Бектенов Пекинге барды. Сапар алдында Бектенов Германия Канцлерімен "
                   "сөйлесті, Ресей Сыртқы істер министрі Сергей Лавровпен кездесті. Солтүстік Қазақстан облысы да "
                   "аталды.",
        [("Олжас Бектенов", "PER"), ("Бектенов Германия", "LOC"), ("Ресей Сыртқы", "PER"),
         ("Сергей Лавровпен", "PER"), ("Солтүстік Қазақстан", "LOC")])
    assert ("Бектенов", "PER") in found and ("Германия", "LOC") in found  # the surname of a person named in full
    assert ("Ресей", "LOC") in found and not any(t.startswith("Ресей Сыртқы") or t == "Сыртқы" for t, _ in found)
    assert ("Солтүстік Қазақстан", "LOC") in found  # a place's own word stays with it


def test_a_city_in_the_locative_run_into_a_full_name_is_split(processor):
    # "Шахбаз Шарифпен Тяньцзиньде": a word in the locative the map knows is a place; no person takes that case
    found = resolved_from_model_spans(
        processor, "Тоқаев Пәкістан Премьер-министрі Шахбаз Шарифпен Йоханнесбургте кездесті, ал Рамафосаға хат "
                   "жолдады.",
        [("Шахбаз Шарифпен Йоханнесбургте", "PER"), ("Рамафосаға", "PER")])
    assert ("Шахбаз Шарифпен", "PER") in found and ("Йоханнесбургте", "LOC") in found
    assert ("Рамафосаға", "PER") in found  # a dative is no locative: a person may take it


def test_a_superlative_keeps_its_own_stem_in_the_nominative(read_events):
    # pymorphy files "высший" under "высокий" and put "Высшего" in the nominative as "Высочайший"
    doc = read_events("Президенты приняли участие в заседании Высшего Евразийского экономического совета и "
                      "обсудили работу Высшей аттестационной комиссии.", "ru")
    normals = {m.text: m.normal for m in doc.mentions if m.label == "ORG"}
    assert normals.get("Высшего Евразийского экономического совета") == "Высший Евразийский экономический совет"


def test_a_datelines_agency_and_the_titles_words_are_no_given_names(processor):
    # spans as the Kazakh model gives them on datelines: the agency and a dash run into the name after them
    found = resolved_from_model_spans(
        processor, "Астана, 5 сәуір. Kazinform – Қасым-Жомарт Тоқаев Ақордада Италия елшісін қабылдады. Алматы. "
                   "ҚазАқпарат – Қазақстан Республикасының Сенат Төрағасы Мәулен Әшімбаев Ресейге барды.",
        [("Kazinform – Қасым-Жомарт Тоқаев", "FAC"), ("– Қазақстан Республикасының", "LOC"), ("Әшімбаев", "PER")])
    assert ("Қасым-Жомарт Тоқаев", "PER") in found and ("Қазақстан Республикасының", "LOC") in found
    assert ("Мәулен Әшімбаев", "PER") in found  # the given name, not the title's words before it
    assert not any(text.startswith(("–", "Kazinform –")) for text, _ in found)


def test_a_headlines_two_surnames_run_together_are_two_people(processor):
    # "Макрон Шольцке: …": the surname of a person named in full later (ending as no Kazakh surname does), then
    # one the gazetteer knows; the run itself is no proof that "Макрон" starts a name
    found = resolved_from_model_spans(
        processor, "Макрон Шольцке: Біз әріптестікті бағалаймыз. Франция президенті Эммануэль Макрон Берлинге барды.",
        [("Макрон Шольцке", "PER"), ("Эммануэль Макрон", "PER")])
    assert ("Макрон", "PER") in found and ("Шольцке", "PER") in found
    assert ("Макрон Шольцке", "PER") not in found


def test_a_known_surname_after_glued_initials_is_a_person(processor):
    # "Н.Назарбаевты": one token the model left unlabelled; the initials stay in the span (GUIDELINES)
    found = resolved_from_model_spans(
        processor, "Мәскеуге барған Қазақстан президенті Н.Назарбаевты Ресей басшысы В.В.Путин қарсы алды. Кейін "
                   "олар В.Путинді тағы көрді.",
        [("Мәскеуге", "LOC")])
    assert ("Н.Назарбаевты", "PER") in found and ("В.Путинді", "PER") in found


def test_a_title_and_the_name_after_it_read_as_one_event_are_a_title_and_a_person(processor):
    # spans as the Kazakh model gives them: a foreign dignitary's title and name as one EVENT, the surname cut off
    found = resolved_from_model_spans(
        processor, "Ерлан Қошанов Ватиканда Ұлы Канцлері Альберто ди Кастельнуовомен кездесті.",
        [("Ерлан Қошанов", "PER"), ("Ұлы Канцлері Альберто", "EVENT")])
    assert ("Ұлы Канцлері", "POSITION") in found and ("Альберто ди Кастельнуовомен", "PER") in found


@pytest.mark.parametrize("text, people", [
    ("Министр иностранных дел России провел переговоры с министром иностранных дел Китая Ван И. Сергей Лавров "
     "отметил высокий уровень отношений.", ["Ван И", "Сергей Лавров"]),
    ("Делегацию Китая возглавил министр Ван И. Касым-Жомарт Токаев поблагодарил гостей.",
     ["Ван И", "Касым-Жомарт Токаев"]),
    ("На встрече выступил Джон Ф. Кеннеди.", ["Джон Ф. Кеннеди"]),
    # the next sentence starts with the same name, which ends in one letter too
    ("Министр иностранных дел Казахстана Мурат Нуртлеу провел переговоры с главой МИД КНР Ван И. Ван И пригласил "
     "казахстанского коллегу в Пекин.", ["Мурат Нуртлеу", "Ван И", "Ван И"]),
    ("Глава МИД России Сергей Лавров провел телефонный разговор с министром иностранных дел Китая Ван И. Ван И "
     "поддержал инициативу.", ["Сергей Лавров", "Ван И", "Ван И"]),
])
def test_a_one_letter_name_before_the_next_sentence_is_not_an_initial(read_events, text, people):
    assert [m.text for m in read_events(text, "ru").mentions if m.label == "PER"] == people


@pytest.mark.parametrize("text, lang, name", [
    ("Министр иностранных дел Казахстана встретился с Нурланбеком Тургунбек уулу в Бишкеке.", "ru",
     "Нурланбек Тургунбек уулу"),
    ("Депутат Айпери Алтымыш кызы приняла участие в форуме.", "ru", "Айпери Алтымыш кызы"),
    ("Қырғызстан Жогорку Кеңешінің Төрағасы Нұрланбек Тұрғынбек уулу Астанаға келді.", "kk",
     "Нұрланбек Тұрғынбек уулу"),
])
def test_a_patronymic_particle_after_a_name_is_part_of_it(read_events, text, lang, name):
    people = [m.normal for m in read_events(text, lang).mentions if m.label == "PER"]
    assert name in people, people


@pytest.mark.parametrize("text, surname", [
    ("В Худжанде состоялась встреча президентов Таджикистана и Узбекистана Эмомали Рахмона и Шавката Мирзиёева.\n"
     "Мирзиёев прилетел в Худжанд утром в понедельник.", "Мирзиёев"),
    ("Токаев провел переговоры с Президентом Туркменистана Сердаром Бердымухамедовым.\nБердымухамедов прибыл в "
     "Астану накануне.", "Бердымухамедов"),
])
def test_a_surname_alone_at_a_sentences_start_is_found_from_the_full_name_in_another_case(read_events, text, surname):
    doc = read_events(text, "ru")
    start = text.rindex(surname)
    assert any(m.label == "PER" and m.start == start for m in doc.mentions)


def test_a_persons_name_before_a_city_in_the_locative_ends_there(processor):
    # "Кая Калласпен Брюссельде": the model ran the place into the name before it; a lone title word before the
    # place ("Елші Анкарада", the ambassador in Ankara) is no person, only the place is left
    found = resolved_from_model_spans(
        processor, "Ермек Көшербаев Кая Калласпен Брюссельде кездесті. Елші Анкарада Түркия өкілдерімен кездесті.",
        [("Ермек Көшербаев", "PER"), ("Калласпен Брюссельде", "PER"), ("Елші Анкарада", "PER")])
    assert ("Кая Калласпен", "PER") in found and ("Брюссельде", "LOC") in found
    assert ("Анкарада", "LOC") in found
    assert not any(label == "PER" and "Елші" in text for text, label in found)


def test_two_known_surnames_run_together_are_two_people(processor):
    # the headline's subject and counterpart by surname alone, in an article naming neither in full
    found = resolved_from_model_spans(
        processor, "Тоқаев Жапаровпен кездесті. Мирзиёев Тоқаевқа хат жолдады.",
        [("Тоқаев Жапаровпен", "PER"), ("Мирзиёев Тоқаевқа", "PER")])
    assert [text for text, label in found if label == "PER"] == ["Тоқаев", "Жапаровпен", "Мирзиёев", "Тоқаевқа"]


@pytest.mark.parametrize("text, run, parts", [
    ("Саммит аясында Тоқаев Антониу Коштамен кездесті.", "Тоқаев Антониу Коштамен", ["Тоқаев", "Антониу Коштамен"]),
    ("Бүгін Мирзиёев Фумио Кисиданы қабылдады.", "Мирзиёев Фумио Кисиданы", ["Мирзиёев", "Фумио Кисиданы"]),
    ("Форум барысында Путин Жозе Рамуш-Хортамен сөйлесті.", "Путин Жозе Рамуш-Хортамен",
     ["Путин", "Жозе Рамуш-Хортамен"]),
])
def test_a_known_surname_before_a_name_in_another_case_is_two_people(processor, text, run, parts):
    # the subject by surname, bare, and the full name of the one met, in the comitative or accusative: one span of
    # the model's had made one person of both, and the meeting had no side
    found = resolved_from_model_spans(processor, text, [(run, "PER")])
    assert [text for text, label in found if label == "PER"] == parts


@pytest.mark.parametrize("text, run, person", [
    ("Саммитке Шавкат Мирзиёев пен Садыр Жапаров қатысты.", "Саммитке Шавкат Мирзиёев", "Шавкат Мирзиёев"),
    ("Форумға Режеп Тайып Ердоған қатысты.", "Форумға Режеп Тайып Ердоған", "Режеп Тайып Ердоған"),
    ("Кездесуде Мұрат Нұртілеу екіжақты байланыстарға тоқталды.", "Кездесуде Мұрат Нұртілеу", "Мұрат Нұртілеу"),
])
def test_a_gatherings_word_opening_the_sentence_is_no_part_of_a_persons_name(processor, text, run, person):
    # the model ran the capitalised common noun (entities.yaml `common_words`) into the name after it
    found = resolved_from_model_spans(processor, text, [(run, "PER")])
    assert (person, "PER") in found and not any(label == "PER" and t == run for t, label in found)


def test_a_known_surname_before_given_names_stays_one_person(processor):
    # surname first, as a decree writes it: the next word is a given name, not a surname
    found = resolved_from_model_spans(processor, "Тоқаев Қасым-Жомарт Кемелұлы жарлыққа қол қойды.",
                                      [("Тоқаев Қасым-Жомарт Кемелұлы", "PER")])
    assert ("Тоқаев Қасым-Жомарт Кемелұлы", "PER") in found


def test_particles_of_a_name_join_its_parts(processor):
    # "бин", "фон дер" inside a name (person_names.name_particles): the model read two people, two places, or
    # left the name after the particle out
    found = resolved_from_model_spans(
        processor, "Тоқаев Мұхаммед бин Насер әл-Хаджримен, Урсула фон дер Ляйенмен және Фейсал бин Фарханмен "
                   "кездесті. Делегация Рио де Жанейро қаласында болды.",
        [("Тоқаев", "PER"), ("Мұхаммед", "PER"), ("Насер әл-Хаджримен", "PER"), ("Урсула", "LOC"),
         ("Ляйенмен", "LOC"), ("Фейсал", "PER"), ("Рио", "LOC"), ("Жанейро", "LOC")])
    assert ("Мұхаммед бин Насер әл-Хаджримен", "PER") in found
    assert ("Урсула фон дер Ляйенмен", "PER") in found
    assert ("Фейсал бин Фарханмен", "PER") in found
    assert ("Рио де Жанейро", "LOC") in found  # two words the map knows as one city
    found = resolved_from_model_spans(
        processor, "Тоқаев БАӘ Президенті Мұхаммед бин Заид Әл Нахаянмен кездесті.",
        [("Тоқаев", "PER"), ("Мұхаммед", "PER"), ("Әл Нахаянмен", "PER")])
    assert ("Мұхаммед бин Заид Әл Нахаянмен", "PER") in found  # the article starting the next span


def test_the_surname_a_model_left_after_a_name_joins_it(processor):
    # "Мехмет Кемал" + "Бозаймен": the case ending is on the surname the model left out; not a place in the
    # locative, not another person's surname ("Тоқаевпен", which ends as surnames do), not a state
    found = resolved_from_model_spans(
        processor, "Елші Мехмет Кемал Бозаймен кездесті. Әли Демир Ресейге барды. Жеңіс Қасымбек Тоқаевпен "
                   "кездесті.",
        [("Мехмет Кемал", "PER"), ("Әли Демир", "PER"), ("Жеңіс Қасымбек", "PER")])
    assert ("Мехмет Кемал Бозаймен", "PER") in found
    assert ("Әли Демир", "PER") in found and ("Жеңіс Қасымбек", "PER") in found


def test_a_surname_in_the_nominative_before_a_capitalised_word_names_no_person(read_events):
    doc = read_events("Президент Казахстана Касым-Жомарт Токаев встретился с Нурсултаном Назарбаевым. Назарбаев "
                      "Университет посетил министр образования Франции Элизабет Борн.", "ru")
    assert [m.text for m in doc.mentions if m.label == "PER" and m.text.startswith("Назарбаев")] == []


def test_a_one_word_person_before_a_state_in_a_case_form_is_not_joined_to_it(processor):
    # "Тоқаевтың" + "Моңғолияға" (spans as the model gave them on a probe's headline): the state a visit goes to
    # is no surname, though the Kazakh gazetteer lacks it (the countries' names know it)
    found = resolved_from_model_spans(
        processor, "Жапаровтың Мажарстанға сапары аяқталды. Ердоғанның Моңғолиядағы сапары кейінге қалдырылды.",
        [("Жапаровтың", "PER"), ("Мажарстанға", "LOC"), ("Ердоғанның", "PER"), ("Моңғолиядағы", "LOC")])
    assert ("Жапаровтың", "PER") in found and ("Мажарстанға", "LOC") in found
    assert ("Ердоғанның", "PER") in found and ("Моңғолиядағы", "LOC") in found


def test_a_kazakh_name_the_article_also_declines_keeps_its_nominative(read_events):
    # "Есеналдымен" is Есеналды + -мен: the article's "Нұрлан Есеналды" is no Есенал + accusative -ды
    doc = read_events("Облыс әкімі Нұрлан Есеналды Жапония елшісімен кездесті. Кездесуден кейін елші Нұрлан "
                      "Есеналдымен бірге көрмені аралады.", "kk")
    assert set(normals(doc, "PER").values()) == {"Нұрлан Есеналды"}
    doc = read_events("Мемлекет басшысы Петер Сийяртоны қабылдады. Петер Сийярто алғыс айтты.", "kk")
    assert set(normals(doc, "PER").values()) == {"Петер Сийярто"}


@pytest.mark.parametrize("text, name", [
    # a place before "бин" (son of) is a person's given name
    ("Сенат төрағасы Оман сұлтаны Хайсам бин Тарикпен кездесті.", "Хайсам бин Тарик"),
    # the given name and "бин" before a person the model began at his father's name
    ("Премьер-министр Олжас Бектенов Кувейт ханзадасы Сабах бин Халид Әл Сабахпен кездесті.",
     "Сабах бин Халид Әл Сабах"),
    # a person ending in the article takes the word after it from the place the model made of it
    ("Сыртқы істер министрі Сауд Арабиясының Мәдениет министрі Бадр бин Абдулла Әл Сауд ханзадамен кездесті.",
     "Бадр бин Абдулла Әл Сауд"),
    ("Сенат төрағасы Маулен Әшімбаев Сауд Арабиясының Ішкі істер министрі Абдулазиз бин Сауд Әл Сауд ханзадамен "
     "кездесті.", "Абдулазиз бин Сауд Әл Сауд"),
])
def test_a_kazakh_arabic_name_is_whole_over_its_particles(read_events, text, name):
    people = normals(read_events(text, "kk"), "PER")
    assert name in people.values(), people
    assert "Сауд ханзада" not in normals(read_events(text, "kk"), "LOC").values()


@pytest.mark.parametrize("text, name", [
    ("Аким Бауыржан Ержанов пен Қытай елшісі Хань Юй кездесті.", "Хань Юй"),
    ("Вице-министр Қытай елшісі Хань Мэй ханыммен кездесті.", "Хань Мэй"),
])
def test_a_name_the_model_took_for_a_body_after_a_kazakh_title_is_a_person(read_events, text, name):
    doc = read_events(text, "kk")
    assert name in normals(doc, "PER").values()
    assert name not in normals(doc, "ORG").values()


def test_a_place_after_a_kazakh_title_stays_a_place(read_events):
    doc = read_events("Қытай елшісі Бейжіңге оралды. Облыс әкімдері Астана қаласына барды.", "kk")
    assert not normals(doc, "PER")


def test_a_kazakh_state_run_into_a_long_title_is_the_state(processor):
    # the Kazakh model read a state and the ambassador's title after it as one body (a probe's article)
    found = resolved_from_model_spans(
        processor, "Салтанатты шараға Францияның Төтенше және Өкілетті Елшісі Марио Росси қатысты.",
        [("Францияның Төтенше және Өкілетті Елшісі", "ORG"), ("Марио Росси", "PER")])
    assert ("Францияның", "LOC") in found and not any("Төтенше" in text for text, _ in found)


def test_titles_the_model_put_before_a_russian_name_are_no_part_of_it(read_events):
    doc = read_events("Министр иностранных дел принял посла Эмира Государства Катар Шейха Абдуллу бин Хамада Аль Тани.",
                      "ru")
    assert set(normals(doc, "PER").values()) == {"Абдулла бин Хамад Аль Тани"}
    assert "Катар" in normals(doc, "LOC").values()


def test_a_russian_name_written_as_another_mentions_nominative_is_one(read_events):
    # "Джорджей" after the capitalised title "Председателем" is the instrumental of Джорджа; "Джорджа Мелони" then
    # written so is that nominative, no genitive of Джордж
    doc = read_events("Канцлер провел переговоры с Председателем Совета министров Италии Джорджей Мелони. "
                      "Джорджа Мелони отметила значение энергетического партнерства.", "ru")
    assert set(normals(doc, "PER").values()) == {"Джорджа Мелони"}


@pytest.mark.parametrize("text, written, person", [
    ("Еврокомиссар Кая Каллас прибыла в Астану.", "Кая Каллас", "Кая Каллас"),
    ("Посол Италии Паола Амадеи встретилась с Ермеком Кошербаевым.", "Паола Амадеи", "Паола Амадеи"),
    ("Премьер-министр Италии Джорджа Мелони прибыла в Ташкент.", "Джорджа Мелони", "Джорджа Мелони"),
    ("Посол Чехии Мартина Вавра вручила верительные грамоты.", "Мартина Вавра", "Мартина Вавра"),
    # a man's verb says nothing new: his name reads as before
    ("Посол Чехии Мартин Вавра вручил верительные грамоты.", "Мартин Вавра", "Мартин Вавра"),
    # her verb is no case of the man named across the clause, whatever the parser attaches him to
    ("Посол Франции Сильви Берманн была принята президентом Узбекистана Шавкатом Мирзиёевым.",
     "Шавкатом Мирзиёевым", "Шавкат Мирзиёев"),
])
def test_a_womans_verb_keeps_her_name_in_the_nominative(read_events, text, written, person):
    # pymorphy reads `Кая`, `Паола`, `Джорджа`, `Мартина Вавра` as genitives of men's names (Кай, Паол, Джордж,
    # Мартин Вавр); the subject of "прибыла" is a woman in the nominative
    doc = read_events(text, "ru")
    assert [m.normal for m in doc.mentions if m.label == "PER" and m.text == written] == [person]


@pytest.mark.parametrize("text, person, other", [
    ("Мирзиёев принял министра иностранных дел Китая.", "Мирзиёев", "Китай"),
    ("Токаев встретился с послом Китая.", "Токаев", "Китай"),
    ("Жапаров встретился с послом Японии.", "Жапаров", "Япония"),
])
def test_a_surname_a_text_starts_with_is_a_person(read_events, text, person, other):
    # the Russian model tags a text's first word as a name's inside (I-PER, no B-PER before it): still a person,
    # and a side of the event the sentence tells
    doc = read_events(text, "ru")
    assert [m.text for m in doc.mentions if m.label == "PER"] == [person]
    assert [{p.normal for p in e.participants} for e in doc.events] == [{person, other}]


@pytest.mark.parametrize("text, person, word", [
    ("Сегодня Касым-Жомарт Токаев провел переговоры с Эрдоганом.", "Касым-Жомарт Токаев", "Сегодня"),
    ("Вчера Алихан Смаилов провел переговоры с Мишустиным.", "Алихан Смаилов", "Вчера"),
    ("Накануне Садыр Жапаров провел переговоры с Мирзиёевым.", "Садыр Жапаров", "Накануне"),
    ("Вдобавок Ермек Кошербаев встретился с Лавровым.", "Ермек Кошербаев", "Вдобавок"),
    ("Ещё Эмомали Рахмон встретился с Алиевым.", "Эмомали Рахмон", "Ещё"),
])
def test_an_adverb_starting_a_sentence_is_no_name_and_takes_none(read_events, text, person, word):
    # the Russian model reads a sentence's capitalised first word as a name's mark: the adverb became an
    # organisation or a place, ran into the person, or the person was lost
    doc = read_events(text, "ru")
    assert person in [m.text for m in doc.mentions if m.label == "PER"]
    assert not [m.text for m in doc.mentions if word in m.text]


def test_a_building_the_model_takes_for_a_person_starting_a_sentence_is_the_institution(read_events):
    # "Акорда сообщает" (the institution, GUIDELINES "Venues") is no side of the call it reports
    doc = read_events("Акорда сообщает, что Касым-Жомарт Токаев поговорил по телефону с Владимиром Путиным.", "ru")
    assert [(m.text, m.label) for m in doc.mentions if m.text == "Акорда"] == [("Акорда", "ORG")]
    assert [{p.normal for p in e.participants} for e in doc.events] == [{"Касым-Жомарт Токаев", "Владимир Путин"}]


@pytest.mark.parametrize("text, place", [
    # after a title word: the place the map knows once its buffer vowel goes with the ending is no title holder
    ("Германия елшісі Минскіден оралды.", "Минск"),
    ("Түркия министрі Минскіге келді.", "Минск"),
    ("Польша елшісі Гданьскіден оралды.", "Гданьск"),
    # after a person's name: a place of its own, not the person's last word
    ("Дипломат Ерлан Сәрсенов Минскіге іссапармен барды.", "Минск"),
    ("Депутат Айгүл Сейітова Минскіде сөз сөйледі.", "Минск"),
])
def test_a_kazakh_place_with_a_buffer_vowel_before_its_ending_is_a_place(read_events, text, place):
    doc = read_events(text, "kk")
    assert place in normals(doc, "LOC").values()
    assert not any(place in name for name in normals(doc, "PER").values())


def test_a_visit_to_a_kazakh_place_with_a_buffer_vowel_has_its_place(read_events):
    doc = read_events("Италия елшісі Минскіге барды.", "kk")
    visit = next(e for e in doc.events if e.event_type == "visit")
    assert visit.location is not None and visit.location.normal == "Минск"
    assert "Минск" not in {p.normal for p in visit.participants}


@pytest.mark.parametrize("text, name, state, role", [
    # the model ran the state and the ruler's title into the name, or the title into the state
    ("Премьер-министр Олжас Бектенов Иордания Королі Абдалла ибн Хусейнмен кездесті.",
     "Абдалла ибн Хусейн", "Иордания", "Иордания Королі"),
    ("Мемлекет басшысы Малайзия Королі Ибраһим Искандармен кездесті.",
     "Ибраһим Искандар", "Малайзия", "Малайзия Королі"),
    ("Мәжіліс төрағасы Бруней Сұлтаны Хассанал Болкиахпен кездесті.",
     "Хассанал Болкиах", "Бруней", "Бруней Сұлтаны"),
    ("Қасым-Жомарт Тоқаев Монако Князі Альбер Гримальдимен кездесті.", "Альбер Гримальди", "Монако", "Монако Князі"),
    # given names and particles before the person stop at the title
    ("Сенат төрағасы Бахрейн Королі Хамад ибн Иса Әл Халифамен кездесті.",
     "Хамад ибн Иса Әл Халифа", "Бахрейн", "Бахрейн Королі"),
    # the person right after a title the model called a person
    ("Қасым-Жомарт Тоқаев Оман Сұлтаны Хайсам бин Тарикпен телефон арқылы сөйлесті.",
     "Хайсам бин Тарик", "Оман", "Оман Сұлтаны"),
])
def test_a_kazakh_rulers_title_is_no_part_of_the_name(read_events, text, name, state, role):
    doc = read_events(text, "kk")
    assert name in normals(doc, "PER").values(), normals(doc, "PER")
    ruler = next(p for e in doc.events for p in e.participants if p.normal == name)
    assert ruler.affiliation == state
    assert (ruler.role.text if hasattr(ruler.role, "text") else ruler.role) == role


@pytest.mark.parametrize("text, name", [
    # a person the model ended at the article takes the word after it, in no mention
    ("Сыртқы істер министрі Мұрат Нұртілеу Сауд Арабиясының Мәдениет министрі Бадр бин Фархан Әл Сауд ханзадамен "
     "келіссөздер жүргізді.", "Бадр бин Фархан Әл Сауд"),
    # the article assimilated to the next sound, in Kazakh spelling (Әс before с)
    ("Қасым-Жомарт Тоқаев Кувейт Әмірі Мишааль Әл Ахмад Әл Джабер Әс Сабахпен кездесті.",
     "Мишааль Әл Ахмад Әл Джабер Әс Сабах"),
    # a vice-president's title is no given name
    ("Сыртқы істер министрі Біріккен Араб Әмірліктерінің Вице-президенті Мансур бин Заид Әл Нахаянмен кездесті.",
     "Мансур бин Заид Әл Нахаян"),
])
def test_a_kazakh_arabic_name_ends_at_its_last_name_and_starts_after_the_title(read_events, text, name):
    people = normals(read_events(text, "kk"), "PER")
    assert set(people.values()) - {"Мұрат Нұртілеу", "Қасым-Жомарт Тоқаев"} == {name}, people


@pytest.mark.parametrize("text, people, place", [
    # a place in the locative inside a person's span parts the two people
    ("Португалия Президенті Марселу Ребелу ди Соза Анкарада Ердоғанмен кездесті.",
     {"Марселу Ребелу ди Соза", "Ердоған"}, "Анкара"),
    ("Бразилия Сыртқы істер министрі Мауро Виейра да Силва Пекинде Ван Имен кездесті.",
     {"Мауро Виейра да Силва", "Ван И"}, "Пекин"),
    # nor the surname of the person before it ("Силва" + "Пекинде", two mentions of the model's)
    ("Бразилия Вице-президенті Жералду Алкмин да Силва Пекинде Қытай Төрағасымен кездесті.",
     {"Жералду Алкмин да Силва"}, "Пекин"),
    # nor is one a given name of the person after it (Пекин-де, whatever other locative ending it ends like)
    ("Колумбия Президенті Густаво Петро Уррего Пекинде Си Цзиньпинмен кездесті.", {"Си Цзиньпин"}, None),
])
def test_a_kazakh_place_in_the_locative_is_no_part_of_a_persons_name(read_events, text, people, place):
    doc = read_events(text, "kk")
    assert set(normals(doc, "PER").values()) == people
    if place:
        assert place in normals(doc, "LOC").values()


@pytest.mark.parametrize("text, people", [
    # the given names before a person stop at the last word of another person the article names ("Ван" + И)
    ("Премьер-министр Олжас Бектенов Қытай Сыртқы істер министрі Ван Имен кездесті. Ван И Олжас Бектеновке Қытай "
     "Премьерінің сәлемін жеткізді.", {"Олжас Бектенов", "Ван И"}),
    ("Сенат төрағасы Қытай Сыртқы істер министрі Ван Иді қабылдады. Ван И Маулен Әшімбаевқа алғыс айтты.",
     {"Маулен Әшімбаев", "Ван И"}),
])
def test_a_kazakh_persons_given_names_are_not_the_end_of_the_name_before(read_events, text, people):
    doc = read_events(text, "kk")
    assert set(normals(doc, "PER").values()) == people
    assert "Ван" not in normals(doc, "LOC").values()


@pytest.mark.parametrize("text, person", [
    ("Мемлекет басшысы Еуропалық кеңестің Төрағасы Антониу Коштамен кездесті.", "Антониу Кошта"),
    ("Сыртқы істер министрі Португалия елшісі Жуан Кошта мен Италия елшісін қабылдады.", "Жуан Кошта"),
])
def test_a_surname_ending_like_a_locative_of_a_village_stays_in_the_name(read_events, text, person):
    # "Кошта" is no "Кош" (a village the map knows) + the locative "-та": a stem of three letters must be a place of
    # the gazetteer too (entities._place_in_locative)
    doc = read_events(text, "kk")
    assert person in {m.normal for m in doc.mentions if m.label == "PER"}


def test_a_capitalised_word_describing_the_genitive_noun_after_a_title_is_no_name(read_events):
    # "Мемлекет басшысы Түрікмен халқының Ұлттық көшбасшысы …" (the Turkmen people's national leader): the word the
    # title precedes describes the next noun, no holder's name (entities._names_after_title_words)
    doc = read_events("Сапар аясында Мемлекет басшысы Түрікмен халқының Ұлттық көшбасшысы Гурбангулы "
                      "Бердімұхамедовпен кездесті. Мемлекет басшысы Қырғыз халқының ақындарымен де жүздесті.", "kk")
    people = {m.normal for m in doc.mentions if m.label == "PER"}
    assert "Гурбангулы Бердімұхамедов" in people and not people & {"Түрікмен", "Қырғыз"}


@pytest.mark.parametrize("text, person, place", [
    ("Аким Алматы Дархан Сатыбалды провел встречу с генеральным консулом Китая Ли Цзяном.", "Дархан Сатыбалды",
     "Алматы"),
    ("Аким Шымкента Габит Сыздыкбеков встретился с послом Узбекистана.", "Габит Сыздыкбеков", None),
])
def test_a_city_after_a_title_at_a_persons_start_is_no_part_of_the_name(read_events, text, person, place):
    # entities._titles_before_person: the title's city is a place of its own, and the name what follows it
    doc = read_events(text, "ru")
    people = {m.normal for m in doc.mentions if m.label == "PER"}
    assert person in people and not any(p.endswith(person) and p != person for p in people)
    assert place is None or place in {m.normal for m in doc.mentions if m.label == "LOC"}


def test_a_name_joined_to_a_person_by_and_is_a_person_not_a_body(processor):
    # spans as a model may give them: the second name of "X пен Y" called a body (the Kazakh model did so on
    # "Тоқаев пен Петер Пеллегрини шағын құрамда …"); a body's name ending in its head noun's possessive stays one
    found = resolved_from_model_spans(
        processor, "Мұрат Нұртілеу мен Матеуш Моравецки шағын құрамда кездесті, ал Ерлан Қарин мен Азия Даму Банкі "
                   "өкілдері келісімге қол қойды.",
        [("Мұрат Нұртілеу", "PER"), ("Матеуш Моравецки", "ORG"), ("Ерлан Қарин", "PER"),
         ("Азия Даму Банкі", "ORG")])
    assert ("Матеуш Моравецки", "PER") in found
    assert ("Азия Даму Банкі", "ORG") in found


@pytest.mark.parametrize("text, place, person", [
    ("В Баку Бектенов провел переговоры с Премьер-министром Азербайджана Али Асадовым.", "Баку", "Бектенов"),
    ("В Тбилиси Ашимбаев встретился с Председателем Парламента Грузии Шалвой Папуашвили.", "Тбилиси", "Ашимбаев"),
    ("ДУШАНБЕ, 12 мая. /Kazinform/ – В Душанбе Нуртлеу встретился с министром иностранных дел Таджикистана "
     "Сироджиддином Мухриддином.", "Душанбе", "Нуртлеу"),
])
def test_a_city_after_a_preposition_starting_the_sentence_is_no_given_name(read_events, text, place, person):
    # entities._after_preposition: "В" opening the sentence, or after a dateline's dash, is a preposition as "в"
    # is, so the undeclined city after it is the place, not the first name of the person the model found after it
    doc = read_events(text, "ru")
    assert place in normals(doc, "LOC") and person in normals(doc, "PER")


def test_the_people_the_gazetteer_knows_are_read_once_with_the_corrections(read_events):
    """entities._split_run_on_names reads the gazetteer's people (`known_people`, folded) and the other people of
    each name as written once per document, where it built them again for every person: the same split of a run
    on two names wherever it is written ("Тоқаев Ердоғанмен" twice, beside both full names)."""
    from pipeline.entities import load_corrections

    known = load_corrections()["kk"]
    assert "ерлан" in known.known_people and "абай облысы" not in known.known_people
    assert known.known_people == {name for name, label in known.known_names.items() if label == "PER"}
    doc = read_events("Қасым-Жомарт Тоқаев Режеп Тайып Ердоғанмен кездесті. Тоқаев Ердоғанмен келіссөз жүргізді. "
                      "Кейін Тоқаев Ердоғанмен түскі ас ішті.", "kk")
    people = [m.normal for m in doc.mentions if m.label == "PER"]
    assert people.count("Тоқаев") == 2 and people.count("Ердоған") == 2, people


@pytest.mark.parametrize("text, person, state", [
    ("Сенат Төрағасы Мәулен Әшімбаев Бахрейн Кеңесшілер кеңесінің Төрағасы Али Салех әс-Салехпен кездесті.",
     "Али Салех әс-Салех", "Бахрейн"),
    ("Алибек Бакаев Сирия Сыртқы істер министрі Асаад Хасан әш-Шайбанимен кездесті.", "Асаад Хасан әш-Шайбани",
     "Сирия"),
])
def test_kk_an_article_glued_by_a_hyphen_ends_the_name(read_events, text, person, state):
    # entities._hyphenated_article: the Kazakh model stopped before "әс-/әш-" + name; the name lost its surname
    doc = read_events(text, "kk")
    people = {p.normal: p for e in doc.events for p in e.participants}
    assert person in people
    assert people[person].affiliation == state


@pytest.mark.parametrize("text, host, state, guest", [
    ("Алибек Бакаев Оман Сұлтанаты Сыртқы істер министрлігінің хатшысы Халифа әл-Харсиді қабылдады.",
     "Алибек Бакаев", "Оман", "Халифа әл-Харси"),
    ("Мәулен Әшімбаев Иордания Хашимит Корольдігінің Сенат Төрағасы Фейсал әл-Фаизбен кездесті.",
     "Мәулен Әшімбаев", "Иордания", "Фейсал әл-Фаиз"),
])
def test_kk_a_states_long_name_after_a_person_is_the_state_not_part_of_the_name(read_events, text, host, state,
                                                                                 guest):
    # kk/gazetteer.tsv and countries.tsv: a monarchy's or state's long name ("… Сұлтанаты", "… Корольдігі") is a
    # place (it had been a person, a side of the meeting) and its state the guest's affiliation
    doc = read_events(text, "kk")
    [event] = doc.events
    people = {p.normal: p for p in event.participants}
    assert set(people) == {host, guest}
    assert people[guest].affiliation == state


@pytest.mark.parametrize("text, person", [
    ("Сенат Төрағасы Мәулен Әшімбаев Вьетнам Ұлттық жиналысы Төрағасының орынбасары Чан Куанг Фыонгты қабылдады.",
     "Чан Куанг Фыонг"),
    ("Мұрат Нұртлеу Вьетнам Сыртқы істер министрінің орынбасары Нгуен Минь Ханды қабылдады.", "Нгуен Минь Хан"),
])
def test_kk_a_syllable_names_last_syllable_in_a_case_is_part_of_the_name(read_events, text, person):
    # entities._syllable_after (entities.yaml syllable_name): the model stopped before the last syllable (or read
    # it as a place of its own)
    doc = read_events(text, "kk")
    assert person in {p.normal for e in doc.events for p in e.participants}


@pytest.mark.parametrize("text, person, state", [
    ("Президент Узбекистана Шавкат Мирзиёев провел телефонный разговор с Президентом Турецкой Республики Реджепом "
     "Тайипом Эрдоганом.", "Реджеп Тайип Эрдоган", "Турция"),
    ("Министр иностранных дел Кыргызстана Жээнбек Кулубаев встретился с Президентом Исламской Республики Иран "
     "Масудом Пезешкианом.", "Масуд Пезешкиан", "Иран"),
])
def test_a_states_long_name_ends_before_the_given_names_of_the_person_after_it(read_events, text, person, state):
    doc = read_events(text, "ru")
    [met] = [p for e in doc.events for p in e.participants if p.normal == person]
    assert met.affiliation == state


@pytest.mark.parametrize("text, people", [
    # entities._run_on_parts: two words of the gazetteer's people after a name of two words start another person
    ("Ақорданың баспасөз хатшысы Берік Уәли Қасым-Жомарт Тоқаевтың Шавкат Мирзиёевпен телефон арқылы сөйлескенін "
     "хабарлады.", ["Берік Уәли", "Қасым-Жомарт Тоқаев", "Шавкат Мирзиёев"]),
    # entities._given_name_to_next: a word after a surname, run into the name before, is the next person's given name
    ("Қырғызстан Президентінің кеңсесі өкілі Аскар Бекмурзаев Садыр Жапаровтың Ашхабадқа ресми сапармен барғанын "
     "растады.", ["Аскар Бекмурзаев", "Садыр Жапаров"]),
])
def test_kk_a_reporter_named_right_before_the_person_reported_on_is_two_people(read_events, text, people):
    doc = read_events(text, "kk", published="2025-05-14")
    assert sorted(normals(doc, "PER").values()) == sorted(people)


@pytest.mark.parametrize("text, lang, labels", [
    ("Мемлекет басшысы Словакия Президентін Ақордада қабылдады. Бұл туралы Ақорда баспасөз қызметі хабарлады.", "kk",
     [("Ақордада", "LOC"), ("Ақорда", "ORG")]),
    ("Ақорда ғимаратында екі елдің туларын көтерді. Ақордадағы салтанатты рәсімге министрлер қатысты.", "kk",
     [("Ақорда", "LOC"), ("Ақордадағы", "LOC")]),
    ("Путин принял премьер-министра Индии в Кремле, сообщила пресс-служба Кремля.", "ru",
     [("Кремле", "LOC"), ("Кремля", "ORG")]),
    ("Глава Белого дома провел встречу с гостем в Белом доме.", "ru", [("Белого дома", "ORG"), ("Белом доме", "LOC")]),
])
def test_a_seat_of_power_is_a_place_where_things_happen_and_a_body_that_speaks(read_events, text, lang, labels):
    doc = read_events(text, lang)
    assert [(m.text, m.label) for m in doc.mentions if m.text in {t for t, _ in labels}
            and m.label in ("ORG", "LOC")] == labels


@pytest.mark.parametrize("text, bodies", [
    # the model reads the body inside a title, or cuts it before its head noun
    ("Жапонияның Қаржы министрлігінің өкілі келіссөздердің нәтижесін түсіндірді.", ["Қаржы министрлігінің"]),
    ("Кездесуге Ұлттық экономика министрлігінің және Энергетика министрлігінің өкілдері қатысты.",
     ["Ұлттық экономика министрлігінің", "Энергетика министрлігінің"]),
    # institution + owner: the owner in front is a name of its own, and a parliament and its chamber are two bodies
    ("Франция Парламенті Ұлттық жиналысының депутаттары Астанаға келді.", ["Парламенті", "Ұлттық жиналысының"]),
    ("Келісімге Түркия Ұлы Ұлттық жиналысы мен Ресей Мемлекеттік Думасы қол қойды.",
     ["Ұлы Ұлттық жиналысы", "Мемлекеттік Думасы"]),
    # a generic noun is no body
    ("Министрлік бұл туралы кеше хабарлады. Тараптар кеңес берді.", []),
])
def test_a_kazakh_body_is_named_up_to_its_head_noun(read_events, text, bodies):
    doc = read_events(text, "kk")
    assert [m.text for m in doc.mentions if m.label == "ORG"] == bodies
    # the owner in front is a place of its own
    assert all(m.label == "LOC" for m in doc.mentions if m.text in ("Жапонияның", "Франция", "Түркия", "Ресей"))


@pytest.mark.parametrize("text, outlets", [
    ("ШЫМКЕНТ, 4 сәуір – Sputnik. Облыс әкімі Қытай делегациясын қабылдады.", ["Sputnik"]),
    ("Сыртқы істер министрі Моңғолия елшісімен кездесті, деп хабарлайды Қазақпарат. Тараптар транзитті "
     "талқылады.", ["Қазақпарат"]),
    # an outlet's name that starts a sentence is the common word
    ("Хабар бүгін таратылды. Бұл туралы РИА Новости жазды.", ["РИА Новости"]),
])
def test_a_news_outlet_named_as_the_source_is_an_organisation(read_events, text, outlets):
    doc = read_events(text, "kk")
    assert [m.text for m in doc.mentions if m.label == "ORG"] == outlets


@pytest.mark.parametrize("text", [
    "Об этом сообщают узбекские СМИ со ссылкой на МИД.",
    "Как пишут турецкие СМИ, министры обсудили подготовку к саммиту.",
])
def test_the_media_are_no_organisation(read_events, text):
    doc = read_events(text, "ru")
    assert "СМИ" not in [m.text for m in doc.mentions if m.label == "ORG"]


@pytest.mark.parametrize("text, organisations", [
    # the model reads an organisation's abbreviation as a people, or misses it with a hyphenated case ending
    ("Әзербайжан депутаттары ТүркПА шеңберінде бірлескен мәлімдеме жасады.", ["ТүркПА"]),
    ("Келесі жылы Өзбекстан ТүркПА-ға төрағалық етеді.", ["ТүркПА"]),
    # a hyphenated ending stays out of a Latin name too
    ("Елші бұл туралы өзінің Facebook-тегі парақшасында жазды.", ["Facebook"]),
])
def test_an_organisation_of_the_igo_table_is_one_whatever_the_model_read(read_events, text, organisations):
    doc = read_events(text, "kk")
    assert [m.text for m in doc.mentions if m.label == "ORG"] == organisations


@pytest.mark.parametrize("text, organisations", [
    ("Әкім «Kazakh Invest» ұлттық компаниясының өкілдерімен және «Алтын Дала» ЖШС басшылығымен кездесті.",
     ["Kazakh Invest", "Алтын Дала"]),
    ("«Shell Kazakhstan» компаниясы жаңа жобаны таныстырды, деп хабарлайды “Адырна” ұлттық порталы.",
     ["Shell Kazakhstan", "Адырна"]),
    # a quoted name of a document or project is no body
    ("Тараптар «Жол картасына» қол қойды. «Жасыл көпір» бағдарламасы іске қосылды.", []),
])
def test_a_quoted_name_followed_by_the_kind_of_body_is_an_organisation(read_events, text, organisations):
    doc = read_events(text, "kk")
    assert [m.text for m in doc.mentions if m.label == "ORG"] == organisations


def test_a_venue_in_the_locative_before_a_name_is_no_given_name(processor):
    # the model reads a dateline's agency and the venue after it as one span and drops it; the venue in the
    # locative (models/places.tsv: class S) is where the meeting was, never a given name of the person after it
    found = resolved_from_model_spans(
        processor, "АСТАНА. ҚАЗАҚПАРАТ – Ақордада Мемлекет басшысы Қасым-Жомарт Тоқаев Латвия Президенті Эдгарс "
                   "Ринкевичті қабылдады. МӘСКЕУ. ҚАЗАҚПАРАТ – Кремльде Владимир Путин Әлиевпен кездесті.",
        [("ҚАЗАҚПАРАТ – Ақордада", "FAC"), ("Қасым-Жомарт Тоқаев", "PER"), ("Эдгарс Ринкевичті", "PER"),
         ("ҚАЗАҚПАРАТ – Кремльде", "FAC"), ("Владимир Путин", "PER"), ("Әлиевпен", "PER")])
    assert ("Қасым-Жомарт Тоқаев", "PER") in found and ("Владимир Путин", "PER") in found
    assert not any(text.startswith(("Ақордада ", "Кремльде ")) for text, _ in found)


def test_a_kazakh_given_name_that_starts_another_persons_surname_is_no_surname(processor):
    # Kazakh names have nominatives from the normaliser: "Әли" (Асадов) is only like "Әлиев" up to two letters,
    # which matched words only where no normaliser gives their nominatives (Russian "Путину" ~ "Путин")
    found = resolved_from_model_spans(
        processor, "Министр Әзербайжан Премьер-министрі Әли Асадовпен кездесті. Сондай-ақ ол Президент Ильхам "
                   "Әлиевпен сөйлесті.",
        [("Әли Асадовпен", "PER"), ("Ильхам Әлиевпен", "PER")])
    assert ("Әли Асадовпен", "PER") in found and ("Әли", "PER") not in found


def test_a_state_and_a_title_word_read_as_a_person_are_a_place_and_a_title(processor):
    # a headline's capitals: the model reads a state and the title word after it as a person, who was then a side
    # of a meeting of its own beside the lead's ("Сенат Төрағасы Қытай Елшісін қабылдады")
    found = resolved_from_model_spans(
        processor, "Мәжіліс Төрағасы Үндістан Елшісін қабылдады. Вице-министр Бразилия Елшісімен кездесті. Рим "
                   "Папасы Астанаға келді.",
        [("Үндістан Елшісін", "PER"), ("Бразилия Елшісімен", "PER"), ("Рим Папасы", "PER")])
    assert ("Үндістан", "LOC") in found and ("Бразилия", "LOC") in found
    assert not any(label == "PER" and "Елші" in text for text, label in found)
    assert ("Рим Папасы", "PER") in found  # a city's title stays as it was (GUIDELINES: part of a title)


def test_a_buildings_name_run_onto_the_person_before_its_type_word_is_the_venue(processor):
    # "… Тоқаев Елисей сарайында …": the model runs the building's name onto the person; the lowercase type word
    # after the span (entities.yaml building_after) tells it is the venue's, LOC without its type word
    found = resolved_from_model_spans(
        processor, "Режеп Тайип Ердоған Долмабахче сарайында Шавкат Мирзиёевпен кездесті. Мемлекет басшысы Әл-Әламейн "
                   "ғимаратында Мысыр Президенті Абдел Фаттах Әс-Сисимен келіссөздер жүргізді.",
        [("Режеп Тайип Ердоған Долмабахче", "PER"), ("Шавкат Мирзиёевпен", "PER"),
         ("Мемлекет басшысы Әл-Әламейн", "PER")])
    assert ("Режеп Тайип Ердоған", "PER") in found and ("Долмабахче", "LOC") in found
    assert ("Шавкат Мирзиёевпен", "PER") in found


def test_a_title_run_on_from_a_known_surname_is_that_person_and_the_next_ones_title():
    # "… – деді Көшербаев Өзбекстан сыртқы істер министрі …": the Kazakh model may read the speaker's bare surname
    # as the first word of the next person's title; the article names "Ермек Көшербаев" in full before
    from pipeline.document import Mention
    from pipeline.entities import _surname_opening_title
    text = "Көшербаев Өзбекстан сыртқы істер министрі"
    title = Mention(100, 100 + len(text), text, "POSITION", "POSITION")
    full = Mention(10, 25, "Ермек Көшербаев", "PER", "PER")
    person, rest = _surname_opening_title(title, [full, title])
    assert (person.label, person.text, person.start, person.end) == ("PER", "Көшербаев", 100, 109)
    assert (rest.label, rest.text, rest.start) == ("POSITION", "Өзбекстан сыртқы істер министрі", 110)
    # no one of that name in the article: a title as read
    assert _surname_opening_title(title, [title]) == [title]


@pytest.mark.parametrize("text, place, person", [
    ("В Акорде Моди принял Президент Казахстана Касым-Жомарт Токаев.", "Акорде", "Моди"),
])
def test_a_known_place_after_v_run_on_into_a_name_is_a_place_and_a_person(read_events, text, place, person):
    # the model read "Акорде Моди" as one place ("Акорд Модь"): the building ends before the name, a side of the
    # reception, and is the event's place
    doc = read_events(text, "ru")
    assert place in normals(doc, "LOC") and person in normals(doc, "PER")
    event = doc.events[0]
    assert event.location.normal == "Акорда"
    assert {p.normal for p in event.participants} >= {"Моди", "Касым-Жомарт Токаев"}


@pytest.mark.parametrize("text, building", [
    ("В Доме Правительства Моди встретился с Бектеновым.", "Доме Правительства"),
    ("В Республике Корея Токаев встретился с Ли Чже Мёном.", "Республике Корея"),
])
def test_a_place_whose_next_word_hangs_on_it_or_is_a_place_stays_whole(read_events, text, building):
    doc = read_events(text, "ru")
    assert any(m.text == building for m in doc.mentions)


@pytest.mark.parametrize("text, written, place", [
    # the tagger calls the last word a nominative; after "в" it is the locative
    ("В Ак Сарае Эрдоган встретился с Токаевым.", "Ак Сарае", "Ак Сарай"),
    ("В Кок Сарае Токаев встретился с Моди.", "Кок Сарае", "Кок Сарай"),
])
def test_a_place_of_several_words_after_v_takes_its_heads_nominative(read_events, text, written, place):
    doc = read_events(text, "ru")
    assert normals(doc, "LOC").get(written) == place
    assert doc.events[0].location.normal == place


@pytest.mark.parametrize("text, place, person", [
    # the model ran the building into the clause's subject; the parse makes the name the subject
    ("В Доме Министерств Бектенов встретился с Моди.", "Дом Министерств", "Бектенов"),
    # … and read the sentence's opening preposition into it too
    ("В Ак Орде Токаев встретился с Моди.", "Ак Орда", "Токаев"),
])
def test_a_building_run_on_into_the_subject_ends_before_it(read_events, text, place, person):
    doc = read_events(text, "ru")
    event = doc.events[0]
    assert event.location.normal == place
    assert {p.normal for p in event.participants} == {person, "Моди"}


@pytest.mark.parametrize("text, subject, run, person", [
    ("Мұрат Нұртілеу Римде Антонио Таянимен кездесті. Министр Италия Сыртқы істер министрі Антонио Таянимен "
     "екіжақты байланыстарды талқылады.", "Мұрат Нұртілеу", "Римде Антонио", "Антонио Таянимен"),
    ("Ермек Көшербаев Бернде Игнацио Кассиспен кездесті. Министр Швейцария Федералдық кеңесшісі Игнацио Кассиспен "
     "екіжақты ынтымақтастықты талқылады.", "Ермек Көшербаев", "Бернде Игнацио", "Игнацио Кассиспен"),
    ("Мұрат Нұртілеу Парижде Жан-Ноэль Барромен кездесті. Министр Франция Сыртқы істер министрі Жан-Ноэль "
     "Барромен екіжақты байланыстарды талқылады.", "Мұрат Нұртілеу", "Парижде Жан-Ноэль", "Жан-Ноэль Барромен"),
    ("Ермек Көшербаев Венада Беате Майнль-Райзингермен кездесті. Министр Австрия Сыртқы істер министрі Беате "
     "Майнль-Райзингермен екіжақты ынтымақтастықты талқылады.", "Ермек Көшербаев", "Венада Беате",
     "Беате Майнль-Райзингермен"),
])
def test_a_city_in_the_locative_run_into_a_given_name_leaves_the_person_whole(processor, text, subject, run,
                                                                             person):
    # the headline's place in the locative and the given name after it, one span of the model's that stopped before
    # the surname: the given name alone was another person's "surname" and cut the body's full name after it too
    found = resolved_from_model_spans(processor, text, [(subject, "PER"), (run, "PER"), (person, "PER")],
                                      in_order=True)
    assert [t for t, label in found if label == "PER"] == [subject, person, person]
    assert (run.split()[0], "LOC") in found


@pytest.mark.parametrize("text, people", [
    ("Переговоры министров обороны Казахстана и Азербайджана Даурена Косанова и Закира Гасанова прошли в Баку.",
     ["Даурен Косанов", "Закир Гасанов"]),
    ("Встреча министров сельского хозяйства Казахстана и Азербайджана Айдарбека Сапарова и Мажнуна Мамедова "
     "состоялась в Баку.", ["Айдарбек Сапаров", "Мажнун Мамедов"]),
    ("Переговоры министров юстиции Казахстана и Турции Ерлана Сарсембаева и Йылмаза Тунча прошли в Анкаре.",
     ["Ерлан Сарсембаев", "Йылмаз Тунч"]),
    ("Встреча министров финансов Казахстана и Узбекистана Мади Такиева и Джамшида Кучкарова состоялась в Ташкенте.",
     ["Мади Такиев", "Джамшид Кучкаров"]),
])
def test_two_names_coordinated_in_the_genitive_are_both_put_in_the_nominative(read_events, text, people):
    # the tagger reads one of two names it does not know as a nominative ("Даурена Косанова"), the other as the
    # genitive they share after the ministers of the two states
    assert [m.normal for m in read_events(text, "ru").mentions if m.label == "PER"] == people
