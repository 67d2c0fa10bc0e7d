"""`chaingraph serve`: a read-only SPARQL 1.1 Protocol endpoint over the built dataset.

Shape of a request: the HTTP thread checks the query text (no update, no SERVICE, FROM only on the
dataset's own graphs), picks the result format, then hands the query to one of a few worker
processes. Each worker holds its own pyoxigraph store. A query that runs past the time limit has
its worker killed and replaced, because pyoxigraph cannot interrupt a running query from Python;
the server itself never runs a query, so it stays up and keeps answering.

Workers are fresh Python interpreters (not forks of the threaded server, so no lock held by an HTTP
thread is copied into them, and a script that starts a server needs no `__main__` guard). On Linux
they forbid themselves to open sockets before they load anything: even a query that slipped past
the text checks cannot reach the network.
"""

from __future__ import annotations

import csv
import ctypes
import io
import json
import os
import platform
import queue
import re
import resource
import signal
import subprocess
import sys
import threading
import traceback
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import islice
from multiprocessing.connection import Connection
from pathlib import Path
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from chaingraph.core.namespaces import prefixes as chaingraph_prefixes
from chaingraph.core.outputnames import EXPLORER_PAGE
from chaingraph.core.project import Project
from chaingraph.dataset.store import named_graph_quads, open_store

# ---------------------------------------------------------------------------------------------
# Limits


@dataclass(frozen=True)
class Limits:
    time_limit: float = 10.0  # seconds per query, including serialization
    max_rows: int = 10_000  # solutions (SELECT) or triples (CONSTRUCT/DESCRIBE) per answer
    max_response_bytes: int = 16 * 1024 * 1024
    max_body_bytes: int = 1024 * 1024
    workers: int = 2
    queue_wait: float = 5.0  # how long a query may wait for a free worker before a 503
    memory_mb: int = 2048  # address-space cap of each worker
    max_connections: int = 64


