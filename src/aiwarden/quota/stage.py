"""The quota stage: limits and reservations (``inspect``), settlement and alerts (``finish``). The
storage (:class:`~aiwarden.quota.storage.SharedStorage`) is a service of the warden, shared with
the kill switch stage (:mod:`aiwarden.kill_switch`).

Decisions are pure functions of the exchange and the storage's answers; every storage operation
is yielded as an :class:`~aiwarden.effects.Call`, so the same code runs under the sync and the
async driver. One storage object is built per :class:`~aiwarden.warden.Warden` and connects lazily.

Extra ``Warden(...)`` keywords read here: ``notifiers`` (a list of :class:`~aiwarden.quota.alerts.Notifier`)
and ``on_alert`` (a function called with each :class:`~aiwarden.quota.alerts.Alert`).
"""

from __future__ import annotations

import functools
import itertools
import logging
import os
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .._memo import keep
from ..effects import Call, Gen
from ..errors import Refusal, StorageError, bad_request, kill_switch_engaged, too_many_requests
from ..exchange import Stage
from ..pricing import Price, Prices
from . import rates
from .alerts import Alert, CallbackNotifier, LoggingNotifier, Notifier, WebhookNotifier, dispatch
from .budgets import BudgetSpec, buckets_for, budget_specs, period, settled_amounts
from .plan import Admission, Bucket, Limit, Plan, Settled, Settlement
from .storage import SharedStorage, Storage

if TYPE_CHECKING:
    from ..exchange import Exchange
    from ..policy import Policy, Tier
    from ..services import Services

__all__ = ["DEFAULT_OUTPUT_CAP", "QuotaStage", "Reservation"]

log = logging.getLogger("aiwarden.quota")

#: ``max_tokens`` set on requests that name none when a budget applies and no cap is configured,
#: so that the reservation is still an upper bound.
DEFAULT_OUTPUT_CAP = 4096

#: This process's id, renewed in a forked child: read per request (``os.getpid()`` is a system call).
_process = [os.getpid()]
os.register_at_fork(after_in_child=lambda: _process.__setitem__(0, os.getpid()))


@dataclass(frozen=True, slots=True)
class Reservation:
    """What a request holds until ``finish`` settles it (kept in ``ex.reservations``)."""

    buckets: tuple[Bucket, ...]
    amounts: tuple[int, ...]
    price: Price | None
    input_tokens: int
    max_output_tokens: int
    subject: str


class _Template:
    """Everything about a request's limits and buckets that does not depend on the request itself,
    built once per (tier, route, caller, UTC day) and reused: per request only the amounts change
    (given to the plan beside the template's buckets, which are not rebuilt)."""

    __slots__ = ("buckets", "limits", "policy_header", "small_cost", "small_tokens", "tokens")

    def __init__(self, limits: tuple[Limit, ...], buckets: tuple[Bucket, ...]) -> None:
        self.limits = limits
        self.buckets = buckets  # amounts are given per request by plan()
        self.tokens = tuple(b.label.split(":")[1] == "tokens" for b in buckets)
        self.policy_header = rates.policy_header(limits)
        # the smallest cap of each metric (None: no bucket of it), for small()
        token_caps = [b.cap for b, is_tokens in zip(buckets, self.tokens, strict=True) if is_tokens]
        cost_caps = [b.cap for b, is_tokens in zip(buckets, self.tokens, strict=True) if not is_tokens]
        self.small_tokens = min(token_caps) if token_caps else None
        self.small_cost = min(cost_caps) if cost_caps else None

    def small(self, tokens: int, cost: int) -> bool:
        """Whether these amounts are at most :data:`_SMALL_SHARE` of every bucket's cap."""
        return (self.small_tokens is None or tokens * _SMALL_SHARE <= self.small_tokens) and (
            self.small_cost is None or cost * _SMALL_SHARE <= self.small_cost
        )

    def plan(self, strategy: Any, tokens: int, cost: int, token: str) -> Plan:
        amounts = tuple(map((cost, tokens).__getitem__, self.tokens))  # (True is 1: tokens)
        return Plan(strategy, self.limits, self.buckets, token, amounts)


#: A reservation may hold a bound of the prompt's tokens instead of their count when its amounts are
#: at most 1/_SMALL_SHARE of every budget's cap (QuotaStage.inspect).
_SMALL_SHARE = 100


