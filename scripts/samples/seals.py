"""Red round seals (con dấu): the stamp a commune's officer puts over a registration.

A seal is a red ring 35–42 mm across: a heavy outer ring, a thin inner one, the office's name in
capitals around the band between them and a five-pointed star in the centre. Stamp ink lies unevenly:
patchy, speckled, slightly soft. Its geometry is in page millimetres, decided when the book is planned;
its `footprint` (the rim band and the star, where it hides what lies under it) decides which cells
the truth marks as damaged by it.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from . import fonts
from .layout import Box
from .page import apply_ink
from .rng import Dice

SEAL_INKS = ((0.82, 0.16, 0.20), (0.78, 0.22, 0.30), (0.70, 0.14, 0.18))   # reflectance
CAP_HEIGHT_EM = 0.73        # DejaVu Sans Bold
TEXT_START = 200            # degrees clockwise from the star's point: where the text begins


@dataclass(frozen=True)
class Seal:
    center: tuple[float, float]   # mm on the page
    radius: float                 # mm, of the outer ring
    band: float                   # mm between the outer and inner rings, where the text runs
    star: float                   # mm, the star's outer radius
    text: str                     # runs once around the band, clockwise, from lower left
    turn: float                   # degrees clockwise: how far the stamp was turned (0: star points up)
    ink: tuple[float, float, float]
    row: int | None = None        # the page row it was stamped for (0-based), if any
    kind: str = "seal"

    @property
    def bounds(self) -> Box:
        (x, y), r = self.center, self.radius + 0.6
        return Box(x - r, y - r, x + r, y + r)

    def footprint(self, draw: ImageDraw.ImageDraw, k: float) -> None:
        """Fill (255) where the seal hides writing: its rim band and its star, at `k` px per mm."""
        (x, y), r = self.center, self.radius + 0.6
        inner = self.radius - self.band - 0.4
        draw.ellipse(((x - r) * k, (y - r) * k, (x + r) * k, (y + r) * k), fill=255)
        draw.ellipse(((x - inner) * k, (y - inner) * k, (x + inner) * k, (y + inner) * k), fill=0)
        draw.polygon(_star(x * k, y * k, (self.star + 0.5) * k, self.turn), fill=255)

    def draw(self, rgb: np.ndarray, k: float, dice: Dice) -> None:
        side = math.ceil(2 * (self.radius + 1.5) * k)
        c = side / 2
        img = Image.new("L", (side, side), 0)
        draw = ImageDraw.Draw(img)
        outer = max(2, round(dice.uniform(0.8, 1.2) * k))
        r = self.radius * k
        draw.ellipse((c - r, c - r, c + r, c + r), outline=255, width=outer)
        ri = (self.radius - self.band) * k
        draw.ellipse((c - ri, c - ri, c + ri, c + ri), outline=255, width=max(1, round(0.35 * k)))
        draw.polygon(_star(c, c, self.star * k, self.turn), fill=255)
        self._rim_text(img, c, k)
        cover = np.asarray(img, dtype=np.float32) / 255 * _patchy(side, dice.child("patches"))
        cover = Image.fromarray((cover * 255 * dice.uniform(0.8, 0.95)).astype(np.uint8))
        cover = np.asarray(cover.filter(ImageFilter.GaussianBlur(max(0.5, 0.05 * k))))
        x0, y0 = round(self.center[0] * k - c), round(self.center[1] * k - c)
        apply_ink(rgb, cover, self.ink, x0, y0)

    def _rim_text(self, img: Image.Image, c: float, k: float) -> None:
        """The text around the band, each letter upright towards the outside, spread evenly round the circle."""
        font_path = fonts.FORM_FONT_BOLD
        fonts.check_coverage(font_path, self.text)
        mid = self.radius - self.band / 2                        # mm, the middle of the band
        size = min(self.band * 0.55 / CAP_HEIGHT_EM,
                   0.95 * 2 * math.pi * mid / fonts.advance_em(font_path, self.text))
        font = fonts.load(font_path, max(4, round(size * k)))
        widths = [fonts.advance_em(font_path, ch) * size for ch in self.text]
        gap = (2 * math.pi * mid - sum(widths)) / len(self.text)
        at = 0.0
        for ch, width in zip(self.text, widths):
            theta = math.radians(self.turn + TEXT_START) + (at + width / 2) / mid
            at += width + gap
            if ch.isspace():
                continue
            box = round(size * k * 1.6)
            glyph = Image.new("L", (box, box), 0)
            ImageDraw.Draw(glyph).text((box / 2, box / 2), ch, font=font, fill=255, anchor="mm")
            glyph = glyph.rotate(-math.degrees(theta), resample=Image.Resampling.BILINEAR)
            gx = c + mid * k * math.sin(theta) - box / 2
            gy = c - mid * k * math.cos(theta) - box / 2
            img.paste(glyph, (round(gx), round(gy)), glyph)


def _star(cx: float, cy: float, r: float, turn: float) -> list[tuple[float, float]]:
    """A five-pointed star's outline, one point towards `turn` degrees clockwise from the top."""
    pts = []
    for i in range(10):
        a = math.radians(turn) + i * math.pi / 5
        rr = r if i % 2 == 0 else r * 0.38
        pts.append((cx + rr * math.sin(a), cy - rr * math.cos(a)))
    return pts


def _patchy(side: int, dice: Dice) -> np.ndarray:
    """Uneven stamp ink: a smooth density 0.45–1 with small speckled gaps."""
    coarse = dice.gen.uniform(0.45, 1.0, (6, 6)).astype(np.float32)
    smooth = np.asarray(Image.fromarray((coarse * 255).astype(np.uint8)).resize((side, side), Image.Resampling.BICUBIC),
                        dtype=np.float32) / 255
    speckle = np.where(dice.gen.random((side, side)) < 0.07, 0.35, 1.0).astype(np.float32)
    return np.clip(smooth, 0, 1) * speckle


_DISTRICT_SHORT = (("huyện ", "H. "), ("thành phố ", "TP. "), ("thị xã ", "TX. "), ("quận ", "Q. "))


def seal_text(noi_dang_ky: str) -> str:
    """'UBND xã Ngọc Trạo, huyện Thạch Thành, tỉnh Thanh Hóa' -> 'ỦY BAN NHÂN DÂN XÃ NGỌC TRẠO ★ H. THẠCH THÀNH ★ '."""
    office, district, *_ = [p.strip() for p in noi_dang_ky.split(",")]
    commune = office.removeprefix("UBND ").strip()
    for long, short in _DISTRICT_SHORT:
        if district.lower().startswith(long):
            district = short + district[len(long):]
    return f"ỦY BAN NHÂN DÂN {commune.upper()} ★ {district.upper()} ★ "
