from .ModelParams import ModelParams
from .Components import Components
from .MatrixBuilder import MatrixBuilder
from .Model import Model
from .SeedFinder import SeedFinder
from .ParamsOptimizer import ParamsOptimizer
from .Case import Case
from .Context import Context
from .BATS import BATS

__all__ = ['BATS', 'ParamsOptimizer', 'Case', 'Model', 'Components', 'ModelParams', 'MatrixBuilder', 'Context',
           'SeedFinder']
