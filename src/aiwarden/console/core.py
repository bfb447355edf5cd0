"""The operator page's framework-free core: one request in, one response out.

An adapter (``console/asgi.py``, ``console/django.py``, ``console/flask.py``) turns its
framework's request into a :class:`ConsoleRequest`, calls :meth:`Console.handle` and renders the
:class:`ConsoleResponse` as it is. Everything the page decides lives here: who may see it (the
policy's ``[console]`` rules, checked on the identity the guard's own ``auth`` stage verifies),
the sign-in cookie, CSRF, the kill switch, and the JSON the page polls.

Paths, relative to where the page is mounted::

    GET  ""                  the page (a sign-in form when no credential came with the request)
    POST "signin"            form field ``token``: a JWT; sets the HttpOnly session cookie
    POST "signout"           clears it
    GET  "api/summary"       the numbers, as JSON (docs/console.md describes the document)
    POST "api/killswitch"    {"action": "on" | "off", "reason": "..."}; needs the ``switch`` right
    GET  "static/NAME"       the page's script, style sheet and the vendored uPlot
"""

from __future__ import annotations

import hmac
import json
import logging
import re
import secrets
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html import escape
from importlib import resources
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

from ..audit.record import AuditRecord
from ..context import HttpRequest, Identity
from ..effects import drive_sync
from .data import snapshot

if TYPE_CHECKING:
    from .data import Engine

__all__ = ["COOKIE", "Console", "ConsoleRequest", "ConsoleResponse"]

log = logging.getLogger("aiwarden.console")

#: The session cookie: the verified JWT, HttpOnly and SameSite=Strict, scoped to the page's path.
COOKIE = "aiwarden_console"
#: The double-submit CSRF cookie: its value is in the page and must come back in ``x-aiwarden-csrf``.
CSRF_COOKIE = "aiwarden_console_csrf"
_CSRF = re.compile(r"[0-9a-f]{32}")
#: The longest a sign-in lasts, whatever the token's own expiry.
SESSION_SECONDS = 8 * 3600
#: The largest body the page accepts (a sign-in form, a kill-switch request).
MAX_BODY = 16_384

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
_STATIC = {
    "console.js": "text/javascript; charset=utf-8",
    "console.css": "text/css; charset=utf-8",
    "uPlot.iife.min.js": "text/javascript; charset=utf-8",
    "uPlot.min.css": "text/css; charset=utf-8",
    "LICENSE-uPlot.txt": "text/plain; charset=utf-8",
    "favicon.svg": "image/svg+xml",
}
_TOKEN = re.compile(r"[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]*")

#: ``(native request, identity or None) -> bool``: a callable right, given to :class:`Console`.
Check = Callable[[Any, Identity | None], bool]


@dataclass(frozen=True, slots=True)
class ConsoleRequest:
    """What the console needs of a request. ``path`` is relative to the page's mount point
    (``""``, ``"api/summary"``); ``headers`` have lower-case names."""

    method: str
    path: str
    headers: Mapping[str, str]
    cookies: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""
    #: Where the page is mounted, as the browser sees it (``/aiwarden/``): the cookie's path.
    base: str = "/"
    secure: bool = False
    client: str | None = None
    #: The framework's user, resolved lazily (Django ``request.user``, Flask-Login ``current_user``).
    framework_user: Callable[[], Any] | None = None
    native: Any = None


@dataclass(slots=True)
class ConsoleResponse:
    status: int
    headers: list[tuple[str, str]]
    body: bytes


