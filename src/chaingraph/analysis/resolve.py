"""The one resolver of names: what entity a person means by `珈钠`, `Jiana Energy` or `jnny`.

`chaingraph path`, `chaingraph neighbours`, the parameters of library questions
(`chaingraph query 10 --param subject=珈钠`) and the endpoint all resolve names here, ranked the
way the explorer's search box ranks them:

  1. the id or the full IRI;
  2. an exact label, then an exact alias, then either ignoring case;
  3. a name that starts with the text, then one that contains it;
  4. pinyin without tones (`jiananengyuan`, typed with or without spaces) or its initials (`jnny`), exactly, then
     as a prefix.

Within the first rank that matches, the entity whose matching name is shortest wins (`珈钠` is the
start of 珈钠能源, the company, and of 珈钠能源…一期项目, its project: the company is meant). Two
entities that match equally well are ambiguous, and the error lists them; nothing that matches
lists the closest names.

Candidates come from the networkx projection (`candidates_from_graph`) or straight from a SPARQL
store (`candidates_from_store`), so the command line and the endpoint resolve alike.
"""

from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass, field
from functools import cached_property

import pyoxigraph as ox

from chaingraph.core.namespaces import sparql_prologue
from chaingraph.dataset.iris import entity_id, normalized_base
from chaingraph.dataset.sparql import QueryError, declared_params, literal_param

_CJK = re.compile(r"[\u4e00-\u9fff]")
RANKS = ("id", "label", "alias", "name ignoring case", "start of a name", "part of a name", "pinyin",
         "start of a pinyin")


class NameNotFound(LookupError):
    """A name matched no entity, or several: `candidates` lists the near or equal matches."""

    def __init__(self, name: str, candidates: list[str], ambiguous: bool):
        self.name, self.candidates, self.ambiguous = name, candidates, ambiguous
        what = "is ambiguous" if ambiguous else "matches no entity"
        hint = f"; candidates: {', '.join(candidates)}" if candidates else ""
        super().__init__(f"{name!r} {what}{hint}")


@dataclass(frozen=True)
class Candidate:
    """An entity a name may mean: its IRI, id, labels by language, aliases, and class for messages."""

    iri: str
    id: str
    labels: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    aliases: tuple[str, ...] = ()
    cls: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(n for n in (*self.labels.values(), *self.aliases) if n)

    @cached_property
    def pinyin(self) -> tuple[str, ...]:
        return tuple(sorted(pinyin_keys([n for n in self.names if _CJK.search(n)])))

    def describe(self) -> str:
        names = " / ".join(self.labels[lang] for lang in ("zh", "en") if self.labels.get(lang))
        return f"{self.id} ({names}{', ' + self.cls if self.cls else ''})"


@dataclass(frozen=True)
class Match:
    """The entity a name resolved to, the name it matched and how (one of RANKS)."""

    candidate: Candidate
    matched: str
    rank: str

    @property
    def iri(self) -> str:
        return self.candidate.iri

    @property
    def exact(self) -> bool:
        return RANKS.index(self.rank) < RANKS.index("start of a name")


def pinyin_keys(names: list[str]) -> set[str]:
    """Pinyin without tones, joined, and its initials, of each Chinese name (spaces in what a
    person types are dropped before matching, so no spaced form is kept).

    >>> sorted(pinyin_keys(["珈钠能源"]))
    ['jiananengyuan', 'jnny']
    """
    return {key for name in names if name and _CJK.search(name) for key in _spelled(name)}


@functools.lru_cache(maxsize=65536)
def _spelled(name: str) -> tuple[str, str]:
    """One name's pinyin, joined, and its initials. Names repeat across a region (products,
    segments, brand words), so each is spelled once per process."""
    from pypinyin import lazy_pinyin

    syllables = [s.lower().replace(" ", "") for s in lazy_pinyin(name) if s.strip()]
    return "".join(syllables), "".join(s[0] for s in syllables if s)


def _tests(name: str):
    """One test per rank, in the order of RANKS: the names of a candidate that match `name` so."""
    query = name.strip()
    folded = query.casefold()
    spelled = "".join(folded.split())
    return (
        lambda c: [n for n in (c.iri, c.id) if n == query],
        lambda c: [n for n in c.labels.values() if n == query],
        lambda c: [n for n in c.aliases if n == query],
        lambda c: [n for n in (c.id, *c.names) if n.casefold() == folded],
        lambda c: [n for n in c.names if n.casefold().startswith(folded)],
        lambda c: [n for n in c.names if folded in n.casefold()],
        lambda c: [n for n in c.pinyin if n == spelled],
        lambda c: [n for n in c.pinyin if n.startswith(spelled)],
    )


