"""Title, date, publisher and byline of a capture, read from its head, its credits and the chrome the
normalizer dropped. Each finding keeps the line it was read from, so a curator can check it; what is
not found stays None, and nothing is ever filled in by default.

The rules, for Chinese regional news pages of any site:

* title: the paragraph the normalizer made the title (never a byline, 来源 line, editor line, photo
  credit, menu item, page counter or dateline: those are chrome or bylines by then); a browser title
  ``headline_section_site`` is cut to its headline.
* date: a labelled publication date (发布时间：, 日期：, 来源：某某 时间：), else a dateline (a line of
  only a date, a time and page fields: ``2024-08-05 10:21 来源：某某网``), else a ``8月5日讯`` or
  ``8月5日电`` dateline in the lead with the year taken from elsewhere in the capture (another full
  date, the page's address, the copyright line, the years the text names). A 蹲点时间 or 采访时间 is
  the visit's date, kept apart. A post's head line (原创 某某观察 2025年04月08日 18:30 上海) and an
  e-paper's page label with its date are datelines.
* publisher: a 来源 line, else an account, a site or a newsroom the capture names (``publishers``).
* a listed company's announcement and a microblog repost chain have heads of their own (``postforms``): the
  company's name and its 关于…的公告 line are the title and its board's sign-off the publisher; a repost chain's
  title is the reposted post's 【headline】, its publisher the last account the chain names (//@某某发布:), its date
  the post's 25-4-18 line.
* byline: people credited as writers (记者, 通讯员, 作者, 文, 文/图) in byline lines, in the lead's
  bracketed credit and in the chrome's fields; photographers and editors are not authors.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from chaingraph.sources.datewords import full_date
from chaingraph.sources.layout import MARKER_WORDS, SENTENCE_END, TARGET_AIMS
from chaingraph.sources.normalize import Normalized
from chaingraph.sources.pagelines import (
    CJK,
    DATE_RE,
    EDITOR_ROLES,
    META_LABELS,
    Credit,
    card_dateline,
    chinese_numeral_date,
    is_dateline,
    is_headline,
    is_site_name,
    leading_credit,
    parse_credit,
    split_page_title,
    trailing_credit,
    without_buttons,
)
from chaingraph.sources.placenames import names_place, opens_on_place
from chaingraph.sources.postforms import (
    REPOST_RE,
    microblog_date,
    notice_title,
    opening_headline,
    reposted_account,
)
from chaingraph.sources.publishers import COPYRIGHT_RE, WIRE_RE, capture_publisher
from chaingraph.sources.sentences import Sentence

# 发布时间：, 日期：, 发布时间 2024-…, 发布于2024-…, a newscast's 播出时间：; a bare 时间 or 发布 only where no
# word runs into it (蹲点时间 is a visit).
PUBLISHED_RE = re.compile(rf"(?:(?:发布|发表|发稿|刊发|出版|更新|上传|发文|成文|印发|播出|首播)"
                          rf"(?:时间|日期)|(?<![{CJK}])(?:时间|日期|发布))(?:\s*[：:]\s*|\s+(?=\d))|(?:发布|发表|更新)于\s*")
AIRED_RE = re.compile(rf"(?:{DATE_RE.pattern})[\s\u3000]*(?:播出|首播|播发)")
RELEASED_RE = re.compile(r"(?:发布|发表|发稿|刊发)(?:时间|日期)\s*[：:]\s*")
VISITED_RE = re.compile(r"(?:蹲点|采访|走访|调研|探访|采风)(?:时间|日期)\s*[：:]\s*")
FIELD_SPLIT_RE = re.compile(rf"(?=(?:{META_LABELS}|{'|'.join(EDITOR_ROLES)}|通讯员|记者|作者|撰文|撰稿)\s*[：:/／|｜])")
# [字号 大 中 小]　[打印], 阅读量 8934: the page's buttons and counters after the last field
BUTTONS_AFTER_RE = re.compile(r"(?:\s*[【\[][^【】\[\]]{0,12}[】\]]|"
                              r"\s+(?:浏览|阅读|点击|访问|播放)(?:量|数|次数)?\s*[\d.]+万?)+\s*$")
BRACKET_RE = re.compile(r"[（(【\[]([^（）()【】\[\]]{2,60})[）)】\]]")
YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)年")
# a year a plan or a target names (计划2026年建成, 预计2026年投产, 力争到2027年): it lies ahead of the page
PLANNED_YEAR_RE = re.compile(rf"(?:{TARGET_AIMS}|将于|将在|有望|(?<!截)到)(?:在|于|到)?((?:19|20)\d\d)年")
URL_DATE_RE = re.compile(r"(?<!\d)(20\d\d)[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])(?!\d)")
# 某某项目开工 2024-03-15: a list page's headline with the date beside it.
TITLE_DATE_RE = re.compile(rf"\s+[（(【\[]?\s*(?:{DATE_RE.pattern})\s*[）)】\]]?$")
# 本报讯（记者 张三）, 某某日报讯（…）, 新华社成都3月5日电（…）: a report's opening with its credit.
NEWS_OPENING = r"^[^，。；（(]{0,24}?(?:讯|电)\s*"  # 本报讯, 新华社南京5月3日电: a lead's opening, before its credit
NEWS_OPENING_RE = re.compile(NEWS_OPENING + r"[（(]")
# [视频] 某某项目集中开工: what kind of page it is, put before the headline by the site.
MEDIA_TAG_RE = re.compile(r"^[【\[（(]\s*(?:视频|微视频|短视频|组图|图集|多图|图文|直播|音频|快讯|独家|H5|V观)"
                          r"\s*[】\]）)]\s*")
# 【项目建设】某某…, （新闻联播）某某…, 走进园区看发展｜某某…: the series, column or programme a site files the
# report under, before the headline; the column is not the article's title (docs/authoring.md, "Title").
COLUMN_RE = re.compile(r"^(?:[【\[（(]\s*(?P<b>[^】\]）)，。；！？]{2,12}?)\s*[】\]）)]"
                       r"|(?P<bar>[^|｜丨，。；！？：:\s]{2,12})\s*[|｜丨])\s*")
LIST_ITEM_RE = re.compile(r"^(?:[-*•·»]|\d{1,2}\s*[.、．)）])")
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "皇甫", "东方", "令狐", "慕容", "尉迟", "公孙", "长孙", "宇文",
                     "司徒", "夏侯", "轩辕", "端木", "独孤", "南宫", "西门", "百里", "呼延", "澹台")

# 第A03版, 第02版: the page of a printed paper, in the chrome over its articles
PAGE_LABEL_RE = re.compile(r"第\s*[A-Z]?\d{1,3}\s*版")


@dataclass(frozen=True)
class Finding:
    value: str
    line: str  # the line of the capture it was read from
    how: str  # in words, for the curator
    guessed: bool = False  # part of it came from elsewhere (a dateline's year): check it


@dataclass(frozen=True)
class CaptureMeta:
    title: Finding | None
    date: Finding | None
    visit_date: Finding | None
    publisher: Finding | None
    reporters: tuple[str, ...]
    editors: tuple[str, ...]
    lead_date: Finding | None  # a date the lead names: a hint when no publication date is found


def read_capture_meta(normalized: Normalized, url: str | None = None) -> CaptureMeta:
    """What the capture itself says about its title, date, publisher and byline."""
    chrome = [c.before.strip() for c in normalized.changes if c.kind == "chrome"]
    chrome = [line for line in chrome if line and not LIST_ITEM_RE.match(line)]
    sentences = list(normalized.sentences)
    printed = any(PAGE_LABEL_RE.search(line) for line in chrome)  # 第A03版：要闻: a newspaper's page
    title = _labelled_title(chrome, sentences) or _title(sentences, printed)
    credits = _credits(chrome, sentences)
    return CaptureMeta(
        title=title,
        date=_publication_date(chrome, sentences, url),
        visit_date=_visit_date(chrome, sentences),
        publisher=_publisher(chrome, sentences, title, credits),
        reporters=_unique(name for credit in credits for name in credit.names("writer")),
        editors=_unique(name for credit in credits for name in credit.names("editor")),
        lead_date=_lead_date(sentences),
    )


def reference_date(sentences: list[Sentence]) -> str | None:
    """The date relative dates of an article resolve against, from its sentences alone: the
    publication date, else the visit's date, else the first full date of its head."""
    for finding in (_publication_date([], sentences, None), _visit_date([], sentences), _lead_date(sentences)):
        if finding:
            return finding.value
    return None


