"""A policy's terms: the rates and caps a support measure offers (按设备投资额的10%给予补助，单个项目最高1000万元;
对新获评…的企业给予100万元奖励). They say what any firm that qualifies may get, so no one holds them: a curator
keeps the sums a named firm received (获得奖补资金258万元) or may get (X公司今年可获得补助资金320万元), and what a
place has paid out (已对…给予奖励资金860万元), never the terms.
"""

from __future__ import annotations

import re

# the words of money given (not 支持 or 扶持, which the genre writes of any help: 得益于政策扶持)
SUPPORT = r"(?:奖励|补助|补贴|奖补|资助|贴息|奖金)"
SUPPORT_RE = re.compile(SUPPORT)
# the beneficiaries a policy names as a class: 新获评…的企业, 新获批的省级以上创新平台 (not a firm's own name)
CLASS = r"的(?:[^，,。；;\d]{0,8}?)(?:企业|项目|平台|单位|装备|产品|团队|人才|机构|中心|基地)[，,]?"
# 最高1000万元, 单个项目最高2000万元, 最高可获300万元
CAP_BEFORE_RE = re.compile(r"(?:最高|不超过|上限为?)(?:可获得?|可得|给予|奖励|补助|补贴|奖补|资助)?$")
# 每家奖励30万元, 每家省级专精特新企业奖励20万元; 新获评…的企业可获一次性奖励50万元
EACH_BEFORE_RE = re.compile(rf"(?:每(?:家|个|项|户)[^，,。；;\d]{{0,12}}?(?:一次性)?{SUPPORT}|"
                            rf"{CLASS}(?:可获得?|可享受?)(?:一次性)?{SUPPORT}?)(?:资金)?$")
# 按固定资产投资额的5%给予补助 (not 按出货量计算，份额达35%: a share measured by a base); 补助标准为…投资额的3%
BY_RATE_BEFORE_RE = re.compile(r"按照?[^，,。；;：:\d]{0,16}$")
GIVEN_AFTER_RE = re.compile(rf"[^，,。；;\d]{{0,4}}?(?:给予|{SUPPORT})")
STANDARD_BEFORE_RE = re.compile(rf"{SUPPORT}(?:标准|比例)为[^，,。；;：:\d]{{0,16}}$")
# 对新获评国家级单项冠军的企业给予100万元奖励; 对新获批的省级以上创新平台，给予一次性奖励50万元: a class of
# beneficiaries (what qualifies: 新, 首次, 获评, 认定, 入选, 以上), then what each gets
QUALIFIES = r"(?:新|首次|获评|获批|认定|入选|符合|达到|以上|首台)"
CLASS_GIVEN_RE = re.compile(rf"对(?![^。；;]{{0,40}}?(?:公司|集团|有限))(?=[^。；;]{{0,40}}?{QUALIFIES})"
                            rf"[^。；;]{{1,40}}?{CLASS}给予(?:一次性)?(?:最高)?{SUPPORT}?(?:资金)?$")
# 已对…给予奖励资金860万元, 累计兑现…: money paid out, a result the place holds (not 对已获评…的企业: who qualifies;
# 按实际发放额的2%: the base of a rate)
PAID_RE = re.compile(r"已(?:经)?(?:累计)?(?:对|向|为|兑现|拨付|发放|给予)|累计(?:兑现|拨付|发放|给予)|共计|兑现|拨付")


def policy_term(text: str, start: int, end: int, unit: str) -> bool:
    """Whether the figure at text[start:end], in money or a percentage, is a policy's rate or cap."""
    if unit not in ("元", "%"):
        return False
    before, window = text[max(0, start - 40):start], text[max(0, start - 24):end + 6]
    clause = re.split(r"[，,。；;]", before)[-1]
    if not SUPPORT_RE.search(window) or PAID_RE.search(clause):
        return False  # 产值最高可达50亿元: a ceiling of output; 已对…给予奖励资金860万元: money paid out
    each = EACH_BEFORE_RE.search(before)
    if CAP_BEFORE_RE.search(before) or each and (each.group(0).startswith("每") or re.search(QUALIFIES, before)):
        return True  # (新获评…的企业可获…; not 恒瑞医药的技改项目可获得补助资金500万元: a named firm's)
    if unit == "%" and (BY_RATE_BEFORE_RE.search(before) and GIVEN_AFTER_RE.match(text, end)
                        or STANDARD_BEFORE_RE.search(before)):
        return True
    return CLASS_GIVEN_RE.search(before) is not None
