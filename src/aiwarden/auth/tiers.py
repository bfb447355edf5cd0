"""Tiers from claims or roles, and which models a tier (and a route) may use.

A claim value picks a tier like this (``auth.tier_claim``, e.g. ``tier`` or ``roles``):

* a string: ``auth.tier_map[value]`` if mapped, else the value itself if it names a tier;
* a list (roles, groups): the first ``auth.tier_map`` entry, in the order written, whose key the
  caller holds — list the most privileged role first — else the first role that names a tier;
* anything else, or no match: ``auth.default_tier``, or a 403 when there is none.

>>> from aiwarden.policy import Policy
>>> policy = Policy.from_dict({"tiers": {"free": {}, "pro": {}},
...                            "auth": {"tier_map": {"admin": "pro", "staff": "pro", "user": "free"}}})
>>> tier_for(["user", "admin"], policy.auth.tier_map, policy.tiers)
'pro'
>>> allowed("gpt-4o-mini", ("gpt-4o-mini", "claude-*"))
True
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from fnmatch import fnmatchcase
from typing import Any

__all__ = ["allowed", "claim_value", "tier_for"]


def claim_value(claims: Mapping[str, Any], name: str) -> Any:
    """``claims[name]``, or the nested value a dotted name leads to (``realm_access.roles``)."""
    if name in claims:
        return claims[name]
    value: Any = claims
    for part in name.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


def tier_for(value: Any, tier_map: Mapping[str, str], tiers: Collection[str]) -> str | None:
    """The tier a claim value (a string or a list of roles) selects, or None."""
    if isinstance(value, str):
        if value in tier_map:
            return tier_map[value]
        return value if value in tiers else None
    if isinstance(value, (list, tuple, set, frozenset)):
        roles = {v for v in value if isinstance(v, str)}
        for role, tier in tier_map.items():
            if role in roles:
                return tier
        for v in value:
            if isinstance(v, str) and v in tiers:
                return v
    return None


def allowed(model: str, patterns: Iterable[str]) -> bool:
    """Whether ``model`` matches one of the glob ``patterns`` (case-sensitive, so ``GPT-4O`` is not ``gpt-4o``)."""
    return any(fnmatchcase(model, p) for p in patterns)
