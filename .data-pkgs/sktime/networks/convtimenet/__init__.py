"""ConvTimeNet init."""
