"""Performance metrics."""
