"""The token prior (stampcodec.prior): slots, exact arithmetic, coding, files, sampling."""

from __future__ import annotations

import io

import numpy as np
import pytest
from helpers import cli, random_bundle, random_prior
from stampcodec import container
from stampcodec import prior as prior_io
from stampcodec.codec import Codec
from stampcodec.errors import BundleError, ConfigError, ContainerError
from stampcodec.prior import coding, exact, sample
from stampcodec.prior.bundle import from_bytes, to_bytes
from stampcodec.prior.model import frequencies, row_structure, slot_keys
from stampcodec.prior.structure import slot_count, structure

SMALL = dict(atom_length=16, n_atoms=16, encoder_hidden=8, scales=(4, 2, 1))


@pytest.fixture(scope="module")
def bundle():
    return random_bundle(seed=1, codebook_size=100, **SMALL)


@pytest.fixture(scope="module")
def prior(bundle):
    return random_prior(bundle, seed=3)


def _row(rng, blocks: int, v: int = 100) -> list[np.ndarray]:
    return [rng.integers(0, v, blocks * q) for q in (1, 2, 4)]


# --- which tokens a prediction looks at ----------------------------------------------------

@pytest.mark.parametrize("scales,window,blocks", [((4, 2, 1), 16, 9), ((8, 2, 1), 8, 3), ((4,), 4, 5), ((2, 1), 2, 1)])
def test_slots_look_only_at_earlier_tokens_within_the_window(scales, window, blocks):
    st = structure(scales, window, blocks)
    n = st.slots.shape[0]
    assert n == blocks * sum(scales[0] // p for p in scales) and st.slots.shape[1] == slot_count(scales, window)
    centre2 = np.concatenate([(2 * np.arange(st.offsets[s + 1] - st.offsets[s]) + 1) * p for s, p in enumerate(scales)])
    for t in range(n):
        used = st.slots[t][st.slots[t] >= 0]
        assert (used < t).all()  # coded before t
        assert len(set(used.tolist())) == len(used)
        assert (np.abs(centre2[used] - centre2[t]) <= 2 * window).all()
        s = st.scale[t]
        # every coarser token within the window, and the window's earlier tokens of its own scale
        coarser = [k for k in range(st.offsets[s]) if abs(centre2[k] - centre2[t]) <= 2 * window]
        own = [k for k in range(st.offsets[s], t) if centre2[t] - centre2[k] <= 2 * window]
        assert sorted(used.tolist()) == sorted(coarser + own)


# --- exact arithmetic ----------------------------------------------------------------------

def test_exp_is_accurate_and_zero_stays_one():
    z = -np.linspace(0, 60, 10001)
    np.testing.assert_allclose(exact.exp_neg(z), np.exp(z), rtol=1e-11)
    assert exact.exp_neg(np.zeros(1))[0] == 1.0
    assert (exact.exp_neg(np.array([-1e9, -np.inf])) > 0).all()


def test_tables_are_the_same_one_token_at_a_time_as_all_at_once(bundle, prior):
    """What makes decoding possible: the decoder's single-token calls give the encoder's batched
    tables to the bit (products of integers are exact in any order)."""
    rng = np.random.default_rng(0)
    row = _row(rng, 7)
    st = row_structure(prior.config, 7)
    tokens = np.concatenate(row)
    keyed = slot_keys(st, tokens, 100)
    whole = frequencies(prior.net.logits(st.kind, keyed, st.rel))
    for t in range(0, len(tokens), 5):
        one = frequencies(prior.net.logits(st.kind[t:t + 1], keyed[t:t + 1], st.rel[t:t + 1]))
        assert np.array_equal(one[0], whole[t])
    assert whole.min() >= 1 and whole.sum(axis=1).max() <= 1 << 16
    # and the tables are far from flat (a random prior has opinions)
    assert whole.max() > 5 * whole.sum(axis=1).min() / 100


def test_quantize_keeps_products_exact():
    w = np.random.default_rng(0).normal(size=(64, 64)) * 3
    ints, bits = exact.quantize(w, exact.WEIGHT_BITS)
    assert np.abs(ints).max() < 1 << exact.WEIGHT_BITS
    np.testing.assert_allclose(ints * 2.0 ** -bits, w, atol=2.0 ** -bits)


# --- segments --------------------------------------------------------------------------------

def test_segment_round_trip_with_rows_of_different_lengths(prior):
    rng = np.random.default_rng(1)
    rows = [_row(rng, 5), _row(rng, 2), _row(rng, 6)]
    for s in range(3):
        data = coding.encode_segment(prior, rows, s)
        back = coding.decode_segment(prior, data, [r[:s] for r in rows], s, [5, 2, 6])
        assert all(np.array_equal(b, r[s]) for b, r in zip(back, rows))


def test_damaged_segment_is_an_error_not_a_crash(prior):
    rng = np.random.default_rng(2)
    rows = [_row(rng, 6)]
    data = coding.encode_segment(prior, rows, 2)
    with pytest.raises(ValueError):
        coding.decode_segment(prior, data[:-2], [rows[0][:2]], 2, [6])
    with pytest.raises(ValueError):
        coding.decode_segment(prior, data + b"\0", [rows[0][:2]], 2, [6])


def test_segment_never_costs_much_more_than_the_adaptive_coder(prior):
    """Tokens the prior did not expect: the encoder falls back to the segment's counts (w = 0)."""
    from stampcodec import entropy

    rows = [[np.full(8, 3), np.full(16, 5), np.full(32, 7)]]
    assert len(coding.encode_segment(prior, rows, 2)) <= len(entropy.encode(rows[0][2], 100)) + 1


# --- files ------------------------------------------------------------------------------------

def test_codec_round_trip_matches_the_file_without_a_prior(bundle, prior):
    x = np.cumsum(np.random.default_rng(4).normal(size=(3000, 2)), axis=0)
    x[100:150, 1] = np.nan
    plain, coded = Codec(bundle, backend="numpy"), Codec(bundle, backend="numpy", prior=prior)
    a, b = plain.encode(x, frame_samples=1024, resample=[2, 1]), coded.encode(x, frame_samples=1024, resample=[2, 1])
    h = container.read_header(io.BytesIO(b), "b")
    assert h.prior_id == prior.prior_id and h.flags & container.FLAG_PRIOR
    assert np.array_equal(coded.decode(b), plain.decode(a), equal_nan=True)
    assert container.describe(io.BytesIO(b), "b", len(b))["prior_id"] == prior.prior_id
    with pytest.raises(ContainerError, match="needs that prior"):
        plain.decode(b)
    with pytest.raises(ContainerError, match="but the prior given is"):
        Codec(bundle, backend="numpy", prior=random_prior(bundle, seed=4)).decode(b)
    # a file without a prior decodes whether a prior is given or not
    assert np.array_equal(coded.decode(a), plain.decode(a), equal_nan=True)


def test_truncated_prior_file_decodes_its_coarse_scales(bundle, prior, tmp_path):
    x = np.cumsum(np.random.default_rng(5).normal(size=(2000, 1)), axis=0)
    coded = Codec(bundle, backend="numpy", prior=prior)
    (tmp_path / "p.stamp").write_bytes(to_bytes(prior))
    (tmp_path / "m.stamp").write_bytes(__import__("stampcodec.bundle", fromlist=["x"]).to_bytes(bundle))
    (tmp_path / "a.tok").write_bytes(coded.encode(x, resample=1))
    r = cli("truncate", tmp_path / "a.tok", "-o", tmp_path / "b.tok", "--scales", "1", "--quiet")
    assert r.returncode == 0, r.stderr
    full = coded.decode((tmp_path / "a.tok").read_bytes(), scales=1)
    assert np.array_equal(coded.decode((tmp_path / "b.tok").read_bytes()), full)


def test_prior_of_another_model_is_refused(prior):
    other = random_bundle(seed=2, codebook_size=100, **SMALL)
    with pytest.raises(ConfigError, match="predicts the tokens of model"):
        Codec(other, backend="numpy", prior=prior)


def test_prior_file_round_trip_and_damage(prior, tmp_path):
    blob = to_bytes(prior)
    back = from_bytes(blob)
    assert back.prior_id == prior.prior_id and back.config == prior.config
    bad = bytearray(blob)
    bad[-10] ^= 1
    with pytest.raises(BundleError, match="checksum"):
        from_bytes(bytes(bad))
    ints = dict(prior.ints)
    a, bits = ints["l0.wq"]
    ints["l0.wq"] = (a * 0 + (1 << 15), bits)  # a product could leave the exact range
    with pytest.raises(BundleError, match="limit 2\\^15"):
        to_bytes(type(prior)(prior.config, prior.model_id, ints))
    with pytest.raises(BundleError, match="not found"):
        prior_io.load(tmp_path / "none.stamp")
    from stampcodec import bundle as bundle_io

    with pytest.raises(BundleError, match="not a stampcodec-bundle"):
        bundle_io.from_bytes(blob)


# --- sampling -----------------------------------------------------------------------------------

def test_sampling_keeps_given_scales_and_repeats_with_a_seed(bundle, prior):
    rng = np.random.default_rng(0)
    given = [rng.integers(0, 100, (4, 3))]
    a = sample.sample_rows(prior, 4, 3, np.random.default_rng(7), given=given)
    b = sample.sample_rows(prior, 4, 3, np.random.default_rng(7), given=given)
    assert [t.shape for t in a] == [(4, 3), (4, 6), (4, 12)]
    assert np.array_equal(a[0], given[0]) and all(np.array_equal(x, y) for x, y in zip(a, b))
    assert all(t.min() >= 0 and t.max() < 100 for t in a)
    with pytest.raises(ConfigError, match="given scale 1"):
        sample.sample_rows(prior, 4, 3, rng, given=[given[0][:, :2]])
    codec = Codec(bundle, backend="numpy")
    w = sample.sample_windows(codec, prior, 5, 300, np.random.default_rng(1))
    assert w.shape == (5, 1, 300) and np.isfinite(w).all()


def test_sampling_follows_the_prior():
    """A prior that is sure of one token draws it (temperature sharpens, never flattens it away)."""
    b = random_bundle(seed=1, codebook_size=16, **SMALL)
    p = random_prior(b, seed=5)
    ints = dict(p.ints)
    bias = np.zeros(16, dtype=np.int32)
    bias[11] = 40 << 16  # logit 40 above the rest
    ints["out_bias"] = (bias, 16)
    ints["out"] = (ints["out"][0] * 0, 12)
    sure = type(p)(p.config, p.model_id, ints)
    drawn = sample.sample_rows(sure, 3, 2, np.random.default_rng(0), temperature=0.5)
    assert all((t == 11).all() for t in drawn)


def test_cli_encode_decode_sample_with_a_prior(bundle, prior, tmp_path):
    from stampcodec import bundle as bundle_io

    bundle_io.save(bundle, tmp_path / "m.stamp")
    prior_io.save(prior, tmp_path / "p.stamp")
    x = np.cumsum(np.random.default_rng(6).normal(size=(1500, 2)), axis=0)
    np.save(tmp_path / "x.npy", x)
    m, p = ["--model", tmp_path / "m.stamp"], ["--prior", tmp_path / "p.stamp"]
    r = cli("encode", tmp_path / "x.npy", "-o", tmp_path / "x.tok", *m, *p, "--quiet")
    assert r.returncode == 0, r.stderr
    r = cli("decode", tmp_path / "x.tok", "-o", tmp_path / "y.npy", *m, "--quiet")
    assert r.returncode == 1 and "needs that prior" in r.stderr and not (tmp_path / "y.npy").exists()
    r = cli("decode", tmp_path / "x.tok", "-o", tmp_path / "y.npy", *m, *p, "--quiet")
    assert r.returncode == 0, r.stderr
    assert np.array_equal(np.load(tmp_path / "y.npy"), Codec(bundle, backend="numpy", prior=prior).decode(
        (tmp_path / "x.tok").read_bytes()))
    r = cli("info", tmp_path / "x.tok")
    assert prior.prior_id in r.stdout
    r = cli("info", tmp_path / "p.stamp", "--json")
    assert r.returncode == 0 and f'"prior_id": "{prior.prior_id}"' in r.stdout
    r = cli("encode", tmp_path / "x.npy", "-o", tmp_path / "z.tok", *m, *p, "--no-entropy")
    assert r.returncode == 1 and "--prior" in r.stderr
    r = cli("sample", *p, *m, "-n", "3", "--length", "200", "-o", tmp_path / "s.npy", "--quiet")
    assert r.returncode == 0, r.stderr
    assert np.load(tmp_path / "s.npy").shape == (3, 1, 200)
    r = cli("tokens", tmp_path / "x.npy", "-o", tmp_path / "t.npz", *m, "--quiet")
    assert r.returncode == 0, r.stderr
    r = cli("sample", *p, *m, "--coarse", tmp_path / "t.npz", "-o", tmp_path / "c.npy", "--quiet")
    assert r.returncode == 0, r.stderr
    assert np.load(tmp_path / "c.npy").shape == (1500, 2)
    r = cli("sample", "--prior", tmp_path / "x.tok", *m, "-o", tmp_path / "q.npy")
    assert r.returncode == 1 and "q.npy" not in " ".join(str(f) for f in tmp_path.iterdir())


def test_onnx_graph_gives_the_reference_tables_and_files(bundle, prior, tmp_path):
    pytest.importorskip("onnxruntime")
    pytest.importorskip("onnx")
    from stampcodec.export.prior_onnx import check_prior_onnx, export_prior_onnx

    path = export_prior_onnx(prior, tmp_path)
    assert check_prior_onnx(prior, path)["tables_bit_exact"]
    x = np.cumsum(np.random.default_rng(8).normal(size=(2500, 2)), axis=0)
    ref = Codec(bundle, backend="numpy", prior=prior)
    via = Codec(bundle, backend="numpy", prior=prior, export_dir=tmp_path)
    assert via.prior.runner is not None
    blob = ref.encode(x, resample=[1, 2])
    assert via.encode(x, resample=[1, 2]) == blob
    assert np.array_equal(via.decode(blob), ref.decode(blob))
    with pytest.raises(BundleError, match="graph of prior"):
        Codec(bundle, backend="numpy", prior=random_prior(bundle, seed=9), export_dir=tmp_path)
