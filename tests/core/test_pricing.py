"""Prices in integer micro-dollars: genai-prices, policy overrides, rounding."""

from __future__ import annotations

from decimal import Decimal

from genai_prices import Usage, calc_price
from hypothesis import given
from hypothesis import strategies as st

from aiwarden.pricing import MICROS, ModelPrice, Price, Prices, Rate, usd_to_micros


def test_genai_prices_are_used_for_known_models() -> None:
    price = Prices().price_for("gpt-4o-mini")
    assert price is not None and price.source.startswith("genai-prices")
    expected = calc_price(Usage(input_tokens=12_345, output_tokens=678), model_ref="gpt-4o-mini").total_price
    assert price.cost_micros(12_345, 678) == int((expected * MICROS).to_integral_value(rounding="ROUND_CEILING"))


def test_unknown_models_have_no_price_and_overrides_win() -> None:
    prices = Prices(
        {
            "gpt-4o-mini": ModelPrice(input_per_mtok=1.0, output_per_mtok=2.0),
            "ft:my-*": ModelPrice(input_per_mtok=3.0, output_per_mtok=4.0),
        }
    )
    assert Prices().price_for("definitely-not-a-model-xyz") is None
    assert prices.price_for("gpt-4o-mini").cost_micros(1_000_000, 1_000_000) == 3_000_000
    assert prices.price_for("ft:my-model:v2").source == "policy"
    assert prices.price_for("ft:my-model:v2").cost_micros(10, 10) == 70
    assert prices.price_for(None) is None


def test_tiered_prices_follow_the_input_size() -> None:
    price = Price("m", Rate(1_000_000, ((200_000, 2_000_000),)), Rate(4_000_000, ((200_000, 8_000_000),)), "t")
    assert price.cost_micros(200_000, 0) == 200_000
    assert price.cost_micros(200_001, 1) == 400_002 + 8
    gemini = Prices().price_for("gemini-1.5-pro")
    if gemini is not None and gemini.input.tiers:
        big = calc_price(Usage(input_tokens=300_000, output_tokens=10), model_ref="gemini-1.5-pro").total_price
        assert gemini.cost_micros(300_000, 10) == int((big * MICROS).to_integral_value(rounding="ROUND_CEILING"))


def test_usd_to_micros() -> None:
    assert usd_to_micros(0.5) == 500_000
    assert usd_to_micros(20) == 20_000_000
    assert usd_to_micros(0.000001) == 1


@given(
    st.decimals(min_value=0, max_value=200, places=4, allow_nan=False),
    st.decimals(min_value=0, max_value=200, places=4, allow_nan=False),
    st.integers(0, 2_000_000),
    st.integers(0, 200_000),
)
def test_cost_is_the_exact_cost_rounded_up(pin: Decimal, pout: Decimal, n_in: int, n_out: int) -> None:
    price = Prices({"m": ModelPrice(float(pin), float(pout))}).price_for("m")
    exact = (Decimal(n_in) * pin + Decimal(n_out) * pout) / MICROS * MICROS  # micro-dollars
    cost = price.cost_micros(n_in, n_out)
    assert exact <= cost < exact + 1
    # monotone: more tokens never cost less, so the reservation (max output) bounds the settlement
    assert price.cost_micros(n_in, n_out + 1) >= cost
