"""What the bodies found bore, told as a part of them: "the team exhumed 120 bodies, 40 of
them with their hands tied", "60 bodies were found, 21 of them bearing gunshot wounds". Such a
part describes the dead already counted; it is no second count of the found dead, nor of the
wounded (a wound on a body is how the person died). Marks of torture stay a figure: the
tortured are a fate of their own (``marks_on_bodies_found``)."""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.figures.taking_back import without_freeing_parts
from rightsledger.analysis.statements.lexicon import BODY
from rightsledger.analysis.statements.quantities.az_cases import az_in_the_genitive
from rightsledger.analysis.statements.tokens import Token

# Words that point back at the bodies just counted: "40 of them", "40 of these".
_BACK = frozenset({"them", "these", "those"})
# Words that join a trait to the part: "with their hands tied", "bearing gunshot wounds".
_BEARING = frozenset({"with", "bearing", "showing", "having"})
# The nouns of the bodies named again: "9 of the bodies bore gunshot wounds".
_BODIES = frozenset({"bodies", "remains", "corpses", "victims"})
# Verbs of what a body bore, in the past or present.
_BORE = frozenset({"bore", "bear", "showed", "show", "had", "have", "carried"})
# What such a part is read as, wrongly: the whole's fate again, or the wound it bore.
_READ_AS = frozenset({"found_dead", "injured"})


def drop_traits_of_bodies_found(
    tokens: list[Token], figures: list[Figure], language: str
) -> list[Figure]:
    """``figures`` without parts of the found dead that only tell what those bodies bore."""
    on_bodies = {id(f) for f in figures if _found_on_bodies(tokens, f, figures, language)}
    figures = without_freeing_parts(figures, on_bodies)
    if language == "ru":
        dropped = {id(f) for f in figures if _ru_trait_of_the_found(tokens, f, figures)}
        return without_freeing_parts(figures, dropped)
    if language == "az":
        dropped = {id(f) for f in figures if _az_trait_of_the_found(tokens, f, figures)}
        return without_freeing_parts(figures, dropped)
    if language != "en":
        return figures
    dropped = {id(f) for f in figures if _trait_of_the_found(tokens, f, figures)}
    return without_freeing_parts(figures, dropped)


# The Azerbaijani locative of the bodies: "iki cəsəddə" (on two bodies), "meyitlərdə".
_AZ_BODIES_WHERE = tuple(
    f"{noun}{case}"
    for noun in ("cəsəd", "meyit", "nəş", "qalıq")
    for case in ("də", "da", "lərdə", "larda")
)


def _found_on_bodies(
    tokens: list[Token], part: Figure, figures: list[Figure], language: str
) -> bool:
    """ "Gunshot wounds were found on two bodies", «На двух телах обнаружены огнестрельные
    ранения», "İki cəsəddə güllə yarası aşkar edilib": the bodies a wound was found on, after
    a count of the found dead, are some of those bodies, described; no second count of the
    found dead, nor of the wounded. Marks of torture found so stay a figure (tortured)."""
    if part.category not in _READ_AS:
        return False
    quantity = part.quantity
    if not any(f.category == "found_dead" and f.quantity.last < quantity.first for f in figures):
        return False
    if language == "az":
        # The locative is no counted noun to the finder: the word right after the count.
        k = quantity.last + 1
        return k < len(tokens) and tokens[k].lower.startswith(_AZ_BODIES_WHERE)
    on = {"en": "on", "ru": "на"}.get(language)
    first = quantity.first
    if on is None or first < 1 or tokens[first - 1].lower != on:
        return False
    if quantity.counted == BODY:
        return True  # "on two bodies", «на двух телах»
    k = max(quantity.last, quantity.np_last) + 1
    words = [t.lower for t in tokens[k : k + 3]]
    return len(words) == 3 and words[:2] == ["of", "the"] and words[2] in _BODIES


def _trait_of_the_found(tokens: list[Token], part: Figure, figures: list[Figure]) -> bool:
    if part.category not in _READ_AS:
        return False
    if _of_the_bodies_bearing(tokens, part, figures) or _remains_bearing(tokens, part, figures):
        return True
    k = part.quantity.last + 1
    words = [t.lower for t in tokens[k : k + 3]]
    if len(words) < 3 or words[0] != "of" or words[1] not in _BACK or words[2] not in _BEARING:
        return False
    before = [f for f in figures if f.quantity.last < part.quantity.first]
    if not before:
        return False
    whole = max(before, key=lambda f: f.quantity.last)
    same_sentence = all(t.lower not in {".", ";"} for t in tokens[whole.quantity.last : k])
    return same_sentence and whole.category == "found_dead"


