"""Metrics: distortion, rate, codebook statistics and the App. E.4 FID (numpy only)."""
