"""What a figure is, what a trigger makes of a counted noun, and the word classes that the
binder's layers share (private to this package)."""

from __future__ import annotations

from dataclasses import dataclass

from rightsledger.analysis.statements.date_points import PointFinder
from rightsledger.analysis.statements.lexicon import (
    BODY,
    EN_COPULA,
    FAMILY,
    GRAVE,
    PERSON,
    SITE,
    UNIT,
    UNKNOWN,
    names_group,
)
from rightsledger.analysis.statements.numerals import az_numeral_stem
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import DASHES, Token


def _split(text: str) -> list[str]:
    return text.split()


# A part may have a category of its own only where the whole makes it a later fate of the
# same persons: of those captured, some remain missing; of the injured, some died; of the
# detained, some were hurt, or found dead («останки двоих из них»); of the dead or the bodies
# found, some bore marks of torture.
_LATER_FATES = {
    "captured": {"missing", "released", "killed", "found_dead", "tortured", "identified",
                 "detained", "disappeared", "injured"},
    "detained": {"tortured", "released", "killed", "missing", "disappeared", "injured",
                 "found_dead"},
    "missing": {"found_dead", "identified", "killed", "released", "disappeared", "detained"},
    "disappeared": {"found_dead", "identified", "released", "killed", "missing", "detained"},
    "injured": {"killed"},
    # Of the killed, those whose remains were never found are missing.
    "killed": {"identified", "found_dead", "tortured", "missing"},
    "found_dead": {"identified", "tortured"},
    "displaced": {"killed", "missing", "injured"},
    # Of those beaten, some were hurt enough to see a doctor, or died, or were taken away.
    "tortured": {"killed", "injured", "captured"},
    # What those released tell of their captivity, or suffered in it: "of the 60 hostages
    # freed, 25 said they had been tortured", "among them 25 who were badly hurt".
    "released": {"tortured", "injured", "killed"},
}  # fmt: skip

# Azerbaijani postpositions of "among" after the persons a part is taken from.
_AZ_AMONG = frozenset({"arasında", "içərisində", "sırasında"})
# The plural endings (and the plural genitive) of persons named before those postpositions.
_AZ_PLURALS = ("lar", "lər", "ların", "lərin")

_OBJECT_PREPOSITIONS = {
    "en": frozenset({"with", "to", "for", "from", "about", "against", "on", "at", "into"}),
    "ru": frozenset({"с", "со", "для", "к", "ко", "о", "об", "про", "у", "от", "над"}),
}

_COUNT_WORDS = {
    "en": frozenset({"number", "toll", "total", "count", "figure", "tally"}),
    "ru": frozenset({"число", "количество", "цифра"}),
    # "sayını": the accusative, of a number put at so much ("evlərin sayını 45 kimi göstərir").
    # "göstərici" (indicator) is the figure of a report's year: "bu göstərici 27 olub"; the
    # bare "say" (count) after "bu" is the count named again: "bir ay əvvəl bu say 8.350 idi".
    "az": frozenset(
        {"sayı", "sayının", "sayını", "sayısı", "rəqəm", "rəqəmi", "rəqəmini", "göstərici", "say"}
    ),
}

# Lists and registers name what their entries are, as a count word does: «в реестре
# вынужденных переселенцев состоит 86 412 человек», "the register of refugees holds 1,200".
_REGISTER_WORDS = {
    "en": frozenset(_split("register registry list lists roll rolls database records")),
    "ru": frozenset(_split("реестр список перечень база учёт учет")),
    "az": frozenset(_split("reyestr reyestri reyestrində siyahı siyahısı siyahısında")),
}

# Acts that name no fate of their own: what befell the victims, or what the registered were
# registered as, is named elsewhere ("ActsApart"), as by a noun of a fate after them.
ACTS_OF_A_FATE_NAMED_ELSEWHERE = frozenset({"victims", "registered"})
# "registered as refugees", «в качестве беженцев», "köçkün kimi": persons counted as what
# the noun after (before, in Azerbaijani) the word names.
_AS_WORDS = {"en": frozenset({"as"}), "ru": frozenset({"качестве"}), "az": frozenset({"kimi"})}

