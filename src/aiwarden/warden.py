"""The engine: :class:`Warden`, built once per application from a policy, and the pipeline it
assembles (:func:`default_stages`).

Adapters drive an :class:`~aiwarden.exchange.Exchange` per request (see docs/architecture.md)::

    route = warden.route_for(method, path, marked)          # None: not an AI route, pass through
    ex = warden.exchange(http_request, route)
    outcome = drive(ex.check(body_read))                    # Refusal, or the body to forward
    kind = ex.response_start(status, content_type, content_encoding)  # "json" | "sse" | "pass"
    body = ex.answer_body(body)  /  ex.answer_chunk(chunk) ... ex.answer_end()
    head = ex.answer_head(len(body))                        # final status, headers to drop and put
    drive(ex.finish())                                      # settle, audit, alerts — always, once

``drive`` is :func:`~aiwarden.effects.drive_sync` or :func:`~aiwarden.effects.drive_async`.
Concerns plug in as *stages*: subclasses of :class:`~aiwarden.exchange.Stage` that override any of
``admit``, ``inspect``, ``output_filters`` and ``finish``, each built with the warden's
:class:`~aiwarden.services.Services`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from . import tokens
from .context import HttpRequest
from .errors import ConfigurationError
from .exchange import Exchange, Stage
from .policy import Policy, RouteSpec, load_policy
from .routes import RouteTable
from .services import Services

if TYPE_CHECKING:
    from .keys.ring import KeyRing

__all__ = ["Warden", "default_stages"]


class Warden:
    """The policy engine. Build one per application and share it across requests and threads.

    >>> warden = Warden({"tiers": {"free": {"models": ["gpt-4o-mini"]}}})
    >>> warden.policy.tiers["free"].models
    ('gpt-4o-mini',)
    """

    def __init__(
        self,
        policy: Policy | Mapping[str, Any] | str | None = None,
        *,
        stages: Iterable[Stage] | None = None,
        **components: Any,
    ) -> None:
        self.policy = load_policy(policy)
        self.routes = RouteTable(self.policy.routes)
        self.components = components
        #: What the stages share (key ring, quota storage, subject hasher), each built once on first use.
        self.services = Services(self.policy, components)
        self.stages: list[Stage] = list(stages) if stages is not None else default_stages(self.services)
        for i, s in enumerate(self.stages):
            if not isinstance(s, Stage):
                raise ConfigurationError(f"stages[{i}]", f"expected an aiwarden.exchange.Stage, got {type(s).__name__}")
        self._admit = [s for s in self.stages if s.takes("admit")]
        self._inspect = [s for s in self.stages if s.takes("inspect")]
        self._outputs = [s for s in self.stages if s.takes("output_filters")]
        self._finish = [s for s in self.stages if s.takes("finish")]
        #: An output filter may block (user checks): async adapters filter in a worker thread.
        self.output_blocks = any(s.blocking for s in self._outputs)
        # the token encodings the tiers' models need, loaded now rather than in a first request
        tokens.warm(m for tier in self.policy.tiers.values() for m in tier.models)

    @property
    def keys(self) -> KeyRing:
        """The provider key ring (``warden.keys.openai_client(...)``; see docs/keys.md)."""
        return self.services.keys

    def route_for(
        self, method: str, path: str, marked: RouteSpec | None = None, full_path: str | None = None
    ) -> RouteSpec | None:
        """The route of a request to ``path`` (the path the app routes on): the view's ai_route mark
        with what a policy ``[[routes]]`` pattern adds, else a pattern written with the mount prefix
        (``full_path``: the path with the root path or SCRIPT_NAME), else None: not an AI route."""
        return self.routes.route_for(method, path, marked, full_path)

    def exchange(self, request: HttpRequest, route: RouteSpec) -> Exchange:
        return Exchange(self, request, route)

    def console(self, **rights: Any) -> Any:
        """The operator page for this engine as a pure ASGI app (Starlette/FastAPI)::

            app.mount("/aiwarden", warden.console())

        ``can_view`` / ``can_switch`` add callable rights; see :class:`aiwarden.console.Console`.
        Django and Flask mount it with ``aiwarden.console.django`` / ``aiwarden.console.flask``.
        """
        from .console.asgi import ConsoleApp

        return ConsoleApp(self, **rights)

    def stage(self, name: str) -> Any:
        for s in self.stages:
            if s.name == name:
                return s
        raise LookupError(name)


def default_stages(services: Services) -> list[Stage]:
    """The built-in stages, in pipeline order, each given the services it reads. Each concern adds
    its stage here."""
    from .audit import AuditStage
    from .auth import AuthStage
    from .input import InputStage
    from .keys import KeysStage
    from .kill_switch import KillSwitchStage
    from .output import OutputStage
    from .privacy import PrivacyStage
    from .quota import QuotaStage

    stages: list[Stage] = []
    stages.append(KeysStage(services))  # first: deny paths and client-sent keys (builds the key ring)
    stages.append(KillSwitchStage(services))  # admit: before authentication, AI routes only
    stages.append(AuthStage(services))  # after keys and the kill switch, before input and quota limits
    stages.append(InputStage(services))  # roles, caps, sanitize, system prompt, token cap, injection
    stages.append(OutputStage(services))  # canary in the system prompt; the whole output chain, in order
    # pseudonymize, so nothing after it sees raw PII; the output chain restores (after redaction)
    stages.append(PrivacyStage(services, restore=False))
    # inspect: after every stage that rewrites the request (system prompt, spotlighting, canary,
    # pseudonyms), so the reservation counts every token the provider will bill; finish: settle
    # before audit
    stages.append(QuotaStage(services))
    if services.policy.audit.otel:  # OpenTelemetry (the otel extra): a span and metrics per request
        from .otel import OtelStage

        otel = OtelStage(services)
        stages.insert(0, otel.context)  # admit: first, so the app's trace context is taken as it is
        stages.append(otel)  # finish: after quota settled, before audit
    stages.append(AuditStage(services))  # last: its finish records what the others settled
    return stages
