"""Package wide tests and testing utilities for aeon."""
