"""Russian people's names in the nominative, decided once per document (pipeline/person_names.py), on sentences
written for these tests; the mentions table and the events read the same normal."""
import pytest


def normals(doc):
    return [(m.text, m.normal) for m in doc.mentions if m.label == "PER"]


def test_an_adjective_type_surname_follows_its_unambiguous_form(read_events):
    doc = read_events("Вице-премьер России Татьяна Голикова встретилась с Еленой Ямпольской. Позже Елену "
                      "Ямпольскую приняли в Кремле.", "ru")
    assert ("Еленой Ямпольской", "Елена Ямпольская") in normals(doc)  # not Ямпольска
    assert ("Елену Ямпольскую", "Елена Ямпольская") in normals(doc)


def test_a_lone_surname_takes_the_gender_the_article_shows(read_events):
    doc = read_events("Премьер-министр Бакытжан Сагинтаев прибыл в Минск. Визит Сагинтаева продлится два дня.", "ru")
    assert ("Сагинтаева", "Сагинтаев") in normals(doc)
    doc = read_events("Посол встретился с Марией Захаровой. Захарова рассказала о подготовке визита.", "ru")
    assert ("Захарова", "Захарова") in normals(doc)


def test_foreign_names_decline_word_by_word_and_hyphenated_parts_each(read_events):
    doc = read_events("Министр иностранных дел Германии Анналена Бербок провела переговоры с Антониу Гутеррешем и "
                      "Жан-Ивом Ле Дрианом.", "ru")
    assert ("Антониу Гутеррешем", "Антониу Гутерреш") in normals(doc)  # Антониу does not decline
    assert ("Жан-Ивом Ле Дрианом", "Жан-Ив Ле Дриан") in normals(doc)
    doc = read_events("Посол встретился с Ксенией Собчак и Франком-Вальтером Штайнмайером.", "ru")
    assert ("Ксенией Собчак", "Ксения Собчак") in normals(doc)
    assert ("Франком-Вальтером Штайнмайером", "Франк-Вальтер Штайнмайер") in normals(doc)


def test_an_undeclined_first_part_of_a_hyphenated_name_stays_as_written(read_events):
    # only the last part declines: pymorphy's adjective guess (`Касым` ~ касый, `Косым` ~ косой) is no name
    doc = read_events("Премьер-министр Пакистана встретился с Касым-Жомартом Токаевым, затем с Косым-Жомартом "
                      "Токаевым и с Нур-Ахметом Бекбосыновым.", "ru")
    assert ("Касым-Жомартом Токаевым", "Касым-Жомарт Токаев") in normals(doc)
    assert ("Косым-Жомартом Токаевым", "Косым-Жомарт Токаев") in normals(doc)


def test_events_read_the_mentions_normal(read_events):
    doc = read_events("Министр иностранных дел Казахстана Мурат Нуртлеу встретился с Еленой Ямпольской.", "ru")
    assert {p.normal for e in doc.events for p in e.participants} == {"Мурат Нуртлеу", "Елена Ямпольская"}


def test_a_surname_written_first_is_one_person_with_the_given_names(read_events):
    doc = read_events("Министр иностранных дел Казахстана встретился с Послом Китайской Народной Республики "
                      "Чжаном Сяо Ивановичем и Чрезвычайным Послом Республики Беларусь Рачковым Алексеем "
                      "Сергеевичем.", "ru")
    assert ("Рачковым Алексеем Сергеевичем", "Рачков Алексей Сергеевич") in normals(doc)
    assert any(m.label == "LOC" and m.normal == "Республика Беларусь" for m in doc.mentions)


def test_an_indeclinable_surname_after_a_declined_first_name_stays_as_written(read_events):
    doc = read_events("Глава МИД Казахстана провел переговоры с Ахметом Давутоглу и Реджепом Эрдоганом.", "ru")
    assert ("Ахметом Давутоглу", "Ахмет Давутоглу") in normals(doc)


def test_codes_and_domains_are_their_own_normal(read_events):
    doc = read_events("Лидеры G20 обсудили это на саммите, сообщает Газета.ру со ссылкой на Kazinform.kz.", "ru")
    written = {m.text: m.normal for m in doc.mentions if m.label != "PER"}
    assert all(written[text] == text for text in ("G20", "Газета.ру") if text in written)
    assert "G20" in written or "Газета.ру" in written


