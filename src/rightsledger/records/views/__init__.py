"""The record's pages: events, acts, persons, sources and claims, places, the dashboard."""
