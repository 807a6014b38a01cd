"""Results plotting tests."""
