"""The Python API: round trips, edge cases, missing samples, streaming frames, verify()."""

import numpy as np
import pytest
pytest.importorskip("hypothesis", reason="property tests need the [test] extra (hypothesis)")
from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

from stampcodec import ConfigError, DataError, verify
from stampcodec.codec import Codec

from helpers import random_bundle


def walk(t, c, seed=0):
    g = np.random.default_rng(seed)
    return np.cumsum(g.normal(size=(t, c)), axis=0) + 10.0


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(t=st.integers(1, 900), c=st.integers(1, 4), frame=st.sampled_from([128, 256, 16384]),
       seed=st.integers(0, 2 ** 16), nan_p=st.sampled_from([0.0, 0.05, 0.5, 1.0]))
def test_roundtrip_property(rand_codec, t, c, frame, seed, nan_p):
    g = np.random.default_rng(seed)
    x = walk(t, c, seed)
    x[g.random((t, c)) < nan_p] = np.nan
    blob = rand_codec.encode(x, frame_samples=frame)
    y = rand_codec.decode(blob)
    assert y.shape == (t, c)
    assert np.array_equal(np.isnan(y), np.isnan(x))
    assert np.isfinite(y[~np.isnan(x)]).all()
    # frames are independent: decoding the same tokens twice is bit-identical
    assert np.array_equal(rand_codec.decode(blob), y, equal_nan=True)


def test_constant_channels_come_back_exactly(rand_codec):
    x = np.column_stack([np.full(500, 3.25), np.zeros(500), walk(500, 1)[:, 0]])
    y = rand_codec.decode(rand_codec.encode(x))
    assert np.array_equal(y[:, :2], x[:, :2])


@pytest.mark.parametrize("t", [1, 2, 31, 33, 127, 129, 16383, 16385])
def test_lengths_that_are_not_whole_blocks(rand_codec, t):
    x = walk(t, 2)
    y = rand_codec.decode(rand_codec.encode(x))
    assert y.shape == x.shape


def test_all_missing_channel(rand_codec):
    x = walk(300, 2)
    x[:, 1] = np.nan
    y = rand_codec.decode(rand_codec.encode(x))
    assert np.isnan(y[:, 1]).all() and np.isfinite(y[:, 0]).all()


def test_frame_size_only_changes_frame_edges(rand_codec):
    """Frames are independent signals: with one frame or many, samples far from frame edges
    decode alike (the default frame is long so edges are rare)."""
    x = walk(1024, 1)
    one = rand_codec.decode(rand_codec.encode(x, resample=1))
    many = rand_codec.decode(rand_codec.encode(x, frame_samples=512, resample=1))
    assert np.allclose(one[:400], many[:400])


def test_one_d_input_and_columns(rand_codec):
    blob = rand_codec.encode(walk(200, 1)[:, 0], columns=["ecg"])
    assert rand_codec.decode(blob).shape == (200,)  # 1-D in, 1-D out


def test_coarse_preview_differs_and_has_same_shape(rand_codec):
    blob = rand_codec.encode(walk(600, 2))
    full, coarse = rand_codec.decode(blob), rand_codec.decode(blob, scales=1)
    assert coarse.shape == full.shape and not np.allclose(coarse, full)
    with pytest.raises(ConfigError, match="between 1 and 3"):
        rand_codec.decode(blob, scales=4)


@pytest.mark.parametrize("bad,msg", [
    (np.array([[1.0, np.inf]] * 3), "row 1, column 2 .*infinite"),
    (np.zeros((0, 2)), "no samples"),
    (np.zeros((4, 2, 2)), "expected a 1-D"),
    (np.array(["a", "b"]), "not a real number type"),
    (np.array([1 + 2j]), "not a real number type"),
])
def test_bad_arrays(rand_codec, bad, msg):
    with pytest.raises(DataError, match=msg):
        rand_codec.encode(bad)


def test_joint_model_needs_its_channel_count():
    codec = Codec(random_bundle(mode="joint", channels=3))
    y = codec.decode(codec.encode(walk(300, 3)))
    assert y.shape == (300, 3)
    with pytest.raises(DataError, match="exactly 3"):
        codec.encode(walk(300, 2))


def test_verify_reports_errors_and_rate(rand_codec):
    x = walk(1000, 2)
    blob = rand_codec.encode(x)
    y = rand_codec.decode(blob)
    v = verify(x, y, blob)
    err = x - y
    assert v.mse == pytest.approx((err ** 2).mean())
    assert v.max_abs == pytest.approx(np.abs(err).max())
    assert v.psnr == pytest.approx(20 * np.log10(x.max() - x.min()) - 10 * np.log10(v.mse))
    assert v.bpt == pytest.approx(8 * len(blob) / 2000)
    assert verify(x, x).mse == 0 and verify(x, x).bpt is None


def test_erf_fallback_matches_scipy():
    special = pytest.importorskip("scipy.special")
    from stampcodec.runtime.activations import erf_python

    x = np.linspace(-8, 8, 2001)
    assert np.abs(erf_python(x) - special.erf(x)).max() < 1e-15


def test_transposed_arrays_are_refused_unless_the_time_axis_is_given(rand_codec):
    x = walk(600, 3)
    with pytest.raises(ConfigError, match="more channels than samples.*time_axis=1"):
        rand_codec.encode(x.T)
    y = rand_codec.decode(rand_codec.encode(x.T, time_axis=1))
    assert y.shape == (3, 600)  # given (C, T), given back (C, T)
    assert np.array_equal(y, rand_codec.decode(rand_codec.encode(x)).T)


def test_token_files_do_not_depend_on_blas_threads(tmp_path):
    """The same bytes whatever the BLAS thread count (each count in its own process, as the
    environment variables act only when numpy loads)."""
    import os
    import subprocess
    import sys

    np.save(tmp_path / "x.npy", np.cumsum(np.random.default_rng(3).normal(size=(50000, 3)), axis=0))
    code = ("import sys, numpy as np; from stampcodec.codec import Codec; "
            "sys.stdout.buffer.write(Codec.load().encode(np.load(sys.argv[1])))")
    out = []
    for n in ("1", "2", "4"):
        env = dict(os.environ, OPENBLAS_NUM_THREADS=n, OMP_NUM_THREADS=n, MKL_NUM_THREADS=n)
        out.append(subprocess.run([sys.executable, "-c", code, str(tmp_path / "x.npy")], env=env,
                                  capture_output=True, check=True).stdout)
    assert out[0] and out[0] == out[1] == out[2]
