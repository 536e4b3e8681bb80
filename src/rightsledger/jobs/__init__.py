"""Background jobs: one queue in the database, run by `rightsledger worker` processes."""
