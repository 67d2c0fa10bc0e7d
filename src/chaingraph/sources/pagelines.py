"""What a short line of a news page is when it is not article text: a credit (reporters, photographers,
editors), a page counter, a dateline, a site name, a breadcrumb or a menu row.

The normalizer asks here which lines are chrome and which are bylines (kept, never the title); the metadata
reader asks the same questions to find title, date, publisher and byline: the two never disagree about a line.

>>> parse_credit("（自贡融媒记者 周馨钰 宋姿熠 王汉卿）").people
(('writer', '周馨钰', 8), ('writer', '宋姿熠', 12), ('writer', '王汉卿', 16))
>>> [kind for kind, _, _ in parse_credit("文/张三 图/李四").people]
['writer', 'photo']
>>> parse_credit("记者前往该区探访。") is None
True
>>> is_page_counter("第1页/共3页"), is_dateline("2024-08-05 10:21 来源：某某网"), is_dateline("蹲点时间：2024年8月5日")
(True, True, False)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chaingraph.sources.appbanner import APP_PROMPT_RE
from chaingraph.sources.bulletins import COMPILER_RE, compiler_of
from chaingraph.sources.datewords import (
    CARD_DATELINE_RE,
    CJK,
    DATE_RE,
    SENT_FROM_RE,
    TIME_RE,
    WEEKDAY_RE,
    chinese_numeral_date,
)
from chaingraph.sources.placenames import without_place_closing
from chaingraph.sources.postforms import microblog_dateline

SENTENCE_MARKS = "，。；！？"

# Labels of the fields a page prints around an article (source, author, time, views, 版次, 索引号, 成文日期, …).
META_LABELS = (r"(?:本文|文章|信息|新闻|内容)?来源|稿源|出处|转自|转载自|作者|记者|通讯员|责任编辑|编辑|责编|编审|审核|"
               r"本版责编|本版编辑|值班编辑|美编|"
               r"(?:发布|发表|发稿|更新|刊发|上传|发文|成文|印发|生成|播出|首播)?(?:时间|日期)|发布者|发布人|发布单位|发布机构|"
               r"发文机关|发文单位|供稿|撰稿|文字|图片|摄影|版次|版名|版面|期次|栏目|节目|索引号|文号|发文字号|主题分类|公开方式|"
               r"(?:浏览|阅读|点击|访问|播放)(?:量|数|次数|人次)?|字号|字体")
META_FIELD_RE = re.compile(rf"(?:{META_LABELS})\s*[：:]\s*(?:[{CJK}][ \u3000][{CJK}](?=\s|$)|"  # (编辑：刘 畅)
                           rf"[^\s：:]{{0,30}}?(?=\s|$|(?:{META_LABELS})\s*[：:]))")
# 作者：沈一帆 顾晓雯 帕丽旦·艾山 — a writers' field may list several names, each a word of its own (not a label),
# after a newsroom's credit (作者：某某融媒记者 张三) and before the page's counter (阅读量 8934)
WRITERS_FIELD_RE = re.compile(rf"(?:作者|记者|通讯员|撰稿|撰文|文字|整理)\s*[：:]\s*(?:[{CJK}]{{2,8}}记者\s*)?"
                              rf"[{CJK}·]{{2,8}}(?:\s+(?!(?:浏览|阅读|点击|访问|播放)(?:量|数|次))"
                              rf"(?:[{CJK}]{{1,6}}(?:·[{CJK}]{{1,8}})+|[{CJK}·]{{2,4}})(?![{CJK}·]|\s*[：:]))*")
# 来源：某某市统计局 国家统计局某某调查队 — a source field may name several offices, each a word of its own
SOURCES_FIELD_RE = re.compile(rf"(?:信息|本文|文章)?来源\s*[：:]\s*[{CJK}]{{2,20}}"
                              rf"(?:\s+[{CJK}]{{4,20}}(?![{CJK}]|\s*[：:]))+")
# 第03版：经济新闻, A03版, 第1版, 第3版　经济: the page of a newspaper (print or e-paper) an article is
# printed on, with its section (要闻·经济: two sections joined by a dot).
PAGE_LABEL = (rf"(?:第\s*[A-Z]?\d{{1,3}}\s*版|[A-Z]\d{{1,3}}\s*版)"
              rf"(?:\s*[：:]\s*[{CJK}]{{2,8}}(?:[·•][{CJK}]{{2,8}})?|\s+[{CJK}]{{2,6}}(?=\s|$))?")
ACCESS_WORDS = r"无障碍(?:浏览|阅读)?|长者模式|关怀版|适老化|读屏|繁體|简体"
FONT_SIZE = r"(?:字体|字号)(?:[：:]?(?:\s*[|｜]?\s*(?:[大中小]|A[+\-]?|T)){1,3})?"  # 字号 A+ A-, 字号：T | T
META_WORDS_RE = re.compile(rf"{PAGE_LABEL}|打印本页|打印|列印|转寄|关闭窗口|关闭|我要分享|分享到|分享|收藏|纠错|默认|"
                           r"字体|字号|放大|缩小|还原|返回(?:目录|首页|顶部)?|(?<![A-Za-z])A[+\-](?![\w])|"  # (A- A+)
                           r"请输入(?:关键字|关键词|搜索内容|检索内容)|站内搜索|全文检索|搜索|检索|"  # its search box
                           r"微信好友|微信|朋友圈|微博|QQ空间|QQ|Facebook|WhatsApp|Twitter|"  # where a share goes
                           r"上一版|下一版|上一期|下一期|版面导航|版面目录|本版目录|本版标题导航|本版导航|"  # e-paper
                           r"标题导航|往期回顾|往期检索|过刊检索|PDF版?下载|下载PDF|PDF版|本版PDF|"
                           rf"[<>＜＞]|{ACCESS_WORDS}|"  # a portal's accessibility links
                           r"今日\s*\d{1,3}\s*版|共\s*\d{1,3}\s*版|我要评论|发表评论|转载|"  # a paper's page count
                           r"(?:评论|点赞|在看|转发|喜欢|赞)\s*\d*|展开全文|查看全文|阅读原文|查看原文|展开剩余\s*\d+%|"
                           r"(?:视频)?(?:加载中|正在加载)[.…。]*|时长(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?|"
                           r"(?:信息)?(?:发布|发表|发稿|更新)?(?:时间|日期)|(?:发布|发表|更新)于?|"
                           r"(?:浏览|阅读|点击|播放)(?:量|数|次数)?\s*[\d.]*万?|次|[大中小]|[【】\[\]|｜丨/／\-—·•:：()（）]")
# 2025-01-10 17:22 · 某某新闻办公室官方账号, … · IP属地：四川: what a feed prints of the account by a post's date
# 2025-04-22 17:46 发布于四川, IP属地：四川: the province a news app says a post was sent from, after its date
PLACE_NOTE_RE = re.compile(rf"(?:发布于|IP属地\s*[：:]?)\s*[{CJK}]{{2,8}}(?=\s|$)")
ACCOUNT_NOTE_RE = re.compile(rf"[·•|｜]\s*[{CJK}A-Za-z0-9]{{1,30}}?(?:官方账号|官方帐号|账号|帐号|创作者|已认证|认证)"
                             rf"(?=\s|[·•|｜]|$)|IP属地\s*[：:]?\s*[{CJK}]{{2,3}}")
# A social-media post's head: 原创 金山产业观察 金山产业观察 2025年04月08日 18:30 上海, or an app's
# 琼岛产经 2025-04-24 07:55 海南 — the account's name (said twice by some apps, after the author's on an
# original post: 原创 张三 某某观察 …), the date, the time and the province the post was sent from (· 四川,
# IP属地：四川).  原创 or the time is required: a headline can end in a bare date.
ACCOUNT_LINE_RE = re.compile(rf"^(?P<orig>原创\s*)?(?:(?P<author>[{CJK}A-Za-z0-9·]{{2,16}})\s+)?"
                             rf"(?P<name>(?!原创)[{CJK}A-Za-z0-9·]{{2,16}}?)(?P<mark>\s+原创)?(?:\s*[·•]\s*|\s+)(?P<date>{DATE_RE.pattern})\s*"
                             rf"(?:[·•]\s*)?(?P<time>{TIME_RE.pattern})?\s*(?:[·•]\s*)?(?:IP属地\s*[：:]?\s*)?(?:[{CJK}]{{2,3}})?$")
EDITOR_ROLES = ("责任编辑", "值班编辑", "网络编辑", "本版编辑", "文字编辑", "图片编辑", "编辑", "责编", "编审", "美编",
                "主编", "审核", "审校", "审稿", "校对", "监制", "统筹", "策划", "终审", "初审", "复审", "一审", "二审",
                "三审", "制作", "出品")
EDITOR_LINE_RE = re.compile(rf"^[【\[（(]?\s*(?:{'|'.join(EDITOR_ROLES)})\s*[：:|｜/／]")
# Roles in a credit line; the longer spelling first.  文 and 图 alone need a mark after them (文/张三).
WRITER_ROLE = (r"(?:特约|见习|实习|首席|摄影|全媒体|融媒体|驻[\u4e00-\u9fff]{1,4})?记者|通讯员|实习生|作者|撰文|撰稿|"
               r"文字|采写|编译|整理(?=\s*[：:])|文\s*[/／]\s*图|图\s*[/／]\s*文|图文|文图|文(?=\s*[：:/／|｜丨])")
PHOTO_ROLE = r"摄影|摄像|图片|图(?=\s*[：:/／|｜丨])"
EDITOR_ROLE = "|".join(EDITOR_ROLES)
ROLE = rf"(?P<role>{WRITER_ROLE}|{PHOTO_ROLE}|{EDITOR_ROLE})\s*[：:/／|｜丨]?\s*"
ROLE_RE = re.compile(ROLE)
# 自贡融媒记者, 本报记者, 某某新闻·某某日报记者, 广西云-广西日报记者; 潮新闻客户端 记者, 某某融媒体中心 记者 (a space)
LEAD_ROLE_RE = re.compile(rf"(?P<org>[{CJK}][{CJK}·\-－]{{1,14}}?|"
                          rf"[{CJK}][{CJK}·\-－]{{0,12}}?(?:客户端|日报|晚报|新闻|融媒|电视台|中心)\s+){ROLE}")
# (文字：某某市政府新闻办, 某某办公室供稿, 某某区融媒体中心 报道): a newsroom or office beside the writers, no person
ORG_CREDIT_RE = re.compile(rf"[{CJK}]{{3,20}}?(?:办公室|新闻办|融媒体中心|中心|办|局|委员会|管委会|委|研究院|集团|公司)"
                           rf"(?=[\s、，,;；/／|｜丨]|供稿|报道|$)")
CREDITED_ORG_END_RE = re.compile(r"\s*(?:供稿|报道|联合报道)")  # an office credited without a role before it
TRAILER_RE = re.compile(rf"(?P<t>联合报道|报道|摄影|摄|供图|供稿|综合|整理|发自[{CJK}]{{1,6}})(?![{CJK}])")
# 记者手记, 【记者观察】, 【记者 口播】, 【文字实录】: a column's or a transcript's word after the role, no name
# syllables of Mongolian, Tibetan, Uyghur names that run to five characters (孟和巴雅尔; not 发展和安全, 走进新工厂)
TRANSLITERATED = ("巴雅尔孟和乌日娜其木格苏德扎西多吉卓玛达瓦次仁旺堆阿依古丽买提热合曼艾肯吐逊哈斯"
                  "朝鲁宝音图门额敦那满都拉白仓布赫毕力特吉塔娅琪琳丹增姆央金措加才让东智索南群培平")
STOP = (rf"(?:{WRITER_ROLE}|{EDITOR_ROLE}|联合报道|报道|摄影|供图|供稿|发自|现场|手记|札记|观察|视点|述评|"
        rf"口播|出镜|连线|实录|摄(?![{CJK}]))")
NAME_RE = re.compile(rf"(?P<name>[{CJK}]{{1,6}}·[{CJK}]{{1,6}}|[{TRANSLITERATED}]{{5}}|"
                     rf"(?:(?!{STOP})[{CJK}]){{2,4}})(?=[\s、，,;；/／|｜丨]|{STOP}|$)")
CREDIT_SEP_RE = re.compile(r"[\s、，,;；/／|｜丨]+")
BULLETS = " \u3000■□●○◆◇▲△★☆▶►"
# （记者 张三） ...展开全文c: a feed's button to unfold the post, left after the credit that closes it
EXPAND_RE = re.compile(r"\s*(?:\.{2,3}|…{1,2})?\s*展开全文\s*[A-Za-z]?\s*$")
# A writer's role word after a space, where a credit can open inside a longer line.
SPACED_WRITER_RE = re.compile(rf"(?<=\s)(?:本报|本台|本网|本刊|[{CJK}]{{2,10}}?)?(?:{WRITER_ROLE})")  # (某某新闻记者)
# Words before 记者 that say whose reporter without naming a newsroom (本报记者, 特约记者).
NOT_NEWSROOM_RE = re.compile(r"^(?:本报|本台|本网|本刊|本站|本社)|^(?:特约|见习|实习|首席|摄影|全媒体|融媒体?|驻.*)$")

PAGE_WORD_RE = re.compile(r"上一页|下一页|上页|下页|首页|尾页|末页|前一页|后一页|第\s*\d+\s*页|共\s*\d+\s*页|"
                          r"当前第?\s*\d+\s*页|\d+\s*/\s*\d+\s*页?|阅读全文|全文阅读|单页阅读|跳转|转到")
PAGE_FILLER_RE = re.compile(r"[\s\d\[\]【】()（）<>«»‹›|｜/／,，.。:：…\-]*")
PHOTO_NOTE_RE = re.compile(r"^[（(【\[]?\s*(?:资料图片?|网络图片|图片由[^，。]{1,24}提供|[^，。\s]{2,24}供图|"
                           r"(?:图片|图源|图片来源|图片提供|制图|配图)\s*[：:/／|｜丨]\s*[^，。；！？]{1,30}|"
                           r"图\s*[/／|｜丨]\s*[^，。；！？]{1,30})\s*[）)】\]]?$")

SITE_SUFFIXES = ("新闻网", "网", "日报", "晚报", "早报", "时报", "商报", "周报", "导报", "快报", "报社", "通讯社",
                 "大众报", "晨报", "都市报", "青年报", "农民报", "工人报", "科技报", "经济报", "法治报", "侨报",
                 "新闻社", "广播电视台", "电视台", "融媒体中心", "融媒", "新闻", "客户端", "在线", "频道", "网站",
                 "门户", "数字报刊平台", "数字报刊", "数字报", "电子报", "数字版", "电子版", "电台")
SITE_RE = re.compile(rf"^[{CJK}A-Za-z0-9·]{{1,16}}(?:{'|'.join(SITE_SUFFIXES)})$")
# Networks a headline can end in, not a website: 电网, 管网, 物联网 ...
NOT_SITE_RE = re.compile(r"(?:电|管|光|路|水|气|热|天|云|充电|交通|能源|互联|物联|车联|算力|信息|通信)网$")
# 相关新闻, 热点新闻: the header of a list of other pages' headlines, no site's name
LIST_TITLE_RE = re.compile(r"^(?:相关|热点|热门|推荐|最新|更多|精彩|往期|延伸|图片|视频)(?:新闻|阅读|文章)$")
HOME_WORDS = ("首页", "主页", "网站首页", "正文")
BREADCRUMB_RE = re.compile(r"^(?:您|你)?(?:当前|现在)?(?:所在)?的?位置\s*[：:]")  # 您当前(所在)的位置：, 所在位置：
CRUMB_SPLIT_RE = re.compile(r"\s*[>＞»›]+\s*")
PAGE_TITLE_SPLIT_RE = re.compile(r"\s*_\s*|\s+[-–—|｜]\s+|\s*[|｜]\s*")


@dataclass(frozen=True)
class Credit:
    """A line that only credits people: (writer | photo | editor, name, offset) and the newsroom named
    before 记者 or 通讯员, if any (自贡融媒记者 -> 自贡融媒)."""

    people: tuple[tuple[str, str, int], ...]
    newsroom: tuple[str, int] | None = None

    def names(self, kind: str) -> list[str]:
        return [name for k, name, _ in self.people if k == kind]


def _role_kind(role: str) -> str:
    if re.fullmatch(EDITOR_ROLE, role):
        return "editor"
    if role.startswith("摄影") or role in ("摄像", "图片", "图"):  # 摄影记者 takes pictures
        return "photo"
    return "writer"


def _strip_brackets(text: str) -> tuple[str, int]:
    """The text inside one pair of outer brackets, and the offset of its first character."""
    pairs = {"（": "）", "(": ")", "【": "】", "[": "]"}
    if len(text) > 2 and pairs.get(text[0]) == text[-1]:
        return text[1:-1], 1
    return text, 0


def parse_credit(text: str) -> Credit | None:
    """The people a line credits, when the line does nothing else (记者 张三 通讯员 李四, 文/图 王五,
    （张三 摄）, 编辑：赵六); None for any other line."""
    body = text.lstrip(BULLETS)  # ■本报记者 龚莉萍: a print page marks the byline with a square
    inner, shift = _strip_brackets(EXPAND_RE.sub("", body).rstrip())
    shift += len(text) - len(body)
    people: list[list] = []
    newsroom = None
    role: str | None = None
    pending = 0  # names since the last role: a trailing 摄 or 报道 says what they did
    pos, n = 0, len(inner)
    while pos < n:
        sep = CREDIT_SEP_RE.match(inner, pos)
        if sep:
            pos = sep.end()
            continue
        match = ROLE_RE.match(inner, pos) or (LEAD_ROLE_RE.match(inner, pos) if pos == 0 else None) or (
            _newsroom_role(inner, pos) if role and (not pending or OWN_PAPER_RE.match(inner, pos)) else None)
        if match:
            org = (match.groupdict().get("org") or "").strip()
            if org and not NOT_NEWSROOM_RE.search(org):
                newsroom = (org, shift + match.start("org"))
            role, pending, pos = _role_kind(re.sub(r"\s", "", match["role"])), 0, match.end()
            continue
        match = TRAILER_RE.match(inner, pos)
        if match and (people or role or newsroom):
            if match["t"] in ("摄", "摄影", "供图"):
                for person in people[len(people) - pending:]:
                    person[0] = "photo"
            pos = match.end()
            continue
        match = ORG_CREDIT_RE.match(inner, pos)
        if match and len(match.group(0)) >= 5 and (role or CREDITED_ORG_END_RE.match(inner, match.end())):
            newsroom = newsroom or (match.group(0), shift + pos)
            pos = match.end()
            continue
        match = NAME_RE.match(inner, pos)
        if match is None:
            return None
        people.append([role or "pending", match["name"], shift + match.start()])
        pending += 1
        pos = match.end()
    if not people or any(kind == "pending" for kind, _, _ in people):
        return None
    return Credit(tuple((k, name, at) for k, name, at in people), newsroom)


OWN_PAPER_RE = re.compile(r"本报|本台|本网|本刊")  # 记者 张三 本报通讯员 李四: the next role, no name


def _newsroom_role(inner: str, pos: int) -> re.Match | None:
    """作者：本报记者 张三, 文/图：某某新闻记者 李四: whose reporter, after a field's label (本报 and the site are
    no names)."""
    match = LEAD_ROLE_RE.match(inner, pos)
    return match if match and (NOT_NEWSROOM_RE.search(match["org"]) or is_site_name(match["org"])) else None


def without_buttons(text: str) -> str:
    """The line without the page's buttons closing it (… 记者 张三 【大 中 小】, an app's ＋关注)."""
    text = CLOSING_BUTTON_RE.sub("", text)
    while (button := TRAILING_BUTTON_RE.search(text)) and not META_WORDS_RE.sub("", button.group(1)).strip():
        text = text[:button.start()]
    return text


def trailing_credit(text: str) -> int | None:
    """Where a spaced credit closing a longer line begins (2024-04-22 来源：某某网 记者 张三 通讯员 李四):
    the offset of its first role word; None when the line ends in no writer's credit (buttons after it aside)."""
    text = without_buttons(text)
    for match in SPACED_WRITER_RE.finditer(text):
        credit = parse_credit(text[match.start():])
        if credit is not None and credit.names("writer"):
            return match.start()
    return None


