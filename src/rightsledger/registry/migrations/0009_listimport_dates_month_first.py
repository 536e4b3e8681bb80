from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("registry", "0008_event_tallies"),
    ]

    operations = [
        migrations.AddField(
            model_name="listimport",
            name="dates_month_first",
            field=models.BooleanField(default=False),
        ),
    ]
