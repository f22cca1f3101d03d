"""End to end: the real Prefect flow, the real frictionless validation, the real Parquet."""

from __future__ import annotations

import json
import shutil

import pytest

from helpers import snapshot
from conftest import SEED, SMALL_REPORT, source_yml, write_doc
from package_checks import check_package, read_csv
from policydata.publish import builder, memory
from policydata.extract.registry import extract
from policydata.errors import ValidationFailed

pytestmark = pytest.mark.e2e



@pytest.fixture
def publish_flow(prefect_harness):
    from flows.publish import publish

    return publish


def test_seed_publishes_valid_and_deterministic(publish_flow, tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(SEED, raw / SEED.name)
    out = tmp_path / "datapackage"
    result = publish_flow(raw_dir=str(raw), out_dir=str(out))
    counts = result["counts"]
    assert counts["programs"] == 29 and counts["terms"] == 26 and counts["documents"] == 1
    assert result["version"] == "1.0.0" and result["changed"]
    desc = check_package(out)
    assert desc["created"] == "2021-07-16T00:00:00Z"
    assert desc["sources"][0]["sha256"] == read_csv(out / "data" / "documents.csv")[0]["source_sha256"]
    first = snapshot(out)
    assert publish_flow(raw_dir=str(raw), out_dir=str(out))["changed"] is False
    assert snapshot(out) == first  # same inputs, byte-identical outputs
    again = tmp_path / "elsewhere"
    publish_flow(raw_dir=str(raw), out_dir=str(again))
    assert snapshot(again) == first  # and the same bytes wherever it is published
    assert not [p for p in tmp_path.glob(".datapackage.*") if not p.name.endswith(".lock")]  # no staging or backup left


def test_several_documents_in_one_package(publish_flow, tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(SEED, raw / SEED.name)
    write_doc(raw, "mou-qu-2021", SMALL_REPORT, source_yml())
    out = tmp_path / "out"
    publish_flow(raw_dir=str(raw), out_dir=str(out))
    check_package(out)
    docs = read_csv(out / "data" / "documents.csv")
    assert [d["document_id"] for d in docs] == ["mou-qu-2021", "tj-heping-2020"]
    programs = read_csv(out / "data" / "programs.csv")
    assert {p["document_id"] for p in programs} == {"mou-qu-2021", "tj-heping-2020"}
    terms = read_csv(out / "data" / "terms.csv")
    assert [t["term"] for t in terms if t["document_id"] == "mou-qu-2021"] == ["智慧园区", "放管服"]


def test_bad_input_in_flow_is_withheld_and_the_rest_publishes(publish_flow, tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(SEED, raw / SEED.name)
    out = tmp_path / "out"
    publish_flow(raw_dir=str(raw), out_dir=str(out))
    before = snapshot(out / "data")
    write_doc(raw, "broken-2021", b"", source_yml())
    result = publish_flow(raw_dir=str(raw), out_dir=str(out))
    assert result["withheld"] == [f"broken-2021: read: {raw / 'broken-2021' / 'report.txt'}: the file is empty"]
    assert snapshot(out / "data") == before  # the seed's rows as they were; nothing of the broken document
    card = (out / "README.md").read_text(encoding="utf-8")
    assert "| `broken-2021` | read |" in card and "not published" in card  # named on the data card


def test_invalid_staged_package_is_not_published(tmp_path):
    """The gate itself: a staged package that breaks its schema never replaces the published one."""
    raw = tmp_path / "raw"
    shutil.copytree(SEED, raw / SEED.name)
    out = tmp_path / "out"
    docs = memory.load_all(raw)
    tables = memory.assemble([extract(d) for d in docs])
    builder.check_and_swap(memory.stage(out, docs, tables), out)
    before = snapshot(out)
    tables["programs"][0]["level"] = 7  # outside the schema's enum
    staged = memory.stage(out, docs, tables)
    with pytest.raises(ValidationFailed, match=r"data/programs.csv row 2 field level: enum: '7' is not an allowed value"):
        builder.check_and_swap(staged, out)
    assert snapshot(out) == before and not staged.path.exists()


def test_a_parquet_copy_that_differs_from_its_csv_is_not_published(tmp_path):
    """The gate checks the rows of the CSV files and that each Parquet copy holds the same rows: a value
    outside the schema in the Parquet file alone (its hash declared) still stops the package."""
    import hashlib

    import pyarrow as pa
    import pyarrow.parquet as pq

    raw = tmp_path / "raw"
    shutil.copytree(SEED, raw / SEED.name)
    out = tmp_path / "out"
    docs = memory.load_all(raw)
    staged = memory.stage(out, docs, memory.assemble([extract(d) for d in docs]))
    path = staged.path / "data" / "programs.parquet"
    table = pq.read_table(path)
    level = table.column("level").to_pylist()
    level[0] = 7
    field = table.schema.get_field_index("level")
    pq.write_table(table.set_column(field, table.schema.field(field), pa.array(level, table.schema.field(field).type)),
                   path)
    desc = json.loads((staged.path / "datapackage.json").read_text(encoding="utf-8"))
    for res in desc["resources"]:
        if res["path"] == "data/programs.parquet":
            res["hash"] = "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()
    (staged.path / "datapackage.json").write_text(json.dumps(desc), encoding="utf-8")
    with pytest.raises(ValidationFailed, match=r"programs-parquet: column level differs from its CSV"):
        builder.check_and_swap(staged, out)
    assert not out.exists() and not staged.path.exists()


def test_flow_leaves_an_artifact_with_counts(publish_flow, tmp_path):
    from prefect import get_client

    raw = tmp_path / "raw"
    write_doc(raw, "mou-qu-2021", SMALL_REPORT, source_yml())
    publish_flow(raw_dir=str(raw), out_dir=str(tmp_path / "out"))

    async def latest():
        async with get_client() as client:
            from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey
            from prefect.client.schemas.sorting import ArtifactSort

            arts = await client.read_artifacts(artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["publish-summary"])),
                                               sort=ArtifactSort.CREATED_DESC, limit=1)
            return arts[0].data

    import asyncio

    data = asyncio.run(latest())
    assert "| programs |" in data and "mou-qu-2021" in data
    assert json.loads((tmp_path / "out" / "datapackage.json").read_text(encoding="utf-8"))["version"]
