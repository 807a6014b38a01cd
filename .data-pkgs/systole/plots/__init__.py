"""Plotting functions."""

from .plot_circular import plot_circular
from .plot_ectopic import plot_ectopic
from .plot_events import plot_events
from .plot_evoked import plot_evoked
from .plot_frequency import plot_frequency
from .plot_poincare import plot_poincare
from .plot_raw import plot_raw
from .plot_rr import plot_rr
from .plot_shortlong import plot_shortlong
from .plot_subspaces import plot_subspaces

__all__ = [
    "plot_circular",
    "plot_rr",
    "plot_raw",
    "plot_events",
    "plot_evoked",
    "plot_subspaces",
    "plot_ectopic",
    "plot_shortlong",
    "plot_frequency",
    "plot_poincare",
]
