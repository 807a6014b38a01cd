"""Distance-based Time Series Anomaly Detection."""

__all__ = [
    "CBLOF",
    "KMeansAD",
    "LeftSTAMPi",
    "LOF",
    "MADRID",
    "MERLIN",
    "STOMP",
    "ROCKAD",
]

from aeon.anomaly_detection.series.distance_based._cblof import CBLOF
from aeon.anomaly_detection.series.distance_based._kmeans import KMeansAD
from aeon.anomaly_detection.series.distance_based._left_stampi import LeftSTAMPi
from aeon.anomaly_detection.series.distance_based._lof import LOF
from aeon.anomaly_detection.series.distance_based._madrid import MADRID
from aeon.anomaly_detection.series.distance_based._merlin import MERLIN
from aeon.anomaly_detection.series.distance_based._rockad import ROCKAD
from aeon.anomaly_detection.series.distance_based._stomp import STOMP
