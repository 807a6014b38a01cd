"""Interface for dataset readers."""