def test_a_surname_in_ovich_after_a_state_in_the_genitive_is_no_patronymic(read_events):
    # "Украины" (genitive) before "Виктором Януковичем" (instrumental) is no surname written first
    doc = read_events("Премьер-министр Турции Реджеп Эрдоган встретился с президентом Украины Виктором Януковичем, "
                      "затем с президентом Сербии Александром Вучичем и с президентом Белоруссии Александром "
                      "Лукашенко.", "ru")
    assert ("Виктором Януковичем", "Виктор Янукович") in normals(doc)
    assert "Украина" in {m.normal for m in doc.mentions if m.label == "LOC"}


def test_a_surname_glued_to_its_initials_declines(read_events):
    # "Ю.Бланаром" is one token: the initials stay as written, the surname goes to the nominative
    doc = read_events("Министр иностранных дел России провел встречу с министром иностранных дел Словакии "
                      "Ю.Бланаром. Позже он поговорил с А.Б.Иваненко и с И.Ивановой.", "ru")
    found = dict(normals(doc))
    assert found["Ю.Бланаром"] == "Ю.Бланар"
    assert found["И.Ивановой"] == "И.Иванова" and found["А.Б.Иваненко"] == "А.Б.Иваненко"


def test_a_foreign_name_the_sentence_puts_in_one_oblique_case_keeps_its_undeclined_words(read_events):
    # "с президентом Финляндии Саули Ниинистё": every word tagged instrumental, and neither declines so; pymorphy's
    # guesses (Саули as the genitive of a "Сауля") do not outweigh the sentence
    doc = read_events("Президент Казахстана встретился с президентом Финляндии Саули Ниинистё и с послом Финляндии "
                      "Яри Рантала.", "ru")
    found = dict(normals(doc))
    assert found["Саули Ниинистё"] == "Саули Ниинистё" and found["Яри Рантала"] == "Яри Рантала"


def test_a_mans_accusative_is_read_as_his_genitive(read_events):
    # animate masculine nouns have one form for both: `Тайипа` has a genitive reading only
    doc = read_events("Президент Азербайджана пригласил в Баку своего турецкого коллегу Реджепа Тайипа Эрдогана.",
                      "ru")
    assert ("Реджепа Тайипа Эрдогана", "Реджеп Тайип Эрдоган") in normals(doc)


def test_a_one_letter_name_at_the_end_of_a_sentence_leaves_the_full_stop(read_events):
    doc = read_events("Министр поблагодарил главу МИД Китая Ван И.", "ru")
    assert ("Ван И", "Ван И") in normals(doc)


def test_no_surname_is_a_feminine_noun_in_soft_sign(read_events):
    # `Моди` is no genitive of `модь`: a woman's surname in -ь does not decline, a man's is masculine
    doc = read_events("Визит Нарендры Моди в Казахстан продлится два дня. Президент направил письмо Нарендре Моди.",
                      "ru")
    assert ("Нарендры Моди", "Нарендра Моди") in normals(doc)
    assert ("Нарендре Моди", "Нарендра Моди") in normals(doc)


def test_a_surname_alone_is_found_with_a_mans_endings_only(read_events):
    # entities.yaml `propagate_surnames` leaves out -а, also a woman's surname ("Назарбаева выступила")
    doc = read_events("Назарбаева выступила в сенате\nТокаев провел переговоры\nПрезидент Нурсултан Назарбаев и "
                      "президент Касым-Жомарт Токаев прибыли в Минск.", "ru")
    found = {m.text for m in doc.mentions if m.source == "surname"}
    assert "Назарбаева" not in found and "Токаев" in {m.text for m in doc.mentions if m.label == "PER"}


def test_a_one_letter_name_before_a_quotation_leaves_the_full_stop(read_events):
    doc = read_events("Министр поблагодарил главу МИД Китая Ван И. «Мы друзья», — сказал он.", "ru")
    assert ("Ван И", "Ван И") in normals(doc)


