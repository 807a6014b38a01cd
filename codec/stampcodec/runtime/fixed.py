"""The C encoder's fixed-point tables (stampenc_fixed in native/include/stampenc.h).

int8 weights with one scale per output row (one for the whole dictionary, because a codeword's
waveform sums the atoms), stored in groups of four as w0 w2 w1 w3 (PAIRS: the layout a
dual 16-bit multiply-add wants), int16 activations in fixed formats, int32 sums, and per layer an
integer multiplier and shift that bring a sum to the next format (round(sum x rq / 2^sh)). The
formats (docs/NATIVE.md, "Fixed-point encoder"):

    samples, residual, reconstruction    Q11
    correlation c and activation z       Q(q_c): the largest format that holds 2x the largest
                                         |z| the float encoder reaches on CALIBRATION signals
    the net's layers around GELU         Q11 (GELU by a 257-point table on [-8, 8])

The search for the nearest codeword compares |cb|^2 - 2 z.cb in one integer unit for every
codeword (each has its own int8 scale), in int64.
"""

from __future__ import annotations

import math

import numpy as np

from stampcodec.bundle import Bundle
from stampcodec.runtime.activations import gelu

GELU_POINTS = 257  # [-8, 8] in steps of 1/16
Q_SAMPLES = 11
INT16 = 32767


