"""stampcodec.parallel.ordered_map: results in order, bounded look-ahead, errors at their turn."""

import random
import threading
import time

import pytest

from stampcodec.errors import ConfigError
from stampcodec.parallel import THREADS_ENV, available_cores, ordered_map


def test_available_cores_and_the_environments_limit(monkeypatch):
    monkeypatch.delenv(THREADS_ENV, raising=False)
    assert available_cores() >= 1
    monkeypatch.setenv(THREADS_ENV, "3")
    assert available_cores() == 3
    for bad in ("0", "-2", "two"):
        monkeypatch.setenv(THREADS_ENV, bad)
        with pytest.raises(ConfigError, match=THREADS_ENV):
            available_cores()


@pytest.mark.parametrize("threads", [1, 2, 4])
def test_results_come_in_order(threads):
    rng = random.Random(threads)
    delays = [rng.uniform(0, 0.003) for _ in range(40)]

    def work(i):
        time.sleep(delays[i])
        return i * i

    assert list(ordered_map(work, range(40), threads)) == [i * i for i in range(40)]


def test_items_are_drawn_in_the_calling_thread_and_not_far_ahead():
    caller, drawn, seen = threading.get_ident(), [], []

    def items():
        for i in range(100):
            assert threading.get_ident() == caller
            drawn.append(i)
            yield i

    for r in ordered_map(lambda i: i, items(), 3):
        seen.append(r)
        assert len(drawn) <= len(seen) + 2 * 3  # at most 2 x threads ahead of the one yielded
    assert seen == list(range(100))


def test_an_error_is_raised_at_its_turn_and_the_rest_dropped():
    ran = []

    def work(i):
        if i == 5:
            raise ValueError("frame 5")
        ran.append(i)
        return i

    got = []
    with pytest.raises(ValueError, match="frame 5"):
        for r in ordered_map(work, range(1000), 2):
            got.append(r)
    assert got == [0, 1, 2, 3, 4]
    assert max(ran) < 5 + 2 * 2 + 1  # nothing was started far past the failing item
