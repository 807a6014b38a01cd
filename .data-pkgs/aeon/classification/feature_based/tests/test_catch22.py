"""Test catch 22 classifier."""

import numpy as np
import pytest
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import RidgeClassifier

from aeon.classification.feature_based import Catch22Classifier
from aeon.testing.data_generation import (
    make_example_3d_numpy,
    make_example_3d_numpy_list,
)


def test_catch22():
    """Test catch22 with specific parameters."""
    X, y = make_example_3d_numpy()
    c22 = Catch22Classifier(n_jobs=1, estimator=RandomForestClassifier(n_jobs=1))
    c22.fit(X, y)
    p = c22.predict_proba(X)
    assert c22.estimator_.n_jobs == 1 and c22.n_jobs == 1
    c22 = Catch22Classifier(estimator=RidgeClassifier())
    c22.fit(X, y)
    p = c22.predict_proba(X)
    assert np.all(np.isin(p, [0, 1]))


@pytest.mark.parametrize("class_weight", ["balanced", "balanced_subsample"])
def test_catch22_classifier_with_class_weight(class_weight):
    """Test catch22 classifier with class weight."""
    X, y = make_example_3d_numpy(
        n_cases=10, n_channels=1, n_timepoints=12, return_y=True, random_state=0
    )
    # string labels that parse as integers are mishandled by scikit-learn when
    # given as class_weight="balanced", see _resolve_balanced_class_weight
    y = np.array([str(label + 1) for label in y])
    clf = Catch22Classifier(
        outlier_norm=True,
        random_state=0,
        class_weight=class_weight,
    )
    clf.fit(X, y)
    predictions = clf.predict(X)
    assert len(predictions) == len(y)
    assert set(predictions).issubset(set(y))


def test_catch22_predict_proba_unequal_length_list():
    """predict_proba must accept unequal-length list input (#3427)."""
    X, y = make_example_3d_numpy_list(
        n_cases=10, min_n_timepoints=8, max_n_timepoints=14, random_state=0
    )
    # RidgeClassifier has no predict_proba, so the manual fallback that
    # previously used X.shape[0] (invalid for a list) is exercised.
    clf = Catch22Classifier(estimator=RidgeClassifier(), random_state=0)
    clf.fit(X, y)
    p = clf.predict_proba(X)
    assert p.shape == (len(X), clf.n_classes_)
    assert np.allclose(p.sum(axis=1), 1)
