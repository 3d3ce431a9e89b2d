"""Page geometry in millimetres: margins, the printed header band, the ruled grid, the page number.

A page is A4 portrait. The outer margin is narrower than the inner (binding) one; the grid hangs
under a header band and ends above the page number, which sits near the bottom outer corner
(bottom-left on a left page, bottom-right on a right page).
"""
from __future__ import annotations

from dataclasses import dataclass

from .forms import Column, Form

PAGE_W_MM, PAGE_H_MM = 210.0, 297.0
MARGIN_OUTER_MM, MARGIN_INNER_MM = 14.0, 18.0
TOP_MM = 16.0
HEADER_MM = 15.0
GRID_BOTTOM_MM = 271.0
NUMBER_BASELINE_MM = 285.0
USABLE_WIDTH_MM = PAGE_W_MM - MARGIN_OUTER_MM - MARGIN_INNER_MM


@dataclass(frozen=True)
class Box:
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    def scaled(self, k: float) -> "Box":
        return Box(self.x0 * k, self.y0 * k, self.x1 * k, self.y1 * k)

    def rounded(self) -> list[int]:
        return [round(self.x0), round(self.y0), round(self.x1), round(self.y1)]


@dataclass(frozen=True)
class PageLayout:
    """Where everything printed on one side of a spread stands, in mm from the page's top-left."""

    form: Form
    side: str
    rows: int

    @property
    def columns(self) -> tuple[Column, ...]:
        return self.form.columns(self.side)

    @property
    def left_mm(self) -> float:
        return MARGIN_OUTER_MM if self.side == "left" else MARGIN_INNER_MM

    @property
    def column_edges(self) -> list[float]:
        edges = [self.left_mm]
        for col in self.columns:
            edges.append(edges[-1] + col.width_mm)
        return edges

    @property
    def header(self) -> Box:
        e = self.column_edges
        return Box(e[0], TOP_MM, e[-1], TOP_MM + HEADER_MM)

    @property
    def row_edges(self) -> list[float]:
        top = TOP_MM + HEADER_MM
        pitch = (GRID_BOTTOM_MM - top) / self.rows
        return [top + i * pitch for i in range(self.rows + 1)]

    @property
    def row_height(self) -> float:
        e = self.row_edges
        return e[1] - e[0]

    def header_cell(self, col: int) -> Box:
        e = self.column_edges
        return Box(e[col], TOP_MM, e[col + 1], TOP_MM + HEADER_MM)

    def cell(self, row: int, col: int) -> Box:
        """Cell of 0-based `row` and column index `col`."""
        ce, re = self.column_edges, self.row_edges
        return Box(ce[col], re[row], ce[col + 1], re[row + 1])

    def number_anchor(self) -> tuple[float, float, str]:
        """x, baseline y and PIL anchor of the page number (outer corner)."""
        if self.side == "left":
            return MARGIN_OUTER_MM, NUMBER_BASELINE_MM, "ls"
        return PAGE_W_MM - MARGIN_OUTER_MM, NUMBER_BASELINE_MM, "rs"

    def grid_truth(self, dpi: float) -> dict:
        """The grid in page pixels at `dpi` (before any scan transform), for truth.json."""
        k = dpi / 25.4
        return {"header": [round(TOP_MM * k), round((TOP_MM + HEADER_MM) * k)],
                "rows": [[round(a * k), round(b * k)] for a, b in zip(self.row_edges, self.row_edges[1:])],
                "columns": [{"fields": list(c.fields), "x0": round(a * k), "x1": round(b * k)}
                            for c, a, b in zip(self.columns, self.column_edges, self.column_edges[1:])]}
