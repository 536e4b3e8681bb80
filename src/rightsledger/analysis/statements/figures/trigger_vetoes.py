"""The words the trigger scan of a sentence passes over: a word of an act that, where it stands,
names none of what befell persons counted ("shot down", "the holding centre", "left the
courtroom", "called for the release of", «к 15 годам лишения свободы», "war-torn"); and
what ends a clause. Apart from ``scanning`` because each is a small rule of its own."""

from __future__ import annotations

import re

from rightsledger.analysis.statements.figures.core import _CLOSE_DASHES, _NUMBER_SIGNS
from rightsledger.analysis.statements.figures.leaving import (
    leaves_a_home_place,
    left_a_home_place,
)
from rightsledger.analysis.statements.lexicon import BODY, PERSON, UNIT, Lexicon, names_group
from rightsledger.analysis.statements.morphology import russian_genitive
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.quantities.designations import PLACES_OF_CUSTODY
from rightsledger.analysis.statements.tokens import CLAUSE_ENDS, Token, hyphened_to_a_word

# Words after "shot" that make it no killing: "shot down", "shot in the leg", "shot at by".
_SHOT_OTHERWISE = frozenset({"down", "in", "up", "with", "through", "and"})
# The auxiliaries of an English passive whose participles "and" may chain.
_PASSIVE_AUXILIARIES = frozenset({"were", "was", "been", "being"})

# The Russian words of threat, by stem: «угроза», «угрожали».
_THREAT_RU = ("угроз", "угрожа")
# The Russian past participles of being listed or held as something: «числившихся»,
# «считавшиеся», «значившихся» (in the lists).
_LISTED_SO_BEFORE_RU = ("числивш", "считавш", "значивш")
# Basements and cellars, by stem: "zirzəmiyə", «в подвал», "to the basement".
_BASEMENTS = ("zirzəmi", "подвал", "basement", "cellar")
# Calls, demands and efforts for a release, by stem, before it ("called for the release of
# 47", «требуют освобождения 47») or, in Azerbaijani, after it ("azad edilməsi üçün
# müraciət edib", "azad edilməsini tələb edir"): the persons are still held.
_APPEALS_BEFORE = {
    "en": ("call", "urg", "demand", "appeal", "seek", "sought", "campaign", "plead", "petition"),
    # Not «добиться» or «в ходе переговоров»: a release achieved is a release.
    "ru": ("призыв", "призва", "требова", "требу", "потребова", "добива", "проси", "проса",
           "ходатайств", "настаива"),
    "az": ("tələb", "çağırış", "çağır"),
}  # fmt: skip
# Work or efforts towards a release, joined to it by a preposition ("efforts to free",
# "work for the release of", «работа по освобождению», «усилия по освобождению»): no release
# yet («благодаря работе переговорщиков освобождены» is one achieved).
_WORK_TOWARDS = {"en": ("effort", "work"), "ru": ("работ", "усили")}
_TOWARDS = frozenset({"to", "for", "towards", "toward", "по"})
# Where persons live, by stem: a settlement, a district, a region, a country, their homes.
_HOME_PLACES_RU = (
    "сел", "деревн", "город", "посел", "посёл", "район", "регион", "стран", "дом", "жил",
    "област", "зон", "территори", "остров", "край", "края", "краю",
    # Where else persons live: a camp of the displaced, a village of the steppe, a quarter.
    "лагер", "станиц", "хутор", "аул", "квартал", "микрорайон", "улиц",
    # … and the larger units a region is divided into: «округ покинули 41 тысяча человек».
    "округ", "республик", "провинци",
)  # fmt: skip
# A place named before, taken up by a pronoun: «его покинули» (the town), «её покинули».
_PLACE_PRONOUNS_RU = frozenset({"его", "её", "ее", "их"})
# «одного из них», «одной из них»: one person of those counted.
_ONE_RU = frozenset({"одного", "одной"})
# "Tanınıb" (recognised), and the words of the standing it is given: "zərərçəkmiş qismində",
# "zərərçəkmiş kimi" (as victims).
_AZ_RECOGNISED = "tanın"
_AZ_AS = frozenset({"qismində", "kimi"})
_AZ_AS_REACH = 6
_APPEALS_AFTER_AZ = ("üçün", "tələb", "çağır", "məsələsi", "barədə")
# "həbs cəzası" (a prison sentence) owned by persons in the genitive before it ("3 fəalın həbs
# cəzasını qüvvədə saxlayıb"): the kind of their sentence, which a court upholds or changes.
_AZ_ARREST = "həbs"
_AZ_SENTENCE = "cəza"
_AZ_GENITIVE = ("ın", "in", "un", "ün", "nın", "nin", "nun", "nün")
# The ablative: "həbsdən", "əsirlikdən" (from custody, from captivity).
_AZ_ABLATIVE = ("dan", "dən")
# "qüvvədə saxlayıb" (kept in force, of a sentence or a decision): no one kept in custody.
_AZ_IN_FORCE = "qüvvədə"
# "topla-", "yığ-" (to gather): persons rounded up are its object, in the accusative, and are
# gathered into a place, in the dative or the locative right before the verb ("60 kişini
# meydana topladılar", "həyətində topladığını"); a count in another case gathers things from
# or for them ("1 500 nəfərdən ianə toplayıb"), and testimonies are gathered with no place
# ("1 200 şahidin ifadəsini toplayıb").
_AZ_GATHER = ("topla", "yığ")
_AZ_ACCUSATIVE_VOWELS = ("ı", "i", "u", "ü")
_AZ_INTO_OR_AT = ("a", "ə", "da", "də", "ta", "tə")


