"""Table export: CSV and XLSX read back as written, hostile text stays inert, failures leave no file."""

from __future__ import annotations

import csv
import os
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import openpyxl
import pytest

from moderator_app.store.table_export import (
    XLSX_MAX_CELL_CHARS,
    ExportError,
    export_table,
    neutralize_formula,
    write_csv,
    write_xlsx,
)

HEADERS = ["Moderator", "Decisions", "Error rate", "Audited on", "Last decision", "Note"]
ROWS = [
    ["Zoë Ångström", 120, 0.0625, date(2026, 11, 2), datetime(2026, 11, 27, 9, 30, 5), "Très bien — 👍"],
    ["moderator2", 0, None, None, None, ""],
    [
        "lead1",
        7,
        1.0,
        date(2026, 1, 31),
        datetime(2026, 11, 27, 13, 0, tzinfo=timezone(timedelta(hours=1))),
        None,
    ],
]
HOSTILE = [
    '=HYPERLINK("http://evil","x")',
    "+1+1",
    "-2+3",
    "@SUM(A1)",
    "\tTab",
    "\rCR",
    "#N/A",
    "safe = text",
]


def read_csv(path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a BOM tells Excel the file is UTF-8"
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def read_xlsx(path):
    sheet = openpyxl.load_workbook(path).active
    return sheet, [[cell.value for cell in row] for row in sheet.iter_rows()]


def test_csv_round_trip_keeps_unicode_numbers_dates_and_empty_cells(tmp_path):
    path = tmp_path / "table.csv"
    write_csv(path, HEADERS, ROWS)
    assert read_csv(path) == [
        HEADERS,
        ["Zoë Ångström", "120", "0.0625", "2026-11-02", "2026-11-27 09:30:05", "Très bien — 👍"],
        ["moderator2", "0", "", "", "", ""],
        ["lead1", "7", "1.0", "2026-01-31", "2026-11-27 12:00:00", ""],  # aware datetimes in UTC
    ]
    assert b"\r\n" in path.read_bytes()


def test_csv_neutralises_formula_injection_in_text_but_not_in_numbers(tmp_path):
    path = tmp_path / "hostile.csv"
    write_csv(path, ["title", "delta"], [[text, -3] for text in HOSTILE] + [["=cmd", -0.5]])
    rows = read_csv(path)[1:]
    titles = [r[0] for r in rows]
    assert titles[:6] == ["'" + t for t in HOSTILE[:6]]
    assert titles[6:] == ["#N/A", "safe = text", "'=cmd"]
    assert {r[1] for r in rows} == {"-3", "-0.5"}  # negative numbers are numbers, not formulas


def test_neutralize_formula_only_touches_dangerous_prefixes():
    assert neutralize_formula("=1") == "'=1"
    assert neutralize_formula("Vélo = bon état") == "Vélo = bon état"
    assert neutralize_formula("") == ""


def test_xlsx_round_trip_keeps_types_bold_frozen_header_and_widths(tmp_path):
    path = tmp_path / "table.xlsx"
    write_xlsx(path, HEADERS, ROWS, sheet_title="Error rates: [Nov]")
    sheet, values = read_xlsx(path)
    assert sheet.title == "Error rates_ _Nov_"
    assert values[0] == HEADERS
    assert values[1] == [
        "Zoë Ångström",
        120,
        0.0625,
        datetime(2026, 11, 2),
        datetime(2026, 11, 27, 9, 30, 5),
        "Très bien — 👍",
    ]
    assert values[2] == ["moderator2", 0, None, None, None, None]  # openpyxl reads "" back as None
    assert values[3][4] == datetime(2026, 11, 27, 12, 0)
    assert sheet["B2"].data_type == "n" and sheet["C2"].data_type == "n"
    assert sheet["D2"].is_date and sheet["E2"].is_date
    assert sheet["D2"].number_format == "yyyy-mm-dd"
    assert all(sheet.cell(row=1, column=c).font.b for c in range(1, len(HEADERS) + 1))
    assert not sheet["A2"].font.b
    assert sheet.freeze_panes == "A2"
    widths = [sheet.column_dimensions[letter].width for letter in "ABCDEF"]
    assert widths[0] >= len("Zoë Ångström") and widths[1] >= len("Decisions")
    assert all(6 <= w <= 60 for w in widths)


def test_xlsx_keeps_hostile_text_as_inert_text(tmp_path):
    path = tmp_path / "hostile.xlsx"
    long_text = "x" * (XLSX_MAX_CELL_CHARS + 10)
    write_xlsx(path, ["title"], [[t] for t in HOSTILE] + [["bell\x07 and nul\x00"], [long_text]])
    sheet, values = read_xlsx(path)
    titles = [row[0] for row in values[1:]]
    # Typed text: the exact words, never run (a lone CR becomes Excel's line break, LF).
    assert titles[: len(HOSTILE)] == [t.replace("\r", "\n") for t in HOSTILE]
    assert all(sheet.cell(row=r, column=1).data_type == "s" for r in range(2, len(values) + 1))
    assert titles[-2] == "bell and nul"  # XML cannot carry control characters
    assert len(titles[-1]) == XLSX_MAX_CELL_CHARS


def test_export_table_picks_the_format_from_the_suffix(tmp_path):
    export_table(tmp_path / "a.XLSX", ["n"], [[Decimal("1.5")], [True]])
    _, values = read_xlsx(tmp_path / "a.XLSX")
    assert values == [["n"], [1.5], [True]]
    export_table(tmp_path / "a.csv", ["n"], [[Decimal("1.5")], [True]])
    assert read_csv(tmp_path / "a.csv") == [["n"], ["1.5"], ["true"]]


@pytest.mark.parametrize("writer", [write_csv, write_xlsx])
def test_a_failed_export_leaves_the_previous_file_and_no_temporary_file(tmp_path, writer):
    path = tmp_path / "report.out"
    path.write_bytes(b"previous export")

    def rows():
        yield ["ok", 1]
        raise RuntimeError("the table model went away")

    with pytest.raises(RuntimeError):
        writer(path, ["a", "b"], rows())
    assert path.read_bytes() == b"previous export"
    assert os.listdir(tmp_path) == ["report.out"]


@pytest.mark.parametrize("writer", [write_csv, write_xlsx])
def test_bad_rows_are_refused_and_nothing_is_written(tmp_path, writer):
    with pytest.raises(ExportError, match="row 2 has 1 cells"):
        writer(tmp_path / "t", ["a", "b"], [["x", 1], ["y"]])
    with pytest.raises(ExportError, match="object"):
        writer(tmp_path / "t", ["a"], [[object()]])
    assert os.listdir(tmp_path) == []


def test_an_existing_file_is_replaced_whole(tmp_path):
    path = tmp_path / "t.csv"
    write_csv(path, ["a"], [[str(i)] for i in range(100)])
    write_csv(path, ["a"], [["only"]])
    assert read_csv(path) == [["a"], ["only"]]
