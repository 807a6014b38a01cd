"""LTSF Data."""