def credit_newsroom(text: str) -> tuple[str, int] | None:
    """The newsroom a credit line names before 记者 or 通讯员, with its offset in `text`:
    （自贡融媒记者 周馨钰） -> ('自贡融媒', 1); 本报记者 … names none."""
    credit = parse_credit(text)
    return credit.newsroom if credit else None


def person_en(zh: str) -> str:
    """A reporter's name in pinyin, surname first: 周馨钰 -> Zhou Xinyu (a proposal to check)."""
    from pypinyin import lazy_pinyin

    if "·" in zh:
        return " ".join("".join(lazy_pinyin(part)).capitalize() for part in zh.split("·"))
    cut = 2 if zh.startswith(COMPOUND_SURNAMES) or len(zh) == 4 else 1
    surname, given = "".join(lazy_pinyin(zh[:cut])), "".join(lazy_pinyin(zh[cut:]))
    return " ".join(part.capitalize() for part in (surname, given) if part)


def _head_lines(chrome: list[str], sentences: list[Sentence]) -> list[str]:
    return chrome + [s.text for s in sentences if s.kind in ("title", "byline")]


# 标题：…, 标　　题：…: a disclosure table's or a transcript's field that names the title outright
LABELLED_TITLE_RE = re.compile(r"^标[\s\u3000]*题[\s\u3000]*[：:][\s\u3000]*(?P<title>[^\s\u3000].{3,80})$")
HEAD_LINES = 8  # the field stands in the page's head, above the body


