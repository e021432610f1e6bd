"""Importing a library without the parts of it this project never runs (pipeline/spacy_parts.py,
pipeline/language.py `_fasttext`): start-up time spent importing them is the user's for nothing."""
from __future__ import annotations

import sys
import types
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def standing_in(modules: dict[str, types.ModuleType | None]) -> Iterator[None]:
    """While the block runs, `import NAME` gives `modules[NAME]` for each name not imported yet (None: the import
    raises ImportError, as for a package not installed: Python's import system reads a None entry so); after it,
    `import NAME` imports the real module. What the block's imports took from a stand-in they keep."""
    placed = [name for name in modules if name not in sys.modules]
    for name in placed:
        sys.modules[name] = modules[name]
    try:
        yield
    finally:
        for name in placed:
            del sys.modules[name]


def module(name: str, **attributes) -> types.ModuleType:
    """A stand-in module named `name` holding `attributes`."""
    made = types.ModuleType(name)
    made.__dict__.update(attributes)
    return made
