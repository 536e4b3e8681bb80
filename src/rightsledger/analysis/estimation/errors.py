"""The one exception raised for input that cannot be estimated from."""

from rightsledger.errors import InputError


class EstimationInputError(InputError):
    """A capture-history table or an estimator option is unusable.

    The message names the column, row or option at fault so that a field worker can fix
    the table without reading code. Nothing is estimated and nothing is changed.
    """
