"""What is written in the ledgers: plausible, consistent records with their export values.

A field is a `Written`: its candidate spellings, most preferred first, each with the export
value (FORMS.md: dates `dd.mm.yyyy`, sex `1`/`2`, `so` as `n/year`, names and places as written).
The typesetter keeps the first candidate that fits its cell, so a long place may be written
shorter; the truth records whatever was chosen.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .domain import Domain, Unit, UnitName
from .forms import Form
from .rng import Dice

VIET_NAM = "Việt Nam"


@dataclass(frozen=True)
class Written:
    """A field's candidate (text, value) pairs; a blank field has the single pair ("", "")."""

    candidates: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, text: str, value: str | None = None) -> "Written":
        return cls(((text, text if value is None else value),))

    @classmethod
    def blank(cls) -> "Written":
        return cls((("", ""),))

    @classmethod
    def variants(cls, texts: list[str], value_of=lambda t: t) -> "Written":
        seen: list[str] = []
        for t in texts:
            if t and t not in seen:
                seen.append(t)
        return cls(tuple((t, value_of(t)) for t in seen))

    @property
    def is_blank(self) -> bool:
        return self.candidates[0][0] == ""


@dataclass
class Record:
    """One registration: a ruled row across a spread."""

    index: int                 # 0-based position in the book's sample
    hand: str                  # id of the hand (or printer) that wrote it
    fields: dict[str, Written]


@dataclass(frozen=True)
class Habit:
    """How one hand writes: date style, how long its place names are, how it writes times."""

    date_style: str      # slash, slash0, dash, dot, words
    place_detail: int    # 0 = with hamlet and unit types … 2 = bare names
    time_style: str      # words, h, short


@dataclass(frozen=True)
class Locality:
    """Where a book was kept: the registering commune and the naming period of its places."""

    province: str
    district: str
    commune: str
    historical: bool
    ethnic_mix: tuple[tuple[str, float], ...] = (("Kinh", 1.0),)


@dataclass
class BookPlan:
    """What the content generator needs to know about one book."""

    book_id: str
    form: Form
    year: int
    locality: Locality
    records: int                 # how many records to write
    first_so: int                # the `so` of the first record
    hands: list[tuple[str, str]]  # (hand id, "printed" | "handwritten"), in order of appearance
    per_year: int = 150          # typical registrations a year (spacing of the dates)


# ---------------------------------------------------------------- dates

