"""`chaingraph extract` on forms a round of rule-blind articles showed: parks named after a town jieba cuts apart
(近海/镇, 三十/铺镇), a company named right after the park it stands in, a park that is a zone by the bracket after
its name, storage stations named by their place and power, projects whose name opens on their phase, a WeChat
account's profile line and credits set off by 丨. Every sentence is written for these tests in the genre's style;
every name is invented."""

from __future__ import annotations

from test_extract_quantities import draft_of, figures
from test_extract_status_forms import project_status

from chaingraph.sources.metadata import read_capture_meta
from chaingraph.sources.normalize import normalize


def labels(draft, kind: str | None = None) -> set[str]:
    return {c.label for c in draft.candidates if kind is None or c.kind == kind}


def test_a_town_jieba_cuts_apart_heads_its_park_and_is_a_region():
    draft = draft_of("眼下，在清源经济技术开发区三十铺镇储能产业园，一个个项目正加紧建设。\n"
                     "近海镇医疗器械产业园标准厂房累计建成18万平方米，已入驻企业41家。\n", "2025-06-10")
    assert {"三十铺镇储能产业园", "近海镇医疗器械产业园"} <= labels(draft, "park")
    assert {"三十铺镇", "近海镇"} <= labels(draft, "region")
    assert "铺镇储能产业园" not in labels(draft)


def test_the_city_and_county_before_a_town_say_where_the_towns_park_is():
    draft = draft_of("在阳泉市平定县娘子关镇大数据产业园，二期机房正在建设。\n", "2025-06-10")
    assert "娘子关镇大数据产业园" in labels(draft, "park")
    assert {"阳泉市", "平定县", "娘子关镇"} <= labels(draft, "region")


def test_a_town_before_a_word_of_its_own_is_no_park_head():
    draft = draft_of("东花园镇的云岭数港产业园是全县数据中心最密集的地方。\n", "2025-06-10")
    assert "花园镇" not in labels(draft)


def test_a_company_named_after_the_park_it_stands_in_starts_at_its_own_place():
    draft = draft_of("卢明川首先来到浩口镇电子化学品产业园湖北楚澜电子材料有限公司（以下简称“楚澜电子”）。\n",
                     "2025-08-10")
    assert "湖北楚澜电子材料有限公司" in labels(draft, "organisation")
    assert "浩口镇电子化学品产业园" in labels(draft, "park")
    # a zone's own company keeps the zone in its name
    draft = draft_of("秦川高新区城市建设投资有限公司负责园区道路建设。\n", "2025-08-10")
    assert "秦川高新区城市建设投资有限公司" in labels(draft, "organisation")


def test_a_park_with_its_zone_designation_in_brackets_is_that_zone():
    draft = draft_of("阿拉尔纺织工业城调研纪实\n8月6日，市委书记深入阿拉尔纺织工业城（开发区）调研。"
                     "目前，阿拉尔纺织工业城已入驻纺织服装企业128家，纱锭规模达到420万锭。\n", "2025-08-07")
    zones = [c for c in draft.candidates if c.kind == "zone"]
    assert [z.label for z in zones] == ["阿拉尔纺织工业城（开发区）"]
    assert "阿拉尔纺织工业城" in zones[0].names and "阿拉尔纺织工业城" not in labels(draft, "park")
    found = figures(draft)
    assert found["420万锭"]["value"] == 4200000 and found["420万锭"]["unitCode"] == "C62"  # spindles, counted
    assert found["420万锭"]["owner"] == "阿拉尔纺织工业城（开发区）"


def test_a_dotted_name_ends_before_the_verb_after_it():
    draft = draft_of("纺织工业城党工委书记艾尔肯·吐尔洪陪同。\n", "2025-08-07")
    assert "艾尔肯·吐尔洪" in labels(draft, "person")


def test_a_storage_station_named_by_its_place_and_power_is_a_project():
    draft = draft_of("园区首座电网侧共享储能电站——北岭100兆瓦/200兆瓦时共享储能电站已于6月28日并网运行。"
                     "由青海澄湟能源投资有限公司投资建设的景川200兆瓦/400兆瓦时独立储能电站项目已完成备案。\n"
                     "随后，调研组来到沙河储能运营有限公司的凉山区50兆瓦/100兆瓦时共享储能电站。\n", "2025-07-10")
    projects = labels(draft, "project")
    assert {"北岭100兆瓦/200兆瓦时共享储能电站", "景川200兆瓦/400兆瓦时独立储能电站项目",
            "凉山区50兆瓦/100兆瓦时共享储能电站"} <= projects
    found = figures(draft)
    assert found["100兆瓦"]["owner"] == "北岭100兆瓦/200兆瓦时共享储能电站"
    assert found["400兆瓦时"]["owner"] == "景川200兆瓦/400兆瓦时独立储能电站项目"
    # a count of stations, or a station that says neither where nor whose, is no project
    draft = draft_of("全市已建成约40座百兆瓦级储能电站，新建20兆瓦/40兆瓦时储能电站。\n", "2025-07-10")
    assert not labels(draft, "project")


