"""Flattened project tables: a list of projects printed as a table (序号 项目名称 建设单位 建设内容 总投资（万元）
建设年限) and captured as text, the header on one line and each row on a line of its own, cells apart by spaces.

A table says things prose says otherwise:

* a number in a column the header gives a unit (总投资（万元）, 用地面积（亩）) is a figure in that unit, though
  the row writes only the number (450000 under 总投资（万元） is 45亿元);
* each row is one project: its 项目名称 cell names it whole (the cell's edges are the name's edges), its
  建设单位 cell names who builds it, and every figure of the row is the project's (the builder's when the
  project's name is not proposed);
* a figure of the row's contents cell that repeats the one in the project's name (年产10GWh储能电池项目 …
  形成年产10GWh储能电池能力) is the same capacity told twice.

Rows are recognised only under a header that names a project column and one other known column, and only
while each line splits into the header's cells (one free-text column, the contents, may hold spaces).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from chaingraph.authoring.extract.candidates import Figure, Mention
from chaingraph.authoring.extract.figures import UNIT_CODES, code_value
from chaingraph.authoring.extract.mentions import class_of
from chaingraph.authoring.extract.rules import PHASE_TAIL_RE
from chaingraph.sources.layout import FULL_STOPS
from chaingraph.sources.sentences import Sentence

CELL_RE = re.compile(r"[^\s|｜]+")
NUMBER_COLUMN_RE = re.compile(r"^(?:序号|编号|序|排名|名次|No\.?)$", re.I)
PROJECT_COLUMN_RE = re.compile(r"^(?:项目名称|项目|名称|工程名称)$")
BUILDER_COLUMN_RE = re.compile(r"^(?:建设单位|项目单位|业主单位|项目业主|责任单位|实施单位|投资主体|申报单位|承建单位|"
                               r"企业名称|项目法人|实施主体|建设主体)$")
CONTENTS_COLUMN_RE = re.compile(r"^(?:主要)?(?:建设内容|建设规模|项目内容|建设规模及内容|建设内容及规模|规模及内容|"
                                r"主要内容|项目概况)$")
OTHER_COLUMN_RE = re.compile(r"^(?:建设(?:起止)?年限|起止年限|建设期限|建设周期|开工时间|竣工时间|建设地点|项目地点|"
                             r"所在地|所在地区|属地|备注|建设性质|项目类型|类别|产业类别|所属行业|牵头单位|"
                             r"(?:20\d\d年)?(?:计划|年度)?(?:开工|投产|竣工)?(?:时间|年份))$")
# 项目进展, 形象进度, 建设状态: a column that says where each row's project stands (在建, 一期已投产, 拟建)
PROGRESS_COLUMN_RE = re.compile(r"^(?:项目|建设|目前|当前)?(?:进展|进度|状态|形象进度)(?:情况)?$")
# 总投资（万元）, 计划投资(亿元), 1-9月完成投资（万元）, 用地面积（亩）: a column whose header gives its unit
UNIT_COLUMN_RE = re.compile(r"^(?P<kind>[\u4e00-\u9fff\d][\u4e00-\u9fff\d\-—–~～]{0,15}?)(?:[（(]|[/／])"
                            r"(?P<mult>万亿|亿|万)?"
                            r"(?P<unit>[\u4e00-\u9fffA-Za-z²㎡]{1,4})[）)]?$")
# 说明：…投资单位为亿元 / 单位：万元, also in the table's title (…进度表（单位：万元）): a note over a table that gives
# its money columns' unit
NOTE_UNIT_RE = re.compile(r"(?:投资|金额|资金)?单位(?:为|是|：|:)\s*(万元|亿元)")
# 总投资, 上半年完成投资, 2025年计划投资, 2025年产值: a money column with no unit of its own, in the note's unit
MONEY_COLUMN_RE = re.compile(r"^[\u4e00-\u9fff\d\-—–~～]{0,12}(?:投资(?:额)?|产值|营收|营业收入|销售收入|"
                             r"主营业务收入|税收)$")  # (1—5月完成投资)
# a column the rules do not know (所属县区, 责任领导): a short word, kept as a column of no use here
UNKNOWN_COLUMN_RE = re.compile(r"^[\u4e00-\u9fff（）()]{2,12}$")
PRODUCT_NAME_COLUMN_RE = re.compile(r"^(?:产品名称|产品|主要产品|品名|产品品种)$")
NUMBER_CELL_RE = re.compile(r"^\d+(?:\.\d+)?$")
# 1 / 1. / 1、 / （1） / 12.: the number a row of a table or a numbered line opens with, then a space, a mark or
# the end of its cell; 1.2亿元 and 12亿元 open with a figure, not a row number
ROW_NUMBER_RE = re.compile(r"\s*(?:[（(](\d{1,3})[）)]|(\d{1,3})(?:[、.．](?!\d)|\s|$))")


def row_number(text: str, at: int = 0) -> str | None:
    """The row number text[at:] opens with (1 for 1、年产…项目, （1）…), or None."""
    match = ROW_NUMBER_RE.match(text, at)
    return (match.group(1) or match.group(2)) if match else None


def is_row_number(cell: str) -> bool:
    """Whether a table's cell holds only a row number (1, 1., （1）)."""
    return ROW_NUMBER_RE.fullmatch(cell) is not None


