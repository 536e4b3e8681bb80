"""Russian bodies that bear marks, counted after the bodies found: «Извлечены останки 120
человек. У 35 тел эксперты обнаружили следы пыток». Russian has no article, so the bare
«у 35 тел» is of the bodies just told of, as "35 of the bodies" would be in English: the
tortured are a part of the found dead counted before them, when fewer. Nor has Azerbaijani:
"96 nəfərin qalıqları çıxarılıb. 27 cəsəddə işgəncə izləri aşkar edilib" (in 27 bodies), or
"11 nəfərdə" (in 11 of them); fractures consistent with a beating seen so on remains ("döyülmə
ilə uyğun gələn sınıqlar") are such marks too, not wounds of the living.

With no bodies found before them, Russian marked bodies are the bodies of the dead the text
counted (deaths in custody: «За год умерли 80 заключённых. У 12 тел обнаружены следы
побоев»), and so are the cases of a death the marks were found in («В 12 случаях на телах
нашли следы насилия»: twelve of the dead, tortured, whatever act the cases were first of).
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.lexicon import BODY, Lexicon
from rightsledger.analysis.statements.tokens import Token

# Azerbaijani words for a body or remains in the locative, where marks are found: "27 cəsəddə",
# "12 meyitdə", "9 qalıqda" (a count of bodies as a place, which no counted noun is).
_AZ_BODIES_IN = ("cəsəd", "meyit", "meyid", "nəş", "qalıq")
_AZ_LOCATIVE = ("də", "da", "lərdə", "larda")
# Persons in the locative, as the place marks are seen in: "11 nəfərdə" (in eleven of them).
_AZ_PERSONS_IN = frozenset({"nəfərdə", "şəxsdə"})
# A beating, which fractures found on remains may be consistent with: "döyülmə ilə uyğun".
_AZ_BEATING = ("döyülmə", "döyülm", "döyül")
# Russian cases counted "in" («в 12 случаях») and the bodies marks are found on («на телах»).
_RU_IN = "в"
_RU_CASES = "случа"
_RU_ON = "на"
_RU_BODIES = frozenset({"телах", "теле", "трупах", "трупе", "останках"})
# What ends the clause whose marks the cases are counted by.
_CLAUSE_ENDS = frozenset({".", ";", "!", "?"})


def nest_marked_bodies_in_the_found(
    tokens: list[Token], figures: list[Figure], lex: Lexicon, language: str
) -> None:
    """Gives a count of tortured bodies with no whole the found dead before it as its whole."""
    if language not in {"ru", "az"}:
        return
    if language == "ru":
        for figure in figures:
            if figure.parent is None and _ru_cases_of_marks_on_bodies(tokens, lex, figure):
                figure.category = "tortured"
    if language == "az":
        for figure in figures:
            if _az_fractures_of_a_beating_on_the_found(tokens, figures, figure):
                figure.category = "tortured"
    for part in figures:
        quantity = part.quantity
        if part.category != "tortured" or part.parent is not None:
            continue
        if quantity.counted != BODY and not (
            (
                language == "az"
                and (
                    _az_in_the_bodies(tokens, quantity.end_token + 1)
                    or _az_in_persons(tokens, part)
                )
            )
            or (language == "ru" and _ru_cases_of_marks_on_bodies(tokens, lex, part))
        ):
            continue
        # Azerbaijani: "58 nəfərin qalıqları tapılıb. Keçən ay bu rəqəm 40 idi. 11 cəsəddə …":
        # of the bodies found as the count now stands, the largest told before, not of an
        # earlier figure of the same count given after it.
        if language == "az":
            whole = _largest_found_dead_before(figures, part)
        else:
            whole = latest_found_dead_before(figures, part) or _ru_latest_toll_before(
                tokens, figures, part
            )
        if whole is None:
            continue
        most, count = whole.quantity.most, quantity.count
        if most is not None and count is not None and count < most:
            part.parent = whole


def latest_found_dead_before(figures: list[Figure], part: Figure) -> Figure | None:
    """The latest count of the found dead with no whole, told before ``part``; None if none."""
    found = _found_dead_before(figures, part)
    return found[-1] if found else None


def _found_dead_before(figures: list[Figure], part: Figure) -> list[Figure]:
    """The counts of the found dead with no whole told before ``part``, in text order."""
    return [
        f for f in figures
        if f.category == "found_dead" and f.parent is None
        and f.quantity.end_token < part.quantity.first
    ]  # fmt: skip


def _az_in_the_bodies(tokens: list[Token], k: int) -> bool:
    """Is the word at ``k`` a body or remains in the locative ("27 cəsəddə")?"""
    if k >= len(tokens):
        return False
    word = tokens[k].lower
    return word.startswith(_AZ_BODIES_IN) and word.endswith(_AZ_LOCATIVE)


def _az_fractures_of_a_beating_on_the_found(
    tokens: list[Token], figures: list[Figure], figure: Figure
) -> bool:
    """ "40 nəfərin qalıqları çıxarılıb. Döyülmə ilə uyğun gələn sınıqlar 11 nəfərdə
    müşahidə olunub": fractures consistent with a beating, counted in persons in the locative
    after remains were found, are marks of torture on the dead, not wounds of the living."""
    quantity = figure.quantity
    if (
        figure.category != "injured"
        or figure.parent is not None
        or not _found_dead_before(figures, figure)
    ):
        return False
    if not _az_in_persons(tokens, figure):
        return False
    start = quantity.first
    while (
        start > 0 and tokens[start - 1].text not in _CLAUSE_ENDS and tokens[start - 1].text != ","
    ):
        start -= 1
    return any(tokens[k].lower.startswith(_AZ_BEATING) for k in range(start, quantity.first))


def _az_in_persons(tokens: list[Token], figure: Figure) -> bool:
    """Is the count one of persons in the locative ("11 nəfərdə"), where marks are seen?"""
    quantity = figure.quantity
    after = quantity.end_token + 1
    return (after < len(tokens) and tokens[after].lower in _AZ_PERSONS_IN) or (
        quantity.np_last >= 0 and tokens[quantity.np_last].lower in _AZ_PERSONS_IN
    )


def _largest_found_dead_before(figures: list[Figure], part: Figure) -> Figure | None:
    """The largest count of the found dead with no whole, told before ``part``."""
    found = [f for f in _found_dead_before(figures, part) if f.quantity.most is not None]
    return max(found, key=lambda f: f.quantity.most or 0) if found else None


def _ru_cases_of_marks_on_bodies(tokens: list[Token], lex: Lexicon, figure: Figure) -> bool:
    """Is ``figure`` a Russian count of cases «в N случаях» whose clause says marks of
    torture were found on the bodies («на телах … следы насилия»)?"""
    quantity = figure.quantity
    if quantity.first < 1 or tokens[quantity.first - 1].lower != _RU_IN:
        return False
    named = tokens[quantity.np_first : quantity.np_last + 1] if quantity.np_first >= 0 else []
    if not any(t.lower.startswith(_RU_CASES) for t in named):
        return False
    on_bodies = marks = False
    for k in range(quantity.end_token + 1, len(tokens)):
        if tokens[k].text in _CLAUSE_ENDS or tokens[k].newline_before:
            break
        on_bodies = on_bodies or (
            tokens[k].lower == _RU_ON and k + 1 < len(tokens) and tokens[k + 1].lower in _RU_BODIES
        )
        found = lex.trigger_set.match(tokens, k)
        marks = marks or (found is not None and found.value == "tortured")
    return on_bodies and marks


def _ru_latest_toll_before(
    tokens: list[Token], figures: list[Figure], part: Figure
) -> Figure | None:
    """The latest count of the dead with no whole told before ``part``, not one set in
    brackets (an earlier year's «(в 2023 году — 49)»); None if none."""
    tolls = [
        f for f in figures
        if f.category == "killed" and f.parent is None and f is not part
        and f.quantity.end_token < part.quantity.first
        and not _in_brackets(tokens, f.quantity.first)
    ]  # fmt: skip
    return tolls[-1] if tolls else None


def _in_brackets(tokens: list[Token], k: int) -> bool:
    """Does an opening bracket, not closed again, stand before ``k`` in its line?"""
    for j in range(k - 1, -1, -1):
        if tokens[j].text == ")" or tokens[j].text in _CLAUSE_ENDS:
            return False
        if tokens[j].text == "(":
            return True
        if tokens[j].newline_before:
            return False
    return False
