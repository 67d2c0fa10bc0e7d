"""The city a clause of a city-by-city list is about, written straight before a company's name.

A province-wide report walks its cities clause by clause: 滁州市依托光伏玻璃优势补链；芜湖市华曜电气股份有限公司年产…
项目，预计年底投产；淮南市…. Each clause opens on its city, and where the clause's subject is a company the city runs
into the company's name. A company may be registered with its city in front (芜湖市某某有限公司), so the city is
taken for the clause's topic only where the clauses around it open on places of their own: at least two other
clauses of the same run (joined by ；) open on a place. The company and a project named after it then start after
the city, and the city is a region of its own; a platform or a station named by its city (喀什地区农产品质量安全
检测中心, 淮南市采煤沉陷区…电站) keeps it.
"""

from __future__ import annotations

from chaingraph.authoring.extract.candidates import Mention
from chaingraph.authoring.gazetteer import Gazetteer
from chaingraph.sources.sentences import Sentence

TOPIC_LEVELS = ("市", "县", "区", "州", "盟", "旗")  # a prefecture or a county (not a province)
CLAUSE_ENDS = ("；", ";")
MIN_NAME_LEFT = 4  # 华曜电气股份有限公司 after 芜湖市: a name of its own is left


def without_topic_places(mentions: list[Mention], sentences: list[Sentence], gazetteer: Gazetteer) -> list[Mention]:
    """The mentions with a clause's topic city cut from the companies and projects it runs into (see the module)."""
    topics = _topic_openings(sentences, gazetteer, {m.start for m in mentions if m.cls == "Company"})
    companies = {m.text[len(place):] for m in mentions if m.cls == "Company"
                 and (place := topics.get(m.start)) and m.text.startswith(place)}
    out = []
    for mention in mentions:
        place = topics.get(mention.start)
        rest = mention.text[len(place):] if place and mention.text.startswith(place) else ""
        if len(rest) < MIN_NAME_LEFT or mention.cls not in ("Company", "Project") \
                or mention.cls == "Project" and not rest.startswith(tuple(companies)):
            out.append(mention)  # (a station or a platform named by its city, 淮南市采煤沉陷区…电站, keeps it)
            continue
        cut = mention.start + len(place)
        out.append(Mention(mention.text[len(place):], cut, mention.end, mention.sentence, mention.cls))
        if not any(m.start == mention.start and m.end == cut for m in out):
            out.append(Mention(place, mention.start, cut, mention.sentence, "AdministrativeRegion"))
    return out


def _topic_openings(sentences: list[Sentence], gazetteer: Gazetteer, companies: set[int]) -> dict[int, str]:
    """The city or county each clause of a city-by-city run opens on, by the clause's start offset; a run counts
    when one of its places at least opens its clause with no company's name (滁州市依托…), so a list of companies
    registered with their cities (合肥市华源…；芜湖市东瑞…；马鞍山市恒远…) keeps their names whole."""
    topics: dict[int, str] = {}
    for run in _clause_runs(sentences):
        openings = {s.start: place for s in run if (place := _opening_place(s.text, gazetteer))}
        if len({gazetteer.regions[place] for place in openings.values()}) < 3:
            continue  # the clause's own place and at least two others
        if all(start in companies for start in openings):
            continue  # every place heads a company's name: registered names, no city-by-city report
        topics.update({start: place for start, place in openings.items()
                       if place == gazetteer.regions.get(place) and place.endswith(TOPIC_LEVELS)})
    return topics


def _clause_runs(sentences: list[Sentence]) -> list[list[Sentence]]:
    """The runs of sentences joined by ；: the clauses of one sentence the splitter cut at its semicolons."""
    runs: list[list[Sentence]] = [[]]
    for sentence in sentences:
        runs[-1].append(sentence)
        if not sentence.text.rstrip().endswith(CLAUSE_ENDS):
            runs.append([])
    return [run for run in runs if len(run) >= 3]


def _opening_place(text: str, gazetteer: Gazetteer) -> str | None:
    """The longest region name the clause opens on (宣城 of 宣城经济技术开发区…), if any."""
    return next((text[:n] for n in range(min(len(text), 8), 1, -1) if text[:n] in gazetteer.regions), None)
