"""No import cycle among the modules of policydata/ and flows/, counting imports inside functions.

Every module's syntax tree is walked (module level, functions, methods, TYPE_CHECKING blocks alike);
an import of `a.b.c` also depends on the packages `a` and `a.b`, whose __init__ runs first.
"""

from __future__ import annotations

import ast
from pathlib import Path

from policydata.paths import PROJECT_DIR

ROOTS = ("policydata", "flows")


def modules() -> dict[str, Path]:
    found = {}
    for root in ROOTS:
        for path in sorted((PROJECT_DIR / root).rglob("*.py")):
            parts = list(path.relative_to(PROJECT_DIR).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join(parts)] = path
    return found


def imports(name: str, path: Path, known: set[str]) -> set[str]:
    """The modules of `known` that the module imports anywhere in its body (with the packages they run)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    named: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            named |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join(base + ([node.module] if node.module else []))
            else:
                base = node.module
            named.add(base)
            named |= {f"{base}.{a.name}" for a in node.names}  # `from pkg import module`
    deps = set()
    for n in named:
        parts = n.split(".")
        deps |= {".".join(parts[:i]) for i in range(1, len(parts) + 1)}
    return {d for d in deps & known if d != name and not name.startswith(d + ".")}


def graph() -> dict[str, set[str]]:
    mods = modules()
    return {name: imports(name, path, set(mods)) for name, path in mods.items()}


def cycles(g: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected set of more than one module (Tarjan), as sorted lists."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(g[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    for v in sorted(g):
        if v not in index:
            visit(v)
    return found


def test_the_walk_sees_imports_inside_functions_and_relative_ones(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text("from . import schemas\nfrom .extract.targets import target_rows\n"
                     "def f():\n    from .validation import gate\n    import flows.publish\n", encoding="utf-8")
    known = {"policydata", "policydata.schemas", "policydata.extract", "policydata.extract.targets",
             "policydata.validation", "policydata.validation.gate", "flows", "flows.publish", "policydata.cli"}
    found = imports("policydata.probe", probe, known)
    assert found == known - {"policydata", "policydata.cli"}  # its own package is not a dependency
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycle_among_policydata_and_flows():
    g = graph()
    assert len(g) > 40 and any(g.values())
    assert cycles(g) == []
