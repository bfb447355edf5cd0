"""Flask: an extension with ``init_app``, app-factory friendly::

    from aiwarden.flask import Warden, ai_route

    warden = Warden()                # settings: policy=..., else app.config, else the defaults

    def create_app():
        app = Flask(__name__)
        app.config["AIWARDEN_POLICY"] = "policy.toml"
        warden.init_app(app)
        return app

    @bp.post("/v1/chat/completions")
    @ai_route(system_prompt="You are a helpful assistant.")
    def chat(): ...

The policy comes from the ``policy`` argument, else ``app.config["AIWARDEN"]`` (a dict),
else ``app.config["AIWARDEN_POLICY"]`` (a TOML path), else ``$AIWARDEN_POLICY`` or the defaults;
an invalid one raises :class:`~aiwarden.errors.ConfigurationError` from ``init_app``. The engine
lives in ``app.extensions["aiwarden"]``; the exchange is ``flask.g.aiwarden`` in the view.
"""

from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any

from flask import Flask, Response, current_app, g, has_request_context, request, stream_with_context
from werkzeug.exceptions import HTTPException, MethodNotAllowed
from werkzeug.wsgi import get_input_stream

from .adapter import CappedRead, SyncAnswerStream, is_cors_preflight, marked_spec, refuse_method
from .answers import prepare
from .context import HttpRequest
from .effects import drive_sync
from .errors import Refusal
from .exchange import Exchange
from .policy import Policy, RouteSpec
from .routes import ai_route
from .warden import Warden as Engine

__all__ = ["Warden", "ai_route", "answer"]


def answer(result: Any, *, status: int | None = None, headers: Mapping[str, str] | None = None) -> Response:
    """What the view got from its provider as a response: JSON, or a stream of server-sent events
    (see :mod:`aiwarden.answers` for what ``result`` may be)::

        return answer(provider.respond("openai", request.get_json()))
    """
    out = prepare(result, status, headers)
    if out.body is not None:
        return Response(out.body, out.status, out.headers, mimetype=out.media_type)
    if out.chunks is None:
        raise TypeError("Flask streams sync iterators: use the SDK's sync client (OpenAI, Anthropic) in Flask views")
    chunks = stream_with_context(out.chunks) if has_request_context() else out.chunks
    return Response(chunks, out.status, out.headers, mimetype=out.media_type)


class Warden:
    """The Flask extension. Extra keyword arguments are engine components (resolvers, sinks...)."""

    def __init__(
        self, app: Flask | None = None, policy: Policy | Mapping[str, Any] | str | None = None, **components: Any
    ) -> None:
        self.policy = policy
        self.components = components
        if app is not None:
            self.init_app(app)

    def init_app(self, app: Flask) -> None:
        source = self.policy
        if source is None:
            source = app.config.get("AIWARDEN") or app.config.get("AIWARDEN_POLICY")
        first = "aiwarden" not in app.extensions
        app.extensions["aiwarden"] = source if isinstance(source, Engine) else Engine(source, **self.components)
        if first:  # hooks once per app, even if init_app runs again
            app.before_request_funcs.setdefault(None, []).insert(0, _before)  # first: nobody read the body yet
            app.after_request(_after)
            app.teardown_request(_teardown)

    @staticmethod
    def engine(app: Flask | None = None) -> Engine:
        """The engine of ``app`` (default: the current app)."""
        return (app or current_app).extensions["aiwarden"]  # type: ignore[no-any-return]


def _before() -> Response | None:
    app, req = current_app._get_current_object(), request._get_current_object()  # type: ignore[attr-defined]
    engine: Engine = app.extensions["aiwarden"]
    if req.method == "OPTIONS" and is_cors_preflight(req.method, _headers(req.environ)):
        return None
    rule = req.url_rule
    view = app.view_functions.get(rule.endpoint) if rule is not None else None
    spec = marked_spec(view, req.method) if view is not None else None
    route = engine.route_for(req.method, req.path, spec, req.script_root + req.path)
    if route is None:
        if rule is None and isinstance(req.routing_exception, MethodNotAllowed):  # Werkzeug will answer 405
            methods = req.routing_exception.valid_methods or ()
            refusal = refuse_method(engine, _http_request(app, req), methods, lambda m: _mark(app, req, m))
            return _refused(refusal) if refusal is not None else None
        return None
    http = _http_request(app, req)
    if rule is not None:
        http.route_template = rule.rule
    ex = g.aiwarden = engine.exchange(http, route)
    # Werkzeug's safe stream: bounded by Content-Length, or by the server's end of a chunked body
    read = CappedRead(get_input_stream(req.environ).read, req.environ.get("CONTENT_LENGTH"), ex.max_body_bytes)
    outcome = drive_sync(ex.check(read))
    if isinstance(outcome, Refusal):
        return _refused(outcome)
    _forward(req, outcome)
    return None


