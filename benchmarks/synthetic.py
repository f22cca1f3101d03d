"""A large synthetic work plan built from many varied paragraphs, for benchmarks (seeded: same text every run)."""

from __future__ import annotations

import random

SUBJECTS = ["地区生产总值", "一般公共预算收入", "社会消费品零售总额", "城镇登记失业率", "固定资产投资", "规上工业增加值",
            "实际利用外资", "居民人均可支配收入", "研发投入强度", "森林覆盖率", "空气优良天数", "城镇新增就业"]
VERBS = ["增长", "达到", "控制在", "保持在", "提高", "突破", "不低于", "超过"]
UNITS = ["%", "万人", "亿元", "万美元", "家", "个", "项", "所", "公里", "万平方米", "天", "个百分点"]
QUALS = ["", "以上", "以内", "左右"]
COUNT_VERBS = ["新建", "实施", "建成", "改造", "引进", "培育", "完成"]
NOUNS = ["民心工程", "社区养老服务中心", "口袋公园", "智慧停车场", "高新技术企业", "老旧小区", "农村公路", "公共厕所",
         "学校", "幼儿园", "便民菜店", "充电桩"]
FILLER = ["坚持稳中求进工作总基调，深化供给侧结构性改革，推动高质量发展。", "落实“六稳”“六保”任务，编制“十四五”规划。",
          "学习贯彻党的十九届五中全会精神，推进“放管服”改革。", "加强统筹协调，完善工作机制，压实各方责任，强化督查考核。",
          "推动地铁7号线开通运营，创建国家5A级旅游景区，建设5G基站。",
          "深化“一网通办”改革，推行告知承诺制，让企业和群众办事更加便捷高效。",
          "坚持以人民为中心的发展思想，着力解决群众急难愁盼问题，不断增强人民群众获得感。",
          "完善社会治安防控体系，深入开展扫黑除恶斗争，建设更高水平的平安城市。",
          "严格落实中央八项规定精神，驰而不息纠治“四风”，持续为基层减负。",
          "加快数字政府建设，推动政务数据共享，2021年6月底前完成系统整合。",
          "发挥财政资金引导作用，撬动社会资本投入，优化营商环境，激发市场主体活力。",
          "推进城乡融合发展，补齐农村基础设施短板，建设宜居宜业和美乡村。"]
MEASURES = ["加快产业转型升级", "持续改善民生", "推进城市更新", "深化改革开放", "加强生态保护", "提升治理能力"]


def paragraph(rng: random.Random, target_share: float) -> str:
    parts = [rng.choice(MEASURES) + "。"]
    for _ in range(rng.randint(3, 7)):
        if rng.random() >= target_share:
            parts.append(rng.choice(FILLER))
            continue
        kind = rng.random()
        if kind < 0.5:
            parts.append(f"{rng.choice(SUBJECTS)}{rng.choice(VERBS)}{rng.randint(1, 999) / rng.choice([1, 10])}"
                         f"{rng.choice(UNITS)}{rng.choice(QUALS)}，")
        elif kind < 0.85:
            parts.append(f"{rng.choice(COUNT_VERBS)}{rng.randint(1, 500)}{rng.choice(['个', '家', '所', '项', '座'])}"
                         f"{rng.choice(NOUNS)}，")
        else:
            a, b = rng.sample(SUBJECTS, 2)
            parts.append(f"{a}、{b}分别增长{rng.randint(1, 9)}%和{rng.randint(1, 9)}%，")
    return "".join(parts).replace("，。", "。").rstrip("，") + "。"


# Share of sentences that state a target. 0.12 gives about one target per 600 bytes, the
# density of the densest real report measured (the seed); real reports range 600-2100 bytes.
REALISTIC_TARGET_SHARE = 0.12


def report(target_chars: int, seed: int = 20201, target_share: float = REALISTIC_TARGET_SHARE) -> str:
    """A report of about target_chars characters: review part, headline, then sections of paragraphs."""
    rng = random.Random(seed)
    out = ["一、2020年工作回顾", "过去一年，地区生产总值增长6.8%，新增就业2万人。", "二、2021年工作安排",
           "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇登记失业率控制在4.5%以内。"]
    size, section = sum(map(len, out)), 0
    numerals = "一二三四五六七八九十"
    while size < target_chars:
        section += 1
        out.append(f"（{numerals[(section - 1) % 10]}）{rng.choice(MEASURES)}")
        for _ in range(rng.randint(3, 6)):
            p = paragraph(rng, target_share)
            out.append(p)
            size += len(p)
    return "\n".join(out) + "\n"
