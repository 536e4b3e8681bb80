"""«Среди погибших 29 мирных жителей, из них пятеро детей, и 12 военнослужащих»: Russian sets no
comma before the «и» that joins the last item of a list, so «, и» with a count that names its
own persons closes the aside that broke the item before down; that count is the next item of
the list outside the aside. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_the_item_after_the_aside_goes_with_the_outer_list():
    text = (
        "При обстреле погибли не менее 35 человек. Среди погибших 22 мирных жителя, "
        "из них четверо детей, и 13 военнослужащих."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("killed", "all", 35, None),
        ("killed", "civilians", 22, 0),
        ("killed", "children", 4, 1),
        ("killed", "servicemen", 13, 0),
    ]


def test_an_aside_opened_by_including():
    text = (
        "В плену остаются 60 человек. Среди них 40 мирных жителей, в том числе семь женщин, "
        "и 20 военнослужащих."
    )
    parents = [(count, parent) for _c, _s, count, parent in claim_fields(text, "ru", FIELDS)]
    assert parents[1:] == [(40, 0), (7, 1), (20, 0)]


def test_a_list_of_parts_with_no_comma_before_and_stays_one():
    # Near miss: no comma before «и»: both are parts of the civilians.
    text = "Погибли 35 человек. Среди погибших 22 мирных жителя, из них четверо детей и 6 женщин."
    assert claim_fields(text, "ru", FIELDS)[2:] == [
        ("killed", "children", 4, 1),
        ("killed", "women", 6, 1),
    ]
