"""Facts between candidates, each with the quote that supports it: people's positions and
employers, figures as quantities and capacities of an owner, names inside names (the park is
part of the zone, the company runs the project), and cooperation between two names joined by a
cue verb (签约, 合作, 对接, 共建 ...).
"""

from __future__ import annotations

import re

from chaingraph.authoring.extract.candidates import Candidate, Fact, Figure, Mention
from chaingraph.authoring.extract.figures import plain_number
from chaingraph.authoring.extract.ids import person_en
from chaingraph.authoring.gazetteer import Known
from chaingraph.sources.sentences import Sentence

CAPACITY_UNITS = {"TNE", "KGM", "GWH", "MWH", "KWH", "A90", "MAW", "KWT", "C62", "SET"}
STATUS_CUES = (
    (re.compile(r"在建或规划|规划或在建|在建和规划|规划和在建"), "planned-or-under-construction"),
    (re.compile(r"规划|计划|拟建|拟|将建|预计|签约"), "planned"),
    (re.compile(r"在建|正在建设|开工建设|加快建设|建设中"), "under-construction"),
    (re.compile(r"建成|竣工|完工"), "completed"),
    (re.compile(r"投产|投运|运营|量产|达产"), "operating"),
    (re.compile(r"实现|完成|达到|累计|已|超"), "achieved"),
)
CAPACITY_BETWEEN_RE = re.compile(r"的?年?(?:产能|产量|生产能力|规模)(?:已|将)?(?:达到|达|为|超过|超|突破|约|至)?")
COOPERATION_RE = re.compile(r"签约|签署|签订|合作|对接|共建|携手|牵手|结对")


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
        self.figures_as_quantities()
        self.containment()
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
        for person in [c for c in self.candidates if c.kind == "person"]:
            for mention in person.mentions:
                if not mention.role:
                    continue
                role, role_start = mention.role, mention.role_start
                employer = self._employer(mention, role, role_start)
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
                                  Fact("roleTitle", {"zh": role}, quote)]
                position.notes.append(f"{mention.sentence} [{quote_start}-{mention.end}]")
                position.at = quote_start
                positions.append(position)
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
        return None

    # -- figures

    def figures_as_quantities(self) -> None:
        products = [(m, c) for c in self.candidates if c.kind == "product" for m in c.mentions]
        made: dict[tuple, Candidate] = {}
        for figure in self.figures:
            product = next(((m, c) for m, c in products if 0 <= m.start - figure.end <= 1), None)
            before = None
            if product is None:  # 钠离子电池电芯产能达到10GWh
                before = next(((m, c) for m, c in products if m.sentence == figure.sentence and m.end <= figure.start
                               and CAPACITY_BETWEEN_RE.fullmatch(self.text[m.end:figure.start])), None)
                product = before
            owner = self._owner(figure)
            capacity = product is not None and owner is not None and figure.unit in CAPACITY_UNITS
            key = (figure.value, figure.unit, figure.per_period, id(product[1]) if product else figure.start,
                   id(owner[1]) if owner else None)
            if key in made:  # the same figure again (a caption repeating the text)
                made[key].notes.append(f"also {figure.sentence} [{figure.start}-{figure.end}] {figure.text}")
                continue
            cls = "Capacity" if capacity else "Quantity"
            if before:
                raw, quote = before[1].label + figure.text, self.span(before[0].start, figure.end)
            else:
                raw = figure.text + (self.span(figure.end, product[0].end) if product else "")
                quote = raw if product else self.local(figure)
            if capacity and owner[0].start <= figure.start and figure.end <= owner[0].end:
                label = f"{owner[1].label}产能"
            elif capacity:
                label = f"{min(owner[1].names, key=len)}{raw}产能"
            else:
                label = quote
            candidate = Candidate(cls, [label], [])
            made[key] = candidate
            candidate.figure = figure
            candidate.quote = quote
            candidate.facts.append(Fact("value", plain_number(figure.value), quote, figure.note))
            candidate.facts.append(Fact("unitCode", figure.unit, quote))
            if figure.per_period:
                candidate.facts.append(Fact("perPeriod", figure.per_period, quote))
            if figure.qualifier:
                candidate.facts.append(Fact("valueQualifier", figure.qualifier, quote))
            if capacity:
                candidate.facts.append(Fact("ofProduct", product[1], quote))
            status, cue_note = self._status(figure, capacity)
            candidate.facts.append(Fact("status", status, self.clause(figure.start, figure.end), cue_note))
            date, date_quote, date_note = self._date(figure)
            if date:
                candidate.facts.append(Fact("date", date, date_quote, date_note))
            if owner is not None:
                prop = "hasCapacity" if capacity else "hasIndicator"
                owner_mention, owner_candidate = owner
                if owner_mention.sentence == figure.sentence and owner_mention.start <= figure.start:
                    owner_quote = self.span(owner_mention.start, figure.end)
                    if len(owner_quote) > 60:
                        owner_quote = self.clause(figure.start, figure.end)
                else:
                    owner_quote = self.clause(figure.start, figure.end)
                owner_candidate.facts.append(Fact(prop, candidate, owner_quote))
            if capacity:
                candidate.existing = self._existing_capacity(product[1], owner[1] if owner else None)
            self.candidates.append(candidate)

    def _owner(self, figure: Figure):
        for candidate in self.candidates:
            if candidate.kind == "project":
                for mention in candidate.mentions:
                    if mention.start <= figure.start and figure.end <= mention.end:
                        return mention, candidate
        return self.nearest_before(figure.sentence, figure.start, ("organisation", "zone", "park", "project"))

    def _status(self, figure: Figure, capacity: bool) -> tuple[str, str]:
        sentence = self.by_id[figure.sentence]
        for scope in (self.clause(figure.start, figure.end, limit=80), sentence.text):
            for pattern, status in STATUS_CUES:
                match = pattern.search(scope)
                if match:
                    return status, f"status from {match.group(0)!r}; check"
        return ("planned" if capacity else "achieved"), "no status word found: a guess, check"

    def _date(self, figure: Figure) -> tuple[str | None, str, str]:
        same = [d for d in self.dates if d.sentence == figure.sentence]
        if same:
            date = min(same, key=lambda d: abs(d.start - figure.start))
            return date.value, self.clause(date.start, date.end), f"date from {date.text!r}"
        if self.source_date:
            return self.source_date, self.clause(figure.start, figure.end), "the source's date: the figure as reported"
        return None, "", ""

    def _existing_capacity(self, product: Candidate, owner: Candidate | None) -> Known | None:
        if product.existing is None:
            return None
        for capacity_id, product_id, owners in self.gazetteer.capacities:
            if product_id == product.existing.id and (owner is None or owner.existing is None or not owners
                                                      or owner.existing.id in owners):
                for entries in self.gazetteer.names.values():
                    for known in entries:
                        if known.id == capacity_id:
                            return known
        return None

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
                if left and right:
                    pairs = [(left[-1], r) for r in right]
                elif len(left) >= 2 and re.search(r"与|和|同", self.text[left[-2][0].end:left[-1][0].start]):
                    pairs = [(left[-2], left[-1])]
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
