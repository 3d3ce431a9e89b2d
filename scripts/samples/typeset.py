"""Fitting written text into a cell: the size, the line breaks, and which spelling is kept.

Measurements are in millimetres and ems, independent of the dpi, so a record is set the same
way whatever resolution its scan is rendered at. A writer keeps the longest spelling that fits
at a reasonable size (shrinking a little first), then falls back to shorter spellings.
"""
from __future__ import annotations

from dataclasses import dataclass

from .content import Written
from .forms import Column
from .handwriting import Hand

PAD_MM = 1.0          # clearance from the ruled lines, each side
SCALES = (1.0, 0.93, 0.86, 0.8, 0.74, 0.68)
SQUEEZE_SCALES = (0.62, 0.56, 0.5, 0.45, 0.4)


@dataclass(frozen=True)
class Setting:
    """A field as it is drawn: text (lines joined by a space), value, lines and em size."""

    text: str
    value: str
    lines: tuple[str, ...]
    size_mm: float

    @property
    def blank(self) -> bool:
        return not self.text


BLANK = Setting("", "", (), 0.0)


def wrap(hand: Hand, text: str, size_mm: float, width_mm: float, max_lines: int) -> list[str] | None:
    """Greedy word wrap into at most `max_lines` lines, or None if it cannot fit."""
    lines: list[str] = []
    for word in text.split(" "):
        if lines and hand.width_em(f"{lines[-1]} {word}") * size_mm <= width_mm:
            lines[-1] = f"{lines[-1]} {word}"
        elif hand.width_em(word) * size_mm <= width_mm:
            lines.append(word)
        else:
            return None
        if len(lines) > max_lines:
            return None
    return lines


def fit(hand: Hand, written: Written, width_mm: float, height_mm: float, max_lines: int) -> Setting:
    """The first candidate spelling that fits the cell, at the largest size that fits it."""
    if written.is_blank:
        return BLANK
    inner = width_mm - 2 * PAD_MM
    for scales in (SCALES, SQUEEZE_SCALES):
        for text, value in written.candidates:
            for scale in scales:
                size = hand.size_mm * scale
                lines = wrap(hand, text, size, inner, max_lines)
                if lines and len(lines) * hand.line_em * size <= height_mm:
                    return Setting(text, value, tuple(lines), round(size, 3))
    raise SystemExit(f"make-samples: {written.candidates[-1][0]!r} does not fit a {width_mm} mm cell")


def set_row(written: dict[str, Written], hand: Hand, columns: tuple[Column, ...],
            row_height_mm: float) -> dict[str, Setting]:
    """Fit every field of one record: a one-field cell may take two lines, a two-field cell one each."""
    out: dict[str, Setting] = {}
    for col in columns:
        n = len(col.fields)
        for f in col.fields:
            out[f] = fit(hand, written[f], col.width_mm, (row_height_mm - 1.2) / n, 2 if n == 1 else 1)
    return out
