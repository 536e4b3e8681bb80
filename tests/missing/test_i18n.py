"""The missing-persons pages in the user's language."""

from __future__ import annotations

from tests.missing.conftest import Scene
from tests.web.conftest import web_client


def test_pages_speak_russian(scene: Scene, owner: object) -> None:
    client = web_client(owner)
    client.cookies["django_language"] = "ru"
    html = client.get(f"/c/{scene.case.slug}/missing/").content.decode()
    assert "Пропавшие" in html
    assert "Места захоронения" in html
    ranked = client.get(f"/c/{scene.case.slug}/missing/remains/{scene.remains.pk}/candidates/")
    assert "пол совпадает с оценкой" in ranked.content.decode()
