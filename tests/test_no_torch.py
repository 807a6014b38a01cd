"""The runtime side must work without PyTorch: import it with torch made unimportable."""

import subprocess
import sys

CODE = """
import sys
sys.modules['torch'] = None  # any 'import torch' now raises ImportError
import stampcodec, stampcodec.bundle, stampcodec.layout, stampcodec.metrics.fid, stampcodec.datasets.sources, stampcodec.cli
import stampcodec.codec, stampcodec.container, stampcodec.runtime, stampcodec.evaluate, stampcodec.streams
from stampcodec.metrics.fid import fid
from stampcodec.datasets.seqcomb import generate
x = generate('single', 4000, length=256).test.x
assert abs(fid(x, x)) < 1e-3
try:
    import stampcodec.train
except Exception as e:
    assert 'pip install' in str(e), e
else:
    raise SystemExit('stampcodec.train imported without torch')
print('ok')
"""


def test_runtime_imports_without_torch():
    r = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "ok"
