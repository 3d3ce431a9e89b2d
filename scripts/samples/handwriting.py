"""Hands: who wrote the entries, and how their letters come out on paper.

A printed hand is the commune's printer or typewriter (Liberation Serif, or in the wide preset a face of
fonts.PRINT_FACES; black, no jitter). A handwritten hand draws its face (Dancing Script alone in legacy
mode, else one of a hand set in fonts.FACES) glyph by glyph, each with its own size, baseline offset,
slant and ink density, on a line that drifts slightly; one or two hands per book differ in ink, face,
weight, size and slant. Rendering returns a coverage
mask (0–255) and where the first baseline starts in it.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

from . import fonts
from .rng import Dice

# Ink colours as reflectance (1 = paper white); ink multiplies the paper.
INKS = {
    "black": (0.10, 0.10, 0.12),
    "blue": (0.10, 0.19, 0.55),
    "violet": (0.33, 0.14, 0.50),
}
PRINTER_INK = (0.07, 0.07, 0.08)


@dataclass(frozen=True)
class Hand:
    id: str
    kind: str                 # "printed" | "handwritten"
    font: Path
    weight: int | None        # wght axis of a variable font
    size_mm: float            # em size used when the text fits at full size
    line_em: float            # line pitch in ems
    ink: tuple[float, float, float]
    ink_name: str
    slant_deg: float          # extra lean to the right (positive)
    jitter_size: float        # relative s.d. of a glyph's size
    jitter_baseline: float    # s.d. of a glyph's baseline shift, in ems
    jitter_slant: float       # s.d. of a glyph's extra slant, in degrees
    drift_deg: float          # s.d. of a line's slope, in degrees
    face: str | None = None   # id of the handwriting face in fonts.FACES; None: legacy Dancing Script

    @property
    def printed(self) -> bool:
        return self.kind == "printed"

    def check(self, text: str) -> None:
        fonts.check_coverage(self.font, text)

    def width_em(self, text: str) -> float:
        """Width in ems of one line, with a margin for the jitter of handwriting."""
        return fonts.advance_em(self.font, text, self.weight) * (1.0 if self.printed else 1.06)


def printer(hand_id: str = "P", face: fonts.PrintFace | None = None) -> Hand:
    """The office printer or typewriter: `face` (None: Liberation Serif), no jitter."""
    font, scale = (fonts.PRINT_FONT, 1.0) if face is None else (face.path, face.size_scale)
    return Hand(hand_id, "printed", font, None, round(3.35 * scale, 3), 1.18, PRINTER_INK, "black",
                0.0, 0.0, 0.0, 0.0, 0.0)


def writer(hand_id: str, dice: Dice, avoid_inks: tuple[str, ...] = (),
           faces: tuple[str, ...] | None = None, avoid_faces: tuple[str, ...] = ()) -> Hand:
    """A person's hand, drawn from the stream `dice`; `avoid_inks` makes a second hand differ.

    `faces` None is the legacy hand: Dancing Script, and exactly the draws of the committed samples.
    Otherwise the face is drawn from `faces` (preferring one not in `avoid_faces`) on a child stream,
    so the jitter below comes out the same whichever face is drawn.
    """
    face = None
    if faces is not None:
        pool = [f for f in faces if f not in avoid_faces] or list(faces)
        face = dice.child("face").choice(pool)
    spec = fonts.FACES[face or fonts.LEGACY_FACE]
    inks = [i for i in ("blue", "black", "violet") if i not in avoid_inks] or ["blue"]
    ink = dice.weighted(inks, [{"blue": 5, "black": 3, "violet": 2}[i] for i in inks])
    weight = dice.int(430, 650)
    if spec.weights is None:
        weight = None                 # a static face: its one weight (ink density still varies)
    elif spec.weights != (430, 650):  # map the draw onto this face's range
        lo, hi = spec.weights
        weight = round(lo + (weight - 430) * (hi - lo) / 220)
    size = dice.uniform(4.5, 5.3)
    return Hand(hand_id, "handwritten", spec.path, weight,
                round(size, 2) if face is None else round(size * spec.size_scale, 2), spec.line_em, INKS[ink], ink,
                round(dice.uniform(-3.0, 9.0), 2), round(dice.uniform(0.035, 0.06), 3),
                round(dice.uniform(0.02, 0.045), 3), round(dice.uniform(1.5, 3.5), 2),
                round(dice.uniform(0.3, 0.9), 2), face)


def make_hands(book_id: str, kinds: list[str], dice: Dice, faces: tuple[str, ...] | None = None,
               print_face: fonts.PrintFace | None = None) -> dict[str, Hand]:
    """The hands of a book, in order of appearance: kinds like ["printed", "handwritten"].

    `faces`: the handwriting faces writers draw from (None: legacy, Dancing Script alone); two
    writers of one book get different faces while the set has enough. `print_face`: the printer's.
    """
    hands: dict[str, Hand] = {}
    for n, kind in enumerate(kinds, start=1):
        hid = f"{book_id}:{'P' if kind == 'printed' else 'H'}{n}"
        if kind == "printed":
            hands[hid] = printer(hid, print_face)
        else:
            used = tuple(h.ink_name for h in hands.values() if not h.printed)
            used_faces = tuple(h.face for h in hands.values() if h.face is not None)
            hands[hid] = writer(hid, dice.child("hand", n), used, faces, used_faces)
    return hands


@dataclass
class Inked:
    """A rendered block of lines: coverage 0–255 and the first baseline's start inside it."""

    mask: np.ndarray   # uint8, H × W
    origin: tuple[int, int]


