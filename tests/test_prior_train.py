"""Training a token prior with torch, freezing it, and the generative scores (the [train] extra)."""

from __future__ import annotations

import json

import numpy as np
import pytest
from helpers import cli

torch = pytest.importorskip("torch")

from stampcodec.codec import Codec
from stampcodec.datasets.sources import load_windows
from stampcodec.metrics.generative import discriminative_score, predictive_score
from stampcodec.prior import coding
from stampcodec.prior.rows import token_rows
from stampcodec.prior.structure import structure
from stampcodec.tokens import tokenize_windows
from stampcodec.train import prior as tp


def test_frozen_prior_costs_what_the_float_network_measured():
    """Integer weights and exact arithmetic lose almost nothing against the float32 network."""
    torch.set_num_threads(1)
    codec = Codec.load(backend="numpy")
    rows = token_rows(tokenize_windows(codec, load_windows("seqcomb:single:400", split="train").x))
    cfg = tp.default_config(codec.config.scales, codec.config.codebook_size, dim=16, heads=2, hidden=32, window=8)
    x = tp.chunks(rows, cfg.scales, 2)
    res = tp.train(cfg, x[40:], x[:40], 2, epochs=3, lr=1e-2, progress=False)
    assert res.history[-1]["train_bits"] < res.history[0]["train_bits"]  # it learns
    p = tp.freeze(res.module, codec.model_id)
    held = rows[:40]
    exact_bits = sum(coding.code_length(p, r, s) for r in held for s in range(3)) / sum(a.size for r in held for a in r)
    float_bits = tp.evaluate(res.module, structure(cfg.scales, cfg.window, 2), tp.chunks(held, cfg.scales, 2))
    assert abs(exact_bits - float_bits) < 0.01


def test_chunks_pad_short_rows_and_ignore_the_padding():
    rows = [[np.array([1, 2, 3]), np.arange(6), np.arange(12)]]
    x = tp.chunks(rows, (4, 2, 1), 2)
    assert x.shape == (2, 14) and (x[1] == -1).sum() == 7  # the second chunk holds one block of two
    module = tp.PriorModule(tp.default_config((4, 2, 1), 16, dim=8, heads=2, hidden=8, window=4))
    bits = tp.evaluate(module, structure((4, 2, 1), 4, 2), x)
    assert np.isfinite(bits)


def test_cli_prior_train_and_score(tmp_path):
    out = tmp_path / "p.stamp"
    r = cli("prior", "train", "seqcomb:single:200", "-o", out, "--epochs", "1", "--dim", "16", "--heads", "2",
            "--hidden", "16", "--window", "8", "--chunk", "2", "--quiet")
    assert r.returncode == 0, r.stderr
    r = cli("prior", "score", "seqcomb:single:200", "--prior", out)
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert 0 < d["bits_per_token"] < 10 and d["log2_v"] == 8 and len(d["per_scale"]) == 3
    r = cli("prior", "train", "seqcomb:single:200", "-o", out, "--epochs", "1", "--quiet")
    assert r.returncode == 1 and "exists" in r.stderr  # no silent overwrite
    r = cli("prior", "train", "seqcomb:single:200", "-o", tmp_path / "q.stamp", "--dim", "10", "--heads", "4")
    assert r.returncode == 1 and "prior configuration" in r.stderr and not (tmp_path / "q.stamp").exists()


def test_generative_scores_tell_different_from_alike():
    g = np.random.default_rng(0)
    t = np.arange(128)
    real = np.sin(t / 5 + g.uniform(0, 6, (400, 1, 1))) + 0.1 * g.normal(size=(400, 1, 128))
    alike = np.sin(t / 5 + g.uniform(0, 6, (400, 1, 1))) + 0.1 * g.normal(size=(400, 1, 128))
    noise = g.normal(size=(400, 1, 128))
    assert discriminative_score(real, noise, steps=150) > 0.4
    assert discriminative_score(real, alike, steps=150) < 0.15
    assert predictive_score(real, alike, steps=150) < predictive_score(real, noise, steps=150)
