"""CSV in and out. Reading: sensor CSV files as a stream of (rows, C) float chunks, with errors
that name the file, row and column. Writing: decoded frames with the original names and a
rebuilt time column (CsvSink).

Rows are time steps, columns channels. A header row is detected when its cells are not numbers.
A timestamp/index column is detected (first column named time/timestamp/date/index/t, or a first
column of non-numeric cells) or named explicitly; it is dropped from the signal, but its values
(numbers, or ISO 8601 dates as POSIX seconds) are handed on so a sample rate can be derived.
Empty cells and NaN/nan/NA are missing samples (NaN); inf is an error.

The file is read in chunks and may be read more than once (statistics, then encoding), so a
long recording never has to fit in memory.
"""

from __future__ import annotations

import csv
import io
import math
import warnings
from itertools import compress
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import BinaryIO, Callable, Iterator, TextIO

import numpy as np

from stampcodec import container, timestamps
from stampcodec.errors import DataError

try:  # the C parser of plain numeric lines (native/python/csv_numbers.cpp); numpy's reader without it
    from stampcodec._native import csv_numbers as _csv_numbers
except ImportError:  # pragma: no cover - installs without a C++ compiler
    _csv_numbers = None

_MISSING = {"", "nan", "na", "n/a", "null", "none"}
_TIME_NAMES = {"time", "timestamp", "date", "datetime", "index", "t", "ts", "time_s", "seconds", "measured_on",
               "epoch", "unix_time", "time_ms", "t_ms", "timestamp_ms", "epoch_ms", "millis", "time_us", "t_us",
               "timestamp_us", "time_ns", "t_ns", "timestamp_ns"}
# a time column's unit from its name (time_ms, ts_us, ...); else from the size of its numbers
_UNIT_SUFFIXES = {"_ms": 1_000, "millis": 1_000, "_us": 1_000_000, "_ns": 1_000_000_000}
_SNIFF_BYTES = 65536
_SNIFF_DIALECT = 16384  # characters the csv sniffer sees
READ_TEXT = 1 << 20  # characters read at a time by the fast path
_DETECT_ROWS = 50


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


# Numeric time stamps this large are epoch milliseconds, microseconds or nanoseconds (as seconds
# they would lie past the year 5138): the reader divides them to seconds, the writer multiplies back.
_EPOCH_UNITS = ((1e17, 1_000_000_000), (1e14, 1_000_000), (1e11, 1_000))


def epoch_unit(value: float) -> int:
    """Ticks per second of a numeric time stamp, judged by its size."""
    return next((unit for limit, unit in _EPOCH_UNITS if abs(value) >= limit), 1)


def _fraction_digits(cell: str) -> int:
    """Digits after the decimal point of a number or an ISO time (15: exponent notation)."""
    c = cell.strip().rstrip("Z")
    for sign in "+-":  # a UTC offset after the time of day
        at = c.rfind(sign)
        if at > 10:
            c = c[:at]
    if "e" in c.lower():
        return container.VARIABLE_DIGITS
    return min(9, len(c.rsplit(".", 1)[1])) if "." in c else 0


def date_style(cell: str, has_offset: bool) -> dict:
    """How an ISO 8601 cell is written: separator, zone suffix (an offset is written back as
    UTC), fraction digits."""
    c = cell.strip()
    zone = ("Z" if c.endswith("Z") else "+00:00") if has_offset else ""
    return {"time_sep": "T" if len(c) > 10 and c[10] == "T" else " ", "time_zone": zone,
            "time_digits": _fraction_digits(c)}


def parse_time(cell: str) -> float | None:
    """A time cell as seconds: a number, or an ISO 8601 date (naive = UTC) as POSIX seconds."""
    v = _number(cell)
    if v is not None:
        return v if math.isfinite(v) else None
    try:
        d = datetime.fromisoformat(cell.strip())
    except ValueError:
        return None
    if d.tzinfo is None:
        d = d.replace(tzinfo=timezone.utc)
    return d.timestamp()