def _labelled_title(chrome: list[str], sentences: list[Sentence]) -> Finding | None:
    """The title a page's 标题 field gives (a government page's disclosure table, a TV station's transcript):
    what the page says the text is called, whatever line the page sets above it (the site's name, a programme's
    air date)."""
    for line in chrome + [s.text for s in sentences[:HEAD_LINES]]:
        for field in re.split(r"[\u3000]{2,}", line.strip()):
            match = LABELLED_TITLE_RE.match(field.strip())
            if match and is_headline(title := match["title"].strip()):
                return Finding(title, line, "the page's 标题 field")
    return None


def _title(sentences: list[Sentence], printed: bool = False) -> Finding | None:
    if reposted := _reposted_headline(sentences):
        return reposted
    sentence = next((s for s in sentences if s.kind == "title"), None)
    if sentence is None:
        return None
    if (main := _main_after_kicker(sentences, sentence, printed)) is not None:
        return Finding(main.text, main.text, "the main headline, under its kicker line")
    finding = _headline(sentence)
    if finding and (said := _said_after(sentences, sentence)):
        return Finding(f"{finding.value}\u3000{said}", finding.line, f"{finding.how}, and what was said under it")
    if finding and (notice := _notice_after(sentences, sentence)):
        return Finding(notice, finding.line, f"{finding.how}, with the announcement's title under it")
    if finding and (subtitle := _subtitle_after(sentences, sentence)):
        return Finding(finding.value + subtitle, finding.line, f"{finding.how}, with its ——subtitle")
    if finding and (tag := MEDIA_TAG_RE.match(finding.value)) and len(finding.value) - tag.end() >= 4:
        how = f"{finding.how}, without the tag {tag.group(0).strip()}"
        return Finding(finding.value[tag.end():], finding.line, how)
    return _without_column(finding) if finding else None