def _ru_trait_of_the_found(tokens: list[Token], part: Figure, figures: list[Figure]) -> bool:
    """«Найдены тела 31 человека. У 18 из них – огнестрельные ранения»: what «у N из них»
    (on N of them) bore, right after a count of the found dead, describes those bodies."""
    if part.category not in _READ_AS:
        return False
    first, k = part.quantity.first, part.quantity.last + 1
    if first < 1 or tokens[first - 1].lower not in {"у", "на"}:
        return False  # «у 18 из них», «на 18 из них» (on 18 of the bodies)
    if [t.lower for t in tokens[k : k + 2]] != ["из", "них"]:
        return False
    before = [f for f in figures if f.quantity.last < first]
    if not before:
        return False
    whole = max(before, key=lambda f: f.quantity.last)
    return whole.category == "found_dead"


def _of_the_bodies_bearing(tokens: list[Token], part: Figure, figures: list[Figure]) -> bool:
    """ "At least 9 of the bodies bore gunshot wounds", "4 of the remains showed fractures": a
    part named again as the bodies (in a sentence of its own) that bore something, after a
    count of the found dead; the wound is how they died, no count of the hurt."""
    quantity = part.quantity
    k = max(quantity.last, quantity.np_last) + 1
    words = [t.lower for t in tokens[k : k + 4]]
    if len(words) < 4 or words[0] != "of" or words[1] not in {"the", "these", "those"}:
        return False
    if words[2] not in _BODIES or words[3] not in _BORE | _BEARING:
        return False
    return any(f.category == "found_dead" and f.quantity.last < quantity.first for f in figures)


# Azerbaijani nouns of the bodies named again in the genitive or the ablative plural: "meyitlərin
# 11-nin" (of the bodies, eleven's), "cəsədlərdən 6-sı".
_AZ_BODIES = frozenset(
    f"{noun}{case}"
    for noun in ("meyitlər", "cəsədlər", "qalıqlar", "nəşlər")
    for case in ("in", "dən", "dan")
)
# "Of them", when the whole is the found dead and the part owns what the bodies bore, in the
# genitive: "19 nəfərin cəsədi aşkarlanıb, onlardan yeddisinin əlləri bağlı olub" (not
# "onlardan 5-i kənddə tapılıb", a finding).
_AZ_OF_THEM = frozenset({"onlardan", "onların", "bunlardan", "bunların"})


def _az_trait_of_the_found(tokens: list[Token], part: Figure, figures: list[Figure]) -> bool:
    """ "57 nəfərin qalıqları çıxarılıb … Meyitlərin 11-nin əlləri arxadan bağlı olub": a part
    of the found dead taken from the bodies named again, with no group of its own and no verb
    of its own, tells what those bodies bore (hands tied, a gunshot wound). "Meyitlərdən 5-i
    qadındır" names a group, and "meyitlərdən 5-i kənddə tapılıb" a finding: both stay. A
    wound on a body found ("cəsədlərdən 6-sında güllə yarası") is how they died, no one hurt."""
    if part.category not in _READ_AS or part.subgroup != "all":
        return False
    if part.category == "found_dead" and part.trigger is not None:
        return False
    first = part.quantity.first
    if first < 1:
        return False
    before = tokens[first - 1].lower
    owner = az_in_the_genitive(tokens[part.quantity.last].lower)
    if before not in _AZ_BODIES and not (before in _AZ_OF_THEM and owner):
        return False
    whole = part.parent or _found_just_before(tokens, part, figures)
    return whole is not None and whole.category == "found_dead"


def _found_just_before(tokens: list[Token], part: Figure, figures: list[Figure]) -> Figure | None:
    """The figure counted last before ``part`` in its sentence ("On yeddi cəsəd tapılıb,
    onlardan on birinin başında güllə yarası var": the part in the genitive is left unnested),
    if any."""
    before = [f for f in figures if f.quantity.last < part.quantity.first]
    if not before:
        return None
    whole = max(before, key=lambda f: f.quantity.last)
    between = tokens[whole.quantity.last : part.quantity.first]
    return whole if all(t.text not in {".", ";", "!", "?"} for t in between) else None


# The words that name bodies before the persons counted: "the remains of 12 persons".
_REMAINS_OF = (("the", "remains", "of"), ("the", "bodies", "of"))


def _remains_bearing(tokens: list[Token], part: Figure, figures: list[Figure]) -> bool:
    """ "The remains of 12 persons bore signs of having been bound": the bodies of fewer
    persons than the found dead counted before, that bore something, are some of those bodies
    described (the marks of torture are read apart: ``marks_on_bodies_found``)."""
    quantity = part.quantity
    first = quantity.first
    if first < 3 or tuple(t.lower for t in tokens[first - 3 : first]) not in _REMAINS_OF:
        return False
    # The verb right after the number's noun ("persons bore"), which the noun phrase may
    # have taken in.
    after = {t.lower for t in tokens[quantity.last + 1 : quantity.last + 3]}
    if not after & (_BORE | {"bearing", "showing"}):
        return False
    count = quantity.count
    return count is not None and any(
        f.category == "found_dead"
        and f is not part
        and f.quantity.last < first
        and (f.quantity.count or 0) > count
        for f in figures
    )
