"""The policydata command line: publish, check, serve, diff, validate, template, ids, docs, sqlite, browse.
One framework (typer), one place."""

from __future__ import annotations

import enum
import errno
import sys
from pathlib import Path

import typer

from .errors import ClusterLost, InputError, ValidationFailed
from .schemas import RESOURCES
from .validation.profiles import PROFILES

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="Turn Chinese government work plans into validated open data packages.")

# Choices the framework checks (and lists in --help): resources, profiles, languages, template formats.
Resource = enum.Enum("Resource", {r: r for r in RESOURCES}, type=str)
Profile = enum.Enum("Profile", {p: p for p in PROFILES}, type=str)
Lang = enum.Enum("Lang", {"zh": "zh", "en": "en"}, type=str)
Format = enum.Enum("Format", {"xlsx": "xlsx", "csv": "csv"}, type=str)

# One option for the folder of a data package in every command (publish and check also take --out).
PACKAGE_HELP = "The folder of the data package."


def _value(choice: enum.Enum | None) -> str | None:
    return None if choice is None else choice.value


EXIT_INVALID = 1  # the package (or a table) did not validate; with --strict: documents were withheld
EXIT_INPUT = 2  # an input the user gave cannot be used (nothing was published)
EXIT_BUSY = 3  # another publication into the same folder is running
EXIT_WITHHELD = 4  # published, but some documents were withheld (named on stderr; previous rows kept)
EXIT_UNTRUSTED = 5  # PACKAGE is not a package to build on (a stranger's folder, a broken descriptor, edited files)
EXIT_NO_SPACE = 6  # the disk filled up while publishing: nothing published, the staging folder removed
EXIT_CLUSTER = 7  # the Dask cluster had no live worker for POLICYDATA_NO_WORKERS_SECONDS: nothing published


STANDALONE = False  # set by main(): the console command, whose work runs supervised (policydata.interrupt)


def _supervise(line: str, *folders: Path, forward: float = 0.0) -> None:
    """From here on the command's work runs in a child process group that Ctrl-C, SIGTERM or kill -9
    never leaves behind; after an interruption the folders' publish locks are taken once, which removes
    staging folders and puts back a package that a swap cut short had moved aside."""
    if not STANDALONE:
        return  # called in-process (tests, CliRunner): no fork
    from .interrupt import supervise
    from .swap import Busy, publish_lock

    def cleanup() -> None:
        for folder in folders:
            try:
                with publish_lock(folder, package=False):  # recovery only: no verification to wait for
                    pass
            except Busy:
                pass

    supervise(line, cleanup, forward)


def _print_version(value: bool) -> None:
    if value:
        from . import __version__

        typer.echo(f"policydata {__version__}")
        raise typer.Exit()


@app.callback()
def _options(version: bool = typer.Option(False, "--version", callback=_print_version, is_eager=True,
                                          help="Print the version and exit.")) -> None:
    """Turn Chinese government work plans into validated open data packages."""


def _fail(message: str, code: int) -> None:
    typer.echo(f"policydata: error: {message}", err=True)
    raise typer.Exit(code)


