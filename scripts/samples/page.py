"""Drawing one ledger page: paper, the printed form, the entries, their damage and the marks over them.

A page is rendered straight at the scan's resolution (layout is in mm), as float32 RGB
reflectance plus an alpha mask (0 where a torn corner is missing). Ink multiplies the paper.
Marks (seals, signatures, pencil, stray marks: `annotations`) are drawn last, over everything.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import numpy as np
from PIL import Image, ImageDraw

from . import damage, fonts, handwriting
from .formstyle import CLASSIC, FormStyle
from .handwriting import Hand
from .layout import PAGE_H_MM, PAGE_W_MM, Box, PageLayout
from .rng import Dice
from .typeset import PAD_MM, Setting

OVERSHOOT_MM = 1.5   # handwriting may run this far past its cell's lines
HAND_LIFT = (0.12, 0.45)   # a hand starts this share of its cell's spare height below the top
PRINTER_LIFT = 0.3
HAND_INDENT_MM = 1.0       # and up to this far right of the clearance


@dataclass
class RowEntry:
    """A record's cells on this page."""

    record: int
    hand: Hand
    settings: dict[str, Setting]
    damage: dict[str, str] = field(default_factory=dict)   # column key -> cell damage kind


class Mark(Protocol):
    """Something drawn over the page after the entries (see `annotations`)."""

    kind: str

    def draw(self, rgb: np.ndarray, px_per_mm: float, dice: Dice) -> None: ...


@dataclass
class PageSpec:
    layout: PageLayout
    page_number: int
    rows: list[RowEntry | None]          # one per ruled row, None = blank row
    paper: tuple[float, float, float]
    tear: damage.Tear | None = None
    style: FormStyle = CLASSIC
    marks: tuple[Mark, ...] = ()


@dataclass
class PageImage:
    rgb: np.ndarray        # float32, H × W × 3, reflectance 0–1
    alpha: np.ndarray      # uint8, H × W, 0 where the paper is missing
    dpi: float
    side: str

    @property
    def size(self) -> tuple[int, int]:
        return self.rgb.shape[1], self.rgb.shape[0]


def page_size_px(dpi: float) -> tuple[int, int]:
    return round(PAGE_W_MM * dpi / 25.4), round(PAGE_H_MM * dpi / 25.4)


def render_page(spec: PageSpec, dpi: float, dice: Dice) -> PageImage:
    k = dpi / 25.4
    w, h = page_size_px(dpi)
    rgb = _paper(w, h, spec.paper, dice.child("paper"))
    apply_ink(rgb, _form(spec.layout, spec.style, spec.page_number, k, w, h, dice.child("form")), spec.style.ink, 0, 0)
    regions: list[tuple[Box, str, Dice]] = []
    for row, entry in enumerate(spec.rows):
        if entry is None:
            continue
        rd = dice.child("row", row)
        lift = rd.uniform(*HAND_LIFT) if not entry.hand.printed else PRINTER_LIFT
        for col_index, col in enumerate(spec.layout.columns):
            cell = spec.layout.cell(row, col_index)
            kind = entry.damage.get(col.key)
            cd = rd.child("cell", col.key)
            _write_cell(rgb, cell, [entry.settings[f] for f in col.fields], entry.hand, lift, k, kind, cd)
            if kind in damage.REGION_KINDS:
                regions.append((cell, kind, cd.child("damage")))
    for cell, kind, cd in regions:
        (damage.blur if kind == "blur" else damage.stain)(rgb, cell, cd, k)
    for i, mark in enumerate(spec.marks):
        mark.draw(rgb, k, dice.child("mark", i))
    alpha = np.asarray(spec.tear.mask(w, h, k)) if spec.tear else np.full((h, w), 255, np.uint8)
    return PageImage(rgb, alpha, dpi, spec.layout.side)


