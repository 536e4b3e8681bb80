"""CSRF on every form, a Content-Security-Policy without inline script, no CDN."""

from __future__ import annotations

import re
from typing import Any

from django.test import Client
from django.urls import reverse

from tests.web.conftest import Documented
from tests.web.test_access import edit_urls, read_urls


def test_pages_carry_a_strict_content_security_policy(
    owner_web: Client, documented: Documented
) -> None:
    response = owner_web.get(reverse("case-dashboard", args=[documented.case.slug]))
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "unsafe-eval" not in policy
    assert "frame-ancestors 'none'" in policy


def test_no_inline_script_or_style_and_nothing_from_elsewhere(
    owner_web: Client, documented: Documented
) -> None:
    inline_script = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.IGNORECASE)
    for url in [*read_urls(documented), *edit_urls(documented)]:
        html = owner_web.get(url).content.decode()
        assert not inline_script.search(html), url
        assert not re.search(r"\sstyle=", html), url
        assert not re.search(r"\son[a-z]+=", html), url
        assert not re.search(r'(src|href)="(https?:)?//', html), url


def test_forms_need_the_csrf_token(owner: Any, documented: Documented) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(owner)
    url = reverse("case-event-new", args=[documented.case.slug])
    assert client.post(url, {"title": "x"}).status_code == 403
    page = client.get(url).content.decode()
    assert 'name="csrfmiddlewaretoken"' in page


def test_static_assets_are_served_locally(owner_web: Client) -> None:
    for path in (
        "web/vendor/htmx/htmx.min.js",
        "web/vendor/leaflet/leaflet.js",
        "web/vendor/natural-earth/countries-110m.geojson",
        "web/app.js",
        "web/map.js",
    ):
        from django.contrib.staticfiles import finders

        assert finders.find(path), path
