from django.apps import AppConfig


class RecordsConfig(AppConfig):
    name = "rightsledger.records"
    label = "records"
    verbose_name = "Records"

    def ready(self) -> None:
        from django.db.backends.signals import connection_created
        from django.db.models.signals import post_migrate

        from rightsledger.records import deletion
        from rightsledger.records.collation import add_sqlite_collations
        from rightsledger.records.word_triggers import ensure_word_index
        from rightsledger.web.deletion import register_dependents

        # The deletion page counts this app's records in its own words.
        register_dependents(deletion.LABELS, deletion.DETAIL_VIEWS)

        # The dashboard's recount runs as a background job (imported when one first runs).
        from rightsledger.jobs.runner import declare_kinds

        declare_kinds("rightsledger.records.summary", "recount-figures")

        # Names sort in the reader's language on SQLite too (PostgreSQL has ICU built in).
        connection_created.connect(add_sqlite_collations, dispatch_uid="records-collations")
        # A table rebuilt by a migration on SQLite loses its triggers: put them back.
        post_migrate.connect(ensure_word_index, sender=self, dispatch_uid="records-name-words")
