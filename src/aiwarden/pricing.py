"""Model prices in integer micro-dollars: genai-prices, overridden by the policy's ``[pricing]``.

A price is held as integer *micro-dollars per million tokens* (``$0.15/MTok`` → ``150_000``), so
every cost is integer arithmetic, rounded up to the next micro-dollar: an estimate never comes out
under the real cost because of rounding.

    >>> prices = Prices({"my-finetune": ModelPrice(input_per_mtok=2.0, output_per_mtok=8.0)})
    >>> prices.price_for("my-finetune").cost_micros(1_000, 500)
    6000
    >>> prices.price_for("gpt-4o-mini").cost_micros(1_000_000, 0)
    150000

The policy wins over genai-prices: exact model names first, then glob patterns (``ft:gpt-4o*``).
Lookups in genai-prices are cached per model (a lookup costs hundreds of microseconds).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from fnmatch import fnmatchcase
from typing import Any

from ._config import non_negative

__all__ = ["ModelPrice", "Price", "Prices", "usd_to_micros"]

log = logging.getLogger("aiwarden.pricing")

MICROS = 1_000_000


def usd_to_micros(usd: float | Decimal) -> int:
    """``0.5`` → ``500_000``. Rounds to the nearest micro-dollar (a cap, not a cost)."""
    return int((Decimal(str(usd)) * MICROS).to_integral_value())


def _rate(per_mtok: float | Decimal) -> int:
    # USD per million tokens → micro-dollars per million tokens; rounded up so costs never undercount
    return int((Decimal(str(per_mtok)) * MICROS).to_integral_value(rounding="ROUND_CEILING"))


@dataclass(frozen=True, slots=True)
class ModelPrice:
    """A price override, US dollars per million tokens (``aiwarden.pricing``)."""

    #: Dollars per million input tokens.
    input_per_mtok: float
    #: Dollars per million output tokens.
    output_per_mtok: float

    def validate(self) -> None:
        non_negative(self, "input_per_mtok", "output_per_mtok")


@dataclass(frozen=True, slots=True)
class Rate:
    """Micro-dollars per million tokens; ``tiers`` are ``(input tokens above, rate)`` (the "cliff" model:
    past a threshold of *input* tokens every token pays that tier's rate, as genai-prices computes it)."""

    base: int
    tiers: tuple[tuple[int, int], ...] = ()

    def at(self, input_tokens: int) -> int:
        for start, rate in reversed(self.tiers):
            if input_tokens > start:
                return rate
        return self.base


@dataclass(frozen=True, slots=True)
class Price:
    model: str
    input: Rate
    output: Rate
    source: str

    def cost_micros(self, input_tokens: int, output_tokens: int) -> int:
        """The cost of a call in micro-dollars, rounded up."""
        units = input_tokens * self.input.at(input_tokens) + output_tokens * self.output.at(input_tokens)
        return -(-units // MICROS)


def _from_genai(value: Any) -> Rate:
    if value is None:
        return Rate(0)
    tiers = getattr(value, "tiers", None)
    if tiers is not None:
        return Rate(_rate(value.base), tuple(sorted((int(t.start), _rate(t.price)) for t in tiers)))
    return Rate(_rate(value))


class Prices:
    """Price lookup for models: policy overrides, then genai-prices; ``None`` when unknown."""

    def __init__(self, overrides: Mapping[str, ModelPrice] | None = None) -> None:
        self._exact: dict[str, Price] = {}
        self._patterns: list[tuple[str, Price]] = []
        for name, mp in (overrides or {}).items():
            price = Price(name, Rate(_rate(mp.input_per_mtok)), Rate(_rate(mp.output_per_mtok)), "policy")
            if any(c in name for c in "*?["):
                self._patterns.append((name, price))
            else:
                self._exact[name] = price
        self._cache: dict[str, Price | None] = {}
        self._lock = threading.Lock()

    def warm(self) -> None:
        """Load genai-prices' table now (built with the Warden), not in the first request: importing
        it takes 0.3 s (seconds on a busy machine), which would hold that request's event loop."""
        _genai_price("gpt-4o-mini")

    def price_for(self, model: str | None) -> Price | None:
        if model is None:
            return None
        price = self._exact.get(model)
        if price is not None:
            return price
        for pattern, p in self._patterns:
            if fnmatchcase(model, pattern):
                return p
        try:
            return self._cache[model]
        except KeyError:
            pass
        found = _genai_price(model)
        with self._lock:
            self._cache[model] = found
        return found


def _genai_price(model: str) -> Price | None:
    try:
        from genai_prices import Usage, calc_price

        calc = calc_price(Usage(input_tokens=0, output_tokens=0), model_ref=model)
    except LookupError:
        return None
    except Exception:  # a broken price table must not take requests down: treat as unknown
        log.exception("genai-prices failed to price model %r", model)
        return None
    mp = calc.model_price
    return Price(model, _from_genai(mp.input_mtok), _from_genai(mp.output_mtok), f"genai-prices:{calc.provider.id}")
