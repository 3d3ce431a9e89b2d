"""Font files and glyph coverage.

Printed form (headers, page numbers): DejaVu Sans (Debian fonts-dejavu-core). Printed entries:
Liberation Serif (fonts-liberation2), the Times-like face of a commune office printer. Books of the
wide preset draw their entry face from PRINT_FACES (serif, sans and typewriter faces of Debian font
packages) and their form face from FORM_FACES; DejaVu Sans Mono is left out: it lacks the Vietnamese
letters with a hook above.
Handwriting: faces from PyPI fontpkg-* packages that cover every Vietnamese letter (FACES). Dancing
Script (fontpkg-dancing-script, a variable font, weight axis 400–700) is the legacy face: the
committed samples use it alone (`--hands legacy`). The other faces are split with it into a TUNE set
and a HELD_OUT set, so a reader can be tuned on some hands and measured on hands it never saw.
A string with a character the font lacks would render as a box and poison the truth, so every
string is checked against the font's cmap before it is drawn, and a miss stops the run.
"""
from __future__ import annotations

import importlib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from fontTools.ttLib import TTFont
from PIL import ImageFont

_DEBIAN = Path("/usr/share/fonts/truetype")
FORM_FONT = _DEBIAN / "dejavu" / "DejaVuSans.ttf"
FORM_FONT_BOLD = _DEBIAN / "dejavu" / "DejaVuSans-Bold.ttf"
PRINT_FONT = _DEBIAN / "liberation2" / "LiberationSerif-Regular.ttf"
_TEX_GYRE = Path("/usr/share/texmf/fonts/opentype/public/tex-gyre")


@dataclass(frozen=True)
class PrintFace:
    """A printer's or typewriter's face (a Debian font file) for entries or for the printed form."""

    id: str
    path: Path
    style: str                # serif | sans | typewriter
    size_scale: float = 1.0   # em size relative to Liberation Serif, for a like x-height and width


PRINT_FACES: dict[str, PrintFace] = {f.id: f for f in (
    PrintFace("liberation-serif", PRINT_FONT, "serif"),
    PrintFace("dejavu-serif", _DEBIAN / "dejavu" / "DejaVuSerif.ttf", "serif", 0.9),
    PrintFace("free-serif", _DEBIAN / "freefont" / "FreeSerif.ttf", "serif"),
    PrintFace("noto-serif", _DEBIAN / "noto" / "NotoSerif-Regular.ttf", "serif", 0.92),
    PrintFace("texgyre-termes", _TEX_GYRE / "texgyretermes-regular.otf", "serif"),
    PrintFace("liberation-sans", _DEBIAN / "liberation2" / "LiberationSans-Regular.ttf", "sans", 0.93),
    PrintFace("dejavu-sans-condensed", _DEBIAN / "dejavu" / "DejaVuSansCondensed.ttf", "sans", 0.9),
    PrintFace("free-sans", _DEBIAN / "freefont" / "FreeSans.ttf", "sans", 0.93),
    PrintFace("noto-sans", _DEBIAN / "noto" / "NotoSans-Regular.ttf", "sans", 0.9),
    PrintFace("texgyre-heros", _TEX_GYRE / "texgyreheros-regular.otf", "sans", 0.93),
    PrintFace("free-mono", _DEBIAN / "freefont" / "FreeMono.ttf", "typewriter"),
    PrintFace("texgyre-cursor", _TEX_GYRE / "texgyrecursor-regular.otf", "typewriter"),
    PrintFace("liberation-mono", _DEBIAN / "liberation2" / "LiberationMono-Regular.ttf", "typewriter", 0.9),
)}
LEGACY_FORM_FACE = "dejavu-sans"
# Faces a form's headers and page numbers are printed in (size_scale unused: headers are fitted to their box).
FORM_FACES: dict[str, PrintFace] = {
    LEGACY_FORM_FACE: PrintFace(LEGACY_FORM_FACE, FORM_FONT, "sans"),
    **{f: PRINT_FACES[f] for f in ("dejavu-serif", "liberation-sans", "liberation-serif", "noto-serif", "free-sans")},
}


