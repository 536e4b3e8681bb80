"""The legal catalogue's pages and data in the user's language."""

from __future__ import annotations

from typing import Any

from django.test import Client
from django.urls import reverse


def test_the_catalogue_page_speaks_the_users_language(
    db: None, catalogue: None, stranger: Any
) -> None:
    client = Client()
    client.force_login(stranger)
    client.cookies["django_language"] = "ru"
    html = client.get(reverse("legal-catalogue"), {"q": "пытк"}).content.decode()
    assert "Правовой каталог" in html
    assert "Конвенция против пыток" in html
    assert "Пытки как преступление против человечности" in html
    assert 'data-code="ICCPR 6"' not in html  # the right to life is not about torture
    client.cookies["django_language"] = "az"
    html = client.get(reverse("legal-catalogue"), {"instrument": "ICCPR"}).content.decode()
    assert "Yaşamaq hüququ" in html
    assert "Hüquqi kataloq" in html
