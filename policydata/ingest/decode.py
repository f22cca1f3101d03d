"""Bytes to text: declared encoding first, then BOMs, strict UTF-8, then a charset detector.

Decoding is strict everywhere: a file that does not decode cleanly is an error with the
byte offset, never text with silently replaced characters.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from ..errors import InputError

BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Encodings the detector may name for Chinese text; GB18030 decodes all of the GB family.
GB_FAMILY = {"gb2312", "gbk", "gb18030", "cp936", "hz"}
MIN_CJK_SHARE = 0.3  # below this a "detected" decoding is not trusted to be the report


def _strict(data: bytes, encoding: str, path: Path, why: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(path, f"does not decode as {encoding} ({why}): invalid byte 0x{data[exc.start]:02x} "
                               f"at offset {exc.start}") from None


def cjk_share(text: str) -> float:
    """Share of CJK ideographs among the non-space characters: how Chinese a text looks."""
    chars = [c for c in text if not c.isspace()]
    if not chars:
        return 0.0
    return sum(1 for c in chars if "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf") / len(chars)


# Control characters (Unicode category Cc) other than tab, line feed, vertical tab, form feed, return.
CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _looks_binary(text: str) -> bool:
    return len(CONTROLS.findall(text)) > max(2, len(text) // 100)


def decode_bytes(data: bytes, path: Path, declared: str | None = None) -> tuple[str, str]:
    """Return (text, encoding name) or raise InputError naming the file and the problem."""
    if not data.strip():
        raise InputError(path, "the file is empty" if not data else "the file holds only whitespace")
    if declared:
        text, encoding = _strict(data, declared, path, "declared in source.yml"), codecs.lookup(declared).name
    else:
        for bom, name in BOMS:
            if data.startswith(bom):
                text, encoding = _strict(data, name, path, "it starts with a byte-order mark"), name
                break
        else:
            if b"\x00" in data:
                raise InputError(path, "binary file, not text (it contains NUL bytes)")
            try:
                text, encoding = data.decode("utf-8"), "utf-8"
            except UnicodeDecodeError:
                text, encoding = _detect(data, path)
    if encoding == "utf-8-sig":
        encoding = "utf-8"  # the BOM is not part of the text; report the plain name
    if _looks_binary(text):
        raise InputError(path, "binary file, not text (it is full of control characters)")
    if not text.strip():
        raise InputError(path, "the file holds only whitespace")
    return text, encoding


def _detect(data: bytes, path: Path) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    hint = "declare it in source.yml, e.g. encoding: gb18030"
    if best is None:
        raise InputError(path, f"not UTF-8 and no encoding could be detected; {hint}")
    name = best.encoding.lower().replace("_", "")
    encoding = "gb18030" if name in GB_FAMILY else best.encoding
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise InputError(path, f"not UTF-8, and it does not decode as the detected {encoding}; {hint}") from None
    if cjk_share(text) < MIN_CJK_SHARE:
        raise InputError(path, f"not UTF-8, and decoded as the detected {encoding} it is not Chinese text; {hint}")
    return text, codecs.lookup(encoding).name


def read_text_file(path: Path, declared: str | None = None) -> tuple[bytes, str, str]:
    """Read a file and decode it: (raw bytes, text, encoding)."""
    data = path.read_bytes()
    text, encoding = decode_bytes(data, path, declared)
    return data, text, encoding
