"""Training and evaluation data: the SeqComb benchmark generator and loaders for folders of NPY/CSV
recordings (data specs). The runtime codec never imports this package."""
