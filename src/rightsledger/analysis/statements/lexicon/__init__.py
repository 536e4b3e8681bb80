"""The words each language counts with: triggers of categories, counted nouns, qualifiers …

Phrases are written as space-separated elements; an element matches a token whose lower-case
or dictionary form equals it, or, ending in ``*``, whose lower-case form begins with it
(Azerbaijani and Russian endings). Values name a claim category, or one of the verb classes
``destroy`` and ``find`` that the counted noun resolves (families destroyed are families with
no survivor; houses destroyed are property; bodies found are persons found dead; graves
found are burial sites).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from rightsledger.analysis.statements.tokens import Token

# What a counted noun says: a subgroup of persons, a free label, or a thing counted.
PERSON = "person"  # people, civilians, residents: the subgroup "all"
# The words for civilians, by stem, in the three languages ("dinc", peaceful: "dinc sakinlər",
# "dinc əhali", as «мирные жители»): persons, who are a group only where set against
# servicemen (``civilians``).
CIVILIAN_STEMS = ("civilian", "мирн", "гражданск", "mülki", "dinc")
# The Russian verbs of leaving that the lexicon reads as persons put up elsewhere (``housed``:
# «выехали 640 человек» are displaced): a flight, not where those who fled are staying
# («размещены в ПВР»), so never a part of an earlier count of the displaced.
LEAVING_STEMS = ("выех", "уех", "ушл", "ушел", "ушёл", "ушед", "выезж", "уезж")
FAMILY = "family"
GRAVE = "grave"
BODY = "body"
UNIT = "unit"  # days, years, kilometres, per cent: never a count of victims
# A counted noun the lexicon does not know ("613 Azerbaijanis", "four bridges"): persons
# for most verbs, but nothing that a verb of destruction kills (see ``resolve_category``).
UNKNOWN = "unknown"
# Places where something was found ("exhumed from 47 sites", «эксгумированы в 47 местах»):
# burial sites when remains are found there, nothing else (see ``resolve_category``).
SITE = "site"
# Other noun values: "subgroup:<code>", "label:<english label>", "property:<kind>",
# "implied:<category>" (hostages are captured, refugees displaced, the dead killed).


# A kind of property and the broader kind that holds it: a label naming both ("Hospitals and
# polyclinics", «Больницы и поликлиники», "Xəstəxana və poliklinikalar") counts the broader.
_BROADER = {"property:hospitals": "property:health facilities"}


def broadest(nouns: list[str]) -> str:
    """The noun that names what all of ``nouns`` are: the first, unless another is the broader
    kind that holds it ("" for none)."""
    if not nouns:
        return ""
    first = nouns[0]
    broader = _BROADER.get(first)
    return broader if broader is not None and broader in nouns[1:] else first


# Kin, counted by whom they are kin of: "relatives of the missing", «мужья троих из них»,
# "onlardan üçünün əri". English and Russian by word (Russian also by dictionary form);
# Azerbaijani by the possessed form, or a stem ending in "*". Families are counted as
# families, not as kin.
KIN = {
    "en": frozenset(
        {"relatives", "relations", "kin", "kinsmen", "parents", "mothers", "fathers", "wives",
         "husbands", "widows", "widowers", "orphans", "siblings"}
    ),
    "ru": frozenset(
        {"родственник", "родные", "родной", "родный", "близкие", "близкий", "мать", "отец",
         "жена", "муж", "вдова", "вдовец", "сирота", "родитель"}
    ),
    "az": frozenset(
        {"əri", "ərləri", "arvadı", "arvadları", "anası", "anaları", "atası", "ataları",
         "qohum*", "valideyn*", "yaxınları", "həyat"}
    ),
}  # fmt: skip


def names_group(noun: str) -> bool:
    """Whether a counted noun names a group of persons: a subgroup ("women", «дети") or a
    free label ("journalists", "həkimlər")."""
    return noun.startswith(("subgroup:", "label:"))


# Trigger values that are no category but a class of verb the counted noun resolves (see
# ``resolve_category``): destroyed, found, held, collapsed (which only things do: "three
# houses collapsed", «обрушились 3 дома», "5 məktəb dağılıb"), and seized (persons seized are
# captured; arms or goods seized are nothing of ours: "seized 12 passengers", "seized 40 rifles"),
# and returned, which is a release only of persons held ("two of them came back"; refugees who
# came back were not released), and beat, which tortures persons only ("guards beat 12
# inmates"; "beat back 3 attacks", "beat 5 records" are nothing of ours), and victims, which
# says persons suffered the act named before it in the sentence ("… tortured detainees; 34
# were recognised as victims", «потерпевшими признаны 34»), and nothing without one; and
# registered, which makes persons what the registrar is named for ("the Refugee Council has
# registered 2,460 people"), and nothing when it names none; and not found, which makes
# persons, and persons whose remains were never found, missing ("the remains of nine of the
# victims have never been found", «останки девяти так и не найдены"); and housed, which
# makes residents and families put up in a gym or a school displaced ("45 residents have been
# moved to a sports hall", «размещены в спортзале», "idman zalında yerləşdirilib"), and
# persons held nothing (detainees moved to another prison were transferred); and sentence
# changed, which says a court or an amnesty shortened or softened what persons serve («540
# осуждённым сокращены сроки»): nothing new befell them, no figure; and another sense, a
# phrase whose verb alone would name an act but which as a whole says something else ("atəşə
# tutulub", fired upon, beside "tutulub", arrested): no figure, and no act to take a count;
# and given over, which finds bodies given to relatives or a side («родственникам передано
# 67 тел») and says nothing of persons or things handed anywhere («дело передано в суд»);
# and sought, a search going on, which makes persons missing ("still searching for 20
# people") and things nothing of ours ("still searching for 17 rifles"); and keep, which holds
# persons in detention («в камере содержалось 40 человек») and things nowhere of ours («в
# докладе содержалось 12 рекомендаций»).
VERB_CLASSES = frozenset(
    {"destroy", "find", "hold", "collapse", "seize", "return", "beat", "victims", "registered",
     "not_found", "alive", "housed", "lose", "out_of_touch", "sentence_changed", "other_sense",
     "given_over", "sought", "keep"}
)  # fmt: skip
# Found alive ("alive" above) is no figure but a fate of its own ("611 have been located
# alive", «найдены живыми», "sağ tapılıb"): such a part takes no fate from its whole.
# Categories a verb class gives for a while, until the sentence settles them
# (``ActsApart``); a figure left with one is no claim.
PENDING = frozenset({"victims", "registered"})
# Persons set down on a register ("qeydiyyata alınıb", «зарегистрированы»), the one verb
# class whose participle names persons counted before ("Qeydiyyata alınanlardan 5.320 nəfər",
# of those registered) as the participle of a fate does.
REGISTERED = "registered"
# The English copula in its finite forms (figures and the ages of quantities read it).
EN_COPULA = frozenset({"is", "are", "was", "were"})
# English words in -ed that are no verb's past tense here: adjectives ("unarmed", "disabled")
# that describe the noun after them, and past tenses of no act ("stayed", "involved") that
# say nothing done to the persons counted.
EN_ADJECTIVES_IN_ED = frozenset(
    {"unarmed", "armed", "aged", "married", "disabled", "unidentified", "unaccompanied",
     "masked", "retired", "stayed", "remained", "involved", "concerned"}
)  # fmt: skip


# Hyphens inside words are tokens of their own ("ill-treated", "diri-diri").
_ELEMENT = re.compile(r"[^\s\-]+|-")


@dataclass(frozen=True)
class Phrase:
    elements: tuple[str, ...]
    value: str

    def matches_at(self, tokens: list[Token], i: int) -> bool:
        return self.end_at(tokens, i) is not None

    def end_at(self, tokens: list[Token], i: int) -> int | None:
        """Past the last token matched from ``i``; "~" stands for up to five words, "~~"
        for up to ten."""
        return _match(self.elements, tokens, i)


def _match(elements: tuple[str, ...], tokens: list[Token], i: int) -> int | None:
    if not elements:
        return i
    head, rest = elements[0], elements[1:]
    if head in _WORD_GAPS:
        skip = 0
        words = 0
        while words <= _WORD_GAPS[head] and i + skip <= len(tokens):
            end = _match(rest, tokens, i + skip)
            if end is not None:
                return end
            if i + skip >= len(tokens):
                return None
            token = tokens[i + skip]
            if token.text == ",":
                past = _past_inclusion(tokens, i + skip)
                if past is not None:
                    skip = past - i
                    continue
            if token.kind == "punct" and not (token.text == "-" and not token.space_before):
                return None
            words += token.kind != "punct"
            skip += 1
        return None
    if head == MODIFIERS_GAP:
        for skip in range(_MODIFIERS_REACH + 1):
            end = _match(rest, tokens, i + skip)
            if end is not None:
                return end
            if i + skip >= len(tokens) or not _may_modify(tokens[i + skip]):
                return None
        return None
    if i >= len(tokens) or not _element_matches(head, tokens[i]):
        return None
    return _match(rest, tokens, i + 1)


# A gap between a preposition and its noun («за жестокие пытки»): the words there can only
# modify the noun, so no count and no other noun joined by a conjunction stands in it — «за
# убийство пятерых мирных жителей и пытки ещё двоих» puts the five under «убийство», not
# under «за … пытки».
MODIFIERS_GAP = "~mod"
# Gaps of any words, and how many words each may hold. "~~" is for an Azerbaijani place
# fronted before the subject and its verb ("Şəhəri bu ilin əvvəlindən bəri 12 mindən 15 minə
# qədər sakin tərk edib"): the whole subject, with its range and the time, stands between. So
# does the persons' whole phrase inside an English or Russian phrase of their fate ("the fate
# of more than 9,000 servicemen and civilians remains unknown").
_WORD_GAPS = {"~": 5, "~~": 10}
# Elements that stand for words between a phrase's own, not for words of it.
GAPS = frozenset({*_WORD_GAPS, MODIFIERS_GAP})
_MODIFIERS_REACH = 3
_CONJUNCTIONS = frozenset({"и", "или", "а", "но"})


def _may_modify(token: Token) -> bool:
    return (
        token.kind == "word"
        and token.pos not in {"NUMR", "NOUN"}
        and token.lower not in _CONJUNCTIONS
    )


# Words that open a part set off by commas inside its whole's clause («Судьба 312 человек,
# в том числе 41 ребёнка, до сих пор неизвестна»): the clause goes on past the second comma,
# as it does past a participle clause set off (``_past_inclusion``).
_INCLUSIONS = (("в", "том", "числе"), ("включая",), ("среди", "них"), ("из", "них"))
# How many tokens such a part may hold before its closing comma.
_INCLUSION_REACH = 8


def _past_inclusion(tokens: list[Token], comma: int) -> int | None:
    """Past the closing comma of a part set off at ``comma`` by a word of inclusion, if one
    opens there; the gap of a phrase spans it as the one clause it interrupts."""
    opener: tuple[str, ...] | None = next(
        (
            words
            for words in _INCLUSIONS
            if [t.lower for t in tokens[comma + 1 : comma + 1 + len(words)]] == list(words)
        ),
        None,
    )
    if opener is None and comma + 1 < len(tokens) and tokens[comma + 1].pos == "PRTF":
        # «Судьба 14 жителей, увезённых военными 12 марта, до сих пор неизвестна»: a
        # participle clause set off describes the persons within the same clause.
        opener = ()
    if opener is None:
        return None
    start = comma + 1 + len(opener)
    for k in range(start, min(start + _INCLUSION_REACH, len(tokens))):
        if tokens[k].text == ",":
            return k + 1 if k > start else None
        if tokens[k].kind == "punct" and tokens[k].text != "-":
            return None
    return None


def _element_matches(element: str, token: Token) -> bool:
    if token.kind == "punct":
        return element == token.text
    if element.endswith("*"):
        stem = element[:-1]
        return token.lower.startswith(stem) or token.key.startswith(stem)
    return token.lower == element or token.key == element


class PhraseSet:
    """Phrases indexed by the first letters of their first element; longest match wins."""

    def __init__(self, entries: dict[str, str]) -> None:
        self._by_prefix: dict[str, list[Phrase]] = {}
        for text, value in entries.items():
            phrase = Phrase(tuple(_ELEMENT.findall(text)), value)
            key = phrase.elements[0].rstrip("*")[:2]
            self._by_prefix.setdefault(key, []).append(phrase)
        for phrases in self._by_prefix.values():
            phrases.sort(key=lambda p: (-len(p.elements), -len(p.elements[0])))

    def match(self, tokens: list[Token], i: int) -> Phrase | None:
        found = self.match_span(tokens, i)
        return found[0] if found else None

    def match_span(self, tokens: list[Token], i: int) -> tuple[Phrase, int] | None:
        """The longest phrase at ``i`` and the number of tokens it covers; none past either
        end of the text (a statement may stop mid-phrase: «… числятся пропавшими без»)."""
        if not 0 <= i < len(tokens):
            return None
        token = tokens[i]
        keys = {token.lower[:2], token.key[:2], token.text[:2]}
        found: tuple[Phrase, int] | None = None
        for key in keys:
            for phrase in self._by_prefix.get(key, ()):
                end = phrase.end_at(tokens, i)
                if end is not None and (found is None or end - i > found[1]):
                    found = (phrase, end - i)
        return found


def each(words: str, value: str) -> dict[str, str]:
    """Each of the words (``_`` joins the words of one phrase) with ``value``."""
    return {word.replace("_", " "): value for word in words.split()}


def rejections(verbs: str, objects: str) -> dict[str, str]:
    """A verb of rejection with a demonstrative object ("reject this figure", «опровергают
    эти данные», "bu rəqəmi təkzib edir") rejects the figure given before it: each verb is
    joined to each object (``_`` joins the words of one), in the order the language puts
    them (``objects`` first when they contain "{verb}")."""
    out: dict[str, str] = {}
    for obj in objects.split():
        for verb in verbs.split():
            words = obj.replace("{verb}", verb) if "{verb}" in obj else f"{verb} {obj}"
            out[words.replace("_", " ")] = "prior"
    return out


def partitives(
    prefixes: tuple[str, ...], triggers: dict[str, str], nouns: dict[str, str], participle: str
) -> dict[str, str]:
    """Markers of a part named by what befell the whole: "of the dead", "among those
    detained", «из задержанных», «среди вынужденных переселенцев». Each prefix is joined to
    every noun that implies a category and to every one-word trigger that ends as a
    participle does (``participle``, a regular expression), so the marker carries its
    category and the part finds its whole by it (``SentenceBinder._category_in``)."""
    words = [text for text, value in nouns.items() if value.startswith("implied:")]
    words += [
        text
        for text, value in triggers.items()
        if " " not in text and value not in VERB_CLASSES and re.search(participle, text.rstrip("*"))
    ]
    return {f"{prefix} {word}": "nest" for prefix in prefixes for word in words}


@dataclass(frozen=True)
class Lexicon:
    language: str
    triggers: dict[str, str]
    nouns: dict[str, str]
    vague: dict[str, str]  # phrase → the vague word's class (kept as written)
    zero: dict[str, str]  # "no one", «никто», "heç kim" …
    qualifiers_before: dict[str, str]
    qualifiers_after: dict[str, str]
    nest_before: dict[str, str]  # "including", "of whom", «в том числе», "o cümlədən"
    nest_after: dict[str, str]  # "… 106 of them", «106 из них»
    references: dict[str, str]  # "Article 6", "page 12": the number is a reference
    gap_words: frozenset[str]  # auxiliaries and adverbs between a count and its verb
    stop_words: frozenset[str]  # words that end a counted noun phrase
    conjunctions: frozenset[str]
    negations: frozenset[str] = frozenset()
    ages: dict[str, str] = field(default_factory=dict)  # "aged", "under" after a person noun
    # Triggers that say where persons are rather than what befell them ("in captivity",
    # «в плену», "əsirlikdə"): a verb beside them tells the figure's category first.
    circumstances: frozenset[str] = frozenset()
    # Words by which a text rejects a figure or finds it unproven ("denied that", «не
    # соответствуют действительности», "təkzib edib"): no figure of that clause is a claim.
    denials: dict[str, str] = field(default_factory=dict)
    # Words that open a coordinate clause after a comma: ", and", «, но», ", lakin".
    coordinators: frozenset[str] = frozenset()
    # Verbs and phrases that attribute what follows to someone: "said", «по словам», "bildirib".
    reporting: dict[str, str] = field(default_factory=dict)
    # Persons serving a sentence ("inmates", «осуждённые», "məhbus") and the places they serve
    # it in ("penal colony", «колония», "cəzaçəkmə müəssisəsi"): see ``prisoners``.
    inmates: dict[str, str] = field(default_factory=dict)
    penal_institutions: dict[str, str] = field(default_factory=dict)
    # Words that name a degree of a category, not the category ("hospitalised", «госпитализирован»,
    # "xəstəxanaya yerləşdirilib"): "nobody was hospitalised" says nobody was hurt that badly,
    # not that nobody was hurt, so their "no one" is no figure.
    severities: dict[str, str] = field(default_factory=dict)
    # Words of a person's fate or whereabouts («судьба», "whereabouts", "taleyi"): said to be
    # unknown of detainees, they say what an enforced disappearance is (``disappearances``).
    fates: frozenset[str] = frozenset()

    @functools.cached_property
    def trigger_set(self) -> PhraseSet:
        return PhraseSet(self.triggers)

    @functools.cached_property
    def noun_set(self) -> PhraseSet:
        return PhraseSet(self.nouns)

    @functools.cached_property
    def vague_set(self) -> PhraseSet:
        return PhraseSet(self.vague)

    @functools.cached_property
    def zero_set(self) -> PhraseSet:
        return PhraseSet(self.zero)

    @functools.cached_property
    def before_set(self) -> PhraseSet:
        return PhraseSet(self.qualifiers_before)

    @functools.cached_property
    def after_set(self) -> PhraseSet:
        return PhraseSet(self.qualifiers_after)

    @functools.cached_property
    def nest_before_set(self) -> PhraseSet:
        return PhraseSet(self.nest_before)

    @functools.cached_property
    def nest_after_set(self) -> PhraseSet:
        return PhraseSet(self.nest_after)

    @functools.cached_property
    def reference_set(self) -> PhraseSet:
        return PhraseSet(self.references)

    @functools.cached_property
    def denial_set(self) -> PhraseSet:
        return PhraseSet(self.denials)

    @functools.cached_property
    def age_set(self) -> PhraseSet:
        return PhraseSet(self.ages)

    @functools.cached_property
    def reporting_set(self) -> PhraseSet:
        return PhraseSet(self.reporting)

    @functools.cached_property
    def inmate_set(self) -> PhraseSet:
        return PhraseSet(self.inmates)

    @functools.cached_property
    def penal_institution_set(self) -> PhraseSet:
        return PhraseSet(self.penal_institutions)

    @functools.cached_property
    def severity_set(self) -> PhraseSet:
        return PhraseSet(self.severities)


def lexicon(language: str) -> Lexicon:
    if language == "ru":
        from rightsledger.analysis.statements.lexicon.ru import LEXICON
    elif language == "az":
        from rightsledger.analysis.statements.lexicon.az import LEXICON
    else:
        from rightsledger.analysis.statements.lexicon.en import LEXICON
    return LEXICON
