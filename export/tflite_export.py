"""`stampcodec export --format tflite`: a fixed-size chunk synthesizer for TFLite / LiteRT, in
float32, int8 weights and float16 weights, and a fixed-size encoder.

litert-torch converts static shapes only, so the decoder graph synthesizes one row's tokens for
CHUNK_BLOCKS blocks (8 x 128 = 1024 samples per chunk at the default config); the runner
(stampcodec.runtime.exported.TfliteRows) adds chunks into each frame's pooled line, crops and
upsamples. The encoder converts for one fixed frame of ENCODER_BLOCKS blocks; frames of other
lengths (a file's last frame) do not fit it, so encoding through TFLite is export-only.
"""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import torch

from stampcodec.bundle import Bundle
from stampcodec.export.graphs import ChunkSynthGraph, EncoderGraph

CHUNK_BLOCKS = 8
ENCODER_BLOCKS = 8



def export_tflite(bundle: Bundle, out_dir: str | Path, chunk_blocks: int = CHUNK_BLOCKS) -> dict[str, Path]:
    import litert_torch
    from ai_edge_quantizer import algorithm_manager, qtyping, quantizer, recipe, recipe_manager

    out = Path(out_dir)
    cfg = bundle.config
    q = cfg.layout.tokens_per_block
    args = tuple(torch.zeros(chunk_blocks * qi, dtype=torch.int32) for qi in q) + \
        tuple(torch.ones(chunk_blocks * qi) for qi in q)
    paths = {"tflite_decoder_f32": out / "decoder_f32.tflite", "tflite_decoder_int8": out / "decoder_int8.tflite",
             "tflite_decoder_f16": out / "decoder_f16.tflite", "tflite_encoder_f32": out / "encoder_f32.tflite"}
    litert_torch.convert(ChunkSynthGraph(bundle).eval(), args).export(str(paths["tflite_decoder_f32"]))
    with contextlib.redirect_stdout(io.StringIO()):
        qz = quantizer.Quantizer(str(paths["tflite_decoder_f32"]))
        qz.load_quantization_recipe(recipe.weight_only_wi8_afp32())
        qz.quantize().export_model(str(paths["tflite_decoder_int8"]), overwrite=True)
        rm = recipe_manager.RecipeManager()
        rm.add_weight_only_config(regex=".*", operation_name=qtyping.TFLOperationName.ALL_SUPPORTED, num_bits=16,
                                  algorithm_key=algorithm_manager.AlgorithmName.FLOAT_CASTING)
        qz = quantizer.Quantizer(str(paths["tflite_decoder_f32"]))
        qz.load_quantization_recipe(rm.get_quantization_recipe())
        qz.quantize().export_model(str(paths["tflite_decoder_f16"]), overwrite=True)
    x = torch.zeros(1, cfg.atom_channels, ENCODER_BLOCKS * cfg.block)
    litert_torch.convert(EncoderGraph(bundle).eval(), (x,)).export(str(paths["tflite_encoder_f32"]))
    return paths
