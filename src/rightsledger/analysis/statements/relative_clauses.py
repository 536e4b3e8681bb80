"""A Russian relative clause after the persons counted says their fate when nothing else does.

«Обратились родственники ста шестидесяти трёх человек, которые были задержаны … и с тех пор
бесследно исчезли»: the count's sentence speaks of their relatives, and the clause opened by
«которые» after a comma tells what befell the persons — last what befell them last (detained,
then disappeared). The count takes that fate as a participle before it would give it (English
says it without the comma, "214 people who disappeared", and is read so already). A predicate
of the persons' own after the clause's closing comma («…, которые были задержаны в марте,
освобождены») is theirs, and the clause gives nothing.

So does a participle set off by commas after the count, or after its whole («Десять из
вернувшихся, получившие ранения, доставлены в госпиталь»), in the nominative as the count.

So does a clause opened by «что» whose subject or object is a pronoun for them, after a count
that is the object of «в отношении», «о» or «про» and has no verb of its own: «в отношении 310
человек подтверждено, что они находятся в плену», «о 40 задержанных известно, что их
избивали». A count that is the subject of its own verb («58 человек заявили, что …») says
what they told, not what befell them, and is left alone.

So does a clause «, которых …» after persons named by the participle of their being held
(«о 27 задержанных, которых избили в отделах»): what was done to them while held, unless it
only says again that they are held.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures.core import resolve_category
from rightsledger.analysis.statements.lexicon import PERSON, UNKNOWN, Lexicon, names_group
from rightsledger.analysis.statements.morphology import russian_cases, russian_transitive_verb
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import Token

_CLAUSE_END = frozenset({".", ";", "!", "?", ":", "—", "–", "(", ")"})
_VERBAL = frozenset({"VERB", "PRTS", "PRTF", "INFN", "GRND"})
_PARTICLES = frozenset({"PRCL", "ADVB"})
_LONGEST = 25
# Prepositions by which a count is what a sentence is about: «в отношении 310 человек», «о 40
# задержанных», «про двенадцать человек».
_ABOUT_WHOM = frozenset({"отношении", "о", "об", "про"})
_WHAT = frozenset({"что"})
_THEM = frozenset({"они", "их"})
_HELD = frozenset({"detained", "captured"})
# The words of a genitive after the counted noun, before the clause about them.
_GENITIVE_LONGEST = 5
_NOMINAL = frozenset({"NOUN", "ADJF"})
_WORDS_BEFORE_WHAT = 4  # tokens: a relative clause longer than this is no longer about the count


def give_fates_of_relative_clauses(
    tokens: list[Token], quantities: list[Quantity], lex: Lexicon, language: str
) -> None:
    """Counts of persons followed by «, которые …» take the fate the clause names last."""
    if language != "ru":
        return
    for quantity in quantities:
        if quantity.attribute or quantity.non_count or quantity.zero:
            continue
        fate = _done_to_the_held(tokens, quantity, lex)
        if fate:
            quantity.attribute = fate
            continue
        if not _persons(quantity.noun):
            continue
        comma = _past_the_genitive(tokens, quantity.end_token + 1)
        if (
            comma + 1 < len(tokens)
            and tokens[comma].text == ","
            and tokens[comma + 1].lower.startswith("котор")
        ):
            doers = tokens[comma + 1].lower == "которые"
            fate = _last_fate(tokens, comma + 2, lex, doers)
            if fate:
                quantity.attribute = fate
            continue
        participle = _participle_set_off(tokens, comma)
        if participle:
            fate = _fate_of_participle(tokens, participle, lex)
            if fate:
                quantity.attribute = fate
            continue
        if quantity.first > 0 and tokens[quantity.first - 1].lower in _ABOUT_WHOM:
            pronoun = _pronoun_after_what(tokens, comma, lex)
            fate = _last_fate(tokens, pronoun + 1, lex) if pronoun else ""
            if fate:
                quantity.attribute = fate


def _past_the_genitive(tokens: list[Token], k: int) -> int:
    """Past the genitive that tells whose or from where the counted are («о 12 жителях хутора
    Ясень, которых …», «40 рабочих Северного и Южного цехов, которых …»), where «, которых»
    follows it; ``k`` itself when no such genitive and clause follow."""
    j = k
    while j < len(tokens) and j - k < _GENITIVE_LONGEST:
        token = tokens[j]
        if token.text == ",":
            break
        named = token.text[:1].isupper() and j > k  # the place's own name, after its kind
        genitive = token.pos in _NOMINAL and "gent" in russian_cases(token.lower)
        if token.kind != "word" or not (genitive or named or token.lower == "и"):
            return k
        j += 1
    if j == k or j + 1 >= len(tokens) or tokens[j].text != ",":
        return k
    return j if tokens[j + 1].lower == "которых" else k


def _done_to_the_held(tokens: list[Token], quantity: Quantity, lex: Lexicon) -> str:
    """«о 27 задержанных, которых избили в отделах»: persons named by the participle of their
    being held, then a clause «, которых …» of what was done to them while held; the clause's
    fate, unless it only says again that they are held (or names none): ""."""
    k = quantity.end_token + 1
    held = lex.trigger_set.match_span(tokens, k) if k < len(tokens) else None
    if held is None or held[1] != 1 or resolve_category(held[0].value, PERSON) not in _HELD:
        return ""
    comma = k + 1
    if (
        comma + 1 >= len(tokens)
        or tokens[comma].text != ","
        or tokens[comma + 1].lower != "которых"
    ):
        return ""
    fate = _last_fate(tokens, comma + 2, lex)
    return "" if not fate or resolve_category(fate, PERSON) in _HELD else fate


def _participle_set_off(tokens: list[Token], k: int) -> int:
    """Where a participle set off by a comma after the count stands, past the count's whole
    («Десять из вернувшихся, получившие ранения, доставлены в госпиталь»: the participle
    in the nominative, as the count, says what befell them); 0 for none."""
    if k < len(tokens) and tokens[k].lower == "из":
        k += 2  # «из них», «из вернувшихся»
    if k + 1 >= len(tokens) or tokens[k].text != ",":
        return 0
    participle = tokens[k + 1]
    if participle.pos != "PRTF" or "nomn" not in russian_cases(participle.lower):
        return 0
    return k + 1


def _fate_of_participle(tokens: list[Token], k: int, lex: Lexicon) -> str:
    """The fate the participle at ``k`` names, itself («задержанные») or as the act noun it
    governs («получившие (тяжёлые) ранения»), when its phrase closes with a comma and the
    predicate after it names no other fate («…, доставлены в госпиталь» names none or the
    same); "" otherwise."""
    fate = ""
    end = k + 1
    for j in range(k, min(k + 3, len(tokens))):
        trigger = lex.trigger_set.match_span(tokens, j)
        if trigger is not None and resolve_category(trigger[0].value, PERSON):
            fate, end = trigger[0].value, j + trigger[1]
            break
        if j > k and tokens[j].pos not in {"ADJF", "PRTF"}:
            break  # only an adjective may stand between the participle and its act noun
    if not fate:
        return ""
    while end < len(tokens) and end - k < _LONGEST and tokens[end].text != ",":
        if tokens[end].text in _CLAUSE_END:
            return ""
        end += 1
    after = lex.trigger_set.match_span(tokens, end + 1) if end + 1 < len(tokens) else None
    if after is not None and resolve_category(after[0].value, PERSON) not in {fate, None}:
        return ""  # «…, получившие ранения, освобождены»: the persons' own fate
    return fate


def _pronoun_after_what(tokens: list[Token], k: int, lex: Lexicon) -> int:
    """Where the pronoun of «…, что (все) они|их …» stands, past a few words with no act
    («подтверждено», «стало известно») before the comma; 0 for none."""
    start = k
    while k < len(tokens) and tokens[k].text != ",":
        if k - start >= _WORDS_BEFORE_WHAT or tokens[k].kind != "word":
            return 0
        if lex.trigger_set.match_span(tokens, k) is not None:
            return 0
        k += 1
    if k + 2 >= len(tokens) or tokens[k + 1].lower not in _WHAT:
        return 0
    k += 2
    if tokens[k].lower == "все":
        k += 1
    return k if k < len(tokens) and tokens[k].lower in _THEM else 0


def _persons(noun: str) -> bool:
    return noun in {PERSON, "", UNKNOWN} or names_group(noun)


def _last_fate(tokens: list[Token], start: int, lex: Lexicon, doers: bool = False) -> str:
    """The fate the clause from ``start`` names last. With ``doers`` (the clause opened by
    «которые», its subject), a transitive verb said in one word («…, которые избили семерых
    осуждённых», «которые пытали задержанных») is what the counted did to others: the clause
    gives them no fate («которые получили ранения» is one phrase, a fate; «которых избили»
    names them as the object)."""
    fate = ""
    k = start
    while k < len(tokens) and k - start < _LONGEST:
        token = tokens[k]
        if token.text in _CLAUSE_END:
            return fate
        if token.text == ",":
            # «…, которые были задержаны в марте, освобождены»: the persons' own predicate
            # (not one with a count of its own after it: «Из сорока мужчин, которых
            # удерживали в подвале, вернулись только шестеро», the six's).
            after = lex.trigger_set.match_span(tokens, k + 1) if k + 1 < len(tokens) else None
            if after is None or _count_after(tokens, k + 1 + after[1], lex):
                return fate
            return ""
        trigger = lex.trigger_set.match_span(tokens, k)
        if trigger is not None:
            # A verb of the clause, not a noun of an act ("которые видели расстрел").
            # Or where a verb of being says they are («находятся в плену»).
            verbal = token.pos in _VERBAL or (token.pos == "PREP" and tokens[k - 1].pos == "VERB")
            # Or a phrase with the clause's verb inside it («…, которых увезли и о судьбе
            # которых близким до сих пор ничего не сообщили»).
            verbal = verbal or any(t.pos in _VERBAL for t in tokens[k + 1 : k + trigger[1]])
            if doers and trigger[1] == 1 and russian_transitive_verb(token.text):
                return ""
            if verbal and resolve_category(trigger[0].value, PERSON):
                fate = trigger[0].value
            k += trigger[1]
            continue
        k += 1
    return fate if k < len(tokens) and tokens[k].text in _CLAUSE_END else ""


def _count_after(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Does a number follow at ``k``, past adverbs and particles («только шестеро»)?"""
    while k < len(tokens) and (tokens[k].lower in lex.gap_words or tokens[k].pos in _PARTICLES):
        k += 1
    return k < len(tokens) and (tokens[k].kind == "num" or tokens[k].pos == "NUMR")