def _refused(refusal: Refusal) -> Response:
    return Response(refusal.body(), refusal.status, refusal.headers, content_type="application/json")


def _http_request(app: Flask, req: Any) -> HttpRequest:
    # as behind Starlette's root path: path is what the client asked for (with SCRIPT_NAME), app_path
    # the path the app routes on, when they differ; deny_paths and patterns match either
    full = req.script_root + req.path
    return HttpRequest(
        req.method,
        full,
        _headers(req.environ),
        req.query_string.decode("latin-1"),
        req.remote_addr,
        framework_user=_login_user if hasattr(app, "login_manager") else None,
        native=req,
        app_path=req.path if req.path != full else None,
    )


def _mark(app: Flask, req: Any, method: str) -> RouteSpec | None:
    """The ai_route mark of the view the URL reaches with ``method``."""
    try:
        endpoint, _ = app.create_url_adapter(req).match(method=method)  # type: ignore[union-attr]
    except HTTPException:  # not found, not allowed, a redirect: not this method's rule
        return None
    view = app.view_functions.get(endpoint)
    return marked_spec(view, method) if view is not None else None


def _headers(environ: dict[str, Any]) -> dict[str, str]:
    """Lower-case header names straight from the WSGI environ (what werkzeug's Headers wraps)."""
    headers = {k[5:].replace("_", "-").lower(): v for k, v in environ.items() if k.startswith("HTTP_")}
    for key, name in (("CONTENT_TYPE", "content-type"), ("CONTENT_LENGTH", "content-length")):
        if environ.get(key):
            headers[name] = environ[key]
    return headers


def _login_user() -> Any:
    from flask_login import current_user  # only when Flask-Login is set up, and only when asked

    return current_user._get_current_object()


def _forward(req: Any, body: bytes) -> None:
    """The view reads the (possibly rewritten) body as if it came from the client."""
    environ = req.environ
    environ["wsgi.input"] = BytesIO(body)
    environ["CONTENT_LENGTH"] = str(len(body))
    # the body is the JSON the guard checked: get_json() takes it, and no form parser reads other fields
    environ["CONTENT_TYPE"] = "application/json"
    environ.pop("HTTP_TRANSFER_ENCODING", None)
    # no Accept-Encoding: a compressing after_request hook (Flask-Compress) leaves the answer readable
    environ.pop("HTTP_ACCEPT_ENCODING", None)
    environ["wsgi.input_terminated"] = False
    cache = req.__dict__  # (the request itself, not through the proxy: one lookup, not one per name)
    for cached in ("stream", "content_length", "_parsed_content_type", "form", "files", "values", "accept_encodings"):
        cache.pop(cached, None)


def _after(response: Response) -> Response:
    ex: Exchange | None = g.get("aiwarden")
    if ex is None:
        return response
    kind = ex.response_start(
        response.status_code, response.headers.get("Content-Type"), response.headers.get("Content-Encoding")
    )
    length = None
    if kind == "sse" and response.is_streamed:
        response.response = SyncAnswerStream(ex, response.response)  # closed by the server: finishes the exchange
        g._aiwarden_streaming = True
    elif kind != "pass":
        body = ex.answer_body(response.get_data())
        response.set_data(body)
        length = len(body)
    head = ex.answer_head(length)
    headers = response.headers
    # only the names it has: Headers.pop of an absent name raises (and catches) an HTTP exception
    for name in {k.lower() for k, _ in headers.items()} & head.drop:
        del headers[name]
    headers.update(head.put)
    response.status_code = head.status
    return response


def _teardown(exc: BaseException | None) -> None:
    ex: Exchange | None = g.get("aiwarden")
    if ex is not None and not ex.finished and not g.get("_aiwarden_streaming"):
        drive_sync(ex.finish())
