"""The index of bulk rows keeps no database-checked key to its entry: each checked key was a
lookup queued to the commit, one for each row an import or a linkage run names
(``cases.models.BulkRowRef``)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("cases", "0006_bulkrowref"),
    ]

    operations = [
        migrations.AlterField(
            model_name="bulkrowref",
            name="entry",
            field=models.ForeignKey(
                db_constraint=False,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="cases.historyentry",
            ),
        ),
    ]
