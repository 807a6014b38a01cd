"""Time stamps kept exactly (`encode --keep-time`): CSV cells -> integer ticks -> a delta-of-delta
stream in every frame -> ticks -> cells in the input's format.

A stamp is read exactly, as whole + fraction / 10^18 (the whole part floored): numbers in the
column's own unit (seconds, epoch milliseconds, ...), ISO 8601 dates as POSIX seconds (a date
with an offset is taken to UTC, as the time column is written back). A file's ticks are 10^-d of
that unit, d the most digits after the point any stamp was written with, so every stamp is an
integer tick and, printed with d digits, reads back as the same number or instant.

Each frame stores its m stamps (docs/FORMAT.md, "Time stamps"): the first tick t_0 as a zigzag
varint, then each step d_i = t_i - t_{i-1} (i = 1 .. m-1) as a residual from a prediction, chosen
per frame: the step `lag` stamps before (lag 1: Gorilla's delta of delta; a longer lag for steps
that repeat a rounding pattern, as a 64 Hz clock written in milliseconds does), or the frame's
median step D. Each is 0 for every evenly spaced stamp. Residuals are divided by their greatest
common divisor (milliseconds written as microseconds), then range coded like the error-bounded layer's residuals (stampcodec.bounded: magnitude symbols under
adaptive models keyed by the previous residual's magnitude class, raw bits below a long
magnitude's leading one, a raw sign bit), with bit lengths up to 62. An evenly spaced frame costs
a few bytes; jitter costs about the entropy of the jitter.

Decoders of samples (the C library) skip the field: the header's sample rate and origin still
describe the stamps as a uniform grid.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import ROUND_FLOOR, Decimal, InvalidOperation, localcontext
from itertools import accumulate

import numpy as np

from stampcodec import bitpack, bounded

FRACTION = 10 ** 18  # a stamp's fraction is held in units of 10^-18
MAX_DIGITS = 18  # digits after the point a kept stamp may have
LIMIT = 1 << 62  # |tick|, |tick difference| and |k| stay below this: int64 arithmetic never overflows
MAX_BITS = 62
ALPHABET = bounded.DIRECT + MAX_BITS - 4  # magnitudes 0-15, then bit lengths 5..62
CONTEXTS = 5  # the previous residual's magnitude class (bounded.magnitude_contexts)
MAX_LAG = 64  # a step may be predicted by the step up to this many stamps before
NUMBERS, DATES, DATES_UTC = 0, 1, 2  # how the stamps are written (container.TIME_* numbering)

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_SECOND = timedelta(seconds=1)
_DATE_FRACTION = re.compile(r"(?<=\d\d:\d\d:\d\d)[.,](\d+)")


@dataclass
class Stamps:
    """Exact stamps of consecutive rows: value = whole + fraction / 10^18, and the most digits
    after the point any of them was written with."""
    whole: np.ndarray  # int64
    fraction: np.ndarray  # int64, 0 <= fraction < 10^18
    digits: int


def parse_number(cell: str) -> tuple[int, int, int] | None:
    """A numeric cell -> (whole, fraction, digits written after the point), or None when it is
    not a finite number. "1.50" has 2 digits, "1.7e9" none, "1.25e-3" 5."""
    try:
        d = Decimal(cell.strip())
    except InvalidOperation:
        return None
    if not d.is_finite():
        return None
    exponent = d.as_tuple().exponent
    assert isinstance(exponent, int)
    with localcontext() as ctx:
        ctx.prec = 200  # exact for every stamp that can be kept; larger ones are refused by whole
        whole = int(d.to_integral_value(rounding=ROUND_FLOOR))
        fraction = (d - whole).scaleb(MAX_DIGITS).to_integral_value(rounding=ROUND_FLOOR)
    return whole, int(fraction), max(0, -exponent)


def parse_date(cell: str) -> tuple[int, int, int] | None:
    """An ISO 8601 cell -> (POSIX seconds, fraction, digits after the point), or None. Naive
    dates are UTC; digits beyond datetime's microseconds are kept."""
    c = cell.strip()
    frac = ""
    m = _DATE_FRACTION.search(c)
    if m:
        frac, c = m.group(1), c[:m.start()] + c[m.end():]
    try:
        d = datetime.fromisoformat(c)
    except ValueError:
        return None
    if d.tzinfo is None:
        d = d.replace(tzinfo=timezone.utc)
    return (d - _EPOCH) // _SECOND, int(frac[:MAX_DIGITS].ljust(MAX_DIGITS, "0")) if frac else 0, len(frac)


