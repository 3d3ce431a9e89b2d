"""How the pages reach the file: the three scan kinds, skew, turning upside down, light and dust.

Every page is placed by a map from page pixels to image pixels (continuous coordinates: pixel
(i, j) covers [i, i+1) × [j, j+1)): affine, or projective (a homography) for a keystoned photograph;
the maps go into the truth, so every printed or written thing has exact image coordinates. Angles
are counter-clockwise positive as seen on screen.

- flatbed spread: the opened book on an A3 scanner, lid background, gutter within ±3 % of the
  centre, skew ≤ 0.5°, a mild gutter shadow.
- photographed spread: a camera above the book on a dark table: the pages foreshortened
  differently (so the gutter lands off centre, up to ~15 % of the width), skew up to ±5°, a deep
  gutter shadow, uneven light, warm cast. With `keystone` (the wide preset) the camera also looks
  at the book at a slant: one edge of the spread comes out 6–16 % shorter than the opposite one and
  the sides lean, a real projective warp of both pages together.
- single page: one A4 page on a flatbed, skew ≤ 0.5°.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PIL import Image

from .page import PageImage
from .rng import Dice


@dataclass
class Placement:
    side: str
    matrix: np.ndarray      # 3 × 3, page px -> image px (homogeneous; affine unless keystoned)


@dataclass
class Frame:
    """One stored image (a file, or a frame of a multi-page TIFF) before encoding."""

    image: np.ndarray | None  # float32 H × W × 3, reflectance 0–1 (dropped once encoded)
    dpi: float              # pixels per inch on the page, along its height
    kind: str               # "spread" | "page"
    placements: list[Placement]
    skew: float
    rotation: int = 0
    gutter: tuple[float, float] | None = None   # x at y = 0 and at y = H
    size: tuple[int, int] = (0, 0)               # width, height (kept when the image is dropped)

    def __post_init__(self) -> None:
        if self.image is not None:
            self.size = (self.image.shape[1], self.image.shape[0])


def _rot(deg: float) -> np.ndarray:
    """Counter-clockwise on screen (y grows downwards)."""
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    return np.array([[c, s, 0], [-s, c, 0], [0, 0, 1]], dtype=np.float64)


def _translate(tx: float, ty: float) -> np.ndarray:
    return np.array([[1, 0, tx], [0, 1, ty], [0, 0, 1]], dtype=np.float64)


def _scale(sx: float, sy: float) -> np.ndarray:
    return np.diag([sx, sy, 1.0])


def _apply(m: np.ndarray, pts: np.ndarray) -> np.ndarray:
    h = (m @ np.c_[pts, np.ones(len(pts))].T).T
    return h[:, :2] / h[:, 2:3]


def is_affine(m: np.ndarray) -> bool:
    return m[2, 0] == 0 and m[2, 1] == 0 and m[2, 2] == 1


def _homography(src: np.ndarray, dst: np.ndarray) -> np.ndarray:
    """The projective map taking four points `src` onto `dst` (each 4 × 2), normalised to m[2, 2] = 1."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(src, dst):
        rows += [[x, y, 1, 0, 0, 0, -u * x, -u * y], [0, 0, 0, x, y, 1, -v * x, -v * y]]
        rhs += [u, v]
    return np.append(np.linalg.solve(np.asarray(rows, np.float64), np.asarray(rhs, np.float64)), 1.0).reshape(3, 3)


def _pil_transform(m: np.ndarray) -> tuple[Image.Transform, tuple[float, ...]]:
    """Pillow's transform method and data pulling image pixels back through the page map `m`."""
    inv = np.linalg.inv(m)
    if is_affine(m):
        return Image.Transform.AFFINE, tuple(inv[:2].ravel())
    return Image.Transform.PERSPECTIVE, tuple((inv / inv[2, 2]).ravel()[:8])


# ---------------------------------------------------------------- compositing

def _composite(pages: list[tuple[PageImage, np.ndarray]], size: tuple[int, int], background: np.ndarray) -> np.ndarray:
    """Warp each page by its matrix onto `background` (float32 H × W × 3)."""
    out = background
    for page, m in pages:
        method, data = _pil_transform(m)
        rgb8 = Image.fromarray(np.clip(page.rgb * 255 + 0.5, 0, 255).astype(np.uint8))
        warped = np.asarray(rgb8.transform(size, method, data, Image.Resampling.BILINEAR),
                            dtype=np.float32) / 255
        alpha = np.asarray(Image.fromarray(page.alpha).transform(size, method, data,
                                                                 Image.Resampling.BILINEAR), dtype=np.float32) / 255
        out = out * (1 - alpha[..., None]) + warped * alpha[..., None]
    return out.astype(np.float32)