class Console:
    """The operator page for one :class:`~aiwarden.Warden` (its storage, its audit records).

    Who may look and who may switch come from the policy's ``[console]`` section; ``can_view`` and
    ``can_switch`` add a callable right (``(native_request, identity) -> bool``) for anything the
    rules cannot say::

        console = Console(warden, can_view=lambda request, identity: request.user.is_staff)
    """

    def __init__(self, warden: Engine, *, can_view: Check | None = None, can_switch: Check | None = None) -> None:
        from ..policy import RouteSpec  # here, not at the top: the policy imports console.settings

        self.warden = warden
        self.policy = warden.policy.console
        self.can_view = can_view
        self.can_switch = can_switch
        self._route = RouteSpec()  # the page's sign-in runs the auth stage as on an AI route

    # -- entry point -------------------------------------------------------------------------

    def handle(self, req: ConsoleRequest) -> ConsoleResponse:
        try:
            return self._handle(req)
        except Exception:  # the page must never answer with a traceback
            log.exception("aiwarden: the operator page failed")
            return _json(500, {"error": _error("The operator page failed; see the server log.", "console_error")})

    def _handle(self, req: ConsoleRequest) -> ConsoleResponse:
        path, method = req.path.strip("/"), req.method.upper()
        if path.startswith("static/"):
            return self._static(path[len("static/") :], method)
        routes: dict[str, tuple[str, Callable[[ConsoleRequest], ConsoleResponse]]] = {
            "": ("GET", self._page),
            "signin": ("POST", self._signin),
            "signout": ("POST", self._signout),
            "api/summary": ("GET", self._summary),
            "api/killswitch": ("POST", self._killswitch),
        }
        if path not in routes:
            return _json(404, {"error": _error("No such page.", "not_found")})
        allowed, handler = routes[path]
        if method == "HEAD" and allowed == "GET":
            response = handler(req)
            response.body = b""
            return response
        if method != allowed:
            return _json(405, {"error": _error(f"Use {allowed}.", "method_not_allowed")}, [("allow", allowed)])
        if method == "POST" and len(req.body) > MAX_BODY:
            return _json(413, {"error": _error("The request body is too large.", "body_too_large")})
        return handler(req)

    # -- who is asking -----------------------------------------------------------------------

    def _credential(self, req: ConsoleRequest) -> tuple[str | None, bool]:
        """The bearer credential and whether it came from the session cookie."""
        header = req.headers.get("authorization")
        if header:
            return header, False
        cookie = req.cookies.get(COOKIE, "")
        if _TOKEN.fullmatch(cookie):
            return f"Bearer {cookie}", True
        return None, False

    def _identify(self, req: ConsoleRequest, authorization: str | None) -> tuple[Identity | None, str | None]:
        """The identity the guard's auth stage finds for this request, or why there is none."""
        headers = {k: v for k, v in req.headers.items() if k not in ("authorization", "cookie")}
        if authorization:
            headers["authorization"] = authorization
        http = HttpRequest(
            "GET", req.base, headers, client=req.client, framework_user=req.framework_user, native=req.native
        )
        ex = self.warden.exchange(http, self._route)
        refusal = drive_sync(self.warden.stage("auth").admit(ex))
        if refusal is not None:
            return None, refusal.message
        identity = ex.identity
        if identity is None or identity.source == "anonymous":
            return None, None
        return identity, None

    def _allowed(self, rules: tuple[str, ...], check: Check | None, req: ConsoleRequest, who: Identity | None) -> bool:
        if check is not None and check(req.native, who):
            return True
        return any(self._rule(rule, req, who) for rule in rules)

    def _rule(self, rule: str, req: ConsoleRequest, who: Identity | None) -> bool:
        kind, _, arg = rule.partition(":")
        if kind == "claim":
            if who is None or who.source != "jwt":
                return False
            name, eq, want = arg.partition("=")
            value = who.claims.get(name)
            if not eq:
                return value is True
            if isinstance(value, list):
                return want in [str(v) for v in value]
            return value is not None and not isinstance(value, (dict, bool)) and str(value) == want
        if kind == "tier":
            return who is not None and who.tier == arg
        user = _framework_user(req)
        if user is None or not getattr(user, "is_authenticated", False):
            return False
        if kind == "user":
            return True
        if kind in ("staff", "superuser"):
            return getattr(user, f"is_{kind}", False) is True
        if kind == "perm":
            has_perm = getattr(user, "has_perm", None)
            return bool(has_perm(arg)) if callable(has_perm) else False
        return False

    def _rights(self, req: ConsoleRequest) -> tuple[Identity | None, bool, bool, str | None]:
        """``(identity, may view, may switch, why not)``."""
        authorization, _ = self._credential(req)
        who, why = self._identify(req, authorization)
        view = self._allowed(self.policy.view, self.can_view, req, who)
        switch = view and self._allowed(self.policy.switch, self.can_switch, req, who)
        return who, view, switch, why

    # -- pages -------------------------------------------------------------------------------

    def _page(self, req: ConsoleRequest) -> ConsoleResponse:
        who, view, switch, why = self._rights(req)
        if not view:
            signed_in = who is not None or _framework_user_authenticated(req)
            status = 403 if signed_in else 200  # a sign-in form, as Django's admin answers it
            message = (
                "You are signed in, but this account may not see the operator page."
                if signed_in
                else why or "Sign in with a token that may see the operator page."
            )
            return self._html(status, _signin_page(message, locked=not (self.policy.view or self.can_view)))
        # double-submit: the page's script sends the cookie's value back in a header, which a page
        # on another origin can neither read nor forge (SameSite=Strict, and the origin is checked)
        csrf = req.cookies.get(CSRF_COOKIE, "")
        fresh = not _CSRF.fullmatch(csrf)
        if fresh:
            csrf = secrets.token_hex(16)
        response = self._html(200, _console_page(csrf, self.policy.poll_seconds, switch))
        if fresh:
            response.headers.append(("set-cookie", _cookie(csrf, req, SESSION_SECONDS, name=CSRF_COOKIE)))
        return response

    def _signin(self, req: ConsoleRequest) -> ConsoleResponse:
        if not _same_origin(req):
            return self._html(403, _signin_page("The sign-in form must be sent from this page."))
        form = parse_qs(req.body.decode("utf-8", "replace"), max_num_fields=4)
        token = (form.get("token") or [""])[0].strip()
        if token.lower().startswith("bearer "):
            token = token[7:].strip()
        if not _TOKEN.fullmatch(token):
            return self._html(401, _signin_page("That is not a token (a JWT has three parts separated by dots)."))
        who, why = self._identify(req, f"Bearer {token}")
        if who is None:
            return self._html(401, _signin_page(why or "That token was not accepted."))
        if not self._allowed(self.policy.view, self.can_view, req, who):
            return self._html(403, _signin_page("That token is valid, but it may not see the operator page."))
        exp = who.claims.get("exp")
        max_age = SESSION_SECONDS
        if isinstance(exp, (int, float)) and not isinstance(exp, bool):
            max_age = max(0, min(max_age, int(exp - time.time())))
        return _redirect(req.base, _cookie(token, req, max_age))

    def _signout(self, req: ConsoleRequest) -> ConsoleResponse:
        if not _same_origin(req):
            return _json(403, {"error": _error("Sign out from the page itself.", "csrf_failed")})
        return _redirect(req.base, _cookie("", req, 0))

    def _summary(self, req: ConsoleRequest) -> ConsoleResponse:
        who, view, switch, why = self._rights(req)
        if not view:
            return self._denied(who, why, req)
        doc = snapshot(self.warden, now=time.time())
        doc["you"] = {"may_switch": switch}
        return _json(200, doc)

    def _killswitch(self, req: ConsoleRequest) -> ConsoleResponse:
        who, view, switch, why = self._rights(req)
        if not view:
            return self._denied(who, why, req)
        if not switch:
            return _json(403, {"error": _error("This account may look but not switch.", "console_forbidden")})
        # Credentials a browser sends by itself (the sign-in cookie, a Django or Flask session) need
        # the page's CSRF token and a same-origin request; an Authorization header is never ambient.
        token = req.cookies.get(CSRF_COOKIE, "")
        if "authorization" not in req.headers and (
            not _same_origin(req)
            or not _CSRF.fullmatch(token)
            or not hmac.compare_digest(req.headers.get("x-aiwarden-csrf", ""), token)
        ):
            return _json(403, {"error": _error("The request is missing the page's CSRF token.", "csrf_failed")})
        try:
            doc = json.loads(req.body or b"{}")
        except ValueError:
            doc = None
        action = doc.get("action") if isinstance(doc, dict) else None
        reason = doc.get("reason") if isinstance(doc, dict) else None
        if action not in ("on", "off") or not (reason is None or isinstance(reason, str)):
            return _json(400, {"error": _error('Send {"action": "on" or "off", "reason": "..."}.', "invalid_body")})
        reason = " ".join((reason or "switched off from the operator page").split())[:200]
        quota = self.warden.stage("quota")
        operator = _operator(who, req)
        if action == "on":
            quota.engage(reason, by=f"console:{operator}")
        else:
            quota.release()
        self._audit(action, reason, who, operator, req)
        return _json(200, {"kill_switch": snapshot(self.warden, now=time.time())["kill_switch"]})

    # -- helpers -----------------------------------------------------------------------------

    def _denied(self, who: Identity | None, why: str | None, req: ConsoleRequest) -> ConsoleResponse:
        if who is not None or _framework_user_authenticated(req):
            return _json(403, {"error": _error("This account may not see the operator page.", "console_forbidden")})
        return _json(
            401, {"error": _error(why or "Sign in to see the operator page.", "unauthorized", "authentication_error")}
        )

    def _audit(self, action: str, reason: str, who: Identity | None, operator: str, req: ConsoleRequest) -> None:
        audit = self.warden.stage("audit")
        if not audit.enabled:
            return
        subject = who.subject if who is not None else operator
        hasher = audit.hasher
        audit.submit(
            AuditRecord(
                time=datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
                request_id=uuid.uuid4().hex,
                route="aiwarden.console",
                path=req.base + "api/killswitch",
                method="POST",
                format="console",
                subject=hasher(subject) if hasher is not None else subject,
                subject_hashed=hasher is not None,
                auth_source=who.source if who is not None else "framework",
                tier=who.tier if who is not None else None,
                status=200,
                flags={"kill_switch": action, "kill_switch_reason": reason},
            )
        )

    def _static(self, name: str, method: str) -> ConsoleResponse:
        ctype = _STATIC.get(name)
        if ctype is None:
            return _json(404, {"error": _error("No such file.", "not_found")})
        if method not in ("GET", "HEAD"):
            return _json(405, {"error": _error("Use GET.", "method_not_allowed")}, [("allow", "GET")])
        body = _read_static(name)
        headers = [("content-type", ctype), ("cache-control", "public, max-age=3600"), *_SECURITY]
        return ConsoleResponse(200, headers, b"" if method == "HEAD" else body)

    def _html(self, status: int, html: str) -> ConsoleResponse:
        headers = [("content-type", "text/html; charset=utf-8"), ("cache-control", "no-store"), *_SECURITY]
        return ConsoleResponse(status, headers, html.encode())


