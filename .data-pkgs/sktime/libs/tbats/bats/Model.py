from ..abstract import Model as AbstractModel


class Model(AbstractModel):
    """BATS model, see parent class for details"""
    pass