def _int8_rows(w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(rows, ...) float -> int8 values and one scale per row (max |w| / 127; 1 for a zero row)."""
    flat = w.reshape(w.shape[0], -1).astype(np.float64)
    scale = np.abs(flat).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    q = np.clip(np.round(flat / scale[:, None]), -127, 127).astype(np.int8)
    return q.reshape(w.shape), scale


def _rq(ratio: np.ndarray | float) -> tuple[np.ndarray, np.ndarray]:
    """ratio > 0 -> (multiplier in [2^30, 2^31), shift in 1..62) with multiplier / 2^shift ~= ratio."""
    r = np.atleast_1d(np.asarray(ratio, dtype=np.float64))
    sh = 30 - np.floor(np.log2(r)).astype(np.int64)
    m = np.round(r * np.exp2(sh)).astype(np.int64)
    over = m >= 1 << 31
    m[over] = np.round(r[over] * np.exp2(sh[over] - 1)).astype(np.int64)
    sh[over] -= 1
    if (sh < 1).any() or (sh > 62).any():
        raise ValueError(f"a fixed-point scale is out of range (ratios {r.min():.3g} to {r.max():.3g})")
    return m.astype(np.int32), sh.astype(np.uint8)


PAIRS = [0, 2, 1, 3]  # int8 weights stored in groups of four as w0 w2 w1 w3 (stampenc_fixed.inc: SXTB16 + SMLAD)


def paired(q: np.ndarray) -> np.ndarray:
    """int8 rows (last axis a multiple of 4) in the C library's stored order."""
    if q.shape[-1] % 4:
        raise ValueError(f"the fixed-point encoder needs dot lengths in multiples of 4, got {q.shape[-1]}")
    return np.ascontiguousarray(q.reshape(-1, 4)[:, PAIRS].reshape(q.shape))


def calibration_rows(block: int, length: int = 4096, seed: int = 0) -> np.ndarray:
    """Normalized signals of the kinds sensors give (random walks, sines, noise, squares, bursts):
    (R, 1, length) float32, each z-scored, for the activation range."""
    g = np.random.default_rng(seed)
    t = np.arange(length)
    rows = [np.cumsum(g.standard_normal(length)), g.standard_normal(length), np.sign(np.sin(t / 37.0)),
            np.sin(t / 3.0) + 0.1 * g.standard_normal(length), np.sin(t / 90.0),
            np.where(g.random(length) < 0.01, g.standard_normal(length) * 20, 0.0)]
    rows = [(r - r.mean()) / r.std() for r in rows]
    n = -(-length // block) * block
    return np.stack([np.pad(r, (0, n - length), mode="edge") for r in rows])[:, None, :].astype(np.float32)


def activation_format(bundle: Bundle) -> int:
    """q_c: the Q format of the correlation and activation z (int16), from calibration."""
    from stampcodec.runtime.encoder import NumpyEncoder

    cfg = bundle.config
    top = [0.0]
    rows = calibration_rows(cfg.block)
    if cfg.atom_channels > 1:
        rows = np.repeat(rows, cfg.atom_channels, axis=1)
    NumpyEncoder(bundle).encode_rows(rows, on_scale=lambda z, _: top.append(float(np.abs(z).max())))
    peak = 2.0 * max(top) + 1e-9
    return int(max(0, min(14, math.floor(math.log2(INT16 / peak)))))


_BY_MODEL: dict[str, dict[str, np.ndarray | int]] = {}  # model id (a content hash) -> its tables


def fixed_tables(bundle: Bundle) -> dict[str, np.ndarray | int]:
    """The stampenc_fixed fields for a bundle (arrays in C order, scalars as int; read-only: they
    are computed once per model, the calibration runs the numpy encoder)."""
    if bundle.model_id not in _BY_MODEL:
        _BY_MODEL[bundle.model_id] = _fixed_tables(bundle)
    return _BY_MODEL[bundle.model_id]


def _fixed_tables(bundle: Bundle) -> dict[str, np.ndarray | int]:
    from stampcodec.runtime.native import encoder_tables

    t = encoder_tables(bundle)
    qc = activation_format(bundle)
    dq, (sd,) = _int8_rows(t["dictionary"].reshape(1, -1))  # one scale for every atom
    dq = dq.reshape(t["dictionary"].shape)
    w0q, s0 = _int8_rows(t["w0"])  # sums in s0 2^-qc (inputs Q(qc)) -> Q11
    w1q, s1 = _int8_rows(t["w1"])  # sums in s1 2^-11 -> Q11
    w2q, s2 = _int8_rows(t["w2"])  # sums in s2 2^-11 -> Q(qc)
    rq0, sh0 = _rq(s0 * 2.0 ** (Q_SAMPLES - qc))
    rq1, sh1 = _rq(s1)
    rq2, sh2 = _rq(s2 * 2.0 ** (qc - Q_SAMPLES))
    rq_c, sh_c = _rq(sd * 2.0 ** (qc - Q_SAMPLES))
    cbq, sc = _int8_rows(t["codebook"])
    e = 30 - math.ceil(math.log2(sc.max()))  # cb_mult = sc 2^e < 2^30
    cb_mult = np.round(sc * 2.0 ** e).astype(np.int64)
    sq = (cbq.astype(np.int64) ** 2).sum(axis=1)
    # |cb|^2 in units 2^-(qc + e): cb_mult^2 |cbq|^2 2^(qc - e), in exact integers, then rounded
    num = [int(m) * int(m) * int(s) for m, s in zip(cb_mult, sq)]
    shift = e - qc
    code_sq = np.array([(n + (1 << (shift - 1))) >> shift if shift > 0 else n << -shift for n in num], dtype=np.int64)
    ratio_w = sc * sd * 2.0 ** Q_SAMPLES  # waveform sums (units sc sd) -> Q11
    sh_wave = int(30 - math.floor(math.log2(ratio_w.max())))
    wave_mult = np.round(ratio_w * 2.0 ** sh_wave).astype(np.int64)
    if wave_mult.max() >= 1 << 31 or not 1 <= sh_wave <= 62:
        raise ValueError("the codeword waveforms' fixed-point scale is out of range")
    x = -8.0 + np.arange(GELU_POINTS) / 16.0
    return {
        "dictionary": paired(dq), "w0": paired(w0q), "w1": paired(w1q), "w2": paired(w2q), "codebook": paired(cbq),
        "b0": np.round(t["b0"] / (s0 * 2.0 ** -qc)).astype(np.int32),
        "b1": np.round(t["b1"] / (s1 * 2.0 ** -Q_SAMPLES)).astype(np.int32),
        "b2": np.round(t["b2"] / (s2 * 2.0 ** -Q_SAMPLES)).astype(np.int32),
        "rq0": rq0, "rq1": rq1, "rq2": rq2, "sh0": sh0, "sh1": sh1, "sh2": sh2,
        "code_sq": code_sq, "cb_mult": cb_mult.astype(np.int32), "wave_mult": wave_mult.astype(np.int32),
        "gelu": np.clip(np.round(gelu(x) * 2.0 ** Q_SAMPLES), -32768, 32767).astype(np.int16),
        "rq_c": int(rq_c[0]), "sh_c": int(sh_c[0]), "sh_wave": sh_wave, "q_c": qc,
    }
