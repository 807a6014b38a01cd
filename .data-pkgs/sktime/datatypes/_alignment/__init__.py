"""Module: Alignment type checkers and mtype inference."""
