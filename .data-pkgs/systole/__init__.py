from systole.datasets import serialSim, import_dataset1, import_rr, import_ppg

__version__ = "0.0.0"