def _run_flow(flow, out: Path, **parameters):
    """Run a flow; a user's error becomes one line per problem and its exit code, the published package untouched."""
    from .publish.builder import NothingToPublish, StrictFailure
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
    except ClusterLost as exc:
        _fail(f"{out}: {exc}", EXIT_CLUSTER)
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
    raw: Path = typer.Option(Path("raw"), metavar="DIR", help="Folder with one raw/<document_id>/ folder per report."),
    out: Path = typer.Option(Path("datapackage"), "--package", "--out", metavar="DIR",
                             help="Where the data package is published."),
    strict: bool = typer.Option(False, "--strict", help="All or nothing: if any document is withheld, publish nothing "
                                                        "(exit 1)."),
    workers: int = typer.Option(None, min=1, metavar="N", help="Processes that extract documents (default: the machine's cores; "
                                                  "1: extract in this process)."),
    dask_address: str = typer.Option(None, metavar="ADDRESS", help="Extract on an existing Dask cluster, e.g. tcp://HOST:8786 "
                                                "(needs PREFECT_API_URL: see docs/operations.md, Scaling out)."),
    cache: bool = typer.Option(True, help="Reuse the extraction of documents unchanged since the last run."),
) -> None:
    """Publish every report under RAW as one validated data package at PACKAGE.

    A document that cannot be read, extracted or checked is withheld (one line on stderr, exit 4) and keeps
    the rows it had; the others publish. Exit codes: 0 published (or no change), 1 the package did not
    validate or --strict found withheld documents, 2 nothing usable, 3 PACKAGE is busy, 4 published with
    documents withheld, 5 PACKAGE is not a package to build on (a stranger's folder, a broken descriptor,
    files that differ from their hashes), 6 no space left on the device.
    """
    from .ingest import discover
    from .publish.work import default_cache_dir
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
                  "on the workers (docs/operations.md: Scaling out)", EXIT_INPUT)
    if sys.stderr.isatty():
        typer.echo(f"policydata: {len(folders)} document(s) in {raw}; publishing to {out}", err=True)
    _supervise(f"publish stopped ({{signal}}): {out} was left as it was", out)
    from .prefect_env import api_ready, start_server_early
    from .publish.work import extract_ahead

    cache_dir = default_cache_dir(out) if cache else None
    # while Prefect is imported and its server starts, documents the cache lacks are extracted into it
    stop_ahead = extract_ahead(folders, cache_dir) if STANDALONE and not dask_address else lambda: None
    start_server_early()  # its start overlaps with importing Prefect and reading raw/
    from flows.publish import run

    from . import progress

    api_ready()
    stop_ahead()

    progress.install()
    result = _run_flow(run, out, raw_dir=str(raw), out_dir=str(out), strict=strict, workers=workers,
                       dask_address=dask_address, cache_dir=cache_dir and str(cache_dir))
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
    source: str = typer.Option(..., metavar="DIR_OR_URL",
                               help="Release source: an inbox folder laid out like raw/, or an HTTP(S) feed URL."),
    raw: Path = typer.Option(Path("raw"), metavar="DIR", help="Where reports are kept."),
    out: Path = typer.Option(Path("datapackage"), "--package", "--out", metavar="DIR",
                             help="Where the data package is published."),
) -> None:
    """Check a release source once: bring new or changed reports into RAW and publish PACKAGE.

    A bad entry is rejected with one line and the good ones still come in. Exit codes: 0 done, 2 the source
    itself is unusable, 3 busy, 4 entries rejected or documents withheld (one line each on stderr), 5 and 6
    as for publish.
    """
    _supervise(f"check stopped ({{signal}}): {raw} and {out} were left as they were", raw, out)
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
    cron: str = typer.Option("0 6 * * *", metavar="CRON",
                             help="When to check, as a cron expression (default: every day at 06:00)."),
    source: str = typer.Option(..., metavar="DIR_OR_URL", help="Release source: an inbox folder or an HTTP(S) feed URL."),
    raw: Path = typer.Option(Path("raw"), metavar="DIR", help="Where reports are kept."),
    out: Path = typer.Option(Path("datapackage"), "--package", "--out", metavar="DIR",
                             help="Where the data package is published."),
) -> None:
    """Serve the scheduled release check on a running Prefect server (see docs/operations.md: Releases and scheduling).

    Stops on SIGTERM (a service manager's stop) as on Ctrl-C, with one line and exit 0.
    """
    from prefect.settings import PREFECT_API_URL

    if not PREFECT_API_URL.value():
        _fail("schedules need a running Prefect server: start `prefect server start` in another terminal and "
              "`export PREFECT_API_URL=http://127.0.0.1:4200/api`, then run serve again", EXIT_INPUT)
    _supervise("serve stopped ({signal}) before it could pause its schedules", forward=15.0)
    from flows.check_for_releases import serve as serve_flow

    try:
        why = serve_flow(cron, source, str(raw), str(out))
    except KeyboardInterrupt:
        why = "SIGINT"
    typer.echo(f"policydata: serve stopped ({why}); schedules are paused until it runs again", err=True)


