"""Rightsledger: documentation, evidence and analysis of gross human-rights violations."""

__version__ = "0.1.0"
