"""A wall-clock cap for spaCy training, so an experiment fits a fixed CPU slot.

spaCy's loop keeps model-best on disk at each evaluation and writes model-last when the loop ends,
so stopping by an exception loses nothing already evaluated.
"""
from __future__ import annotations

import time
from typing import Any, Callable, Dict

from spacy.util import registry


class TimeBudgetSpent(Exception):
    pass


@registry.callbacks("dipevents.time_budget.v1")
def time_budget(minutes: float) -> Callable[[Any, Dict[str, Any]], None]:
    """A `[training.before_update]` callback raising TimeBudgetSpent once `minutes` have passed."""
    started = time.monotonic()

    def before_update(nlp, info: Dict[str, Any]) -> None:
        if time.monotonic() - started > minutes * 60:
            raise TimeBudgetSpent(f"stopped at step {info['step']} after {minutes} min")

    return before_update
