"""The batches the generator writes: the committed sample batch and a larger benchmark batch.

Each book lists its files in reading order; a file is one variant (encoders.VARIANTS) holding
one or more frames. Bad files are listed with the reason sohoa must report (truth vocabulary:
truncated, empty-file, not-an-image, too-large); a truncated file still holds real pages (the
book's next, blank ruled opening) so that its surviving bytes look right.
"""
from __future__ import annotations

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

PRESETS = {"samples": SAMPLES, "bench": BENCH}
