"""The vocabulary of the extraction rules: which name suffix says which class, how classes group
into kinds, and the words that end or cannot start a name.

The rules are plain tables so a curator can read why a candidate was proposed, and widen them
when a new article uses a suffix or role word they do not yet know.
"""

from __future__ import annotations

import re

# suffix -> class; the longest suffix a name ends with decides.
SUFFIX_CLASSES = {
    "股份有限公司": "Company", "有限责任公司": "Company", "有限公司": "Company", "公司": "Company",
    "集团": "Company", "研究院": "ResearchInstitute", "研究所": "ResearchInstitute", "实验室": "ResearchInstitute",
    "研究中心": "ResearchInstitute", "设计院": "ResearchInstitute", "科学院": "ResearchInstitute",
    "大学": "University", "学院": "University", "平台": "Platform", "中心": "Platform",
    "孵化器": "Incubator", "加速器": "Incubator", "众创空间": "Incubator", "基金": "Fund",
    "局": "GovernmentBody", "委员会": "GovernmentBody", "管委会": "GovernmentBody", "改委": "GovernmentBody",
    "经信委": "GovernmentBody", "政府": "GovernmentBody", "厅": "GovernmentBody",
    "日报": "Publisher", "晚报": "Publisher", "融媒体中心": "Publisher", "电视台": "Publisher", "新闻网": "Publisher",
    "工业园区": "IndustrialPark", "产业园区": "IndustrialPark", "产业园": "IndustrialPark", "工业园": "IndustrialPark",
    "科技园": "IndustrialPark", "园区": "IndustrialPark", "基地": "IndustrialPark",
    "高新区": "HighTechZone", "经开区": "HighTechZone", "开发区": "HighTechZone", "新区": "HighTechZone",
    "自贸区": "HighTechZone", "综保区": "HighTechZone", "保税区": "HighTechZone",
    "经济圈": "EconomicRegion", "经济带": "EconomicRegion", "城市群": "EconomicRegion", "都市圈": "EconomicRegion",
    "正极材料": "Material", "负极材料": "Material", "材料": "Material", "前驱体": "Material", "电解液": "Material",
    "隔膜": "Material", "铜箔": "Material", "粉": "Material", "电池": "Product", "电芯": "Product",
    "结构件": "Product", "储能系统": "Product", "电池包": "Product", "模组": "Product", "芯片": "Product",
    "设备": "Product", "装备": "Product", "零部件": "Product", "组件": "Product", "阀": "Product",
    "项目": "Project",
}
SUFFIXES = sorted(SUFFIX_CLASSES, key=len, reverse=True)
# The ontology has one zone class; development zones, new areas and free-trade zones map to it.
KINDS = {
    "organisation": {"Company", "ResearchInstitute", "University", "Platform", "Incubator", "GovernmentBody",
                     "Publisher", "Fund"},
    "park": {"IndustrialPark"},
    "zone": {"HighTechZone"},
    "region": {"AdministrativeRegion", "EconomicRegion"},
    "person": {"Person"},
    "product": {"Product", "Material"},
    "project": {"Project"},
    "quantity": {"Quantity", "Capacity"},
}
KIND_OF = {cls: kind for kind, classes in KINDS.items() for cls in classes}
INDUSTRY_TAILS = ("新能源", "新材料", "能源", "材料", "电池", "储能", "电子", "汽车", "动力")
MAX_NAME = {"organisation": 30, "park": 16, "zone": 14, "region": 14, "product": 14, "project": 40}
ZONE_WORDS = ("高新区", "经开区", "开发区", "新区", "自贸区", "综保区", "保税区")
LEGAL_SUFFIXES = ("股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "集团", "公司")
# Words that end like a name but are not one (布局 ends in 局).
FALSE_SUFFIX_WORDS = {"布局", "格局", "大局", "全局", "结局", "开局", "当局", "局面", "局势", "时局", "破局", "新格局",
                      "出厅", "大厅", "展厅", "餐厅", "客厅", "粉丝", "花粉", "面粉"}
NOT_NAMES = {"中心", "平台", "基地", "园区", "项目", "材料", "电池", "设备", "新区", "公司", "集团", "基金"}
# Stems too generic to name something (飞地园区 is a way of cooperating, not a park).
GENERIC_STEMS = {"产业", "工业", "科技", "创新", "服务", "公共", "综合", "飞地", "特色", "专业", "重点", "重大", "新兴",
                 "科研", "成果转化", "中试", "孵化", "研发", "合作", "示范", "试点", "相关", "生产", "配套", "核心",
                 "关键", "主要", "优质", "大型", "新型", "先进", "高端", "产业化", "建设", "在建", "规划", "新能源",
                 "钠电", "锂电", "储能", "动力", "新", "大", "各类", "一批", "招商", "政策", "该", "本", "企业", "投资"}
PROJECT_STOPS = {"建设", "新建", "投建", "打造", "实施", "推进", "开工", "签约", "落地"}
PRODUCT_GENERIC = {"生产", "相关", "配套", "关键", "主要", "新", "先进", "大型", "专用", "各类", "其他", "安装"}
STOP_WORDS = {"在", "据", "以", "对", "和", "与", "及", "为", "把", "被", "将", "由", "从", "向", "的", "了", "是",
              "有", "等", "或", "并", "而", "其", "该", "这", "那", "此", "各", "本", "全省", "全市", "全区", "全县",
              "全国", "我市", "我省", "我区", "我县", "首个", "首批", "一批", "一个", "作为", "通过", "依托", "围绕",
              "推动", "走进", "来到", "位于", "落户", "入驻", "引进", "签约", "对接", "现", "已", "正", "也", "还",
              "记者", "同时", "目前", "如今", "近年来", "今年", "去年", "以及", "其中", "便是", "就是",
              "公司", "该公司"}
NAME_VERBS = {"服务", "发展", "投资", "研究", "开发", "管理", "促进", "检测", "认证", "交易", "孵化", "转化",
              "创新", "改革", "建设", "制造", "储能", "控股", "监督", "设计"}
NAME_TAGS = {"n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "j", "a", "ad", "an", "b", "g", "eng", "vn", "l", "i", "z"}
ROLE_RE = re.compile(
    r"(?:项目|常务)?副?(?:党工委书记|党委书记|董事长|总经理|总裁|总工程师|总监|经理|局长|院长|所长|校长|主任|书记|处长|"
    r"科长|区长|市长|县长|省长|部长|厅长|镇长|负责人|秘书长|理事长|会长|主席|工作人员|研究员|教授|工程师|记者|通讯员)")
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
    "钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤涂敖兰文易蒲鲜")
CJK_NAME = r"[\u4e00-\u9fff]"
