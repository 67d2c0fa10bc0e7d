"""The vocabulary of the extraction rules: which name suffix says which class, how classes group
into kinds, and the words that end, start or cannot be a name.

The rules are plain tables so a curator can read why a candidate was proposed, and widen them
when a new article uses a suffix or role word they do not yet know. The words that delimit names
in lists and the words that alone name nothing are in ``words``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# suffix -> class; the longest suffix a name ends with decides.
SUFFIX_CLASSES = {
    # companies
    "股份有限公司": "Company", "有限责任公司": "Company", "有限公司": "Company", "公司": "Company",
    "集团": "Company", "股份": "Company", "控股": "Company", "银行": "Company", "创投": "Company", "资本": "Company",
    "有限合伙": "Fund", "（有限合伙）": "Fund",  # X股权投资合伙企业（有限合伙）: the partnership form in brackets
    "支行": "Company", "分行": "Company",  # 徽商银行当涂支行: a bank's branch, which lends in the place
    # research, universities, platforms, incubators, funds
    "研究院": "ResearchInstitute", "研究所": "ResearchInstitute", "实验室": "ResearchInstitute",
    "研究中心": "ResearchInstitute", "设计院": "ResearchInstitute", "科学院": "ResearchInstitute",
    "工程院": "ResearchInstitute",  # 中国工程院院士龙岳衡: the academy of an academician
    "工程技术研究中心": "Platform", "工程研究中心": "Platform",  # a provincial platform, not a lab of its own
    "大学": "University", "学院": "University", "平台": "Platform", "中心": "Platform",
    "孵化器": "Incubator", "加速器": "Incubator", "众创空间": "Incubator", "基金": "Fund",
    "创客空间": "Incubator", "孵化基地": "Incubator",  # 盱眙凹土创客空间, 开发区新能源创业孵化基地
    "工作站": "Platform",  # 院士工作站, 博士后科研工作站: named by the company or college that hosts them
    # labs two partners run (陇原大学—锂泰新能源正极材料联合实验室): jieba reads 联合 as the clause's verb
    "联合实验室": "ResearchInstitute", "联合研究院": "ResearchInstitute", "联合研究中心": "ResearchInstitute",
    "联合创新中心": "Platform", "联合研发中心": "Platform",
    "服务综合体": "Platform",  # 秀洲新型显示产业创新服务综合体: a county's platform for one industry
    "测试示范区": "Platform",  # 宜宾智能网联汽车测试示范区: a test ground, no zone
    "测试场": "Platform",  # 台州汽车智能网联测试场: a test ground named by its place, like a 测试示范区
    "创新联合体": "Platform",  # 成渝氢能产业创新联合体: companies, colleges and labs a leading firm gathers
    "企业技术中心": "Platform",  # 宏远重工企业技术中心: a company's R&D centre (国家企业技术中心 alone: a rank)
    "服务站": "Platform",  # 川中低空飞行服务站, 知识产权服务站: a station that serves an industry (服务中心 likewise)
    "大师工作室": "Platform", "创新工作室": "Platform",  # 梁秀峰推光漆技能大师工作室, 劳模创新工作室: trains a trade
    # government
    "局": "GovernmentBody", "委员会": "GovernmentBody", "管委会": "GovernmentBody", "改委": "GovernmentBody",
    "改革委": "GovernmentBody", "经信委": "GovernmentBody", "党工委": "GovernmentBody", "政府": "GovernmentBody",
    "厅": "GovernmentBody", "卫健委": "GovernmentBody", "商务委": "GovernmentBody", "科委": "GovernmentBody",
    "教委": "GovernmentBody", "建委": "GovernmentBody", "工信委": "GovernmentBody", "国资委": "GovernmentBody",
    "招商办": "GovernmentBody", "金融办": "GovernmentBody", "网信办": "GovernmentBody", "办公室": "GovernmentBody",
    "新闻办": "GovernmentBody",  # 省政府新闻办: the government's press office, host of its press conferences
    # a party committee's departments (省委宣传部): 部 alone ends too many words to trust
    "宣传部": "GovernmentBody", "组织部": "GovernmentBody", "统战部": "GovernmentBody",
    "调查队": "GovernmentBody",  # 国家统计局银川调查队: the national statistics bureau's survey office in a city
    "人大常委会": "GovernmentBody", "政协": "GovernmentBody",  # 盘州市人大常委会: a people's congress's committee
    # farmers' cooperatives, a company in law (鹿溪中药材种植专业合作社, 孙吴县大岭蜂业专业合作社联合社)
    "专业合作社": "Company", "合作社联合社": "Company", "股份经济合作社": "Company",
    # associations (a 招商会 is a fair, no body: ``FALSE_SUFFIX_WORDS``)
    "商会": "Association", "协会": "Association", "行业协会": "Association", "产业协会": "Association",
    "产业联盟": "Association", "创新联盟": "Association",
    # newsrooms
    "日报": "Publisher", "晚报": "Publisher", "融媒体中心": "Publisher", "电视台": "Publisher", "新闻网": "Publisher",
    "晨报": "Publisher", "商报": "Publisher", "都市报": "Publisher",
    # parks and zones
    "工业园区": "IndustrialPark", "产业园区": "IndustrialPark", "产业园": "IndustrialPark", "工业园": "IndustrialPark",
    "化工园": "IndustrialPark",
    "科技园": "IndustrialPark", "园区": "IndustrialPark", "基地": "IndustrialPark", "集中区": "IndustrialPark",
    "集聚区": "IndustrialPark", "集控区": "IndustrialPark",  # 印染集控区: a park dyeing plants are gathered in
    "产业区": "IndustrialPark",  # 灌云临港产业区: a park, a zone where its committee runs it (place_shapes)
    "物流园": "IndustrialPark", "创业园": "IndustrialPark", "示范园": "IndustrialPark",
    "产业转移园": "IndustrialPark", "转移园": "IndustrialPark",  # 东西部协作产业转移园: a park firms move to
    "高新区": "HighTechZone", "经开区": "HighTechZone", "开发区": "HighTechZone", "新区": "HighTechZone",
    "自贸区": "HighTechZone", "综保区": "HighTechZone", "保税区": "HighTechZone", "片区": "HighTechZone",
    "自由贸易试验区": "HighTechZone", "自贸试验区": "HighTechZone", "示范区": "HighTechZone",
    "投资区": "HighTechZone",  # 台商投资区
    "实验区": "HighTechZone", "工业区": "HighTechZone",  # 郑州航空港经济综合实验区, 榆神工业区
    "化工区": "HighTechZone",  # 上海化工区: a chemical zone's short form, after its place (``acceptance``)
    "一工区": "HighTechZone", "二工区": "HighTechZone", "三工区": "HighTechZone",  # 金山二工区: 金山第二工业区
    "高技术产业基地": "HighTechZone",  # 西安阎良国家航空高技术产业基地: a national zone, not a park
    "高新技术产业园区": "HighTechZone",  # 新昌高新技术产业园区: a province's high-tech zone, not a park
    "高新园区": "HighTechZone",  # 江北高新园区: that zone's short form
    "农高区": "HighTechZone",  # 晋中农高区, a national agricultural high-tech zone's short form
    "保税港区": "HighTechZone",  # 洋山保税港区: a bonded port area is a zone, 港区 alone a harbour's berths
    "航空港区": "HighTechZone",  # 郑州航空港区: the short form an airport economy zone is named by
    "新港区": "HighTechZone",  # 城陵矶新港区: a river port's new zone (港区 alone: a harbour's berths)
    "经济区": "HighTechZone",  # 天津空港经济区 (a zone); 成渝经济区 names a region: see ``acceptance``
    "生物城": "IndustrialPark", "医药城": "IndustrialPark", "医学城": "IndustrialPark", "科技城": "IndustrialPark",
    "科教城": "IndustrialPark", "产业新城": "IndustrialPark", "工业城": "IndustrialPark", "科创城": "IndustrialPark",
    "智造城": "IndustrialPark", "科学城": "IndustrialPark",  # 萧山科技城, 常州科教城, 医药科创城,
    # 中牟汽车产业新城, 纺织工业城, 怀柔科学城
    "智创城": "IndustrialPark",  # 桃浦智创城
    # a park named as a port or a hub (天府生命科技港, “榆林氢港”); 港 alone names harbours and 香港
    "智造园": "IndustrialPark", "科创飞地": "IndustrialPark",  # 镇江低空智造园, 梅州（黄埔）科创飞地
    "产业飞地": "IndustrialPark",  # 萧山—浦江山海协作产业飞地: a park one place runs inside another
    "科技港": "IndustrialPark", "创新港": "IndustrialPark", "产业港": "IndustrialPark", "智造港": "IndustrialPark",
    "数字港": "IndustrialPark", "氢港": "IndustrialPark", "芯港": "IndustrialPark",  # 临港新片区“东方芯港”
    "小镇": "IndustrialPark",  # 南湖基金小镇, 氢能小镇 (特色小镇 alone is generic)
    "医药园": "IndustrialPark", "软件园": "IndustrialPark", "合作园": "IndustrialPark",  # 豫哈产业合作园
    "共建园": "IndustrialPark",  # 常熟—泗洪共建园: a park two places build together (共建园区 alone is generic)
    "园中园": "IndustrialPark", "孵化园": "IndustrialPark", "双创基地": "IndustrialPark",  # a park in a park,
    "标准厂房区": "IndustrialPark",  # a start-up park, an area of standard workshops: each a park of its own
    "飞地园": "IndustrialPark",  # 南浔钱塘飞地园: a park one place builds inside another (飞地园区 alone is generic)
    "数据中心集群": "IndustrialPark",  # 庆阳数据中心集群: a national computing hub's cluster, an area of parks
    # a park named by what it gathers, ending in 园 alone (光伏科创园, 经编新材料园, “大飞机园”): only where jieba
    # cuts 园 off as a character of its own (公园, 校园, 家园 are words), see ``suffixes.suffix_at``
    "园": "IndustrialPark", "科创园": "IndustrialPark", "创新园": "IndustrialPark",
    "专区": "IndustrialPark",  # 电子化学品专区: a park inside a park (园中园)
    "产业社区": "IndustrialPark",  # 小窑湾集成电路产业社区: a park built with homes and services for its staff
    "谷": "IndustrialPark",  # 龙岩无人机谷: only a place, an industry and 谷 cut off (``suffixes.suffix_at``)
    "合作区": "HighTechZone", "先行区": "HighTechZone", "试验区": "HighTechZone",
    "测试基地": "Platform", "试验基地": "Platform", "中试基地": "Platform", "检测基地": "Platform",
    # bases for research, training and transfer are platforms (博士后创新实践基地, 人才培训基地, 产学研合作基地);
    # a 生产基地 or 制造基地 is a plant (no entity) and an 产业基地 a park
    "合作基地": "Platform", "实践基地": "Platform", "培训基地": "Platform", "实训基地": "Platform",
    "培养基地": "Platform", "转化基地": "Platform", "验证基地": "Platform", "标注基地": "Platform",
    "实证基地": "Platform",  # 格尔木高原光伏实证基地: where panels are tested outdoors
    "创新基地": "Platform", "引智基地": "Platform", "研究基地": "Platform", "科普基地": "Platform",
    "直播基地": "Platform", "电商基地": "Platform",  # 服装电商直播基地: a service base firms sell through
    "中试车间": "Platform", "共享工厂": "Platform",  # 中医药共享中试车间, 钣金喷涂共享工厂: shared, firms rent
    "大湾区": "EconomicRegion", "湾区": "EconomicRegion",
    "经济圈": "EconomicRegion", "经济带": "EconomicRegion", "城市群": "EconomicRegion", "都市圈": "EconomicRegion",
    # products and materials
    "正极材料": "Material", "负极材料": "Material", "材料": "Material", "前驱体": "Material", "电解液": "Material",
    "隔膜": "Material", "铜箔": "Material", "粉": "Material", "电池": "Product", "电芯": "Product",
    "结构件": "Product", "储能系统": "Product", "电池包": "Product", "模组": "Product", "芯片": "Product",
    "设备": "Product", "装备": "Product", "零部件": "Product", "组件": "Product", "阀": "Product",
    # other chains: photovoltaics, hydrogen, vehicles, semiconductors, medicine, materials
    "玻璃": "Material", "辅材": "Material", "催化剂": "Material", "交换膜": "Material", "甲醇": "Material",
    "绿氨": "Material", "绿氢": "Material", "氢气": "Material", "硅片": "Material", "硅料": "Material",
    "多晶硅": "Material", "碳酸锂": "Material", "氢氧化锂": "Material", "磷酸铁锂": "Material",
    "六氟磷酸锂": "Material", "磁材": "Material", "电池片": "Product", "逆变器": "Product", "器件": "Product",
    "晶圆": "Product", "热管理系统": "Product", "电驱系统": "Product", "电控系统": "Product", "座舱": "Product",
    "乘用车": "Product", "商用车": "Product", "重卡": "Product", "新能源汽车": "Product", "燃料电池汽车": "Product",
    "储氢瓶": "Product", "液冷板": "Product", "电解槽": "Product", "电堆": "Product", "膜电极": "Product",
    "晶状体": "Product", "药物": "Product", "创新药": "Product", "注射液": "Product", "注射剂": "Product",
    "制剂": "Product", "疫苗": "Product", "医疗器械": "Product", "试剂": "Product", "磁体": "Product",
    "电机": "Product", "传感器": "Product", "显示屏": "Product", "面板": "Product", "壳体": "Product",
    "MOSFET": "Product", "IGBT": "Product", "机器人": "Product", "减速器": "Product",
    "电池系统": "Product", "机组": "Product",  # 燃料电池系统, 风电机组
    "注射器": "Product", "输液器": "Product", "导管": "Product",
    # wind, photovoltaic, fibre, vehicle and medicine words met in new articles
    "叶片": "Product", "塔筒": "Product", "轮毂": "Product", "气瓶": "Product", "坩埚": "Product", "载板": "Product",
    "总成": "Product", "公交车": "Product", "物流车": "Product", "饮片": "Product", "板材": "Material",
    "硅棒": "Material", "铝合金": "Material", "原液": "Material", "纤维": "Material",
    "纱线": "Product", "电线": "Product", "漆包线": "Product",  # yarns and wires: 线 alone ends a production line
    # projects
    "项目": "Project", "工程": "Project",  # 工程 only after a phase (一期工程), see ``acceptance``
}
# parks named as a valley or a hub of what they gather (吴兴药谷, 长兴储能谷, 德清电商港): the noun before 谷 or 港
# says the industry; 谷 and 港 alone name gorges, harbours and 香港, and 航空港 is a zone's (郑州航空港…实验区)
VALLEY_STEMS = ("光", "芯", "氢", "药", "医", "声", "数", "智", "云", "车", "碳", "钠", "锂", "算", "电", "光电",
                "纺织", "健康", "生命", "动力", "软件", "创新", "科创", "数智", "智造", "储能", "氢能", "集成电路",
                "机器人", "传感", "医药", "生物", "材料", "新材料", "种业", "食品", "数据", "算力")
HUB_STEMS = ("科创", "数智", "智慧", "电商", "金融", "健康", "医药", "药", "生命", "软件", "信息", "物流", "陆", "智能",
             "双创", "文创", "算力", "数据", "储能", "氢能", "生物")
# parks named as a market town of a trade (川姜家纺城, 晋中农产品冷链物流城); 城 alone names cities and walls
CITY_STEMS = ("物流", "家纺", "纺织", "服装", "商贸", "汽车", "电商", "五金", "陶瓷", "建材", "小商品", "鞋业", "光电")
HUB_SUFFIXES = {stem + "谷" for stem in VALLEY_STEMS} | {stem + "港" for stem in HUB_STEMS} \
    | {stem + "城" for stem in CITY_STEMS} - set(SUFFIX_CLASSES)
SUFFIX_CLASSES.update(dict.fromkeys(HUB_SUFFIXES, "IndustrialPark"))
# a new town named by a place and its industry (台山工业新城, 衢州智造新城, 淞宝创新城); a place's 新城 alone is a
# city's new district (滨江新城), no park, and 产业新城 is a suffix of its own
NEW_TOWN_SUFFIXES = ("工业新城", "智造新城", "科技新城", "智慧新城", "创新城")
SUFFIX_CLASSES.update(dict.fromkeys(NEW_TOWN_SUFFIXES, "IndustrialPark"))
SUFFIXES = sorted(SUFFIX_CLASSES, key=len, reverse=True)
# Central ministries end in 部, a suffix too common to trust (总部, 东部, 干部): they are named whole.
MINISTRIES = ("工业和信息化部", "工信部", "科学技术部", "科技部", "商务部", "财政部", "生态环境部", "自然资源部",
              "交通运输部", "农业农村部", "国家发展和改革委员会", "国家发展改革委", "国家发改委", "国务院")
# The ontology has one zone class; development zones, new areas and free-trade zones map to it.
KINDS = {
    "organisation": {"Company", "ResearchInstitute", "University", "Platform", "Incubator", "GovernmentBody",
                     "Publisher", "Fund", "Association"},
    "park": {"IndustrialPark"},
    "zone": {"HighTechZone"},
    "region": {"AdministrativeRegion", "EconomicRegion"},
    "person": {"Person"},
    "product": {"Product", "Material"},
    "project": {"Project"},
    "quantity": {"Quantity", "Capacity"},
}
KIND_OF = {cls: kind for kind, classes in KINDS.items() for cls in classes}
INDUSTRY_TAILS = ("新能源", "新材料", "能源", "材料", "电池", "储能", "电子", "汽车", "动力", "科技", "技术", "智能",
                  "新材", "光电", "光伏", "氢能", "锂电", "锂业", "钴业", "医药", "生物", "半导体", "微电子", "装备",
                  "电气", "机器人", "实业", "发展", "控股", "投资")
MAX_NAME = {"organisation": 30, "park": 24, "zone": 22, "region": 14, "product": 14, "project": 40}
ZONE_WORDS = ("高新区", "经开区", "开发区", "新区", "自贸区", "综保区", "保税区", "先行区", "示范区", "试验区",
              "经济区", "农高区")  # 晋中农高区: a 国家农业高新技术产业示范区
# a zone's type alone names the article's own zone (高新区); the last three only when the article names it in full
BARE_ZONES = ("高新区", "经开区", "开发区", "先行区", "示范区", "试验区")
LEGAL_SUFFIXES = ("集团股份有限公司", "股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "集团", "公司",
                  "股份", "控股")
# Words that end like a name but are not one (布局 ends in 局).
FALSE_SUFFIX_WORDS = {"布局", "格局", "大局", "全局", "结局", "开局", "当局", "局面", "局势", "时局", "破局", "新格局",
                      "出厅", "大厅", "展厅", "餐厅", "客厅", "粉丝", "花粉", "面粉", "入股", "参股", "持股", "炒股",
                      "个股", "基金会", "招商会", "联谊会", "老工业城",  # 作为东北老工业城: a city's past, no park
                      "发布厅", "报告厅", "会议厅", "多功能厅",  # 市新闻发布厅: a hall, no bureau
                      "注册资本", "社会资本", "民间资本", "国有资本",  # 资本 of a company's capital, not a firm
                      "子公司", "全资子公司", "控股子公司", "孙公司", "母公司"}  # X集团有限公司全资子公司Y: a relation
NOT_NAMES = {"中心", "平台", "基地", "园区", "项目", "材料", "电池", "设备", "新区", "公司", "集团", "基金", "股份",
             "子公司", "分公司", "母公司", "总公司", "新公司", "产业园", "工业园", "实验室", "研究院", "大学", "银行",
             "园中园"}  # 园中园镇江低空智造园: what kind of park, then its name
# A name whose words before the suffix are all of these names a kind of thing, not one thing.
GENERIC_STEMS = {"产业", "工业", "经济", "科技", "创新", "服务", "公共", "综合", "飞地", "特色", "专业", "重点", "重大",
                 "新兴", "科研", "成果转化", "中试", "孵化", "研发", "合作", "示范", "试点", "相关", "生产", "配套",
                 "核心", "关键", "主要", "优质", "大型", "新型", "先进", "高端", "产业化", "建设", "在建", "规划",
                 "新能源", "钠电", "锂电", "储能", "动力", "新", "大", "各类", "一批", "招商", "政策", "该", "本",
                 "企业", "投资", "制造", "生产制造", "智能制造", "运营", "全资", "控股", "下属", "旗下", "省级", "科创",
                 "市级", "国家级", "县级", "区级", "龙头", "头部", "链主", "上市", "知名", "骨干", "合资", "独资",
                 "外资", "民营", "国有", "地方", "当地", "本地", "多家", "首家", "一家", "这家", "那家", "两家",
                 "院士", "博士后", "博士", "专家", "院士专家", "技能大师", "大师", "劳模",  # 院士工作站
                 "数字", "绿色", "低碳", "零碳", "现代", "智慧", "集成", "技术", "工程", "检验", "检测", "认证",
                 "质量", "标准", "公共服务", "共享", "开放", "协同", "融合", "联合", "战略", "区域", "总部", "销售",
                 "营销", "物流", "结算", "数据", "展示", "体验", "交付", "采购", "社会", "民间", "金融", "产业资本",
                 "光伏", "氢能", "电池", "材料", "汽车", "新材料", "装备", "电子", "信息", "医药", "生物", "半导体",
                 "芯片", "化工", "能源", "电力", "市县", "区县", "县市", "省市", "地市", "两地", "各地", "领域", "行业"}
# The words of industries and chains (any chain): they say what a park or a centre is for, not which one it is.
INDUSTRY_WORDS = {"新能源", "新材料", "电子信息", "汽车", "新能源汽车", "智能网联", "装备制造", "高端装备", "生物医药",
                  "医药", "大健康", "健康", "半导体", "集成电路", "光电", "光伏", "氢能", "储能", "锂电", "钠电",
                  "化工", "精细化工", "食品", "纺织", "物流", "数字经济", "数字", "文创", "农业", "航空", "航天",
                  "低空", "机器人", "人工智能", "软件", "大数据", "云计算", "节能环保", "环保", "循环经济", "现代服务",
                  "金融", "商贸", "电池", "动力电池", "固态电池", "钠离子电池", "锂离子电池", "正极", "负极", "电解液",
                  "智能", "智能制造", "制造", "电子", "信息", "通信", "芯片", "显示", "新型显示", "能源", "电力",
                  "风电", "核电", "水电", "火电", "燃料电池", "石化", "钢铁", "有色", "冶金", "建材", "机械",
                  "生物", "医疗", "医疗器械", "器械", "中医药", "制药", "疫苗", "碳材料", "先进材料", "功能材料",
                  "稀土", "锂", "钠", "氢", "碳", "硅", "光", "电", "材料", "装备", "设备", "零部件", "汽配",
                  "绿氢", "绿氨", "绿电", "制氢", "储氢", "加氢", "风光", "风电光伏", "永磁", "稀土永磁",
                  # the classic light and heavy industries a county's park is named after (宁国经开区橡塑新材料产业园)
                  "橡塑", "塑胶", "橡胶", "塑料", "陶瓷", "玻璃", "五金", "模具", "轴承", "泵阀", "阀门", "铸造",
                  "锻造", "家具", "家居", "服装", "鞋业", "皮革", "造纸", "包装", "印刷", "农机", "电机"}
# A centre or a base with these words before its suffix is a company's facility, not a platform or park.
FACILITY_STEMS = ("运营", "结算", "营销", "销售", "物流", "数据", "展示", "展销", "体验", "交付", "采购", "客服",
                  "财务", "调度", "生产", "制造", "智造", "仓储", "配送", "分拨", "培训", "指挥", "智算", "算力",
                  "加工",  # 种子加工中心: a plant that processes, no platform
                  "灾备")  # 贵安数据灾备中心: a company's data centre for disaster recovery
# what a place's one work is (an airport, a station, a demonstration run), not a kind of project: 船山通用机场项目
PLACED_WORK_RE = re.compile(r"(?:机场|码头|港区|电站|加氢站|充电站|换电站|能源站|风电场|示范运营|示范工程|示范线|"
                            r"治沙|管网|输氢管道|管道|专用线)$")
# a base is a park only when it is an industrial base (…产业基地), not a plant (生产基地)
PARK_BASE_STEMS = ("产业", "工业", "产业化", "示范", "产业示范",
                   "化工", "能源", "石化", "钢铁", "冶金", "建材", "有色")  # 宁东能源化工基地: a sector's base
# Government bodies may be named by their level alone: 市经信局, 区管委会, 省发展改革委.
# (盟科技局, 行署发展改革委: a league's and a prefecture's administrative office)
LEVEL_WORDS = ("省", "市", "区", "县", "州", "盟", "旗", "行署", "镇", "乡", "国家", "中央", "省委", "市委", "区委",
               "县委", "全国", "自治区")  # 自治区科技厅
# what follows a park's name when a table cell or a record line names its phase (X产业园二期, X产业园一期工程)
PHASE_TAIL_RE = re.compile(r"[一二三四五六七八九十]期(?:工程)?\s*")
# a park's shared works named by no place of their own, in a phase (污水处理厂二期工程, 集聚区污水处理厂二期): the golds
# keep no project there, the park holds the figures
UTILITY_PHASE_RE = re.compile(r"(?:园区|集聚区|开发区|高新区|经开区)?(?:公共)?"
                              r"(?:污水处理厂|管廊|供热站|变电站|自来水厂)[一二三四五六七八九十]期(?:工程|项目)?")
PROJECT_STOPS = {"建设", "新建", "投建", "打造", "实施", "推进", "开工", "签约", "落地", "启动",
                 "当属", "要数", "首推",  # 分量最重的当属X项目: the copula that singles the project out
                 "县城", "城区", "市区", "主城区",  # 县城西环路加氢站: where in the county, no word of the name
                 "用于", "应用于", "服务于"}  # 年产10GWh用于储能电站的电芯: the goods' use, no station built
PRODUCT_GENERIC = {"生产", "相关", "配套", "关键", "主要", "新", "先进", "大型", "专用", "各类", "其他", "安装"}
# words that lead into a product's name without being part of it (现有光伏组件, 投产钠离子电池电芯)
PRODUCT_LEADING = {"现有", "重点", "主要", "相关", "配套", "生产", "投产", "投向", "研发", "制造", "全自动", "智能化",
                   "自动化", "各类", "多种", "一批", "新增", "量产", "供应", "提供", "销售", "出口", "应用", "年产",
                   "年产能", "月产", "日产", "产能", "产量", "产", "前者", "后者", "供货", "采购", "收购", "交付",
                   "出货", "旗下"}  # 月/产/12英寸晶圆: 月产 split; 旗下矿泉水: a group's own goods
NAME_VERBS = {"服务", "发展", "投资", "研究", "开发", "管理", "促进", "检测", "认证", "交易", "孵化", "转化",
              "创新", "改革", "建设", "制造", "储能", "控股", "监督", "设计", "运营", "检验", "封装", "测试",
              "制备", "回收", "利用", "加工", "示范", "治疗", "计量", "监测", "集成", "应用", "装配", "推广",
              # an industry's own work (生物发酵产业园, 合成生物中试基地, 黑土地保护…创新中心)
              "发酵", "合成", "标注", "育种", "冶炼", "铸造", "压铸", "印染", "储运", "保护", "修复", "治理",
              # the work of a manufacturing trade (焊接机器人技术创新中心, 精密锻造产业园, 注塑模具公共服务平台)
              "焊接", "锻造", "冲压", "注塑", "涂装", "喷涂", "电镀", "切削", "纺丝", "织造", "染整", "热处理",
              # what a platform does to what it serves (概念验证中心, 户外实证平台, 适航验证中试基地)
              "验证", "实证", "评价", "评测", "试验", "中试", "鉴定", "分析", "研制",
              "分离", "提纯", "介入"}  # 桂稀分离博士后科研工作站, 介入医疗器械工程技术研究中心
# industries jieba reads as verbs (休闲食品): words of an organisation's, park's or project's own name (a list of
# trades, 果蔬汁、休闲食品等…企业, reads NAME_VERBS only and names no company)
INDUSTRY_VERBS = {"休闲"}
# posts only a company has: after a brand they make it a company (晶拓半导体副总裁), opening a sentence they are
# at the company told of (董事长林浩介绍)
COMPANY_POSTS = r"(?:联合)?创始人|副?董事长|副?总经理|副?总裁|首席|总工程师|[^，。；]{0,4}总监|(?:生产|副)?厂长"
# the words that open what a company makes (主要生产, 主导产品为)
MAKES_LEAD = r"主要生产|主营|主要产品为|主导产品为|主要产品有|主要产品包括|产品包括"
# what a park's own company does for it (X产业园运营管理有限公司, 安义芯谷建设发展有限公司)
PARK_OPERATOR_RE = re.compile(r"运营|开发|建设|管理|投资|发展|服务")
NAME_TAGS = {"n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "j", "a", "ad", "an", "b", "g", "eng", "vn", "l", "i", "z"}
# tags that mark a word as a proper name: one such word makes a name specific
PROPER_TAGS = {"nr", "ns", "nt", "nz", "nrt", "nrfg", "j", "eng"}
ROLE_RE = re.compile(
    r"(?:项目|常务|代理|(?:全球|中国区|亚太区|大中华区|欧洲区|北美区)(?:执行)?)?副?"  # 中国区总裁, 全球执行副总裁
    r"(?:董事会秘书|董秘|联合创始人|创始人|党工委书记|党委书记|党组书记|首席科学家|首席[\u4e00-\u9fff]{2}官|CEO|CTO|COO|CFO|"
    r"董事长|执行董事|总经理|总裁|总工程师|总监|经理|(?:生产)?厂长|局长|院长|所长|校长|主任|书记|处长|"
    r"科长|股长|(?<!银)行长|区长|市长|县长|省长|州长|盟长|旗长|乡长|部长|厅长|镇长|链长|巡视员|调研员|负责人|秘书长|理事长|会长|主席|(?:管理|执行事务|创始)?合伙人|"
    r"工作人员|研究员|院士(?!专家|工作|（|\(|团队|站|创新|科创|服务|中心|小镇|港|园)|教授|博士生导师|硕士生导师|工程师|记者|通讯员|实习生|[一二三四]级主任科员|主任科员|(?<![园社治新发开景厂城])[市县区州旗盟]领导)(?:助理)?")
# a university's school named by a field of study (微电子学院, 农业工程学院), not a college of its own named by a
# person, a place or an old name (金陵学院, 嘉庚学院, 应用技术学院)
SCHOOL_FIELD = (r"[\u4e00-\u9fff]{0,8}(?:学|工程|科学|材料|化工|电子|信息|能源|环境|机械|电气|医|药|冶金|管理|"
                r"自动化|软件|光电|集成电路|食品|农业|动力|交通|建筑|土木|资源|海洋|物理|化学|生物|机电|车辆|航空|航天|"
                r"纺织|服装)")
SCHOOL_RE = re.compile(rf".{{2,}}?大学(?P<field>{SCHOOL_FIELD})学院")
# the CJK unified ideographs, for every regex of the extractor: a range to put in a class, and the class
CJK = "\u4e00-\u9fff"
CJK_NAME = f"[{CJK}]"
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
    "钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤涂敖兰文易蒲鲜"
    "俞冉岳常牛尚施柳祝阎洪包左甘齐翟殷温康聂季储葛伍章鲁乔庞滕倪邢焦裴柴耿欧关应符骆詹申喻谷柯卓晏练邬"
    "冼佘麦阮揭艾萨卜凌傅苗鲍池屈房闵卞景霍戚舒饶盛容伏仇童农蓝梅辛庄匡鞠荣颜路管车宁成"
    # rarer ones, none a common word's first character (安, 来, 明 and the like stay out)
    "祁靳栾蔺窦隋巩邸寇穆姬单解尤桂廉宫仲晁冀娄郎邝谌褚臧岑缪卫闻湛禹尉茅杭鄢郁虞米桑蒙"
    "赖胥曲劳"  # 副局长赖晓明, 局长胥晓峰, 副主任曲静彤, 常务副市长劳永健
    # rare ones still (总经理仝海波, 局长阚立新, 董事长蒯建平, 云南的矣姓), none the first character of a word the genre
    # writes after a post (not 党, 惠, 薄, 鄂, 韶, 萧, 巢, 暨: 党委, 惠企, 薄膜, 鄂尔多斯, 韶关, 萧山, 巢湖, 局长暨…)
    "奚酆毕狄樊昝裘贲钮嵇翁荀於甄芮羿汲邴糜巫弓隗宓蓬郗仰钭厉戎郜蓟邰莘逄堵宰郦雍卻璩濮扈郏瞿茹宦庾夔殳厍"
    "訾阚毋乜蒯竺逯桓仝矣蒉缑綦亓禚粟庹刁柏屠苍慕阙席佟迟栗"  # (县长席鹏)
    "犹刀税")  # 管委会主任犹登科, 傣族的刀姓 (管委会副主任刀丽萍), 四川的税姓 (税务, 税收 are words of their own)
# two-character surnames (市长司徒宏亮, 副总经理欧阳丽华): the name runs to four characters
COMPOUND_SURNAMES = ("司徒", "欧阳", "上官", "诸葛", "司马", "夏侯", "东方", "皇甫", "令狐", "慕容", "尉迟", "公孙",
                     "端木", "长孙", "宇文", "南宫", "独孤", "申屠", "轩辕", "澹台")
# the Yi's surnames, two characters before a two-character given name (副市长吉克伍呷, 市长海来阿木)
YI_SURNAMES = ("吉克", "阿苏", "沙马", "吉木", "曲比", "俄木", "海来", "勒格", "吉伍")
COMPOUND_SURNAMES += YI_SURNAMES
# 次仁多吉, 扎西卓玛, 旺姆; 斯琴巴图, 那仁高娃, 其木格: Tibetan and Mongolian names have no surname; they are one or
# two of these given names, so a name of them between a post and a verb of speech (副主任次仁多吉表示) is a person.
SURNAMELESS_NAME_PARTS = (
    "扎西|次仁|才让|多吉|多杰|卓玛|旺姆|拉姆|央金|德吉|尼玛|达瓦|达娃|巴桑|边巴|普布|平措|格桑|索朗|洛桑|丹增|旦增|顿珠|"
    "仁青|白玛|曲珍|益西|贡布|强巴|旺堆|次旦|嘉措|加措|罗布|群培|次珠|米玛|拉巴|桑珠|卓嘎|德庆|央宗|玉珍|占堆|欧珠|土登|"
    "坚参|赤列|旺久|久美|才旦|吉美|索南|阿旺|旦巴|普琼|琼达|措姆|拉珍|次央|扎巴|仓决|达瓦|边珍|格列|群宗|"
    "巴图|斯琴|那仁|高娃|额尔敦|其木格|其其格|白音|巴特尔|朝鲁|宝音|图雅|萨仁|乌日根|孟和|那日苏|苏日|阿拉坦|敖其尔|"
    "格日勒|毕力格|哈斯|满都拉|布和|特木尔|巴雅尔|乌力吉|吉日嘎拉|额尔德尼|图门|达来|乌云|塔娜")
SURNAMELESS_NAME = rf"(?:{SURNAMELESS_NAME_PARTS}){{1,2}}"
# 阿克苏纺织工业城（开发区）: a park's name with the designation it holds as a zone in brackets, one zone's name
ZONE_BRACKET_RE = re.compile(r"[（(](?:经济技术开发区|经济开发区|高新技术产业开发区|开发区|高新区|经开区)[）)]")
# 艾力·买买提: a name of two parts joined by a middle dot (Uyghur, Kazakh, Mongolian names), no surname; the second
# part as short as ends the name (艾尔肯·吐尔逊 of …吐尔逊陪同)
DOTTED_NAME = rf"{CJK_NAME}{{1,6}}·{CJK_NAME}{{1,6}}?"


# 一、2025年工作总结, 二、重点签约项目: a first-level numbered heading of a report
HEADING_RE = re.compile(r"\s*[一二三四五六七八九十]+、")
# “…”X公司总经理Y说: the words after a quotation that say who spoke it
SAYS_RE = re.compile(r"^[^。“”]{0,40}?(?:说|表示|介绍|称|坦言|透露)")


def clause_start_before(text: str, at: int) -> int:
    """Where the clause holding offset `at` starts: after the last comma, semicolon, full stop,
    colon or line break before it."""
    return max(text.rfind(mark, 0, at) for mark in "，；。：\n") + 1


def abbreviation_end(text: str, at: int, limit: int, name: str, kept: int = 2) -> int | None:
    """The end of text[at:…] (at most `limit`) when it shortens `name`: the name's first `kept` characters, then
    some of the rest in order, the last character the name's own (园 or 区): 中德园, 上海化工区; else None."""
    if name[-1] not in "园区" or not text.startswith(name[:kept], at):
        return None
    for end in range(limit, at + 2, -1):
        short = text[at:end]
        if short[-1] != name[-1] or name.startswith(short) or not re.fullmatch(rf"{CJK_NAME}+", short):
            continue
        rest = iter(name[kept:])
        if all(char in rest for char in short[kept:]):
            return end
    return None


# the bracket that opens a name's declared short form: （以下简称“中天科技”）, (下称"中天"), （统称…）
ALIAS_OPENING = r"[（(]\s*(?:以下|下文)?(?:简称|下称|统称)"


def alternatives(words: Iterable[str]) -> str:
    """A regex alternation of the words, longest first (so that 智能装备 wins over 装备)."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