def is_byline_line(text: str) -> bool:
    """A credit that names a writer: kept as a byline, never the title."""
    credit = parse_credit(text) if len(text) <= 120 else None
    return credit is not None and bool(credit.names("writer"))


def is_editor_line(text: str) -> bool:
    """编辑：…, 责任编辑：…, 【编审：…】, 一审：… — editors are not authors; the line is chrome."""
    if EDITOR_LINE_RE.match(text):
        return True
    credit = parse_credit(text)
    return credit is not None and not credit.names("writer") and bool(credit.names("editor"))


def is_photo_credit(text: str) -> bool:
    """图/…, 张三 摄, （记者 张三 摄）, 图片来源：…, …供图 — a credit for a picture, no writer named."""
    if PHOTO_NOTE_RE.match(text):
        return True
    credit = parse_credit(text)
    return credit is not None and not credit.names("writer") and bool(credit.names("photo"))


def is_page_counter(text: str) -> bool:
    """第1页/共3页, 上一页 1 2 3 下一页, 1/3 — the pager under a split article."""
    rest = PAGE_WORD_RE.sub("", text)
    return rest != text and len(text) <= 60 and PAGE_FILLER_RE.fullmatch(rest) is not None


def account_line(text: str) -> re.Match | None:
    """A social or news-app post's head line (原创 某某观察 2025年04月08日 18:30 上海) with its ``name``, or None."""
    match = ACCOUNT_LINE_RE.match(text.strip()) if len(text) <= 60 else None
    original = match is not None and bool(match["orig"] or match["mark"])  # (某某经开区　原创　2025-11-06 18:30　湖南)
    if match and match["author"] and match["author"] != match["name"] and not original:
        return None  # two words before a date: an author before the account only on an original post
    return match if match and (original or match["time"]) and not match["name"].isdigit() else None


