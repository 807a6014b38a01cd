"""Exporters: freeze a model bundle into deployable artefacts (installed as stampcodec.export).

    c       c_header.py: a C header with the decoder's const tables for native/ (stampdec.h)
    onnx    onnx_export.py: decoder.onnx and encoder.onnx (dynamic sizes, opset 18)
    tflite  tflite_export.py: a fixed-size chunk decoder (float32, int8 and float16 weights) and encoder
    graphs.py holds the torch modules both graph exporters trace; manifest.py writes the folder's
    manifest; check.py measures each export against the numpy runtime.
"""
