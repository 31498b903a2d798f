"""`python -m checker` and the `checker` script: typer parses every invocation (checker/cli.py)."""


def main() -> None:
    from checker.cli import app

    app()


if __name__ == "__main__":
    main()
