"""Which park or zone a clause or a section of a park tour or a year-end report speaks of.

* X是Y…的园区/核心区/承载地，规划面积…: X is the subject of the clauses after its description; a zone
  or park named inside the description (Y) is no owner of them (``in_description``).
* A subjectless sentence opening a numbered section (二、园区承载能力持续提升 / 全年新增平台9个) is the
  article's, not the last name of the section before: the zone, park or region its title names
  (``section_owner``).
* A park or zone written short at a clause's opening holds what follows (``place_forms``): its name after
  its zone's or city's (新能源电池产业园 for 玉溪高新技术产业开发区新能源电池产业园), a bare suffix word
  (集聚区, 新区: the latest such place named), or a few characters of its name in order (智装园 for
  四平智能装备产业园, also inside a quote); a zone's by a few characters past its first words (综改区 for
  山西转型综合改革示范区).
* 该中试线, 该工厂: the thing last named with that word, or the company that named it (``place_forms``).
* 第二站 X物流园 / 项目由…投资建设: a sentence opening a tour's stop speaks of what its heading names
  (``heading_named``).
* A zone's brand heading a company's facility (四川凌途汽车有限公司三江智能工厂) is no mention of the
  zone (``in_description``).
"""

from __future__ import annotations

import re

from chaingraph.authoring.extract.article_place import article_place
from chaingraph.authoring.extract.candidates import Figure, Mention
from chaingraph.authoring.extract.figure_clause import first_person_quote
from chaingraph.authoring.extract.place_totals import CLAUSE_OPEN_RE, clause_openings
from chaingraph.authoring.extract.rules import (
    CJK_NAME,
    HEADING_RE,
    SUFFIX_CLASSES,
    abbreviation_end,
    clause_start_before,
)
from chaingraph.sources.layout import SENTENCE_CLOSE, TARGET_AIMS, TARGET_YEAR

OWNER_KINDS = ("organisation", "zone", "park", "project")
NOT_OWNERS = {"GovernmentBody", "Publisher"}
PLACE_KINDS = ("zone", "park")
PLATFORM_CLASSES = ("Platform", "ResearchInstitute", "Incubator")

# X是…, X作为…: a name, a declared short name in brackets at most, then the verb that describes it
DESCRIBED_RE = re.compile(r"(?:[（(][^（）()，。；]{0,20}[）)])?(?:是|作为)")
ALSO_DESCRIBED_RE = re.compile(r"(?:也|还|更|又|同时也|同时还)是")
# 远驰叶片所在的X产业园是开发区的园中园: the park the clause opens on, after the company that stands in it
WHERE_IT_STANDS_RE = re.compile(r"(?:^|[，。；：])[^，。；：]{2,16}所在的$")
SECTION_RE = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|"
                        r"第[一二三四五六七八九十]{1,3}(?:部分|章|节)?[，、：:\s]|"
                        r"[一二三四五六七八九十]{1,2}是(?=[\u4e00-\u9fff]))")  # 一是重大项目接连落地。: a point
# bare words that stand for the latest park or zone whose name ends in them (园区, 产业园 and the zone
# words are read by the owner rules' own table)
BARE_PLACE_WORDS = ("集聚区", "集中区", "示范区", "合作区", "新区", "专区", "片区", "物流园", "科技园", "化工园",
                    "飞地园区", "园中园", "新城")
BARE_NOT_BEFORE = ("企业", "内", "外", "范围", "周边")
DETERMINER_RE = re.compile(rf"(?:该|此|这条|这座|这个)(?={CJK_NAME}{{2,4}})")
# what the owner rules' own words cover (该项目, 该基地, 该市, 本批…): not read here
DETERMINED_ELSEWHERE_RE = re.compile(rf"[批次轮市县省州旗镇盟]|{CJK_NAME}{{0,4}}?(?:项目|公司|企业|集团|基金|研究院|"
                                     r"实验室|平台|中心|园区|产业园|工业园|基地|区)")
