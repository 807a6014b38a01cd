"""Data sources: the SeqComb benchmark generator and loaders for NPY/CSV recordings."""
