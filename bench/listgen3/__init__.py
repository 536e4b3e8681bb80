"""listgen3: a synthetic generator of South-Caucasus victim lists (see README.md)."""

from .core import Dataset, generate

__all__ = ["Dataset", "generate"]
