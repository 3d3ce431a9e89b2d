"""What offices and readers add to a book's pages besides the entries, planned page by page: red seals and
signatures over the last cells of some records, pencil ticks by the rows, short notes in the margins, and
stray marks on blank rows (a tick, a dot or short stroke, a cup ring, the edge of a seal).

Everything is planned in page millimetres with the book, independently of the resolution, so the truth
can say which cells a mark hides: a cell is damaged by a seal, a signature or a ring (kinds `seal`,
`signature`, `stain`) when the mark's footprint covers at least COVERED of the box its writing can fall
in (page.writing_box); a mark that only grazes a cell leaves it undamaged. Ticks, dots, strokes and
notes are kept clear of all writing, and a blank row stays blank in the truth whatever is on it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
from PIL import Image, ImageDraw

from . import handwriting, marks, page
from .layout import GRID_BOTTOM_MM, NUMBER_BASELINE_MM, PAGE_H_MM, PAGE_W_MM, TOP_MM, Box, PageLayout
from .rng import Dice
from .seals import SEAL_INKS, Seal, seal_text

if TYPE_CHECKING:
    from .book import Book

COVERED = 0.1        # share of a cell's writing box a mark must cover to damage the cell
_K = 4.0             # px per mm of the footprint masks
NOTES = ("Đã cấp bản sao", "Đã trích lục", "Xem lại", "Kiểm tra 2019", "Đã nhập máy", "Đính chính ngày 12/3/2015",
         "Sai ngày sinh, đã sửa", "Cấp lại 2 bản", "Lưu hồ sơ", "Đối chiếu xong")
STRAYS = ("tick", "dot", "stroke", "ring", "seal-edge")
TICK_GAP_MM = 1.5    # a tick beside a number starts this far right of where the number can reach
PENS = (handwriting.INKS["blue"], handwriting.INKS["black"])


@dataclass
class Annotations:
    marks: dict[tuple[int, str], list] = field(default_factory=dict)   # (opening, side) -> marks, drawn in order
    covered: dict[tuple[int, str], str] = field(default_factory=dict)  # (record, column key) -> damage kind


@dataclass
class _Page:
    """One page being annotated: its layout, where its writing can fall, and its marks so far."""

    layout: PageLayout
    rows: list[int | None]                 # record of each row, None = blank
    writing: dict[tuple[int, str], Box]    # (record, column key) -> where its writing can fall
    marks: list = field(default_factory=list)

    @property
    def grid(self) -> Box:
        e = self.layout.column_edges
        return Box(e[0], self.layout.row_edges[0], e[-1], self.layout.row_edges[-1])

    def row_band(self, row: int) -> tuple[float, float]:
        e = self.layout.row_edges
        return e[row], e[row + 1]


def plan(book: "Book", dice: Dice) -> Annotations:
    hz = book.spec.hazards
    out = Annotations()
    note_hand = handwriting.writer(f"{book.spec.book_id}:N", dice.child("note-hand"), faces=book.faces)
    text = seal_text(book.noi_dang_ky)
    strays = dice.sample(STRAYS, len(STRAYS))
    n_blank = 0
    for oi, o in enumerate(book.openings):
        if not o.readable:
            continue
        od = dice.child("opening", oi)
        pages = {side: _page(book, o.rows, side) for side in ("left", "right")}
        filled = [r for r, rec in enumerate(o.rows) if rec is not None]
        if hz.seals and filled:
            _seals(pages["right"], filled, text, od.child("seals"))
        if hz.pencil:
            _ticks(pages["left"], filled, od.child("ticks"))
            if od.chance(0.7):
                _note(pages[od.choice(["left", "right"])], note_hand, od.child("note"))
        if hz.strays:
            for r, rec in enumerate(o.rows):
                if rec is None:
                    _stray(pages, r, strays[n_blank % len(strays)], text, od.child("stray", r))
                    n_blank += 1
        for side, p in pages.items():
            kept = [m for m in p.marks if _record_cover(m, p, book, out)]
            if kept:
                out.marks[(oi, side)] = kept
    return out


def _page(book: "Book", rows: list[int | None], side: str) -> _Page:
    layout = PageLayout(book.form, side, book.rows)
    writing = {}
    for r, rec in enumerate(rows):
        if rec is None:
            continue
        hand = book.hands[book.records[rec].hand]
        for ci, col in enumerate(layout.columns):
            box = page.writing_box(layout.cell(r, ci), [book.settings[rec][f] for f in col.fields], hand)
            if box is not None:
                writing[(rec, col.key)] = box
    return _Page(layout, rows, writing)


def _seals(p: _Page, filled: list[int], text: str, dice: Dice) -> None:
    """One or two records of the opening signed and stamped over their last columns."""
    for r in dice.sample(filled, dice.int(1, 2)):
        d = dice.child("row", r)
        y0, y1 = p.row_band(r)
        right = p.layout.column_edges[-1]
        if d.chance(0.85):
            col = len(p.layout.columns) - d.int(1, 2)
            cell = p.layout.cell(r, col)
            width, height = d.uniform(16, 26), d.uniform(6, 10)
            left = cell.x0 + d.uniform(-3, max(-2.9, cell.width - width + 2))
            baseline = y1 - d.uniform(2.5, max(2.6, (y1 - y0) * 0.45))
            p.marks.append(marks.signature(left, baseline, width, height, d.choice(PENS), d.child("signature"), r))
        centre = (right - d.uniform(8, 40), (y0 + y1) / 2 + d.uniform(-0.3, 0.3) * (y1 - y0))
        p.marks.append(_seal(lambda radius: centre, text, 25, d, r))


def _seal(place, text: str, turn_sd: float, dice: Dice, row: int) -> Seal:
    """A seal 35–42 mm across centred at `place(radius)`, turned by up to about ±`turn_sd` degrees."""
    radius = dice.uniform(17.5, 21)
    return Seal(place(radius), radius, dice.uniform(5.5, 6.8), dice.uniform(0.2, 0.26) * radius, text,
                dice.normal(0, turn_sd), dice.choice(SEAL_INKS), row)


def _margin_tick(p: _Page, y: float, dice: Dice, row: int) -> None:
    """A pencil tick in a left page's outer margin, level with `y`."""
    size = dice.uniform(3.2, 4.5)
    p.marks.append(marks.tick(dice.uniform(2.5, p.layout.left_mm - size - 1.5), y, size, dice, row))


