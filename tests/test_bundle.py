import numpy as np
import pytest

from stampcodec import BundleError, StampConfig
from stampcodec import bundle as bundle_io

torch = pytest.importorskip("torch")

from stampcodec.train.model import StampModel  # noqa: E402


@pytest.fixture
def model():
    torch.manual_seed(0)
    return StampModel(StampConfig(mode="joint", channels=2, n_atoms=32, codebook_size=64)).eval()


@pytest.fixture
def path(model, tmp_path):
    p = tmp_path / "m.stamp"
    bundle_io.save(model.to_bundle({"data": "unit test"}), p)
    return p


def test_save_load_gives_identical_outputs(model, path):
    loaded = StampModel.from_bundle(bundle_io.load(path))
    x = torch.randn(3, 2, 300)
    with torch.no_grad():
        r1, t1, _, _ = model(x)
        r2, t2, _, _ = loaded(x)
    assert all(torch.equal(a, b) for a, b in zip(t1, t2))
    assert torch.equal(r1, r2)
    assert bundle_io.load(path).info["data"] == "unit test"


def test_model_id_binds_the_tables(model):
    b = model.to_bundle()
    other = dict(b.tensors)
    other["codebook"] = other["codebook"].copy()
    other["codebook"][0, 0] += 1e-3
    assert bundle_io.Bundle(b.config, other).model_id != b.model_id
    assert len(b.model_id) == 16


def test_readable_by_the_safetensors_library(path):
    st = pytest.importorskip("safetensors.numpy")
    t = st.load_file(str(path))
    assert t["codebook"].shape == (64, 32)


@pytest.mark.parametrize("where", ["data", "header", "length"])
def test_bit_flips_are_rejected(path, where):
    blob = bytearray(path.read_bytes())
    pos = {"data": len(blob) - 100, "header": 40, "length": 3}[where]
    blob[pos] ^= 0x10
    path.write_bytes(bytes(blob))
    with pytest.raises(BundleError, match=str(path)):
        bundle_io.load(path)


@pytest.mark.parametrize("keep", [0, 5, 20, 1000, -1])
def test_truncated_bundles_are_rejected(path, keep):
    blob = path.read_bytes()
    path.write_bytes(blob[:keep])
    with pytest.raises(BundleError, match="truncated|not a stampcodec|corrupt"):
        bundle_io.load(path)


def test_other_version_other_format_and_missing_file(model, tmp_path):
    from stampcodec import tensorfile

    b = model.to_bundle()
    meta = {"format": "stampcodec-bundle", "format_version": "99", "config": b.config.to_json(), "model_id": b.model_id}
    (tmp_path / "v99.stamp").write_bytes(tensorfile.dumps(b.tensors, meta))
    with pytest.raises(BundleError, match="version 99 is not supported"):
        bundle_io.load(tmp_path / "v99.stamp")
    (tmp_path / "x.stamp").write_bytes(tensorfile.dumps({"a": np.zeros(3, np.float32)}, {"format": "other"}))
    with pytest.raises(BundleError, match="not a stampcodec-bundle"):
        bundle_io.load(tmp_path / "x.stamp")
    with pytest.raises(BundleError, match="not found"):
        bundle_io.load(tmp_path / "missing.stamp")