SUBTITLE_RE = re.compile(r"^——[^——。！？；，]{4,30}$")
# a printed page's ——subheadline under its main headline may hold a figure and a clause or two (——前三季度全市…
# 实现产值286亿元，同比增长11.2%)
DECK_RE = re.compile(r"^——[^—。！？]{4,60}$")


def _slogan(text: str, least: int = 3) -> bool:
    """看项目 比实干 促发展: short phrases set apart by spaces, at least `least` of them."""
    parts = text.split()
    return len(parts) >= least and all(len(part) <= 6 for part in parts)


def _subtitle_after(sentences: list[Sentence], title: Sentence) -> str | None:
    """看项目 比实干 促发展 / ——某县一季度重点项目观摩侧记: a slogan of short spaced phrases names nothing alone,
    and the title goes on in the ——line below it, which says what the piece is."""
    if not _slogan(title.text, least=2):
        return None  # 淮南储能记 / ——…纪实: a headline of its own keeps its subheadline apart
    after = _next_line(sentences, title)
    return after.text if after is not None and SUBTITLE_RE.match(after.text) else None


# 某某调研…时强调 / 做强…　加快…: a leader's visit, and what the leader urged on the headline's second line
SAID_RE = re.compile(r"(?:时|并|中)?(?:强调|指出|要求|表示)$")


def _next_line(sentences: list[Sentence], line: Sentence) -> Sentence | None:
    return next((s for s in sentences if s.start > line.start), None)


def _main_after_kicker(sentences: list[Sentence], title: Sentence, printed: bool = False) -> Sentence | None:
    """A printed page's headline in three parts: a kicker (引题) above the main headline, a ——subheadline below it.
    The kicker says so by its closing dash (海安高新区加速壮大集成电路产业集群—— / 主题), or by the ——line under the
    second line (延链补链　铜产业向“新”攀高 / 灵宝：薄薄铜箔撑起百亿产业 / ——灵宝经开区…见闻); not a report's title
    run over two lines above the congress it was given to (关于…执行情况 / 与…草案的报告 / ——…人民代表大会…会议上)."""
    second = _next_line(sentences, title)
    if second is None or not is_headline(second.text) or second.kind == "byline":
        return None
    if re.search(r"[—－]{1,2}$", title.text) or _slogan(title.text) and not SUBTITLE_RE.match(second.text):
        return second  # (看项目　比进度　促发展 / 某某新区开展…观摩活动: a slogan of short phrases names nothing)
    third = _next_line(sentences, second)
    if is_headline(title.text) and third is not None and DECK_RE.match(third.text) \
            and "人民代表大会" not in third.text and not re.match(r"[与和及]", second.text) \
            and not SUBTITLE_RE.match(second.text) and not title.text.endswith(("：", ":")) \
            and second.text not in title.text:  # 政府工作报告（摘要） / 政府工作报告 / ——…: the page's title again
        return second
    lead = third is not None and (third.kind == "byline" or NEWS_OPENING_RE.match(third.text))  # 本报讯（记者…）
    if printed and lead and is_headline(title.text) \
            and not SUBTITLE_RE.match(second.text) and not names_place(title.text) \
            and not re.search(r"\d", title.text) and opens_on_place(second.text):
        return second  # 链长制推动“芯”链条… / 我市集成电路产业营收…: no place in the kicker, the headline opens on one
    # (and the lead under it, by its credit line or by the bracketed credit of a 本报讯（记者…） opening the body)
    return None


def _said_after(sentences: list[Sentence], title: Sentence) -> str | None:
    """What a leader urged, on the line under 某某调研…时强调: the headline goes on there."""
    after = _next_line(sentences, title)
    if not SAID_RE.search(title.text) or after is None or after.kind == "byline" or not is_headline(after.text) \
            or re.search(r"[，。；]", after.text):
        return None  # (县领导调研…时强调 / 6月11日下午，县委书记…: the body's first sentence after a dropped dateline)
    return after.text


