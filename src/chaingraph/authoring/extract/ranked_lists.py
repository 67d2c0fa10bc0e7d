"""Lists printed from a table and captured as numbered lines: a lead names the columns in brackets
(榜单前十名如下（排名、企业名称、主营产品、营业收入）：) and each line gives one row's cells apart by commas
(1. 广东骏驰汽车零部件有限公司，汽车座椅骨架，28.6亿元；). A ranking of firms, a list of recognised firms or of signed
projects is often printed so.

The cell under a products column names a product of the row's firm; the other cells are read as prose already
reads them (the firm's name, the row's figure after it).
"""

from __future__ import annotations

import re
from functools import lru_cache

from chaingraph.authoring.extract.candidates import Mention
from chaingraph.authoring.extract.made_lists import product_mention
from chaingraph.authoring.extract.products import looks_like_product
from chaingraph.sources.sentences import Sentence

# the columns a lead names in brackets at the end of its line: （排名、企业名称、主营产品、营业收入）：
COLUMNS_RE = re.compile(r"[（(]((?:[^（）()，。；、\n]{2,8}、){2,7}[^（）()，。；、\n]{2,8})[）)][：:]?\s*$")
ROW_RE = re.compile(r"^\s*(?:\d{1,3}[.．、]|[（(]\d{1,3}[）)])\s*(.+?)[；;。]?\s*$")
NUMBER_COLUMN_RE = re.compile(r"^(?:排名|序号|名次|排序|编号)$")
PRODUCT_COLUMN_RE = re.compile(r"^(?:主营|主要|主导|核心)?产品$")  # (not 主营业务: what a firm does, no goods)
ITEM_RE = re.compile(r"[^、和及\s]+")  # 汽车座椅骨架、滑轨: each good of a cell that lists several


@lru_cache(maxsize=64)
def _product_cells(text: str) -> tuple[tuple[int, str], ...]:
    """(offset, name) of every good in the product cells of the numbered rows under a lead that names its columns."""
    found, columns, wanted, offset = [], [], None, 0
    for line in text.split("\n"):
        lead = COLUMNS_RE.search(line)
        row = ROW_RE.match(line)
        if lead is not None:
            columns = [c.strip() for c in lead.group(1).split("、") if not NUMBER_COLUMN_RE.match(c.strip())]
            wanted = next((i for i, name in enumerate(columns) if PRODUCT_COLUMN_RE.match(name)), None)
        elif row is not None and wanted is not None:
            cells = row.group(1).split("，")
            if len(cells) == len(columns):
                at = offset + row.start(1) + sum(len(cell) + 1 for cell in cells[:wanted])
                found += [(at + item.start(), item.group(0)) for item in ITEM_RE.finditer(cells[wanted])]
        elif line.strip():
            wanted = None  # the rows end at the first line that is no row
        offset += len(line) + 1
    return tuple(found)


def ranked_row_products(text: str, sentence: Sentence) -> list[Mention]:
    """The products the rows of a numbered list in the sentence name in their products column."""
    return [product_mention(name, at, sentence.id) for at, name in _product_cells(text)
            if sentence.start <= at and at + len(name) <= sentence.end and 2 <= len(name) <= 12
            and not re.search(r"\d", name) and looks_like_product(name)]
