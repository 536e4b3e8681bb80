"""Typed input for the browser views: editing forms, filter bars and account forms."""
