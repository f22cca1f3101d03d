"""Shared fixtures: raw folders written by the tests, and one Prefect harness per session."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from policydata.prefect_env import configure

configure()

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "raw" / "tj-heping-2020"

META = {
    "title": "某市某区2021年政府工作报告",
    "issuer": "某区人民政府",
    "region_code": '"110105"',
    "region_name": "北京市朝阳区",
    "plan_year": "2021",
    "published": "2021-02-01",
    "publisher": "区政府办公室",
    "url": '""',
    "license": '"Official document of a state organ"',
    "language": "zh-Hans",
}


def source_yml(**overrides) -> str:
    meta = {**META, **overrides}
    return "".join(f"{k}: {v}\n" for k, v in meta.items() if v is not None)


def write_doc(raw: Path, doc_id: str, text: str | bytes, meta: str | None = None, name: str = "report.txt") -> Path:
    """A raw/<doc_id>/ folder with a report and (unless meta is None) a source.yml."""
    folder = raw / doc_id
    folder.mkdir(parents=True, exist_ok=True)
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    (folder / name).write_bytes(data)
    if meta is not None:
        (folder / "source.yml").write_text(meta, encoding="utf-8")
    return folder


# A small report in the genre, written for the tests (full-width punctuation, as most reports are).
SMALL_REPORT = textwrap.dedent("""\
    首页 | 政务公开 | 政府文件

    某区2021年政府工作报告

    各位代表：现在，我代表区人民政府向大会报告工作，请予审议。

    一、2020年工作回顾

    过去一年，全区地区生产总值增长3%，新增就业2万人。

    二、2021年工作安排

    今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。

    （一）培育发展新动能

    壮大数字经济。推动“智慧园区”建设，培育科技型企业50家。

    提升服务业能级。加快现代服务业集聚区建设，完善配套服务。

    （二）持续改善民生

    办好人民满意的教育。新建幼儿园3所，推进学校改扩建。

    三、加强政府自身建设

    （一）坚持依法行政

    自觉接受人大法律监督和政协民主监督，深化政务公开。

    名词解释：

    1．智慧园区：是指运用物联网技术管理的产业园区。

    2．放管服：即简政放权、放管结合、优化服务。

    版权所有：某区人民政府  网站标识码：0000000000
    """)


@pytest.fixture
def small_raw(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    write_doc(raw, "mou-qu-2021", SMALL_REPORT, source_yml())
    return raw


@pytest.fixture(scope="session")
def prefect_harness():
    """One temporary Prefect server for every end-to-end test of the session."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield
