"""The rest of persons taken of whom there is no news ("Qalan üç nəfərdən heç bir xəbər
yoxdur") disappeared, as the rest whose fate is unknown do; a count of no news that is not
the rest of the taken stays missing. Statements written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_no_news_of_the_rest_of_the_taken():
    text = (
        "Əsgərlər kənddən doqquz nəfəri apardılar. Bir həftə sonra onlardan altısını "
        "buraxdılar. Qalan üç nəfərdən heç bir xəbər yoxdur."
    )
    claims = claim_fields(text, "az", FIELDS)
    assert ("disappeared", 3, 0) in claims


def test_near_miss_no_news_of_persons_not_taken():
    text = "Daşqından sonra 14 nəfərdən heç bir xəbər yoxdur."
    assert claim_fields(text, "az", FIELDS) == [("missing", 14, None)]
