"""The request path imports only downwards: no module an adapter drives a request through is in an
import cycle, counting every import (module level, inside functions, under TYPE_CHECKING)."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"

#: Modules of the request path (docs/architecture.md, "Request flow"); each must be in no cycle.
REQUEST_PATH = (
    "aiwarden.effects",
    "aiwarden.exchange",
    "aiwarden.filtering",
    "aiwarden.warden",
    "aiwarden.adapter",
    "aiwarden.starlette",
    "aiwarden.starlette.middleware",
    "aiwarden.starlette.responder",
    "aiwarden.starlette.routing",
    "aiwarden.django.middleware",
    "aiwarden.flask",
    "aiwarden.console.asgi",
    "aiwarden.console.core",
    "aiwarden.console.data",
)


def import_graph(root: Path = SRC) -> dict[str, set[str]]:
    """Module -> the aiwarden modules it imports anywhere in its text."""
    modules: dict[str, tuple[Path, bool]] = {}
    for path in root.rglob("*.py"):
        parts = list(path.relative_to(root).with_suffix("").parts)
        package = parts[-1] == "__init__"
        modules[".".join(parts[:-1] if package else parts)] = (path, package)
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, (path, package) in modules.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = name.split(".") if package else name.split(".")[:-1]
                if node.level:
                    base = base[: len(base) - node.level + 1]
                    module = ".".join(base + ([node.module] if node.module else []))
                else:
                    module = node.module or ""
                targets = [f"{module}.{a.name}" if f"{module}.{a.name}" in modules else module for a in node.names]
            graph[name].update(t for t in targets if t in modules and t != name)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, edges = work[-1]
            for nxt in edges:
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(sorted(graph[nxt]))))
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = set()
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.add(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(component)
    return found


def test_the_checker_finds_a_cycle_and_a_type_only_one(tmp_path: Path) -> None:
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from .b import B\n")
    (pkg / "b.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .a import A\nB = 1\n")
    (pkg / "c.py").write_text("def f():\n    from . import a\n")
    assert cycles(import_graph(tmp_path)) == [{"pkg.a", "pkg.b"}]


def test_no_module_of_the_request_path_is_in_an_import_cycle() -> None:
    graph = import_graph()
    assert set(REQUEST_PATH) <= set(graph)
    tangled = {m: sorted(c) for c in cycles(graph) for m in REQUEST_PATH if m in c}
    assert tangled == {}


def test_the_package_has_no_import_cycle() -> None:
    # every import counts: module level, inside functions, under TYPE_CHECKING
    graph = import_graph()
    assert [sorted(c) for c in cycles(graph)] == []


if __name__ == "__main__":  # python tests/core/test_layers.py: every cycle, with its edges
    graph = import_graph()
    found = cycles(graph)
    print(f"{len(graph)} modules, {sum(map(len, graph.values()))} imports, {len(found)} cycles")
    for component in sorted(found, key=len, reverse=True):
        print(f"{len(component)}:")
        for name in sorted(component):
            print(f"  {name} -> {', '.join(sorted(graph[name] & component))}")
