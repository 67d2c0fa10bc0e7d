"""The analysts' library (queries/): every competency question has its exact answer on the Zigong data.

Each expected row was checked against the article (`chaingraph normalize zigong-gaoxinqu-2024-08`,
sentence ids in the comments) or, for aliases and chain segments, against the curated YAML in
data/facts/ and data/reference/.
"""

from __future__ import annotations

import pytest
from support import ROOT, ZIGONG

from chaingraph.dataset.sparql import library, result_rows, run_query
from chaingraph.dataset.store import store_from_quads

ZONE = "自贡高新区"
JIANA_PROJECT = "珈钠能源年产10万吨聚阴离子正极材料一期项目"
JIANA = "自贡珈钠能源科技有限公司"
INTEGRATED = "集成授权改革"
LAND_PILOT = "“拿地即开工”试点"
LAYOUT = "钠电池纳入全省动力电池和储能电池“大产业、细分工”重点布局"
TECH_MODEL = "“高校智力+产业项目+平台资源”科技成果转化模式"
S025 = (
    "如今，在集成授权改革的机遇下，高新区现具备5GWh钠离子电池电芯、30万吨钠电正极材料、500万件精密结构件等"
    "在建或规划产能，以钠电全产业链为特色的新能源产业集群发展初具规模。"
)
SOURCE = f"source:{ZIGONG}"
PLANNED = "planned-or-under-construction"

