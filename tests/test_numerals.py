from __future__ import annotations

import pytest

from policydata.grammar.numerals import cn_to_int


@pytest.mark.parametrize("s, n", [("一", 1), ("十", 10), ("十九", 19), ("二十三", 23), ("一百零五", 105), ("两", 2),
                                  ("三千五百万", 35_000_000), ("一亿二千万", 120_000_000), ("二〇二〇", 2020),
                                  ("一千零一", 1001), ("九", 9)])
def test_numerals(s, n):
    assert cn_to_int(s) == n


@pytest.mark.parametrize("s", ["", "三四", "十九中学", "abc", "五A"])
def test_not_numerals(s):
    assert cn_to_int(s) is None
