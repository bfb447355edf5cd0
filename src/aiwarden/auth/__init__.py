"""Authentication, tiers and authorization for AI routes (see docs/auth.md).

* :class:`AuthStage` — the engine stage (``admit``: who is calling; ``inspect``: may they use this model).
* :class:`IdentityResolver` — the protocol for your own authentication (``Warden(identity_resolver=...)``).
* :class:`TokenVerifier` — bearer JWT verification with pyjwt (HMAC secret, PEM key, JWKS).
* :func:`dev_environment`, :func:`require_secret`, :func:`mint_token` — development secrets and tokens.
"""

from __future__ import annotations

from .dev import dev_environment, mint_token, require_secret
from .jwt import AuthFailure, TokenVerifier, bearer_token
from .stage import AuthStage
from .tiers import allowed, tier_for
from .users import IdentityResolver

__all__ = [
    "AuthFailure",
    "AuthStage",
    "IdentityResolver",
    "TokenVerifier",
    "allowed",
    "bearer_token",
    "dev_environment",
    "mint_token",
    "require_secret",
    "tier_for",
]
