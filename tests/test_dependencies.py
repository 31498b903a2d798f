"""Every distribution pyproject.toml declares is used by the checker, and every library the checker
imports is declared: a dependency is declared where it is used, and only there.

A distribution is used when a module under checker/ imports it (`MODULES` names the module where
it is not the distribution's own name), or, for the few that work without an import of ours
(`WITHOUT_IMPORT`), when the code that relies on them is there: each with the reason and the
text that shows it.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "checker"

# distribution → the module it is imported as, where the names differ
MODULES = {
    "durable-rules": "durable_rules_engine",
    "pyyaml": "yaml",
    "python-docx": "docx",
    "opencc-python-reimplemented": "opencc",
    "argon2-cffi": "argon2",
    "pdfminer-six": "pdfminer",
}

# distribution → (why no module of ours imports it, a pattern the code that relies on it holds)
WITHOUT_IMPORT = {
    "tzdata": ("data only: zoneinfo's zone database where the system has none (the office's dates)",
               r"from zoneinfo import"),
    "python-multipart": ("Starlette parses the portal's uploaded forms with it", r"await request\.form\("),
    "itsdangerous": ("Starlette's SessionMiddleware signs the portal's session cookie with it", r"SessionMiddleware"),
}


def _name(requirement: str) -> str:
    """A requirement's distribution name, normalised (PEP 503): `psycopg[binary]>=3.1` → psycopg."""
    return re.sub(r"[-_.]+", "-", re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement).group(1)).lower()


def declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    return {_name(r) for r in project["dependencies"]}


def imported() -> set[str]:
    """Every top-level module a module under checker/ imports, wherever the import stands."""
    out: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
            if isinstance(node, ast.Import):
                out.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                out.add(node.module.split(".")[0])
    return out


def source() -> str:
    return "\n".join(p.read_text("utf-8") for p in sorted(PACKAGE.rglob("*.py")))


def test_every_declared_distribution_is_used():
    modules, text = imported(), source()
    unused = []
    for dist in sorted(declared()):
        if dist in WITHOUT_IMPORT:
            if not re.search(WITHOUT_IMPORT[dist][1], text):
                unused.append(f"{dist}: {WITHOUT_IMPORT[dist][0]}, but nothing under checker/ does that now")
        elif MODULES.get(dist, dist.replace("-", "_")) not in modules:
            unused.append(f"{dist}: no module under checker/ imports {MODULES.get(dist, dist.replace('-', '_'))}")
    assert not unused, "declared, not used (use it or remove it from pyproject.toml):\n" + "\n".join(unused)


def test_every_exception_is_declared_and_really_not_imported():
    modules = imported()
    for dist in WITHOUT_IMPORT:
        assert dist in declared(), f"{dist}: an exception for a distribution no longer declared"
        assert MODULES.get(dist, dist.replace("-", "_")) not in modules, f"{dist} is imported: no exception needed"
    for dist, module in MODULES.items():
        assert dist in declared(), f"{dist}: mapped to {module}, but not declared"


def test_every_library_imported_is_declared():
    """A module imported under checker/ that is neither the standard library's nor the checker's
    comes from a declared distribution (installed as it is declared: its metadata names it)."""
    from importlib.metadata import packages_distributions

    provided = packages_distributions()
    third_party = sorted(imported() - set(sys.stdlib_module_names) - {"checker", "__future__"})
    assert third_party
    undeclared = {m: provided.get(m) for m in third_party
                  if not {_name(d) for d in provided.get(m, ())} & declared()}
    assert not undeclared, f"imported, not declared in pyproject.toml: {undeclared}"


def test_the_mapping_names_real_modules():
    """The test above is only as good as its map: each module named is the distribution's own."""
    from importlib.metadata import packages_distributions

    provided = packages_distributions()
    for dist, module in MODULES.items():
        assert dist in {_name(d) for d in provided.get(module, ())}, (dist, module)
