"""The policydata command line: publish, validate, template, ids, docs. One framework (typer), one place."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from .errors import InputError, ValidationFailed

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn Chinese government work plans into validated open data packages.")

EXIT_INVALID = 1  # the package (or a table) did not validate
EXIT_INPUT = 2  # an input the user gave cannot be used
EXIT_BUSY = 3  # another publication into the same folder is running


def _fail(message: str, code: int) -> None:
    typer.echo(f"policydata: error: {message}", err=True)
    raise typer.Exit(code)


def _run_flow(flow, out: Path, **parameters):
    """Run a flow; a user's error becomes one line and its exit code, the published package untouched."""
    from .swap import Busy

    try:
        return flow(**parameters)
    except InputError as exc:
        _fail(str(exc), EXIT_INPUT)
    except Busy as exc:
        _fail(str(exc), EXIT_BUSY)
    except ValidationFailed as exc:
        typer.echo(exc.report_text, err=True)
        _fail(f"{out}: the new package did not validate; the published package was left as it was", EXIT_INVALID)


@app.command()
def publish(
    raw: Path = typer.Option(Path("raw"), help="Folder with one raw/<document_id>/ folder per report."),
    out: Path = typer.Option(Path("datapackage"), help="Where the data package is published."),
) -> None:
    """Publish every report under RAW as one validated data package at OUT (all or nothing)."""
    from . import pipeline
    from .swap import Busy, ensure_free

    try:
        documents = pipeline.load_all(raw)  # checked before Prefect starts: bad input fails fast
        ensure_free(out)
    except InputError as exc:
        _fail(str(exc), EXIT_INPUT)
    except Busy as exc:
        _fail(str(exc), EXIT_BUSY)
    typer.echo(f"policydata: {len(documents)} document(s) read from {raw}; publishing to {out}", err=True)
    from flows.publish import publish as publish_flow

    result = _run_flow(publish_flow, out, raw_dir=str(raw), out_dir=str(out))
    counts = ", ".join(f"{k}={v}" for k, v in result["counts"].items())
    if result["changed"]:
        was = f" (was {result['previous']})" if result["previous"] else ""
        typer.echo(f"published {out} version {result['version']}{was}: {counts}")
    else:
        typer.echo(f"no change: {out} already holds what {raw} gives ({counts})")


@app.command()
def check(
    source: str = typer.Option(..., help="Release source: an inbox folder laid out like raw/, or an HTTP(S) feed URL."),
    raw: Path = typer.Option(Path("raw"), help="Where reports are kept."),
    out: Path = typer.Option(Path("datapackage"), help="Where the data package is published."),
) -> None:
    """Check a release source once: bring new or changed reports into RAW and publish OUT."""
    from flows.check_for_releases import check_for_releases

    result = _run_flow(check_for_releases, out, source=source, raw_dir=str(raw), out_dir=str(out))
    published = result["published"]
    typer.echo(f"new: {', '.join(result['new']) or 'none'}; changed: {', '.join(result['changed']) or 'none'}; "
               + (f"published version {published['version']}" if published and published["changed"]
                  else "nothing published"))


@app.command()
def serve(
    cron: str = typer.Option("0 6 * * *", help="When to check, as a cron expression (default: every day at 06:00)."),
    source: str = typer.Option(..., help="Release source: an inbox folder or an HTTP(S) feed URL."),
    raw: Path = typer.Option(Path("raw"), help="Where reports are kept."),
    out: Path = typer.Option(Path("datapackage"), help="Where the data package is published."),
) -> None:
    """Serve the scheduled release check on a running Prefect server (see README: Scheduling)."""
    from prefect.settings import PREFECT_API_URL

    if not PREFECT_API_URL.value():
        _fail("schedules need a running Prefect server: start `prefect server start` in another terminal and "
              "`export PREFECT_API_URL=http://127.0.0.1:4200/api`, then run serve again", EXIT_INPUT)
    from flows.check_for_releases import serve as serve_flow

    serve_flow(cron, source, str(raw), str(out))


@app.command()
def diff(old: Path = typer.Argument(..., help="The older package folder."),
         new: Path = typer.Argument(..., help="The newer package folder."),
         as_json: bool = typer.Option(False, "--json", help="Print the diff as JSON.")) -> None:
    """What changed between two package folders: documents, and rows per resource by primary key."""
    import json as json_

    from .changes import diff_packages, render

    for p in (old, new):
        if not (p / "datapackage.json").exists():
            _fail(f"{p}: no datapackage.json in this folder", EXIT_INPUT)
    d = diff_packages(old, new)
    typer.echo(json_.dumps(d.to_json(), ensure_ascii=False, indent=2) if as_json else render(d).rstrip())


