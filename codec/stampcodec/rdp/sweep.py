"""Run methods over a data set and measure rate, distortion and perception the same way for all.

The data set is laid out as one standardized stream per channel: SeqComb's test windows end to
end (what a user storing the test split would encode), or real recordings, each z-scored per
channel, end to end. Every method codes that stream once, so STAMP's real rate includes its
token-file header and frames, and the float compressors' include theirs.

- Rate: real bits per channel-sample (file bytes x 8 / samples) and, where the method has one,
  its nominal rate (App. E.1 for STAMP).
- Distortion D: MSE over the observed samples of the stream.
- Perception P: the App. E.4 FID between 256-sample windows of the original and of the
  reconstruction. For SeqComb (T = 200) the same variant is regenerated at T = 256 with the same
  seed and split and coded separately; for recordings, the stream is cut into 256-sample windows.

SZ3, ZFP and the DCT + zstd yardstick have no knob that lands on a given rate, and their size is
not monotone in it (SZ3's predictors change with the bound), so each is run on a grid of its
knob (SZ3: 40 bounds x 3 predictors) and, at each target rate (STAMP's rates), the configuration
with the lowest MSE among those whose real rate is not above the target is reported.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np

from stampcodec import container
from stampcodec.codec import DEFAULT_FRAME_SAMPLES
from stampcodec.datasets import seqcomb
from stampcodec.errors import DataError
from stampcodec.metrics.fid import WINDOW, fid
from stampcodec.rdp.methods import DctZstd, Method, Sz3, Zfp


@dataclass
class Dataset:
    name: str
    stream: np.ndarray  # (C, T) standardized, NaN = missing: distortion and rate
    window: int  # length of one series (SAX words and ABBA chains are per series)
    fid_stream: np.ndarray  # (C, N * 256): perception
    description: str

    @property
    def mask_bpt(self) -> float:
        """What storing the missing-sample mask would cost (not charged to any method)."""
        miss = np.isnan(self.stream).T  # (T, C)
        if not miss.any():
            return 0.0
        f = DEFAULT_FRAME_SAMPLES
        extra = sum(len(container.encode_mask(miss[i:i + f])) - 1 for i in range(0, len(miss), f))
        return 8 * extra / miss.size


def _to_stream(windows: np.ndarray) -> np.ndarray:
    """(N, C, T) -> (C, N*T)."""
    n, c, t = windows.shape
    return np.ascontiguousarray(windows.transpose(1, 0, 2).reshape(c, n * t), dtype=np.float64)


def seqcomb_dataset(variant: str, n_samples: int = 10_000, split: str = "test", seed: int = 0) -> Dataset:
    ds = seqcomb.generate(variant, n_samples=n_samples, seed=seed).split(split)
    fx = seqcomb.generate(variant, n_samples=n_samples, length=WINDOW, seed=seed).split(split).x
    names = {"single": "SeqCombSingle", "mv": "SeqCombMV", "mvirreg": "SeqCombMVIrreg", "spikes": "SeqCombSpikes"}
    return Dataset(names.get(variant, variant), _to_stream(ds.x), ds.x.shape[2], _to_stream(fx),
                   f"SeqComb-{variant} {split} split: {ds.x.shape[0]} windows x {ds.x.shape[1]} ch x {ds.x.shape[2]}, "
                   f"seed {seed}; FID on the same split regenerated at T={WINDOW}")


def recordings_dataset(name: str, recordings: Iterable[np.ndarray], description: str = "") -> Dataset:
    """Recordings (C, T_i) with the same C, each z-scored per channel, end to end."""
    parts = []
    for r in recordings:
        r = np.asarray(r, dtype=np.float64)
        mu, sd = np.nanmean(r, axis=1, keepdims=True), np.nanstd(r, axis=1, keepdims=True)
        parts.append((r - mu) / np.where(sd > 0, sd, 1.0))
    if not parts:
        raise DataError(f"{name}: no recordings")
    if len({p.shape[0] for p in parts}) != 1:
        raise DataError(f"{name}: recordings have different channel counts {sorted({p.shape[0] for p in parts})}")
    stream = np.concatenate(parts, axis=1)
    n = stream.shape[1] // WINDOW
    if n == 0:
        raise DataError(f"{name}: shorter than one {WINDOW}-sample window")
    return Dataset(name, stream, WINDOW, stream[:, :n * WINDOW],
                   description or f"{name}: {len(parts)} recordings, {stream.shape[0]} ch, {stream.shape[1]} samples")


def mse_observed(x: np.ndarray, y: np.ndarray) -> float:
    ok = np.isfinite(x)
    return float(((x[ok] - y[ok]) ** 2).mean())


def fid_of(fx: np.ndarray, fy: np.ndarray) -> float:
    c, t = fx.shape
    n = t // WINDOW
    wx = fx[:, :n * WINDOW].reshape(c, n, WINDOW).transpose(1, 0, 2)
    wy = fy[:, :n * WINDOW].reshape(c, n, WINDOW).transpose(1, 0, 2)
    wy = np.where(np.isnan(wx), np.nan, wy)  # like with like where samples are missing
    return fid(wx, wy)


def evaluate(method: Method, ds: Dataset) -> dict:
    t0 = time.perf_counter()
    coded = method.code(ds.stream, ds.window)
    fcoded = method.code(ds.fid_stream, WINDOW)
    n = ds.stream.size
    return {
        "dataset": ds.name, "family": method.family, "config": method.config,
        "real_bpt": 8 * coded.real_bytes / n,
        "nominal_bpt": None if coded.nominal_bits is None else coded.nominal_bits / n,
        "mse": mse_observed(ds.stream, coded.recon), "fid": fid_of(ds.fid_stream, fcoded.recon),
        "bytes": coded.real_bytes, "samples": n, "seconds": round(time.perf_counter() - t0, 2),
    }


GRID_POINTS = 40


def grids(which: set[str]) -> dict[str, list[Method]]:
    """The knob grids of the float baselines: family -> candidate methods."""
    out: dict[str, list[Method]] = {}
    if "sz3" in which:
        out["sz3"] = [Sz3(float(b), a) for b in np.geomspace(1e-4, 20.0, GRID_POINTS) for a in Sz3.ALGOS]
    if "zfp" in which:
        out["zfp"] = [Zfp(float(t)) for t in np.geomspace(1e-4, 64.0, GRID_POINTS)]
    if "dct" in which:
        out["dct"] = [DctZstd(float(q)) for q in np.geomspace(1e-3, 20.0, GRID_POINTS)]
    return out


def match_on_grid(candidates: list[Method], ds: Dataset, targets: Iterable[float]) -> list[tuple[Method, bool, float]]:
    """Per target: the candidate with the lowest MSE whose real rate is <= target (reached), or
    the cheapest candidate (not reached). Each candidate is coded once."""
    scored = []
    for m in candidates:
        coded = m.code(ds.stream, ds.window)
        scored.append((8 * coded.real_bytes / ds.stream.size, mse_observed(ds.stream, coded.recon), m))
    out = []
    for target in sorted(set(round(t, 6) for t in targets)):
        fit = [s for s in scored if s[0] <= target]
        if fit:
            out.append((min(fit, key=lambda s: s[1])[2], True, target))
        else:
            out.append((min(scored, key=lambda s: s[0])[2], False, target))
    return out


def float_compressors_at(ds: Dataset, targets: Iterable[float], which: set[str]) -> list[tuple[Method, bool, float]]:
    """SZ3 / ZFP / DCT + zstd matched to each target rate on their grids: (method, reached, target)."""
    targets = list(targets)
    out = []
    for candidates in grids(which).values():
        out += match_on_grid(candidates, ds, targets)
    return sorted(out, key=lambda r: r[2])


def rate_targets(rows: list[dict], match: str) -> list[float]:
    """The real rates SZ3 and ZFP are tuned to: those of the `match` family, else of every STAMP row."""
    return ([r["real_bpt"] for r in rows if r["family"] == match]
            or [r["real_bpt"] for r in rows if r["family"].startswith("STAMP")])


def run(ds: Dataset, methods: Iterable[Method], float_targets: Iterable[float] | None = None,
        which: set[str] = frozenset(), progress: Callable[[str], None] | None = None,
        match: str = "STAMP-I Hybrid") -> list[dict]:
    """Evaluate every method, then SZ3 / ZFP / DCT + zstd (those in `which`) at each target rate:
    the given ones, or by default the rates the methods' `match` rows reached (see rate_targets)."""
    rows = []
    for m in methods:
        rows.append(evaluate(m, ds))
        if progress:
            progress(f"{m.family} {m.config}")
    targets = rate_targets(rows, match) if float_targets is None else float_targets
    done: set[tuple[str, str]] = set()
    for m, reached, target in float_compressors_at(ds, targets, which):
        if (m.family, m.config) in done:  # an unreachable target lands where the previous one did
            continue
        done.add((m.family, m.config))
        row = evaluate(m, ds)
        row["matched_to_bpt"] = target
        row["rate_reached"] = reached
        rows.append(row)
        if progress:
            progress(f"{m.family} {m.config} (target {target:.3f} bpt)")
    mask = ds.mask_bpt
    for r in rows:
        r["mask_bpt"] = mask
    return rows
