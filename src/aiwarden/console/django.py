"""The operator page for Django: ``path("aiwarden/", include("aiwarden.console.django"))``.

The engine is the middleware's (``aiwarden.django.conf.get_warden()``); ``request.user`` is the
framework user that ``staff``, ``superuser``, ``perm:`` and ``user`` rules read. The page brings
its own CSRF protection (a token bound to the session cookie), so its views are exempt from
Django's.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.urls import path, re_path
from django.views.decorators.csrf import csrf_exempt

from ..django import conf
from .core import MAX_BODY, Console, ConsoleRequest

__all__ = ["app_name", "urlpatterns", "view"]

app_name = "aiwarden_console"
_consoles: dict[int, Console] = {}


def _console() -> Console:
    warden = conf.get_warden()
    console = _consoles.get(id(warden))
    if console is None or console.warden is not warden:
        _consoles.clear()
        console = _consoles[id(warden)] = Console(warden)
    return console


@csrf_exempt
def view(request: HttpRequest, sub: str = "") -> HttpResponse:
    body = b""
    if request.method == "POST":
        declared = request.META.get("CONTENT_LENGTH") or "0"
        body = request.read(MAX_BODY + 1) if declared.isdigit() and int(declared) <= MAX_BODY else b"x" * (MAX_BODY + 1)
    base = request.path[: len(request.path) - len(sub)] if sub and request.path.endswith(sub) else request.path
    headers = {k.lower(): v for k, v in request.headers.items()}
    req = ConsoleRequest(
        request.method or "GET",
        sub,
        headers,
        dict(request.COOKIES),
        body,
        base=base if base.endswith("/") else base + "/",
        secure=request.is_secure(),
        client=request.META.get("REMOTE_ADDR"),
        framework_user=lambda: getattr(request, "user", None),
        native=request,
    )
    result = _console().handle(req)
    response = HttpResponse(result.body, status=result.status)
    for name, value in result.headers:
        if name == "set-cookie":
            response.cookies.load(value)  # Django sends (and its test client keeps) response.cookies
        else:
            response.headers[name] = value
    return response


def _paths() -> list[Any]:
    return [path("", view, name="page"), re_path(r"^(?P<sub>(?:api|static)/[A-Za-z0-9_.\-]+|sign(?:in|out))$", view)]


urlpatterns = _paths()
