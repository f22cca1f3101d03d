"""The `publish` flow: raw/ in, a validated data package swapped into place out.

Each step is a plain function of policydata.pipeline; the flow only gives them Prefect's
run history, logs and an artifact with the counts per resource.
"""

from __future__ import annotations

from pathlib import Path

from policydata.prefect_env import configure

configure()

from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.artifacts import create_markdown_artifact  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402

from policydata import pipeline  # noqa: E402
from policydata.changes import render  # noqa: E402
from policydata.fingerprint import document_key  # noqa: E402
from policydata.ingest import Document, discover, load_document  # noqa: E402
from policydata.swap import publish_lock  # noqa: E402


@task(name="ingest", cache_policy=NO_CACHE, task_run_name="ingest-{folder.name}")
def ingest(folder: Path) -> Document:
    return load_document(folder)


def _extraction_key(context, parameters) -> str:
    return document_key(parameters["doc"])


# Cached by content: an unchanged document under unchanged rules is not extracted again.
@task(name="extract", cache_key_fn=_extraction_key, persist_result=True, result_serializer="pickle",
      task_run_name="extract-{doc.document_id}")
def extract(doc: Document) -> dict[str, list[dict]]:
    return pipeline.extract(doc)


@task(name="stage", cache_policy=NO_CACHE)
def stage(out: Path, documents: list[Document], tables: dict[str, list[dict]]) -> pipeline.Staged | None:
    return pipeline.stage(out, documents, tables)


@task(name="validate-and-swap", cache_policy=NO_CACHE)
def validate_and_swap(staged: pipeline.Staged | None, out: Path) -> None:
    pipeline.check_and_swap(staged, out)


def summary_markdown(out: Path, documents: list[Document], counts: dict[str, int], staged) -> str:
    rows = "\n".join(f"| {name} | {n} |" for name, n in counts.items())
    docs = ", ".join(d.document_id for d in documents)
    if staged is None:
        head = f"# `{out}`: no change\n\nThe inputs give the package already published; nothing was written."
    else:
        head = (f"# Published `{out}` version {staged.version}" + (f" (was {staged.previous})" if staged.previous else "")
                + "\n\n" + render(staged.diff, first=staged.previous is None))
    return f"{head}\n\nDocuments: {docs}\n\n| resource | rows |\n|---|---|\n{rows}\n"


@flow(name="publish")
def publish(raw_dir: str = "raw", out_dir: str = "datapackage") -> dict:
    """Publish every document under raw_dir into out_dir, all or nothing, versioned against what is there."""
    logger = get_run_logger()
    raw, out = Path(raw_dir), Path(out_dir)
    with publish_lock(out):
        documents = [ingest(folder) for folder in discover(raw)]
        tables = pipeline.assemble([extract(doc) for doc in documents])
        counts = pipeline.counts(tables)
        staged = stage(out, documents, tables)
        validate_and_swap(staged, out)
    if staged is None:
        logger.info("%s unchanged: the inputs give the package already published", out)
    else:
        logger.info("published %s version %s: %s", out, staged.version, ", ".join(f"{k} {v}" for k, v in counts.items()))
    create_markdown_artifact(key="publish-summary", markdown=summary_markdown(out, documents, counts, staged),
                             description="What this publication found and published")
    return {"version": staged.version if staged else None, "previous": staged.previous if staged else None,
            "changed": staged is not None, "counts": counts}
