"""LTSF Models."""