def _cost(price: Price | None, n_in: int, max_out: int) -> int:
    return price.cost_micros(n_in, max_out) if price is not None else 0


#: Templates kept at most; past it the cache starts over (callers are unbounded, templates cheap).
_TEMPLATES_MAX = 10_000


class QuotaStage(Stage):
    """Rate limits, token and spend budgets, alerts."""

    name = "quota"

    def __init__(self, services: Services) -> None:
        policy: Policy = services.policy
        self.policy = policy
        self.services = services
        self.shared: SharedStorage = services.storage
        self.storage: Storage = self.shared.backend
        self.prefix = f"{{{policy.storage.key_prefix}}}"
        self.prices = Prices(policy.pricing)
        self.prices.warm()
        self.notifiers = _notifiers(policy, services.components)
        self._specs: dict[str | None, tuple[BudgetSpec, ...]] = {}
        self._templates: dict[tuple[Any, ...], _Template] = {}
        # memory storage never blocks: call it directly instead of going through the effect driver
        self._direct = self.shared.direct
        self._token = uuid.uuid4().hex[:12]
        self._pid = _process[0]
        self._seq = itertools.count()
        self._warned_default_cap = False

    # -- operator controls ---------------------------------------------------------------------

    def engage(self, reason: str, by: str = "operator") -> None:
        """Switch AI routes off for every worker sharing the storage (sync; use from code or a shell)."""
        self.shared.engage(reason, by)

    def release(self) -> None:
        self.shared.release()

    # -- inspect -------------------------------------------------------------------------------

    def _tier(self, ex: Exchange) -> tuple[str | None, Tier | None]:
        tier = ex.tier
        if tier is not None:
            return ex.tier_name, tier
        tiers = self.policy.tiers
        name = ex.tier_name or self.policy.auth.anonymous_tier
        if name is None and len(tiers) == 1:
            name = next(iter(tiers))
        return name, tiers.get(name) if name else None

    def _budget_specs(self, tier_name: str | None, tier: Tier | None) -> tuple[BudgetSpec, ...]:
        specs = self._specs.get(tier_name)
        if specs is None:
            specs = self._specs[tier_name] = budget_specs(tier, self.policy.global_)
        return specs

    def inspect(self, ex: Exchange) -> Refusal | Gen | None:
        chat = ex.chat
        if chat is None:
            return None
        tier_name, tier = self._tier(ex)
        route = ex.route
        specs = self._budget_specs(tier_name, tier)
        refusal = self._cap_output(ex, tier, specs)
        if refusal is not None:
            return refusal
        if ex.model_requested != ex.model_used:
            ex.flags["model_routed"] = f"{ex.model_requested}->{ex.model_used}"
        max_out = (chat.max_tokens or 0) * chat.choices  # n answers: n times the output
        price = self.prices.price_for(ex.model_used)
        if price is None and any(s.metric == "spend" for s in specs):
            return bad_request(
                "model_not_priced",
                f"The model {ex.model_used!r} has no known price, so its cost cannot be checked against the "
                "budget. Ask the operator to add it under [pricing].",
                "model",
            )
        template = self._template(tier_name, tier, route, ex, specs)
        # A budget holds an upper bound of the request's tokens and cost until it is settled (with
        # the provider's usage, after the answer). The prompt's UTF-8 bytes bound its tokens without
        # tokenizing (tiktoken: ~0.4 ms per 1k tokens). The bound is held only where it is small
        # beside every budget (_SMALL_SHARE: what it holds beyond the count can refuse a concurrent
        # request only within that share of the cap, less than its max_tokens part already does);
        # otherwise, and when the bound is refused, the prompt is counted and the storage asked
        # (again: an admission refused takes nothing).
        n_in = 0
        if template.buckets:
            n_in = ex.input_tokens_bound()
            if not ex.input_tokens_counted and not template.small(n_in + max_out, _cost(price, n_in, max_out)):
                n_in = ex.input_tokens()
        ex.cost_estimate_micros = None
        if price is not None and template.buckets:
            ex.estimate_cost(price, max_out)  # exact, counted when read (audit)
        if not template.limits and not template.buckets:
            return None
        if self._pid != _process[0]:
            # a forked worker must not reuse its parent's tokens: moving-window entries on Redis are
            # members of a sorted set, and two equal members count once
            self._token, self._pid = uuid.uuid4().hex[:12], _process[0]
        token = f"{self._token}{next(self._seq)}"
        plan = self._plan(template, price, n_in, max_out, token)
        if not self._direct:
            return self._admit(ex, plan, template, price, n_in, max_out)
        adm = self.storage.admit(plan)
        if adm.outcome == "budget" and not ex.input_tokens_counted:
            n_in = ex.input_tokens()
            plan = self._plan(template, price, n_in, max_out, token)
            adm = self.storage.admit(plan)
        return self._admitted(ex, plan, template, adm, price, n_in, max_out)

    def _plan(self, template: _Template, price: Price | None, n_in: int, max_out: int, token: str) -> Plan:
        cost = _cost(price, n_in, max_out) if template.buckets else 0
        return template.plan(self.policy.storage.strategy, n_in + max_out, cost, token)

    def _template(
        self, tier_name: str | None, tier: Tier | None, route: Any, ex: Exchange, specs: tuple[BudgetSpec, ...]
    ) -> _Template:
        now = time.time()
        # a policy rule is one route whatever path it matched ("/threads/*/chat"): keyed by the
        # concrete path, each new path parameter was a fresh per-route limit
        route_name = route.name or getattr(route, "path", "") or ex.request.route_template or ex.request.path
        subject = ex.subject
        # month boundaries are day boundaries, so the UTC day number pins both periods
        key = (tier_name, route.requests, route_name, subject, int(now // 86400))
        template = self._templates.get(key)
        if template is None:
            lims = rates.limits_for(
                self.prefix,
                subject,
                tier.requests if tier else (),
                route.requests,
                route_name,
                self.policy.global_.requests,
            )
            buckets = buckets_for(self.prefix, specs, subject, 0, 0, self.policy.global_.alerts_at, now)
            template = keep(self._templates, key, _Template(lims, buckets), _TEMPLATES_MAX)
        return template

    def _cap_output(self, ex: Exchange, tier: Tier | None, specs: tuple[BudgetSpec, ...]) -> Refusal | None:
        chat = ex.chat
        assert chat is not None
        cap, route_cap = tier.max_output_tokens if tier else None, ex.route.max_output_tokens
        if cap is None or (route_cap is not None and route_cap < cap):
            cap = route_cap
        if chat.max_tokens is None:
            if cap is None and specs:
                cap = DEFAULT_OUTPUT_CAP
                if not self._warned_default_cap:
                    self._warned_default_cap = True
                    log.warning(
                        "aiwarden: budgets apply but no max_output_tokens is configured; requests without "
                        "max_tokens get max_tokens=%d so that reservations stay an upper bound",
                        cap,
                    )
            if cap is not None:
                chat.max_tokens = cap
                ex.flags["max_tokens_set"] = cap
        elif cap is not None and chat.max_tokens > cap:
            if tier is not None and tier.over_max_output == "refuse":
                return bad_request(
                    "max_tokens_too_large", f"max_tokens may be at most {cap} here for your plan.", "max_tokens"
                )
            ex.flags["max_tokens_capped"] = f"{chat.max_tokens}->{cap}"
            chat.max_tokens = cap
        return None

    def _admit(
        self, ex: Exchange, plan: Plan, template: _Template, price: Price | None, n_in: int, max_out: int
    ) -> Gen:
        try:
            adm: Admission = yield Call(self.storage.admit, self.storage.aadmit, (plan,))
            if adm.outcome == "budget" and not ex.input_tokens_counted:  # the bound did not fit: count
                n_in = ex.input_tokens()
                plan = self._plan(template, price, n_in, max_out, plan.token)
                adm = yield Call(self.storage.admit, self.storage.aadmit, (plan,))
        except StorageError as exc:
            return self.shared.failed(ex, exc)
        return self._admitted(ex, plan, template, adm, price, n_in, max_out)

    def _admitted(
        self,
        ex: Exchange,
        plan: Plan,
        template: _Template,
        adm: Admission,
        price: Price | None,
        n_in: int,
        max_out: int,
    ) -> Refusal | None:
        """The answer to an admission.

        A budget that cannot hold the reservation refuses (429, or 503 for a global one) and
        nothing else: the kill switch engages on *settled* spend only (:meth:`finish`). Reserved
        amounts are upper bounds that settle lower, or at zero when the provider fails, so
        engaging on them let a few failing requests switch the service off for everyone."""
        if adm.read_kill_switch:
            self.shared.saw_switch(adm.kill_switch)
        if adm.outcome == "kill_switch":
            return kill_switch_engaged()
        refused = adm.index if adm.outcome == "rate_limited" else -1
        hdrs = rates.headers(plan.limits, adm.stats, refused, adm.retry_after, template.policy_header)
        retry = hdrs.pop("retry-after", None)
        ex.response_headers.update(hdrs)
        if adm.outcome == "rate_limited":
            lim = plan.limits[adm.index]
            ex.flags["rate_limited"] = lim.label
            scope = {"user": "your", "route": "this route's", "global": "the service's"}[lim.label.split("-")[0]]
            return too_many_requests(
                "rate_limit_exceeded",
                f"Rate limit reached: {scope} limit is {lim.item.amount} requests per {_window_text(lim.window)}. "
                f"Retry after {_seconds(retry or '1')}.",
                {"retry-after": retry or "1"},
            )
        if adm.outcome == "budget":
            return self._budget_refusal(ex, plan.buckets[adm.index])
        ex.reservations.append(Reservation(plan.buckets, plan.bucket_amounts(), price, n_in, max_out, ex.subject))
        return None

    def _budget_refusal(self, ex: Exchange, bucket: Bucket) -> Refusal:
        scope, metric, span = bucket.label.split(":")
        retry = str(max(int(period(span).ends_at - time.time()), 1))
        ex.flags["budget_exceeded"] = bucket.label
        what = "token" if metric == "tokens" else "spending"
        when = "daily" if span == "day" else "monthly"
        if scope == "global":
            return Refusal(
                503,
                "service_unavailable",
                "global_budget_exceeded",
                f"The service has reached its {when} {what} budget; AI features resume when it resets.",
                headers={"retry-after": retry},
            )
        return too_many_requests(
            "budget_exceeded",
            f"This request would exceed your {when} {what} budget. It resets in {_seconds(retry)}.",
            {"retry-after": retry},
        )

    # -- finish --------------------------------------------------------------------------------

    def finish(self, ex: Exchange) -> Gen | None:
        held = [r for r in ex.reservations if isinstance(r, Reservation)]
        if not held:
            price = self.prices.price_for(ex.model_used) if ex.usage is not None else None
            if price is not None and ex.usage is not None:
                n_in, n_out = _tokens(ex.usage.input_tokens), _tokens(ex.usage.output_tokens)
                ex.cost_settled_micros = price.cost_micros(n_in, n_out)
            return None
        if self._direct:
            for r in held:
                s = self._settlement(ex, r)
                self._settled(r, self.storage.settle(s))
            return None
        now: list[tuple[Reservation, Settlement]] = []
        for r in held:
            s = self._settlement(ex, r)
            # Redis on a plain server: sent with this worker's next command (one round trip per
            # request); the reservation stays held at its upper bound until then
            if not self.storage.settle_later(s, functools.partial(self._settled_later, ex.request_id, ex.flags, r)):
                now.append((r, s))
        return self._settle(ex, now) if now else None

    def _settle(self, ex: Exchange, held: list[tuple[Reservation, Settlement]]) -> Gen:
        for r, s in held:
            try:
                done: Settled = yield Call(self.storage.settle, self.storage.asettle, (s,))
            except StorageError as exc:
                self._settle_failed(ex.request_id, ex.flags, exc)
                continue
            self._settled(r, done)

    def _settled_later(
        self, request_id: str, flags: dict[str, Any], r: Reservation, done: Settled | StorageError
    ) -> None:
        """The outcome of a settlement sent after its request (from the command that carried it)."""
        if isinstance(done, StorageError):
            self._settle_failed(request_id, flags, done)
        else:
            self._settled(r, done)

    def _settle_failed(self, request_id: str, flags: dict[str, Any], exc: StorageError) -> None:
        flags["quota_settle_failed"] = True
        log.error(
            "aiwarden: could not settle request %s (reserved amounts stay held until the period ends): %s",
            request_id,
            exc,
        )

    def _settlement(self, ex: Exchange, r: Reservation) -> Settlement:
        usage = ex.usage
        if usage is not None:
            # the provider's numbers, bounded: a negative count (a buggy or hostile upstream) would
            # give budget back and pull settled spend below the alerts and the kill switch
            n_in, n_out = _tokens(usage.input_tokens), _tokens(usage.output_tokens)
            if not usage.reported and r.max_output_tokens:
                # counted by us (a stream without usage, cut short or not): the provider stops at
                # max_tokens, so a count above it is our tokenizer overcounting, not spend
                n_out = min(n_out, r.max_output_tokens)
        elif ex.status is not None and 200 <= ex.status < 300:
            # answered, but we could not read usage: charge the counted input and the output cap
            # (the reservation held a bound of the input, not its count)
            n_in, n_out = ex.input_tokens(), r.max_output_tokens
        else:  # refused later in the pipeline, or the provider failed: nothing was spent
            n_in = n_out = 0
        cost = r.price.cost_micros(n_in, n_out) if r.price is not None else 0
        ex.cost_settled_micros = (ex.cost_settled_micros or 0) + cost
        kill = "the {label} cap was reached" if self.policy.global_.kill_switch_at_cap else ""
        return Settlement(r.buckets, r.amounts, settled_amounts(r.buckets, n_in + n_out, cost), kill)

    def _settled(self, r: Reservation, done: Settled) -> None:
        if done.kill_switch_engaged or any(before != after for before, after in done.crossed):
            dispatch(self.notifiers, self._alerts(r, done))

    def _alert_subject(self, subject: str | None) -> str | None:
        """The subject as alerts show it: hashed like the audit records when the policy asks for
        pseudonymous logs (``audit.hash_subjects_key_env``); alerts go to logs and chat rooms too."""
        hasher = self.services.hasher
        return hasher(subject) if hasher is not None and subject is not None else subject

    def _alerts(self, r: Reservation, done: Settled) -> list[Alert]:
        out = []
        fractions = sorted(set(self.policy.global_.alerts_at))
        for b, total, (before, after) in zip(r.buckets, done.totals, done.crossed, strict=True):
            scope, metric, span = b.label.split(":")
            for level in range(before + 1, after + 1):
                fraction = fractions[level - 1] if level - 1 < len(fractions) else 1.0
                out.append(
                    Alert(
                        "budget",
                        scope,
                        self._alert_subject(r.subject) if scope == "user" else None,
                        metric,
                        span,
                        period(span).id,
                        fraction,
                        total,
                        b.cap,
                    )
                )
        if done.kill_switch_engaged:
            # the bucket that engaged it: the first kill-at-cap bucket whose settled total reached its cap
            b, total = next(
                ((b, t) for b, t in zip(r.buckets, done.totals, strict=True) if b.kill_at_cap and t >= b.cap),
                next((b, t) for b, t in zip(r.buckets, done.totals, strict=True) if b.kill_at_cap),
            )
            span = b.label.split(":")[2]
            self.shared.forget_switch()
            reason = f"the {b.label} cap was reached"
            out.append(Alert("kill_switch", "global", None, "spend", span, period(span).id, 1.0, total, b.cap, reason))
        return out


#: The most tokens one request may settle per direction (2^31 - 1, the largest count a request may
#: ask for); past it a reported count is garbage, and Redis integers must not overflow.
_MAX_TOKENS = 2**31 - 1


def _tokens(n: int) -> int:
    return min(max(int(n), 0), _MAX_TOKENS)


def _seconds(n: str) -> str:
    """``"1"`` → "1 second", ``"30"`` → "30 seconds"."""
    return f"{n} second" if n == "1" else f"{n} seconds"


def _window_text(seconds: int) -> str:
    for size, unit in ((86400, "day"), (3600, "hour"), (60, "minute")):
        if seconds % size == 0:
            n = seconds // size
            return unit if n == 1 else f"{n} {unit}s"
    return "second" if seconds == 1 else f"{seconds} seconds"


def _notifiers(policy: Policy, components: Mapping[str, Any]) -> list[Notifier]:
    out: list[Notifier] = [LoggingNotifier()]
    g = policy.global_
    if g.alert_webhook_url:
        out.append(WebhookNotifier(g.alert_webhook_url, slack=g.alert_webhook_format == "slack"))
    out.extend(components.get("notifiers") or ())
    if components.get("on_alert") is not None:
        out.append(CallbackNotifier(components["on_alert"]))
    return out
