"""How a book's printed form looks: the face of its headers and page number, the ink and weight of its ruling.

The classic books keep the form of the committed samples (DejaVu Sans, near-black rules 0.09–0.17 mm wide,
the frame and header rules 0.2–0.26 mm). A book of the wide preset draws its own from the seed, as forms
printed by different presses in different decades look: a face of fonts.FORM_FACES, a ruling ink (black,
dark blue, green-gray, brown or faded gray) and line weights between 0.1 and 0.6 mm.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import fonts
from .rng import Dice

# Ruling and form-text inks as reflectance (1 = paper white); they multiply the paper.
GRID_INKS = {
    "black": (0.13, 0.12, 0.13),
    "dark-blue": (0.14, 0.18, 0.42),
    "green-gray": (0.33, 0.40, 0.36),
    "brown": (0.38, 0.26, 0.17),
    "faded-gray": (0.48, 0.48, 0.50),
}
THINNEST_MM, THICKEST_MM = 0.1, 0.6


@dataclass(frozen=True)
class FormStyle:
    face: str = fonts.LEGACY_FORM_FACE        # id in fonts.FORM_FACES
    ink_name: str = "black"                   # key of GRID_INKS
    light_mm: tuple[float, float] = (0.09, 0.17)   # each body rule's width is drawn from this range
    heavy_mm: tuple[float, float] = (0.2, 0.26)    # frame and header rules

    @property
    def font(self) -> Path:
        return fonts.FORM_FACES[self.face].path

    @property
    def ink(self) -> tuple[float, float, float]:
        return GRID_INKS[self.ink_name]

    def truth(self) -> dict:
        return {"face": self.face, "ink": self.ink_name, "lightMm": list(self.light_mm),
                "heavyMm": list(self.heavy_mm)}


CLASSIC = FormStyle()


def draw(dice: Dice) -> FormStyle:
    """A book's own form, from its stream."""
    face = dice.choice(sorted(fonts.FORM_FACES))
    ink = dice.choice(sorted(GRID_INKS))
    light = dice.uniform(0.12, 0.4)
    heavy = min(THICKEST_MM - 0.04, max(light + 0.06, light * dice.uniform(1.3, 2.0)))
    return FormStyle(face, ink, (round(max(THINNEST_MM, light - 0.03), 3), round(light + 0.03, 3)),
                     (round(heavy - 0.04, 3), round(heavy + 0.04, 3)))
