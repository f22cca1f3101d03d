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
from policydata.ingest import Document, discover, load_document  # noqa: E402


@task(name="ingest", cache_policy=NO_CACHE, task_run_name="ingest-{folder.name}")
def ingest(folder: Path) -> Document:
    return load_document(folder)


@task(name="extract", cache_policy=NO_CACHE, task_run_name="extract-{doc.document_id}")
def extract(doc: Document) -> dict[str, list[dict]]:
    return pipeline.extract(doc)


@task(name="stage", cache_policy=NO_CACHE)
def stage(out: Path, documents: list[Document], tables: dict[str, list[dict]]) -> Path:
    return pipeline.stage(out, documents, tables)


@task(name="validate-and-swap", cache_policy=NO_CACHE)
def validate_and_swap(staging: Path, out: Path) -> None:
    pipeline.check_and_swap(staging, out)


def summary_markdown(out: Path, documents: list[Document], counts: dict[str, int]) -> str:
    rows = "\n".join(f"| {name} | {n} |" for name, n in counts.items())
    docs = ", ".join(d.document_id for d in documents)
    return f"# Published `{out}`\n\nDocuments: {docs}\n\n| resource | rows |\n|---|---|\n{rows}\n"


@flow(name="publish")
def publish(raw_dir: str = "raw", out_dir: str = "datapackage") -> dict[str, int]:
    """Publish every document under raw_dir into out_dir, all or nothing."""
    logger = get_run_logger()
    raw, out = Path(raw_dir), Path(out_dir)
    documents = [ingest(folder) for folder in discover(raw)]
    tables = pipeline.assemble([extract(doc) for doc in documents])
    counts = pipeline.counts(tables)
    staging = stage(out, documents, tables)
    validate_and_swap(staging, out)
    logger.info("published %s: %s", out, ", ".join(f"{k} {v}" for k, v in counts.items()))
    create_markdown_artifact(key="publish-summary", markdown=summary_markdown(out, documents, counts),
                             description="Rows per resource of the published package")
    return counts
