"""`chaingraph ingest`: captures in every form the web gives, stored as received, normalized, idempotent.

The articles are written here, in clean Simplified Chinese, and turned into each capture form
the way the web garbles them: OpenCC Traditional, pinyin after the Traditional characters,
ASCII punctuation, a span of GBK bytes decoded one byte off, HTML remnants, site chrome.
"""

from __future__ import annotations

import re

import pytest
import yaml
from captures import FORMS, YIBIN_LINES, capture
from support import copy_project

from chaingraph.cli.main import main
from chaingraph.core.problems import InputError
from chaingraph.sources.ingest import detect_forms, ingest
from chaingraph.sources.normalize import normalize


def sentences_of(lines: list[str]) -> list[str]:
    return [s.text for s in normalize("\n".join(lines)).sentences]


@pytest.mark.parametrize("form", FORMS)
def test_every_capture_form_normalizes_to_the_simplified_article(form):
    raw = capture(form)
    assert normalize(raw).text == normalize("\n".join(YIBIN_LINES)).text
    assert [s.text for s in normalize(raw).sentences] == sentences_of(YIBIN_LINES)


def test_the_seed_form_really_holds_each_kind_of_damage():
    raw = capture("pinyin").decode("utf-8")
    assert "區(qū)" in raw and "?,F(xiàn)在" in raw and "," in raw and "来源：宜宾新闻网" in raw
    summary = normalize(raw.encode("utf-8")).summary()
    for kind in ("converted", "annotation", "repaired", "chrome", "punctuation"):
        assert summary.get(kind), kind


def test_ingest_stores_the_bytes_as_received_and_writes_loadable_metadata(tmp_path):
    from chaingraph.sources.captures import load_source

    project = copy_project(tmp_path)
    raw = capture("pinyin")
    result = ingest(project, raw, "yibin-sanjiang-2024-09", publisher="宜宾新闻网=Yibin News", url="https://example.org/a")
    assert result.status == "ingested"
    assert (project.sources / "yibin-sanjiang-2024-09.txt").read_bytes() == raw
    meta = yaml.safe_load((project.sources / "yibin-sanjiang-2024-09.meta.yaml").read_text(encoding="utf-8"))
    assert meta["title"] == "宜宾三江新区钠电产业项目集中签约"
    assert meta["publisher"] == {"zh": "宜宾新闻网", "en": "Yibin News"}
    assert "pinyin annotations" in meta["received"] and "GBK-garbled spans" in meta["received"]
    source = load_source(project.sources, "yibin-sanjiang-2024-09")
    assert source.normalized.text == normalize("\n".join(YIBIN_LINES)).text
    report = "\n".join(result.report())
    assert re.search(r"\d+ pinyin annotation\(s\) dropped", report)
    assert "chrome line" in report and "来源：宜宾新闻网" in report
    assert "repaired line" in report


def test_publisher_and_date_default_to_what_the_capture_says(tmp_path):
    project = copy_project(tmp_path)
    lines = [YIBIN_LINES[0], "发布时间：2024年9月11日", *YIBIN_LINES[1:]]
    result = ingest(project, capture("chrome", lines), "yibin-b")
    meta = yaml.safe_load(result.meta.read_text(encoding="utf-8"))
    assert meta["publisher"]["zh"] == "宜宾新闻网"
    assert str(meta["date"]) == "2024-09-11"
    assert any("publisher" in note for note in result.notes)


def test_ingesting_the_same_file_twice_changes_nothing(tmp_path, capsys):
    project = copy_project(tmp_path)
    path = tmp_path / "capture.txt"
    path.write_bytes(capture("pinyin"))
    args = ["--root", str(tmp_path), "ingest", str(path), "--id", "yibin-a", "--publisher", "宜宾新闻网"]
    assert main(args) == 0
    files = [project.sources / "yibin-a.txt", project.sources / "yibin-a.meta.yaml"]
    before = [(f.read_bytes(), f.stat().st_mtime_ns) for f in files]
    capsys.readouterr()
    assert main(args) == 0
    assert "already ingested, nothing changed" in capsys.readouterr().out
    assert [(f.read_bytes(), f.stat().st_mtime_ns) for f in files] == before


def test_a_different_capture_under_an_existing_id_is_refused_unless_forced(tmp_path):
    project = copy_project(tmp_path)
    ingest(project, capture("simplified"), "yibin-a", publisher="宜宾新闻网")
    with pytest.raises(InputError, match="already holds a different capture"):
        ingest(project, capture("traditional"), "yibin-a", publisher="宜宾新闻网")
    assert (project.sources / "yibin-a.txt").read_bytes() == capture("simplified")
    result = ingest(project, capture("traditional"), "yibin-a", publisher="宜宾新闻网", force=True)
    assert result.status == "replaced"
    assert (project.sources / "yibin-a.txt").read_bytes() == capture("traditional")


def test_the_same_bytes_under_a_second_id_are_refused(tmp_path, capsys):
    project = copy_project(tmp_path)
    seed = (project.sources / "zigong-gaoxinqu-2024-08.txt").read_bytes()
    path = tmp_path / "again.txt"
    path.write_bytes(seed)
    assert main(["--root", str(tmp_path), "ingest", str(path), "--id", "zigong-copy", "--publisher", "自贡网"]) == 1
    assert "already ingested as 'zigong-gaoxinqu-2024-08'" in capsys.readouterr().err
    assert not (project.sources / "zigong-copy.txt").exists()


def test_bad_arguments_write_nothing(tmp_path, capsys):
    project = copy_project(tmp_path)
    path = tmp_path / "capture.txt"
    path.write_bytes(capture("simplified"))
    assert main(["--root", str(tmp_path), "ingest", str(path), "--id", "Bad Id", "--date", "2024-13-01"]) == 1
    err = capsys.readouterr().err
    assert "not a valid id" in err and "not a date" in err
    assert sorted(p.name for p in project.sources.iterdir()) == sorted(
        ["zigong-gaoxinqu-2024-08.txt", "zigong-gaoxinqu-2024-08.meta.yaml"])


def test_forms_are_named_for_the_curator():
    assert detect_forms(capture("simplified"), normalize(capture("simplified"))) == ["clean Simplified text"]
    assert "GB18030 bytes" in detect_forms(capture("gb18030"), normalize(capture("gb18030")))
    assert "HTML remnants" in detect_forms(capture("html"), normalize(capture("html")))
