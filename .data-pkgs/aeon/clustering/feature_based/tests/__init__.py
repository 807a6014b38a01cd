"""Feature Based learning clustering tests."""
