"""Added latency of the guard, per adapter, against the same route unguarded in the same run.

    python benchmarks/overhead.py [--n 300] [--policy example|default]

For each adapter (Starlette, Flask, Django) the same handler (canned fake-provider answers) is
served bare and behind aiwarden on memory storage, with either the examples' full policy (auth,
input scanning with a token cap, quotas with three budgets, output filters, audit; limits and
budgets raised so they never refuse) or the defaults of ``Policy()`` (every default check on; no
budgets or token caps, so the prompt is not counted) with HS256 auth.
Requests go straight into the ASGI/WSGI application (no sockets), so the numbers are the guard's
own cost. Every request carries a different ~1k-token prompt of real text (benchmarks/corpus.py:
CPython's docs, package READMEs, benign chat prompts) and gets one of several real-text answers.
Printed, median and p90: time until the client has the whole answer (non-streaming; the settle and
audit work that adapters do after the answer is sent is not counted) and time to the first
*visible* text of a stream (the first chunk whose delta carries content), bare vs guarded, the
difference, and the difference in units of one o200k_base count of the same prompt, measured in
the same run (the issue's yardstick: 1 ms ≈ 2.5 counts). Last, the stream path: the same answers
streamed in 4-character deltas, time until the client has all of it, against the JSON answer — the
guard's added time for each and the guarded requests' times.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import os
import statistics
import sys
import time
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
import _tree  # noqa: E402

_tree.use()
os.environ.setdefault("AIWARDEN_JWT_SECRET", "bench-secret-" + "x" * 40)

import re  # noqa: E402

from corpus import prompts, windows  # noqa: E402

from aiwarden import tokens  # noqa: E402
from aiwarden.testing import FakeProvider  # noqa: E402
from aiwarden.tokens import count_tokens  # noqa: E402


def forget_counts() -> None:
    """Empty the process-wide count of request texts (tokens.count_request_text), which would
    otherwise remember the prompts of the warm-up: a timed request is a new conversation."""
    counts = getattr(tokens, "_COUNTS", None)
    if counts is not None:
        counts.clear()


class CannedProvider:
    """The fake provider's answers computed once (several real-text answers, streamed in 8-character
    deltas), so the handler costs (almost) nothing and the difference between bare and guarded is
    the guard's own cost."""

    def __init__(self, answers: int = 16) -> None:
        fake, fine = FakeProvider(chunk_chars=8), FakeProvider(chunk_chars=4)
        self.json = []
        self.chunks = []
        self.fine_chunks = []  # the same answers in 4-character deltas (the stream path's worst case)
        for answer in windows(600, answers, seed=11):
            req = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": answer}]}
            self.json.append(fake.chat_completions(req))
            stream = {**req, "stream": True, "stream_options": {"include_usage": True}}
            self.chunks.append(list(fake.chat_completions(stream)))
            self.fine_chunks.append(list(fine.chat_completions(stream)))
        self.turn = 0
        self.fine = False

    def respond(self, api: str, body: Any) -> tuple[int, Any]:
        self.turn += 1
        i = self.turn % len(self.json)
        if body.get("stream"):
            return 200, iter((self.fine_chunks if self.fine else self.chunks)[i])
        return 200, self.json[i]


PROMPTS = prompts(1000, 200)  # distinct ~1k-token prompts of real text
PROMPT = PROMPTS[0]
#: Real prompts the guard refused (the detector's false positives): left out of the timing, counted.
REFUSED: list[int] = []
SYSTEM = "You are a helpful assistant."
#: A stream chunk that shows the user something: a delta with non-empty content.
VISIBLE = re.compile(rb'"content":\s*"[^"]')


POLICY = "example"  # set from --policy
INJECTION: str | None = None  # set from --injection: "off" measures everything but the detector


def bench_policy() -> dict[str, Any]:
    policy = _bench_policy()
    if INJECTION is not None:
        policy.setdefault("input", {})["injection"] = INJECTION
    return policy


