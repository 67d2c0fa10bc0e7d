"""Hostile and broken inputs, generated: facts files for the loader and captures for the normalizer.

Every generated facts file must end in a graph (that SHACL accepts, or whose violations name the
node and the property) or in an InputError whose every problem names the file, a field and what
is wrong: never another exception, never a hang. Every generated capture must normalize without
an exception into text with no control characters. Each case runs under a SIGALRM guard that
fails the test as a hang when a case outlives its bound (a bound on hanging, not on speed).

Budgets are fixed and derandomized for CI (CHAINGRAPH_FUZZ_EXAMPLES scales them, and
CHAINGRAPH_FUZZ_RANDOM=1 draws fresh cases: see benchmarks/fuzz_long.py). The number of cases
and their outcomes are printed in the terminal summary.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import os
import re
import signal
import unicodedata
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph
from support import ROOT, ZIGONG

from chaingraph.core.problems import InputError, display_path
from chaingraph.core.project import Project
from chaingraph.core.yamlfile import MAX_BYTES, read_yaml
from chaingraph.dataset.quads import build_oxigraph_quads
from chaingraph.dataset.shaclfast import validate_store
from chaingraph.dataset.store import with_merged_default_graph
from chaingraph.facts.loader import Facts, load_facts
from chaingraph.facts.vocabulary import load_vocabulary
from chaingraph.sources.captures import load_sources
from chaingraph.sources.normalize import normalize

SCALE = float(os.environ.get("CHAINGRAPH_FUZZ_EXAMPLES_SCALE", "1"))
RANDOM = os.environ.get("CHAINGRAPH_FUZZ_RANDOM") == "1"
CASE_SECONDS = float(os.environ.get("CHAINGRAPH_FUZZ_CASE_SECONDS", "10"))  # a hang, not a slow case
FACTS_FILE = ROOT / "data" / "facts" / f"{ZIGONG}.yaml"

OUTCOMES: Counter = Counter()  # (test, outcome) -> cases


def budget(examples: int):
    """Hypothesis settings for a fixed, reproducible number of cases (scaled for long runs)."""
    return settings(max_examples=max(1, int(examples * SCALE)), derandomize=not RANDOM, database=None,
                    deadline=None, print_blob=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.function_scoped_fixture, HealthCheck.large_base_example])


class _Summary:
    """Prints the case counts at the end of the run (pytest's terminal summary)."""

    def pytest_terminal_summary(self, terminalreporter):
        if not OUTCOMES:
            return
        terminalreporter.section("chaingraph fuzz cases")
        by_test: dict[str, Counter] = {}
        for (test, outcome), n in sorted(OUTCOMES.items()):
            by_test.setdefault(test, Counter())[outcome] += n
        for test, outcomes in by_test.items():
            detail = ", ".join(f"{outcome}: {n}" for outcome, n in sorted(outcomes.items()))
            terminalreporter.write_line(f"{test}: {sum(outcomes.values())} cases ({detail})")
        terminalreporter.write_line(f"total: {sum(OUTCOMES.values())} cases")


@pytest.fixture(scope="module", autouse=True)
def fuzz_summary(request):
    plugin = request.config.pluginmanager.get_plugin("chaingraph-fuzz-summary")
    if plugin is None:
        request.config.pluginmanager.register(_Summary(), "chaingraph-fuzz-summary")


@contextlib.contextmanager
def time_bound(seconds: float, what: str):
    """Fail (as a hang) when the block outlives `seconds`. pytest.fail is not an Exception, so no
    `except Exception` in the code under test can swallow it, and hypothesis still reports the case."""
    def alarm(signum, frame):
        pytest.fail(f"hang: {what} did not finish within {seconds:g} s", pytrace=False)

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# ----------------------------------------------------------------------------- the real inputs, once


@functools.cache
def real_inputs():
    project = Project(root=ROOT)
    vocabulary = load_vocabulary(project.ontology)
    sources = load_sources(project.sources)
    shapes = Graph().parse(project.shapes, format="turtle")
    return project, vocabulary, sources, shapes


@functools.cache
def real_facts_document():
    return yaml.safe_load(FACTS_FILE.read_text(encoding="utf-8"))


@functools.cache
def real_quotes() -> list[str]:
    return sorted({q for q in re.findall(r"quote: (.+)", FACTS_FILE.read_text(encoding="utf-8"))})


@pytest.fixture(scope="module")
def facts_file(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz") / "fuzzed.yaml"


def check_facts(path: Path, content: str | bytes, test: str) -> str:
    """Load one generated facts file and check that its outcome is a graph or a clear InputError."""
    project, vocabulary, sources, shapes = real_inputs()
    data = content.encode("utf-8", errors="surrogatepass") if isinstance(content, str) else content
    path.write_bytes(data)
    with time_bound(CASE_SECONDS, f"loading a {len(data):,}-byte facts file"):
        try:
            facts = load_facts([path], [], vocabulary, {sid: s.normalized for sid, s in sources.items()})
        except InputError as err:
            outcome = _check_problems(err, path)
        else:
            outcome = _check_graph(facts, project, vocabulary, sources, shapes)
    OUTCOMES[(test, outcome)] += 1
    return outcome


def _check_problems(err: InputError, path: Path) -> str:
    assert err.problems, "an InputError without problems"
    for problem in err.problems:
        assert problem.file == display_path(path), problem
        assert problem.field.strip() and problem.message.strip(), problem
        assert problem.line is None or problem.line >= 1, problem
        assert "Traceback" not in str(problem)
    fields = {problem.field for problem in err.problems}
    return "refused: yaml" if fields <= {"yaml", "file"} else "refused: facts"


def _check_graph(facts: Facts, project, vocabulary, sources, shapes) -> str:
    quads = build_oxigraph_quads(facts, sources, vocabulary, project.base)
    # the graph is real RDF: it survives N-Quads and an independent parse
    text = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    assert len(list(ox.parse(text, format=ox.RdfFormat.N_QUADS))) == len(quads)
    store = ox.Store()
    store.bulk_extend(quads)
    violations = validate_store(with_merged_default_graph(store), shapes)
    for violation in violations:
        assert str(violation.focus) and str(violation.message), violation
    return "graph: SHACL violations" if violations else "graph: conforms"


# ----------------------------------------------------------------------------- value strategies

SPECIAL_CHARS = ("\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\r", "\x1b", "\x7f", "\x85", "\u200b",
                 "\u200e", "\u200f", "\u202e", "\u2066", "\u2028", "\u2029", "\ufeff", "\ufffd", "\ud800",
                 "\udfff", "😀", "👩‍👩‍👧", "🇨🇳", "ع", "שלום", "钠", "電", "〓", ":", "#", "&", "*", "!", "|",
                 ">", "'", '"', "{", "[", "-", "%", "@", "`", "\\", "\t", "\n")
texts = st.lists(st.one_of(st.sampled_from(SPECIAL_CHARS), st.characters()), max_size=30).map("".join)
huge_texts = st.sampled_from(["钠" * 2001, "x" * 100_000, "\u202e" * 5000, "😀" * 3000, "a\x00" * 10_000])
slugs = st.from_regex(r"[a-z0-9]{1,12}(-[a-z0-9]{1,8}){0,2}", fullmatch=True)
WRONG_VALUES = ["2024-02-30", "2024-13", "2024-00-10", "24-01-01", "2024/06/01", "1e999", "NaN", "nan",
                "Infinity", "-inf", "-0", "1,000", "五万", "10万吨", "0x10", "", " ", "TODO", "~", "null",
                "yes", "no", 10**30, -1, 0, 1.5e308, float("inf"), float("nan"), True, False, None]
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), texts, slugs,
                    st.sampled_from(WRONG_VALUES), st.dates(), huge_texts)