def test_projects_named_with_their_phase_take_their_own_stage():
    draft = draft_of("在云岭苍山汽车电子有限公司，一期年产30万套电机控制器项目已于今年3月投产，"
                     "二期年产50万台车载充电机项目正在进行主体施工，全部达产后年产值可达25亿元。\n", "2025-10-14")
    assert project_status(draft, "一期年产30万套电机控制器项目") == "operating"
    assert project_status(draft, "二期年产50万台车载充电机项目") == "under-construction"
    found = figures(draft)
    assert found["年产30万套"]["status"] == "operating"
    assert found["年产50万台"]["status"] == "under-construction"


WECHAT_POST = (
    "洱海经开区：汽车电子产业加速成势\n\n"
    "原创 洱海经开区发布 洱海经开区发布 2025年10月14日 18:02 云南\n\n"
    "洱海经开区发布\n"
    "洱海经济技术开发区官方发布平台，权威发布园区资讯。\n\n"
    "点击蓝字 关注我们\n\n"
    "金秋十月，走进洱海经开区，一条条自动化生产线高速运转。目前，洱海经开区已集聚汽车电子企业37家。\n\n"
    "文字丨杨晓燕\n图片丨经开区融媒体中心\n编辑丨李 婷\n审核丨段 锐\n"
)


def test_an_accounts_profile_and_its_credits_are_no_part_of_the_post():
    normalized = normalize(WECHAT_POST)
    assert "官方发布平台" not in normalized.text and "编辑丨" not in normalized.text and "图片丨" not in normalized.text
    meta = read_capture_meta(normalized)
    assert list(meta.reporters) == ["杨晓燕"]
    draft = draft_of(WECHAT_POST, "2025-10-14")
    assert not any("发布平台" in name or "权威发布" in name for name in labels(draft))
    assert figures(draft)["37家"]["owner"] == "洱海经开区"


def test_words_that_describe_a_town_make_no_town_and_no_park():
    for text in ("新引进的三个项目将落户镇工业园区。\n", "我市推进重点镇工业园区建设，新引进企业12家。\n"):
        draft = draft_of(text, "2025-06-10")
        assert not labels(draft, "park") and not labels(draft, "region"), text


def test_new_park_forms():
    draft = draft_of("淮岭储能智造谷新入驻企业35家。天门经济开发区医药科创城入驻企业46家。"
                     "作为东北老工业城，沈阳近年来加快产业转型。\n", "2025-06-10")
    assert {"淮岭储能智造谷", "天门经济开发区医药科创城"} <= labels(draft, "park")
    assert "东北老工业城" not in labels(draft)


def test_a_place_whose_name_opens_on_a_numeral_is_no_count():
    found = figures(draft_of("五家渠经济技术开发区新引进食品企业12家。\n", "2025-06-10"))
    assert "五家" not in found and found["12家"]["owner"] == "五家渠经济技术开发区"
    # five dealers are five, though the words begin like the place
    assert "五家" in figures(draft_of("宜岭新能源公司今年与五家渠道商签约，新增经销网点。\n", "2025-06-10"))


def test_a_numbered_projects_name_starts_after_its_companys_alias():
    draft = draft_of("2025年重点签约项目\n1.江西盛岭汽车电子有限公司（简称“盛岭电子”）年产200万套智能座舱域控制器项目，"
                     "总投资15亿元。\n2.安徽华岭新能源科技有限公司（简称“华岭新能源”）新建年产10GW异质结电池项目，"
                     "总投资30亿元。\n", "2025-05-10")
    assert {"年产200万套智能座舱域控制器项目", "年产10GW异质结电池项目"} <= labels(draft, "project")
    assert not any("简称" in label for label in labels(draft, "project"))


def test_a_short_name_inside_a_project_or_an_agreements_title_keeps_the_project():
    draft = draft_of("2025年重点项目\n1. 年产5万吨锂电池材料（简称“锂电材料”）扩建项目，总投资5亿元。\n", "2025-05-10")
    assert figures(draft)["5亿元"]["owner"] == "年产5万吨锂电池材料（简称“锂电材料”）扩建项目"
    draft = draft_of("宜岭经开区与天岭光能签订《天岭项目投资协议》，总投资30亿元。\n", "2025-05-10")
    assert "天岭项目" in labels(draft, "project")


def test_a_lead_sentence_under_an_accounts_name_stays_in_the_post():
    post = ("洱海数字经济：公共服务平台上线\n\n原创 洱海经开区发布 洱海经开区发布 2025年10月14日 18:02 云南\n\n"
            "洱海经开区发布\n10月13日，洱海经开区数字经济公共服务平台正式上线运行。\n\n"
            "平台已接入企业120家，提供算力、数据和应用服务。\n")
    assert "正式上线运行" in normalize(post).text
