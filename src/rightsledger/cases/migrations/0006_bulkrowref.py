"""The index of bulk rows (``cases.bulk_refs``), filled from the bulk entries already in the
history: a page at a time, so a history of hundreds of megabytes is never held whole."""

import django.db.models.deletion
from django.db import migrations, models


def fill(apps, schema_editor):
    from rightsledger.cases.bulk_refs import fill_from_history

    fill_from_history(
        apps.get_model("cases", "HistoryEntry"), apps.get_model("cases", "BulkRowRef")
    )


def empty(apps, schema_editor):
    apps.get_model("cases", "BulkRowRef").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("cases", "0005_historyentry_state_hash"),
    ]

    operations = [
        migrations.CreateModel(
            name="BulkRowRef",
            fields=[
                (
                    "pk",
                    models.CompositePrimaryKey(
                        "object_type",
                        "object_id",
                        "entry",
                        blank=True,
                        editable=False,
                        primary_key=True,
                        serialize=False,
                    ),
                ),
                ("object_type", models.CharField(max_length=100)),
                ("object_id", models.CharField(max_length=64)),
                (
                    "entry",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="cases.historyentry",
                    ),
                ),
            ],
        ),
        migrations.RunPython(fill, empty),
    ]
