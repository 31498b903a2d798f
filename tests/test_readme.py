"""The README's two set-up lines are true: CI runs the test line verbatim."""

from conftest import ROOT


def setup_lines() -> list[str]:
    lines = (ROOT / "README.md").read_text("utf-8").splitlines()
    return [line.strip() for line in lines if line.startswith("    ") and ".venv/bin/" in line
            and ("python3 -m venv" in line or "setup-tests" in line)]


def test_readme_has_exactly_two_setup_lines_and_ci_runs_the_test_line():
    run_line, test_line = setup_lines()
    assert "checker check submissions/" in run_line
    assert "pytest" in test_line
    assert test_line in (ROOT / ".ci" / "run").read_text("utf-8").splitlines()
