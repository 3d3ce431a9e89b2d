"""truth.json: what every file holds, down to each field's text, export value and damage.

Coordinates: image pixels of the stored file, continuous (pixel (i, j) covers [i, i+1) × [j, j+1)).
`pageToImage` maps page pixels (the page drawn upright at `trueDpi`, origin at its top-left
corner) to stored-image pixels: [x', y'] = [[a, b, c], [d, e, f]] · [x, y, 1] when it has two rows
(an affine map); a keystoned photograph's map is a homography with a third row [g, h, 1]:
[x', y'] = ([a, b, c] · [x, y, 1], [d, e, f] · [x, y, 1]) / ([g, h, 1] · [x, y, 1]). `grid` gives the
printed header band, rows and columns in those page pixels. A field's `text` is exactly what is
drawn (lines of a wrapped cell joined by one space). Outside `--hands legacy`, the document names
its hand set ("hands") and each handwritten record the face that drew it ("face", an id of
fonts.FACES).

A book with hazards (the wide preset) also says which are on ("hazards"), its printed entries'
face ("printFace", an id of fonts.PRINT_FACES, or null) and its form ("form": face, ruling ink and
line weights in mm); each of its pages lists the marks over it ("marks": kind seal, signature,
tick, dot, stroke, note or stain, the 1-based row it belongs to or null, and its box in page
pixels). A field a seal, signature or cup ring hides has damage `seal`, `signature` or `stain`;
rows without a record stay out of `records`, whatever marks lie on them.
"""
from __future__ import annotations

import json

import numpy as np

from .book import Book, FileResult
from .encoders import VARIANTS
from .layout import PageLayout
from .presets import NO_HAZARDS, TRUE_DPI
from .scan import is_affine

COORDINATES = ("image pixels, continuous: pixel (i, j) covers [i, i+1) x [j, j+1); pageToImage maps page pixels "
               "(upright page at trueDpi) to stored-image pixels; grid is in page pixels")


def _frame(book: Book, result: FileResult, index: int) -> dict:
    f, fr = result.file, result.frames[index]
    variant = VARIANTS[f.variant]
    pages = []
    for p in fr.placements:
        oi, o = next((i, o) for i, o in enumerate(book.openings)
                     if getattr(o, p.side) is not None and getattr(o, p.side).file == f.name
                     and getattr(o, p.side).frame == index)
        page = {"side": p.side, "pageNumber": o.page_numbers[0 if p.side == "left" else 1],
                "rows": book.rows, "pageToImage": _map_truth(p.matrix),
                "grid": PageLayout(book.form, p.side, book.rows).grid_truth(fr.dpi)}
        if book.spec.hazards != NO_HAZARDS:
            k = fr.dpi / 25.4
            page["marks"] = [{"kind": m.kind, "row": None if m.row is None else m.row + 1,
                              "box": m.bounds.scaled(k).rounded()} for m in book.marks.get((oi, p.side), ())]
        pages.append(page)
    out = {"width": fr.size[0], "height": fr.size[1], "bitsPerSample": variant.bits,
           "samplesPerPixel": variant.samples, "dpiTag": fr.dpi if f.dpi_tag == TRUE_DPI else f.dpi_tag,
           "trueDpi": fr.dpi, "kind": fr.kind, "rotation": fr.rotation, "skewDegrees": fr.skew}
    if fr.gutter:
        out["gutter"] = {"xTop": round(fr.gutter[0], 2), "xBottom": round(fr.gutter[1], 2)}
    out["pages"] = pages
    return out


def _map_truth(m: np.ndarray) -> list[list[float]]:
    """Two rows for an affine map; three for a homography (its last row, tiny numbers, to 8 significant digits)."""
    rows = [[round(float(v), 5) for v in m[0]], [round(float(v), 5) for v in m[1]]]
    if not is_affine(m):
        rows.append([float(f"{float(v):.8g}") for v in m[2]])
    return rows


def book_truth(book: Book, results: list[FileResult]) -> dict:
    s = book.spec
    files = []
    for r in results:
        if r.file.rejected:
            files.append({"file": r.file.name, "format": r.file.format, "rejected": r.file.rejected})
        else:
            files.append({"file": r.file.name, "format": r.file.format, "variant": r.file.variant,
                          "frames": [_frame(book, r, i) for i in range(len(r.frames))]})
    openings, records = [], []
    for o in (o for o in book.openings if o.readable):
        ti = len(openings)
        openings.append({"pageNumbers": list(o.page_numbers),
                         "left": {"file": o.left.file, "frame": o.left.frame},
                         "right": {"file": o.right.file, "frame": o.right.frame}})
        for row, rec in enumerate(o.rows):
            if rec is None:
                continue
            record = book.records[rec]
            hand = book.hands[record.hand]
            fields = {}
            for col in book.form.left + book.form.right:
                kind = book.damage.get((rec, col.key)) or book.covered.get((rec, col.key))
                for name in col.fields:
                    st = book.settings[rec][name]
                    fields[name] = {"text": st.text, "value": st.value, "damage": kind}
            record_truth = {"opening": ti, "row": row + 1, "hand": hand.kind, "handId": hand.id}
            if hand.face is not None:   # not in legacy mode, whose truth.json stays as it was
                record_truth["face"] = hand.face
            records.append({**record_truth,
                            "source": [{"file": o.left.file, "frame": o.left.frame, "side": "left"},
                                       {"file": o.right.file, "frame": o.right.frame, "side": "right"}],
                            "fields": fields})
    out = {"pipeline": s.pipeline, "registerType": book.form.register_type, "hand": s.hand, "scan": s.scan,
           "noiDangKy": book.noi_dang_ky, "quyenSo": s.quyen_so, "namMoSo": s.year, "rows": book.rows}
    if s.hazards != NO_HAZARDS:
        out.update({"hazards": s.hazards.names, "printFace": book.print_face, "form": book.style.truth()})
    return {**out, "files": files, "openings": openings, "records": records}


def write(path, seed: int, preset: str, books: dict[str, dict], hands: str = "legacy") -> None:
    doc = {"seed": seed, "generator": "scripts/make-samples", "preset": preset, "coordinates": COORDINATES}
    if hands != "legacy":
        doc["hands"] = hands    # the hand set (records name their face); legacy leaves truth.json as it was
    doc["books"] = books
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
