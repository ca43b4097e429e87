"""The core's modules import each other without a cycle, and the central signatures say their
types (issue "One shape before fifty-one": no import cycle, no Any in registry, engine, facade)."""

from __future__ import annotations

import ast
from pathlib import Path

import kei_core

CORE = Path(kei_core.__file__).parent


def _module_name(path: Path) -> str:
    parts = path.relative_to(CORE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _top_level_imports(path: Path) -> set[str]:
    """The kei_core modules a module imports when it is imported (not inside functions, not only
    for type checking)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        for child in [node] if not isinstance(node, ast.If | ast.Try) else ast.walk(node):
            if isinstance(child, ast.ImportFrom) and child.module and child.module.startswith("kei_core"):
                found.add(child.module)
            elif isinstance(child, ast.Import):
                found.update(alias.name for alias in child.names if alias.name.startswith("kei_core"))
    return found


def _graph() -> dict[str, set[str]]:
    modules = {_module_name(path): path for path in CORE.rglob("*.py")}
    graph = {}
    for name, path in modules.items():
        targets = set()
        for imported in _top_level_imports(path):
            # "from kei_core.plugins import registry" names a package; its __init__ runs too.
            targets.add(imported if imported in modules else imported.rsplit(".", 1)[0])
        graph[name] = {t for t in targets if t in modules and t != name}
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for target in sorted(graph[node]):
            if state.get(target) == 1:
                return [*stack[stack.index(target) :], target]
            if target not in state:
                found = visit(target)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def test_the_core_has_no_import_cycle() -> None:
    graph = _graph()
    # A package's __init__ re-exporting its submodules is not a cycle of meaning: leave out the
    # edges from a package's submodules back to the package itself.
    for name in graph:
        graph[name] = {t for t in graph[name] if not name.startswith(t + ".")}
    assert _cycle(graph) is None, " -> ".join(_cycle(graph) or [])


def test_the_central_signatures_carry_no_any() -> None:
    import inspect
    import re

    from kei_core import api, evaluation
    from kei_core.plugins import registry, rulebook

    for module in (api, evaluation, registry, rulebook):
        for name, item in vars(module).items():
            if name.startswith("_") or getattr(item, "__module__", None) != module.__name__:
                continue
            functions = [item] if inspect.isfunction(item) else []
            if inspect.isclass(item):
                functions = [
                    f for n, f in vars(item).items() if inspect.isfunction(f) and not n.startswith("_")
                ]
            for function in functions:
                # Annotations are text here (postponed evaluation): read them as written.
                written = {key: str(value) for key, value in function.__annotations__.items()}
                assert not any(re.search(r"\bAny\b", text) for text in written.values()), (
                    f"{module.__name__}.{name}.{function.__name__}: {written}"
                )
