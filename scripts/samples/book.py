"""One book put together: its records, how they fall on openings and files, its damage and marks.

Everything that decides what the truth says happens here, in the parent process and
independently of the resolution; rendering a file (`render_file`) only draws what was decided.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from . import annotations, bleed, encoders, fonts, formstyle, handwriting, page, scan, typeset
from .content import BookPlan, ContentGenerator, Record
from .damage import CELL_KINDS, Tear
from .domain import Domain
from .formstyle import FormStyle
from .forms import FORMS
from .layout import PageLayout
from .presets import NO_HAZARDS, TRUE_DPI, BookSpec, FileSpec, FrameSpec, Hazards
from .rng import Dice
from .typeset import Setting


@dataclass(frozen=True)
class FrameRef:
    file: str
    frame: int


@dataclass
class Opening:
    """A spread of the book as it was scanned: two numbered pages, the rows, where they are stored."""

    page_numbers: tuple[int, int]
    rows: list[int | None]                  # record index per row, None = blank row
    left: FrameRef | None = None
    right: FrameRef | None = None
    readable: bool = True                   # False if stored only in a rejected file


@dataclass
class Book:
    spec: BookSpec
    seed: int
    domain: Domain
    rows: int = 0
    hands: dict[str, handwriting.Hand] = field(default_factory=dict)
    records: list[Record] = field(default_factory=list)
    settings: list[dict[str, Setting]] = field(default_factory=list)
    openings: list[Opening] = field(default_factory=list)
    damage: dict[tuple[int, str], str] = field(default_factory=dict)   # (record, column key) -> kind
    tear: tuple[int, Tear] | None = None                               # (opening, tear)
    noi_dang_ky: str = ""
    faces: tuple[str, ...] | None = None                               # handwriting faces; None: legacy
    print_face: str | None = None                # printed entries' face (fonts.PRINT_FACES); None: classic
    style: FormStyle = formstyle.CLASSIC
    marks: dict[tuple[int, str], list] = field(default_factory=dict)  # (opening, side) -> marks over the page
    covered: dict[tuple[int, str], str] = field(default_factory=dict)  # (record, column key) -> mark over it

    @property
    def form(self):
        return FORMS[self.spec.pipeline]

    @property
    def dice(self) -> Dice:
        return Dice(self.seed, self.spec.book_id)

    # ------------------------------------------------------------ planning

    def plan(self) -> "Book":
        spec, dice, hz = self.spec, self.dice, self.spec.hazards
        self.rows = spec.rows or dice.child("rows").int(4, 8)
        if hz.print_style:
            self.print_face = dice.child("print-face").choice(
                sorted(f.id for f in fonts.PRINT_FACES.values() if f.style == hz.print_style))
        if hz.drawn_form:
            self.style = formstyle.draw(dice.child("form-style"))
        self.hands = handwriting.make_hands(spec.book_id, list(spec.hands), dice.child("hands"), self.faces,
                                            fonts.PRINT_FACES.get(self.print_face))
        self._plan_openings(dice.child("openings"))
        readable = [o for o in self.openings if o.readable]
        fill_last = dice.child("fill").int(max(1, self.rows // 2 - 1), self.rows - 1)
        slots = self.rows * (len(readable) - 1) + fill_last
        skipped = set(dice.child("blank-rows").sample(range(self.rows * (len(readable) - 1)), hz.blank_rows)
                      if hz.blank_rows else [])
        n_records = slots - len(skipped)
        first_opening = dice.child("first").int(3, 12)
        plan = BookPlan(spec.book_id, self.form, spec.year, spec.locality, n_records,
                        1 + self.rows * first_opening, [(h.id, h.kind) for h in self.hands.values()], spec.per_year)
        gen = ContentGenerator(self.domain, plan, dice.child("content"))
        self.noi_dang_ky = gen.noi_dang_ky
        self.records = gen.records()
        first_page = (1 if spec.odd_left else 2) + 2 * first_opening
        n = slot = 0
        for i, o in enumerate(self.openings):
            o.page_numbers = (first_page + 2 * i, first_page + 2 * i + 1)
            o.rows = [None] * self.rows
            if o.readable:
                for r in range(self.rows):
                    if slot < slots and slot not in skipped:
                        o.rows[r], n = n, n + 1
                    slot += 1
        row_h = PageLayout(self.form, "left", self.rows).row_height
        self.settings = [typeset.set_row(rec.fields, self.hands[rec.hand], self.form.left + self.form.right, row_h)
                         for rec in self.records]
        self._plan_damage(dice.child("damage"))
        if hz.seals or hz.pencil or hz.strays:
            planned = annotations.plan(self, dice.child("marks"))
            self.marks, self.covered = planned.marks, planned.covered
        return self

    def _frames(self) -> list[tuple[FileSpec, int, FrameSpec]]:
        return [(f, i, fr) for f in self.spec.files if f.rendered for i, fr in enumerate(f.frames)]

    def _plan_openings(self, dice: Dice) -> None:
        """Spreads: one opening per frame. Single pages: left and right in consecutive frames."""
        frames = self._frames()
        if self.spec.scan == "single":
            for i in range(0, len(frames), 2):
                pair = frames[i:i + 2]
                o = Opening((0, 0), [], FrameRef(pair[0][0].name, pair[0][1]),
                            FrameRef(pair[1][0].name, pair[1][1]) if len(pair) > 1 else None)
                o.readable = all(f.rejected is None for f, _, _ in pair) and len(pair) == 2
                self.openings.append(o)
        else:
            for f, i, _ in frames:
                ref = FrameRef(f.name, i)
                self.openings.append(Opening((0, 0), [], ref, ref, f.rejected is None))

    def _cells(self, opening: int, side: str) -> list[tuple[int, int, str]]:
        """(row, record, column key) of every cell holding a record on one page of an opening."""
        cols = self.form.columns(side)
        return [(r, rec, c.key) for r, rec in enumerate(self.openings[opening].rows) if rec is not None for c in cols]

    def _plan_damage(self, dice: Dice) -> None:
        readable = [i for i, o in enumerate(self.openings) if o.readable]
        torn: set[tuple[int, str]] = set()
        if self.spec.tear:
            for attempt in range(20):
                d = dice.child("tear", attempt)
                oi, side = d.choice(readable), d.choice(["left", "right"])
                tear = Tear.make(side, d)
                layout = PageLayout(self.form, side, self.rows)
                keys = [c.key for c in layout.columns]
                hit = {(rec, key) for row, rec, key in self._cells(oi, side)
                       if tear.hits(layout.cell(row, keys.index(key)))}
                if hit:
                    self.tear, torn = (oi, tear), hit
                    break
        self.damage = {cell: "torn" for cell in torn}
        candidates = [(rec, key) for oi in readable for side in ("left", "right")
                      for _, rec, key in self._cells(oi, side)
                      if (rec, key) not in torn and not self._cell_blank(rec, key)]
        for kind, cell in zip(self.spec.damage, dice.sample(candidates, len(self.spec.damage))):
            assert kind in CELL_KINDS
            self.damage[cell] = kind

    def _cell_blank(self, rec: int, key: str) -> bool:
        col = next(c for c in self.form.left + self.form.right if c.key == key)
        return all(self.settings[rec][f].blank for f in col.fields)

    # ------------------------------------------------------------ rendering jobs

    def page_spec(self, opening: int, side: str) -> page.PageSpec:
        o = self.openings[opening]
        layout = PageLayout(self.form, side, self.rows)
        keys = {c.key for c in layout.columns}
        entries = [None if rec is None else
                   page.RowEntry(rec, self.hands[self.records[rec].hand], self.settings[rec],
                                 {k: v for (r, k), v in self.damage.items() if r == rec and k in keys and v != "torn"})
                   for rec in o.rows]
        tear = self.tear[1] if self.tear and self.tear[0] == opening and self.tear[1].side == side else None
        return page.PageSpec(layout, o.page_numbers[0 if side == "left" else 1], entries, self.paper, tear,
                             self.style, tuple(self.marks.get((opening, side), ())))

    @property
    def paper(self) -> tuple[float, float, float]:
        d = self.dice.child("paper")
        age = d.uniform(0, 1)
        return (round(0.955 - 0.01 * age, 4), round(0.945 - 0.02 * age, 4), round(0.91 - 0.05 * age, 4))

    def file_jobs(self) -> list["FileJob"]:
        jobs = []
        for f in self.spec.files:
            if not f.rendered:
                jobs.append(FileJob(self.spec.book_id, self.seed, f, self.spec.scan, [], self.spec.hazards))
                continue
            frames = []
            for i, fr in enumerate(f.frames):
                ref = FrameRef(f.name, i)
                pages = [(oi, side) for oi, o in enumerate(self.openings)
                         for side, r in (("left", o.left), ("right", o.right)) if r == ref]
                frames.append((fr, [self.page_spec(oi, side) for oi, side in pages]))
            jobs.append(FileJob(self.spec.book_id, self.seed, f, self.spec.scan, frames, self.spec.hazards))
        return jobs


@dataclass
class FileJob:
    """Everything a worker process needs to draw and encode one file."""

    book_id: str
    seed: int
    file: FileSpec
    scan: str
    frames: list[tuple[FrameSpec, list[page.PageSpec]]]
    hazards: Hazards = NO_HAZARDS


@dataclass
class FileResult:
    file: FileSpec
    data: bytes
    frames: list[scan.Frame]       # images dropped; geometry kept for the truth


def render_file(job: FileJob) -> FileResult:
    f = job.file
    if f.rejected == "empty-file":
        return FileResult(f, b"", [])
    if f.rejected == "not-an-image":
        return FileResult(f, encoders.not_an_image(), [])
    if f.rejected == "too-large":
        return FileResult(f, encoders.huge_png(), [])
    dice = Dice(job.seed, job.book_id, "file", f.name)
    frames = []
    for i, (fr, specs) in enumerate(job.frames):
        fd = dice.child("frame", i)
        pages = [page.render_page(s, fr.dpi, fd.child("page", s.layout.side)) for s in specs]
        if job.hazards.bleed:
            bleed.show_through(pages, fd.child("bleed"))
        if job.scan == "single":
            frame = scan.single_page(pages[0], fd.child("scan"))
        elif job.scan == "flatbed":
            frame = scan.flatbed_spread(pages[0], pages[1], fd.child("scan"))
        else:
            frame = scan.photographed_spread(pages[0], pages[1], fd.child("scan"), job.hazards.keystone)
        frames.append(scan.rotate_180(frame) if fr.rotation == 180 else frame)
    variant = encoders.VARIANTS[f.variant]
    tag = frames[0].dpi if f.dpi_tag == TRUE_DPI else f.dpi_tag
    if len({fr.dpi for fr in frames}) > 1 and f.dpi_tag == TRUE_DPI:
        raise SystemExit(f"make-samples: {f.name}: frames of one file must share their dpi")
    data = encoders.encode(frames, variant, tag)
    if f.rejected == "truncated":
        data = (encoders.png_cut_mid_idat(data) if f.format == "png"
                else encoders.truncated(encoders.tiff_ifd_first(data)))
    for fr in frames:
        fr.image = None   # the parent needs only the geometry
    return FileResult(f, data, frames)


def book_yaml(book: Book) -> str:
    """The book's book.yaml (SPEC.md): pipeline and the book-level values."""
    s = book.spec
    return (f"pipeline: {s.pipeline}\n"
            f"noiDangKy: \"{book.noi_dang_ky}\"\n"
            f"quyenSo: \"{s.quyen_so}\"\n"
            f"namMoSo: {s.year}\n")
