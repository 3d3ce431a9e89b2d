"""Damage to cells: what makes a field hard or impossible to read.

Kinds (the truth's vocabulary): `blur` (Gaussian over the cell), `smudge` (ink smeared
sideways with a blot), `faded` (ink lightened nearly to paper), `stain` (a translucent brownish
water stain with a tide line), `torn` (a missing page corner that takes some cells with it).
Each effect stays inside its cell, so the truth can name exactly which fields it hit; only a
tear is larger, and every cell it touches is marked. In the wide preset, marks drawn over the page
(`annotations`) add the kinds `seal` and `signature`, and `stain` for a cup ring, to the cells they hide.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from .layout import PAGE_H_MM, PAGE_W_MM, Box
from .rng import Dice

CELL_KINDS = ("blur", "smudge", "faded", "stain")
INK_KINDS = ("smudge", "faded")        # applied to a cell's ink before it meets the paper
REGION_KINDS = ("blur", "stain")       # applied to the cell's pixels afterwards


def fade(mask: np.ndarray, dice: Dice) -> np.ndarray:
    """Ink nearly gone: coverage scaled down to 10–20 %, unevenly across the cell."""
    h, w = mask.shape
    ramp = np.linspace(dice.uniform(0.10, 0.2), dice.uniform(0.10, 0.2), w, dtype=np.float32)
    return (mask.astype(np.float32) * ramp[None, :]).astype(np.uint8)


def smudge(mask: np.ndarray, dice: Dice, px_per_mm: float) -> np.ndarray:
    """Wet ink wiped sideways: a smeared copy of the strokes and a soft blot over part of them."""
    m = mask.astype(np.float32)
    length = max(2, int(dice.uniform(1.5, 3.5) * px_per_mm))
    dy = dice.uniform(-0.25, 0.25)
    smear = np.zeros_like(m)
    steps = 12
    for i in range(1, steps + 1):
        sx, sy = int(length * i / steps), int(length * dy * i / steps)
        smear = np.maximum(smear, np.roll(np.roll(m, sx, axis=1), sy, axis=0) * (1 - i / (steps + 2)))
    smear = np.asarray(Image.fromarray(smear.astype(np.uint8)).filter(
        ImageFilter.GaussianBlur(0.5 * px_per_mm)), dtype=np.float32) * 1.6
    h, w = m.shape
    blot = Image.new("L", (w, h), 0)
    cx, cy = dice.uniform(0.2, 0.8) * w, dice.uniform(0.3, 0.7) * h
    rx, ry = dice.uniform(2.5, 5) * px_per_mm, dice.uniform(1.5, 3) * px_per_mm
    ImageDraw.Draw(blot).ellipse((cx - rx, cy - ry, cx + rx, cy + ry), fill=int(dice.uniform(90, 150)))
    blot_a = np.asarray(blot.filter(ImageFilter.GaussianBlur(1.2 * px_per_mm)), dtype=np.float32)
    blot_a *= (m.max() > 0)
    return np.clip(np.maximum.reduce([m, smear * 0.75, blot_a]), 0, 255).astype(np.uint8)


def blur(rgb: np.ndarray, cell: Box, dice: Dice, px_per_mm: float) -> None:
    """Out of focus: a Gaussian of σ 0.3–0.45 mm (4–5 px at 300 dpi) over the cell's inside,
    faded in at its edges so that no hard frame marks the spot (the cell's own lines stay sharp)."""
    sigma = dice.uniform(0.3, 0.45) * px_per_mm
    pad = int(3 * sigma) + 1
    h, w = rgb.shape[:2]
    b = cell.scaled(px_per_mm).rounded()
    x0, y0, x1, y1 = max(0, b[0] - pad), max(0, b[1] - pad), min(w, b[2] + pad), min(h, b[3] + pad)
    region = rgb[y0:y1, x0:x1]
    blurred = _per_channel(region, lambda im: im.filter(ImageFilter.GaussianBlur(sigma)))
    inset = 0.5 * px_per_mm
    weight = Image.new("L", (x1 - x0, y1 - y0), 0)
    ImageDraw.Draw(weight).rectangle((b[0] - x0 + inset, b[1] - y0 + inset, b[2] - x0 - inset, b[3] - y0 - inset),
                                     fill=255)
    wgt = np.asarray(weight.filter(ImageFilter.GaussianBlur(0.25 * px_per_mm)), dtype=np.float32)[..., None] / 255
    region[...] = region * (1 - wgt) + blurred * wgt


def stain(rgb: np.ndarray, cell: Box, dice: Dice, px_per_mm: float) -> None:
    """A dried water stain: brownish translucent blob with a darker tide line, inside the cell."""
    b = cell.scaled(px_per_mm).rounded()
    region = rgb[b[1]:b[3], b[0]:b[2]]
    h, w = region.shape[:2]
    coarse = dice.gen.random((6, 8)).astype(np.float32)
    field = np.asarray(Image.fromarray((coarse * 255).astype(np.uint8)).resize((w, h), Image.Resampling.BICUBIC),
                       dtype=np.float32) / 255
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = dice.uniform(0.35, 0.65) * w, dice.uniform(0.4, 0.6) * h
    ell = ((xx - cx) / (0.45 * w)) ** 2 + ((yy - cy) / (0.45 * h)) ** 2
    blob = ((1.0 - ell) + 0.35 * (field - 0.5) > 0.15).astype(np.float32)
    soft = np.asarray(Image.fromarray((blob * 255).astype(np.uint8)).filter(
        ImageFilter.GaussianBlur(0.6 * px_per_mm)), dtype=np.float32) / 255
    rim = np.clip(soft * (1 - soft) * 4, 0, 1)
    strength = dice.uniform(0.25, 0.4)
    tint = np.array([0.96, 0.83, 0.62], dtype=np.float32)
    region *= 1 - (soft * strength + rim * 0.25)[..., None] * (1 - tint)[None, None, :]


def _per_channel(region: np.ndarray, op) -> np.ndarray:
    out = np.empty_like(region)
    for c in range(region.shape[2]):
        im = Image.fromarray(np.clip(region[..., c] * 255, 0, 255).astype(np.uint8))
        out[..., c] = np.asarray(op(im), dtype=np.float32) / 255
    return out


@dataclass(frozen=True)
class Tear:
    """A missing top outer corner of a page, as a polygon in page millimetres."""

    side: str
    polygon: tuple[tuple[float, float], ...]

    @classmethod
    def make(cls, side: str, dice: Dice) -> "Tear":
        a, b = dice.uniform(58, 80), dice.uniform(48, 64)   # along the top edge, down the outer edge
        pts = []
        n = 14
        for i in range(n + 1):
            t = i / n
            x, y = a * (1 - t), b * t
            j = 0 if i in (0, n) else dice.normal(0, 1.2)
            pts.append((x + j * 0.6, y + j * 0.8))
        poly = [(-1.0, -1.0), (a + 0.5, -1.0), *pts, (-1.0, b + 0.5)]
        if side == "right":
            poly = [(PAGE_W_MM - x, y) for x, y in poly]
        return cls(side, tuple(poly))

    def mask(self, width_px: int, height_px: int, px_per_mm: float) -> Image.Image:
        """255 where paper remains, 0 where it is torn away."""
        img = Image.new("L", (width_px, height_px), 255)
        ImageDraw.Draw(img).polygon([(x * px_per_mm, y * px_per_mm) for x, y in self.polygon], fill=0)
        return img

    def hits(self, box: Box, min_fraction: float = 0.01) -> bool:
        """Whether the tear takes at least `min_fraction` of the cell `box` (mm)."""
        b = box.scaled(_HIT_PX_PER_MM).rounded()
        cell = _coarse_mask(self)[b[1]:b[3], b[0]:b[2]]
        return cell.size > 0 and float((cell == 0).mean()) >= min_fraction


_HIT_PX_PER_MM = 4.0


@lru_cache(maxsize=8)
def _coarse_mask(tear: Tear) -> np.ndarray:
    k = _HIT_PX_PER_MM
    return np.asarray(tear.mask(int(PAGE_W_MM * k), int(PAGE_H_MM * k), k))