_SECURITY = (
    ("content-security-policy", CSP),
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "no-referrer"),
    ("x-frame-options", "DENY"),
)
_static_cache: dict[str, bytes] = {}


def _read_static(name: str) -> bytes:
    body = _static_cache.get(name)
    if body is None:
        body = _static_cache[name] = resources.files(__package__).joinpath("static", name).read_bytes()
    return body


def _error(message: str, code: str, type_: str = "invalid_request_error") -> dict[str, Any]:
    return {"message": message, "type": type_, "param": None, "code": code}


def _json(status: int, doc: Any, extra: list[tuple[str, str]] | None = None) -> ConsoleResponse:
    headers = [("content-type", "application/json"), ("cache-control", "no-store"), *_SECURITY, *(extra or [])]
    return ConsoleResponse(status, headers, json.dumps(doc, separators=(",", ":")).encode())


def _redirect(to: str, cookie: str) -> ConsoleResponse:
    return ConsoleResponse(303, [("location", to), ("set-cookie", cookie), ("cache-control", "no-store")], b"")


def _same_origin(req: ConsoleRequest) -> bool:
    """A form or fetch from the page itself: the browser's ``Origin`` (or ``Sec-Fetch-Site``) says so."""
    site = req.headers.get("sec-fetch-site")
    if site is not None:
        return site in ("same-origin", "none")
    origin = req.headers.get("origin")
    if origin is None:
        return True  # not a browser-made cross-site request (curl, server-to-server)
    host = req.headers.get("host", "")
    return origin in (f"http://{host}", f"https://{host}")


