"""A project named after its company (贵州X科技有限公司年产5GWh储能电池项目) is also known by the rest of its
name (年产5GWh储能电池项目): a report cites it either way, and an owner given by either spelling is the
same project. Run once the candidates are grouped; the label stays the full name."""

from __future__ import annotations

import re

from chaingraph.authoring.extract.project_names import PHASE_ONLY_RE

COMPANY_END_RE = re.compile(r"(?:有限责任公司|有限公司|股份公司|集团)$")
MIN_REST = 5  # 储能项目 alone names a kind of project, not this one


def name_past_company(candidates, text: str) -> None:
    """Give each project whose name opens with (a place and) a company's full name the rest of its name
    as a further name where the text also writes the rest on its own (a draft's names, and the labels of
    the figures made from them, are spellings its source uses), unless another candidate goes by it."""
    companies = {n for c in candidates if c.kind == "organisation" and c.cls == "Company" for n in c.names
                 if COMPANY_END_RE.search(n)}
    taken = {n for c in candidates for n in c.names}
    for project in (c for c in candidates if c.kind == "project"):
        rest = _rest_past_company(project.label, companies)
        if rest is not None and rest not in taken and text.count(rest) > text.count(project.label):
            project.names.append(rest)
            taken.add(rest)


def _rest_past_company(label: str, companies: set[str]) -> str | None:
    for company in sorted(companies, key=len, reverse=True):
        at = label.find(company)
        if at < 0 or at > 4:  # (克东县X有限公司…: a county may stand before the company)
            continue
        rest = label[at + len(company):]
        if len(rest) >= MIN_REST and rest.endswith("项目") and not rest.startswith(("的", "（", "(")) \
                and not PHASE_ONLY_RE.fullmatch(rest):
            return rest
        return None
    return None
