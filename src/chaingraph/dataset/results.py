"""SELECT answers in the four standard SPARQL 1.1 results formats, written from rows already read.

pyoxigraph can only write a whole `QuerySolutions`; the endpoint must count the rows against its
cap before it writes anything, so it reads them into lists and writes them with these. `rows`
hold pyoxigraph terms, None for an unbound variable.

>>> row = [ox.NamedNode("https://w3id.org/chaingraph/id/jiana-energy"), ox.Literal("珈钠", language="zh")]
>>> write_csv(["company", "label"], [row, [None, ox.Literal("3")]]).decode().splitlines()
['company,label', 'https://w3id.org/chaingraph/id/jiana-energy,珈钠', ',3']
"""

from __future__ import annotations

import csv
import io
import json
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def write_json(names: list[str], rows: list[list]) -> bytes:
    bindings = [{name: _json_term(term) for name, term in zip(names, row, strict=True) if term is not None}
                for row in rows]
    document = {"head": {"vars": names}, "results": {"bindings": bindings}}
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def write_xml(names: list[str], rows: list[list]) -> bytes:
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">',
             "<head>", *(f"<variable name={quoteattr(n)}/>" for n in names), "</head><results>"]
    for row in rows:
        parts.append("<result>")
        parts.extend(f"<binding name={quoteattr(n)}>{_xml_term(t)}</binding>"
                     for n, t in zip(names, row, strict=True) if t is not None)
        parts.append("</result>")
    parts.append("</results></sparql>\n")
    return "".join(parts).encode("utf-8")


def write_csv(names: list[str], rows: list[list]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(names)
    writer.writerows([_csv_value(t) for t in row] for row in rows)
    return out.getvalue().encode("utf-8")


def write_tsv(names: list[str], rows: list[list]) -> bytes:
    # str() of a pyoxigraph term is its N-Triples form, with tabs and newlines escaped
    lines = ["\t".join(f"?{n}" for n in names)]
    lines.extend("\t".join("" if t is None else str(t) for t in row) for row in rows)
    return ("\n".join(lines) + "\n").encode("utf-8")


def _json_term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": _json_term(term.subject),
                                            "predicate": _json_term(term.predicate),
                                            "object": _json_term(term.object)}}
    raise TypeError(f"not an RDF term: {term!r}")


def _xml_term(term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != XSD_STRING:
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    if isinstance(term, ox.Triple):
        return (f"<triple><subject>{_xml_term(term.subject)}</subject><predicate>{_xml_term(term.predicate)}"
                f"</predicate><object>{_xml_term(term.object)}</object></triple>")
    raise TypeError(f"not an RDF term: {term!r}")


def _csv_value(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        return term.value
    return str(term)
