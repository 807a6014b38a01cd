"""Registry tests."""