def _smooth_field(w: int, h: int, dice: Dice, cells: int = 6) -> np.ndarray:
    """A smooth random field in [-1, 1], for backgrounds and lighting."""
    coarse = dice.gen.uniform(0, 255, (cells, cells)).astype(np.uint8)
    img = Image.fromarray(coarse).resize((w, h), Image.Resampling.BICUBIC)
    return np.asarray(img, dtype=np.float32) / 127.5 - 1


def _shade_gutter(page: PageImage, depth: float, width_mm: float) -> None:
    """Darken a page towards its inner (binding) edge, where it bends into the gutter."""
    w = page.rgb.shape[1]
    d_px = np.arange(w, dtype=np.float32)
    if page.side == "left":
        d_px = (w - 1) - d_px
    prof = 1 - depth * np.exp(-d_px / (width_mm * page.dpi / 25.4))
    page.rgb *= prof[None, :, None]


def _dust(img: np.ndarray, dice: Dice, count: int, dpi: float) -> None:
    """A few dark specks (dust on the glass, fibres): sparse, so they cost few bytes."""
    h, w = img.shape[:2]
    r_max = max(1, round(dpi / 150))
    for _ in range(count):
        x, y, r = dice.int(0, w - 1), dice.int(0, h - 1), dice.int(0, r_max)
        img[max(0, y - r):y + r + 1, max(0, x - r):x + r + 1] *= dice.uniform(0.35, 0.75)


# ---------------------------------------------------------------- spreads

def _spread_placement(pw: int, ph: int, angle: float, sx_left: float, sx_right: float, offset: float,
                      margin: float, margin_v: float) -> tuple[np.ndarray, np.ndarray, tuple[int, int], tuple[float, float]]:
    """Matrices of both pages, image size and gutter ends, for a spread whose gutter lies at
    (0.5 + offset) × width, the book at least `margin` px from each side."""
    r = _rot(angle)
    m_left = r @ _scale(sx_left, 1) @ _translate(-pw, 0)
    m_right = r @ _scale(sx_right, 1)
    corners = np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], dtype=np.float64)
    pts = np.vstack([_apply(m_left, corners), _apply(m_right, corners)])
    g_top, g_bot = _apply(r, np.array([[0.0, 0.0], [0.0, float(ph)]]))
    g = (g_top[0] + g_bot[0]) / 2
    a_left, a_right = g - pts[:, 0].min(), pts[:, 0].max() - g
    width = max((a_left + margin) / (0.5 + offset), (a_right + margin) / (0.5 - offset))
    height = pts[:, 1].max() - pts[:, 1].min() + 2 * margin_v
    size = (math.ceil(width), math.ceil(height))
    t = _translate((0.5 + offset) * width - g, margin_v - pts[:, 1].min())
    m_left, m_right = t @ m_left, t @ m_right
    top, bot = _apply(t @ r, np.array([[0.0, 0.0], [0.0, float(ph)]]))
    gutter = _line_x(top, bot, 0.0), _line_x(top, bot, float(size[1]))
    return m_left, m_right, size, gutter


def _line_x(p: np.ndarray, q: np.ndarray, y: float) -> float:
    return float(p[0] + (q[0] - p[0]) * (y - p[1]) / (q[1] - p[1]))


def flatbed_spread(left: PageImage, right: PageImage, dice: Dice) -> Frame:
    pw, ph = left.size
    k = left.dpi / 25.4
    angle = round(dice.uniform(-0.5, 0.5), 3)
    offset = dice.uniform(-0.025, 0.025)
    for page in (left, right):
        _shade_gutter(page, dice.uniform(0.08, 0.18), dice.uniform(3, 6))
    m_l, m_r, size, gutter = _spread_placement(pw, ph, angle, 1.0, 1.0, offset, 4 * k, 3 * k)
    lid = np.float32(dice.uniform(0.9, 0.95))
    bg = np.full((size[1], size[0], 3), lid, np.float32)
    img = _composite([(left, m_l), (right, m_r)], size, bg)
    _dust(img, dice.child("dust"), 60, left.dpi)
    return Frame(img, left.dpi, "spread", [Placement("left", m_l), Placement("right", m_r)], angle, 0, gutter)


