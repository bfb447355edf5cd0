"""Every code example of README.md and docs/*.md, run for real.

A fenced block is tied to its check by the HTML comment on the line before it (invisible on
GitHub):

* ``<!-- example: NAME -->``: run by the test of that name, which asserts what the text around
  the block says (a 401 without a token, a redacted card, a 429 past the limit ...). Python is
  executed (``>>>`` blocks as doctests); JSON and console blocks are compared with what the code
  answers or prints;
* ``<!-- fragment -->``: an excerpt (names from your own project, a model you would load):
  Python is compiled; a TOML section is loaded merged into examples/policy.toml.

Every Python block carries one of the two, every example name has a test, and every other TOML
block loads as a complete policy: a new, renamed or drifted example fails here.
"""

from __future__ import annotations

import contextlib
import doctest
import importlib.util
import io
import json
import logging
import re
import sys
import tomllib
import types
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jwt
import pytest

from aiwarden.auth import mint_token
from aiwarden.policy import load_policy
from aiwarden.warden import Warden

ROOT = Path(__file__).resolve().parents[2]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
SECRET = "docs-examples-secret-" + "x" * 40
CARD = "4111 1111 1111 1111"

_FENCE = re.compile(r"^```([\w-]*)\n(.*?)^```[ \t]*$", re.M | re.S)
_MARKER = re.compile(r"<!--\s*(?:example:\s*(?P<name>[\w-]+)|(?P<fragment>fragment))\s*-->")


@dataclass(frozen=True)
class Block:
    file: str
    line: int
    lang: str
    code: str
    example: str | None  # the name after "example:"
    fragment: bool

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


def _blocks() -> list[Block]:
    out = []
    for path in DOCS:
        text = path.read_text(encoding="utf-8")
        for m in _FENCE.finditer(text):
            previous = text[: m.start()].rstrip("\n").rsplit("\n", 1)[-1].strip()
            marker = _MARKER.fullmatch(previous)
            out.append(
                Block(
                    file=str(path.relative_to(ROOT)),
                    line=text.count("\n", 0, m.start()) + 1,
                    lang=m.group(1),
                    code=m.group(2),
                    example=marker.group("name") if marker else None,
                    fragment=bool(marker and marker.group("fragment")),
                )
            )
    return out


BLOCKS = _blocks()

# One name per test below; test_every_example_has_a_test keeps this and the markdown in step.
TESTED = {
    "readme-openai-sdk",
    "auth-anthropic-sdk",
    "readme-fastapi",
    "readme-real-provider",
    "console-fastapi",
    "readme-django",
    "readme-flask",
    "readme-keys-client",
    "django",
    "flask",
    "auth-dev",
    "auth-resolver",
    "auth-identity",
    "audit-logging",
    "audit-sink",
    "audit-metrics",
    "input-detector",
    "input-learned",
    "keys-ring",
    "keys-policy",
    "keys-environments",
    "keys-masking",
    "output-filters",
    "quota-alerts",
    "refusal-json",
    "auth-403-json",
    "input-scan-cli",
    "output-scan-cli",
    "readme-tokens",
    "input-register-model",
    "readme-fake-provider",
    "output-scanners",
    "readme-output-policy",
    "output-async-check",
    "auth-token-cli",
    "readme-token-cli",
    "quota-killswitch-cli",
}


def example(name: str) -> str:
    assert name in TESTED, f"add {name!r} to TESTED"
    found = [b for b in BLOCKS if b.example == name]
    assert len(found) == 1, f"<!-- example: {name} --> marks {len(found)} blocks: {[str(b) for b in found]}"
    return found[0].code


def run(name: str, **names: Any) -> dict[str, Any]:
    """Execute the example ``name`` with ``names`` predefined; its namespace."""
    namespace: dict[str, Any] = {"__name__": f"docs_example_{name.replace('-', '_')}", **names}
    exec(compile(example(name), f"<example {name}>", "exec"), namespace)
    return namespace


# --- the inventory ---------------------------------------------------------------------------


def test_blocks_are_found() -> None:
    files = {b.file for b in BLOCKS}
    assert {"README.md", "docs/django.md", "docs/flask.md", "docs/auth.md"} <= files
    assert sum(b.lang == "python" for b in BLOCKS) >= 15


def test_every_python_block_is_marked() -> None:
    unmarked = [str(b) for b in BLOCKS if b.lang == "python" and not (b.example or b.fragment)]
    assert not unmarked, f"mark these with <!-- example: NAME --> (and test it) or <!-- fragment -->: {unmarked}"


def test_every_example_has_a_test() -> None:
    names = [b.example for b in BLOCKS if b.example]
    assert sorted(set(names)) == sorted(names), "an example name is used twice"
    assert set(names) == TESTED


@pytest.mark.parametrize("block", [b for b in BLOCKS if b.lang == "python" and b.fragment], ids=str)
def test_python_fragment_compiles(block: Block) -> None:
    compile(block.code, str(block), "exec")


