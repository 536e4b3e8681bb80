"""Name words compare by code point on PostgreSQL too (the "C" collation), as on SQLite.

A search finds the words starting with a prefix as a range of the index; in code-point order
that range is exact, so it needs no second condition (LIKE) beside it, and the planner
estimates its rows from the column's statistics instead of guessing far too few.
"""

from django.db import migrations


def code_point_order(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            'ALTER TABLE records_nameword ALTER COLUMN word TYPE varchar(300) COLLATE "C"'
        )
        # The column's statistics go with its old type: without them the planner guesses.
        schema_editor.execute("ANALYZE records_nameword")


def database_order(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            'ALTER TABLE records_nameword ALTER COLUMN word TYPE varchar(300) COLLATE "default"'
        )


class Migration(migrations.Migration):
    dependencies = [
        ("records", "0009_captivity_act_type"),
    ]

    operations = [migrations.RunPython(code_point_order, database_order)]
