"""Fail fast: a policy that cannot be built stops the server at start-up with the
ConfigurationError's message and a non-zero exit — tested by starting real servers (uvicorn with
its default lifespan "auto", gunicorn with uvicorn workers, Django ASGI, WSGI and runserver, Flask
under gunicorn and flask run). Where a guard still cannot work at run time, AI routes answer 503
in the OpenAI shape and the others are served as usual."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

pytest.importorskip("uvicorn")

APPS = {
    "fastapi_app.py": """
        from fastapi import FastAPI, Request
        from aiwarden.starlette import WardenMiddleware, ai_route

        app = FastAPI()
        app.add_middleware(WardenMiddleware)   # the policy named by $AIWARDEN_POLICY

        @app.post("/v1/chat/completions")
        @ai_route
        async def chat(request: Request):
            return {"choices": []}

        @app.get("/health")
        async def health():
            return {"status": "ok"}
    """,
    "flask_app.py": """
        from flask import Flask
        from aiwarden.flask import Warden, ai_route

        app = Flask(__name__)
        Warden(app)                            # the policy named by $AIWARDEN_POLICY

        @app.post("/v1/chat/completions")
        @ai_route
        def chat():
            return {"choices": []}
    """,
    "dj_settings.py": """
        import os
        SECRET_KEY = "startup-test-not-a-secret"
        ROOT_URLCONF = "dj_urls"
        ALLOWED_HOSTS = ["*"]
        INSTALLED_APPS = ["aiwarden.django"]
        MIDDLEWARE = ["aiwarden.django.WardenMiddleware"]
        DATABASES = {}
        AIWARDEN = os.environ["AIWARDEN_POLICY"]
    """,
    "dj_urls.py": """
        from django.http import JsonResponse
        from django.urls import path
        from django.views.decorators.csrf import csrf_exempt
        from aiwarden.django import ai_route

        @csrf_exempt
        @ai_route
        def chat(request):
            return JsonResponse({"choices": []})

        urlpatterns = [path("v1/chat/completions", chat)]
    """,
    "dj_asgi.py": """
        import os
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dj_settings")
        from django.core.asgi import get_asgi_application
        application = get_asgi_application()
    """,
    "dj_wsgi.py": """
        import os
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dj_settings")
        from django.core.wsgi import get_wsgi_application
        application = get_wsgi_application()
    """,
}

# policy file text -> what the error message must say
BROKEN = {
    "typo": ('[tiers.free]\nmodles = ["gpt-4o-mini"]\n', "tiers.free.modles: unknown setting"),
    "unset secret": (
        '[auth]\njwt_secret_env = "AIWARDEN_STARTUP_TEST_UNSET"\n',
        "AIWARDEN_STARTUP_TEST_UNSET is not set",
    ),
    "missing file": (None, "cannot read policy file"),
}

UVICORN = [sys.executable, "-m", "uvicorn", "--host", "127.0.0.1", "--port", "0"]
GUNICORN = [sys.executable, "-m", "gunicorn", "--bind", "127.0.0.1:0", "--workers", "1", "--timeout", "30"]
SERVERS = {
    "uvicorn fastapi": [*UVICORN, "fastapi_app:app"],
    "gunicorn+uvicorn workers fastapi": [*GUNICORN, "-k", "uvicorn.workers.UvicornWorker", "fastapi_app:app"],
    "uvicorn django asgi": [*UVICORN, "dj_asgi:application"],
    "gunicorn django wsgi": [*GUNICORN, "dj_wsgi:application"],
    "gunicorn flask": [*GUNICORN, "flask_app:app"],
    "flask run": [sys.executable, "-m", "flask", "--app", "flask_app", "run", "--port", "0"],
    "django runserver": [sys.executable, "-m", "django", "runserver", "--noreload", "--settings", "dj_settings", "0"],
}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    for name, text in APPS.items():
        (tmp_path / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return tmp_path


def _env(project: Path, policy: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIWARDEN_", "DJANGO_"))}
    path = project / "policy.toml"
    if policy is not None:
        path.write_text(policy, encoding="utf-8")
    env.update(AIWARDEN_POLICY=str(path if policy is not None else project / "missing.toml"), PYTHONUNBUFFERED="1")
    env["PYTHONPATH"] = os.pathsep.join([str(project), env.get("PYTHONPATH", "")])
    return env


def _run(command: list[str], project: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, timeout=90)


def _framework(server: str) -> str:
    return "starlette" if "fastapi" in server else "django" if "django" in server else "flask"


@pytest.mark.parametrize(
    "server", [pytest.param(s, marks=pytest.mark.framework(_framework(s))) for s in sorted(SERVERS)]
)
def test_a_broken_policy_stops_each_server_at_start_up(server: str, project: Path) -> None:
    if server.startswith("gunicorn"):
        pytest.importorskip("gunicorn")
    policy, says = BROKEN["typo"]
    done = _run(SERVERS[server], project, _env(project, policy))
    output = done.stdout + done.stderr
    assert done.returncode != 0, output
    assert says in output, output
    assert "lifespan' protocol appears unsupported" not in output


@pytest.mark.framework("starlette")
@pytest.mark.parametrize("kind", sorted(BROKEN))
def test_uvicorn_defaults_refuse_each_kind_of_broken_policy(kind: str, project: Path) -> None:
    policy, says = BROKEN[kind]
    done = _run(SERVERS["uvicorn fastapi"], project, _env(project, policy))
    output = done.stdout + done.stderr
    assert done.returncode == 3, output  # uvicorn's "startup failed"
    assert f"aiwarden: {says}" in output or says in output, output
    assert "Application startup complete" not in output


@pytest.fixture
def lifespan_off(project: Path) -> Iterator[str]:
    """The FastAPI app with a broken policy under ``uvicorn --lifespan off`` (no start-up to fail)."""
    env = _env(project, BROKEN["typo"][0])
    proc = subprocess.Popen(
        [*SERVERS["uvicorn fastapi"], "--lifespan", "off"],
        cwd=project,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline, seen = time.monotonic() + 60, ""
        while time.monotonic() < deadline:
            line = proc.stdout.readline()  # type: ignore[union-attr]
            seen += line
            if m := re.search(r"running on (http://127\.0\.0\.1:\d+)", line):
                yield m.group(1)
                break
            if not line and proc.poll() is not None:
                pytest.fail(f"uvicorn exited: {seen}")
        else:
            pytest.fail(f"uvicorn did not start: {seen}")
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.mark.framework("starlette")
def test_without_a_start_up_ai_routes_answer_503_and_others_are_served(lifespan_off: str) -> None:
    r = httpx.post(lifespan_off + "/v1/chat/completions", json={"model": "m", "messages": []}, timeout=10)
    assert r.status_code == 503, r.text
    assert r.json()["error"]["code"] == "guard_unavailable"
    assert r.headers["x-request-id"] and r.headers["x-should-retry"] == "false"
    assert "modles" not in r.text  # the server's configuration stays in its log
    health = httpx.get(lifespan_off + "/health", timeout=10)
    assert health.status_code == 200 and health.json() == {"status": "ok"}


# --- in process: each kind of error, and Django's settings changed at run time -----------------


def _lifespan(app: Any) -> list[dict[str, Any]]:
    import asyncio

    sent: list[dict[str, Any]] = []
    incoming = [{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}]

    async def receive() -> dict[str, Any]:
        return incoming.pop(0)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    with pytest.raises(Exception) as info:  # raised after reporting it, as Starlette's router does
        asyncio.run(app({"type": "lifespan", "asgi": {"version": "3.0"}, "state": {}}, receive, send))
    assert str(info.value) in sent[0]["message"]
    return sent


@pytest.mark.parametrize(
    ("policy", "says"),
    [
        ({"tiers": {"free": {"models": "gpt-4o"}}}, "tiers.free.models: expected a list"),
        ({"audit": {"hash_subjects_key_env": "AIWARDEN_STARTUP_TEST_UNSET"}}, "AIWARDEN_STARTUP_TEST_UNSET"),
        ({"auth": {"jwt_secret_env": "AIWARDEN_STARTUP_TEST_UNSET"}}, "AIWARDEN_STARTUP_TEST_UNSET"),
        (
            {"keys": {"providers": {"openai": {"active": {"environment": "production"}}}}},
            "marked for environment 'production', but this is 'staging'",
        ),
        ({"audit": {"sinks": ["nowhere"]}}, "audit.sinks"),
    ],
)
def test_starlette_reports_the_error_as_a_failed_start_up(
    policy: dict[str, Any], says: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from starlette.applications import Starlette

    key = "sk-proj-" + "St4rtup" * 7
    monkeypatch.setenv("OPENAI_API_KEY", key)
    monkeypatch.setenv("AIWARDEN_ENV", "staging")

    from aiwarden.starlette import WardenMiddleware

    started: list[str] = []

    async def lifespan(app: Any) -> Any:
        started.append("app")
        yield

    from contextlib import asynccontextmanager

    app = Starlette(lifespan=asynccontextmanager(lifespan))
    app.add_middleware(WardenMiddleware, policy=policy)
    [failed] = _lifespan(app)
    assert failed["type"] == "lifespan.startup.failed" and says in failed["message"], failed
    assert key not in failed["message"]
    assert started == []  # the app's own start-up never ran
    from starlette.testclient import TestClient

    with pytest.raises(Exception, match=re.escape(says)), TestClient(app):  # raised, not a hang
        pass


def test_django_settings_that_cannot_be_built_at_run_time_refuse_ai_routes_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from .apps_django import _configure

    _configure()
    import types

    from django.http import JsonResponse
    from django.test import Client, override_settings
    from django.urls import path
    from django.views.decorators.csrf import csrf_exempt

    from aiwarden.django import ai_route

    @csrf_exempt
    @ai_route
    def chat(request: Any) -> JsonResponse:
        return JsonResponse({"choices": []})

    def health(request: Any) -> JsonResponse:
        return JsonResponse({"status": "ok"})

    urls = types.ModuleType("aiwarden_test_startup_urls")
    urls.urlpatterns = [path("v1/chat", chat), path("health", health)]  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, urls.__name__, urls)
    with override_settings(ROOT_URLCONF=urls.__name__):
        client = Client()
        assert client.post("/v1/chat", data=b"{bad", content_type="application/json").status_code == 400
        broken = ({"AIWARDEN": {"tiers": {"free": {"modles": []}}}}, {"AIWARDEN_COMPONENTS": {"notifiers": 42}})
        for settings in broken:
            with override_settings(**settings):
                for _ in range(2):
                    r = client.post("/v1/chat", data=b"{}", content_type="application/json")
                    assert r.status_code == 503 and r.json()["error"]["code"] == "guard_unavailable"
                    assert "modles" not in r.content.decode() and r.headers["x-request-id"]
                    assert client.get("/health").json() == {"status": "ok"}
        # and a new handler (a server starting) refuses to load
        from django.core.handlers.wsgi import WSGIHandler

        from aiwarden.errors import ConfigurationError

        with override_settings(AIWARDEN={"tiers": {"free": {"modles": []}}}), pytest.raises(ConfigurationError):
            WSGIHandler()


def test_starlette_a_component_that_cannot_start_fails_the_start_up_too() -> None:
    from starlette.applications import Starlette

    from aiwarden.starlette import WardenMiddleware

    app = Starlette()
    app.add_middleware(WardenMiddleware, policy={}, notifiers=42)  # not a list of notifiers
    [failed] = _lifespan(app)
    assert failed["type"] == "lifespan.startup.failed" and failed["message"].startswith("aiwarden: TypeError:")
