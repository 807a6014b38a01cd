"""Package for decorators."""
