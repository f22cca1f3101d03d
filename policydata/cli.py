"""The policydata command line: publish, check, serve, diff, validate, template, ids, docs, sqlite, browse.
One framework (typer), one place."""

from __future__ import annotations

import errno
import sys
from pathlib import Path

import typer

from .errors import InputError, ValidationFailed

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn Chinese government work plans into validated open data packages.")

EXIT_INVALID = 1  # the package (or a table) did not validate; with --strict: documents were withheld
EXIT_INPUT = 2  # an input the user gave cannot be used (nothing was published)
EXIT_BUSY = 3  # another publication into the same folder is running
EXIT_WITHHELD = 4  # published, but some documents were withheld (named on stderr; previous rows kept)
EXIT_UNTRUSTED = 5  # OUT is not a package to build on (a stranger's folder, a broken descriptor, edited files)
EXIT_NO_SPACE = 6  # the disk filled up while publishing: nothing published, the staging folder removed


def _fail(message: str, code: int) -> None:
    typer.echo(f"policydata: error: {message}", err=True)
    raise typer.Exit(code)


def _run_flow(flow, out: Path, **parameters):
    """Run a flow; a user's error becomes one line per problem and its exit code, the published package untouched."""
    from .pipeline import NothingToPublish, StrictFailure
    from .swap import Busy
    from .trust import Untrusted

    try:
        return flow(**parameters)
    except InputError as exc:
        _fail(str(exc), EXIT_INPUT)
    except Busy as exc:
        _fail(str(exc), EXIT_BUSY)
    except Untrusted as exc:
        _fail(str(exc), EXIT_UNTRUSTED)
    except OSError as exc:
        if exc.errno != errno.ENOSPC and "No space left on device" not in str(exc):  # Arrow's errors: no errno
            raise
        from .swap import clear_leftovers

        clear_leftovers(out, parameters.get("cache_dir"))
        _fail(f"{out}: no space left on device{f' writing {exc.filename}' if exc.filename else ''}; nothing was "
              f"published, the package was left as it was and the staging folder removed", EXIT_NO_SPACE)
    except ValidationFailed as exc:
        typer.echo(exc.report_text, err=True)
        _fail(f"{out}: the new package did not validate; the published package was left as it was", EXIT_INVALID)
    except StrictFailure as exc:
        for w in exc.withheld:
            typer.echo(f"policydata: withheld: {w.line()}", err=True)
        _fail(f"--strict: {len(exc.withheld)} document(s) withheld, so nothing was published; {out} was left as it "
              f"was", EXIT_INVALID)
    except NothingToPublish as exc:  # every document withheld, none with rows to keep: one line each
        for w in exc.withheld:
            typer.echo(f"policydata: error: {w.line()}", err=True)
        raise typer.Exit(EXIT_INPUT)


def _report_withheld(result: dict) -> int:
    """One line per withheld document on stderr; the exit code that says whether any were."""
    kept = set(result.get("kept", []))
    for line in result.get("withheld", []):
        doc = line.split(":", 1)[0]
        typer.echo(f"policydata: withheld: {line}" + (" (its previous rows are kept)" if doc in kept else ""), err=True)
    return EXIT_WITHHELD if result.get("withheld") else 0


def _first_readable(folders: list[Path]) -> None:
    """Fail fast, before Prefect starts, when not one document can be read: one line each, exit 2.

    Reads documents only until the first that can be read, so a good corpus costs one read here.
    """
    from .ingest import load_document

    bad = []
    for folder in folders:
        try:
            load_document(folder)
            return
        except InputError as exc:
            bad.append(f"{folder.name}: read: {exc}")
    for line in bad:
        typer.echo(f"policydata: error: {line}", err=True)
    raise typer.Exit(EXIT_INPUT)


