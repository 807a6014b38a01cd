"""Read sensor CSV files into (T, C) float arrays, with errors that name the file, row and column.

Rows are time steps, columns channels. A header row is detected when its cells are not numbers.
A timestamp/index column is detected (first column named time/timestamp/date/index/t, or a first
column of non-numeric cells in every row) or named explicitly; it is dropped from the signal.
Empty cells and NaN/nan/NA are missing samples (NaN); inf is an error.
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

import numpy as np

from stampcodec.errors import DataError

_MISSING = {"", "nan", "na", "n/a", "null", "none"}
_TIME_NAMES = {"time", "timestamp", "date", "datetime", "index", "t", "ts", "time_s", "seconds"}


@dataclass
class CsvSignal:
    data: np.ndarray  # (T, C) float64, NaN = missing
    columns: list[str]
    time_column: str | None


def _number(cell: str) -> float | None:
    c = cell.strip()
    if c.lower() in _MISSING:
        return math.nan
    try:
        return float(c)
    except ValueError:
        return None


def read_csv(source: str | Path | TextIO, time_column: str | int | None = None, name: str | None = None) -> CsvSignal:
    if isinstance(source, (str, Path)):
        where = str(source)
        try:
            text = Path(source).read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise DataError(f"{where}: file not found") from None
        except UnicodeDecodeError as e:
            raise DataError(f"{where}: not a UTF-8 text file ({e.reason} at byte {e.start})") from None
        stream: TextIO = io.StringIO(text)
    else:
        where = name or "<stdin>"
        stream = source
    try:
        sample = stream.read(65536)
        rest = stream.read()
    except UnicodeDecodeError as e:
        raise DataError(f"{where}: not a UTF-8 text file ({e.reason})") from None
    text = sample + rest
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t ") if sample.strip() else csv.excel
    except csv.Error:
        dialect = csv.excel
    rows = [r for r in csv.reader(io.StringIO(text), dialect) if any(c.strip() for c in r)]
    if not rows:
        raise DataError(f"{where}: empty file (no rows)")
    first = rows[0]
    # A header is a first row with a non-number where the next row has a number: a column that
    # is text all the way down (dates) is a time column, not evidence of a header.
    nxt = rows[1] if len(rows) > 1 else None
    header = any(_number(c) is None and (nxt is None or j >= len(nxt) or _number(nxt[j]) is not None)
                 for j, c in enumerate(first))
    columns = [c.strip() for c in first] if header else [f"ch{i}" for i in range(len(first))]
    body = rows[1:] if header else rows
    if not body:
        raise DataError(f"{where}: header only, no data rows")
    width = len(columns)
    line0 = 2 if header else 1
    for i, r in enumerate(body):
        if len(r) != width:
            raise DataError(f"{where}: row {line0 + i} has {len(r)} columns, expected {width}")

    tcol: int | None = None
    if isinstance(time_column, int):
        tcol = time_column
    elif isinstance(time_column, str):
        if time_column not in columns:
            raise DataError(f"{where}: time column {time_column!r} not in header ({', '.join(columns)})")
        tcol = columns.index(time_column)
    elif header and columns[0].strip().lower() in _TIME_NAMES:
        tcol = 0
    elif width > 1 and all(_number(r[0]) is None for r in body[: min(len(body), 50)]):
        tcol = 0  # e.g. ISO dates in the first column
    if tcol is not None and not (0 <= tcol < width):
        raise DataError(f"{where}: time column index {tcol} out of range (file has {width} columns)")
    keep = [j for j in range(width) if j != tcol]
    if not keep:
        raise DataError(f"{where}: no signal columns besides the time column")

    out = np.empty((len(body), len(keep)))
    for i, r in enumerate(body):
        for k, j in enumerate(keep):
            v = _number(r[j])
            if v is None:
                raise DataError(f"{where}: row {line0 + i}, column {j + 1} ({columns[j]!r}): not a number: {r[j].strip()!r}")
            if math.isinf(v):
                raise DataError(f"{where}: row {line0 + i}, column {j + 1} ({columns[j]!r}): infinite value")
            out[i, k] = v
    return CsvSignal(out, [columns[j] for j in keep], columns[tcol] if tcol is not None else None)
