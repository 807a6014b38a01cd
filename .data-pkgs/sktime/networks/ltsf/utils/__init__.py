"""LTSF Utils."""
