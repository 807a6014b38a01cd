"""Every codec of the rate-distortion-perception comparison behind one interface.

A method takes a standardized multichannel stream x (C, T), NaN where samples are missing, and
returns its reconstruction with two sizes:
- real bytes: everything a decoder needs that it does not ship with (headers, tables, side
  information), measured from the bytes the method actually produced;
- nominal bits: the payload as the method's own paper counts it (STAMP: App. E.1; SAX: w log2 a
  per word; ABBA: symbols x log2 k). Float compressors have only real bytes.

Missing samples are never the baselines' business: they get the stream with gaps filled by
linear interpolation, and STAMP encodes without its gap mask (keep_gaps=False), so no method
pays for the mask. The report states the mask's cost separately.
"""

from __future__ import annotations

import importlib
import math
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Protocol

import numpy as np

from stampcodec import bundle as bundle_io
from stampcodec.missing import fill_missing
from stampcodec.errors import StampError


@dataclass
class Coded:
    recon: np.ndarray  # (C, T) float64
    real_bytes: int
    nominal_bits: float | None


class Method(Protocol):
    family: str  # "STAMP-I Hybrid", "SAX", "SZ3 (abs)", ...
    config: str  # "V=256", "w=25, a=2", ...

    def code(self, x: np.ndarray, window: int) -> Coded:
        """x (C, T) standardized, NaN = missing; window = the data set's series length."""
        ...


