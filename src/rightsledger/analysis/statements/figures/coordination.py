"""Counts joined by "and" or commas that share a verb: "613 were killed and 1,275 taken
captive", «повреждены 300 домов, 45 разрушены», and when they do not (a count with a
predicate of its own, an act counted by its noun, a part of the figure before it)."""

from __future__ import annotations

import itertools

from rightsledger.analysis.statements.figures.adjuncts import EN_OPENERS
from rightsledger.analysis.statements.figures.core import HELD_FATES, Figure, resolve_category
from rightsledger.analysis.statements.figures.part_sums import parts_exceed_their_whole
from rightsledger.analysis.statements.figures.predicates import PartPredicates
from rightsledger.analysis.statements.lexicon import PERSON, names_group
from rightsledger.analysis.statements.tokens import DASHES

# The Azerbaijani copula on a noun: "uşaqdır", "qadındır" (they are children, women).
_AZ_COPULA = ("dır", "dir", "dur", "dür", "dırlar", "dirlər", "durlar", "dürlər")
# What a Russian word right after a count names the persons or the act by: a noun, or an
# adjective or participle in its full form, standing as a noun.
_NAMING_PARTS_OF_SPEECH = frozenset({"NOUN", "ADJF", "PRTF"})
# The suffix that makes an adjective of an age ("70 yaşlı", 70-year-old).
_AZ_AGED = "yaşlı"
# "Of us" in the ablative.
_AZ_OF_US = frozenset({"bizdən", "bizlərdən", "aramızdan"})


# What says the next count is more of the same persons: "and another 9", "and a further 9".
_MORE_EN = frozenset({"another", "further", "additional", "a", "an"})
# The words an English adjunct of time or place may run to ("on the same day", "in Arno").
_ADJUNCT_WORDS = 5