def _quoted_cells(sample: str, dialect: type[csv.Dialect] | csv.Dialect) -> set[int]:
    """Columns whose first-row cell is quoted while the second row's is not: a quoted "1.5" in a
    header is a name, not a number (stampcodec decode writes numeric-looking names that way)."""
    lines = [ln for ln in sample.splitlines() if ln.strip()][:2]
    if len(lines) < 2:
        return set()
    try:
        raw = list(csv.reader(lines, delimiter=dialect.delimiter, quoting=csv.QUOTE_NONE))
    except csv.Error:
        return set()
    q = dialect.quotechar or '"'
    return {j for j, c in enumerate(raw[0]) if c.strip().startswith(q)
            and not (j < len(raw[1]) and raw[1][j].strip().startswith(q))}


def select_columns(names: list[str], candidates: list[int], columns: list[str] | None, exclude: list[str] | None,
                   where: str) -> list[int]:
    """The signal columns (file indices) among candidates: those named or numbered (0-based, as in
    the file) by `columns`, in that order, else all but those in `exclude`."""
    def index(spec: str) -> int:
        if spec in names:
            return names.index(spec)
        if spec.isdigit() and int(spec) < len(names):
            return int(spec)
        raise DataError(f"{where}: no column {spec!r} (columns: {', '.join(names)})")

    if columns:
        keep = [index(c) for c in columns]
        outside = [names[j] or str(j) for j in keep if j not in candidates]
        if outside:
            raise DataError(f"{where}: column(s) {', '.join(outside)} is the time column, not a signal")
    else:
        drop = {index(c) for c in exclude or []}
        keep = [j for j in candidates if j not in drop]
    if not keep:
        raise DataError(f"{where}: no signal columns left (besides the time column and --exclude)")
    return keep


