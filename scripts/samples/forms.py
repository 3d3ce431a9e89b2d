"""The three reference ledger forms of shared/FORMS.md: which cells each page carries.

A `Column` is one printed column (one cell per row). Most carry one export field; the
"người đi khai" column carries two (name on line 1, relation on line 2), and the KT time of
death column carries the time (line 1) and the date (line 2). Widths are in millimetres and add
up to the usable width of an A4 page (`layout.USABLE_WIDTH_MM`).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    key: str                  # the cell's name: its first field
    header: str               # printed header (Vietnamese)
    fields: tuple[str, ...]   # export fields written in the cell, one block each, top to bottom
    width_mm: float


@dataclass(frozen=True)
class Form:
    pipeline: str
    register_type: str
    left: tuple[Column, ...]
    right: tuple[Column, ...]

    def columns(self, side: str) -> tuple[Column, ...]:
        return self.left if side == "left" else self.right

    @property
    def fields(self) -> list[str]:
        """Every export field of the pipeline, in form order."""
        return [f for col in self.left + self.right for f in col.fields]


def _c(header: str, width: float, *fields: str) -> Column:
    return Column(fields[0], header, tuple(fields), width)


KS = Form("ks-ledger", "KS",
          left=(_c("Số", 9, "so"),
                _c("Ngày, tháng, năm đăng ký", 21, "ngayDangKy"),
                _c("Họ, chữ đệm, tên người được khai sinh", 33, "nksHoTen"),
                _c("Giới tính", 11, "nksGioiTinh"),
                _c("Ngày, tháng, năm sinh", 21, "nksNgaySinh"),
                _c("Nơi sinh", 30, "nksNoiSinh"),
                _c("Dân tộc", 13, "nksDanToc"),
                _c("Quốc tịch", 14, "nksQuocTich"),
                _c("Quê quán", 26, "nksQueQuan")),
          right=(_c("Họ, chữ đệm, tên người mẹ", 26, "meHoTen"),
                 _c("Năm sinh", 10, "meNgaySinh"),
                 _c("Dân tộc", 11, "meDanToc"),
                 _c("Nơi cư trú", 23, "meNoiCuTru"),
                 _c("Họ, chữ đệm, tên người cha", 26, "chaHoTen"),
                 _c("Năm sinh", 10, "chaNgaySinh"),
                 _c("Dân tộc", 11, "chaDanToc"),
                 _c("Nơi cư trú", 23, "chaNoiCuTru"),
                 _c("Họ tên, quan hệ người đi khai", 25, "nycHoTen", "nycQuanHe"),
                 _c("Ghi chú", 13, "ghiChu")))

KT = Form("kt-ledger", "KT",
          left=(_c("Số", 9, "so"),
                _c("Ngày, tháng, năm đăng ký", 22, "ngayDangKy"),
                _c("Họ, chữ đệm, tên người chết", 36, "nktHoTen"),
                _c("Giới tính", 12, "nktGioiTinh"),
                _c("Ngày, tháng, năm sinh", 24, "nktNgaySinh"),
                _c("Dân tộc", 15, "nktDanToc"),
                _c("Quốc tịch", 16, "nktQuocTich"),
                _c("Nơi cư trú cuối cùng", 44, "nktNoiCuTru")),
          right=(_c("Giờ, phút, ngày, tháng, năm chết", 30, "nktGioPhutChet", "nktNgayChet"),
                 _c("Nơi chết", 32, "nktNoiChet"),
                 _c("Nguyên nhân chết", 28, "nktNguyenNhanChet"),
                 _c("Số giấy báo tử", 18, "gbtSo"),
                 _c("Họ tên, quan hệ người đi khai", 38, "nycHoTen", "nycQuanHe"),
                 _c("Ghi chú", 32, "ghiChu")))

KH = Form("kh-ledger", "KH",
          left=(_c("Số", 10, "so"),
                _c("Ngày, tháng, năm đăng ký", 24, "ngayDangKy"),
                _c("Họ, chữ đệm, tên người chồng", 40, "chongHoTen"),
                _c("Ngày, tháng, năm sinh", 24, "chongNgaySinh"),
                _c("Dân tộc", 16, "chongDanToc"),
                _c("Quốc tịch", 18, "chongQuocTich"),
                _c("Nơi cư trú", 46, "chongNoiCuTru")),
          right=(_c("Họ, chữ đệm, tên người vợ", 40, "voHoTen"),
                 _c("Ngày, tháng, năm sinh", 24, "voNgaySinh"),
                 _c("Dân tộc", 16, "voDanToc"),
                 _c("Quốc tịch", 18, "voQuocTich"),
                 _c("Nơi cư trú", 46, "voNoiCuTru"),
                 _c("Ghi chú", 34, "ghiChu")))

FORMS = {f.pipeline: f for f in (KS, KT, KH)}
