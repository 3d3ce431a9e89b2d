"""Pen and pencil marks that are not entries: signatures, ticks, dots and short strokes, margin notes,
and cup or water rings.

Each mark's geometry is in page millimetres, decided when the book is planned; `draw` puts it on a page
at any resolution and `footprint` fills where it hides what lies under it (for the truth's damage).
Pencil (graphite) is gray and grainy; pen is the hand's ink.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from . import handwriting
from .handwriting import Hand
from .layout import Box
from .page import apply_ink
from .rng import Dice

GRAPHITE = (0.45, 0.45, 0.48)      # reflectance of a soft pencil line
STAIN_TINT = (0.80, 0.64, 0.44)    # coffee / tea


def _graphite(cover: np.ndarray, dice: Dice) -> np.ndarray:
    """Pencil on paper: lighter than ink, and grainy where the lead skips over the fibres."""
    grain = dice.gen.uniform(0.35, 1.0, cover.shape).astype(np.float32)
    return (cover.astype(np.float32) * grain * dice.uniform(0.6, 0.85)).astype(np.uint8)


@dataclass(frozen=True)
class Scribble:
    """A line through points (mm) with round ends: a signature, a tick, a short stroke, a dot (one point)."""

    kind: str                                # signature | tick | stroke | dot
    points: tuple[tuple[float, float], ...]
    width: float                             # mm
    ink: tuple[float, float, float]
    pencil: bool = False
    row: int | None = None                   # the page row it belongs to (0-based), if any
    reach: float = 0.8                       # mm around the line that it hides (for the truth)

    @property
    def bounds(self) -> Box:
        xs, ys = [p[0] for p in self.points], [p[1] for p in self.points]
        pad = self.width / 2 + 0.2
        return Box(min(xs) - pad, min(ys) - pad, max(xs) + pad, max(ys) + pad)

    def footprint(self, draw: ImageDraw.ImageDraw, k: float) -> None:
        self._stroke(draw, k, self.width + 2 * self.reach, 0.0, 0.0)

    def draw(self, rgb: np.ndarray, k: float, dice: Dice) -> None:
        over = 2   # drawn at twice the resolution, then shrunk: smooth edges
        b = self.bounds.scaled(k).rounded()
        w, h = b[2] - b[0] + 2, b[3] - b[1] + 2
        img = Image.new("L", (w * over, h * over), 0)
        self._stroke(ImageDraw.Draw(img), k * over, max(self.width, 1.2 / k), b[0] * over, b[1] * over)
        cover = np.asarray(img.resize((w, h), Image.Resampling.BOX))
        cover = _graphite(cover, dice) if self.pencil else (cover * dice.uniform(0.85, 1.0)).astype(np.uint8)
        apply_ink(rgb, cover, self.ink, b[0], b[1])

    def _stroke(self, draw: ImageDraw.ImageDraw, k: float, width: float, ox: float, oy: float) -> None:
        pts = [(x * k - ox, y * k - oy) for x, y in self.points]
        r = width * k / 2
        if len(pts) > 1:
            draw.line(pts, fill=255, width=max(1, round(width * k)))
        for x, y in pts:
            draw.ellipse((x - r, y - r, x + r, y + r), fill=255)


def signature(left: float, baseline: float, width: float, height: float, ink: tuple[float, float, float],
              dice: Dice, row: int | None = None) -> Scribble:
    """A hurried signature: a big opening loop, a run of slanted loops and humps of uneven height, and a
    flourish drawn back under it all."""
    slant = math.tan(math.radians(dice.uniform(10, 30)))
    pts: list[tuple[float, float]] = []

    def pen(x: float, up: float) -> None:       # up: mm above the baseline, leaning with the slant
        pts.append((x + slant * up, baseline - up))

    big = height * dice.uniform(0.75, 1.0)
    for t in np.linspace(0, 2 * math.pi, 28):   # the capital: an oval from the baseline up and back down
        pen(left + big * 0.3 * math.sin(t), big * 0.5 * (1 - math.cos(t)))
    x = left + big * 0.2
    letters = dice.int(4, 7)
    step = (width * 0.8 - big * 0.5) / letters
    for _ in range(letters):
        h = height * dice.uniform(0.25, 0.7)
        loop = dice.chance(0.6)
        for t in np.linspace(0, math.pi, 10):
            up = h * math.sin(t)
            pen(x + step * t / math.pi - (0.3 * step * math.sin(2 * t) if loop else 0), up)
        x += step
    end = baseline + height * dice.uniform(0.1, 0.3)
    for t in np.linspace(0, 1, 12):             # the flourish, back to the left under the name
        pts.append((x + width * 0.12 * math.sin(math.pi * t / 2) - width * dice.uniform(0.85, 0.95) * t * t,
                    end + height * 0.12 * math.sin(math.pi * t) + dice.normal(0, 0.05)))
    return Scribble("signature", tuple(pts), dice.uniform(0.3, 0.45), ink, row=row, reach=1.0)


def tick(x: float, y: float, size: float, dice: Dice, row: int | None = None) -> Scribble:
    """A pencil check mark ✓ whose short arm starts at (x, y)."""
    pts = ((x, y), (x + 0.3 * size, y + 0.45 * size + dice.normal(0, 0.1)),
           (x + 0.6 * size, y - 0.1 * size), (x + size, y - 0.6 * size + dice.normal(0, 0.15)))
    return Scribble("tick", pts, dice.uniform(0.35, 0.5), GRAPHITE, pencil=True, row=row)


def stroke(x: float, y: float, length: float, ink: tuple[float, float, float], dice: Dice,
           row: int | None = None) -> Scribble:
    """A short slip of the pen: a slightly bent line of `length` mm."""
    a = dice.normal(0, 0.35)
    bend = dice.normal(0, 0.6)
    pts = tuple((x + length * t * math.cos(a) - bend * math.sin(math.pi * t) * math.sin(a),
                 y + length * t * math.sin(a) + bend * math.sin(math.pi * t) * math.cos(a))
                for t in np.linspace(0, 1, 6))
    return Scribble("stroke", pts, dice.uniform(0.3, 0.5), ink, row=row)


def dot(x: float, y: float, ink: tuple[float, float, float], dice: Dice, row: int | None = None) -> Scribble:
    return Scribble("dot", ((x, y),), dice.uniform(0.6, 1.3), ink, row=row)


@dataclass(frozen=True)
class Note:
    """A short handwritten note outside the grid ("đã cấp bản sao", …), in pencil or pen."""

    text: str
    left: float                     # mm, start of the baseline
    baseline: float                 # mm
    size: float                     # em size, mm
    hand: Hand
    pencil: bool
    row: int | None = None
    kind: str = "note"

    @property
    def bounds(self) -> Box:
        width = self.hand.width_em(self.text) * self.size
        return Box(self.left, self.baseline - self.size, self.left + width, self.baseline + 0.4 * self.size)

    def footprint(self, draw: ImageDraw.ImageDraw, k: float) -> None:
        b = self.bounds
        draw.rectangle((b.x0 * k, b.y0 * k, b.x1 * k, b.y1 * k), fill=255)

    def draw(self, rgb: np.ndarray, k: float, dice: Dice) -> None:
        inked = handwriting.render(self.hand, [self.text], self.size * k, dice.child("text"))
        cover = _graphite(inked.mask, dice.child("graphite")) if self.pencil else inked.mask
        apply_ink(rgb, cover, GRAPHITE if self.pencil else self.hand.ink,
                  round(self.left * k) - inked.origin[0], round(self.baseline * k) - inked.origin[1])


@dataclass(frozen=True)
class Ring:
    """A cup or water ring: a faint brown disc with a darker, broken tide line."""

    center: tuple[float, float]
    radius: float
    row: int | None = None
    kind: str = "stain"

    @property
    def bounds(self) -> Box:
        (x, y), r = self.center, self.radius + 0.8
        return Box(x - r, y - r, x + r, y + r)

    def footprint(self, draw: ImageDraw.ImageDraw, k: float) -> None:
        b = self.bounds
        draw.ellipse((b.x0 * k, b.y0 * k, b.x1 * k, b.y1 * k), fill=255)

    def draw(self, rgb: np.ndarray, k: float, dice: Dice) -> None:
        b = self.bounds.scaled(k).rounded()
        w, h = b[2] - b[0], b[3] - b[1]
        cx, cy, r = self.center[0] * k - b[0], self.center[1] * k - b[1], self.radius * k
        img = Image.new("L", (w, h), 0)
        draw = ImageDraw.Draw(img)
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=int(dice.uniform(25, 50)))
        start = dice.uniform(0, 360)
        draw.arc((cx - r, cy - r, cx + r, cy + r), start, start + dice.uniform(220, 340),
                 fill=int(dice.uniform(130, 200)), width=max(1, round(dice.uniform(0.4, 0.9) * k)))
        soft = img.filter(ImageFilter.GaussianBlur(max(0.5, 0.25 * k)))
        coarse = dice.gen.uniform(0.6, 1.0, (5, 5)).astype(np.float32)
        field = np.asarray(Image.fromarray((coarse * 255).astype(np.uint8)).resize((w, h), Image.Resampling.BICUBIC),
                           dtype=np.float32) / 255
        apply_ink(rgb, (np.asarray(soft, dtype=np.float32) * field).astype(np.uint8), STAIN_TINT, b[0], b[1])
