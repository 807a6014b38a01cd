"""aeon toolkit."""

__version__ = "1.6.0"