class Refused(Exception):
    """A request this endpoint will not serve; `status` and `message` go to the client as they are."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


# ---------------------------------------------------------------------------------------------
# Query checks, done on the text before any engine sees it

_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
               |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][\w\u00B7]+)
  | (?P<pname>(?:[^\W\d_][\w.\-\u00B7]*)?:(?:[\w\-:%\u00B7]|\\.|\.(?=[\w\-:%\\\u00B7]))*)
  | (?P<word>[A-Za-z_]\w*)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH", "USING"}
QUERY_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}
UPDATES_REFUSED = "updates are not allowed on this read-only endpoint"
SERVICE_REFUSED = ("SERVICE (federated query) is not allowed: this endpoint never reaches the network; "
                   "query the other endpoint yourself")
_ABSOLUTE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")
# pyoxigraph's parser recurses per bracket: thousands of nested brackets overflow a worker's stack
# and kill it. No real query nests this deep; refusing it costs nothing and keeps the workers up.
MAX_NESTING = 100


@dataclass(frozen=True)
class QueryPlan:
    form: str | None  # SELECT, ASK, CONSTRUCT, DESCRIBE, or None when the text does not say
    from_graphs: tuple[str, ...] = ()
    from_named_graphs: tuple[str, ...] = ()

    @property
    def has_dataset_clause(self) -> bool:
        return bool(self.from_graphs or self.from_named_graphs)


def _tokens(text: str) -> list[tuple[str, str]]:
    """(kind, text) of every token that is not whitespace, a comment or a string literal."""
    return [(m.lastgroup, m.group()) for m in _TOKEN.finditer(text)
            if m.lastgroup not in ("ws", "comment", "string")]


def inspect_query(text: str, known_graphs: set[str], default_prefixes: dict[str, str]) -> QueryPlan:
    """The query's form and dataset clauses; raises Refused for updates, SERVICE and unknown graphs.

    This is a tokenizer, not a parser: a bare word outside strings, IRIs and comments can only be a
    keyword in SPARQL, so a stray INSERT or SERVICE is refused even where the parser would fail
    anyway. Errors in the other direction are caught by the workers' network ban.
    """
    tokens = _tokens(text)
    _check_nesting(tokens)
    declared = dict(default_prefixes)
    form = None
    from_graphs: list[str] = []
    from_named: list[str] = []
    for i, (kind, value) in enumerate(tokens):
        if kind != "word":
            continue
        word = value.upper()
        if word in UPDATE_WORDS:
            raise Refused(403, UPDATES_REFUSED)
        if word == "SERVICE":
            raise Refused(403, SERVICE_REFUSED)
        if word in QUERY_FORMS and form is None:
            form = word
        elif word == "PREFIX" and i + 2 < len(tokens) and tokens[i + 2][0] == "iri":
            declared[tokens[i + 1][1].rstrip(":")] = tokens[i + 2][1][1:-1]
        elif word == "FROM":
            named = i + 1 < len(tokens) and tokens[i + 1][1].upper() == "NAMED"
            target = tokens[i + 2] if named else tokens[i + 1] if i + 1 < len(tokens) else ("", "")
            if named and i + 2 >= len(tokens):
                target = ("", "")
            graph = _graph_iri(target, declared)
            _check_graph(graph, known_graphs, "FROM NAMED" if named else "FROM")
            (from_named if named else from_graphs).append(graph)
    return QueryPlan(form, tuple(from_graphs), tuple(from_named))


def _check_nesting(tokens: list[tuple[str, str]]) -> None:
    depth = 0
    for kind, value in tokens:
        if kind != "other":
            continue
        if value in "({[":
            depth += 1
            if depth > MAX_NESTING:
                raise Refused(400, f"the query nests brackets deeper than {MAX_NESTING} levels; simplify it")
        elif value in ")}]":
            depth -= 1


def _graph_iri(token: tuple[str, str], declared: dict[str, str]) -> str:
    kind, value = token
    if kind == "iri":
        return value[1:-1]
    if kind == "pname":
        prefix, _, local = value.partition(":")
        if prefix in declared:
            return declared[prefix] + local.replace("\\", "")
    raise Refused(400, "FROM must be followed by the IRI of one of the dataset's graphs")


def _check_graph(graph: str, known_graphs: set[str], clause: str) -> None:
    if graph in known_graphs:
        return
    if not _ABSOLUTE_IRI.match(graph):
        raise Refused(400, f"{clause} <{graph}>: use the absolute IRI of one of the dataset's graphs")
    raise Refused(400, f"{clause} <{graph}> is not a graph of this dataset; this endpoint never loads data "
                       f"from FROM IRIs. Its graphs: {', '.join(f'<{g}>' for g in sorted(known_graphs))}")


# ---------------------------------------------------------------------------------------------
# Content negotiation

RESULTS_JSON = "application/sparql-results+json"
RESULTS_XML = "application/sparql-results+xml"
RESULT_TYPES = (RESULTS_JSON, RESULTS_XML, "text/csv", "text/tab-separated-values")
GRAPH_TYPES = ("text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml")
_RESULT_ALIASES = {"application/json": RESULTS_JSON, "application/xml": RESULTS_XML, "text/xml": RESULTS_XML,
                   "json": RESULTS_JSON, "xml": RESULTS_XML, "csv": "text/csv",
                   "tsv": "text/tab-separated-values"}
_GRAPH_ALIASES = {"application/json": "application/ld+json", "application/x-turtle": "text/turtle",
                  "application/turtle": "text/turtle", "text/n3": "text/turtle", "text/plain": "application/n-triples",
                  "application/xml": "application/rdf+xml", "turtle": "text/turtle", "ttl": "text/turtle",
                  "n3": "text/turtle", "nt": "application/n-triples", "ntriples": "application/n-triples",
                  "n-triples": "application/n-triples", "json-ld": "application/ld+json",
                  "jsonld": "application/ld+json", "json": "application/ld+json", "xml": "application/rdf+xml",
                  "rdfxml": "application/rdf+xml"}
_GRAPH_FORMATS = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES,
                  "application/ld+json": ox.RdfFormat.JSON_LD, "application/rdf+xml": ox.RdfFormat.RDF_XML}


def _kind_of(form: str | None) -> str:
    return "graph" if form in ("CONSTRUCT", "DESCRIBE") else "results"


def negotiate(kind: str, formats: list[str] | None, accept: str | None) -> str | None:
    """The media type to answer with ("results" or "graph" kind), or None when nothing offered fits.

    `formats` are the values of the `format` parameter (some clients send it more than once, with a
    short name and a media type); the first one that fits wins over the Accept header.
    """
    supported, aliases = (GRAPH_TYPES, _GRAPH_ALIASES) if kind == "graph" else (RESULT_TYPES, _RESULT_ALIASES)
    if formats:
        wanted = [aliases.get(f.strip().lower(), f.strip().lower()) for f in formats]
        return next((w for w in wanted if w in supported), None)
    if not accept or not accept.strip():
        return supported[0]
    for media in _accepted(accept):
        if media in ("*/*", "*"):
            return supported[0]
        if media.endswith("/*"):
            match = next((s for s in supported if s.startswith(media[:-1])), None)
            if match:
                return match
            continue
        media = aliases.get(media, media)
        if media in supported:
            return media
    return None


def _accepted(accept: str) -> list[str]:
    """Media types of an Accept header, most wanted first (q=0 dropped)."""
    ranked = []
    for position, item in enumerate(accept.split(",")):
        media, *params = [part.strip() for part in item.split(";")]
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if media and quality > 0:
            ranked.append((-quality, position, media.lower()))
    return [media for _, _, media in sorted(ranked)]


# ---------------------------------------------------------------------------------------------
# Result serializers for SELECT (our own, so the row cap is applied before anything is written)

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


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


def write_solutions(names: list[str], rows: list[list], media_type: str) -> bytes:
    """SELECT results in one of RESULT_TYPES; `rows` hold pyoxigraph terms or None (unbound)."""
    if media_type == RESULTS_JSON:
        bindings = [{name: _json_term(term) for name, term in zip(names, row, strict=True) if term is not None}
                    for row in rows]
        document = {"head": {"vars": names}, "results": {"bindings": bindings}}
        return json.dumps(document, ensure_ascii=False).encode("utf-8")
    if media_type == RESULTS_XML:
        parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">',
                 "<head>", *(f"<variable name={quoteattr(n)}/>" for n in names), "</head><results>"]
        for row in rows:
            parts.append("<result>")
            parts.extend(f"<binding name={quoteattr(n)}>{_xml_term(t)}</binding>"
                         for n, t in zip(names, row, strict=True) if t is not None)
            parts.append("</result>")
        parts.append("</results></sparql>\n")
        return "".join(parts).encode("utf-8")
    if media_type == "text/csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(names)
        writer.writerows([_csv_value(t) for t in row] for row in rows)
        return out.getvalue().encode("utf-8")
    if media_type == "text/tab-separated-values":
        # str() of a pyoxigraph term is its N-Triples form, with tabs and newlines escaped
        lines = ["\t".join(f"?{n}" for n in names)]
        lines.extend("\t".join("" if t is None else str(t) for t in row) for row in rows)
        return ("\n".join(lines) + "\n").encode("utf-8")
    raise ValueError(f"not a results format: {media_type}")


_BOOLEAN_FORMATS = {RESULTS_JSON: ox.QueryResultsFormat.JSON, RESULTS_XML: ox.QueryResultsFormat.XML,
                    "text/csv": ox.QueryResultsFormat.CSV, "text/tab-separated-values": ox.QueryResultsFormat.TSV}


# ---------------------------------------------------------------------------------------------
# Worker processes


@dataclass(frozen=True)
class Job:
    query: str
    media_type: str | None
    default_graphs: tuple[str, ...] | None = None  # from default-graph-uri / named-graph-uri parameters
    named_graphs: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Reply:
    status: int
    content_type: str
    body: bytes


def error_reply(status: int, message: str) -> Reply:
    return Reply(status, "text/plain; charset=utf-8", (message.rstrip() + "\n").encode("utf-8"))


@dataclass(frozen=True)
class WorkerSettings:
    project: Project
    limits: Limits


def forbid_new_sockets() -> bool:
    """Make socket() and connect() fail with EPERM in this process and every thread it starts later.

    A seccomp filter (Linux x86-64 and arm64); returns False where it cannot be installed.
    """
    known = {"x86_64": (0xC000003E, (41, 42)), "aarch64": (0xC00000B7, (198, 203))}
    if sys.platform != "linux" or platform.machine() not in known:
        return False
    audit_arch, (socket_nr, connect_nr) = known[platform.machine()]

    class SockFilter(ctypes.Structure):
        _fields_ = [("code", ctypes.c_ushort), ("jt", ctypes.c_ubyte), ("jf", ctypes.c_ubyte),
                    ("k", ctypes.c_uint32)]

    class SockFprog(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.POINTER(SockFilter))]

    load, jump_eq, ret = 0x20, 0x15, 0x06
    allow, deny_eperm = 0x7FFF0000, 0x00050000 | 1
    program = [
        (load, 0, 0, 4),  # architecture
        (jump_eq, 0, 3, audit_arch),
        (load, 0, 0, 0),  # system call number
        (jump_eq, 2, 0, socket_nr),
        (jump_eq, 1, 0, connect_nr),
        (ret, 0, 0, allow),
        (ret, 0, 0, deny_eperm),
    ]
    filters = (SockFilter * len(program))(*[SockFilter(*op) for op in program])
    fprog = SockFprog(len(program), filters)
    libc = ctypes.CDLL(None, use_errno=True)
    no_new_privs, set_seccomp, mode_filter = 38, 22, 2
    if libc.prctl(no_new_privs, 1, 0, 0, 0) != 0:
        return False
    return libc.prctl(set_seccomp, mode_filter, ctypes.byref(fprog), 0, 0) == 0


WORKER_COMMAND = ("import sys; from chaingraph.web.server import worker_main; "
                  "worker_main(int(sys.argv[1]), int(sys.argv[2]))")


def worker_main(read_fd: int, write_fd: int) -> None:
    """A query worker's life: settings, then one reply per job until the server closes the pipe."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    forbid_new_sockets()
    jobs, replies = Connection(read_fd, writable=False), Connection(write_fd, readable=False)
    settings: WorkerSettings = jobs.recv()
    _serve_jobs(jobs, replies, settings)


