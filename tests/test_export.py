"""ONNX and TFLite exports, run in their real runtimes (ONNX Runtime, LiteRT, and tflite-runtime
2.14 in its own numpy<2 environment) and compared with the numpy reference."""

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

onnx = pytest.importorskip("onnx")  # the [export] extra is part of [test]; CI has it

from stampcodec.cli import main  # noqa: E402
from stampcodec.codec import Codec  # noqa: E402
from stampcodec.csvio import read_csv  # noqa: E402
from stampcodec.datasets.seqcomb import generate  # noqa: E402
from stampcodec.runtime import NumpyDecoder, NumpyEncoder  # noqa: E402
from stampcodec.runtime.backends import DECODERS, Options  # noqa: E402
from stampcodec.runtime.exported import MANIFEST, OnnxRows, TfliteRows, _tflite_interpreter  # noqa: E402

pytestmark = pytest.mark.slow
ROOT = Path(__file__).parents[1]
DATA = ROOT / "tests" / "data"


@pytest.fixture(scope="module")
def prior_file(tmp_path_factory):
    from helpers import random_prior

    from stampcodec import prior as prior_io

    path = tmp_path_factory.mktemp("prior") / "prior.stamp"
    prior_io.save(random_prior(Codec.load(backend="numpy").bundle, seed=2), path)
    return path


