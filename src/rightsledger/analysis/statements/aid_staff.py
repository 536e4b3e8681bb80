"""Staff as aid workers where the statement is a humanitarian organisation's.

"Staff", «сотрудники», "əməkdaşlar" alone say only that the persons work for someone. A
statement that names a humanitarian organisation, mission or agency ("the humanitarian mission
«Most»", «гуманитарной миссии», "Humanitar Təşkilatının", the Red Cross or Red Crescent) means
by the word the organisation's staff, unless the words after it name another employer ("staff
of the prison", «сотрудники колонии»): "two of our staff were killed", «двое
наших сотрудников погибли», "təşkilatın 3 əməkdaşı həlak olub". A count whose noun is left out
after theirs in the same sentence («…, ещё пятеро ранены») counts the same staff, and a
zero said of them ("none of our staff was injured", «среди наших сотрудников никто не погиб»,
"konvoy əməkdaşlarından heç kim həlak olmayıb", "təşkilatın əməkdaşları arasında yaralanan
yoxdur") is a zero of aid workers.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.tokens import Token

AID_WORKERS = "aid workers"
_STAFF = {
    "en": ("staff", "staffer", "employee", "colleague"),
    "ru": ("сотрудник", "сотрудниц", "работник", "волонтёр", "волонтер"),
    "az": ("əməkdaş", "işçi"),
}
_HUMANITARIAN = ("humanitarian", "гуманитарн", "humanitar", "red cross", "red crescent",
                 "красного креста", "красного полумесяца", "qızıl aypara", "qırmızı xaç")  # fmt: skip
# How many words before a word of none «среди» may stand, with the fates and the staff it
# names between: «Среди погибших и раненых сотрудников гуманитарных организаций нет».
_AMONG_REACH = 8
# Staff named with these are someone else's: the police's, a prison's, an army's.
_OTHER_EMPLOYERS = (
    "police", "prison", "army", "military", "полиц", "колони", "тюрьм", "сизо", "арми",
    "воинск", "polis", "cəzaçəkmə", "həbsxana", "ordu", "hərbi",
)  # fmt: skip


def mark_aid_staff(tokens: list[Token], figures: list[Figure], language: str) -> None:
    """Gives the subgroup "aid workers" to counts of staff in a humanitarian statement."""
    text = " ".join(t.lower for t in tokens if t.kind == "word")
    if not any(word in text for word in _HUMANITARIAN):
        return
    staff = _STAFF[language]
    marked: Figure | None = None
    for figure in figures:
        quantity = figure.quantity
        if figure.subgroup != "all":
            marked = None
            continue
        first, last = quantity.np_first, quantity.np_last
        if last < max(first, 0) and language == "ru" and quantity.end_token + 1 < len(tokens):
            # «Трое сотрудников Общества …»: the staff word the lexicon leaves out of the phrase.
            first = last = quantity.end_token + 1
        if first >= 0 and (
            _staff_noun(tokens, first, last, staff)
            or _from_among_staff(tokens, last, staff, language)
        ):
            figure.subgroup, marked = AID_WORKERS, figure
        elif quantity.zero and _none_of_staff(tokens, quantity.first, quantity.last, staff):
            figure.subgroup, marked = AID_WORKERS, None
        elif marked is not None and _gapped_after(tokens, marked, figure):
            figure.subgroup = AID_WORKERS
        else:
            marked = None


def _staff_noun(tokens: list[Token], first: int, last: int, staff: tuple[str, ...]) -> bool:
    words = [t.lower for t in tokens[first : last + 4] if t.kind == "word"]
    if any(w.startswith(_OTHER_EMPLOYERS) for w in words):
        return False
    return any(tokens[k].lower.startswith(staff) for k in range(first, last + 1))


def _from_among_staff(
    tokens: list[Token], last: int, staff: tuple[str, ...], language: str
) -> bool:
    """Russian: persons named by their task and then drawn «из числа» the staff («трое
    сопровождающих из числа волонтёров миссии»)."""
    k = last + 1
    return (
        language == "ru"
        and k + 2 < len(tokens)
        and tokens[k].lower == "из"
        and tokens[k + 1].lower == "числа"
        and _staff_noun(tokens, k + 2, k + 2, staff)
    )


def _none_of_staff(tokens: list[Token], first: int, last: int, staff: tuple[str, ...]) -> bool:
    """Is the zero said of the staff: "none of our staff", «никто из наших сотрудников»,
    «среди наших сотрудников и волонтёров никто», "konvoy əməkdaşlarından heç kim"?"""
    if last + 1 < len(tokens) and tokens[last + 1].lower in {"of", "из"}:
        return _staff_noun(tokens, last + 2, min(last + 4, len(tokens) - 1), staff)
    k = first - 1
    while k >= max(0, first - _AMONG_REACH) and tokens[k].kind == "word":
        word = tokens[k].lower
        if word == "среди" or (word.endswith(("dan", "dən")) and word.startswith(staff)):
            return _staff_noun(tokens, k, first - 1, staff)
        if word == "arasında":
            # Azerbaijani names the group before its postposition: "humanitar təşkilatların
            # əməkdaşları arasında həlak olan yoxdur".
            return k > 0 and _staff_noun(tokens, k - 1, k - 1, staff) and _of_aid(tokens, k - 1)
        k -= 1
    return False


def _of_aid(tokens: list[Token], k: int) -> bool:
    """Are the staff at ``k`` named as a humanitarian body's in the words just before them
    ("humanitar təşkilatların əməkdaşları", "Qızıl Aypara əməkdaşları"), not the UN's, a
    prison's or the police's ("BMT əməkdaşları", "polis əməkdaşları")?"""
    before = " ".join(t.lower for t in tokens[max(0, k - 3) : k] if t.kind == "word")
    return any(word in before for word in _HUMANITARIAN)


def _gapped_after(tokens: list[Token], before: Figure, figure: Figure) -> bool:
    """A count with no noun of its own and no whole after ``before`` in the same sentence."""
    quantity = figure.quantity
    # "six more": words the lexicon does not know name no other group.
    if figure.parent is not None or quantity.noun:
        return False
    between = tokens[before.quantity.end_token + 1 : quantity.first + 1]
    # A line of a list ends its sentence without a full stop («— 3 сотрудника … погибли⏎⏎За
    # неделю: 58 погибших»).
    return not any((t.kind == "punct" and t.text in ".!?") or t.newline_before for t in between)