def _serve_jobs(jobs: Connection, conn: Connection, settings: WorkerSettings) -> None:
    memory = settings.limits.memory_mb * 1024 * 1024
    try:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    except (ValueError, OSError):
        pass
    store = open_store(settings.project)
    conn.send("ready")
    prefixes = chaingraph_prefixes(settings.project.base)
    while True:
        try:
            job = jobs.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        try:
            reply = run_job(store, job, settings.limits, prefixes)
        except Exception:  # the client gets a message; the operator gets the traceback
            traceback.print_exc(file=sys.stderr)
            reply = error_reply(500, "internal error while running the query")
        conn.send(reply)


def run_job(store: ox.Store, job: Job, limits: Limits, prefixes: dict[str, str]) -> Reply:
    """Run one query on `store` and serialize its answer within the row and size limits."""
    options: dict = {"prefixes": prefixes}
    if job.default_graphs is not None or job.named_graphs is not None:
        options["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs or ()]
        options["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs or ()]
    # otherwise the query's own FROM / FROM NAMED, or the store's default graph: the merge of
    # the named graphs (chaingraph.dataset.store)
    try:
        result = store.query(job.query, **options)
        return _serialize(result, job, limits, prefixes)
    except SyntaxError as err:
        return error_reply(400, f"query syntax error: {err}")
    except PermissionError:
        return error_reply(403, SERVICE_REFUSED)
    except (ValueError, TypeError, OSError) as err:
        return error_reply(400, f"query failed: {err}")


def _serialize(result, job: Job, limits: Limits, prefixes: dict[str, str]) -> Reply:
    too_many = (f"the answer has more than {limits.max_rows} rows, this endpoint's limit; "
                "add a LIMIT or narrow the query")
    if isinstance(result, ox.QueryBoolean):
        media = job.media_type if job.media_type in RESULT_TYPES else RESULTS_JSON
        return Reply(200, media, result.serialize(format=_BOOLEAN_FORMATS[media]))
    if isinstance(result, ox.QuerySolutions):
        media = job.media_type if job.media_type in RESULT_TYPES else RESULTS_JSON
        variables = result.variables
        rows = [[solution[v] for v in variables] for solution in islice(result, limits.max_rows + 1)]
        if len(rows) > limits.max_rows:
            return error_reply(400, too_many)
        body = write_solutions([v.value for v in variables], rows, media)
    else:
        media = job.media_type if job.media_type in GRAPH_TYPES else GRAPH_TYPES[0]
        triples = list(islice(result, limits.max_rows + 1))
        if len(triples) > limits.max_rows:
            return error_reply(400, too_many.replace("rows", "triples"))
        fmt = _GRAPH_FORMATS[media]
        with_prefixes = fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML)
        body = ox.serialize(triples, format=fmt, prefixes=prefixes if with_prefixes else None)
    if len(body) > limits.max_response_bytes:
        return error_reply(400, f"the answer is larger than {limits.max_response_bytes} bytes, this endpoint's "
                                "limit; add a LIMIT or select fewer columns")
    return Reply(200, media, body)


@dataclass
class _Worker:
    process: subprocess.Popen
    jobs: Connection
    replies: Connection


class QueryWorkers:
    """A fixed number of worker processes; a query that overruns the time limit costs its worker."""

    def __init__(self, project: Project, limits: Limits):
        self.settings = WorkerSettings(project, limits)
        self.limits = limits
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._closed = False
        self._lock = threading.Lock()
        self._workers: list[_Worker] = []
        try:
            for _ in range(limits.workers):
                self._idle.put(self._start_worker())
        except BaseException:
            self.close()
            raise

    def _start_worker(self) -> _Worker:
        job_read, job_write = os.pipe()
        reply_read, reply_write = os.pipe()
        process = subprocess.Popen([sys.executable, "-c", WORKER_COMMAND, str(job_read), str(reply_write)],
                                   pass_fds=(job_read, reply_write),
                                   stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                   env={**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)},
                                   start_new_session=True)  # Ctrl-C in a terminal reaches only the server
        os.close(job_read)
        os.close(reply_write)
        worker = _Worker(process, Connection(job_write, readable=False), Connection(reply_read, writable=False))
        with self._lock:
            self._workers.append(worker)
        worker.jobs.send(self.settings)
        if not worker.replies.poll(120) or worker.replies.recv() != "ready":
            self._retire(worker)
            raise RuntimeError("a query worker did not start; see the messages above")
        return worker

    def _retire(self, worker: _Worker) -> None:
        worker.process.kill()
        worker.process.wait(10)
        worker.jobs.close()
        worker.replies.close()
        with self._lock:
            if worker in self._workers:
                self._workers.remove(worker)

    def _replace(self, worker: _Worker) -> None:
        """Kill `worker` and start a fresh one in the background, so the client gets its answer now."""
        self._retire(worker)

        def start() -> None:
            try:
                fresh = self._start_worker()
            except Exception:
                traceback.print_exc(file=sys.stderr)
                return
            if self._closed:
                self._retire(fresh)
            else:
                self._idle.put(fresh)

        threading.Thread(target=start, daemon=True).start()

    def run(self, job: Job) -> Reply:
        if self._closed:
            return error_reply(503, "the server is shutting down")
        try:
            worker = self._idle.get(timeout=self.limits.queue_wait)
        except queue.Empty:
            return error_reply(503, f"all {self.limits.workers} query workers are busy; try again shortly")
        try:
            worker.jobs.send(job)
            if worker.replies.poll(self.limits.time_limit):
                reply = worker.replies.recv()
                self._idle.put(worker)
                return reply
        except (EOFError, OSError):
            self._replace(worker)
            return error_reply(500, "the query stopped its worker (it may have needed too much memory); "
                                    "the server is still up")
        self._replace(worker)
        return error_reply(503, f"the query ran past this endpoint's time limit of {self.limits.time_limit:g} s "
                                "and was stopped; narrow it (for example bound property paths or add a LIMIT)")

    def close(self) -> None:
        self._closed = True
        with self._lock:
            workers = list(self._workers)
        for worker in workers:
            self._retire(worker)