_HELD_AS = {"implied:detained": "detained", "implied:captured": "captured"}

# The fates of persons held (by the state or by captors): only they are released.
HELD_FATES = frozenset({"detained", "captured"})

# Azerbaijani ends its clause with the verb, and what stands between a count and it (when,
# where, of what: "yolda və sürgünün ilk iki ilində aclıqdan həlak olub"; when, during what,
# by whom and with what: "iyunun 27-də axtarış zamanı xüsusi təyinatlı bölmənin əməkdaşları
# tərəfindən rezin dəyənəklərlə döyülüb") may be long.
_FORWARD_GAP = {"en": 3, "ru": 3, "az": 10}

_BACKWARD_GAP = {"en": 3, "ru": 3, "az": 3}
# Focus particles that may stand between a marker and its first item ("of them only nine",
# «из них лишь девять», "onlardan yalnız 9-u") or between a fate said first and its count
# («живыми найдены лишь 12»): they weigh the count, they name no one. ("onlardan cəmi 14-ü":
# "cəmi", in all, is "only" before a part.)
ONLY_WORDS = frozenset({"only", "just", "лишь", "только", "yalnız", "təkcə", "ancaq", "cəmi"})

_AZ_AGE_COMPARATIVES = frozenset(_split("yuxarı böyük çox artıq aşağı kiçik az qədər"))

# What comes between an English count word and its number ("the total to eleven", "the
# number at 900,000", "the toll stands at 30").
_COUNT_LINKS = frozenset(
    _split(
        "to at is was stands stood now has have had rose risen reached climbed increased "
        "stand of — – : ,"
    )
)

# Words between a verb of saying and the number it gives for the same count.
_RESTATING_FILLERS = frozenset(_split("it is was that this the о об около это"))

# The rest: "the remaining 35", «остальных», «оставшихся семерых» (by its participle's own
# forms: the verb «остались 12» says who stayed, not which rest), "qalan 11".
_REMAINING = frozenset(
    _split("remaining остальной оставшиеся оставшихся оставшимся оставшимися qalan qalmış")
)
# "Digər" (other) before an Azerbaijani part with its possessive ending ("digər 25-inin",
# "digər ikisi") is the rest of them; before a bare count ("digər 41 nəfər") it adds others.
_AZ_OTHER = "digər"


def az_the_other_of_them(tokens: list[Token], quantity: Quantity) -> bool:
    """ "15-i azad edilib, digər 25-inin taleyi məlum deyil": the other 25 of them, a rest."""
    first, last = quantity.first, quantity.last
    if first < 1 or tokens[first - 1].lower != _AZ_OTHER:
        return False
    word = tokens[last].lower
    if tokens[last].kind == "word" and last > first:
        return True  # "25-inin": the ending read onto the digits
    stem = az_numeral_stem(word)
    return stem is not None and stem != word


def az_possessive_number(tokens: list[Token], quantity: Quantity) -> bool:
    """Does the number carry a possessive ending ("12-sinin", "üçü", "44-ü")?"""
    words = tokens[quantity.first : quantity.last + 1]
    # Digits carry the ending after a hyphen ("12-sinin"), words inside ("üçü").
    if any(t.kind == "num" and t.suffix for t in words):
        return True
    last = words[-1]
    stem = az_numeral_stem(last.lower) if last.kind == "word" else None
    return bool(stem) and stem != last.lower


# Fates that presuppose an earlier one of the same persons.
_PRESUPPOSES = {"released": frozenset({"captured", "detained", "missing", "disappeared"})}

# Nouns that count cases or incidents rather than persons ("137 cases of disappearance").
_CASE_WORDS = {
    "en": ("case", "cases", "instance", "instances", "incident", "incidents"),
    "ru": ("случай", "факт", "эпизод"),
    "az": ("hal", "hadisə", "fakt", "epizod"),
}

