"""The error-bounded layer (`encode --max-error E`): every decoded sample within E of the input.

A channel is coded on an integer lattice: decoded value = origin + y * unit, y an integer with
|y| <= LIMIT, unit = 2 (E (1 - PRINT_SHARE) - slack) / QUANTUM. Each y is a prediction p from the samples decoded
before it plus a quantized prediction error, y = p + k * QUANTUM with k = round((x' - p) / QUANTUM)
and x' = (x - origin) / unit; so |y - x'| <= QUANTUM / 2 and |value - x| <= E (1 - PRINT_SHARE) -
slack. The slack covers float64's rounding of the value (a few units in the last place of the
largest value the channel can hold, |mean| + std sqrt(T)); the encoder checks every sample and
refuses bounds so small that the slack would be half of them. PRINT_SHARE is for text output:
decoded CSV prints each value to a decimal step of at most E / 64 (csvio), within the bound too. Predictions and
reconstruction are integer arithmetic, so every decoder (numpy, the C library on any CPU)
rebuilds the same y and the bound holds bit for bit. QUANTUM > 1 lets predictions fall between
lattice points, as SZ's do on decoded floats: a smooth ramp is predicted exactly, not as a staircase.

Predictors, chosen per channel and frame by the estimated size of their residuals:
  0 previous sample, 1 linear extrapolation (2 y[t-1] - y[t-2]): residuals coded in time order;
  2 linear, 3 cubic interpolation over dyadic levels (SZ3's interpolation predictor): sample 0,
    then at stride h = S, S/2, .., 1 (S the largest power of two below T) the samples i = h, 3h,
    5h, .. from the already decoded i -+ h (linear) or i -+ h, i -+ 3h (cubic, (-1, 9, 9, -1) / 16),
    falling back to linear then to y[i - h] near the frame's end.
With REFINE (interpolating predictors), the coarse levels are quantized finer than the bound
asks (half the step at strides 2 and 4, a quarter from 8 up and for sample 0), as SZ3's
level-wise error bounds do: the few coarse samples then predict the many fine ones better. At
one bound that costs bytes; at one rate it lowers the MSE 2.5-4.6x on smooth 1 kHz recordings,
so `--bpt` weighs each candidate by squared error plus bits (a Lagrangian) instead of bits alone.
A channel whose values in a frame all sit on a grid q Z + o coarser than the quantizer's step
(ADC counts, decimals with few digits: q > 2 E) is coded on that grid instead (unit q / QUANTUM,
the field says so and carries q and o; interpolated predictions are rounded to multiples of
QUANTUM, so every point stays on the grid): exactly, at the cost of its own resolution, which is what
a bound below half the data's step asks for.
A residual k is coded as its magnitude (0-15 directly, larger ones as a bit-length class then the
bits below the leading one, raw) and a raw sign bit, with one adaptive model (stampcodec.entropy)
per context (count increment 32, halved past 32,768): the level (interpolation; coarse levels
have wide residuals, fine ones mostly 0)
or the previous residual's magnitude class (time order). docs/FORMAT.md, "Error-bounded layer",
is the specification; native/src/stampdec.c decodes it.

The token layer is not used as a predictor here: measured on the held-out and unseen sources,
its reconstruction as side information (y predicted by the base, or the base's increment added
to the previous sample) saved at most 2-4% of these residual bytes (the 50 Hz IMU, at E = 0.01-0.03
of the std) and cost more than that in tokens; elsewhere it was up to 10x worse.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

import numpy as np

from stampcodec import bitpack
from stampcodec.entropy import AdaptiveModel, RangeDecoder, RangeEncoder
from stampcodec.errors import ConfigError, ContainerError

FRACTION_BITS = 8
QUANTUM = 1 << FRACTION_BITS  # lattice points per quantizer step
RESOLUTION = 2.0 ** -48  # slack per unit of the largest value: 16 ulps of float64
PRINT_SHARE = 1 / 64  # of E, left for printing values as decimals (costs 0.02 bits per sample)
LIMIT = 1 << 47  # |y|: a decoder refuses streams that leave it (no overflow anywhere in int64)
RANGE = 1 << 46  # |x - origin| / unit the encoder accepts (leaves room for rounding below LIMIT)
PREDICTORS = ("previous", "extrapolation", "linear", "cubic")
DIRECT = 16  # magnitudes coded as one symbol
MAX_BITS = 41  # bit length of the largest magnitude (|k| < 2^41 whatever the stream)
ALPHABET = DIRECT + MAX_BITS - 4  # 0..15, then bit lengths 5..41
CONTEXTS = 8
INCREMENT, LIMIT_COUNTS = 32, 1 << 15  # slower, finer models than the tokens' (entropy.py): residuals are
# mostly 0 on smooth signals, and 8,192 counts put a floor of 0.009 bits under every sample
FIELD_SHIFT = 4  # a channel's field: varint (bytes << 4 | REFINE? | GRID? | predictor), bytes
GRID = 4  # the field's values sit on a grid q Z + origin: q and origin (f64) lead its bytes
REFINE = 8  # interpolation only: coarse levels quantized finer (level_quantum)
GRID_HEAD = struct.Struct("<dd")


@dataclass(frozen=True)
class Lattice:
    """One channel's bound and grid: value = origin + y * unit, |value - x| <= bound."""
    bound: float
    origin: float
    unit: float
    magnitude: float = field(default=np.inf, compare=False)  # encoder only: the largest |value| allowed for

    @classmethod
    def of(cls, bound: float, origin: float, magnitude: float) -> "Lattice":
        """magnitude: an upper bound of |value| over the channel (and the origin)."""
        slack = RESOLUTION * magnitude + 2.0 ** -40 * bound
        return cls(float(bound), float(origin), 2.0 * (bound * (1 - PRINT_SHARE) - slack) / QUANTUM, magnitude)

    def ok_span(self, x: np.ndarray) -> bool:
        """The values fit this lattice's range."""
        return not x.size or float(np.max(np.abs(x - self.origin))) / self.unit <= RANGE

    def ok(self) -> bool:
        """What both readers check: finite, positive, and a unit that keeps the bound."""
        return bool(np.isfinite([self.bound, self.origin, self.unit]).all() and self.bound > 0 and 0 < self.unit
                    and self.unit * (QUANTUM / 2) <= self.bound)


