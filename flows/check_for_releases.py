"""The `check_for_releases` flow and its scheduled deployment (`policydata serve`).

Looks at a release source (an inbox folder or an HTTP(S) feed), brings new and changed reports
into raw/ (downloads retried, checksums verified, all or nothing), then runs `publish`. Unchanged
sources change nothing. Each run leaves an artifact saying what it found and what it published.
"""

from __future__ import annotations

import asyncio
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


@task(name="list-releases", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=2)
def list_releases(source: str) -> list[incoming.Release]:
    return incoming.list_source(source)


@task(name="fetch-release", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=2,
      task_run_name="fetch-{release.document_id}")
def fetch_release(release: incoming.Release) -> bytes:
    return incoming.fetch(release)


@task(name="apply-releases", cache_policy=NO_CACHE)
def apply_releases(fetched: list, raw: Path) -> list[str]:
    return incoming.apply(fetched, raw)


def _summary(source: str, new, changed, unchanged, result) -> str:
    def names(rs):
        return ", ".join(f"`{r.document_id}`" for r in rs) or "none"

    lines = [f"# Release check of `{source}`", "", f"- new: {names(new)}", f"- changed: {names(changed)}",
             f"- unchanged: {names(unchanged)}", ""]
    if result is None:
        lines.append("Nothing new: nothing was downloaded or published.")
    elif result["changed"]:
        was = f" (was {result['previous']})" if result["previous"] else ""
        lines.append(f"Published version {result['version']}{was}.")
    else:
        lines.append("The package already held what the new files give: no new version.")
    return "\n".join(lines) + "\n"


@flow(name="check-for-releases")
def check_for_releases(source: str, raw_dir: str = "raw", out_dir: str = "datapackage") -> dict:
    """Bring new or changed reports from `source` into raw_dir, then publish out_dir if anything came."""
    logger = get_run_logger()
    raw = Path(raw_dir)
    found = list_releases(source)
    with publish_lock(raw):  # one run at a time writes raw/
        new, changed, unchanged = incoming.plan(found, raw)
        result = None
        if new or changed:
            fetched = [(r, fetch_release(r)) for r in new + changed]
            applied = apply_releases(fetched, raw)
            logger.info("brought %s into %s", ", ".join(applied), raw)
    if new or changed:
        result = publish(raw_dir=raw_dir, out_dir=out_dir)
    else:
        logger.info("no new or changed reports at %s", source)
    create_markdown_artifact(key="release-check", markdown=_summary(source, new, changed, unchanged, result),
                             description="What the release check found and published")
    return {"new": [r.document_id for r in new], "changed": [r.document_id for r in changed],
            "unchanged": [r.document_id for r in unchanged], "published": result}


def deployment(cron: str, source: str, raw_dir: str, out_dir: str):
    """The scheduled deployment of check_for_releases (absolute paths: the runner may start elsewhere)."""
    return check_for_releases.to_deployment(
        name=DEPLOYMENT_NAME, cron=cron,
        parameters={"source": source, "raw_dir": str(Path(raw_dir).resolve()), "out_dir": str(Path(out_dir).resolve())},
        description="Check for new releases of the reports and publish them.")


def serve(cron: str, source: str, raw_dir: str = "raw", out_dir: str = "datapackage", run_once: bool = False) -> None:
    """Register the deployment with its schedule on the Prefect server and run what it schedules."""
    from prefect.runner import Runner

    runner = Runner(name="policydata")
    runner.add_deployment(deployment(cron, source, raw_dir, out_dir))
    asyncio.run(runner.start(run_once=run_once))