@dataclass(frozen=True)
class Column:
    name: str
    role: str  # number, project, builder, contents, unit (a number in the header's unit), progress, other
    kind: str = ""  # for a unit column: what its numbers measure (总投资)
    unit: str = ""  # the unit as the header writes it (万元)


@dataclass(frozen=True)
class Cell:
    column: Column
    text: str
    start: int  # offsets in the normalized text
    end: int


@dataclass(frozen=True)
class Row:
    cells: tuple[Cell, ...]
    start: int
    end: int

    def cell(self, role: str) -> Cell | None:
        return next((c for c in self.cells if c.column.role == role), None)


def _column(name: str, note_unit: str = "") -> Column | None:
    if NUMBER_COLUMN_RE.match(name):
        return Column(name, "number")
    if PROJECT_COLUMN_RE.match(name):
        return Column(name, "project")
    if BUILDER_COLUMN_RE.match(name):
        return Column(name, "builder")
    if CONTENTS_COLUMN_RE.match(name):
        return Column(name, "contents")
    match = UNIT_COLUMN_RE.match(name)
    if match and (match["mult"] or "") + match["unit"] in _UNITS:
        return Column(name, "unit", match["kind"], (match["mult"] or "") + match["unit"])
    if OTHER_COLUMN_RE.match(name):
        return Column(name, "other")
    if PROGRESS_COLUMN_RE.match(name):
        return Column(name, "progress")
    if PRODUCT_NAME_COLUMN_RE.match(name):
        return Column(name, "product")  # (主要产品: what each row's company makes)
    if note_unit and MONEY_COLUMN_RE.match(name):
        return Column(name, "unit", name, note_unit)
    return None


def _unit_parts(unit: str) -> tuple[str, str] | None:
    """(multiplier, unit) of a header's unit: 万元 -> (万, 元), 亩 -> ("", 亩); None for no unit the rules know."""
    return next(((mult, unit[len(mult):]) for mult in ("万亿", "亿", "万", "")
                 if unit.startswith(mult) and unit[len(mult):] in UNIT_CODES), None)


_UNITS = {u for u in (m + b for m in ("", "万", "亿", "万亿") for b in UNIT_CODES) if _unit_parts(u)}


def _header(line: str, note_unit: str = "") -> list[Column] | None:
    """The columns of a table's header line, or None when the line is no such header; ``note_unit``: the unit a
    note over the table gives its money (投资单位为亿元)."""
    names = CELL_RE.findall(line)
    if len(names) < 3 or len(names) > 12:
        return None
    columns = [_column(n, note_unit) or (Column(n, "unknown") if UNKNOWN_COLUMN_RE.match(n) else None) for n in names]
    if any(c is None for c in columns):
        return None
    roles = [c.role for c in columns]
    known = set(roles) - {"project", "unknown", "other", "progress"}
    # (a table of companies, 排名 企业名称 主要产品 2025年产值, has no project column: each row is its company's)
    companies = roles.count("builder") == 1 and "unit" in roles and "project" not in roles and "contents" not in roles \
        and any(MAKER_COLUMN_RE.match(c.name) for c in columns)  # (not 建设单位 建设内容…: a table of projects)
    if roles.count("project") != 1 and not companies or roles.count("contents") > 1 or not known or \
            roles.count("unknown") > len(roles) // 3:
        return None
    return columns