@app.command()
def publish(
    raw: Path = typer.Option(Path("raw"), help="Folder with one raw/<document_id>/ folder per report."),
    out: Path = typer.Option(Path("datapackage"), help="Where the data package is published."),
    strict: bool = typer.Option(False, "--strict", help="All or nothing: if any document is withheld, publish nothing "
                                                        "(exit 1)."),
    workers: int = typer.Option(None, min=1, help="Processes that extract documents (default: the machine's cores; "
                                                  "1: extract in this process)."),
    dask_address: str = typer.Option(None, help="Extract on an existing Dask cluster, e.g. tcp://HOST:8786 "
                                                "(needs PREFECT_API_URL: see README, Scaling out)."),
    cache: bool = typer.Option(True, help="Reuse the extraction of documents unchanged since the last run."),
) -> None:
    """Publish every report under RAW as one validated data package at OUT.

    A document that cannot be read, extracted or checked is withheld (one line on stderr, exit 4) and keeps
    the rows it had; the others publish. Exit codes: 0 published (or no change), 1 the package did not
    validate or --strict found withheld documents, 2 nothing usable, 3 OUT is busy, 4 published with
    documents withheld, 5 OUT is not a package to build on (a stranger's folder, a broken descriptor,
    files that differ from their hashes), 6 no space left on the device.
    """
    from .ingest import discover
    from .pipeline import default_cache_dir
    from .swap import Busy, ensure_free
    from .trust import Untrusted

    try:
        folders = discover(raw)  # a missing or empty raw folder fails fast, before Prefect starts
        ensure_free(out)
    except InputError as exc:
        _fail(str(exc), EXIT_INPUT)
    except Busy as exc:
        _fail(str(exc), EXIT_BUSY)
    except Untrusted as exc:
        _fail(str(exc), EXIT_UNTRUSTED)
    _first_readable(folders)
    if dask_address:
        from prefect.settings import PREFECT_API_URL

        if not PREFECT_API_URL.value():
            _fail("--dask-address: the cluster's workers report to Prefect, so they need a Prefect server they can "
                  "reach: start `prefect server start --host 0.0.0.0` and export PREFECT_API_URL on this machine and "
                  "on the workers (README: Scaling out)", EXIT_INPUT)
    if sys.stderr.isatty():
        typer.echo(f"policydata: {len(folders)} document(s) in {raw}; publishing to {out}", err=True)
    from flows.publish import run

    from . import progress

    progress.install()
    result = _run_flow(run, out, raw_dir=str(raw), out_dir=str(out), strict=strict, workers=workers,
                       dask_address=dask_address, cache_dir=str(default_cache_dir(out)) if cache else None)
    code = _report_withheld(result)
    counts = ", ".join(f"{k}={v}" for k, v in result["counts"].items())
    if result["changed"]:
        was = f" (was {result['previous']})" if result["previous"] else ""
        typer.echo(f"published {out} version {result['version']}{was}: {counts}")
    else:
        typer.echo(f"no change: {out} already holds what {raw} gives ({counts})")
    raise typer.Exit(code)


@app.command()
def check(
    source: str = typer.Option(..., help="Release source: an inbox folder laid out like raw/, or an HTTP(S) feed URL."),
    raw: Path = typer.Option(Path("raw"), help="Where reports are kept."),
    out: Path = typer.Option(Path("datapackage"), help="Where the data package is published."),
) -> None:
    """Check a release source once: bring new or changed reports into RAW and publish OUT.

    A bad entry is rejected with one line and the good ones still come in. Exit codes: 0 done, 2 the source
    itself is unusable, 3 busy, 4 entries rejected or documents withheld (one line each on stderr), 5 and 6
    as for publish.
    """
    from flows.check_for_releases import check_for_releases

    result = _run_flow(check_for_releases, out, source=source, raw_dir=str(raw), out_dir=str(out))
    for line in result["rejected"]:
        typer.echo(f"policydata: rejected: {line}", err=True)
    published = result["published"]
    code = _report_withheld(published) if published else 0
    waiting = result.get("pending") or []
    typer.echo(f"new: {', '.join(result['new']) or 'none'}; changed: {', '.join(result['changed']) or 'none'}; "
               + (f"in raw/ but not yet published: {', '.join(waiting)}; " if waiting else "")
               + (f"published version {published['version']}" if published and published["changed"]
                  else "nothing published"))
    raise typer.Exit(EXIT_WITHHELD if result["rejected"] else code)


