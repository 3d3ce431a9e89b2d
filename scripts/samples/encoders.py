"""Writing frames as the TIFF and PNG variants sohoa must read, and the bad files it must reject.

A variant fixes the container, compression, bit depth and colour model; the dpi tag is written
right unless the file's spec says `none` (no tag at all) or a number (a wrong tag).
"""
from __future__ import annotations

import io
import itertools
import struct
import zlib
from dataclasses import dataclass
from typing import Callable

import numpy as np
from PIL import Image

from .scan import Frame


@dataclass(frozen=True)
class Variant:
    name: str
    format: str             # "tiff" | "png"
    bits: int
    samples: int
    to_image: Callable[[np.ndarray], Image.Image]
    compression: str | None = None   # Pillow's TIFF compression name
    multi_frame: bool = False


def _gray(img: np.ndarray) -> np.ndarray:
    return img[..., 0] * 0.299 + img[..., 1] * 0.587 + img[..., 2] * 0.114


def _u8(a: np.ndarray) -> np.ndarray:
    return np.clip(a * 255 + 0.5, 0, 255).astype(np.uint8)


def gray8(img: np.ndarray) -> Image.Image:
    return Image.fromarray(_u8(_gray(img)), "L")


def gray16(img: np.ndarray) -> Image.Image:
    """16-bit gray holding the 8-bit levels (× 257): exact either way, and it keeps files small."""
    return Image.fromarray(_u8(_gray(img)).astype(np.uint16) * 257)


def bilevel(img: np.ndarray) -> Image.Image:
    """Black where darker than 60 % of the paper white, as a scanner's B/W mode does."""
    g = _gray(img)
    paper = float(np.percentile(g[:: 7, :: 7], 90))
    return Image.fromarray(((g > 0.6 * paper) * 255).astype(np.uint8), "L").convert("1", dither=Image.Dither.NONE)


def rgb8(img: np.ndarray) -> Image.Image:
    return Image.fromarray(_u8(img), "RGB")


def rgba8(img: np.ndarray) -> Image.Image:
    rgba = np.dstack([_u8(img), np.full(img.shape[:2], 255, np.uint8)])
    return Image.fromarray(rgba, "RGBA")


def gray_alpha8(img: np.ndarray) -> Image.Image:
    return gray8(img).convert("LA")


def palette8(img: np.ndarray) -> Image.Image:
    return rgb8(img).quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)


VARIANTS = {v.name: v for v in (
    Variant("bilevel-g4", "tiff", 1, 1, bilevel, "group4", True),
    Variant("gray8-lzw", "tiff", 8, 1, gray8, "tiff_lzw", True),
    Variant("gray16-deflate", "tiff", 16, 1, gray16, "tiff_adobe_deflate", True),
    Variant("rgb-jpeg", "tiff", 8, 3, rgb8, "jpeg", True),
    Variant("rgb-none", "tiff", 8, 3, rgb8, "raw", True),
    Variant("gray8-none", "tiff", 8, 1, gray8, "raw", True),
    Variant("gray8-deflate", "tiff", 8, 1, gray8, "tiff_adobe_deflate", True),
    Variant("rgb8", "png", 8, 3, rgb8),
    Variant("rgba8", "png", 8, 4, rgba8),
    Variant("palette8", "png", 8, 1, palette8),
    Variant("gray16", "png", 16, 1, gray16),
    Variant("gray8", "png", 8, 1, gray8),
    Variant("gray-alpha8", "png", 8, 2, gray_alpha8),
)}

JPEG_QUALITY = 60
PREDICTOR = 317   # TIFF tag


def encode(frames: list[Frame], variant: Variant, dpi_tag: float | None) -> bytes:
    """The bytes of one file holding `frames`, tagged `dpi_tag` dots per inch (None: no tag)."""
    if len(frames) > 1 and not variant.multi_frame:
        raise ValueError(f"{variant.name} cannot hold {len(frames)} frames")
    images = [variant.to_image(f.image) for f in frames]
    extra: dict = {} if dpi_tag is None else {"dpi": (dpi_tag, dpi_tag)}
    buf = io.BytesIO()
    if variant.format == "png":
        images[0].save(buf, "PNG", compress_level=9, **extra)
    else:
        if variant.compression == "jpeg":
            extra["quality"] = JPEG_QUALITY
        elif variant.compression in ("tiff_lzw", "tiff_adobe_deflate"):
            extra["tiffinfo"] = {PREDICTOR: 2}   # horizontal differencing, as most scanners write
        images[0].save(buf, "TIFF", compression=variant.compression, save_all=len(images) > 1,
                       append_images=images[1:], **extra)
    return buf.getvalue()


