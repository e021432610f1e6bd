"""The model-free fallback backend: sentences and tokens for a language with no model installed."""
from pipeline.backends.regex_backend import split


def test_sentences_survive_initials_and_end_at_punctuation():
    text = ("Сыртқы істер министрінің орынбасары Е. Ашықбаев Ташкентте болды. Ол БҰҰ Арнайы өкілі "
            "Н.Германмен кездесті! Тараптар ынтымақтастықты талқылады.")
    analysis = split(text)
    sentences = [text[start:end] for start, end in analysis.sentences]
    assert sentences == ["Сыртқы істер министрінің орынбасары Е. Ашықбаев Ташкентте болды.",
                         "Ол БҰҰ Арнайы өкілі Н.Германмен кездесті!",
                         "Тараптар ынтымақтастықты талқылады."]
    words = [t.text for t in analysis.tokens]
    assert "Н.Германмен" in words and "Ашықбаев" in words and "!" in words
    assert all(text[t.start:t.end] == t.text for t in analysis.tokens)
