"""Registers this project's spaCy parts on import: the language "kk" with its sentence splitter "kk_sentencizer"
(pipeline/lang/kk/) and the layer "dipevents.AffixHashEmbed.v1" (pipeline/ml/affix_embed.py), which the Kazakh
NER model's config names. `spacy.blank("kk")` and `spacy.load("models/kk_ner/model")` work after it, from a
checkout too (the pyproject entry point covers only the language of an installed copy).

Imported by what loads or trains a spaCy pipeline (backends/spacy_backend.py `load`, training/kk_ner.py), not by
`import pipeline`: a process that runs no spaCy model, the main process of `extract --jobs N` (its workers fork
from a server that loaded the models) or `report` and `export`, then imports neither spaCy nor thinc and torch,
which took 2.0 to 2.4 s of CPU before the run's server could start loading the models.

spaCy is imported here first, with torch hidden: thinc imports torch wherever it is installed (thinc/compat.py,
for its PyTorch layers and GPU memory, which no spaCy pipeline of this project uses; the stanza extra and CI
install it), 1.5 of the 4.7 s of CPU the start-up took (`make bench-speed`). thinc then takes torch as not
installed; a process that imported torch before (stanza) keeps it, and one that imports it after gets it.

And without its command line: `spacy/__init__.py` imports `spacy.cli.info` to export `spacy.info`, and with it
every command of `python -m spacy` (typer, requests, jinja2, the pydantic models of the commands' configs: 270
modules, 0.18 s of CPU) that loading or running a pipeline never uses. While spaCy is imported, `spacy.cli.info`
is a stand-in whose `info` imports the real one when called; `import spacy.cli` (`python -m spacy`, the training)
imports the real package after it, as before."""
from .imports import module, standing_in


def _info(*args, **kwargs):
    """`spacy.info`, imported at its first call (see above)."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


with standing_in({"torch": None, "spacy.cli": module("spacy.cli"), "spacy.cli.info": module("spacy.cli.info", info=_info)}):
    import spacy  # noqa: F401  (with thinc, while torch is hidden)

    from .lang import kk  # noqa: F401  (language "kk", factory "kk_sentencizer")
    from .ml import affix_embed  # noqa: F401  (architecture "dipevents.AffixHashEmbed.v1")
