"""Write a table (column headers and rows of plain values) to CSV or XLSX, for "Export".

Cells may be ``str``, ``int``, ``float``, ``Decimal``, ``bool``, ``None``, ``date`` or ``datetime``.
Timezone-aware datetimes are written in UTC (spreadsheets have no time zones). Strings come from
hostile listings, so:

- CSV: UTF-8 with a byte-order mark (Excel then reads accents right); a text cell that starts with
  ``= + - @``, a tab or a carriage return gets a leading apostrophe so a spreadsheet never runs it
  as a formula (OWASP "CSV injection").
- XLSX: text cells are typed as text, so ``=...`` stays text; characters XML cannot carry are
  dropped, line ends become LF, and text is cut at Excel's 32,767-character cell limit (Excel
  refuses longer cells).

Both writers are atomic: the file appears complete or not at all (temporary file, then rename),
and an existing file is only replaced by a complete one. No Qt here.
"""

from __future__ import annotations

import csv
import logging
import math
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

log = logging.getLogger(__name__)

Cell = str | int | float | Decimal | bool | date | datetime | None

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
XLSX_MAX_CELL_CHARS = 32_767
_WIDTH_SAMPLE_ROWS = 1000
_MIN_WIDTH, _MAX_WIDTH = 6, 60


class ExportError(ValueError):
    """The table cannot be exported as given (a row of the wrong length, an unsupported value)."""


def neutralize_formula(text: str) -> str:
    """``text`` made safe for a spreadsheet cell: prefixed with ``'`` if it could start a formula."""
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


def export_table(
    path: str | os.PathLike[str], headers: Sequence[str], rows: Iterable[Sequence[Cell]]
) -> None:
    """Write the table to ``path``, as XLSX if it ends in ``.xlsx``, else as CSV."""
    if Path(path).suffix.lower() == ".xlsx":
        write_xlsx(path, headers, rows)
    else:
        write_csv(path, headers, rows)


def write_csv(path: str | os.PathLike[str], headers: Sequence[str], rows: Iterable[Sequence[Cell]]) -> None:
    """Write a CSV file (UTF-8 with BOM, comma-separated, CRLF rows); see the module docstring."""
    width = len(headers)

    def write(stream: IO[bytes]) -> None:
        text = _TextSink(stream)
        writer = csv.writer(text)
        text.write("\ufeff")
        writer.writerow([neutralize_formula(str(h)) for h in headers])
        for number, row in enumerate(rows, start=1):
            writer.writerow([csv_cell(value) for value in _checked(row, width, number)])

    _atomic_write(Path(path), write)


def csv_cell(value: Cell) -> str:
    """One value as CSV text: empty for None, ISO 8601 for dates, formulas neutralised."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return _utc_naive(value).isoformat(sep=" ")  # the form spreadsheets recognise as a date
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float | Decimal):
        return str(value)
    if isinstance(value, str):
        return neutralize_formula(value)
    raise ExportError(f"cannot export a value of type {type(value).__name__}")


def write_xlsx(
    path: str | os.PathLike[str],
    headers: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    *,
    sheet_title: str = "Export",
    number_formats: Sequence[str | None] | None = None,
) -> None:
    """Write an XLSX workbook of one sheet: a bold, frozen header row, typed cells (numbers stay
    numbers, dates are dates), and column widths fitted to the content. ``number_formats`` gives
    each column's Excel number format (e.g. "0.0%"), None for the default."""
    from openpyxl import Workbook  # imported here: only exports pay for it
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    width = len(headers)
    # Widths must be known before the first row is streamed, so the rows are read (and checked)
    # up front; once the workbook exists, nothing can fail half-way through a sheet.
    table = [
        [_xlsx_value(v) for v in _checked(row, width, number)] for number, row in enumerate(rows, start=1)
    ]
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=_sheet_title(sheet_title))
    for index, column_width in enumerate(_column_widths(headers, table), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column_width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)

    formats = list(number_formats or []) + [None] * (width - len(number_formats or []))

    def cell(value: Any, font: Font | None = None, number_format: str | None = None) -> WriteOnlyCell:
        c = WriteOnlyCell(sheet, value=value)
        if isinstance(c.value, str):
            c.data_type = "s"  # text starting with "=" or equal to "#N/A" stays text
        elif number_format is not None and isinstance(value, int | float | Decimal) and not isinstance(value, bool):
            c.number_format = number_format
        if font is not None:
            c.font = font
        return c

    sheet.append([cell(_xlsx_value(str(h)), bold) for h in headers])
    for row in table:
        sheet.append([cell(value, number_format=formats[i]) for i, value in enumerate(row)])
    _atomic_write(Path(path), workbook.save)


def _xlsx_value(value: Cell) -> Any:
    if value is None or isinstance(value, bool | int | Decimal):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)  # XLSX has no NaN or infinity
    if isinstance(value, datetime):
        return _utc_naive(value)
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        # XML turns a bare CR into LF on reading anyway; Excel's own line break is LF.
        text = value.replace("\r\n", "\n").replace("\r", "\n")
        return ILLEGAL_CHARACTERS_RE.sub("", text)[:XLSX_MAX_CELL_CHARS]
    raise ExportError(f"cannot export a value of type {type(value).__name__}")


def _utc_naive(value: datetime) -> datetime:
    return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value


def _checked(row: Sequence[Cell], width: int, number: int) -> Sequence[Cell]:
    if len(row) != width:
        raise ExportError(f"row {number} has {len(row)} cells, the table has {width} columns")
    return row


def _column_widths(headers: Sequence[str], rows: list[list[Cell]]) -> list[float]:
    """Character widths from the header and the first rows, clamped to a readable range."""
    widths = [len(str(h)) + 2 for h in headers]  # the bold header needs a little more room
    for row in rows[:_WIDTH_SAMPLE_ROWS]:
        for index, value in enumerate(row):
            widths[index] = max(widths[index], _display_len(value))
    return [float(min(max(w + 1, _MIN_WIDTH), _MAX_WIDTH)) for w in widths]


def _display_len(value: Cell) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 19
    if isinstance(value, date):
        return 10
    if isinstance(value, float):
        return len(f"{value:.6g}")
    return max((len(line) for line in str(value).splitlines()), default=0)


def _sheet_title(title: str) -> str:
    """A title Excel accepts: at most 31 characters, none of []:*?/\\."""
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in title).strip("'")[:31]
    return cleaned or "Export"


class _TextSink:
    """A text stream over a binary file, so the csv module writes UTF-8 without newline mangling."""

    def __init__(self, stream: IO[bytes]):
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(text.encode("utf-8"))
        return len(text)


def _atomic_write(path: Path, write: Callable[[IO[bytes]], Any]) -> None:
    """Run ``write`` on a temporary file beside ``path``, then rename it over ``path``.

    On any failure the temporary file is removed and ``path`` is left as it was.
    """
    directory = path.parent if str(path.parent) else Path(".")
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    log.info("exported a table to %s", path.name)
