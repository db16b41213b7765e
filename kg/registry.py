"""Named plugins: recognisers, extractors and exporters register here under
a stable, versioned name and run in registration order."""
from __future__ import annotations

import re
from typing import Callable, Iterable, TypeVar

F = TypeVar("F", bound=Callable)


class Registry(dict):
    """``@REGISTRY.register("issues.trigger.v1")`` adds a function by name."""

    def register(self, name: str) -> Callable[[F], F]:
        def add(fn: F) -> F:
            if name in self:
                raise ValueError(f"{name} is registered twice")
            self[name] = fn
            return fn
        return add


def alternation(words: Iterable[str]) -> str:
    """A regex alternative of literal words, longest first (so 主持召开 wins over 主持)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
