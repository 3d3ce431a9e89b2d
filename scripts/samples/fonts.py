"""Font files and glyph coverage.

Printed form (headers, page numbers): DejaVu Sans (Debian fonts-dejavu-core). Printed entries:
Liberation Serif (fonts-liberation2), the Times-like face of a commune office printer.
Handwriting: Dancing Script from the PyPI package fontpkg-dancing-script (a variable font, weight
axis 400–700), the only handwriting face found that covers every Vietnamese letter.
A string with a character the font lacks would render as a box and poison the truth, so every
string is checked against the font's cmap before it is drawn, and a miss stops the run.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

from fontTools.ttLib import TTFont
from PIL import ImageFont

_DEBIAN = Path("/usr/share/fonts/truetype")
FORM_FONT = _DEBIAN / "dejavu" / "DejaVuSans.ttf"
FORM_FONT_BOLD = _DEBIAN / "dejavu" / "DejaVuSans-Bold.ttf"
PRINT_FONT = _DEBIAN / "liberation2" / "LiberationSerif-Regular.ttf"


def handwriting_font() -> Path:
    try:
        import fontpkg_dancing_script as pkg
    except ImportError as e:  # pragma: no cover - the wrapper installs it
        raise SystemExit("make-samples: the PyPI package fontpkg-dancing-script is not installed") from e
    found = sorted((Path(pkg.ROOT) / "files").glob("DancingScript*.ttf"))
    if not found:
        raise SystemExit(f"make-samples: no DancingScript*.ttf in {pkg.ROOT}/files")
    return found[0]


class MissingGlyph(SystemExit):
    pass


@lru_cache(maxsize=None)
def _cmap(path: Path) -> frozenset[int]:
    if not path.is_file():
        raise SystemExit(f"make-samples: font {path} is missing (the wrapper installs fonts-dejavu-core "
                         "and fonts-liberation2)")
    return frozenset(TTFont(path, lazy=True).getBestCmap())


def check_coverage(path: Path, text: str) -> None:
    """Fail loudly if `path` cannot draw every character of `text` (which must be NFC)."""
    if unicodedata.normalize("NFC", text) != text:
        raise SystemExit(f"make-samples: text is not NFC: {text!r}")
    cmap = _cmap(path)
    missing = sorted({c for c in text if not c.isspace() and ord(c) not in cmap})
    if missing:
        names = ", ".join(f"U+{ord(c):04X} {unicodedata.name(c, '?')}" for c in missing)
        raise MissingGlyph(f"make-samples: font {path.name} lacks {names} needed for {text!r}")


@lru_cache(maxsize=512)
def load(path: Path, size_px: int, weight: int | None = None) -> ImageFont.FreeTypeFont:
    """A FreeType font at an integer pixel size; `weight` sets the variable font's wght axis."""
    font = ImageFont.truetype(str(path), size=max(1, size_px), layout_engine=ImageFont.Layout.BASIC)
    if weight is not None:
        font.set_variation_by_axes([weight])
    return font


MEASURE_PX = 200  # size at which widths are measured, then scaled linearly


def advance_em(path: Path, text: str, weight: int | None = None) -> float:
    """Width of `text` in ems (device-independent, so fitting does not depend on the dpi)."""
    return load(path, MEASURE_PX, weight).getlength(text) / MEASURE_PX
