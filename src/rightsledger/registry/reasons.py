"""Why two records may be one person, in the reader's language.

The analysis core says what it sees in a pair (``analysis.linkage.explain_pair``: a stable
key and the values it concerns); this module words it for people, translated — never a
column name or a similarity measure.
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _

from rightsledger.analysis.linkage import explain_pair
from rightsledger.registry.models import SourceRecord

FIELDS = ("full_name", "given_name", "surname", "patronymic", "sex", "birth_date",
          "birth_year", "age", "place_of_origin", "event_date", "event_place", "status",
          "family_id")  # fmt: skip

# key → words, with the values in order as {0}, {1} … (the keys of
# analysis.linkage.REASON_TEMPLATES, whose English this translates; a test holds them equal)
PHRASES: dict[str, Any] = {
    "surname_same": _("same surname ({0})"),
    "surname_same_across_scripts": _("same surname in another script ({0} / {1})"),
    "surname_same_other_spelling": _("same surname, spelled differently ({0} / {1})"),
    "surname_same_root": _("same family name with another ending ({0} / {1})"),
    "surname_similar": _("similar surnames, perhaps a slip ({0} / {1})"),
    "surname_slip_rest_agrees": _(
        "surnames differ by one slip ({0} / {1}), but the given and father's names agree"
    ),
    "surname_slips_rest_agrees": _(
        "surnames a slip or two apart ({0} / {1}), the given name and the year of birth the"
        " same (by an age, a year either way): a slip, where one of the two is a surname"
        " seldom written"
    ),
    "surname_slips_names_agree": _(
        "surnames a slip or two apart ({0} / {1}), the given and father's names the same: a"
        " slip, where one of the two is a surname written often"
    ),
    "surnames_differ": _("surnames differ ({0} / {1})"),
    "names_in_other_order": _("given name and surname in the other order ({0} / {1})"),
    "given_same": _("same given name ({0})"),
    "given_same_across_scripts": _("same given name in another script ({0} / {1})"),
    "given_same_other_spelling": _("same given name, spelled differently ({0} / {1})"),
    "given_similar": _("similar given names, perhaps a slip ({0} / {1})"),
    "given_initial_compatible": _("the initial {0} fits the given name {1}"),
    "given_initials_same": _("same initial of the given name ({0})"),
    "given_initial_differs": _("the initial {0} does not fit the given name {1}"),
    "given_slip_rest_agrees": _(
        "given names differ by one slip ({0} / {1}), but the father's name and the year of "
        "birth agree"
    ),
    "given_slip_same_year": _(
        "given names a slip or two apart ({0} / {1}), born the same year (by an"
        " age, a year either way): a slip, where one of the two is a name seldom written"
    ),
    "given_names_differ": _("given names differ ({0} / {1})"),
    "same_father_name": _("same father's name ({0})"),
    "same_father_name_across_scripts": _("same father's name in another script ({0} / {1})"),
    "same_father_name_other_spelling": _("same father's name, spelled differently ({0} / {1})"),
    "father_names_similar": _("similar fathers' names, perhaps a slip ({0} / {1})"),
    "father_initial_compatible": _("the initial {0} fits the father's name {1}"),
    "father_initial_differs": _("the initial {0} does not fit the father's name {1}"),
    "father_slip_rest_agrees": _(
        "fathers' names differ by one slip ({0} / {1}), but the given name and the year of "
        "birth agree"
    ),
    "father_slips_rest_agrees": _(
        "fathers' names a slip or two apart ({0} / {1}), the given name and the year"
        " of birth the same (by an age, a year either way): a slip, where one of the two is a name seldom written"
    ),
    "father_slips_names_agree": _(
        "fathers' names a slip or two apart ({0} / {1}), the given name and surname the"
        " same, born the same year or one side giving none: a slip, where one of the two is"
        " a name written often"
    ),
    "father_names_differ": _("fathers' names differ ({0} / {1})"),
    "sex_differs": _("recorded sex differs ({0} / {1})"),
    "no_given_name_years_apart": _(
        "no given name on one record, and born {0} years apart ({1} / {2}): a brother or a "
        "sister as likely as one person"
    ),
    "no_given_name_other_sex": _(
        "no given name on one record, and the names show a man and a woman ({0} / {1}): a "
        "brother or a sister, not one person"
    ),
    "born_same_date": _("same date of birth ({0})"),
    "born_other_days": _(
        "born on days that share neither the day nor the month ({0} / {1}): someone else"
    ),
    "born_same_year": _("born the same year ({0})"),
    "born_a_year_apart": _("born a year apart ({0} / {1})"),
    "born_years_apart": _("born {0} years apart ({1} / {2})"),
    "age_a_year_off": _(
        "aged {0} in {1} on one record, born {2} on the other: an age fits two years of birth"
    ),
    "ages_a_year_off": _("years of birth worked out from ages, a year apart ({0} / {1})"),
    "birth_unknown": _("no date of birth or age on one of the records"),
    "age_fits_birth": _("aged {0} on one record, born {1} with the event in {2} on the other"),
    "age_years_off_birth": _(
        "aged {0} on one record, but born {1} with the event in {2} on the other"
    ),
    "same_place": _("same place of origin ({0})"),
    "same_place_other_spelling": _("same place of origin, spelled differently ({0} / {1})"),
    "places_differ": _("places of origin differ ({0} / {1})"),
    "same_event_date": _("same date of the event ({0})"),
    "event_dates_a_day_apart": _("dates of the event a day apart ({0} / {1})"),
    "event_dates_days_apart": _("dates of the event {0} days apart ({1} / {2})"),
    "event_dates_differ": _("dates of the event differ ({0} / {1})"),
    "event_same_month": _("same month of the event ({0} / {1}), one list giving only the month"),
    "released_after_capture": _(
        "captured on one record ({0}), released later on the other ({1}): the two ends of one "
        "captivity"
    ),
    "same_household": _("the same list puts both in one household"),
    "different_households": _("the same list puts them in different households"),
    "same_list": _("both are entries of one list"),
    "statuses_differ": _("the lists give different fates ({0} / {1})"),
    "alive_after_death": _(
        "one list records a death ({0}, {1}), the other {2} a month or more later ({3}): "
        "someone else"
    ),
    "deaths_apart": _(
        "both lists record a death, a month or more apart ({0} / {1}) and in places written "
        "differently: two deaths"
    ),
}


def _fields(record: SourceRecord) -> dict[str, str]:
    fields = {name: "" if getattr(record, name) is None else str(getattr(record, name))
              for name in FIELDS}  # fmt: skip
    # "One list" means one imported file: households are only comparable within it.
    fields["source"] = "" if record.list_import_id is None else f"list-{record.list_import_id}"
    month_first = record.list_import is not None and record.list_import.dates_month_first
    fields["dates_month_first"] = "yes" if month_first else ""
    return fields


def pair_reasons(pair: Any) -> list[str]:
    """What speaks for and against a pair being one person, in plain words."""
    phrases = []
    for reason in explain_pair(_fields(pair.record_a), _fields(pair.record_b)):
        template = PHRASES.get(reason.key)
        phrases.append(str(template).format(*reason.values) if template else reason.text)
    return phrases