# ---------------------------------------------------------------------------------------------
# The application: what the HTTP handler serves


@dataclass(frozen=True)
class Example:
    name: str
    zh: str
    en: str
    query: str


def load_examples(folder: Path) -> list[Example]:
    """The query library (queries/*.rq) with the `# zh:` and `# en:` questions of each file."""
    examples = []
    for path in sorted(folder.glob("*.rq")) if folder.is_dir() else []:
        text = path.read_text(encoding="utf-8")
        questions = dict(re.findall(r"^#\s*(zh|en)\s*:\s*(.+?)\s*$", text, flags=re.MULTILINE))
        examples.append(Example(path.stem, questions.get("zh", ""), questions.get("en", path.stem), text))
    return examples


def graph_counts(project: Project) -> dict[str, int]:
    """Triples per named graph of the built dataset."""
    counts: dict[str, int] = {}
    for quad in named_graph_quads(open_store(project)):
        if isinstance(quad.graph_name, ox.NamedNode):
            counts[quad.graph_name.value] = counts.get(quad.graph_name.value, 0) + 1
    return dict(sorted(counts.items()))


@dataclass
class App:
    project: Project
    limits: Limits
    base_url: str
    graphs: dict[str, int]
    examples: list[Example]
    workers: QueryWorkers
    quiet: bool = False
    prefixes: dict[str, str] = field(default_factory=dict)

    def query(self, text: str, params: dict[str, list[str]], accept: str | None) -> Reply:
        known = set(self.graphs)
        plan = inspect_query(text, known, self.prefixes)
        media = negotiate(_kind_of(plan.form), params.get("format"), accept)
        if media is None:
            offered = GRAPH_TYPES if _kind_of(plan.form) == "graph" else RESULT_TYPES
            raise Refused(406, f"cannot answer in the requested format; this query's answer is available as: "
                               f"{', '.join(offered)}")
        default_graphs = params.get("default-graph-uri")
        named_graphs = params.get("named-graph-uri")
        for graph in default_graphs or ():
            _check_graph(graph, known, "default-graph-uri")
        for graph in named_graphs or ():
            _check_graph(graph, known, "named-graph-uri")
        protocol_dataset = default_graphs is not None or named_graphs is not None
        job = Job(text, media,
                  tuple(default_graphs or ()) if protocol_dataset else None,
                  tuple(named_graphs or ()) if protocol_dataset else None)
        return self.workers.run(job)

    def service_description(self, accept: str | None) -> Reply:
        media = negotiate("graph", None, accept) or "text/turtle"
        if media not in ("text/turtle", "application/ld+json"):
            media = "text/turtle"
        triples = service_description_triples(f"{self.base_url}/sparql", self.graphs)
        fmt = ox.RdfFormat.TURTLE if media == "text/turtle" else ox.RdfFormat.JSON_LD
        names = {"sd": SD, "void": VOID_NS, "formats": FORMATS_NS, "xsd": "http://www.w3.org/2001/XMLSchema#"}
        return Reply(200, media, ox.serialize(triples, format=fmt,
                                              prefixes=names if fmt == ox.RdfFormat.TURTLE else None))

    def examples_json(self) -> bytes:
        document = {"prefixes": self.prefixes,
                    "examples": [{"name": e.name, "zh": e.zh, "en": e.en, "query": e.query} for e in self.examples]}
        return json.dumps(document, ensure_ascii=False).encode("utf-8")


