"""Libraries distributed with sktime."""
