"""aiwarden.flask.Warden through Flask's own test client and raw WSGI calls."""

from __future__ import annotations

import io
import json
import time
from pathlib import Path
from typing import Any

import flask_login
import jwt
import pytest
from flask import Flask, Response, g, request, stream_with_context
from tests.stages import BlockWord, Recorder
from werkzeug.test import EnvironBuilder, run_wsgi_app

from aiwarden.errors import ConfigurationError
from aiwarden.flask import Warden, ai_route

OPEN = {"auth": {"required": False, "anonymous_tier": "default"}}
CHAT = "/v1/chat/completions"
SSE = [
    b'data: {"choices":[{"index":0,"delta":{"content":"Hel"}}]}\n\n',
    b'data: {"choices":[{"index":0,"delta":{"content":"lo"}}]}\n\n',
    b"data: [DONE]\n\n",
]


def chat_body(text: str = "Hello", **extra: Any) -> dict[str, Any]:
    return {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": text}], **extra}


def create_app(warden: Warden, **config: Any) -> Flask:
    """An app factory, as users write it: the extension is created once, elsewhere."""
    app = Flask(__name__)
    app.config.update(config)
    app.config["SEEN"] = seen = []
    warden.init_app(app)

    @app.post(CHAT)
    @ai_route
    def chat() -> Any:
        seen.append((g.aiwarden, request.get_data(), request.content_length))
        doc = request.get_json()
        if doc.get("crash"):
            raise RuntimeError("the view failed")
        if doc.get("stream"):
            return Response(stream_with_context(iter(SSE)), content_type="text/event-stream")
        return {"choices": [{"index": 0, "message": {"role": "assistant", "content": doc["messages"][-1]["content"]}}]}

    @app.post("/raw/completions")
    def raw() -> Any:
        seen.append((g.aiwarden, request.get_data(), request.content_length))
        return {"choices": []}

    @app.post("/echo")
    def echo() -> Response:
        untouched = "aiwarden" not in g and "stream" not in request.__dict__
        return Response(request.get_data(), headers={"x-untouched": str(untouched)})

    return app


def post(app: Flask, body: Any, path: str = CHAT, **kwargs: Any) -> Any:
    data = body if isinstance(body, bytes) else json.dumps(body)
    return app.test_client().post(path, data=data, content_type="application/json", **kwargs)


def _error(response: Any) -> dict[str, Any]:
    assert response.content_type == "application/json"
    assert set(response.json["error"]) == {"message", "type", "param", "code"}
    return response.json["error"]


# -- set-up -----------------------------------------------------------------------------------------


def test_one_extension_many_apps_state_lives_in_app_extensions() -> None:
    warden = Warden()
    small = create_app(warden, AIWARDEN={**OPEN, "input": {"max_body_bytes": 500}})
    large = create_app(warden, AIWARDEN=OPEN)
    assert small.extensions["aiwarden"] is not large.extensions["aiwarden"]
    assert Warden.engine(small).policy.input.max_body_bytes == 500
    assert not any(isinstance(v, Flask) for v in vars(warden).values())
    body = chat_body("w" * 800)
    assert post(small, body).status_code == 413
    assert post(large, body).status_code == 200


def test_settings_precedence(tmp_path: Path) -> None:
    toml = tmp_path / "policy.toml"
    toml.write_text('[input]\nmax_body_bytes = 300\n[auth]\nrequired = false\nanonymous_tier = "default"\n')
    from_file = create_app(Warden(), AIWARDEN_POLICY=str(toml))
    assert Warden.engine(from_file).policy.input.max_body_bytes == 300
    from_dict = create_app(Warden(), AIWARDEN={"input": {"max_body_bytes": 400}}, AIWARDEN_POLICY=str(toml))
    assert Warden.engine(from_dict).policy.input.max_body_bytes == 400
    from_kwarg = create_app(
        Warden(policy={"input": {"max_body_bytes": 500}}), AIWARDEN={"input": {"max_body_bytes": 1}}
    )
    assert Warden.engine(from_kwarg).policy.input.max_body_bytes == 500
    default = create_app(Warden())
    assert Warden.engine(default).policy.input.max_body_bytes == 1_048_576


def test_warden_app_form() -> None:
    app = Flask(__name__)
    Warden(app, policy=OPEN)
    assert "aiwarden" in app.extensions


@pytest.mark.parametrize(
    ("config", "path"),
    [
        ({"AIWARDEN": {"tiers": {"free": {"models": "gpt-4o"}}}}, "tiers.free.models"),
        ({"AIWARDEN": {"input": {"max_body_bytes": 0}}}, "input.max_body_bytes"),
        ({"AIWARDEN_POLICY": "/no/such/policy.toml"}, ""),
    ],
)
def test_bad_settings_raise_at_init_app(config: dict[str, Any], path: str) -> None:
    app = Flask(__name__)
    app.config.update(config)
    with pytest.raises(ConfigurationError) as info:
        Warden().init_app(app)
    assert info.value.path == path


def test_hooks_are_registered_once() -> None:
    recorder = Recorder()
    warden = Warden(policy=OPEN, stages=[recorder])
    app = create_app(warden)
    warden.init_app(app)
    assert len(app.before_request_funcs[None]) == 1 and len(app.after_request_funcs[None]) == 1
    assert post(app, chat_body()).status_code == 200
    assert len(recorder.finished) == 1


# -- requests -------------------------------------------------------------------------------------


def test_view_gets_the_rewritten_body_with_a_correct_length() -> None:
    app = create_app(Warden(policy=OPEN))
    sent = json.dumps(chat_body("Hi"), indent=4).encode()
    response = post(app, sent)
    assert response.status_code == 200
    ex, body, length = app.config["SEEN"][0]
    assert body != sent and json.loads(body) == json.loads(sent) and length == len(body)
    assert response.headers["x-request-id"] == ex.request_id
    assert ex.finished


def test_unmarked_routes_pass_untouched_and_patterns_mark() -> None:
    app = create_app(Warden(policy={**OPEN, "routes": [{"path": "/raw/*"}]}))
    echoed = post(app, b"\xff raw", path="/echo")
    assert echoed.data == b"\xff raw" and echoed.headers["x-untouched"] == "True"
    assert "x-request-id" not in echoed.headers
    assert post(app, b"{oops", path="/raw/completions").status_code == 400
    assert post(app, chat_body(), path="/raw/completions").status_code == 200


class CountingInput(io.BytesIO):
    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.bytes_read = 0

    def read(self, size: int | None = -1) -> bytes:
        out = super().read(size)
        self.bytes_read += len(out)
        return out


def _call(app: Flask, body: bytes, content_length: str | None, chunked: bool = False) -> tuple[int, bytes, Any]:
    environ = EnvironBuilder(path=CHAT, method="POST", content_type="application/json").get_environ()
    stream = environ["wsgi.input"] = CountingInput(body)
    environ.pop("CONTENT_LENGTH", None)
    if content_length is not None:
        environ["CONTENT_LENGTH"] = content_length
    if chunked:
        environ["wsgi.input_terminated"] = True
        environ["HTTP_TRANSFER_ENCODING"] = "chunked"
    app_iter, status, _headers = run_wsgi_app(app, environ, buffered=True)
    return int(status.split()[0]), b"".join(app_iter), stream


def test_body_cap_with_lying_or_missing_content_length() -> None:
    app = create_app(Warden(policy={**OPEN, "input": {"max_body_bytes": 1000}}))
    big = json.dumps(chat_body("v" * 5000)).encode()
    status, _, stream = _call(app, big, "5000")  # declared over the cap: refused before reading
    assert status == 413 and stream.bytes_read == 0
    status, body, stream = _call(app, big, "40")  # declared short: never read past it
    assert status == 400 and json.loads(body)["error"]["code"] == "invalid_json" and stream.bytes_read <= 40
    status, _, stream = _call(app, big, None, chunked=True)  # no length: stop one byte past the cap
    assert status == 413 and stream.bytes_read <= 1001
    small = json.dumps(chat_body("ok")).encode()
    status, _, _ = _call(app, small, None, chunked=True)
    assert status == 200
    assert app.config["SEEN"][-1][2] == len(app.config["SEEN"][-1][1])


def test_json_answer_blocked_by_an_output_filter_takes_the_refusal_status() -> None:
    app = create_app(Warden(policy=OPEN, stages=[BlockWord()]))
    response = post(app, chat_body("a forbidden word"))
    assert response.status_code == 403 and _error(response)["code"] == "output_blocked"
    assert int(response.headers["Content-Length"]) == len(response.data)


def test_an_error_in_the_view_still_finishes() -> None:
    recorder = Recorder()
    app = create_app(Warden(policy=OPEN, stages=[recorder]))
    response = post(app, chat_body(crash=True))
    assert response.status_code == 500
    assert len(recorder.finished) == 1


def test_stream_stays_a_stream_and_finishes_at_its_end() -> None:
    recorder = Recorder()
    app = create_app(Warden(policy=OPEN, stages=[recorder]))
    environ = EnvironBuilder(path=CHAT, method="POST", json=chat_body(stream=True)).get_environ()
    app_iter, status, headers = run_wsgi_app(app, environ)
    assert status.startswith("200") and "Content-Length" not in dict(headers)
    first = next(app_iter)
    assert recorder.finished == []
    rest = list(app_iter)
    assert first + b"".join(rest) == b"".join(SSE)
    app_iter.close()
    assert len(recorder.finished) == 1 and not recorder.finished[0].client_disconnected


def test_stream_closed_early_finishes_once_as_a_disconnect() -> None:
    recorder = Recorder()
    app = create_app(Warden(policy=OPEN, stages=[recorder]))
    environ = EnvironBuilder(path=CHAT, method="POST", json=chat_body(stream=True)).get_environ()
    app_iter, _status, _headers = run_wsgi_app(app, environ)
    next(app_iter)
    app_iter.close()  # what a WSGI server does when the client goes away
    assert len(recorder.finished) == 1 and recorder.finished[0].client_disconnected


# -- framework users ------------------------------------------------------------------------------


class AppUser(flask_login.UserMixin):
    def __init__(self, user_id: str) -> None:
        self.id = user_id


def _login_app(policy: dict[str, Any]) -> tuple[Flask, list[str]]:
    app = create_app(Warden(policy=policy), SECRET_KEY="test")
    loads: list[str] = []
    manager = flask_login.LoginManager(app)

    @manager.user_loader
    def load(user_id: str) -> AppUser:
        loads.append(user_id)
        return AppUser(user_id)

    @app.post("/login")
    def login() -> str:
        flask_login.login_user(AppUser("carol"))
        return "ok"

    @app.post("/whoami")
    @ai_route
    def whoami() -> Any:
        return {"subject": g.aiwarden.identity.subject}

    return app, loads


def test_flask_login_user_is_the_identity() -> None:
    app, _loads = _login_app({"auth": {"sources": ["framework"], "default_tier": "default"}})
    client = app.test_client()
    assert client.post("/whoami", json=chat_body()).status_code == 401
    client.post("/login")
    response = client.post("/whoami", json=chat_body())
    assert response.status_code == 200 and response.json == {"subject": "carol"}


def test_jwt_routes_never_load_the_session_user(monkeypatch: pytest.MonkeyPatch) -> None:
    secret = "test-secret-0123456789-0123456789-abcdef"
    monkeypatch.setenv("AIWARDEN_TEST_JWT_SECRET", secret)
    app, loads = _login_app({"auth": {"sources": ["jwt"], "jwt_secret_env": "AIWARDEN_TEST_JWT_SECRET"}})
    client = app.test_client()
    client.post("/login")
    token = jwt.encode({"sub": "dave", "tier": "default", "exp": int(time.time()) + 60}, secret, "HS256")
    response = client.post("/whoami", json=chat_body(), headers={"authorization": f"Bearer {token}"})
    assert response.status_code == 200 and response.json == {"subject": "dave"}
    assert loads == []
