import pytest

torch = pytest.importorskip("torch")

from stampcodec.train.softdtw import _SoftDTW, soft_dtw, soft_dtw_divergence  # noqa: E402


def naive_soft_dtw(c, g):
    n, m = c.shape
    r = torch.full((n + 1, m + 1), float("inf"), dtype=c.dtype)
    r[0, 0] = 0
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            p = torch.stack([r[i - 1, j - 1], r[i - 1, j], r[i, j - 1]])
            r[i, j] = c[i - 1, j - 1] - g * torch.logsumexp(-p / g, 0)
    return r[n, m]


def test_matches_naive_recursion_value_and_gradient():
    torch.manual_seed(0)
    c = torch.rand(3, 6, 8, dtype=torch.double, requires_grad=True)
    v = _SoftDTW.apply(c, 0.1)
    ref = torch.stack([naive_soft_dtw(c[k], 0.1) for k in range(3)])
    torch.testing.assert_close(v, ref)
    g1, = torch.autograd.grad(v.sum(), c)
    g2, = torch.autograd.grad(ref.sum(), c)
    torch.testing.assert_close(g1, g2)


def test_gradcheck_rectangular():
    c = torch.rand(2, 5, 7, dtype=torch.double, requires_grad=True)
    assert torch.autograd.gradcheck(lambda c: _SoftDTW.apply(c, 0.5), (c,))


def test_divergence_zero_on_identity_nonnegative_and_differentiable():
    torch.manual_seed(1)
    x = torch.randn(4, 20, 2, dtype=torch.double)
    assert soft_dtw_divergence(x, x.clone()).abs().max() < 1e-9
    y = torch.randn(4, 20, 2, dtype=torch.double, requires_grad=True)
    d = soft_dtw_divergence(x, y)
    assert (d > 0).all()
    ref = soft_dtw(x, y) - 0.5 * (soft_dtw(x, x) + soft_dtw(y, y))
    torch.testing.assert_close(d, ref)
    assert torch.autograd.gradcheck(lambda y: soft_dtw_divergence(x, y, 0.3), (y,))
