"""Persons interviewed are no figure: "the delegation interviewed 41 detainees", «члены комиссии
побеседовали с 12 задержанными», "36 saxlanılan şəxslə söhbət aparıb", "of the 57 former
detainees interviewed", «из 57 опрошенных бывших задержанных».

Monitors count whom they spoke with, not what befell them: those persons were detained before
and after the talk, and the count of the held is given apart; a verb of their own after the
noun ("interviewed 57 former detainees held at the airbase") still makes them a figure. What some of them told ("17 of
them said they had been tortured") is a figure of its own, but the interviewees are no whole it
is part of, so it stands alone.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.figures.core import Trigger
from rightsledger.analysis.statements.figures.own import _FORMER
from rightsledger.analysis.statements.figures.taking_back import without_freeing_parts
from rightsledger.analysis.statements.quantities.az_cases import az_instrumental
from rightsledger.analysis.statements.tokens import Token

# Words that open the talk, by their start (the count follows): "interviewed 41", "spoke with
# 12", «побеседовали с 12», «опросили 30».
_BEFORE = {
    "en": ("interview", "spoke", "spoken", "talked", "met "),
    "ru": ("побеседова", "беседова", "опросил", "опрошен", "проинтервьюирова", "интервью"),
    "az": (),
}
# Azerbaijani names the talk after the count: "36 şəxslə söhbət aparıb", "12 nəfərlə görüşüb".
_AFTER = {"en": (), "ru": (), "az": ("söhbət", "görüş", "müsahibə")}
# "Danışmaq" is to speak with someone, in the instrumental ("44 əsgərlə danışıb"), and to tell
# ("yaralandığını danışıb", told they were hurt): only the first is a talk.
_AZ_SPOKE = "danış"
# … or before it, in a relative clause whose participle ends right before the count: "müsahibə
# apardığı 94 məhbus" (the 94 prisoners it interviewed), "söhbət etdikləri", "görüşdüyü". Not
# "müsahibəsində 12 nəfərin …" (in an interview, what was said of others).
_AZ_TALK_NOUNS = ("müsahibə", "söhbət", "sorğu")
_AZ_TALK_PARTICIPLES = (
    "apardığı", "apardıqları", "aparılmış", "aparılan", "götürdüyü", "götürdükləri",
    "götürülmüş", "götürülən", "etdiyi", "etdikləri", "edilmiş", "edilən",
)  # fmt: skip
_AZ_MET = ("görüşdüyü", "görüşdükləri", "görüşülmüş", "görüşülən")
_REACH = 4
# The participle of a relative clause whose subject is someone else ("saxladığı", "held by
# it"), which may be the talk's own clause: only the subject participles in -an/-ən and -mış
# name the persons by what befell them.
_AZ_RELATIVE_ENDS = ("dığı", "diyi", "duğu", "düyü", "dıqları", "dikləri", "duqları", "dükləri")
# The ablative of the persons a part is taken of: "məhbuslardan", "şəxslərdən".
_AZ_ABLATIVE = ("dan", "dən")
# "Of them", opening a sentence: "Onlardan 26-sı".
_AZ_THEM = frozenset({"onlardan", "bunlardan"})
# English and Russian name the talk by a participle of the persons counted, in their noun
# phrase or right after it: "the 57 former detainees interviewed", «57 опрошенных бывших
# задержанных», «57 бывших задержанных, опрошенных правозащитниками».
_PARTICIPLES = {"en": ("interviewed", "surveyed"), "ru": ("опрошенн", "проинтервьюированн")}
# What the persons spoken with are at the time of the talk (held, hurt or affected); a count
# named by an act done to them ("25 victims of torture") stays that act's figure.
_STATES = frozenset({"detained", "injured"})


def drop_interviewees(tokens: list[Token], figures: list[Figure], language: str) -> list[Figure]:
    """The figures without the counts of persons interviewed; their parts stand alone, as do
    parts taken of persons named as interviewed with no count ("Müsahibə aparılmış keçmiş
    məhbuslardan 212-si": of the former prisoners interviewed, 212)."""
    for figure in figures:
        if figure.parent is not None and _of_the_interviewed(tokens, figure, language):
            figure.parent = None
    interviewed = [f for f in figures if _interviewed(tokens, f, language)]
    if not interviewed:
        return figures
    gone = {id(f) for f in interviewed}
    for figure in figures:
        if figure.parent is not None and id(figure.parent) in gone:
            figure.parent = _whole_before_the_interviewed(figures, figure, gone, language)
    return without_freeing_parts(figures, gone)


def _whole_before_the_interviewed(
    figures: list[Figure], part: Figure, gone: set[int], language: str
) -> Figure | None:
    """The whole of a part bound to persons interviewed once they are dropped. A part taken
    right after them ("94 məhbusdan 51-i", 51 of the 94) is of them and stands alone; a part
    a later clause takes of persons named by their act ("Həbs olunanlardan on dördü", of those
    arrested) is of the figure of that act the statement gave before the talk: the latest
    one before the interviewees that the part fits in (Azerbaijani, whose part of them follows
    their noun at once; in English the participle may come between: "of the 57 detainees
    interviewed, 17 …")."""
    interviewed = part.parent
    if language != "az" or interviewed is None:
        return None
    if part.quantity.first - interviewed.quantity.end_token <= 3:
        return None
    fitting = [
        f for f in figures
        if id(f) not in gone and f.parent is None and f.category == interviewed.category
        and f.last < interviewed.first and f is not part
        and (part.quantity.most or 0) < (f.quantity.most or 0)
    ]  # fmt: skip
    return fitting[-1] if fitting else None


def _interviewed(tokens: list[Token], figure: Figure, language: str) -> bool:
    quantity = figure.quantity
    trigger = figure.trigger
    if language == "az" and trigger is not None and _az_talk_just_before(tokens, trigger.last + 1):
        return True  # "müsahibə apardıqları 40 nəfərdən": the act read is the talk itself
    if figure.category not in _STATES:
        return False  # «опрошены 25 жертв пыток»: victims of an act named are its victims
    if _named_as_interviewed(tokens, figure, language):
        return True
    if trigger is not None and trigger.first > quantity.last + 1 and not _former(tokens, trigger):
        # "interviewed 57 former detainees held at the airbase": a verb of their own says
        # what befell them, a figure whoever counted them (a participle right after the
        # number, «с 12 задержанными», only names them).
        return False
    if language == "az" and _az_held_just_before(tokens, figure):
        # "münaqişə ilə əlaqədar saxlanılan 538 nəfərlə görüşüb": the participle before the
        # count is their own verb, as "held at the airbase" is after it in English.
        return False
    before = range(quantity.first - 1, max(-1, quantity.first - 1 - _REACH), -1)
    if _opens(tokens, before, _BEFORE.get(language, ())):
        return True
    if language == "az" and _az_talk_just_before(tokens, quantity.first):
        return True
    # The counted noun phrase may run over the talk ("36 şəxslə söhbət"): look from the number.
    after = range(quantity.last + 1, min(len(tokens), quantity.last + 2 + _REACH))
    if language == "az" and _az_talk_with_another(tokens, figure, after):
        return False
    return _opens(tokens, after, _AFTER.get(language, ()))


def _az_talk_with_another(tokens: list[Token], figure: Figure, after: range) -> bool:
    """ "48 saxlanılandan heç birinin vəkillə görüşməsinə icazə verilməyib": a noun in the
    instrumental after the counted phrase, before the talk, names whom they would meet (a
    lawyer), so the persons counted are not the ones spoken with; "36 şəxslə söhbət" has its
    instrumental on the counted noun itself."""
    for k in after:
        if (tokens[k].lower + " ").startswith(_AFTER["az"]):
            return False
        if k > figure.quantity.np_last and az_instrumental(tokens[k].lower):
            return True
    return False


def _of_the_interviewed(tokens: list[Token], figure: Figure, language: str) -> bool:
    """Is the count a part taken of persons named as interviewed right before it, in the
    ablative ("müsahibə aparılmış keçmiş məhbuslardan 212-si", Azerbaijani)? Those spoken
    with are a sample, no figure the part is of."""
    first = figure.quantity.first
    if language != "az" or first < 1 or not tokens[first - 1].lower.endswith(_AZ_ABLATIVE):
        return False
    if _az_them_after_the_talk(tokens, first - 1):
        return True
    before = range(first - 2, max(-1, first - 2 - _REACH), -1)
    return _opens(tokens, before, _AFTER["az"])


def _az_them_after_the_talk(tokens: list[Token], marker: int) -> bool:
    """ "Qəzet 44 keçmiş əsgərlə danışıb. Onlardan 30-u …": "of them" opening the sentence
    right after one whose last count is of persons spoken with takes its part of them."""
    if tokens[marker].lower not in _AZ_THEM or marker < 1 or tokens[marker - 1].text != ".":
        return False
    k = marker - 2
    while k >= 0 and tokens[k].text not in {".", "!", "?"}:
        if tokens[k].kind == "num":
            after = range(k + 1, min(marker - 1, k + 2 + _REACH))
            return _opens(tokens, after, _AFTER["az"]) or any(
                tokens[j].lower.startswith(_AZ_SPOKE) and az_instrumental(tokens[j - 1].lower)
                for j in after
            )
        k -= 1
    return False


def _az_talk_just_before(tokens: list[Token], first: int) -> bool:
    """ "müsahibə apardığı 94 məhbus", "görüşdüyü 30 saxlanılan": the count is of those whom a
    relative clause of talk, ending right before it, describes."""
    k = first - 1
    if k < 0:
        return False
    word = tokens[k].lower
    if word in _AZ_MET:
        return True
    return (
        word in _AZ_TALK_PARTICIPLES and k >= 1 and tokens[k - 1].lower.startswith(_AZ_TALK_NOUNS)
    )


def _az_held_just_before(tokens: list[Token], figure: Figure) -> bool:
    """Is the count's act a participle right before its number ("saxlanılan 538 nəfər",
    held), not after "keçmiş" (former: "keçmiş saxlanılan 40 nəfər" only names them)?"""
    trigger = figure.trigger
    if trigger is None or trigger.last + 1 != figure.quantity.first:
        return False
    k = trigger.first - 1
    return not tokens[trigger.last].lower.endswith(_AZ_RELATIVE_ENDS) and not (
        k >= 0 and tokens[k].lower in _FORMER
    )


def _former(tokens: list[Token], trigger: Trigger) -> bool:
    """ "Former" before the participle: «57 бывших задержанных» names the persons as the
    noun "57 former detainees" does; it is no verb of their own (a participle clause after
    it is: «57 бывших задержанных, содержавшихся в СИЗО», as "… held at the airbase")."""
    k, after = trigger.first - 1, trigger.last + 1
    if k < 0 or (tokens[k].lower not in _FORMER and tokens[k].key not in _FORMER):
        return False
    return not (
        after + 1 < len(tokens) and tokens[after].text == "," and tokens[after + 1].pos == "PRTF"
    )


def _opens(tokens: list[Token], reach: range, stems: tuple[str, ...]) -> bool:
    """Is a word of ``stems`` within ``reach``, no clause boundary between?"""
    if not stems:
        return False
    for k in reach:
        token = tokens[k]
        if token.kind == "punct" or token.kind in ("num", "numdate"):
            return False
        # A stem ending in a space is a whole word ("met", not "metres").
        if (token.lower + " ").startswith(stems):
            return True
    return False


def _named_as_interviewed(tokens: list[Token], figure: Figure, language: str) -> bool:
    """Does a participle of talk describe the persons counted ("57 former detainees
    interviewed")? Only when the count is named by its noun (or a participle right after
    it, «бывших задержанных»), not by a verb done to them ("Police detained 57 people and
    interviewed them")."""
    stems = _PARTICIPLES.get(language)
    quantity, trigger = figure.quantity, figure.trigger
    if stems is None:
        return False
    if trigger is None:
        name_end = quantity.end_token
    elif trigger.first == quantity.end_token + 1:
        name_end = trigger.last
    else:
        return False
    after = name_end + 1
    if after < len(tokens) and tokens[after].text == "," and language == "ru":
        after += 1
    words = [t.lower for t in tokens[quantity.last + 1 : min(len(tokens), after + 1)]]
    return any(word.startswith(stems) for word in words)