def ticks(stamps: Stamps, digits: int) -> np.ndarray:
    """Stamps -> int64 ticks of 10^-digits (digits >= stamps.digits). ValueError naming the
    first stamp that does not fit."""
    if stamps.digits > digits or digits > MAX_DIGITS:
        raise ValueError(f"{max(stamps.digits, digits)} digits after the point (at most {MAX_DIGITS} are kept)")
    scale = 10 ** digits
    far = np.flatnonzero(np.abs(stamps.whole) >= LIMIT // scale - 1)
    if far.size:
        raise ValueError(f"row {far[0] + 1} of the chunk: {stamps.whole[far[0]]} does not fit in 62-bit ticks of "
                         f"10^-{digits}")
    return stamps.whole * scale + stamps.fraction // 10 ** (MAX_DIGITS - digits)


# --- the frame field ----------------------------------------------------------------------

def _zigzag(v: int) -> int:
    return v << 1 if v >= 0 else ((-v) << 1) - 1


def _unzigzag(z: int) -> int:
    return z >> 1 if not z & 1 else -((z + 1) >> 1)


def _lag_residuals(d: np.ndarray, lag: int) -> np.ndarray:
    """k_i = d_i - d_{i-lag}, the steps before the first counting as 0 (|d| < 2^62: no overflow)."""
    k = d.copy()
    k[lag:] -= d[:-lag]
    return k


def _lags(d: np.ndarray) -> list[int]:
    """Lags worth trying: 1 (Gorilla's delta of delta), and the one from 2 to MAX_LAG whose
    prediction misses least often (a clock rounded to the tick repeats its steps with a period:
    64 Hz in milliseconds steps 15, 16, 15, 16, 16, 15, 16, 16, period 8)."""
    misses = [np.count_nonzero(d[lag:] != d[:-lag]) + lag for lag in range(2, min(MAX_LAG, len(d) - 1) + 1)]
    return [1] + ([int(np.argmin(misses)) + 2] if misses else [])


def encode_field(t: np.ndarray) -> bytes:
    """A frame's ticks (int64) -> varint n + n bytes, with whichever prediction of the steps
    gives the fewest: the step `lag` stamps before (lag 1 is Gorilla's delta of delta: steps
    that change rarely; a longer lag: steps that repeat a pattern), or the frame's median step
    (steps that jitter independently around it; a gap costs one residual instead of two).
    Residuals are divided by their greatest common divisor (stamps written with more digits
    than they hold). ValueError where two stamps are 2^62 ticks or more apart."""
    t = np.asarray(t, dtype=np.int64)
    head = bitpack.write_varint(_zigzag(int(t[0])))
    if len(t) == 1:
        return bitpack.write_varint(len(head)) + head
    d = np.diff(t)  # |t| < 2^62: no overflow
    if np.abs(d).max() >= LIMIT:
        raise ValueError("two time stamps 2^62 ticks or more apart")
    median = int(np.median(d).round())
    candidates = [(lag << 1, _lag_residuals(d, lag)) for lag in _lags(d)]
    candidates.append((_zigzag(median) << 1 | 1, d - median))
    best = b""
    for mode, k in candidates:
        if np.abs(k).max() >= LIMIT:
            continue
        g = int(np.gcd.reduce(k)) or 1
        k = k // g
        body = head + bitpack.write_varint(mode) + bitpack.write_varint(g) + bounded.encode_residuals(
            k, bounded.magnitude_contexts(k), alphabet=ALPHABET, contexts=CONTEXTS)
        if not best or len(body) < len(best):
            best = body
    if not best:
        raise ValueError("time steps that change by 2^62 ticks or more")
    return bitpack.write_varint(len(best)) + best


def field_limit(m: int) -> int:
    """The most bytes a field of m stamps can take: 30 for t_0, the prediction and the divisor,
    then per stamp at most 16 bits of symbol, 61 raw bits and a sign, plus the coder's flush."""
    return 10 * m + 36


def decode_field(data: bytes, m: int) -> np.ndarray:
    """A field's bytes (after its length) -> the frame's m ticks; ValueError on damage."""
    z, pos = bitpack.read_varint(data, 0)
    t0 = _unzigzag(z)
    if abs(t0) >= LIMIT:
        raise ValueError("first time stamp out of range")
    if m == 1:
        if pos != len(data):
            raise ValueError(f"{len(data) - pos} bytes after the time stamp")
        return np.array([t0], dtype=np.int64)
    mode, pos = bitpack.read_varint(data, pos)
    g, pos = bitpack.read_varint(data, pos)
    lag, step = (0, _unzigzag(mode >> 1)) if mode & 1 else (mode >> 1, 0)
    if abs(step) >= LIMIT or not 1 <= g < LIMIT or (not mode & 1 and not 1 <= lag <= MAX_LAG):
        raise ValueError("corrupt time step prediction")
    k = [v * g for v in bounded.decode_residuals(data[pos:], m - 1, 1, alphabet=ALPHABET).tolist()]
    if lag:
        d = k
        for i in range(lag, len(d)):
            d[i] += d[i - lag]
            if abs(d[i]) >= LIMIT:
                raise ValueError("time stamps out of range")
    else:
        d = [v + step for v in k]
    t = list(accumulate(d, initial=t0))
    if max(map(abs, d)) >= LIMIT or max(map(abs, t)) >= LIMIT:
        raise ValueError("time stamps out of range")
    return np.array(t, dtype=np.int64)


# --- writing them back --------------------------------------------------------------------

def format_ticks(t: np.ndarray, digits: int, kind: int, sep: str = " ", zone: str = "") -> list[str]:
    """Ticks -> cells with `digits` after the point: numbers in the column's unit, or ISO 8601
    dates in UTC with the input's separator and zone suffix (DATES_UTC only)."""
    q = 10 ** digits
    out = []
    for v in t.tolist():
        whole, sub = divmod(v, q)
        if kind == NUMBERS:
            a, sign = (abs(v), "-" if v < 0 else "")
            out.append(f"{sign}{a // q}.{a % q:0{digits}d}" if digits else str(v))
            continue
        try:
            d = _EPOCH + timedelta(seconds=whole)
        except OverflowError:
            raise ValueError(f"time stamp {whole} s leaves the years 1-9999 that ISO 8601 dates can write") from None
        if d.year > 9999 or d.year < 1:
            raise ValueError(f"time stamp {whole} s leaves the years 1-9999 that ISO 8601 dates can write")
        text = (f"{d.year:04d}-{d.month:02d}-{d.day:02d}{sep}{d.hour:02d}:{d.minute:02d}:{d.second:02d}"
                + (f".{sub:0{digits}d}" if digits else ""))
        out.append(text + (zone if kind == DATES_UTC else ""))
    return out


@dataclass
class KeptTimes:
    """A token file's exact time stamps: ticks of 10^-digits of the column's unit (numbers) or
    of a second since 1970 (dates, UTC)."""
    ticks: np.ndarray
    digits: int
    kind: int

    def values(self) -> np.ndarray:
        """float64 numbers in the column's unit (dates: POSIX seconds); rounded, unlike the ticks."""
        whole, sub = np.divmod(self.ticks, 10 ** self.digits)
        return whole + sub / 10 ** self.digits

    def datetime64(self) -> np.ndarray:
        """Dates as numpy datetime64 at the finest unit that holds them exactly (ns at most)."""
        if self.kind == NUMBERS:
            raise ValueError("these time stamps are numbers, not dates")
        unit, d = next(((u, d) for u, d in (("s", 0), ("ms", 3), ("us", 6), ("ns", 9)) if d >= self.digits),
                       (None, 0))
        if unit is None:
            raise ValueError(f"{self.digits} digits after the point: finer than numpy's nanoseconds")
        return (self.ticks * 10 ** (d - self.digits)).astype(f"datetime64[{unit}]")


def read_kept_times(blob: bytes, where: str = "tokens") -> KeptTimes | None:
    """A whole token file's exact time stamps, or None when it does not keep them (no model is
    needed: they are not coded by it)."""
    from stampcodec import container

    h, frames = container.split(blob, where)
    if h.kept_time is None:
        return None
    ticks = [container.frame_times(raw, h, i, where) for i, raw in enumerate(frames)]
    return KeptTimes(np.concatenate(ticks), h.kept_time.digits, h.kept_time.kind)
