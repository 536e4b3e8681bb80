"""The layout shows the architecture: ``web/`` and ``api/`` are toolkits under the apps.

Each domain app owns its models, actions, queries and its pages, API and commands; the two
toolkits give them what every page or endpoint shares (rendering, forms, paging, the access
check, the viewset base) and may lean only on the foundation below them (``cases``: cases,
roles, the access path and the history), never on an app above it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import rightsledger

PACKAGE = Path(rightsledger.__file__).parent
TOOLKITS = ("web", "api")
ALLOWED = {"web", "api", "cases", "config", "errors"}


def _imported_apps(path: Path) -> set[str]:
    apps = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = []
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        for name in names:
            parts = name.split(".")
            if parts[0] == "rightsledger" and len(parts) > 1:
                apps.add(parts[1])
    return apps


def test_toolkits_import_no_app_above_them() -> None:
    offending = {
        str(path.relative_to(PACKAGE)): sorted(_imported_apps(path) - ALLOWED)
        for toolkit in TOOLKITS
        for path in (PACKAGE / toolkit).rglob("*.py")
        if _imported_apps(path) - ALLOWED
    }
    assert offending == {}


def test_the_domain_lives_in_the_apps() -> None:
    # What a toolkit holds is the same for every app: no module named after a domain.
    toolkit_modules = {p.stem for toolkit in TOOLKITS for p in (PACKAGE / toolkit).rglob("*.py")}
    domain = {"persons", "events", "acts", "sources", "places", "statements", "history",
              "records", "accounts", "cases"}  # fmt: skip
    assert toolkit_modules & domain == set()
    # Each domain app's pages and API are its own.
    for app, modules in {"records": ["views/persons.py", "views_api.py", "serializers.py",
                                     "filtersets.py", "forms/filters.py", "urls.py"],
                         "cases": ["views.py", "views_api.py", "serializers.py", "urls.py"]
                         }.items():  # fmt: skip
        for module in modules:
            assert (PACKAGE / app / module).is_file(), f"{app}/{module}"


def test_the_toolkit_templates_are_shared_pieces_only() -> None:
    # An app's pages are its own templates (records/persons/…, cases/history.html); the
    # toolkit keeps the frame every page extends, the generic form and deletion pages and
    # the partials several apps include.
    templates = PACKAGE / "web" / "templates" / "web"
    assert [p.name for p in templates.iterdir() if p.is_dir()] == []
    pages = {p.name for p in templates.glob("*.html") if not p.name.startswith("_")}
    assert pages == {"base.html", "form.html", "delete.html"}