def _bench_policy() -> dict[str, Any]:
    if POLICY == "default":
        # every default of Policy(), plus the one thing it cannot default: how to verify tokens
        return {"auth": {"jwt_secret_env": "AIWARDEN_JWT_SECRET"}, "tiers": {"default": {}, "pro": {}}}
    with open(ROOT / "examples" / "policy.toml", "rb") as fh:
        policy = tomllib.load(fh)
    policy.setdefault("auth", {"jwt_secret_env": "AIWARDEN_JWT_SECRET", "algorithms": ["HS256"]})
    for tier in policy.get("tiers", {}).values():
        tier["requests"] = ["1000000/second"]
        tier.pop("tokens_per_day", None)
        tier["spend_per_day_usd"] = 1_000_000
    policy.setdefault("global", {}).update(spend_per_day_usd=1_000_000, spend_per_month_usd=1_000_000)
    policy.setdefault("input", {})["max_input_tokens"] = 100_000
    for tier in policy.get("tiers", {}).values():
        tier["max_input_tokens"] = 100_000
    return policy


def auth_header() -> dict[str, str]:
    try:
        import jwt
    except ImportError:
        return {}
    token = jwt.encode(
        {"sub": "bench", "tier": "pro", "exp": int(time.time()) + 3600},
        os.environ["AIWARDEN_JWT_SECRET"],
        algorithm="HS256",
    )
    return {"authorization": f"Bearer {token}"}


def body(stream: bool) -> bytes:
    return json.dumps(
        {"model": "gpt-4o-mini", "stream": stream, "max_tokens": 64, "messages": [{"role": "user", "content": PROMPT}]}
    ).encode()


# -- Starlette (ASGI) ---------------------------------------------------------------------------


def starlette_apps(provider: Any) -> tuple[Any, Any]:
    return starlette_app(provider, guard=False), starlette_app(provider, guard=True)


