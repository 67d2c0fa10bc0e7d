"""One query run in a worker: the job it gets, the reply it sends back, and the answer within limits.

Rows are counted against the cap before anything is written, and the written answer is measured
against the size limit, so an answer either fits or is refused with a message saying how to
narrow the query. Formats come from the one table (chaingraph.dataset.formats), as negotiated
(chaingraph.web.negotiation).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice

import pyoxigraph as ox

from chaingraph.analysis.resolve import NameNotFound, param_bindings
from chaingraph.dataset.sparql import QueryError, bind_params, engine_options
from chaingraph.web.limits import Limits
from chaingraph.web.negotiation import GRAPH_ANSWERS, GRAPH_TYPES, RESULT_ANSWERS, RESULT_TYPES
from chaingraph.web.querycheck import SERVICE_REFUSED

_RESULTS_BY_TYPE = {f.media_type: f for f in RESULT_ANSWERS}
_GRAPHS_BY_TYPE = {f.media_type: f for f in GRAPH_ANSWERS}


@dataclass(frozen=True)
class Job:
    query: str
    media_type: str | None
    default_graphs: tuple[str, ...] | None = None  # from default-graph-uri / named-graph-uri parameters
    named_graphs: tuple[str, ...] | None = None
    capped: bool = True  # False for a Graph Store read: a whole graph, bounded by the dataset itself
    params: tuple[tuple[str, str], ...] = ()  # a library question's parameters, as the client typed them


@dataclass(frozen=True)
class Reply:
    status: int
    content_type: str
    body: bytes


def error_reply(status: int, message: str) -> Reply:
    return Reply(status, "text/plain; charset=utf-8", (message.rstrip() + "\n").encode("utf-8"))


def run_job(store: ox.Store, job: Job, limits: Limits, prefixes: dict[str, str], base: str) -> Reply:
    """Run one query on `store` and serialize its answer within the row and size limits.

    Relative IRIs in the query resolve against the project's base IRI (`<jiana-energy>` is
    `id:jiana-energy`). A graph the dataset lacks, named by FROM, FROM NAMED or the protocol's
    parameters, is an empty graph: pyoxigraph only ever reads graphs of its own store.
    """
    options: dict = {"prefixes": prefixes, **engine_options(base)}
    if job.default_graphs is not None or job.named_graphs is not None:
        options["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs or ()]
        options["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs or ()]
    # otherwise the query's own FROM / FROM NAMED, or the store's default graph: the merge of
    # the named graphs (chaingraph.dataset.store)
    try:
        text = job.query
        if job.params:  # names resolve among this store's entities, values go in as single terms
            bindings, _ = param_bindings(store, text, dict(job.params), base)
            text, substitutions = bind_params(text, bindings)
            if substitutions:
                options["substitutions"] = substitutions
        result = store.query(text, **options)
        return _answer(result, job, limits, prefixes)
    except (QueryError, NameNotFound) as err:
        return error_reply(400, f"parameter: {err}")
    except SyntaxError as err:
        return error_reply(400, f"query syntax error: {err}")
    except PermissionError:
        return error_reply(403, SERVICE_REFUSED)
    except (ValueError, TypeError, OSError) as err:
        return error_reply(400, f"query failed: {err}")


def _answer(result, job: Job, limits: Limits, prefixes: dict[str, str]) -> Reply:
    too_many = (f"the answer has more than {limits.max_rows} rows, this endpoint's limit; "
                "add a LIMIT or narrow the query")
    if isinstance(result, ox.QueryBoolean):
        media = job.media_type if job.media_type in RESULT_TYPES else RESULT_TYPES[0]
        return Reply(200, media, result.serialize(format=_RESULTS_BY_TYPE[media].engine))
    if isinstance(result, ox.QuerySolutions):
        media = job.media_type if job.media_type in RESULT_TYPES else RESULT_TYPES[0]
        variables = result.variables
        rows = [[solution[v] for v in variables] for solution in islice(result, limits.max_rows + 1)]
        if len(rows) > limits.max_rows:
            return error_reply(400, too_many)
        body = _RESULTS_BY_TYPE[media].write([v.value for v in variables], rows, prefixes)
    else:
        media = job.media_type if job.media_type in GRAPH_TYPES else GRAPH_TYPES[0]
        triples = list(islice(result, limits.max_rows + 1)) if job.capped else list(result)
        if len(triples) > limits.max_rows and job.capped:
            return error_reply(400, too_many.replace("rows", "triples"))
        body = _GRAPHS_BY_TYPE[media].write_triples(triples, prefixes)
    if len(body) > limits.max_response_bytes:
        return error_reply(400, f"the answer is larger than {limits.max_response_bytes} bytes, this endpoint's "
                                "limit; add a LIMIT or select fewer columns")
    return Reply(200, media, body)