@pytest.fixture(scope="module")
def exported(tmp_path_factory, prior_file):
    out = tmp_path_factory.mktemp("exported")
    assert main(["export", "--format", "onnx", "-o", str(out), "--prior", str(prior_file)]) == 0
    assert main(["export", "--format", "tflite", "-o", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def bundle():
    return Codec.load(backend="numpy").bundle


def _rows(kind):
    if kind == "seqcomb":
        return generate("single", 2000, length=256).test.x.reshape(-1, 1, 256)[:100].astype(np.float32)
    x = read_csv(DATA / "gait_holdout.csv").data
    z = (x - x.mean(0)) / x.std(0)
    return z[:1280].T[:, None, :].astype(np.float32)  # 9 rows of 10 blocks


def test_onnx_files_are_self_contained_and_tagged(exported, bundle):
    for name in ("decoder.onnx", "encoder.onnx"):
        m = onnx.load(str(exported / name))
        onnx.checker.check_model(m, full_check=True)
        props = {p.key: p.value for p in m.metadata_props}
        assert props["model_id"] == bundle.model_id and props["format_version"] == "1"
        assert max(o.version for o in m.opset_import if o.domain in ("", "ai.onnx")) >= 17
        assert not any(t.data_location == onnx.TensorProto.EXTERNAL for t in m.graph.initializer)
    assert sorted(p.name for p in exported.iterdir() if not p.name.endswith((".onnx", ".tflite", ".json"))) == []


@pytest.mark.parametrize("kind", ["seqcomb", "gait"])
def test_onnx_encoder_and_decoder_match_reference(exported, bundle, kind):
    rows = _rows(kind)
    runner = OnnxRows(bundle, Options(exported))
    ref_tokens = NumpyEncoder(bundle).encode_rows(rows)
    got = runner.encode_rows(rows)
    assert all(np.array_equal(a, b) for a, b in zip(ref_tokens, got))
    ref = NumpyDecoder(bundle).decode_rows(ref_tokens, rows.shape[-1])
    assert np.abs(runner.decode_rows(ref_tokens, rows.shape[-1]) - ref).max() < 1e-5
    # a second token count through the same graph: the shapes really are dynamic
    short = [t[:3, : t.shape[1] // 2] for t in ref_tokens]
    n = rows.shape[-1] // 2
    assert np.abs(runner.decode_rows(short, n) - NumpyDecoder(bundle).decode_rows(short, n)).max() < 1e-5


@pytest.mark.parametrize("variant,bound", [("f32", 1e-5), ("f16", 3e-3), ("int8", 0.1)])
def test_tflite_decoder_in_litert(exported, bundle, variant, bound):
    """Documented bounds (docs/EXPORT.md), normalized units: f32 1e-5; float16 weights 3e-3;
    int8 weights 0.1 max (and rms below 0.03)."""
    for kind in ("seqcomb", "gait"):
        rows = _rows(kind)
        tokens = NumpyEncoder(bundle).encode_rows(rows)
        ref = NumpyDecoder(bundle).decode_rows(tokens, rows.shape[-1])
        err = TfliteRows(bundle, Options(exported, variant)).decode_rows(tokens, rows.shape[-1]) - ref
        assert np.abs(err).max() < bound, (kind, np.abs(err).max())
        if variant == "int8":
            assert np.sqrt((err ** 2).mean()) < 0.03


def test_tflite_encoder_fixed_frame(exported, bundle):
    doc = json.loads((exported / MANIFEST).read_text())
    it = _tflite_interpreter(exported / doc["files"]["tflite_encoder_f32"])
    run = it.get_signature_runner()
    x = _rows("gait")[:1, :, :1024]
    out = run(args_0=x)
    ref = NumpyEncoder(bundle).encode_rows(x)
    for i, r in enumerate(ref):
        assert np.array_equal(out[f"output_{i}"].astype(np.int64), r)


@pytest.mark.parametrize("backend", [b for b in DECODERS if b != "numpy"])
def test_every_decoder_backend_agrees_with_numpy(exported, tmp_path, backend):
    """The one backend-parity check: every registered decoder, through the CLI, on one file."""
    tok = tmp_path / "t.tok"
    assert main(["encode", str(DATA / "ecg_holdout.csv"), "-o", str(tok), "--quiet", "--frame-samples", "1024"]) == 0
    assert main(["decode", str(tok), "-o", str(tmp_path / "ref.npy"), "--backend", "numpy", "--quiet"]) == 0
    assert main(["decode", str(tok), "-o", str(tmp_path / "b.npy"), "--backend", backend, "--export-dir", str(exported),
                 "--quiet"]) == 0
    a, b = np.load(tmp_path / "ref.npy"), np.load(tmp_path / "b.npy")
    assert np.abs(a - b).max() / a.std() < 1e-5


def test_cli_encode_with_onnx_is_byte_identical(exported, tmp_path):
    src = str(DATA / "gait_holdout.csv")
    assert main(["encode", src, "-o", str(tmp_path / "a.tok"), "--quiet"]) == 0
    assert main(["encode", src, "-o", str(tmp_path / "b.tok"), "--quiet", "--backend", "onnx", "--export-dir", str(exported)]) == 0
    assert (tmp_path / "a.tok").read_bytes() == (tmp_path / "b.tok").read_bytes()


def test_cli_prior_through_onnx_gives_the_same_file(exported, prior_file, tmp_path):
    """encode and decode --prior with the exported prior.onnx computing the tables: the file is
    the numpy reference's, byte for byte, and decodes alike."""
    src, p = str(DATA / "gait_holdout.csv"), ["--prior", str(prior_file)]
    assert json.loads((exported / MANIFEST).read_text())["checked_onnx"]["prior"]["tables_bit_exact"] is True
    assert main(["encode", src, "-o", str(tmp_path / "a.tok"), "--quiet", "--frame-samples", "2048", *p]) == 0
    assert main(["encode", src, "-o", str(tmp_path / "b.tok"), "--quiet", "--frame-samples", "2048", *p,
                 "--backend", "onnx", "--export-dir", str(exported)]) == 0
    assert (tmp_path / "a.tok").read_bytes() == (tmp_path / "b.tok").read_bytes()
    assert main(["decode", str(tmp_path / "a.tok"), "-o", str(tmp_path / "a.npy"), "--quiet", *p]) == 0
    assert main(["decode", str(tmp_path / "a.tok"), "-o", str(tmp_path / "b.npy"), "--quiet", *p, "--backend", "onnx",
                 "--export-dir", str(exported)]) == 0
    a, b = np.load(tmp_path / "a.npy"), np.load(tmp_path / "b.npy")
    assert np.abs(a - b).max() / a.std() < 1e-5  # same tokens; the ONNX decoder sums them in float32


def test_missing_runtime_is_a_clear_error(exported, tmp_path):
    code = ("import sys; sys.modules['onnxruntime'] = None\n"
            "from stampcodec.cli import main\n"
            f"sys.exit(main(['decode', {str(tmp_path / 'x')!r}, '-o', {str(tmp_path / 'y.csv')!r}, '--backend', 'onnx', "
            f"'--export-dir', {str(exported)!r}]))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 1 and "pip install 'stampcodec[onnx]'" in r.stderr


def test_wrong_model_export_refused(exported, tmp_path):
    from helpers import random_bundle

    with pytest.raises(Exception, match="exported from model"):
        Codec(random_bundle(), backend="onnx", export_dir=exported)


def test_tflite_runtime_214_in_numpy1_env(exported, bundle, tmp_path):
    """tflite-runtime 2.14 needs numpy < 2: a separate venv runs the float32 decoder graph on
    chunks from here and must reproduce LiteRT's output exactly."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "numpy<2", "tflite-runtime==2.14.0"],
                         capture_output=True, text=True)
    assert pip.returncode == 0, pip.stderr[-2000:]
    rng = np.random.default_rng(0)
    q = [1, 2, 4]
    feed = {f"args_{i}": rng.integers(0, 256, 8 * qi).astype(np.int32) for i, qi in enumerate(q)}
    feed.update({f"args_{3 + i}": np.ones(8 * qi, np.float32) for i, qi in enumerate(q)})
    np.savez(tmp_path / "feed.npz", **feed)
    ref = _tflite_interpreter(exported / "decoder_f32.tflite").get_signature_runner()(**feed)
    script = (
        "import sys, numpy as np\n"
        "from tflite_runtime.interpreter import Interpreter\n"
        "it = Interpreter(model_path=sys.argv[1]); it.allocate_tensors()\n"
        "feed = dict(np.load(sys.argv[2]))\n"
        "out = it.get_signature_runner()(**feed)\n"
        "np.savez(sys.argv[3], **out)\n"
        "print(np.__version__)\n")
    r = subprocess.run([str(venv / "bin" / "python"), "-c", script, str(exported / "decoder_f32.tflite"),
                        str(tmp_path / "feed.npz"), str(tmp_path / "out.npz")], capture_output=True, text=True,
                       env={**os.environ, "PYTHONPATH": ""})
    assert r.returncode == 0, r.stderr[-2000:]
    assert r.stdout.strip().startswith("1.")
    out = np.load(tmp_path / "out.npz")
    for k, v in ref.items():
        assert np.abs(out[k] - v).max() < 1e-6
