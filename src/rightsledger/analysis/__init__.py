"""Django-free analysis core: record linkage and population estimation."""
