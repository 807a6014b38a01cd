"""Hierarchical reconciliation transformations."""

from ._bottom_up import BottomUpReconciler
from ._middle_out import MiddleOutReconciler
from ._optimal import NonNegativeOptimalReconciler, OptimalReconciler
from ._reconcile import Reconciler
from ._topdown import TopdownReconciler

__all__ = [
    "MiddleOutReconciler",
    "BottomUpReconciler",
    "OptimalReconciler",
    "NonNegativeOptimalReconciler",
    "TopdownReconciler",
    "Reconciler",
]