def _single(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name)
    if not values:
        return None
    if len(values) > 1:
        raise Refused(400, f"give the {name} parameter once")
    return values[0]


SD = "http://www.w3.org/ns/sparql-service-description#"
VOID_NS = "http://rdfs.org/ns/void#"
FORMATS_NS = "http://www.w3.org/ns/formats/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def service_description_triples(endpoint: str, graphs: dict[str, int]) -> list[ox.Triple]:
    """An sd:Service naming the endpoint, the language, the result formats and the dataset's graphs."""
    def sd(name):
        return ox.NamedNode(SD + name)

    def count(n: int):
        return ox.Literal(str(n), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))

    service, dataset, default_graph = ox.NamedNode(endpoint), ox.BlankNode("dataset"), ox.BlankNode("default")
    triples = [
        ox.Triple(service, RDF_TYPE, sd("Service")),
        ox.Triple(service, sd("endpoint"), ox.NamedNode(endpoint)),
        ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
        ox.Triple(service, sd("feature"), sd("UnionDefaultGraph")),
        ox.Triple(service, sd("defaultDataset"), dataset),
        ox.Triple(dataset, RDF_TYPE, sd("Dataset")),
        ox.Triple(dataset, sd("defaultGraph"), default_graph),
        ox.Triple(default_graph, RDF_TYPE, sd("Graph")),
        ox.Triple(default_graph, ox.NamedNode(VOID_NS + "triples"), count(sum(graphs.values()))),
    ]
    for name in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                 "Turtle", "N-Triples", "JSON-LD", "RDF_XML"):
        triples.append(ox.Triple(service, sd("resultFormat"), ox.NamedNode(FORMATS_NS + name)))
    for index, (graph, n) in enumerate(graphs.items()):
        named, described = ox.BlankNode(f"named{index}"), ox.BlankNode(f"graph{index}")
        triples += [
            ox.Triple(dataset, sd("namedGraph"), named),
            ox.Triple(named, RDF_TYPE, sd("NamedGraph")),
            ox.Triple(named, sd("name"), ox.NamedNode(graph)),
            ox.Triple(named, sd("graph"), described),
            ox.Triple(described, RDF_TYPE, sd("Graph")),
            ox.Triple(described, ox.NamedNode(VOID_NS + "triples"), count(n)),
        ]
    return triples