def _cookie(value: str, req: ConsoleRequest, max_age: int, name: str = COOKIE) -> str:
    parts = [f"{name}={value}", f"Path={req.base}", f"Max-Age={max_age}", "HttpOnly", "SameSite=Strict"]
    if req.secure:
        parts.append("Secure")
    return "; ".join(parts)


def _framework_user(req: ConsoleRequest) -> Any:
    return req.framework_user() if req.framework_user is not None else None


def _framework_user_authenticated(req: ConsoleRequest) -> bool:
    user = _framework_user(req)
    return bool(user is not None and getattr(user, "is_authenticated", False))


def _operator(who: Identity | None, req: ConsoleRequest) -> str:
    if who is not None:
        return who.subject
    user = _framework_user(req)
    get_username = getattr(user, "get_username", None)
    return str(get_username() if callable(get_username) else getattr(user, "id", "user"))


def _signin_page(message: str, locked: bool = False) -> str:
    note = (
        "<p class=note>The page is locked: the policy's <code>[console] view</code> names nobody yet "
        "(see docs/console.md).</p>"
        if locked
        else ""
    )
    return f"""<!doctype html>
<html lang=en><head><meta charset=utf-8><title>aiwarden — sign in</title>
<meta name=viewport content="width=device-width, initial-scale=1">
<link rel=icon href="static/favicon.svg">
<link rel=stylesheet href="static/console.css"></head>
<body class=signin><main>
<h1>aiwarden</h1>
<p class=message>{escape(message)}</p>{note}
<form method=post action="signin">
<label for=token>Token (JWT)</label>
<input id=token name=token type=password autocomplete=off required>
<button type=submit>Sign in</button>
</form>
</main></body></html>"""


