"""Motif tokens (stampcodec.motifs, `stampcodec bpe fit`): lossless merges within frames, rows
and scales; both streams; files checked; the CLI."""

from __future__ import annotations

import json

import numpy as np
import pytest

pytest.importorskip("hypothesis", reason="property tests need the [test] extra (hypothesis)")
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from helpers import cli, random_bundle  # noqa: E402
from stampcodec import motifs  # noqa: E402
from stampcodec.codec import Codec  # noqa: E402
from stampcodec.errors import ConfigError, ContainerError  # noqa: E402
from stampcodec.motifs import Motifs  # noqa: E402
from stampcodec.tokens import Tokens, tokenize_windows  # noqa: E402


@given(st.lists(st.lists(st.integers(0, 4), max_size=40), min_size=1, max_size=6), st.integers(0, 30))
@settings(max_examples=200, deadline=None)
def test_merges_are_lossless_and_never_cross_sequences(seqs, extra):
    arrays = [np.array(s, dtype=np.int64) for s in seqs]
    merges, counts = motifs.fit(arrays, 5, 5 + extra)
    assert len(merges) <= extra and all(c >= 2 for c in counts)
    lengths = Motifs(5, merges).lengths()
    for s in arrays:
        m = motifs.apply(s, merges, 5)
        assert np.array_equal(motifs.expand(m, merges, 5), s)
        assert lengths[m].sum() == len(s)  # a symbol never spans two sequences


def test_runs_merge_left_to_right():
    assert motifs._replace(np.array([1, 1, 1, 1, 1]), 1, 1, 9).tolist() == [9, 9, 1]
    assert motifs._replace(np.array([2, 1, 1, 1, 2, 1, 1]), 1, 1, 9).tolist() == [2, 9, 1, 2, 9]
    merges, _ = motifs.fit([np.array([3, 4] * 10)], 5, 7)
    assert merges[0] == (3, 4) and merges[1] == (5, 5)  # then pairs of the first motif


@pytest.fixture(scope="module")
def codec() -> Codec:
    return Codec.load(backend="numpy")


@pytest.mark.parametrize("stream", motifs.STREAMS)
def test_tokens_round_trip_through_motifs(codec, stream):
    x = np.sin(np.arange(30000) / 40.0)[:, None] * [1, 2] + np.random.default_rng(0).normal(0, 0.01, (30000, 2))
    tok = codec.tokenize(x, frame_samples=8192)
    m = motifs.learn([tok], 600, 256, stream)
    assert m.vocab <= 600 and m.merges
    tok2 = codec.tokenize(x, frame_samples=8192, motifs=m)
    assert len(tok2.motifs) == tok.n_frames * 2 * (3 if stream == "scales" else 1)
    assert sum(len(s) for s in tok2.motifs) < sum(t.size for t in tok.ids) / 3  # a smooth signal: long motifs
    assert all(np.array_equal(a, b) for a, b in zip(m.decode(tok2.motifs, tok), tok.ids))


def test_windows_and_files(codec, tmp_path):
    g = np.random.default_rng(1)
    w = np.cumsum(g.normal(size=(20, 2, 512)), axis=2)
    wt = tokenize_windows(codec, w)
    m = motifs.learn([wt], 400, 256, "interleaved")
    assert len(m.window_sequences(wt)) == 40
    m.save(tmp_path / "m.json")
    back = Motifs.load(tmp_path / "m.json")
    assert back.merges == m.merges and back.stream == "interleaved" and back.model_id == codec.model_id
    d = json.loads((tmp_path / "m.json").read_text())
    for change in ({"merges": [[0, 999]]}, {"base": -1}, {"format": "x"}, {"stream": "zigzag"}):
        (tmp_path / "bad.json").write_text(json.dumps({**d, **change}))
        with pytest.raises(ContainerError):
            Motifs.load(tmp_path / "bad.json")
    (tmp_path / "deep.json").write_text("[" * 100000)
    with pytest.raises(ContainerError):
        Motifs.load(tmp_path / "deep.json")
    other = Codec(random_bundle(), backend="numpy")
    with pytest.raises(ConfigError, match="model"):
        m.encode(other.tokenize(w[0].T))
    with pytest.raises(ContainerError, match="outside the vocabulary"):
        motifs.expand(np.array([m.vocab]), m.merges, m.base)


def test_cli_fit_and_apply(tmp_path):
    x = np.sin(np.arange(40000) / 30.0)[:, None] + np.random.default_rng(2).normal(0, 0.02, (40000, 1))
    np.save(tmp_path / "x.npy", x)
    r = cli("bpe", "fit", tmp_path / "x.npy", "-o", tmp_path / "m.json", "--vocab", "500")
    assert r.returncode == 0, r.stderr
    assert "motifs" in r.stderr and Motifs.load(tmp_path / "m.json").vocab <= 500
    r = cli("tokens", tmp_path / "x.npy", "-o", tmp_path / "t.npz", "--motifs", tmp_path / "m.json")
    assert r.returncode == 0, r.stderr
    tok = Tokens.load(tmp_path / "t.npz")
    m = Motifs.load(tmp_path / "m.json")
    assert all(np.array_equal(a, b) for a, b in zip(m.decode(tok.motifs, tok), tok.ids))
    r = cli("info", tmp_path / "m.json")
    assert r.returncode == 0 and "motifs" in r.stdout and "longest" in r.stdout
    r = cli("bpe", "fit", tmp_path / "x.npy", "-o", tmp_path / "m2.json", "--vocab", "10")
    assert r.returncode == 1 and "smaller than the codebook" in r.stderr and not (tmp_path / "m2.json").exists()


def test_conditional_decoding_lowers_held_out_error(codec, tmp_path):
    from stampcodec import conditional

    t = np.arange(120000)
    x = (np.sin(t / 70.0) + 0.3 * np.sign(np.sin(t / 23.0)))[:, None] + np.random.default_rng(3).normal(0, 0.01, (120000, 1))
    train, held = x[:90000], x[90000:]
    cd = conditional.fit(codec, [train])
    assert len(cd.pairs) and (cd.counts >= 8).all()
    tok = codec.tokenize(held)
    before = np.mean((held - codec.detokenize(tok)) ** 2)
    after = np.mean((held - conditional.decode(codec, tok, cd)) ** 2)
    assert after < before  # held out: lower (3% here)
    tok = codec.tokenize(train)  # where it was fitted, the least-squares means can only lower the error
    assert np.mean((train - conditional.decode(codec, tok, cd)) ** 2) < np.mean((train - codec.detokenize(tok)) ** 2)
    tok = codec.tokenize(held)
    cd.save(tmp_path / "cd.npz")
    back = conditional.ConditionalDecoding.load(tmp_path / "cd.npz")
    assert np.array_equal(conditional.decode(codec, tok, back), conditional.decode(codec, tok, cd))
    gap = held.copy()
    gap[100:200] = np.nan
    assert np.isnan(conditional.decode(codec, codec.tokenize(gap), cd)[100:200]).all()
    with pytest.raises(ConfigError, match="without gaps"):
        conditional.fit(codec, [gap])
    with pytest.raises(ConfigError, match="independent"):
        conditional.fit(Codec(random_bundle(mode="joint", channels=2, codebook_size=32), backend="numpy"), [x[:, [0, 0]]])
