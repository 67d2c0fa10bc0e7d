"""Captures of a test article in every form the web delivers them, written for the tests.

The article is written here in clean Simplified Chinese and turned into each capture form the way
the web garbles them: OpenCC Traditional, pinyin after the Traditional characters, ASCII
punctuation, a span of GBK bytes decoded one byte off, HTML remnants, site chrome.
"""

from __future__ import annotations

import opencc
from pypinyin import Style, pinyin

# A Yibin report (not the seed article): the organisations, zone and figures are planted here and
# looked for by test_extract.py.
YIBIN_LINES = [
    "宜宾三江新区钠电产业项目集中签约",
    "9月10日，宜宾三江新区与宁德时代新能源科技股份有限公司签署战略合作协议。",
    "根据协议，宁德时代将在三江新区建设年产20GWh钠离子电池项目，总投资80亿元，用地500亩。"
    "现在，项目已进入设计阶段。",
    "宜宾市经济和信息化局局长张伟表示，项目建成后，三江新区将形成完整的钠电产业链。",
    "同时，宜宾锂宝新材料有限公司年产10万吨正极材料项目已经投产，年产80万套电池结构件。",
    "四川省先进电池材料研究院副院长刘洋介绍，研究院已孵化企业12家。",
]
YIBIN_ORGS = {"宁德时代新能源科技股份有限公司", "宜宾市经济和信息化局", "宜宾锂宝新材料有限公司",
              "四川省先进电池材料研究院"}
YIBIN_FIGURES = {("20", "GWH"), ("8000000000", "CNY"), ("33.3333", "HAR"), ("100000", "TNE"), ("800000", "SET"),
                 ("12", "C62")}
CHROME_TOP = ["- 首页", "- 新闻", "- 登录"]
CHROME_BOTTOM = ["来源：宜宾新闻网", "分享到：", "热门排行", "- 1某地暴雨致交通中断", "- 2秋季开学安全提示"]
_S2T = opencc.OpenCC("s2t")


def traditional(text: str) -> str:
    return _S2T.convert(text)


def with_pinyin(text: str) -> str:
    """Pinyin in brackets after each character Traditional script changed, as the seed capture has it."""
    simplified = opencc.OpenCC("t2s").convert(text)
    out = []
    for trad, simp in zip(text, simplified, strict=True):
        out.append(trad)
        if trad != simp:
            out.append(f"({pinyin(simp, style=Style.TONE)[0][0]})")
    return "".join(out)


def ascii_punctuation(text: str) -> str:
    return text.translate(str.maketrans("，：；！？（）", ",:;!?()"))


def garble_gbk(text: str, span: str) -> str:
    """Decode `span`'s GBK bytes one byte late: the lost lead byte shows as '?', pairs straddle characters."""
    shifted = "?" + span.encode("gbk")[1:].decode("gbk")
    assert span in text
    return text.replace(span, shifted, 1)


def as_html(lines: list[str]) -> list[str]:
    # Chinese pages indent paragraphs with &nbsp;&nbsp; (a &nbsp; inside a sentence is still kept as a space)
    return ['<div class="article">'] + [f"<p>&nbsp;&nbsp;{line}</p>" for line in lines] + ["</div>"]


def capture(form: str, lines: list[str] | None = None) -> bytes:
    """The Yibin article (or `lines`) in one of the capture forms."""
    lines = list(lines or YIBIN_LINES)
    if form == "simplified":
        body = lines
    elif form == "traditional":
        body = [traditional(line) for line in lines]
    elif form == "pinyin":  # the seed's form: Traditional, pinyin, ASCII punctuation, a garbled span, chrome
        body = [with_pinyin(traditional(line)) for line in lines]
        body = [ascii_punctuation(garble_gbk(line, "。現") if "。現" in line else line) for line in body]
        body = CHROME_TOP + body + CHROME_BOTTOM
    elif form == "ascii":
        body = [ascii_punctuation(line) for line in lines]
    elif form == "garbled":
        body = [traditional(line) for line in lines]
        body = [garble_gbk(line, "。現") if "。現" in line else line for line in body]
    elif form == "html":
        body = as_html(lines)
    elif form == "chrome":
        body = CHROME_TOP + lines + CHROME_BOTTOM
    elif form == "gb18030":
        return ("\n".join(lines) + "\n").encode("gb18030")
    else:
        raise ValueError(form)
    return ("\n".join(body) + "\n").encode("utf-8")


FORMS = ["simplified", "traditional", "pinyin", "ascii", "garbled", "html", "chrome", "gb18030"]