class CsvReader:
    """A CSV recording opened for (repeated) chunked reading."""

    def __init__(self, opener: Callable[[], TextIO], where: str, time_column: str | int | None = None,
                 columns: list[str] | None = None, exclude: list[str] | None = None) -> None:
        self._open = opener
        self.where = where
        try:
            with opener() as f:
                sample = f.read(_SNIFF_BYTES)
        except FileNotFoundError:
            raise DataError(f"{where}: file not found") from None
        except IsADirectoryError:
            raise DataError(f"{where}: is a directory, not a CSV file") from None
        except UnicodeDecodeError as e:
            raise DataError(f"{where}: not a UTF-8 text file ({e.reason} at byte {e.start})") from None
        try:
            # the sniffer's regular expressions cost 7 ms on 64 KB: its guess from the first 16 KB
            self.dialect = (csv.Sniffer().sniff(sample[:_SNIFF_DIALECT], delimiters=",;\t ") if sample.strip()
                            else csv.excel)
        except csv.Error:
            self.dialect = csv.excel
        first: list[list[str]] = []
        for _, row in self._rows():
            first.append(row)
            if len(first) > _DETECT_ROWS:
                break
        if not first:
            raise DataError(f"{where}: empty file (no rows)")
        head = first[0]
        # A header is a first row with a non-number where the next row has a number: a column that
        # is text all the way down (dates) is a time column, not evidence of a header.
        nxt = first[1] if len(first) > 1 else None
        quoted = _quoted_cells(sample, self.dialect)
        self.header = any((_number(c) is None or j in quoted) and (nxt is None or j >= len(nxt) or _number(nxt[j]) is not None)
                          for j, c in enumerate(head))
        names = [c.strip() for c in head] if self.header else [f"ch{i}" for i in range(len(head))]
        body = first[1:] if self.header else first
        if not body:
            raise DataError(f"{where}: header only, no data rows")
        self.width = len(names)
        tcol: int | None = None
        if isinstance(time_column, int):
            tcol = time_column
        elif isinstance(time_column, str):
            if time_column not in names:
                raise DataError(f"{where}: time column {time_column!r} not in header ({', '.join(names)})")
            tcol = names.index(time_column)
        elif self.header and names[0].lower() in _TIME_NAMES:
            tcol = 0
        elif self.width > 1 and all(len(r) > 0 and _number(r[0]) is None for r in body):
            tcol = 0  # e.g. ISO dates in the first column
        if tcol is not None and not (0 <= tcol < self.width):
            raise DataError(f"{where}: time column index {tcol} out of range (file has {self.width} columns)")
        self.time_index = tcol
        self.keep = select_columns(names, [j for j in range(self.width) if j != tcol], columns, exclude, where)
        self.columns = [names[j] for j in self.keep]
        # How times are written: numbers, or ISO dates with or without a UTC offset.
        self.time_is_date = self.time_has_offset = False
        self.time_scale = 1  # numeric time cells per second (epoch milliseconds and finer are detected)
        time_style: dict = {}
        if tcol is not None and tcol < len(body[0]):
            cell = body[0][tcol].strip()
            number = _number(cell)
            if number is None:
                try:
                    d = datetime.fromisoformat(cell)
                    self.time_is_date, self.time_has_offset = True, d.tzinfo is not None
                    time_style = date_style(cell, d.tzinfo is not None)
                except ValueError:
                    pass
            elif math.isfinite(number):
                name = names[tcol].strip().lower()
                self.time_scale = next((u for suffix, u in _UNIT_SUFFIXES.items() if name.endswith(suffix)),
                                       epoch_unit(number))
                time_style = {"time_unit": self.time_scale, "time_digits": _fraction_digits(cell)}
        self.style = container.Style(delimiter=self.dialect.delimiter if self.dialect.delimiter in container.DELIMITERS
                                     else ",", **time_style)
        self.time_column = (names[tcol] or "time") if tcol is not None else None  # pandas leaves the index unnamed
        self._names = names
        # the C parser (or numpy's reader) takes whole megabytes of lines when a line is always a
        # row: no quotes (checked again per piece) and one plain delimiter
        self._fast = ((self.dialect.quotechar or '"') not in sample and len(self.dialect.delimiter) == 1
                      and not getattr(self.dialect, "skipinitialspace", False)
                      and "\r" not in sample.replace("\r\n", ""))  # old Mac line ends: the row parser

    @classmethod
    def open(cls, path: str | Path, time_column: str | int | None = None, columns: list[str] | None = None,
             exclude: list[str] | None = None) -> "CsvReader":
        p = Path(path)
        return cls(lambda: open(p, encoding="utf-8-sig", newline=""), str(p), time_column, columns, exclude)

    @property
    def channels(self) -> int:
        return len(self.keep)

    @property
    def named(self) -> bool:
        return self.header

    def _rows(self) -> Iterator[tuple[int, list[str]]]:
        """(line number, cells) of every non-blank row."""
        try:
            with self._open() as f:
                reader = csv.reader(f, self.dialect)
                for row in reader:
                    if any(c.strip() for c in row):
                        yield reader.line_num, row
        except UnicodeDecodeError as e:
            raise DataError(f"{self.where}: not a UTF-8 text file ({e.reason})") from None
        except csv.Error as e:
            raise DataError(f"{self.where}: malformed CSV ({e})") from None

    @property
    def keeps_time(self) -> bool:
        """Whether stamped_chunks can read exact time stamps (there is a time column)."""
        return self.time_index is not None

    def chunks(self, rows: int) -> Iterator[tuple[np.ndarray, np.ndarray | None]]:
        """Yield (data (n, C) float64 with NaN for missing, time (n,) seconds or None) with n = rows
        (the last chunk: what is left). Time is None for the whole file when there is no time
        column, and NaN where a cell is not a time. The file is read a megabyte at a time; plain
        numeric lines (missing markers included) go through the extension's C parser (numpy's reader
        without the extension, or with a date column); a piece with anything else (quotes, a bad
        row, underscores) through the row parser, which gives the same values and names the row of
        an error. 300,000 x 3 numbers: 0.9-1.1x pandas.read_csv's median time in the same benchmark run,
        up to 1.9x in single best-of-5 timings (tests/benchmarks/test_csv_read.py)."""
        if not self._fast:
            for data, times, _ in self._chunks(rows, False):
                yield data, times
            return
        datas: list[np.ndarray] = []
        timess: list[np.ndarray] = []
        have = 0
        first = 1
        for text in self._pieces():
            data, times, read = self._piece(first, text)
            first += read
            datas.append(data)
            if times is not None:
                timess.append(times)
            have += len(data)
            while have >= rows:
                d = np.concatenate(datas)
                t = np.concatenate(timess) if timess else None
                yield d[:rows], None if t is None else t[:rows]
                datas, timess, have = [d[rows:]], [] if t is None else [t[rows:]], have - rows
        if have:
            yield np.concatenate(datas), np.concatenate(timess) if timess else None

    def stamped_chunks(self, rows: int) -> Iterator[tuple[np.ndarray, np.ndarray | None, timestamps.Stamps]]:
        """chunks, and each chunk's time stamps read exactly (stampcodec.timestamps): a cell that
        is not a time stamp is a DataError naming its row."""
        if self.time_index is None:
            raise DataError(f"{self.where}: no time column to keep")
        for data, times, stamps in self._chunks(rows, True):
            assert stamps is not None
            yield data, times, stamps

    def _seconds(self, cell: str) -> float:
        """A time cell in seconds (numbers in the column's unit divided down), NaN if not a time."""
        t = parse_time(cell)
        return math.nan if t is None else t / self.time_scale

    def _exact_time(self, cell: str, line: int) -> tuple[int, int, int]:
        v = timestamps.parse_date(cell) if self.time_is_date else timestamps.parse_number(cell)
        if v is None:
            kind = "an ISO 8601 date like the first row's" if self.time_is_date else "a number"
            raise DataError(f"{self.where}: row {line}: time cell {cell.strip()!r} is not {kind} (--keep-time keeps "
                            "numbers or ISO 8601 dates, one in every row)")
        if abs(v[0]) >= timestamps.LIMIT:
            raise DataError(f"{self.where}: row {line}: time stamp {cell.strip()!r} is too large to keep exactly")
        return v

    # --- the fast path: blocks of plain lines ----------------------------------------------
    @property
    def _blank(self) -> str:
        """What a blank row holds at most (it is no row)."""
        return self.dialect.delimiter + " \t\r\n"

    @property
    def _numeric_time(self) -> bool:
        return self.time_index is not None and not self.time_is_date

    def _parsed_cols(self) -> list[int]:
        """The cells the numeric parsers read: the signal's, then a numeric time column's."""
        return list(self.keep) + ([self.time_index] if self._numeric_time else [])

    def _split_parsed(self, a: np.ndarray) -> tuple[np.ndarray, np.ndarray | None]:
        """The parsers' (rows, _parsed_cols) values -> data, and times in seconds (NaN where not a
        number) when the time column is numeric."""
        times = None
        if self._numeric_time:
            times = a[:, -1] / self.time_scale
            times[~np.isfinite(times)] = np.nan
        return np.ascontiguousarray(a[:, :len(self.keep)]), times

    def _pieces(self) -> Iterator[str]:
        """The file's whole lines, a megabyte at a time, with \r\n ends as \n and the header row
        emptied (so that line numbers hold). Only for files without quotes (self._fast), where a
        line is a row."""
        blank = self._blank
        header, tail = self.header, ""
        try:
            with self._open() as f:
                while True:
                    text = f.read(READ_TEXT)
                    buf = tail + text
                    # rows end at \n (or \r\n), as the csv module's do; str.splitlines would also
                    # split at form feeds and Unicode line separators inside cells. A \r at the end
                    # waits in the tail for its \n.
                    if "\r" in buf:
                        buf = buf.replace("\r\n", "\n")
                    cut = buf.rfind("\n") + 1 if text else len(buf)
                    piece, tail = buf[:cut], buf[cut:]
                    pos = 0
                    while header and pos < len(piece):  # empty the first line that is not blank
                        end = piece.find("\n", pos)
                        end = len(piece) if end < 0 else end
                        if piece[pos:end].strip(blank):
                            piece, header = piece[:pos] + piece[end:], False
                        pos = end + 1
                    if piece:
                        yield piece
                    if not text:
                        return
        except UnicodeDecodeError as e:
            raise DataError(f"{self.where}: not a UTF-8 text file ({e.reason})") from None

    def _piece(self, first: int, text: str) -> tuple[np.ndarray, np.ndarray | None, int]:
        """The rows of whole lines of text (the first is line `first`) and the lines read: the C
        parser when the extension is built and the lines are plain numbers, else numpy's reader or
        the row parser (which gives the same values and names the row of an error)."""
        if _csv_numbers is not None and (self.time_index is None or self._numeric_time):
            got = _csv_numbers(text, self.dialect.delimiter, self.width, self._parsed_cols(), first)
            if got is not None:
                return (*self._split_parsed(got[0]), got[2])
        lines = text.split("\n")
        read = len(lines) - (lines[-1] == "")
        keep = [bool(line.strip(self._blank)) for line in lines]
        numbers = first + np.flatnonzero(keep)
        lines = list(compress(lines, keep))
        if not lines:
            return np.empty((0, len(self.keep))), None if self.time_index is None else np.empty(0), read
        return (*self._block(numbers, lines), read)

    def _block(self, numbers: np.ndarray, lines: list[str]) -> tuple[np.ndarray, np.ndarray | None]:
        fast = self._fast_block(lines)
        if fast is not None:
            return fast
        rows = zip(numbers.tolist(), csv.reader(lines, self.dialect))
        data, times, _ = self._parse_rows(rows, len(lines), False)
        return data, times

    def _fast_block(self, lines: list[str]) -> tuple[np.ndarray, np.ndarray | None] | None:
        """numpy's reader on lines of plain numbers, or None when they are anything else."""
        q = self.dialect.quotechar or '"'
        if any(q in line for line in lines):
            return None
        cols = self._parsed_cols()
        every = sorted(cols) == list(range(self.width))  # then numpy checks each row's width itself
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error")  # numpy warns (not raises) on some ragged rows
                a = np.loadtxt(lines, delimiter=self.dialect.delimiter, dtype=np.float64, ndmin=2, comments=None,
                               usecols=None if every else cols)
        except (ValueError, Warning, IndexError):
            return None
        if every:
            a = a[:, cols] if a.shape[1] == self.width else a
        if a.shape != (len(lines), len(cols)) or not (every or _widths_are(lines, self.dialect.delimiter, self.width)):
            return None
        data, times = self._split_parsed(a)
        if np.isinf(data).any():
            return None  # the row parser names the cell
        if self.time_index is not None and not self._numeric_time:
            d, j = self.dialect.delimiter, self.time_index
            cells = [line.split(d, j + 1)[j] for line in lines]
            times = np.array([self._seconds(c) for c in cells])
        return data, times

    # --- the row parser ------------------------------------------------------------------
    def _chunks(self, rows: int, exact: bool) -> Iterator[tuple[np.ndarray, np.ndarray | None, timestamps.Stamps | None]]:
        rows_iter = self._rows()
        if self.header:
            next(rows_iter)
        while True:
            data, times, stamps = self._parse_rows(rows_iter, rows, exact)
            if not len(data):
                return
            yield data, times, stamps
            if len(data) < rows:
                return

    def _parse_rows(self, rows_iter: Iterator[tuple[int, list[str]]], rows: int,
                    exact: bool) -> tuple[np.ndarray, np.ndarray | None, timestamps.Stamps | None]:
        """Up to `rows` rows of (line number, cells) -> data, times and (exact) stamps, with
        errors naming the row and column."""
        data = np.empty((rows, len(self.keep)))
        times = np.empty(rows) if self.time_index is not None else None
        whole, fraction = np.empty(rows, dtype=np.int64), np.empty(rows, dtype=np.int64)
        digits = 0
        n = 0
        for line, r in rows_iter:
            if len(r) != self.width:
                raise DataError(f"{self.where}: row {line} has {len(r)} columns, expected {self.width}")
            for k, j in enumerate(self.keep):
                v = _number(r[j])
                if v is None:
                    raise DataError(f"{self.where}: row {line}, column {j + 1} ({self._names[j]!r}): not a number: "
                                    f"{r[j].strip()!r} (a label or text column? leave it out with --exclude "
                                    f"{self._names[j] or j}, or name the signal columns with --columns)")
                if math.isinf(v):
                    raise DataError(f"{self.where}: row {line}, column {j + 1} ({self._names[j]!r}): infinite value")
                data[n, k] = v
            if times is not None:
                times[n] = self._seconds(r[self.time_index])
                if exact:
                    whole[n], fraction[n], d = self._exact_time(r[self.time_index], line)
                    digits = max(digits, d)
            n += 1
            if n == rows:
                break
        stamps = timestamps.Stamps(whole[:n].copy(), fraction[:n].copy(), digits) if exact else None
        return data[:n].copy(), None if times is None else times[:n].copy(), stamps


