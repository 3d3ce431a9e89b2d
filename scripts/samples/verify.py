"""Checks that every written file really is what truth.json says it is.

Pillow opens each file and checks frames, size, pixel mode, compression and dpi tag; where
libtiff's `tiffinfo` is installed it confirms TIFF compression, bit depth and resolution from the
tags themselves. Each page's map (`pageToImage`, affine or a homography) must put the grid's top and
bottom rules on dark pixels, with lighter paper just outside them. Bad files must fail the way
their reason says.
"""
from __future__ import annotations

import re
import shutil
import struct
import subprocess
import unicodedata
from pathlib import Path

import numpy as np
from PIL import Image

from . import encoders
from .pagemap import map_point

MODES = {"bilevel-g4": "1", "gray8-lzw": "L", "gray16-deflate": "I;16", "rgb-jpeg": "RGB", "rgb-none": "RGB",
         "gray8-none": "L", "gray8-deflate": "L", "rgb8": "RGB", "rgba8": "RGBA", "palette8": "P",
         "gray16": "I;16", "gray8": "L", "gray-alpha8": "LA"}
TIFF_COMPRESSION = {"bilevel-g4": ("group4", "CCITT Group 4"), "gray8-lzw": ("tiff_lzw", "LZW"),
                    "gray16-deflate": ("tiff_adobe_deflate", "AdobeDeflate"), "rgb-jpeg": ("jpeg", "JPEG"),
                    "rgb-none": ("raw", "None"), "gray8-none": ("raw", "None"),
                    "gray8-deflate": ("tiff_adobe_deflate", "AdobeDeflate")}


PNG_DPI_TOLERANCE = 0.0128   # pHYs holds whole pixels per metre: 150 dpi reads back as 150.0124
RULE_SAMPLES = 41            # points along each rule checked


class Failure(Exception):
    pass


def _expect(cond: bool, what: str) -> None:
    if not cond:
        raise Failure(what)


def check_batch(batch: Path, truth: dict) -> list[str]:
    """All problems found (empty when the batch matches its truth)."""
    problems = []
    for book_id, book in truth["books"].items():
        folder = batch / book_id
        if not (folder / "book.yaml").is_file():
            problems.append(f"{book_id}: no book.yaml")
        for entry in book["files"]:
            try:
                _check_file(folder / entry["file"], entry)
            except (Failure, OSError, ValueError) as e:
                problems.append(f"{book_id}/{entry['file']}: {e}")
        for rec in book["records"]:
            for name, f in rec["fields"].items():
                if unicodedata.normalize("NFC", f["text"]) != f["text"]:
                    problems.append(f"{book_id}: record text not NFC in {name}")
    return problems


