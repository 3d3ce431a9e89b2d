"""truth.json: what every file holds, down to each field's text, export value and damage.

Coordinates: image pixels of the stored file, continuous (pixel (i, j) covers [i, i+1) × [j, j+1)).
`pageToImage` maps page pixels (the page drawn upright at `trueDpi`, origin at its top-left
corner) to stored-image pixels: [x', y'] = [[a, b, c], [d, e, f]] · [x, y, 1]; `grid` gives the
printed header band, rows and columns in those page pixels. A field's `text` is exactly what is
drawn (lines of a wrapped cell joined by one space). Outside `--hands legacy`, the document names
its hand set ("hands") and each handwritten record the face that drew it ("face", an id of
fonts.FACES).
"""
from __future__ import annotations

import json

from .book import Book, FileResult
from .encoders import VARIANTS
from .layout import PageLayout
from .presets import TRUE_DPI

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
        m = p.matrix
        pages.append({"side": p.side, "pageNumber": o.page_numbers[0 if p.side == "left" else 1],
                      "rows": book.rows,
                      "pageToImage": [[round(float(v), 5) for v in m[0]], [round(float(v), 5) for v in m[1]]],
                      "grid": PageLayout(book.form, p.side, book.rows).grid_truth(fr.dpi)})
    out = {"width": fr.size[0], "height": fr.size[1], "bitsPerSample": variant.bits,
           "samplesPerPixel": variant.samples, "dpiTag": fr.dpi if f.dpi_tag == TRUE_DPI else f.dpi_tag,
           "trueDpi": fr.dpi, "kind": fr.kind, "rotation": fr.rotation, "skewDegrees": fr.skew}
    if fr.gutter:
        out["gutter"] = {"xTop": round(fr.gutter[0], 2), "xBottom": round(fr.gutter[1], 2)}
    out["pages"] = pages
    return out


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
                kind = book.damage.get((rec, col.key))
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
    return {"pipeline": s.pipeline, "registerType": book.form.register_type, "hand": s.hand, "scan": s.scan,
            "noiDangKy": book.noi_dang_ky, "quyenSo": s.quyen_so, "namMoSo": s.year, "rows": book.rows,
            "files": files, "openings": openings, "records": records}


def write(path, seed: int, preset: str, books: dict[str, dict], hands: str = "legacy") -> None:
    doc = {"seed": seed, "generator": "scripts/make-samples", "preset": preset, "coordinates": COORDINATES}
    if hands != "legacy":
        doc["hands"] = hands    # the hand set (records name their face); legacy leaves truth.json as it was
    doc["books"] = books
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
