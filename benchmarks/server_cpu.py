"""Server CPU per request, and how long one large request holds the event loop, on real servers.

    python benchmarks/server_cpu.py [--n 300] [--policy default|example] [--injection off]
                                    [--app canned,proxy] [--servers starlette,flask]

The apps of overhead.py (bare and guarded) are served by real server processes on loopback ports
the OS picks: uvicorn for Starlette, gunicorn (one sync worker) for Flask. Each gets the same
~1k-token real prompts, one request at a time, bare and guarded in alternating batches; the server
process's own CPU time (every thread, from /proc) divided by the requests is the CPU per request.
Printed: bare, guarded, the guard's added CPU and the ratio (the target is <= 2x).

Two views (``--app``): *canned*, the view returns a canned answer, so the bare app is only the
server and the framework (~0.4-0.9 ms); *proxy*, the view calls a provider over HTTP (a keep-alive
httpx client; the provider runs in its own process, not counted) and parses its answer, as every
app this guard protects does. The guard's added CPU is the same in both; the ratio is not: the
canned app's tiny denominator makes a ratio no guard that reads a 5 KB prompt can meet.

Under a server the guard costs more CPU than in overhead.py's in-process loop, for the bare app
alike: between two requests the client (another process) runs on the same cores and the caches go
cold (in-process with the caches flushed before each request, the guard's added CPU rises from
~0.6 to ~1.05 ms with the detector off, and the bare Flask app's from 0.15 to 0.47 ms).

The stall: while one large request (``--large-kb`` of real text within the caps) goes through
the guarded uvicorn app, a second client asks ``/health`` every 5 ms; the longest ``/health``
wait is how long the guard held the event loop (the bare app's, measured the same way, beside it).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import _tree  # noqa: E402

_tree.use()
os.environ.setdefault("AIWARDEN_JWT_SECRET", "bench-secret-" + "x" * 40)

# -- the served apps (imported by the server processes: "server_cpu:starlette_guarded" ...) -----


def _app(kind: str, which: str) -> Any:
    """One server's app: the bare one builds no Warden (nor imports the guard's stages), so its
    process holds only the framework, as a real unguarded app's does."""
    import overhead

    overhead.POLICY = os.environ.get("AIWARDEN_BENCH_POLICY", "default")
    overhead.INJECTION = os.environ.get("AIWARDEN_BENCH_INJECTION") or None
    upstream = os.environ.get("AIWARDEN_BENCH_UPSTREAM")
    provider: Any = HttpProvider(upstream) if upstream else overhead.CannedProvider()
    build = overhead.starlette_app if kind == "starlette" else overhead.flask_app
    return _with_health(kind, build(provider, guard=which == "guarded"))


class HttpProvider:
    """The app's provider call made as a real app makes it: an HTTP request (keep-alive client) to
    a provider on loopback (``provider_app`` in its own process, whose CPU is not counted). The
    JSON answer is parsed, as an SDK does, and handed back to the view."""

    def __init__(self, base: str) -> None:
        import httpx

        self.url = base + "/v1/chat/completions"
        self.client = httpx.Client(timeout=30)
        self.aclient = httpx.AsyncClient(timeout=30)

    def respond(self, api: str, body: Any) -> tuple[int, Any]:
        r = self.client.post(self.url, json=body)
        return r.status_code, r.json()

    async def arespond(self, api: str, body: Any) -> tuple[int, Any]:
        r = await self.aclient.post(self.url, json=body)
        return r.status_code, r.json()


def _provider_app() -> Any:
    """The upstream of ``--app proxy``: the canned answers of overhead.py over HTTP (JSON only)."""
    import overhead

    canned = overhead.CannedProvider()

    async def app(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        more = True
        while more:
            more = (await receive()).get("more_body", False)
        if scope["path"] == "/health":
            body = b"ok"
        else:
            _, answer = canned.respond("openai", {})
            body = json.dumps(answer).encode()
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": body})

    return app


def _with_health(kind: str, app: Any) -> Any:
    if kind == "starlette":
        inner = app

        async def asgi(scope: Any, receive: Any, send: Any) -> None:
            if scope["type"] == "http" and scope["path"] == "/health":
                await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"2")]})
                await send({"type": "http.response.body", "body": b"ok"})
                return
            await inner(scope, receive, send)

        return asgi

    def wsgi(environ: Any, start_response: Any) -> Any:
        if environ["PATH_INFO"] == "/health":
            start_response("200 OK", [("content-length", "2")])
            return [b"ok"]
        return app(environ, start_response)

    return wsgi


