"""Facts between candidates, each with the quote that supports it: people's positions and
employers, figures as quantities and capacities of an owner (``quantities``, with their statuses
from ``statuses``), names inside names (the park is part of the zone, the company runs the
project), and cooperation between two names joined by a cue verb (签约, 合作, 对接, 共建 ...).
"""

from __future__ import annotations

import re

from chaingraph.authoring.extract.candidates import Candidate, Fact, Figure, Mention
from chaingraph.authoring.extract.labels import role_en_of
from chaingraph.authoring.extract.quantities import add_quantities
from chaingraph.authoring.extract.rules import COMPANY_POSTS, SCHOOL_FIELD
from chaingraph.authoring.extract.segments import link_segments
from chaingraph.authoring.extract.stand_ins import STANDS_FOR, latest_named
from chaingraph.sources.metadata import person_en
from chaingraph.sources.sentences import Sentence

BUILDS_RE = re.compile(r"建设|投资|新建|投建|扩建|实施")  # X计划总投资3.5亿元，建设Y项目: X builds Y
COOPERATION_RE = re.compile(r"签约|签署|签订|合作|对接|共建|携手|牵手|结对")


# 党工委书记赵振国，管委会主任刘明远: a bare 管委会 (or 党工委) before a role is the office of the zone just named
ZONE_BODY_RE = re.compile(r"(?:^|[，、,])(?:管委会|党工委)$")
# 。园区管委会主任韩嘉树: 园区 opening a clause stands for the zone too (not the 园区 ending a park's name)
PARK_WORD_BODY_RE = re.compile(r"[，、,。；\n]园区管委会$")
# 公司2024年实现营业收入…, 其中，…: a sentence that carries on the company named before it
CARRIED_FIRM_RE = re.compile(r"(?:该?公司|该企业|其中)(?![们与和及])")  # (not 其他…, 企业家…: other subjects)
SAME_EMPLOYER_GAP_RE = re.compile(r"(?:博士|教授|先生|女士)?(?:和|与|及|、)")
# 保定日报讯（记者 …: a reporter credited in a dateline's brackets works for the paper that opens it
WIRE_CREDIT_RE = re.compile(r"(?:讯|电)\s*[（(]\s*$")
WIRE_PLACE_DAY_RE = re.compile(r"(?:[\u4e00-\u9fff]{1,6}?\d{1,2}月\d{1,2}日)?")
EMPLOYER_WORD_RE = re.compile(r"(?:该|本|这家)?(" + "|".join(sorted(STANDS_FOR, key=len, reverse=True)) + r")$")
# 永川区委常委、副区长, 西青区委副书记、区长: the district's own head, after its Party committee's post
PARTY_CHAIN_RE = re.compile(r"^委(?:(?:副?书记|常委|委员)、)?$")
BARE_PARTY_CHAIN_RE = re.compile(r"(?P<level>[区县市旗州盟])委(?:(?:副?书记|常委)、)?")
# 副县长王立新, 市长林志远 opening their clause: the post names its level, the article's place of that level
HEAD_POST_RE = re.compile(r"(?:常务)?副?(?P<level>[区县市旗州盟])(?:长|领导)")  # 县领导胡海涛: one of its leaders
# posts only a company has: one opening a sentence (董事长林浩介绍) is at the company the text is telling of
COMPANY_POST_RE = re.compile(rf"^(?:{COMPANY_POSTS})")
# 联系人：, 负责人：主任 — a notice's field naming a person, under the fields naming the body they work for
FIELD_LABEL_RE = re.compile(r"^(?:联系人|项目负责人|负责人|法定代表人)[：:]")
# X股份有限公司（以下简称“X”）董事长: the short name the article declares, between the company and the post
# （以下简称“X”）, （Tidewell Energy Storage Pte. Ltd.）, 中国区: a short name, a Latin gloss or a region of the company
# between its name and the post
ALIAS_GAP_RE = re.compile(r"(?:[（(](?:以下|下文)?简称[^（）()]{1,16}[）)]|[（(][A-Za-z][A-Za-z0-9 .,&'\-]{2,60}[）)])"
                          r"(?:中国区|亚太区|大中华区|中国)?")
