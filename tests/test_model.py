"""Model shapes, the documented synthesis definition, and decoding as a pure function."""

import numpy as np
import pytest

torch = pytest.importorskip("torch")

from stampcodec import StampConfig  # noqa: E402
from stampcodec.train.model import StampModel  # noqa: E402


def reference_decode(tokens, dictionary, codebook, cfg, length):
    """docs/MODEL.md's synthesis written independently in numpy: overlap-add of codeword
    waveforms at hop L/2 (offset -L/4) at the pooled rate, half-pixel linear upsampling with
    clamped edges, sum of tiers."""
    L, hop = cfg.atom_length, cfg.hop
    waves = np.einsum("vk,kcl->vcl", codebook.astype(np.float64), dictionary.astype(np.float64))  # (V, Ca, L)
    rows = tokens[0].shape[0]
    total = 0.0
    for s, tok in zip(cfg.scales, tokens):
        n = tok.shape[1]
        tp = n * hop
        buf = np.zeros((rows, waves.shape[1], tp + L))
        for t in range(n):
            buf[:, :, t * hop:t * hop + L] += waves[tok[:, t]]
        pooled = buf[:, :, L // 4:L // 4 + tp]
        pos = (np.arange(tp * s) + 0.5) / s - 0.5
        pos = np.clip(pos, 0, tp - 1)
        i0 = np.floor(pos).astype(int)
        i1 = np.minimum(i0 + 1, tp - 1)
        f = pos - i0
        total = total + pooled[..., i0] * (1 - f) + pooled[..., i1] * f
    return total[..., :length]


@pytest.mark.parametrize("mode,channels", [("independent", 3), ("joint", 3)])
def test_shapes_and_token_counts(mode, channels):
    cfg = StampConfig(mode=mode, channels=channels)
    m = StampModel(cfg)
    x = torch.randn(5, channels, 200)
    recon, tokens, commit, energy = m(x)
    rows = 5 * channels if mode == "independent" else 5
    assert recon.shape == x.shape
    assert [t.shape for t in tokens] == [(rows, n) for n in cfg.layout.tokens_per_scale(200)]
    assert all(int(t.max()) < cfg.codebook_size for t in tokens)
    assert commit.ndim == 0 and energy.ndim == 0


@pytest.mark.parametrize("mode", ["independent", "joint"])
def test_synthesis_matches_documented_definition(mode):
    torch.manual_seed(0)
    cfg = StampConfig(mode=mode, channels=2)
    m = StampModel(cfg).eval()
    m.vq.codebook.normal_()
    x = torch.randn(3, 2, 333)
    tokens = m.encode(x)
    got = m.decode_tokens(tokens, 333, 3).numpy()
    ref = reference_decode([t.numpy() for t in tokens], m.dictionary.detach().numpy(), m.vq.codebook.numpy(), cfg, 333)
    np.testing.assert_allclose(got, ref.reshape(got.shape), atol=1e-4)


def test_eval_forward_equals_encode_then_decode():
    torch.manual_seed(0)
    m = StampModel(StampConfig()).eval()
    x = torch.randn(4, 2, 300)
    with torch.no_grad():
        recon, tokens, _, _ = m(x)
    assert torch.equal(m.decode_tokens(tokens, 300, 4), recon)


def test_decode_depends_only_on_tokens_dictionary_codebook_config():
    torch.manual_seed(0)
    cfg = StampConfig()
    a, b = StampModel(cfg).eval(), StampModel(cfg).eval()
    with torch.no_grad():
        b.dictionary.copy_(a.dictionary)
        b.vq.codebook.copy_(a.vq.codebook)
    tokens = a.encode(torch.randn(2, 1, 256))
    assert torch.equal(a.decode_tokens(tokens, 256, 2), b.decode_tokens(tokens, 256, 2))


def test_coarse_only_preview_uses_fewer_tiers():
    torch.manual_seed(0)
    m = StampModel(StampConfig()).eval()
    tokens = m.encode(torch.randn(1, 1, 512))
    one = m.decode_tokens(tokens, 512, 1, scales=1)
    full = m.decode_tokens(tokens, 512, 1)
    assert one.shape == full.shape and not torch.equal(one, full)
