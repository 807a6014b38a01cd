"""Train a token prior (stampcodec.prior) with torch, and freeze it into integer weights.

The network is stampcodec.prior.model's, in float32: every token of a chunk of token rows is
predicted at once from its slots (teacher forcing: a slot only holds tokens coded before the
token it serves). Chunks are cut from each row of each frame, `chunk_blocks` blocks at a time,
never across a frame. Cross-entropy in bits per token is what the coder will pay; validation
picks the epoch kept. Seeded (initialization, chunk order), but float sums in torch's threaded
backward may differ between runs: two trainings agree closely, not to the bit; the frozen
prior's own arithmetic is exact everywhere.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field

import numpy as np
import torch
from torch import nn
from tqdm import tqdm

from stampcodec.errors import DataError
from stampcodec.prior.bundle import TokenPrior
from stampcodec.prior.exact import WEIGHT_BITS, quantize
from stampcodec.prior.model import PriorConfig, is_matrix, tensor_shapes
from stampcodec.prior.structure import Structure, structure

CHUNK_BLOCKS = 8  # blocks per training chunk: 56 tokens of the default model (1,024 samples)


class PriorModule(nn.Module):
    def __init__(self, cfg: PriorConfig, seed: int = 0) -> None:
        super().__init__()
        self.cfg = cfg
        g = torch.Generator().manual_seed(seed)
        params = {}
        for name, shape in tensor_shapes(cfg).items():
            leaf = name.rsplit(".", 1)[-1]
            if leaf.startswith("norm") or leaf.endswith("_norm"):
                init = torch.ones(shape)
            elif leaf in ("bias", "b1", "b2", "out_bias"):
                init = torch.zeros(shape)
            elif is_matrix(name):
                init = torch.randn(shape, generator=g) / math.sqrt(shape[0])
                if leaf in ("wo", "w2"):
                    init = init / math.sqrt(2 * cfg.layers)
            else:
                init = torch.randn(shape, generator=g) * 0.5
            params[name.replace(".", "_")] = nn.Parameter(init)
        self.p = nn.ParameterDict(params)

    def _t(self, name: str) -> torch.Tensor:
        return self.p[name.replace(".", "_")]

    @staticmethod
    def _norm(x: torch.Tensor, gain: torch.Tensor) -> torch.Tensor:
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + 1e-6) * gain

    def forward(self, kind: torch.Tensor, keyed: torch.Tensor, rel: torch.Tensor) -> torch.Tensor:
        """kind (Q,), keyed (B, Q, K) key-table indices (-1: empty), rel (Q, K) -> logits (B, Q, V)."""
        cfg = self.cfg
        h, dh = cfg.heads, cfg.dim // cfg.heads
        content = self._norm(self._t("embed")[None] + self._t("kind_embed")[:, None], self._t("content_norm"))
        content = content.reshape(-1, cfg.dim)
        valid = keyed >= 0
        safe = keyed.clamp(min=0)
        b, q, k = keyed.shape
        g = self._t("query_embed")[kind].expand(b, q, cfg.dim)
        for i in range(cfg.layers):
            qv = (self._norm(g, self._t(f"l{i}.norm_q")) @ self._t(f"l{i}.wq")).reshape(b, q, h, dh)
            keys = (content @ self._t(f"l{i}.wk"))[safe].reshape(b, q, k, h, dh)
            vals = (content @ self._t(f"l{i}.wv"))[safe].reshape(b, q, k, h, dh)
            scores = torch.einsum("bqhd,bqkhd->bqhk", qv, keys) / math.sqrt(dh)
            scores = scores + self._t(f"l{i}.bias")[:, rel].permute(1, 0, 2)[None]
            scores = scores.masked_fill(~valid[:, :, None, :], float("-inf"))
            w = torch.nan_to_num(torch.softmax(scores, dim=-1), nan=0.0)  # no slot at all: nothing attended
            o = torch.einsum("bqhk,bqkhd->bqhd", w, vals).reshape(b, q, cfg.dim)
            g = g + o @ self._t(f"l{i}.wo")
            m = torch.relu(self._norm(g, self._t(f"l{i}.norm_m")) @ self._t(f"l{i}.w1") + self._t(f"l{i}.b1"))
            g = g + (m @ self._t(f"l{i}.w2") + self._t(f"l{i}.b2"))
        return self._norm(g, self._t("out_norm")) @ self._t("out") + self._t("out_bias")


def chunks(rows: list[list[np.ndarray]], scales: tuple[int, ...], chunk_blocks: int) -> np.ndarray:
    """Token rows (per row of a frame: its tokens per scale, coarse first) -> (M, N) chunks of
    `chunk_blocks` blocks in coding order; a row's last, shorter chunk is padded with -1 (no
    token: never looked at, never predicted)."""
    q = [scales[0] // p for p in scales]
    out = []
    for row in rows:
        for a in range(0, len(row[0]), chunk_blocks):
            part = []
            for s in range(len(scales)):
                t = np.full(chunk_blocks * q[s], -1, dtype=np.int64)
                got = row[s][a * q[s]:(a + chunk_blocks) * q[s]]
                t[:len(got)] = got
                part.append(t)
            out.append(np.concatenate(part))
    if not out:
        raise DataError("no tokens to train a prior on")
    return np.stack(out)


def keyed_slots(st: Structure, x: torch.Tensor, v: int) -> torch.Tensor:
    slots = torch.tensor(st.slots)
    key = torch.where(x >= 0, torch.tensor(st.kind)[None] * v + x, torch.full((), -1, dtype=torch.long))
    return torch.where(slots[None] >= 0, key[:, slots.clamp(min=0)], torch.full((), -1, dtype=torch.long))


@dataclass
class PriorResult:
    module: PriorModule
    history: list[dict] = field(default_factory=list)
    best_epoch: int = 0
    seconds: float = 0.0


def evaluate(module: PriorModule, st: Structure, x: np.ndarray, batch: int = 256) -> float:
    """Mean cross-entropy in bits per token over chunks x (M, N)."""
    kind, rel, v = torch.tensor(st.kind), torch.tensor(st.rel), module.cfg.codebook_size
    total = 0.0
    with torch.no_grad():
        for a in range(0, len(x), batch):
            xb = torch.as_tensor(x[a:a + batch])
            logits = module(kind, keyed_slots(st, xb, v), rel)
            total += float(nn.functional.cross_entropy(logits.reshape(-1, v), xb.reshape(-1), reduction="sum",
                                                       ignore_index=-1))
    return total / max(1, int((x >= 0).sum())) / math.log(2)


def train(cfg: PriorConfig, train_chunks: np.ndarray, val_chunks: np.ndarray, chunk_blocks: int,
          epochs: int = 20, batch: int = 64, lr: float = 3e-3, seed: int = 0, progress: bool = True,
          max_steps_per_epoch: int | None = None) -> PriorResult:
    torch.manual_seed(seed)
    st = structure(cfg.scales, cfg.window, chunk_blocks)
    module = PriorModule(cfg, seed)
    opt = torch.optim.AdamW(module.parameters(), lr=lr, weight_decay=1e-4)
    rng = np.random.default_rng(seed)
    kind, rel, v = torch.tensor(st.kind), torch.tensor(st.rel), cfg.codebook_size
    steps = max(1, len(train_chunks) // batch)
    if max_steps_per_epoch:
        steps = min(steps, max_steps_per_epoch)
    total, step = epochs * steps, 0
    result = PriorResult(module)
    best, best_state, t0 = math.inf, None, time.perf_counter()
    for epoch in range(epochs):
        order = rng.permutation(len(train_chunks))
        module.train()
        run = 0.0
        bar = tqdm(range(steps), desc=f"prior epoch {epoch + 1}/{epochs}", disable=not progress, leave=False)
        for i in bar:
            for grp in opt.param_groups:  # cosine schedule to lr / 30
                grp["lr"] = lr / 30 + (lr - lr / 30) * 0.5 * (1 + math.cos(math.pi * step / total))
            xb = torch.as_tensor(train_chunks[order[i * batch:(i + 1) * batch]])
            logits = module(kind, keyed_slots(st, xb, v), rel)
            loss = nn.functional.cross_entropy(logits.reshape(-1, v), xb.reshape(-1), ignore_index=-1)
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(module.parameters(), 1.0)
            opt.step()
            run += float(loss.detach()) / math.log(2)
            step += 1
            bar.set_postfix(bits=f"{run / (i + 1):.3f}")
        module.eval()
        val = evaluate(module, st, val_chunks) if len(val_chunks) else run / steps
        result.history.append({"epoch": epoch + 1, "train_bits": run / steps, "val_bits": val})
        if progress:
            tqdm.write(f"prior epoch {epoch + 1:3d}  train {run / steps:.4f}  validation {val:.4f} bits/token")
        if val < best:
            best, result.best_epoch = val, epoch + 1
            best_state = {k: t.detach().clone() for k, t in module.state_dict().items()}
    if best_state is not None:
        module.load_state_dict(best_state)
    result.seconds = time.perf_counter() - t0
    return result


def freeze(module: PriorModule, model_id: str, info: dict | None = None) -> TokenPrior:
    """Float weights -> a TokenPrior of integers (matrices below 2^15, the rest below 2^30)."""
    ints = {}
    for name in tensor_shapes(module.cfg):
        w = module._t(name).detach().double().numpy()
        ints[name] = quantize(w, WEIGHT_BITS if is_matrix(name) else 30)
    return TokenPrior(module.cfg, model_id, ints, dict(info or {}))


def default_config(scales: tuple[int, ...], codebook_size: int, **kw) -> PriorConfig:
    cfg = PriorConfig(tuple(scales), codebook_size, **kw)
    cfg.check()
    return cfg


