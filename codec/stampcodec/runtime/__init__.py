"""Torch-free STAMP runtime: the encoder (cascade + VQ argmin) and decoder (overlap-add of codeword
waveforms, upsampling, sum of tiers) in numpy. PyTorch is never imported here."""

from stampcodec.runtime.decoder import NumpyDecoder
from stampcodec.runtime.encoder import NumpyEncoder

__all__ = ["NumpyDecoder", "NumpyEncoder"]