# Words that count the killed and the injured together: "there were no casualties" is
# none of either; "200 casualties" is neither figure.
_CASUALTIES = frozenset({"casualties", "casualty"})
# Victims of no act named count the dead («25 жертв»), and those harmed the hurt («пострадали
# 30 человек», "30 nəfər zərər çəkib"), unless the text breaks them down into the dead and the
# injured at once («215 жертв: 64 погибли и 151 ранены»): then they are casualties. By stem.
_VICTIMS = ("жертв", "пострада", "zərər")

_NUMBER_SIGNS = frozenset("№§%")
# A hyphen or en dash written close up to the word before it joins, it does not set off.
_CLOSE_DASHES = frozenset({"-", "–"})

# Words that take a part of a count without a number of their own; a percentage's number
# is a share, not a count ("70 percent of the 3,400 detainees said they were beaten").
_FRACTIONS = frozenset(
    _split(
        "half third thirds quarter quarters most majority many some several part proportion "
        "percent cent % "
        "половина треть четверть большинство часть многие некоторые"
    )
)

_AZ_FRACTIONS = ("yarısı", "yarıdan", "əksəriyyəti", "çoxu", "bir_hissəsi", "üçdə", "dörddə")

# English verbs whose past is not in -ed that statements use of persons counted: what they
# said or did is no act done to them ("nine said they had seen …").
_EN_OWN_VERBS = frozenset(
    _split(
        "said say says told tell tells gave give spoke speak saw see went go came come took "
        "take fought fight left leave knew know"
    )
)

# Russian verbs of being somewhere or something: «15 из них находятся в больнице» keeps
# the part a part of what befell the whole.
_RU_STATE_VERBS = frozenset(
    _split(
        "находиться оставаться быть являться считаться числиться пребывать содержаться касаться "
        # Whom or what the counted concern: «27 из них связаны с сексуальным насилием».
        "связать "
        # Housed somewhere: where those counted now are, not an act of their own («из них 600
        # размещены в школах»).
        "разместить размещаться проживать жить поселить"
    )
)
# The same in English and Azerbaijani: "600 of them are housed in schools", "600 nəfəri
# məktəblərdə yerləşdirilib".
_EN_STATE_PARTICIPLES = frozenset(_split("housed accommodated sheltered lodged"))
_AZ_STATE_STEMS = ("ol", "qal", "imiş", "yerləşdiril", "yerləş", "məskunlaş", "yaşa")

_LIST_PUNCT = frozenset({",", ":", "—", "–", "-", ";"})

_PARENTHESIS_OPEN = frozenset({"(", "–", "—"})

_PARENTHESIS_CLOSE = {"(": ")", "–": "–", "—": "—"}

_DEFINITE = frozenset({"the", "these", "those", "этих", "этого", "указанных", "həmin", "bu"})

_COPULA_VERBS = frozenset(_split("оказались оказалось оказался оказалась были был была"))
_EN_COPULA = EN_COPULA

_AUXILIARIES = frozenset(
    {"have", "has", "had", "were", "was", "are", "is", "will", "may", "remain", "remains",
     "been", "были", "был", "была", "было"}
)  # fmt: skip

# Relative pronouns: a verb after one describes the counted persons or things ("the 40 people
# who were held", «из 2000 человек, которые были задержаны»); of persons only, in English.
_RELATIVES = frozenset({"that", "who", "which", "whom", "которые", "которых", "который"})
_PERSON_RELATIVES_EN = frozenset({"who", "that"})

# English past tenses of fates that have no passive participle ("died", "perished"): after
# a counted noun they are the verb of the clause, never a participle describing it.
_ONLY_FINITE = frozenset({"died", "perished"})

# «ещё девять ранены», "daha üç nəfər": "further", which adds to what was counted before.
_ALSO = frozenset({"ещё", "еще", "daha"})