def test_surnames_that_do_not_decline_stay_as_written(read_events):
    # models/ru/indeclinable_names.tsv: Georgian and Turkic surnames keep their form in every case
    doc = read_events("Лидер турецкой оппозиции Кемаль Кылычдароглу встретился с послом Казахстана.", "ru")
    assert {m.normal for m in doc.mentions if m.label == "PER"} == {"Кемаль Кылычдароглу"}  # not "Кылычдарогла"
    doc = read_events("Министр иностранных дел Казахстана встретился с премьер-министром Грузии Ираклием Кобахидзе.",
                      "ru")
    assert {m.normal for m in doc.mentions if m.label == "PER"} == {"Ираклий Кобахидзе"}
    # Tajik -зода likewise
    doc = read_events("Президент Узбекистана встретился с премьер-министром Таджикистана Кохиром Расулзода.", "ru")
    assert {m.normal for m in doc.mentions if m.label == "PER"} == {"Кохир Расулзода"}
    # Japanese -дзу likewise: no dative of a name in -дза
    doc = read_events("Заместитель министра иностранных дел Узбекистана провел консультации с заместителем министра "
                      "иностранных дел Японии Такэси Мацудзу.", "ru")
    assert {m.normal for m in doc.mentions if m.label == "PER"} == {"Такэси Мацудзу"}


def test_a_surname_that_does_not_decline_leaves_the_name_oblique(read_events):
    # a one-syllable Chinese surname reads as a nominative first name ("Дин"); the given name's ending says
    # the name is in the instrumental
    doc = read_events("Премьер-министр Казахстана провел переговоры с вице-премьером Госсовета КНР Дин Сюэсяном и "
                      "министром коммерции Ван Вэньтао.", "ru")
    assert ("Дин Сюэсяном", "Дин Сюэсян") in normals(doc)
    doc = read_events("Президент встретился с вице-премьером Хэ Лифэном, главой делегации.", "ru")
    assert ("Хэ Лифэном", "Хэ Лифэн") in normals(doc)


def test_a_name_whose_own_ending_looks_oblique_stays_in_the_nominative(read_events):
    # -ом is no case ending of "Бахром", "Ислом", "Шалом" in the nominative
    doc = read_events("Посол Таджикистана Бахром Назаров провел встречу с акимом Алматы Ерболатом Досаевым. "
                      "Ислом Каримов встретился с послом Израиля Шаломом Коэном.", "ru")
    assert ("Бахром Назаров", "Бахром Назаров") in normals(doc)
    assert ("Ислом Каримов", "Ислом Каримов") in normals(doc)
    assert ("Шаломом Коэном", "Шалом Коэн") in normals(doc)


def test_nominative_of_gives_every_reading_of_the_seeds_words_as_natasha_inflects_it(seed_paths):
    """`wordforms.nominative_of` (pymorphy's own tuples for a lexeme's forms, not natasha's MorphForms) puts every
    reading of every Cyrillic word of the seed articles in the nominative as natasha's
    `MorphForm.inflect({"Nom"})` does, but for superlatives, which keep their own stem where natasha's picks
    another form of the lexeme ("высшего" → "высший", not "высочайший")."""
    import re

    from pipeline.wordforms import nominative_of, russian_dictionary

    words = {w for path in seed_paths for w in re.findall(r"[А-Яа-яЁё-]+", path.read_text(encoding="utf-8"))}
    compared = 0
    for word in sorted(words):
        for reading in russian_dictionary()(word):
            natasha = reading.inflect({"Nom"})
            ours = nominative_of(reading)
            if "Supr" in str(reading.tag) and natasha:
                assert ours[:3] == word.lower()[:3], (word, ours)
            else:
                assert ours == (natasha.word if natasha else None), (word, reading.tag)
            compared += 1
    assert compared > 2000


