"""Russian case agreement inside a counted noun phrase.

After a count the words that describe what is counted stand in one case: «троих
госпитализированных врачей», «в 23 тайных захоронениях». A noun that shares no case with
the participle or adjective of the phrase before it does not belong to the phrase: in
«состояние пятерых госпитализированных врачи оценивают как тяжёлое» the doctors are the
subject of the next verb, not the persons counted.

So with a numeral word in an oblique case, which takes its noun in its own case («девяти
врачей», «двенадцати задержанным»): in «у четверых из этих девяти врачом зафиксированы
переломы» the doctor, in the instrumental singular, is the agent of the verb, not the nine.
"""

from __future__ import annotations

from rightsledger.analysis.statements.morphology import russian_cases
from rightsledger.analysis.statements.tokens import Token


def ru_noun_outside_the_phrase(tokens: list[Token], j: int, first: int) -> bool:
    """Does the noun at ``j`` fall outside the counted phrase that opened at ``first``: a
    participle or adjective before it, inside the phrase («госпитализированных»), and the
    noun in none of its cases («врачи»)?"""
    if j == first:
        return _outside_an_oblique_numeral(tokens[first - 1], tokens[j])
    if j <= first or tokens[j - 1].kind != "word":
        return False
    before = tokens[j - 1]
    if before.pos not in {"ADJF", "PRTF"}:
        return False
    noun_cases = russian_cases(tokens[j].lower)
    return bool(noun_cases) and not noun_cases & russian_cases(before.lower)


# Cases in which a numeral governs its noun in the genitive («пять врачей», «пятеро врачей»).
_GOVERNING_CASES = frozenset({"nomn", "accs"})
_NOMINATIVE_ONLY = frozenset({"nomn"})


def _outside_an_oblique_numeral(numeral: Token, word: Token) -> bool:
    """Does ``word``, right after a numeral word that can only be read in an oblique case
    («девяти», «двенадцати»), share none of its cases? (A digit, or a numeral that may be
    nominative or accusative, tells nothing; nor does a noun of number, «тысячам беженцев»,
    which takes the genitive in every case.)"""
    if numeral.pos != "NUMR" or word.kind != "word":
        return False
    numeral_cases = russian_cases(numeral.lower)
    word_cases = russian_cases(word.lower)
    if numeral_cases and "nomn" not in numeral_cases and word_cases == _NOMINATIVE_ONLY:
        # «о троих родственники ничего не знают»: a numeral that cannot be the subject
        # («троих», «пятерых») never counts a noun only nominative; that noun is the subject.
        return True
    if not numeral_cases or numeral_cases & _GOVERNING_CASES:
        return False
    return bool(word_cases) and not word_cases & numeral_cases
