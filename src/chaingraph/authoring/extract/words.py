"""Words that delimit names: the function words a name never starts or ends with, the verbs that
open a list of names (引进 A、B、C 等企业), and the head nouns that say what a list names.

Plain tables, read by the name finders (``spans``, ``lists``) and the fragment check.
"""

from __future__ import annotations

from chaingraph.authoring.extract.rules import GENERIC_STEMS, INDUSTRY_WORDS, NOT_NAMES

# 副产品血浆蛋白粉, 主打产品X: what goods are to the firm that makes them, no word of their name (a name's start
# here, a product's in ``products.noun_tail``)
GOODS_ROLES = ("副产品", "新产品", "主导产品", "拳头产品", "主打产品")
# Whole words that stop a name walked back from its suffix.
STOP_WORDS = {"在", "据", "以", "对", "和", "与", "及", "为", "把", "被", "将", "由", "从", "向", "的", "了", "是",
              "有", "等", "或", "并", "而", "其", "该", "这", "那", "此", "各", "本", "全省", "全市", "全区", "全县",
              "全国", "我市", "我省", "我区", "我县", "首个", "首批", "一批", "一个", "作为", "通过", "依托", "围绕",
              "推动", "走进", "来到", "位于", "落户", "入驻", "引进", "签约", "对接", "现", "已", "正", "也", "还",
              "落地", "部分", "会同",  # 将会同市发展和改革委员会: "together with", no word of the body named after it
              "记者", "同时", "目前", "如今", "近年来", "今年", "去年", "以及", "其中", "便是", "就是", "公司",
              "该公司", "签署", "签订", "携手", "联合", "同", "跟", "赴", "至", "到", "于", "即", "就", "当地", "本地",
              "外地", "各地", "以下", "简称", "下称", "旗下", "下属", "所属", "包括", "如", "像", "比如", "例如",
              "等等", "调研", "考察", "参观", "走访", "视察", "观摩", "拜访", "会见", "会晤", "洽谈", "指导", "督导",
              "慰问", "检查", "推介", "报道", "投向", "主营", "主营业务", "主要生产", "产品包括",
              "子公司", "孙公司",  # X的全资子公司Y有限公司: Y starts after them
              "经",  # 经自治区科技厅批准: by way of, no word of a name
              "不",  # 企业不出园区即可…: a negation, no word of a name (jieba cuts 不/出)
              "今年以来", "去年以来", "近年以来", "年初以来", "此前", "随后",  # times jieba keeps as idioms (i)
              "进驻", "深化",  # 推动更多企业进驻汽配园, 深化/j X工业园区…: verbs, whatever jieba tags them
              "发挥", "充分发挥",  # 充分发挥/n 示范区…优势
              "率", "率领", "带领",  # 副州长田光荣率/v 州发展改革委…负责人: an official leads the bodies after
              "代表", "兼",  # 彭浩代表区政府签约, 局长乔永红（兼区…办公室主任）: on behalf of, the second post held
              "年报", "年报显示"}  # 年报显示公司前五大客户…: the annual report says, of the company
# Single characters that are never the first or last character of a name.
FUNCTION_CHARS = set("在于与和及同跟向对把被将由从为是的地得了着过赴至到让使给等并而或即也都还又再就才已正均各每该此"
                     "这那其本我你他她它以因据若且但共约近逾余个内更")  # 内: 园区内X公司 (where, not a brand);
# 更: 申报更多省级创新平台 (more of them, no brand's character)
# Characters no name starts or ends with (a name can start with 正, 同, 至: 正泰, 同济, 至纯).
EDGE_CHARS = set("的得了着过与和及在于对把被将由从为是等并而或即也都还又就才均该此这那其、，。；：！？")
BAD_STARTS = EDGE_CHARS | {"）", ")", "》", "”", "’"}
BAD_ENDS = EDGE_CHARS | {"（", "(", "《", "“", "‘"}
# Verbs that may open a name's words but never its first word: they are what is done to it.
LEADING_VERBS = {"建设", "新建", "投建", "打造", "实施", "推进", "开工", "签约", "落地", "布局", "筹建", "组建",
                 "成立", "设立", "引进", "引入", "培育", "加快", "加强", "支持", "服务", "发展", "投资", "建成",
                 "落户", "入驻", "申报", "创建", "选址", "位于", "坐落", "地处", "落子", "布点", "认定", "获批",
                 "获评", "挂牌", "揭牌", "启动", "运营", "参与", "牵头", "依托", "联合", "携手", "共建", "合作",
                 "对接", "升级", "扩建", "续建", "拟建", "在建", "规划", "投向", "利用", "新签约", "新引进",
                 "协调", "解决", "督导", "包抓", "帮扶", "负责", "承担",  # 现场协调解决项目推进中的困难: no name
                 "来到", "走进", "察看", "观摩", "参观", "力争",  # 观摩团来到X有限公司…项目, 力争园区产值…
                 "投运", "投用", "启用",  # 全县投运加氢站1座: put into use, no word of the name
                 "消耗", "耗用",  # 年消耗萤石粉8万吨: what a plant takes in, no word of its name
                 *GOODS_ROLES,
                 "做强", "做大", "做优", "建强", "壮大",  # （一）做强园区平台: a work report's task, no name
                 "用好", "同处",  # 要用/好 X中试基地, 同/处 X产业园: verbs jieba cuts
                 "分设", "下设", "设有", "辖有",  # 一园三区，分设龙洞堡园区、…: the parts a park is divided into
                 "代表", "访", "专访", "走访",  # 我代表X管委会向大会报告, ——访X管委会副主任: a speaker's verb
                 "供应", "供货", "满足", "搬到", "迁至", "靠近"}  # 80%供应泽羽集团, 基本满足集团需求: whom goods go