def _need(module: str, what: str) -> ModuleType:
    """Import a baseline's package, or say which extra installs it."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise StampError(f"the {what} baseline needs the {module} package: pip install 'stampcodec[compare]'") from None


def _packed_bytes(n_symbols: int, alphabet: int) -> int:
    return math.ceil(n_symbols * max(1, math.ceil(math.log2(alphabet))) / 8)


class Stamp:
    """A model bundle through the token file format (headers, frames and CRCs all counted)."""

    def __init__(self, path: str | Path, family: str | None = None) -> None:
        from stampcodec.codec import Codec

        self.path = Path(path)
        self.codec = Codec(bundle_io.load(self.path), str(self.path), "numpy")
        cfg = self.codec.config
        mode = "I" if cfg.mode == "independent" else "J"
        self.family = family or f"STAMP-{mode} {'Hybrid' if cfg.loss == 'hybrid' else 'MSE'}"
        self.config = f"V={cfg.codebook_size}"

    def code(self, x: np.ndarray, window: int) -> Coded:
        blob = self.codec.encode(x.T, keep_gaps=False)
        y = self.codec.decode(blob).T
        return Coded(y, len(blob), self.codec.config.layout.nominal_bpt * x.size)


class Sax:
    """SAX (Lin et al. 2003) on each series of `window` samples: PAA of w segments, quantized at
    the N(0, 1) breakpoints into a symbols. The data are standardized as a whole, so words are not
    z-normalized again (which would cost a mean and a scale per word). w is capped at the window
    length. Real bytes: the words bit-packed, plus 8 bytes for (w, a, window, length)."""

    family = "SAX"

    def __init__(self, word: int, alphabet: int) -> None:
        from stampcodec.baselines import Sax as SaxCore

        self.word, self.alphabet = word, alphabet
        self.config = f"w={word}, a={alphabet}"
        self._core = SaxCore  # built per window length (w may be capped)

    def code(self, x: np.ndarray, window: int) -> Coded:
        filled = fill_missing(x).astype(np.float64)
        c, t = filled.shape
        y = np.empty_like(filled)
        symbols = 0
        w = min(self.word, window)
        core = self._core(w, self.alphabet)
        for ch in range(c):
            for start in range(0, t, window):
                seg = filled[ch, start:start + window]
                ww = min(w, len(seg))
                sx = core if ww == w else self._core(ww, self.alphabet)
                y[ch, start:start + len(seg)] = sx.decode(sx.encode(seg), len(seg))
                symbols += ww
        return Coded(y, _packed_bytes(symbols, self.alphabet) + 8, symbols * math.log2(self.alphabet))


class Abba:
    """ABBA (Elsworth and Guttel 2020; the fABBA package's ABBA class): each series of `window`
    samples becomes a polygonal chain at tolerance eps, and the pieces of all series are clustered
    together by k-means into k symbols (one table for the data set, as ABBA does for a collection;
    one chain over a whole stream drifts without bound, since its errors accumulate). Real bytes:
    the symbols bit-packed, the k centres (length, increment) as float32, and each series' start
    value as float16 (the reconstruction starts from the rounded value)."""

    family = "ABBA"

    def __init__(self, tol: float, k: int) -> None:
        self.tol, self.k = tol, k
        self.config = f"eps={tol}, k={k}"

    def code(self, x: np.ndarray, window: int) -> Coded:
        ABBA = _need("fABBA", "ABBA").ABBA
        filled = fill_missing(x).astype(np.float64)
        c, t = filled.shape
        model = ABBA(tol=self.tol, k=self.k, verbose=0)
        series = [(ch, s, filled[ch, s:s + window]) for ch in range(c) for s in range(0, t, window)]
        pieces = [np.asarray(model.compress(seg))[:, :2] for _, _, seg in series]
        allp = np.concatenate(pieces)
        k = min(self.k, len(np.unique(allp, axis=0)))
        if k != self.k:
            model = ABBA(tol=self.tol, k=k, verbose=0)
        symbols, params = model.digitize(allp)
        y = np.empty_like(filled)
        pos = 0
        for (ch, s, seg), p in zip(series, pieces):
            start = float(np.float16(seg[0]))
            rec = np.asarray(model.inverse_transform("".join(symbols[pos:pos + len(p)]), start, params), dtype=np.float64)
            pos += len(p)
            rec = np.concatenate([rec, np.repeat(rec[-1:], max(0, len(seg) - len(rec)))])[:len(seg)]
            y[ch, s:s + len(seg)] = rec
        n = len(symbols)
        return Coded(y, _packed_bytes(n, k) + 8 * k + 2 * len(series), n * math.log2(max(k, 2)))


def _as_array(x: np.ndarray) -> np.ndarray:
    """The filled stream as one 1-D float32 array, channel after channel: the float compressors
    pay their header once and predict along time. (Giving them the (C, T) array makes SZ3 predict
    across independent channels: 0.254 instead of 0.095 MSE at 0.44 bpt on SeqCombMV.)"""
    return np.ascontiguousarray(fill_missing(x).ravel(), dtype=np.float32)


class Sz3:
    """SZ3 (pysz) in absolute-error mode on the stream as float32; real bytes = its output.
    algo: its predictor (INTERP_LORENZO, SZ3's default, INTERP or LORENZO_REG)."""

    family = "SZ3 (abs)"
    ALGOS = ("INTERP_LORENZO", "INTERP", "LORENZO_REG")

    def __init__(self, bound: float, algo: str = "INTERP_LORENZO") -> None:
        self.bound = bound
        self.algo = algo
        self.config = f"eb={bound:.4g}" + ("" if algo == "INTERP_LORENZO" else f", {algo.lower()}")

    def code(self, x: np.ndarray, window: int) -> Coded:
        pysz = _need("pysz", "SZ3")
        arr = _as_array(x)
        cfg = pysz.szConfig()
        cfg.errorBoundMode = pysz.szErrorBoundMode.ABS
        cfg.absErrorBound = float(self.bound)
        cfg.cmprAlgo = getattr(pysz.szAlgorithm, self.algo)
        comp, _ = pysz.sz.compress(arr, cfg)
        dec, _ = pysz.sz.decompress(comp, np.float32, arr.shape)
        return Coded(np.asarray(dec, dtype=np.float64).reshape(x.shape), int(comp.nbytes), None)


class Zfp:
    """ZFP (zfpy) in fixed-accuracy mode on the stream as float32. (zfpy 1.0.1's
    fixed-rate mode corrupts the heap here, so rates are matched through the tolerance.)"""

    family = "ZFP (accuracy)"

    def __init__(self, tolerance: float) -> None:
        self.tolerance = tolerance
        self.config = f"tol={tolerance:.4g}"

    def code(self, x: np.ndarray, window: int) -> Coded:
        zfpy = _need("zfpy", "ZFP")
        comp = zfpy.compress_numpy(_as_array(x), tolerance=float(self.tolerance))
        return Coded(np.asarray(zfpy.decompress_numpy(comp), dtype=np.float64).reshape(x.shape), len(comp), None)


class Pcodec:
    """pcodec, lossless on the float32 stream (channels one after another): the upper anchor."""

    family = "pcodec (lossless)"
    config = "default level"

    def code(self, x: np.ndarray, window: int) -> Coded:
        pcodec = _need("pcodec", "pcodec")
        ChunkConfig, standalone = pcodec.ChunkConfig, importlib.import_module("pcodec.standalone")
        arr = _as_array(x)
        comp = standalone.simple_compress(arr, ChunkConfig())
        return Coded(np.asarray(standalone.simple_decompress(comp), dtype=np.float64).reshape(x.shape), len(comp), None)


class DctZstd:
    """The transform-coding yardstick: each channel cut into blocks of 256 samples (the last one
    padded by repeating its final sample), an orthonormal DCT-II per block, one uniform quantizer
    step for every coefficient, and zstd (level 19) over the int32 indices of all channels,
    coefficient-major so that zeros of the high frequencies run together. Real bytes = zstd's
    output + 8 (the step as float64); the block size and channel length travel with the data
    set. About 30 lines: what a careful engineer tries first."""

    family = "DCT-256 + zstd"
    BLOCK = 256

    def __init__(self, step: float) -> None:
        self.step = step
        self.config = f"step={step:.4g}"

    @classmethod
    def _basis(cls) -> np.ndarray:
        n = cls.BLOCK
        k, t = np.arange(n)[:, None], np.arange(n)[None, :]
        m = np.cos(np.pi * (t + 0.5) * k / n) * np.sqrt(2 / n)
        m[0] /= np.sqrt(2)
        return m  # rows: basis vectors; m @ m.T = I

    def code(self, x: np.ndarray, window: int) -> Coded:
        zstd = _need("zstandard", "the DCT + zstd baseline")
        z = fill_missing(x).astype(np.float64)  # (C, T)
        c, t = z.shape
        nb = -(-t // self.BLOCK)
        pad = nb * self.BLOCK - t
        zp = np.concatenate([z, np.repeat(z[:, -1:], pad, axis=1)], axis=1) if pad else z
        basis = self._basis()
        coef = zp.reshape(c, nb, self.BLOCK) @ basis.T  # (C, blocks, 256)
        q = np.round(coef / self.step).astype(np.int32)
        payload = zstd.ZstdCompressor(level=19).compress(np.ascontiguousarray(q.transpose(2, 0, 1)).tobytes())
        recon = ((q * self.step) @ basis).reshape(c, -1)[:, :t]
        return Coded(recon, len(payload) + 8, None)


SAX_TIERS = ((25, 2), (50, 4), (500, 128))
ABBA_TIERS = ((1.0, 8), (0.5, 32), (0.1, 64))


def symbolic_baselines(which: set[str]) -> list[Method]:
    out: list[Method] = []
    if "sax" in which:
        out += [Sax(w, a) for w, a in SAX_TIERS]
    if "abba" in which:
        out += [Abba(e, k) for e, k in ABBA_TIERS]
    if "pcodec" in which:
        out.append(Pcodec())
    return out
