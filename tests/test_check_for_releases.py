"""Release sources: feeds and inboxes into raw/, checked, all or nothing; the scheduled deployment."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from helpers import snapshot
from conftest import SEED
from servers import serve_folder, serve_stream
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
META = {"title": "某区2021年政府工作报告", "issuer": "某区人民政府", "region_code": "110105", "region_name": "北京市朝阳区",
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
        [release], _ = incoming.list_feed(url + "feed.json")
        assert incoming.fetch(release) == SECOND.encode("utf-8")
        assert hits["/files/mou-qu-2021.txt"] == 3  # two 503s, then the file


def test_checksum_mismatch_is_refused(tmp_path):
    write_feed(tmp_path, {"mou-qu-2021": SECOND}, sha_override={"mou-qu-2021": "f" * 64})
    with serve_folder(tmp_path) as (url, _):
        [release], _ = incoming.list_feed(url + "feed.json")
        with pytest.raises(InputError, match="checksum mismatch"):
            incoming.fetch(release)


def test_missing_file_and_bad_feed(tmp_path):
    write_feed(tmp_path, {"mou-qu-2021": SECOND})
    (tmp_path / "files" / "mou-qu-2021.txt").unlink()
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    with serve_folder(tmp_path) as (url, _):
        [release], _ = incoming.list_feed(url + "feed.json")
        with pytest.raises(InputError, match="download failed after 1 attempt.*HTTP 404"):
            incoming.fetch(release)
        with pytest.raises(InputError, match="not a release feed"):
            incoming.list_feed(url + "broken.json")


def test_apply_brings_good_releases_and_rejects_bad_ones(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(SEED, raw / SEED.name)
    good = incoming.Release("mou-qu-2021", "report.txt", "", yaml.safe_dump(META, allow_unicode=True), "x")
    bad = incoming.Release("bad-2021", "report.txt", "", yaml.safe_dump(META, allow_unicode=True), "files/bad.txt")
    applied, rejected = incoming.apply([(good, SECOND.encode()), (bad, b"")], raw)
    assert applied == ["mou-qu-2021"] and [r.line() for r in rejected] == ["bad-2021: the file is empty (in files/bad.txt)"]
    assert sorted(p.name for p in raw.iterdir()) == ["mou-qu-2021", SEED.name]  # nothing of the bad one, no leftovers
    assert (raw / "mou-qu-2021" / "report.txt").read_text(encoding="utf-8") == SECOND


def test_a_feed_with_bad_entries_lists_the_good_ones(tmp_path):
    write_feed(tmp_path, {"mou-qu-2021": SECOND})
    feed = json.loads((tmp_path / "feed.json").read_text(encoding="utf-8"))
    feed["reports"] += [{"document_id": "Bad_ID", "url": "x.txt", "sha256": "0" * 64, "source": META},
                        {"document_id": "no-url-2021"}, {"document_id": "pdf-2021", "url": "a.doc", "sha256": "0",
                                                          "source": META}]
    (tmp_path / "feed.json").write_text(json.dumps(feed, ensure_ascii=False), encoding="utf-8")
    with serve_folder(tmp_path) as (url, hits):
        releases, rejected = incoming.list_feed(url + "feed.json")
    assert [r.document_id for r in releases] == ["mou-qu-2021"]
    assert [r.line() for r in rejected] == [
        "entry 1: document_id 'Bad_ID' must be lowercase ASCII letters, digits and '-'",
        "no-url-2021: feed entry 2 needs document_id, url, sha256 and source (a mapping)",
        f"pdf-2021: {url}a.doc: a release's report must be a .txt, .html or .pdf file"]
    assert hits["/feed.json"] == 1  # read once: a bad entry is not a network fault, nothing is retried


def test_inbox_source(tmp_path):
    inbox = tmp_path / "inbox" / "mou-qu-2021"
    inbox.mkdir(parents=True)
    (inbox / "report.txt").write_text(SECOND, encoding="utf-8")
    (inbox / "source.yml").write_text(yaml.safe_dump(META, allow_unicode=True), encoding="utf-8")
    [release], rejected = incoming.list_inbox(tmp_path / "inbox")
    assert rejected == []
    assert release.sha256 == hashlib.sha256(SECOND.encode()).hexdigest() and incoming.fetch(release) == SECOND.encode()


def test_a_huge_download_is_refused_while_it_streams(tmp_path):
    import tracemalloc

    with serve_stream(b"x" * 65536, 800) as (url, sent):  # 50 MB, its size not announced
        tracemalloc.start()
        with pytest.raises(InputError, match="more than 1,048,576 bytes: over the limit"):
            incoming.download(url, limit=1 << 20)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    assert peak < 8 << 20  # never the 50 MB
    assert sent[0] < 40 << 20  # the client hung up: the server could not send it all


def test_an_announced_size_over_the_limit_is_refused_before_reading(tmp_path):
    with serve_stream(b"x" * 1024, 1, announce=50 << 20) as (url, _):
        with pytest.raises(InputError, match="announces 52,428,800 bytes, over the limit of 1,048,576"):
            incoming.download(url, limit=1 << 20)


def test_a_server_that_trickles_its_bytes_meets_the_deadline(monkeypatch):
    monkeypatch.setattr(incoming, "DEADLINE_SECONDS", 3)
    with serve_stream(b"x", 100, pause=1.0) as (url, _):  # one byte a second: no single read times out
        started = time.monotonic()
        with pytest.raises(InputError, match="longer than its deadline of 3 s"):
            incoming.download(url)
        assert time.monotonic() - started < 6


def test_an_interrupted_apply_is_undone(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(SEED, raw / SEED.name)
    aside = raw / f".replaced-{SEED.name}-abcd1234"  # a run stopped after moving the old folder aside
    aside.mkdir()
    os.replace(raw / SEED.name, aside / "old")
    (raw / ".incoming-x-2021-abcd1234").mkdir()
    incoming.clear_leftovers(raw)
    assert sorted(p.name for p in raw.iterdir()) == [SEED.name]


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
def test_failed_release_is_rejected_and_the_good_one_comes_in(flows, tmp_path, problem):
    publish, check = flows
    raw, out, site = tmp_path / "raw", tmp_path / "datapackage", tmp_path / "site"
    shutil.copytree(SEED, raw / SEED.name)
    publish(raw_dir=str(raw), out_dir=str(out))
    write_feed(site, {"mou-qu-2021": SECOND, "bad-2021": SECOND.replace("某区", "另一区")},
               sha_override={"bad-2021": "e" * 64} if problem == "checksum" else None)
    if problem == "missing":
        (site / "files" / "bad-2021.txt").unlink()
    with serve_folder(site) as (url, _):
        result = check(source=url + "feed.json", raw_dir=str(raw), out_dir=str(out))
    [line] = result["rejected"]
    assert line.startswith("bad-2021: ") and ("checksum mismatch" in line if problem == "checksum" else "HTTP 404" in line)
    assert result["new"] == ["mou-qu-2021"] and result["published"]["version"] == "1.1.0"
    assert sorted(p.name for p in raw.iterdir()) == ["mou-qu-2021", SEED.name]


@pytest.mark.e2e
def test_unchanged_documents_are_not_extracted_again(flows, tmp_path, monkeypatch):
    from policydata.publish import document as work  # where a document is extracted

    publish, _ = flows
    raw, out, cache = tmp_path / "raw", tmp_path / "datapackage", tmp_path / "cache"
    shutil.copytree(SEED, raw / SEED.name)
    publish(raw_dir=str(raw), out_dir=str(out), cache_dir=str(cache))
    (raw / "mou-qu-2021").mkdir()
    (raw / "mou-qu-2021" / "report.txt").write_text(SECOND, encoding="utf-8")
    (raw / "mou-qu-2021" / "source.yml").write_text(yaml.safe_dump(META, allow_unicode=True), encoding="utf-8")
    extracted = []
    real = work.extract

    def spy(doc):  # the real extraction, counted
        extracted.append(doc.document_id)
        return real(doc)

    monkeypatch.setattr(work, "extract", spy)
    assert publish(raw_dir=str(raw), out_dir=str(out), cache_dir=str(cache))["version"] == "1.1.0"
    assert extracted == ["mou-qu-2021"]  # the seed came from the cache


CLI = str(Path(sys.executable).parent / "policydata")


@pytest.mark.e2e
def test_check_cli_with_one_bad_feed_entry(tmp_path):
    raw, out, site = tmp_path / "raw", tmp_path / "datapackage", tmp_path / "site"
    shutil.copytree(SEED, raw / SEED.name)
    write_feed(site, {"mou-qu-2021": SECOND, "bad-2021": SECOND}, sha_override={"bad-2021": "e" * 64})
    with serve_folder(site) as (url, _):
        proc = subprocess.run([CLI, "check", "--source", url + "feed.json", "--raw", str(raw), "--out", str(out)],
                              capture_output=True, text=True, timeout=600)
    assert proc.returncode == 4, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("policydata: rejected: bad-2021: ") and "checksum mismatch" in lines[0]
    assert "Traceback" not in proc.stderr + proc.stdout
    assert "new: mou-qu-2021" in proc.stdout and (raw / "mou-qu-2021" / "report.txt").exists()
    assert not (raw / "bad-2021").exists()


INTERRUPTED_CHECK = """
import sys
import flows.check_for_releases as m