# between a company's name and the thing it names (晶显光电）Micro LED中试线): brackets, Latin, digits
NAMED_BY_GAP_RE = re.compile(r"^(?:[（(][^（）()]{0,20}[）)]|[”）)\sA-Za-z0-9.\-])*$")
FACILITY_TAIL_RE = re.compile(rf"{CJK_NAME}{{0,6}}?(?:工厂|基地|车间|产线|生产线|中试线|园)")


def in_description(rel, mention: Mention, figure: Figure) -> bool:
    """A name the owner rules pass over: one inside the description of a subject named before it (X是Y…的核心区，
    规划用地…: Y), or a zone's brand heading a company's facility (X有限公司三江智能工厂: 三江)."""
    return _described_by(rel, mention, figure) or _facility_head(rel, mention)


def _described_by(rel, mention: Mention, figure: Figure) -> bool:
    sentence = rel.by_id[mention.sentence]
    clause_end = next((i for i in range(mention.end, sentence.end) if rel.text[i] in "，；。"), sentence.end)
    if figure.start < clause_end:
        return False  # the figure is inside the description itself
    clause_start = max(sentence.start, max(rel.text.rfind(p, sentence.start, mention.start) for p in "，；") + 1)
    for subject, candidate in rel.mentions_in(mention.sentence, OWNER_KINDS, before=mention.start):
        opening = rel.text[sentence.start:subject.start]
        if candidate.cls in NOT_OWNERS or not (CLAUSE_OPEN_RE.search(opening) or WHERE_IT_STANDS_RE.search(opening)):
            continue
        verb = DESCRIBED_RE.match(rel.text, subject.end)
        if verb is None:
            continue
        if verb.end() <= mention.start and not re.search(r"[，；。]", rel.text[verb.end():mention.start]):
            return True
        # X是A的…，也是B…的…，规划面积…: a further description of the same subject
        if subject.end < clause_start and ALSO_DESCRIBED_RE.match(rel.text, clause_start) and \
                not re.search(r"[，；。]", rel.text[clause_start:mention.start].lstrip("，；")):
            return True
    return False


def _facility_head(rel, mention: Mention) -> bool:
    """四川凌途汽车有限公司（凌途汽车）三江智能工厂: a zone's brand (no suffix of its own) right after a company's
    name begins that company's facility."""
    if mention.kind != "zone" or mention.text.endswith(("区", "园")):
        return False
    if not FACILITY_TAIL_RE.match(rel.text, mention.end):
        return False
    return any(NAMED_BY_GAP_RE.match(rel.text[m.end:mention.start])
               for m, _c in rel.mentions_in(mention.sentence, ("organisation",), before=mention.start))


# -- sections


def section_owner(rel, heading, figure: Figure):
    """(mention, candidate) for a subjectless figure whose section opens with `heading`, or None when
    `heading` opens no numbered section: a name the heading gives, else the article's place."""
    if not SECTION_RE.match(heading.text) or len(heading.text) > 30 or "，" in heading.text:
        return None
    named = [(m, c) for m, c in rel.mentions_in(heading.id, OWNER_KINDS) if c.cls not in NOT_OWNERS]
    if named:
        return named[-1]
    core = heading.text[SECTION_RE.match(heading.text).end():].strip().rstrip("。：:；;")
    titled_place = [(m, c) for m, c in rel.mentions_in(heading.id, ("region",)) if m.text == core]
    if titled_place:
        return titled_place[0]  # （一）太原市。 / 签约氢能项目6个…: a city-by-city report's item is its city's
    # a work report given to a place's congress is that place's, whatever zone it names (平凉工业园区 in 平凉市's)
    place = congress_place(rel) or article_place(rel, figure.start) or _repeated_region(rel, figure.start)
    if place is None:
        return None
    return Mention(heading.text, heading.start, heading.end, heading.id, place.cls), place


REPEATED = 3  # a region named this often, and more than any company, is what a work report is about
LOCAL_LEVELS = ("市", "县", "区", "州", "旗", "盟")  # a province or a country is a market more often than a subject


