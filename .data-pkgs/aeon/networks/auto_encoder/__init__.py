"""Auto-Encoder networks."""