EXPECTED: dict[str, list[tuple[str, ...]]] = {
    # s011 走进高新区板仓工业园区 ... s012 珈钠能源...一期项目建设现场; s036 钛粉、球阀 projects in the zone
    "01-companies-projects-by-place": [
        ("id:bancang-industrial-park", "板仓工业园区", "company", "id:jiana-energy", JIANA, "id:jiana-cathode-project"),
        ("id:bancang-industrial-park", "板仓工业园区", "project", "id:jiana-cathode-project", JIANA_PROJECT, ""),
        ("id:zigong-high-tech-zone", ZONE, "company", "id:jiana-energy", JIANA, "id:jiana-cathode-project"),
        ("id:zigong-high-tech-zone", ZONE, "project", "id:ball-valve-project", "长寿命球阀成果转化项目", ""),
        ("id:zigong-high-tech-zone", ZONE, "project", "id:jiana-cathode-project", JIANA_PROJECT, ""),
        ("id:zigong-high-tech-zone", ZONE, "project", "id:titanium-powder-project", "高性能钛粉制备成果转化项目", ""),
    ],
    # s012 年产10万吨 (completed: s014 6月底整个项目竣工); s025 5GWh / 30万吨 / 500万件 在建或规划产能
    "02-capacities": [
        ("id:jiana-polyanion-capacity", JIANA_PROJECT, "聚阴离子正极材料", "100000", "TNE", "ANN", "completed",
         "已建成", "2024-06", "2024-06-01", "2024-06-30"),
        # the company runs the project (s012 珈钠能源...一期项目): the build derives that it holds the capacity
        ("id:jiana-polyanion-capacity", JIANA, "聚阴离子正极材料", "100000", "TNE", "ANN", "completed",
         "已建成", "2024-06", "2024-06-01", "2024-06-30"),
        # s025 gives no period for the zone's figures: UNKNOWN, stated by the loader
        ("id:zone-precision-parts-capacity", ZONE, "精密结构件", "5000000", "C62", "UNKNOWN", PLANNED, "在建或规划",
         "2024-08-05", "2024-08-05", "2024-08-05"),
        ("id:zone-sodium-cathode-capacity", ZONE, "钠电正极材料", "300000", "TNE", "UNKNOWN", PLANNED, "在建或规划",
         "2024-08-05", "2024-08-05", "2024-08-05"),
        ("id:zone-sodium-ion-cell-capacity", ZONE, "钠离子电池电芯", "5", "GWH", "UNKNOWN", PLANNED, "在建或规划",
         "2024-08-05", "2024-08-05", "2024-08-05"),
    ],
    # s032 已经成功转化了三个科研项目; s036 23个成果转化项目，实现新增产值超5亿元
    "03-indicators": [
        (
            "id:pilot-platform-transferred-projects",
            "自贡先进碳材料产业研究院中试平台",
            "已转化科研项目数",
            "3",
            "",
            "C62",
            "achieved",
            "2024-08-05",
        ),
        (
            "id:tech-transfer-added-output",
            TECH_MODEL,
            "新增产值",
            "500000000",
            "more-than",
            "CNY",
            "achieved",
            "2024-08-05",
        ),
        ("id:tech-transfer-added-output", ZONE, "新增产值", "500000000", "more-than", "CNY", "achieved", "2024-08-05"),
        ("id:tech-transfer-project-count", TECH_MODEL, "成果转化项目数", "23", "", "C62", "achieved", "2024-08-05"),
        ("id:tech-transfer-project-count", ZONE, "成果转化项目数", "23", "", "C62", "achieved", "2024-08-05"),
    ],
    # products of s012, s023, s025, s036; segments from data/reference/zigong-product-segments.yaml
    "04-products-segments": [
        ("id:long-life-ball-valve", "长寿命球阀", "product", "", ""),
        (
            "id:polyanion-cathode-material",
            "聚阴离子正极材料",
            "material",
            "id:polyanion-cathode-segment",
            "聚阴离子型正极",
        ),
        (
            "id:precision-structural-parts",
            "精密结构件",
            "product",
            "id:structural-parts-segment",
            "精密结构件（壳体、盖板等）",
        ),
        ("id:sodium-cathode-material", "钠电正极材料", "material", "id:cathode-materials-segment", "正极材料"),
        ("id:sodium-ion-battery", "钠电池", "product", "id:cell-segment", "电芯"),
        ("id:sodium-ion-cell", "钠离子电池电芯", "product", "id:cell-segment", "电芯"),
        ("id:titanium-powder", "高性能钛粉", "material", "", ""),
    ],
    # s038 主动对接成都高新区、重庆綦江高新区等兄弟区县，以飞地园区、合作共建等模式
    "05-partner-zones": [
        ("id:zigong-chengdu-cooperation", "id:chengdu-high-tech-zone", "成都高新区", "id:enclave-park", "飞地园区"),
        (
            "id:zigong-chengdu-cooperation",
            "id:chengdu-high-tech-zone",
            "成都高新区",
            "id:joint-development",
            "合作共建",
        ),
        ("id:zigong-qijiang-cooperation", "id:qijiang-high-tech-zone", "重庆綦江高新区", "id:enclave-park", "飞地园区"),
        (
            "id:zigong-qijiang-cooperation",
            "id:qijiang-high-tech-zone",
            "重庆綦江高新区",
            "id:joint-development",
            "合作共建",
        ),
    ],
    # s005 (reform), s016-s018 (measures -> 拿地即开工 -> the Jiana project), s023 (layout), s035 (demo zone)
    "06-policies-enabled": [
        (
            "id:acceptance-with-deficiencies",
            "容缺受理",
            "measure",
            INTEGRATED,
            "id:land-to-construction-pilot",
            LAND_PILOT,
        ),
        ("id:early-intervention", "提前介入", "measure", INTEGRATED, "id:land-to-construction-pilot", LAND_PILOT),
        ("id:full-agency-service", "全程代办", "measure", INTEGRATED, "id:land-to-construction-pilot", LAND_PILOT),
        ("id:innovative-enterprise-cultivation", "创新型企业梯度培育工程", "measure", "", "", ""),
        ("id:land-to-construction-pilot", LAND_PILOT, "measure", INTEGRATED, "id:jiana-cathode-project", JIANA_PROJECT),
        ("id:multi-level-platform-system", "多层次创新平台体系", "measure", "", "", ""),
        ("id:nanny-style-service", "“保姆式”服务", "measure", "", "", ""),
        (
            "id:notification-and-commitment",
            "告知承诺",
            "measure",
            INTEGRATED,
            "id:land-to-construction-pilot",
            LAND_PILOT,
        ),
        ("id:one-thing-one-go", "“一件事一次办”", "measure", "", "", ""),
        ("id:sodium-battery-in-provincial-layout", LAYOUT, "measure", "", "", ""),
        ("id:time-limited-completion", "限时办结", "measure", INTEGRATED, "id:land-to-construction-pilot", LAND_PILOT),
        ("id:economic-administrative-separation-reform", "经济区与行政区适度分离改革", "reform", "", "", ""),
        ("id:enterprise-investment-commitment-reform", "企业投资项目承诺制改革", "reform", INTEGRATED, "", ""),
        ("id:integrated-authorization-reform", INTEGRATED, "reform", "", "id:jiana-cathode-project", JIANA_PROJECT),
        (
            "id:provincial-authorized-support-items",
            "省级授权支持事项",
            "support item",
            INTEGRATED,
            "id:sodium-battery-in-provincial-layout",
            LAYOUT,
        ),
        (
            "id:tech-transfer-demo-zone-support",
            "支持自贡高新区建设省级科技成果转移转化示范区",
            "support item",
            INTEGRATED,
            "id:innovative-enterprise-cultivation",
            "创新型企业梯度培育工程",
        ),
        (
            "id:tech-transfer-demo-zone-support",
            "支持自贡高新区建设省级科技成果转移转化示范区",
            "support item",
            INTEGRATED,
            "id:multi-level-platform-system",
            "多层次创新平台体系",
        ),
    ],
    # s006 试验田, s018 measures, s020 一件事一次办, s023 发展思路, s029 一平台三基地, s035, s036 新模式
    "07-measures-applied": [
        (
            "id:carbon-pilot-platform",
            "自贡先进碳材料产业研究院中试平台",
            "uses model",
            "id:one-platform-three-bases",
            "“一平台三基地”模式",
        ),
        (
            "id:government-service-center",
            "高新区政务服务中心",
            "applies measure",
            "id:one-thing-one-go",
            "“一件事一次办”",
        ),
        *[
            ("id:zigong-high-tech-zone", ZONE, "applies measure", f"id:{what}", name)
            for what, name in (
                ("acceptance-with-deficiencies", "容缺受理"),
                ("early-intervention", "提前介入"),
                ("enterprise-investment-commitment-reform", "企业投资项目承诺制改革"),
                ("full-agency-service", "全程代办"),
                ("innovative-enterprise-cultivation", "创新型企业梯度培育工程"),
                ("multi-level-platform-system", "多层次创新平台体系"),
                ("nanny-style-service", "“保姆式”服务"),
                ("notification-and-commitment", "告知承诺"),
                ("provincial-authorized-support-items", "省级授权支持事项"),
                ("tech-transfer-demo-zone-support", "支持自贡高新区建设省级科技成果转移转化示范区"),
                ("time-limited-completion", "限时办结"),
            )
        ],
        ("id:zigong-high-tech-zone", ZONE, "pilots", "id:integrated-authorization-reform", INTEGRATED),
        ("id:zigong-high-tech-zone", ZONE, "pilots", "id:land-to-construction-pilot", LAND_PILOT),
        (
            "id:zigong-high-tech-zone",
            ZONE,
            "uses model",
            "id:sodium-leads-lithium-pv-support",
            "钠电储能做龙头、锂电光伏做配套",
        ),
        ("id:zigong-high-tech-zone", ZONE, "uses model", "id:tech-transfer-model", TECH_MODEL),
    ],
    # s027-s032 the institute and its pilot platform; s033 启迪之星孵化器
    "08-platforms": [
        (
            "id:carbon-materials-institute",
            "自贡先进碳材料产业技术研究院",
            "research institute",
            ZONE,
            "",
            "碳材料产业",
            "",
            "",
        ),
        (
            "id:carbon-pilot-platform",
            "自贡先进碳材料产业研究院中试平台",
            "platform",
            ZONE,
            "自贡先进碳材料产业技术研究院",
            "碳材料产业",
            "“一平台三基地”模式",
            "中试平台已转化3个科研项目",
        ),
        ("id:tusstar-incubator", "高新区启迪之星孵化器", "incubator", ZONE, "", "", "", ""),
    ],
    # s014 项目负责人王亮, s018 企业服务局副局长涂强, s021 工作人员黄枫, s030 副院长罗敏, s040 自贡融媒记者
    "09-people": [
        ("id:huang-feng", "黄枫", "工作人员", "staff member", "id:jiana-energy", JIANA),
        (
            "id:luo-min",
            "罗敏",
            "副院长",
            "vice president",
            "id:carbon-materials-institute",
            "自贡先进碳材料产业技术研究院",
        ),
        ("id:song-ziyi", "宋姿熠", "记者", "reporter", "id:zigong-media", "自贡融媒"),
        ("id:tu-qiang", "涂强", "副局长", "deputy director", "id:enterprise-service-bureau", "高新区企业服务局"),
        ("id:wang-hanqing", "王汉卿", "记者", "reporter", "id:zigong-media", "自贡融媒"),
        ("id:wang-liang", "王亮", "项目负责人", "project lead", "id:jiana-cathode-project", JIANA_PROJECT),
        ("id:zhou-xinyu", "周馨钰", "记者", "reporter", "id:zigong-media", "自贡融媒"),
    ],
    # every fact about the 5 GWh cell capacity rests on sentence s025
    "10-evidence": [
        ("rdf:type", "cg:Capacity", "5GWh钠离子电池电芯", "s025", S025, SOURCE, ""),
        (
            "cg:date",
            "2024-08-05",
            "如今，在集成授权改革的机遇下，高新区现具备5GWh钠离子电池电芯",
            "s025",
            S025,
            SOURCE,
            "",
        ),
        ("cg:dateEnd", "2024-08-05", "", "", "", "", "derived: the first or last day of the period the date names"),
        ("cg:dateStart", "2024-08-05", "", "", "", "", "derived: the first or last day of the period the date names"),
        ("cg:ofProduct", "id:sodium-ion-cell", "5GWh钠离子电池电芯", "s025", S025, SOURCE, ""),
        ("cg:perPeriod", "UNKNOWN", "", "", "", "",
         "no period stated in the source; recorded as UNKNOWN by the loader"),
        ("cg:status", "cg:PlannedOrUnderConstruction", "等在建或规划产能", "s025", S025, SOURCE, ""),
        ("cg:unitCode", "GWH", "5GWh钠离子电池电芯", "s025", S025, SOURCE, ""),
        ("cg:value", "5", "5GWh钠离子电池电芯", "s025", S025, SOURCE, ""),
    ],
    # the aliases curated in data/facts/zigong-gaoxinqu-2024-08.yaml
    "11-aliases": [
        (f"id:{entity}", name, language, alias)
        for entity, name, zh, en in (
            ("bancang-industrial-park", "板仓工业园区", ["高新区板仓工业园区"], ["Bancang Park"]),
            (
                "carbon-materials-industry",
                "碳材料产业",
                ["先进碳材料", "碳材料", "自贡碳材料产业"],
                ["carbon materials"],
            ),
            (
                "carbon-materials-institute",
                "自贡先进碳材料产业技术研究院",
                ["自贡先进碳材料产业研究院"],
                ["Zigong Advanced Carbon Materials Research Institute"],
            ),
            (
                "carbon-pilot-platform",
                "自贡先进碳材料产业研究院中试平台",
                ["中试平台", "科技成果中试熟化平台", "该中试平台"],
                ["carbon materials pilot platform"],
            ),
            (
                "chengdu-chongqing-economic-circle",
                "成渝地区双城经济圈",
                ["成渝双城经济圈"],
                ["Chengdu-Chongqing Twin-City Economic Circle"],
            ),
            ("chengdu-high-tech-zone", "成都高新区", [], ["Chengdu Hi-tech Industrial Development Zone"]),
            ("energy-storage-industry", "储能产业", ["储能"], ["energy storage"]),
            ("enterprise-service-bureau", "高新区企业服务局", ["企业服务局"], ["Enterprise Service Bureau"]),
            ("government-service-center", "高新区政务服务中心", ["政务服务中心"], ["Government Service Center"]),
            ("integrated-authorization-reform", INTEGRATED, ["自主创新改革"], ["integrated authorisation reform"]),
            ("jiana-cathode-project", JIANA_PROJECT, ["珈钠能源正极材料项目", "该项目"], ["Jiana cathode project"]),
            ("jiana-energy", JIANA, ["珈钠能源"], ["Jiana Energy"]),
            (
                "land-to-construction-pilot",
                LAND_PILOT,
                ["拿地即开工", "签约即拿地开工"],
                ["build-on-acquisition pilot"],
            ),
            ("lithium-battery-industry", "锂电产业", ["锂电"], ["lithium batteries"]),
            ("nanny-style-service", "“保姆式”服务", ["保姆式服务", "店小二精神"], []),
            ("new-energy-industry", "新能源产业", ["新能源产业集群"], ["new energy"]),
            ("one-platform-three-bases", "“一平台三基地”模式", ["一平台三基地"], []),
            ("one-thing-one-go", "“一件事一次办”", ["一件事一次办"], ["one-stop service list"]),
            ("photovoltaic-industry", "光伏产业", ["光伏"], ["PV", "photovoltaics"]),
            ("polyanion-cathode-material", "聚阴离子正极材料", [], ["polyanion-type cathode material"]),
            ("precision-structural-parts", "精密结构件", [], ["precision structural components"]),
            (
                "provincial-authorized-support-items",
                "省级授权支持事项",
                ["省级授权支持事项（量身定制）"],
                ["tailored provincial support items"],
            ),
            ("qijiang-high-tech-zone", "重庆綦江高新区", ["綦江高新区"], ["Qijiang High-tech Zone"]),
            ("sichuan", "四川省", ["全省", "四川", "省"], ["Sichuan"]),
            (
                "sichuan-reform-commission",
                "四川省委全面深化改革委员会",
                ["省委深改委"],
                ["Provincial Reform Commission"],
            ),
            ("sodium-cathode-material", "钠电正极材料", ["钠离子电池正极材料"], ["sodium cathode material"]),
            ("sodium-ion-battery", "钠电池", ["钠离子电池"], ["sodium battery"]),
            (
                "sodium-ion-battery-industry",
                "钠电产业",
                ["钠电", "钠电产业链条", "钠电全产业链", "钠离子电池产业"],
                ["sodium-ion batteries"],
            ),
            ("sodium-ion-cell", "钠离子电池电芯", ["钠电电芯"], ["sodium-ion cell"]),
            ("titanium-powder-project", "高性能钛粉制备成果转化项目", ["高性能钛粉制备"], []),
            ("tusstar-incubator", "高新区启迪之星孵化器", ["启迪之星", "启迪之星孵化器"], ["TusStar Incubator"]),
            ("zigong", "自贡市", ["全市", "我市", "盐都", "自贡"], ["Salt Capital", "Zigong City"]),
            ("zigong-high-tech-zone", ZONE, ["该区", "高新区"], ["Zigong Hi-tech Industrial Development Zone"]),
            ("zigong-media", "自贡融媒", [], ["Zigong Integrated Media"]),
        )
        for language, aliases in (("zh", zh), ("en", en))
        for alias in aliases
    ],
    # s005 去年初 (2023) / s018 2023年以来; s014 6月底竣工 (2024); s003 蹲点时间 2024年8月5日 for "如今" figures
    "12-timeline": [
        ("2023", "2023-01-01", "started", "id:enterprise-investment-commitment-reform", "企业投资项目承诺制改革", ""),
        ("2023", "2023-01-01", "started", "id:integrated-authorization-reform", INTEGRATED, ""),
        ("2024-06", "2024-06-01", "as of", "id:jiana-cathode-project", JIANA_PROJECT, "completed"),
        ("2024-06", "2024-06-01", "as of", "id:jiana-polyanion-capacity", "珈钠能源聚阴离子正极材料年产10万吨产能",
         "completed"),
        ("2024-08-05", "2024-08-05", "as of", "id:pilot-platform-transferred-projects", "中试平台已转化3个科研项目",
         "achieved"),
        ("2024-08-05", "2024-08-05", "as of", "id:tech-transfer-added-output", "成果转化新增产值超5亿元", "achieved"),
        ("2024-08-05", "2024-08-05", "as of", "id:tech-transfer-project-count", "23个成果转化项目", "achieved"),
        ("2024-08-05", "2024-08-05", "as of", "id:zone-precision-parts-capacity", "高新区500万件精密结构件产能",
         PLANNED),
        ("2024-08-05", "2024-08-05", "as of", "id:zone-sodium-cathode-capacity", "高新区30万吨钠电正极材料产能",
         PLANNED),
        ("2024-08-05", "2024-08-05", "as of", "id:zone-sodium-ion-cell-capacity", "高新区5GWh钠离子电池电芯产能",
         PLANNED),
        ("2024-08-05", "2024-08-05", "source visited", SOURCE, "看自贡高新区如何深耕集成授权改革“试验田”", ""),
    ],
    # s023 钠电储能做龙头 (lead)、锂电光伏做配套 (supporting); s025 以钠电全产业链为特色的新能源产业集群;
    # s029 碳材料 (a research field, not an industry the zone is said to support);
    # members: the Jiana company and project, five products
    "13-industries": [
        ("id:carbon-materials-industry", "碳材料产业", "", "", "0", "0", "0"),
        ("id:energy-storage-industry", "储能产业", "", "lead", "0", "0", "0"),
        ("id:lithium-battery-industry", "锂电产业", "", "supporting", "0", "0", "0"),
        ("id:new-energy-industry", "新能源产业", "", "supported", "0", "0", "0"),
        ("id:photovoltaic-industry", "光伏产业", "", "supporting", "0", "0", "0"),
        ("id:sodium-ion-battery-industry", "钠电产业", "新能源产业", "lead", "1", "1", "5"),
    ],
    # s005 四川推出...集成授权改革; s023 省委深改委量身定制的省级授权支持事项 / 高新区差异化布局; s009, s018
    "14-policy-issuers": [
        ("id:enterprise-service-bureau", "高新区企业服务局", "governs", "id:zigong-high-tech-zone", ZONE),
        ("id:government-service-center", "高新区政务服务中心", "governs", "id:zigong-high-tech-zone", ZONE),
        ("id:sichuan", "四川省", "issued", "id:integrated-authorization-reform", INTEGRATED),
        (
            "id:sichuan-reform-commission",
            "四川省委全面深化改革委员会",
            "issued",
            "id:provincial-authorized-support-items",
            "省级授权支持事项",
        ),
        ("id:zigong-high-tech-zone", ZONE, "issued", "id:sodium-battery-in-provincial-layout", LAYOUT),
    ],
    # the 21 segments of data/reference/sodium-ion-battery-chain.yaml (plus hard carbon from the carbon chain);
    # local products: 聚阴离子正极材料 + 钠电正极材料 (cathode), 电芯 + 钠电池 (cell), 精密结构件
    "15-chain-coverage": [
        ("id:anode-materials-segment", "负极材料", "", "0"),
        ("id:bms-segment", "电池管理系统", "", "0"),
        ("id:cathode-materials-segment", "正极材料", "", "2"),
        ("id:cell-segment", "电芯", "", "2"),
        ("id:current-collector-segment", "集流体（铝箔）", "", "0"),
        ("id:electrolyte-salt-segment", "电解质钠盐", "", "0"),
        ("id:electrolyte-segment", "电解液", "", "0"),
        ("id:energy-storage-system-segment", "储能系统", "", "0"),
        ("id:hard-carbon-anode-segment", "硬碳负极", "id:anode-materials-segment", "0"),
        ("id:layered-oxide-cathode-segment", "层状氧化物正极", "id:cathode-materials-segment", "0"),
        ("id:module-pack-segment", "模组与电池包", "", "0"),
        ("id:other-applications-segment", "其他应用（启停、基站备电等）", "", "0"),
        ("id:polyanion-cathode-segment", "聚阴离子型正极", "id:cathode-materials-segment", "1"),
        ("id:power-battery-vehicle-segment", "动力电池与整车", "", "0"),
        ("id:prussian-blue-cathode-segment", "普鲁士蓝类正极", "id:cathode-materials-segment", "0"),
        ("id:recycling-segment", "回收利用", "", "0"),
        ("id:separator-segment", "隔膜", "", "0"),
        ("id:sodium-salts-segment", "钠盐原料（纯碱等）", "", "0"),
        ("id:structural-parts-segment", "精密结构件（壳体、盖板等）", "", "1"),
        ("id:thermal-management-segment", "热管理系统", "", "0"),
        ("id:two-wheeler-segment", "两轮车", "", "0"),
    ],
    # upstreamOf links of the reference chains into 正极材料 (钠盐) and 电芯 (seven inputs, one of them carbon)
    "16-supply-gaps": [
        ("id:cathode-materials-segment", "正极材料", "id:sodium-salts-segment", "钠盐原料（纯碱等）", "0"),
        ("id:cell-segment", "电芯", "id:anode-materials-segment", "负极材料", "0"),
        ("id:cell-segment", "电芯", "id:cathode-materials-segment", "正极材料", "2"),
        ("id:cell-segment", "电芯", "id:conductive-carbon-segment", "导电碳材料（炭黑、碳纳米管）", "0"),
        ("id:cell-segment", "电芯", "id:current-collector-segment", "集流体（铝箔）", "0"),
        ("id:cell-segment", "电芯", "id:electrolyte-segment", "电解液", "0"),
        ("id:cell-segment", "电芯", "id:separator-segment", "隔膜", "0"),
        ("id:cell-segment", "电芯", "id:structural-parts-segment", "精密结构件（壳体、盖板等）", "1"),
        ("id:polyanion-cathode-segment", "聚阴离子型正极", "id:sodium-salts-segment", "钠盐原料（纯碱等）", "0"),
    ],
    # Sichuan contains Zigong (data/reference/administrative-divisions.yaml), the zone (s001) and the park
    # (s011); the institute, its platform and the incubator are located in the zone (s029, s031, s035), and
    # Jiana runs the project in the park (s012)
    "18-organisations-in-place": [
        ("id:carbon-materials-institute", "自贡先进碳材料产业技术研究院", "located", ""),
        ("id:carbon-pilot-platform", "自贡先进碳材料产业研究院中试平台", "located", ""),
        ("id:jiana-energy", JIANA, "runs a project", "id:jiana-cathode-project"),
        ("id:tusstar-incubator", "高新区启迪之星孵化器", "located", ""),
    ],
    # dated on or after 2024-06-01: the project completed in June (s014 6月底, written 2024-06) counts
    "19-dated-since": [
        ("id:jiana-cathode-project", JIANA_PROJECT, "2024-06", "2024-06-01", "2024-06-30", "completed"),
        ("id:jiana-polyanion-capacity", "珈钠能源聚阴离子正极材料年产10万吨产能", "2024-06", "2024-06-01", "2024-06-30",
         "completed"),
        ("id:pilot-platform-transferred-projects", "中试平台已转化3个科研项目", "2024-08-05", "2024-08-05",
         "2024-08-05", "achieved"),
        ("id:tech-transfer-added-output", "成果转化新增产值超5亿元", "2024-08-05", "2024-08-05", "2024-08-05",
         "achieved"),
        ("id:tech-transfer-project-count", "23个成果转化项目", "2024-08-05", "2024-08-05", "2024-08-05", "achieved"),
        ("id:zone-precision-parts-capacity", "高新区500万件精密结构件产能", "2024-08-05", "2024-08-05", "2024-08-05",
         PLANNED),
        ("id:zone-sodium-cathode-capacity", "高新区30万吨钠电正极材料产能", "2024-08-05", "2024-08-05", "2024-08-05",
         PLANNED),
        ("id:zone-sodium-ion-cell-capacity", "高新区5GWh钠离子电池电芯产能", "2024-08-05", "2024-08-05", "2024-08-05",
         PLANNED),
    ],
    # data/sources/*.meta.yaml; the fact count is checked against the curated statements below
    "17-sources": [
        (SOURCE, "看自贡高新区如何深耕集成授权改革“试验田”", "自贡网", "2024-08-05", "245", "40"),
    ],
}


