from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from rightsledger.cases.models import Case


@login_required
def home(request: HttpRequest) -> HttpResponse:
    cases = Case.objects.restrict(request.user, "view").order_by("name")
    return render(request, "web/home.html", {"cases": cases})
