"""Self-Supervised tests."""