def is_toolbar(text: str) -> bool:
    """【打印】 【关闭】, 放大 缩小 默认, 第03版：经济新闻: a row of the page's buttons or its page label, no
    other word; or a news app's banner or call to act (``appbanner.APP_PROMPT_RE``)."""
    text = re.sub(r"\s+", " ", text.strip())  # 打开APP，阅读体验更佳　　　　[ 打开 ]: a page's spacing is no word
    if len(text) > 40:
        return False
    rest = META_WORDS_RE.sub("", text)
    prompts = [p for p in re.split(r"\s*[|｜丨]\s*", text) if p]  # 关注我们 | 点击上方蓝字: two calls in one row
    return (rest != text and not rest.strip() and bool(re.search(rf"[{CJK}]", text))) or bool(prompts) and all(
        APP_PROMPT_RE.match(p) for p in prompts) or bool(APP_PROMPT_RE.match(text))  # 渝眼新闻 | 打开APP


# （上接第1版）, （下转第2版）: where a printed article comes from or goes on.
CONTINUED_RE = re.compile(r"^[（(【\[]?\s*(?:上接|下转|转|接|紧接|续)\s*(?:第\s*)?[A-Z]?\d{1,3}\s*版"
                          r"[^（）()【】]{0,8}[）)】\]]?$")