@app.command()
def validate(
    paths: list[Path] = typer.Argument(..., help="CSV, Parquet or XLSX files, a datapackage.json, or folders."),
    resource: str = typer.Option(None, help="Which resource the files are (default: from file name or columns)."),
    profile: str = typer.Option(None, help="exchange (an agency's own tables: own ids, offsets optional) or "
                                           "publication (every constraint). Default: publication for a data "
                                           "package, exchange for files."),
    texts: Path = typer.Option(None, help="Folder of <document_id>.txt to check offsets against (a text/ folder "
                                          "beside the tables is used anyway)."),
    schemas: str = typer.Option(None, help="Folder or URL of the schemas to check against (default: the published ones)."),
    lang: str = typer.Option(None, help="zh or en (default: from the locale)."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
    max_errors: int = typer.Option(20, help="Errors shown per kind and column; the rest are counted."),
) -> None:
    """Check tables against the policydata schemas. Exit 0 valid, 1 invalid, 2 unusable input."""
    from .schemas import RESOURCES
    from .validation import check_paths
    from .validation.profiles import PROFILES
    from .validation.report import default_lang, exit_code, render_json, render_text
    from .validation.sources import Unusable

    if resource is not None and resource not in RESOURCES:
        _fail(f"--resource must be one of {', '.join(RESOURCES)}", EXIT_INPUT)
    if profile is not None and profile not in PROFILES:
        _fail(f"--profile must be one of {', '.join(PROFILES)}", EXIT_INPUT)
    if texts is not None and not texts.is_dir():
        _fail(f"--texts {texts}: no such folder", EXIT_INPUT)
    lang = lang or default_lang()
    if lang not in ("zh", "en"):
        _fail("--lang must be zh or en", EXIT_INPUT)
    try:
        results = check_paths(paths, schemas_source=schemas, resource=resource, profile=profile, texts=texts)
    except Unusable as exc:
        from .validation.report import unusable_message

        _fail(unusable_message(exc, lang), EXIT_INPUT)
    typer.echo(render_json(results, lang, max_errors) if as_json else render_text(results, lang, max_errors))
    raise typer.Exit(exit_code(results))


@app.command()
def template(
    resources: list[str] = typer.Argument(..., help="Resources to write a template for (targets, projects, …)."),
    fmt: str = typer.Option("xlsx", "--format", help="xlsx (titles, drop-down lists, formats, a sheet explaining "
                                                     "each field) or csv (the header row)."),
    lang: str = typer.Option(None, help="zh or en: the language of titles and explanations (default: from the locale)."),
    out: Path = typer.Option(Path("."), help="Folder to write <resource>.<format> into."),
    profile: str = typer.Option("exchange", help="The profile the template explains (which fields are required)."),
    schemas: str = typer.Option(None, help="Folder or URL of the schemas (default: the published ones)."),
) -> None:
    """Write empty tables to fill in, with the columns of the standard in order."""
    from .schemas import RESOURCES
    from .templates import write_templates
    from .validation.profiles import PROFILES
    from .validation.report import default_lang, unusable_message
    from .validation.sources import Unusable

    unknown = [r for r in resources if r not in RESOURCES]
    if unknown:
        _fail(f"unknown resource {', '.join(unknown)}: choose from {', '.join(RESOURCES)}", EXIT_INPUT)
    if fmt not in ("xlsx", "csv"):
        _fail("--format must be xlsx or csv", EXIT_INPUT)
    if profile not in PROFILES:
        _fail(f"--profile must be one of {', '.join(PROFILES)}", EXIT_INPUT)
    lang = lang or default_lang()
    if lang not in ("zh", "en"):
        _fail("--lang must be zh or en", EXIT_INPUT)
    try:
        written = write_templates(list(dict.fromkeys(resources)), fmt, lang, out, profile, schemas)
    except Unusable as exc:
        _fail(unusable_message(exc, lang), EXIT_INPUT)
    for path in written:
        typer.echo(f"wrote {path}")


@app.command()
def ids(
    paths: list[Path] = typer.Argument(..., help="The tables (CSV, Parquet, XLSX, folders, a datapackage.json)."),
    out: Path = typer.Option(..., help="Folder to write the tables with minted ids into (one CSV per input file)."),
    texts: Path = typer.Option(None, help="Folder of <document_id>.txt (needed for source_issues ids)."),
    resource: str = typer.Option(None, help="Which resource the files are (default: from file name or columns)."),
    schemas: str = typer.Option(None, help="Folder or URL of the schemas (default: the published ones)."),
) -> None:
    """Mint publication ids (<document_id>-<letter>-<digest>) from each row's content; rewrite references."""
    from .mint import MintError, mint_paths
    from .validation.report import unusable_message
    from .validation.sources import Unusable

    if texts is not None and not texts.is_dir():
        _fail(f"--texts {texts}: no such folder", EXIT_INPUT)
    if out.resolve() in {p.resolve() for p in paths} or any(p.is_file() and p.parent.resolve() == out.resolve()
                                                            for p in paths):
        _fail(f"--out {out}: choose a folder other than the inputs' (they are not overwritten)", EXIT_INPUT)
    try:
        counts, written = mint_paths(paths, out, texts, schemas, resource)
    except MintError as exc:
        _fail(str(exc), EXIT_INPUT)
    except Unusable as exc:
        _fail(unusable_message(exc, "en"), EXIT_INPUT)
    for name, n in counts.items():
        typer.echo(f"{name}: {n} id{'s' if n != 1 else ''} minted")
    for path in written:
        typer.echo(f"wrote {path}")


@app.command()
def docs(check: bool = typer.Option(False, help="Exit 1 if the generated docs are out of date instead of writing.")) -> None:
    """Regenerate schemas/README.md, README.md's field tables and each schema's `$id` from schemas/."""
    from .docs import generated_files, replace_fields_section
    from .paths import PROJECT_DIR

    targets = generated_files()
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
