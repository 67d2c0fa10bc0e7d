"""The one font the chain figure draws with, found the same way on every machine.

The figure's labels are Chinese. matplotlib finds fonts through a cache it builds once per
version, so a cache made before the CJK fonts were installed never sees them, and its fallback
draws Chinese as empty boxes. chaingraph therefore looks the font file up itself (the path
Debian's fonts-noto-cjk installs, then fontconfig), registers that one face with matplotlib
under a name no other font carries, and turns any glyph the face lacks into an error. It also
measures text in that face, so the figure can wrap its labels to the width of its boxes.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import re
import subprocess
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

FAMILY, STYLE = "Noto Sans CJK SC", "Regular"
CACHE_NOTICE = "Matplotlib is building the font cache"


def _not_the_cache_notice(record: logging.LogRecord) -> bool:
    return not record.getMessage().startswith(CACHE_NOTICE)


# On a fresh machine, importing matplotlib's font manager builds its font cache and, when that
# takes over 5 s, prints a notice on stderr. The figure never reads that cache (the face is
# registered by path below), so the notice is noise in a build that should print no warnings.
# The filter must be in place before the import that builds the cache.
logging.getLogger("matplotlib.font_manager").addFilter(_not_the_cache_notice)

from matplotlib import font_manager, ft2font  # noqa: E402  (after the filter, see above)

from chaingraph.core.atomic import OutputError  # noqa: E402

# What a browser asks for when it shows the SVG's text: the face the figure was measured with,
# then the same design under its other names, then any CJK sans-serif.
CSS_FAMILIES = ("'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'Source Han Sans CN', "
                "'PingFang SC', 'Microsoft YaHei', sans-serif")
PACKAGE = "fonts-noto-cjk"
# Where Debian and Ubuntu's fonts-noto-cjk put the face.
KNOWN_FILES = ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",)
GLYPH_MISSING = re.compile(r"Glyph (\d+) \(.*\) missing from font")


class FontError(OutputError):
    """The figure's font is missing or lacks a glyph; nothing was written."""


@dataclasses.dataclass(frozen=True)
class Face:
    path: str
    index: int  # the face within a font collection (.ttc)

    @property
    def registered_name(self) -> str:
        """The family name the figure asks matplotlib for: it stands for this file and face only
        (a digest, since matplotlib reads punctuation in a family name as a font pattern)."""
        return f"chaingraph CJK {hashlib.sha256(f'{self.path}#{self.index}'.encode()).hexdigest()[:16]}"


def candidate_files() -> Iterator[str]:
    """Files that may hold the face: the known paths, then what fontconfig lists, sorted so the
    choice never depends on listing order. Lazy: fontconfig is asked only if no known path holds it."""
    yield from KNOWN_FILES
    try:
        listed = subprocess.run(["fc-list", "--format", "%{file}\n", f":family={FAMILY}:style={STYLE}"],
                                capture_output=True, text=True, timeout=30, check=False).stdout
    except (OSError, subprocess.SubprocessError):  # no fontconfig: the known paths only
        return
    yield from sorted(set(listed.split("\n")) - set(KNOWN_FILES) - {""})


def find_face() -> Face:
    """The Noto Sans CJK SC Regular face: the first candidate file that holds it."""
    for path in candidate_files():
        index = _face_index(path)
        if index is not None:
            return Face(path, index)
    raise FontError(f"cannot draw the chain figure: the font {FAMILY} is not installed; install the "
                    f"Debian package {PACKAGE} (`./go build` does; by hand: sudo apt-get install {PACKAGE})")


def figure_family() -> tuple[str, Face]:
    """Register the face with matplotlib unless it is already, and return the family name to ask
    for with the face. Registering by path makes a stale matplotlib font cache irrelevant."""
    face = find_face()
    name = face.registered_name
    fonts = font_manager.fontManager.ttflist
    if not any(entry.name == name for entry in fonts):
        entry = font_manager.ttfFontProperty(ft2font.FT2Font(face.path, face_index=face.index))
        fonts.append(dataclasses.replace(entry, name=name))
    return name, face


@contextmanager
def every_glyph_drawn(face: Face) -> Iterator[None]:
    """Run a drawing; if matplotlib warned of a missing glyph, raise one FontError naming every
    missing character, so no figure is written with empty boxes. Other warnings pass through."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    missing = set()
    for warning in caught:
        found = GLYPH_MISSING.match(str(warning.message))
        if found:
            missing.add(chr(int(found[1])))
        else:
            warnings.warn_explicit(warning.message, warning.category, warning.filename, warning.lineno)
    if missing:
        chars = ", ".join(f"{c} (U+{ord(c):04X})" for c in sorted(missing))
        raise FontError(f"cannot draw the chain figure: {FAMILY} ({face.path}) has no glyph for {chars}; "
                        f"write those labels without them, or install a newer {PACKAGE}")


def text_width(face: Face, text: str, size: float) -> float:
    """The advance width of `text` set in `face` at `size` points, in points."""
    font = _sized(face, size)
    font.set_text(text)
    return font.get_width_height()[0] / 64 / MEASURE_SCALE


MEASURE_SCALE = 10  # measured at ten times the size, so hinting's whole-pixel advances do not add up


@cache
def _sized(face: Face, size: float) -> ft2font.FT2Font:
    font = ft2font.FT2Font(face.path, face_index=face.index)
    font.set_size(size, 72 * MEASURE_SCALE)
    return font


def _face_index(path: str) -> int | None:
    """The index of the Noto Sans CJK SC Regular face in the file, or None."""
    try:
        font = ft2font.FT2Font(path)
        faces = [font] + [ft2font.FT2Font(path, face_index=i) for i in range(1, font.num_faces)]
    except (OSError, RuntimeError, ValueError):  # no such file, or not a font
        return None
    return next((i for i, f in enumerate(faces) if (f.family_name, f.style_name) == (FAMILY, STYLE)), None)