@app.command()
def serve(
    cron: str = typer.Option("0 6 * * *", help="When to check, as a cron expression (default: every day at 06:00)."),
    source: str = typer.Option(..., help="Release source: an inbox folder or an HTTP(S) feed URL."),
    raw: Path = typer.Option(Path("raw"), help="Where reports are kept."),
    out: Path = typer.Option(Path("datapackage"), help="Where the data package is published."),
) -> None:
    """Serve the scheduled release check on a running Prefect server (see README: Scheduling).

    Stops on SIGTERM (a service manager's stop) as on Ctrl-C, with one line and exit 0.
    """
    from prefect.settings import PREFECT_API_URL

    if not PREFECT_API_URL.value():
        _fail("schedules need a running Prefect server: start `prefect server start` in another terminal and "
              "`export PREFECT_API_URL=http://127.0.0.1:4200/api`, then run serve again", EXIT_INPUT)
    from flows.check_for_releases import serve as serve_flow

    try:
        why = serve_flow(cron, source, str(raw), str(out))
    except KeyboardInterrupt:
        why = "SIGINT"
    typer.echo(f"policydata: serve stopped ({why}); schedules are paused until it runs again", err=True)


@app.command()
def diff(old: Path = typer.Argument(..., help="The older package folder."),
         new: Path = typer.Argument(..., help="The newer package folder."),
         as_json: bool = typer.Option(False, "--json", help="Print every row and field, old and new, as JSON.")) -> None:
    """What changed between two package folders, per document: fields old → new; --json: every row and field."""
    import json as json_

    from .changes import diff_packages, dump_json, render

    versions = []
    for p in (old, new):
        if not (p / "datapackage.json").exists():
            _fail(f"{p}: no datapackage.json in this folder", EXIT_INPUT)
        try:
            versions.append(json_.loads((p / "datapackage.json").read_text(encoding="utf-8")).get("version", "?"))
        except ValueError as e:
            _fail(f"{p / 'datapackage.json'}: not a JSON descriptor ({e})", EXIT_INPUT)
    d = diff_packages(old, new)
    heading = f"{old} ({versions[0]}) → {new} ({versions[1]})"
    typer.echo(dump_json(d.to_json()) if as_json else render(d, heading=heading).rstrip())


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


@app.command()
def sqlite(package: Path = typer.Argument(..., help="The folder of a published data package."),
           out: Path = typer.Argument(..., help="The SQLite database to write (replaced whole).")) -> None:
    """Write every resource of PACKAGE as a table of the SQLite database OUT, with keys and full-text search."""
    import time

    from .database import build

    started = time.perf_counter()
    try:
        counts = build(package, out)
    except InputError as exc:
        _fail(str(exc), EXIT_INPUT)
    rows = ", ".join(f"{k}={v}" for k, v in counts.items())
    typer.echo(f"wrote {out} ({out.stat().st_size:,} bytes, {time.perf_counter() - started:.1f} s): {rows}")


@app.command()
def browse(package: Path = typer.Option(Path("datapackage"), help="The folder of a published data package."),
           db: Path = typer.Option(Path("datapackage.db"), help="Its SQLite database; built or rebuilt when missing or stale."),
           host: str = typer.Option("127.0.0.1", help="Address to listen on (local only by default)."),
           port: int = typer.Option(8001, help="Port to listen on.")) -> None:
    """Browse and query the package in a web browser: Datasette over its SQLite database (Ctrl-C stops)."""
    from . import database
    from .browse import serve

    try:
        if not database.is_current(package, db):
            counts = database.build(package, db)
            typer.echo(f"built {db}: " + ", ".join(f"{k}={v}" for k, v in counts.items()), err=True)
    except InputError as exc:
        _fail(str(exc), EXIT_INPUT)
    typer.echo(f"browse {package} at http://{host}:{port}/ (Ctrl-C stops)", err=True)
    serve(db, package, host=host, port=port)


def main() -> None:  # pragma: no cover - console entry point
    from .prefect_env import configure, quiet_console

    configure()
    quiet_console()  # before Prefect is imported: the CLI prints its own lines, Prefect logs to its API
    app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
