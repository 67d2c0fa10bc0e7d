"""Read curated YAML with line numbers, refusing what a hostile or broken file could do.

Aliases are refused outright: the facts format has no use for them, and refusing them makes
"billion laughs" expansion impossible. Size and nesting depth are bounded.
Mappings come back as `Located` dicts that remember the line of each key.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from chaingraph.core.problems import InputError, Problem, display_path

MAX_BYTES = 5_000_000
MAX_DEPTH = 12


class Located(dict):
    """A YAML mapping that remembers where it and each of its keys stood."""

    line: int = 0
    key_lines: dict

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class LocatedList(list):
    line: int = 0
    item_lines: list


# libyaml (C) composes ten times faster than the pure-Python parser; both give line marks.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STR_TAG = "tag:yaml.org,2002:str"


class _Loader(_BaseLoader):
    """The safe loader, with the tag of each plain scalar worked out once per distinct value.

    The composer asks the resolver for the tag of every scalar (a Python call per scalar, a fifth
    of the composing time of a facts file), and facts files repeat the same keys and values
    thousands of times. The answer depends only on the value and its style while no path resolver
    is registered (the safe loader registers none), so it is kept per value."""

    _tags: dict = {}

    def resolve(self, kind, value, implicit):
        if kind is not yaml.ScalarNode or self.yaml_path_resolvers:
            return super().resolve(kind, value, implicit)
        key = (value, implicit)
        tag = self._tags.get(key)
        if tag is None:
            tag = super().resolve(kind, value, implicit)
            if len(self._tags) < 100_000:  # bounded: a hostile file cannot grow it without end
                self._tags[key] = tag
        return tag


def read_yaml(path: Path) -> object:
    """Parse one YAML file into plain values with line information, or raise InputError."""
    name = display_path(path)
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise InputError([Problem(name, None, "file", f"cannot read: {err.strerror}")]) from None
    if len(raw) > MAX_BYTES:
        raise InputError([Problem(name, None, "file", f"larger than {MAX_BYTES:,} bytes", "split the file")])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise InputError([Problem(name, line, "file", "not valid UTF-8", "save the file as UTF-8")]) from None
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark else None
        message = " ".join(part for part in (err.context, err.problem) if part)
        raise InputError([Problem(name, line, "yaml", f"malformed YAML: {message}")]) from None
    except yaml.YAMLError as err:
        raise InputError([Problem(name, None, "yaml", f"malformed YAML: {err}")]) from None
    finally:
        loader.dispose()
    if node is None:
        return None
    try:
        # Without an anchor (&name) there can be no alias: the walk need not look for repeated nodes.
        return _to_value(node, yaml.constructor.SafeConstructor(), 0, set() if "&" in text else None)
    except _Refused as err:
        raise InputError([Problem(name, err.line, "yaml", err.message)]) from None


class _Refused(Exception):
    def __init__(self, line: int, message: str):
        self.line = line
        self.message = message


def _to_value(node: yaml.Node, constructor, depth: int, seen: set[int] | None) -> object:
    """Plain values from composed nodes. An alias composes to a node seen before: refusing it
    here means "billion laughs" files are rejected at their first alias, never expanded.
    `seen` is None for a file without anchors, which can hold no alias."""
    if depth > MAX_DEPTH:
        raise _Refused(node.start_mark.line + 1, f"nested deeper than {MAX_DEPTH} levels")
    if seen is not None:
        if id(node) in seen:
            raise _Refused(node.start_mark.line + 1,
                           "YAML aliases (*name) are not allowed in chaingraph files; write the value out")
        seen.add(id(node))
    if node.tag == _STR_TAG and isinstance(node, yaml.ScalarNode):
        return node.value
    if isinstance(node, yaml.MappingNode):
        result = Located()
        result.line = node.start_mark.line + 1
        result.key_lines = {}
        for key_node, value_node in node.value:
            key = _to_value(key_node, constructor, depth + 1, seen)
            key = key if isinstance(key, str) else str(key)
            if key in result:
                raise _Refused(key_node.start_mark.line + 1, f"key {key!r} appears twice in one mapping")
            result[key] = _to_value(value_node, constructor, depth + 1, seen)
            result.key_lines[key] = key_node.start_mark.line + 1
        return result
    if isinstance(node, yaml.SequenceNode):
        items = LocatedList(_to_value(item, constructor, depth + 1, seen) for item in node.value)
        items.line = node.start_mark.line + 1
        items.item_lines = [item.start_mark.line + 1 for item in node.value]
        return items
    try:
        return constructor.construct_object(node, deep=True)
    except (yaml.YAMLError, ValueError, KeyError, TypeError, OverflowError):
        # SafeConstructor's own errors for unknown tags (!!python/object, <<), impossible timestamps
        # (2024-02-30), `!!int xyz` or `!!bool maybe`, and integers too long to convert
        shown = node.value if len(node.value) <= 40 else node.value[:40] + "..."
        raise _Refused(node.start_mark.line + 1, f"cannot read {shown!r} as {node.tag.rsplit(':', 1)[-1]}; "
                                                 "write it as plain text (in quotes)") from None
