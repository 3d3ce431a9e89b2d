"""Trains a handwritten-digit model: a small Tesseract LSTM for digits and date punctuation.

    scripts/train-digits [--lines N] [--iterations N] [--work DIR] [--out FILE]
    scripts/train-digits --measure FIELDS --workspace WS [--out FILE]

Renders lines of what ledger digit cells hold (registration numbers, dates in their written forms, years, times)
in the training faces (fonts.DIGIT_TRAINING: the tune handwriting faces and faces drawn for digits only, never the
held-out ones), each line by its own writer (size, slant, baseline, ink, paper and blur drawn per line), then trains
an LSTM from scratch on them with Tesseract's own tools (`combine_lang_model`, `lstmtraining`) and writes an
integer .traineddata from the checkpoint of lowest training error. `vie`/`eng` are integer models and cannot be
fine-tuned, hence from scratch; the charset is tiny, so a small network learns it on a CPU (about 30 minutes on
2 cores at the defaults; the larger tesstrain network and a learning rate of 0.001 did not leave 83% character
error in 17,000 iterations).

sohoa does not ship the model yet: on the held-out faces' digit cells it reads 51% exactly, `eng` restricted to digits
57% (see issue 12's notes). `--measure` reproduces that: it cuts the undamaged handwritten cells whose truth is
written in digits (numbers, dates, years, times) out of a workspace's prepared pages (`scripts/evaluate-recognition
DIR --workspace WS --fields FIELDS`), each to its band of heaviest ink, and reads them with `vie`, with `eng`
restricted to digits and date punctuation, and with the model at --out, per face.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter

from . import fonts
from .handwriting import INKS, Hand, render
from .rng import Dice

REPO = Path(__file__).resolve().parents[2]
LANGDATA = Path(os.environ.get("SOHOA_LANGDATA", REPO.parent / "shared" / "tesseract-langdata"))
LANG = "sohoa_digits"
DPI = 300
# A small network: the charset is 16 symbols. Input 36 px high (Tesseract's line normalisation).
NET_SPEC = "[1,36,0,1 Ct3,3,16 Mp3,3 Lfys64 Lbx96 O1c{classes}]"


def ledger_text(dice: Dice) -> str:
    """One cell's worth of digits, in one of the forms ledgers write them."""
    kind = dice.weighted(["number", "number-year", "date", "year", "time", "digits"], [3, 2, 6, 2, 2, 1])
    year = dice.int(1900, 2025)
    if kind == "number":
        return str(dice.int(1, 999)) if dice.uniform(0, 1) < 0.8 else f"{dice.int(1, 99):02d}"
    if kind == "number-year":
        return f"{dice.int(1, 500)}/{year}"
    if kind == "year":
        return str(year)
    if kind == "time":
        hour, minute = dice.int(0, 23), dice.int(0, 59)
        return dice.choice([f"{hour}h{minute:02d}", f"{hour}h", f"{hour}:{minute:02d}", f"{hour:02d}h{minute:02d}"])
    if kind == "digits":
        return "".join(str(dice.int(0, 9)) for _ in range(dice.int(1, 8)))
    day, month = dice.int(1, 31), dice.int(1, 12)
    separator = dice.weighted(["/", ".", "-"], [6, 3, 2])
    padded = dice.uniform(0, 1) < 0.4
    d, m = (f"{day:02d}", f"{month:02d}") if padded else (str(day), str(month))
    y = str(year) if dice.uniform(0, 1) < 0.9 else f"{year % 100:02d}"
    return separator.join([d, m, y])


def writer(face: fonts.Face, dice: Dice) -> Hand:
    """A writer in `face`, drawn like scripts/make-samples' writers but wider: size, slant, jitter and ink."""
    weight = None
    if face.weights is not None:
        weight = dice.int(*face.weights)
    ink_name = dice.weighted(["blue", "black", "violet"], [5, 3, 2])
    return Hand(f"train:{face.id}", "handwritten", face.path, weight, round(dice.uniform(4.0, 6.0) * face.size_scale, 2),
                face.line_em, INKS[ink_name], ink_name, dice.uniform(-8.0, 14.0), dice.uniform(0.02, 0.08),
                dice.uniform(0.01, 0.06), dice.uniform(1.0, 5.0), dice.uniform(0.2, 1.2), face.id)