def _check_file(path: Path, entry: dict) -> None:
    data = path.read_bytes()
    reason = entry.get("rejected")
    if reason == "empty-file":
        _expect(len(data) == 0, "should be empty")
    elif reason == "not-an-image":
        _expect(not _opens(path), "a text file should not open as an image")
    elif reason == "too-large":
        _expect(data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", "not a PNG")
        w, h, bits, colour = struct.unpack(">IIBB", data[16:26])
        _expect((w, h, bits, colour) == (20000, 20000, 1, 0), f"IHDR is {w}x{h} {bits}-bit colour {colour}")
        _expect(len(data) < 200_000, "too big on disk")
    elif reason == "truncated":
        _expect(len(data) > 0, "should not be empty")
        _truncated_png(data) if entry["format"] == "png" else _truncated_tiff(path, len(data))
    else:
        _check_image(path, entry)


def _opens(path: Path) -> bool:
    try:
        with Image.open(path):
            return True
    except Exception:
        return False


def _truncated_tiff(path: Path, size: int) -> None:
    """A readable header and directory whose pixel data runs past the end of the file."""
    with Image.open(path) as im:
        offsets, counts = im.tag_v2[273], im.tag_v2[279]
        _expect(im.size[0] > 0 and max(o + c for o, c in zip(offsets, counts)) > size,
                "the pixel data should run past the end of the file")


def _truncated_png(data: bytes) -> None:
    """IHDR intact, the file ending inside an IDAT chunk's data, no IEND."""
    chunks = encoders.png_chunks(data)
    _expect(chunks[0][1] == b"IHDR" and all(k != b"IEND" for _, k, _ in chunks), "IHDR missing or IEND present")
    pos, kind, length = chunks[-1]
    _expect(kind == b"IDAT" and pos + 8 < len(data) < pos + 8 + length, "should end inside an IDAT chunk")


def _check_image(path: Path, entry: dict) -> None:
    variant, frames = entry["variant"], entry["frames"]
    with Image.open(path) as im:
        _expect(getattr(im, "n_frames", 1) == len(frames), f"{getattr(im, 'n_frames', 1)} frames, want {len(frames)}")
        for i, fr in enumerate(frames):
            im.seek(i)
            im.load()
            _expect(im.size == (fr["width"], fr["height"]), f"frame {i} is {im.size}")
            _expect(im.mode == MODES[variant], f"frame {i} mode {im.mode}, want {MODES[variant]}")
            if entry["format"] == "tiff":   # the tags themselves (Pillow also reads a JPEG stream's JFIF density)
                tags = im.tag_v2
                dpi = (tags[282], tags[283]) if 282 in tags and 283 in tags and tags.get(296) == 2 else None
            else:
                dpi = im.info.get("dpi")
            if fr["dpiTag"] is None:
                _expect(dpi is None and 282 not in getattr(im, "tag_v2", {}), f"frame {i} has a dpi tag {dpi}")
            else:
                tol = 0.01 if entry["format"] == "tiff" else PNG_DPI_TOLERANCE
                _expect(dpi is not None and abs(float(dpi[0]) - fr["dpiTag"]) < tol and
                        abs(float(dpi[1]) - fr["dpiTag"]) < tol, f"frame {i} dpi {dpi}, want {fr['dpiTag']}")
            if entry["format"] == "tiff":
                _expect(im.info.get("compression") == TIFF_COMPRESSION[variant][0],
                        f"frame {i} compression {im.info.get('compression')}")
            gray = np.asarray(im if im.mode == "I;16" else im.convert("L"), dtype=np.float64)
            gray /= 65535 if im.mode == "I;16" else 255
            paper = float(np.percentile(gray[::7, ::7], 90))
            _expect(float((gray < 0.6 * paper).mean()) > 0.002, f"frame {i} looks blank")
            for page in fr["pages"]:
                _check_rules(gray, page, fr["trueDpi"], f"frame {i} {page['side']} page")
    if entry["format"] == "tiff":
        _check_tiffinfo(path, entry)


def _check_rules(gray: np.ndarray, page: dict, dpi: float, where: str) -> None:
    """The grid's top and bottom rules, mapped into the image along the middle 60 % of their length, are
    darker (the darkest pixel within 2 px) than the paper 2.5 mm outside them (median of 3 × 3), for most points."""
    m, grid = page["pageToImage"], page["grid"]
    x0, x1 = grid["columns"][0]["x0"], grid["columns"][-1]["x1"]
    k = dpi / 25.4
    h, w = gray.shape
    for name, y, out in (("top", grid["header"][0], -2.5 * k), ("bottom", grid["rows"][-1][1], 2.5 * k)):
        darker = 0
        for t in np.linspace(0.2, 0.8, RULE_SAMPLES):
            x = x0 + t * (x1 - x0)
            (u, v), (uo, vo) = map_point(m, x, y), map_point(m, x, y + out)
            _expect(0 <= u < w and 0 <= v < h,
                    f"{where}: the {name} rule maps outside the image, to ({u:.0f}, {v:.0f})")
            line = gray[max(0, int(v) - 2):int(v) + 3, max(0, int(u) - 2):int(u) + 3].min()
            paper = np.median(gray[max(0, int(vo) - 1):int(vo) + 2, max(0, int(uo) - 1):int(uo) + 2])
            darker += line < paper - 0.08
        _expect(darker >= 0.6 * RULE_SAMPLES, f"{where}: the {name} rule is not where its map says "
                                             f"({darker} of {RULE_SAMPLES} points darker than the paper)")


def tiffinfo(path: Path) -> list[dict[str, str]] | None:
    """tiffinfo's fields per directory, or None when tiffinfo is not installed."""
    exe = shutil.which("tiffinfo")
    if not exe:
        return None
    out = subprocess.run([exe, str(path)], capture_output=True, text=True, check=True).stdout
    dirs: list[dict[str, str]] = []
    for line in out.splitlines():
        if line.startswith("TIFF Directory at offset"):
            dirs.append({})
        m = re.match(r"\s+([A-Za-z/ ]+):\s*(.*)", line)
        if m and dirs:
            dirs[-1].setdefault(m.group(1).strip(), m.group(2).strip())
    return dirs


def _check_tiffinfo(path: Path, entry: dict) -> None:
    dirs = tiffinfo(path)
    if dirs is None:
        return
    frames = entry["frames"]
    _expect(len(dirs) == len(frames), f"tiffinfo sees {len(dirs)} directories")
    for i, (d, fr) in enumerate(zip(dirs, frames)):
        _expect(d.get("Compression Scheme") == TIFF_COMPRESSION[entry["variant"]][1],
                f"tiffinfo frame {i}: compression {d.get('Compression Scheme')}")
        _expect(d.get("Bits/Sample") == str(fr["bitsPerSample"]), f"tiffinfo frame {i}: bits {d.get('Bits/Sample')}")
        _expect(d.get("Samples/Pixel", "1") == str(fr["samplesPerPixel"]),
                f"tiffinfo frame {i}: samples {d.get('Samples/Pixel')}")
        res = d.get("Resolution")
        if fr["dpiTag"] is None:
            _expect(res is None, f"tiffinfo frame {i}: resolution {res}")
        else:
            _expect(res is not None and "pixels/inch" in res and
                    all(abs(float(v) - fr["dpiTag"]) < 0.01 for v in re.findall(r"[\d.]+", res.split("pixels")[0])),
                    f"tiffinfo frame {i}: resolution {res}")


def describe_tiff(path: Path) -> str:
    """One line per directory: compression, bits, photometric, resolution (for the report)."""
    dirs = tiffinfo(path) or []
    return "; ".join(f"{d.get('Compression Scheme')}, {d.get('Bits/Sample')} bit x{d.get('Samples/Pixel', '1')}, "
                     f"{d.get('Photometric Interpretation')}, res {d.get('Resolution', 'none')}" for d in dirs)