def __getattr__(name: str) -> Any:  # lazily: "starlette_bare", "flask_guarded", ..., "provider_app"
    if name == "provider_app":
        return _provider_app()
    kind, _, which = name.partition("_")
    if kind in ("starlette", "flask") and which in ("bare", "guarded"):
        return _app(kind, which)
    raise AttributeError(name)


# -- the driver ----------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _cpu_seconds(pids: list[int]) -> float:
    """CPU time of the processes' threads in nanoseconds (schedstat); /proc/<pid>/stat counts in
    clock ticks (10 ms), too coarse for a few hundred requests of ~1 ms."""
    try:
        total_ns = 0
        for pid in pids:
            for task in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{task}/schedstat") as fh:
                    total_ns += int(fh.read().split()[0])
        return total_ns / 1e9
    except (OSError, ValueError, IndexError):
        pass
    total = 0
    for pid in pids:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / os.sysconf("SC_CLK_TCK")


def _children(pid: int) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True, check=False).stdout.split()
    return [int(p) for p in out]


class Server:
    def __init__(
        self, kind: str, which: str, policy: str, injection: str | None = None, upstream: str | None = None
    ) -> None:
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = {
            **os.environ,
            "AIWARDEN_BENCH_POLICY": policy,
            "AIWARDEN_BENCH_INJECTION": injection or "",
            "AIWARDEN_BENCH_UPSTREAM": upstream or "",
            "PYTHONPATH": os.pathsep.join([str(HERE), _tree.src()]),
        }
        target = f"server_cpu:{kind}_{which}" if kind != "provider" else "server_cpu:provider_app"
        if kind in ("starlette", "provider"):
            cmd = [sys.executable, "-m", "uvicorn", target, "--port", str(self.port), "--log-level", "warning"]
        else:
            bind = f"127.0.0.1:{self.port}"
            cmd = [sys.executable, "-m", "gunicorn", "-w", "1", "-b", bind, "--log-level", "warning", target]
        self.proc = subprocess.Popen(cmd, cwd=HERE, env=env, start_new_session=True)
        import httpx

        for _ in range(300):
            try:
                if httpx.get(self.base + "/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        else:
            self.stop()
            raise SystemExit(f"{kind} {which} server did not start")
        # gunicorn serves from its worker, uvicorn from the process itself
        self.pids = [self.proc.pid, *_children(self.proc.pid)]

    def stop(self) -> None:
        os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)


def _headers() -> dict[str, str]:
    import overhead

    return {**overhead.auth_header(), "content-type": "application/json"}


def cpu_per_request(server: Server, prompts: list[str], n: int, offset: int = 0) -> float:
    import httpx

    headers = _headers()
    with httpx.Client(base_url=server.base, timeout=30) as client:
        before = _cpu_seconds(server.pids)
        for i in range(offset, offset + n):
            r = client.post("/v1/chat/completions", json=_body(prompts[i % len(prompts)]), headers=headers)
            if r.status_code not in (200, 400):  # 400: a real prompt the detector refused (counted by overhead.py)
                raise SystemExit(f"status {r.status_code}: {r.text[:200]}")
        return (_cpu_seconds(server.pids) - before) / n * 1000


def warm_up(server: Server, prompts: list[str]) -> None:
    import httpx

    with httpx.Client(base_url=server.base, timeout=30) as client:
        for prompt in prompts[:20]:
            client.post("/v1/chat/completions", json=_body(prompt), headers=_headers())