def line_image(hand: Hand, text: str, dice: Dice) -> Image.Image:
    """`text` written by `hand` on a strip of scanned paper, gray, at DPI."""
    size_px = hand.size_mm * DPI / 25.4
    inked = render(hand, [text], size_px, dice.child("render"))
    coverage = inked.mask.astype(np.float32) / 255
    rows, cols = np.nonzero(coverage > 0.1)
    if len(rows):
        pad = int(size_px * dice.uniform(0.15, 0.5))
        top, bottom = max(0, rows.min() - pad), min(coverage.shape[0], rows.max() + 1 + pad)
        left, right = max(0, cols.min() - pad), min(coverage.shape[1], cols.max() + 1 + pad)
        coverage = coverage[top:bottom, left:right]
    paper = dice.uniform(0.62, 0.95)
    ink = float(np.mean(hand.ink)) * dice.uniform(0.8, 1.6)
    strength = dice.uniform(0.55, 1.0)           # faded or pale ink
    gray = paper * (1 - coverage * strength * (1 - ink))
    gray += dice.gen.normal(0, dice.uniform(0.005, 0.03), gray.shape)
    image = Image.fromarray(np.clip(gray * 255, 0, 255).astype(np.uint8))
    blur = dice.uniform(0, 1.4)
    return image.filter(ImageFilter.GaussianBlur(blur)) if blur > 0.3 else image


def write_face(face: fonts.Face, lines: int, seed: int, folder: Path) -> tuple[Path, set[str]]:
    """`lines` lines in `face`: a multipage TIFF and its box file (one WordStr line per page) in `folder`."""
    dice = Dice(seed, "digits", face.id)
    images, boxes, chars = [], [], set()
    for index in range(lines):
        line = dice.child("line", index)
        text = ledger_text(line.child("text"))
        fonts.check_coverage(face.path, text)
        image = line_image(writer(face, line.child("writer")), text, line)
        width, height = image.size
        boxes.append(f"WordStr 0 0 {width} {height} {index} #{text}\n\t 0 0 {width} {height} {index}\n")
        images.append(image)
        chars.update(text)
    base = folder / face.id
    images[0].save(base.with_suffix(".tif"), save_all=True, append_images=images[1:], compression="tiff_lzw",
                   dpi=(DPI, DPI))
    base.with_suffix(".box").write_text("".join(boxes), encoding="utf-8")
    return base, chars


def digit_cells(fields: Path, workspace: Path, folder: Path) -> list[tuple[Path, str, str]]:
    """The handwritten digit cells of `fields` (evaluate-recognition's --fields lines), cut to their line of heaviest
    ink into `folder`: (image, truth, face)."""
    import json
    import re
    cells = []
    for line in fields.read_text(encoding="utf-8").splitlines():
        field = json.loads(line)
        truth = field["truthText"]
        if field["hand"] == "printed" or field["damage"] or not field["box"] or not re.fullmatch(r"[0-9/.\-:h]+", truth or ""):
            continue
        x, y, w, h = map(int, field["box"])
        cell = np.asarray(Image.open(workspace / field["page"]).convert("L"), dtype=np.float32)[y:y + h, x:x + w]
        ink = (cell < np.median(cell) - 40).sum(axis=1)
        rows = np.nonzero(ink)[0]
        if not len(rows):
            continue
        bands, start, last = [], rows[0], rows[0]
        for row in rows[1:]:
            if row - last > 10:
                bands.append((start, last))
                start = row
            last = row
        bands.append((start, last))
        top, bottom = max(bands, key=lambda band: ink[band[0]:band[1] + 1].sum())
        path = folder / f"{len(cells):05d}.png"
        Image.fromarray(cell[max(0, top - 18):bottom + 19].astype(np.uint8)).save(path, dpi=(DPI, DPI))
        cells.append((path, truth, field.get("face") or "?"))
    return cells