def starlette_app(provider: Any, guard: bool) -> Any:
    """The bare app, or the guarded one: only the guarded one builds a Warden (a bare server
    process of server_cpu.py must not carry the guard's objects, which its garbage collector
    would walk)."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse, Response, StreamingResponse
    from starlette.routing import Route

    from aiwarden.routes import ai_route
    from aiwarden.starlette import WardenMiddleware

    async def handler(request: Request) -> Response:
        arespond = getattr(provider, "arespond", None)  # an async app's provider call (server_cpu.py --app proxy)
        doc = await request.json()
        status, result = await arespond("openai", doc) if arespond else provider.respond("openai", doc)
        if isinstance(result, dict):
            return JSONResponse(result, status_code=status)
        # An async app streams from an async client (httpx, the openai SDK): an async iterator. A sync
        # one would make Starlette iterate it in its thread pool, one thread hop per chunk, in the bare
        # app and the guarded one alike, and the hops (not the guard) would dominate the stream timings.
        return StreamingResponse(_async(result), media_type="text/event-stream")

    @ai_route(system_prompt=SYSTEM)
    async def guarded_handler(request: Request) -> Response:
        return await handler(request)

    if not guard:
        return Starlette(routes=[Route("/v1/chat/completions", handler, methods=["POST"])])
    guarded = Starlette(routes=[Route("/v1/chat/completions", guarded_handler, methods=["POST"])])
    guarded.add_middleware(WardenMiddleware, policy=bench_policy())
    return guarded


async def _async(chunks: Any) -> Any:
    if hasattr(chunks, "__aiter__"):
        async for chunk in chunks:
            yield chunk
        return
    for chunk in chunks:
        yield chunk


def asgi_call(app: Any, payload: bytes, headers: dict[str, str]) -> tuple[float, float, int]:
    """(seconds to first non-empty body chunk, seconds to the end, status)."""
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/v1/chat/completions",
        "raw_path": b"/v1/chat/completions",
        "query_string": b"",
        "root_path": "",
        "client": ("127.0.0.1", 5000),
        "server": ("127.0.0.1", 80),
        "headers": [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(payload)).encode()),
            *((k.encode(), v.encode()) for k, v in headers.items()),
        ],
    }
    sent = False
    first: float | None = None
    status = 0

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": payload, "more_body": False}
        await asyncio.sleep(3600)
        return {"type": "http.disconnect"}

    last: float | None = None

    async def send(message: dict[str, Any]) -> None:
        nonlocal first, last, status
        if message["type"] == "http.response.start":
            status = message["status"]
        elif message["type"] == "http.response.body":
            if first is None and VISIBLE.search(message.get("body", b"")):
                first = time.perf_counter()
            if not message.get("more_body"):
                last = time.perf_counter()  # the client has the whole answer

    async def run() -> tuple[float, float, int]:
        start = time.perf_counter()
        await app(scope, receive, send)
        end = last or time.perf_counter()  # work after the answer (settle, audit) is not latency
        return (first or end) - start, end - start, status

    return LOOP.run_until_complete(run())


LOOP = asyncio.new_event_loop()


# -- WSGI (Flask, Django) ------------------------------------------------------------------------


def wsgi_call(app: Callable[..., Any], payload: bytes, headers: dict[str, str]) -> tuple[float, float, int]:
    environ = {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": "/v1/chat/completions",
        "SCRIPT_NAME": "",
        "QUERY_STRING": "",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "CONTENT_TYPE": "application/json",
        "CONTENT_LENGTH": str(len(payload)),
        "wsgi.input": io.BytesIO(payload),
        "wsgi.url_scheme": "http",
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": False,
        "wsgi.multiprocess": False,
        "wsgi.run_once": False,
        "wsgi.version": (1, 0),
    }
    for k, v in headers.items():
        environ["HTTP_" + k.upper().replace("-", "_")] = v
    status = [0]

    def start_response(s: str, _h: Any, _e: Any = None) -> None:
        status[0] = int(s.split(" ", 1)[0])

    start = time.perf_counter()
    first = None
    result = app(environ, start_response)
    try:
        for chunk in result:
            if first is None and VISIBLE.search(chunk):
                first = time.perf_counter()
        end = time.perf_counter()  # the client has the whole answer; close() runs the post-answer work
    finally:
        close = getattr(result, "close", None)
        if close:
            close()
    return (first or end) - start, end - start, status[0]


def flask_apps(provider: Any) -> tuple[Any, Any] | None:
    bare = flask_app(provider, guard=False)
    return None if bare is None else (bare, flask_app(provider, guard=True))


def flask_app(provider: Any, guard: bool) -> Any:
    """The bare app (its WSGI callable), or the guarded one; only the guarded one builds a Warden."""
    try:
        from flask import Flask, Response, request

        from aiwarden.flask import Warden
        from aiwarden.routes import ai_route
    except ImportError as exc:
        print(f"flask: skipped ({exc})")
        return None

    def make(guard: bool) -> Any:
        app = Flask(f"bench_{guard}")

        def chat() -> Any:
            status, result = provider.respond("openai", request.get_json())
            if isinstance(result, dict):
                return result, status
            return Response(result, mimetype="text/event-stream")

        view = ai_route(system_prompt=SYSTEM)(chat) if guard else chat
        app.add_url_rule("/v1/chat/completions", "chat", view, methods=["POST"])
        if guard:
            app.config["AIWARDEN"] = bench_policy()
            Warden(app)
        return app.wsgi_app if not guard else app

    return make(guard)


def django_apps(provider: CannedProvider) -> tuple[Any, Any] | None:
    try:
        import django
        from django.conf import settings
    except ImportError as exc:
        print(f"django: skipped ({exc})")
        return None
    try:
        import aiwarden.django  # noqa: F401
    except ImportError as exc:
        print(f"django: skipped ({exc})")
        return None
    settings.configure(
        DEBUG=False,
        SECRET_KEY="bench",
        ALLOWED_HOSTS=["*"],
        ROOT_URLCONF=__name__,
        MIDDLEWARE=[],
        INSTALLED_APPS=[],
        AIWARDEN=bench_policy(),
        USE_TZ=True,
    )
    django.setup()
    from django.core.handlers.wsgi import WSGIHandler
    from django.http import HttpResponse, JsonResponse, StreamingHttpResponse
    from django.urls import path

    from aiwarden.routes import ai_route

    def chat(request: Any) -> Any:
        status, result = provider.respond("openai", json.loads(request.body))
        if isinstance(result, dict):
            return JsonResponse(result, status=status)
        return StreamingHttpResponse(result, content_type="text/event-stream")

    global urlpatterns
    urlpatterns = [path("v1/chat/completions", ai_route(system_prompt=SYSTEM)(chat))]
    bare = WSGIHandler()
    settings.MIDDLEWARE = ["aiwarden.django.WardenMiddleware"]
    guarded = WSGIHandler()
    del HttpResponse
    return bare, guarded


urlpatterns: list[Any] = []


PROVIDER: CannedProvider | None = None


def measure_wall(bare: Callable[..., Any], guarded: Callable[..., Any], n: int) -> dict[str, Any]:
    """Bare and guarded measured alternately on the same prompt, so drift hits both alike; one
    o200k count of that prompt is timed in the same loop as the yardstick."""
    global PROMPT
    headers = auth_header()
    keys = ("json", "visible", "stream4")
    times: dict[str, dict[str, list[float]]] = {w: {k: [] for k in keys} for w in ("bare", "guarded")}
    added: dict[str, list[float]] = {k: [] for k in keys}
    counts: list[float] = []
    for i, prompt in enumerate(list(PROMPTS)):  # warm-up, and leave out what the guard refuses
        PROMPT = prompt
        if guarded(body(False), headers)[2] != 200:
            PROMPTS.remove(prompt)
            REFUSED.append(i)
        elif i < 20:
            bare(body(False), headers)
            bare(body(True), headers)
            guarded(body(True), headers)
    for i in range(n):
        PROMPT = PROMPTS[i % len(PROMPTS)]
        t = time.perf_counter()
        count_tokens(PROMPT, "gpt-4o-mini")
        counts.append(time.perf_counter() - t)
        for stream, key, idx in ((False, "json", 1), (True, "visible", 0), (True, "stream4", 1)):
            pair = []
            assert PROVIDER is not None
            PROVIDER.fine = key == "stream4"
            for name, call in (("bare", bare), ("guarded", guarded)):
                forget_counts()  # every request a prompt the guard has not counted before
                result = call(body(stream), headers)
                if result[2] != 200:
                    raise SystemExit(f"unexpected status {result[2]}; the benchmark policy refused a request")
                times[name][key].append(result[idx])
                pair.append(result[idx])
            added[key].append(pair[1] - pair[0])
    out: dict[str, Any] = {w: {k: _stats(v) for k, v in d.items()} for w, d in times.items()}
    out["added"] = {k: _stats(v) for k, v in added.items()}
    out["count"] = _stats(counts)
    return out


def measure_cpu(bare: Callable[..., Any], guarded: Callable[..., Any], n: int, k: int) -> dict[str, Any]:
    """CPU time (process_time, every thread) per request, each prompt's minimum over ``k`` runs:
    on a machine others load, the fastest of a few runs is the one nothing else disturbed, which
    wall-clock medians cannot give (they grow with the load). Whole requests only (JSON and the
    4-character stream); the yardstick is one o200k count's CPU, measured the same way."""
    global PROMPT
    headers = auth_header()
    for i, prompt in enumerate(list(PROMPTS)):  # leave out what the guard refuses, as measure() does
        PROMPT = prompt
        if guarded(body(False), headers)[2] != 200:
            PROMPTS.remove(prompt)
            REFUSED.append(i)
    keys = ("json", "stream4")
    times: dict[str, dict[str, list[float]]] = {w: {key: [] for key in keys} for w in ("bare", "guarded")}
    added: dict[str, list[float]] = {key: [] for key in keys}
    counts: list[float] = []

    def cpu(call: Callable[..., Any], payload: bytes) -> float:
        best = float("inf")
        for _ in range(k):
            forget_counts()
            t = time.process_time()
            call(payload, headers)
            best = min(best, time.process_time() - t)
        return best

    for i in range(n):
        PROMPT = PROMPTS[i % len(PROMPTS)]
        prompt = PROMPT
        counts.append(cpu(lambda p, h, text=prompt: count_tokens(text, "gpt-4o-mini"), b""))
        for key in keys:
            assert PROVIDER is not None
            PROVIDER.fine = key == "stream4"
            payload = body(key != "json")
            pair = [cpu(call, payload) for call in (bare, guarded)]
            times["bare"][key].append(pair[0])
            times["guarded"][key].append(pair[1])
            added[key].append(pair[1] - pair[0])
    out: dict[str, Any] = {w: {key: _stats(v) for key, v in d.items()} for w, d in times.items()}
    out["added"] = {key: _stats(v) for key, v in added.items()}
    out["count"] = _stats(counts)
    return out


