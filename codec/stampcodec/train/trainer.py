"""Training loop: deterministic on CPU for a given seed and thread count, resumable.

Loss = masked MSE + lambda * soft-DTW divergence / T (hybrid only) + beta * VQ commitment.
The soft-DTW term is estimated on a random subset of at most `SDTW_ROWS` rows per batch: an
unbiased estimate of the batch mean that keeps a hybrid step near 0.1 s on 2 cores (the exact
term over 128 rows costs ~0.8 s; see docs/MODEL.md).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np
import torch
from tqdm import tqdm

from stampcodec.bundle import Bundle, save as save_bundle
from stampcodec.config import StampConfig
from stampcodec.missing import fill_missing
from stampcodec.errors import DataError, StampError
from stampcodec.metrics.distortion import codebook_stats, mse, usage_perplexity
from stampcodec.train.model import StampModel, cosine_lr
from stampcodec.train.softdtw import soft_dtw_divergence

SDTW_ROWS = 8
CHECKPOINT_NAME = "last.pt"


@dataclass
class EpochStats:
    epoch: int
    loss: float
    mse: float
    commit: float
    sdtw: float
    val_mse: float
    usage: float
    perplexity: float
    restarts: int
    seconds: float


@dataclass
class TrainResult:
    model: StampModel
    history: list[EpochStats] = field(default_factory=list)
    wall_seconds: float = 0.0
    best_epoch: int | None = None  # epoch whose weights `model` holds when selected on validation


@torch.no_grad()
def reconstruct(model: StampModel, x: np.ndarray, scales: int | None = None, batch_size: int = 256) -> tuple[np.ndarray, np.ndarray]:
    """Encode and decode windows x (N, C, T) (NaN = missing) in batches.
    Returns the reconstruction and every token emitted by the scales used (flattened)."""
    model.eval()
    filled = fill_missing(x)
    out = np.empty(x.shape, dtype=np.float32)
    toks: list[np.ndarray] = []
    for i in range(0, len(x), batch_size):
        xb = torch.from_numpy(filled[i:i + batch_size])
        tokens = model.encode(xb)
        out[i:i + batch_size] = model.decode_tokens(tokens, xb.shape[-1], xb.shape[0], scales=scales).numpy()
        toks.extend(t.numpy().ravel() for t in tokens[:scales])
    return out, np.concatenate(toks)


def evaluate(model: StampModel, x: np.ndarray, batch_size: int = 256, scales: int | None = None) -> dict[str, float]:
    """Masked MSE, token usage and perplexity of a model on windows x (N, C, T) (NaN = missing)."""
    recon, tokens = reconstruct(model, x, scales, batch_size)
    usage, ppl = codebook_stats(tokens, model.cfg.codebook_size)
    return {"mse": mse(x, recon), "usage": usage, "perplexity": ppl}


def _loss(model: StampModel, xb: torch.Tensor, mb: torch.Tensor, gen: torch.Generator) -> tuple[torch.Tensor, dict[str, torch.Tensor], list[torch.Tensor]]:
    cfg = model.cfg
    recon, tokens, commit, energy = model(xb)
    err = (recon - xb).pow(2) * mb
    mse = err.sum() / mb.sum().clamp_min(1)
    # The 4x redundant dictionary leaves a large null space in which z drifts without changing
    # the output; a small ridge on z keeps the codes minimum-norm (docs/MODEL.md).
    loss = mse + cfg.commitment * commit + cfg.activation_penalty * energy
    sdtw = mse.new_zeros(())
    if cfg.loss == "hybrid" and cfg.sdtw_weight > 0:
        # Rows in the decoder's sense: channels separately in independent mode, jointly otherwise.
        xr = model.to_rows(xb).transpose(1, 2)
        rr = model.to_rows(recon).transpose(1, 2)
        pick = torch.randperm(xr.shape[0], generator=gen)[:SDTW_ROWS]
        sdtw = soft_dtw_divergence(xr[pick], rr[pick], cfg.sdtw_gamma).mean() / xr.shape[1]
        loss = loss + cfg.sdtw_weight * sdtw
    return loss, {"mse": mse, "commit": commit, "sdtw": sdtw}, tokens


def _save_checkpoint(path: Path, state: dict) -> None:
    fd, tmp = tempfile.mkstemp(prefix=".ckpt.", dir=path.parent)
    os.close(fd)
    try:
        torch.save(state, tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def train(cfg: StampConfig, train_x: np.ndarray, val_x: np.ndarray | None = None, *,
          checkpoint_dir: str | Path | None = None, resume: bool = False, progress: bool = True,
          on_epoch: Callable[[EpochStats], None] | None = None, max_steps_per_epoch: int | None = None) -> TrainResult:
    """Train a STAMP model on windows (N, C, T). Deterministic for a given seed on CPU."""
    if train_x.ndim != 3 or len(train_x) == 0:
        raise DataError(f"training data must be non-empty (N, C, T) windows, got shape {train_x.shape}")
    if cfg.mode == "joint" and train_x.shape[1] != cfg.channels:
        raise DataError(f"joint mode with channels={cfg.channels} but data has {train_x.shape[1]} channels")
    torch.manual_seed(cfg.seed)
    rng = np.random.default_rng(cfg.seed)
    gen = torch.Generator().manual_seed(cfg.seed)
    model = StampModel(cfg)
    opt = torch.optim.AdamW(model.parameters(), lr=cfg.learning_rate, betas=(0.9, 0.999), weight_decay=cfg.weight_decay)
    filled = torch.from_numpy(fill_missing(train_x))
    mask = torch.from_numpy((~np.isnan(train_x)).astype(np.float32))
    n = len(train_x)
    steps_per_epoch = -(-n // cfg.batch_size)
    if max_steps_per_epoch:
        steps_per_epoch = min(steps_per_epoch, max_steps_per_epoch)
    total_steps = steps_per_epoch * cfg.epochs
    history: list[EpochStats] = []
    start_epoch, step = 0, 0
    # Model selection on the validation split (never the test split): keep the best epoch's weights.
    best: tuple[float, int, dict[str, torch.Tensor]] | None = None

    ckpt_path = Path(checkpoint_dir) / CHECKPOINT_NAME if checkpoint_dir else None
    if ckpt_path is not None:
        ckpt_path.parent.mkdir(parents=True, exist_ok=True)
        if resume and ckpt_path.exists():
            state = torch.load(ckpt_path, weights_only=True)
            if state["config"] != cfg.to_json():
                raise StampError(f"{ckpt_path}: checkpoint was made with a different config; refusing to resume")
            model.load_state_dict(state["model"])
            opt.load_state_dict(state["optim"])
            start_epoch, step = int(state["epoch"]), int(state["step"])
            rng.bit_generator.state = json.loads(state["np_rng"])
            gen.set_state(state["gen"])
            torch.set_rng_state(state["torch_rng"])
            history = [EpochStats(**h) for h in json.loads(state["history"])]
            if "best_model" in state:
                best = (float(state["best_val"]), int(state["best_epoch"]), state["best_model"])

    t_start = time.perf_counter() - sum(h.seconds for h in history)
    for epoch in range(start_epoch, cfg.epochs):
        model.train()
        t0 = time.perf_counter()
        order = rng.permutation(n)
        counts = torch.zeros(cfg.codebook_size, dtype=torch.float64)
        restarts0 = model.vq.restarts
        tot_loss = tot_mse = tot_commit = tot_sdtw = 0.0
        bar = tqdm(range(steps_per_epoch), desc=f"epoch {epoch + 1}/{cfg.epochs}", disable=not progress,
                   leave=False, dynamic_ncols=True, mininterval=0.5 if sys.stderr.isatty() else 60.0)
        for b in bar:
            idx = torch.from_numpy(order[b * cfg.batch_size:(b + 1) * cfg.batch_size])
            for g in opt.param_groups:
                g["lr"] = cosine_lr(step, total_steps, cfg.learning_rate, cfg.min_learning_rate)
            loss, parts, tokens = _loss(model, filled[idx], mask[idx], gen)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), cfg.grad_clip)
            opt.step()
            model.project_atoms()
            model.vq.ema_step()
            step += 1
            for tok in tokens:
                counts += torch.bincount(tok.flatten(), minlength=cfg.codebook_size).double()
            tot_loss += float(loss.detach())
            tot_mse += float(parts["mse"].detach())
            tot_commit += float(parts["commit"].detach())
            tot_sdtw += float(parts["sdtw"].detach())
            if b % 10 == 0:
                u, _ = usage_perplexity(counts.numpy())
                bar.set_postfix(loss=f"{tot_loss / (b + 1):.4f}", mse=f"{tot_mse / (b + 1):.4f}", usage=f"{u:.0%}", refresh=False)
        usage, ppl = usage_perplexity(counts.numpy())
        val_mse = evaluate(model, val_x)["mse"] if val_x is not None and len(val_x) else float("nan")
        n_steps = steps_per_epoch
        stats = EpochStats(epoch + 1, tot_loss / n_steps, tot_mse / n_steps, tot_commit / n_steps, tot_sdtw / n_steps,
                           val_mse, usage, ppl,
                           model.vq.restarts - restarts0, time.perf_counter() - t0)
        history.append(stats)
        if np.isfinite(val_mse) and (best is None or val_mse < best[0]):
            best = (val_mse, epoch + 1, {name: v.detach().clone() for name, v in model.state_dict().items()})
        if progress:
            tqdm.write(f"epoch {stats.epoch:3d}  loss {stats.loss:.4f}  mse {stats.mse:.4f}  commit {stats.commit:.4f}  "
                       f"sdtw {stats.sdtw:.4f}  val_mse {stats.val_mse:.4f}  "
                       f"usage {stats.usage:.0%}  ppl {stats.perplexity:.1f}  restarts {stats.restarts}  {stats.seconds:.0f}s")
        if ckpt_path is not None:
            _save_checkpoint(ckpt_path, {
                "config": cfg.to_json(), "model": model.state_dict(), "optim": opt.state_dict(),
                "epoch": epoch + 1, "step": step, "np_rng": json.dumps(rng.bit_generator.state),
                "gen": gen.get_state(), "torch_rng": torch.get_rng_state(),
                "history": json.dumps([h.__dict__ for h in history]),
                **({"best_val": best[0], "best_epoch": best[1], "best_model": best[2]} if best else {}),
            })
        if on_epoch:  # after the checkpoint, so a hook that stops training leaves it resumable
            on_epoch(stats)
    if best is not None:
        model.load_state_dict(best[2])
    model.eval()
    return TrainResult(model, history, time.perf_counter() - t_start, best[1] if best else None)


def result_bundle(result: TrainResult, data_description: str, extra: dict | None = None) -> Bundle:
    info = {
        "data": data_description,
        "epochs": len(result.history),
        "best_epoch": result.best_epoch,
        "wall_seconds": round(result.wall_seconds, 1),
        "torch": torch.__version__,
        "threads": torch.get_num_threads(),
        "history": [h.__dict__ for h in result.history],
    }
    info.update(extra or {})
    return result.model.to_bundle(info)


def train_to_file(cfg: StampConfig, train_x: np.ndarray, val_x: np.ndarray | None, out: str | Path,
                  data_description: str, **kw) -> TrainResult:
    result = train(cfg, train_x, val_x, **kw)
    save_bundle(result_bundle(result, data_description), out)
    return result