@dataclass(frozen=True)
class Face:
    """A handwriting face: where its file is, and how a writer's weight and size map onto it."""

    id: str
    package: str                      # PyPI package (pinned in requirements.txt)
    pattern: str                      # glob of the .ttf under <package>.ROOT/files
    weights: tuple[int, int] | None   # wght range writers draw from (variable fonts), None: static
    size_scale: float = 1.0           # em size relative to Dancing Script, for a like x-height
    line_em: float = 1.12             # line pitch in ems (taller faces need more)

    @property
    def path(self) -> Path:
        return _face_path(self.package, self.pattern)


LEGACY_FACE = "dancing-script"
FACES: dict[str, Face] = {f.id: f for f in (
    Face("dancing-script", "fontpkg-dancing-script", "DancingScript*.ttf", (430, 650)),
    Face("indie-flower", "fontpkg-indie-flower", "IndieFlower-Regular.ttf", None, 0.95, 1.2),
    Face("lobster", "fontpkg-lobster", "Lobster-Regular.ttf", None, 0.8, 1.12),
    Face("great-vibes", "fontpkg-great-vibes", "GreatVibes-Regular.ttf", None, 1.0, 1.15),
    Face("pacifico", "fontpkg-pacifico", "Pacifico-Regular.ttf", None, 0.8, 1.35),
)}
TUNE = ("dancing-script", "indie-flower", "lobster")
HELD_OUT = ("great-vibes", "pacifico")
# Faces that are only drawn for training the handwritten-digit model (scripts/train-digits): they draw digits and
# date punctuation, not every Vietnamese letter. The model is trained on these and TUNE, never on HELD_OUT.
DIGIT_FACES: dict[str, Face] = {f.id: f for f in (
    Face("caveat", "fontpkg-caveat", "Caveat*.ttf", (400, 700), 1.15),
    Face("kalam", "fontpkg-kalam", "Kalam-Regular.ttf", None, 0.85),
    Face("satisfy", "fontpkg-satisfy", "Satisfy-Regular.ttf", None, 0.9),
    Face("shadows-into-light", "fontpkg-shadows-into-light", "ShadowsIntoLight.ttf", None, 0.9),
    Face("yellowtail", "fontpkg-yellowtail", "Yellowtail-Regular.ttf", None, 0.95),
    Face("zeyada", "fontpkg-zeyada", "Zeyada.ttf", None, 1.1),
    Face("delius", "fontpkg-delius", "Delius-Regular.ttf", None, 0.85),
)}
DIGIT_TRAINING = TUNE + tuple(DIGIT_FACES)
HAND_SETS: dict[str, tuple[str, ...] | None] = {
    "legacy": None,                   # Dancing Script alone, the random draws of the committed samples
    "tune": TUNE,
    "heldout": HELD_OUT,
    "all": TUNE + HELD_OUT,
}


@lru_cache(maxsize=None)
def _face_path(package: str, pattern: str) -> Path:
    module = package.replace("-", "_")
    try:
        pkg = importlib.import_module(module)
    except ImportError as e:  # pragma: no cover - the wrapper installs it
        raise SystemExit(f"make-samples: the PyPI package {package} is not installed") from e
    found = sorted((Path(pkg.ROOT) / "files").glob(pattern))
    if not found:
        raise SystemExit(f"make-samples: no {pattern} in {pkg.ROOT}/files")
    return found[0]


def handwriting_font() -> Path:
    """The legacy handwriting face (Dancing Script)."""
    return FACES[LEGACY_FACE].path


class MissingGlyph(SystemExit):
    pass


def _vietnamese() -> str:
    vowels = "aăâeêioôơuưy"
    lower = set("abcdefghijklmnopqrstuvwxyzđ") | {
        unicodedata.normalize("NFC", v + m) for v in vowels for m in ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")}
    return "".join(sorted(lower | {c.upper() for c in lower})) + "0123456789,./-:()"


VIETNAMESE = _vietnamese()   # every letter in both cases, under each tone mark (NFC), digits, punctuation


def check_alphabet(path: Path) -> None:
    """Fail loudly unless `path` draws every Vietnamese letter, digit and the punctuation used."""
    check_coverage(path, VIETNAMESE)


@lru_cache(maxsize=None)
def _cmap(path: Path) -> frozenset[int]:
    if not path.is_file():
        raise SystemExit(f"make-samples: font {path} is missing (scripts/samples/venv.sh installs the Debian "
                         "font packages)")
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
