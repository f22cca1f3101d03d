"""The policydata command line: publish, docs. One framework (typer), one place."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from .errors import InputError, ValidationFailed

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn Chinese government work plans into validated open data packages.")

EXIT_INVALID = 1  # the package (or a table) did not validate
EXIT_INPUT = 2  # an input the user gave cannot be used


def _fail(message: str, code: int) -> None:
    typer.echo(f"policydata: error: {message}", err=True)
    raise typer.Exit(code)


@app.command()
def publish(
    raw: Path = typer.Option(Path("raw"), help="Folder with one raw/<document_id>/ folder per report."),
    out: Path = typer.Option(Path("datapackage"), help="Where the data package is published."),
) -> None:
    """Publish every report under RAW as one validated data package at OUT (all or nothing)."""
    from . import pipeline

    try:
        documents = pipeline.load_all(raw)  # checked before Prefect starts: bad input fails fast
    except InputError as exc:
        _fail(str(exc), EXIT_INPUT)
    typer.echo(f"policydata: {len(documents)} document(s) read from {raw}; publishing to {out}", err=True)
    from flows.publish import publish as publish_flow

    try:
        counts = publish_flow(raw_dir=str(raw), out_dir=str(out))
    except InputError as exc:
        _fail(str(exc), EXIT_INPUT)
    except ValidationFailed as exc:
        typer.echo(exc.report_text, err=True)
        _fail(f"{out}: the new package did not validate; the published package was left as it was", EXIT_INVALID)
    typer.echo("published " + ", ".join(f"{k}={v}" for k, v in counts.items()))


@app.command()
def docs(check: bool = typer.Option(False, help="Exit 1 if the generated docs are out of date instead of writing.")) -> None:
    """Regenerate schemas/README.md and README.md's field tables from schemas/."""
    from .docs import replace_fields_section, schemas_readme
    from .paths import PROJECT_DIR, SCHEMA_DIR

    targets = {SCHEMA_DIR / "README.md": schemas_readme()}
    readme = PROJECT_DIR / "README.md"
    targets[readme] = replace_fields_section(readme.read_text(encoding="utf-8"))
    stale = [p for p, text in targets.items() if not p.exists() or p.read_text(encoding="utf-8") != text]
    if check:
        if stale:
            _fail("out of date (run `make docs`): " + ", ".join(str(p) for p in stale), EXIT_INVALID)
        return
    for p in stale:
        p.write_text(targets[p], encoding="utf-8")
        typer.echo(f"wrote {p}")


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
