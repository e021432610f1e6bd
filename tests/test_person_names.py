"""Russian people's names in the nominative, decided once per document (pipeline/person_names.py), on sentences
written for these tests; the mentions table and the events read the same normal."""


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


def test_events_read_the_mentions_normal(read_events):
    doc = read_events("Министр иностранных дел Казахстана Мурат Нуртлеу встретился с Еленой Ямпольской.", "ru")
    assert {p.normal for e in doc.events for p in e.participants} == {"Мурат Нуртлеу", "Елена Ямпольская"}
