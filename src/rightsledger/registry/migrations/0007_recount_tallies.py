"""Every case's tallies counted again: each member of a household with no survivor now holds
the household's token (``registry.tallies``), which the rows counted before lack. Dropping
the sums makes the next reader count the case afresh."""

from django.db import migrations


def drop_sums(apps, schema_editor):
    apps.get_model("registry", "FigureTally").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("registry", "0006_figure_tallies")]

    operations = [migrations.RunPython(drop_sums, migrations.RunPython.noop)]