def values(key_names: list[str]):
    keys = st.one_of(st.sampled_from(key_names), texts)
    return st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=5),
                                                         st.dictionaries(keys, inner, max_size=5)),
                        max_leaves=25)


@functools.cache
def key_names() -> list[str]:
    _, vocabulary, _, _ = real_inputs()
    return sorted({"source", "reference", "entities", "description", "id", "class", "label", "aliases", "quote",
                   "basis", "facts", "zh", "en", "fr", ZIGONG, *vocabulary.properties, *vocabulary.classes})


def dump(document) -> str:
    return yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=100)


@st.composite
def random_documents(draw) -> str:
    """A random YAML document, often shaped like a facts file so that the loader reads deeper."""
    names = key_names()
    shape = draw(st.sampled_from(["any", "facts", "entities"]))
    if shape == "any":
        document = draw(values(names))
    elif shape == "facts":
        document = {"source": draw(st.sampled_from([ZIGONG, ZIGONG, "no-such-source", "Bad Id", 7])),
                    "entities": draw(st.lists(values(names), max_size=6))}
    else:
        entity = st.fixed_dictionaries(
            {"id": st.one_of(slugs, scalars), "class": st.one_of(st.sampled_from(names), scalars)},
            optional={"label": values(["zh", "en"]), "aliases": values(["zh", "en"]),
                      "quote": st.one_of(st.sampled_from(real_quotes()), texts),
                      "facts": st.lists(st.tuples(st.dictionaries(st.sampled_from(names), values(names), max_size=3),
                                                  st.sampled_from(real_quotes()))
                                        .map(lambda fact: {**fact[0], "quote": fact[1]}), max_size=4)})
        document = {"source": ZIGONG, "entities": draw(st.lists(entity, min_size=1, max_size=6))}
    return dump(document)


