"""Channel selection tests."""