# ——2025年1月8日在永安市第十八届人民代表大会第五次会议上: the place whose congress hears a work report
CONGRESS_RE = re.compile(rf"在({CJK_NAME}{{2,8}}?[省市县区旗州盟])第[一二三四五六七八九十]+届人民代表大会")


def congress_place(rel):
    """The region whose people's congress the report was given to, as its subtitle says, or None."""
    said = CONGRESS_RE.search(rel.text, 0, min(len(rel.text), 400))
    if said is None:
        return None
    named = said.group(1)
    county = re.sub(r"^.{2,6}?[市州盟](?=.{2,6}$)", "", named)  # 兰州市红古区: the district, its city before it
    return next((c for c in rel.candidates if c.kind == "region" and (named in c.names or county in c.names)), None)


def _repeated_region(rel, before: int):
    """A city's 政府工作报告 with numbered sections and no place in its title: the city or county it names again
    and again, and more often than any company (a company's article names its markets too), or None."""
    def named(candidate) -> int:
        return sum(m.start < before for m in candidate.mentions)

    firms = [c for c in rel.candidates if c.kind == "organisation" and c.cls == "Company"]
    titles = " ".join(s.text for s in rel.sentences if s.kind == "title")
    if any(n[:4] in titles for c in firms for n in c.names if len(n) >= 6):
        return None  # 星河储能：一季度出货同比翻番: a company's article, whatever places it names
    companies = max((named(c) for c in firms), default=0)
    regions = [(n, c) for c in rel.candidates if c.kind == "region" and c.label.endswith(LOCAL_LEVELS)
               and (n := named(c)) >= REPEATED and n > companies]
    return max(regions, key=lambda pair: pair[0])[1] if regions else None


HEADING_LENGTH = 24  # a stop's heading line: a name and a few words (第二站 X物流园)


def heading_named(rel, sentence_start: int):
    """(mention, candidate) the short heading line right before a sentence names (第二站 X物流园, 【X中心】):
    a word opening the sentence (项目, 该中心) stands for it, not for the last such name of the section before."""
    order = rel.order[rel._sentence(sentence_start).id]
    heading = rel.sentences[order - 1] if order > 0 else None
    if heading is None or heading.kind != "body" or not is_heading(heading):
        return None
    named = [(m, c) for m, c in rel.mentions_in(heading.id, OWNER_KINDS) if c.cls not in NOT_OWNERS]
    return named[0] if len(named) == 1 else None


def is_heading(sentence) -> bool:
    """A short line with no clause marks: a section's or a stop's heading (▌洞泾芯谷, 第二站 X物流园)."""
    return len(sentence.text.strip()) <= HEADING_LENGTH and not re.search(r"[，。；：！？,]", sentence.text)


# -- places and things written short


def place_forms(rel, sentence, before: int) -> list[tuple[Mention, object]]:
    """Parks and zones written short at a clause's or a quote's opening, and 该中试线-like words, as
    (mention, candidate) pairs for the owner rules to weigh with the names the sentence spells out."""
    taken = [(m.start, m.end) for c in rel.candidates for m in c.mentions if m.sentence == sentence.id]
    openings = set(clause_openings(rel, sentence, before))
    openings |= {i + 1 for i in range(sentence.start, before) if rel.text[i] in "“‘"}
    openings = sorted(at for at in openings if not any(s <= at < e for s, e in taken))
    found = []
    aimed = [m.end() for m in AIMED_YEAR_RE.finditer(rel.text, sentence.start, before) if m.end() not in openings]
    names = _place_names(rel) if openings or aimed else []
    for at in openings:
        pair = _place_short_at(rel, names, sentence, at, before) or _platform_short_at(rel, sentence, at, before)
        if pair is not None:
            found.append(pair)
    found += [pair for at in aimed if (pair := _tail_at(rel, names, sentence, at, before))]  # 力争到2027年X产业园…
    found += _determined_things(rel, sentence, before, taken)
    return found