def interrupted(**kw):  # the publish is stopped (Ctrl-C, a service stop) after the report came into raw/
    raise KeyboardInterrupt

m.publish = interrupted
m.check_for_releases(source=sys.argv[1], raw_dir=sys.argv[2], out_dir=sys.argv[3])
"""


@pytest.mark.e2e
def test_a_report_an_interrupted_run_took_in_is_published_by_the_next_check(tmp_path):
    from policydata import publish

    raw, out, inbox = tmp_path / "raw", tmp_path / "datapackage", tmp_path / "inbox"
    shutil.copytree(SEED, raw / SEED.name)
    publish.run(raw, out)
    (inbox / "mou-qu-2021").mkdir(parents=True)
    (inbox / "mou-qu-2021" / "report.txt").write_text(SECOND, encoding="utf-8")
    (inbox / "mou-qu-2021" / "source.yml").write_text(yaml.safe_dump(META, allow_unicode=True), encoding="utf-8")
    before = snapshot(out)
    first = subprocess.run([sys.executable, "-c", INTERRUPTED_CHECK, str(inbox), str(raw), str(out)],
                           capture_output=True, text=True, timeout=600, cwd=Path(__file__).resolve().parent.parent)
    assert first.returncode != 0 and (raw / "mou-qu-2021" / "report.txt").exists(), first.stderr[-2000:]
    assert snapshot(out) == before and incoming.pending(raw, out) == ["mou-qu-2021"]
    proc = subprocess.run([CLI, "check", "--source", str(inbox), "--raw", str(raw), "--out", str(out)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert "new: none; changed: none; in raw/ but not yet published: mou-qu-2021; published version 1.1.0" \
        in proc.stdout
    assert (out / "text" / "mou-qu-2021.txt").exists() and incoming.pending(raw, out) == []


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def prefect_server(tmp_path_factory):
    """A real `prefect server start` on a free local port, as a data steward runs it."""
    import httpx

    home = tmp_path_factory.mktemp("prefect-home")
    port = _free_port()
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    env.pop("PREFECT_API_URL", None)
    proc = subprocess.Popen([str(Path(sys.executable).parent / "prefect"), "server", "start", "--host", "127.0.0.1",
                             "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/api"
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/health", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(1)
    else:
        proc.kill()
        pytest.fail("prefect server did not start")
    yield url, home
    proc.terminate()
    proc.wait(timeout=30)


@pytest.mark.e2e
def test_serve_stops_cleanly_on_sigterm(prefect_server, tmp_path):
    import httpx

    url, home = prefect_server
    env = {**os.environ, "PREFECT_API_URL": url, "PREFECT_HOME": str(home)}
    (tmp_path / "inbox").mkdir()
    proc = subprocess.Popen([CLI, "serve", "--source", str(tmp_path / "inbox"), "--raw", str(tmp_path / "raw"),
                             "--out", str(tmp_path / "out")], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:  # serving once its deployment is registered
            r = httpx.get(f"{url}/deployments/name/check-for-releases/policydata-releases", timeout=5)
            if r.status_code == 200:
                break
            assert proc.poll() is None, proc.communicate()
            time.sleep(0.5)
        time.sleep(2)
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=20)  # "within seconds": it used to ignore SIGTERM for 25 s
    finally:
        proc.kill()
    assert proc.returncode == 0, err
    assert err.strip().splitlines() == ["policydata: serve stopped (SIGTERM); schedules are paused until it runs again"]


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