def _console_page(csrf: str, poll_seconds: int, may_switch: bool) -> str:
    return f"""<!doctype html>
<html lang=en><head><meta charset=utf-8><title>aiwarden — operator</title>
<meta name=viewport content="width=device-width, initial-scale=1">
<meta name=aiwarden-csrf content="{escape(csrf)}">
<meta name=aiwarden-poll content="{int(poll_seconds)}">
<meta name=aiwarden-switch content="{"yes" if may_switch else "no"}">
<link rel=icon href="static/favicon.svg">
<link rel=stylesheet href="static/uPlot.min.css">
<link rel=stylesheet href="static/console.css">
<script src="static/uPlot.iife.min.js" defer></script>
<script src="static/console.js" defer></script></head>
<body>
<header><h1>aiwarden</h1><span id=updated class=muted>loading…</span>
<form method=post action="signout"><button type=submit class=link>Sign out</button></form></header>
<main>
<section id=killswitch-section><h2>Kill switch</h2>
<p><span id=killswitch-state class=pill>…</span> <span id=killswitch-detail class=muted></span></p>
<div id=killswitch-controls hidden>
<input id=killswitch-reason maxlength=200 placeholder="Reason (kept with the switch)">
<button id=killswitch-on class=danger type=button>Switch every AI route off</button>
<button id=killswitch-off type=button>Switch back on</button>
<span id=killswitch-error class=error></span></div>
</section>
<section><h2>Spend and tokens against the caps</h2><div id=budgets></div></section>
<section><h2>Requests and refusals</h2><div id=requests-chart></div>
<table id=by-route><thead><tr><th>route</th><th>model</th><th>requests</th><th>refused</th>
<th>tokens</th><th>spend</th></tr></thead><tbody></tbody></table></section>
<section><h2>Top spenders</h2><table id=spenders><thead><tr><th>tier</th><th>user</th><th>budget</th>
<th>settled</th><th>cap</th></tr></thead><tbody></tbody></table></section>
<section><h2>Flagged answers</h2><table id=flagged><thead><tr><th>time</th><th>route</th><th>model</th>
<th>decision</th><th>findings</th></tr></thead><tbody></tbody></table></section>
</main>
<footer class=muted>Charts by <a href="static/LICENSE-uPlot.txt">uPlot</a> (MIT).
Numbers refresh every {int(poll_seconds)} s; JSON at <a href="api/summary">api/summary</a>.</footer>
</body></html>"""