def _place_names(rel) -> list[tuple[str, str | None, object]]:
    """(name, the name past the zone's or city's name it opens with, candidate) for every park and zone."""
    heads = {n for c in rel.candidates if c.kind in ("zone", "region") for n in c.names + [m.text for m in c.mentions]
             if len(n) >= 2}
    found = []
    for candidate in (c for c in rel.candidates if c.kind in PLACE_KINDS):
        for name in candidate.names:
            head = max((h for h in heads if name.startswith(h) and len(name) > len(h)), key=len, default="")
            found.append((name, name[len(head):] if head else None, candidate))
    return found


def _place_short_at(rel, names, sentence, at: int, before: int):
    places = list({id(c): c for _n, _t, c in names}.values())
    for word in BARE_PLACE_WORDS:  # 集聚区去年实现工业产值…: the latest 集聚区 named
        end = at + len(word)
        if rel.text.startswith(word, at) and end <= before and not rel.text.startswith(BARE_NOT_BEFORE, end):
            latest = _latest_ending(rel, places, word, at)
            if latest is not None:
                return Mention(word, at, end, sentence.id, latest.cls), latest
    if (longest := _tail_at(rel, names, sentence, at, before)) is not None:
        return longest
    valleys = {id(c): c for name, _t, c in names if len(name) >= 4 and name[-1] in "谷港"
               and rel.text.startswith(name[-2:], at) and at + 2 <= before}
    if len(valleys) == 1:  # 目前氢谷已落地项目9个: a valley or a hub by its last two characters (南海氢谷)
        holder = next(iter(valleys.values()))
        return Mention(rel.text[at:at + 2], at, at + 2, sentence.id, holder.cls), holder
    abbreviated: dict[int, dict] = {}  # 智装园 of 四平智能装备产业园
    for name, tail, candidate in names:
        core = tail or name  # 智装园 of 四平智能装备产业园: the first character past the place, the rest in order
        end = abbreviation_end(rel.text, at, min(before, at + 5), core, kept=1) if len(core) >= 5 else None
        if end is not None:
            abbreviated.setdefault(end, {})[id(candidate)] = candidate
    found = _longest_single(rel, sentence, at, abbreviated)
    if found is not None:
        return found
    for _name, tail, candidate in names:  # 综改区 of 山西转型综合改革示范区: a zone written short skips words
        end = abbreviation_end(rel.text, at, min(before, at + 4), tail, kept=0) \
            if candidate.kind == "zone" and tail and len(tail) >= 5 else None
        if end is not None:
            abbreviated.setdefault(end, {})[id(candidate)] = candidate
    return _longest_single(rel, sentence, at, abbreviated)


def _tail_at(rel, names, sentence, at: int, before: int):
    """新能源电池产业园 of 玉溪高新技术产业开发区新能源电池产业园: a park or zone written past its place's name."""
    tails = [(tail, c) for _n, tail, c in names if tail and len(tail) >= 4 and rel.text.startswith(tail, at)
             and at + len(tail) <= before]
    by_end: dict[int, dict] = {}
    for tail, candidate in tails:
        by_end.setdefault(at + len(tail), {})[id(candidate)] = candidate
    return _longest_single(rel, sentence, at, by_end)


# 力争到2027年: the year a target aims at, after which a park may be written past its place's name
AIMED_YEAR_RE = re.compile(r"(?:力争|争取|确保)?到20\d\d年(?:底|末)?，?")


def _platform_short_at(rel, sentence, at: int, before: int):
    """其中，技术创新中心去年…: a platform written by the end of its name (技术创新中心 of X省汽车轻量化技术创新中心,
    共性技术平台) or by a few of its characters in order, ending as it does (质检中心 of X产品质量检验中心)."""
    found: dict[int, dict] = {}
    for candidate in rel.candidates:
        if candidate.kind != "organisation" or candidate.cls not in PLATFORM_CLASSES:
            continue
        for name in candidate.names:
            end = next((end for end in range(min(before, at + 8), at + 3, -1)
                        if _shortens_platform(rel.text[at:end], name)), None)
            if end is not None:
                found.setdefault(end, {})[id(candidate)] = candidate
    return _longest_single(rel, sentence, at, found)


