"""Tokens for models (stampcodec.tokens, `stampcodec tokens`): the file's tokens as arrays,
their positions and gaps, the .npz and its checks, windowed batches."""

from __future__ import annotations


import numpy as np
import pytest

from helpers import cli, random_bundle
from stampcodec import container
from stampcodec.codec import Codec
from stampcodec.errors import ConfigError, ContainerError
from stampcodec.tokens import Tokens, detokenize_windows, tokenize_windows


@pytest.fixture(scope="module")
def default() -> Codec:
    return Codec.load(backend="numpy")


def _walk(shape, seed=0) -> np.ndarray:
    return np.cumsum(np.random.default_rng(seed).normal(size=shape), axis=0)


def _file_tokens(blob: bytes) -> list[np.ndarray]:
    h, frames = container.split(blob, "x")
    rows = [container.parse_frame_rows(raw, h, i, "x")[0] for i, raw in enumerate(frames)]
    return [np.concatenate([np.stack(r[s]) for r in rows], axis=1) for s in range(len(h.scales))]


@pytest.mark.parametrize("model,factor", [("default", 1), ("default", 2.5), ("joint", 3)])
def test_tokens_are_the_token_files_and_decode_alike(default, model, factor):
    codec = default if model == "default" else Codec(random_bundle(mode="joint", channels=3, codebook_size=64),
                                                     backend="numpy")
    x = _walk((37000, 3), seed=1)
    x[5000:5400, 1] = np.nan
    tok = codec.tokenize(x, resample=factor, frame_samples=8192)
    blob = codec.encode(x, resample=factor, frame_samples=8192)
    assert all(np.array_equal(a, b) for a, b in zip(tok.ids, _file_tokens(blob)))
    y, d = codec.detokenize(tok), codec.decode(blob)
    assert np.array_equal(np.isnan(y), np.isnan(x)) and np.allclose(y, d, equal_nan=True, rtol=0, atol=1e-9)
    assert np.nanmax(np.abs(y[:, :2] - codec.detokenize(tok, scales=1)[:, :2])) > 0  # coarse preview differs


def test_positions_and_missing_cells(default):
    x = _walk((20000, 2), seed=2)
    x[1024:2048, 0] = np.nan  # 8 cells of the coarsest scale (128 samples), 32 of the finest
    tok = default.tokenize(x, frame_samples=16384)
    cell = [tok.hop * s for s in tok.scales]
    assert cell == [128, 64, 32]
    for s in range(3):
        pos = tok.positions(s)
        assert pos.shape == (tok.ids[s].shape[1],)
        assert pos[1] - pos[0] == cell[s] and pos[tok.frame_tokens(s)[0]] == 16384  # frame 2 starts anew
        gone = tok.missing[s][0, (pos >= 1024) & (pos + cell[s] <= 2048)]
        assert gone.all() and tok.missing[s][0].sum() == gone.size + (pos >= 20000).sum()  # and frame padding
        assert not tok.missing[s][1, pos < 20000].any()
    assert tok.gaps.tolist() == [[0, 1024, 2048]]


def test_npz_round_trip_and_checks(default, tmp_path):
    x = _walk((9000, 2), seed=3)
    tok = default.tokenize(x, columns=["a", "b"])
    tok.save(tmp_path / "t.npz")
    back = Tokens.load(tmp_path / "t.npz")
    assert back.columns == ["a", "b"] and all(np.array_equal(a, b) for a, b in zip(back.ids, tok.ids))
    assert np.array_equal(default.detokenize(back), default.detokenize(tok))
    arrays = dict(np.load(tmp_path / "t.npz"))
    for change, match in ((dict(ids_1=arrays["ids_1"][:, :-1]), "scale 1"), (dict(version=np.int64(9)), "version"),
                          (dict(gaps=np.array([[5, 0, 3]])), "gaps"), (dict(factor=np.float64(0.3)), "factor")):
        np.savez(tmp_path / "bad.npz", **{**arrays, **change})
        with pytest.raises(ContainerError, match=match):
            Tokens.load(tmp_path / "bad.npz")
    np.savez(tmp_path / "obj.npz", **{**arrays, "columns": np.array([{"x": 1}, None], dtype=object)})
    with pytest.raises(ContainerError, match="not a tokens .npz"):  # never unpickled
        Tokens.load(tmp_path / "obj.npz")
    big = Tokens.load(tmp_path / "t.npz")
    big.ids[0] = big.ids[0] + 256
    with pytest.raises(ConfigError, match="outside the codebook"):
        default.detokenize(big)
    other = Codec(random_bundle(), backend="numpy")
    with pytest.raises(ConfigError, match="from model"):
        other.detokenize(tok)


def test_windows_are_deterministic_and_independent_of_batching(default):
    g = np.random.default_rng(4)
    w = np.cumsum(g.normal(size=(12, 2, 1000)), axis=2) * 5 + 100
    w[3, 1, 200:260] = np.nan
    a = tokenize_windows(default, w)
    b = tokenize_windows(default, w, batch=5)
    assert all(np.array_equal(p, q) for p, q in zip(a.ids, b.ids))
    assert [t.shape for t in a.ids] == [(12, 2, 8), (12, 2, 16), (12, 2, 32)]  # 1000 -> 1024 samples
    y = detokenize_windows(default, a)
    ok = np.isfinite(w)
    assert y.shape == w.shape and np.mean((y - w)[ok] ** 2) / np.var(w[ok]) < 0.05
    with pytest.raises(ConfigError, match=r"\(N, C, T\)"):
        tokenize_windows(default, w[0])


def test_cli_round_trip(tmp_path):
    rows = ["time,x,y"] + [f"{i / 50:.2f},{np.sin(i / 30):.4f}," + ("" if 300 <= i < 340 else f"{np.cos(i / 7):.4f}")
                           for i in range(4000)]
    (tmp_path / "in.csv").write_text("\n".join(rows) + "\n")
    r = cli("tokens", tmp_path / "in.csv", "-o", tmp_path / "t.npz", "--resample", "2")
    assert r.returncode == 0, r.stderr
    tok = Tokens.load(tmp_path / "t.npz")
    assert tok.columns == ["x", "y"] and tok.factor == 2 and tok.sample_rate == pytest.approx(50)
    r = cli("tokens", tmp_path / "t.npz", "-o", tmp_path / "out.csv")
    assert r.returncode == 0, r.stderr
    out = (tmp_path / "out.csv").read_text().splitlines()
    assert out[0] == "x,y" and len(out) == 4001 and out[301].endswith(",nan")
    r = cli("tokens", tmp_path / "in.csv", "-o", tmp_path / "t.csv")
    assert r.returncode == 1 and ".npz" in r.stderr and not (tmp_path / "t.csv").exists()
    r = cli("info", tmp_path / "t.npz", "--json")
    assert r.returncode == 0 and __import__("json").loads(r.stdout)["tokens"] == [t.size for t in tok.ids]
    (tmp_path / "junk.npz").write_bytes(b"PK\x03\x04 not really")
    r = cli("info", tmp_path / "junk.npz")
    assert r.returncode == 1 and "not a tokens .npz" in r.stderr
    r = cli("tokens", tmp_path / "junk.npz", "-o", tmp_path / "j.csv")
    assert r.returncode == 1 and "not a tokens .npz" in r.stderr and not (tmp_path / "j.csv").exists()
