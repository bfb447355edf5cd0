"""The operator page for Flask: ``app.register_blueprint(console_blueprint(), url_prefix="/aiwarden")``.

The engine is the one ``Warden.init_app`` put in ``app.extensions["aiwarden"]``; Flask-Login's
``current_user`` (when installed) is the framework user that ``user`` rules read.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, current_app, request

from ..flask import _login_user as _flask_login_user
from .core import MAX_BODY, Check, Console, ConsoleRequest

__all__ = ["console_blueprint"]


def console_blueprint(
    name: str = "aiwarden_console", *, can_view: Check | None = None, can_switch: Check | None = None
) -> Blueprint:
    bp = Blueprint(name, __name__)
    consoles: dict[int, Console] = {}

    def handle(sub: str = "") -> Response:
        warden = current_app.extensions["aiwarden"]
        console = consoles.get(id(warden))
        if console is None or console.warden is not warden:
            console = consoles[id(warden)] = Console(warden, can_view=can_view, can_switch=can_switch)
        body = b""
        if request.method == "POST":
            size = request.content_length
            body = request.stream.read(MAX_BODY + 1) if size is not None and size <= MAX_BODY else b"x" * (MAX_BODY + 1)
        base = request.path[: len(request.path) - len(sub)] if sub else request.path
        req = ConsoleRequest(
            request.method,
            sub,
            {k.lower(): v for k, v in request.headers.items()},
            dict(request.cookies),
            body,
            base=base if base.endswith("/") else base + "/",
            secure=request.is_secure,
            client=request.remote_addr,
            framework_user=_login_user,
            native=request,
        )
        result = console.handle(req)
        return Response(result.body, status=result.status, headers=result.headers)

    bp.add_url_rule("/", "page", handle, methods=["GET", "HEAD", "POST"])
    bp.add_url_rule("/<path:sub>", "sub", handle, methods=["GET", "HEAD", "POST"])
    return bp


def _login_user() -> Any:
    """Flask-Login's ``current_user`` when the app set Flask-Login up, else no framework user."""
    return _flask_login_user() if getattr(current_app, "login_manager", None) is not None else None
