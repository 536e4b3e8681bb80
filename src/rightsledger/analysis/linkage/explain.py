"""Why two records may or may not be one person, in words a reviewer reads.

``explain_pair(left, right)`` compares two records (mappings with the canonical columns,
values as the lists gave them) with the same name keys the linkage uses, and returns
:class:`Reason` objects: a stable ``key`` for translation, the ``values`` to put in it
and the English ``text``.  Nothing here names a column or an algorithm.
"""

from __future__ import annotations

from collections.abc import Mapping

from rightsledger.analysis.linkage.explain_facts import (
    birth_reasons,
    birth_year,
    birth_years_agree,
    event_reasons,
    list_reasons,
    place_reasons,
    value_of,
)
from rightsledger.analysis.linkage.reason_templates import REASON_TEMPLATES, Reason
from rightsledger.analysis.linkage.similarity import (
    Agreement,
    name_agreement,
    normal_sex,
    one_slip,
    slips_same_first_letter,
    two_slips,
)
from rightsledger.analysis.names import ParsedName, parse_name
from rightsledger.analysis.names.keys import surname_root
from rightsledger.analysis.names.scripts import detect_script

__all__ = ["REASON_TEMPLATES", "Reason", "explain_pair"]


def _parse(record: Mapping[str, str]) -> ParsedName:
    return parse_name(
        value_of(record, "full_name"),
        given=value_of(record, "given_name"),
        surname=value_of(record, "surname"),
        patronymic=value_of(record, "patronymic"),
    )


def _written(parsed: ParsedName, record: Mapping[str, str]) -> str:
    """The name as the list wrote it: whole, or its parts in the list's columns."""
    parts = (value_of(record, column) for column in ("surname", "given_name", "patronymic"))
    return parsed.original or " ".join(part for part in parts if part)


def _same_name_reason(part: str, left: str, right: str, *, father: bool = False) -> Reason:
    """same / same in another script / same spelled differently, for one name part."""
    prefix = "same_father_name" if father else f"{part}_same"
    if left == right:
        return Reason(prefix, (left,), "for")
    if detect_script(left) is not detect_script(right):
        return Reason(f"{prefix}_across_scripts", (left, right), "for")
    return Reason(f"{prefix}_other_spelling", (left, right), "for")


def _swapped_bare(bare: ParsedName, other: ParsedName) -> bool:
    """As ``comparisons._swapped_bare``: ``bare`` writes two given names with no surname
    ending, read in the other order against ``other``'s surname root."""
    root = surname_root(bare.surname_canon)
    return (
        bare.surname_canon == root
        and bare.given_as_surname == surname_root(other.surname_canon)
        and bare.surname_canon == other.given_as_surname
    )


def _swapped(a: ParsedName, b: ParsedName) -> bool:
    """Given name and surname read in the other order (``comparisons.SWAPPED``)."""
    as_written = a.given_as_surname == b.surname_canon and b.given_as_surname == a.surname_canon
    return as_written or _swapped_bare(a, b) or _swapped_bare(b, a)


def _surname_reasons(a: ParsedName, b: ParsedName, *, same_year: bool = False) -> list[Reason]:
    """The surnames: the same, the same root, alike, or (as the model's short-slip level)
    one slip apart in a short root where given and father's names agree, or (as its level
    of slips beside an established surname, and of a rare slip, which count the surnames
    in the whole input; one pair cannot) a slip or two apart where given and father's
    names agree, or where the given names and, as far as ``same_year`` tells, the years
    of birth agree."""
    if not a.surname_canon or not b.surname_canon:
        return []
    if _swapped(a, b):
        left, right = f"{a.given} {a.surname}", f"{b.given} {b.surname}"
        return [Reason("names_in_other_order", (left, right), "for")]
    if a.surname_canon == b.surname_canon:
        return [_same_name_reason("surname", a.surname, b.surname)]
    if surname_root(a.surname_canon) == surname_root(b.surname_canon):
        return [Reason("surname_same_root", (a.surname, b.surname), "for")]
    agreement = name_agreement(surname_root(a.surname_canon), surname_root(b.surname_canon))
    if agreement is not Agreement.DIFFERENT:
        return [Reason("surname_similar", (a.surname, b.surname), "for")]
    rest_agrees = _agree(a.given_canon, b.given_canon) and _agree(a.father_canon, b.father_canon)
    roots = surname_root(a.surname_canon), surname_root(b.surname_canon)
    if rest_agrees and one_slip(*roots):
        return [Reason("surname_slip_rest_agrees", (a.surname, b.surname), "neither")]
    if rest_agrees and slips_same_first_letter(*roots):
        return [Reason("surname_slips_names_agree", (a.surname, b.surname), "neither")]
    if same_year and _agree(a.given_canon, b.given_canon) and two_slips(*roots):
        return [Reason("surname_slips_rest_agrees", (a.surname, b.surname), "neither")]
    return [Reason("surnames_differ", (a.surname, b.surname), "against")]


def _agree(a: object, b: object) -> bool:
    """Both given and equal (as SQL's ``=``: a missing value agrees with nothing)."""
    return a is not None and a != "" and a == b


