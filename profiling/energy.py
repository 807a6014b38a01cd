"""CPU energy through Zeus (RAPL). Where RAPL cannot be read the result is None, reported as
"unavailable", never as 0 joules. Zeus is optional (the [profile] extra)."""

from __future__ import annotations

import contextlib
from typing import Iterator


def rapl_status() -> tuple[bool, str]:
    """(readable, why): whether a Zeus CPU energy window can be measured on this machine."""
    try:
        from zeus.device.cpu import rapl
    except ImportError:
        return False, "zeus is not installed (pip install 'stampcodec[profile]')"
    try:
        if not rapl.rapl_is_available():
            return False, f"no RAPL under {rapl.RAPL_DIR} (AMD or virtual CPU, or no permission)"
    except Exception as e:  # zeus raises a variety of errors on exotic machines
        return False, f"RAPL check failed: {e}"
    return True, "RAPL via Zeus"


class EnergyMeter:
    """Joules per call over a window of calls, CPU package plus DRAM where present."""

    def __init__(self) -> None:
        self.available, self.why = rapl_status()
        self._monitor = None
        if self.available:
            from zeus.monitor import ZeusMonitor

            try:
                self._monitor = ZeusMonitor(cpu_indices=[0], gpu_indices=[])
            except Exception as e:
                self.available, self.why = False, f"ZeusMonitor failed: {e}"

    @contextlib.contextmanager
    def window(self, name: str) -> Iterator[dict]:
        """with meter.window("x") as r: ...  ->  r["joules"] is None when unavailable."""
        result: dict = {"joules": None}
        if not self.available or self._monitor is None:
            yield result
            return
        self._monitor.begin_window(name)
        try:
            yield result
        finally:
            m = self._monitor.end_window(name)
            # Measurement.total_energy counts GPUs only: sum the CPU (and DRAM) readings ourselves
            cpu = sum((m.cpu_energy or {}).values())
            dram = sum((m.dram_energy or {}).values()) if getattr(m, "dram_energy", None) else 0.0
            result["joules"] = float(cpu + dram)
