"""Utility functionality."""

__all__ = [
    "show_versions",  # github debug util
]

from aeon.utils.show_versions import show_versions