def _widths_are(lines: list[str], delimiter: str, width: int) -> bool:
    """Every line has `width` cells (numpy's reader checks only the columns it uses)."""
    return all(line.count(delimiter) == width - 1 for line in lines)


def read_csv(source: str | Path | TextIO, time_column: str | int | None = None, name: str | None = None) -> CsvSignal:
    """The whole file at once (training data and small files)."""
    if isinstance(source, (str, Path)):
        reader = CsvReader.open(source, time_column)
    else:
        text = source.read()
        reader = CsvReader(lambda: io.StringIO(text), name or "<stdin>", time_column)
    parts = [d for d, _ in reader.chunks(65536)]
    if not parts:
        raise DataError(f"{reader.where}: header only, no data rows")
    return CsvSignal(np.concatenate(parts), reader.columns, reader.time_column)


# --- writing ------------------------------------------------------------------------------

def format_times(h: container.Header, start: int, n: int) -> list[str]:
    """Rebuilt time stamps written as the input wrote them (version 2 keeps its style: unit and
    digits of numbers; separator, zone suffix and digits of dates)."""
    assert h.sample_rate
    t = h.time_origin + (start + np.arange(n)) / h.sample_rate
    kind = h.time_kind & 0x7F
    style = h.style or container.Style()
    digits = style.time_digits
    if kind == container.TIME_NUMBER:
        ticks = t * style.time_unit
        if digits == container.VARIABLE_DIGITS:
            return [f"{v:.15g}" if style.time_unit == 1 else f"{v:.0f}" for v in ticks]
        return [f"{v:.{digits}f}" for v in ticks]
    out = []
    for v in t:
        if h.style is None:  # version 1: Python's isoformat, as before
            d = datetime.fromtimestamp(float(v), tz=timezone.utc)
            out.append(d.isoformat(sep=" ") if kind == container.TIME_DATE_UTC else d.replace(tzinfo=None).isoformat(sep=" "))
            continue
        q = 10 ** (6 if digits == container.VARIABLE_DIGITS else digits)
        sec, sub = divmod(round(float(v) * q), q)  # rounded once, so 59.9996 s carries into the minute
        text = datetime.fromtimestamp(sec, tz=timezone.utc).strftime(f"%Y-%m-%d{style.time_sep}%H:%M:%S")
        if digits == container.VARIABLE_DIGITS:
            text += f".{sub:06d}".rstrip("0").rstrip(".") if sub else ""
        elif digits:
            text += f".{sub:0{digits}d}"
        out.append(text + (style.time_zone if kind == container.TIME_DATE_UTC else ""))
    return out