# The parts of a page's imprint line: 常德日报社出版, 本版编辑：谭芳, 吉ICP备05002154号, 邮发代号：41-3.
IMPRINT_PART_RE = re.compile(rf"^(?:[{CJK}A-Za-z0-9·]{{2,20}}(?:出版|印刷|发行|主办|承办|主管|版权所有)|"
                             rf"(?:{META_LABELS}|{EDITOR_ROLE})\s*[：:]\s*\S{{1,30}}|[{CJK}]ICP[备证]\S+|"
                             rf"(?:国内统一连续出版物号|邮发代号)\s*[：:]?\s*\S+)$")


def is_print_note(text: str) -> bool:
    """（上接第1版）, or a line of a page's imprint and fields only, two or more of them: 常德日报社出版　本版编辑：
    谭芳　校对：杨波; 本文来源：闽西融媒 | 责编：廖凡 (a field's value may run on in names: 作者：张三 李四)."""
    if CONTINUED_RE.match(text.strip()):
        return True
    parts = [p for p in re.split(r"\s*[|｜丨]\s*|\s+", text.strip()) if p] if len(text) <= 80 else []
    fields, in_field = 0, False
    for part in parts:
        if IMPRINT_PART_RE.match(part):
            fields, in_field = fields + 1, bool(re.search("[：:]", part))
        elif not (in_field and re.fullmatch(rf"[{CJK}·]{{2,4}}", part)):
            return False
    return fields >= 2


