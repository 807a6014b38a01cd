"""Utilities to handle checks and conversions between output formats of detectors."""
