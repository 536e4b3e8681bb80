"""A case's persons newest first through an index: the API's person list (cursor on the id)
walked every later case's persons before this case's own."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("cases", "0006_bulkrowref"),
        ("records", "0010_name_words_in_code_point_order"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="person",
            index=models.Index(fields=["case", "id"], name="records_person_case_newest"),
        ),
    ]
