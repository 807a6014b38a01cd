"""LTSF Layers."""
