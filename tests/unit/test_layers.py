"""The layers keep to their floor (shared/ARCHITECTURE.md), checked by scanning the modules
with ast, so that a word in a docstring or a comment does not count."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "socialneet_desktop"
BELOW_THE_FACES = ("db", "domain", "services", "exports", "printing", "importers")
TERMINAL_CALLS = {"print", "input"}
SYS_TERMINAL = {("sys", name) for name in ("stdout", "stderr", "stdin", "argv", "exit")}


def python_modules(*packages: str) -> list[Path]:
    return sorted(path for name in packages for path in (PACKAGE / name).rglob("*.py"))


def terminal_uses(path: Path, root: Path = ROOT) -> list[str]:
    """ "file:line what" for every argparse import, print() or input() call and use of
    sys.stdout, sys.stderr, sys.stdin, sys.argv or sys.exit in the module."""
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if what := _terminal_use(node):
            found.append(f"{path.relative_to(root).as_posix()}:{node.lineno} {what}")
    return found


def _terminal_use(node: ast.AST) -> str:
    if isinstance(node, ast.Import):
        return "import argparse" if any(a.name == "argparse" for a in node.names) else ""
    if isinstance(node, ast.ImportFrom):
        return "from argparse import" if node.module == "argparse" else ""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        return f"{node.func.id}()" if node.func.id in TERMINAL_CALLS else ""
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        return f"sys.{node.attr}" if (node.value.id, node.attr) in SYS_TERMINAL else ""
    return ""


def test_no_argparse_print_or_terminal_below_the_faces():
    """Storage, services, exports, printing and importers serve the window and the command
    alike: arguments, the terminal and exit codes belong to the face, cli/."""
    found = [use for path in python_modules(*BELOW_THE_FACES) for use in terminal_uses(path)]
    assert not found, "move to socialneet_desktop/cli/: " + "; ".join(found)


def test_the_terminal_scan_finds_each_form_and_ignores_words(tmp_path):
    module = tmp_path / "sample.py"
    module.write_text(
        '"""print(x) and import argparse, in a docstring, do not count."""\n'
        "import sys, argparse\n"
        "from argparse import Namespace\n"
        "print('a')  # sys.stdout in a comment does not count\n"
        "answer = input('b')\n"
        "sys.stderr.write('c')\n"
        "sys.exit(1)\n",
        "utf-8",
    )
    assert sorted(terminal_uses(module, tmp_path)) == [
        "sample.py:2 import argparse",
        "sample.py:3 from argparse import",
        "sample.py:4 print()",
        "sample.py:5 input()",
        "sample.py:6 sys.stderr",
        "sample.py:7 sys.exit",
    ]


# --- imports point down only (shared/ARCHITECTURE.md) -----------------------------------------

# The floor of each part of the package: its first name under socialneet_desktop/.
FACES = {"ui", "cli", "app", "__main__", "self_test", "documents"}  # may import anything
BASE = {"", "i18n", "paths"}  # the package itself (APP_NAME, __version__), translation, folders
LOWER = {
    # exports/, printing/ and importers/ are layout and file formats only; they never import
    # each other and take their data from services.
    "exports": {"exports", "services", "db", "domain"} | BASE,
    "printing": {"printing", "services", "db", "domain"} | BASE,
    "importers": {"importers", "services", "db", "domain"} | BASE,
    "services": {"services", "db", "domain"} | BASE,
    "db": {"db", "domain"} | BASE,
    "domain": {"domain"},  # pure rules: nothing of ours outside domain/
    "i18n": {"domain", "paths"},
    "paths": {"domain", ""},
    "": set(),
}
# Arrows against the direction kept on purpose, with the reason. The test fails when one is
# no longer there, so the list only shrinks.
ACCEPTED_ARROWS = {
    ("db.backup", "services.erasure_register"): "a restore re-applies the erasure register to "
    "the staged file itself: every face's restore must, and a hook could be forgotten",
}
# Imports inside functions that still close a circle (module -> module it imports later),
# each to be broken by moving the shared piece into a module of its own; same rule as above.
ACCEPTED_CIRCLES = {
    ("db.backup", "services.erasure_register"): "see ACCEPTED_ARROWS",
    ("services.privacy", "services.erasure_register"): "erasure enters the register",
    ("services.erasure_register", "services.privacy"): "a copy is erased as the live file is",
    ("db.database", "db.opening"): "open_database is the opening sequence without checks",
}


def module_name(path: Path) -> str:
    """ "db.backup" for socialneet_desktop/db/backup.py, "" for the package's __init__.py."""
    parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(path: Path, *, typing_too: bool = True) -> list[tuple[int, str]]:
    """(line, "services.records") for every import of one of our modules: at the top, inside
    functions and (when `typing_too`) under `if TYPE_CHECKING:`; `from x import y` counts as
    x.y when y is a module, else as x."""
    tree = ast.parse(path.read_text("utf-8"), str(path))
    typing_only = set() if typing_too else _under_type_checking(tree)
    found = []
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(node, path)
            names = [f"{base}.{alias.name}" for alias in node.names]
            modules = [name for name in names if _is_module(_ours(name))]
            found += [(node.lineno, name) for name in modules or [base]]
    return [(line, _ours(name)) for line, name in found if _is_module(_ours(name))]