# ---------------------------------------------------------------------------------------------
# HTTP

PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'"
EXPLORER_POLICY = ("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
                   "img-src 'self' data:; base-uri 'none'")
_SAFE_FILE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_STATIC_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
                 ".css": "text/css; charset=utf-8", ".json": "application/json",
                 ".ttl": "text/turtle", ".nt": "application/n-triples", ".nq": "application/n-quads",
                 ".trig": "application/trig", ".jsonld": "application/ld+json", ".rdf": "application/rdf+xml",
                 ".svg": "image/svg+xml", ".png": "image/png", ".graphml": "application/xml"}


class Handler(BaseHTTPRequestHandler):
    server_version = "chaingraph"
    sys_version = ""
    protocol_version = "HTTP/1.1"
    timeout = 30  # seconds a client may take to send its request

    @property
    def app(self) -> App:
        return self.server.app  # type: ignore[attr-defined]

    # --- plumbing

    def log_message(self, format, *args):  # noqa: A002 - the name http.server uses
        if not self.app.quiet:
            sys.stderr.write(f"{self.address_string()} - {format % args}\n")

    def send_error(self, code, message=None, explain=None):
        """http.server's own errors (bad request line, headers too long...) as plain text too."""
        if self.request_version == "HTTP/0.9":  # an unparsable request line: still send a status line
            self.request_version = "HTTP/1.0"
        self._send(error_reply(code, message or self.responses.get(code, ("error",))[0]), close=True)

    def _send(self, reply: Reply, headers: dict[str, str] | None = None, close: bool = False) -> None:
        self.send_response(reply.status)
        content_type = reply.content_type
        if "charset" not in content_type and (content_type.startswith("text/") or content_type.endswith("json")):
            content_type += "; charset=utf-8"
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Cache-Control", "no-store")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if close:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(reply.body)

    def _guarded(self, route) -> None:
        try:
            route()
        except Refused as refusal:
            self._send(error_reply(refusal.status, refusal.message), close=refusal.status == 413)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        except Exception:
            traceback.print_exc(file=sys.stderr)
            self._send(error_reply(500, "internal error; the server is still up"), close=True)

    def do_GET(self) -> None:
        self._guarded(self._get)

    def do_HEAD(self) -> None:
        self._guarded(self._get)

    def do_POST(self) -> None:
        self._guarded(self._post)

    def _refuse_writes(self) -> None:
        self._guarded(lambda: self._send(error_reply(405, UPDATES_REFUSED), {"Allow": "GET, POST"}))

    do_PUT = do_DELETE = do_PATCH = _refuse_writes

    # --- routes

    def _get(self) -> None:
        url = urlsplit(self.path)
        params = _parse_params(url.query)
        accept = self.headers.get("Accept")
        if url.path == "/sparql":
            if "update" in params:
                raise Refused(403, UPDATES_REFUSED)
            text = _single(params, "query")
            if text is None:
                self._send(self.app.service_description(accept))
            else:
                self._send(self.app.query(text, params, accept))
        elif url.path == "/service-description":
            self._send(self.app.service_description(accept))
        elif url.path in ("/", "/query"):
            self._send(Reply(200, "text/html; charset=utf-8", QUERY_PAGE.encode("utf-8")),
                       {"Content-Security-Policy": PAGE_POLICY})
        elif url.path == "/query.js":
            self._send(Reply(200, "text/javascript; charset=utf-8", QUERY_SCRIPT.encode("utf-8")))
        elif url.path == "/query.css":
            self._send(Reply(200, "text/css; charset=utf-8", QUERY_STYLE.encode("utf-8")))
        elif url.path == "/examples.json":
            self._send(Reply(200, "application/json", self.app.examples_json()))
        elif url.path == "/explorer":
            self._send(Reply(301, "text/plain; charset=utf-8", b"see /explorer/\n"), {"Location": "/explorer/"})
        elif url.path.startswith("/explorer/"):
            self._send_output_file(url.path.removeprefix("/explorer/") or EXPLORER_PAGE)
        else:
            raise Refused(404, f"nothing at {url.path}; the endpoint is /sparql, the query page is /")

    def _send_output_file(self, name: str) -> None:
        """A file of the build's output folder (the explorer and what it links to), by plain name only."""
        folder = self.app.project.output_dir
        path = folder / name
        if not _SAFE_FILE_NAME.match(name) or not path.is_file():
            hint = " (run `chaingraph build` first)" if name == EXPLORER_PAGE else ""
            raise Refused(404, f"no {name} among the build's outputs{hint}")
        content_type = _STATIC_TYPES.get(path.suffix, "application/octet-stream")
        self._send(Reply(200, content_type, path.read_bytes()), {"Content-Security-Policy": EXPLORER_POLICY})

    def _post(self) -> None:
        url = urlsplit(self.path)
        if url.path != "/sparql":
            raise Refused(404, f"nothing to POST to at {url.path}; the endpoint is /sparql")
        params = _parse_params(url.query)
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if content_type == "application/sparql-update":
            raise Refused(403, UPDATES_REFUSED)
        body = self._read_body()
        if content_type == "application/x-www-form-urlencoded":
            form = _parse_params(body)
            if "update" in form:
                raise Refused(403, UPDATES_REFUSED)
            if "query" in params:
                raise Refused(400, "give the query in the body or in the URL, not both")
            for name, values in form.items():
                params.setdefault(name, []).extend(values)
            text = _single(params, "query")
            if text is None:
                raise Refused(400, "the form has no query parameter")
        elif content_type == "application/sparql-query":
            text = body
        else:
            raise Refused(415, "POST a query as application/sparql-query or application/x-www-form-urlencoded")
        if "update" in params:
            raise Refused(403, UPDATES_REFUSED)
        self._send(self.app.query(text, params, self.headers.get("Accept")))

    def _read_body(self) -> str:
        """The request body as text, refused unread when it declares more than the limit."""
        if self.headers.get("Transfer-Encoding"):
            raise Refused(411, "send the body with a Content-Length (chunked bodies are not accepted)")
        try:
            length = int(self.headers.get("Content-Length") or "0")
        except ValueError:
            raise Refused(400, "Content-Length is not a number") from None
        limit = self.app.limits.max_body_bytes
        if length < 0:
            raise Refused(400, "Content-Length is negative")
        if length > limit:
            raise Refused(413, f"the request body ({length} bytes) is larger than this endpoint's limit of "
                               f"{limit} bytes")
        data = self.rfile.read(length)
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            raise Refused(400, "the request body is not UTF-8") from None


