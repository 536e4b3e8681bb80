"""In-process background jobs: long analyses run off the request, with progress and result."""