def _longest_single(rel, sentence, at: int, holders_by_end: dict[int, dict]):
    """(mention, holder) of the longest short form from `at` that only one candidate can be (end ->
    {id: candidate}); a form two candidates share says neither, and a shorter one is tried."""
    for end, holders in sorted(holders_by_end.items(), reverse=True):
        if len(holders) == 1:
            holder = next(iter(holders.values()))
            return Mention(rel.text[at:end], at, end, sentence.id, holder.cls), holder
    return None


def _shortens_platform(short: str, name: str) -> bool:
    if len(short) >= len(name) or short[-2:] != name[-2:] or not re.fullmatch(rf"{CJK_NAME}+", short):
        return False
    if name.endswith(short):
        return True
    rest = iter(name)
    return len(short) <= 5 and all(char in rest for char in short)


def _latest_ending(rel, places, word: str, before: int):
    latest = None
    for candidate in places:
        if not any(n.endswith(word) and n != word for n in candidate.names):
            continue
        for mention in candidate.mentions:
            if mention.end <= before and (latest is None or mention.end > latest[0]):
                latest = (mention.end, candidate)
    return latest[1] if latest else None


def _determined_things(rel, sentence, before: int, taken) -> list[tuple[Mention, object]]:
    """该中试线投资6.5亿元: the entity whose name ends in the word (Micro LED中试线), else the company or
    project named right before that word where the article first used it (X公司Micro LED中试线正式通线)."""
    found = []
    for match in DETERMINER_RE.finditer(rel.text, sentence.start, before):
        if any(s <= match.start() < e for s, e in taken) or DETERMINED_ELSEWHERE_RE.match(rel.text, match.end()):
            continue
        for length in (4, 3, 2):
            word = rel.text[match.end():match.end() + length]
            if match.end() + length > before or not re.fullmatch(rf"{CJK_NAME}+", word):
                continue
            holder = _thing_named(rel, word, match.start())
            if holder is not None:
                end = match.end() + length
                found.append((Mention(rel.text[match.start():end], match.start(), end, sentence.id, holder.cls),
                              holder))
                break
    return found


def _thing_named(rel, word: str, before: int):
    ending = [(m.end, c) for c in rel.candidates if c.kind in OWNER_KINDS and c.cls not in NOT_OWNERS
              and any(n.endswith(word) and n != word for n in c.names) for m in c.mentions if m.end <= before]
    if ending:
        return max(ending, key=lambda pair: pair[0])[1]
    at = rel.text.rfind(word, 0, before)
    while at >= 0:
        named = [(m, c) for c in rel.candidates if c.kind in ("organisation", "project") and c.cls not in NOT_OWNERS
                 for m in c.mentions if m.end <= at and NAMED_BY_GAP_RE.match(rel.text[m.end:at])]
        if named:
            return max(named, key=lambda pair: pair[0].end)[1]
        at = rel.text.rfind(word, 0, at)
    return None


# -- a park inside a park

# A内的B作为“园中园”, 其中B作为“园中园”: B is a park whatever its name ends in (…专区, …港; a name whose
# suffix already says its class is left to the suffix rules)
INNER_PARK_RE = re.compile(r"(?:内的|内|其中，?|^|[，；。])(?!其中)"
                           rf"((?:(?![的在是和与内])(?:{CJK_NAME}|[A-Za-z])){{3,15}})作为[“\"]?园中园")


def inner_parks(sentence) -> list[Mention]:
    """新材料园内的电子化学品专区作为“园中园”…: the park the sentence calls a park inside a park."""
    found = []
    for match in INNER_PARK_RE.finditer(sentence.text):
        name = match.group(1)
        if any(name.endswith(suffix) for suffix in SUFFIX_CLASSES):
            continue
        start = sentence.start + match.start(1)
        found.append(Mention(name, start, start + len(name), sentence.id, "IndustrialPark"))
    return found