# A state of custody told in a relative clause of a part: "including five who were held in
# the disability unit" says where they were, not a detention the statement counts.
_STATES_OF_CUSTODY = frozenset({"held", "kept", "housed", "serving"})
_WHO_WERE = (("who", "were"), ("who", "was"), ("that", "were"))
# … and the taking that brought them into custody, with where they were taken from:
# "Among them are 40 men who were taken from the camp" (not "who were later released").
_TAKINGS = frozenset({"taken", "removed"})
_TAKEN_WHENCE = frozenset({"from", "away", "out"})
_COPULAS_OF_PARTS = frozenset({"are", "were", "is", "was", ","})
# How many words of whom or where may stand between a part and its "who" ("22 defenders of the
# Kolbe steelworks who"), and the words that would make them a clause of their own.
_DESCRIBED_BEFORE_WHO = 5
_NOT_DESCRIBING = frozenset({"and", "or", "but", "were", "was", "are", "is", "had", "have"})

# English words in "-ing" that are prepositions, not verbs taking an object.
_PREPOSITIONS_IN_ING = frozenset(
    {"during", "following", "including", "regarding", "concerning", "excluding", "notwithstanding"}
)
# Russian active participles, past and present, by their endings («снимавших», «помогающих»):
# a verb of the persons described, which takes an object.
_RU_ACTIVE_PARTICIPLE = re.compile(
    r"(?:вш|ш|ущ|ющ|ащ|ящ)(?:ий|ая|ее|ие|его|ей|ему|им|их|ими|ую|ем|ой|ою)$"
)
# … save those of being or becoming something, whose word after is what they were, not their
# object («ставших жертвами», «оказавшихся заложниками», «являвшихся задержанными»).
_NOMINALS = frozenset({"NOUN", "ADJF", "PRTF"})
_RU_BEING_SO = ("став", "являв", "являющ", "оказав", "оказывающ", "остав", "остающ")
# Substantivised participles and adjectives of a fate: "the wounded", "the dead".
_FATES_AS_NOUNS = frozenset({"wounded", "injured", "dead", "missing", "displaced", "detained"})

# The stems of what buildings fall into, under which persons are trapped.
_RUINS = ("rubble", "debris", "ruin", "collaps", "wreckage")
# English "expelled" and the bodies persons are expelled from without leaving home, by stem:
# a school, a university, a party, a bar association ("expelled from the university").
_EXPELLED = frozenset({"expelled", "expelling", "expel", "expels"})
_BODIES_BELONGED_TO = (
    "universit", "school", "college", "academ", "institut", "facult", "lyce", "gymnasi",
    "party", "parties", "bar", "club", "union", "league", "federation", "association", "parliament",
    "assembly", "council", "committee", "course", "class", "team",
)  # fmt: skip

# "Dəyişdirilib" (exchanged, of captives) is as often "replaced", of things ("40 pəncərə
# dəyişdirilib", 40 windows replaced).
_AZ_REPLACED = "dəyişdiril"
_AZ_ADVERBS_BEFORE_THE_VERB = frozenset({"artıq", "da", "də", "isə", "yenidən", "tamamilə"})

# What joins a part of the dead to the wounds it died of ("five from gunshot wounds"), and what
# opens a list of such parts after the death ("Seven died: five …").
_CAUSE_PREPOSITIONS = frozenset({"from", "of"})
_LIST_OPENERS = frozenset({":"})
# What persons could not do after a beating ("could not walk"), and how far before it a count
# of one ("one of them") stands.
_COULD_NOT = frozenset({"could", "couldn't"})
_ONE_REACH = 4