def _paper(w: int, h: int, tone: tuple[float, float, float], dice: Dice) -> np.ndarray:
    """Paper colour with a faint, smooth unevenness (smooth so that it compresses well)."""
    coarse = dice.gen.normal(0, 1, (max(2, h // 300), max(2, w // 300))).astype(np.float32)
    img = Image.fromarray(np.clip(128 + coarse * 40, 0, 255).astype(np.uint8)).resize((w, h), Image.Resampling.BICUBIC)
    var = 1 + (np.asarray(img, dtype=np.float32) - 128) / 128 * 0.008
    return var[..., None] * np.asarray(tone, dtype=np.float32)[None, None, :]


def apply_ink(rgb: np.ndarray, coverage: np.ndarray, ink: tuple[float, float, float], x: int, y: int) -> None:
    """Multiply ink of colour `ink` with coverage 0–255 into `rgb` at (x, y), clipped to the page."""
    h, w = coverage.shape
    x0, y0, x1, y1 = max(0, x), max(0, y), min(rgb.shape[1], x + w), min(rgb.shape[0], y + h)
    if x1 <= x0 or y1 <= y0:
        return
    a = coverage[y0 - y:y1 - y, x0 - x:x1 - x].astype(np.float32) / 255
    ink_arr = 1 - np.asarray(ink, dtype=np.float32)
    rgb[y0:y1, x0:x1] *= 1 - a[..., None] * ink_arr[None, None, :]


# ---------------------------------------------------------------- the printed form

def _form(layout: PageLayout, style: FormStyle, number: int, k: float, w: int, h: int, dice: Dice) -> np.ndarray:
    img = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(img)
    top, bottom = layout.header.y0, layout.row_edges[-1]
    xs = layout.column_edges
    for i, x in enumerate(xs):
        _rule(draw, (x, top), (x, bottom), k, dice.child("v", i), style, heavy=i in (0, len(xs) - 1))
    ys = [top, layout.header.y1, *layout.row_edges[1:]]
    for i, y in enumerate(ys):
        _rule(draw, (xs[0], y), (xs[-1], y), k, dice.child("h", i), style, heavy=i in (0, 1, len(ys) - 1))
    for i, col in enumerate(layout.columns):
        _header_text(draw, col.header, layout.header_cell(i), k, style.font)
    x, y, anchor = layout.number_anchor()
    text = str(number)
    fonts.check_coverage(style.font, text)
    draw.text((x * k, y * k), text, font=fonts.load(style.font, round(3.6 * k)), fill=235, anchor=anchor)
    return np.asarray(img)


def _rule(draw: ImageDraw.ImageDraw, p0: tuple[float, float], p1: tuple[float, float], k: float, dice: Dice,
          style: FormStyle, heavy: bool) -> None:
    """A ruled line of the style's weight (at least 1 px); some print faint, some have gaps."""
    width = max(1, round(k * dice.uniform(*(style.heavy_mm if heavy else style.light_mm))))
    shade = 235 if heavy or not dice.chance(0.2) else int(dice.uniform(90, 150))
    (x0, y0), (x1, y1) = p0, p1
    length = max(abs(x1 - x0), abs(y1 - y0))
    cuts = sorted(dice.uniform(0, 1) for _ in range(dice.int(2, 6))) if (not heavy and dice.chance(0.18)) else []
    t = 0.0
    for c in cuts + [1.0]:
        gap = 0.0 if c == 1.0 else dice.uniform(0.8, 3.0) / length
        end = min(c, 1.0)
        if end > t:
            draw.line([((x0 + (x1 - x0) * t) * k, (y0 + (y1 - y0) * t) * k),
                       ((x0 + (x1 - x0) * end) * k, (y0 + (y1 - y0) * end) * k)], fill=shade, width=width)
        t = end + gap


def _header_text(draw: ImageDraw.ImageDraw, text: str, cell: Box, k: float, font_path: Path) -> None:
    """A column header centred in its box, on up to three lines, as small as needed."""
    fonts.check_coverage(font_path, text)
    inner = cell.width - 1.2
    for size in (2.5, 2.3, 2.1, 1.95, 1.8, 1.65, 1.5):
        lines = _wrap_form(text, size, inner, font_path)
        if lines and len(lines) <= 3:
            break
    else:
        raise SystemExit(f"make-samples: header {text!r} does not fit its {cell.width} mm column")
    font = fonts.load(font_path, round(size * k))
    pitch = size * 1.2
    y = cell.y0 + (cell.height - pitch * len(lines)) / 2 + size * 0.9
    for i, line in enumerate(lines):
        draw.text(((cell.x0 + cell.x1) / 2 * k, (y + i * pitch) * k), line, font=font, fill=235, anchor="ms")


def _wrap_form(text: str, size: float, width: float, font_path: Path) -> list[str] | None:
    lines: list[str] = []
    for word in text.split():
        cand = f"{lines[-1]} {word}" if lines else word
        if lines and fonts.advance_em(font_path, cand) * size <= width:
            lines[-1] = cand
        elif fonts.advance_em(font_path, word) * size <= width:
            lines.append(word)
        else:
            return None
    return lines


# ---------------------------------------------------------------- the entries

def _write_cell(rgb: np.ndarray, cell: Box, settings: list[Setting], hand: Hand, lift: float, k: float,
                kind: str | None, dice: Dice) -> None:
    """Write a cell's fields (stacked, one block each) and apply ink damage to them."""
    blocks = [s for s in settings if not s.blank]
    if not blocks:
        return
    over = OVERSHOOT_MM
    region = Box(cell.x0 - over, cell.y0 - over, cell.x1 + over, cell.y1 + over).scaled(k).rounded()
    mask = np.zeros((region[3] - region[1], region[2] - region[0]), np.uint8)
    x = cell.x0 + PAD_MM + (0 if hand.printed else dice.uniform(0.0, HAND_INDENT_MM))
    y = _blocks_top(cell, blocks, hand, lift)
    for i, s in enumerate(blocks):
        inked = handwriting.render(hand, list(s.lines), s.size_mm * k, dice.child("block", i))
        baseline = y + 0.82 * s.size_mm
        left = round(x * k) - inked.origin[0] - region[0]
        top = round(baseline * k) - inked.origin[1] - region[1]
        handwriting.max_paste(mask, inked.mask, left, top)
        y += len(s.lines) * hand.line_em * s.size_mm
    if kind in damage.INK_KINDS:
        inside = (slice(round(over * k), mask.shape[0] - round(over * k)),
                  slice(round(over * k), mask.shape[1] - round(over * k)))
        hurt = damage.fade(mask, dice.child("damage")) if kind == "faded" else damage.smudge(mask, dice.child("damage"), k)
        mask[inside] = hurt[inside]
    apply_ink(rgb, mask, hand.ink, region[0], region[1])


def _blocks_height(blocks: list[Setting], hand: Hand) -> float:
    return sum(len(s.lines) * hand.line_em * s.size_mm for s in blocks)


def _blocks_top(cell: Box, blocks: list[Setting], hand: Hand, lift: float) -> float:
    """Top of a cell's first block: `lift` of the cell's spare height below the cell's top (at least 0.6 mm)."""
    used = _blocks_height(blocks, hand)
    return cell.y0 + max(0.6, (cell.height - max(used, 2 * hand.line_em * blocks[0].size_mm)) * lift)


def writing_box(cell: Box, settings: list[Setting], hand: Hand) -> Box | None:
    """Where a cell's writing can fall (mm), whatever lift and indent are drawn when it is rendered; None if blank."""
    blocks = [s for s in settings if not s.blank]
    if not blocks:
        return None
    low, high = (PRINTER_LIFT, PRINTER_LIFT) if hand.printed else HAND_LIFT
    width = max(hand.width_em(line) * s.size_mm for s in blocks for line in s.lines)
    x0 = cell.x0 + PAD_MM
    x1 = x0 + width + (0 if hand.printed else HAND_INDENT_MM)
    bottom = _blocks_top(cell, blocks, hand, high) + _blocks_height(blocks, hand)
    return Box(x0, _blocks_top(cell, blocks, hand, low), min(x1, cell.x1 + OVERSHOOT_MM),
               min(bottom, cell.y1 + OVERSHOOT_MM))
