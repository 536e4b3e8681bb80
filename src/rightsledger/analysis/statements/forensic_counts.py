"""How English forensic reports count the dead: "Pit B contained 9 individuals", "the second
contained nine", "the minimum number of individuals (MNI) is 23", "bringing the total to 32",
"Of the 40 individuals, five were women and three were children".

A grave or pit that contained persons held them dead: they were found dead, as "contained the
remains of 31 individuals" is read in the lexicon; a bare number after "contained" told after
such a count in its sentence counts the same ("the first contained 31 individuals; the second
contained nine"). The minimum number of individuals is the count of the dead a site held. A
total ("bringing the total to 32", "the combined MNI is 47") and a whole named again to be
broken down ("Of the 40 individuals, …") that equals the sum of the dead counted before it is
their total: found dead, and the groups said of it after ("five were women") are its parts.
The bare counts after a colon, each "from" a place, are the parts of a minimum number;
said in words of its own ("a minimum number of 47 individuals was determined: 30 from Trench A,
17 from Trench B"), the minimum is read only where they add up to it. Only persons are counted so: not cartridge cases a pit contained, nor the "2" of "Pit 2".
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.figures.lists import counted_at_a_place
from rightsledger.analysis.statements.lexicon import BODY, PERSON
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import CLAUSE_STOPS, Token, sentences

_CONTAINED = frozenset({"contained", "contains", "containing", "contain"})
# What holds the dead that a report says "contained" them ("Pit B", "the northern trench", "Grave
# 3"): a bus or a cell that contained passengers held them alive.
_HOLDERS_OF_THE_DEAD = frozenset(
    {"pit", "pits", "grave", "graves", "trench", "trenches", "site", "sites", "well", "shaft",
     "burial", "deposit", "layer"}
)  # fmt: skip
# Verbs of keeping, whose object bodies are the dead found and kept somewhere.
_KEEPING = frozenset({"holds", "held", "hold", "holding", "keeps", "kept", "stores", "stored"})
# How far before "contained" the word of what held them may stand ("Pit B, the largest,").
_HOLDER_REACH = 5
_MNI = ("mni", "minimum number of individuals")
_TOTAL = frozenset({"total", "mni"})
_SUBGROUP = "subgroup:"
# What ends the clause of a minimum number: its own end, or the colon that opens its breakdown.
_CLAUSE_OR_COLON = CLAUSE_STOPS | {":"}


def add_forensic_counts(
    tokens: list[Token], quantities: list[Quantity], figures: list[Figure], language: str
) -> list[Figure]:
    """``figures`` with the dead a forensic report counts, and its totals with their parts."""
    if language != "en":
        return figures
    by_quantity = {id(f.quantity): f for f in figures}
    found: list[Figure] = []
    for begin, end in sentences(tokens):
        contained_persons = False
        for quantity in quantities:
            if not begin <= quantity.first < end or quantity.count is None or quantity.non_count:
                continue
            figure = by_quantity.get(id(quantity))
            if figure is not None and _read_otherwise(figure):
                continue
            persons = quantity.noun in {PERSON, BODY}
            after_contained = (
                quantity.first > begin and tokens[quantity.first - 1].lower in _CONTAINED
            )
            kind = ""
            held = persons and _held_by_a_grave(tokens, quantity.first - 1, begin)
            if after_contained and (held or (_bare(quantity) and contained_persons)):
                kind = "contained"
                contained_persons = True
            elif quantity.noun == BODY and _kept(tokens, quantity, begin):
                kind = "contained"  # "the morgue holds about 420 sets of unidentified remains"
            elif (_bare(quantity) and _mni_before(tokens, quantity, begin)) or (
                persons
                and figure is None
                and _minimum_counted_out(tokens, quantities, by_quantity, quantity, begin, end)
            ):
                kind = "mni"
            elif (persons or quantity.np_last < 0) and _total_before(tokens, quantity, begin):
                kind = "total"
            elif persons and _whole_named_again(tokens, quantity):
                kind = "again"
            if not kind and figure is not None:
                # "contained the remains of 31 individuals": found in the lexicon's reading.
                window = tokens[max(begin, quantity.first - 6) : quantity.first]
                contained_persons |= any(t.lower in _CONTAINED for t in window)
                found.append(figure)
                continue
            if not kind:
                continue
            if kind in {"total", "again"} or (figure is not None and kind == "mni"):
                same = [f for f in found if f.quantity.count == quantity.count]
                summed = sum(f.quantity.count or 0 for f in found if f.parent is None)
                if same and kind == "again":
                    _nest_groups_said_after(tokens, quantities, by_quantity, same[-1], end)
                    continue
                if summed != quantity.count:
                    continue
            if figure is None:
                figure = Figure(quantity, "found_dead", bound="clause")
                by_quantity[id(quantity)] = figure
                figures = [*figures, figure]
            else:
                figure.category = "found_dead"
                figure.parent = None
            found.append(figure)
            if kind == "mni":
                _nest_places_after_a_colon(tokens, quantities, by_quantity, figure, end)
            if kind == "again":
                _nest_groups_said_after(tokens, quantities, by_quantity, figure, end)
    return [*figures, *_new_parts(figures, by_quantity)]


def _kept(tokens: list[Token], quantity: Quantity, begin: int) -> bool:
    """Is the count of bodies the object of a verb of keeping ("the morgue holds 420 sets of
    remains", "the mortuary kept 12 bodies")? Whatever holds bodies holds the dead found."""
    return quantity.first > begin and tokens[quantity.first - 1].lower in _KEEPING


def _held_by_a_grave(tokens: list[Token], contained: int, begin: int) -> bool:
    """Does a word of a grave or pit stand shortly before "contained" at ``contained``?"""
    window = tokens[max(begin, contained - _HOLDER_REACH) : contained]
    return any(t.lower in _HOLDERS_OF_THE_DEAD for t in window)


def _read_otherwise(figure: Figure) -> bool:
    """Is the count read already as something other than the dead? A bare total the binder
    took for graves, the noun carried from the "pits" before it, is not."""
    if figure.category in {"found_dead", ""}:
        return False
    return not (figure.quantity.np_last < 0 and figure.category == "burial_sites")


def _bare(quantity: Quantity) -> bool:
    """A number with no counted noun: "is 23", "contained nine"."""
    return not quantity.noun and quantity.np_last < 0


def _mni_before(tokens: list[Token], quantity: Quantity, begin: int) -> bool:
    """ "the minimum number of individuals (MNI) is 23", "the combined MNI is therefore 47"."""
    k = quantity.first - 1
    between = 0
    while k >= begin and tokens[k].text not in CLAUSE_STOPS and between < 10:
        if tokens[k].lower in {"is", "was", "of", "at"}:
            said = " ".join(t.lower for t in tokens[max(begin, k - 8) : k])
            return any(m in said for m in _MNI)
        k -= 1
        between += 1
    return False


def _minimum_number_of(tokens: list[Token], quantity: Quantity, begin: int) -> bool:
    """ "A minimum number of 47 individuals was determined": the count of persons stands
    inside the phrase of the MNI, whose "individuals" it counts."""
    words = [t.lower for t in tokens[max(begin, quantity.first - 3) : quantity.first]]
    return words == ["minimum", "number", "of"]


def _total_before(tokens: list[Token], quantity: Quantity, begin: int) -> bool:
    """ "bringing the total to 32", "a total of 32", "the combined MNI is 47"."""
    words = [t.lower for t in tokens[max(begin, quantity.first - 4) : quantity.first]]
    return bool(_TOTAL & set(words)) and words[-1:] in (["to"], ["of"], ["is"], ["therefore"])


def _whole_named_again(tokens: list[Token], quantity: Quantity) -> bool:
    """ "Of the 40 individuals, …": a count of persons named again to be broken down."""
    k = quantity.first
    before = [t.lower for t in tokens[max(0, k - 2) : k]]
    after = quantity.end_token + 1
    return before == ["of", "the"] and after < len(tokens) and tokens[after].text == ","


def _nest_places_after_a_colon(
    tokens: list[Token],
    quantities: list[Quantity],
    by_quantity: dict[int, Figure],
    whole: Figure,
    end: int,
) -> None:
    """Makes the places' counts after the whole's colon (``_places_after_a_colon``) its parts,
    found dead as it was."""
    for quantity in _places_after_a_colon(tokens, quantities, by_quantity, whole.quantity, end):
        by_quantity[id(quantity)] = Figure(quantity, whole.category, parent=whole, bound="nested")


def _places_after_a_colon(
    tokens: list[Token],
    quantities: list[Quantity],
    by_quantity: dict[int, Figure],
    whole: Quantity,
    end: int,
) -> list[Quantity]:
    """ "A minimum number of 47 individuals was determined: 30 from Trench A, 17 from Trench
    B": the bare counts after the colon that ends the whole's clause, each from the place it
    came from, that together are no more than it, as the binder reads such a list after a
    figure it bound (``figures.lists``); none if they are more."""
    colon = next(
        (k for k in range(whole.end_token + 1, end) if tokens[k].text in _CLAUSE_OR_COLON), end
    )
    if colon >= end or tokens[colon].text != ":":
        return []
    items = [
        q
        for q in quantities
        if colon < q.first < end and id(q) not in by_quantity and q.count is not None
        and counted_at_a_place(tokens, q, end)
    ]  # fmt: skip
    if len(items) < 2 or sum(q.count or 0 for q in items) > (whole.count or 0):
        return []
    return items


def _minimum_counted_out(
    tokens: list[Token],
    quantities: list[Quantity],
    by_quantity: dict[int, Figure],
    quantity: Quantity,
    begin: int,
    end: int,
) -> bool:
    """A minimum said in words of its own is read only where the places after its colon add
    up to it, counted out grave by grave and so no bound but the count of the dead they held."""
    if not _minimum_number_of(tokens, quantity, begin):
        return False
    places = _places_after_a_colon(tokens, quantities, by_quantity, quantity, end)
    return bool(places) and sum(q.count or 0 for q in places) == quantity.count


def _nest_groups_said_after(
    tokens: list[Token],
    quantities: list[Quantity],
    by_quantity: dict[int, Figure],
    whole: Figure,
    end: int,
) -> None:
    """The groups said of the whole after it in its sentence ("five were women") are its
    parts, found dead as it was."""
    for quantity in quantities:
        if not whole.quantity.end_token < quantity.first < end or id(quantity) in by_quantity:
            continue
        if not quantity.noun.startswith(_SUBGROUP) or quantity.count is None:
            continue
        if quantity.count > (whole.quantity.count or 0):
            continue
        part = Figure(
            quantity,
            whole.category,
            subgroup=quantity.noun.removeprefix(_SUBGROUP),
            parent=whole,
            bound="nested",
        )
        by_quantity[id(quantity)] = part


def _new_parts(figures: list[Figure], by_quantity: dict[int, Figure]) -> list[Figure]:
    known = {id(f) for f in figures}
    return [f for f in by_quantity.values() if id(f) not in known]