def render(hand: Hand, lines: list[str], size_px: float, dice: Dice) -> Inked:
    """Draw `lines` (already fitted) at `size_px` per em, one line pitch apart."""
    for line in lines:
        hand.check(line)
    pitch = hand.line_em * size_px
    widest = max(fonts.advance_em(hand.font, ln, hand.weight) for ln in lines) * size_px
    pad = int(size_px * 0.9) + 4
    w = int(widest * 1.15) + 2 * pad
    h = int(pitch * (len(lines) - 1) + size_px * 1.3) + 2 * pad
    canvas = Image.new("L", (w, h), 0)
    origin = (pad, pad + int(size_px * 0.95))
    if hand.printed:
        font = fonts.load(hand.font, round(size_px), hand.weight)
        draw = ImageDraw.Draw(canvas)
        for i, line in enumerate(lines):
            draw.text((origin[0], origin[1] + round(i * pitch)), line, font=font, fill=255, anchor="ls")
        return Inked(np.asarray(canvas), origin)
    arr = np.zeros((h, w), dtype=np.uint8)
    for i, line in enumerate(lines):
        _write_line(arr, hand, line, size_px, origin[0], origin[1] + i * pitch, dice.child("line", i))
    return Inked(arr, origin)


def _write_line(arr: np.ndarray, hand: Hand, line: str, size_px: float, x0: float, y0: float, dice: Dice) -> None:
    base_font = fonts.load(hand.font, round(size_px), hand.weight)
    slope = math.tan(math.radians(dice.normal(0, hand.drift_deg)))
    for i, ch in enumerate(line):
        if ch.isspace():
            continue
        x = base_font.getlength(line[:i])
        scale = 1.0 + dice.normal(0, hand.jitter_size)
        dy = dice.normal(0, hand.jitter_baseline) * size_px + x * slope
        slant = hand.slant_deg + dice.normal(0, hand.jitter_slant)
        density = dice.uniform(0.82, 1.0)
        glyph, (gx, gy) = _glyph(hand, ch, size_px * scale, slant, density)
        left, top = int(round(x0 + x - gx)), int(round(y0 + dy - gy))
        max_paste(arr, glyph, left, top)


def _glyph(hand: Hand, ch: str, size_px: float, slant_deg: float, density: float) -> tuple[np.ndarray, tuple[int, int]]:
    """One sheared glyph's coverage, and where its baseline origin lies in it."""
    font = fonts.load(hand.font, max(4, round(size_px)), hand.weight)
    l, t, r, b = font.getbbox(ch, anchor="ls")
    shear = math.tan(math.radians(slant_deg))
    pad_x = int(abs(shear) * (b - t)) + 3
    gw, gh = (r - l) + 2 * pad_x, (b - t) + 6
    ox, oy = pad_x - l, 3 - t          # baseline origin inside the glyph image
    img = Image.new("L", (gw, gh), 0)
    ImageDraw.Draw(img).text((ox, oy), ch, font=font, fill=int(255 * density), anchor="ls")
    # x_in = x_out + shear * (y_out - oy): points above the baseline move right for shear > 0
    img = img.transform(img.size, Image.Transform.AFFINE, (1, shear, -shear * oy, 0, 1, 0),
                        resample=Image.Resampling.BILINEAR)
    return np.asarray(img), (ox, oy)


def max_paste(dst: np.ndarray, src: np.ndarray, left: int, top: int) -> None:
    h, w = src.shape
    y0, x0 = max(0, top), max(0, left)
    y1, x1 = min(dst.shape[0], top + h), min(dst.shape[1], left + w)
    if y1 <= y0 or x1 <= x0:
        return
    region = dst[y0:y1, x0:x1]
    np.maximum(region, src[y0 - top:y1 - top, x0 - left:x1 - left], out=region)
