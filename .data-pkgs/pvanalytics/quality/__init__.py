from pvanalytics.quality import gaps         # noqa: F401
from pvanalytics.quality import util         # noqa: F401
from pvanalytics.quality import irradiance   # noqa: F401
from pvanalytics.quality import weather      # noqa: F401
from pvanalytics.quality import outliers     # noqa: F401
from pvanalytics.quality import time         # noqa: F401
from pvanalytics.quality import data_shifts  # noqa: F401
