"""How the exporters name a fact for a reader (the explorer's tables and
charts, a property graph's labels), where a record's fields alone read
otherwise than the text: a growth rate's record names its quantity and says
rate in its ``change`` (records.md)."""
from __future__ import annotations

import functools

from kg.lang.lexicon import load


@functools.cache
def _rate_words() -> tuple[str, ...]:
    return tuple(load().patterns["measure"]["rate_words"])


def figure_name(record: dict) -> str:
    """A figure's name for a reader: its indicator, with 增速 after a growth
    rate in % that the indicator names by its quantity alone (a record says
    rate in its ``change``: 电信业务收入, rate, 6.8 % reads 电信业务收入 增速)."""
    indicator = record["indicator"]
    growth = record.get("change") == "rate" and record.get("unit") == "%" and not indicator.endswith(_rate_words())
    return indicator + " 增速" if growth else indicator