def _parse_params(text: str) -> dict[str, list[str]]:
    try:
        return parse_qs(text, keep_blank_values=True, strict_parsing=False, errors="strict")
    except UnicodeDecodeError:
        raise Refused(400, "the parameters are not UTF-8") from None


TOO_MANY_CONNECTIONS = (b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
                        b"Connection: close\r\nContent-Length: 32\r\n\r\ntoo many connections; try again\n")


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    # socketserver's default backlog of 5 overflows when dozens of clients connect at once: their
    # connections were reset or waited a second for a SYN retry (benchmarks/load.py, 50 clients)
    request_queue_size = 128
    app: App

    def __init__(self, address, app_factory):
        super().__init__(address, Handler)
        host, port = self.server_address[:2]
        try:
            self.app = app_factory(f"http://{_url_host(host)}:{port}")
        except BaseException:
            self.server_close()
            raise
        self._connections = threading.BoundedSemaphore(self.app.limits.max_connections)

    def process_request(self, request, client_address):
        """Refuse at once, rather than queue a thread, when too many connections are open."""
        if not self._connections.acquire(blocking=False):
            try:
                request.sendall(TOO_MANY_CONNECTIONS)
            except OSError:
                pass
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request, client_address):
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._connections.release()

    @property
    def url(self) -> str:
        return self.app.base_url

    def close(self) -> None:
        """Stop serving and stop the query workers (call from another thread than serve_forever's)."""
        self.shutdown()
        self.server_close()
        self.app.workers.close()


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def make_server(project: Project, host: str = "127.0.0.1", port: int = 7070, limits: Limits | None = None,
                quiet: bool = False) -> SparqlServer:
    """A server bound to host:port (port 0: any free port) with its query workers started.

    Run it with `serve_forever()`; stop it with `close()` from another thread.
    Raises chaingraph.core.problems.InputError when there is no built dataset.
    """
    limits = limits or Limits()
    graphs = graph_counts(project)  # also checks, before binding, that a built dataset exists
    examples = load_examples(project.queries)

    def app_factory(base_url: str) -> App:
        workers = QueryWorkers(project, limits)
        return App(project, limits, base_url, graphs, examples, workers, quiet, chaingraph_prefixes(project.base))

    return SparqlServer((host, port), app_factory)


def start_in_thread(server: SparqlServer) -> threading.Thread:
    thread = threading.Thread(target=server.serve_forever, name="chaingraph-serve", daemon=True)
    thread.start()
    return thread


# ---------------------------------------------------------------------------------------------
# The query page: static HTML, a same-origin script and style (no CDN, no inline script)

QUERY_PAGE = """<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>chaingraph SPARQL 查询 · query</title>
<link rel="stylesheet" href="/query.css">
<script src="/query.js" defer></script>
</head>
<body>
<header>
  <h1>chaingraph SPARQL</h1>
  <nav><a href="/explorer/">产业链浏览 · explorer</a> ·
       <a href="/service-description">服务描述 · service description</a></nav>
</header>
<main>
  <section id="library">
    <h2>问题库 · questions</h2>
    <ul id="examples"></ul>
  </section>
  <section id="editor">
    <form id="query-form">
      <label for="query">SPARQL（前缀 cg:、id: 等已预先声明 · common prefixes are predeclared）</label>
      <textarea id="query" name="query" rows="14" spellcheck="false">SELECT ?capacity ?label ?value ?unit WHERE {
  ?capacity a cg:Capacity ; rdfs:label ?label ; cg:value ?value ; cg:unitCode ?unit .
  FILTER (lang(?label) = "zh")
}</textarea>
      <button type="submit" id="run">运行 · Run</button>
      <span id="status" role="status"></span>
    </form>
    <div id="results"></div>
  </section>
</main>
</body>
</html>
"""