def test_nominative_of_picks_pymorphys_form_for_every_kind_of_reading():
    """`wordforms.nominative_of` writes out only the nominative form it picks from the reading's paradigm, where
    pymorphy's `_inflect` writes out the whole lexeme: the same form and tag for a dictionary word, a name guessed
    by its suffix, a word read behind an unknown or a known prefix, and (through `_inflect` itself) a hyphenated
    name."""
    from pipeline.wordforms import _plain_dictionary, nominative_of, russian_dictionary

    kinds = set()
    for word in ("председателя", "генеральной", "Шольца", "Мерцем", "Бахромом", "Трангом", "Жомартом",
                 "суперминистра", "псевдодипломата", "Касым-Жомарта", "Нурсултаном"):
        for reading in russian_dictionary()(word):
            kinds.add(tuple(type(method[0]).__name__ for method in reading[4]))
            found = _plain_dictionary()._inflect(reading, {"nomn"})
            expected = found[0][0] if found else None
            assert nominative_of(reading) == expected, (word, reading.tag)
    assert {("DictionaryAnalyzer",), ("FakeDictionary", "KnownSuffixAnalyzer"),
            ("DictionaryAnalyzer", "UnknownPrefixAnalyzer"), ("DictionaryAnalyzer", "KnownPrefixAnalyzer"),
            ("HyphenatedWordsAnalyzer",)} <= kinds


def test_a_title_or_a_parliaments_last_word_the_model_glues_on_is_no_part_of_the_name(read_events):
    doc = read_events("Маулен Ашимбаев встретился с председателем Сената Олий Мажлиса Танзилой Нарбаевой. "
                      "Шейх Тамим бен Хамад Аль Тани прибыл в Астану.", "ru")
    people = {m.normal for m in doc.mentions if m.label == "PER"}
    assert "Танзила Нарбаева" in people
    assert "Тамим бен Хамад Аль Тани" in people


def test_a_word_with_no_form_in_the_tagged_case_keeps_the_whole_name_there(read_events):
    # "Кошта" has a reading only as the genitive of "Кошт"; tagged nominative, it does not decline
    doc = read_events("Президент Евросовета Антониу Кошта прибыл в Брюссель, а премьер Португалии Луиш Монтенегру "
                      "вылетел в Лиссабон.", "ru")
    assert ("Антониу Кошта", "Антониу Кошта") in normals(doc)


def test_a_name_word_is_no_neuter_noun(read_events):
    doc = read_events("Министр принял главу МИД Саудовской Аравии Фейсала бин Фархана.", "ru")
    assert ("Фейсала бин Фархана", "Фейсал бин Фархан") in normals(doc)  # not фейсало


def test_a_title_in_apposition_gives_the_name_its_case(read_events):
    # pymorphy reads `Кира` as a woman's nominative and knows neither `Александара` nor `Вучича`; the tagger calls
    # them nominative. "премьер-министра", "президента" (genitive-accusative) say the names are too.
    doc = read_events("Президент Казахстана Касым-Жомарт Токаев принял премьер-министра Великобритании Кира "
                      "Стармера, а затем президента Сербии Александара Вучича.", "ru")
    assert ("Кира Стармера", "Кир Стармер") in normals(doc)
    assert ("Александара Вучича", "Александар Вучич") in normals(doc)
    doc = read_events("Министр встретился с премьер-министром Италии Джорджей Мелони.", "ru")
    assert ("Джорджей Мелони", "Джорджа Мелони") in normals(doc)


def test_an_accusative_in_u_is_of_a_name_in_a(read_events):
    # models/ru/case_endings.tsv: `Джорджу` is Джорджа's accusative (Джордж's is Джорджа), `Каю` Кая's, and a man's
    # name in -а declines so too (Кошту: Кошта)
    doc = read_events("Президент Казахстана Касым-Жомарт Токаев принял премьер-министра Италии Джорджу Мелони, "
                      "верховного представителя ЕС Каю Каллас и президента Евросовета Антониу Кошту.", "ru")
    found = dict(normals(doc))
    assert found["Джорджу Мелони"] == "Джорджа Мелони"
    assert found["Каю Каллас"] == "Кая Каллас"
    assert found["Антониу Кошту"] == "Антониу Кошта"