# Verbs (and phrases) after which a list of organisations typically follows.
LIST_TRIGGERS = {"招引", "引进", "引入", "引育", "落户", "签约", "集聚", "聚集", "汇聚", "吸引", "入驻", "招商",
                 "走访", "调研", "考察", "参观", "投向"}  # 投向: a fund's investments
# The noun after 等 (or after the last item) says what the listed names are.
LIST_HEADS = (
    ("企业", "Company"), ("公司", "Company"), ("集团", "Company"), ("车企", "Company"), ("药企", "Company"),
    ("央企", "Company"), ("国企", "Company"), ("民企", "Company"), ("名企", "Company"), ("外企", "Company"),
    ("厂商", "Company"), ("厂家", "Company"), ("巨头", "Company"), ("龙头", "Company"), ("品牌", "Company"),
    ("银行", "Company"), ("金融机构", "Company"), ("投资机构", "Company"),
    ("供应商", "Company"), ("客户", "Company"), ("合作伙伴", "Company"),  # 向晶川硅业、宏硅材料等供应商采购
    ("高校", "University"), ("院校", "University"), ("大学", "University"),
    ("科研院所", "ResearchInstitute"), ("院所", "ResearchInstitute"), ("研究机构", "ResearchInstitute"),
    ("科研机构", "ResearchInstitute"), ("平台", "Platform"), ("基金", "Fund"), ("项目", "Project"),
)
# What a list's head may also name and the listed names then are not organisations.
NOT_LIST_HEADS = ("负责人", "代表", "领导", "嘉宾", "专家", "人员", "产品", "城市", "地区", "省份", "国家",
                  "区县", "行业", "领域", "环节", "材料", "技术")
# Labels for kinds of companies: 专精特新、高新技术等企业 lists categories, not companies.
CATEGORY_WORDS = {"专精特新", "小巨人", "单项冠军", "瞪羚", "独角兽", "隐形冠军", "高新技术", "规上", "规模以上",
                  "上市", "拟上市", "科技型", "创新型", "中小", "中小型", "大中型", "外资", "民营", "国有", "央企",
                  "国企", "民企", "龙头", "链主", "配套", "上下游", "上游", "下游", "中游", "本地", "外地"}


def generic_word(word: str, keep_industries: bool = False) -> bool:
    """A word that says what kind of thing, not which (产业, 生物科技 = 生物 + 科技, 该); with
    `keep_industries`, industry words (氢能, 半导体) count as naming something."""
    generic = GENERIC_STEMS - INDUSTRY_WORDS if keep_industries else GENERIC_STEMS | INDUSTRY_WORDS

    def split(rest: str) -> bool:
        return not rest or any(rest[:n] in generic and split(rest[n:]) for n in range(len(rest), 0, -1))

    return word in NOT_NAMES or split(word)


# energy and water a plant takes in, right after the verb: what it consumes or buys of them names no goods
# (年消耗标准煤, 年耗用水量, 外购蒸汽; not 电解液, 水泥, 直供铝水: goods)
ENERGY_INPUTS = (r"(?:水(?![泥玻处])|[^，。；\d]{0,4}(?:能源|能耗|自来水|用水|水量|新鲜水|新水|电力|电能|用电|"
                 r"电(?![\u4e00-\u9fff])|标准煤|标煤|燃气|天然气|蒸汽|热力))")

# the last characters of goods' names (传感器, 制动软管, 离型剂, 压敏胶, 空心胶囊, 药用玻璃瓶, 石英坩埚, 金刚线, 母粒):
# before 等配套企业 such items are what the firms make, not the firms
GOODS_LAST_CHARS = tuple("机器仪泵件剂膜板管布胶瓶囊粒砂埚线片丝粉液盒罐带箔芯阀框")  # (not 料: 天赐材料 is a firm)

# 由现在的60万套提升到…, 从改造前的86%提高到…: the state a change starts from, written between 由/从 and its figure
BEFORE_CHANGE = r"(?:现有|现在|目前|当前|原来|原有|过去|改造前|技改前|搬迁前)"
# 租用园区标准厂房: a firm renting space (not 对外租赁, 可供租赁: a landlord's space to let)
RENT_VERBS = r"(?<!对外)(?<!可供)(?<!用于)(?:租用|租赁|承租|租下)"

# 年分离能力, 年配套能力, 总装能力: a capacity named by the work the plant does to goods (not 处理, 回收: what a plant
# takes in, 生活垃圾日处理能力, is no goods; 日屠宰能力…头 counts a herd, read as one)
WORK_CAPACITY = r"(?:总装|组装|装配|制造|加工|封装|分离|冶炼|精炼|提纯|配套|供货)能力"
# 良品率, 合格率, 转换效率: rates measured on the goods a line makes
QUALITY_RATES = (r"(?:良品率|良率|成品率|合格率|不良率|优等品率|优级品率|一等品率|优品率|正品率|直通率|"
                 r"转换效率|能量效率)")
