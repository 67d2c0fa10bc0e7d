"""Capture forms the sixteenth held-out set showed misread once it retired: a dateline whose 作者 field names a writer
in parts joined by · (a Uyghur name), a news app's head line that closes on its ＋关注 button, a portal's imprint line
that opens on its ICP registration number, and a station's list of its other clips (相关视频) after the article.
Every capture here is invented for the test, in the genre's style."""

from __future__ import annotations

from test_capture_forms5 import meta_of
from test_extract_quantities import draft_of
from test_extract_towns_stations import labels

DOTTED_WRITER = """\
首府新闻网 | 首页 > 区县动态 > 达坂城

达坂城区风电装备产业链加快延伸

2025-08-12 10:26:41　来源：达坂城区融媒体中心　作者：王晓宁　阿依努尔·买买提　编辑：李娜　阅读量：1386

　　近日，达坂城区风电装备产业园内，一批塔筒和叶片项目加紧建设。
"""


def test_a_dateline_naming_a_writer_in_parts_is_still_a_dateline():
    title, date, publisher, reporters = meta_of(DOTTED_WRITER)
    assert title == "达坂城区风电装备产业链加快延伸"
    assert date == "2025-08-12"
    assert publisher == "达坂城区融媒体中心"
    assert reporters == ("王晓宁", "阿依努尔·买买提")


APP_HEAD_WITH_FOLLOW = """\
鲁中新闻
打开APP，阅读体验更佳　　　　[打开]

淄博高新区：一块催化剂撬动百亿新材料集群

鲁中新闻　2025-06-18 08:40　山东　　　　+关注
记者　孟凡宇　实习生　王悦

6月17日，在淄博高新区的淄博启元催化材料有限公司，一条催化剂生产线正在满负荷运行。
"""


def test_a_news_apps_head_line_closing_on_its_follow_button_gives_the_date():
    _, date, publisher, reporters = meta_of(APP_HEAD_WITH_FOLLOW)
    assert date == "2025-06-18"
    assert publisher == "鲁中新闻"
    assert reporters == ("孟凡宇", "王悦")
    assert "山东省" not in labels(draft_of(APP_HEAD_WITH_FOLLOW, "2025-06-18"), "region")


PORTAL_WITH_IMPRINT = """\
吉安市人民政府
首页 > 政务动态 > 县区动态

井冈山经开区电子信息产业链再添新项目

发布时间：2025-07-08　来源：井冈山经开区管委会

　　7月7日，井冈山经开区与江西瑞丰电路科技有限公司签约，项目总投资12亿元。

【打印】【关闭】
赣ICP备05000123号　主办：吉安市人民政府办公室　技术支持：吉安市大数据中心
"""


def test_a_portals_imprint_line_names_no_body_of_the_article():
    draft = draft_of(PORTAL_WITH_IMPRINT, "2025-07-08")
    found = labels(draft, "organisation")
    assert "江西瑞丰电路科技有限公司" in found
    assert "吉安市人民政府办公室" not in found and "吉安市大数据中心" not in found


STATION_WITH_CLIPS = """\
河北网络广播电视台 > 视频 > 河北新闻联播
来源：河北广播电视台　　2025-11-03 19:40

【导语】
记者从邢台经济开发区获悉，今年以来，开发区新引进汽车零部件项目14个。

（记者　赵一鸣　报道）

责任编辑：郝雯
相关视频：
· 沧州临港经开区新材料产业园开园
· 唐山高新区机器人产业园二期开工
"""


def test_a_stations_list_of_other_clips_is_no_part_of_the_article():
    found = labels(draft_of(STATION_WITH_CLIPS, "2025-11-03"))
    assert "邢台经济开发区" in found
    assert not any(label.startswith(("沧州", "唐山")) for label in found)