def card_dateline(text: str) -> re.Match | None:
    """A feed card's date without its year (泉州网 03-12 08:40, 03月12日): the match, with ``m``, ``d`` and
    the source's ``name`` if given; None for any other line. A time or a lone date is needed: 某某 3月12日
    alone could be a headline's end, and 3-12 alone a table's cell."""
    match = CARD_DATELINE_RE.match(text.strip()) if len(text) <= 40 else None
    if match is None or (match["name"] or "").isdigit():
        return None
    if match["time"] or (is_site_name(match["name"]) if match["name"] else "月" in match.group(0)):
        return match
    return None


def leading_credit(text: str) -> str | None:
    """A spaced credit opening a dateline (某某云端记者　张三　　2025-11-13 08:15　　阅读 1.6万): the credit, when the
    words before the line's first date are a writer's credit and nothing else (the source may come first); else None."""
    head = text[:date.start()].strip() if (date := DATE_RE.search(text)) else ""
    named = re.sub(r"^来源[：:]\s*\S+\s+", "", head)  # 来源：某某日报　记者 张三 通讯员 李四　2026-03-27 10:05
    credit = parse_credit(named) if named and len(named) <= 30 else None
    return named if credit is not None and credit.names("writer") else None


COLUMN_OPENING_RE = re.compile(rf"^\s*【[{CJK}]{{2,8}}】")
ORIGINAL_TITLE_RE = re.compile(r"\s原标题[：:]\s*《[^《》]{2,60}》\s*$")


