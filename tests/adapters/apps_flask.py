"""The shared test app on Flask, guarded by ``aiwarden.flask.Warden`` (through ``init_app``)."""

from __future__ import annotations

from typing import Any

import httpx
from flask import Flask, Response, g, request

from aiwarden.console.flask import console_blueprint
from aiwarden.flask import Warden, ai_route, answer
from aiwarden.testing import FakeProvider
from aiwarden.warden import Warden as Engine

from .common import SYSTEM_PROMPT, BufferedClient, Client, sdk_http


def build_app(engine: Engine, provider: FakeProvider) -> Flask:
    app = Flask(__name__)
    Warden(policy=engine).init_app(app)
    app.register_blueprint(console_blueprint(), url_prefix="/aiwarden")

    @app.post("/v1/chat/completions")
    @ai_route(system_prompt=SYSTEM_PROMPT)
    def chat() -> Response:
        app.config["LAST_EXCHANGE"] = g.aiwarden
        return answer(provider.respond("openai", request.get_json()))

    @app.post("/v1/messages")
    @ai_route(format="anthropic")
    def messages() -> Response:
        return answer(provider.respond("anthropic", request.get_json()))

    @app.post("/v1/responses")
    @ai_route(format="openai-responses", system_prompt=SYSTEM_PROMPT)
    def responses() -> Response:
        return answer(provider.respond("openai-responses", request.get_json()))

    @app.post("/v1/completions")
    @ai_route(format="openai-completions", system_prompt=SYSTEM_PROMPT)
    def completions() -> Response:
        return answer(provider.respond("openai-completions", request.get_json()))

    @app.post("/threads/<tid>/chat")
    @ai_route(requests=["2/minute"])
    def thread_chat(tid: str) -> Response:
        return answer(provider.respond("openai", request.get_json()))

    @app.post("/v1beta/models/<target>")
    @ai_route(format="gemini", system_prompt=SYSTEM_PROMPT)
    def gemini(target: str) -> Response:
        model, _, method = target.partition(":")
        stream = method == "streamGenerateContent"
        return answer(provider.respond("gemini", request.get_json(), model=model, stream=stream))

    @app.get("/health")
    def health() -> Any:
        return {"status": "ok"}

    @app.post("/echo")
    def echo() -> Response:
        return Response(request.get_data(), content_type="application/octet-stream")

    return app


class FlaskTestClient(BufferedClient):
    """httpx-shaped responses from Flask's test client."""

    def _call(self, method: str, path: str, body: bytes | None, headers: dict[str, str] | None) -> Any:
        response = self.native.open(path, method=method, data=body, headers=headers or {})
        return httpx.Response(response.status_code, headers=list(response.headers.items()), content=response.data)

    @property
    def last_exchange(self) -> Any:
        return self.native.application.config.get("LAST_EXCHANGE")

    def http_client(self) -> Any:
        http = sdk_http()
        return http.Client(transport=http.WSGITransport(app=self.native.application), base_url="http://testserver")


def make_flask_client(warden: Engine, provider: FakeProvider) -> Client:
    return FlaskTestClient(build_app(warden, provider).test_client(), "flask", warden, provider)
