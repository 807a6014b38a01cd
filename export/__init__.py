"""Exporters: freeze a model bundle into deployable artefacts (installed as stampcodec.export).

    c      a C header with the decoder's const tables for native/ (stampdec.h)
"""
