"""Dependencies point one way, between sub-packages and inside each: cache → i18n → model → intake
→ rules → evaluate → report → store → batch → api → command → web → cli."""

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / "checker"
# each layer may import only the layers listed before it (and itself)
LAYERS = ["cache", "i18n", "model", "intake", "rules", "evaluate", "report", "store", "batch", "api", "command", "web",
          "cli", "__main__"]
# inside a sub-package, each module may import only the modules listed before it (and itself)
MODULES = {
    "intake": ["safeyaml", "schema", "units", "indicators", "schools", "facts", "extract", "tables", "documents",
               "forms", "files", "roster", "narrative"],
    "rules": ["expr", "criteria", "checks", "validate", "parse", "files", "extends", "library", "planform", "plan", "planreport", "compile",
              "catalogue", "template"],
    "evaluate": ["engine", "messages", "consistency", "derive", "schoolchecks", "reference", "history", "cases",
                 "findings", "coverage", "examples"],
    "report": ["jsontext", "bundle", "record", "roster", "split", "waivers", "render"],
    "store": ["schema", "migrations", "walk", "reader", "rounds", "run", "diff"],
    "batch": ["chunk", "pool", "peers"],
    "web": ["portal", "security", "permissions", "work", "draft_store", "demo", "pages", "office", "county", "drafts", "app", "serve"],
}


def imports(path: Path) -> set[tuple[str, ...]]:
    """The checker modules a file imports, as name tuples without the leading 'checker'."""
    tree = ast.parse(path.read_text("utf-8"))
    found: set[tuple[str, ...]] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "checker":
            mod = tuple(node.module.split(".")[1:])
            if len(mod) == 1 and mod[0] in MODULES:  # from checker.rules import expr
                found.update(mod + (a.name,) for a in node.names)
            else:
                found.add(mod or ("__init__",))
        elif isinstance(node, ast.Import):
            found.update(tuple(a.name.split(".")[1:]) for a in node.names if a.name.startswith("checker."))
    return found


def where(path: Path) -> tuple[str, ...]:
    parts = path.relative_to(PKG).with_suffix("").parts
    return parts if parts[0] in MODULES else (parts[0],)


def allowed(mine: tuple[str, ...], other: tuple[str, ...]) -> bool:
    if other == ("__init__",):
        return True
    if other[0] not in LAYERS or LAYERS.index(other[0]) < LAYERS.index(mine[0]):
        return other[0] in LAYERS
    if other[0] != mine[0]:
        return False
    if len(mine) < 2 or len(other) < 2:
        return True
    order = MODULES[mine[0]]
    return other[1] in order and order.index(other[1]) <= order.index(mine[1])


def test_sub_packages_and_modules_import_only_lower_layers():
    files = [p for p in PKG.rglob("*.py") if p.name != "__init__.py" or p.parent != PKG]
    assert files
    for path in files:
        mine = where(path)
        if mine[0] not in LAYERS:
            raise AssertionError(f"{path.relative_to(PKG)} is in no layer: add it to LAYERS or MODULES")
        if len(mine) > 1 and mine[1] not in MODULES[mine[0]] and mine[1] != "__init__":
            raise AssertionError(f"{path.relative_to(PKG)} is not ordered in MODULES[{mine[0]!r}]")
        bad = sorted(".".join(o) for o in imports(path) if not allowed(mine, o))
        assert not bad, f"{path.relative_to(PKG)} imports upward: {bad}"


def test_renderers_are_pure_functions_of_the_record():
    """Renderers read the record and static catalogues (texts, indicator names), nothing else."""
    allowed = {("report", "render", "common"), ("report", "render", "overview"), ("report", "render", "table"),
               ("report", "render", "fixlist"), ("report", "render", "xlsxbook"),
               ("i18n",), ("intake", "indicators")}
    for path in (PKG / "report" / "render").glob("*.py"):
        assert {m for m in imports(path)} <= allowed, path.name


def test_reference_evaluator_shares_nothing_with_the_compiler():
    assert imports(PKG / "evaluate" / "reference.py") == {("rules", "expr")}
