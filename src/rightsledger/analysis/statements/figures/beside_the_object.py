"""A count set beside the object of an act, after a comma or a dash ("they arrested all the
men, sixteen of them", «задержали всех водителей — девять человек»): it counts the persons
the act befell, of the group the object names. So does a count in a relative clause that only
says how many the persons named by their fate were ("the evacuees, of whom there were 170",
«вывезенных, которых насчитывалось около 90»)."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.core import Figure, Trigger, resolve_category
from rightsledger.analysis.statements.figures.not_that import NotThatNumber
from rightsledger.analysis.statements.figures.subgroups import before_a_phrase_of_place
from rightsledger.analysis.statements.lexicon import PERSON

# What sets the count beside the object.
_APPOSITION = frozenset({",", "—", "–"})
# Qualifier words between the relative clause and its count: «которых было около 170».
_QUALIFIER_WORDS = frozenset({"about", "around", "some", "около", "порядка", "примерно"})
# A relative clause that only counts: "of whom there were", «которых было».
_HOW_MANY = (("of", "whom", "there", "were"), ("of", "whom", "there", "are"), ("которых", "было"),
             ("которых", "были"), ("которых", "насчитывалось"))  # fmt: skip
# How far before the dash the act of destruction may stand: its object and an adverb or two
# ("burned the old village to the ground —", «сожгли село дотла —»).
_OBJECT_REACH = 8
# Words between the verb and the group it took: "all the men", «всех мужчин».
_ALL_THE = frozenset({"all", "the", "of", "всех", "все", "hamısı"})


class BesideTheObject(NotThatNumber):
    """Binds a count beside the object of an act to that act."""

    def _counted_beside_the_object(self, figures: list[Figure]) -> None:
        for figure in figures:
            quantity = figure.quantity
            if figure.category or figure.parent is not None or quantity.noun not in {"", PERSON}:
                continue
            mark = quantity.start_token - 1
            if mark <= self.begin or self.tokens[mark].text not in _APPOSITION:
                continue
            if any(q.end_token == mark - 1 for q in self.quantities):
                continue  # "12 women, five of them …": a count's own noun, and a part
            act = self._act_before_group(mark)
            if act is None:
                continue
            # The object is a group of persons: "took the men, ten of them" is a seizure.
            category = resolve_category(act.value, PERSON)
            if category:
                figure.category, figure.trigger, figure.bound = category, act, "backward"

    def _things_beside_the_object(self, figures: list[Figure]) -> None:
        """ "They burned the village to the ground — all 212 houses", «сгорела вся слобода —
        не меньше тридцати домов»: a count of things set after a dash or comma beside the
        object of a destruction says how many things it destroyed."""
        for figure in figures:
            quantity = figure.quantity
            if figure.category or figure.parent is not None:
                continue
            if not quantity.noun.startswith("property:"):
                continue
            mark = quantity.start_token - 1
            while mark > self.begin and self.tokens[mark].lower in _ALL_THE:
                mark -= 1  # "— all 212 houses", «— все 212 дворов»
            if mark <= self.begin or self.tokens[mark].text not in _APPOSITION:
                continue
            if not self._ends_its_clause(quantity.end_token + 1):
                continue  # "3 ev dağıdılıb, 70 ev isə zədələnib": a verb of its own
            act = self._destruction_before(mark, quantity.noun)
            if act is not None:
                figure.category, figure.trigger, figure.bound = (
                    "property_destroyed",
                    act,
                    "backward",
                )

    def _ends_its_clause(self, k: int) -> bool:
        """Does the clause end at ``k`` (or after "in all", "in total")?"""
        words = [t.lower for t in self.tokens[k : k + 2]]
        if words in (["in", "all"], ["in", "total"]):
            k += 2
        return k >= self.end or self.tokens[k].kind == "punct"

    def _destruction_before(self, mark: int, noun: str) -> Trigger | None:
        """The act of destruction nearest before ``mark`` in its clause, with no count
        between them (a count there has the act for itself)."""
        for act in sorted(self.triggers, key=lambda t: -t.last):
            if act.last >= mark or act.first < max(self.begin, mark - _OBJECT_REACH):
                continue
            if any(act.last < q.first < mark for q in self.quantities):
                return None
            if resolve_category(act.value, noun) == "property_destroyed":
                return act
        return None

    def _act_before_group(self, mark: int) -> Trigger | None:
        """The act whose object is the group ending right before ``mark``, or before a short
        phrase of place after it ("the men from our street", «мужчин с нашей улицы»)."""
        end = before_a_phrase_of_place(self.tokens, self.begin, mark)
        for start in range(max(self.begin, end - 2), end):
            phrase = self.lex.noun_set.match(self.tokens, start)
            if phrase is None or start + len(phrase.elements) != end:
                continue
            if not phrase.value.startswith("subgroup:"):
                return None
            j = start - 1
            while j > self.begin and self.tokens[j].lower in _ALL_THE:
                j -= 1
            return self.trigger_ending.get(j)
        return None

    def _counted_in_a_relative(self, figures: list[Figure]) -> None:
        for figure in figures:
            quantity = figure.quantity
            if figure.category or figure.parent is not None or quantity.noun not in {"", PERSON}:
                continue
            k = quantity.first
            if k - 1 > self.begin and self.tokens[k - 1].lower in _QUALIFIER_WORDS:
                k -= 1  # «которых было около 170»
            for words in _HOW_MANY:
                start = k - len(words)
                if start - 2 < self.begin or self.tokens[start - 1].text != ",":
                    continue
                if [self.tokens[j].lower for j in range(start, k)] != list(words):
                    continue
                act = self.trigger_ending.get(start - 2)
                category = resolve_category(act.value, "") if act is not None else ""
                if act is not None and category:
                    figure.category, figure.trigger, figure.bound = category, act, "backward"
                break