def _stats(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {"median": statistics.median(ordered) * 1000, "p90": ordered[int(0.9 * (len(ordered) - 1))] * 1000}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument(
        "--policy",
        choices=["example", "default"],
        default="example",
        help="example: examples/policy.toml with limits and budgets raised (tokens are counted for the "
        "budgets); default: Policy() defaults with HS256 auth (no budgets, no token cap)",
    )
    parser.add_argument("--json", action="store_true", help="print the results as one JSON document")
    parser.add_argument(
        "--cpu",
        type=int,
        default=0,
        metavar="K",
        help="measure CPU time instead of wall time, each prompt's minimum over K runs (for a loaded "
        "machine; whole requests only)",
    )
    parser.add_argument(
        "--injection",
        choices=["off", "flag", "block"],
        default=None,
        help="override the policy's input.injection (off: the guard's cost without the injection detector)",
    )
    parser.add_argument(
        "--adapters",
        default="starlette,flask,django",
        help="which adapters to measure, in this order (each is measured after the ones before it)",
    )
    args = parser.parse_args()
    global POLICY, INJECTION
    POLICY, INJECTION = args.policy, args.injection
    global PROVIDER
    provider = PROVIDER = CannedProvider()
    rows = []

    def measure(bare: Callable[..., Any], guarded: Callable[..., Any], n: int) -> dict[str, Any]:
        return measure_cpu(bare, guarded, n, args.cpu) if args.cpu else measure_wall(bare, guarded, n)

    builders = {
        "starlette": (starlette_apps, asgi_call),
        "flask": (flask_apps, wsgi_call),
        "django": (django_apps, wsgi_call),
    }
    for name in args.adapters.split(","):
        build, call = builders[name]
        apps = build(provider)
        if apps:
            bare, guarded = apps
            rows.append(
                (
                    name,
                    measure(
                        lambda p, h, app=bare, call=call: call(app, p, h),
                        lambda p, h, app=guarded, call=call: call(app, p, h),
                        args.n,
                    ),
                )
            )
    refused = len(set(REFUSED))
    if args.json:
        print(json.dumps({"policy": args.policy, "n": args.n, "refused_prompts": refused, "rows": dict(rows)}))
        return
    unit = f"CPU milliseconds, each prompt's fastest of {args.cpu} runs" if args.cpu else "milliseconds"
    detector = f", injection={args.injection}" if args.injection else ""
    print(f"{args.policy} policy{detector}, {args.n} requests, a different ~1k-token real prompt each, {unit}")
    if refused:
        print(f"({refused} of 200 real prompts were refused by the guard — false positives — and left out)")
    print(
        f"{'adapter':<10} {'what':<14} {'bare':>7} {'guarded':>8} {'added':>7} {'added p90':>9} "
        f"{'1 count':>8} {'added/count':>11}"
    )
    for name, result in rows:
        count = result["count"]["median"]
        for key, label in (("json", "request (JSON)"), ("visible", "first visible"), ("stream4", "stream, 4-ch")):
            if key not in result["added"]:
                continue
            a = result["added"][key]
            print(
                f"{name:<10} {label:<14} {result['bare'][key]['median']:7.3f} {result['guarded'][key]['median']:8.3f} "
                f"{a['median']:7.3f} {a['p90']:9.3f} {count:8.3f} {a['median'] / count:11.2f}"
            )
    print(
        "stream path: the whole answer in 4-character deltas against the same answer as JSON, through the "
        "adapter (target <= 3x)"
    )
    for name, result in rows:
        added, guarded = result["added"], result["guarded"]
        print(
            f"{name:<10} guard's added time {added['stream4']['median'] / added['json']['median']:5.2f}x, "
            f"guarded request {guarded['stream4']['median'] / guarded['json']['median']:5.2f}x"
        )


if __name__ == "__main__":
    main()