# Where persons are taken for care, not held, by stem: "to hospital", "to the clinic", "to
# safety", "to a shelter", "to the medical point".
_PLACES_OF_CARE = (
    "hospital",
    "clinic",
    "safety",
    "shelter",
    "medical",
    "health",
    "first-aid",
    "ambulance",
    "doctor",
    "infirmar",
    "surgery",
    "morgue",
)
# How far a count may stand after «применяли насилие» («не менее чем к двадцати»).
_VIOLENCE_REACH = 5


class TriggerVetoes:
    """The vetoes of ``ClauseScanner._find_triggers`` over the words of one sentence."""

    tokens: list[Token]
    begin: int
    end: int
    language: str
    lex: Lexicon
    quantities: list[Quantity]
    # Marks that end no clause, by where they start (``ClauseScanner``).
    inside_clause_marks: set[int]

    def _custody_of_a_part_described(self, k: int) -> bool:
        """Is the word at ``k`` a state of custody in a relative clause of a part after
        "including" ("beat 34 prisoners, including five who were held in the disability
        unit"), or the taking that put them there ("Among them are 40 men who were taken
        from the camp")? The part is of the whole's fate; the clause says who they are
        (English)."""
        if self.language != "en" or k - 4 < self.begin:
            return False
        word = self.tokens[k].lower
        taken = word in _TAKINGS and k + 1 < self.end and self.tokens[k + 1].lower in _TAKEN_WHENCE
        if word not in _STATES_OF_CUSTODY and not taken:
            return False
        who = k - 2
        if (self.tokens[k - 2].lower, self.tokens[k - 1].lower) not in _WHO_WERE:
            # The pluperfect of a state before the whole's fate: "including 3 women who had
            # been held since 2024", "22 defenders of the steelworks who had been held".
            if [t.lower for t in self.tokens[k - 3 : k]] != ["who", "had", "been"]:
                return False
            who = k - 3
        number = self._count_before_its_who(who)
        if number is None or number.first <= self.begin:
            return False
        return self._after_a_marker_of_parts(number.first)

    def _count_before_its_who(self, who: int) -> Quantity | None:
        """The count whose noun phrase "who" at ``who`` describes: right before it, or with
        a few words of whom or where between ("22 defenders of the steelworks who")."""
        for number in self.quantities:
            end = number.end_token
            between = self.tokens[end + 1 : who]
            if end == who - 1:
                return number
            if (
                0 < len(between) <= _DESCRIBED_BEFORE_WHO
                and all(t.kind == "word" and t.lower not in _NOT_DESCRIBING for t in between)
                and between[0].lower == "of"
            ):
                return number
        return None

    def _after_a_marker_of_parts(self, first: int) -> bool:
        """Does the count at ``first`` follow "including", or "among them" with or without
        a copula or a comma ("Among them are 40 men …", "Among them, 40 men …")?"""
        before = [self.tokens[j].lower for j in range(max(self.begin, first - 3), first)]
        if before[-1:] == ["including"]:
            return True
        if before[-1:] and before[-1] in _COPULAS_OF_PARTS:
            before = before[:-1]
        if before[-2:] in (["among", "them"], ["among", "these"], ["among", "those"]):
            return True
        # "Among the servicemen are 22 defenders …": among a group named before.
        group = [self.tokens[j].lower for j in range(max(self.begin, first - 4), first)]
        if group[-1:] and group[-1] in _COPULAS_OF_PARTS:
            group = group[:-1]
        return group[-3:-1] == ["among", "the"]

    def _object_of_a_gerund(self, k: int, length: int) -> bool:
        """Is the fate at ``k`` a noun ("the wounded", "the dead") that a verb in "-ing" takes
        as its object ("nurses who were treating the wounded", "volunteers burying the
        dead")? Then it names those the verb is done to, not what befell its subject."""
        if self.language != "en" or length != 1 or k < self.begin + 2:
            return False
        if self.tokens[k].lower not in _FATES_AS_NOUNS or self.tokens[k - 1].lower != "the":
            return False
        verb = self.tokens[k - 2].lower
        return verb.endswith("ing") and len(verb) > 4 and verb not in _PREPOSITIONS_IN_ING

    def _ru_object_of_an_active_participle(self, k: int) -> bool:
        """Is the fate at ``k`` the object of a Russian active participle right before it
        («двое фотографов, снимавших задержания, были избиты», «волонтёров, помогавших
        раненым»)? Then it names what the persons described did, or to whom, not what befell
        them; a participle that is itself a fate («пострадавших») is no verb of theirs."""
        if self.language != "ru" or k - 2 < self.begin:
            return False
        # The participle opens a phrase set off after the persons, and its object is a noun
        # or a word standing as one (not «из поступивших госпитализированы 37», nor
        # «нападавшие увезли»: the participle as a noun, the fate a verb).
        if self.tokens[k - 2].text != "," or self.tokens[k].pos not in _NOMINALS:
            return False
        verb = self.tokens[k - 1]
        if verb.pos != "PRTF" or not _RU_ACTIVE_PARTICIPLE.search(verb.lower):
            return False
        if verb.lower.startswith(_RU_BEING_SO):
            return False
        return self.lex.trigger_set.match(self.tokens, k - 1) is None

    def _names_a_place(self, k: int, length: int) -> bool:
        """Is the one-word English gerund at ``k`` the first half of a place's name, said
        before a noun of a place of custody or shelter ("an immigration holding centre", "the
        holding cells")? It says what the place is for, not what befell anyone counted."""
        if self.language != "en" or length != 1 or not self.tokens[k].lower.endswith("ing"):
            return False
        if k + 1 >= self.end or self.tokens[k + 1].kind != "word":
            return False
        noun = self.tokens[k + 1].lower
        return noun in PLACES_OF_CUSTODY or noun.removesuffix("s") in PLACES_OF_CUSTODY

    def _shot_in_a_chain(self, k: int) -> bool:
        """ "were rounded up and shot", "were led out in twos and shot at the quarry": English
        "shot" after "and", the second participle of a passive whose auxiliary stands before
        the first, is shot dead as "were shot" is ("shot down", "shot in the leg" are not)."""
        tokens = self.tokens
        if self.language != "en" or tokens[k].lower != "shot" or k - 1 <= self.begin:
            return False
        if tokens[k - 1].lower != "and":
            return False
        if k + 1 < self.end and tokens[k + 1].lower in _SHOT_OTHERWISE:
            return False
        for j in range(k - 2, max(self.begin, k - 12) - 1, -1):
            if tokens[j].kind == "punct":
                return False
            if tokens[j].lower in _PASSIVE_AUXILIARIES:
                return True
        return False

    def _cause_of_a_death(self, value: str, k: int) -> bool:
        """«Двое задержанных скончались, причиной смерти одного из них стала травма»: the
        death of one of them whose cause is told is one counted already, a person described,
        not a death of its own («причиной гибели 12 человек стал пожар» counts its own, and
        «… двоих из них» a part)."""
        return (
            value == "killed"
            and self.language == "ru"
            and k > self.begin
            and k + 2 < self.end
            and self.tokens[k - 1].lower.startswith("причин")
            and self.tokens[k + 1].lower in _ONE_RU
            and self.tokens[k + 2].lower == "из"
        )

    def _wounds_that_killed(self, value: str, k: int) -> bool:
        """ "Nine marchers died: six from shrapnel and three after being crushed": the
        wounds a part of the dead died of, its count right before "from" or "of", in a list
        after a colon that follows a death (not "twelve were hurt: four from gunshot
        wounds", the hurt)."""
        if value != "injured" or self.language != "en" or k - 3 < self.begin:
            return False
        # The preposition right before the wounds, or before one word of their kind ("of
        # head wounds").
        by = k - 1 if self.tokens[k - 1].lower in _CAUSE_PREPOSITIONS else k - 2
        if self.tokens[by].lower not in _CAUSE_PREPOSITIONS or self.tokens[k - 1].kind != "word":
            return False
        if not any(q.last == by - 1 and q.count is not None for q in self.quantities):
            return False
        for j in range(by - 2, self.begin, -1):
            if self.tokens[j].text in _LIST_OPENERS:
                return self._died_right_before(j)
        return False

    def _one_could_not_walk(self, elements: tuple[str, ...], k: int) -> bool:
        """ "One of them could not walk for days": what one person could not do after the
        beating describes that person, no count of the hurt (as a single person is none);
        "five of whom could not walk" counts them."""
        if self.language != "en" or elements[0] not in _COULD_NOT:
            return False
        before = [q for q in self.quantities if q.last < k and k - q.last <= _ONE_REACH]
        return bool(before) and before[-1].count == 1

    def _treated_as(self, elements: tuple[str, ...], k: int, length: int) -> bool:
        """ "Forty protesters were treated as criminals for a sit-in": treated as something,
        not for a harm (the gap of "treated ~ for" holds "as"; "treated as outpatients" is a
        phrase of its own)."""
        return (
            self.language == "en"
            and elements[0] == "treated"
            and "~" in elements
            and elements[-1] == "for"
            and any(self.tokens[j].lower == "as" for j in range(k + 1, k + length))
        )

    def _died_right_before(self, j: int) -> bool:
        """Is the word or phrase that ends right before ``j`` a death ("died", "were
        killed")?"""
        for first in range(max(self.begin, j - 4), j):
            matched = self.lex.trigger_set.match_span(self.tokens, first)
            if matched is not None and first + matched[1] == j:
                return matched[0].value == "killed"
        return False

    def _only_threatened(self, k: int) -> bool:
        """«угрожали расстрелом», «об угрозах убийством», «под угрозой выселения»: an act
        named as a threat, right after the word of threat (with at most a pronoun between:
        «угрожали им расстрелом»), was not done."""
        if self.language != "ru":
            return False
        for j in range(k - 1, max(self.begin, k - 3) - 1, -1):
            token = self.tokens[j]
            if token.kind != "word":
                return False
            if token.lower.startswith(_THREAT_RU):
                return True
            if token.pos not in {"NPRO"}:
                return False
        return False

    def _listed_so_before(self, k: int) -> bool:
        """«12 военнослужащих, числившихся пропавшими без вести», «считавшиеся погибшими»: a
        past participle of being listed or held so says what the persons were counted as
        before; what befalls them now is the figure («опознаны», «вернулись»)."""
        if self.language != "ru":
            return False
        # The participle may be the first word of the act's phrase («числивш*_пропавш*»).
        return self.tokens[k].lower.startswith(_LISTED_SO_BEFORE_RU) or (
            k > self.begin and self.tokens[k - 1].lower.startswith(_LISTED_SO_BEFORE_RU)
        )

    def _az_recognised_as(self, value: str, k: int) -> bool:
        """ "zərərçəkmiş qismində 38 nəfər tanınıb" (38 were recognised as victims): "tanınıb"
        after "qismində" or "kimi" (as, in the capacity of) in its clause gives the persons a
        standing, whatever the word order; no remains were identified."""
        if self.language != "az" or value != "identified":
            return False
        if not self.tokens[k].lower.startswith(_AZ_RECOGNISED):
            return False
        j = k - 1
        while j >= max(self.begin, k - _AZ_AS_REACH) and not self._is_boundary(self.tokens[j]):
            if self.tokens[j].lower in _AZ_AS:
                return True
            j -= 1
        return False

    def _az_sentence_of_the_counted(self, value: str, k: int) -> bool:
        """ "Məhkəmə 3 fəalın həbs cəzasını qüvvədə saxlayıb" (upheld the prison sentence of 3
        activists): "həbs" before "cəza" after a noun in the genitive names the sentence the
        persons already serve, not an arrest the statement tells; nor is "saxlayıb" after
        "qüvvədə" (kept in force) anyone kept in custody. An administrative arrest
        given to persons ("10 nəfərə inzibati həbs cəzası verilib") is one and stays."""
        if self.language != "az" or value != "detained" or k - 1 < self.begin:
            return False
        if self.tokens[k - 1].lower == _AZ_IN_FORCE:
            return True  # "qüvvədə saxlayıb": the court kept the sentence in force
        if self.tokens[k].lower != _AZ_ARREST or k + 1 >= self.end:
            return False
        owner = self.tokens[k - 1]
        return (
            self.tokens[k + 1].lower.startswith(_AZ_SENTENCE)
            and owner.kind == "word"
            and owner.lower.endswith(_AZ_GENITIVE)
        )

    def _az_gathered_no_persons(self, value: str, k: int) -> bool:
        """ "Fond 1 500 nəfərdən ianə toplayıb" (collected donations from 1,500 persons):
        "topla-" ("yığ-") rounds up persons only when the count before it, in its sentence, is its
        object in the accusative and a place they are gathered into or at stands right before
        the verb ("250 sakini meydana toplayıblar"); otherwise it gathers something else."""
        if self.language != "az" or value != "detained":
            return False
        if not self.tokens[k].lower.startswith(_AZ_GATHER):
            return False
        place = self.tokens[k - 1] if k - 1 >= self.begin else None
        if place is None or place.kind != "word" or not place.lower.endswith(_AZ_INTO_OR_AT):
            return True
        before = [q for q in self.quantities if self.begin <= q.first and q.end_token < k]
        if not before:
            return True
        last = self.tokens[max(before, key=lambda q: q.end_token).end_token]
        return last.kind != "word" or not last.lower.endswith(_AZ_ACCUSATIVE_VOWELS)

    def _az_custody_released_from(self, value: str, k: int, length: int) -> bool:
        """ "onları həbsdən azad edib" (released them from custody): a word of custody in the
        ablative right before a release says where from; the persons are released."""
        if self.language != "az" or value not in {"detained", "captured"}:
            return False
        last = k + length - 1
        if not self.tokens[last].lower.endswith(_AZ_ABLATIVE) or last + 1 >= self.end:
            return False
        after = self.lex.trigger_set.match(self.tokens, last + 1)
        return after is not None and after.value == "released"

    def _az_things_replaced(self, value: str, k: int) -> bool:
        """ "Məktəbdə 40 pəncərə dəyişdirilib" (40 windows were replaced): "dəyişdirilib"
        right after a number's noun that names neither persons nor a group replaced things;
        only captives are exchanged ("14 hərbçi dəyişdirilib", "onlardan 14-ü dəyişdirilib")."""
        if self.language != "az" or value != "released" or k - 2 < self.begin:
            return False
        if not self.tokens[k].lower.startswith(_AZ_REPLACED):
            return False
        j = k - 1
        if j - 1 > self.begin and self.tokens[j].lower in _AZ_ADVERBS_BEFORE_THE_VERB:
            j -= 1  # "33 pəncərəsi artıq dəyişdirilib"
        if self.tokens[j].kind != "word":
            return False
        # The noun right after the number; not a word after a part's ending written onto the
        # digits ("12-si artıq dəyişdirilib": twelve of them, already).
        counted = next(
            (q for q in self.quantities if q.last + 1 == j == q.np_first and q.np_last < k), None
        )
        if counted is None or self.tokens[counted.last - 1].text == "-":
            return False
        persons = counted.noun == PERSON or names_group(counted.noun)
        return not persons and not counted.noun.startswith("implied:")  # "14 əsir": captives

    def _victims_of_something(self, k: int) -> bool:
        """«жертв репрессий», «жертв торговли людьми»: victims with what befell them named
        after them in the genitive are that act's, not the dead («Жертв нет», «25 жертв»)."""
        j = k + 1
        return (
            j < self.end
            and self.tokens[j].kind == "word"
            and self.tokens[j].pos in {"NOUN", "ADJF", "PRTF"}
            and russian_genitive(self.tokens[j].text)
        )

    def _left_a_home_place(self, first: int, last: int) -> bool:
        """Russian «покинули» is flight from where persons live: a settlement, a region, a
        country, their homes, or a place by name («покинули Старую Гать»); not a room."""
        if self.language == "en" and self.tokens[last].lower == "leave":
            return leaves_a_home_place(self.tokens, last, self.end, self.begin)
        if self.language == "en" and first == last and self.tokens[first].lower == "left":
            return left_a_home_place(self.tokens, first, self.begin, self.end)
        if self.language == "en" and self.tokens[first].lower == "arrived":
            return not self._counted_later_in_clause(last)
        if self.language == "en" and self.tokens[last].lower in _EXPELLED:
            return not self._expelled_from_a_body(last)
        if (
            self.language != "ru"
            or first != last
            or not self.tokens[first].lower.startswith(("покинул", "покинувш"))
        ):
            return True
        after = last + 1
        while after < self.end and after - last <= 2 and self.tokens[after].pos == "ADJF":
            after += 1  # «покинули прибрежные районы»: past the adjectives to the place
        for k in (after, first - 1):  # «покинули село», «село покинули»
            if not self.begin <= k < self.end or self.tokens[k].kind != "word":
                continue
            word = self.tokens[k]
            if (word.text[:1].isupper() and k > self.begin) or word.lower.startswith(
                _HOME_PLACES_RU
            ):
                return True
        return self._left_a_home_place_named_before(first)

    def _trapped_with_no_ruins(self, k: int, length: int) -> bool:
        """Is the English "trapped" at ``k`` said in a sentence that names no ruins ("up to
        10 people may be trapped" after "searching the rubble of two buildings" is missing;
        "5,000 civilians are trapped in the besieged city" is not)?"""
        if length != 1 or self.tokens[k].lower != "trapped":
            return False
        return not any(self.tokens[j].lower.startswith(_RUINS) for j in range(self.begin, self.end))

    def _expelled_from_a_body(self, expelled: int) -> bool:
        """ "150 students expelled from the State University", "expelled from the party":
        expelled from a school, a university or a body one belongs to, no home left (within
        four words after "from": "from Vessary State University")."""
        k = expelled + 1
        if k >= self.end or self.tokens[k].lower != "from":
            return False
        for j in range(k + 1, min(self.end, k + 5)):
            if self.tokens[j].kind != "word":
                return False
            if self.tokens[j].lower.startswith(_BODIES_BELONGED_TO):
                return True
        return False

    def _left_a_home_place_named_before(self, first: int) -> bool:
        """«В городе жили 96 тысяч человек; его покинули 30 тысяч»: a pronoun before
        «покинули» stands for a place of living named earlier in the sentence."""
        if first - 1 < self.begin or self.tokens[first - 1].lower not in _PLACE_PRONOUNS_RU:
            return False
        return any(
            self.tokens[k].kind == "word" and self.tokens[k].lower.startswith(_HOME_PLACES_RU)
            for k in range(self.begin, first - 1)
        )

    def _appealed_for(self, first: int, last: int) -> bool:
        """Is the release one called for, demanded or sought, not one that happened?"""
        stems = _APPEALS_BEFORE.get(self.language, ())
        for k in range(first - 1, max(self.begin, first - 4) - 1, -1):
            token = self.tokens[k]
            if self._is_boundary(token):
                break
            if self._counted_noun(k):
                continue  # "14 tələbə azad edilib": students ("tələbə"), not a demand ("tələb")
            if token.lower.startswith(stems) or token.key.startswith(stems):
                return True
        if self._work_towards(first):
            return True
        if self.language != "az":
            return False
        after = range(last + 1, min(self.end, last + 3))
        return any(self.tokens[k].lower.startswith(_APPEALS_AFTER_AZ) for k in after)

    def _counted_noun(self, k: int) -> bool:
        return any(q.np_first <= k <= q.np_last for q in self.quantities if q.np_first >= 0)

    def _work_towards(self, first: int) -> bool:
        stems = _WORK_TOWARDS.get(self.language, ())
        k = first - 1
        if k > self.begin and self.tokens[k].lower == "the":
            k -= 1  # "work for the release of"
        if k <= self.begin or self.tokens[k].lower not in _TOWARDS:
            return False
        word = self.tokens[k - 1]
        return bool(stems) and (word.lower.startswith(stems) or word.key.startswith(stems))

    def _into_the_basement(self, first: int, last: int) -> bool:
        """Is the move one into a basement or cellar of the same building ("zirzəmiyə
        köçürülüb", «эвакуированы в подвал», "evacuated to the basement")? Persons sheltered
        there have not left their homes."""
        near = range(max(self.begin, first - 2), min(self.end, last + 4))
        # "hundreds of residents are sheltering in basements": taking cover at home.
        # «в подвалах укрываются сотни жителей»: the same in Russian.
        sheltering = self.tokens[first].lower.startswith(("shelter", "укрыва", "укрыл"))
        return any(self._to_basement(k, within=sheltering) for k in near)

    def _to_basement(self, k: int, *, within: bool = False) -> bool:
        """A basement as the goal of a move, not its start ("from the basement"); with
        ``within``, the place one shelters in ("sheltering in basements")."""
        word = self.tokens[k].lower
        if not word.startswith(_BASEMENTS):
            return False
        if self.language == "az":
            return word.endswith(("yə", "ya", "lərə", "lara"))  # the dative: "zirzəmiyə"
        before = {self.tokens[j].lower for j in range(max(self.begin, k - 2), k)}
        if self.language == "ru":
            # «в подвал»: the accusative of a move; sheltering, any case («в подвалах»).
            return "в" in before and (within or word in {"подвал", "подвалы"})
        return bool(before & ({"to", "into", "in"} if within else {"to", "into"}))

    def _hyphened_to_next(self, k: int) -> bool:
        """Is the English word at ``k`` joined by a hyphen to the word after it?"""
        return self.language == "en" and k + 2 < self.end and hyphened_to_a_word(self.tokens, k)

    def _after_measure(self, i: int, first: int | None = None) -> bool:
        """Is the trigger governed by a measure just before it ("15 years' imprisonment",
        «15 годам лишения свободы», "5 days in detention")? Then it names a penalty or a
        length of time. ``first`` is where the trigger's sentence begins when it is not the
        sentence read now."""
        begin = self.begin if first is None else first
        k = i - 1
        if self.language == "ru":
            if self.tokens[i].pos != "NOUN" or not russian_genitive(self.tokens[i].text):
                return False  # «С 2014 года погибли», «в 2022 году пыткам»: not "years of"
        elif k >= begin and self.tokens[k].lower in {"'", "’", "of", "in"}:
            k -= 1  # "15 years' imprisonment", "5 days in detention"
        else:
            return False
        if k < begin:
            return False
        noun = self.lex.noun_set.match_span(self.tokens, k)
        return noun is not None and noun[0].value == UNIT and noun[1] == 1

    def _counted_later_in_clause(self, verb: int) -> bool:
        """Is a count (of something, not a duration or a sum) after the English verb at
        ``verb`` in its clause? Persons who "arrived" stand before it; a count after it is of
        how or when they came ("the gunmen arrived in two pickup trucks shortly after ten")."""
        k = verb + 1
        while k < self.end and self.tokens[k].text not in CLAUSE_ENDS:
            k += 1
        return any(verb < q.first < k and not q.non_count for q in self.quantities)

    def _taken_from_the_counted(self, elements: tuple[str, ...], first: int, past: int) -> bool:
        """ "took samples from 9 patients", "removed shrapnel from 12 of the wounded": English
        "took ~ from" with no count in its gap and one right after "from" names what was taken
        from those counted, not a seizure of them ("took 12 men from their homes" is one)."""
        if self.language != "en" or elements[-1] != "from":
            return False
        if elements == ("taken", "from"):
            return self._taken_in_the_passive_from_the_counted(first, past)
        if "~" not in elements:
            return False
        gap = range(first + 1, past - 1)
        if any(q.first in gap or q.np_first in gap for q in self.quantities):
            return False
        return any(q.first == past and not q.non_count for q in self.quantities)

    def _taken_to_care(self, elements: tuple[str, ...], first: int, past: int) -> bool:
        """ "took 30 of the wounded to hospital", "marched the children to safety": English
        persons taken to a place of care are not held there; and with no count in the gap
        ("took the decision to free 12") nothing is taken at all."""
        if self.language != "en" or elements[-1] != "to" or "~" not in elements:
            return False
        gap = range(first + 1, past - 1)
        if not any(q.first in gap and not q.non_count for q in self.quantities):
            return True
        # The place within three words: "to the district hospital", "to a field clinic".
        for k in range(past, min(self.end, past + 3)):
            if self.tokens[k].kind != "word":
                return False
            if self.tokens[k].lower.startswith(_PLACES_OF_CARE):
                return True
        return False

    def _taken_in_the_passive_from_the_counted(self, first: int, past: int) -> bool:
        """ "Bone samples were taken from 31 individuals": in the passive the taken stand
        before "taken"; with no count before it in its sentence, a count right after "from"
        is of those something was taken from ("12 men were taken from the village" is a
        seizure of the 12)."""
        if any(self.begin <= q.first < first and not q.non_count for q in self.quantities):
            return False
        return any(q.first == past and not q.non_count for q in self.quantities)

    def _violence_on_no_count(self, elements: tuple[str, ...], past: int) -> bool:
        """«применяли насилие (не менее чем) к 21 осуждённому»: violence used is the torture of
        those counted right after it; used on persons no count names («к содержащимся под
        стражей») it is the act of no figure, nor of victims counted in another sentence."""
        written = tuple(e for e in elements if e != "~")  # the free-order variant too
        if written[1:] != ("насилие",) or not written[0].startswith("примен"):
            return False
        for token in self.tokens[past : past + _VIOLENCE_REACH]:
            if token.kind == "num" or token.pos in {"NUMR", "NUMB"}:
                return False
            if token.kind == "punct" or token.lower in {"в", "отношении"}:
                break  # «в отношении 15 сотрудников полиции»: not said with «к»
        return True

    def _az_bodies_brought(
        self, value: str, elements: tuple[str, ...], first: int, past: int
    ) -> bool:
        """ "Xəstəxanaya 7 nəfərin meyiti gətirilib": the hospital with the count between and
        a verb of bringing ("xəstəxanaya ~ gətirilib") counts the hurt brought in, but a body
        in its gap ("meyiti", "cəsədləri") makes them the dead brought, whom the body counts."""
        if self.language != "az" or value != "injured" or "~" not in elements:
            return False
        for k in range(first + 1, past - 1):
            matched = self.lex.noun_set.match_span(self.tokens, k)
            if matched is not None and matched[0].value == BODY:
                return True
        return False

    def _is_boundary(self, token: Token) -> bool:
        # Signs written with numbers ("дом № 14", "§ 3", "40 %") end no clause.
        if token.text in _NUMBER_SIGNS or token.start in self.inside_clause_marks:
            return False
        # Nor does a hyphen or dash written close up to the word before it: the hyphen of a
        # compound word, or the dash of a span of years or numbers («в 2023–2025 годах»).
        return token.kind == "punct" and not (
            token.text in _CLOSE_DASHES and not token.space_before
        )