# ----------------------------------------------------------------------------- mutations of the real file


def _locations(node, path=()):
    """Every (parent path, key or index) in a YAML document."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield path, key
            yield from _locations(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield path, index
            yield from _locations(value, (*path, index))


def _at(document, path):
    for step in path:
        document = document[step]
    return document


@st.composite
def mutated_facts(draw) -> str:
    """The real Zigong facts file with a few structural edits: keys dropped, duplicated or renamed,
    values of the wrong type, unknown classes and properties, dangling ids, wrong dates and numbers."""
    _, vocabulary, _, _ = real_inputs()
    names = key_names()
    document = copy.deepcopy(real_facts_document())
    entity_ids = [e["id"] for e in document["entities"]]
    for _ in range(draw(st.integers(1, 4))):
        locations = list(_locations(document))
        if not locations:
            break
        parent_path, key = draw(st.sampled_from(locations))
        parent = _at(document, parent_path)
        operation = draw(st.sampled_from(["delete", "replace", "wrong", "duplicate", "rename", "add fact"]))
        if operation == "delete":
            del parent[key]
        elif operation == "replace":
            parent[key] = draw(values(names))
        elif operation == "wrong":
            parent[key] = draw(st.one_of(st.sampled_from(WRONG_VALUES), slugs,
                                         st.sampled_from(sorted(vocabulary.classes)).map(lambda c: c + "x")))
        elif operation == "duplicate" and isinstance(parent, list):
            parent.insert(key, copy.deepcopy(parent[key]))
        elif operation == "rename" and isinstance(parent, dict):
            new_key = draw(st.one_of(st.sampled_from(names), texts, st.just(str(key)[:-1] or "x")))
            parent[new_key] = parent.pop(key)
        elif operation == "add fact":
            entity = draw(st.sampled_from(document["entities"])) if document.get("entities") else None
            if isinstance(entity, dict):
                prop = draw(st.one_of(st.sampled_from(sorted(vocabulary.properties)), slugs))
                value = draw(st.one_of(st.sampled_from(entity_ids), slugs, scalars))
                fact = {prop: value, "quote": draw(st.one_of(st.sampled_from(real_quotes()), texts))}
                facts = entity.setdefault("facts", [])
                if isinstance(facts, list):
                    facts.append(fact)
    return dump(document)


@st.composite
def mutated_text(draw) -> bytes:
    """The real facts file edited as text or bytes: lines deleted, duplicated (duplicate keys),
    swapped or re-indented, garbage inserted, bytes of other encodings spliced in."""
    lines = FACTS_FILE.read_bytes().split(b"\n")
    for _ in range(draw(st.integers(1, 5))):
        index = draw(st.integers(0, len(lines) - 1))
        operation = draw(st.sampled_from(["delete", "duplicate", "swap", "indent", "insert", "bytes"]))
        if operation == "delete":
            del lines[index]
        elif operation == "duplicate":
            lines.insert(index, lines[index])
        elif operation == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[index], lines[other] = lines[other], lines[index]
        elif operation == "indent":
            lines[index] = b" " * draw(st.integers(0, 9)) + lines[index].lstrip()
        elif operation == "insert":
            text = draw(st.one_of(texts, st.sampled_from(["&a", "*a", "<<: *a", "!!python/object:os.system",
                                                          "!!binary", "? ", "--- ", "...", "%YAML 1.1"])))
            lines.insert(index, text.encode("utf-8", errors="surrogatepass"))
        else:
            chunk = draw(st.one_of(st.binary(min_size=1, max_size=20),
                                   texts.map(lambda t: t.encode("gb18030", errors="ignore"))))
            position = draw(st.integers(0, len(lines[index])))
            lines[index] = lines[index][:position] + chunk + lines[index][position:]
    return b"\n".join(lines)


# ----------------------------------------------------------------------------- facts properties


@budget(200)
@given(random_documents())
def test_random_documents_load_or_fail_clearly(facts_file, text):
    check_facts(facts_file, text, "random facts documents")


@budget(150)
@given(mutated_facts())
def test_structural_mutations_of_the_real_facts_load_or_fail_clearly(facts_file, text):
    check_facts(facts_file, text, "structural mutations of the Zigong facts")


@budget(150)
@given(mutated_text())
def test_text_and_byte_mutations_of_the_real_facts_load_or_fail_clearly(facts_file, data):
    check_facts(facts_file, data, "text/byte mutations of the Zigong facts")


def test_the_unmutated_facts_file_still_builds_a_conforming_graph(facts_file):
    """The harness itself: the real file passes through check_facts as a conforming graph."""
    assert check_facts(facts_file, FACTS_FILE.read_bytes(), "the real facts file") == "graph: conforms"


TAGGED = ["d: !!python/object:os.system echo", "d: !!python/name:os.system", "e: 2024-02-30",
          "e: 2024-01-01 25:61:61", "f: !!int xyz", "g: !!float abc", "h: !!timestamp 2024-99-99",
          "i: !!bool maybe", "j: !unknown-tag value", "k: !!binary '%%%'", "l: 1" + "0" * 5000,
          "m: !!int 1" + "0" * 5000, "n: !!set {a, b}", "? [a, b]\n: c", "? {a: b}\n: c", "o: !!str {a: b}"]


@pytest.mark.parametrize("text", TAGGED, ids=range(len(TAGGED)))
def test_yaml_tags_and_impossible_values_fail_clearly(facts_file, text):
    """Explicit tags, impossible timestamps and oversized numbers: SafeLoader's own constructors
    raise ValueError, KeyError or ConstructorError for these, which must come back as problems."""
    outcome = check_facts(facts_file, f"source: {ZIGONG}\nentities:\n  - id: x\n    {text}\n".replace(
        "\n: c", "\n    : c"), "YAML tags and impossible values")
    assert outcome.startswith("refused")


# ----------------------------------------------------------------------------- nesting, aliases, size


@budget(40)
@given(depth=st.integers(13, 200_000), style=st.sampled_from(["flow list", "flow map", "block list", "block map"]))
def test_deep_nesting_is_refused(facts_file, depth, style):
    if style == "flow list":
        text = "entities: " + "[" * depth + "]" * depth
    elif style == "flow map":
        text = "entities: " + "{a: " * depth + "b" + "}" * depth
    elif style == "block list":
        text = "entities:\n" + "- " * depth + "x\n"
    else:
        depth = min(depth, 2000)  # block maps grow quadratically with depth
        text = "".join(" " * i + "k:\n" for i in range(depth))
    outcome = check_facts(facts_file, text, "deep nesting")
    assert outcome == "refused: yaml" or outcome.startswith("refused")


@budget(40)
@given(levels=st.integers(2, 12), width=st.integers(2, 12), inline=st.booleans())
def test_billion_laughs_is_refused_not_expanded(facts_file, levels, width, inline):
    """Refused at the first alias (a hang bound, not a speed limit: benchmarks/input_bounds.py times it)."""
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, levels):
        refs = ", ".join([f"*a{level - 1}"] * width)
        lines.append(f"a{level}: &a{level} [{refs}]" if inline else f"a{level}: &a{level}\n" +
                     "".join(f"  - *a{level - 1}\n" for _ in range(width)).rstrip("\n"))
    text = "\n".join(lines) + f"\nsource: {ZIGONG}\nentities: *a{levels - 1}\n"
    outcome = check_facts(facts_file, text, "billion laughs")
    assert outcome == "refused: yaml", outcome
    with pytest.raises(InputError) as err:
        read_yaml(facts_file)
    assert "aliases" in err.value.problems[0].message  # the alias rule refused it, not a size bound


@budget(60)
@given(document=random_documents(), where=st.integers(0, 10_000), merge=st.booleans())
def test_anchors_and_aliases_anywhere_are_refused(facts_file, document, where, merge):
    """An anchor on some node and an alias (or a merge key) using it: refused at the alias."""
    lines = document.split("\n")
    position = where % len(lines)
    anchored = "base: &shared {zh: 钠, en: sodium}\n"
    use = "<<: *shared" if merge else "again: *shared"
    text = anchored + "\n".join(lines[:position]) + ("\n" if position else "") + use + "\n" + \
        "\n".join(lines[position:])
    outcome = check_facts(facts_file, text, "anchors and aliases")
    assert outcome.startswith("refused")


def test_a_file_over_the_size_limit_is_refused_unparsed(facts_file):
    text = f"source: {ZIGONG}\nentities:\n" + "  - id: x\n    description: {zh: " + "钠" * (MAX_BYTES // 3) + "}\n"
    with time_bound(CASE_SECONDS, "an oversized facts file"):
        with pytest.raises(InputError) as err:
            facts_file.write_text(text, encoding="utf-8")
            _, vocabulary, sources, _ = real_inputs()
            load_facts([facts_file], [], vocabulary, {sid: s.normalized for sid, s in sources.items()})
    assert "larger than" in str(err.value)
    OUTCOMES[("oversized file", "refused: yaml")] += 1


# ----------------------------------------------------------------------------- the normalizer

ENCODINGS = ("utf-8", "gb18030", "big5", "utf-16-le", "latin-1")
CAPTURE_SNIPPETS = ("&#13;", "&#12;", "&#0;", "&#x2028;", "&#xD800;", "&#x85;", "&#127;", "&nbsp;", "&amp;",
                    "<p>", "</p>", "<br/>", "<!--", "-->", "<script>alert(1)</script>", "區(qū)", "?,F(xiàn)",
                    "珈钠能源?", "?shí)", "来源：自贡网", "热门排行", "（自贡融媒记者 张三）", "。", "！", "\r\n",
                    "\r", "\x00", "\x1b[31m", "\u202e", "\ufeff", "\u2029", "😀", "钠离子电池", "電池", "?")
capture_text = st.lists(st.one_of(st.sampled_from(CAPTURE_SNIPPETS), texts), max_size=40).map("".join)


@st.composite
def mixed_captures(draw) -> bytes:
    """Chunks of text in different encodings, random bytes and control characters, concatenated."""
    chunks = []
    for _ in range(draw(st.integers(1, 12))):
        kind = draw(st.sampled_from([*ENCODINGS, "bytes"]))
        if kind == "bytes":
            chunks.append(draw(st.binary(max_size=40)))
        else:
            chunks.append(draw(capture_text).encode(kind, errors="ignore"))
    return b"".join(chunks)


def check_normalized(raw: str | bytes, test: str) -> None:
    with time_bound(CASE_SECONDS, f"normalizing a {len(raw):,}-long capture"):
        result = normalize(raw)
    bad = sorted({f"U+{ord(c):04X}" for c in result.text
                  if c != "\n" and (unicodedata.category(c) in ("Cc", "Cs") or c in "\u2028\u2029\ufeff")})
    assert not bad, f"control characters left in the normalized text: {bad}"
    for sentence in result.sentences:
        assert result.text[sentence.start:sentence.end] == sentence.text
    OUTCOMES[(test, "normalized" if result.text.strip() else "normalized: empty")] += 1


@budget(200)
@given(st.binary(max_size=3000))
def test_random_bytes_normalize_without_error(raw):
    check_normalized(raw, "normalizer: random bytes")


@budget(200)
@given(mixed_captures())
def test_mixed_encodings_normalize_without_error(raw):
    check_normalized(raw, "normalizer: mixed encodings")


@budget(200)
@given(capture_text)
def test_hostile_capture_text_normalizes_without_control_characters(raw):
    check_normalized(raw, "normalizer: hostile text")


@pytest.mark.parametrize("raw", ["a&#13;b", "a&#12;b", "x&#x2028;y", "钠&#0;电", "<p>a&#x0B;b</p>"])
def test_character_references_cannot_smuggle_control_characters(raw):
    """HTML remnants are unescaped after the control characters were dropped: the references
    must not bring them back (found by the fuzzer)."""
    check_normalized(raw, "normalizer: character references")
