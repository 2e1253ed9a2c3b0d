"""The layering of DESIGN.md, checked on the source: ui -> services -> vault -> domain.

An AST scan (imports anywhere in a module, including inside functions), so a lazy import cannot
sneak past. Whatever exists of coachdesk/ is scanned; missing packages are simply empty.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE_DIR = Path(__file__).resolve().parents[2] / "coachdesk"
MAX_LINES = 600
QT_MODULES = ("PySide6", "shiboken6")
SQL_MODULES = ("sqlite3", "sqlcipher3")


@dataclass(frozen=True)
class Module:
    name: str  # dotted, e.g. coachdesk.vault.vault
    path: Path
    tree: ast.Module
    lines: int

    @property
    def is_package(self) -> bool:
        return self.path.name == "__init__.py"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def load_modules() -> list[Module]:
    modules = []
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        text = path.read_text("utf-8")
        modules.append(
            Module(module_name(path), path, ast.parse(text, str(path)), len(text.splitlines()))
        )
    return modules


def imported_names(module: Module) -> set[str]:
    """Every module name imported anywhere in *module*, relative imports made absolute.

    ``from a.b import c`` yields both ``a.b`` and ``a.b.c`` (c may be a submodule)."""
    package = module.name if module.is_package else module.name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(module.tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".")
                base_parts = base_parts[: len(base_parts) - (node.level - 1)]
                base = ".".join(base_parts + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names if alias.name != "*")
    return found


def imports_any(names: set[str], prefixes: tuple[str, ...]) -> list[str]:
    return sorted(n for n in names if any(n == p or n.startswith(p + ".") for p in prefixes))


def in_layer(module: Module, layer: str) -> bool:
    return module.name == layer or module.name.startswith(layer + ".")


MODULES = load_modules()


def modules_in(layer: str) -> list[Module]:
    return [m for m in MODULES if in_layer(m, layer)]


def ids(modules: list[Module]) -> list[str]:
    return [m.name for m in modules]


def test_scan_finds_the_code() -> None:
    names = ids(MODULES)
    assert "coachdesk.vault.vault" in names
    assert "coachdesk.domain.validation" in names
    assert len(MODULES) > 20


def test_import_extraction_works() -> None:
    """The detector itself: lazy, relative and aliased imports are all seen."""
    source = (
        "import os\n"
        "from . import keys\n"
        "from ..services import backup as b\n"
        "def later():\n"
        "    from PySide6.QtCore import QObject\n"
        "    import coachdesk.ui.main_window\n"
    )
    fake = Module("coachdesk.vault.fake", PACKAGE_DIR / "vault" / "fake.py", ast.parse(source), 6)
    names = imported_names(fake)
    assert "coachdesk.vault.keys" in names
    assert "coachdesk.services.backup" in names
    assert imports_any(names, QT_MODULES) == ["PySide6.QtCore", "PySide6.QtCore.QObject"]
    assert imports_any(names, ("coachdesk.ui",)) == ["coachdesk.ui.main_window"]


@pytest.mark.parametrize(
    "module", [m for m in MODULES if not in_layer(m, "coachdesk.ui")], ids=lambda m: m.name
)
def test_no_qt_outside_ui(module: Module) -> None:
    assert imports_any(imported_names(module), QT_MODULES) == []


@pytest.mark.parametrize("module", modules_in("coachdesk.domain"), ids=lambda m: m.name)
def test_domain_imports_only_domain(module: Module) -> None:
    names = imported_names(module)
    project = imports_any(names, ("coachdesk",))
    assert [n for n in project if not n.startswith("coachdesk.domain")] == []
    assert imports_any(names, SQL_MODULES + QT_MODULES) == []  # no Qt, no SQL


@pytest.mark.parametrize("module", modules_in("coachdesk.vault"), ids=lambda m: m.name)
def test_vault_does_not_reach_up(module: Module) -> None:
    forbidden = ("coachdesk.services", "coachdesk.ui", "coachdesk.cli")
    assert imports_any(imported_names(module), forbidden) == []


@pytest.mark.parametrize("module", modules_in("coachdesk.services"), ids=lambda m: m.name)
def test_services_do_not_reach_up(module: Module) -> None:
    forbidden = ("coachdesk.ui", "coachdesk.cli")
    assert imports_any(imported_names(module), forbidden) == []


@pytest.mark.parametrize("module", modules_in("coachdesk.ui"), ids=lambda m: m.name)
def test_ui_goes_through_services(module: Module) -> None:
    forbidden = ("coachdesk.vault", "coachdesk.cli", *SQL_MODULES)
    assert imports_any(imported_names(module), forbidden) == []


def test_only_the_connection_module_talks_to_sqlite() -> None:
    """One connection factory: nothing else imports the SQLite drivers' connect, and the
    plaintext stdlib driver is not used at all."""
    allowed_driver_users = {"coachdesk.vault.connection", "coachdesk.vault.migrations"}
    offenders = []
    for module in MODULES:
        names = imported_names(module)
        if imports_any(names, ("sqlite3",)):
            offenders.append(f"{module.name} imports the stdlib sqlite3")
        if imports_any(names, ("sqlcipher3",)) and module.name not in allowed_driver_users:
            offenders.append(f"{module.name} imports sqlcipher3")
        if module.name != "coachdesk.vault.connection" and any(
            n.endswith(".connect") for n in imports_any(names, SQL_MODULES)
        ):
            offenders.append(f"{module.name} imports a driver's connect()")
    for module in MODULES:
        if module.name == "coachdesk.vault.connection":
            continue
        aliases = driver_aliases(module.tree)
        for node in ast.walk(module.tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "connect"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id in aliases
            ):
                offenders.append(f"{module.name}:{node.lineno} calls {node.func.value.id}.connect")
    assert offenders == []


def driver_aliases(tree: ast.Module) -> set[str]:
    aliases: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in SQL_MODULES:
                    aliases.add(alias.asname or alias.name.split(".")[0])
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in SQL_MODULES:
            aliases.update(alias.asname or alias.name for alias in node.names)
    return aliases


def test_no_module_over_600_lines() -> None:
    too_long = {m.name: m.lines for m in MODULES if m.lines > MAX_LINES}
    assert too_long == {}