def is_dateline(text: str) -> bool:
    """A line of a date and page fields only: 2024-08-05 10:21 来源：某某网, 发布时间：2024年8月5日 星期一,
    第03版：经济新闻 2025年02月19日, 2025年4月9日　星期三　第3版　经济, 二〇二四年三月十五日, a post's head
    line (``account_line``), a feed's date with the account's note (2025-01-10 17:22 · 某某官方账号); the
    site's name may open it and a spaced credit close it (秦岭经济网　2024年07月12日 记者 张宁)."""
    if chinese_numeral_date(text) or account_line(text) or card_dateline(text) or microblog_dateline(text):
        return True
    if len(text) > 100 or not DATE_RE.search(text) or any(mark in text for mark in SENTENCE_MARKS):
        return False
    text = BRACKETED_COUNT_RE.sub(r"\1", text)  # 浏览量：[ 596 ]: a counter's brackets
    text = COLUMN_OPENING_RE.sub("", text)  # 【地方经济】 2025年12月09日 星期二: the page's column, then its date
    text = ORIGINAL_TITLE_RE.sub("", text)  # … 来源：某某日报 原标题：《…》: a repost's note of the title it carried
    if (credit := leading_credit(text)) is not None:
        text = text[text.index(credit) + len(credit):]
    words = text.split()
    if is_site_name(words[0]):  # 秦岭经济网　2024年07月12日: the site's name opens its dateline
        text = text[text.index(words[0]) + len(words[0]):]
    elif compiler_of(text):  # 某某办公室编　2024年11月15日: a bulletin's compiler and its date
        text = text[COMPILER_RE.match(text.strip()).end():]
    if (site := dateline_site(text)) is not None:  # 2025-02-26 17:48　某某新闻客户端　记者 张三: an app's
        text = text.replace(site, " ", 1)
    text = without_buttons(re.sub(FONT_SIZE, " ", text))
    if (credit := trailing_credit(text)) is not None:  # … 来源：某某网 记者 张三 通讯员 李四
        text = text[:credit]
    rest = PLACE_NOTE_RE.sub(" ", ACCOUNT_NOTE_RE.sub(" ", text))
    if TIME_RE.search(rest):  # 2025-09-08 17:32  福建 (or 江门): where an app's post was sent from, after its time
        rest = without_place_closing(SENT_FROM_RE.sub(" ", rest))
    rest = WEEKDAY_RE.sub(" ", TIME_RE.sub(" ", DATE_RE.sub(" ", rest)))
    rest = META_WORDS_RE.sub(" ", META_FIELD_RE.sub(" ", WRITERS_FIELD_RE.sub(" ", SOURCES_FIELD_RE.sub(" ", rest))))
    return not rest.strip()