class Coordination(PartPredicates):
    """Shares the verb of one count with the counts joined to it."""

    def _coordinate(
        self,
        figures: list[Figure],
        sources: frozenset[str] = frozenset({"backward", "coordinated"}),
    ) -> None:
        """Quantities joined by "and" or commas share the verb of the one that has it; once
        the clause has given its verb ("Those killed included 8 children and 3 women"), the
        later ones share that too."""
        changed = True
        while changed:
            changed = False
            for a, b in itertools.pairwise(figures):
                if not self._coordinated(a, b):
                    continue
                if (
                    not b.category
                    and a.category
                    and a.bound in sources
                    # "Two houses were destroyed and 6 damaged": a verb of its own, no act
                    and not (b.parent is None and self._own_predicate(b.quantity))
                    # "…, two officials told reporters": the persons who say it
                    and not self._tells(b.quantity)
                ):
                    b.category, b.bound = self._share(a, b), "coordinated"
                    changed = changed or bool(b.category)
                elif (
                    # "Of the 40 detainees, 21 were released": a whole keeps its noun's act.
                    (not a.category or (self._held_by_its_noun_only(a) and b.parent is not a))
                    and b.category
                    and b.bound in {"forward", "coordinated"}
                    # "including two police officers, and 40 were injured": a part takes
                    # no verb from a count outside its whole
                    and (a.parent is None or b.parent is a.parent)
                    and not self._own_verb_before(a)
                    # "21 were male, and 6 have been identified": a subgroup is its predicate
                    and not a.quantity.after_copula
                    # "300 incidents and 41 killings": an act counted by its noun is no verb
                    and not self._act_counted_by_its_noun(b)
                ):
                    a.category, a.bound = self._share(b, a), "coordinated"
                    changed = changed or bool(a.category)
                if (
                    b.parent is None
                    and a.parent not in (None, b)  # a part named first is no sibling
                    and b.category == a.category
                    # «29 мирных жителей, из них пятеро детей, и 12 военнослужащих»
                    and not self._aside_closed_before(a.last + 1, b)
                ):
                    b.parent = self._sibling_whole(a, b)

    def _objects_of_one_verb(self, figures: list[Figure]) -> None:
        """ "Rescuers pulled 9 survivors and 4 bodies from the rubble": the count joined to
        the object right after an English verb is that verb's next object, though the first
        object takes no fate from it (survivors found are counted by nothing of ours)."""
        if self.language != "en":
            return
        for a, b in itertools.pairwise(figures):
            if a.category or b.category or a.parent is not None or not self._coordinated(a, b):
                continue
            verb = self.trigger_ending.get(a.quantity.start_token - 1)
            if verb is None:
                continue
            category = resolve_category(verb.value, b.quantity.counted)
            if category:
                b.category, b.trigger, b.bound = category, verb, "coordinated"

    @staticmethod
    def _held_by_its_noun_only(figure: Figure) -> bool:
        """ "12 hostages and 6 civilians were released", "42 hərbi əsir və 6 mülki şəxs
        vətənə qaytarılıb": a count held by what its noun says the persons are (hostages,
        detainees) takes the verb the counts joined to it share, which tells what befell them
        (the dead and the wounded, "5 ölü və 12 yaralı", are what befell them already)."""
        return figure.bound == "noun" and figure.category in HELD_FATES

    def _sibling_whole(self, a: Figure, b: Figure) -> Figure | None:
        """The whole ``b`` is a part of, as the count coordinated after the part ``a``: a's
        whole, or the whole that a's whole is part of where b stands beside a's whole, not
        among it: a count with a predicate of its own after a part listed with none ("19
        were civilians, including six children, and 15 were soldiers"), or "N of them"
        after a list of parts ("17-si mülki şəxs, o cümlədən 4 uşaq, 11-i isə hərbçidir")."""
        if a.parent is None:
            return None
        if b.quantity.after_copula and not a.quantity.after_copula:
            return a.parent.parent
        if self._az_of_them_after_counts([a], b) and a.parent.parent is not None:
            return a.parent.parent
        if parts_exceed_their_whole([a, b], a.parent):
            # "48 are adults, of whom 26 are women, and 25 are children": two parts of one
            # whole hold no more than it; b stands beside a's whole, in the whole above it
            # (or in the one the list's marker names, found later).
            return a.parent.parent
        return a.parent

    def _past_a_naming_aside(self, k: int) -> int:
        """«разрушены два храма — Троицкий и Никольский — и 14 домов»: Russian names the
        counted things between dashes; the list goes on past the closing dash. Returns the
        token after that dash, or ``k`` if no such aside starts at ``k``."""
        if self.language != "ru" or k >= self.end or self.tokens[k].text not in DASHES:
            return k
        j = k + 1
        while j < self.end and j - k <= 8:
            token = self.tokens[j]
            if token.text in DASHES:
                return j + 1 if j > k + 1 else k
            names = token.kind == "word" and (
                token.capitalised or token.lower in self.lex.conjunctions
            )
            if not (names or token.text == ",") or j in self.trigger_at or j in self.starts:
                return k
            j += 1
        return k

    def _past_a_participle_clause(self, k: int) -> int:
        """«вернулись 45 военнослужащих, находившихся в плену, и 6 гражданских лиц»: a Russian
        participle clause between commas says who the counted were; the list goes on past it.
        Returns its closing comma, or ``k`` if no such clause starts at ``k``."""
        tokens = self.tokens
        if (
            self.language != "ru"
            or k + 1 >= self.end
            or tokens[k].text != ","
            or tokens[k + 1].pos != "PRTF"
        ):
            return k
        j = k + 2
        while j < self.end and j - k <= 8:
            if tokens[j].text == ",":
                return j
            if self._is_boundary(tokens[j]) or j in self.starts:
                return k
            j += 1
        return k

    def _act_counted_by_its_noun(self, figure: Figure) -> bool:
        """ "41 killings", «12 смертей»: the noun right after the number names the act. So
        does a Russian adjective or participle standing for the persons («31 защитник и 12
        тяжелораненых»: the wounded are wounded, the defenders not), unlike a short
        participle, a predicate («трое детей и 12 взрослых ранены»)."""
        trigger = figure.trigger
        if trigger is None or trigger.first != figure.quantity.last + 1:
            return False
        token = self.tokens[trigger.first]
        if self.language == "ru":
            return token.pos in _NAMING_PARTS_OF_SPEECH
        return self.language == "en" and not token.lower.endswith("ed")

    def _own_verb_before(self, figure: Figure) -> bool:
        """«Повреждены 300 домов, 45 разрушены»: a Russian verb of no category before the
        first figure is its own predicate; the later verb is not shared back to it. An
        Azerbaijani count whose noun takes the copula ("14-ü uşaqdır") has its predicate
        too."""
        if self.language == "az":
            return self.tokens[figure.quantity.end_token].lower.endswith(_AZ_COPULA)
        if self.language != "ru":
            return False
        k = figure.quantity.first - 1
        while k >= self.begin and not self._is_boundary(self.tokens[k]):
            token = self.tokens[k]
            if token.pos in {"VERB", "PRTS"} and k not in self.trigger_ending:
                return True
            k -= 1
        return False

    def _share(self, source: Figure, target: Figure) -> str:
        if source.trigger is None:
            return source.category
        return resolve_category(source.trigger.value, target.quantity.counted)

    def _coordinated(self, a: Figure, b: Figure) -> bool:
        start = self._past_a_participle_clause(self._past_a_naming_aside(a.quantity.end_token + 1))
        between = range(start, self._az_before_an_age_of_the_next(b))
        if not between or len(between) > 8:
            return False
        after = b.quantity.end_token + 1
        if after < self.end and self.lex.nest_after_set.match(self.tokens, after) is not None:
            # "22 civilians, four of whom died": a part of the figure before it, whose verb
            # is the part's alone.
            return False
        joins = [
            k for k in between
            if self.tokens[k].text == "," or self.tokens[k].lower in self.lex.conjunctions
        ]  # fmt: skip
        if len(joins) == len(between):
            return len(between) <= 3
        if self._object_after_its_adjunct(a, b, between):
            return True
        if self.language == "az" and joins and joins[0] == between[0]:
            # "polislərdən 2-si və sakinlərdən 5-i xəsarət alıb": the next part's group, in
            # the ablative, between the join and its number.
            rest = range(joins[-1] + 1, b.quantity.first)
            if (
                0 < len(rest) <= 2
                and all(self.tokens[k].kind == "word" and k not in self.trigger_at for k in rest)
                and self.tokens[rest[-1]].lower.endswith(("dan", "dən"))
                # "otuz nəfər idik, bizdən beşini …": of us, a part of the witness's count
                # before, not the next part's group.
                and self.tokens[rest[0]].lower not in _AZ_OF_US
                # "35-i mülki şəxsdir, mülki şəxslərdən yeddisi qadındır": the part before
                # named again by its group is the whole of the next, no sibling of it.
                and not self._az_group_of_the_part_before(a, rest[0])
            ):
                return True
        if (
            b.quantity.bodies
            and joins
            and joins[0] == between[0]
            and not any(k in self.trigger_at for k in between)
        ):
            # "recovered 47 bodies and the remains of 10 further individuals": the remains
            # named before the next number are the next object of the same verb.
            return True
        # "400 homes, the village school and two mosques were burned": things named with no
        # number between two counts of the same kind are items of the same list.
        return (
            bool(joins)
            and joins[0] == between[0]
            and joins[-1] == between[-1]
            and a.quantity.noun.startswith("property:")
            and b.quantity.noun.startswith("property:")
            and self._numberless_items(between)
        )

    def _az_before_an_age_of_the_next(self, b: Figure) -> int:
        """ "9 qadın və 70 yaşlı 3 kişi": an Azerbaijani age made an adjective ("70 yaşlı")
        stands before the count it describes, so the join is before it; where
        the words between the counts end."""
        first = b.quantity.first
        k = first - 1
        if self.language != "az" or k < 1 or self.tokens[k].lower != _AZ_AGED:
            return first
        k -= 1
        return k if self.tokens[k].kind == "num" else first

    def _az_group_of_the_part_before(self, a: Figure, k: int) -> bool:
        """Does the group named at ``k`` name the persons of the part ``a`` by the words that
        named them ("mülki şəxsdir" … "mülki şəxslərdən"), a group or persons of two words?"""
        first = a.quantity.np_first
        phrase = self.lex.noun_set.match(self.tokens, k)
        named = self.lex.noun_set.match(self.tokens, first) if first >= 0 else None
        if phrase is None or named is None or phrase.elements != named.elements:
            return False
        return names_group(phrase.value) or len(phrase.elements) > 1

    def _object_after_its_adjunct(self, a: Figure, b: Figure, between: range) -> bool:
        """ "Police arrested 12 people on Monday and another 9 on Tuesday", "gunmen killed 12
        villagers in Arno and 9 in Belt": an English verb's object, a time or place after it,
        then "and" (with "another", "a further") and a bare count with at most a time or
        place of its own: the same verb's next object, said without it again."""
        if self.language != "en" or a.bound != "backward" or b.quantity.noun not in {"", PERSON}:
            return False
        k = between[0]
        if self.tokens[k].lower in EN_OPENERS:
            k = self._past_an_adjunct(k)
            if k < 0:
                return False
        if k < between[-1] and self.tokens[k].text == ",":
            k += 1
        if self.tokens[k].lower != "and":
            return False
        if any(self.tokens[j].lower not in _MORE_EN for j in range(k + 1, b.quantity.first)):
            return False
        after = b.quantity.end_token + 1
        if after < self.end and self.tokens[after].lower in EN_OPENERS:
            after = self._past_an_adjunct(after)
        return after == self.end or (after >= 0 and self._is_boundary(self.tokens[after]))

    def _past_an_adjunct(self, k: int) -> int:
        """Past a short time or place opened by a preposition at ``k`` ("on Monday", "in the
        north", "on 3 May") up to the next word that is no part of it (a join, a boundary,
        a count or an act); -1 if it runs on too long or holds a count or an act."""
        j = k + 1
        while j < self.end and j - k <= _ADJUNCT_WORDS:
            token = self.tokens[j]
            if (
                token.lower in self.lex.conjunctions
                or token.text == ","
                or self._is_boundary(token)
            ):
                return j if j > k + 1 else -1
            if j in self.trigger_at or (j in self.starts and j not in self.times):
                return -1
            j += 1
        return j if j == self.end and j > k + 1 else -1

    def _numberless_items(self, between: range) -> bool:
        """Do the words between the joins each hold a counted thing, and nothing else?"""
        item: list[int] = []
        items: list[list[int]] = []
        for k in between:
            token = self.tokens[k]
            if token.text == "," or token.lower in self.lex.conjunctions:
                if item:
                    items.append(item)
                item = []
                continue
            if k in self.trigger_at or token.kind != "word":
                return False
            item.append(k)
        if item:
            items.append(item)
        return bool(items) and all(
            len(words) <= 4
            and any(
                (phrase := self.lex.noun_set.match(self.tokens, k)) is not None
                and phrase.value.startswith("property:")
                for k in words
            )
            for words in items
        )

    def _coordinated_after(self, figure: Figure, after: list[Figure]) -> list[Figure]:
        """The figures joined to ``figure`` by "and" or commas ("52 uşaq və 71 yaşlı insan")."""
        out: list[Figure] = []
        last = figure
        for other in after:
            if other.parent is not None or not self._coordinated(last, other):
                break
            out.append(other)
            last = other
        return out