def test_particles_and_a_mans_word_read_only_as_a_womans_name_do_not_decline(read_events):
    # `бен` and `Аль` (models/ru/name_particles.tsv) are no names; `Тани` of a man is no genitive of Таня
    doc = read_events("Президент Казахстана Касым-Жомарт Токаев принял эмира Катара Тамима бен Хамада Аль Тани.",
                      "ru")
    assert ("Тамима бен Хамада Аль Тани", "Тамим бен Хамад Аль Тани") in normals(doc)


def test_a_foreign_name_keeps_its_stem(read_events):
    # pymorphy's guesser reads `Мерца` as конца is read (Мерец); a name it does not know keeps its stem
    doc = read_events("Президент Казахстана Касым-Жомарт Токаев принял канцлера Германии Фридриха Мерца. Позже "
                      "министр встретился с Фридрихом Мерцем.", "ru")
    assert ("Фридриха Мерца", "Фридрих Мерц") in normals(doc)
    assert ("Фридрихом Мерцем", "Фридрих Мерц") in normals(doc)


def test_an_unknown_name_in_i_does_not_decline_after_a_title_in_the_genitive(read_events):
    # models/ru/indeclinable_names.tsv: `Такэси` is no genitive of a "Такэся"
    doc = read_events("Президент Казахстана Касым-Жомарт Токаев принял министра иностранных дел Японии Такэси Ивая.",
                      "ru")
    assert ("Такэси Ивая", "Такэси Ивая") in normals(doc)


def test_a_possessor_after_a_title_and_a_name_after_a_nominative_title_keep_their_case(read_events):
    # "со спецпосланником Трампа": no apposition, Трампа is the genitive of Трамп; a title in the nominative after
    # one in the genitive ("пресс-секретарь президента …") leaves the name to its own words
    doc = read_events("Встреча президента России со спецпосланником Трампа продлилась всю ночь. Об этом сообщила "
                      "официальный представитель министерства Мария Захарова.", "ru")
    assert ("Трампа", "Трамп") in normals(doc)
    assert ("Мария Захарова", "Мария Захарова") in normals(doc)


def test_a_title_in_the_dative_reads_the_name_in_the_dative(read_events):
    # `Кае` has no reading in pymorphy: case_endings.tsv reads it as Кая's dative, `Коште` as Кошта's
    doc = read_events("Президент направил письма верховному представителю ЕС Кае Каллас и президенту Евросовета "
                      "Антониу Коште.", "ru")
    found = dict(normals(doc))
    assert found["Кае Каллас"] == "Кая Каллас"
    assert found["Антониу Коште"] == "Антониу Кошта"


def test_the_russian_dictionary_is_the_one_natashas_morph_vocab_loads(seed_paths):
    """`wordforms.russian_dictionary` names pymorphy2's Russian dictionary where natasha's `MorphVocab()` has
    pymorphy2 look for it among the installed packages: the same dictionary, the same readings."""
    import re

    from natasha import MorphVocab

    from pipeline.wordforms import russian_dictionary

    ours, natasha = russian_dictionary(), MorphVocab()
    assert isinstance(ours, MorphVocab) and ours.lang == natasha.lang == "ru"
    assert ours.dictionary.path == natasha.dictionary.path
    words = sorted({w for path in seed_paths for w in re.findall(r"[А-Яа-яЁё-]+", path.read_text(encoding="utf-8"))})
    assert len(words) > 1000

    def readings(dictionary, word: str) -> list[tuple]:
        return [(form.word, str(form.tag), form.normal_form, form.score, form.pos, form.feats)
                for form in dictionary(word)]

    assert [readings(ours, word) for word in words] == [readings(natasha, word) for word in words]


def test_a_surname_that_does_not_decline_tells_no_case_of_the_given_name(read_events):
    # "Амадеи", "Мелони" read by pymorphy as genitives of Амадея, Мелоня would make the name genitive, leaving the
    # accusative given name as written (issue 16 kw)
    doc = read_events("Президент Казахстана Касым-Жомарт Токаев принял посла Италии Паолу Амадеи.", "ru")
    assert ("Паолу Амадеи", "Паола Амадеи") in normals(doc)
    doc = read_events("Министр иностранных дел Казахстана принял посла Италии Марию Гадзани.", "ru")
    assert ("Марию Гадзани", "Мария Гадзани") in normals(doc)


