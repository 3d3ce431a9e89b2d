"""Reference data from shared/domain: people's names, administrative units, ethnic groups.

Text is NFC. The given-name lists spell some Đ with the Icelandic Ð (U+00D0); that is a flaw
of the list, not Vietnamese, so it is mapped to Đ (U+0110) on load.
"""
from __future__ import annotations

import csv
import json
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

_SPELLING_FIXES = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})

# Type words that prefix unit names, longest first ("Thành phố" before "Thị").
_UNIT_TYPES = ("Thành phố", "Thị trấn", "Thị xã", "Huyện", "Quận", "Tỉnh", "Phường", "Xã")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@dataclass(frozen=True)
class UnitName:
    """One administrative unit's name split into its type word and its proper name."""

    kind: str  # "Xã", "Huyện", "Thành phố", … (as in the data)
    name: str  # "Ngọc Trạo"

    @classmethod
    def parse(cls, full: str) -> "UnitName":
        full = nfc(full.strip())
        for kind in _UNIT_TYPES:
            if full.lower().startswith(kind.lower() + " "):
                return cls(kind, full[len(kind) + 1:])
        return cls("", full)

    @property
    def numeric(self) -> bool:
        return self.name.isdigit()

    def full(self, lower_kind: bool = True) -> str:
        """'xã Ngọc Trạo' (lower-case type word, as written inside a place) or 'Xã Ngọc Trạo'."""
        if not self.kind:
            return self.name
        kind = self.kind.lower() if lower_kind else self.kind
        return f"{kind} {self.name}"

    def bare(self) -> str:
        """The proper name alone, unless it is a number ('Quận 1' stays whole)."""
        return self.full(lower_kind=False) if self.numeric else self.name


@dataclass(frozen=True)
class Unit:
    """A commune with its district and province, named as in one period."""

    province: UnitName
    district: UnitName
    commune: UnitName
    province_code: str
    district_code: str


@dataclass(frozen=True)
class EthnicGroup:
    code: str
    name: str
    variants: tuple[str, ...]


def _children(node: list) -> dict:
    """A history node is [[names], {children}] or [[names], [], "Deleted"]."""
    return node[1] if len(node) > 1 and isinstance(node[1], dict) else {}


class Domain:
    """Loads shared/domain once and answers the content generator's questions."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        missing = [f for f in ("surnames.tsv", "given-names-male.txt", "given-names-female.txt",
                               "ethnic-groups.tsv", "admin-units-2025-03.tsv", "admin-units-history.json")
                   if not (folder / f).is_file()]
        if missing:
            raise SystemExit(f"make-samples: domain data not found in {folder} (missing {', '.join(missing)}); "
                             "pass --domain DIR (the shared/domain folder)")

    def _lines(self, name: str) -> list[str]:
        text = (self.folder / name).read_text(encoding="utf-8")
        return [nfc(line.strip()).translate(_SPELLING_FIXES) for line in text.splitlines() if line.strip()]

    def _tsv(self, name: str) -> list[dict[str, str]]:
        with open(self.folder / name, encoding="utf-8", newline="") as f:
            return [{k: nfc(v or "") for k, v in row.items()} for row in csv.DictReader(f, delimiter="\t")]

    @cached_property
    def surnames(self) -> tuple[list[str], list[float]]:
        rows = self._tsv("surnames.tsv")
        return [r["surname"] for r in rows], [float(r["count_in_8757_names"]) for r in rows]

    @cached_property
    def given_male(self) -> list[str]:
        return self._lines("given-names-male.txt")

    @cached_property
    def given_female(self) -> list[str]:
        return self._lines("given-names-female.txt")

    @cached_property
    def ethnic_groups(self) -> list[EthnicGroup]:
        return [EthnicGroup(r["code"], r["name"], tuple(v for v in r["variants"].split(";") if v))
                for r in self._tsv("ethnic-groups.tsv")]

    def ethnic(self, name: str) -> EthnicGroup:
        return next(g for g in self.ethnic_groups if g.name == name)

    @cached_property
    def units_current(self) -> list[Unit]:
        """Communes as named on 01/03/2025."""
        return [Unit(UnitName.parse(r["province"]), UnitName.parse(r["district"]), UnitName.parse(r["commune"]),
                     r["province_code"], r["district_code"])
                for r in self._tsv("admin-units-2025-03.tsv")]

    @cached_property
    def units_historical(self) -> list[Unit]:
        """Communes under the first name each code carried since 2003, dissolved ones included."""
        tree = json.loads((self.folder / "admin-units-history.json").read_text(encoding="utf-8"))
        units = []
        for pcode, pnode in tree.items():
            pname = UnitName.parse(pnode[0][0])
            for dcode, dnode in _children(pnode).items():
                dname = UnitName.parse(dnode[0][0])
                for cnode in _children(dnode).values():
                    units.append(Unit(pname, dname, UnitName.parse(cnode[0][0]), pcode, dcode))
        return units

    def units(self, historical: bool) -> list[Unit]:
        return self.units_historical if historical else self.units_current

    def district(self, province: str, district: str, historical: bool) -> list[Unit]:
        """The communes of one district, matched by proper names ('Thanh Hóa', 'Thạch Thành')."""
        found = [u for u in self.units(historical)
                 if u.province.name == nfc(province) and u.district.name == nfc(district)]
        if not found:
            raise SystemExit(f"make-samples: no district {district!r} in province {province!r} in the domain data")
        return found
