"""The browser views, one module per kind of page. Every case-scoped query goes through
``restrict`` / ``get_restricted_or_404`` (see tests/test_access_guard.py)."""
