"""Pages in the reader's language: Russian pages, numbers grouped per locale, switching."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from tests.web.conftest import Documented


def test_pages_in_russian(owner_web: Client, documented: Documented) -> None:
    owner_web.cookies["django_language"] = "ru"
    html = owner_web.get(reverse("case-dashboard", args=[documented.case.slug])).content.decode()
    assert '<html lang="ru">' in html
    assert "Убитые" in html
    assert "из них женщин" in html
    person = owner_web.get(reverse("case-person", args=[documented.case.slug, documented.woman.pk]))
    assert "Имена и написания" in person.content.decode()
    assert "4 марта 2001" in person.content.decode()  # dates in the locale's form


def test_numbers_are_grouped_per_locale() -> None:
    from django.utils import translation

    from rightsledger.web.templatetags.rightsledger_web import num

    with translation.override("en"):
        assert num(1234567) == "1,234,567"
    with translation.override("ru"):
        assert num(1234567) == "1\xa0234\xa0567"


def test_switching_language(owner_web: Client) -> None:
    response = owner_web.post(reverse("set_language"), {"language": "az", "next": "/"})
    assert response.status_code == 302
    assert "Sizin işləriniz" in owner_web.get(reverse("home")).content.decode()
