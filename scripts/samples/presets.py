"""The batches the generator writes: the committed sample batch, a larger benchmark batch, and the wide batch.

Each book lists its files in reading order; a file is one variant (encoders.VARIANTS) holding
one or more frames. Bad files are listed with the reason sohoa must report (truth vocabulary:
truncated, empty-file, not-an-image, too-large); a truncated file still holds real pages (the
book's next, blank ruled opening) so that its surviving bytes look right.

`wide` is the adversary: books that throw at the reader what real provinces' scans will (its `Hazards`:
printed faces from serif to typewriter, forms and rulings of other presses, 150 to 600 dpi and missing or
wrong dpi tags, every variant, keystoned photographs, bleed-through, seals and signatures over cells,
pencil ticks and margin notes, blank rows with stray marks, single pages in one multi-page TIFF or in
numbered files). The product is measured on it, never tuned on it, except on its tuning seed:
scripts/samples/FROZEN.md lists which seeds and hand sets are for tuning and which are frozen.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .content import Locality

TRUE_DPI = "true"   # dpi tag written as the real resolution


@dataclass(frozen=True)
class FrameSpec:
    dpi: int
    rotation: int = 0      # 0 or 180


@dataclass(frozen=True)
class FileSpec:
    name: str
    variant: str | None                      # None for files that hold no image at all
    frames: tuple[FrameSpec, ...] = (FrameSpec(200),)
    dpi_tag: str | int | None = TRUE_DPI     # TRUE_DPI, None (no tag) or a wrong number
    rejected: str | None = None

    @property
    def format(self) -> str:
        return "tiff" if self.name.endswith((".tif", ".tiff")) else "png"

    @property
    def rendered(self) -> bool:
        return self.rejected in (None, "truncated")


@dataclass(frozen=True)
class Hazards:
    """What a book of the wide preset adds to the classic ones; all off by default (samples and bench)."""

    print_style: str | None = None  # serif | sans | typewriter: printed entries in a face of that style drawn from
                                    # fonts.PRINT_FACES by the seed; None: Liberation Serif
    drawn_form: bool = False        # form face, ruling ink and line weights drawn from the seed (formstyle)
    keystone: bool = False          # photographed spreads: the camera looks at a slant (a projective warp)
    bleed: bool = False             # the reverse side's ink shows through (bleed)
    seals: bool = False             # red seals and signatures over the last cells of some records
    pencil: bool = False            # pencil ticks by the rows, short notes in the margins
    strays: bool = False            # blank rows carry a stray mark: tick, dot, stroke, cup ring, a seal's edge
    blank_rows: int = 0             # rows left blank inside the book, besides the unfilled end

    @property
    def names(self) -> list[str]:
        """The hazards that are on, named for the truth (camelCase: drawnForm, blankRows, …)."""
        return [re.sub(r"_(\w)", lambda m: m.group(1).upper(), f) for f, v in vars(self).items()
                if v and f != "print_style"]


NO_HAZARDS = Hazards()


@dataclass(frozen=True)
class BookSpec:
    book_id: str
    pipeline: str
    year: int
    quyen_so: str
    locality: Locality
    hand: str                       # printed | handwritten | mixed
    hands: tuple[str, ...]          # kind of each hand, in order of appearance
    scan: str                       # flatbed | photographed | single
    files: tuple[FileSpec, ...]
    odd_left: bool = False          # left pages carry odd numbers
    per_year: int = 150
    rows: int | None = None         # rows per page; None: drawn from the seed (4–8)
    damage: tuple[str, ...] = ("blur", "smudge", "faded", "stain", "blur", "faded")
    tear: bool = True
    hazards: Hazards = NO_HAZARDS


def _f(name: str, variant: str | None, *frames: FrameSpec, **kw) -> FileSpec:
    return FileSpec(name, variant, tuple(frames) or (FrameSpec(200),), **kw)


THACH_THANH = Locality("Thanh Hóa", "Thạch Thành", "Ngọc Trạo", historical=False,
                       ethnic_mix=(("Kinh", 0.7), ("Mường", 0.27), ("Thái", 0.03)))
CAM_XUYEN = Locality("Hà Tĩnh", "Cẩm Xuyên", "Cẩm Hòa", historical=True)
NAM_DINH = Locality("Nam Định", "Nam Định", "Lộc Hòa", historical=True)

SAMPLES = (
    BookSpec("ks-thachthanh-2008-01", "ks-ledger", 2008, "01/2008", THACH_THANH, "printed", ("printed",), "flatbed",
             (_f("0001.tif", "bilevel-g4", FrameSpec(300), FrameSpec(300)),
              _f("0002.tif", "gray8-lzw", FrameSpec(200, 180)),
              _f("0003.tif", "gray16-deflate"),
              _f("0004.tif", "rgb-jpeg", dpi_tag=None),
              _f("0005.tif", "bilevel-g4", rejected="truncated"))),
    BookSpec("kt-camxuyen-2012-02", "kt-ledger", 2012, "02/2012", CAM_XUYEN, "handwritten",
             ("handwritten", "handwritten"), "photographed",
             (_f("0001.png", "rgb8"),
              _f("0002.png", "rgba8"),
              _f("0003.png", "palette8", FrameSpec(200, 180)),
              _f("0004.png", "gray16"),
              _f("0005.png", None, rejected="empty-file"),
              _f("0006.png", None, rejected="too-large")),
             per_year=60),
    BookSpec("kh-namdinh-2009-01", "kh-ledger", 2009, "01/2009", NAM_DINH, "mixed", ("printed", "handwritten"),
             "single",
             (_f("0001.png", "gray8", FrameSpec(300)),
              _f("0002.png", "gray-alpha8"),
              _f("0003.tif", "rgb-none", FrameSpec(100)),
              _f("0004.tif", "gray8-none", FrameSpec(100), dpi_tag=1),
              _f("0005.tif", "gray8-deflate", FrameSpec(200), FrameSpec(200, 180)),
              _f("0006.tif", None, rejected="not-an-image"),
              _f("0007.png", "gray8", rejected="truncated")),
             odd_left=True, per_year=40),
)


def _bench_files(ext: str, variant: str, dpi: int) -> tuple[FileSpec, ...]:
    return tuple(_f(f"{i:04d}.{ext}", variant, FrameSpec(dpi, 180 if i == 5 else 0)) for i in range(1, 9))


BENCH = (
    BookSpec("ks-bench-2010-01", "ks-ledger", 2010, "01/2010", THACH_THANH, "printed", ("printed",), "flatbed",
             _bench_files("tif", "gray8-lzw", 300)),
    BookSpec("kt-bench-2013-01", "kt-ledger", 2013, "01/2013", CAM_XUYEN, "handwritten",
             ("handwritten", "handwritten"), "photographed", _bench_files("tif", "rgb-jpeg", 250), per_year=60),
    BookSpec("kh-bench-2011-01", "kh-ledger", 2011, "01/2011", NAM_DINH, "mixed", ("printed", "handwritten"),
             "photographed", _bench_files("png", "gray8", 200), per_year=40),
)

SOC_TRANG = Locality("Sóc Trăng", "Mỹ Xuyên", "Đại Tâm", historical=False,
                     ethnic_mix=(("Kinh", 0.55), ("Khơ-me", 0.4), ("Hoa", 0.05)))
LANG_SON = Locality("Lạng Sơn", "Cao Lộc", "Bảo Lâm", historical=True,
                    ethnic_mix=(("Tày", 0.45), ("Nùng", 0.4), ("Kinh", 0.15)))
DAK_LAK = Locality("Đắk Lắk", "Krông Pắc", "Ea Kly", historical=False,
                   ethnic_mix=(("Kinh", 0.6), ("Ê-đê", 0.35), ("Tày", 0.05)))
CA_MAU = Locality("Cà Mau", "Cái Nước", "Phú Hưng", historical=True,
                  ethnic_mix=(("Kinh", 0.95), ("Khơ-me", 0.05)))

_ALL = dict(drawn_form=True, seals=True, pencil=True, strays=True)


def _pages(stem: str, variants: tuple[tuple[str, int], ...]) -> tuple[FileSpec, ...]:
    """Single pages in numbered files stem1, stem2, … stem10 (not zero-padded: lexical order is wrong);
    the fourth is stored upside down and the seventh has no dpi tag."""
    return tuple(_f(f"{stem}{i}.tif", v, FrameSpec(dpi, 180 if i == 4 else 0), dpi_tag=None if i == 7 else TRUE_DPI)
                 for i, (v, dpi) in enumerate(variants, start=1))


WIDE = (
    BookSpec("ks-wide-thachthanh-2015-01", "ks-ledger", 2015, "01/2015", THACH_THANH, "printed", ("printed",),
             "flatbed",
             (_f("0001.tif", "bilevel-g4", FrameSpec(300), FrameSpec(300)),
              _f("0002.tif", "gray16-deflate", FrameSpec(150), dpi_tag=None),
              _f("0003.tif", "rgb-jpeg", FrameSpec(200), dpi_tag=72),
              _f("0004.tif", "gray8-lzw", FrameSpec(200, 180)),
              _f("0005.tif", "rgb-none", FrameSpec(150))),
             hazards=Hazards("typewriter", blank_rows=2, **_ALL)),
    BookSpec("kt-wide-myxuyen-2016-01", "kt-ledger", 2016, "01/2016", SOC_TRANG, "handwritten",
             ("handwritten", "handwritten"), "photographed",
             (_f("0001.png", "rgb8"),
              _f("0002.png", "rgba8", FrameSpec(150)),
              _f("0003.png", "palette8", FrameSpec(200, 180)),
              _f("0004.png", "gray16", FrameSpec(250), dpi_tag=None)),
             per_year=70, hazards=Hazards(keystone=True, bleed=True, **_ALL)),
    BookSpec("kh-wide-caoloc-2005-01", "kh-ledger", 2005, "01/2005", LANG_SON, "mixed", ("printed", "handwritten"),
             "photographed",
             (_f("0001.tif", "rgb-jpeg", FrameSpec(200), FrameSpec(200)),
              _f("0002.tif", "gray8-deflate", FrameSpec(400)),
              _f("0003.tif", "gray8-none", FrameSpec(150)),
              _f("0004.png", "gray-alpha8", FrameSpec(200), dpi_tag=96)),
             per_year=50, hazards=Hazards("serif", keystone=True, bleed=True, blank_rows=3, **_ALL)),
    BookSpec("ks-wide-namdinh-1998-01", "ks-ledger", 1998, "01/1998", NAM_DINH, "mixed", ("printed", "handwritten"),
             "single",
             (_f("so-1998.tif", "gray8-lzw", *(FrameSpec(200, 180 if i == 5 else 0) for i in range(8))),
              _f("phu-luc.tif", "bilevel-g4", FrameSpec(300), FrameSpec(300))),
             odd_left=True, per_year=120, hazards=Hazards("sans", bleed=True, **_ALL)),
    BookSpec("kt-wide-camxuyen-2003-01", "kt-ledger", 2003, "01/2003", CAM_XUYEN, "handwritten", ("handwritten",),
             "single",
             _pages("trang_", (("gray8-lzw", 150), ("gray8-deflate", 150), ("bilevel-g4", 300), ("rgb-jpeg", 200),
                               ("gray16-deflate", 150), ("gray8-none", 150), ("gray8-lzw", 200), ("rgb-jpeg", 150),
                               ("gray8-deflate", 200), ("bilevel-g4", 200))),
             per_year=60, hazards=Hazards(pencil=True, strays=True, blank_rows=1, drawn_form=True)),
    BookSpec("kh-wide-cainuoc-2019-01", "kh-ledger", 2019, "01/2019", CA_MAU, "printed", ("printed",), "flatbed",
             (_f("0001.tif", "gray8-deflate"),
              _f("0002.tif", "rgb-jpeg", FrameSpec(150)),
              _f("0003.tif", "gray8-lzw"),
              _f("0004.tif", "bilevel-g4", rejected="truncated"),
              _f("0005.tif", None, rejected="not-an-image")),
             per_year=45, hazards=Hazards("sans", bleed=True, **_ALL)),
    BookSpec("ks-wide-krongpac-2012-01", "ks-ledger", 2012, "01/2012", DAK_LAK, "handwritten",
             ("handwritten", "handwritten"), "photographed",
             (_f("0001.png", "gray8", FrameSpec(400)),
              _f("0002.png", "rgb8", FrameSpec(150)),
              _f("0003.png", "gray-alpha8")),
             hazards=Hazards(keystone=True, blank_rows=2, **_ALL)),
    BookSpec("kt-wide-thachthanh-2020-01", "kt-ledger", 2020, "01/2020", THACH_THANH, "printed", ("printed",),
             "flatbed",
             (_f("0001.tif", "gray8-none", FrameSpec(150)),
              _f("0002.tif", "rgb-none", FrameSpec(150), dpi_tag=None),
              _f("0003.png", "gray16"),
              _f("0004.png", "rgba8", FrameSpec(200, 180))),
             per_year=80, hazards=Hazards("serif", bleed=True, **_ALL)),
    BookSpec("kh-wide-namdinh-2001-01", "kh-ledger", 2001, "01/2001", NAM_DINH, "mixed", ("printed", "handwritten"),
             "single",
             (_f("0001.png", "gray8", FrameSpec(600)),
              _f("0002.tif", "gray8-lzw"),
              _f("0003.tif", "rgb-jpeg", FrameSpec(150), FrameSpec(150, 180), dpi_tag=300),
              _f("0004.png", "palette8", FrameSpec(150)),
              _f("0005.png", "rgb8", FrameSpec(150))),
             per_year=40, hazards=Hazards("typewriter", pencil=True, strays=True, blank_rows=1)),
)

PRESETS = {"samples": SAMPLES, "bench": BENCH, "wide": WIDE}
