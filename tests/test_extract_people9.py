"""People's roles and employers in the forms the seventh rule-blind dev ten showed: a surname the list lacked
(赖, 胥, 曲), a name jieba cut at its surname (陈/立国) or tagged a place, a Tibetan name jieba knew half of, a
district head after a post of the district's Party committee (X区委常委、副区长), a company's short name right
before the post (驰岳零部件总经理), a company's post opening a sentence after the company was named, two posts
held together (董事长兼总经理), a department's post (生产总监) and a founder's chain (创始人、首席执行官).

Every sentence here is invented for the test, in the genre's style."""

from __future__ import annotations

import pytest
from test_extract_names import draft_of


def people(draft) -> set[str]:
    return {c.label for c in draft.candidates if c.cls == "Person"}


def positions(draft) -> dict[str, tuple[str, str]]:
    """holder -> (role, employer) of every position the draft proposes."""
    out = {}
    for c in draft.candidates:
        if c.cls == "Position":
            said = {f.prop: f.value for f in c.facts}
            out[said["holder"].label] = (said["roleTitle"]["zh"], said["positionIn"].label)
    return out


# -- who is a person


@pytest.mark.parametrize("sentence, name", [
    ("桐江市商务局副局长赖文博表示，全市今年新签约外资项目9个。", "赖文博"),
    ("桐江市科学技术局局长胥明远介绍，全市高新技术企业已达410家。", "胥明远"),
    ("桐江新区管委会副主任曲海宁表示，新区将建设疫苗中试基地。", "曲海宁"),
])
def test_a_rarer_surname_after_a_post_is_a_person(sentence, name):
    assert name in people(draft_of(sentence))


@pytest.mark.parametrize("sentence, name", [
    ("座谈中，桐江市商务局局长孙立国通报了一季度外贸运行情况。", "孙立国"),
    ("县委副书记、县长马光明近期调研储能企业时强调，要做好用电保障。", "马光明"),
    ("桐江新区管理委员会主任韦建国作工作报告。", "韦建国"),
])
def test_a_name_jieba_cut_at_its_surname_or_took_for_a_place_is_one_person(sentence, name):
    found = people(draft_of(sentence))
    assert name in found
    assert not any(other != name and name.startswith(other) for other in found)


def test_a_tibetan_name_jieba_knew_half_of_is_the_whole_name():
    found = people(draft_of("桐江市发展和改革委员会副主任卓玛央宗表示，全市光伏装机已达120万千瓦。"))
    assert "卓玛央宗" in found and "卓玛" not in found


def test_a_tibetan_name_before_zai_is_a_person():
    assert "次仁旺堆" in people(draft_of("堆龙德庆区委副书记、区长次仁旺堆在企业调研时要求，做好用地保障。"))


# -- where they work


def test_a_district_head_after_a_post_of_its_party_committee_works_for_the_district():
    found = positions(draft_of("江宁区委常委、副区长邵明辉表示，江宁力争到2027年集成电路产业产值突破800亿元。"))
    assert found["邵明辉"] == ("副区长", "江宁区")


def test_a_companys_short_name_before_the_post_is_the_employer():
    draft = draft_of("桐江恒远精密机械有限公司的新厂房已经封顶。", "“今年订单多了三成。”恒远机械总经理柯明说。")
    assert positions(draft)["柯明"] == ("总经理", "桐江恒远精密机械有限公司")


def test_a_companys_post_opening_a_sentence_is_at_the_company_just_named():
    draft = draft_of("随后，调研组来到桐江瑞丰新材料有限公司。该公司由高校团队创办。",
                     "董事长孟凡说，公司去年实现营业收入3.2亿元。")
    assert positions(draft)["孟凡"] == ("董事长", "桐江瑞丰新材料有限公司")


def test_a_government_post_opening_a_sentence_is_at_no_company():
    draft = draft_of("随后，调研组来到桐江瑞丰新材料有限公司。", "副局长孟凡说，全县将做好用地保障。")
    assert "孟凡" not in positions(draft)


def test_two_posts_held_together_are_one_title():
    draft = draft_of("桐江康泰医疗器械股份有限公司去年营业收入5亿元。公司董事长兼总经理邵立介绍，新仓库已建成。")
    assert positions(draft)["邵立"] == ("董事长兼总经理", "桐江康泰医疗器械股份有限公司")


def test_a_departments_post_keeps_its_department():
    draft = draft_of("桐江晶弘光伏科技有限公司的新产线已投产。", "“良品率超过98%。”公司生产总监严峰说。")
    assert positions(draft)["严峰"] == ("生产总监", "桐江晶弘光伏科技有限公司")