@pytest.fixture(scope="module")
def store(zigong):
    return store_from_quads(zigong.quads)


def answer(store, zigong, query_id: str) -> list[tuple[str, ...]]:
    query = next(q for q in library(ROOT / "queries") if q.id == query_id)
    result = run_query(store, query.text, zigong.project.base, query.path.name)
    return result_rows(result, zigong.prefixes)[1]


@pytest.mark.parametrize("query_id", sorted(EXPECTED))
def test_library_question_has_its_exact_answer(store, zigong, query_id):
    assert answer(store, zigong, query_id) == EXPECTED[query_id]


def test_every_library_question_has_an_expected_answer():
    assert sorted(q.id for q in library(ROOT / "queries")) == sorted(EXPECTED)
    assert len(EXPECTED) >= 15


def test_the_source_fact_count_matches_the_curated_statements(zigong):
    curated = [s for s in zigong.facts.statements if s.evidence.source == ZIGONG]
    assert EXPECTED["17-sources"][0][4] == str(len(curated))
    assert EXPECTED["17-sources"][0][5] == str(len(zigong.sources[ZIGONG].normalized.sentences))


def test_every_question_is_asked_in_chinese_and_english():
    for query in library(ROOT / "queries"):
        assert any("\u4e00" <= char <= "\u9fff" for char in query.zh), query.id
        assert query.en.isascii() and query.en.endswith("?"), query.id
