"""Learning task specific plotting functions."""
