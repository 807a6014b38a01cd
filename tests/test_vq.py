import pytest

torch = pytest.importorskip("torch")

from stampcodec.train.vq import SharedEMAQuantizer  # noqa: E402


def test_dead_codes_restart_on_encoder_outputs():
    torch.manual_seed(0)
    vq = SharedEMAQuantizer(16, 4, decay=0.5, dead_fraction=0.5)
    vq.train()
    far = torch.full((1, 4, 1), 100.0)
    vq(far)  # initialises every code on that single output
    vq.ema_step()
    # now all data lie elsewhere: codes that never win must be restarted onto the data
    data = torch.randn(8, 4, 32)
    for _ in range(20):
        vq(data)
        vq.ema_step()
    assert vq.restarts > 0
    _, idx, _ = vq.eval()(data)
    assert len(idx.unique()) > 8


def test_straight_through_in_training_exact_in_eval():
    torch.manual_seed(0)
    vq = SharedEMAQuantizer(8, 3)
    z = torch.randn(2, 3, 5, requires_grad=True)
    vq.train()
    out, idx, commit = vq(z)
    out.sum().backward()
    torch.testing.assert_close(z.grad, torch.ones_like(z))  # gradient passes straight through
    vq.discard_pending()
    vq.eval()
    out, idx, _ = vq(z.detach())
    assert torch.equal(out, vq.codebook[idx].permute(0, 2, 1))
