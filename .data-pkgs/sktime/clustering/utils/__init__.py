"""Utils for clustering."""
