"""Name words: the triggers on a changed or deleted name reach its words through the
person's index, one probe a name, instead of a join the planner could turn into a sort of
every word in the database (``records.word_triggers``)."""

from django.db import migrations


def reinstall_triggers(apps, schema_editor):
    from rightsledger.records.word_triggers import install_word_index

    install_word_index(schema_editor.connection, split=False)


class Migration(migrations.Migration):
    dependencies = [
        ("records", "0011_person_case_newest"),
    ]

    operations = [
        migrations.RunPython(reinstall_triggers, migrations.RunPython.noop),
    ]
