"""App. E.3: the operation isolated, 5 warm-up calls, 50 timed calls; latency statistics."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable

import numpy as np

WARMUP = 5
ITERATIONS = 50


@dataclass
class Timing:
    mean_ms: float
    median_ms: float
    p95_ms: float
    samples_per_s: float  # from the median
    iterations: int


def time_call(fn: Callable[[], object], samples: int, warmup: int = WARMUP, iterations: int = ITERATIONS) -> Timing:
    for _ in range(warmup):
        fn()
    t = np.empty(iterations)
    for i in range(iterations):
        t0 = time.perf_counter()
        fn()
        t[i] = time.perf_counter() - t0
    med = float(np.median(t))
    return Timing(float(t.mean() * 1e3), med * 1e3, float(np.percentile(t, 95) * 1e3), samples / med, iterations)
