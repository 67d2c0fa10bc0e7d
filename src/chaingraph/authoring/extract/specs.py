"""How a product's name may open on digits and letters: a size or a rating (12英寸晶圆, 800V电机, 314Ah电芯), a
purity (5N高纯钛), a grade (0级海绵钛, T700级碳纤维), a model (WJ-2500型, VMC850系列), a steel's grade
(42CrMo合金结构钢, 316L不锈钢管) or a chemical's locants (1,4-丁二醇). The product finders read these as part of
the name, never as a figure; a rating in GWh or Ah after a figure's digits is no steel's grade.
"""

from __future__ import annotations

CODES = (r"\d+N\d?(?=[\u4e00-\u9fff])|\d级(?=[\u4e00-\u9fff]{2})|[A-Z]{1,4}-?\d{2,5}[A-Z]{0,2}(?:系列|型)|"
         r"(?<!\d)\d{3,4}L?(?=铝|不锈钢)|"  # (316L不锈钢管, 6082铝合金棒材: a steel's or an alloy's grade)
         r"\d{1,3}(?!(?:[GMk]?Wh|m?Ah)(?![A-Za-z]))(?=[A-Za-z\d]*[a-z])(?:[A-Z][a-z]?\d*){1,5}(?=[\u4e00-\u9fff])")
# a size or rating that says which product, after a figure (年产12万片12英寸晶圆) or before it
SPEC = (r"(?:\d+(?:\.\d+)?(?:英寸|寸|纳米|nm|微米|μm|毫米|mm|毫升|mL|ml|伏|V|kV|千伏|MW|兆瓦|GW|万?吨|Ah|安时)级?"
        rf"(?:及以上|及以下)?|{CODES})")
# units of a size or a rating opening a name (70兆帕车载储氢瓶: a tank's pressure)
SIZE_UNITS = r"英寸|寸|纳米|nm|微米|毫米|mm|V|kV|Ah|毫升|mL|ml|G|T|兆帕|MPa"
# (800G光模块, 1.6T光模块: a data rate)
SIZE = rf"(?:\d+(?:\.\d+)?(?:{SIZE_UNITS})|[A-Z]\d{{2,4}}级?|{CODES})"  # (A356铝合金锭: an alloy's grade)
LOCANTS = r"(?:\d{1,2}(?:,\d{1,2})+-(?=[\u4e00-\u9fff]))"  # 1,4-丁二醇: a chemical's locants open its name
CODE_DIGITS = r"(?<=[A-Za-z])\d+"  # 维生素B12, 辅酶Q10: digits a letter opens are a name's code, not a figure
