"""Evaluate a model bundle on a data set: distortion, perception (FID), rate and codebook use.

Encoding currently runs the PyTorch model (the torch-free runtime encoder comes with the runtime
codec); decoding uses only (tokens, dictionary, codebook, config). MSE is measured on the data as
given (SeqComb is standardized; files are z-scored per channel when the model says "zscore").
"""

from __future__ import annotations

import time

import numpy as np

from stampcodec import bundle as bundle_io
from stampcodec.data.seqcomb import generate
from stampcodec.data.sources import load_windows
from stampcodec.metrics.distortion import codebook_stats, mse
from stampcodec.metrics.fid import WINDOW, fid
from stampcodec.rate import nominal_bpt, token_bpt


def evaluate_bundle(path: str, data: str, split: str = "test", scales: int | None = None, seed: int = 0) -> dict:
    import stampcodec.train  # noqa: F401  (clear message when torch is missing)
    from stampcodec.train.model import StampModel
    from stampcodec.train.trainer import reconstruct

    b = bundle_io.load(path)
    cfg = b.config
    model = StampModel.from_bundle(b)
    t0 = time.perf_counter()
    is_seqcomb = data.startswith("seqcomb:")
    w = load_windows(data, WINDOW, normalize=cfg.normalization == "zscore", split=split, seed=seed)
    recon, toks = reconstruct(model, w.x, scales)
    usage, ppl = codebook_stats(toks, cfg.codebook_size)
    if is_seqcomb:
        # The FID extractor works on 256-step windows: regenerate the same variant at T=256.
        variant = data.split(":")[1]
        n = int(data.split(":")[2]) if len(data.split(":")) > 2 else 10_000
        fx = generate(variant, n_samples=n, length=WINDOW, seed=seed).split(split).x
        frec, _ = reconstruct(model, fx, scales)
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
        "nominal_bpt": nominal_bpt(sub), "token_bpt": token_bpt(sub, w.x.shape[2]),
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
