"""Kazakh lexical attributes: which words look like numbers."""
from spacy.attrs import LIKE_NUM

_num_words = {
    # cardinals
    "нөл", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз", "он",
    "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан",
    "жүз", "мың", "миллион", "миллиард", "триллион",
    # ordinals
    "бірінші", "екінші", "үшінші", "төртінші", "бесінші", "алтыншы", "жетінші", "сегізінші",
    "тоғызыншы", "оныншы", "жиырмасыншы", "отызыншы", "қырқыншы", "елуінші", "алпысыншы",
    "жетпісінші", "сексенінші", "тоқсаныншы", "жүзінші", "мыңыншы", "миллионыншы",
    # fractions
    "жарты", "ширек",
}


def like_num(text: str) -> bool:
    if text.startswith(("+", "-", "±", "~")):
        text = text[1:]
    # "15-ші", "2020-сыншы": a number with an ordinal or case suffix is still a number.
    text = text.split("-", 1)[0] if text[:1].isdigit() else text
    text = text.replace(",", "").replace(".", "").replace(" ", "")
    if text.isdigit():
        return True
    if text.count("/") == 1:
        num, denom = text.split("/")
        if num.isdigit() and denom.isdigit():
            return True
    return text.lower() in _num_words


LEX_ATTRS = {LIKE_NUM: like_num}