def photographed_spread(left: PageImage, right: PageImage, dice: Dice, keystone: bool = False) -> Frame:
    pw, ph = left.size
    k = left.dpi / 25.4
    angle = round(dice.sign() * dice.uniform(1.0, 5.0), 3)
    offset = dice.sign() * dice.uniform(0.05, 0.15)
    # the camera stands off to one side: the far page looks narrower and the gutter moves towards it
    near, far = 1.0, dice.uniform(0.80, 0.9)
    sx_left, sx_right = (near, far) if offset > 0 else (far, near)
    for page in (left, right):
        _shade_gutter(page, dice.uniform(0.35, 0.55), dice.uniform(6, 14))
    m_l, m_r, size, gutter = _spread_placement(pw, ph, angle, sx_left, sx_right, offset, 12 * k, 12 * k)
    w, h = size
    if keystone:
        tilt = _keystone(w, h, dice.child("keystone"))
        m_l, m_r = (_normalised(tilt @ m) for m in (m_l, m_r))
        top, bot = _apply(m_r, np.array([[0.0, 0.0], [0.0, float(ph)]]))
        gutter = _line_x(top, bot, 0.0), _line_x(top, bot, float(h))
    tone = np.asarray([dice.uniform(0.16, 0.24), dice.uniform(0.12, 0.18), dice.uniform(0.09, 0.13)], np.float32)
    bg = tone[None, None, :] * (1 + 0.25 * _smooth_field(w, h, dice.child("table"), 4))[..., None]
    img = _composite([(left, m_l), (right, m_r)], size, bg)
    img *= _lighting(w, h, dice.child("light"))[..., None]
    img *= np.asarray([1.0, dice.uniform(0.96, 0.99), dice.uniform(0.88, 0.94)], np.float32)[None, None, :]
    return Frame(img, left.dpi, "spread", [Placement("left", m_l), Placement("right", m_r)], angle, 0, gutter)


def _keystone(w: int, h: int, dice: Dice) -> np.ndarray:
    """A camera tilted towards one edge of the spread (the far edge): its two corners are pulled in along
    it by 3–8 % of its length each, and one of them also towards the near edge (up to 3 %), so one side
    comes out shorter than the other. The warped frame stays inside the image, pages and some table in view."""
    corners = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float64)
    far = dice.choice(["top", "bottom", "left", "right"])
    pinch = dice.uniform(0.03, 0.08)
    lean = dice.uniform(0.0, 0.03)
    first, second = {"top": (0, 1), "bottom": (3, 2), "left": (0, 3), "right": (1, 2)}[far]
    along, across = (0, 1) if far in ("top", "bottom") else (1, 0)
    inwards = 1 if far in ("top", "left") else -1
    moved = corners.copy()
    moved[first, along] += pinch * (w, h)[along]
    moved[second, along] -= pinch * (w, h)[along]
    moved[dice.choice([first, second]), across] += inwards * lean * (w, h)[across]
    return _homography(corners, moved)


def _normalised(m: np.ndarray) -> np.ndarray:
    return m / m[2, 2]


def _lighting(w: int, h: int, dice: Dice) -> np.ndarray:
    """Uneven illumination: a linear fall-off in a random direction and a vignette, in steps of
    1/128 (invisible, and it keeps PNGs about 10 % smaller)."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    theta = dice.uniform(0, 2 * math.pi)
    t = ((xx / w - 0.5) * math.cos(theta) + (yy / h - 0.5) * math.sin(theta)) + 0.5
    r2 = ((xx / w - 0.5) ** 2 + (yy / h - 0.5) ** 2) * 2
    light = 1.04 - dice.uniform(0.15, 0.3) * t - dice.uniform(0.08, 0.2) * r2
    return (np.round(light * 128) / 128).astype(np.float32)


# ---------------------------------------------------------------- single pages

def single_page(page: PageImage, dice: Dice) -> Frame:
    pw, ph = page.size
    k = page.dpi / 25.4
    angle = round(dice.uniform(-0.5, 0.5), 3)
    _shade_gutter(page, dice.uniform(0.05, 0.12), dice.uniform(2, 4))
    r = _rot(angle)
    corners = _apply(r, np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], dtype=np.float64))
    mx, my = dice.uniform(2, 5) * k, dice.uniform(2, 5) * k
    t = _translate(mx - corners[:, 0].min(), my - corners[:, 1].min())
    size = (math.ceil(np.ptp(corners[:, 0]) + 2 * mx), math.ceil(np.ptp(corners[:, 1]) + 2 * my))
    m = t @ r
    bg = np.full((size[1], size[0], 3), np.float32(dice.uniform(0.9, 0.95)), np.float32)
    img = _composite([(page, m)], size, bg)
    _dust(img, dice.child("dust"), 30, page.dpi)
    return Frame(img, page.dpi, "page", [Placement(page.side, m)], angle)


# ---------------------------------------------------------------- orientation

def rotate_180(frame: Frame) -> Frame:
    """The same frame stored upside down; maps and gutter follow."""
    w, h = frame.size
    flip = np.array([[-1, 0, w], [0, -1, h], [0, 0, 1]], dtype=np.float64)
    gutter = (w - frame.gutter[1], w - frame.gutter[0]) if frame.gutter else None
    return Frame(np.ascontiguousarray(frame.image[::-1, ::-1]), frame.dpi, frame.kind,
                 [Placement(p.side, flip @ p.matrix) for p in frame.placements], frame.skew, 180, gutter)