def interleaved(servers: dict[str, Server], prompts: list[str], n: int, rounds: int) -> dict[str, float]:
    """CPU ms per request of each server, measured in ``rounds`` alternating batches of the same
    prompts (a machine whose speed drifts during the run affects both alike)."""
    for server in servers.values():
        warm_up(server, prompts)
    totals = dict.fromkeys(servers, 0.0)
    batch = max(n // rounds, 1)
    for r in range(rounds):
        for name, server in servers.items():
            totals[name] += cpu_per_request(server, prompts, batch, r * batch)
    return {name: total / rounds for name, total in totals.items()}


def _body(prompt: str) -> dict[str, Any]:
    return {"model": "gpt-4o-mini", "max_tokens": 64, "messages": [{"role": "user", "content": prompt}]}


def _large_body(text: str) -> dict[str, Any]:
    """The large text as user messages within the default cap on characters per message, so the
    whole path runs (one over the cap is refused before sanitizing and detection)."""
    parts = [text[i : i + 90_000] for i in range(0, len(text), 90_000)]
    return {"model": "gpt-4o-mini", "max_tokens": 64, "messages": [{"role": "user", "content": p} for p in parts]}


def stall(server: Server, text: str) -> tuple[float, float, int]:
    """(longest /health wait in ms while the large request ran, the large request's own ms, its status)."""
    import httpx

    waits: list[float] = []
    done = threading.Event()

    def poll() -> None:
        with httpx.Client(base_url=server.base, timeout=30) as c:
            while not done.is_set():
                t = time.perf_counter()
                c.get("/health")
                waits.append(time.perf_counter() - t)
                time.sleep(0.005)

    poller = threading.Thread(target=poll)
    poller.start()
    time.sleep(0.05)
    t = time.perf_counter()
    with httpx.Client(base_url=server.base, timeout=120) as c:
        status = c.post("/v1/chat/completions", json=_large_body(text), headers=_headers()).status_code
    took = time.perf_counter() - t
    done.set()
    poller.join()
    return max(waits) * 1000, took * 1000, status


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=5, help="alternating batches of bare and guarded requests")
    parser.add_argument("--policy", choices=["default", "example"], default="default")
    parser.add_argument("--large-kb", type=int, default=512)
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--injection", choices=["off", "flag", "block"], default=None, help="override the policy's input.injection"
    )
    parser.add_argument(
        "--servers", default="starlette,flask", help="which of starlette (uvicorn), flask (gunicorn) to run"
    )
    parser.add_argument(
        "--app",
        default="canned,proxy",
        help="canned: the view returns a canned answer (the guard against almost nothing); proxy: the view "
        "calls a provider over HTTP and parses its answer, as a real app does (the provider runs in its own "
        "process, not counted)",
    )
    args = parser.parse_args()
    import overhead
    from corpus import windows

    prompts = [p for p in overhead.PROMPTS]
    rows: dict[str, Any] = {}
    upstream = Server("provider", "app", args.policy) if "proxy" in args.app.split(",") else None
    try:
        for app in [a for a in ("canned", "proxy") if a in args.app.split(",")]:
            for kind in [k for k in ("starlette", "flask") if k in args.servers.split(",")]:
                base = upstream.base if app == "proxy" and upstream is not None else None
                servers = {
                    which: Server(kind, which, args.policy, args.injection, base) for which in ("bare", "guarded")
                }
                try:
                    row: dict[str, Any] = interleaved(servers, prompts, args.n, args.rounds)
                    if kind == "starlette" and app == "canned":
                        for which, server in servers.items():
                            row[f"stall_{which}"] = stall(server, windows(args.large_kb * 1024, 1, seed=3)[0])
                finally:
                    for server in servers.values():
                        server.stop()
                rows[f"{kind}/{app}"] = row
    finally:
        if upstream is not None:
            upstream.stop()
    if args.json:
        print(json.dumps({"policy": args.policy, "injection": args.injection, "n": args.n, "rows": rows}))
        return
    server_of = {"starlette": "uvicorn", "flask": "gunicorn"}
    detector = f", injection={args.injection}" if args.injection else ""
    print(
        f"{args.policy} policy{detector}, {args.n} requests one at a time in {args.rounds} alternating batches, "
        "~1k-token real prompts: server CPU ms per request"
    )
    print(f"{'app':<30} {'bare':>7} {'guarded':>8} {'added':>7} {'ratio':>6}")
    for key, row in rows.items():
        kind, app = key.split("/")
        ratio = row["guarded"] / row["bare"]
        label = f"{kind} / {server_of[kind]}, {app}"
        print(f"{label:<30} {row['bare']:7.3f} {row['guarded']:8.3f} {row['guarded'] - row['bare']:7.3f} {ratio:6.2f}")
    if "stall_guarded" in rows.get("starlette/canned", {}):
        (gw, gt, gs), (bw, bt, _) = rows["starlette/canned"]["stall_guarded"], rows["starlette/canned"]["stall_bare"]
        print(
            f"event loop, one {args.large_kb} KB request: longest /health wait {gw:.1f} ms guarded "
            f"({bw:.1f} ms bare); the request itself {gt:.0f} ms ({bt:.0f} ms bare), guarded status {gs}"
        )


if __name__ == "__main__":
    main()
