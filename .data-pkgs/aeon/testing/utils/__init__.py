"""Testing utils."""