# -- blocks of short lines (一图读懂: 到2027年 / ▶ 200亿元 / 氢能产业规模 / ▶ 50家 / 集聚氢能企业 …)

FRAME_LINE_RE = re.compile(rf"^(?:{TARGET_AIMS}|发展目标)?[：:]?{TARGET_YEAR}[，,：:]?$")  # a line of its own
BULLET_RE = re.compile(r"^[▶►•●■◆★·\-—\s]*$")
SHORT_LINE = 16
LABEL_VERB_RE = re.compile(r"(?:推广|推广应用|示范应用|建成|新建|集聚|培育|引进|新增|形成|打造|达到)")
LABEL_TAIL_RE = re.compile(r"(?:提纯|生产|制备|加工|供应)?(?:能力|产能|规模)$")


def framing_line(rel, sentence):
    """The bare target line (到2027年) a block of short lines hangs under, or None: every line between it and the
    sentence is short and ends no sentence."""
    if len(sentence.text.strip()) > SHORT_LINE:
        return None
    for i in range(rel.order[sentence.id] - 1, max(-1, rel.order[sentence.id] - 16), -1):
        earlier = rel.sentences[i]
        text = earlier.text.strip()
        if FRAME_LINE_RE.match(text):
            return earlier
        if earlier.kind != "body" or len(text) > SHORT_LINE or text.endswith(tuple(SENTENCE_CLOSE)) or \
                text.startswith("—"):
            return None
    return None


# 二、2025年重点工作 / 今年工作安排: a work report's section of the year's tasks (a numbered heading of its own line)
TASKS_HEAD_RE = re.compile(r"^[一二三四五六七八九十]+、\s*(?:(20\d\d)年|今年|明年|下一步)[^，。；]{0,8}?"
                           r"(?:重点工作|工作安排|主要任务|重点任务|工作打算|主要工作|工作思路|工作计划|目标任务)")


REVIEW_HEAD_RE = re.compile(r"回顾|总结|完成情况|成效|成绩")


def tasks_section(rel, sentence):
    """The heading of the year's tasks (二、2025年重点工作) the sentence stands under, or None: the nearest numbered
    heading of the first level before it names a year not past as the source's."""
    for i in range(rel.order[sentence.id], -1, -1):
        text = rel.sentences[i].text.strip()
        if not HEADING_RE.match(text):
            continue
        head = TASKS_HEAD_RE.match(text)
        if head is None or REVIEW_HEAD_RE.search(text):
            return None  # 一、2025年主要工作回顾: the year's work looked back on, not its tasks
        year = head.group(1)
        late = not year or not rel.source_date or int(year) >= int(rel.source_date[:4])
        return rel.sentences[i] if late else None
    return None


def bullet_label(rel, figure: Figure) -> tuple[int, int] | None:
    """▶ 3万吨/年 / 工业副产氢提纯能力: a figure alone on its bullet line is named by the short line after it; the
    span of what it counts there (工业副产氢, 燃料电池汽车 of 推广燃料电池汽车), or None."""
    sentence = rel.by_id[figure.sentence]
    rest = rel.text[sentence.start:figure.start] + rel.text[figure.end:sentence.end]
    order = rel.order[figure.sentence]
    if not BULLET_RE.match(rest.replace("/年", "")) or order + 1 >= len(rel.sentences):
        return None
    label = rel.sentences[order + 1]
    if label.kind != "body" or len(label.text.strip()) > SHORT_LINE:
        return None
    start, end = label.start, label.start + len(label.text.rstrip())
    head = LABEL_VERB_RE.match(rel.text, start, end)
    start = head.end() if head else start
    tail = LABEL_TAIL_RE.search(rel.text, start, end)
    end = tail.start() if tail else end
    return (start, end) if end - start >= 2 else None


def report_place(rel, figure: Figure):
    """纺织产业全年实现产值285亿元 in a work report given to a people's congress: an industry's total with no place
    named is the report's place's (congress_place), or None."""
    start = clause_start_before(rel.text, figure.start)
    if not INDUSTRY_CLAUSE_RE.match(rel.text, start, figure.start) or (place := congress_place(rel)) is None:
        return None
    return Mention(rel.text[start:figure.start], start, figure.start, figure.sentence, place.cls), place


