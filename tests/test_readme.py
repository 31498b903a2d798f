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


def test_the_first_lines_exit_code_and_last_line_are_as_the_readme_says():
    """The README quotes the first line's last line on stderr (`退出码 1:约束性准则的结果 不达标 N,…`): it is
    the one `checker check submissions/` prints (it said 不达标 3 for a while after the figure became 2)."""
    import re
    import subprocess
    import sys

    quoted = re.search(r"`(退出码 1:约束性准则的结果 [^`…]*)…`", (ROOT / "README.md").read_text("utf-8"))
    run = subprocess.run([sys.executable, "-m", "checker", "check", "submissions/"], cwd=ROOT, capture_output=True,
                         text=True)
    assert quoted and run.returncode == 1
    assert run.stderr.strip().splitlines()[-1].startswith("checker: " + quoted[1]), run.stderr[-300:]
