"""Persons: the list (keyset-paged, fast at a million), the person page, and the forms."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from rightsledger.cases.actions import delete_object
from rightsledger.cases.models import HistoryEntry
from rightsledger.protection.history import masked_for
from rightsledger.records import models as rm
from rightsledger.web.access import case_access
from rightsledger.web.forms.filters import PersonFilterForm, names_matching
from rightsledger.web.forms.records import PersonForm, RelationshipForm, name_formset
from rightsledger.web.paging import Page, SortKey, bounded_count, keyset_page
from rightsledger.web.views.base import PAGE_SIZE, delete_page, edit_page, render_case


def _person_url(slug: str, person: Any) -> str:
    return reverse("case-person", kwargs={"slug": slug, "pk": person.pk})


def _search_page(filters: PersonFilterForm, persons: Any, cursor: str | None) -> Page:
    """A page of a name search, driven by the names index in the order of the matched name.

    Walking the persons in display order and testing each one's names would read most of a
    million rows for a rare prefix; walking the matching names reads only the page.
    """
    descending = filters.value("sort") == "-name"
    names = filters.matching_names(persons).select_related("person")
    page = keyset_page(names, SortKey("search_key", descending), cursor, PAGE_SIZE)
    shown = list({name.person_id: name.person for name in page.rows}.values())
    return Page(rows=shown, next_cursor=page.next_cursor, is_first=page.is_first)


@login_required
def person_list(request: HttpRequest, slug: str) -> HttpResponse:
    access = case_access(request, slug)
    filters = PersonFilterForm(request.GET, case=access.case, user=request.user)
    everyone = rm.Person.objects.restrict(request.user, "view").filter(case=access.case)
    persons = filters.apply(everyone)
    cursor = request.GET.get("after")
    counted: Any = persons
    distinct = ""
    if filters.searching():
        page = _search_page(filters, everyone, cursor)
        counted, distinct = filters.matching_names(everyone), "person_id"
    else:
        page = keyset_page(
            persons.only("pk", "display_name", "sex", "birth_year", "age_at_event"),
            filters.sort_key(),
            cursor,
            PAGE_SIZE,
        )
    # A count only for a filtered list, capped and time-boxed: never a full count of a
    # million rows.
    count = bounded_count(counted, distinct=distinct) if filters.active() else None
    query = request.GET.copy()
    query.pop("after", None)
    context = {"filters": filters, "page": page, "count": count, "query": query.urlencode()}
    template = (
        "web/persons/_results.html"
        if request.headers.get("HX-Target") == "results"
        else "web/persons/list.html"
    )
    return render_case(request, access, template, context)


@login_required
def person_pick(request: HttpRequest, slug: str) -> HttpResponse:
    """Persons whose name starts like the query: the picker beside person-number fields."""
    access = case_access(request, slug)
    query = request.GET.get("q", "")
    matches = (
        names_matching(access.case, query).values_list("person_id", flat=True)[:20]
        if query.strip()
        else []
    )
    persons = (
        rm.Person.objects.restrict(request.user, "view")
        .filter(case=access.case, pk__in=list(matches))
        .prefetch_related("names")
    )
    target = request.GET.get("target", "")
    return render_case(
        request, access, "web/persons/_pick.html", {"persons": persons, "target": target}
    )


def _claims_about(user: Any, case: Any, subjects: dict[type[Any], list[int]]) -> Any:
    condition = Q(pk__in=[])
    for model, ids in subjects.items():
        if ids:
            condition |= Q(
                subject_type__app_label=model._meta.app_label,
                subject_type__model=model._meta.model_name,
                subject_id__in=ids,
            )
    return (
        rm.Claim.objects.restrict(user, "view")
        .filter(case=case)
        .filter(condition)
        .select_related("source", "subject_type")
        .order_by("source__title", "pk")
    )


def person_history(user: Any, case: Any, objects: dict[str, list[int]]) -> Any:
    condition = Q(pk__in=[])
    for object_type, ids in objects.items():
        if ids:
            condition |= Q(object_type=object_type, object_id__in=[str(i) for i in ids])
    return masked_for(
        user,
        HistoryEntry.objects.restrict(user, "view")
        .filter(case=case)
        .filter(condition)
        .order_by("-sequence")[:200],
    )


@login_required
def person_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access = case_access(request, slug)
    user, case = request.user, access.case
    person = rm.Person.objects.get_restricted_or_404(user, "view", pk=pk, case=case)
    names = list(person.names.all())
    family = list(
        rm.Relationship.objects.restrict(user, "view")
        .filter(case=case)
        .filter(Q(person=person) | Q(relative=person))
        .select_related("person", "relative")
    )
    involvements = list(
        rm.Involvement.objects.restrict(user, "view")
        .filter(case=case, person=person)
        .select_related("act__event", "act__place")
        .prefetch_related("statuses")
        .order_by("act__date", "pk")
    )
    statuses = list(
        rm.StatusRecord.objects.restrict(user, "view")
        .filter(case=case, person=person)
        .select_related("involvement__act__event")
        .order_by("date", "pk")
    )
    claims = list(
        _claims_about(
            user, case,
            {rm.Person: [person.pk], rm.Involvement: [i.pk for i in involvements],
             rm.StatusRecord: [s.pk for s in statuses], rm.Relationship: [f.pk for f in family]},
        )
    )  # fmt: skip
    sources = list({claim.source_id: claim.source for claim in claims}.values())
    history = person_history(
        user, case,
        {"records.person": [person.pk], "records.personname": [n.pk for n in names],
         "records.involvement": [i.pk for i in involvements],
         "records.statusrecord": [s.pk for s in statuses],
         "records.relationship": [f.pk for f in family]},
    )  # fmt: skip
    relationship_form = (
        RelationshipForm(case=case, user=user, person=person) if access.can_change else None
    )
    context = {
        "person": person, "names": names, "family": family, "involvements": involvements,
        "statuses": statuses, "claims": claims, "sources": sources, "history": history,
        "relationship_form": relationship_form,
    }  # fmt: skip
    return render_case(request, access, "web/persons/detail.html", context)


@login_required
def person_edit(request: HttpRequest, slug: str, pk: int | None = None) -> HttpResponse:
    access = case_access(request, slug, "change")
    user, case = request.user, access.case
    person = (
        rm.Person.objects.get_restricted_or_404(user, "change", pk=pk, case=case)
        if pk is not None
        else None
    )
    data = request.POST or None
    names = name_formset(data, case=case, user=user, person=person)
    form = PersonForm(data, case=case, user=user, instance=person, names=names)
    title = _("Edit person") if person else _("New person")
    return edit_page(
        request, access, [form, names], title=title,
        template="web/persons/form.html",
        success_url=lambda written: _person_url(slug, written),
        context={"names": names, "person": person},
    )  # fmt: skip


@login_required
@require_http_methods(["GET", "POST"])
def person_delete(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access = case_access(request, slug, "change")
    person = rm.Person.objects.get_restricted_or_404(
        request.user, "change", pk=pk, case=access.case
    )
    name = {"name": str(person)}
    return delete_page(
        request, access, person,
        title=_("Delete the person “%(name)s”?") % name,
        deleted_message=_("The person “%(name)s” was deleted.") % name,
        list_url=reverse("case-persons", kwargs={"slug": slug}),
        cancel_url=_person_url(slug, person),
    )  # fmt: skip


@login_required
def relationship_add(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access = case_access(request, slug, "change")
    person = rm.Person.objects.get_restricted_or_404(
        request.user, "change", pk=pk, case=access.case
    )
    form = RelationshipForm(
        request.POST or None, case=access.case, user=request.user, person=person
    )
    return edit_page(
        request, access, [form], title=_("Add a family link"),
        success_url=lambda _r: _person_url(slug, person), context={"person": person},
    )  # fmt: skip


@login_required
@require_POST
def relationship_delete(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access = case_access(request, slug, "change")
    link = rm.Relationship.objects.get_restricted_or_404(
        request.user, "change", pk=pk, case=access.case
    )
    person = link.person
    delete_object(link, acting_user=request.user)
    messages.success(request, _("The family link was removed."))
    return redirect(_person_url(slug, person))
