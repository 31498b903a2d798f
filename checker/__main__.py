"""`python -m checker` and the `checker` script: a plain `checker check …` (the hot path) is parsed
without importing typer (checker/fastpath.py); anything else goes to the typer app (checker/cli.py)."""

import sys


def main() -> None:
    from checker.fastpath import run

    code = run(sys.argv[1:])
    if code is None:
        from checker.cli import app

        app()
    else:
        sys.exit(code)


if __name__ == "__main__":
    main()
