from .Guerrero import Guerrero
from .BoxCox import find_box_cox_lambda, boxcox, inv_boxcox

__all__ = ['find_box_cox_lambda', 'boxcox', 'inv_boxcox', 'Guerrero']
