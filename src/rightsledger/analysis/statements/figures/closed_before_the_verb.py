"""English asides between a count and its verb that close with a comma or a dash the verb
stands right after: a count restated in another unit (", or about 700 people,"), bodies
counted after what held them (", with at least 25 bodies,"), a list of counts between dashes
after a noun with no count ("The victims — five men and three women — were shot"). Apart from
``skipped`` because each says both where the aside ends and that the counts inside it take
the verb after it."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.descriptions import Descriptions
from rightsledger.analysis.statements.lexicon import BODY, FAMILY, PERSON, names_group
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import DASHES


class ClosedBeforeTheVerb(Descriptions):
    """Asides a count's verb search steps over, or closes on (``SkippedBetween``)."""

    def _restatement(self, j: int) -> int | None:
        """Past ", or about 700 people," after a count: the same persons counted again in
        another unit ("150 families, or about 700 people, were displaced"); else None."""
        quantity = self._restated_after(j)
        if quantity is None or quantity.end_token + 1 >= self.end:
            return None
        closing = quantity.end_token + 1
        return closing + 1 if self.tokens[closing].text == "," else None

    def _restated_after(self, j: int) -> Quantity | None:
        """The count of persons that ", or" at ``j`` opens, restating the count before it."""
        if self.language != "en" or j + 2 >= self.end or self.tokens[j].text != ",":
            return None
        before = next((q for q in self.quantities if q.end_token == j - 1), None)
        if before is None:
            return None
        if self.tokens[j + 1].lower == "or":
            quantity = self.starts.get(j + 2)
        elif before.noun == FAMILY:
            # "120 families, some 500 people, were evacuated": persons after families are
            # the same people counted one by one, with no "or" to say so.
            quantity = self.starts.get(j + 1)
            if quantity is not None and quantity.noun != PERSON:
                return None
        else:
            return None
        if quantity is None or quantity.non_count:
            return None
        persons = quantity.noun == PERSON or names_group(quantity.noun)
        return quantity if persons else None

    def _closes_a_restatement(self, quantity: Quantity, comma: int) -> bool:
        """Is the comma at ``comma`` the close of ", or about 700 people," that ``quantity``
        restates the count before with? The verb after it is both counts'."""
        return comma == quantity.end_token + 1 and any(
            opening > self.begin and self._restated_after(opening) is quantity
            for opening in (quantity.first - 2, quantity.first - 1)
        )

    def _closes_bodies_with_a_grave(self, quantity: Quantity, comma: int) -> bool:
        """Is the comma at ``comma`` the close of ", with at least 25 bodies," set after what
        held them ("a second mass grave, with at least 25 bodies, was uncovered")? The verb
        after it finds the bodies too."""
        opening = quantity.first - 2
        return (
            self.language == "en"
            and quantity.counted == BODY
            and comma == quantity.end_token + 1
            and opening > self.begin
            and self.tokens[opening].text == ","
            and self.tokens[opening + 1].lower == "with"
        )

    def _closes_a_list_after_its_noun(self, quantity: Quantity, dash: int) -> bool:
        """Is the dash at ``dash`` the close of a list of counts set between dashes after a
        noun with no count of its own ("The victims — three men and two women — were
        executed")? The verb after it is each item's."""
        if self.language != "en" or self.tokens[dash].text not in DASHES:
            return False
        k = quantity.first - 1
        while k > self.begin and self.tokens[k].text != self.tokens[dash].text:
            token = self.tokens[k]
            if k in self.trigger_at or self._is_boundary(token) or token.text in DASHES:
                return False
            k -= 1
        noun = k - 1
        return (
            k > self.begin
            and self.tokens[noun].kind == "word"
            and noun not in self.ends
            and noun not in self.trigger_ending
        )