def _reposted_headline(sentences: list[Sentence]) -> Finding | None:
    """A microblog repost chain (转发微博：… //@A: … //@B:): the title is the 【headline】 the reposted post opens
    with, not the reposter's name or comment."""
    chain = [s for s in sentences if REPOST_RE.search(s.text)]
    if not chain:
        return None
    last = chain[-1]
    after_last = last.text[list(REPOST_RE.finditer(last.text))[-1].end():]  # //@B：【…】 on the same line
    texts = [after_last] + [s.text for s in sentences if s.start > last.start]
    for n, text in enumerate(texts):  # (a headline with a ！ inside is cut into two sentences: read them together)
        if (headline := opening_headline("".join(texts[n:n + 3]))) and is_headline(headline):
            return Finding(headline, text, "the 【headline】 of the reposted post")
    return None


def _notice_after(sentences: list[Sentence], title: Sentence) -> str | None:
    """The announcement a listed company's name heads: the title is the name and the 关于…的公告 line below it."""
    after = _next_line(sentences, title)
    return notice_title(title.text, after.text) if after is not None else None


def _without_column(finding: Finding) -> Finding:
    column = COLUMN_RE.match(finding.value)
    if column is None:
        return finding
    name, rest = column["b"] or column["bar"], finding.value[column.end():]
    if len(rest) < 6 or not is_headline(rest) or (column["bar"] and is_site_name(name)):
        return finding
    return Finding(rest, finding.line, f"{finding.how}, without the column's name {name}")


def _headline(sentence: Sentence) -> Finding | None:
    dated = TITLE_DATE_RE.search(sentence.text)
    if dated and full_date(dated) and is_headline(sentence.text[:dated.start()]):
        return Finding(sentence.text[:dated.start()], sentence.text, "the headline line, without the date beside it")
    page_title = split_page_title(sentence.text)
    if page_title:
        return Finding(page_title[0], sentence.text, f"the page's title, without its site name {page_title[1]}")
    if not is_headline(sentence.text):
        return None
    return Finding(sentence.text, sentence.text, "the headline line")


def _date_after(pattern: re.Pattern, line: str) -> str | None:
    for label in pattern.finditer(line):
        match = DATE_RE.match(line, label.end())
        if match and full_date(match):
            return full_date(match)
    return None


def _publisher(chrome: list[str], sentences: list[Sentence], title: Finding | None,
               credits: list[Credit]) -> Finding | None:
    found = capture_publisher(chrome, sentences, (title.value, title.line) if title else None, credits,
                              _lead(sentences))
    return Finding(*found) if found else None


def _publication_date(chrome: list[str], sentences: list[Sentence], url: str | None) -> Finding | None:
    lines = _head_lines(chrome, sentences)
    for pattern in (RELEASED_RE, PUBLISHED_RE):  # 发布日期 before 成文日期 (when the text was signed)
        for line in lines:
            if not VISITED_RE.search(line) and (value := _date_after(pattern, line)):
                return Finding(value, line, "the page's publication date")
    for line in lines:
        if is_dateline(line):
            for match in DATE_RE.finditer(line):
                if full_date(match):
                    return Finding(full_date(match), line, "the page's dateline")
    for line in lines:  # 《眉山城事》　2026年3月11日　播出: a programme's transcript, dated by its airing
        if (aired := AIRED_RE.search(line)) and full_date(aired):
            return Finding(full_date(aired), line, "the programme's air date")
    carried = reposted_account([s.text for s in sentences])
    for line in chrome if carried else []:  # 贵阳双龙发布 V　26-9-23 18:30: the carried post's own date
        if line.strip().startswith(carried[0]) and (value := microblog_date(line)):
            return Finding(value, line, "the date of the post the repost chain carries")
    for line in chrome + [s.text for s in sentences]:
        if value := microblog_date(line):  # 25-4-18 11:02 来自…: a two-digit year, of this century
            return Finding(value, line, "the microblog post's date (a two-digit year)")
    title = next((s.text for s in sentences if s.kind == "title"), "")
    if (dated := TITLE_DATE_RE.search(title)) and full_date(dated):
        return Finding(full_date(dated), title, "the date beside the headline")
    return _card_date(chrome, sentences, url) or _wire_date(chrome, sentences, url) or _signing_date(chrome)