@app.command()
def diff(old: Path = typer.Argument(..., metavar="OLD", help="The older package folder."),
         new: Path = typer.Argument(..., metavar="NEW", help="The newer package folder."),
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
    paths: list[Path] = typer.Argument(..., metavar="PATH...",
                                       help="CSV, Parquet or XLSX files, a datapackage.json, or folders."),
    resource: Resource = typer.Option(None, help="Which resource the files are (default: from file name or columns)."),
    profile: Profile = typer.Option(None, help="exchange (an agency's own tables: own ids, offsets optional) or "
                                               "publication (every constraint). Default: publication for a data "
                                               "package, exchange for files."),
    texts: Path = typer.Option(None, metavar="DIR", help="Folder of <document_id>.txt to check offsets against (a "
                                                         "text/ folder beside the tables is used anyway)."),
    schemas: str = typer.Option(None, metavar="DIR_OR_URL",
                                help="Folder or URL of the schemas to check against (default: the published ones)."),
    lang: Lang = typer.Option(None, help="The language of the report (default: from the locale)."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
    max_errors: int = typer.Option(20, metavar="N", help="Errors shown per kind and column; the rest are counted."),
) -> None:
    """Check tables against the policydata schemas. Exit 0 valid, 1 invalid, 2 unusable input."""
    from .validation import check_paths
    from .validation.report import default_lang, exit_code, render_json, render_text
    from .validation.sources import Unusable

    if texts is not None and not texts.is_dir():
        _fail(f"--texts {texts}: no such folder", EXIT_INPUT)
    lang = _value(lang) or default_lang()
    try:
        results = check_paths(paths, schemas_source=schemas, resource=_value(resource), profile=_value(profile),
                              texts=texts)
    except Unusable as exc:
        from .validation.report import unusable_message

        _fail(unusable_message(exc, lang), EXIT_INPUT)
    typer.echo(render_json(results, lang, max_errors) if as_json else render_text(results, lang, max_errors))
    raise typer.Exit(exit_code(results))


@app.command()
def template(
    resources: list[Resource] = typer.Argument(..., metavar="RESOURCE...", help="Resources to write a template for: "
                                               + ", ".join(RESOURCES) + "."),
    fmt: Format = typer.Option("xlsx", "--format", help="xlsx (titles, drop-down lists, formats, a sheet explaining "
                                                        "each field) or csv (the header row)."),
    lang: Lang = typer.Option(None, help="The language of titles and explanations (default: from the locale)."),
    out: Path = typer.Option(Path("."), metavar="DIR", help="Folder to write <resource>.<format> into."),
    profile: Profile = typer.Option("exchange", help="The profile the template explains (which fields are required)."),
    schemas: str = typer.Option(None, metavar="DIR_OR_URL", help="Folder or URL of the schemas (default: the published "
                                                                 "ones)."),
) -> None:
    """Write empty tables to fill in, with the columns of the standard in order."""
    from .agency.templates import write_templates
    from .validation.report import default_lang, unusable_message
    from .validation.sources import Unusable

    lang = _value(lang) or default_lang()
    try:
        written = write_templates(list(dict.fromkeys(r.value for r in resources)), fmt.value, lang, out,
                                  profile.value, schemas)
    except Unusable as exc:
        _fail(unusable_message(exc, lang), EXIT_INPUT)
    for path in written:
        typer.echo(f"wrote {path}")


@app.command()
def ids(
    paths: list[Path] = typer.Argument(..., metavar="PATH...",
                                       help="The tables (CSV, Parquet, XLSX, folders, a datapackage.json)."),
    out: Path = typer.Option(..., metavar="DIR",
                             help="Folder to write the tables with minted ids into (one CSV per input file)."),
    texts: Path = typer.Option(None, metavar="DIR", help="Folder of <document_id>.txt (needed for source_issues ids)."),
    resource: Resource = typer.Option(None, help="Which resource the files are (default: from file name or columns)."),
    schemas: str = typer.Option(None, metavar="DIR_OR_URL", help="Folder or URL of the schemas (default: the published "
                                                                 "ones)."),
) -> None:
    """Mint publication ids (<document_id>-<letter>-<digest>) from each row's content; rewrite references."""
    from .agency.mint import MintError, mint_paths
    from .validation.report import unusable_message
    from .validation.sources import Unusable

    if texts is not None and not texts.is_dir():
        _fail(f"--texts {texts}: no such folder", EXIT_INPUT)
    if out.resolve() in {p.resolve() for p in paths} or any(p.is_file() and p.parent.resolve() == out.resolve()
                                                            for p in paths):
        _fail(f"--out {out}: choose a folder other than the inputs' (they are not overwritten)", EXIT_INPUT)
    try:
        counts, written = mint_paths(paths, out, texts, schemas, _value(resource))
    except MintError as exc:
        _fail(str(exc), EXIT_INPUT)
    except Unusable as exc:
        _fail(unusable_message(exc, "en"), EXIT_INPUT)
    for name, n in counts.items():
        typer.echo(f"{name}: {n} id{'s' if n != 1 else ''} minted")
    for path in written:
        typer.echo(f"wrote {path}")


@app.command()
def docs(check: bool = typer.Option(False, "--check", help="Exit 1 if the generated docs are out of date instead of "
                                                             "writing.")) -> None:
    """Regenerate the docs derived from the schemas and the CLI: field tables, schemas' README, `$id`s, docs/cli.md."""
    from .docs import generated_files, replace_fields_section
    from .paths import PROJECT_DIR, in_checkout

    if not in_checkout():
        _fail("docs regenerates a checkout's files (docs/, the schemas' README): run it in a clone of the "
              "repository", EXIT_INPUT)
    targets = generated_files()
    targets[PROJECT_DIR / "docs" / "cli.md"] = cli_reference()
    readme = PROJECT_DIR / "docs" / "dataset.md"  # the field tables
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
def sqlite(package: Path = typer.Option(Path("datapackage"), "--package", metavar="DIR", help=PACKAGE_HELP),
           out: Path = typer.Option(Path("datapackage.db"), "--db", metavar="FILE",
                                    help="The SQLite database to write (replaced whole)."),
           as_json: bool = typer.Option(False, "--json", help="Print the rows per table as JSON."),
           legacy: list[Path] = typer.Argument(None, hidden=True, metavar="PACKAGE DB")) -> None:
    """Write every resource of PACKAGE as a table of the SQLite database DB, with keys and full-text search."""
    import json as json_
    import time

    from .browse.database import build

    if legacy:  # the earlier form, `policydata sqlite PACKAGE DB`, still works
        if len(legacy) != 2:
            _fail("give --package DIR --db FILE (or the two as PACKAGE DB)", EXIT_INPUT)
        package, out = legacy
    started = time.perf_counter()
    try:
        counts = build(package, out)
    except InputError as exc:
        _fail(str(exc), EXIT_INPUT)
    if as_json:
        typer.echo(json_.dumps({"db": str(out), "bytes": out.stat().st_size, "rows": counts}, ensure_ascii=False))
        return
    rows = ", ".join(f"{k}={v}" for k, v in counts.items())
    typer.echo(f"wrote {out} ({out.stat().st_size:,} bytes, {time.perf_counter() - started:.1f} s): {rows}")


@app.command()
def browse(package: Path = typer.Option(Path("datapackage"), "--package", metavar="DIR", help=PACKAGE_HELP),
           db: Path = typer.Option(Path("datapackage.db"), metavar="FILE",
                                   help="Its SQLite database; built or rebuilt when missing or stale."),
           host: str = typer.Option("127.0.0.1", metavar="HOST", help="Address to listen on (local only by default)."),
           port: int = typer.Option(8001, metavar="PORT", help="Port to listen on.")) -> None:
    """Browse and query the package in a web browser: Datasette over its SQLite database (Ctrl-C stops)."""
    from .browse import database
    from .browse.datasette import serve

    try:
        if not database.is_current(package, db):
            counts = database.build(package, db)
            typer.echo(f"built {db}: " + ", ".join(f"{k}={v}" for k, v in counts.items()), err=True)
    except InputError as exc:
        _fail(str(exc), EXIT_INPUT)
    typer.echo(f"browse {package} at http://{host}:{port}/ (Ctrl-C stops)", err=True)
    serve(db, package, host=host, port=port)


def command():
    """The click command behind the CLI, with arguments shown as their metavar alone in help and usage.

    Typer labels every argument with its Python type (`PATH... <list[Path]>`) and braces it in the usage line
    (`{PATH...}...`); the metavar and the help text say it better. Assigned per parameter: a Typer without
    these hooks shows its own labels again, nothing breaks.
    """
    from typer.core import TyperArgument

    cmd = typer.main.get_command(app)
    for sub in getattr(cmd, "commands", {}).values():
        for param in sub.params:
            if isinstance(param, TyperArgument):
                name = param.metavar or param.name.upper()
                param.display_type = lambda ctx: ""
                param._usage_display_name = lambda name=name, required=param.required: name if required else f"[{name}]"
    return cmd


HELP_WIDTH = 100  # docs/cli.md is rendered at this width, whatever the terminal


def cli_reference() -> str:
    """docs/cli.md: every command's --help, as the terminal shows it (`policydata docs` writes it)."""
    cmd = command()
    ctx = cmd.context_class(cmd, info_name="policydata", terminal_width=HELP_WIDTH, max_content_width=HELP_WIDTH)
    parts = ["# Command line reference", "",
             "Generated from `policydata --help` and each command's `--help` by `policydata docs` (a test fails when "
             "it drifts).", "", "```", cmd.get_help(ctx), "```"]
    for name, sub in cmd.commands.items():
        sub_ctx = sub.context_class(sub, info_name=name, parent=ctx, terminal_width=HELP_WIDTH,
                                    max_content_width=HELP_WIDTH)
        parts += ["", f"## policydata {name}", "", "```", sub.get_help(sub_ctx), "```"]
    return "\n".join(parts) + "\n"


def main() -> None:  # pragma: no cover - console entry point
    from .prefect_env import configure, quiet_console

    global STANDALONE
    configure()
    quiet_console()  # before Prefect is imported: the CLI prints its own lines, Prefect logs to its API
    STANDALONE = True
    command()(prog_name="policydata")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
