"""Redis servers of a test's own: a single ``redis-server``, or a 3-node Cluster, on free ports.

Each server runs in the foreground as a child process of the test (``Popen``), in its own
temporary directory, so it is stopped by process id and never outlives the test run. Tests that
need them skip with the reason when ``redis-server`` is not installed (``.ci/run`` installs it).
"""

from __future__ import annotations

import contextlib
import random
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Cluster", "Server", "cluster", "free_port", "have_redis_server", "server"]


def have_redis_server() -> bool:
    return shutil.which("redis-server") is not None and shutil.which("redis-cli") is not None


def _bindable(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def free_port(cluster_bus: bool = False) -> int:
    """A free port; for a Cluster node one under 55536 whose bus port (+10000) is free too."""
    if not cluster_bus:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            return int(s.getsockname()[1])
    for _ in range(200):
        port = random.randint(20000, 55000)
        if _bindable(port) and _bindable(port + 10000):
            return port
    raise RuntimeError("no free port pair for a Cluster node")


def _answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2) as s:
            s.sendall(b"PING\r\n")
            return s.recv(64).startswith(b"+PONG")
    except OSError:
        return False


@dataclass
class Server:
    """One ``redis-server`` on ``port``; :meth:`stop` and :meth:`start` it again mid-test."""

    port: int
    workdir: Path
    extra: Sequence[str] = ()
    proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        args = ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        args += ["--dir", str(self.workdir), *self.extra]
        self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(200):
            if _answers(self.port):
                return
            if self.proc.poll() is not None:
                raise RuntimeError(f"redis-server on port {self.port} exited with {self.proc.returncode}")
            time.sleep(0.025)
        raise RuntimeError(f"redis-server on port {self.port} did not start")

    def stop(self) -> None:
        if self.proc is None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(10)
        self.proc = None

    def cli(self, *args: str) -> str:
        out = subprocess.run(["redis-cli", "-p", str(self.port), *args], capture_output=True, text=True, timeout=30)
        return out.stdout.strip()


@contextlib.contextmanager
def server(*extra: str) -> Iterator[Server]:
    with tempfile.TemporaryDirectory(prefix="aiwarden-redis-") as tmp:
        s = Server(free_port(), Path(tmp), extra)
        s.start()
        try:
            yield s
        finally:
            s.stop()


@dataclass
class Cluster:
    nodes: list[Server] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"redis+cluster://127.0.0.1:{self.nodes[0].port}"

    def node_id(self, node: Server) -> str:
        return node.cli("cluster", "myid")

    def owner(self, slot: int) -> Server:
        for node in self.nodes:
            for line in node.cli("cluster", "nodes").splitlines():
                parts = line.split()
                if "myself" not in parts[2]:
                    continue
                for r in parts[8:]:
                    lo, _, hi = r.partition("-")
                    if not lo.startswith("[") and int(lo) <= slot <= int(hi or lo):
                        return node
        raise LookupError(slot)


@contextlib.contextmanager
def cluster(n: int = 3, *extra: str) -> Iterator[Cluster]:
    """``n`` masters, no replicas, every slot assigned (``redis-cli --cluster create``)."""
    with tempfile.TemporaryDirectory(prefix="aiwarden-cluster-") as tmp:
        c = Cluster()
        try:
            for i in range(n):
                d = Path(tmp) / str(i)
                d.mkdir()
                opts = ("--cluster-enabled", "yes", "--cluster-node-timeout", "2000", *extra)
                node = Server(free_port(cluster_bus=True), d, opts)
                c.nodes.append(node)
                node.start()
            addrs = [f"127.0.0.1:{node.port}" for node in c.nodes]
            subprocess.run(
                ["redis-cli", "--cluster", "create", *addrs, "--cluster-replicas", "0", "--cluster-yes"],
                check=True,
                capture_output=True,
                timeout=60,
            )
            for _ in range(400):
                if all("cluster_state:ok" in node.cli("cluster", "info") for node in c.nodes):
                    break
                time.sleep(0.05)
            else:
                raise RuntimeError("the cluster did not reach cluster_state:ok")
            yield c
        finally:
            for node in c.nodes:
                node.stop()
