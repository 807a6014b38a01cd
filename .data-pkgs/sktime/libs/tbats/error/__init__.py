from .BatsException import BatsException
from .BatsWarning import BatsWarning
from .InputArgsException import InputArgsException
from .InputArgsWarning import InputArgsWarning
from .ModelWarning import ModelWarning
from .ExceptionHandler import ExceptionHandler

__all__ = ['BatsException', 'BatsWarning', 'InputArgsException', 'InputArgsWarning', 'ModelWarning', 'ExceptionHandler']