SPARE_ROLES = ("other", "unknown", "progress")  # columns a row may leave empty at its end


def _row(line: str, offset: int, columns: list[Column]) -> Row | None:
    """The row a line makes under the header, or None when its cells do not fit the columns."""
    cells = [(m.group(0), offset + m.start(), offset + m.end()) for m in CELL_RE.finditer(line)]
    n = len(columns)
    if len(cells) > n:  # spaces inside the contents cell
        free = next((i for i, c in enumerate(columns) if c.role == "contents"), None)
        if free is None:
            return None
        tail = n - free - 1
        middle = cells[free:len(cells) - tail]
        joined = (line[middle[0][1] - offset:middle[-1][2] - offset], middle[0][1], middle[-1][2])
        cells = cells[:free] + [joined] + cells[len(cells) - tail:]
    while len(cells) < n and columns[len(cells)].role in SPARE_ROLES and \
            all(c.role in SPARE_ROLES for c in columns[len(cells):]):
        columns = columns[:len(cells)]  # empty trailing cells (备注) the capture left out
        n = len(columns)
    if len(cells) != n:
        return None
    row = Row(tuple(Cell(col, *cell) for col, cell in zip(columns, cells, strict=True)), offset, offset + len(line))
    number = row.cell("number")
    numbers = [c for c in row.cells if c.column.role == "unit" and NUMBER_CELL_RE.match(c.text)]
    if (number is not None and not is_row_number(number.text)) or (number is None and not numbers):
        return None  # 合计 …, or prose that happens to split into as many words
    return row


@lru_cache(maxsize=8)
def table_rows(text: str) -> tuple[Row, ...]:
    """Every row of every flattened table in the normalized text."""
    rows: list[Row] = []
    row_lines: set[int] = set()
    columns = None
    lines = text.split("\n")
    offset, i = 0, 0
    while i < len(lines):
        line = lines[i]
        vertical = None if columns else _vertical_table(lines, i, offset)
        if vertical:  # one cell a line: the header's names, then each row's cells, line after line
            rows.extend(vertical[0])
            offset += sum(len(x) + 1 for x in lines[i:i + vertical[1]])
            i += vertical[1]
            continue
        row = _row(line, offset, columns) if columns else None
        taken = 1
        if columns and (row is None or len(row.cells) < len(columns)) and i + 1 < len(lines) and \
                _wrapped(line, lines[i + 1]):
            joined = _row(line + "\n" + lines[i + 1], offset, columns)  # a row the capture wrapped onto two lines
            if joined is not None and (row is None or len(joined.cells) == len(columns)):
                row, taken = joined, 2
        if row is not None:
            rows.append(row)
            row_lines.add(i)
        else:  # a note over the header gives its unit; one right under another table's rows is that table's
            columns = _header(line, _note_unit(lines, i, row_lines))
        offset += sum(len(x) + 1 for x in lines[i:i + taken])
        i += taken
    return tuple(rows)


def _note_unit(lines: list[str], i: int, row_lines: set[int] = frozenset()) -> str:
    """The money unit a note in the three lines over line i gives (单位：万元, also in a table's title), or "";
    a note right under another table's rows (``row_lines``) is that table's."""
    note = next((m for k in range(max(0, i - 3), i) if k - 1 not in row_lines
                 and (m := NOTE_UNIT_RE.search(lines[k]))), None)
    return note.group(1) if note else ""


