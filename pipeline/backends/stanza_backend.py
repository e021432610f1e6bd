"""Optional analysis with stanza (`pip install .[stanza]`), through spacy-stanza so its documents reuse the
spaCy conversion. Models are never downloaded implicitly: without them the backend fails with one line that
says how to install them."""
from __future__ import annotations

from ..registry import backends
from .spacy_backend import BackendUnavailable, analyser

INSTALL_HINT = ("install them once with: python -c \"import stanza; stanza.download('{lang}', "
                "processors='{processors}')\"")


@backends.register("stanza")
def build(config: dict):
    lang = config["lang"]
    try:
        import spacy_stanza
        import stanza  # noqa: F401
    except ImportError:
        raise BackendUnavailable("the stanza backend needs the optional extra: pip install '.[stanza]'") from None
    from .. import lang as _languages  # noqa: F401  (spaCy needs the `kk` class to wrap stanza's Kazakh)

    processors = config["processors"]
    try:
        nlp = spacy_stanza.load_pipeline(lang, processors=processors, download_method=None, use_gpu=False,
                                         logging_level="WARN")
    except (FileNotFoundError, OSError, ValueError) as error:
        raise BackendUnavailable(f"stanza models for '{lang}' are not installed ({error}); "
                                 + INSTALL_HINT.format(lang=lang, processors=processors)) from None
    return analyser(nlp, config.get("labels", {}), f"stanza:{lang}")
