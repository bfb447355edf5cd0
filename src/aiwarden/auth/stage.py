"""The ``auth`` stage: authenticate in ``admit``, authorize the model in ``inspect``.

``admit`` tries the sources of ``auth.sources`` in order — ``jwt`` (an ``Authorization: Bearer``
header; on Anthropic-format routes also a JWT sent as ``x-api-key``), ``framework`` (the
framework's user), ``resolver`` (``Warden(identity_resolver=...)``) — and the first that names
the caller wins. A source that finds no credential passes to the next; a credential that is
present but bad (an invalid token) is refused at once, never downgraded to the next source or to
anonymous. Then ``ex.identity`` and ``ex.tier_name`` are set.

``inspect`` runs once the body is parsed: the model actually used (after the route's model map)
must match the tier's ``models`` globs and, when the route sets ``models``, the route's as well.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..context import Identity
from ..effects import Call, Gen
from ..errors import ConfigurationError, Refusal, forbidden, unauthorized
from ..exchange import Stage
from .jwt import AuthFailure, TokenVerifier, bearer_token
from .tiers import allowed, claim_value, tier_for
from .users import Candidate, call_async, call_sync, candidate_from_user

if TYPE_CHECKING:
    from ..exchange import Exchange
    from ..services import Services

__all__ = ["AuthStage"]

log = logging.getLogger("aiwarden.auth")

#: The header a format's official clients send their API key in: on such a route a JWT there is
#: the caller's bearer token, so the SDK works with the token as its ``api_key``.
_KEY_HEADER = {"anthropic": "x-api-key", "gemini": "x-goog-api-key"}
_UNSAFE = re.compile(r"[^\x20-\x7e]")
# a compact JWS: base64url header (a JSON object: "eyJ"), payload and signature, joined by dots
_JWT_SHAPE = re.compile(r"\s*eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\s*\Z")


class AuthStage(Stage):
    """Authentication and authorization for AI routes (see the module docstring)."""

    name = "auth"

    def __init__(self, services: Services) -> None:
        policy = services.policy
        self.auth = policy.auth
        self.tiers = policy.tiers
        self.resolver = services.components.get("identity_resolver")
        sources = list(self.auth.sources)
        if self.resolver is not None:
            if not callable(self.resolver):
                raise ConfigurationError("identity_resolver", "must be callable: request -> Identity | None")
            if "resolver" not in sources:
                sources.append("resolver")
        elif "resolver" in sources:
            raise ConfigurationError("auth.sources", "lists 'resolver' but no identity_resolver was given to Warden")
        self.sources = tuple(sources)
        self._readers = tuple(getattr(self, f"_{source}") for source in self.sources)  # (not per request)
        self.verifier = TokenVerifier(self.auth) if "jwt" in self.sources else None
        if self.verifier is not None and not self.verifier.configured and self.auth.required and len(sources) == 1:
            log.warning(
                "aiwarden: auth.sources is ['jwt'] but no key is configured (jwt_secret_env, "
                "jwt_public_key_file, jwks_file or jwks_url): every AI request will be refused"
            )

    # -- authentication ---------------------------------------------------------------------

    def admit(self, ex: Exchange) -> Gen:
        try:
            candidate = None
            for read in self._readers:
                candidate = yield from read(ex)
                if candidate is not None:
                    break
        except AuthFailure as failure:
            return failure.refusal
        if candidate is None:
            if self.auth.required:
                return unauthorized(self._missing_message(ex))
            candidate = Candidate(f"anonymous:{ex.request.client or 'unknown'}", self.auth.anonymous_tier, "anonymous")
        tier = tier_for(candidate.tier_value, self.auth.tier_map, self.tiers) or self.auth.default_tier
        if tier is None:
            return forbidden(
                "tier_unknown", "Your account has no tier that this server knows, so it may not use this route."
            )
        ex.identity = Identity(candidate.subject, tier, candidate.source, candidate.token_id, candidate.claims)
        ex.tier_name = tier
        return None

    def _jwt(self, ex: Exchange) -> Gen:
        header = ex.request.headers.get("authorization")
        if header is not None:
            token = bearer_token(header)
        elif (key_header := _KEY_HEADER.get(ex.route.format)) and _JWT_SHAPE.match(
            ex.request.headers.get(key_header, "")
        ):
            # Anthropic's clients send their credential as x-api-key, Google's as x-goog-api-key:
            # there, a JWT is the bearer token (anything else is not ours: a provider key is
            # refused by the keys stage)
            token = ex.request.headers[key_header].strip()
        else:
            return None
        assert self.verifier is not None
        jose = self.verifier.header(token)
        key = yield from self.verifier.key_for(jose)
        claims = self.verifier.decode(token, key)
        subject = claim_value(claims, self.auth.subject_claim)
        if not isinstance(subject, (str, int)) or isinstance(subject, bool) or not str(subject):
            raise AuthFailure(f"The bearer token has no usable subject claim '{self.auth.subject_claim}'.")
        jti = claims.get("jti")
        return Candidate(
            str(subject),
            claim_value(claims, self.auth.tier_claim),
            "jwt",
            jti if isinstance(jti, str) else None,
            claims,
        )

    def _framework(self, ex: Exchange) -> Gen:
        get_user = ex.request.framework_user
        if get_user is None:
            return None
        attribute = self.auth.tier_claim

        def after(user: Any) -> Candidate | None:
            return candidate_from_user(user, attribute)

        return (yield Call(call_sync, call_async, (get_user, (), after)))

    def _resolver(self, ex: Exchange) -> Gen:
        resolver = self.resolver
        identity = yield Call(call_sync, call_async, (resolver, (ex.request,), _identity_or_none))
        if identity is None:
            return None
        subject = identity.subject
        # an ORM's integer id (Identity(subject=account.id), as the resolver docs show) is taken as
        # its text, as a framework user's pk is; limits, budgets and audit keys are strings
        if isinstance(subject, int) and not isinstance(subject, bool):
            subject = str(subject)
        if not isinstance(subject, str):
            raise TypeError(
                f"identity_resolver {resolver!r} returned an Identity whose subject is a {type(subject).__name__}; "
                "give a string"
            )
        if not subject:
            raise TypeError(f"identity_resolver {resolver!r} returned an Identity with an empty subject")
        return Candidate(
            subject, identity.tier, identity.source or "resolver", identity.token_id, dict(identity.claims)
        )

    def _missing_message(self, ex: Exchange) -> str:
        if "jwt" in self.sources and ex.route.format in _KEY_HEADER:
            header = _KEY_HEADER[ex.route.format]
            return f"This route needs authentication: send '{header}: <token>' or 'Authorization: Bearer <token>'."
        if "jwt" in self.sources:
            return "This route needs authentication: send 'Authorization: Bearer <token>'."
        return "This route needs authentication: sign in first."

    # -- authorization ----------------------------------------------------------------------

    def inspect(self, ex: Exchange) -> Refusal | None:
        tier = ex.tier
        model = ex.model_used
        if tier is None or model is None:
            return None
        if not allowed(model, tier.models):
            return _model_refusal(ex, "your account")
        if ex.route.models is not None and not allowed(model, ex.route.models):
            return _model_refusal(ex, "this route")
        return None


def _identity_or_none(value: Any) -> Identity | None:
    if value is None or isinstance(value, Identity):
        return value
    raise TypeError(f"identity_resolver must return an Identity or None, got {type(value).__name__}")


def _shown(model: str) -> str:
    text = _UNSAFE.sub("?", model)
    return text if len(text) <= 80 else text[:77] + "..."


def _model_refusal(ex: Exchange, whom: str) -> Refusal:
    used = ex.model_used or ""
    asked = ex.model_requested or used
    name = f"'{_shown(asked)}'" if asked == used else f"'{_shown(asked)}' (served as '{_shown(used)}')"
    refusal = forbidden("model_not_allowed", f"The model {name} is not available to {whom}.")
    return replace(refusal, param="model")
