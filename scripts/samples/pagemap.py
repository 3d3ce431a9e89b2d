"""Page-to-image maps as truth.json stores them (`pageToImage`): two rows [[a, b, c], [d, e, f]] for an affine
map, three for a homography (a keystoned photograph). Standard library only, so that scripts/evaluate-prepare
can use it with the system Python.
"""
from __future__ import annotations

import math

A4_MM = (210.0, 297.0)


def map_point(m: list[list[float]], x: float, y: float) -> tuple[float, float]:
    """Page pixel (x, y) in stored-image pixels."""
    w = m[2][0] * x + m[2][1] * y + m[2][2] if len(m) == 3 else 1.0
    return (m[0][0] * x + m[0][1] * y + m[0][2]) / w, (m[1][0] * x + m[1][1] * y + m[1][2]) / w


def page_width(m: list[list[float]], dpi: float) -> float:
    """The page's width in the stored image, in pixels, across its middle: A4 at `dpi`, as the scan scaled it."""
    w, h = (mm / 25.4 * dpi for mm in A4_MM)
    (x0, y0), (x1, y1) = map_point(m, 0, h / 2), map_point(m, w, h / 2)
    return math.hypot(x1 - x0, y1 - y0)