def _given_like_reasons(
    part: str,
    left: tuple[str, str, str],
    right: tuple[str, str, str],
    *,
    rest_agrees: bool = False,
    same_year: bool = False,
    names_agree: bool = False,
) -> list[Reason]:
    """Given or father's name: (written form, key, initial letters) of each side; an
    initial has its own letter, a written-out name every letter it may be abbreviated to
    (:func:`names.keys.initial_letters`).
    ``rest_agrees``: the rest agrees (for a given name the father's name and the birth
    year, for a father's name the given name and the birth year), so that one slip in a
    short name is no other name (the model's short-slip levels).
    ``same_year``: the birth years agree (one read off an age may be a year from the
    other: ``explain_facts.birth_years_agree``), so that a given name a slip or two from
    the other is that name spoiled where one of the two is seldom written (the model's
    levels of a rare slip, which count the names in the whole input; one pair cannot); for
    a father's name, the given names agree too.
    ``names_agree`` (a father's name): given name and surname agree and the birth years
    are not apart, so that a father's name a slip or two from the other is that name
    spoiled where one of the two is written often (the model's level of slips beside an
    established name)."""
    (a_text, a_key, a_initial), (b_text, b_key, b_initial) = left, right
    father = part == "father"
    if not a_initial or not b_initial:
        return []
    if not a_key or not b_key:
        if not a_key and not b_key:
            if a_initial == b_initial and not father:
                return [Reason("given_initials_same", (a_text,), "for")]
            return []
        initial, full = (a_text, b_text) if not a_key else (b_text, a_text)
        fits = (a_initial in b_initial) if not a_key else (b_initial in a_initial)
        return [
            Reason(
                f"{part}_initial_{'compatible' if fits else 'differs'}",
                (initial, full),
                "for" if fits else "against",
            )
        ]
    agreement = name_agreement(a_key, b_key, skeleton=not father)
    if agreement is Agreement.SAME:
        return [_same_name_reason("given", a_text, b_text, father=father)]
    if agreement is not Agreement.DIFFERENT:
        key = "father_names_similar" if father else "given_similar"
        return [Reason(key, (a_text, b_text), "for")]
    if rest_agrees and one_slip(a_key, b_key):
        key = "father_slip_rest_agrees" if father else "given_slip_rest_agrees"
        return [Reason(key, (a_text, b_text), "neither")]
    if same_year and two_slips(a_key, b_key):
        key = "father_slips_rest_agrees" if father else "given_slip_same_year"
        return [Reason(key, (a_text, b_text), "neither")]
    if father and names_agree and slips_same_first_letter(a_key, b_key):
        return [Reason("father_slips_names_agree", (a_text, b_text), "neither")]
    key = "father_names_differ" if father else "given_names_differ"
    return [Reason(key, (a_text, b_text), "against")]


def explain_pair(left: Mapping[str, str], right: Mapping[str, str]) -> list[Reason]:
    """What speaks for and against two records being one person, surname first.

    ``left`` and ``right`` hold the canonical columns (``full_name``, ``given_name``,
    ``surname``, ``patronymic``, ``sex``, ``birth_date``, ``birth_year``, ``age``,
    ``place_of_origin``, ``event_date``, ``status``, ``family_id``, ``source``, and
    ``dates_month_first`` not blank where the record's list writes its dates month first,
    as ``list_dates.writes_month_first`` found); missing or blank values are skipped.
    """
    a, b = _parse(left), _parse(right)
    born = birth_year(left)[0], birth_year(right)[0]
    same_year = _agree(*born)
    nameless = not a.given_initials or not b.given_initials  # not even an initial
    reasons = _surname_reasons(a, b, same_year=birth_years_agree(left, right))
    if not (reasons and reasons[0].key == "names_in_other_order"):
        reasons += _given_like_reasons(
            "given",
            (a.given, a.given_canon, a.given_initials),
            (b.given, b.given_canon, b.given_initials),
            rest_agrees=_agree(a.father_canon, b.father_canon) and same_year,
            same_year=birth_years_agree(left, right),
        )
    reasons += _given_like_reasons(
        "father",
        (a.father, a.father_canon, a.father_initials),
        (b.father, b.father_canon, b.father_initials),
        rest_agrees=_agree(a.given_canon, b.given_canon) and same_year,
        same_year=_agree(a.given_canon, b.given_canon) and birth_years_agree(left, right),
        names_agree=_agree(a.given_canon, b.given_canon)
        and bool(a.surname_canon and b.surname_canon)
        and surname_root(a.surname_canon) == surname_root(b.surname_canon)
        and (None in (born[0], born[1]) or birth_years_agree(left, right)),
    )
    a_sex, b_sex = value_of(left, "sex"), value_of(right, "sex")
    if {normal_sex(a_sex), normal_sex(b_sex)} == {"M", "F"}:
        reasons.append(Reason("sex_differs", (a_sex, b_sex), "against"))
    elif nameless and {
        normal_sex(a_sex) or a.sex,
        normal_sex(b_sex) or b.sex,
    } == {"M", "F"}:
        # As the model: an entry with no given name whose name's form (оглы / кызы,
        # -ov / -ova) gives the other sex is held apart.
        shown = (_written(a, left), _written(b, right))
        reasons.append(Reason("no_given_name_other_sex", shown, "against"))
    reasons += [
        # As the model: with no given name, only age (and sex) tells a sibling apart.
        Reason("no_given_name_years_apart", r.values, "against")
        if nameless and r.key == "born_years_apart"
        else r
        for r in birth_reasons(left, right)
    ]
    reasons += place_reasons(left, right)
    reasons += event_reasons(left, right)
    reasons += list_reasons(left, right)
    return reasons