# ---------------------------------------------------------------- bad files

def truncated(data: bytes, fraction: float = 0.4) -> bytes:
    return data[:int(len(data) * fraction)]


_TYPE_SIZE = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4}
_STRIP_OFFSETS, _STRIP_COUNTS = 273, 279


def tiff_ifd_first(data: bytes) -> bytes:
    """The same one-image TIFF laid out as header, directory, tag values, then pixel data.

    libtiff writes the directory after the pixels, so a cut-off copy would lose its directory and
    look like no TIFF at all; a real interrupted copy of a scan keeps its directory and loses
    pixel data, which is what a truncated sample must show.
    """
    if data[:4] != b"II*\x00":
        raise ValueError("only little-endian classic TIFF is laid out")
    (ifd,) = struct.unpack_from("<I", data, 4)
    (n,) = struct.unpack_from("<H", data, ifd)
    if struct.unpack_from("<I", data, ifd + 2 + 12 * n)[0] != 0:
        raise ValueError("only single-image TIFFs are laid out")
    entries = [struct.unpack_from("<HHI4s", data, ifd + 2 + 12 * i) for i in range(n)]

    def payload(kind: int, count: int, raw: bytes) -> bytes:
        size = _TYPE_SIZE[kind] * count
        return raw[:size] if size <= 4 else data[struct.unpack("<I", raw)[0]:][:size]

    def ints(tag: int) -> list[int]:
        _, kind, count, raw = next(e for e in entries if e[0] == tag)
        return list(struct.unpack(f"<{count}{'H' if kind == 3 else 'I'}", payload(kind, count, raw)))

    offsets, counts = ints(_STRIP_OFFSETS), ints(_STRIP_COUNTS)
    tags = [(tag, 4 if tag == _STRIP_OFFSETS else kind, count,
             bytes(4 * count) if tag == _STRIP_OFFSETS else payload(kind, count, raw))
            for tag, kind, count, raw in entries]
    at = 8 + 2 + 12 * n + 4                    # first byte after the directory
    placed = {}
    for tag, _, _, p in tags:
        if len(p) > 4:
            placed[tag], at = at, at + len(p) + len(p) % 2
    starts = list(itertools.accumulate([at, *counts[:-1]]))
    tags = [(t, k, c, struct.pack(f"<{c}I", *starts) if t == _STRIP_OFFSETS else p) for t, k, c, p in tags]
    out = bytearray(b"II*\x00" + struct.pack("<IH", 8, n))
    for tag, kind, count, p in tags:
        out += struct.pack("<HHI", tag, kind, count) + (struct.pack("<I", placed[tag]) if tag in placed
                                                          else p.ljust(4, b"\x00"))
    out += bytes(4)
    for tag, _, _, p in tags:
        if tag in placed:
            out += p + bytes(len(p) % 2)
    for off, cnt in zip(offsets, counts):
        out += data[off:off + cnt]
    return bytes(out)


def png_chunks(data: bytes) -> list[tuple[int, bytes, int]]:
    """(offset, type, length) of every chunk of a PNG."""
    out, pos = [], 8
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        out.append((pos, kind, length))
        pos += 12 + length
    return out


def png_cut_mid_idat(data: bytes) -> bytes:
    """A PNG that ends halfway through the data of its first IDAT chunk."""
    pos, _, length = next(c for c in png_chunks(data) if c[1] == b"IDAT")
    return data[:pos + 8 + length // 2]


def not_an_image() -> bytes:
    return ("Biên bản bàn giao sổ hộ tịch\n"
            "This file is a text note saved with an image extension by mistake.\n"
            "It is not a TIFF image.\n").encode("utf-8")


def _chunk(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


def huge_png(side: int = 20000) -> bytes:
    """A valid, blank 1-bit PNG of side × side pixels: tiny on disk, 50 MB of rows when decoded."""
    row = b"\x00" + b"\xff" * ((side + 7) // 8)
    comp = zlib.compressobj(9)
    body = b"".join(comp.compress(row) for _ in range(side)) + comp.flush()
    ihdr = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    phys = struct.pack(">IIB", 11811, 11811, 1)   # 300 dpi
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"pHYs", phys) + _chunk(b"IDAT", body) + \
        _chunk(b"IEND", b"")
