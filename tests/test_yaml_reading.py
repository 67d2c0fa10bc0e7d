"""Reading YAML with line numbers gives the values the YAML safe loader gives, whatever order the
same text comes in plain and quoted (the reader keeps each scalar's tag per value and style), and
refuses aliases with or without the anchors that would make them resolve (an alias is its
anchor's node, so it is reported at the anchor's line)."""

from __future__ import annotations

import pytest
import yaml

from chaingraph.core.problems import InputError
from chaingraph.core.yamlfile import read_yaml

SCALARS = ["2024", "'2024'", "2024-08-05", "\"2024-08-05\"", "yes", "'yes'", "1.5", "null", "~", "''",
           "5e3", "0x1F", "成都高新区", "'s003'", "s003", "true", "\"true\""]


@pytest.mark.parametrize("order", [SCALARS, SCALARS[::-1]])
def test_every_scalar_reads_as_the_safe_loader_reads_it_in_any_order(tmp_path, order):
    text = "".join(f"k{i}: {value}\n" for i, value in enumerate(order))
    path = tmp_path / "values.yaml"
    path.write_text(text, encoding="utf-8")
    ours, theirs = read_yaml(path), yaml.safe_load(text)
    assert ours == theirs
    assert [type(v) for v in ours.values()] == [type(v) for v in theirs.values()]
    assert ours.line_of(f"k{len(order) - 1}") == len(order)


def test_aliases_are_refused_with_their_line(tmp_path):
    path = tmp_path / "alias.yaml"
    path.write_text("a: &x [1, 2]\nb: *x\n", encoding="utf-8")
    with pytest.raises(InputError) as refused:
        read_yaml(path)
    assert refused.value.problems[0].line == 1 and "aliases" in refused.value.problems[0].message  # the anchor's
    path.write_text("a: [1, 2]\nb: *x\n", encoding="utf-8")  # no anchor: the alias cannot resolve
    with pytest.raises(InputError) as refused:
        read_yaml(path)
    assert refused.value.problems[0].line == 2 and "malformed YAML" in refused.value.problems[0].message
