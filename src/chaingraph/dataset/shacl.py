"""SHACL validation of the built dataset with pyshacl."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import SH

from chaingraph.dataset.quads import Quad


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.focus}: {self.path}: {self.message}"


def validate(quads: list[Quad], shapes_path: Path) -> list[Violation]:
    """Validate the union of all graphs; return every violation (empty when the data conforms)."""
    from pyshacl import validate as shacl_validate  # heavy import, only when validating

    data = Graph()
    for s, p, o, _ in quads:
        data.add((s, p, o))
    shapes = Graph().parse(shapes_path, format="turtle")
    conforms, report, _ = shacl_validate(data, shacl_graph=shapes, inference="none", advanced=True,
                                         allow_warnings=True)
    if conforms:
        return []
    violations = []
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        violations.append(Violation(
            focus=str(report.value(result, SH.focusNode)),
            path=str(report.value(result, SH.resultPath) or ""),
            message=str(report.value(result, SH.resultMessage) or "does not conform"),
        ))
    return sorted(set(violations), key=lambda v: (v.focus, v.path, v.message))
