"""Evaluate a model bundle on a data set: distortion, perception (FID), rate and codebook use.

Encoding and decoding run in the numpy runtime (tokens identical to the PyTorch model, see
tests/test_runtime.py), so evaluation needs no torch. MSE is measured on the data as given
(SeqComb is standardized; files are z-scored per channel when the model says "zscore").
"""

from __future__ import annotations

import time

import numpy as np

from stampcodec import bundle as bundle_io
from stampcodec.config import StampConfig
from stampcodec.missing import fill_missing
from stampcodec.datasets.seqcomb import generate
from stampcodec.datasets.sources import load_windows, parse_data_spec
from stampcodec.metrics.distortion import codebook_stats, mse
from stampcodec.metrics.fid import WINDOW, fid
from stampcodec.runtime import NumpyDecoder, NumpyEncoder


def padded_windows(cfg: StampConfig, x: np.ndarray) -> np.ndarray:
    """Windows (N, C, T), NaN = missing -> gaps interpolated, padded to a whole block by repeating
    the last sample (what the encoder sees)."""
    filled = fill_missing(x)
    t = filled.shape[-1]
    tp = cfg.layout.padded(t)
    if tp > t:
        filled = np.concatenate([filled, np.repeat(filled[..., -1:], tp - t, axis=-1)], axis=-1)
    return filled


def reconstruct(bundle: bundle_io.Bundle, x: np.ndarray, scales: int | None = None,
                batch: int = 256) -> tuple[np.ndarray, np.ndarray]:
    """Windows (N, C, T), NaN = missing -> (reconstruction, every token of the scales used)."""
    cfg = bundle.config
    enc, dec = NumpyEncoder(bundle), NumpyDecoder(bundle)
    n, c, t = x.shape
    filled = padded_windows(cfg, x)
    out = np.empty(x.shape, dtype=np.float32)
    toks: list[np.ndarray] = []
    for i in range(0, n, batch):
        xb = filled[i:i + batch]
        tokens = enc.encode_rows(cfg.layout.to_rows(xb))
        out[i:i + batch] = cfg.layout.from_rows(dec.decode_rows(tokens, t, scales), c)
        toks.extend(tk.ravel() for tk in tokens[:scales])
    return out, np.concatenate(toks)


def evaluate_bundle(path: str, data: str, split: str = "test", scales: int | None = None, seed: int = 0) -> dict:
    b = bundle_io.load(path)
    cfg = b.config
    t0 = time.perf_counter()
    spec = parse_data_spec(data)
    w = load_windows(data, WINDOW, normalize=cfg.normalization == "zscore", split=split, seed=seed)
    recon, toks = reconstruct(b, w.x, scales)
    usage, ppl = codebook_stats(toks, cfg.codebook_size)
    if spec.seqcomb is not None:
        # The FID extractor works on 256-step windows: regenerate the same variant at T=256.
        fx = generate(spec.seqcomb, n_samples=spec.n, length=WINDOW, seed=seed).split(split).x
        frec, _ = reconstruct(b, fx, scales)
    else:
        fx, frec = w.x, recon
    fid_mask = np.isnan(fx)
    frec = np.where(fid_mask, np.nan, frec)  # compare like with like where samples are missing
    used_scales = scales or len(cfg.scales)
    sub = cfg.replace(scales=cfg.scales[:used_scales])
    return {
        "model": path, "model_id": b.model_id, "data": w.description, "windows": int(w.x.shape[0]),
        "channels": int(w.x.shape[1]), "length": int(w.x.shape[2]), "mode": cfg.mode, "loss": cfg.loss,
        "codebook_size": cfg.codebook_size, "scales_used": used_scales,
        "mse": mse(w.x, recon), "fid": fid(fx, frec), "fid_windows": int(fx.shape[0] * fx.shape[1]),
        "nominal_bpt": sub.layout.nominal_bpt, "token_bpt": sub.layout.token_bpt(w.x.shape[2]),
        "codebook_usage": usage, "perplexity": ppl,
        "train_epochs": b.info.get("epochs"), "train_wall_seconds": b.info.get("wall_seconds"),
        "eval_seconds": round(time.perf_counter() - t0, 1),
    }


def format_report(r: dict) -> str:
    lines = [
        f"model {r['model']} (id {r['model_id']}, {r['mode']} {r['loss']}, V={r['codebook_size']}, scales used {r['scales_used']})",
        f"data  {r['data']}: {r['windows']} windows x {r['channels']} ch x {r['length']}",
        f"  MSE              {r['mse']:.4f}",
        f"  FID              {r['fid']:.4f}   ({r['fid_windows']} windows of 256)",
        f"  nominal rate     {r['nominal_bpt']:.4f} bpt (App. E.1)",
        f"  token rate       {r['token_bpt']:.4f} bpt (tokens emitted for T={r['length']}, padding included)",
        f"  codebook usage   {r['codebook_usage']:.1%}   perplexity {r['perplexity']:.1f}",
    ]
    if r.get("train_epochs") is not None:
        lines.append(f"  trained          {r['train_epochs']} epochs, {r['train_wall_seconds']} s")
    return "\n".join(lines)
