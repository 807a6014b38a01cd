"""Testing for sklearn base classes."""
