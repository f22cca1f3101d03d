"""Release sources: feeds and inboxes into raw/, checked, all or nothing; the scheduled deployment."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest
import yaml

from helpers import snapshot
from conftest import SEED
from servers import serve_folder
from policydata import incoming
from policydata.errors import InputError

SECOND = """各位代表：
现在，我代表区人民政府向大会报告工作，请予审议。
一、2021年工作安排
今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇调查失业率控制在5%以内。
（一）推动产业升级
壮大数字经济。培育高新技术企业50家以上，建成5G基站800个。
完善城市功能。加快建设滨江科技产业园，新增就业2万人。
（二）改善民生福祉
办好人民满意的教育。新建幼儿园3所，推进实验中学南校区改扩建。
"""
META = {"title": "某区2021年政府工作报告", "issuer": "某区人民政府", "region_code": "110105", "region_name": "某区",
        "plan_year": 2021, "published": "2021-02-01", "publisher": "区政府办公室", "url": "",
        "license": "Official document of a state organ", "language": "zh-Hans"}


def write_feed(site: Path, reports: dict[str, str], sha_override: dict | None = None) -> None:
    entries = []
    for doc_id, text in reports.items():
        data = text.encode("utf-8")
        (site / "files").mkdir(parents=True, exist_ok=True)
        (site / "files" / f"{doc_id}.txt").write_bytes(data)
        sha = (sha_override or {}).get(doc_id) or hashlib.sha256(data).hexdigest()
        entries.append({"document_id": doc_id, "url": f"files/{doc_id}.txt", "sha256": sha, "source": META})
    (site / "feed.json").write_text(json.dumps({"reports": entries}, ensure_ascii=False), encoding="utf-8")



# --- the release source, without Prefect ------------------------------------------------------

def test_plan_by_content_hash_and_metadata(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(SEED, raw / SEED.name)
    seed_sha = hashlib.sha256((SEED / "report.txt").read_bytes()).hexdigest()
    same = incoming.Release(SEED.name, "report.txt", seed_sha, (SEED / "source.yml").read_text(encoding="utf-8"), "x")
    corrected = incoming.Release(SEED.name, "report.txt", "0" * 64, same.source_yml, "x")
    renamed = incoming.Release(SEED.name, "report.txt", seed_sha, same.source_yml.replace("区财政局", "区政府"), "x")
    new = incoming.Release("mou-qu-2021", "report.txt", "1" * 64, yaml.safe_dump(META), "x")
    assert incoming.plan([same, corrected, renamed, new], raw) == ([new], [corrected, renamed], [same])


def test_feed_download_retries_then_verifies(tmp_path):
    write_feed(tmp_path, {"mou-qu-2021": SECOND})
    with serve_folder(tmp_path, fail_first={"/files/mou-qu-2021.txt": 2}) as (url, hits):
        [release] = incoming.list_feed(url + "feed.json")
        assert incoming.fetch(release) == SECOND.encode("utf-8")
        assert hits["/files/mou-qu-2021.txt"] == 3  # two 503s, then the file


def test_checksum_mismatch_is_refused(tmp_path):
    write_feed(tmp_path, {"mou-qu-2021": SECOND}, sha_override={"mou-qu-2021": "f" * 64})
    with serve_folder(tmp_path) as (url, _):
        [release] = incoming.list_feed(url + "feed.json")
        with pytest.raises(InputError, match="checksum mismatch"):
            incoming.fetch(release)


def test_missing_file_and_bad_feed(tmp_path):
    write_feed(tmp_path, {"mou-qu-2021": SECOND})
    (tmp_path / "files" / "mou-qu-2021.txt").unlink()
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    with serve_folder(tmp_path) as (url, _):
        [release] = incoming.list_feed(url + "feed.json")
        with pytest.raises(InputError, match="download failed after 1 attempt.*HTTP 404"):
            incoming.fetch(release)
        with pytest.raises(InputError, match="not a release feed"):
            incoming.list_feed(url + "broken.json")


def test_apply_is_all_or_nothing(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(SEED, raw / SEED.name)
    before = snapshot(raw)
    good = incoming.Release("mou-qu-2021", "report.txt", "", yaml.safe_dump(META, allow_unicode=True), "x")
    bad = incoming.Release("bad-2021", "report.txt", "", yaml.safe_dump(META, allow_unicode=True), "x")
    with pytest.raises(InputError, match="the file is empty"):
        incoming.apply([(good, SECOND.encode()), (bad, b"")], raw)
    assert snapshot(raw) == before and sorted(p.name for p in raw.iterdir()) == [SEED.name]
    assert incoming.apply([(good, SECOND.encode())], raw) == ["mou-qu-2021"]
    assert (raw / "mou-qu-2021" / "report.txt").read_text(encoding="utf-8") == SECOND


def test_inbox_source(tmp_path):
    inbox = tmp_path / "inbox" / "mou-qu-2021"
    inbox.mkdir(parents=True)
    (inbox / "report.txt").write_text(SECOND, encoding="utf-8")
    (inbox / "source.yml").write_text(yaml.safe_dump(META, allow_unicode=True), encoding="utf-8")
    [release] = incoming.list_inbox(tmp_path / "inbox")
    assert release.sha256 == hashlib.sha256(SECOND.encode()).hexdigest() and incoming.fetch(release) == SECOND.encode()


# --- end to end: the real flows under the Prefect harness ---------------------------------------

@pytest.fixture
def flows(prefect_harness):
    from flows.publish import publish
    from flows.check_for_releases import check_for_releases

    return publish, check_for_releases


def changelog_top(out: Path) -> str:
    text = (out / "CHANGELOG.md").read_text(encoding="utf-8")
    return text.split("\n## ")[1]


@pytest.mark.e2e
def test_release_feed_minor_then_nothing_then_patch(flows, tmp_path):
    publish, check = flows
    raw, out, site = tmp_path / "raw", tmp_path / "datapackage", tmp_path / "site"
    shutil.copytree(SEED, raw / SEED.name)
    assert publish(raw_dir=str(raw), out_dir=str(out))["version"] == "1.0.0"
    write_feed(site, {"mou-qu-2021": SECOND})
    with serve_folder(site) as (url, _):
        feed = url + "feed.json"
        result = check(source=feed, raw_dir=str(raw), out_dir=str(out))
        assert result["new"] == ["mou-qu-2021"] and result["published"]["version"] == "1.1.0"
        top = changelog_top(out)
        assert top.startswith("1.1.0") and "1 document added." in top
        assert re.search(r"\| `mou-qu-2021` \| 某区2021年政府工作报告 \| \d+ \| [1-9]\d* \| [1-9]\d* \|", top)  # its targets, projects
        assert json.loads((out / "changes" / "1.1.0.json").read_text(encoding="utf-8"))["documents"]["added"] == \
            ["mou-qu-2021"]

        before = snapshot(raw, out)
        again = check(source=feed, raw_dir=str(raw), out_dir=str(out))
        assert again["unchanged"] == ["mou-qu-2021", ] and again["published"] is None
        assert snapshot(raw, out) == before  # a second run changes nothing

        write_feed(site, {"mou-qu-2021": SECOND.replace("新增就业2万人", "新增就业3万人")})
        result = check(source=feed, raw_dir=str(raw), out_dir=str(out))
        assert result["changed"] == ["mou-qu-2021"] and result["published"]["version"] == "1.1.1"
        assert "value 2 → 3" in changelog_top(out)
    changes = json.loads((out / "changes" / "1.1.1.json").read_text(encoding="utf-8"))
    assert changes["documents"] == {"added": [], "changed": ["mou-qu-2021"], "removed": []}
    resources = changes["resources"]
    assert set(resources) == {"documents", "programs", "targets"}  # the document row, the measure's text, the target
    [target] = resources["targets"]["changed"]
    assert set(target["fields"]) == {"value", "base_value", "source_text"}
    assert [c["fields"] for c in resources["programs"]["changed"]] == [["text"]]
    assert [c["fields"] for c in resources["documents"]["changed"]] == [["source_sha256"]]
    assert all(not resources[n]["added"] and not resources[n]["removed"] for n in resources)


@pytest.mark.e2e
@pytest.mark.parametrize("problem", ["checksum", "missing"])
def test_failed_release_leaves_raw_and_package(flows, tmp_path, problem):
    publish, check = flows
    raw, out, site = tmp_path / "raw", tmp_path / "datapackage", tmp_path / "site"
    shutil.copytree(SEED, raw / SEED.name)
    publish(raw_dir=str(raw), out_dir=str(out))
    write_feed(site, {"mou-qu-2021": SECOND}, sha_override={"mou-qu-2021": "e" * 64} if problem == "checksum" else None)
    if problem == "missing":
        (site / "files" / "mou-qu-2021.txt").unlink()
    before = snapshot(raw, out)
    with serve_folder(site) as (url, _):
        with pytest.raises(InputError):
            check(source=url + "feed.json", raw_dir=str(raw), out_dir=str(out))
    assert snapshot(raw, out) == before


@pytest.mark.e2e
def test_unchanged_documents_are_not_extracted_again(flows, tmp_path):
    import asyncio

    from prefect import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    publish, _ = flows
    raw, out = tmp_path / "raw", tmp_path / "datapackage"
    shutil.copytree(SEED, raw / SEED.name)
    publish(raw_dir=str(raw), out_dir=str(out))
    (raw / "mou-qu-2021").mkdir()
    import uuid

    fresh = SECOND + f"推进第{uuid.uuid4().int % 10**9}号工作。\n"  # content no earlier run has extracted
    (raw / "mou-qu-2021" / "report.txt").write_text(fresh, encoding="utf-8")
    (raw / "mou-qu-2021" / "source.yml").write_text(yaml.safe_dump(META, allow_unicode=True), encoding="utf-8")
    state = publish(raw_dir=str(raw), out_dir=str(out), return_state=True)

    async def extract_states():
        async with get_client() as client:
            runs = await client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[state.state_details.flow_run_id])))
            return {r.name: r.state.name for r in runs if r.name.startswith("extract-")}

    assert asyncio.run(extract_states()) == {"extract-tj-heping-2020": "Cached", "extract-mou-qu-2021": "Completed"}


@pytest.mark.e2e
def test_serve_registers_the_deployment_with_its_cron(prefect_harness, tmp_path):
    import asyncio

    from prefect import get_client

    from flows.check_for_releases import DEPLOYMENT_NAME, serve

    serve("15 7 * * 1-5", str(tmp_path / "inbox"), str(tmp_path / "raw"), str(tmp_path / "out"), run_once=True)

    async def read():
        async with get_client() as client:
            return await client.read_deployment_by_name(f"check-for-releases/{DEPLOYMENT_NAME}")

    dep = asyncio.run(read())
    assert [s.schedule.cron for s in dep.schedules] == ["15 7 * * 1-5"]
    assert dep.parameters["source"] == str(tmp_path / "inbox")
