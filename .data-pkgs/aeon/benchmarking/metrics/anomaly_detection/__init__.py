"""Metrics for anomaly detection."""

__all__ = [
    "range_precision",
    "range_recall",
    "range_f_score",
    "roc_auc_score",
    "pr_auc_score",
    "rp_rr_auc_score",
    "f_score_at_k_points",
    "f_score_at_k_ranges",
    "range_pr_roc_auc_support",
    "range_roc_auc_score",
    "range_pr_auc_score",
    "range_pr_vus_score",
    "range_roc_vus_score",
]

from aeon.benchmarking.metrics.anomaly_detection._continuous import (
    f_score_at_k_points,
    f_score_at_k_ranges,
    pr_auc_score,
    roc_auc_score,
    rp_rr_auc_score,
)
from aeon.benchmarking.metrics.anomaly_detection._range_metrics import (
    range_f_score,
    range_precision,
    range_recall,
)
from aeon.benchmarking.metrics.anomaly_detection._vus_metrics import (
    range_pr_auc_score,
    range_pr_roc_auc_support,
    range_pr_vus_score,
    range_roc_auc_score,
    range_roc_vus_score,
)
