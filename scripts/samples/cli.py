"""Command line of scripts/make-samples."""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from . import fonts, truth, verify
from .book import Book, book_yaml, render_file
from .domain import Domain
from .presets import PRESETS

REPO = Path(__file__).resolve().parents[2]
SIZE_LIMIT = 12 * 1024 * 1024   # the committed batch must stay under 12 MB


def parse(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="make-samples", description=(
        "Generate synthetic scans of the KS/KT/KH reference ledgers with exact ground truth: "
        "writes OUT/batch/<bookId>/… and OUT/truth.json."))
    p.add_argument("--seed", type=int, default=2026, help="random seed (default 2026: the committed samples)")
    p.add_argument("--preset", choices=sorted(PRESETS), default="samples", help=(
        "samples: the committed batch; bench: 3 books x 8 A3 spreads, no bad files; wide: 9 books of what real "
        "provinces' scans throw at the reader (faces, dpi, variants, keystone, bleed-through, seals, pencil, "
        "stray marks). Which seeds and hand sets may be tuned on, and which are frozen for measuring: "
        "scripts/samples/FROZEN.md"))
    p.add_argument("--out", type=Path,
                   help="output folder (default: samples/, or samples/bench/ or samples/wide/ for those presets)")
    p.add_argument("--domain", type=Path, default=Path(os.environ.get("SOHOA_DOMAIN", REPO.parent / "shared" / "domain")),
                   help="the shared/domain folder (default: ../shared/domain beside the repo, or $SOHOA_DOMAIN)")
    p.add_argument("--hands", choices=list(fonts.HAND_SETS), default="legacy", help=(
        "handwriting faces: legacy (default) Dancing Script alone, as in the committed samples; "
        f"tune {', '.join(fonts.TUNE)}; heldout {', '.join(fonts.HELD_OUT)}; all of them. "
        "Each writer draws its face from the set, deterministically from the seed"))
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes")
    p.add_argument("--no-verify", action="store_true", help="skip checking the written files")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    out = args.out or (REPO / "samples" / ("" if args.preset == "samples" else args.preset))
    start = time.monotonic()
    domain = Domain(args.domain)
    faces = fonts.HAND_SETS[args.hands]
    for face in faces or ():
        fonts.check_alphabet(fonts.FACES[face].path)
    if any(spec.hazards.print_style for spec in PRESETS[args.preset]):
        for face in (*fonts.PRINT_FACES.values(), *fonts.FORM_FACES.values()):
            fonts.check_alphabet(face.path)
    books = [Book(spec, args.seed, domain, faces=faces).plan() for spec in PRESETS[args.preset]]
    jobs = [job for b in books for job in b.file_jobs()]
    # largest images first so both workers stay busy to the end
    order = sorted(range(len(jobs)), key=lambda i: -sum(fr.dpi ** 2 * len(p) for fr, p in jobs[i].frames))
    with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        done = dict(zip(order, pool.map(render_file, [jobs[i] for i in order])))
    results = [done[i] for i in range(len(jobs))]

    batch = out / "batch"
    if batch.exists():
        shutil.rmtree(batch)
    book_truths = {}
    n = 0
    for b in books:
        folder = batch / b.spec.book_id
        folder.mkdir(parents=True)
        (folder / "book.yaml").write_text(book_yaml(b), encoding="utf-8")
        mine = results[n:n + len(b.spec.files)]
        n += len(b.spec.files)
        for r in mine:
            (folder / r.file.name).write_bytes(r.data)
        book_truths[b.spec.book_id] = truth.book_truth(b, mine)
    truth.write(out / "truth.json", args.seed, args.preset, book_truths, args.hands)
    elapsed = time.monotonic() - start

    total = sum(p.stat().st_size for p in batch.rglob("*") if p.is_file())
    print(f"make-samples: {args.preset} seed {args.seed}: {len(jobs)} files, {total / 1e6:.2f} MB in {batch}, "
          f"truth in {out / 'truth.json'} ({elapsed:.1f} s)")
    status = 0
    if not args.no_verify:
        problems = verify.check_batch(batch, json.loads((out / "truth.json").read_text(encoding="utf-8")))
        for p in problems:
            print(f"make-samples: verify: {p}", file=sys.stderr)
        status = 1 if problems else 0
        if not problems:
            print("make-samples: verified every file against truth.json")
    if args.preset == "samples" and total >= SIZE_LIMIT:
        print(f"make-samples: the batch is {total / 1e6:.2f} MB, over the 12 MB limit", file=sys.stderr)
        status = 1
    return status
