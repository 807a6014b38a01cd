import numpy as np
from numba import njit

from aeon.clustering.averaging._ba_utils import (
    VALID_BA_DISTANCE_METHODS,
    _ba_setup,
    _get_alignment_path,
)
from aeon.distances import pairwise_distance
from aeon.utils.decorators.numba_threading import numba_thread_handler


@numba_thread_handler
def kasba_average(
    X: np.ndarray,
    init_barycenter: np.ndarray | None = "mean",
    previous_cost: float | None = None,
    previous_distance_to_center: np.ndarray | None = None,
    distance: str = "msm",
    max_iters: int = 30,
    tol: float = 1e-5,
    ba_subset_size: float = 0.5,
    weights: np.ndarray | None = None,
    precomputed_medoids_pairwise_distance: np.ndarray | None = None,
    initial_step_size: float = 0.05,
    decay_rate: float = 0.1,
    verbose: bool = False,
    n_jobs: int = 1,
    random_state: int | None = None,
    return_distances_to_center: bool = False,
    return_cost: bool = False,
    **kwargs,
):
    """
    Compute the KASBA barycenter average of time series using an elastic distance [1]_.

    KASBA adapts the Stochastic Subgradient Elastic Barycenter Average by iterating
    randomly over the dataset. On the first iteration, all series are used; on
    subsequent iterations, only a subset (controlled by ``ba_subset_size``) is used.
    If there are fewer than 10 series, all available data are used on every iteration.

    Parameters
    ----------
    X : np.ndarray of shape (n_cases, n_channels, n_timepoints) or (n_cases,
        n_timepoints)
        Collection of time series to average. If 2D, it is internally reshaped to
        (n_cases, 1, n_timepoints).
    init_barycenter : {"mean", "medoids", "random"} or np.ndarray of shape (n_channels,
        n_timepoints), default="mean"
        Initial barycenter. If a string is provided, it specifies the initialisation
        strategy. If an array is provided, it is used directly as the starting
        barycenter.
    previous_cost : float, default=None
        The total cost (sum of distances from all series in X to the current
        barycenter).
        If None, it is computed in the first iteration.
    previous_distance_to_center : np.ndarray of shape (n_cases,), default=None
        Distances from each series in X to the current barycenter. If None, they are
        computed in the first iteration.
    distance : str, default="msm"
        Distance function used during averaging. See
        :func:`aeon.distances.get_distance_function` for valid options.
    max_iters : int, default=30
        Maximum number of iterations to update the barycenter.
    tol : float, default=1e-5
        Early-stopping tolerance: if the decrease in cost between iterations is
        smaller than this value, the procedure stops.
    ba_subset_size : float, default=0.5
        Proportion of the data to use on each iteration after the first. The first
        iteration always uses all data. If X has fewer than 10 series, all are used
        on every iteration.
    weights : np.ndarray of shape (n_cases,), default=None
        Weights for each time series. If None, all series receive weight 1.
    precomputed_medoids_pairwise_distance : np.ndarray of shape (n_cases, n_cases),
        default=None
        Optional precomputed pairwise distance matrix (used when relevant, e.g., for
        "medoids" initialisation). If None, distances are computed on the fly.
    initial_step_size : float, default=0.05
        Initial step size for the stochastic subgradient update.
    decay_rate : float, default=0.1
        Exponential decay rate for the step size; the step size at iteration i is
        ``initial_step_size * exp(-decay_rate * i)``.
    verbose : bool, default=False
        If True, prints progress information.
    n_jobs : int, default=1
        The number of jobs to run in parallel. If -1, then the number of jobs is set
        to the number of CPU cores. If 1, then the function is executed in a single
        thread. If greater than 1, then the function is executed in parallel.
    random_state : int or None, default=None
        Random seed used where applicable.
    return_distances_to_center : bool, default=False
        If True, also return the distances between each time series and the barycenter.
    return_cost : bool, default=False
        If True, also return the total cost.
    **kwargs
        Additional keyword arguments forwarded to the chosen distance function.

    Returns
    -------
    barycenter : np.ndarray of shape (n_channels, n_timepoints)
        The barycenter (KASBA average) of the input time series.
    distances_to_center : np.ndarray of shape (n_cases,), optional
        Returned if return_distances_to_center=True. Distances between each time series
        and the barycenter.
    cost : float, optional
        Returned if return_cost=True. The total cost (sum of distances to barycenter).

    References
    ----------
    . [1] Holder, C. & Bagnall, A. (2024).
        Rock the KASBA: Blazingly Fast and Accurate Time Series Clustering.
        arXiv:2411.17838.
    """
    if len(X) <= 1:
        center = X[0] if X.ndim == 3 else X
        if return_distances_to_center and return_cost:
            return center, np.zeros(X.shape[0]), 0.0
        elif return_distances_to_center:
            return center, np.zeros(X.shape[0])
        elif return_cost:
            return center, 0.0
        return center

    if distance not in VALID_BA_DISTANCE_METHODS:
        raise ValueError(
            f"Invalid distance method: {distance}. Valid method are: "
            f"{VALID_BA_DISTANCE_METHODS}"
        )

    (
        _X,
        barycenter,
        prev_barycenter,
        cost,
        previous_cost,
        distances_to_center,
        previous_distance_to_center,
        random_state,
        n_jobs,
        weights,
    ) = _ba_setup(
        X,
        distance=distance,
        init_barycenter=init_barycenter,
        previous_cost=previous_cost,
        previous_distance_to_center=previous_distance_to_center,
        precomputed_medoids_pairwise_distance=precomputed_medoids_pairwise_distance,
        n_jobs=n_jobs,
        random_state=random_state,
        weights=weights,
        **kwargs,
    )

    X_size = len(_X)
    num_ts_to_use = min(X_size, max(10, int(ba_subset_size * X_size)))
    for i in range(max_iters):
        shuffled_indices = random_state.permutation(X_size)
        if i > 0:
            shuffled_indices = shuffled_indices[:num_ts_to_use]

        current_step_size = initial_step_size * np.exp(-decay_rate * i)

        barycenter = _kasba_refine_one_iter(
            barycenter=barycenter,
            X=_X,
            shuffled_indices=shuffled_indices,
            current_step_size=current_step_size,
            distance=distance,
            weights=weights,
            **kwargs,
        )

        pw_dist = pairwise_distance(
            _X, barycenter, method=distance, n_jobs=n_jobs, **kwargs
        )
        cost = np.sum(pw_dist)
        distances_to_center = pw_dist.flatten()

        # Cost is the sum of distance to the cent
        if not np.isfinite(cost):
            barycenter = prev_barycenter
            distances_to_center = previous_distance_to_center
            cost = previous_cost
            if verbose:
                print(  # noqa: T001, T201
                    f"[KASBA-BA] epoch {i}, early convergence non-finite cost"
                )
            break
        elif abs(previous_cost - cost) < tol:
            if previous_cost < cost:
                barycenter = prev_barycenter
                distances_to_center = previous_distance_to_center
                cost = previous_cost

            if verbose:
                print(  # noqa: T001, T201
                    f"[KASBA-BA] epoch {i}, early convergence change in cost between "
                    f"epochs {cost} - {previous_cost} < tol: {tol}"
                )
            break
        elif previous_cost < cost:
            barycenter = prev_barycenter
            distances_to_center = previous_distance_to_center
            cost = previous_cost
            if verbose:
                print(  # noqa: T001, T201
                    f"[KASBA-BA] epoch {i}, early convergence cost increasing: {cost} "
                    f"> previous cost: {previous_cost}"
                )
            break
        else:
            prev_barycenter = barycenter
            previous_distance_to_center = distances_to_center.copy()
            previous_cost = cost

        if verbose:
            print(f"[KASBA-BA] epoch {i}, cost {cost}")  # noqa: T001, T201

    if verbose:
        print(f"[KASBA-BA] converged epoch {i}, cost {cost}")  # noqa: T001, T201

    if return_distances_to_center and return_cost:
        return barycenter, distances_to_center, cost
    elif return_distances_to_center:
        return barycenter, distances_to_center
    elif return_cost:
        return barycenter, cost
    return barycenter