def merged(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in extra.items():
        out[key] = merged(out[key], value) if isinstance(value, dict) and isinstance(out.get(key), dict) else value
    return out


EXAMPLE_POLICY = tomllib.loads((ROOT / "examples" / "policy.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("block", [b for b in BLOCKS if b.lang == "toml" and not b.example], ids=str)
def test_toml_block_is_a_policy(block: Block) -> None:
    """A TOML block loads as a whole policy (what a user pasting it into ``policy.toml`` gets); a
    fragment, a section that leans on the policy around it, loads merged into examples/policy.toml.
    A renamed key or a refused value in the docs fails here."""
    doc = tomllib.loads(block.code)
    load_policy(merged(EXAMPLE_POLICY, doc) if block.fragment else doc)


# --- fixtures --------------------------------------------------------------------------------


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project directory holding ``policy.toml`` (a copy of examples/policy.toml), as cwd.

    The free tier's 5 requests a second become 5 a minute, so the 429 the tests expect does not
    depend on how fast this machine answers."""
    text = (ROOT / "examples" / "policy.toml").read_text(encoding="utf-8")
    limits = 'requests = ["5/second", "50/hour"]'
    assert limits in text
    (tmp_path / "policy.toml").write_text(text.replace(limits, 'requests = ["5/minute", "50/hour"]'), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("AIWARDEN_JWT_SECRET", SECRET)
    for name in ("AIWARDEN_POLICY", "AIWARDEN_STORAGE_URI", "AIWARDEN_AUDIT_FILE", "AIWARDEN_ENV"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def bearer(tier: str = "free", sub: str = "alice") -> dict[str, str]:
    return {"authorization": f"Bearer {mint_token(SECRET, sub, tier)}"}


def chat(content: str, model: str = "gpt-4o-mini", **extra: Any) -> dict[str, Any]:
    return {"model": model, "messages": [{"role": "user", "content": content}], **extra}


def answer_text(doc: dict[str, Any]) -> str:
    return doc["choices"][0]["message"]["content"]


def stream_text(sse: str) -> str:
    """The text an OpenAI stream carries."""
    docs = [json.loads(line[6:]) for line in sse.splitlines() if line.startswith("data: {")]
    return "".join(c["delta"].get("content") or "" for d in docs for c in d["choices"])


def parsed(content_type: str | None, content: bytes) -> Any:
    """A JSON answer parsed; a stream's text as it is."""
    return content.decode() if (content_type or "").startswith("text/event-stream") else json.loads(content)


def check_guarded_chat(post: Any) -> None:
    """What every framework section promises for a route guarded by examples/policy.toml.

    ``post(json, headers)`` → ``(status, headers, parsed body)``."""
    status, headers, body = post(chat("Hello!"), {})
    assert status == 401, body
    assert headers["www-authenticate"].startswith("Bearer")
    assert body["error"]["code"] == "invalid_token"

    status, headers, body = post(chat("Hello!"), bearer())
    assert status == 200, body
    assert answer_text(body) == "Hello!"
    assert headers["x-request-id"]

    status, _, body = post(chat(f"my card is {CARD}"), bearer())
    assert status == 200, body
    assert answer_text(body) == "my card is [CREDIT_CARD]"

    # streamed (stream=True): server-sent events, filtered piece by piece
    status, headers, text = post(chat(f"my card is {CARD}", stream=True), bearer())
    assert status == 200 and headers["content-type"].startswith("text/event-stream"), text
    assert stream_text(text) == "my card is [CREDIT_CARD]" and text.rstrip().endswith("data: [DONE]")

    status, _, body = post({"model": "gpt-4o-mini", "messages": [{"role": "system", "content": "x"}]}, bearer())
    assert (status, body["error"]["code"]) == (400, "system_message_not_allowed")

    status, _, body = post(chat("Hi", model="gpt-4o"), bearer("free"))
    assert (status, body["error"]["code"]) == (403, "model_not_allowed")

    # the free tier allows 5 requests (a minute here); alice has used 3 (refusals before the quota
    # stage do not count), so the 3rd of these is refused
    assert [post(chat("Hi"), bearer())[0] for _ in range(2)] == [200, 200]
    status, headers, body = post(chat("Hi"), bearer())
    assert (status, body["error"]["code"]) == (429, "rate_limit_exceeded")
    assert int(headers["retry-after"]) >= 1


# --- README: the SDK against the FastAPI example ----------------------------------------------


def _in_process(sdk_class: type, monkeypatch: pytest.MonkeyPatch) -> type:
    """``sdk_class`` answered in-process by the FastAPI example (whatever its ``base_url``)."""
    from starlette.testclient import TestClient

    monkeypatch.setattr(sys, "path", list(sys.path))  # the example puts examples/ on the path
    spec = importlib.util.spec_from_file_location("docs_fastapi_example", ROOT / "examples" / "fastapi_app.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    http = TestClient(module.app)

    class InProcess(sdk_class):  # type: ignore[valid-type,misc]
        def __init__(self, **kwargs: Any) -> None:
            super().__init__(http_client=http, **kwargs)

    return InProcess


def test_readme_openai_sdk(project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    """The official SDK streams from the example app and raises RateLimitError with Retry-After
    once the free tier's 5 requests a second are used up."""
    openai = pytest.importorskip("openai")
    monkeypatch.setattr(openai, "OpenAI", _in_process(openai.OpenAI, monkeypatch))
    run("readme-openai-sdk", TOKEN=mint_token(SECRET, "alice", "free"))
    first, second = capsys.readouterr().out.splitlines()
    assert first == "Hi"
    status, retry_after = second.split()
    assert status == "429" and int(retry_after) >= 1


def test_auth_anthropic_sdk(project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    """The anthropic SDK against the FastAPI example's Anthropic route, the JWT as its api_key:
    streamed and filtered (the e-mail redacted), and a model of another tier refused with 403."""
    anthropic = pytest.importorskip("anthropic")
    monkeypatch.setattr(anthropic, "Anthropic", _in_process(anthropic.Anthropic, monkeypatch))
    run("auth-anthropic-sdk", TOKEN=mint_token(SECRET, "alice", "free"))
    assert capsys.readouterr().out.splitlines() == ["Hi, I am [EMAIL]", "403 model_not_allowed"]


# --- README and docs: the three frameworks ----------------------------------------------------


def test_readme_fastapi(project: Path) -> None:
    from starlette.testclient import TestClient

    ns = run("readme-fastapi")
    app = ns["app"]

    @app.get("/health")
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    with TestClient(app) as client:

        def post(body: Any, headers: dict[str, str]) -> tuple[int, Any, Any]:
            r = client.post("/v1/chat/completions", json=body, headers=headers)
            return r.status_code, r.headers, parsed(r.headers.get("content-type"), r.content)

        check_guarded_chat(post)
        # the route narrows the pro tier's models to gpt-4o-mini
        status, _, body = post(chat("Hi", model="gpt-4o"), bearer("pro", "bob"))
        assert (status, body["error"]["code"]) == (403, "model_not_allowed")
        assert post(chat("Hi"), bearer("pro", "bob"))[0] == 200
        # unmarked routes need no token and carry no guard headers
        r = client.get("/health")
        assert r.status_code == 200 and "x-request-id" not in r.headers


def test_readme_real_provider(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The key ring's SDK client calls the provider with the server-held key (here the
    FakeProvider behind the SDK's own transport); answer() sends its JSON, its stream and its
    refusals on, filtered; the client's own fields reach the provider."""
    openai = pytest.importorskip("openai")
    from starlette.testclient import TestClient

    from aiwarden.keys.ring import KeyRing
    from aiwarden.testing import FakeProvider
    from tests.core.test_answers import provider_transport

    key = "sk-proj-" + "R3al" * 12
    monkeypatch.setenv("OPENAI_API_KEY", key)
    provider, seen = FakeProvider(), []
    # x-should-retry: false, so the SDK passes the 429 on at once instead of retrying it
    transport = provider_transport(provider, asynchronous=True, **{"retry-after": "7", "x-should-retry": "false"})
    handle = transport.handle_async_request

    async def recording(request: Any) -> Any:
        seen.append(request.headers["authorization"])
        return await handle(request)

    transport.handle_async_request = recording
    build = KeyRing.async_openai_client
    monkeypatch.setattr(KeyRing, "async_openai_client", lambda self, **kw: build(self, transport=transport, **kw))
    ns = run("readme-real-provider")
    assert isinstance(ns["client"], openai.AsyncOpenAI)
    with TestClient(ns["app"]) as client:
        r = client.post("/v1/chat/completions", json=chat(f"card {CARD}", seed=7), headers=bearer())
        assert r.status_code == 200 and answer_text(r.json()) == "card [CREDIT_CARD]"
        assert provider.calls[-1]["seed"] == 7 and provider.calls[-1]["messages"][0]["role"] == "system"
        r = client.post("/v1/chat/completions", json=chat(f"card {CARD}", stream=True), headers=bearer())
        assert r.status_code == 200 and stream_text(r.text) == "card [CREDIT_CARD]"
        r = client.post("/v1/chat/completions", json=chat("!error 429"), headers=bearer())
        assert r.status_code == 429 and r.headers["retry-after"] == "7" and r.json()["error"]
    assert seen == [f"Bearer {key}"] * 3


def test_console_fastapi(project: Path) -> None:
    """docs/console.md: mounted beside the middleware, it uses the middleware's engine and is open
    to the examples' operators (claim aiwarden_admin) only."""
    from starlette.testclient import TestClient

    app = run("console-fastapi")["app"]
    admin = {"authorization": f"Bearer {mint_token(SECRET, 'ops', 'free', claims={'aiwarden_admin': True})}"}
    with TestClient(app) as client:
        assert client.get("/aiwarden/api/summary").status_code == 401
        assert client.get("/aiwarden/api/summary", headers=bearer()).status_code == 403
        doc = client.get("/aiwarden/api/summary", headers=admin).json()
        assert doc["kill_switch"]["on"] is False and doc["you"] == {"may_switch": True}
        assert [b["cap"] for b in doc["global"]] == [200, 3000]
        page = client.get("/aiwarden/", headers=admin)
        assert page.status_code == 200 and "script-src 'self'" in page.headers["content-security-policy"]


def test_readme_flask(project: Path) -> None:
    _check_flask(run("readme-flask"))


def test_flask(project: Path) -> None:
    _check_flask(run("flask"))


def _check_flask(ns: dict[str, Any]) -> None:
    app = ns["create_app"]()
    client = app.test_client()

    def post(body: Any, headers: dict[str, str]) -> tuple[int, Any, Any]:
        r = client.post("/v1/chat/completions", json=body, headers=headers)
        return r.status_code, r.headers, parsed(r.headers.get("content-type"), r.get_data())

    check_guarded_chat(post)
    engine = ns["Warden"].engine(app)
    assert sorted(engine.policy.tiers) == ["free", "pro"]  # policy.toml, from AIWARDEN_POLICY
    second = ns["create_app"]()  # one extension object serves any number of apps
    assert ns["Warden"].engine(second) is not engine


# Django's `startproject` MIDDLEWARE: what "..." stands for.
STARTPROJECT_MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]


def _configure_django() -> None:
    pytest.importorskip("django")
    name = "aiwarden_django_test_settings"  # shared with tests/django and tests/adapters
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "tests" / "django" / "settings.py")
        module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
        sys.modules[name] = module
        spec.loader.exec_module(module)  # type: ignore[union-attr]
    sys.modules[name].configure()


@contextlib.contextmanager
def django_project(ns: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """The example's settings (``...`` expanded to startproject's) and its ``chat`` view at
    ``/v1/chat/completions``; yields Django's test client."""
    from django.conf import settings
    from django.test import Client, override_settings
    from django.urls import path

    assert [a for a in ns["INSTALLED_APPS"] if a is not Ellipsis] == ["aiwarden.django"]
    assert "aiwarden.django" in settings.INSTALLED_APPS
    middleware: list[str] = []
    for entry in ns["MIDDLEWARE"]:
        for name in STARTPROJECT_MIDDLEWARE if entry is Ellipsis else [entry]:
            if name not in middleware:
                middleware.append(name)
    urls = types.ModuleType(f"docs_example_urls_{ns['__name__']}")
    urls.urlpatterns = [path("v1/chat/completions", ns["chat"])]  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, urls.__name__, urls)
    with override_settings(
        ROOT_URLCONF=urls.__name__,
        MIDDLEWARE=middleware,
        AIWARDEN=ns["AIWARDEN"],
        AIWARDEN_COMPONENTS=ns.get("AIWARDEN_COMPONENTS"),
    ):
        from django.core.checks import run_checks

        assert [m.id for m in run_checks() if m.id.startswith("aiwarden.")] == []
        yield Client(enforce_csrf_checks=True)  # as a real API client: no CSRF token


def _django_post(client: Any) -> Any:
    def post(body: Any, headers: dict[str, str], path: str = "/v1/chat/completions") -> tuple[int, Any, Any]:
        extra = {"HTTP_" + k.upper().replace("-", "_"): v for k, v in headers.items()}
        r = client.post(path, data=json.dumps(body), content_type="application/json", **extra)
        content = b"".join(r.streaming_content) if r.streaming else r.content
        return r.status_code, r.headers, parsed(r.headers.get("content-type"), content)

    return post


def test_readme_django(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _configure_django()
    ns = run("readme-django")
    with django_project(ns, monkeypatch) as client:
        check_guarded_chat(_django_post(client))


def test_django(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """docs/django.md, including a dotted-path identity resolver in AIWARDEN_COMPONENTS."""
    _configure_django()
    from aiwarden.context import Identity

    def resolve_identity(request: Any) -> Identity | None:
        if request.header("x-team") == "team-a":
            return Identity(subject="team-a", tier="pro", source="team")
        return None

    package = types.ModuleType("myproject")
    auth = types.ModuleType("myproject.auth")
    auth.resolve_identity = resolve_identity  # type: ignore[attr-defined]
    package.auth = auth  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "myproject", package)
    monkeypatch.setitem(sys.modules, "myproject.auth", auth)
    ns = run("django", BASE_DIR=project)
    with django_project(ns, monkeypatch) as client:
        post = _django_post(client)
        check_guarded_chat(post)
        status, _, body = post(chat("Hi", model="gpt-4o"), {"x-team": "team-a"})
        assert status == 200 and answer_text(body) == "Hi"


# --- provider keys ---------------------------------------------------------------------------


def test_readme_keys_client(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The ring's SDK client sends the server-held key."""
    openai = pytest.importorskip("openai")
    # the HTTP library the installed SDK is built on (httpx, or its fork httpx2 in newer SDKs)
    sdk_http = importlib.import_module(openai.DefaultHttpxClient.__mro__[1].__module__.split(".")[0])

    key = "sk-proj-" + "Q7f" * 16
    monkeypatch.setenv("OPENAI_API_KEY", key)
    ns = run("readme-keys-client", warden=Warden("policy.toml"))
    assert isinstance(ns["client"], openai.OpenAI)
    seen: list[str] = []

    def provider(request: Any) -> Any:
        seen.append(request.headers["authorization"])
        return sdk_http.Response(200, json={"object": "list", "data": []})

    client = ns["warden"].keys.openai_client(model="gpt-4o-mini", transport=sdk_http.MockTransport(provider))
    client.models.list()
    assert seen == [f"Bearer {key}"]


# --- the core API, behind a guarded FastAPI app ----------------------------------------------


def guarded(warden: Warden) -> Any:
    """A TestClient for the suite's FastAPI app (chat answered by the FakeProvider) behind ``warden``."""
    from starlette.testclient import TestClient

    from aiwarden.testing import FakeProvider
    from tests.adapters.apps_starlette import build_app

    return TestClient(build_app(warden, FakeProvider()))


ANONYMOUS = {"auth": {"required": False, "anonymous_tier": "default"}}


def test_auth_dev(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    """--dev makes a secret for this process and prints working tokens; without it, an unset
    secret is a ConfigurationError; a secret already set is kept."""
    from argparse import Namespace

    from aiwarden.errors import ConfigurationError

    monkeypatch.setenv("AIWARDEN_JWT_SECRET", "placeholder")  # restored (unset) after the test
    monkeypatch.delenv("AIWARDEN_JWT_SECRET")
    with pytest.raises(ConfigurationError, match="AIWARDEN_JWT_SECRET"):
        run("auth-dev", args=Namespace(dev=False))
    run("auth-dev", args=Namespace(dev=True))
    import os

    secret = os.environ["AIWARDEN_JWT_SECRET"]
    printed = dict(line.split(":", 1) for line in capsys.readouterr().out.splitlines())
    assert sorted(printed) == ["free token", "pro token"]
    for label, token in printed.items():
        claims = jwt.decode(token.strip(), secret, algorithms=["HS256"])
        assert claims["tier"] == label.split()[0]
    run("auth-dev", args=Namespace(dev=False))  # set now: no error
    run("auth-dev", args=Namespace(dev=True))
    assert os.environ["AIWARDEN_JWT_SECRET"] == secret


def test_auth_resolver(project: Path) -> None:
    """A resolver names the caller from its own header; its tier applies; "not mine" falls
    through to a 401."""
    from aiwarden.context import HttpRequest

    accounts = {"acct-key-7": types.SimpleNamespace(id="acct-7", plan="pro")}
    policy = {
        "auth": {"jwt_secret_env": "AIWARDEN_JWT_SECRET"},
        "tiers": {"free": {"models": ["gpt-4o-mini"]}, "pro": {"models": ["gpt-4o"]}},
    }
    ns = run("auth-resolver", ACCOUNTS=accounts, policy=policy)
    who = ns["resolve"](HttpRequest("POST", "/v1/chat/completions", {"x-api-key": "acct-key-7"}))
    assert (who.subject, who.tier, who.source) == ("acct-7", "pro", "api-key")
    assert ns["resolve"](HttpRequest("POST", "/", {})) is None
    with guarded(ns["warden"]) as client:
        r = client.post("/v1/chat/completions", json=chat("Hi", model="gpt-4o"), headers={"x-api-key": "acct-key-7"})
        assert r.status_code == 200 and answer_text(r.json()) == "Hi"
        r = client.post("/v1/chat/completions", json=chat("Hi", model="gpt-4o"), headers={"x-api-key": "nope"})
        assert r.status_code == 401
        r = client.post("/v1/chat/completions", json=chat("Hi", model="gpt-4o-mini"), headers=bearer("free"))
        assert r.status_code == 200  # the JWT source still works beside it


def test_auth_identity(project: Path, caplog: pytest.LogCaptureFixture) -> None:
    from fastapi import FastAPI, Request
    from starlette.testclient import TestClient

    from aiwarden.starlette import WardenMiddleware, ai_route

    app = FastAPI()
    app.add_middleware(WardenMiddleware, policy="policy.toml")
    run("auth-identity", app=app, ai_route=ai_route, Request=Request, log=logging.getLogger("docs.example"))
    with caplog.at_level(logging.INFO, logger="docs.example"), TestClient(app) as client:
        r = client.post("/v1/chat/completions", json=chat("Hi", model="gpt-4o"), headers=bearer("pro"))
    assert r.status_code == 200
    assert "chat by alice (pro)" in caplog.messages


def _flush(client: Any) -> None:
    # the suite's app keeps the warden on its middleware; the audit writer is a background thread
    for warden in _wardens(client.app):
        assert warden.stage("audit").flush(10)


def _wardens(app: Any) -> list[Warden]:
    return [m.kwargs["warden"] for m in app.user_middleware if "warden" in m.kwargs]


def test_audit_logging(project: Path) -> None:
    """Handlers on the logger aiwarden.audit get one JSON record per AI request, refused or not,
    with no credential in it."""
    audit = logging.getLogger("aiwarden.audit")
    handlers, level = list(audit.handlers), audit.level
    try:
        run("audit-logging")
        with guarded(Warden("policy.toml")) as client:
            token = bearer()
            refused = client.post("/v1/chat/completions", json=chat("Hello plans"))
            allowed = client.post("/v1/chat/completions", json=chat("Hello plans"), headers=token)
            _flush(client)
    finally:
        for handler in set(audit.handlers) - set(handlers):
            audit.removeHandler(handler)
            handler.close()
        audit.setLevel(level)
    text = (project / "audit.log").read_text()
    ours = {refused.headers["x-request-id"], allowed.headers["x-request-id"]}  # other tests' wardens log here too
    records = [r for r in map(json.loads, text.splitlines()) if r["request_id"] in ours]
    assert [(r["decision"], r["status"]) for r in records] == [("refused", 401), ("allowed", 200)]
    assert records[0]["refused_by"] == "auth" and records[1]["subject"] == "alice"
    assert "Hello plans" not in text and token["authorization"].split()[1] not in text


def test_audit_sink(project: Path) -> None:
    """Your sink gets every record (AuditRecord.to_json) from the writer thread."""

    class Producer:  # stands in for a Kafka producer
        def __init__(self) -> None:
            self.sent: list[tuple[str, bytes]] = []

        def send(self, topic: str, value: bytes) -> None:
            self.sent.append((topic, value))

    producer = Producer()
    ns = run("audit-sink", producer=producer, policy="policy.toml")
    with guarded(ns["warden"]) as client:
        assert client.post("/v1/chat/completions", json=chat("Hello plans"), headers=bearer()).status_code == 200
        _flush(client)
    [(topic, value)] = producer.sent
    record = json.loads(value)
    assert topic == "ai-audit"
    assert (record["subject"], record["decision"], record["model_used"]) == ("alice", "allowed", "gpt-4o-mini")
    assert b"Hello plans" not in value


def test_audit_metrics(monkeypatch: pytest.MonkeyPatch) -> None:
    """The three ways of exposing the metrics answer with Prometheus' text format, including
    aiwarden's (kept in the default registry once a policy turns them on)."""
    pytest.importorskip("prometheus_client")
    from flask import Flask
    from starlette.applications import Starlette
    from starlette.testclient import TestClient

    Warden({**ANONYMOUS, "audit": {"metrics": True}})
    asgi, django_part, flask_part = example("audit-metrics").split("\n\n")
    pages = []

    ns: dict[str, Any] = {"app": Starlette()}
    exec(compile(asgi, "<audit-metrics asgi>", "exec"), ns)
    pages.append(TestClient(ns["app"]).get("/metrics/"))

    ns = {"app": Flask(__name__)}
    exec(compile(flask_part, "<audit-metrics flask>", "exec"), ns)
    pages.append(ns["app"].test_client().get("/metrics"))

    _configure_django()
    from django.test import Client, override_settings

    urls = types.ModuleType("docs_example_metrics_urls")
    urls.urlpatterns = []  # type: ignore[attr-defined]
    exec(compile(django_part, "<audit-metrics django>", "exec"), urls.__dict__)
    monkeypatch.setitem(sys.modules, urls.__name__, urls)
    with override_settings(ROOT_URLCONF=urls.__name__):
        pages.append(Client().get("/metrics"))

    for page in pages:
        assert page.status_code == 200
        body = page.content.decode() if hasattr(page, "content") else page.get_data(as_text=True)
        assert "# TYPE aiwarden_requests_total counter" in body


@pytest.mark.parametrize(
    "name",
    [
        "input-detector",
        "input-learned",
        "readme-tokens",
        "input-register-model",
        "readme-fake-provider",
        "output-scanners",
    ],
)
def test_doctest_example(name: str, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """``>>>`` examples print exactly what the docs show."""
    from aiwarden import tokens

    monkeypatch.setattr(tokens, "_models", [])  # register_model() in an example stays in the example
    tokens._lookup.cache_clear()
    request.addfinalizer(tokens._lookup.cache_clear)
    block = next(b for b in BLOCKS if b.example == name)
    test = doctest.DocTestParser().get_doctest(example(name), {}, name, block.file, block.line)
    out = io.StringIO()
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    runner.run(test, out=out.write)
    assert runner.failures == 0, out.getvalue()


def test_keys_ring(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    openai = pytest.importorskip("openai")
    key = "sk-proj-" + "R8g" * 16
    monkeypatch.setenv("OPENAI_API_KEY", key)
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-api03-" + "T9h" * 20)
    ns: dict[str, Any] = {"warden": Warden("policy.toml")}
    for line in example("keys-ring").splitlines():
        if "anthropic_client" in line and importlib.util.find_spec("anthropic") is None:
            with pytest.raises(ModuleNotFoundError, match="pip install anthropic"):
                exec(line, ns)
            continue
        exec(line, ns)
    assert isinstance(ns["client"], openai.OpenAI) and isinstance(ns["aclient"], openai.AsyncOpenAI)
    assert ns["key"] == key


def _keys_block(name: str) -> dict[str, Any]:
    return tomllib.loads(example(name))


VAULT = next(b for b in BLOCKS if b.lang == "toml" and 'secrets_manager = "vault"' in b.code)


def test_keys_policy(project: Path) -> None:
    """The [keys] example with the secrets manager of the block below it."""
    policy = load_policy(merged(_keys_block("keys-policy"), tomllib.loads(VAULT.code)))
    keys = policy.keys
    assert (keys.max_age_days, keys.warn_age_days, keys.fallback_on_401) == (365, 90, True)
    assert "/v1/embeddings" in keys.deny_paths


def test_keys_environments(project: Path) -> None:
    load_policy(merged(_keys_block("keys-environments"), tomllib.loads(VAULT.code)))


def test_keys_masking() -> None:
    """The filter masks key values on your own handlers too."""
    out = io.StringIO()
    ns = run("keys-masking", handler=logging.StreamHandler(out))
    log = logging.getLogger("docs.example.masking")
    log.addHandler(ns["handler"])
    key = "sk-proj-" + "M4sk" * 12 + "AbCd"
    try:
        log.warning("calling with %s", key)
    finally:
        log.removeHandler(ns["handler"])
    assert key not in out.getvalue()
    assert "sk-proj-…AbCd" in out.getvalue()


def test_output_filters() -> None:
    """A check's finding blocks the answer (502 output_flagged; a stream ends without [DONE]);
    a filter rewrites what is released."""
    ns = run("output-filters", policy=ANONYMOUS)
    with guarded(ns["warden"]) as client:
        r = client.post("/v1/chat/completions", json=chat("all is well."))
        assert r.status_code == 200 and answer_text(r.json()) == "ALL IS WELL."
        r = client.post("/v1/chat/completions", json=chat("well, darn it."))
        assert r.status_code == 502 and r.json()["error"]["code"] == "output_flagged"
        r = client.post("/v1/chat/completions", json=chat("well, darn it.", stream=True))
        assert "output_flagged" in r.text and "[DONE]" not in r.text and "DARN" not in r.text


def test_quota_alerts() -> None:
    """Both ways of hearing about a budget crossing a threshold: a callback and a notifier."""
    import time

    policy = {
        **ANONYMOUS,
        "tiers": {"default": {"tokens_per_day": 100, "max_output_tokens": 40}},
        "global": {"alerts_at": [0.5]},
    }
    heard: list[Any] = []

    class Pager:
        def send(self, message: str) -> None:
            heard.append(message)

    class MyNotifier:
        def notify(self, alert: Any) -> None:
            heard.append(alert)

    on_alert, notifiers = example("quota-alerts").splitlines()
    for line in (on_alert, notifiers):
        ns: dict[str, Any] = {"Warden": Warden, "policy": policy, "pager": Pager(), "MyNotifier": MyNotifier}
        exec(line, ns)
        with guarded(ns["warden"]) as client:
            assert client.post("/v1/chat/completions", json=chat("!tokens 40")).status_code == 200
        for _ in range(500):  # notifiers may run on a background thread
            if heard:
                break
            time.sleep(0.01)
        [alert] = heard
        heard.clear()
        if isinstance(alert, str):  # on_alert: pager.send(alert.message)
            assert re.fullmatch(r"user anonymous:\S+ daily tokens at 50% of its cap: \d+ of 100 tokens .*", alert)
        else:
            assert (alert.kind, alert.metric, alert.threshold) == ("budget", "tokens", 0.5)


# --- documented output: refusals and the scan command ----------------------------------------


def like(actual: Any, documented: Any) -> None:
    """``actual`` is what the docs show; a documented string ending in "..." is a prefix."""
    if isinstance(documented, dict):
        assert isinstance(actual, dict) and sorted(actual) == sorted(documented), (actual, documented)
        for key in documented:
            like(actual[key], documented[key])
    elif isinstance(documented, list):
        assert isinstance(actual, list) and len(actual) == len(documented), (actual, documented)
        for a, d in zip(actual, documented, strict=True):
            like(a, d)
    elif isinstance(documented, str) and documented.endswith("..."):
        assert isinstance(actual, str) and actual.startswith(documented[:-3]), (actual, documented)
    else:
        assert actual == documented


def test_refusal_json() -> None:
    with guarded(Warden(ANONYMOUS)) as client:
        r = client.post(
            "/v1/chat/completions", content=b'{"model": "gpt-4o-mini",', headers={"content-type": "application/json"}
        )
    assert r.status_code == 400
    like(r.json(), json.loads(example("refusal-json")))


def test_auth_403_json(project: Path) -> None:
    with guarded(Warden("policy.toml")) as client:
        r = client.post("/v1/chat/completions", json=chat("Hi", model="gpt-4o"), headers=bearer("free"))
    assert r.status_code == 403
    like(r.json(), json.loads(example("auth-403-json")))


def _aiwarden(argv: list[str], stdin: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> str:
    from aiwarden.cli import main

    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    capsys.readouterr()
    status = main(argv)
    assert status in (0, None)
    return capsys.readouterr().out


def test_input_scan_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    documented = json.loads(example("input-scan-cli"))
    out = _aiwarden(["scan"], documented["text"] + "\n", monkeypatch, capsys)
    like(json.loads(out), documented)


def test_output_scan_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    """Each ``$ [echo "TEXT" |] aiwarden ...`` line, run from the repository root, prints what
    follows it (an object ending in ``, ...}`` shows its first fields)."""
    import shlex

    monkeypatch.chdir(ROOT)
    session = re.findall(r"^\$ (.*)\n((?:[^$].*\n)*)", example("output-scan-cli"), re.M)
    assert len(session) == 2
    for command, shown in session:
        stdin = ""
        if command.startswith("echo "):
            echoed, command = command.split(" | ", 1)
            stdin = shlex.split(echoed)[1] + "\n"
        argv = shlex.split(command)
        assert argv[0] == "aiwarden"
        if "--spans-file" in argv and not Path(argv[argv.index("--spans-file") + 1]).exists():
            continue  # the evaluation sets live beside the repository, not in it
        printed = _aiwarden(argv[1:], stdin, monkeypatch, capsys).splitlines()
        for line, expected in zip(printed, shown.splitlines(), strict=False):
            if expected.endswith(", ...}"):
                first = json.loads(expected[: -len(", ...}")] + "}")
                assert {k: v for k, v in json.loads(line).items() if k in first} == first
            else:
                like(json.loads(line), json.loads(expected))
        assert len(printed) >= len(shown.splitlines())


def test_readme_output_policy() -> None:
    """PII in answers is redacted, images to other hosts lose their URL, and pseudonymized values
    go to the provider as placeholders and come back to the user as they were."""
    policy = merged(ANONYMOUS, tomllib.loads(example("readme-output-policy")))
    with guarded(Warden(policy)) as client:
        r = client.post("/v1/chat/completions", json=chat(f"card {CARD}, ip 10.0.0.1"))
        assert answer_text(r.json()) == "card [CREDIT_CARD], ip [IP_ADDRESS]"
        r = client.post(
            "/v1/chat/completions",
            json=chat("![a](https://evil.example.net/x.png) ![b](https://docs.example.com/b.png)"),
        )
        assert "evil.example.net" not in answer_text(r.json())
        assert "https://docs.example.com/b.png" in answer_text(r.json())
        r = client.post("/v1/chat/completions", json=chat("write to bob@example.com"))
        assert answer_text(r.json()) == "write to bob@example.com"
        sent = client.app.state.last_exchange.chat.messages[-1].parts[0].text
        assert sent == "write to <EMAIL_1>"


def test_output_async_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """An async check calling a moderation endpoint (the FakeProvider's) blocks a flagged answer;
    when the endpoint fails, the sentence goes through (fail open)."""
    import httpx

    from aiwarden.context import Finding
    from aiwarden.testing import FakeProvider

    moderation = FakeProvider()

    class ModerationClient(httpx.AsyncClient):  # the example's client, answered by the fake service
        def __init__(self, **kwargs: Any) -> None:
            super().__init__(transport=httpx.ASGITransport(app=moderation.asgi_app), **kwargs)

    monkeypatch.setattr(httpx, "AsyncClient", ModerationClient)
    for url, flagged_status in (
        ("http://moderation.test/v1/moderations", 502),
        ("http://moderation.test/v1/gone", 200),
    ):
        ns = run("output-async-check", Finding=Finding, Warden=Warden, policy=ANONYMOUS, MODERATION_URL=url)
        with guarded(ns["warden"]) as client:
            r = client.post("/v1/chat/completions", json=chat("all is well."))
            assert r.status_code == 200 and answer_text(r.json()) == "all is well."
            r = client.post("/v1/chat/completions", json=chat("you idiot."))
            assert r.status_code == flagged_status, r.text
            if flagged_status == 502:
                assert r.json()["error"]["code"] == "output_flagged"
            else:
                assert answer_text(r.json()) == "you idiot."


@pytest.mark.parametrize("name", ["auth-token-cli", "readme-token-cli"])
def test_token_cli(name: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    """``aiwarden token`` mints a token the examples' policy accepts, with the claims the docs list;
    it refuses a secret shorter than 32 bytes."""
    import secrets
    import shlex

    command = next(line[2:] for line in example(name).splitlines() if line.startswith("$ aiwarden token"))
    argv = shlex.split(command)[1:]
    secret = secrets.token_urlsafe(48)
    monkeypatch.setenv("AIWARDEN_JWT_SECRET", secret)
    token = _aiwarden(argv, "", monkeypatch, capsys).strip()
    claims = jwt.decode(token, secret, algorithms=["HS256"])
    assert sorted(claims) == ["exp", "iat", "jti", "nbf", "sub", "tier"]
    assert (claims["sub"], claims["tier"], claims["exp"] - claims["iat"]) == ("alice", "pro", 7200)
    shown = [line for line in example(name).splitlines() if line.startswith("eyJ")]  # the printed token, cut
    assert all(token.startswith(line.rstrip(".")) for line in shown)
    monkeypatch.setenv("AIWARDEN_JWT_SECRET", "short")
    from aiwarden.cli import main

    assert main(argv) == 2
    assert "at least 32" in capsys.readouterr().err


@pytest.mark.redis
def test_quota_killswitch_cli(
    redis_url: str, redis_prefix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    """The commands print what the docs show, and while the switch is on a worker sharing the
    storage answers 503 kill_switch_engaged on AI routes and leaves other routes alone."""
    import shlex

    from aiwarden.cli import main

    session = re.findall(r"^\$ (.*)\n((?:[^$].*\n)*)", example("quota-killswitch-cli"), re.M)
    assert [command.split()[:3] for command, _ in session][1:] == [
        ["aiwarden", "killswitch", "on"],
        ["aiwarden", "killswitch", "status"],
        ["aiwarden", "killswitch", "off"],
    ]
    export = shlex.split(session[0][0].split("#")[0])
    assert export[0] == "export" and export[1].startswith("AIWARDEN_STORAGE_URI=")
    monkeypatch.setenv("AIWARDEN_STORAGE_URI", redis_url)  # the suite's Redis database
    policy_file = tmp_path / "policy.toml"  # under this test's key prefix, not the default "aiwarden"
    policy_file.write_text(f'[storage]\nkey_prefix = "{redis_prefix}"\n')
    monkeypatch.setenv("AIWARDEN_POLICY", str(policy_file))
    anonymous = {**ANONYMOUS, "storage": {"key_prefix": redis_prefix}}
    try:
        for command, shown in session[1:]:
            argv = shlex.split(command.split("#")[0])[1:]
            monkeypatch.setattr(sys, "stdin", io.StringIO(""))
            capsys.readouterr()
            code = main(argv)
            printed = capsys.readouterr().out
            stamp = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")
            assert stamp.sub("T", printed) == stamp.sub("T", shown)
            assert code == (1 if argv[1] == "status" else 0)
            if argv[1] == "status":
                with guarded(Warden(anonymous)) as client:
                    r = client.post("/v1/chat/completions", json=chat("Hi"))
                    assert (r.status_code, r.json()["error"]["code"]) == (503, "kill_switch_engaged")
                    assert client.get("/health").status_code == 200
    finally:
        main(["killswitch", "off"])
    with guarded(Warden(anonymous)) as client:
        assert client.post("/v1/chat/completions", json=chat("Hi")).status_code == 200
