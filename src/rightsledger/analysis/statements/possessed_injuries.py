"""Russian says what persons have with «у» before them and no verb, or a verb of recording:
«У 19 освобождённых ранения», «у шестерых вернувшихся диагностированы переломы». The count
is of the persons who have the injury; the participle that names them («освобождённых»,
«вернувшихся») says what they were before it, as «из освобождённых» would. So the count is
injured, a part of the latest count of that earlier fate if one is told before it, and the
parts already taken of it («шестеро из них в тяжёлом состоянии») stay its parts, of its
fate where they took it from the count («двое из них в реанимации»).

Victims of a case named again so («у восьми потерпевших зафиксированы переломы») are of
the victims counted before.

A bare count so («Не менее 11 из них избивали; у пятерых выявлены переломы», «Шестерых
отпустили, у двоих следы побоев») leaves «из них» unsaid: its persons are of the count told
before it in its sentence, whatever that count's fate. Said in a sentence of its own
(«Медсестра осмотрела прибывших: у двоих ранения») it names no count to be of. Taken as a
second part of the whole the beaten are of («Не меньше двенадцати из них избивали; у троих
были сломаны рёбра»), it is of the beaten all the same.

Not so for a count with a verb of its own between («у 19 освобождённых есть родственники»
names no injury), nor one whose noun names no fate («у 8 жителей переломы» is injured
already, by the injury's own word)."""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.figures.core import resolve_category
from rightsledger.analysis.statements.lexicon import PERSON, Lexicon
from rightsledger.analysis.statements.tokens import Token, sentence_around, sentences

# Words that may stand between the persons and their injury: what kind it is, and the verbs
# of recording that Russian puts before it («зафиксированы», «диагностированы»).
_RECORDING = frozenset(
    {"зафиксированы", "зафиксировано", "диагностированы", "выявлены", "обнаружены",
     "отмечены", "имеются", "есть"}
)  # fmt: skip
# The victims of a case, by the word the investigation gives them.
_VICTIMS = "потерпевш"
# The dash that stands for the verb left out between the persons and what they have.
_DASHES = frozenset({"—", "–"})
# How many words may stand between the persons and the injury's word.
_GAP = 3
# What persons may have with «у»: injuries, and the marks of a beating («следы побоев»).
_HARMS_HAD = frozenset({"injured", "tortured"})


def injure_the_possessors(
    tokens: list[Token], figures: list[Figure], lex: Lexicon, language: str
) -> None:
    """Makes «у N <participle of a fate> <injury>» injured, a part of that fate's count."""
    if language != "ru":
        return
    _nest_bare_possessors_in_their_sentence(tokens, figures)
    for k, figure in enumerate(figures):
        quantity, trigger = figure.quantity, figure.trigger
        if figure.category == "injured" and figure.parent is None:
            _nest_under_the_victims(tokens, figure, figures[:k])
            continue
        if not figure.category or trigger is None:
            continue
        if quantity.first < 1 or tokens[quantity.first - 1].lower != "у":
            continue
        if not quantity.last < trigger.first <= max(quantity.np_last, quantity.last + 1):
            continue  # the fate is not the participle that names the counted
        injury = _injury_after(tokens, trigger.last + 1, lex)
        if injury is None:
            continue
        before = figure.category
        whole = next(
            (
                f
                for f in reversed(figures[:k])
                if f.category == before
                and f.parent is None
                and f.quantity.most is not None
                and quantity.most is not None
                and quantity.most < f.quantity.most
            ),
            None,
        )
        figure.category = "injured"
        figure.parent = whole if whole is not None else figure.parent
        for part in figures:
            if part.parent is figure and part.category == before and part.bound == "nested":
                part.category = "injured"  # «двое из них в реанимации»: of the injured


def _nest_bare_possessors_in_their_sentence(tokens: list[Token], figures: list[Figure]) -> None:
    """«у пятерых» with no noun after a count in its sentence: a part of that count."""
    spans = list(sentences(tokens))
    for k, figure in enumerate(figures):
        quantity = figure.quantity
        if figure.category not in _HARMS_HAD:
            continue
        if figure.parent is not None and not _beside_the_beaten(figure, figures[:k]):
            continue
        if quantity.first < 1 or tokens[quantity.first - 1].lower != "у":
            continue
        if quantity.np_last >= 0 or quantity.most is None:
            continue  # a noun of its own says who they are («у восьми потерпевших»)
        start = sentence_around(spans, quantity.first)[0]
        before = [
            f for f in figures[:k]
            if start <= f.quantity.first and f.quantity.end_token < quantity.first - 1
        ]  # fmt: skip
        if not before or not before[-1].category:
            continue
        nearest = before[-1]
        if nearest.quantity.most is not None and quantity.most < nearest.quantity.most:
            figure.parent = nearest


def _beside_the_beaten(figure: Figure, before: list[Figure]) -> bool:
    """«Не меньше двенадцати из них избивали; у троих были сломаны рёбра»: injuries had
    right after a count of the beaten, taken as a second part of the beaten's own whole, are
    of the beaten (the nearest count in the sentence, which the caller then checks)."""
    whole = figure.parent
    return (
        figure.category == "injured"
        and whole is not None
        and whole.category != "tortured"  # «у двоих из избитых»: of the beaten already
        and bool(before)
        and before[-1].category == "tortured"
        and before[-1].parent is whole
    )


def _nest_under_the_victims(tokens: list[Token], figure: Figure, before: list[Figure]) -> None:
    """«Установлено 23 потерпевших … У восьми потерпевших зафиксированы переломы»: the
    victims named again with «у» are of the victims counted before, whatever they suffered."""
    quantity = figure.quantity
    if quantity.first < 1 or tokens[quantity.first - 1].lower != "у":
        return
    if quantity.np_last < 0 or not tokens[quantity.np_last].key.startswith(_VICTIMS):
        return
    whole = next(
        (
            f
            for f in reversed(before)
            if f.trigger is not None
            and f.trigger.value == "victims"
            and f.parent is None
            and f.quantity.most is not None
            and quantity.most is not None
            and quantity.most < f.quantity.most
        ),
        None,
    )
    if whole is not None:
        figure.parent = whole


def _injury_after(tokens: list[Token], j: int, lex: Lexicon) -> int | None:
    """Where the injury's word stands after the participle, past a few words of its kind or
    of recording, in the same clause; else None. A dash right after the participle stands
    for the verb left out: «у семерых избитых — переломы рёбер»."""
    if j < len(tokens) and tokens[j].text in _DASHES:
        j += 1
    for k in range(j, min(j + _GAP + 1, len(tokens))):
        if tokens[k].kind != "word":
            return None
        found = lex.trigger_set.match(tokens, k)
        if found is not None and resolve_category(found.value, PERSON) == "injured":
            return k
        if tokens[k].lower not in _RECORDING and tokens[k].pos not in {"ADJF", "PRTF"}:
            return None
    return None
