"""The build cache: what one source contributes, kept under a key of everything it was made from.

A build that finds a source unchanged reads that source's quads back from the cache instead of
making them again, and validates with SHACL only the nodes a changed source touches
(dataset/focus.py). The loader reads back, for each unchanged facts file, what the file says (its
record, facts/records.py, as JSON) instead of parsing and checking the YAML again; the checks
across sources (duplicate ids, classes and labels given twice, functional properties, conflicts)
run on every file's record, so they see the whole region, and the outputs are made from the
whole dataset. A clean build and an
incremental build therefore give the same bytes (tests/test_incremental.py).

The key of a source is a SHA-256 over the chaingraph version and the code that makes the quads
(`code_digest`), the versions of Python and of the libraries the quads depend on (`environment`;
a file that is absent differs from an empty one), the base IRI, the ontology, the shapes, every
reference file, the source's own files in data/sources/ and the facts files that state something
in its graph. Any change to any of them gives a new key, so a stale entry is never read; entries
no build uses any more are removed after each successful build.

The cache lives in the output folder, as `.cache/` (CACHE_FOLDER): it is derived from the same
inputs as the outputs, a build into another `--outputs` folder gets its own, and removing the
output folder is a clean build. Entries are N-Quads, the format pyoxigraph reads fastest, and
JSON: the facts files' records, what `void.ttl` counts of each source's own nodes
(dataset/voidcounts.py, under the source's key) and the manifest; nothing in it is executable.
The manifest records each source entry's SHA-256: an entry whose bytes still have it is read
without checking every IRI again, any other is read strictly.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.metadata
import json
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

import chaingraph
from chaingraph.core.atomic import write_atomic
from chaingraph.core.project import Project

CACHE_FOLDER = ".cache"
MANIFEST = "manifest.json"
INFERRED = "inferred.nq"  # the last build's inferred graph, derived from every source at once
COUNTS = ".void.json"  # after a source's key: what void.ttl counts of its own nodes (dataset/voidcounts.py)


def shared_inputs_key(project: Project) -> str:
    """The digest of what every source's quads and findings depend on besides the source itself."""
    digest = hashlib.sha256(f"chaingraph {chaingraph.__version__} {code_digest()}\n{environment()}\n"
                            f"{project.base}\n".encode())
    reference = sorted(project.reference.glob("*.yaml")) if project.reference.is_dir() else []
    for path in [project.ontology, project.shapes, *reference]:
        _add_file(digest, path)
    return digest.hexdigest()


# The layers that make a source's quads and a facts file's record: a change to their code between
# two builds (the version stays the same while chaingraph is worked on) must not reuse old entries.
_QUAD_MAKING_LAYERS = ("core", "sources", "facts", "dataset")


@functools.cache
def code_digest() -> str:
    """A digest of chaingraph's code that makes what the cache keeps (read once per process)."""
    return code_digest_of(Path(chaingraph.__file__).parent)