def _vertical_table(lines: list[str], i: int, offset: int) -> tuple[list[Row], int] | None:
    """(rows, lines read) of a table captured one cell a line from lines[i] on (序号 / 项目名称 / 建设单位 / … each
    on its own line, then 1 / 年产…项目 / …), or None. Rows are read while each takes as many lines as the header
    has names, opens with its number and holds a number (or a dash) under every unit column: a row the capture
    left a cell out of would shift the rest, so the table ends there."""
    first = CELL_RE.findall(lines[i])
    if len(first) != 1 or not NUMBER_COLUMN_RE.match(first[0]):
        return None  # (its first column is the rows' numbers: no other line opens such a table)
    names: list[str] = []
    while i + len(names) < len(lines) and len(names) < 12:
        cells = CELL_RE.findall(lines[i + len(names)])
        if len(cells) != 1 or is_row_number(cells[0]):
            break
        names.append(cells[0])
    columns = _header(" ".join(names), _note_unit(lines, i)) if len(names) >= 3 else None
    if columns is None or columns[0].role != "number":
        return None
    rows, at, k = [], i + len(names), len(names)
    start = offset + sum(len(x) + 1 for x in lines[i:at])
    while at + k <= len(lines):
        cells, pos = [], start
        for column, line in zip(columns, lines[at:at + k], strict=True):
            stripped = line.strip()
            lead = len(line) - len(line.lstrip())
            cells.append(Cell(column, stripped, pos + lead, pos + lead + len(stripped)))
            pos += len(line) + 1
        if not is_row_number(cells[0].text) or any(
                c.column.role == "unit" and not (NUMBER_CELL_RE.match(c.text) or c.text in DASHES)
                or not c.text for c in cells):
            break
        rows.append(Row(tuple(cells), cells[0].start, cells[-1].end))
        at, start = at + k, pos
    return (rows, at - i) if rows else None


DASHES = ("-", "—", "--", "——", "/", "／")


def _wrapped(line: str, following: str) -> bool:
    """Whether a line that opens with its row number goes on on the next, which opens no row of its own."""
    first, rest = CELL_RE.match(line), CELL_RE.findall(following)
    return bool(first and is_row_number(first.group(0)) and rest and not is_row_number(rest[0])
                and not TOTAL_OPENING_RE.match(following) and not following.rstrip().endswith(tuple(FULL_STOPS)))


# 以上项目总投资46亿元, 合计 344000: a total of the rows above, said right under the table
TOTAL_OPENING_RE = re.compile(r"^\s*(?:以上|上述|合计|共计|总计)")
TOTAL_LINE_RE = re.compile(r"^\s*(?:合计|总计|共计)[^\n]*$")


def under_table(text: str, sentence: Sentence) -> bool:
    """Whether the sentence totals a table's rows: it opens with 以上/上述/合计 on the line after the last row
    (or after a 合计 line there)."""
    if not TOTAL_OPENING_RE.match(sentence.text):
        return False
    for row in table_rows(text):
        between = [line for line in text[row.end:sentence.start].split("\n") if line.strip()]
        if row.end <= sentence.start and all(TOTAL_LINE_RE.match(line) for line in between) and len(between) <= 1:
            return True
    return False


def row_at(text: str, at: int) -> Row | None:
    return next((r for r in table_rows(text) if r.start <= at < r.end), None)


def _sentence_at(sentences: list[Sentence], at: int) -> Sentence | None:
    return next((s for s in sentences if s.start <= at < s.end), None)


# A statistics table of products (产品名称 单位 产量 比上年增长（%）, then 工业硅 万吨 35.2 12.7): the unit is a cell of
# each row, the figure the number under the amount column, its product the row's first cell.
UNIT_CELL_COLUMN_RE = re.compile(r"^(?:计量)?单位$")
PERIOD_HEAD = r"(?:20\d\d年|全年|本年|本期|累计)"  # the period an amount column's header may open with
AMOUNT_COLUMN_RE = re.compile(rf"^{PERIOD_HEAD}?(?:产量|产品产量|销量|出口量|数量)$")
PERIOD_HEAD_RE = re.compile(rf"^{PERIOD_HEAD}")


@dataclass(frozen=True)
class ProductRow:
    product: Cell
    amount: Cell
    unit: tuple[str, str]  # (multiplier, unit) of the row's unit cell
    measure: str = "产量"  # what the amount column counts, from its header: 产量, 销量, 出口量


def _measure(header: str, title: str) -> str:
    """What an amount column counts: its header without the period (2024年销量 -> 销量); a bare 数量 is the
    table's output only when the title above says so (主要工业产品产量及其增长速度)."""
    name = PERIOD_HEAD_RE.sub("", header)
    if name == "产品产量":
        return "产量"
    if name == "数量":
        return "产量" if "产量" in title and not re.search(r"销|出口", title) else "数量"
    return name


