"""The reasons a reviewer reads, by key: the English of each, and one reason as found.

``explain`` finds them; ``registry.reasons`` translates them by the same keys (a test holds
the two equal).
"""

from __future__ import annotations

import dataclasses

__all__ = ["REASON_TEMPLATES", "Reason"]

# key: English template; {0}, {1} … are the reason's values in order.
REASON_TEMPLATES: dict[str, str] = {
    "surname_same": "same surname ({0})",
    "surname_same_across_scripts": "same surname in another script ({0} / {1})",
    "surname_same_other_spelling": "same surname, spelled differently ({0} / {1})",
    "surname_same_root": "same family name with another ending ({0} / {1})",
    "surname_similar": "similar surnames, perhaps a slip ({0} / {1})",
    "surname_slip_rest_agrees": "surnames differ by one slip ({0} / {1}), but the given and "
    "father's names agree",
    "surname_slips_rest_agrees": (
        "surnames a slip or two apart ({0} / {1}), the given name and the year of birth the"
        " same (by an age, a year either way): a slip, where one of the two is a surname"
        " seldom written"
    ),
    "surname_slips_names_agree": (
        "surnames a slip or two apart ({0} / {1}), the given and father's names the same: a"
        " slip, where one of the two is a surname written often"
    ),
    "surnames_differ": "surnames differ ({0} / {1})",
    "names_in_other_order": "given name and surname in the other order ({0} / {1})",
    "given_same": "same given name ({0})",
    "given_same_across_scripts": "same given name in another script ({0} / {1})",
    "given_same_other_spelling": "same given name, spelled differently ({0} / {1})",
    "given_similar": "similar given names, perhaps a slip ({0} / {1})",
    "given_initial_compatible": "the initial {0} fits the given name {1}",
    "given_initials_same": "same initial of the given name ({0})",
    "given_initial_differs": "the initial {0} does not fit the given name {1}",
    "given_slip_rest_agrees": "given names differ by one slip ({0} / {1}), but the father's "
    "name and the year of birth agree",
    "given_slip_same_year": (
        "given names a slip or two apart ({0} / {1}), born the same year (by an"
        " age, a year either way): a slip, where one of the two is a name seldom written"
    ),
    "given_names_differ": "given names differ ({0} / {1})",
    "same_father_name": "same father's name ({0})",
    "same_father_name_across_scripts": "same father's name in another script ({0} / {1})",
    "same_father_name_other_spelling": "same father's name, spelled differently ({0} / {1})",
    "father_names_similar": "similar fathers' names, perhaps a slip ({0} / {1})",
    "father_initial_compatible": "the initial {0} fits the father's name {1}",
    "father_initial_differs": "the initial {0} does not fit the father's name {1}",
    "father_slip_rest_agrees": "fathers' names differ by one slip ({0} / {1}), but the given "
    "name and the year of birth agree",
    "father_slips_rest_agrees": (
        "fathers' names a slip or two apart ({0} / {1}), the given name and the year"
        " of birth the same (by an age, a year either way): a slip, where one of the two is a name seldom written"
    ),
    "father_slips_names_agree": (
        "fathers' names a slip or two apart ({0} / {1}), the given name and surname the"
        " same, born the same year or one side giving none: a slip, where one of the two is"
        " a name written often"
    ),
    "father_names_differ": "fathers' names differ ({0} / {1})",
    "sex_differs": "recorded sex differs ({0} / {1})",
    "no_given_name_years_apart": "no given name on one record, and born {0} years apart ({1} / "
    "{2}): a brother or a sister as likely as one person",
    "no_given_name_other_sex": "no given name on one record, and the names show a man and a "
    "woman ({0} / {1}): a brother or a sister, not one person",
    "born_same_date": "same date of birth ({0})",
    "born_other_days": "born on days that share neither the day nor the month ({0} / {1}): "
    "someone else",
    "born_same_year": "born the same year ({0})",
    "born_a_year_apart": "born a year apart ({0} / {1})",
    "born_years_apart": "born {0} years apart ({1} / {2})",
    "age_a_year_off": "aged {0} in {1} on one record, born {2} on the other: an age fits two "
    "years of birth",
    "ages_a_year_off": "years of birth worked out from ages, a year apart ({0} / {1})",
    "birth_unknown": "no date of birth or age on one of the records",
    "age_fits_birth": "aged {0} on one record, born {1} with the event in {2} on the other",
    "age_years_off_birth": "aged {0} on one record, but born {1} with the event in {2} on the "
    "other",
    "same_place": "same place of origin ({0})",
    "same_place_other_spelling": "same place of origin, spelled differently ({0} / {1})",
    "places_differ": "places of origin differ ({0} / {1})",
    "same_event_date": "same date of the event ({0})",
    "event_dates_a_day_apart": "dates of the event a day apart ({0} / {1})",
    "event_dates_days_apart": "dates of the event {0} days apart ({1} / {2})",
    "event_dates_differ": "dates of the event differ ({0} / {1})",
    "event_same_month": "same month of the event ({0} / {1}), one list giving only the month",
    "released_after_capture": "captured on one record ({0}), released later on the other ({1}): "
    "the two ends of one captivity",
    "same_household": "the same list puts both in one household",
    "different_households": "the same list puts them in different households",
    "same_list": "both are entries of one list",
    "statuses_differ": "the lists give different fates ({0} / {1})",
    "alive_after_death": "one list records a death ({0}, {1}), the other {2} a month or more "
    "later ({3}): someone else",
    "deaths_apart": "both lists record a death, a month or more apart ({0} / {1}) and in "
    "places written differently: two deaths",
}


@dataclasses.dataclass(frozen=True, slots=True)
class Reason:
    """One observation about a pair: ``key`` to translate, ``values`` to fill it with,
    ``text`` in English, and whether it speaks ``for`` or ``against`` one person, or
    ``neither``."""

    key: str
    values: tuple[str, ...]
    direction: str  # "for" | "against" | "neither"

    @property
    def text(self) -> str:
        return REASON_TEMPLATES[self.key].format(*self.values)
