"""The chain figure's font: one CJK face found the same way every time, immune to a stale
matplotlib font cache, drawing real Chinese glyphs, and a clear error when it cannot."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import warnings
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from matplotlib import font_manager, ft2font
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from support import ROOT

from chaingraph.analysis import chain as analysis
from chaingraph.analysis.projection import to_networkx
from chaingraph.cli.main import main
from chaingraph.core.outputnames import CHAIN_PNG, CHAIN_SVG
from chaingraph.facts.wording import status_words
from chaingraph.views import fonts
from chaingraph.views.chainfigure import chain_figure

MISSING = "\U0001F643"  # an emoji: no CJK text face has it


def draw(G, vocabulary) -> tuple[bytes, bytes]:
    """The chain figure of the default zone, as the report draws it."""
    cover = analysis.coverage(G, analysis.default_zone(G), analysis.chain_industry(G))
    return chain_figure(G, cover, status_words(vocabulary), "链 chain")


def ink(text: str, family: str) -> np.ndarray:
    """Which pixels one character inks, drawn large with `family`."""
    figure = Figure(figsize=(0.6, 0.6), dpi=100)
    FigureCanvasAgg(figure)
    figure.text(0.5, 0.5, text, fontfamily=family, fontsize=30, ha="center", va="center")
    figure.canvas.draw()
    return np.asarray(figure.canvas.buffer_rgba())[..., 0] < 128


def test_the_font_is_the_same_cjk_face_every_time():
    first, second = fonts.find_face(), fonts.find_face()
    assert first == second
    face = ft2font.FT2Font(first.path, face_index=first.index)
    assert (face.family_name, face.style_name) == ("Noto Sans CJK SC", "Regular")
    assert "dejavu" not in first.path.lower()
    family, registered = fonts.figure_family()
    assert registered == first and family == fonts.figure_family()[0]
    found = font_manager.findfont(font_manager.FontProperties(family=family), fallback_to_default=False)
    assert (found.path, found.face_index) == (first.path, first.index)
    assert sum(entry.name == family for entry in font_manager.fontManager.ttflist) == 1  # registered once


def test_chinese_is_drawn_as_glyphs_not_boxes():
    family, _ = fonts.figure_family()
    zi, gong = ink("自", family), ink("贡", family)
    with pytest.warns(UserWarning, match="missing from font"):
        box, other_box = ink(MISSING, family), ink("\U0001F600", family)
    assert (box == other_box).all(), "two missing characters draw the same box"
    assert zi.sum() > 50 and gong.sum() > 50
    assert (zi != gong).sum() > 50
    assert (zi != box).sum() > 50 and (gong != box).sum() > 50


def test_every_character_of_the_figure_is_in_the_cjk_face(built_outputs):
    """The SVG keeps its labels as text; the face the PNG is drawn with holds every character of it,
    and the SVG asks browsers for that face first."""
    face = fonts.find_face()
    font = ft2font.FT2Font(face.path, face_index=face.index)
    root = ET.parse(built_outputs / CHAIN_SVG).getroot()
    texts = list(root.iter("{http://www.w3.org/2000/svg}text"))
    chars = {c for t in texts for c in t.text or "" if not c.isspace()}
    assert "钠" in chars and "缺" in chars  # a label and the legend
    assert [c for c in sorted(chars) if font.get_char_index(ord(c)) == 0] == []
    assert {t.get("style").split("font-family: ", 1)[1].split(";")[0] for t in texts} == {fonts.CSS_FAMILIES}
    assert fonts.CSS_FAMILIES.startswith(f"'{fonts.FAMILY}'")


def test_a_missing_glyph_stops_the_figure_with_the_characters(zigong):
    G = to_networkx(zigong)
    segment = analysis.coverage(G, analysis.default_zone(G), analysis.chain_industry(G))[0].segment
    G.nodes[segment]["label_zh"] += MISSING
    with pytest.raises(fonts.FontError) as raised:
        draw(G, zigong.vocabulary)
    message = str(raised.value)
    assert "\n" not in message
    assert "Noto Sans CJK SC" in message and "U+1F643" in message and "fonts-noto-cjk" in message


def test_other_warnings_pass_through():
    with pytest.warns(RuntimeWarning, match="unrelated"), fonts.every_glyph_drawn(fonts.find_face()):
        warnings.warn("unrelated", RuntimeWarning, stacklevel=1)


def test_a_missing_font_stops_the_build_with_one_line(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(fonts, "KNOWN_FILES", (str(tmp_path / "nowhere.ttc"),))
    monkeypatch.setenv("PATH", str(tmp_path))  # no fc-list to ask
    assert list(fonts.candidate_files()) == [str(tmp_path / "nowhere.ttc")]
    out = tmp_path / "outputs"
    assert main(["--root", str(ROOT), "build", "--outputs", str(out)]) == 1
    err = capsys.readouterr().err.strip()
    assert err == ("chaingraph: cannot draw the chain figure: the font Noto Sans CJK SC is not installed; "
                   "install the Debian package fonts-noto-cjk (`./go build` does; by hand: sudo apt-get "
                   "install fonts-noto-cjk)")
    assert not out.exists() or not [p for p in out.iterdir() if not p.name.startswith(".")]


def build_in_a_fresh_process(config: Path, out: Path) -> subprocess.CompletedProcess:
    """`chaingraph build` as `./go build` runs it, with matplotlib's configuration (and so its font
    cache) in `config`."""
    env = {**os.environ, "MPLCONFIGDIR": str(config), "PYTHONPATH": str(ROOT / "src")}
    env.pop("PYTHONWARNINGS", None)
    return subprocess.run([sys.executable, "-m", "chaingraph", "--root", str(ROOT), "build", "--outputs", str(out)],
                          env=env, capture_output=True, text=True, timeout=600)


def stale_font_cache(config: Path) -> None:
    """A matplotlib font cache in `config` as if made before the CJK fonts were installed."""
    env = {**os.environ, "MPLCONFIGDIR": str(config)}
    subprocess.run([sys.executable, "-c", "import matplotlib.font_manager"], env=env, check=True, capture_output=True)
    [cache] = config.glob("fontlist-*.json")
    fontlist = json.loads(cache.read_text(encoding="utf-8"))
    kept = [entry for entry in fontlist["ttflist"] if "CJK" not in entry["name"]]
    assert len(kept) < len(fontlist["ttflist"])
    cache.write_text(json.dumps({**fontlist, "ttflist": kept}), encoding="utf-8")
    check = "from matplotlib import font_manager as f; print(sum('CJK' in e.name for e in f.fontManager.ttflist))"
    seen = subprocess.run([sys.executable, "-c", check], env=env, check=True, capture_output=True, text=True).stdout
    assert seen.strip() == "0", "matplotlib rebuilt the cache: it is not stale"


@pytest.mark.slow  # two whole builds in other Python processes, one building a matplotlib font cache
@pytest.mark.parametrize("cache", ["none yet", "stale"])
def test_a_fresh_machine_builds_the_committed_outputs_without_a_warning(tmp_path, cache):
    """Item 7 of issue 14: with no font cache (a fresh machine) or one made before the CJK fonts were
    installed, the build prints nothing on stderr and writes the very bytes committed in outputs/."""
    config = tmp_path / "mplconfig"
    config.mkdir()
    if cache == "stale":
        stale_font_cache(config)
    run = build_in_a_fresh_process(config, tmp_path / "out")
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
    written = sorted(p.name for p in (tmp_path / "out").iterdir() if not p.name.startswith("."))
    assert CHAIN_SVG in written and CHAIN_PNG in written and len(written) > 10
    committed = ROOT / "outputs"
    differing = [name for name in written if (tmp_path / "out" / name).read_bytes() != (committed / name).read_bytes()]
    assert differing == [], "differ from the committed outputs/ (rebuild them with ./go build after a change)"
