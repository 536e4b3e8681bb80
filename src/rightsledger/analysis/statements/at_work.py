"""Persons who come to a place to do their work there (journalists, police, medics, rescuers),
and the plain verbs of their arriving: such an arrival says nothing of a flight
(``arrivals_at_work``), and a clause that tells it only says who they are."""

from __future__ import annotations

from rightsledger.analysis.statements.tokens import Token

# The plain verbs of arriving, by the start of a word of the trigger.
ARRIVING = {"en": ("arrived", "arrive"), "ru": ("прибыл", "прибыв", "приехал", "приезжа")}
# Persons who come to a place to work there, by the start of a word of the counted noun.
AT_WORK = {
    "en": (
        "journalist", "reporter", "correspondent", "photographer", "police", "policem",
        "officer", "staff", "employee", "official", "observer", "monitor", "delegate",
        "inspector", "investigator", "expert", "volunteer", "rescuer", "firefighter",
        "peacekeeper", "troop", "soldier", "doctor", "medic", "nurse", "paramedic", "diplomat",
        "lawyer", "representative", "aid", "deminer",
    ),
    "ru": (
        "журналист", "корреспондент", "фотограф", "полицейск", "полицией", "сотрудник",
        "сотрудниц", "чиновник", "наблюдател", "делегат", "инспектор", "следовател", "эксперт",
        "волонтёр", "волонтер", "спасател", "пожарн", "миротворц", "военнослужащ", "солдат",
        "врач", "медик", "медсест", "фельдшер", "дипломат", "представител", "юрист", "адвокат",
        "сапёр", "сапер",
    ),
}  # fmt: skip

# "who had", "that have just": the relative clause before its verb.
_RELATIVES = frozenset({"who", "that"})
_AUXILIARIES = frozenset({"had", "have", "has", "just", "already"})


def workers_who_arrived(tokens: list[Token], k: int, language: str) -> bool:
    """Is the word at ``k`` a verb of arriving in a relative clause of persons who come to
    work ("two paramedics who had arrived with the first crew")? The clause then only says
    who they are; the fate of the persons is told elsewhere (English)."""
    if language != "en" or not tokens[k].lower.startswith(ARRIVING["en"]):
        return False
    j = k - 1
    while j >= 0 and tokens[j].lower in _AUXILIARIES:
        j -= 1
    if j < 1 or tokens[j].lower not in _RELATIVES:
        return False
    return tokens[j - 1].lower.startswith(AT_WORK["en"])