def _card_date(chrome: list[str], sentences: list[Sentence], url: str | None) -> Finding | None:
    """泉州网 03-12 08:40: a feed card's month and day, the year from elsewhere in the capture."""
    for line in _head_lines(chrome, sentences):
        if (card := card_dateline(line)) is None:
            continue
        found = _year_elsewhere(chrome, sentences, url)
        if found is None:
            return None
        try:
            value = dt.date(int(found[0]), int(card["m"]), int(card["d"])).isoformat()
        except ValueError:
            return None
        return Finding(value, line, f"the feed card's date, with the year from {found[1]}", guessed=True)
    return None


def _signing_date(chrome: list[str]) -> Finding | None:
    """The date an official document closes with (二〇二四年三月十五日), the last one of the page."""
    for line in reversed(chrome):
        if value := chinese_numeral_date(line):
            return Finding(value, line, "the date the document is signed with")
    return None


def _visit_date(chrome: list[str], sentences: list[Sentence]) -> Finding | None:
    for line in _head_lines(chrome, sentences):
        if value := _date_after(VISITED_RE, line):
            return Finding(value, line, "the date of the reporters' visit")
    return None


def _lead(sentences: list[Sentence]) -> list[Sentence]:
    """The article's first two sentences (a capture without a headline starts with its lead)."""
    return [s for s in sentences if s.kind == "body" or (s.kind == "title" and not is_headline(s.text))][:2]


def _wire_date(chrome: list[str], sentences: list[Sentence], url: str | None) -> Finding | None:
    """某某网8月5日讯 / 新华社成都8月5日电: month and day from the lead, the year from elsewhere."""
    for sentence in _lead(sentences):
        match = WIRE_RE.match(sentence.text)
        if match is None:
            continue
        month, day = int(match["m"]), int(match["d"])
        if match["y"]:
            year, how = match["y"], "the lead's dateline"
        else:
            found = _year_elsewhere(chrome, sentences, url)
            if found is None:
                return None
            year, how = found[0], f"the lead's dateline, with the year from {found[1]}"
        try:
            value = dt.date(int(year), month, day).isoformat()
        except ValueError:
            return None
        return Finding(value, match.group(0), how, guessed=not match["y"])
    return None


