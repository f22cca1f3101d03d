"""Issue 20, outcomes precision (round outc5): the last check on every row, an indicator that names nothing."""

from __future__ import annotations

from test_outcomes import rows

YEAR = "各位代表：\n\n一、2020年工作回顾\n\n"


def _found(body):
    return [(r["indicator"], r["value"]) for r in rows(body, head=YEAR)]


def test_a_lone_generic_noun_is_no_indicator():
    assert _found("年人均增加860元。") == []
    assert _found("经济总量跨上3000亿元台阶。") == []
    assert ("行动", 6) not in _found("实施稳岗扩就业六项行动，造林2.3万亩。")


def test_a_noun_that_measures_something_alone_stays():
    assert _found("实施稳岗扩就业六项行动，造林2.3万亩。") == [("造林", 2.3)]
    assert _found("其中企业3.2万户。") == [("企业", 3.2)]
    assert _found("惠及2.6万户家庭。") == [("家庭", 2.6)]


def test_a_bare_verb_is_no_indicator():
    assert _found("成立50亿元产业引导基金。") == []
    assert _found("一批项目顺利推进，全年新开工35个、竣工20个。") == []
    assert _found("新登记市场主体2.1万户，新登记1.5万户。") == [("新登记市场主体", 2.1)]


def test_a_whole_clause_is_no_indicator():
    assert _found("12家企业成为省级专精特新企业。") == []
    assert _found("群众关心的8件民生实事件件有着落。") == []
    assert _found("城乡居民人均可支配收入增加860元。") == [("城乡居民人均可支配收入", 860)]


def _bases(body):
    return [(r["indicator"], r["value"], r["basis"], r["first_year"], r["year"]) for r in rows(body, head=YEAR)]


def test_a_loss_over_a_span_of_years_named_in_its_sentence_is_the_span_s_total():
    assert _bases("从2016年到2018年，受灾害影响，损失粮食产量80万吨。") == [
        ("损失粮食产量", 80, "cumulative", 2016, 2018)]
    assert _bases("2018年，受灾害影响，损失粮食产量80万吨。") == [("损失粮食产量", 80, "annual", 2018, 2018)]


def test_amounts_after_a_span_of_years_written_as_its_ends_are_the_span_s_totals():
    assert _bases("从2016年到2018年，政府用于提高收购价格的支出442亿元，用于提高工资的支出300亿元。") == [
        ("政府用于提高收购价格的支出", 442, "cumulative", 2016, 2018), ("用于提高工资的支出", 300, "cumulative", 2016, 2018)]
    assert _bases("根据统计，从2012年到2018年，我们派出留学生6435人。") == [("派出留学生", 6435, "cumulative", 2012, 2018)]


def test_a_verb_heading_a_list_under_jun_is_each_item_s():
    assert _found("新增高新技术企业、科技型中小企业均超100家。") == [("新增高新技术企业", 100), ("新增科技型中小企业", 100)]
    assert ("新增污水处理率", 100) not in _found("新增公交车占比、污水处理率均达100%。")  # (新增 is no verb of a rate)
