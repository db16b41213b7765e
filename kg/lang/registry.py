"""Named plugins: recognisers, extractors and exporters register here under
a stable, versioned name and run in registration order."""
from __future__ import annotations

import re

import ahocorasick_rs
from typing import Callable, Iterable, Iterator, TypeVar

F = TypeVar("F", bound=Callable)


class Registry(dict):
    """``@REGISTRY.register("issues.trigger.v1")`` adds a function by name.

    ``needs`` lists strings of which a text must hold at least one for the
    function to find anything there: ``for_text`` skips it otherwise. One
    Aho-Corasick pass over the text finds which of all the functions' needs
    it holds, in place of a substring test per need per function.
    """

    def __init__(self) -> None:
        super().__init__()
        self.needs: dict[str, tuple[str, ...]] = {}
        self.types: dict[str, tuple[str, ...]] = {}
        self._order: list[F] = []  # the functions in registration order
        self._gate: _Gate | None = None  # built on first use, after every function has registered

    def register(self, name: str, needs: Iterable[str] = (), types: Iterable[str] = ()) -> Callable[[F], F]:
        def add(fn: F) -> F:
            if name in self:
                raise ValueError(f"{name} is registered twice")
            self[name] = fn
            self.needs[name] = tuple(needs)
            self.types[name] = tuple(types)
            self._order.append(fn)
            self._gate = None
            return fn
        return add

    def for_text(self, text: str, types: Iterable[str] | None = None) -> list[F]:
        """The functions, in registration order, that could find something in
        ``text``, which holds mentions of ``types`` (None: not known), as a
        list the caller must not change."""
        if self._gate is None:
            self._gate = _Gate(self._order, list(self.needs.values()), list(self.types.values()))
        return self._gate.open_for(text, types)


MAX_COMBINATIONS = 4096  # lists of chosen functions a gate keeps (402 news items: 1,687 for the recognisers)


class _Gate:
    """Which of some functions a text lets through: each function is a bit;
    each need sets the bits of the functions that need it, functions without
    needs are always set, and the list of the functions a combination of
    bits lets through is made once (for the first MAX_COMBINATIONS)."""

    def __init__(self, functions: list[F], needs: list[tuple[str, ...]], types: list[tuple[str, ...]]) -> None:
        self.functions = functions
        self.always = sum(1 << i for i, ns in enumerate(needs) if not ns or "" in ns)  # "" is in every text
        self.bits = _without_covered(_bits(needs))
        # A contiguous NFA, not a DFA: alone a DFA searches faster, but in a build the
        # extraction between two searches pushes the tables out of the CPU's caches, and
        # the NFA's are far smaller.
        self.automaton = ahocorasick_rs.AhoCorasick(
            list(self.bits), implementation=ahocorasick_rs.Implementation.ContiguousNFA) if self.bits else None
        self.any_type = sum(1 << i for i, ts in enumerate(types) if not ts)
        self.type_bits = _bits(types)
        self.chosen: dict[int, list[F]] = {}

    def open_for(self, text: str, types: Iterable[str] | None) -> list[F]:
        mask = self.always
        if self.automaton is not None:
            bits = self.bits
            # The matched words, not their indexes: turning the search's byte
            # offsets into character offsets costs more than the search.
            for word in self.automaton.find_matches_as_strings(text, overlapping=True):
                mask |= bits[word]
        if types is not None:
            allowed = self.any_type
            for t in types:
                allowed |= self.type_bits.get(t, 0)
            mask &= allowed
        chosen = self.chosen.get(mask)
        if chosen is None:
            chosen = []
            rest = mask
            while rest:  # its set bits only, lowest first: a text lets through few of the functions
                lowest = rest & -rest
                chosen.append(self.functions[lowest.bit_length() - 1])
                rest ^= lowest
            if len(self.chosen) < MAX_COMBINATIONS:  # bounded: a big corpus holds ever more rare combinations
                self.chosen[mask] = chosen
        return chosen


def _bits(conditions: list[tuple[str, ...]]) -> dict[str, int]:
    """Each string of the functions' conditions, with the bits of the functions it satisfies."""
    bits: dict[str, int] = {}
    for i, strings in enumerate(conditions):
        for s in filter(None, strings):
            bits[s] = bits.get(s, 0) | 1 << i
    return bits


def _without_covered(bits: dict[str, int]) -> dict[str, int]:
    """``bits`` less each string holding a shorter one of them that sets all
    its bits: the search, which finds overlapping matches, finds that one
    wherever the longer occurs (有限公司 in 股份有限公司), so the gate lets
    the same functions through from fewer matches, on a smaller automaton."""
    def covered(s: str, b: int) -> bool:
        n = len(s)
        return any(b & ~bits.get(s[i:j], 0) == 0 for i in range(n) for j in range(i + 1, n + 1) if (i, j) != (0, n))
    return {s: b for s, b in bits.items() if not covered(s, b)}


def holds_one(text: str, needs: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``needs`` (a loop: cheaper than any() on a generator)."""
    for needed in needs:
        if needed in text:
            return True
    return False


def alternation(words: Iterable[str]) -> str:
    """A regex group matching any of ``words`` literally, longest first (so
    主持召开 wins over 主持). It opens with a lookahead on the words' first
    characters: at the start of a pattern that lets ``re`` skip, in C, every
    position no word starts at, where it would otherwise try each word
    (four times faster on the 100 body names)."""
    ordered = sorted(set(words), key=len, reverse=True)
    body = "|".join(re.escape(w) for w in ordered)
    if not ordered or not all(ordered):
        return f"(?:{body})"
    firsts = "".join(sorted({w[0] for w in ordered}))
    return f"(?=[{re.escape(firsts)}])(?:{body})"


def any_of(words: Iterable[str]) -> re.Pattern:
    """A compiled pattern matching any of ``words`` literally (``alternation``)."""
    return re.compile(f"(?:{alternation(words)})")


class Guarded:
    """A compiled pattern that runs only on texts holding one of ``needs``,
    literals every match contains. ``re`` skips ahead, in C, to a literal a
    pattern starts with, but not to one in its middle: a pattern that opens
    with a repeated character class (the items of a list before 等领域) is
    tried at every position of every text. The substring test in front
    gives the same matches and spares the texts that cannot have any."""

    def __init__(self, pattern: str, needs: Iterable[str]) -> None:
        self.regex = re.compile(pattern)
        self.needs = tuple(needs)

    def finditer(self, text: str) -> Iterator[re.Match]:
        return self.regex.finditer(text) if holds_one(text, self.needs) else iter(())