def is_post_dateline(text: str) -> bool:
    """A post's dateline, which an account's name stands above: its date, time and province (…17:42 陕西)."""
    return is_dateline(text) and TIME_RE.search(text) is not None and SENT_FROM_RE.search(text.strip()) is not None


CLOSING_BUTTON_RE = re.compile(r"\s*(?:[+＋]\s*关注|分享到\s*[：:]?|"  # …+关注, …分享到：, …李四　阅读 5.2万
                               r"(?<=\s)(?:浏览|阅读|点击|播放)(?:量|数)?\s*[：:]?\s*[\d.]+万?)\s*$")
TRAILING_BUTTON_RE = re.compile(r"\s*[【\[]([^【】\[\]]{1,12})[】\]]\s*$")
BRACKETED_COUNT_RE = re.compile(r"[\[【]\s*(\d+)\s*[\]】]")


def dateline_site(text: str) -> str | None:
    """The site or app a dateline names among its spaced fields after the date (2025-02-26 17:48　某某
    新闻客户端　记者 张三): the first such field that is a site's name, else None."""
    date = DATE_RE.search(text)
    if date is None:
        return None
    return next((w for w in text[date.end():].split() if is_site_name(w) and not DATE_RE.search(w)), None)


# 某某市人民政府 门户网站, 某某学院 新闻网: a site's name written with a space before the word for the site
SITE_WORD_GAP_RE = re.compile(r"\s+(?=(?:(?:官方|政府)?(?:门户)?网站|门户|数字报刊?(?:平台)?|电子[报版]|数字版|"
                              r"新闻网)$)")
# 港湾财经 GANGWAN FINANCE: a masthead with its name in capitals beside it
LATIN_MASTHEAD_RE = re.compile(rf"^[{CJK}]{{2,8}}\s+[A-Z &.\-]{{0,30}}"
                               r"(?:NEWS|FINANCE|TIMES|DAILY|NET|MEDIA|POST|HERALD|ECONOMIC|WEEKLY|ONLINE)"
                               r"[A-Z &.\-]{0,30}$")
# (a media word in the capitals: 宜岭企业组团亮相 CIIE, 产业观察 INDUSTRY WATCH are headlines and columns)


def is_site_name(text: str) -> bool:
    """A masthead line alone: 某某新闻网, 某某日报, 某某市人民政府 门户网站; a government portal's name, with
    its address or not (潜江市人民政府  www.hbqj.gov.cn, 大通回族土族自治县人民政府)."""
    text = ACCESS_TAIL_RE.sub("", text.strip())  # 某某市人民政府　　无障碍 | 长者模式, 港财网 HKFinNet: links, a brand
    if PORTAL_RE.match(text) or LATIN_MASTHEAD_RE.match(text):
        return True
    text = SITE_WORD_GAP_RE.sub("", text.strip())
    return len(text) <= 18 and bool(SITE_RE.match(text)) and not NOT_SITE_RE.search(text) \
        and not LIST_TITLE_RE.match(text)


ACCESS_TAIL_RE = re.compile(rf"(?:[\s|｜丨]+(?:{ACCESS_WORDS}|English|登录|注册|[A-Z]+[a-z][A-Za-z]{{1,20}}))+$")
PORTAL_RE = re.compile(rf"^[{CJK}]{{2,16}}(?:人民政府|管理委员会|管委会)(?:网|门户网站)?"
                       r"(?:\s+(?:https?://)?(?:www\.)?[a-z0-9.-]+\.(?:gov\.cn|com\.cn|cn|com))?$")


MAX_SITE_OFFICE = 30  # the longest name of an office that runs its own site


def is_masthead(text: str, following: str) -> bool:
    """A site's name of any spelling (西江产经) on its own line, right above a breadcrumb or a menu row:
    a headline is never followed by the page's navigation; or a feed account's name (宜宾发布) right
    above the post's date with the account's note (2025-01-10 17:22 · 某某官方账号); or a news app's name
    right above its call to open the app (打开APP 看更多…)."""
    if not re.fullmatch(rf"[{CJK}A-Za-z·]+", text) or len(text) < 2 or LIST_TITLE_RE.match(text):
        return False
    if len(text) <= MAX_SITE_OFFICE and is_breadcrumb(following):
        return True  # 某某高新技术产业开发区管理委员会 / 当前位置：首页 > …: an office's site, however long its name
    menu = is_menu_row(following) and not is_byline_line(following)  # (本报记者 张三 通讯员 李四: four short words)
    return len(text) <= 12 and (is_breadcrumb(following) or menu or is_account_dateline(following)
                                or bool(APP_PROMPT_RE.match(following.strip()))  # 某某头条 / 打开APP 看更多…
                                or bool(microblog_dateline(following)))  # a poster's name / 25-4-18 11:02 来自…


