"""`stampcodec export --format onnx`: encoder and decoder graphs for ONNX Runtime.

decoder.onnx: tokens_s{s} (R, q_s x blocks) int64 -> tier_s{s} (R, atom_channels, blocks x block)
encoder.onnx: rows (R, atom_channels, blocks x block) float32 -> tokens_s{s} (R, q_s x blocks) int64
Both have dynamic R and blocks, opset 18, weights inside the file, and the model id, format and
version in the metadata. Rows are normalized and padded as the token container specifies; the
runner (stampcodec.runtime.exported.OnnxRows) sums the tiers and crops.
"""

from __future__ import annotations

from pathlib import Path

import onnx
import torch

from stampcodec.bundle import Bundle
from stampcodec.export.graphs import DecoderGraph, EncoderGraph

FORMAT = "stampcodec-onnx"
VERSION = 1
OPSET = 18


def _metadata(path: Path, bundle: Bundle, role: str) -> None:
    m = onnx.load(str(path))
    cfg = bundle.config
    onnx.helper.set_model_props(m, {"format": FORMAT, "format_version": str(VERSION), "role": role,
                                    "model_id": bundle.model_id, "scales": ",".join(map(str, cfg.scales)),
                                    "block": str(cfg.block), "config": cfg.to_json()})
    onnx.checker.check_model(m, full_check=True)
    onnx.save(m, str(path))


def export_onnx(bundle: Bundle, out_dir: str | Path) -> dict[str, Path]:
    out = Path(out_dir)
    cfg = bundle.config
    q = cfg.layout.tokens_per_block
    rows = torch.export.Dim("rows", min=1, max=65535)
    blocks = torch.export.Dim("blocks", min=1, max=1 << 20)
    names = [f"tokens_s{s}" for s in cfg.scales]
    dec_path, enc_path = out / "decoder.onnx", out / "encoder.onnx"
    ex = tuple(torch.zeros(2, qi * 3, dtype=torch.int64) for qi in q)
    prog = torch.onnx.export(DecoderGraph(bundle).eval(), ex, dynamic_shapes=(tuple({0: rows, 1: qi * blocks} for qi in q),),
                             opset_version=OPSET, dynamo=True, external_data=False, verbose=False,
                             input_names=names, output_names=[f"tier_s{s}" for s in cfg.scales])
    prog.save(str(dec_path), external_data=False)
    _metadata(dec_path, bundle, "decoder")
    x = torch.zeros(2, cfg.atom_channels, cfg.block * 3)
    prog = torch.onnx.export(EncoderGraph(bundle).eval(), (x,), dynamic_shapes=({0: rows, 2: cfg.block * blocks},),
                             opset_version=OPSET, dynamo=True, external_data=False, verbose=False,
                             input_names=["rows"], output_names=names)
    prog.save(str(enc_path), external_data=False)
    _metadata(enc_path, bundle, "encoder")
    return {"onnx_decoder": dec_path, "onnx_encoder": enc_path}