# Words by which a clause with no number of its own speaks of persons counted before it:
# "their fate is unknown", «их судьба неизвестна», "onların taleyi məlum deyil".
_ANAPHORS = frozenset(
    _split("their them they these those их них они этих onların onlar onlardan həmin")
)


@dataclass
class Trigger:
    first: int
    last: int
    value: str
    circumstance: bool = False  # "in captivity": where persons are, not what befell them


@dataclass
class Figure:
    quantity: Quantity
    category: str = ""
    subgroup: str = "all"
    parent: Figure | None = None
    trigger: Trigger | None = None
    bound: str = ""  # forward, backward, noun, coordinated, nested, clause

    @property
    def first(self) -> int:
        first = self.quantity.first
        if self.trigger is not None and self.bound == "backward":
            first = min(first, self.trigger.first)
        return first

    @property
    def last(self) -> int:
        last = self.quantity.end_token
        # The verb is part of the words as stated when it follows at once ("were killed").
        if self.trigger is not None and self.bound == "forward" and self.trigger.first - last <= 4:
            last = max(last, self.trigger.last)
        return last


def counts_only_inside(trigger: str, language: str) -> bool:
    """Does the act read only the count it holds? English persons taken to a place ("took 40
    men to the sawmill") are held there; "took us to the farm" with a headcount later says
    where, not whether as captives or as detainees, and lends the headcount no fate."""
    return language == "en" and trigger == "keep"


def resolve_category(trigger: str, noun: str) -> str:
    """The category that a trigger gives to a counted noun, or '' if they do not fit."""
    if noun == UNIT:
        return ""
    if noun == GRAVE:
        return "burial_sites"
    if noun == SITE:
        # Sites where bodies lie, found or identified (located): "identified nine sites".
        return "burial_sites" if trigger in {"find", "identified"} else ""
    if trigger == "collapse":
        return "property_destroyed" if noun.startswith("property:") else ""
    if trigger == "destroy":
        if noun == FAMILY:
            return "families_wiped_out"
        if noun.startswith("property:"):
            return "property_destroyed"
        # Persons destroyed are killed; what the lexicon does not know, destroyed, is a
        # thing ("four bridges were destroyed"), not persons.
        return "killed" if noun in {PERSON, ""} or noun.startswith("subgroup:") else ""
    if noun.startswith("property:"):
        return ""
    if noun == BODY:
        # Bodies and remains are found, recovered, identified; they are not missing (the
        # "1,830 missing persons" whose remains were identified). Marks of torture are found
        # on bodies: those persons were tortured. Persons whose remains were never found are
        # missing ("the remains of nine of the victims have never been found").
        # Bodies handed over or given back ("the bodies of 45 soldiers were handed over")
        # were found: the verbs that release persons held. So were bodies found in a grave
        # ("19 bodies were found in a grave near the road"), and bodies kept somewhere, the
        # verb that holds persons ("morqlarda 260 nəfərin qalıqları saxlanılır").
        return {"find": "found_dead", "killed": "found_dead", "found_dead": "found_dead",
                "found_in_grave": "found_dead", "detained": "found_dead",
                "identified": "identified", "tortured": "tortured", "released": "found_dead",
                "handed_over": "found_dead", "given_over": "found_dead",
                "not_found": "missing"}.get(trigger, "")  # fmt: skip
    if trigger == "find":
        return ""
    if trigger == "not_found":
        return "missing"  # "nine people have not been found": persons sought
    if trigger == "alive":
        return ""  # "found alive": no figure of ours
    if trigger == "return":
        return "released"  # of persons held only (``SentenceBinder._returns_of_the_held``)
    if trigger in ACTS_OF_A_FATE_NAMED_ELSEWHERE:
        # What befell them is named elsewhere in the sentence (``ActsApart``); a register
        # holds persons ("registered 312 cases of torture" counts the cases' act).
        persons = noun == PERSON or names_group(noun) or noun.startswith("implied:")
        known = persons or (trigger == "victims" and noun in {UNKNOWN, ""})
        return trigger if known else ""
    if trigger == "housed":
        held = noun in {"implied:detained", "implied:captured"}
        # Troops stationed somewhere ("4 000 hərbçi yerləşdirilib") were deployed, not housed.
        deployed = noun == "label:servicemen"
        return "" if held or deployed or noun == UNKNOWN else "displaced"
    if trigger in {"out_of_touch", "sentence_changed", "other_sense", "given_over"}:
        return ""
    if trigger == "found_in_grave":
        # Persons, or a bare count of them, found in a grave: not things found there.
        known = noun in {PERSON, ""} or names_group(noun) or noun.startswith("implied:")
        return "found_dead" if known else ""
    if trigger == "sought":
        # A search goes on for persons, not for things ("still searching for 17 rifles").
        persons = noun in {PERSON, ""} or names_group(noun) or noun.startswith("implied:")
        return "missing" if persons else ""
    if trigger in {"seize", "beat", "lose", "keep"}:
        known = noun == PERSON or names_group(noun) or noun.startswith("implied:")
        # A bare count beaten or kept is of persons: "they beat four of them" (records and
        # attacks beaten are counted by their nouns).
        known = known or (trigger in {"beat", "keep"} and noun == "")
        done = {"seize": "captured", "beat": "tortured", "lose": "killed", "keep": "detained"}
        return done[trigger] if known else ""
    if trigger == "detained" and noun == "implied:captured":
        # Hostages and prisoners of war held are held in captivity, whatever the verb
        # («удерживаются семь заложников», "yeddi girov saxlanılır").
        return "captured"
    if trigger == "hold":
        # "held": detainees are held in detention, hostages in captivity; which one the
        # persons are is settled by what they are part of (``SentenceBinder._held``).
        return "detained" if noun == "implied:detained" else "captured"
    if noun == FAMILY:
        if trigger in {"killed", "families_wiped_out"}:
            return "families_wiped_out"
        # Displacement is counted in families as often as in persons (subgroup "families").
        return "displaced" if trigger == "displaced" else ""
    if trigger == "families_wiped_out":
        return ""
    return trigger