def _product_header(line: str) -> list[str] | None:
    """The roles of a product table's columns (product, unit, amount, other), or None for no such header."""
    roles = []
    for name in CELL_RE.findall(line):
        roles.append("product" if PRODUCT_NAME_COLUMN_RE.match(name) else "unit" if UNIT_CELL_COLUMN_RE.match(name)
                     else "amount" if AMOUNT_COLUMN_RE.match(name) else "other")
    # (产量 and 销量 side by side, or two years' 产量: amount columns, each a figure of the row)
    return roles if 3 <= len(roles) <= 7 and roles.count("product") == roles.count("unit") == 1 and \
        1 <= roles.count("amount") <= 3 else None


@lru_cache(maxsize=8)
def product_rows(text: str) -> tuple[ProductRow, ...]:
    """Every row of every product table in the normalized text."""
    rows: list[ProductRow] = []
    roles, names, previous, title = None, [], "", ""
    offset = 0
    for line in text.split("\n"):
        cells = [Cell(Column(name, role), m.group(0), offset + m.start(), offset + m.end())  # (the header's name)
                 for role, name, m in zip(roles or (), names, CELL_RE.finditer(line), strict=False)]
        found = []
        if roles and len(cells) == len(roles) == len(CELL_RE.findall(line)):
            by_role = {c.column.role: c for c in cells}
            unit = _unit_parts(by_role["unit"].text)
            if unit and not NUMBER_CELL_RE.match(by_role["product"].text):
                found = [ProductRow(by_role["product"], amount, unit, _measure(amount.column.name, title))
                         for amount in cells if amount.column.role == "amount" and NUMBER_CELL_RE.match(amount.text)]
        if found:
            rows.extend(found)
        else:
            roles = _product_header(line)
            names, title = (CELL_RE.findall(line), previous) if roles else ([], "")
        previous = line
        offset += len(line) + 1
    return tuple(rows)


def product_row_at(text: str, at: int) -> ProductRow | None:
    """The product table row whose amount is at `at`, if any."""
    return next((r for r in product_rows(text) if r.amount.start <= at < r.amount.end), None)


# A table of makers (企业名称｜主要产品｜年产能, then 某某有限公司｜动力电池｜40GWh): each row a company, what it makes
# and how much a year; the capacity cell writes its unit, so the figure is found in it, and its product is the row's.
MAKER_COLUMN_RE = re.compile(r"^(?:企业名称|企业|公司名称|公司|单位名称)$")
# (not 产量 or 年产量: an output, what was made, no capacity)
CAPACITY_COLUMN_RE = re.compile(r"^(?:年产能|产能|设计产能|现有产能|生产能力|年生产能力|生产规模)$")


@dataclass(frozen=True)
class MakerRow:
    product: Cell
    capacity: Cell


@lru_cache(maxsize=8)
def maker_rows(text: str) -> tuple[MakerRow, ...]:
    """Every row of every table of makers in the normalized text."""
    rows: list[MakerRow] = []
    header: list[str] | None = None
    offset = 0
    for line in text.split("\n"):
        cells = [(m.group(0), offset + m.start(), offset + m.end()) for m in CELL_RE.finditer(line)]
        if header and len(cells) == len(header):
            by_name = dict(zip(header, cells, strict=True))
            product = next(c for name, c in by_name.items() if PRODUCT_NAME_COLUMN_RE.match(name))
            capacity = next(c for name, c in by_name.items() if CAPACITY_COLUMN_RE.match(name))
            rows.append(MakerRow(Cell(Column("product", "product"), *product),
                                 Cell(Column("capacity", "amount"), *capacity)))
        else:
            names = [c[0] for c in cells]
            header = names if 3 <= len(names) <= 6 and sum(map(bool, map(MAKER_COLUMN_RE.match, names))) == 1 \
                and sum(map(bool, map(PRODUCT_NAME_COLUMN_RE.match, names))) == 1 \
                and sum(map(bool, map(CAPACITY_COLUMN_RE.match, names))) == 1 else None
        offset += len(line) + 1
    return tuple(rows)