def _under_type_checking(tree: ast.AST) -> set[int]:
    blocks = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
    ]
    return {id(inner) for block in blocks for part in block.body for inner in ast.walk(part)}


def _absolute(node: ast.ImportFrom, path: Path) -> str:
    if not node.level:
        return node.module or ""
    here = module_name(path).split(".")
    if path.name != "__init__.py":
        here = here[:-1]
    here = here[: len(here) - (node.level - 1)]
    return ".".join([PACKAGE.name, *here, *([node.module] if node.module else [])])


def _ours(name: str) -> str | None:
    """ "db.backup" for "socialneet_desktop.db.backup", "" for the package, None for others."""
    if name == PACKAGE.name:
        return ""
    return name.removeprefix(PACKAGE.name + ".") if name.startswith(PACKAGE.name + ".") else None


def _is_module(name: str | None) -> bool:
    if name is None:
        return False
    parts = name.split(".") if name else []
    as_file = bool(parts) and PACKAGE.joinpath(*parts).with_suffix(".py").is_file()
    return as_file or PACKAGE.joinpath(*parts, "__init__.py").is_file()


def _floor(module: str) -> str:
    return module.split(".")[0]


def _all_modules() -> list[Path]:
    return sorted(path for path in PACKAGE.rglob("*.py") if "generated" not in path.parts)


def wrong_arrows(paths: list[Path]) -> list[tuple[str, str, str]]:
    """(file:line, from-module, to-module) for every import that points up or sideways."""
    wrong = []
    for path in paths:
        source = module_name(path)
        if _floor(source) in FACES:
            continue
        allowed = LOWER.get(_floor(source), set())
        for line, target in imported_modules(path):
            if _floor(target) not in allowed:
                wrong.append((f"{path.relative_to(ROOT)}:{line}", source, target))
    return wrong


def test_imports_point_down_only():
    """ui/ and cli/ on top, then exports/ printing/ importers/ (never each other), then
    services/, then db/ and domain/; imports inside functions count too."""
    arrows = wrong_arrows(_all_modules())
    unexpected = [arrow for arrow in arrows if arrow[1:] not in ACCEPTED_ARROWS]
    assert not unexpected, "imports against the layers:\n" + "\n".join(
        f"{where}: {source or PACKAGE.name} -> {target}" for where, source, target in unexpected
    )
    stale = set(ACCEPTED_ARROWS) - {arrow[1:] for arrow in arrows}
    assert not stale, f"fixed, take them out of ACCEPTED_ARROWS: {sorted(stale)}"