def is_account_dateline(text: str) -> bool:
    """A post's date and time with what the feed says of the account: 2025-01-10 17:22 · 某某官方账号."""
    return bool(ACCOUNT_NOTE_RE.search(text)) and bool(TIME_RE.search(text)) and is_dateline(text)


SITE_HEADER_SPLIT_RE = re.compile(rf"\s*[|｜丨]\s*|\s+[-–—]\s+|(?<=[{CJK}])-(?=[{CJK}])")


def is_site_header(text: str) -> bool:
    """A site's name with its section or its other name, or the home link with a section: 香江财经网 | 内地产经,
    贺州新闻网-首页-贺州要闻, 晋中广播电视台 | 晋中新闻网, 首页 | 新闻."""
    parts = [p for p in SITE_HEADER_SPLIT_RE.split(text.strip()) if p] if len(text) <= 80 else []
    if len(parts) == 1 and PORTAL_RE.match(parts[0].split()[0]) and 2 <= len(parts[0].split()) <= 3:
        parts = parts[0].split()  # 某某县人民政府 信息公开: a portal's name and its section, spaced
    site = bool(parts) and (is_site_name(parts[0]) or parts[0] in HOME_WORDS
                            or is_site_name(parts[0].split()[0]))  # 港财网 HKFinNews: the name, then in Latin
    return (len(parts) >= 2 and site
            and all(len(p) <= 10 and not any(mark in p for mark in SENTENCE_MARKS) or is_menu_row(p)
                    or all(is_site_name(w) for w in p.split()) for p in parts[1:]))  # (…| 某某日报 某某晚报)


def is_breadcrumb(text: str) -> bool:
    """当前位置：首页 > 新闻 > 正文, 首页 > 要闻 (after 首页 or a site's name, an office's long name too), or a
    section and its column: 新闻动态 > 工作动态 (a headline has no arrow between two short words)."""
    if BREADCRUMB_RE.match(text):
        return True
    site, _, crumb = re.sub(r"\s+", " ", text.strip()).partition(" ")  # 某某县人民政府　首页 > 政务动态 > 工作动态:
    if (crumb.startswith(HOME_WORDS) or BREADCRUMB_RE.match(crumb)) and is_site_name(site):  # name, crumbs: one line
        return is_breadcrumb(crumb)
    parts = CRUMB_SPLIT_RE.split(text.strip())
    arrowed = re.search("[>＞]", text) is not None and not any(m in text for m in SENTENCE_MARKS)
    two = len(parts) == 2 and (parts[0] in HOME_WORDS or (arrowed and all(len(p) <= 6 for p in parts)))
    long_head = parts[0] in HOME_WORDS or (arrowed and is_site_name(parts[0]))  # 某某区人民政府门户网站 > 信息公开 > …
    return (len(parts) >= 3 or two) and all(0 < len(p) <= (20 if long_head else 10) for p in parts)


def is_menu_row(text: str) -> bool:
    """A row of short menu items: 首页 | 新闻 | 政务, or 要闻 经济 社会 文旅 图片."""
    if len(text) > 80 or any(mark in text for mark in SENTENCE_MARKS):
        return False
    items = [i for i in re.split(r"\s*[|｜丨]\s*|\s+", text.strip()) if i]
    bars = len(re.findall(r"[|｜丨]", text))
    return (bars >= 2 and all(len(i) <= 8 for i in items)) or (len(items) >= 4 and all(len(i) <= 6 for i in items))


def split_page_title(text: str, headline: str | None = None) -> tuple[str, str] | None:
    """(headline, site) of a browser title such as 某某项目开工_要闻_某某新闻网; None otherwise. When the
    page's headline is known, a title that opens with it names the site whatever its spelling
    (某某产线投产_浦江芯闻)."""
    parts = [p for p in PAGE_TITLE_SPLIT_RE.split(text.strip()) if p]
    if len(parts) >= 2 and len(parts[0]) >= 4 and (
            is_site_name(parts[-1]) or (parts[0] == headline and len(parts[-1]) <= 12)):
        return parts[0], parts[-1]
    return None


def is_headline(text: str) -> bool:
    """Could stand as the article's title: short, not a finished sentence, not a page line."""
    return (4 <= len(text) <= 64 and not text.endswith("。") and not is_byline_line(text)
            and not is_dateline(text) and not is_page_counter(text) and not is_editor_line(text)
            and not is_photo_credit(text))