def lattice(bound: float, mean: float, std: float, length: int, where: str) -> Lattice:
    """The lattice of a channel with this mean, std and length; ConfigError when float64 cannot
    keep this bound for values as large as the channel can hold."""
    magnitude = (abs(mean) + std * np.sqrt(length)) * 1.0001  # max |x - mean| <= std sqrt(T)
    lat = Lattice.of(bound, mean, magnitude)
    if lat.unit * QUANTUM / 2 < bound / 4:
        raise ConfigError(f"{where}: a maximum error of {bound:.6g} is below what float64 keeps for values up to "
                          f"{magnitude:.6g} (at least {4 * RESOLUTION * magnitude:.3g})")
    return lat


def check_range(x: np.ndarray, lat: Lattice, where: str) -> None:
    """ConfigError when the lattice cannot span these values (x one channel's observed samples)."""
    if not x.size:
        return
    big = max(float(np.max(np.abs(x))), abs(lat.origin))
    if big > lat.magnitude:  # the statistics rule this out
        raise ConfigError(f"{where}: values up to {big:.6g}, beyond the {lat.magnitude:.6g} the header allowed for")
    span = float(np.max(np.abs(x - lat.origin)))
    if span / lat.unit > RANGE:
        raise ConfigError(f"{where}: a maximum error of {lat.bound:.6g} is too small for values {span:.6g} from "
                          f"their mean (at least {span / RANGE * QUANTUM:.3g})")


# --- prediction ---------------------------------------------------------------------------

def levels(n: int) -> list[tuple[int, np.ndarray]]:
    """The interpolation order after sample 0: (h, indices predicted at stride h), coarse first."""
    out, h = [], 1
    while h * 2 < n:
        h *= 2
    while h >= 1 and n > 1:
        out.append((h, np.arange(h, n, 2 * h)))
        h //= 2
    return out


def _floor_div(v: np.ndarray, shift: int) -> np.ndarray:
    return v >> shift  # numpy's >> on int64 is arithmetic: floor division by 2^shift


def interpolate(y: np.ndarray, h: int, i: np.ndarray, cubic: bool) -> np.ndarray:
    """Predictions of y[i] (int64) from decoded y at i -+ h and i -+ 3h."""
    n = len(y)
    a, b = i - h, i + h
    inside = b < n
    yb = y[np.where(inside, b, a)]
    p = np.where(inside, _floor_div(y[a] + yb + 1, 1), y[a])
    if cubic:
        a3, b3 = i - 3 * h, i + 3 * h
        full = (a3 >= 0) & (b3 < n)
        if full.any():
            c = _floor_div(-y[np.clip(a3, 0, n - 1)] + 9 * y[a] + 9 * yb - y[np.clip(b3, 0, n - 1)] + 8, 4)
            p = np.where(full, c, p)
    return p


