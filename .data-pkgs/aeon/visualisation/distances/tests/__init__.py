"""Testing for distances specific plotting."""