# 东北农业大学食品学院教授: the school between a university and a post, whose body is the university
SCHOOL_GAP_RE = re.compile(rf"{SCHOOL_FIELD}学院")
PLACE_LEVELS = tuple("省市县区州旗盟镇乡村")
CREDIT_ROLES = {"撰稿", "撰文", "整理", "制图", "绘图", "代表", "委员"}
CLAUSE_MARKS = "，。；：！？、“”\n"


class Relations:
    """Turn grouped mentions, figures and cues into facts with quotes."""

    def __init__(self, text, sentences, candidates, figures, dates, gazetteer, source_date, site=None):
        self.site = site  # the region whose site the page is (site_place), where the body names it
        self.text = text
        self.sentences = sentences
        self.by_id = {s.id: s for s in sentences}
        self.order = {s.id: i for i, s in enumerate(sentences)}
        self.candidates = candidates
        self.figures = figures
        self.dates = dates
        self.gazetteer = gazetteer
        self.source_date = source_date
        self.owner_of: dict[int, Candidate] = {}
        for candidate in candidates:
            for mention in candidate.mentions:
                if not mention.sentence:
                    mention.sentence = self._sentence(mention.start).id
                self.owner_of[id(mention)] = candidate

    def build(self) -> None:
        for candidate in self.candidates:
            first = min(candidate.mentions, key=lambda m: m.start)
            candidate.quote = self.clause(first.start, first.end)
        self.people()
        self.containment()  # before the figures: a capacity of a project makes what the project produces
        self.leads_at_builders()
        add_quantities(self)
        link_segments(self.candidates, self.gazetteer)
        self.cooperations()
        self.candidates = [c for c in self.candidates if c.kind != "person" or c.mentions]

    # -- helpers

    def _sentence(self, offset: int) -> Sentence:
        return next((s for s in self.sentences if s.start <= offset < s.end), self.sentences[-1])

    def clause(self, start: int, end: int, limit: int = 60) -> str:
        """The clause around text[start:end] (between commas and stops), at most `limit` characters."""
        sentence = self._sentence(start)
        left = max((sentence.start + i + 1 for i, c in enumerate(sentence.text[: start - sentence.start])
                    if c in "，。；！？：,"), default=sentence.start)
        right = min((start + i for i, c in enumerate(self.text[start:sentence.end]) if c in "，。；！？," and
                     start + i >= end), default=sentence.end)
        if right - left > limit:
            left, right = max(left, start - 12), min(right, max(end, start + limit - 12))
        return self.text[left:right].strip(" “”‘’「」") or self.text[start:end]

    def local(self, figure: Figure) -> str:
        """A figure with the few words around it, up to the nearest 、，。 (23个成果转化项目)."""
        sentence = self.by_id[figure.sentence]
        left = figure.start
        while left > max(sentence.start, figure.start - 8) and self.text[left - 1] not in "、，。；：！？“”‘’ ":
            left -= 1
        right = figure.end
        while right < min(sentence.end, figure.end + 10) and self.text[right] not in "、，。；：！？“”‘’ 等":
            right += 1
        return self.text[left:right]

    def span(self, start: int, end: int) -> str:
        return self.text[start:end]

    def mentions_in(self, sentence_id: str, kinds, before: int | None = None) -> list[tuple[Mention, Candidate]]:
        found = []
        for candidate in self.candidates:
            if candidate.kind not in kinds:
                continue
            for mention in candidate.mentions:
                if mention.sentence == sentence_id and (before is None or mention.end <= before):
                    found.append((mention, candidate))
        return sorted(found, key=lambda pair: pair[0].start)

    def nearest_before(self, sentence_id: str, offset: int, kinds, reach: int = 3):
        index = self.order[sentence_id]
        for back in range(reach + 1):
            if index - back < 0:
                break
            sid = self.sentences[index - back].id
            found = self.mentions_in(sid, kinds, before=offset if back == 0 else None)
            if found:
                return found[-1]
        return None

    # -- people and their positions

    def people(self) -> None:
        positions = []
        last: dict[str, tuple[int, tuple]] = {}  # sentence -> (end of the last person with an employer, employer)
        people = [(m, c) for c in self.candidates if c.kind == "person" for m in c.mentions]
        for mention, person in sorted(people, key=lambda pair: pair[0].start):
            if not mention.role:
                continue
            role, role_start = mention.role, mention.role_start
            employer = self._employer(mention, role, role_start)
            previous = last.get(mention.sentence)
            if employer is None and previous and SAME_EMPLOYER_GAP_RE.fullmatch(
                    self.text[previous[0]:role_start]):
                employer = previous[1]  # 首席科学家陈立新博士和董事长孙建平: the second works where the first does
            if employer is not None:
                last[mention.sentence] = (mention.end, employer)
            person.notes.append(f"{mention.sentence}: {role}{mention.text}")
            if employer is None:
                continue
            emp_mention, emp = employer
            quote_start = min(emp_mention.start, role_start) if emp_mention.sentence == mention.sentence \
                else role_start
            quote = self.span(quote_start, mention.end)
            label = f"{mention.text}（{role}）"
            if any(p.label == label for p in positions):
                continue
            position = Candidate("Position", [label], [])
            position.quote = quote
            position.facts = [Fact("holder", person, quote), Fact("positionIn", emp, quote),
                              Fact("roleTitle", {"zh": role, "en": role_en_of(role)}, quote)]
            position.notes.append(f"{mention.sentence} [{quote_start}-{mention.end}]")
            position.at = quote_start
            positions.append(position)
        for person in [c for c in self.candidates if c.kind == "person"]:
            person.label_en = person_en(person.label)
        self.candidates += positions

    def _employer(self, mention: Mention, role: str, role_start: int):
        if role in CREDIT_ROLES:  # （文字：某某新闻办 整理：付晓彤）: a credit says who did the work, not for whom
            return None
        for candidate in self.candidates:
            if candidate.kind not in ("organisation", "project"):
                continue
            for other in candidate.mentions:
                gap = self.text[other.end:role_start] if other.end < role_start else ""
                if other.sentence == mention.sentence and (role_start - 1 <= other.end <= role_start or (
                        gap and (ALIAS_GAP_RE.fullmatch(gap)
                                 or other.text.endswith("大学") and SCHOOL_GAP_RE.fullmatch(gap)))):
                    return other, candidate
        if FIELD_LABEL_RE.match(self.text[role_start:mention.start]):  # 联系人：邓敏 under 联系单位：某某局
            return self.nearest_before(mention.sentence, role_start, ("organisation",), reach=2)
        if role.startswith("项目"):
            return self.nearest_before(mention.sentence, role_start, ("project",))
        if role.endswith("记者"):
            return self._newsroom_of_reporter(mention, role_start)
        office = role_start - 3 if self.text[max(0, role_start - 3):role_start] == "党工委" else role_start
        # 苏州宿迁工业园区党工委书记, 德阳经开区党工委副书记: an office of the zone or park named right before
        for candidate in self.candidates:
            if candidate.kind in ("zone", "park") and (office < role_start or role.startswith("党工委")):
                for other in candidate.mentions:
                    if other.sentence == mention.sentence and other.end == office:
                        return other, candidate
        zone_body = ZONE_BODY_RE.search(self.text[max(0, role_start - 5):role_start]) or \
            PARK_WORD_BODY_RE.search(self.text[max(0, role_start - 6):role_start])
        if role.startswith(("党工委", "副党工委")) or zone_body:
            return self._zone_of_role(mention, role_start)
        word = EMPLOYER_WORD_RE.search(self.text[max(0, role_start - 6):role_start])
        if word is not None:  # 公司总经理顾建伟: the company named last before
            at = role_start - len(word.group(0))
            found = latest_named(self, at, word.group(1))
            if found is not None:
                return Mention(word.group(0), at, role_start, mention.sentence, found[1].cls), found[1]
        return self._district_of_head(mention, role, role_start) or self._company_by_short_name(mention, role_start) \
            or self._company_told_of(mention, role, role_start)

    def _district_of_head(self, mention: Mention, role: str, role_start: int):
        """永川区委常委、副区长何明轩: a district's (county's, city's) head, after a post of its Party committee;
        县委副书记、县长杨光明 with no place named: the one county the article names."""
        _, head = self._clause_head(role_start)
        bare = BARE_PARTY_CHAIN_RE.fullmatch(head)
        office = re.sub(r"^[市县区州旗盟]委(?=副?书记)", "", role.split("、")[0])  # 副州长、州…产业链链长: the office,
        # then the chain duty it brings (市委书记、…: the bare committee the post is of)
        if bare and (f"{bare['level']}长" in role or office in ("书记", "副书记")) \
                and (place := self._region_of_level(bare["level"])) is not None:
            return Mention(head, role_start - len(head), role_start, mention.sentence, place.cls), place
        for candidate in self.candidates:
            if candidate.kind != "region":
                continue
            for other in candidate.mentions:  # 西平县县长 too: the place right before its head's post
                end, level = other.end, other.text[-1]
                if (level != candidate.label[-1] and self.text.startswith(candidate.label[-1], end)) \
                        or self.text.startswith(level + "委", end):
                    end, level = end + 1, candidate.label[-1]  # 永川 read short before 区委常委、副区长; 义县县委
                heads = f"{level}长" in role or (office in ("书记", "副书记") and self.text[end:role_start] == "委")
                if other.sentence == mention.sentence and end <= role_start and heads \
                        and (end == role_start or PARTY_CHAIN_RE.match(self.text[end:role_start])):
                    said = other if end == other.end else Mention(self.text[other.start:end], other.start, end,
                                                                  other.sentence, other.cls)
                    return said, candidate
        own = HEAD_POST_RE.fullmatch(office) if not head.strip() else None
        if own and (place := self._region_of_level(own["level"])) is not None:
            return Mention(role, role_start, role_start + len(role), mention.sentence, place.cls), place
        return None

    def _region_of_level(self, level: str):
        """The county (city, district) a bare 县委书记 or 副县长 heads: the one of that level the article names, else
        the one its title names."""
        places = [c for c in self.candidates if c.kind == "region" and c.label.endswith(level)]
        if len(places) == 1:
            return places[0]
        # 牡丹江市委常委、绥芬河市委书记…市长邹德明: the one place whose own head the article names, not the one
        # a member of whose committee it is
        people = {m.start for c in self.candidates if c.cls == "Person" for m in c.mentions}
        headed = [c for c in places if any(self._post_then_name(m.end - m.text.endswith(level), level, people)
                                           for m in c.mentions)]
        if len(headed) == 1:
            return headed[0]
        titles = [s for s in self.sentences if s.kind == "title"]
        named = [c for c in places if any(n in s.text for s in titles for n in {c.label, c.label[:-1]} if len(n) >= 2)]
        if len(named) == 1:
            return named[0]
        return self.site if self.site in places else None  # 绥芬河市人民政府's page: its own 市长

    def _post_then_name(self, at: int, level: str, people: set[int]) -> bool:
        """Whether the head's post of a place (市委书记, 市长) is written at `at` with a person's name right after it
        (not 芜湖市长期以来, 南京市长江新区)."""
        post = next((p for p in (f"{level}委书记", f"{level}长") if self.text.startswith(p, at)), None)
        return post is not None and at + len(post) in people

    def _clause_head(self, role_start: int) -> tuple[int, str]:
        sentence = self._sentence(role_start)
        start = max([sentence.start] + [sentence.start + i + 1 for i, c in
                                        enumerate(self.text[sentence.start:role_start]) if c in CLAUSE_MARKS])
        if self.text.startswith("据", start):  # 据龙储新能源副总经理杨海涛介绍
            start += 1
        return start, self.text[start:role_start]

    def _company_by_short_name(self, mention: Mention, role_start: int):
        """驰岳零部件总经理刘涛: a short name the text makes of a company's full name right before the post (its
        brand, the first two characters of its name after the place, then more of them in order)."""
        start, head = self._clause_head(role_start)
        for size in range(min(len(head), 10), 2, -1):
            short = head[-size:]
            owners = [c for c in self.candidates if c.cls == "Company" and _short_form_of(short, c.label)]
            if len(owners) == 1:
                at = role_start - size
                return Mention(short, at, role_start, mention.sentence, owners[0].cls), owners[0]
            if owners:
                return None  # two companies of one brand: the post says nothing of which
        return None

    def _company_told_of(self, mention: Mention, role: str, role_start: int):
        """董事长林浩介绍 opening a sentence: a company's post, at the company named last within two sentences, or
        further back where each sentence since carries it on (公司2024年实现…, 其中…)."""
        start, head = self._clause_head(role_start)
        if head or not COMPANY_POST_RE.match(role):
            return None
        found = latest_named(self, start, "公司")
        if found is None:
            return None
        named, here = self.order[self._sentence(found[0].start).id], self.order[mention.sentence]
        between = self.sentences[named:here]  # (a sentence after a semicolon goes on with the one before it)
        if here - named > 2 and not all(CARRIED_FIRM_RE.match(s.text) or before.text.endswith(("；", ";"))
                                        for before, s in zip(between, between[1:], strict=False)):
            return None
        return found

    def _newsroom_of_reporter(self, mention: Mention, role_start: int):
        """保定日报讯（记者 郝志刚 …）: the paper named right before the dateline's 讯 or 电; a 通讯员 there is
        not the paper's own, and 本报讯 names no paper."""
        head = self.text[max(0, role_start - 4):role_start]
        wire = WIRE_CREDIT_RE.search(head)
        if wire is None:
            return None
        at = role_start - len(head) + wire.start()
        for candidate in self.candidates:
            if candidate.cls == "Publisher":
                for other in candidate.mentions:  # 新华社广州5月21日电（记者 …: the agency, its city and day after it
                    if other.sentence == mention.sentence and other.end <= at and \
                            WIRE_PLACE_DAY_RE.fullmatch(self.text[other.end:at]):
                        return other, candidate
        return None

    def _zone_of_role(self, mention: Mention, role_start: int):
        """党工委书记, (X党工委副书记、)管委会主任: an office of the zone named last; the zone's 管委会 when the
        article names that body, else the zone itself."""
        zone = latest_named(self, role_start, "开发区")
        if zone is None:
            return None
        if self.text[max(0, role_start - 3):role_start] == "管委会":
            short = min(zone[1].names, key=len)
            body = next((c for c in self.candidates if c.cls == "GovernmentBody"
                         and any(n.endswith("管委会") and n.removesuffix("管委会") in zone[1].names for n in c.names)),
                        None)
            if body is not None and short:
                return Mention("管委会", role_start - 3, role_start, mention.sentence, body.cls), body
        return zone

    # -- names inside names

    def leads_at_builders(self) -> None:
        """项目负责人田志刚 at a project: a curator keeps the lead at the firm that builds the project (the one that
        runs it, else the company its first sentence names as building it: X计划总投资…，建设Y项目), a project being no
        employer; the project stays where no firm is told to build it (X为Y项目提供生产线: a supplier)."""
        for position in [c for c in self.candidates if c.cls == "Position"]:
            at = next(f for f in position.facts if f.prop == "positionIn")
            role = next(f.value["zh"] for f in position.facts if f.prop == "roleTitle")
            if at.value.kind != "project" or role != "项目负责人":
                continue
            first = min(at.value.mentions, key=lambda m: m.start)
            named = latest_named(self, first.start, "公司")
            said = self.text[named[0].end:first.start] if named and named[0].sentence == first.sentence else ""
            built = BUILDS_RE.search(said) and not re.search(r"为|向|给", said)
            at.value = next((f.value for f in at.value.facts if f.prop == "operatedBy"), None) or (
                named[1] if built else at.value)

    def containment(self) -> None:
        """高新区板仓工业园区: the park is part of the zone; 珈钠能源…项目: the company runs the project."""
        for candidate in list(self.candidates):
            for mention in candidate.mentions:
                outer = mention.nested_in
                if outer is None:
                    continue
                container = self.owner_of.get(id(outer))
                if container is None or container is candidate:
                    continue
                quote = outer.text
                prop = self._containment_property(container, candidate, outer, mention)
                if prop and not any(f.prop == prop and f.value is candidate for f in container.facts):
                    container.facts.append(Fact(prop, candidate, quote))

    @staticmethod
    def _containment_property(container: Candidate, inner: Candidate, outer: Mention, mention: Mention):
        at_start = mention.start == outer.start
        if container.kind == "project":
            if inner.kind == "product":
                return "produces"
            if inner.kind == "organisation" and at_start:
                return "operatedBy"
        if inner.kind == "zone" and at_start:
            if container.kind == "park":
                return "partOf"
            if container.cls == "GovernmentBody":
                return "governs"
            if container.kind == "organisation":
                return "locatedIn"
        return None

    # -- cooperation

    def cooperations(self) -> None:
        seen = set()
        kinds = ("organisation", "zone", "park", "region")
        for sentence in self.sentences:
            for cue in COOPERATION_RE.finditer(sentence.text):
                at = sentence.start + cue.start()
                named = [(m, c) for m, c in self.mentions_in(sentence.id, kinds) if m.nested_in is None]
                left = [(m, c) for m, c in named if m.end <= at and at - m.end <= 20]
                right = [(m, c) for m, c in named if m.start >= at + len(cue.group(0))
                         and not re.search(r"[，。；]", self.text[at:m.start])]
                pairs = []
                if len(left) >= 2 and re.search(r"与|和|同", self.text[left[-2][0].end:left[-1][0].start]):
                    pairs = [(left[-2], left[-1])]  # A与B共建X: the two partners cooperate, not B and X
                elif left and right and not self.text.startswith("的", at + len(cue.group(0))) \
                        and self.text[left[-1][0].start - 1:left[-1][0].start] not in ("与", "和", "同"):
                    pairs = [(left[-1], r) for r in right]  # (野趣户外与B共建的X: X is what they build)
                for (ma, a), (mb, b) in pairs:
                    if a is b or (id(a), id(b)) in seen:
                        continue
                    seen.add((id(a), id(b)))
                    start, end = min(ma.start, mb.start), max(ma.end, mb.end, at + len(cue.group(0)))
                    quote = self.span(start, end) if end - start <= 80 else sentence.text
                    cooperation = Candidate("Cooperation", [f"{a.label}与{b.label}合作"], [])
                    cooperation.quote = quote
                    cooperation.facts.append(Fact("partner", [a, b], quote, f"cue {cue.group(0)!r} in {sentence.id}"))
                    cooperation.at = start
                    self.candidates.append(cooperation)


def _short_form_of(short: str, name: str) -> bool:
    """驰岳零部件 of 重庆驰岳汽车零部件有限公司: the name's brand (its two characters after a place of up to four)
    and then more of its characters in their order."""
    at = name.find(short[:2])
    if not 0 <= at <= 4 or short == name or short.endswith(PLACE_LEVELS):  # 西平县县长: a place, no brand
        return False
    rest = iter(name[at + 2:])
    return all(char in rest for char in short[2:])