def date_value(d: dt.date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def date_text(d: dt.date, style: str) -> str:
    if style == "slash":
        return f"{d.day}/{d.month}/{d.year}"
    if style == "slash0":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "dot":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "words":
        return f"ngày {d.day} tháng {d.month} năm {d.year}"
    raise ValueError(style)


def written_date(d: dt.date, habit: Habit, dice: Dice) -> Written:
    """A date in the hand's usual style (sometimes another); words fall back to figures."""
    style = habit.date_style if dice.chance(0.85) else dice.choice(["slash", "dash", "dot", "words"])
    texts = [date_text(d, style)]
    if style == "words":
        texts.append(date_text(d, "slash"))
    return Written.variants(texts, lambda _t: date_value(d))


def time_text(hour: int, minute: int, style: str) -> str:
    if style == "words":
        return f"{hour} giờ {minute:02d} phút" if minute else f"{hour} giờ"
    if style == "h":
        return f"{hour}h{minute:02d}"
    return f"{hour} giờ {minute:02d}"


def add_days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def random_date_in_year(year: int, dice: Dice) -> dt.date:
    return add_days(dt.date(year, 1, 1), dice.int(0, 364))


# ---------------------------------------------------------------- the generator

class ContentGenerator:
    """Writes the records of one book from its plan, the domain data and a random stream."""

    def __init__(self, domain: Domain, plan: BookPlan, dice: Dice) -> None:
        self.domain = domain
        self.plan = plan
        self.dice = dice
        loc = plan.locality
        self.home_district = domain.district(loc.province, loc.district, loc.historical)
        self.home = next((u for u in self.home_district if u.commune.name == loc.commune), None)
        if self.home is None:
            raise SystemExit(f"make-samples: commune {loc.commune!r} not in {loc.district}, {loc.province}")
        self.province_units = [u for u in domain.units(loc.historical) if u.province_code == self.home.province_code]
        self.habits = {hid: self._habit(hid, kind) for hid, kind in plan.hands}

    # -- book-level facts

    @property
    def noi_dang_ky(self) -> str:
        h = self.home
        return f"UBND {h.commune.full()}, {h.district.full()}, {h.province.full()}"

    def _habit(self, hand_id: str, kind: str) -> Habit:
        d = self.dice.child("habit", hand_id)
        if kind == "printed":
            return Habit("slash0", d.choice([0, 1]), "words")
        return Habit(d.weighted(["slash", "dash", "dot", "words"], [4, 2, 2, 2]), d.choice([0, 1, 1, 2]),
                     d.choice(["words", "h", "short"]))

    # -- people

    def surname(self, d: Dice) -> str:
        names, weights = self.domain.surnames
        return d.weighted(names, weights)

    def person(self, d: Dice, sex: int, born: int, surname: str | None = None) -> str:
        """A full name; older people more often carry the middle names Văn / Thị."""
        given = d.choice(self.domain.given_male if sex == 1 else self.domain.given_female).split()
        traditional = 0.45 if born < 1985 else 0.2
        if len(given) >= 2 and d.chance(traditional):
            given = ["Văn" if sex == 1 else "Thị", given[-1]]
        return " ".join([surname or self.surname(d), *given])

    def ethnic(self, d: Dice, like: str | None = None) -> Written:
        """An ethnic group (usually `like`, the family's), now and then in a variant spelling."""
        if like is None or d.chance(0.08):
            names, weights = zip(*self.plan.locality.ethnic_mix)
            like = d.weighted(list(names), list(weights))
        group = self.domain.ethnic(like)
        text = d.choice(group.variants) if group.variants and d.chance(0.06) else group.name
        return Written.of(text, group.name)

    # -- places

    def unit_near(self, d: Dice) -> Unit:
        r = d.uniform(0, 1)
        if r < 0.78:
            return self.home
        if r < 0.92:
            return d.choice(self.home_district)
        if r < 0.97:
            return d.choice(self.province_units)
        return d.choice(self.domain.units(self.plan.locality.historical))

    @staticmethod
    def _hamlet(commune: UnitName, d: Dice) -> str:
        kind = "Tổ" if commune.kind in ("Phường", "Thị trấn") else d.choice(["Thôn", "Xóm"])
        return f"{kind} {d.int(1, 15)}"

    def place(self, unit: Unit, habit: Habit, d: Dice, hamlet: bool = True) -> Written:
        """A place, from its most detailed spelling to its barest (the hand starts at its habit)."""
        c, di, p = unit.commune, unit.district, unit.province
        full = f"{c.full()}, {di.full()}, {p.full()}"
        bare = f"{c.bare()}, {di.bare()}, {p.bare()}"
        texts = [f"{self._hamlet(c, d)}, {full}" if hamlet else full, full, bare, f"{c.full()}, {di.full()}",
                 c.full()]
        texts = texts[habit.place_detail:]
        return Written.variants([t[0].upper() + t[1:] for t in texts])

    def facility(self, unit: Unit, d: Dice) -> Written:
        """A place of birth or death in a health facility."""
        c, di, p = unit.commune, unit.district, unit.province
        kind = d.weighted(["tram", "huyen", "tinh"], [3, 4, 2])
        if kind == "tram":
            texts = [f"Trạm y tế {c.full()}, {di.full()}", f"Trạm y tế {c.full()}", f"TYT {c.full()}"]
        elif kind == "huyen":
            texts = [f"Bệnh viện đa khoa {di.full()}", f"BVĐK {di.full()}", f"BV {di.bare()}"]
        else:
            texts = [f"Bệnh viện đa khoa {p.full()}", f"BVĐK {p.full()}", f"BV tỉnh {p.bare()}"]
        return Written.variants(texts)

    # -- the book

    def registration_dates(self) -> list[dt.date]:
        """Registration dates in book order, spaced like a commune's yearly volume."""
        d = self.dice.child("registrations")
        gap = 365.0 / self.plan.per_year
        day = add_days(dt.date(self.plan.year, 1, 2), int((self.plan.first_so - 1) * gap))
        dates = []
        for _ in range(self.plan.records):
            dates.append(day)
            day = add_days(day, int(d.gen.exponential(gap)))
        return dates

    def hand_sequence(self) -> list[str]:
        """Which hand writes each record: runs of a few records per hand, in turn."""
        d = self.dice.child("hands")
        hands = [h for h, _ in self.plan.hands]
        seq: list[str] = []
        i = 0
        while len(seq) < self.plan.records:
            seq += [hands[i % len(hands)]] * (d.int(3, 9) if len(hands) > 1 else self.plan.records)
            i += 1
        return seq[:self.plan.records]

    def records(self) -> list[Record]:
        write = {"KS": self._birth, "KT": self._death, "KH": self._marriage}[self.plan.form.register_type]
        out = []
        so, year = self.plan.first_so, None
        for i, (reg, hand) in enumerate(zip(self.registration_dates(), self.hand_sequence())):
            if year is not None and reg.year != year:
                so = 1  # numbering starts again each year
            year = reg.year
            d = self.dice.child("record", i)
            habit = self.habits[hand]
            fields = {"so": Written.of(str(so), f"{so}/{reg.year}"),
                      "ngayDangKy": written_date(reg, habit, d.child("ngayDangKy"))}
            fields.update(write(reg, habit, d))
            missing = set(self.plan.form.fields) - set(fields)
            assert not missing, f"content for {self.plan.form.register_type} lacks {missing}"
            out.append(Record(i, hand, {f: fields[f] for f in self.plan.form.fields}))
            so += 1
        return out

    # -- KS: births

    def _birth(self, reg: dt.date, habit: Habit, d: Dice) -> dict[str, Written]:
        late = d.chance(0.08)
        born = add_days(reg, -d.int(400, 3650)) if late else add_days(reg, -d.int(1, 58))
        mother_age = d.int(18, 42)
        father_age = d.int(max(18, mother_age - 3), min(45, mother_age + 10))
        has_father = not d.chance(0.12)
        family_unit = self.unit_near(d.child("home"))
        father_surname = self.surname(d.child("cha"))
        mother_surname = self.surname(d.child("me"))
        sex = d.choice([1, 2])
        child = self.person(d.child("nks"), sex, born.year, father_surname if has_father else mother_surname)
        mother = self.person(d.child("meName"), 2, born.year - mother_age, mother_surname)
        father = self.person(d.child("chaName"), 1, born.year - father_age, father_surname)
        family_ethnic = self.ethnic(d.child("ethnic"))
        ethnic_name = family_ethnic.candidates[0][1]
        origin = family_unit if d.chance(0.7) else self.unit_near(d.child("origin"))
        birthplace = (self.facility(family_unit, d.child("ns")) if d.chance(0.75)
                      else self.place(family_unit, habit, d.child("ns"), hamlet=True))
        relations = (["Cha", "Mẹ", "Ông nội", "Bà nội", "Ông ngoại", "Bà ngoại"], [50, 30, 8, 6, 3, 3]) if has_father \
            else (["Mẹ", "Ông ngoại", "Bà ngoại"], [70, 15, 15])
        relation = d.weighted(*relations)
        if relation == "Cha":
            declarant = father
        elif relation == "Mẹ":
            declarant = mother
        else:
            grand_sex = 1 if relation.startswith("Ông") else 2
            grand_surname = {"Ông nội": father_surname, "Ông ngoại": mother_surname}.get(relation)
            declarant = self.person(d.child("nyc"), grand_sex, born.year - mother_age - 25, grand_surname)
        note = ""
        if late and d.chance(0.7):
            note = "Đăng ký quá hạn"
        elif d.chance(0.06):
            note = d.choice(["Đăng ký lại", "Đã cấp bản sao"])
        residence = self.place(family_unit, habit, d.child("cutru"))
        father_fields = {
            "chaHoTen": Written.of(father), "chaNgaySinh": Written.of(str(born.year - father_age)),
            "chaDanToc": self.ethnic(d.child("chaDT"), ethnic_name),
            "chaNoiCuTru": residence if d.chance(0.9) else self.place(self.unit_near(d), habit, d.child("chaCT")),
        } if has_father else {k: Written.blank() for k in ("chaHoTen", "chaNgaySinh", "chaDanToc", "chaNoiCuTru")}
        return {
            "nksHoTen": Written.of(child),
            "nksGioiTinh": Written.of("Nam" if sex == 1 else "Nữ", str(sex)),
            "nksNgaySinh": written_date(born, habit, d.child("ngaySinh")),
            "nksNoiSinh": birthplace,
            "nksDanToc": family_ethnic,
            "nksQuocTich": Written.of(VIET_NAM),
            "nksQueQuan": self.place(origin, habit, d.child("qq"), hamlet=False),
            "meHoTen": Written.of(mother), "meNgaySinh": Written.of(str(born.year - mother_age)),
            "meDanToc": self.ethnic(d.child("meDT"), ethnic_name), "meNoiCuTru": residence,
            **father_fields,
            "nycHoTen": Written.of(declarant), "nycQuanHe": Written.of(relation),
            "ghiChu": Written.of(note) if note else Written.blank(),
        }

    # -- KT: deaths

    def _death(self, reg: dt.date, habit: Habit, d: Dice) -> dict[str, Written]:
        died = add_days(reg, -d.int(0, 25))
        age = int(min(100, max(1, d.normal(74, 14))))
        born = add_days(died, -(age * 365 + d.int(0, 364)))
        sex = d.choice([1, 2])
        surname = self.surname(d.child("s"))
        name = self.person(d.child("nkt"), sex, born.year, surname)
        unit = self.unit_near(d.child("home"))
        residence = self.place(unit, habit, d.child("cutru"))
        born_written = (Written.of(str(born.year)) if d.chance(0.3)
                        else written_date(born, habit, d.child("ngaySinh")))
        if d.chance(0.75):
            hour, minute = d.int(0, 23), d.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
            time_w = Written.of(time_text(hour, minute, habit.time_style), f"{hour:02d}:{minute:02d}")
        else:
            time_w = Written.blank()
        at_home = d.chance(0.7)
        death_place = residence if at_home else self.facility(unit, d.child("noichet"))
        cause = d.weighted(["", "Già yếu", "Bệnh", "Bệnh tim", "Ung thư phổi", "Tai biến mạch máu não",
                            "Tai nạn giao thông", "Suy tim", "Ốm đau", "Xơ gan", "Đột quỵ"],
                           [15, 30, 10, 6, 5, 8, 4, 5, 8, 3, 4])
        gbt = d.weighted(["", f"{d.int(1, 60)}", f"{d.int(1, 60):02d}/GBT", f"{d.int(100, 999)}/BV"], [4, 3, 3, 2])
        if at_home and gbt.endswith("/BV"):
            gbt = ""
        relation = d.weighted(["Con", "Con trai", "Con gái", "Vợ", "Chồng", "Cháu", "Em", "Anh"],
                              [30, 15, 10, 10, 6, 10, 4, 3])
        rel_sex = {"Con trai": 1, "Chồng": 1, "Anh": 1, "Con gái": 2, "Vợ": 2}.get(relation, d.choice([1, 2]))
        if relation in ("Vợ", "Chồng") and rel_sex == sex:
            relation, rel_sex = "Con", d.choice([1, 2])
        same_name = relation.startswith("Con") and sex == 1 or relation in ("Em", "Anh")
        declarant = self.person(d.child("nyc"), rel_sex, born.year + (0 if relation in ("Vợ", "Chồng") else 28),
                                surname if same_name else None)
        note = "Đăng ký quá hạn" if d.chance(0.04) else ""
        return {
            "nktHoTen": Written.of(name),
            "nktGioiTinh": Written.of("Nam" if sex == 1 else "Nữ", str(sex)),
            "nktNgaySinh": born_written,
            "nktDanToc": self.ethnic(d.child("dt")),
            "nktQuocTich": Written.of(VIET_NAM),
            "nktNoiCuTru": residence,
            "nktGioPhutChet": time_w,
            "nktNgayChet": written_date(died, habit, d.child("ngayChet")),
            "nktNoiChet": death_place,
            "nktNguyenNhanChet": Written.of(cause) if cause else Written.blank(),
            "gbtSo": Written.of(gbt) if gbt else Written.blank(),
            "nycHoTen": Written.of(declarant), "nycQuanHe": Written.of(relation),
            "ghiChu": Written.of(note) if note else Written.blank(),
        }

    # -- KH: marriages

    def _marriage(self, reg: dt.date, habit: Habit, d: Dice) -> dict[str, Written]:
        def spouse(role: str, sex: int, age: int) -> dict[str, Written]:
            s = d.child(role)
            born = add_days(reg, -(age * 365 + s.int(0, 364)))
            unit = self.unit_near(s.child("home"))
            return {f"{role}HoTen": Written.of(self.person(s, sex, born.year)),
                    f"{role}NgaySinh": written_date(born, habit, s.child("ngaySinh")),
                    f"{role}DanToc": self.ethnic(s.child("dt")),
                    f"{role}QuocTich": Written.of(VIET_NAM),
                    f"{role}NoiCuTru": self.place(unit, habit, s.child("cutru"))}

        husband_age = int(min(45, max(20, d.normal(27, 4.5))))
        wife_age = int(min(45, max(18, husband_age - d.normal(3, 2.5))))
        note = d.choice(["Đã cấp bản sao", "Đăng ký lại"]) if d.chance(0.06) else ""
        return {**spouse("chong", 1, husband_age), **spouse("vo", 2, wife_age),
                "ghiChu": Written.of(note) if note else Written.blank()}
