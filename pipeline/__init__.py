"""dipevents: Russian and Kazakh diplomatic news in, a dataset of events with character spans out."""
# Registering with spaCy on import lets `spacy.blank("kk")` and `spacy.load("models/kk_ner/model")` work
# from a checkout, without reinstalling the package for its entry points.
from .lang import kk as _kk  # noqa: F401  (language "kk", factory "kk_sentencizer")
from .ml import affix_embed as _affix_embed  # noqa: F401  (architecture "dipevents.AffixHashEmbed.v1")
from .training import time_budget as _time_budget  # noqa: F401  (callback named in training configs)
from .training import initials_augmenter as _initials_augmenter  # noqa: F401  (augmenter named in the config)