QUERY_STYLE = """body { font-family: "Noto Sans CJK SC", "Noto Sans", sans-serif; margin: 0; color: #1d232a; }
header { background: #18425c; color: #fff; padding: .6rem 1rem; display: flex; gap: 2rem; align-items: baseline; }
header a { color: #d6ecff; }
h1 { font-size: 1.3rem; margin: 0; }
main { display: grid; grid-template-columns: minmax(14rem, 22rem) 1fr; gap: 1rem; padding: 1rem; }
#examples { list-style: none; padding: 0; }
#examples button { text-align: left; width: 100%; margin: .15rem 0; padding: .35rem; background: #eef4f8;
  border: 1px solid #c4d6e3; border-radius: 4px; cursor: pointer; }
#examples .en { display: block; color: #52616d; font-size: .85em; }
textarea { width: 100%; font-family: "Noto Sans Mono CJK SC", monospace; font-size: .9rem; box-sizing: border-box; }
#status { margin-left: 1rem; color: #52616d; }
#status.error { color: #a31515; }
table { border-collapse: collapse; margin-top: 1rem; font-size: .9rem; }
th, td { border: 1px solid #c4d6e3; padding: .25rem .5rem; vertical-align: top; text-align: left; }
th { background: #eef4f8; }
pre { white-space: pre-wrap; background: #f6f8fa; padding: .5rem; }
"""

QUERY_SCRIPT = """'use strict';
// Builds every piece of the page with textContent: data from the store is never parsed as HTML.
let prefixes = {};

function compact(iri) {
  let best = null;
  for (const [name, ns] of Object.entries(prefixes)) {
    if (iri.startsWith(ns) && (!best || ns.length > best[1].length)) best = [name, ns];
  }
  return best ? best[0] + ':' + iri.slice(best[1].length) : '<' + iri + '>';
}

function termText(term) {
  if (!term) return '';
  if (term.type === 'uri') return compact(term.value);
  if (term.type === 'bnode') return '_:' + term.value;
  if (term.type === 'literal') {
    if (term['xml:lang']) return term.value + ' @' + term['xml:lang'];
    return term.value;
  }
  return JSON.stringify(term.value);
}

function showStatus(text, isError) {
  const status = document.getElementById('status');
  status.textContent = text;
  status.className = isError ? 'error' : '';
}

function showTable(data) {
  const results = document.getElementById('results');
  results.replaceChildren();
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const name of data.head.vars) {
    const th = document.createElement('th');
    th.textContent = '?' + name;
    head.appendChild(th);
  }
  const body = table.createTBody();
  for (const binding of data.results.bindings) {
    const row = body.insertRow();
    for (const name of data.head.vars) {
      const cell = row.insertCell();
      cell.textContent = termText(binding[name]);
      if (binding[name] && binding[name].type === 'uri') cell.title = binding[name].value;
    }
  }
  results.appendChild(table);
  showStatus(data.results.bindings.length + ' 行 · rows', false);
}

function showText(text) {
  const results = document.getElementById('results');
  const pre = document.createElement('pre');
  pre.textContent = text;
  results.replaceChildren(pre);
}

async function runQuery(event) {
  event.preventDefault();
  const query = document.getElementById('query').value;
  showStatus('…', false);
  document.getElementById('results').replaceChildren();
  try {
    const response = await fetch('/sparql', {
      method: 'POST',
      headers: {'Content-Type': 'application/sparql-query',
                'Accept': 'application/sparql-results+json, text/turtle;q=0.9'},
      body: query,
    });
    const text = await response.text();
    if (!response.ok) { showStatus(response.status + ': ' + text, true); return; }
    const type = response.headers.get('Content-Type') || '';
    if (type.startsWith('application/sparql-results+json')) {
      const data = JSON.parse(text);
      if ('boolean' in data) { showText(String(data.boolean)); showStatus('ASK', false); }
      else showTable(data);
    } else { showText(text); showStatus('', false); }
  } catch (err) {
    showStatus(String(err), true);
  }
}

async function loadExamples() {
  const response = await fetch('/examples.json');
  const data = await response.json();
  prefixes = data.prefixes;
  const list = document.getElementById('examples');
  for (const example of data.examples) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.name = example.name;
    const zh = document.createElement('span');
    zh.textContent = example.zh || example.name;
    const en = document.createElement('span');
    en.className = 'en';
    en.textContent = example.en;
    button.append(zh, en);
    button.addEventListener('click', () => { document.getElementById('query').value = example.query; });
    item.appendChild(button);
    list.appendChild(item);
  }
}

document.getElementById('query-form').addEventListener('submit', runQuery);
loadExamples();
"""
