"""The Flask example: an OpenAI- and Anthropic-compatible API guarded by aiwarden.

    python examples/flask_app.py --dev --port 8000

``POST /v1/chat/completions``, ``POST /v1/responses``, ``POST /v1/messages`` and
``POST /v1beta/models/{model}:generateContent`` (Gemini) are AI routes; ``GET /health`` is not.
Imported by a WSGI server (``gunicorn --chdir examples flask_app:app``), it needs
``AIWARDEN_JWT_SECRET`` in the environment.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import SYSTEM_PROMPT, arguments, call_provider, gemini_target, health, policy
from flask import Flask, Response, g, request

from aiwarden.console.flask import console_blueprint
from aiwarden.flask import Warden, ai_route, answer

warden = Warden(policy=policy())


def create_app() -> Flask:
    app = Flask(__name__)
    warden.init_app(app)
    app.register_blueprint(console_blueprint(), url_prefix="/aiwarden")  # the operator page (policy [console])

    @app.post("/v1/chat/completions")
    @ai_route(system_prompt=SYSTEM_PROMPT, name="chat")
    def chat_completions() -> Response:
        return answer(call_provider("openai", request.get_json(), g.aiwarden))

    @app.post("/v1/responses")
    @ai_route(format="openai-responses", system_prompt=SYSTEM_PROMPT, name="responses")
    def responses() -> Response:
        return answer(call_provider("openai-responses", request.get_json(), g.aiwarden))

    @app.post("/v1/messages")
    @ai_route(format="anthropic", name="messages")
    def messages() -> Response:
        return answer(call_provider("anthropic", request.get_json(), g.aiwarden))

    @app.post("/v1beta/models/<target>")  # Gemini: models/{model}:generateContent and :streamGenerateContent
    @ai_route(format="gemini", system_prompt=SYSTEM_PROMPT, name="gemini")
    def gemini(target: str) -> Response:
        return answer(call_provider("gemini", request.get_json(), g.aiwarden, **gemini_target(target)))

    @app.get("/health")
    def get_health() -> dict[str, str]:
        return health()

    return app


if __name__ == "__main__":
    args = arguments("aiwarden Flask example")  # --dev sets a JWT secret before the app is built
    create_app().run(host=args.host, port=args.port, threaded=True, use_reloader=False)
else:
    app = create_app()
