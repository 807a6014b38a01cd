from .ModelParams import ModelParams
from .Components import Components
from .MatrixBuilder import MatrixBuilder
from .Model import Model
from .SeedFinder import SeedFinder
from .ParamsOptimizer import ParamsOptimizer
from .Case import Case
from .HarmonicsChoosingStrategy import HarmonicsChoosingStrategy
from .Context import Context
from .TBATS import TBATS

__all__ = ['TBATS', 'ParamsOptimizer', 'Case', 'Model', 'SeedFinder',
           'Components', 'ModelParams', 'MatrixBuilder', 'Context', 'HarmonicsChoosingStrategy']
