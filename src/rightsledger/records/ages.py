"""Ages at the event and the age groups every figure and table counts by.

A person's age is the recorded age at the event, else the year of the reference date less
the birth year; *children* are under the case's ``child_age_below`` (18 by default), the
*elderly* at least its ``elderly_age_from`` (60).  Defined once here: the figures, the
registry's tables and capture histories, the filters and the reports all read it.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Case as Case_
from django.db.models import Exists, F, IntegerField, OuterRef, Q, QuerySet, When
from django.db.models.expressions import Combinable
from django.db.models.functions import Coalesce, ExtractYear
from django.db.models.lookups import GreaterThanOrEqual

from rightsledger.cases.models import Case
from rightsledger.records import models as rm


@dataclass(frozen=True)
class AgeLimits:
    child_below: int = 18
    elderly_from: int = 60

    @classmethod
    def of(cls, case: Case | None) -> AgeLimits:
        if case is None:
            return cls()
        return cls(case.child_age_below, case.elderly_age_from)


def age_expression(person: str, reference_dates: list[str]) -> Combinable:
    """The age at a reference date of the person reached through ``person`` (None if unknown).

    The recorded age at the event wins; otherwise the reference year less the birth year
    (``birth_year``, else the year of ``birth_date``), in whole years.  A negative result
    (born after the event) is no age at all.
    """
    birth_year = Coalesce(
        F(f"{person}birth_year"), ExtractYear(f"{person}birth_date"), output_field=IntegerField()
    )
    reckoned = ExtractYear(Coalesce(*reference_dates)) - birth_year
    return Coalesce(
        F(f"{person}age_at_event"),
        Case_(
            When(GreaterThanOrEqual(reckoned, 0), then=reckoned),
            default=None,
            output_field=IntegerField(),
        ),
        output_field=IntegerField(),
    )


def status_age() -> Combinable:
    """The victim's age when a status record's fact happened (on StatusRecord)."""
    return age_expression(
        "person__", ["date", "involvement__act__date", "involvement__act__event__start_date"]
    )


def involvement_age() -> Combinable:
    """The person's age at the time of an involvement's act (on Involvement)."""
    return age_expression("person__", ["act__date", "act__event__start_date"])


AGE_GROUPS = ("child", "adult", "elderly")


def age_group_q(group: str, limits: AgeLimits, prefix: str = "age") -> Q:
    """A condition on an annotated age for one of ``AGE_GROUPS``."""
    if group == "child":
        return Q(**{f"{prefix}__lt": limits.child_below, f"{prefix}__gte": 0})
    if group == "elderly":
        return Q(**{f"{prefix}__gte": limits.elderly_from})
    if group == "adult":
        return Q(**{f"{prefix}__gte": limits.child_below, f"{prefix}__lt": limits.elderly_from})
    raise ValueError(f"unknown age group {group!r}")


def age_group_of(age: float | None, limits: AgeLimits) -> str:
    """The age group of one age, in the same terms as ``age_group_q``."""
    if age is None or age < 0:
        return "unknown"
    if age < limits.child_below:
        return "child"
    return "elderly" if age >= limits.elderly_from else "adult"


def persons_in_age_group(
    persons: QuerySet[rm.Person], group: str, limits: AgeLimits, status: str | None = None
) -> QuerySet[rm.Person]:
    """Persons of ``group`` — at the time of a status of ``status`` when one is given."""
    if status:
        statuses = (
            rm.StatusRecord.objects.filter(person_id=OuterRef("pk"), status=status)
            .annotate(age=status_age())
            .filter(age_group_q(group, limits))
        )
        return persons.filter(Exists(statuses))
    involvements = (
        rm.Involvement.objects.filter(person_id=OuterRef("pk"))
        .annotate(age=involvement_age())
        .filter(age_group_q(group, limits))
    )
    return persons.filter(Exists(involvements) | age_group_q(group, limits, "age_at_event"))
