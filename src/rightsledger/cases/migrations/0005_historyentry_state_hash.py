from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("cases", "0004_figure_age_limits"),
    ]

    operations = [
        migrations.AddField(
            model_name="historyentry",
            name="state_hash",
            field=models.CharField(blank=True, default="", max_length=64),
        ),
    ]