@njit(cache=True, fastmath=True)
def _kasba_refine_one_iter(
    barycenter: np.ndarray,
    X: np.ndarray,
    shuffled_indices: np.ndarray,
    current_step_size,
    weights: np.ndarray,
    distance: str = "msm",
    window: float | None = None,
    g: float = 0.0,
    epsilon: float | None = None,
    nu: float = 0.001,
    lmbda: float = 1.0,
    independent: bool = True,
    c: float = 1.0,
    descriptor: str = "identity",
    reach: int = 15,
    warp_penalty: float = 1.0,
    transformation_precomputed: bool = False,
    transformed_x: np.ndarray | None = None,
    transformed_y: np.ndarray | None = None,
    gamma: float = 1.0,
):

    X_size, X_dims, X_timepoints = X.shape

    barycenter_copy = np.copy(barycenter)

    for i in shuffled_indices:
        curr_ts = X[i]
        curr_alignment, _ = _get_alignment_path(
            center=barycenter_copy,
            ts=curr_ts,
            distance=distance,
            window=window,
            g=g,
            epsilon=epsilon,
            nu=nu,
            lmbda=lmbda,
            independent=independent,
            c=c,
            descriptor=descriptor,
            reach=reach,
            warp_penalty=warp_penalty,
            transformation_precomputed=transformation_precomputed,
            transformed_x=transformed_x,
            transformed_y=transformed_y,
            gamma=gamma,
        )

        new_ba = np.zeros((X_dims, X_timepoints))
        for j, k in curr_alignment:
            new_ba[:, k] += (barycenter_copy[:, k] - curr_ts[:, j]) * weights[i]

        barycenter_copy -= (2.0 * current_step_size) * new_ba
    return barycenter_copy