def test_a_founders_chain_is_at_the_company_before_it():
    draft = draft_of("桐江擎宇机器人科技有限公司的总装车间里，机器人正在接受测试。",
                     "擎宇机器人创始人、首席执行官顾明远说，产线已完成调试。")
    assert positions(draft)["顾明远"] == ("首席执行官", "桐江擎宇机器人科技有限公司")


def test_a_short_name_two_bodies_of_one_brand_share_is_a_company_posts_company():
    draft = draft_of("桐江恒远精密机械有限公司的新厂房已经封顶。恒远机械博士后创新实践基地今年引进博士后3名。",
                     "恒远机械总经理柯明说，订单已排到年底。")
    assert positions(draft)["柯明"] == ("总经理", "桐江恒远精密机械有限公司")


# -- a notice's fields


def test_a_fields_contact_works_for_the_body_the_field_above_names():
    draft = draft_of("编制单位：桐江清源环境科技有限公司", "项目负责人：巴图孟和    联系电话：0471-5xxxxxx")
    assert positions(draft)["巴图孟和"] == ("项目负责人", "桐江清源环境科技有限公司")


def test_a_post_in_a_field_is_the_role():
    draft = draft_of("1.名称：桐江经济技术开发区管理委员会", "2.性质：地方人民政府派出机构", "3.负责人：主任 严立新")
    assert positions(draft)["严立新"] == ("主任", "桐江经济技术开发区管理委员会")


def test_a_surname_and_a_form_of_address_in_a_field_is_no_person():
    draft = draft_of("建设单位：桐江稀晟磁材有限公司", "联系人：孟工    联系电话：0472-6xxxxxx")
    assert "孟工" not in people(draft)


# -- reporters, credits and addresses


def test_an_agencys_dateline_credits_its_byline_and_a_caption_its_photographer():
    draft = draft_of("新华社南宁6月3日电（记者 韦思远、蒙小禾）初夏的钦州港，一台风机正被吊上运输船。",
                     "工人在钦州港码头作业。新华社记者 覃立 摄")
    found = positions(draft)
    assert "韦思远" not in found and "蒙小禾" not in found  # the lead's credit: the capture's byline
    assert found["覃立"] == ("记者", "新华社")


def test_a_declared_short_name_between_the_company_and_the_post():
    draft = draft_of("本报记者专访了桐江光谷新材料股份有限公司（以下简称“光谷新材”）董事长邹立明。")
    assert positions(draft)["邹立明"] == ("董事长", "桐江光谷新材料股份有限公司")


def test_an_assistant_to_a_post_is_a_post():
    draft = draft_of("桐江擎峰热管理系统有限公司的新产线已封顶。", "“明年产能翻番。”公司总经理助理严雪梅说。")
    assert positions(draft)["严雪梅"] == ("总经理助理", "桐江擎峰热管理系统有限公司")


def test_a_reply_to_a_deputy_names_the_deputy():
    assert "韦春兰" in people(draft_of("韦春兰代表：", "您提出的《关于加快乳业发展的建议》收悉，现答复如下。"))


def test_a_closing_credit_names_its_writer_but_no_editor_and_no_employer():
    draft = draft_of("桐江经开区今年新落户陶瓷企业5家。", "（经开区陶瓷产业链办公室供稿　撰稿：莫文涛　审核：黎建新）")
    assert "莫文涛" in people(draft) and "黎建新" not in people(draft)
    assert "莫文涛" not in positions(draft)


def test_a_county_head_after_a_bare_party_post_works_for_the_one_county_the_article_names():
    draft = draft_of("5月26日，记者在凤冈县经济开发区看到，新厂房已经封顶。",
                     "县委副书记、县长杨明辉近期调研储能企业时强调，要做好用电保障。")
    assert positions(draft)["杨明辉"] == ("县长", "凤冈县")


def test_a_county_right_before_its_heads_post_is_the_employer_not_a_company_of_its_name():
    draft = draft_of("西平县城投发展集团有限公司负责园区建设。", "西平县县长杜明远表示，园区今年将新增企业10家。")
    assert positions(draft)["杜明远"] == ("县长", "西平县")


def test_yuanqu_guanweihui_opening_a_clause_is_the_office_of_the_zone_just_named():
    draft = draft_of("今年以来，桐江经济技术开发区新开工项目5个。园区管委会主任韦嘉树表示，园区将补齐氢能链条。")
    assert positions(draft)["韦嘉树"][0] == "主任"
    assert positions(draft)["韦嘉树"][1] in ("桐江经济技术开发区", "桐江经济技术开发区管委会")
