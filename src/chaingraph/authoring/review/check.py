"""Check a composed facts file the way `chaingraph build` would, without touching data/facts/.

The file is loaded with every other facts and reference file of the project (facts/loader.py),
turned into quads and validated against the SHACL shapes (dataset/build.py's own steps), so
"it checks here" means "it builds". Each problem goes back to the candidate it concerns: loader
problems by their line in the composed text, SHACL violations by their focus node. The merge view
comes from the same dataset: what the other sources say about each entity, which of this
source's statements repeat or add to it, and the contradictions `find_conflicts` lists.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from chaingraph.authoring.review.compose import Composed
from chaingraph.core.problems import InputError, Problem, display_path
from chaingraph.core.project import Project
from chaingraph.dataset.build import BuildResult, validate_result
from chaingraph.dataset.conflicts import find_conflicts
from chaingraph.dataset.iris import relative_iri
from chaingraph.dataset.quads import build_oxigraph_quads
from chaingraph.facts.loader import Facts, TypedValue, load_facts
from chaingraph.facts.vocabulary import load_vocabulary
from chaingraph.sources.captures import load_sources


@dataclass
class Checked:
    problems: dict[str, list[dict]] = field(default_factory=dict)  # candidate key -> problems
    general: list[dict] = field(default_factory=list)  # problems no candidate holds
    merge: dict[str, dict] = field(default_factory=dict)  # candidate key -> repeats, adds, contradicts

    @property
    def builds(self) -> bool:
        return not self.general and not any(self.problems.values())

    def as_json(self) -> dict:
        return {"builds": self.builds, "problems": self.problems, "general": self.general, "merge": self.merge}


class Checker:
    """The project's inputs, read once; `check` runs the loader and SHACL over a composed file."""

    def __init__(self, project: Project, source_id: str):
        self.project = project
        self.source_id = source_id
        self.file_name = display_path(project.facts / f"{source_id}.yaml")
        self.vocabulary = load_vocabulary(project.ontology)
        self.sources = load_sources(project.sources)
        self.others = [p for p in sorted(project.facts.glob("*.yaml")) if p.stem != source_id]
        self.references = sorted(project.reference.glob("*.yaml")) if project.reference.is_dir() else []

    def other_facts(self) -> Facts:
        """The facts of every other source and the reference files (empty when they do not load)."""
        try:
            return load_facts(self.others, self.references, self.vocabulary, self.sources)
        except InputError:
            return Facts({}, [])

    def check(self, composed: Composed) -> Checked:
        checked = Checked()
        with tempfile.TemporaryDirectory(prefix="chaingraph-review-") as folder:
            path = Path(folder) / f"{self.source_id}.yaml"
            path.write_text(composed.text, encoding="utf-8")
            try:
                facts = load_facts(self.others + [path], self.references, self.vocabulary, self.sources)
            except InputError as err:
                for problem in err.problems:
                    self._place(checked, composed, problem, display_path(path))
                return checked
        quads = build_oxigraph_quads(facts, self.sources, self.vocabulary, self.project.base)
        result = BuildResult(self.project, self.vocabulary, quads, sources=self.sources, facts=facts)
        for violation in validate_result(result):
            entity = relative_iri(violation.focus, self.project.base)
            shown = {"file": self.file_name, "line": None, "field": violation.path.rsplit("#", 1)[-1],
                     "message": f"SHACL: {violation.message}", "hint": "", "focus": entity}
            key = composed.ids.get(entity)
            (checked.problems.setdefault(key, []) if key else checked.general).append(shown)
        checked.merge = self._merge(composed, facts, result)
        return checked

    def _place(self, checked: Checked, composed: Composed, problem: Problem, temporary: str) -> None:
        ours = problem.file == temporary
        shown = {"file": self.file_name if ours else problem.file, "line": problem.line, "field": problem.field,
                 "message": problem.message, "hint": problem.hint}
        key = composed.key_at(problem.line) if ours else None
        key = key or composed.ids.get(problem.field.split(".", 1)[0])
        (checked.problems.setdefault(key, []) if key else checked.general).append(shown)

    def _merge(self, composed: Composed, facts: Facts, result: BuildResult) -> dict[str, dict]:
        """For each entity another source also speaks of: its statements repeated, added, contradicted."""
        graph = f"source:{self.source_id}"
        by_subject: dict[str, dict[str, set]] = {}
        for s in facts.statements:
            if s.prop == "type":
                continue
            side = "ours" if s.graph == graph else "theirs"
            value = s.value.lexical if isinstance(s.value, TypedValue) else str(s.value)
            by_subject.setdefault(s.subject, {"ours": set(), "theirs": set()})[side].add((s.prop, value))
        contradictions: dict[str, list[dict]] = {}
        for conflict in find_conflicts(result):
            if any(v.source == self.source_id for v in conflict.values):
                contradictions.setdefault(conflict.subject, []).append({
                    "prop": conflict.prop,
                    "values": [{"value": v.value, "source": v.source, "date": v.source_date, "as_of": v.as_of,
                                "quote": v.quote} for v in conflict.values]})
        merge = {}
        for entity_id, key in composed.ids.items():
            entity = facts.entities.get(entity_id)
            if entity is None or entity.graphs == {graph}:
                continue
            sides = by_subject.get(entity_id, {"ours": set(), "theirs": set()})
            contradicted = {c["prop"] for c in contradictions.get(entity_id, [])}
            merge[key] = {
                "id": entity_id, "elsewhere": sorted(g for g in entity.graphs if g != graph),
                "repeats": _shown(sides["ours"] & sides["theirs"]),
                "adds": _shown({(p, v) for p, v in sides["ours"] - sides["theirs"] if p not in contradicted}),
                "contradicts": contradictions.get(entity_id, [])}
        return merge


def _shown(pairs: set[tuple[str, str]]) -> list[dict]:
    return [{"prop": p, "value": v} for p, v in sorted(pairs)]