def test_every_part_of_the_package_has_a_floor():
    """A new top-level module or package is given its floor here before it is used."""
    floors = {_floor(module_name(path)) for path in _all_modules()}
    assert floors <= FACES | set(LOWER), sorted(floors - FACES - set(LOWER))


def import_graph(paths: list[Path]) -> dict[str, set[str]]:
    """module -> the modules it imports when it runs (TYPE_CHECKING imports left out; a
    package's __init__ is not counted as imported by its own modules)."""
    graph = {}
    for path in paths:
        source = module_name(path)
        targets = {target for _line, target in imported_modules(path, typing_too=False)}
        graph[source] = {t for t in targets if t and t != source and not source.startswith(t)}
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that reach each other through imports (strongly connected)."""
    reach = {module: _reachable(graph, module) for module in graph}
    groups = {
        frozenset([module, *(o for o in reach[module] if module in reach.get(o, ()))])
        for module in graph
        if module in reach[module]
    }
    return sorted(sorted(group) for group in groups)


def _reachable(graph: dict[str, set[str]], start: str) -> set[str]:
    seen, frontier = set(), [start]
    while frontier:
        module = frontier.pop()
        for target in graph.get(module, ()):
            if target not in seen:
                seen.add(target)
                frontier.append(target)
    return seen


def test_no_import_circles():
    """No module reaches itself through imports. An import inside a function only hides a
    circle; the shared piece belongs in a module of its own."""
    graph = import_graph(_all_modules())
    present = {edge for edge in ACCEPTED_CIRCLES if edge[1] in graph.get(edge[0], ())}
    for source, target in present:
        graph[source].discard(target)
    found = circles(graph)
    assert not found, "import circles:\n" + "\n".join(" <-> ".join(group) for group in found)
    stale = set(ACCEPTED_CIRCLES) - present
    assert not stale, f"gone, take them out of ACCEPTED_CIRCLES: {sorted(stale)}"


def test_the_import_scan_sees_every_form(tmp_path, monkeypatch):
    """The scan itself: top-level, function-level, TYPE_CHECKING and relative imports are
    found, an arrow up is told with its file and line, and a hidden circle is found."""
    package = tmp_path / "socialneet_desktop"
    for folder in ("db", "exports"):
        (package / folder).mkdir(parents=True)
        (package / folder / "__init__.py").write_text("", "utf-8")
    (package / "__init__.py").write_text("", "utf-8")
    (package / "exports" / "sheet.py").write_text(
        "def later():\n    from socialneet_desktop.db import store\n", "utf-8"
    )
    (package / "db" / "store.py").write_text(
        '"""import socialneet_desktop.exports in a docstring does not count."""\n'
        "from typing import TYPE_CHECKING\n"
        "from socialneet_desktop.exports import sheet\n"
        "if TYPE_CHECKING:\n"
        "    import socialneet_desktop.exports.sheet\n"
        "def later():\n"
        "    from ..exports.sheet import name\n",
        "utf-8",
    )
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", package)
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    arrows = wrong_arrows([package / "db" / "store.py"])
    assert [(where, target) for where, _source, target in arrows] == [
        ("socialneet_desktop/db/store.py:3", "exports.sheet"),
        ("socialneet_desktop/db/store.py:5", "exports.sheet"),
        ("socialneet_desktop/db/store.py:7", "exports.sheet"),
    ]
    graph = import_graph([package / "db" / "store.py", package / "exports" / "sheet.py"])
    assert circles(graph) == [["db.store", "exports.sheet"]]


# --- no SQL above services/ ----------------------------------------------------------------

NO_SQL = ("ui", "exports", "printing", "importers")
# A private temporary SQLite file of the keys read from the file being imported, not ours.
OWN_SQLITE = {PACKAGE / "importers" / "file_keys.py"}
SQL_CALLS = {"execute", "scalars", "scalar", "query", "get"}  # on a session or connection
QUERY_BUILDERS = {"sqlalchemy", "sqlalchemy.sql", "sqlalchemy.future"}  # select, func, text…


def sql_uses(path: Path) -> list[str]:
    """ "file:line what" for every query built (select, func…) or run on a session
    (session.execute/scalars/scalar/query/get) in the module."""
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        what = ""
        if isinstance(node, ast.ImportFrom) and node.module in QUERY_BUILDERS:
            what = f"from {node.module} import " + ", ".join(a.name for a in node.names)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = ast.unparse(node.func.value)
            if node.func.attr in SQL_CALLS and owner.split(".")[-1] in {"session", "connection"}:
                what = f"{owner}.{node.func.attr}()"
        if what:
            found.append(f"{path.relative_to(ROOT)}:{node.lineno} {what}")
    return found


def test_no_sql_above_the_services():
    """The screen, the layouts and the file readers ask services for what they show or store
    (one place per query, testable without Qt or a file); a Session passed on to a service,
    and the exceptions it raises, are fine."""
    modules = [
        path
        for path in _all_modules()
        if _floor(module_name(path)) in NO_SQL and path not in OWN_SQLITE
    ]
    found = [use for path in modules for use in sql_uses(path)]
    assert not found, "move to a module of services/: " + "; ".join(found)


def test_the_sql_scan_sees_queries(tmp_path, monkeypatch):
    """The scan itself: a query builder imported and queries run are found, the Session type
    and dict.get are not."""
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    module = tmp_path / "editor.py"
    module.write_text(
        "from sqlalchemy import func, select\n"
        "from sqlalchemy.orm import Session\n"
        "from sqlalchemy.exc import DBAPIError\n"
        "def load(session, self):\n"
        "    session.execute(select(func.count()))\n"
        "    self.session.get(Model, 1)\n"
        "    values.get('key')\n",
        "utf-8",
    )
    uses = [use.split(" ", 1)[1] for use in sql_uses(module)]
    assert uses == [
        "from sqlalchemy import func, select",
        "session.execute()",
        "self.session.get()",
    ]


# --- the record-kind registry is read before SQLAlchemy loads ------------------------------

REGISTRY = [
    PACKAGE / "services" / name
    for name in ("record_kinds.py", "kind_facets.py", "kind_rules.py", "kind_labels.py")
] + sorted((PACKAGE / "services" / "kinds").glob("*.py"))


def database_imports(path: Path, root: Path = ROOT) -> list[str]:
    """ "file:line module" for every import of SQLAlchemy or of our db/ in the module, at the
    top or inside functions (a model is named by the kinds, "module:Class", and resolved
    when a query needs it); imports for type checking only do not count."""
    found = []
    tree = ast.parse(path.read_text("utf-8"), str(path))
    typing_only = _under_type_checking(tree)
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import) and id(node) not in typing_only:
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and id(node) not in typing_only:
            names = [_absolute(node, path)]
        for name in names:
            if name.split(".")[0] == "sqlalchemy" or _floor(_ours(name) or "") == "db":
                found.append(f"{path.relative_to(root).as_posix()}:{node.lineno} {name}")
    return found


def test_the_record_kinds_import_no_sqlalchemy_and_no_db():
    """The window's navigation, filters and titles come from the registry before SQLAlchemy
    is imported; the kinds name their models and indexes instead of importing them."""
    found = [use for path in REGISTRY for use in database_imports(path)]
    assert not found, "name it ('module:Name') instead of importing it: " + "; ".join(found)


def test_the_database_import_scan_sees_each_form(tmp_path):
    module = tmp_path / "kind.py"
    module.write_text(
        "from typing import TYPE_CHECKING\n"
        "import sqlalchemy.orm\n"
        "if TYPE_CHECKING:\n"
        "    from socialneet_desktop.db.models import Staff\n"
        "def model():\n"
        "    from socialneet_desktop.db import models\n",
        "utf-8",
    )
    assert database_imports(module, tmp_path) == [
        "kind.py:2 sqlalchemy.orm",
        "kind.py:6 socialneet_desktop.db",
    ]
