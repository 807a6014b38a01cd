"""ConvTimeNet Forecaster init."""