def ranked(name: str, candidates: list[Candidate], limit: int = 12) -> list[Match]:
    """Every candidate `name` may mean, best first: by the rank of its best match, then the
    shortest matching name, then the id (what a search box lists; `resolve` picks the first).

    >>> company = Candidate("x:jiana", "jiana", {"zh": "珈钠能源"})
    >>> project = Candidate("x:cathode", "cathode", {"zh": "珈钠能源正极材料项目"})
    >>> [(m.candidate.id, m.rank) for m in ranked("珈钠能源", [project, company])]
    [('jiana', 'label'), ('cathode', 'start of a name')]
    >>> [m.candidate.id for m in ranked("jnny", [project, company])]
    ['jiana', 'cathode']
    """
    if not name.strip():
        return []
    tests = _tests(name)
    found = []
    for candidate in candidates:
        for index, test in enumerate(tests):
            names = test(candidate)
            if names:
                matched = min(names, key=len)
                found.append((index, len(matched), candidate.id, Match(candidate, matched, RANKS[index])))
                break
    found.sort(key=lambda t: t[:3])
    return [match for *_, match in found[:limit]]


def resolve(name: str, candidates: list[Candidate]) -> Match:
    """The candidate `name` means, by the ranks of this module; NameNotFound when none or several."""
    query = name.strip()
    tests = _tests(name)
    if query:
        for rank, test in zip(RANKS, tests, strict=True):
            found = [(min(len(n) for n in names), c, min(names, key=len)) for c in candidates if (names := test(c))]
            if not found:
                continue
            shortest = min(length for length, _, _ in found)
            best = sorted(((c, n) for length, c, n in found if length == shortest), key=lambda cn: cn[0].id)
            if len(best) == 1:
                return Match(best[0][0], best[0][1], rank)
            raise NameNotFound(name, [c.describe() for c, _ in best], ambiguous=True)
    names = {n: c for c in candidates for n in (c.id, *c.names)}
    close = difflib.get_close_matches(query, list(names), n=5, cutoff=0.5)
    described = dict.fromkeys(names[n].describe() for n in close)
    raise NameNotFound(name, list(described), ambiguous=False)


def candidates_from_graph(G) -> list[Candidate]:
    """The entities of the networkx projection (chaingraph.analysis.projection.to_networkx)."""
    return [Candidate(node, data["id"], {"zh": data["label_zh"], "en": data["label_en"]},
                      tuple(data["aliases"]), data["cls"])
            for node, data in sorted(G.nodes(data=True))]


_NAMES = """
SELECT ?entity ?label ?alias ?class WHERE {
  { ?entity rdfs:label ?label } UNION { ?entity skos:altLabel ?alias }
  OPTIONAL {
    ?entity a ?class .
    FILTER(STRSTARTS(STR(?class), STR(cg:)))
    FILTER NOT EXISTS { GRAPH graph:inferred { ?entity a ?class } }
  }
  FILTER(isIRI(?entity) && STRSTARTS(STR(?entity), STR(id:)) && !STRSTARTS(STR(?entity), STR(graph:)))
}"""


def candidates_from_store(store: ox.Store, base: str) -> list[Candidate]:
    """The labelled entities under the base IRI of a store whose default graph is the dataset's
    merge (chaingraph.dataset.store): what the endpoint and `chaingraph query` hold."""
    base = normalized_base(base)
    found: dict[str, dict] = {}
    for row in store.query(sparql_prologue(base) + _NAMES):
        iri = row["entity"].value
        record = found.setdefault(iri, {"labels": {}, "aliases": set(), "classes": set()})
        label, alias, cls = row["label"], row["alias"], row["class"]
        if label is not None and label.language in ("zh", "en"):
            record["labels"].setdefault(label.language, label.value)
        if alias is not None:
            record["aliases"].add(alias.value)
        if cls is not None:
            record["classes"].add(cls.value.rsplit("#", 1)[-1])
    return [Candidate(iri, _id(iri, base), r["labels"], tuple(sorted(r["aliases"])), min(r["classes"], default=""))
            for iri, r in sorted(found.items())]


def _id(iri: str, base: str) -> str:
    rest = iri[len(base):]
    return rest if "/" in rest else entity_id(iri)


def param_bindings(store: ox.Store, text: str, given: dict[str, str], base: str,
                   name: str = "query") -> tuple[dict[str, ox.NamedNode | ox.Literal], list[Match]]:
    """The terms for the parameters `given` (by name, as the user typed them) of a query that
    declares them (`# param: subject entity ...`, chaingraph.dataset.sparql), and the matches of
    entity names. An entity is resolved among the store's entities; text and dates become literals.

    Raises QueryError for a parameter the query does not declare or a malformed date, and
    NameNotFound for a name that matches no entity or several. The endpoint calls it the same way
    and passes the bindings to `run_query` (or `bind_params` then `store.query`).
    """
    declared = declared_params(text, name)
    bindings: dict[str, ox.NamedNode | ox.Literal] = {}
    matches = []
    candidates = None
    for key, value in given.items():
        param = declared.get(key)
        if param is None:
            listed = ", ".join(sorted(declared)) or "none"
            raise QueryError(f"no parameter {key!r} in this query; it declares: {listed}", name)
        if param.kind == "entity":
            candidates = candidates if candidates is not None else candidates_from_store(store, base)
            match = resolve(value, candidates)
            matches.append(match)
            bindings[key] = ox.NamedNode(match.iri)
        else:
            bindings[key] = literal_param(param, value)
    return bindings, matches
