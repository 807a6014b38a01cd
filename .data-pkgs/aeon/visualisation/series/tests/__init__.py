"""Series plotting tests."""
