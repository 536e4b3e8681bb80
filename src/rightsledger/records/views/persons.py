"""Persons: the list (keyset-paged, fast at a million), the person page, and the forms."""

from __future__ import annotations

from collections import defaultdict
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
from rightsledger.records import models as rm
from rightsledger.records import vocabulary as v
from rightsledger.records.forms.filters import PersonFilterForm
from rightsledger.records.forms.records import PersonForm, RelationshipForm, name_formset
from rightsledger.records.name_words import persons_named
from rightsledger.records.naming import search_key
from rightsledger.records.queries import person_dossier
from rightsledger.registry.queries import (
    bulk_history,
    joining_evidence,
    person_rows,
    rows_excerpt,
    statuses_by_source,
)
from rightsledger.web.access import case_access
from rightsledger.web.paging import (
    Page,
    SortKey,
    bounded_count,
    keyset_page,
    sieved_keyset_page,
)
from rightsledger.web.views.base import PAGE_SIZE, delete_page, edit_page, render_case


def _person_url(slug: str, person: Any) -> str:
    return reverse("case-person", kwargs={"slug": slug, "pk": person.pk})


def _search_page(filters: PersonFilterForm, persons: Any, cursor: str | None) -> Page:
    """A page of a name search, driven by the name words index in the order of the word.

    Walking the persons in display order and testing each one's names would read most of a
    million rows for a rare prefix; walking the words that start like the query's longest
    word, a chunk at a time, and keeping those of persons that match everything else
    reads a few chunks of that index (see ``sieved_keyset_page``).
    """
    descending = filters.value("sort") == "-name"
    fields = ("pk", "word", "person_ref")
    page = sieved_keyset_page(
        filters.walked_words().only(*fields),
        filters.matching_words(persons, descending=descending).only(*fields),
        SortKey("word", descending, tie="person_ref"),
        cursor,
        PAGE_SIZE,
    )
    order = list(dict.fromkeys(word.person_ref for word in page.rows))
    found = persons.in_bulk(order)
    shown = [found[pk] for pk in order if pk in found]
    return Page(rows=shown, next_cursor=page.next_cursor, is_first=page.is_first)


def _with_statuses(user: Any, case: Any, persons: list[Any]) -> None:
    """Each person's victim statuses (labels, in the vocabulary's order): one query a page."""
    found: dict[int, set[str]] = defaultdict(set)
    rows = (
        rm.StatusRecord.objects.restrict(user, "view")
        .filter(case=case, person_id__in=[p.pk for p in persons])
        .order_by()
        .values_list("person_id", "status")
        .distinct()
    )
    for person_id, status in rows:
        found[person_id].add(status)
    for person in persons:
        person.victim_statuses = [
            label for value, label in v.VictimStatus.choices if value in found[person.pk]
        ]


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
        # Counted along the walk's index (the persons of a common name are many).
        counted, distinct = filters.found_words(everyone), "person_ref"
    else:
        page = keyset_page(
            # The case too: the disclosure policy reads it for every person handed out.
            filters.sorted(persons).only(
                "pk", "case", "display_name", "sex", "birth_year", "age_at_event"
            ),
            filters.sort_key(),
            cursor,
            PAGE_SIZE,
        )
    _with_statuses(request.user, access.case, page.rows)
    # A count only for a filtered list, capped and time-boxed: never a full count of a
    # million rows.
    count = bounded_count(counted, distinct=distinct) if filters.active() else None
    query = request.GET.copy()
    query.pop("after", None)
    context = {
        "filters": filters, "page": page, "count": count, "query": query.urlencode(),
        "chips": filters.chips(request.GET),
    }  # fmt: skip
    template = (
        "records/persons/_results.html"
        if request.headers.get("HX-Target") == "results"
        else "records/persons/list.html"
    )
    return render_case(request, access, template, context)


@login_required
def person_pick(request: HttpRequest, slug: str) -> HttpResponse:
    """Persons whose name starts like the query: the picker beside person-number fields."""
    access = case_access(request, slug)
    query = request.GET.get("q", "")
    persons = (
        rm.Person.objects.restrict(request.user, "view")
        .filter(case=access.case)
        .filter(persons_named(query, access.case.pk) if search_key(query) else Q(pk__in=[]))
        .order_by("-pk")
        .prefetch_related("names")[:20]
    )
    target = request.GET.get("target", "")
    return render_case(
        request, access, "records/persons/_pick.html", {"persons": persons, "target": target}
    )


@login_required
def person_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access = case_access(request, slug)
    user, case = request.user, access.case
    person = rm.Person.objects.get_restricted_or_404(user, "view", pk=pk, case=case)
    dossier = person_dossier(user, case, person)
    names, statuses = dossier.names, dossier.statuses
    relationship_form = (
        RelationshipForm(case=case, user=user, person=person) if access.can_change else None
    )
    rows = {"records.person": [person.pk], "records.personname": [n.pk for n in names],
            "records.statusrecord": [s.pk for s in statuses]}  # fmt: skip
    written_in_bulk = rows_excerpt(bulk_history(user, case, rows)[:50], rows)
    history = sorted(
        {e.pk: e for e in [*dossier.history, *written_in_bulk]}.values(),
        key=lambda e: -e.sequence,
    )
    context = {
        "person": person, "names": names, "family": dossier.family,
        "involvements": dossier.involvements, "statuses": statuses, "claims": dossier.claims,
        "sources": dossier.sources, "history": history,
        "relationship_form": relationship_form,
        "list_rows": person_rows(user, case, person),
        "statuses_by_source": statuses_by_source(user, case, person),
        "joined": joining_evidence(user, case, person),
    }  # fmt: skip
    return render_case(request, access, "records/persons/detail.html", context)


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
        template="records/persons/form.html",
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