def maker_row_at(text: str, at: int) -> MakerRow | None:
    """The row of a table of makers whose capacity cell holds `at`, if any."""
    return next((r for r in maker_rows(text) if r.capacity.start <= at < r.capacity.end), None)


def table_figures(text: str, sentences: list[Sentence], figures: list[Figure]) -> list[Figure]:
    """The article's figures with the tables' own: a number under a unit column is a figure in the header's
    unit."""
    out = list(figures)
    for row in table_rows(text):
        for cell in row.cells:
            unit = _unit_parts(cell.column.unit) if cell.column.role == "unit" else None
            sentence = _sentence_at(sentences, cell.start)
            if unit is None or sentence is None or not NUMBER_CELL_RE.match(cell.text) or not Decimal(cell.text):
                continue  # (a 0 under 完成投资: nothing yet, no figure)
            value, code = code_value(Decimal(cell.text), *unit)  # as prose converts it: 亩 rounded, 公顷 as written
            out.append(Figure(cell.text, cell.start, cell.end, sentence.id, value, code, None, None,
                              f"{cell.text} in the column {cell.column.name}: the unit is the header's"))
    for product_row in product_rows(text):
        amount, sentence = product_row.amount, _sentence_at(sentences, product_row.amount.start)
        if sentence is not None:
            value, code = code_value(Decimal(amount.text), *product_row.unit)
            out.append(Figure(amount.text, amount.start, amount.end, sentence.id, value, code, None, None,
                              f"{amount.text} {''.join(product_row.unit)} of {product_row.product.text}: the unit is "
                              f"the row's"))
    return sorted(out, key=lambda f: f.start)


def without_row_repeats(text: str, figures: list[Figure]) -> list[Figure]:
    """The figures less those of a row's contents cell that repeat the figure in the row's project name
    (年产10GWh储能电池项目 … 形成年产10GWh储能电池能力: one capacity)."""
    repeats = set()
    for row in table_rows(text):
        project, contents = row.cell("project"), row.cell("contents")
        if project is None or contents is None:
            continue
        named = {(f.value, f.unit, f.per_period) for f in figures if project.start <= f.start and f.end <= project.end}
        repeats |= {id(f) for f in figures if contents.start <= f.start and f.end <= contents.end
                    and (f.value, f.unit, f.per_period) in named}
    return [f for f in figures if id(f) not in repeats]


def table_names(text: str, sentence: Sentence) -> list[Mention]:
    """The project and builder cells of the table rows in the sentence, each a whole name."""
    out = []
    for row in table_rows(text):
        if not (sentence.start <= row.start < sentence.end or row.start <= sentence.start < row.end):
            continue
        for role in ("project", "builder"):
            cell = row.cell(role)
            if cell is None or not (sentence.start <= cell.start and cell.end <= sentence.end):
                continue
            cls = class_of(cell.text)
            if cls is not None:
                out.append(Mention(cell.text, cell.start, cell.end, sentence.id, cls))
    return out



def row_owner(rel, figure: Figure):
    """(mention, candidate) of the project a table row names, else of its builder, for a figure of the row;
    None for a figure outside any table."""
    row = row_at(rel.text, figure.start)
    if row is None:
        return None
    for role in ("project", "builder"):
        cell = row.cell(role)
        if cell is None:
            continue
        for candidate in rel.candidates:
            if candidate.kind in ("product", "quantity", "person", "region"):
                continue
            mention = next((m for m in candidate.mentions if (m.start, m.end) == (cell.start, cell.end)
                            or role == "project" and candidate.kind in ("park", "zone") and m.start == cell.start
                            and PHASE_TAIL_RE.fullmatch(rel.text, m.end, cell.end)), None)
            if mention is not None:  # (X产业园二期: a park's phase, its figures the park's)
                return mention, candidate
    return None



def column_kind(rel, figure: Figure) -> str | None:
    """What a number under a unit column measures, from the header (总投资 of 总投资（万元）)."""
    row = row_at(rel.text, figure.start)
    cell = next((c for c in row.cells if (c.start, c.end) == (figure.start, figure.end)), None) if row else None
    if (product_row := product_row_at(rel.text, figure.start)) is not None:
        return product_row.measure  # a statistics table of products: what was made, sold or exported in the period
    return cell.column.kind if cell is not None and cell.column.role == "unit" else None
