"""Dependencies point one way: load → compile → evaluate → report → render; cli on top."""

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / "checker"
# each module may import only modules listed before it (and itself)
ORDER = ["model", "units", "indicators", "safeyaml", "schema", "expr", "schools", "consistency", "derive", "load", "criteria", "catalogue", "template", "compile", "reference",
         "engine", "format", "evaluate", "report", "api", "render", "cli"]


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("checker"):
            found.add(node.module.split(".")[1] if "." in node.module else "__init__")
        elif isinstance(node, ast.Import):
            found.update(a.name.split(".")[1] for a in node.names if a.name.startswith("checker."))
    return found


def test_modules_import_only_lower_layers():
    for path in sorted(PKG.glob("*.py")) + sorted((PKG / "render").glob("*.py")):
        name = "render" if path.parent.name == "render" else path.stem
        if name not in ORDER:
            continue
        allowed = set(ORDER[: ORDER.index(name) + 1]) | {"__init__"}
        assert imports(path) <= allowed, f"{path.name} imports {imports(path) - allowed}"


def test_renderers_are_pure_functions_of_the_record():
    for path in (PKG / "render").glob("*.py"):
        assert imports(path) <= {"render"}, path.name


def test_reference_evaluator_shares_nothing_with_the_compiler():
    assert imports(PKG / "reference.py") == {"expr"}
