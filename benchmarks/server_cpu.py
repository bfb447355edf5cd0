"""Server CPU per request, and how long one large request holds the event loop, on real servers.

    python benchmarks/server_cpu.py [--n 300] [--policy default|example]

The apps of overhead.py (bare and guarded, canned real-text answers) are served by real server
processes on loopback ports the OS picks: uvicorn for Starlette, gunicorn (one sync worker) for
Flask. Each gets the same ~1k-token real prompts, one request at a time; the server process's own
CPU time (user + system, from /proc) divided by the requests is the CPU per request. Printed:
bare, guarded and their ratio (the target is <= 2x).

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
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("AIWARDEN_JWT_SECRET", "bench-secret-" + "x" * 40)

# -- the served apps (imported by the server processes: "server_cpu:starlette_guarded" ...) -----


def _apps(kind: str) -> tuple[Any, Any]:
    import overhead

    overhead.POLICY = os.environ.get("AIWARDEN_BENCH_POLICY", "default")
    overhead.INJECTION = os.environ.get("AIWARDEN_BENCH_INJECTION") or None
    provider = overhead.CannedProvider()
    bare, guarded = overhead.starlette_apps(provider) if kind == "starlette" else overhead.flask_apps(provider)
    return _with_health(kind, bare), _with_health(kind, guarded)


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


def __getattr__(name: str) -> Any:  # lazily: "starlette_bare", "flask_guarded", ...
    kind, _, which = name.partition("_")
    if kind in ("starlette", "flask") and which in ("bare", "guarded"):
        bare, guarded = _apps(kind)
        return bare if which == "bare" else guarded
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
    def __init__(self, kind: str, which: str, policy: str, injection: str | None = None) -> None:
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = {
            **os.environ,
            "AIWARDEN_BENCH_POLICY": policy,
            "AIWARDEN_BENCH_INJECTION": injection or "",
            "PYTHONPATH": f"{HERE}:{ROOT / 'src'}",
        }
        target = f"server_cpu:{kind}_{which}"
        if kind == "starlette":
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


def cpu_per_request(server: Server, prompts: list[str], n: int) -> float:
    import httpx

    headers = _headers()
    with httpx.Client(base_url=server.base, timeout=30) as client:
        for prompt in prompts[:20]:  # warm-up
            client.post("/v1/chat/completions", json=_body(prompt), headers=headers)
        before = _cpu_seconds(server.pids)
        for i in range(n):
            r = client.post("/v1/chat/completions", json=_body(prompts[i % len(prompts)]), headers=headers)
            if r.status_code not in (200, 400):  # 400: a real prompt the detector refused (counted by overhead.py)
                raise SystemExit(f"status {r.status_code}: {r.text[:200]}")
        return (_cpu_seconds(server.pids) - before) / n * 1000


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
    parser.add_argument("--policy", choices=["default", "example"], default="default")
    parser.add_argument("--large-kb", type=int, default=512)
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--injection", choices=["off", "flag", "block"], default=None, help="override the policy's input.injection"
    )
    args = parser.parse_args()
    import overhead
    from corpus import windows

    prompts = [p for p in overhead.PROMPTS]
    rows: dict[str, Any] = {}
    for kind in ("starlette", "flask"):
        row: dict[str, Any] = {}
        for which in ("bare", "guarded"):
            server = Server(kind, which, args.policy, args.injection)
            try:
                row[which] = cpu_per_request(server, prompts, args.n)
                if kind == "starlette":
                    row[f"stall_{which}"] = stall(server, windows(args.large_kb * 1024, 1, seed=3)[0])
            finally:
                server.stop()
        rows[kind] = row
    if args.json:
        print(json.dumps({"policy": args.policy, "n": args.n, "rows": rows}))
        return
    server_of = {"starlette": "uvicorn", "flask": "gunicorn"}
    print(f"{args.policy} policy, {args.n} requests one at a time, ~1k-token real prompts: server CPU ms per request")
    print(f"{'app':<22} {'bare':>7} {'guarded':>8} {'ratio':>6}")
    for kind, row in rows.items():
        ratio = row["guarded"] / row["bare"]
        print(f"{kind + ' / ' + server_of[kind]:<22} {row['bare']:7.3f} {row['guarded']:8.3f} {ratio:6.2f}")
    if "stall_guarded" in rows.get("starlette", {}):
        (gw, gt, gs), (bw, bt, _) = rows["starlette"]["stall_guarded"], rows["starlette"]["stall_bare"]
        print(
            f"event loop, one {args.large_kb} KB request: longest /health wait {gw:.1f} ms guarded "
            f"({bw:.1f} ms bare); the request itself {gt:.0f} ms ({bt:.0f} ms bare), guarded status {gs}"
        )


if __name__ == "__main__":
    main()
