"""The `check_for_releases` flow and its scheduled deployment (`policydata serve`).

Looks at a release source (an inbox folder or an HTTP(S) feed), brings new and changed reports
into raw/ (downloads retried on network faults, checksums verified, each report read before it
replaces anything; a bad entry is rejected and the good ones come in), then runs `publish`. Unchanged
sources change nothing. Each run leaves an artifact saying what it found and what it published.
"""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

from policydata.prefect_env import configure

configure()

from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.artifacts import create_markdown_artifact  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402

from flows.publish import publish  # noqa: E402
from policydata import incoming  # noqa: E402
from policydata.swap import publish_lock  # noqa: E402

DEPLOYMENT_NAME = "policydata-releases"
STOP_SECONDS = 5  # how long a stopping runner may talk to its server before the process just ends


@task(name="list-releases", cache_policy=NO_CACHE)
def list_releases(source: str) -> tuple[list[incoming.Release], list[incoming.Rejected]]:
    return incoming.list_source(source)


# No task retries: download() already retries network faults, and a bad entry (an input error) is final.
@task(name="fetch-release", cache_policy=NO_CACHE, task_run_name="fetch-{release.document_id}")
def fetch_release(release: incoming.Release) -> bytes:
    return incoming.fetch(release)


@task(name="apply-releases", cache_policy=NO_CACHE)
def apply_releases(fetched: list, raw: Path) -> tuple[list[str], list[incoming.Rejected]]:
    return incoming.apply(fetched, raw)


def _summary(source: str, new, changed, unchanged, rejected, result, pending=()) -> str:
    def names(rs):
        return ", ".join(f"`{r.document_id}`" for r in rs) or "none"

    lines = [f"# Release check of `{source}`", "", f"- new: {names(new)}", f"- changed: {names(changed)}",
             f"- unchanged: {names(unchanged)}", f"- rejected: {len(rejected) or 'none'}", ""]
    lines += [f"  - `{r.entry}`: {r.reason}" for r in rejected]
    if pending:
        lines += [f"- taken in by an earlier run, published now: {', '.join(f'`{d}`' for d in pending)}", ""]
    if result is None:
        lines.append("Nothing new came in: nothing was published.")
    elif result["changed"]:
        was = f" (was {result['previous']})" if result["previous"] else ""
        lines.append(f"Published version {result['version']}{was}.")
    else:
        lines.append("The package already held what the new files give: no new version.")
    return "\n".join(lines) + "\n"


@flow(name="check-for-releases")
def check_for_releases(source: str, raw_dir: str = "raw", out_dir: str = "datapackage") -> dict:
    """Bring new or changed reports from `source` into raw_dir, then publish out_dir if anything came.

    A bad entry (no id, a bad checksum, a file that cannot be read) is rejected with one line; the good
    entries still come in.
    """
    logger = get_run_logger()
    raw = Path(raw_dir)
    found, rejected = list_releases(source)
    applied: list[str] = []
    with publish_lock(raw, package=False):  # one run at a time writes raw/
        incoming.clear_leftovers(raw)
        new, changed, unchanged = incoming.plan(found, raw)
        fetched = []
        for r in new + changed:
            state = fetch_release(r, return_state=True)
            if state.is_completed():
                fetched.append((r, state.result()))
            else:
                exc = state.result(raise_on_failure=False)
                rejected.append(incoming.Rejected(r.document_id, str(exc)))
        if fetched:
            applied, bad = apply_releases(fetched, raw)
            rejected += bad
            logger.info("brought %s into %s", ", ".join(applied) or "nothing", raw)
    for r in rejected:
        logger.warning("rejected %s", r.line())
    # reports already in raw/ that an earlier run took in but did not publish (it was stopped, or failed)
    waiting = [d for d in incoming.pending(raw, Path(out_dir)) if d not in applied]
    if waiting:
        logger.info("publishing reports taken in by an earlier run but never published: %s", ", ".join(waiting))
    result = publish(raw_dir=raw_dir, out_dir=out_dir) if applied or waiting else None
    if not applied:
        logger.info("no new or changed reports came in from %s", source)
    ok = {r.document_id for r in new + changed if r.document_id in applied}
    create_markdown_artifact(key="release-check",
                             markdown=_summary(source, [r for r in new if r.document_id in ok],
                                               [r for r in changed if r.document_id in ok], unchanged, rejected,
                                               result, waiting),
                             description="What the release check found, rejected and published")
    return {"new": [r.document_id for r in new if r.document_id in ok],
            "changed": [r.document_id for r in changed if r.document_id in ok],
            "unchanged": [r.document_id for r in unchanged], "rejected": [r.line() for r in rejected],
            "pending": waiting, "published": result}


def deployment(cron: str, source: str, raw_dir: str, out_dir: str):
    """The scheduled deployment of check_for_releases (absolute paths: the runner may start elsewhere)."""
    return check_for_releases.to_deployment(
        name=DEPLOYMENT_NAME, cron=cron,
        parameters={"source": source, "raw_dir": str(Path(raw_dir).resolve()), "out_dir": str(Path(out_dir).resolve())},
        description="Check for new releases of the reports and publish them.")


def serve(cron: str, source: str, raw_dir: str = "raw", out_dir: str = "datapackage", run_once: bool = False) -> str:
    """Register the deployment with its schedule on the Prefect server and run what it schedules.

    Stops cleanly on SIGTERM (what a service manager sends) as on Ctrl-C; returns the signal's name.
    """
    from prefect.runner import Runner

    runner = Runner(name="policydata")
    runner.add_deployment(deployment(cron, source, raw_dir, out_dir))

    async def main() -> str:
        loop = asyncio.get_running_loop()
        stop = asyncio.Event()
        got: list[str] = []
        started = asyncio.create_task(runner.start(run_once=run_once))
        await asyncio.sleep(0)  # let start() install its own SIGTERM handler first, then replace it
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, lambda s=sig: (got.append(s.name), stop.set()))
        waiter = asyncio.create_task(stop.wait())
        await asyncio.wait({started, waiter}, return_when=asyncio.FIRST_COMPLETED)
        if not started.done():
            try:  # pause the schedules and stop polling, but never wait long on a server that has gone
                await asyncio.wait_for(runner.astop(), timeout=STOP_SECONDS)
                await asyncio.wait_for(started, timeout=STOP_SECONDS)
            except (asyncio.TimeoutError, asyncio.CancelledError, RuntimeError):
                started.cancel()
        waiter.cancel()
        return got[0] if got else "done"

    return asyncio.run(main())