INDUSTRY_CLAUSE_RE = re.compile(rf"{CJK_NAME}{{2,8}}产业[^，。；]{{0,8}}(?:产值|营业收入|主营业务收入|营收)")


def zone_speaking(rel, figure: Figure):
    """“我们将力争到2027年…产值突破200亿元。”X经开区管委会主任Y表示: the zone whose committee speaks, or None."""
    if (quote := first_person_quote(rel, figure)) is None:
        return None
    closing = quote[1]
    zones = [(m, c) for m, c in rel.mentions_in(rel._sentence(closing + 1).id, ("zone",))
             if closing < m.start <= closing + 2 and rel.text.startswith(("管委会", "党工委"), m.end)]
    return zones[0] if zones else None


def item_holder(rel, sentence, figure: Figure):
    """The name a numbered item's opening sentence gives, on the figure's own line ((三)X开发区。全年…), or None."""
    order = rel.order[sentence.id]
    earlier = rel.sentences[order - 1] if order > 0 else None
    if earlier is None or earlier.kind != "body" or "\n" in rel.text[earlier.start:sentence.start]:
        return None
    named = section_owner(rel, earlier, figure)
    return named if named is not None and named[0].sentence == earlier.id and named[0].end <= earlier.end \
        and named[0].text != earlier.text else None


# 4．湖南省钠离子电池材料中试平台。: a numbered item that is a name alone (a signing list, a list of key projects)
NAME_ITEM_RE = re.compile(r"\s*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])"
                          r"[^，；：。]{2,40}。?$")


def agent_after_item(rel, sentence, figure: Figure):
    """4．X中试平台。 / 由经开区与Y共建，计划总投资1.5亿元: a sentence opening on 由 right after an item line that is
    a name alone speaks of that name, which the agents after 由 build: (mention, candidate) or None; None too where
    a name of its own stands between (由A与B共建C（以下简称“C”），C计划…投入1.2亿元)."""
    order = rel.order[sentence.id]
    if not sentence.text.startswith("由") or order == 0:
        return None
    earlier = rel.sentences[order - 1]
    if earlier.kind != "body" or "\n" in rel.text[earlier.start:sentence.start] or not NAME_ITEM_RE.match(earlier.text):
        return None
    first_clause_end = min((i for i in (rel.text.find(p, sentence.start, figure.start) for p in "，；") if i >= 0),
                           default=figure.start)
    if any(first_clause_end < m.start < figure.start for c in rel.candidates if c.kind in OWNER_KINDS
           for m in c.mentions):
        return None
    named = [(m, c) for m, c in rel.mentions_in(earlier.id, OWNER_KINDS) if c.cls not in NOT_OWNERS
             and m.nested_in is None]
    return max(named, key=lambda pair: pair[0].end - pair[0].start) if named else None


DIRECTED_RE = re.compile(r"(?:抓好|抓实|推进|加快|推动|做好|做强|做大|建设好|打造好|用好)$")  # a task's verb


def tasked_place(rel, mention: Mention, figure: Figure) -> bool:
    """要抓好光伏园二期前期工作，…，力争全年光伏产业链产值突破120亿元: a park or zone that a leader's task acts on
    in an earlier clause does not hold the place's target after it."""
    between = rel.text[mention.end:figure.start]
    if not re.search(r"[，；]", between):
        return False
    clause_start = max(rel.text.rfind(p, 0, mention.start) for p in "，；。：")
    figure_clause = between[max(between.rfind(p) for p in "，；"):]
    return DIRECTED_RE.search(rel.text[clause_start + 1:mention.start]) is not None \
        and re.search(r"(?:力争|确保)[^，；]*产业(?!园)", figure_clause) is not None \
        and re.search(r"入园|园区|园内|区内", figure_clause) is None  # (力争入园企业…产值: the park's tenants)