def code_digest_of(package: Path) -> str:
    """A digest of the Python files of the layers under `package` that make what the cache keeps."""
    digest = hashlib.sha256()
    for layer in _QUAD_MAKING_LAYERS:
        for path in sorted((package / layer).rglob("*.py")):
            digest.update(f"\n{path.relative_to(package).as_posix()}\n".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


# The libraries whose behaviour shapes the quads and records: the RDF terms, the YAML reading, the
# normalization of text (Unicode data comes with Python).
_LIBRARIES = ("pyoxigraph", "rdflib", "PyYAML", "jieba", "opencc")


@functools.cache
def environment() -> str:
    """Python's version and Unicode data, and the versions of the libraries the cache depends on:
    an upgrade between two builds must not reuse what the old versions made."""
    versions = []
    for name in _LIBRARIES:
        try:
            versions.append(f"{name} {importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            versions.append(f"{name} absent")
    return f"python {sys.version} unicode {unicodedata.unidata_version}; " + ", ".join(versions)


def source_key(shared: str, source_files: list[Path], facts_files: list[Path]) -> str:
    """The key of one source: the shared inputs, its own files and the facts files stating into it."""
    digest = hashlib.sha256(shared.encode())
    for path in sorted(source_files) + [Path("--facts--")] + sorted(facts_files):
        _add_file(digest, path)
    return digest.hexdigest()


def _add_file(digest, path: Path) -> None:
    digest.update(f"\n{path.name}\n".encode())  # the folder is given by the role of the file
    try:
        content = path.read_bytes()
    except FileNotFoundError:
        digest.update(b"\0absent\0")  # not the same as an empty file
        return
    digest.update(f"{len(content)}\n".encode())
    digest.update(content)


@dataclass
class BuildCache:
    """The cache folder of one output folder: source quads by key, and the last build's manifest.

    Nothing is written until `finish`, which a build calls under the build lock once its outputs
    are in place: a failed build leaves the cache as it was, like the outputs."""

    folder: Path
    used: set[str] = field(default_factory=set)
    new: dict[str, list[ox.Quad]] = field(default_factory=dict)
    new_records: dict[str, bytes] = field(default_factory=dict)  # facts files' records (facts/records.py), as JSON
    new_counts: dict[str, bytes] = field(default_factory=dict)  # sources' counts for void.ttl, as JSON
    digests: dict[str, str] = field(default_factory=dict)  # key -> SHA-256 of its N-Quads as read or written
    _manifest_digests: dict | None = field(default=None, repr=False)  # the last build's, read on first use

    @classmethod
    def of(cls, project: Project) -> BuildCache:
        return cls(project.output_dir / CACHE_FOLDER)

    def quads(self, key: str, use: bool = True) -> list[ox.Quad] | None:
        """The quads cached under `key`, or None; `use=False` reads an entry this build will drop.

        An entry whose bytes have the digest the last build's manifest records for it is what a
        build wrote, valid N-Quads: it is parsed without checking every IRI again (twice as fast).
        Any other entry is parsed strictly, and a damaged one is not used."""
        try:
            data = (self.folder / f"{key}.nq").read_bytes()
        except OSError:  # absent, or removed by another build meanwhile
            return None
        digest = hashlib.sha256(data).hexdigest()
        trusted = digest == self._recorded_digests().get(key)
        try:
            quads = list(ox.parse(data, format=ox.RdfFormat.N_QUADS, lenient=trusted))
        except (SyntaxError, ValueError):
            return None
        if use:
            self.used.add(key)
            self.digests[key] = digest
        return quads

    def _recorded_digests(self) -> dict[str, str]:
        if self._manifest_digests is None:
            digests = self.manifest().get("digests", {})
            self._manifest_digests = digests if isinstance(digests, dict) else {}
        return self._manifest_digests

    def inferred_changes(self, inferred: bytes) -> tuple[list[ox.Quad], list[ox.Quad]] | None:
        """The quads the last successful build's inferred graph has and `inferred` (this build's,
        as N-Quads) has not, and the other way round; None when the last one is not known. The
        lines are compared as bytes: most of the graph is unchanged, and only what differs is
        parsed."""
        try:
            old = set((self.folder / INFERRED).read_bytes().splitlines())
        except OSError:
            return None
        new = set(inferred.splitlines())
        try:
            return _parsed(old - new), _parsed(new - old)
        except (SyntaxError, ValueError):  # a damaged entry: the last graph is not known
            return None

    def keep(self, key: str, quads: list[ox.Quad]) -> None:
        """Cache `quads` under `key` when the build succeeds."""
        self.new[key] = quads
        self.used.add(key)

    def record(self, key: str) -> dict | None:
        """The facts file record kept under `key` (JSON), or None."""
        try:
            return json.loads((self.folder / f"{key}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def keep_record(self, key: str, data: dict | None) -> None:
        """Keep a facts file's record under `key` when the build succeeds (None: the one kept is used)."""
        if data is not None:  # kept as their JSON text: a fraction of the dicts' memory until `finish`
            self.new_records[key] = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        self.used.add(key)

    def counts(self, key: str) -> dict | None:
        """What `void.ttl` counts of the nodes the source of `key` mints (dataset/voidcounts.py),
        as kept under its key (JSON), or None."""
        try:
            return json.loads((self.folder / f"{key}{COUNTS}").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def keep_counts(self, key: str, data: bytes) -> None:
        """Keep a source's counts (their JSON) under `key` when the build succeeds."""
        self.new_counts[key] = data
        self.used.add(key)

    def manifest(self) -> dict:
        """The last successful build's record: its shared key and each source's key ({} when
        there is none, or it is not such a record: the build then validates everything)."""
        try:
            record = json.loads((self.folder / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not (isinstance(record, dict) and isinstance(record.get("shared"), str)
                and isinstance(record.get("sources"), dict)
                and all(isinstance(key, str) for key in record["sources"].values())):
            return {}
        if not isinstance(record.get("layouts"), dict):  # where the RDF files' parts stand: none known
            record["layouts"] = {}
        return record

    def finish(self, shared: str, keys: dict[str, str], inferred: bytes, layouts: dict | None = None) -> None:
        """Write the new entries and the build's inferred graph, record this build as the last
        successful one, drop unused entries. `layouts` are where the graphs' texts stand in the
        RDF files just written, by format (dataset/fileparts.py): the next build copies them.

        Each file is written atomically: a killed build leaves no half entry."""
        for key, quads in sorted(self.new.items()):
            data = nquads(quads)
            write_atomic(self.folder / f"{key}.nq", data)
            self.digests[key] = hashlib.sha256(data).hexdigest()
        write_atomic(self.folder / INFERRED, inferred)
        for key, data in sorted(self.new_records.items()):
            write_atomic(self.folder / f"{key}.json", data)
        for key, data in sorted(self.new_counts.items()):
            write_atomic(self.folder / f"{key}{COUNTS}", data)
        record = {"shared": shared, "sources": dict(sorted(keys.items())),
                  "digests": {key: self.digests[key] for key in sorted(set(keys.values()) & set(self.digests))},
                  "layouts": layouts or {}}
        write_atomic(self.folder / MANIFEST, json.dumps(record, indent=1).encode("utf-8"))
        for entry in [*self.folder.glob("*.nq"), *self.folder.glob("*.json")]:
            if entry.name.split(".")[0] not in self.used and entry.name not in (INFERRED, MANIFEST):
                with contextlib.suppress(FileNotFoundError):
                    entry.unlink()


def nquads(quads: list[ox.Quad]) -> bytes:
    """Quads as N-Quads, one line each: the form the cache keeps them in."""
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS)


def _parsed(lines) -> list[ox.Quad]:
    return list(ox.parse(b"\n".join(sorted(lines)), format=ox.RdfFormat.N_QUADS))


@dataclass
class FileRecords:
    """The cache as the facts loader sees it (facts.records.RecordCache): records of facts files
    under a key of the file, the shared inputs (`prefix`) and, checked on reading, the sources
    the file quotes."""

    cache: BuildCache
    prefix: str

    def get(self, key: str) -> dict | None:
        return self.cache.record(key)

    def keep(self, key: str, data: dict | None) -> None:
        self.cache.keep_record(key, data)
