"""Entropy coding of token segments: an adaptive frequency model driving a range coder.

Token statistics differ a lot between recordings (1.9-7 bits per 8-bit token on held-out
sources), so a static table fitted on training data loses to a model that learns the segment it
codes. Each segment starts from a flat model (every symbol count 1) and after each symbol adds
INCREMENT to its count; when the counts sum past LIMIT they are halved (rounding up), which keeps
the model following the signal and the total below 2^16. The range coder is LZMA's (32-bit range,
carry propagated through a cached byte), in integers only, so the C decoder (native/src) and this
module agree bit for bit. docs/FORMAT.md, "Entropy-coded segments", is the specification.

A segment is decodable only as a whole and must be consumed exactly: the decoder reads as many
bytes as the encoder wrote, and a stream that asks for more, or leaves some, is damaged.
"""

from __future__ import annotations

from typing import Iterable

import numpy as np

try:  # the encoder loop in C++ (native/python/module.cpp), when the extension is built
    from stampcodec import _native
except ImportError:
    _native = None

INCREMENT = 16
LIMIT = 1 << 13
MAX_SYMBOLS = 4096  # V above this is not entropy coded (a flat model would need counts past LIMIT)
_TOP = 1 << 24
_MASK32 = 0xFFFFFFFF


def _check_alphabet(symbols: int) -> None:
    if not 1 <= symbols <= MAX_SYMBOLS:
        raise ValueError(f"an adaptive model codes 1 to {MAX_SYMBOLS} symbols, not {symbols}")


class AdaptiveModel:
    """Symbol counts with cumulative sums in a Fenwick tree: O(log V) to code, find and update."""

    def __init__(self, symbols: int, increment: int = INCREMENT, limit: int = LIMIT) -> None:
        _check_alphabet(symbols)
        self.n = symbols
        self.increment, self.limit = increment, limit
        self.freq = [1] * symbols
        self.total = symbols
        self._top = 1 << (symbols.bit_length() - 1)
        self._build()

    def _build(self) -> None:
        tree = [0] + list(self.freq)
        for i in range(1, self.n + 1):
            j = i + (i & -i)
            if j <= self.n:
                tree[j] += tree[i]
        self.tree = tree

    def cum(self, s: int) -> int:
        """Sum of the counts of symbols below s."""
        tree, total = self.tree, 0
        while s > 0:
            total += tree[s]
            s &= s - 1
        return total

    def find(self, v: int) -> tuple[int, int]:
        """The symbol s with cum(s) <= v < cum(s) + freq[s], and cum(s)."""
        tree, pos, acc, step = self.tree, 0, 0, self._top
        while step:
            nxt = pos + step
            if nxt <= self.n and acc + tree[nxt] <= v:
                pos = nxt
                acc += tree[nxt]
            step >>= 1
        return pos, acc

    def update(self, s: int) -> None:
        inc = self.increment
        self.freq[s] += inc
        self.total += inc
        if self.total > self.limit:
            self.freq = [(f + 1) >> 1 for f in self.freq]
            self.total = sum(self.freq)
            self._build()
            return
        tree, i = self.tree, s + 1
        while i <= self.n:
            tree[i] += inc
            i += i & -i


class RangeEncoder:
    """LZMA's range encoder: symbols under adaptive models, and raw bits at probability 1/2."""

    def __init__(self) -> None:
        self.out = bytearray()
        self.low, self.rng, self.cache, self.pending = 0, _MASK32, 0, 1

    def _shift_low(self) -> None:
        low = self.low
        if low < 0xFF000000 or low > _MASK32:
            carry, temp = low >> 32, self.cache
            while True:
                self.out.append((temp + carry) & 0xFF)
                temp = 0xFF
                self.pending -= 1
                if not self.pending:
                    break
            self.cache = (low >> 24) & 0xFF
        self.pending += 1
        self.low = (low & 0x00FFFFFF) << 8

    def encode(self, model: AdaptiveModel, s: int) -> None:
        r = self.rng // model.total
        self.low += r * model.cum(s)
        self.rng = r * model.freq[s]
        while self.rng < _TOP:
            self.rng = (self.rng << 8) & _MASK32
            self._shift_low()
        model.update(s)

    def encode_bits(self, value: int, n: int) -> None:
        """n <= 16 raw bits (value < 2^n)."""
        self.rng >>= n
        self.low += value * self.rng
        while self.rng < _TOP:
            self.rng = (self.rng << 8) & _MASK32
            self._shift_low()

    def finish(self) -> bytes:
        for _ in range(5):
            self._shift_low()
        if self.out[0] != 0:  # the interval never leaves [0, 2^32): the first byte carries nothing
            raise AssertionError("range coder: first byte is not 0")
        return bytes(self.out[1:])


class RangeDecoder:
    """The inverse of RangeEncoder over one segment; ValueError on damage."""

    def __init__(self, data: bytes) -> None:
        if len(data) < 4:
            raise ValueError(f"entropy-coded segment of {len(data)} bytes is shorter than 4")
        self.data, self.pos, self.rng = data, 4, _MASK32
        self.code = int.from_bytes(data[:4], "big")

    def _normalize(self) -> None:
        while self.rng < _TOP:
            if self.pos >= len(self.data):
                raise ValueError("entropy-coded segment ends early")
            self.code = ((self.code << 8) | self.data[self.pos]) & _MASK32
            self.rng = (self.rng << 8) & _MASK32
            self.pos += 1

    def decode(self, model: AdaptiveModel) -> int:
        r = self.rng // model.total
        v = self.code // r
        if v >= model.total:
            raise ValueError("entropy-coded segment is damaged")
        s, c = model.find(v)
        self.code -= r * c
        self.rng = r * model.freq[s]
        self._normalize()
        model.update(s)
        return s

    def decode_bits(self, n: int) -> int:
        self.rng >>= n
        v = self.code // self.rng
        if v >> n:
            raise ValueError("entropy-coded segment is damaged (raw bits)")
        self.code -= v * self.rng
        self._normalize()
        return v

    def finish(self, what: str = "symbols") -> None:
        if self.pos != len(self.data):
            raise ValueError(f"entropy-coded segment has {len(self.data) - self.pos} bytes after its {what}")


def encode(symbols: Iterable[int], alphabet: int, native: bool = True) -> bytes:
    """Symbols in [0, alphabet) -> range-coded bytes (one segment): in C++ when the extension is
    built (the same bytes, a test holds them equal), else here."""
    if native and _native is not None:
        _check_alphabet(alphabet)
        arr = symbols if isinstance(symbols, np.ndarray) else np.fromiter(symbols, dtype=np.int64)
        return _native.encode_symbols(np.asarray(arr, dtype=np.int64).ravel(), alphabet, INCREMENT, LIMIT)
    model, enc = AdaptiveModel(alphabet), RangeEncoder()
    for s in symbols:
        s = int(s)
        if not 0 <= s < alphabet:
            raise ValueError(f"symbol {s} outside the alphabet of {alphabet}")
        enc.encode(model, s)
    return enc.finish()


def decode(data: bytes, count: int, alphabet: int) -> np.ndarray:
    """Range-coded bytes -> `count` symbols (int64). ValueError when the bytes are not exactly
    what the encoder writes for `count` symbols."""
    model, dec = AdaptiveModel(alphabet), RangeDecoder(data)
    out = np.empty(count, dtype=np.int64)
    for i in range(count):
        try:
            out[i] = dec.decode(model)
        except ValueError as e:
            raise ValueError(f"{e} (at symbol {i + 1} of {count})") from None
    dec.finish(f"{count} symbols")
    return out
