"""Benchmarking."""
