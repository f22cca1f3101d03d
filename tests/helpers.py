"""Build Documents from literal text, so rule tests need no files."""

from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
from pathlib import Path

from policydata.ingest.chrome import find_body
from policydata.ingest.document import Document
from policydata.ingest.metadata import SourceMeta

META = SourceMeta(title="测试报告", issuer="某区人民政府", region_code="110105", region_name="北京市朝阳区", plan_year=2021,
                  published=dt.date(2021, 2, 1), publisher="区政府办公室", license="public")


def doc(text: str, document_id: str = "test-2021") -> Document:
    body, chrome = find_body(text)
    return Document(document_id=document_id, meta=META, source_path=Path("report.txt"), source_format="txt",
                    source_sha256="0" * 64, encoding="utf-8", text=text, body=body, chrome=chrome)


def snapshot(*roots: Path) -> dict:
    """Every file under the roots with its bytes: equal snapshots mean nothing was touched."""
    return {f"{i}/{p.relative_to(root).as_posix()}": p.read_bytes()
            for i, root in enumerate(roots) for p in sorted(Path(root).rglob("*")) if p.is_file()}


def plan_target_rows(body: str, prefix: str, plan_year: int = 2021) -> list[dict]:
    """The target rows of a composed report: `prefix` (a plan heading) then `body`, for a plan year."""
    import dataclasses

    from policydata.extract.outline import parse_outline
    from policydata.extract.targets import target_rows

    d = doc(prefix + body + "\n")
    if plan_year != META.plan_year:
        d = dataclasses.replace(d, meta=dataclasses.replace(META, plan_year=plan_year))
    return target_rows(parse_outline(d))[0]


@contextmanager
def lock_held_elsewhere(out: Path, seconds: int = 60):
    """The publish lock of `out` held by another process for as long as the block runs."""
    import subprocess
    import sys
    import textwrap

    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import time; from pathlib import Path; from policydata.swap import publish_lock
        with publish_lock(Path({str(out)!r})):
            print("locked", flush=True); time.sleep({seconds})
    """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        yield
    finally:
        holder.kill()
        holder.wait()
