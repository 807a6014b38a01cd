import numpy as np
import pytest

torch = pytest.importorskip("torch")

from stampcodec.datasets.seqcomb import generate  # noqa: E402
from stampcodec.train.trainer import evaluate, train  # noqa: E402


@pytest.fixture(scope="module")
def single():
    return generate("single", n_samples=1000)


def test_tiny_training_lowers_loss_and_uses_most_of_the_codebook(tiny_cfg, single):
    res = train(tiny_cfg, single.train.x, single.val.x, progress=False)
    h = res.history
    assert h[-1].loss < h[0].loss
    assert h[-1].val_mse < evaluate(type(res.model)(tiny_cfg).train(), single.val.x)["mse"]  # beats an untrained model
    stats = evaluate(res.model, single.val.x)
    assert stats["usage"] > 0.5, stats


def test_fixed_seed_gives_identical_tokens(tiny_cfg, single):
    cfg = tiny_cfg.replace(epochs=1)
    a = train(cfg, single.train.x, None, progress=False).model
    b = train(cfg, single.train.x, None, progress=False).model
    x = torch.from_numpy(single.test.x)
    for ta, tb in zip(a.encode(x), b.encode(x)):
        assert torch.equal(ta, tb)
    c = train(cfg.replace(seed=1), single.train.x, None, progress=False).model
    assert any(not torch.equal(ta, tc) for ta, tc in zip(a.encode(x), c.encode(x)))


@pytest.mark.parametrize("mode", ["independent", "joint"])
def test_both_modes_train_on_multichannel_data(tiny_cfg, mode):
    d = generate("mvirreg", n_samples=500)  # NaN gaps exercise the masked loss
    cfg = tiny_cfg.replace(mode=mode, channels=4, epochs=2, loss="hybrid")
    res = train(cfg, d.train.x, d.val.x, progress=False)
    assert np.isfinite(res.history[-1].val_mse)
    assert res.history[-1].loss < res.history[0].loss


def test_resume_continues_identically(tiny_cfg, single, tmp_path):
    cfg = tiny_cfg.replace(epochs=2)
    full = train(cfg, single.train.x, None, progress=False).model

    class Stop(Exception):
        pass

    def stop_after_first(stats):
        if stats.epoch == 1:
            raise Stop

    with pytest.raises(Stop):
        train(cfg, single.train.x, None, progress=False, checkpoint_dir=tmp_path, on_epoch=stop_after_first)
    ran = []
    resumed = train(cfg, single.train.x, None, progress=False, checkpoint_dir=tmp_path, resume=True,
                    on_epoch=lambda s: ran.append(s.epoch))
    assert ran == [2] and len(resumed.history) == 2
    x = torch.from_numpy(single.test.x[:50])
    for ta, tb in zip(full.encode(x), resumed.model.encode(x)):
        assert torch.equal(ta, tb)


def test_resume_refuses_a_different_config(tiny_cfg, single, tmp_path):
    from stampcodec import StampError

    train(tiny_cfg.replace(epochs=1), single.train.x[:64], None, progress=False, checkpoint_dir=tmp_path)
    with pytest.raises(StampError, match="different config"):
        train(tiny_cfg.replace(epochs=1, codebook_size=16), single.train.x[:64], None, progress=False,
              checkpoint_dir=tmp_path, resume=True)


def test_keeps_the_best_validation_epoch(tiny_cfg, single):
    res = train(tiny_cfg.replace(epochs=3), single.train.x, single.val.x, progress=False)
    vals = [h.val_mse for h in res.history]
    assert res.best_epoch == 1 + int(np.argmin(vals))
    assert evaluate(res.model, single.val.x)["mse"] == pytest.approx(min(vals), rel=1e-6)
