"""Acts named apart from the count they befell: victims of the act a sentence names before
them ("tortured inmates; 34 were recognised as victims", «потерпевшими признаны 34»,
"zərərçəkmiş kimi tanınıb"), persons registered by a registrar named for a fate ("the Refugee
Council has registered 2,460 people"), and bodies bearing the marks of an act that the
sentence tells were found ("Twenty bodies bearing signs of torture were found")."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.clause_queries import _AZ_PARTICIPLE
from rightsledger.analysis.statements.figures.core import (
    _AUXILIARIES,
    _PERSON_RELATIVES_EN,
    Figure,
    Trigger,
    attributed_category,
    implied_category,
    resolve_category,
)
from rightsledger.analysis.statements.figures.denials import Denials
from rightsledger.analysis.statements.figures.skipped import SOME_OF_THEM_EN
from rightsledger.analysis.statements.lexicon import BODY, PERSON, VERB_CLASSES
from rightsledger.analysis.statements.tokens import sentences

# "registered as", «зарегистрированы как / в качестве».
_AS = frozenset({"as", "как", "в", "качестве"})
# Adverbs between "as" and the fate, which say when or how it was set down: "registered as
# newly displaced", "listed as officially missing".
_AS_ADVERBS = frozenset({"newly", "recently", "officially", "formally"})
# What a sentence may tell of bodies bearing marks: they were found, or handed over (given
# back, given over to relatives), as ``resolve_category`` reads bodies of these verbs.
_BODIES_FOUND_OR_GIVEN = frozenset(
    {"find", "found_in_grave", "released", "handed_over", "given_over"}
)


# What a second participle adds to the persons a first verb already counted: harm done to them.
_SECOND_ACTS = frozenset({"tortured", "killed", "injured"})
# What may befall persons after the fate an English relative clause gives them ("who were
# abducted … have been freed"): freed, killed or found dead, lost track of, only after being
# held or lost; killed after anything.
_LATER_FATES = {
    "released": frozenset({"captured", "detained"}),
    "found_dead": frozenset({"captured", "detained", "missing", "disappeared"}),
    "disappeared": frozenset({"captured", "detained"}),
    "missing": frozenset({"captured", "detained"}),
}
# Auxiliaries and adverbs of time between "and" and a second participle: "and were later".
_BEFORE_A_SECOND_PARTICIPLE = frozenset(
    {"were", "was", "had", "been", "have", "also", "later", "then", "subsequently", "repeatedly"}
)
# How far after the first verb its adjuncts may reach before "and".
_ADJUNCT_REACH = 12


class ActsApart(Denials):
    """Gives counts the act their sentence names apart from them."""

    def _victims_of_the_act(self, figures: list[Figure]) -> None:
        """ "Guards tortured inmates; 34 were recognised as victims", «применяли к осуждённым
        пытки; потерпевшими признаны 34 осуждённых», "işgəncə verilib; 34 nəfər zərərçəkmiş
        kimi tanınıb": victims suffered the act the sentence names before them, with no
        count of its own; with no such act they are no figure."""
        for figure in figures:
            if figure.category != "victims":
                continue
            # Those joined to the victims ("34 adults and 12 children") share their words.
            words = figure.trigger.first if figure.trigger else figure.quantity.first
            counted = figure.quantity.counted
            acts = [
                t
                for t in self.triggers
                if t.last < words
                and t.value not in VERB_CLASSES
                and not t.circumstance
                and not self._participle_naming_persons(t)
                and resolve_category(t.value, counted)
            ]
            if acts:
                figure.category = resolve_category(acts[-1].value, counted)
            else:
                figure.category = self._act_of_the_sentence_before(counted)

    def _act_of_the_sentence_before(self, counted: str) -> str:
        """«Следствием установлено, что охранники избивали задержанных. Потерпевшими признаны
        19 человек»: the victims of a case suffered the act its findings named in the
        sentence before; '' if it names none (Russian only)."""
        if self.language != "ru":
            return ""
        before = [span for span in sentences(self.tokens) if span[1] <= self.begin]
        if not before:
            return ""
        first, end = before[-1]
        found = ""
        k = first
        while k < end:
            phrase = self.lex.trigger_set.match_span(self.tokens, k)
            if phrase is None:
                k += 1
                continue
            act = phrase[0].value
            if self._after_measure(k, first):
                # «приговорены к 9 годам лишения свободы»: the doers' penalty, not the act
                # their victims suffered.
                k += phrase[1]
                continue
            # «к содержащимся под стражей»: a participle and its place name the persons.
            naming = self.tokens[k].pos == "PRTF" or (
                k > first and self.tokens[k - 1].pos == "PRTF"
            )
            if self._violence_on_no_count(phrase[0].elements, k + phrase[1]):
                naming = True  # «применяли насилие к содержащимся под стражей»
            if act not in VERB_CLASSES and not naming and resolve_category(act, counted):
                found = resolve_category(act, counted)
            k += phrase[1]
        return found

    def _registered_as_named(self, figures: list[Figure]) -> None:
        """ "The Refugee Council has registered 2,460 people", «Комитет по делам беженцев
        зарегистрировал 2 460 человек», "Qaçqınlara Yardım Şurası 2 460 nəfəri qeydiyyata
        alıb": persons registered are what the registrar is named for, the noun of a fate
        before the verb in its sentence (refugees, the missing); a registrar named for
        nothing of ours makes them no figure."""
        for figure in figures:
            if figure.category != "registered":
                continue
            verb = figure.trigger.first if figure.trigger else figure.quantity.first
            after = self._registered_as(figure) or self._described_as(figure)
            if after:
                figure.category = after  # "1,275 persons registered as missing"
                continue
            named = self._fates_named(range(self.begin, verb))
            if not named and figure.trigger and figure.trigger.last < figure.quantity.first:
                # "Qeydiyyata alınan köçkünlərin sayı 9.000 nəfərdir": the participle before
                # the noun it describes, that noun named between the verb and the count.
                named = self._fates_named(range(figure.trigger.last + 1, figure.quantity.first))
            if not named:
                named = self._registered_as_said_first(range(self.begin, verb))
            if not named and self._shelter_of_the_displaced(range(self.begin, verb)):
                named = ["displaced"]  # «В лагере временного размещения зарегистрированы 2 780»
            if not named:
                # "Committee for Refugees. Note for partners. … The Committee has registered
                # 9,640 people": the registrar is the statement's author, named in its heading.
                heading = next(sentences(self.tokens), (0, 0))
                if heading[1] <= self.begin:
                    named = self._fates_named(range(*heading))
            figure.category = named[-1] if named else ""

    def _registered_as_said_first(self, where: range) -> list[str]:
        """«В качестве перемещённых лиц зарегистрированы 2 940 человек»: what persons were
        registered as, said before the verb, by an adjective of their fate."""
        for k in where:
            if self.tokens[k].lower != "качестве" or k + 1 >= self.end:
                continue
            phrase = self.lex.trigger_set.match(self.tokens, k + 1)
            if phrase is not None and phrase.value not in VERB_CLASSES:
                category = resolve_category(phrase.value, PERSON)
                if category:
                    return [category]
        return []

    def _shelter_of_the_displaced(self, where: range) -> bool:
        """Is a place of temporary accommodation named at ``where`` («в лагере временного
        размещения», «в пункте временного размещения»)? It is where the displaced are put up,
        so those registered there are displaced, as those a registrar of refugees counts."""
        return any(
            self.tokens[k].lower == "временного" and self.tokens[k + 1].lower == "размещения"
            for k in where
            if k + 1 < self.end
        )

    def _fates_named(self, where: range) -> list[str]:
        """The fates the nouns at ``where`` are named for (refugees: displaced)."""
        return [
            phrase.value.split(":", 1)[1]
            for k in where
            if k not in self.starts
            for phrase in [self.lex.noun_set.match(self.tokens, k)]
            if phrase is not None and phrase.value.startswith("implied:")
        ]

    @staticmethod
    def _described_as(figure: Figure) -> str:
        """The fate the registered persons' own words give them ("has registered 4,017
        missing persons", "417 abducted persons"), or ''."""
        quantity = figure.quantity
        if quantity.attribute:
            return attributed_category(quantity)
        return implied_category(quantity)

    def _registered_as(self, figure: Figure) -> str:
        """The fate named right after the verb ("registered as missing", «зарегистрированы
        как пропавшие»), or after the persons registered where the verb comes first
        («зарегистрировал 1300 человек как пропавших без вести»), or ''."""
        if figure.trigger is None:
            return ""
        k = start = max(figure.trigger.last, figure.quantity.end_token) + 1
        while k < self.end and self.tokens[k].lower in _AS:
            k += 1
        if start < k < self.end and self.tokens[k].lower in _AS_ADVERBS:
            k += 1  # after "as" only: "registered newly" is no way to say it
        act = self.trigger_at.get(k)
        if act is None or act.value in VERB_CLASSES:
            return ""
        return resolve_category(act.value, figure.quantity.counted)

    def _found_bearing_marks(self, figures: list[Figure]) -> list[Figure]:
        """ "Twenty bodies bearing signs of torture were found", «Тела двадцати человек со
        следами пыток найдены», "İyirmi nəfərin işgəncə izləri olan meyiti tapılıb", «Тела 19
        мужчин со следами пыток переданы семьям»: the marks describe the bodies, the find or
        the handing over is what the sentence tells of them. The persons were
        found dead, and all of them tortured (a part as large as its whole)."""
        out: list[Figure] = []
        for figure in figures:
            out.append(figure)
            quantity = figure.quantity
            if (
                figure.category not in {"tortured", "found_dead"}
                or figure.parent is not None
                or quantity.counted != BODY
            ):
                continue
            after = [t for t in self.triggers if t.first > quantity.last and not t.circumstance]
            marks = next((t for t in after if t.value == "tortured"), None)
            found = next((t for t in after if t.value in _BODIES_FOUND_OR_GIVEN), None)
            if marks is None or found is None or found.first < marks.last:
                continue
            if any(quantity.last < other.first < marks.first for other in self.quantities):
                # "19 cəsəddən 17-sində işgəncə izləri aşkar edilib": the marks are of the
                # count between, a part of these bodies.
                part = next(
                    (f for f in figures if quantity.last < f.quantity.first < marks.first), None
                )
                if part is not None and (figure.category, part.category) == (
                    "found_dead",
                    "tortured",
                ):
                    part.parent = figure
                continue
            figure.category, figure.trigger, figure.bound = "found_dead", found, "forward"
            if self._marks_of_only_some(quantity.last + 1, marks.first):
                continue  # "Nineteen bodies, many bearing signs of torture, were found": no count
            part = Figure(quantity, "tortured", figure.subgroup, figure, marks, "nested")
            out.append(part)
        return out

    def _marks_of_only_some(self, begin: int, marks: int) -> bool:
        """Do the words between the bodies and their marks say only some bore them (", many
        bearing signs of torture,", ", most with marks of torture,")?"""
        if self.language != "en":
            return False
        return any(self.tokens[k].lower in SOME_OF_THEM_EN for k in range(begin, marks))

    def _second_acts(self, figures: list[Figure]) -> list[Figure]:
        """ "Six women were detained at the post for nine days and were subjected to repeated
        beatings": a second English participle joined by "and" to the verb of a count, with
        no subject of its own, says a second act befell the same persons, a figure of its
        own ("were arrested and charged" adds none: being charged is no act of ours)."""
        if self.language not in {"en", "ru"}:
            return figures
        out: list[Figure] = []
        for figure in figures:
            out.append(figure)
            trigger = figure.trigger
            if self.language == "ru":
                second = self._ru_act_of_whom(figure)
            elif trigger is None or figure.bound != "forward" or figure.quantity.zero:
                continue
            else:
                second = self._joined_participle(trigger.last + 1)
            if second is None:
                continue
            category = resolve_category(second.value, figure.quantity.counted)
            if category in _SECOND_ACTS and category != figure.category:
                out.append(Figure(figure.quantity, category, figure.subgroup, None, second,
                                  "coordinated"))  # fmt: skip
        return out

    def _ru_act_of_whom(self, figure: Figure) -> Trigger | None:
        """«…, содержались не менее 60 жителей, которых систематически избивали»: a Russian
        relative clause in the accusative right after the persons a verb counted, its act
        with no count of its own, says a second act befell them («которые …», the clause of
        a count with no verb, is read in ``relative_clauses``)."""
        quantity = figure.quantity
        if figure.trigger is None or not figure.category or quantity.zero:
            return None
        comma = quantity.end_token + 1
        while (
            comma < min(self.end, quantity.end_token + 4)
            and self.tokens[comma].kind == "word"
            and comma not in self.trigger_at
        ):
            comma += 1  # «60 жителей указанных сёл, которых …»: whose the persons are
        if comma + 1 >= self.end or self.tokens[comma].text != ",":
            return None
        if self.tokens[comma + 1].lower != "которых":
            return None
        k = comma + 2
        while k < self.end and self.tokens[k].pos in {"ADVB", "PRCL"}:
            k += 1  # «которых систематически», «которых затем»
        act = self.trigger_at.get(k)
        if act is None or act.last + 1 in self.starts:
            return None  # «которых избивали 3 охранника»: a count of its own
        return act

    def _fates_after_a_relative(self, figures: list[Figure]) -> list[Figure]:
        """ "Three villagers who were abducted in May have been freed", "Seven detainees who
        were tortured have died": the count took its fate from the English relative clause
        after it; the predicate after the clause tells what befell them later, a part as large
        as its whole (the clause's fate)."""
        if self.language != "en":
            return figures
        out: list[Figure] = []
        for figure in figures:
            out.append(figure)
            quantity, trigger = figure.quantity, figure.trigger
            opens = quantity.end_token + 1
            if (
                trigger is None
                or not figure.category
                or quantity.zero
                or figure.parent is not None
                or opens >= self.end
                or self.tokens[opens].lower not in _PERSON_RELATIVES_EN
                or trigger.first <= opens
            ):
                continue
            later = self._predicate_after_the_relative(trigger.last + 1)
            category = resolve_category(later.value, quantity.counted) if later else ""
            after = _LATER_FATES.get(category)
            if later is None or category == figure.category:
                continue
            if category == "killed" or (after is not None and figure.category in after):
                out.append(Figure(quantity, category, figure.subgroup, figure, later, "nested"))
        return out

    def _fates_in_an_aside(self, figures: list[Figure]) -> list[Figure]:
        """ "Two villagers, abducted by the militia in May, were freed in June": an English
        aside between commas after the count ("abducted …", "who were abducted …") tells what
        befell them first; the predicate after it tells what befell them later, a part as large
        as the aside's fate. Only a taking: an arrest or a custody between commas describes
        who they are, and the predicate alone counts ("Eleven villagers, detained that day,
        were later killed", ``test_predicate_after_a_description``)."""
        if self.language != "en":
            return figures
        out: list[Figure] = []
        for figure in figures:
            quantity, trigger = figure.quantity, figure.trigger
            comma = quantity.end_token + 1
            first = self._act_opening_an_aside(comma)
            category = resolve_category(first.value, quantity.counted) if first else ""
            if (
                first is None
                or trigger is None
                or figure.parent is not None
                or quantity.zero
                or category != "captured"
                or trigger.first <= first.last
                or not (
                    figure.category == "killed" or category in _LATER_FATES.get(figure.category, ())
                )
                or not self._aside_closes(first.last + 1, trigger.first)
            ):
                out.append(figure)
                continue
            whole = Figure(quantity, category, figure.subgroup, None, first, "forward")
            figure.parent, figure.bound = whole, "nested"
            out += [whole, figure]
        return out

    def _act_opening_an_aside(self, comma: int) -> Trigger | None:
        """The act at once after ``comma`` (past "who were", "who had been")."""
        if comma >= self.end or self.tokens[comma].text != ",":
            return None
        k = comma + 1
        if k < self.end and self.tokens[k].lower in _PERSON_RELATIVES_EN:
            k += 1
        while k < self.end and self.tokens[k].lower in _AUXILIARIES:
            k += 1
        return self.trigger_at.get(k)

    def _aside_closes(self, j: int, verb: int) -> bool:
        """Does the aside from ``j`` close with a comma just before the auxiliaries (and
        adverbs of time) of the predicate at ``verb``, with no count or act of its own in between?"""
        k = verb - 1
        while k >= j and self.tokens[k].lower in _AUXILIARIES | _BEFORE_A_SECOND_PARTICIPLE:
            k -= 1
        if k < j or self.tokens[k].text != ",":
            return False
        between = range(j, k)
        return not any(i in self.trigger_at or i in self.starts for i in between)

    def _predicate_after_the_relative(self, j: int) -> Trigger | None:
        """The act after an auxiliary further on from ``j`` ("… in May | have been freed",
        "… | have died"), past the clause's adjuncts but no count, act or punctuation."""
        for k in range(j, min(j + _ADJUNCT_REACH, self.end)):
            token = self.tokens[k]
            start = self.starts.get(k)
            if token.kind == "punct" or (start is not None and not start.non_count):
                return None
            if k in self.trigger_at or token.lower in self.lex.conjunctions:
                return None  # an act of the clause's own ("who were held and were released")
            if token.lower not in _AUXILIARIES:
                continue
            while k < self.end and self.tokens[k].lower in _AUXILIARIES:
                k += 1
            return self.trigger_at.get(k)
        return None

    def _joined_participle(self, j: int) -> Trigger | None:
        """The act after "and" (and "were", "later" …) further on in the clause from ``j``,
        past the first verb's adjuncts but no other count or clause."""
        for k in range(j, min(j + _ADJUNCT_REACH, self.end)):
            token = self.tokens[k]
            start = self.starts.get(k)
            if token.kind == "punct" or (start is not None and not start.non_count):
                return None
            if k in self.trigger_at:
                return None  # an act of the first verb's phrase, or one with its own subject
            if token.lower != "and":
                continue
            k += 1
            while k < self.end and self.tokens[k].lower in _BEFORE_A_SECOND_PARTICIPLE:
                k += 1
            # A participle, not a noun joined to the adjunct ("for shrapnel and burn wounds").
            word = self.tokens[k].lower if k < self.end else ""
            participle = word.endswith(("ed", "en")) or word in {"shot", "hurt"}
            act = self.trigger_at.get(k) if participle else None
            if act is not None and self._count_of_its_own(act.last + 1):
                return None  # "beat 17 detainees and executed six": other persons, counted
            return act
        return None

    def _count_of_its_own(self, k: int) -> bool:
        """Does a count of persons open at ``k`` (past an article), the object of the verb
        before it?"""
        if k < self.end and self.tokens[k].lower in {"the", "another", "a"}:
            k += 1
        start = self.starts.get(k)
        return start is not None and not start.non_count

    def _participle_naming_persons(self, trigger: Trigger) -> bool:
        """«избивали задержанных», "saxlanılanlara işgəncə verilib": a participle that names
        the persons an act befell, not the act."""
        if self.language == "ru":
            return self.tokens[trigger.first].pos == "PRTF"
        if self.language == "az":
            return bool(_AZ_PARTICIPLE.search(self.tokens[trigger.last].lower))
        return False
