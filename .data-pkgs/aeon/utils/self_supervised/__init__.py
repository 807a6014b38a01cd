"""Utils for self_supervised."""