def _round_to_quanta(d: np.ndarray) -> np.ndarray:
    return np.rint(d / QUANTUM).astype(np.int64)


def _snap(p: np.ndarray) -> np.ndarray:
    """Predictions rounded to the nearest multiple of QUANTUM (on a grid, points stay on it)."""
    return _floor_div(p + QUANTUM // 2, FRACTION_BITS) * QUANTUM


def level_quantum(h: int, refine: bool) -> int:
    """Lattice points per quantizer step at stride h (h = 0: sample 0 of an interpolation)."""
    if not refine:
        return QUANTUM
    return QUANTUM >> (2 if h == 0 or h >= 8 else 1 if h >= 2 else 0)


def quantize(xr: np.ndarray, predictor: int, grid: bool = False,
             refine: bool = False) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """x' (float64, in units, |x'| <= RANGE) -> (residuals in coding order, their contexts, y).
    grid: interpolated predictions are snapped to multiples of QUANTUM; refine: level_quantum."""
    n = len(xr)
    if predictor in (0, 1):
        m = _round_to_quanta(xr)  # both predictors keep y on the lattice QUANTUM * Z
        k = np.diff(m, prepend=0)
        if predictor == 1:
            k = np.diff(k, prepend=0)
        return k, magnitude_contexts(k), m * QUANTUM
    y = np.empty(n, dtype=np.int64)
    q0 = level_quantum(0, refine)
    y[0] = np.rint(xr[0] / q0) * q0
    ks = [y[:1] // q0]
    for h, i in levels(n):
        p = interpolate(y, h, i, predictor == 3)
        if grid:
            p = _snap(p)
        q = level_quantum(h, refine)
        k = np.rint((xr[i] - p) / q).astype(np.int64)
        y[i] = p + k * q
        ks.append(k)
    return np.concatenate(ks), _level_contexts(n), y


def _level_contexts(n: int) -> np.ndarray:
    """Interpolation contexts in coding order: the last for sample 0, then min(log2 h, last)."""
    return np.concatenate([np.full(1, CONTEXTS - 1)] + [np.full(len(i), min(h.bit_length() - 1, CONTEXTS - 1))
                                                        for h, i in levels(n)])


def _magnitude_class(mag: np.ndarray) -> np.ndarray:
    return np.searchsorted(np.array([1, 2, 4, 16]), mag, side="right")


def magnitude_contexts(k: np.ndarray) -> np.ndarray:
    """Time-order contexts: the class (0, 1, 2-3, 4-15, 16+) of the previous residual's magnitude."""
    return _magnitude_class(np.abs(np.concatenate(([0], k[:-1]))))


def reconstruct(k: np.ndarray, predictor: int, grid: bool = False, refine: bool = False) -> np.ndarray:
    """Residuals in coding order -> y; ValueError where a stream leaves the lattice's range."""
    n = len(k)
    if predictor in (0, 1):
        d = np.cumsum(k)
        if predictor == 1:
            if np.abs(d).max(initial=0) > 2 * LIMIT // QUANTUM:
                raise ValueError("samples outside the lattice's range")
            d = np.cumsum(d)
        if np.abs(d).max(initial=0) > LIMIT // QUANTUM:
            raise ValueError("samples outside the lattice's range")
        return d * QUANTUM
    y = np.empty(n, dtype=np.int64)
    y[0] = k[0] * level_quantum(0, refine)
    if abs(y[0]) > LIMIT:
        raise ValueError("samples outside the lattice's range")
    pos = 1
    for h, i in levels(n):
        p = interpolate(y, h, i, predictor == 3)
        y[i] = (_snap(p) if grid else p) + k[pos:pos + len(i)] * level_quantum(h, refine)
        pos += len(i)
        if np.abs(y[i]).max() > LIMIT:
            raise ValueError("samples outside the lattice's range")
    return y


# --- residual coding ----------------------------------------------------------------------

def bit_length(mag: np.ndarray) -> np.ndarray:
    """Bit lengths of non-negative int64 values below 2^62, exactly (float64 rounds large ones
    up, sometimes to the next power of two)."""
    length = np.frexp(mag.astype(np.float64))[1].astype(np.int64)
    big = length > 53
    if big.any():
        length[big] -= mag[big] < (np.int64(1) << (length[big] - 1))
    return length


def _symbols(k: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """-> (symbol, raw bit count, raw bits) per residual (the sign bit apart)."""
    mag = np.abs(k)
    length = bit_length(mag)
    direct = mag < DIRECT
    sym = np.where(direct, mag, DIRECT + length - 5)
    nbits = np.where(direct, 0, length - 1)
    raw = np.where(direct, 0, mag - (np.int64(1) << np.maximum(nbits, 0)))
    return sym, nbits, raw


def estimate_bits(k: np.ndarray, ctx: np.ndarray) -> float:
    """An adaptive coder's size, roughly: per context the residuals' empirical entropy plus raw
    and sign bits and a learning cost per symbol seen. Used to pick the predictor."""
    sym, nbits, _ = _symbols(k)
    total = float(nbits.sum() + np.count_nonzero(k))
    for c in np.unique(ctx):
        s = sym[ctx == c]
        _, counts = np.unique(s, return_counts=True)
        p = counts / s.size
        total += float(-(counts * np.log2(p)).sum()) + 6.0 * len(counts)
    return total


def encode_residuals(k: np.ndarray, ctx: np.ndarray, native: bool = True, alphabet: int = ALPHABET,
                     contexts: int = CONTEXTS) -> bytes:
    """Residuals and their contexts -> the field's range-coded bytes: in C++ when the extension
    is built (the same bytes, about 60x faster), else here. alphabet: DIRECT + the bit lengths
    5, 6, .. that a magnitude may have (the caller keeps |k| within them)."""
    if native:
        try:
            from stampcodec import _native
        except ImportError:
            pass
        else:
            return _native.encode_residuals(k, ctx, alphabet, contexts, INCREMENT, LIMIT_COUNTS, DIRECT)
    sym, nbits, raw = _symbols(k)
    models = [AdaptiveModel(alphabet, INCREMENT, LIMIT_COUNTS) for _ in range(contexts)]
    enc = RangeEncoder()
    code, bits = enc.encode, enc.encode_bits
    for s, c, nb, r, neg in zip(sym.tolist(), ctx.tolist(), nbits.tolist(), raw.tolist(), (k < 0).tolist()):
        code(models[c], s)
        while nb > 16:
            nb -= 16
            bits((r >> nb) & 0xFFFF, 16)
        if nb:
            bits(r & ((1 << nb) - 1), nb)
        if s:
            bits(int(neg), 1)
    return enc.finish()


def decode_residuals(data: bytes, n: int, predictor: int, alphabet: int = ALPHABET, native: bool = True) -> np.ndarray:
    """Bytes -> n residuals in coding order; ValueError on damage (the decoder must consume the
    bytes exactly). In C++ when the extension is built (the same residuals and errors), else here."""
    if native:
        try:
            from stampcodec import _native
        except ImportError:
            pass
        else:
            ctx = None if predictor in (0, 1) else _level_contexts(n)
            return _native.decode_residuals(bytes(data), n, ctx, alphabet, CONTEXTS, INCREMENT, LIMIT_COUNTS, DIRECT)
    models = [AdaptiveModel(alphabet, INCREMENT, LIMIT_COUNTS) for _ in range(CONTEXTS)]
    dec = RangeDecoder(data)
    code, bits = dec.decode, dec.decode_bits
    out = [0] * n
    if predictor in (0, 1):
        cls = 0
        for t in range(n):
            mag = _read_magnitude(code(models[cls]), bits)
            out[t] = -mag if mag and bits(1) else mag
            cls = 0 if mag < 1 else 1 if mag < 2 else 2 if mag < 4 else 3 if mag < 16 else 4
    else:
        ctx = _level_contexts(n).tolist()
        for t in range(n):
            mag = _read_magnitude(code(models[ctx[t]]), bits)
            out[t] = -mag if mag and bits(1) else mag
    dec.finish("samples")
    return np.array(out, dtype=np.int64)


def _read_magnitude(s: int, bits) -> int:
    if s < DIRECT:
        return s
    nb = s - DIRECT + 4  # bits below the leading one
    v = 1
    while nb > 16:
        nb -= 16
        v = (v << 16) | bits(16)
    return (v << nb) | bits(nb)


# --- channels and frames ------------------------------------------------------------------

def grid_of(v: np.ndarray) -> float | None:
    """The step q of a grid the values sit on (to 1e-9 of q), or None."""
    u = np.unique(v)
    if len(u) < 2:
        return None
    q = float(np.min(np.diff(u)))
    n = np.rint((u - u[0]) / q)
    return q if q > 0 and np.all(np.abs(u - u[0] - n * q) <= 1e-9 * q) else None


def encode_channel(x: np.ndarray, lat: Lattice, observed: np.ndarray | None = None,
                   objective: str | int = "bytes") -> tuple[bytes, np.ndarray]:
    """One channel of a frame (float64, gaps already filled; observed: where the bound applies)
    -> (its field, decoded values). On the data's own grid when that is coarser than the
    quantizer and keeps the bound, else on the header's lattice; with every predictor's
    residuals tried (interpolation also with REFINE) and the one coded that is estimated
    smallest (objective "bytes": what a bound asks) or lowest in squared error + lambda bits
    ("mse": what a rate asks; lambda = 2 ln 2 D per bit, D = step^2 / 12, the high-rate slope);
    an int objective forces those flags (predictor | REFINE) on the header's lattice."""
    seen = x if observed is None else x[observed]
    q = grid_of(seen)
    tries = []
    forced = objective if isinstance(objective, int) else None
    if q is not None and q > QUANTUM * lat.unit and forced is None:
        o = float(seen[0] + np.rint((lat.origin - seen[0]) / q) * q)
        grid = Lattice(lat.bound, o, q / QUANTUM, lat.magnitude)
        if grid.ok_span(seen):
            tries.append((grid, GRID))
    tries.append((lat, 0))
    lam = 2 * np.log(2) * (QUANTUM * lat.unit) ** 2 / 12
    for cand, flag in tries:
        xr = (x - cand.origin) / cand.unit
        best = None
        choices = [(p, False) for p in range(len(PREDICTORS))] + ([] if flag else [(2, True), (3, True)])
        if forced is not None:
            choices = [(forced & 3, bool(forced & REFINE))]
        for p, refine in choices:
            k, ctx, y = quantize(xr, p, bool(flag), refine)
            cost = estimate_bits(k, ctx)
            if objective == "mse":
                err = values_of(y, cand) - x
                cost = float(np.sum(err[observed] ** 2 if observed is not None else err ** 2)) + lam * cost
            if best is None or cost < best[0]:
                best = (cost, p | (REFINE if refine else 0), k, ctx, y)
        assert best is not None
        _, p, k, ctx, y = best
        values = values_of(y, cand)
        worst = float(np.max(np.abs(values - x)[observed] if observed is not None else np.abs(values - x), initial=0))
        # the slack rules this out on the header's lattice; kept: the bound is a promise, and half the
        # slack covers a decoder whose compiler fuses the product and the sum (FMA)
        if worst <= lat.bound * (1 - PRINT_SHARE) - (lat.bound * (1 - PRINT_SHARE) - QUANTUM / 2 * lat.unit) / 2:
            head = GRID_HEAD.pack(q, cand.origin) if flag else b""
            data = head + encode_residuals(k, ctx)
            return bitpack.write_varint(len(data) << FIELD_SHIFT | flag | p) + data, values
        if not flag:
            raise AssertionError(f"error bound not met ({worst} > {lat.bound})")
    raise AssertionError("unreachable")


def values_of(y: np.ndarray, lat: Lattice) -> np.ndarray:
    """Lattice points -> values, as every decoder computes them (one product, one sum)."""
    return y.astype(np.float64) * lat.unit + lat.origin


def decimals(bound: float) -> int:
    """Digits after the point that print a value within PRINT_SHARE / 2 of the bound."""
    return max(0, int(np.ceil(-np.log10(bound * PRINT_SHARE))))


def fill_gaps(x: np.ndarray, origin: np.ndarray) -> np.ndarray:
    """(T, C) float64 with NaN -> gaps filled linearly (all-missing channels at the origin)."""
    from stampcodec.missing import fill_missing

    missing = np.isnan(x)
    if not missing.any():
        return x
    out = fill_missing(x.T, np.float64).T
    dead = missing.all(axis=0)
    out[:, dead] = origin[dead]
    return out


def encode_fields(x: np.ndarray, lattices: list[Lattice], where: str, names: list[str] | None = None,
                  objective: str | tuple[int, ...] = "bytes") -> bytes:
    """A frame's samples (T, C) float64, NaN = missing -> every channel's field, in order
    (objective: encode_channel's, or one forced flags value per channel)."""
    origin = np.array([lat.origin for lat in lattices])
    filled = fill_gaps(x, origin)
    out = bytearray()
    for c, lat in enumerate(lattices):
        seen = np.isfinite(x[:, c])
        check_range(x[:, c][seen], lat, f"{where}: channel {names[c] if names else c + 1}")
        how = objective[c] & (3 | REFINE) if isinstance(objective, tuple) else objective
        out += encode_channel(filled[:, c], lat, None if seen.all() else seen, how)[0]
    return bytes(out)


def field_limit(n: int) -> int:
    """The most bytes a channel's field of n samples can take: per sample at most 16 bits of
    symbol (counts stay below 2^16), 40 raw bits and a sign, plus the coder's flush and a grid."""
    return 8 * n + 24


def field_least(flags: int) -> int:
    """The fewest: the coder's 4 bytes, after a grid's 16."""
    return 4 + (GRID_HEAD.size if flags & GRID else 0)


def read_fields(raw: bytes, pos: int, n: int, channels: int, where: str) -> tuple[list[tuple[int, bytes]], int]:
    """The fields at raw[pos:] -> ([(flags, bytes)] per channel, end); ContainerError. flags:
    the predictor | GRID | REFINE (REFINE only with an interpolating predictor, never with GRID)."""
    fields = []
    for c in range(channels):
        try:
            field, pos = bitpack.read_varint(raw, pos)
        except ValueError:
            raise ContainerError(f"{where}: channel {c + 1}: corrupt length field") from None
        size, p = field >> FIELD_SHIFT, field & ((1 << FIELD_SHIFT) - 1)
        if p & REFINE and (p & 3 < 2 or p & GRID):
            raise ContainerError(f"{where}: channel {c + 1}: error-bounded field flags 0x{p:x} are impossible")
        if size < field_least(p) or size > field_limit(n) or pos + size > len(raw):
            raise ContainerError(f"{where}: channel {c + 1}: error-bounded field of {size} bytes is impossible")
        fields.append((p, raw[pos:pos + size]))
        pos += size
    return fields, pos


def decode_points(fields: list[tuple[int, bytes]], n: int, lattices: list[Lattice],
                  where: str) -> tuple[np.ndarray, list[Lattice]]:
    """Every channel's field -> ((n, C) int64 lattice points, each channel's lattice in this
    frame: the header's, or the grid its field carries)."""
    out, used = np.empty((n, len(fields)), dtype=np.int64), []
    for c, ((flags, data), lat) in enumerate(zip(fields, lattices)):
        p = flags & 3
        try:
            if flags & GRID:
                q, o = GRID_HEAD.unpack(data[:GRID_HEAD.size])
                if not (np.isfinite(q) and np.isfinite(o) and q > 0):
                    raise ValueError(f"grid {q} at {o}")
                lat, data = Lattice(lat.bound, o, q / QUANTUM), data[GRID_HEAD.size:]
            out[:, c] = reconstruct(decode_residuals(data, n, p), p, bool(flags & GRID), bool(flags & REFINE))
        except ValueError as e:
            raise ContainerError(f"{where}: channel {c + 1}: {e}") from None
        used.append(lat)
    return out, used


def frame_points(h, raw: bytes, index: int, where: str) -> tuple[np.ndarray, list[Lattice]]:
    """A checked frame of an error-bounded file -> (lattice points (T_frame, C) int64, with
    INT64_MIN where samples were missing, as stampdec_decode_frame_lattice gives them; the
    channels' lattices in this frame)."""
    from stampcodec import container

    y, lattices = decode_points(container.bounded_fields(raw, h, index, where), h.frame_length(index), h.bounds,
                                f"{where}: frame {index + 1} of {h.n_frames}")
    missing = container.frame_missing(raw, h, index, where)
    if missing is not None:
        y[missing] = np.iinfo(np.int64).min
    return y, lattices


def decode_frame(h, raw: bytes, index: int, where: str) -> np.ndarray:
    """A checked frame of an error-bounded file (container.Header h) -> (T_frame, C) float64
    values, NaN where samples were missing."""
    y, lattices = frame_points(h, raw, index, where)
    out = np.empty(y.shape)
    for c, lat in enumerate(lattices):
        out[:, c] = values_of(y[:, c], lat)
    out[y == np.iinfo(np.int64).min] = np.nan
    return out