def _year_elsewhere(chrome: list[str], sentences: list[Sentence], url: str | None) -> tuple[str, str] | None:
    """(year, where) for a dateline without one: another full date, the address, the copyright, the text."""
    for line in chrome + [s.text for s in sentences]:
        for match in DATE_RE.finditer(line):
            if full_date(match):
                return match["y"], f"the date {match.group(0).strip()} in the capture"
    if url and (match := URL_DATE_RE.search(url)):
        return match[1], "the page's address"
    for line in chrome:
        if COPYRIGHT_RE.search(line) and (years := re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", line)):
            return max(years), f"the copyright line {line!r}"
    # the article's sentences and headline, not other pages' headlines listed after it (no sentence's end)
    text = "".join(s.text for s in sentences if s.kind == "title" or (
        s.kind == "body" and s.text.endswith(tuple(SENTENCE_END))))
    years, planned = Counter(YEAR_RE.findall(text)), Counter(PLANNED_YEAR_RE.findall(text))
    if years:  # two years named as often: the one the text also names outside a plan, then the later
        year = max(years, key=lambda y: (years[y], years[y] > planned[y], y))
        return year, f"the year the text names most ({year}年, {years[year]} time(s))"
    return None


def _lead_date(sentences: list[Sentence]) -> Finding | None:
    for sentence in sentences[:6]:
        for match in DATE_RE.finditer(sentence.text):
            if full_date(match):
                return Finding(full_date(match), sentence.text, "a date the article's head names")
    return None


def _credits(chrome: list[str], sentences: list[Sentence]) -> list[Credit]:
    """Every credit the capture holds, in the order a reader meets them: bylines, the lead's bracketed
    credit, then the fields of the chrome's lines (作者：…, 编辑：…)."""
    found: list[Credit] = []
    for sentence in sentences:
        if sentence.kind in ("title", "byline"):
            found += _credits_in(sentence.text)
    openings = [s for s in sentences if s.kind == "body"][:4]  # 本报讯（…） after a subheadline or two
    for sentence in _lead(sentences) + [s for s in openings if NEWS_OPENING_RE.match(s.text)]:
        found += [c for m in BRACKET_RE.finditer(sentence.text[:40]) if (c := parse_credit(m.group(0)))]
    for sentence in sentences:  # …基地。（长春日报记者 张三） closing a paragraph, a piece of its own
        if sentence.kind == "body" and sentence.text.startswith(("（", "(")) and \
                (credit := parse_credit(sentence.text)):
            found.append(credit)
        elif sentence.kind == "body" and (signed := SIGN_OFF_RE.match(sentence.text)) and \
                (credit := parse_credit(signed["credit"])):
            found.append(credit)
    for line in chrome:
        found += _credits_in(line)
    return found


# （记者）某某台记者 张三 李四 报道。: a newscast's sign-off, the reporters' credit said as its last line (the names
# set apart by spaces: 来看记者发回的报道 credits no one)
SIGN_OFF_RE = re.compile(rf"^(?:[（(【\[]\s*(?:{MARKER_WORDS})\s*[）)】\]])?\s*"
                         r"(?!来看|请看|一起看)(?P<credit>[^，。\s]{0,12}记者[\s\u3000]+"
                         r"(?:(?:(?![的回])[\u4e00-\u9fff·]){2,5}[\s\u3000、]*){1,4}报道)。?$")
# 以下文章来源于某某日报，作者张三: the writer of the post a WeChat account reposts
REPOST_WRITER_RE = re.compile(rf"^以下文章来源于[^，,]{{2,24}}[，,]\s*作者\s*[：:]?\s*(?P<w>[{CJK}·]{{2,8}})$")


def _credits_in(line: str) -> list[Credit]:
    whole = parse_credit(line)
    if whole:
        return [whole]
    if writer := REPOST_WRITER_RE.match(line):
        return [Credit((("writer", writer["w"], writer.start("w")),))]
    parts = [parse_credit(m.group(0)) for m in BRACKET_RE.finditer(line)]
    # (作者：X 通讯员 Y 【字号 大 中 小】: the page's buttons after the last field are no part of it)
    for field in FIELD_SPLIT_RE.split(line):
        field = BUTTONS_AFTER_RE.sub("", field).rstrip(" \u3000【[")  # (通讯员：Y　【字体…: a button cut open)
        credit = parse_credit(field)
        if credit is None and (at := trailing_credit(field)) is not None:  # (来源：X　记者 Y　通讯员 Z　编辑：W)
            credit = parse_credit(field[at:])
        parts.append(credit)
    if not any(parts) and (at := trailing_credit(line)) is not None:  # 2024-04-22 来源：某某网 记者 张三
        parts.append(parse_credit(without_buttons(line)[at:]))
    if not any(parts) and (head := leading_credit(line)) is not None:  # 某某记者　张三　　2025-11-13 08:15
        parts.append(parse_credit(head))
    return [p for p in parts if p]


def _unique(names) -> tuple[str, ...]:
    return tuple(dict.fromkeys(names))