def measure(fields: Path, workspace: Path, model: Path) -> None:
    """Prints, per face, how many digit cells `vie`, `eng` (digits only) and `model` read exactly."""
    import collections
    import tempfile
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    readers = {
        "vie": ["-l", "vie"],
        "eng digits": ["-l", "eng", "-c", "tessedit_char_whitelist=0123456789/.-:h"],
        model.stem: ["--tessdata-dir", str(model.parent), "-l", model.stem],
    }
    with tempfile.TemporaryDirectory() as folder:
        cells = digit_cells(fields, workspace, Path(folder))
        right: dict[str, collections.Counter] = {name: collections.Counter() for name in readers}
        faces = collections.Counter(face for _, _, face in cells)
        for path, truth, face in cells:
            for name, options in readers.items():
                read = subprocess.run(["tesseract", str(path), "-", "--psm", "7", "--dpi", str(DPI), *options],
                                      capture_output=True, text=True, env=env).stdout
                right[name][face] += "".join(read.split()) == truth
    for face, count in sorted(faces.items()):
        print(f"{face}: {count} digit cells; read exactly: "
              + ", ".join(f"{name} {right[name][face]} ({right[name][face] / count:.1%})" for name in readers))


def run(command: list[str], **kwargs) -> None:
    print("train-digits:", " ".join(str(c) for c in command), file=sys.stderr, flush=True)
    subprocess.run([str(c) for c in command], check=True, **kwargs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="train-digits", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lines", type=int, default=600, help="lines rendered per face (default 600)")
    parser.add_argument("--iterations", type=int, default=40000, help="training iterations (default 40000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", type=Path, default=REPO / ".build-digits", help="working folder (kept)")
    parser.add_argument("--out", type=Path, default=REPO / ".build-digits" / f"{LANG}.traineddata")
    parser.add_argument("--measure", type=Path, metavar="FIELDS", help="measure --out on these fields instead of training")
    parser.add_argument("--workspace", type=Path, help="the workspace FIELDS were written from (with --measure)")
    args = parser.parse_args(argv)
    if args.measure:
        if not args.workspace:
            parser.error("--measure needs --workspace")
        measure(args.measure, args.workspace, args.out)
        return 0

    work = args.work
    shutil.rmtree(work, ignore_errors=True)
    (work / "lines").mkdir(parents=True)
    faces = [fonts.FACES.get(f) or fonts.DIGIT_FACES[f] for f in fonts.DIGIT_TRAINING]
    assert not set(fonts.DIGIT_TRAINING) & set(fonts.HELD_OUT), "the held-out faces must stay unseen"
    bases = []
    for face in faces:
        base, _ = write_face(face, args.lines, args.seed, work / "lines")
        bases.append(base)
        print(f"train-digits: {args.lines} lines in {face.id}", file=sys.stderr, flush=True)
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        list(pool.map(lambda base: run(["tesseract", base.with_suffix(".tif"), base, "--psm", "13", "lstm.train"],
                                       env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL), bases))
    lstmf = [b.with_suffix(".lstmf") for b in bases]
    (work / "train.txt").write_text("".join(f"{p}\n" for p in lstmf), encoding="utf-8")
    run(["unicharset_extractor", "--output_unicharset", work / "unicharset", "--norm_mode", "1",
         *[b.with_suffix(".box") for b in bases]], stdout=subprocess.DEVNULL)
    run(["combine_lang_model", "--input_unicharset", work / "unicharset", "--script_dir", LANGDATA,
         "--output_dir", work, "--lang", LANG], stdout=subprocess.DEVNULL)
    classes = int((work / "unicharset").read_text(encoding="utf-8").split("\n", 1)[0])
    (work / "checkpoints").mkdir()
    starter = work / LANG / f"{LANG}.traineddata"
    run(["lstmtraining", "--traineddata", starter, "--net_spec", NET_SPEC.format(classes=classes),
         "--model_output", work / "checkpoints" / LANG, "--learning_rate", "0.002",
         "--train_listfile", work / "train.txt", "--max_iterations", args.iterations,
         "--target_error_rate", "0.005"], env=env, stdout=subprocess.DEVNULL)
    # Best checkpoints are named <lang>_<error>_<iteration>_<sample>.checkpoint; the last one is <lang>_checkpoint.
    best = sorted((work / "checkpoints").glob(f"{LANG}_*_*_*.checkpoint"),
                  key=lambda path: float(path.name.split("_")[-3])) or [work / "checkpoints" / f"{LANG}_checkpoint"]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    run(["lstmtraining", "--stop_training", "--convert_to_int", "--continue_from", best[0], "--traineddata", starter,
         "--model_output", args.out], env=env)
    print(f"train-digits: wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