def attributed_category(quantity: Quantity) -> str:
    """What a participle said of the counted says befell them ("12 abducted aid workers",
    "the 600 displaced people"), or ''."""
    return resolve_category(quantity.attribute, quantity.counted) if quantity.attribute else ""


def fate_told_after_its_participle(quantity: Quantity, trigger: Trigger) -> str:
    """«о 27 задержанных, которых избили»: where ``trigger`` is the participle that names the
    counted right after the count, what the clause after it told befell them
    (``relative_clauses``); else ''."""
    return attributed_category(quantity) if trigger.first == quantity.end_token + 1 else ""


def implied_category(quantity: Quantity, *, whole: bool = False) -> str:
    """What a counted noun says by itself: hostages are captured, graves are burial sites.
    Bodies out of which some were identified («из 212 тел … опознаны 180») are bodies
    found: persons found dead. Bodies alone say nothing until a verb does."""
    noun = quantity.noun
    if noun.startswith("implied:"):
        return noun.split(":", 1)[1]  # "the bodies of 3 hostages": still the hostages'
    if whole and quantity.counted == BODY:
        return "found_dead"
    return "burial_sites" if noun == GRAVE else ""


def subgroup_of(noun: str) -> str:
    for prefix in ("subgroup:", "label:", "property:"):
        if noun.startswith(prefix):
            return noun[len(prefix) :]
    return "all"


# Verbs of belief or report that hedge a copula: "are believed to be", "were said to be".
_EN_HEDGES = frozenset(
    {
        "believed",
        "thought",
        "said",
        "reported",
        "understood",
        "known",
        "presumed",
        "assumed",
        "feared",
        "alleged",
    }
)


def _nest_if_fate_follows(figure: Figure, whole: Figure) -> None:
    """Make ``figure`` a part of ``whole`` when it counts the same fate or one that follows it."""
    if figure.category == whole.category or figure.category in _LATER_FATES.get(
        whole.category, set()
    ):
        figure.parent = whole


