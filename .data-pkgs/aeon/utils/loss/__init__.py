"""Loss function utilities."""