@pytest.mark.parametrize("text, name", [
    # the body a title is of, which the model runs into the person after it, is no part of the name (issue 16 kw)
    ("Председатель Мажилиса Ерлан Кошанов встретился с Председателем Великого национального собрания Турции Нуманом "
     "Куртулмушем.", "Ерлан Кошанов"),
    ("Спикер Мажилиса Ерлан Кошанов провел переговоры с Председателем Национального собрания Армении Аленом "
     "Симоняном.", "Ерлан Кошанов"),
])
def test_a_titles_body_run_into_a_name_is_no_part_of_it(read_events, text, name):
    assert name in {m.normal for m in read_events(text, "ru").mentions if m.label == "PER"}


def test_a_given_name_alone_is_the_person_named_in_full_with_it(read_events):
    # a colleague quoted calls him by his given name (issue 16 kw)
    doc = read_events("Министр иностранных дел Казахстана Мурат Нуртлеу провел переговоры с министром иностранных дел "
                      "Франции Жан-Ноэлем Барро. «С Жан-Ноэлем мы встречались в Париже», – сказал Нуртлеу.", "ru")
    assert {p.normal for e in doc.events for p in e.participants} == {"Мурат Нуртлеу", "Жан-Ноэль Барро"}


def test_a_title_keeps_its_case_over_a_prepositional_phrase_inside_it(read_events):
    # a posting ("в Алматы"), a region of office ("по Центральной Азии") between the title and the name is part
    # of the title: "консулом" still puts the name in the instrumental, "представителя" in the genitive
    doc = read_events("Аким Туркестанской области встретился с Генеральным консулом Японии в Алматы Кэйсукэ "
                      "Мацумурой.", "ru")
    assert ("Кэйсукэ Мацумурой", "Кэйсукэ Мацумура") in normals(doc)
    doc = read_events("Министр принял Специального представителя Генерального секретаря ООН по Центральной Азии "
                      "Кахрамана Муртазаева.", "ru")
    assert ("Кахрамана Муртазаева", "Кахраман Муртазаев") in normals(doc)


@pytest.mark.parametrize("text, written, normal", [
    ("Премьер-министр встретился с премьер-министром Вьетнама Фам Минь Тинем.", "Фам Минь Тинем", "Фам Минь Тинь"),
    ("Министр провел переговоры с послом Китая Хань Чунем.", "Хань Чунем", "Хань Чунь"),
    ("Спикер Мажилиса встретился с вице-спикером Национального собрания Кореи Ким Дон Ёном.", "Ким Дон Ёном",
     "Ким Дон Ён"),
    ("Посол встретился с генеральным директором МАГАТЭ Рафаэлем Гросси.", "Рафаэлем Гросси", "Рафаэль Гросси"),
    # _without_fleeting_vowel before a soft sign: pymorphy guesses Ичэень as пень is of пнём
    ("Министр провел переговоры с министром торговли Китая Ван Ичэнем.", "Ван Ичэнем", "Ван Ичэнь"),
])
def test_an_east_asian_surname_in_the_instrumental_loses_its_ending(read_events, text, written, normal):
    # models/ru/name_endings.tsv: a consonant other than a hushing one before -ем is soft (Тинем → Тинь), a
    # two-letter stem takes -ом too (Ёном → Ён); pymorphy's guess that the word is its own nominative is dropped
    # for a word with such an ending (person_names.read_word)
    assert (written, normal) in normals(read_events(text, "ru"))


@pytest.mark.parametrize("text, people", [
    ("В ходе переговоров с Садыром Жапаровым Эмомали Рахмон обсудил вопросы границы.",
     {"Садыр Жапаров", "Эмомали Рахмон"}),
    ("На встрече с Касым-Жомартом Токаевым Ильхам Алиев отметил рост товарооборота.",
     {"Касым-Жомарт Токаев", "Ильхам Алиев"}),
])
def test_the_one_met_in_an_oblique_case_ends_before_the_subject_named_after_them(read_events, text, people):
    doc = read_events(text, "ru")
    assert {m.normal for m in doc.mentions if m.label == "PER"} == people
    assert {p.normal for e in doc.events for p in e.participants} == people
