"""Chinese numerals to numbers, for spans already isolated as quantities or enumerators.

Never applied to running text: names such as 十二中学 or 十四五 are the caller's to exclude.
"""

from __future__ import annotations

DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3,
          "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8,
          "九": 9, "玖": 9}
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
CHARS = set(DIGITS) | set(SMALL_UNITS) | set(BIG_UNITS)


def cn_to_int(s: str) -> int | None:
    """二十三 → 23, 一百零五 → 105, 十 → 10, 三千五百万 → 35000000; None if not a numeral.

    A run of bare digits without units reads digit by digit (二〇二〇 → 2020).
    """
    if not s or any(c not in CHARS for c in s):
        return None
    if all(c in DIGITS for c in s) and len(s) > 1:
        if len(s) < 3 and not set(s) & {"零", "〇", "○"}:
            return None  # 三四 means "three or four", not 34
        return int("".join(str(DIGITS[c]) for c in s))
    total, section, digit = 0, 0, None
    for c in s:
        if c in DIGITS:
            if digit:  # two non-zero digits in a row (三四) is not a numeral
                return None
            digit = DIGITS[c]
        elif c in SMALL_UNITS:
            section += (1 if digit is None else digit) * SMALL_UNITS[c]
            digit = None
        else:
            section += digit or 0
            if section == 0 and total == 0:
                return None
            total = (total + section) * BIG_UNITS[c] if BIG_UNITS[c] > 10_000 else total + section * BIG_UNITS[c]
            section, digit = 0, None
    return total + section + (digit or 0)
