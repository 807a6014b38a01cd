"""Init LTSF."""
