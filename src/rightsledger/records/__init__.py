"""The documentation record: events, places, acts, persons, involvements, sources, claims."""