class CsvSink:
    """Decoded frames as CSV: the original column names, a time column when one can be rebuilt.
    Rows are formatted about SINK_VALUES samples at a time, so memory does not grow with the frame."""

    def __init__(self, f: BinaryIO, h: container.Header, with_time: bool = True) -> None:
        self.f, self.h = f, h
        self.with_time = with_time and h.time_column is not None and (h.sample_rate is not None
                                                                      or h.kept_time is not None)
        if self.with_time and h.kept_time is None:
            container.check_times(h)
        names = h.columns or [f"ch{i}" for i in range(h.channels)]
        head = ([h.time_column] if self.with_time else []) + names
        self.sep = h.style.delimiter if h.style else ","
        self.f.write((self.sep.join(_csv_cell(c) for c in head) + "\n").encode())
        if h.bounds is not None:  # decimals that keep the error bound (stampcodec.bounded.PRINT_SHARE)
            from stampcodec.bounded import decimals
            self.row = self.sep.join(f"%.{decimals(lat.bound)}f" for lat in h.bounds) + "\n"
        else:
            self.row = self.sep.join(f"%.{p}g" for p in csv_digits(h)) + "\n"
        self.rows = max(1, SINK_VALUES // h.channels)
        self.at = 0

    def write(self, frame: np.ndarray, ticks: np.ndarray | None = None) -> None:
        """Rows of a frame; ticks: its exact time stamps when the file keeps them (else the
        time column is the header's uniform grid)."""
        for i in range(0, len(frame), self.rows):
            block = frame[i:i + self.rows]
            lines = [self.row % r for r in map(tuple, block.tolist())]
            if self.with_time:
                times = (format_times(self.h, self.at, len(block)) if ticks is None
                         else self._kept(ticks[i:i + self.rows]))
                lines = [f"{t}{self.sep}{line}" for t, line in zip(times, lines)]
            self.f.write("".join(lines).encode())
            self.at += len(block)

    def close(self) -> None:
        pass

    def _kept(self, ticks: np.ndarray) -> list[str]:
        kept, style = self.h.kept_time, self.h.style or container.Style()
        assert kept is not None
        try:
            return timestamps.format_ticks(ticks, kept.digits, kept.kind, style.time_sep, style.time_zone or "+00:00")
        except ValueError as e:
            raise container.ContainerError(f"time stamps: {e} (damaged file?)") from None


def csv_digits(h: container.Header) -> list[int]:
    """Significant digits per channel: 9 for the signal around its mean, plus the digits the
    mean itself takes up (1e9 +- 1e-3 needs 17; with 9 the ripple would print as 1000000000)."""
    if h.normalization != "zscore" or h.mean is None or h.std is None:
        return [9] * h.channels
    with np.errstate(divide="ignore"):
        extra = np.ceil(np.log10(np.abs(h.mean) / np.where(h.std > 0, h.std, np.inf)))
    return [int(9 + min(8, max(0, e))) if np.isfinite(e) else 9 for e in extra]


SINK_VALUES = 1 << 16  # samples formatted at a time (a few MB of strings)


def _csv_cell(name: str) -> str:
    """A header cell: quoted when it holds a delimiter or quote, or when it reads as a number
    (a reader then still sees text, so the row stays a header)."""
    looks_numeric = True
    try:
        float(name)
    except ValueError:
        looks_numeric = name.strip().lower() in ("", "nan", "na", "n/a", "null", "none")
    if looks_numeric or any(ch in name for ch in ',;|"\n\r\t '):
        return '"' + name.replace('"', '""') + '"'
    return name