def _ticks(p: _Page, filled: list[int], dice: Dice) -> None:
    """Pencil ticks of someone checking the records: in the outer margin, or beside the record's number."""
    for r in filled:
        d = dice.child("row", r)
        if not d.chance(0.5):
            continue
        y0, y1 = p.row_band(r)
        number = p.writing.get((p.rows[r], "so"))
        room = p.layout.cell(r, 0).x1 - number.x1 - TICK_GAP_MM - 0.3 if number else 0
        if number and room > 3.0 and d.chance(0.5):
            p.marks.append(marks.tick(number.x1 + TICK_GAP_MM, number.y1 - 0.5, min(d.uniform(3.2, 4.5), room), d, r))
        else:
            _margin_tick(p, (y0 + y1) / 2 + d.uniform(-0.15, 0.15) * (y1 - y0), d, r)


def _note(p: _Page, hand: handwriting.Hand, dice: Dice) -> None:
    """A short note above the grid, or under it on the page's inner half (clear of the page number)."""
    text = dice.choice(NOTES)
    size = dice.uniform(3.0, 3.8)
    pencil = dice.chance(0.6)
    grid = p.grid
    if dice.chance(0.6):
        lo, hi, baseline = grid.x0, grid.x1, dice.uniform(9.5, TOP_MM - 0.5 * size)
    else:
        lo, hi = (PAGE_W_MM / 2, grid.x1) if p.layout.side == "left" else (grid.x0, PAGE_W_MM / 2)
        baseline = dice.uniform(GRID_BOTTOM_MM + 1.5 + size, NUMBER_BASELINE_MM)
    width = hand.width_em(text) * size
    if width > hi - lo:
        size *= (hi - lo) / width
        width = hi - lo
    p.marks.append(marks.Note(text, lo + dice.uniform(0, hi - lo - width), baseline, round(size, 3), hand, pencil))


def _stray(pages: dict[str, _Page], r: int, kind: str, text: str, dice: Dice) -> None:
    """One stray mark on blank row `r`, kept inside the row's band (a seal's edge may reach further)."""
    side = "left" if kind == "tick" else "right" if kind == "seal-edge" else dice.choice(["left", "right"])
    p = pages[side]
    y0, y1 = p.row_band(r)
    grid = p.grid
    cy = (y0 + y1) / 2 + dice.uniform(-0.15, 0.15) * (y1 - y0)
    x = dice.uniform(grid.x0 + 5, grid.x1 - 15)
    if kind == "tick":
        _margin_tick(p, cy, dice, r)
    elif kind == "dot":
        p.marks.append(marks.dot(x, cy, dice.choice(PENS), dice, r))
    elif kind == "stroke":
        p.marks.append(marks.stroke(x, cy, dice.uniform(3, 8), dice.choice(PENS), dice, r))
    elif kind == "ring":
        radius = min(dice.uniform(9, 16), (y1 - y0) / 2 - 2)
        p.marks.append(marks.Ring((dice.uniform(grid.x0 + radius, grid.x1 - radius), (y0 + y1) / 2), radius, r))
    else:   # the edge of a seal stamped mostly beside the grid
        p.marks.append(_seal(lambda radius: (grid.x1 + radius * dice.uniform(0.45, 0.7), cy), text, 40, dice, r))


def _record_cover(mark, p: _Page, book: "Book", out: Annotations) -> bool:
    """Note the cells `mark` hides in `out.covered`; False for a mark that must stay clear of writing but
    does not (it is dropped)."""
    fp = _footprint(mark)
    if mark.kind in ("tick", "dot", "stroke", "note"):
        return not any(_share(fp, box) > 0 for box in p.writing.values())
    for cell, box in p.writing.items():
        if _share(fp, box) >= COVERED and cell not in book.damage and cell not in out.covered:
            out.covered[cell] = mark.kind
    return True


def _footprint(mark) -> np.ndarray:
    img = Image.new("L", (round(PAGE_W_MM * _K), round(PAGE_H_MM * _K)), 0)
    mark.footprint(ImageDraw.Draw(img), _K)
    return np.asarray(img)


def _share(fp: np.ndarray, box: Box) -> float:
    b = box.scaled(_K).rounded()
    region = fp[max(0, b[1]):max(0, b[3]), max(0, b[0]):max(0, b[2])]
    return float((region > 0).mean()) if region.size else 0.0
