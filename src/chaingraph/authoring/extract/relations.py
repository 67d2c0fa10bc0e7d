"""Facts between candidates, each with the quote that supports it: people's positions and
employers, figures as quantities and capacities of an owner (``quantities``, with their statuses
from ``statuses``), names inside names (the park is part of the zone, the company runs the
project), and cooperation between two names joined by a cue verb (签约, 合作, 对接, 共建 ...).
"""

from __future__ import annotations

import re

from chaingraph.authoring.extract.candidates import Candidate, Fact, Figure, Mention
from chaingraph.authoring.extract.labels import role_en_of
from chaingraph.authoring.extract.owners import STANDS_FOR, latest_named
from chaingraph.authoring.extract.quantities import add_quantities
from chaingraph.authoring.extract.segments import link_segments
from chaingraph.sources.metadata import person_en
from chaingraph.sources.sentences import Sentence

COOPERATION_RE = re.compile(r"签约|签署|签订|合作|对接|共建|携手|牵手|结对")


# 党工委书记赵振国，管委会主任刘明远: a bare 管委会 (or 党工委) before a role is the office of the zone just named
ZONE_BODY_RE = re.compile(r"(?:^|[，、,])(?:管委会|党工委)$")
SAME_EMPLOYER_GAP_RE = re.compile(r"(?:博士|教授|先生|女士)?(?:和|与|及|、)")
# 保定日报讯（记者 …: a reporter credited in a dateline's brackets works for the paper that opens it
WIRE_CREDIT_RE = re.compile(r"(?:讯|电)\s*[（(]\s*$")
EMPLOYER_WORD_RE = re.compile(r"(?:该|本|这家)?(" + "|".join(sorted(STANDS_FOR, key=len, reverse=True)) + r")$")


class Relations:
    """Turn grouped mentions, figures and cues into facts with quotes."""

    def __init__(self, text, sentences, candidates, figures, dates, gazetteer, source_date):
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
        for candidate in self.candidates:
            if candidate.kind not in ("organisation", "project"):
                continue
            for other in candidate.mentions:
                if other.sentence == mention.sentence and role_start - 1 <= other.end <= role_start:
                    return other, candidate
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
        if role.startswith(("党工委", "副党工委")) or ZONE_BODY_RE.search(self.text[max(0, role_start - 5):role_start]):
            return self._zone_of_role(mention, role_start)
        word = EMPLOYER_WORD_RE.search(self.text[max(0, role_start - 6):role_start])
        if word is not None:  # 公司总经理顾建伟: the company named last before
            at = role_start - len(word.group(0))
            found = latest_named(self, at, word.group(1))
            if found is not None:
                return Mention(word.group(0), at, role_start, mention.sentence, found[1].cls), found[1]
        return None

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
                for other in candidate.mentions:
                    if other.sentence == mention.sentence and other.end == at:
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
                elif left and right:
                    pairs = [(left[-1], r) for r in right]
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