# The words that open a notice of correction ("Correction.", «Поправка.», "Düzəliş:").
NOTICE_WORDS = frozenset(
    {"correction", "corrections", "clarification", "erratum", "errata", "corrigendum",
     "corrigenda", "поправка", "уточнение", "опровержение", "düzəliş", "dəqiqləşdirmə"}
)  # fmt: skip


# Words in a parenthesis after a figure that name the other period before its number.
_EARLIER = (
    "earlier", "before", "previous", "last", "yesterday", "ранее", "прошл", "предыдущ",
    "накануне", "вчера", "əvvəl", "ötən", "dünən",
)  # fmt: skip
_DASHES = DASHES | {"-", ":"}
# An issue of a report named by its number ("№ 5 bülletendə", "in Bulletin No. 8", «в сводке
# № 3»): in a parenthesis after a figure, the issue before the one that gives the figure.
_NUMBER_SIGNS = frozenset({"№", "no", "no.", "saylı", "nömrəli"})
_DATE_LANGUAGES = ("en", "ru", "az")
_REPORTS = ("bülleten", "hesabat", "arayış", "bulletin", "report", "бюллетен", "сводк", "справк")
# An Azerbaijani update by its plain word, a report only when numbered or earlier: "3 saylı
# məlumatda", "əvvəlki məlumatda".
_AZ_REPORTS = ("məlumat",)


def other_period_in_parenthesis(between: list[Token]) -> bool:
    """ "(in 2021: 43)", «(в 2021 году — 43)», «(годом ранее — 43)», "(2021-ci ildə — 43)": a
    parenthesis right after the figure that names a year, a day ("(25 mayda – 44)") or an
    earlier time, or an issue of the report by its number ("(№ 5 bülletendə — 7.214
    nəfər)"), then a dash or a colon, before the number; an Azerbaijani verb may end the
    figure's clause before it ("41-ə çatıb (dünən — 12)")."""
    if len(between) > 3 and between[0].kind == "word" and between[1].text == "(":
        between = between[1:]
    if len(between) < 3 or between[0].text != "(":
        return False
    if between[-1].text in _DASHES:
        inside = between[1:-1]
    elif _az_report_in_the_locative(between[-1]):
        # "(3 saylı məlumatda 37)", "(əvvəlki bülletendə 71)": the report the number stands in,
        # with no dash between.
        inside = between[1:]
    else:
        return False
    return (
        _numbered_report(inside)
        or _dated(inside)
        or any(
            t.lower.startswith(_EARLIER)
            or (t.text[:4].isdigit() and len(t.text) >= 4 and 1900 <= int(t.text[:4]) <= 2100)
            for t in inside
        )
    )


def _az_report_in_the_locative(token: Token) -> bool:
    """Is ``token`` an Azerbaijani report in the locative ("məlumatda", "bülletendə")?"""
    word = token.lower
    return word.startswith(_REPORTS + _AZ_REPORTS) and word.endswith(("da", "də"))


def _dated(inside: list[Token]) -> bool:
    """Does the parenthesis name a day and its month ("(25 mayda – 44 nəfər)", "(on 3 May:
    12)", «(3 мая — 12)»), in any of the reader's languages? The figure at that day."""
    for language in _DATE_LANGUAGES:
        points = PointFinder("", inside, language)
        for k in range(len(inside)):
            day = points.day(k)
            if day is not None and points.month(day[1] + 1) is not None:
                return True
    return False


def _numbered_report(inside: list[Token]) -> bool:
    return any(t.lower in _NUMBER_SIGNS for t in inside) and any(
        t.lower.startswith(_REPORTS + _AZ_REPORTS) for t in inside
    )


def within(part: Figure, whole: Figure) -> bool:
    """Is ``whole`` among the figures ``part`` is a part of, however deep?"""
    parent = part.parent
    while parent is not None:
        if parent is whole:
            return True
        parent = parent.parent
    return False
