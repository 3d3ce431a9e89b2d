"""Bleed-through: the reverse side's ink showing faintly through thin paper, mirrored.

Iron-gall ink and cheap paper let every line of the other side show through as a soft, brownish,
left-right mirrored ghost. The reverse of a page is another page of the book; its ink is taken from
the other page of the same frame (a spread's left page shows the right page's ink and the other way
round), or from the page itself, shifted, when a frame holds one page. It is a ghost, not damage: the
truth names no cell for it.
"""
from __future__ import annotations

import numpy as np
from PIL import Image, ImageFilter

from .page import PageImage
from .rng import Dice

GHOST_INK = np.array([0.62, 0.52, 0.40], dtype=np.float32)   # iron-gall brown, reflectance


def ink(page: PageImage) -> np.ndarray:
    """How much ink covers each pixel of a page (0–1): darkness against the page's paper white."""
    gray = page.rgb.mean(axis=2)
    paper = float(np.percentile(gray[::9, ::9], 90))
    return np.clip(1 - gray / paper, 0, 1)


def show_through(pages: list[PageImage], dice: Dice) -> None:
    """Give every page of a frame the mirrored ghost of its reverse side's ink."""
    inks = [ink(p) for p in pages]
    for i, page in enumerate(pages):
        reverse = inks[1 - i] if len(pages) == 2 else inks[i]
        _ghost(page, reverse, dice.child("page", i), shifted=len(pages) == 1)


def _ghost(page: PageImage, reverse: np.ndarray, dice: Dice, shifted: bool) -> None:
    """Multiply a blurred, mirrored, faint copy of `reverse` into the page."""
    h, w = reverse.shape
    k = page.dpi / 25.4
    ghost = reverse[:, ::-1]
    dx = round(dice.uniform(-2.5, 2.5) * k)
    dy = round((dice.uniform(6, 14) * dice.sign() if shifted else dice.uniform(-2.5, 2.5)) * k)
    ghost = np.roll(ghost, (dy, dx), axis=(0, 1))
    # blur cheaply: down to ~1 px per 0.25 mm, blur there, and back up
    step = max(1, round(0.25 * k))
    small = Image.fromarray((ghost[::step, ::step] * 255).astype(np.uint8))
    small = small.filter(ImageFilter.GaussianBlur(dice.uniform(0.6, 1.2)))
    soft = np.asarray(small.resize((w, h), Image.Resampling.BILINEAR), dtype=np.float32) / 255
    strength = dice.uniform(0.12, 0.28)
    page.rgb *= 1 - (strength * soft)[..., None] * (1 - GHOST_INK)[None, None, :]
