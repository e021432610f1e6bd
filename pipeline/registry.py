"""Components registered by name, chosen by config (spaCy's way), not by flags threaded through calls."""
from __future__ import annotations

from typing import Callable


class Registry:
    def __init__(self, kind: str):
        self.kind = kind
        self._factories: dict[str, Callable] = {}

    def register(self, name: str) -> Callable[[Callable], Callable]:
        def decorate(factory: Callable) -> Callable:
            self._factories[name] = factory
            return factory

        return decorate

    def get(self, name: str) -> Callable:
        try:
            return self._factories[name]
        except KeyError:
            known = ", ".join(sorted(self._factories)) or "none"
            raise KeyError(f"unknown {self.kind} {name!r} (known: {known})") from None

    def names(self) -> list[str]:
        return sorted(self._factories)


# An analysis backend factory takes its config section and returns `analyse(text) -> Analysis`.
backends = Registry("analysis backend")
