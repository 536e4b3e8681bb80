"""Shared test base: a case with an owner, a viewer (less rights) and a stranger."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.core.servers.basehttp import WSGIServer
from django.utils import timezone, translation
from rest_framework.test import APIClient

from rightsledger.cases.actions import create_case, set_membership
from rightsledger.cases.models import Case
from rightsledger.cases.roles import Role


def make_user(username: str) -> Any:
    return get_user_model().objects.create_user(username=username, password="x-Strong-pass-42")


@pytest.fixture
def owner(db: None) -> Any:
    return make_user("owner")


@pytest.fixture
def viewer(db: None) -> Any:
    return make_user("viewer")


@pytest.fixture
def analyst(db: None) -> Any:
    return make_user("analyst")


@pytest.fixture
def stranger(db: None) -> Any:
    return make_user("stranger")


@pytest.fixture
def case(owner: Any, viewer: Any, analyst: Any) -> Case:
    case = create_case(name="Inquiry into the events at Lakeside", owner=owner)
    set_membership(case=case, user=viewer, role=Role.VIEWER, acting_user=owner)
    set_membership(case=case, user=analyst, role=Role.ANALYST, acting_user=owner)
    return case


def client_for(user: Any) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


@pytest.fixture
def owner_client(owner: Any) -> APIClient:
    return client_for(owner)


@pytest.fixture
def viewer_client(viewer: Any) -> APIClient:
    return client_for(viewer)


@pytest.fixture
def stranger_client(stranger: Any) -> APIClient:
    return client_for(stranger)


@pytest.fixture(autouse=True)
def _thread_locale() -> Iterator[None]:
    # A request in Russian (LocaleMiddleware) or a test that activates a language or a time
    # zone leaves it active in the thread: every test starts in the default language and
    # time zone, and whatever it activates is undone after it.
    with translation.override(django_settings.LANGUAGE_CODE):
        timezone.deactivate()
        yield
    timezone.deactivate()


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings: Any) -> None:
    # Real hashing costs ~0.3 s a user; the tests are about access, not hash strength.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _private_cache(settings: Any) -> None:
    # Each test starts with an empty cache of its own: no login failures or figures left
    # over from another test or an earlier run.
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": f"test-{uuid.uuid4().hex}",
        }
    }


@pytest.fixture(autouse=True)
def evidence_dir(settings: Any, tmp_path: Path) -> Path:
    # Every test stores evidence files under its own temporary directory.
    settings.EVIDENCE_DIR = tmp_path / "evidence"
    settings.EVIDENCE_S3 = None  # the local store unless a test sets a bucket
    return Path(settings.EVIDENCE_DIR)


@pytest.fixture
def store(evidence_dir: Path) -> Any:
    from rightsledger.evidence.store import FileStore

    return FileStore(evidence_dir)


@pytest.fixture(autouse=True)
def protection_key(settings: Any) -> str:
    # A fixed test key (never a real one): protected identities can be encrypted in any test.
    key = "QUdBSU5TVC1USEUtV0FMTC1URVNULUtFWS0wMDAwMDA="
    settings.PROTECTION_KEYS = [key]
    return key


@pytest.fixture
def job_worker(transactional_db: None) -> Iterator[None]:
    """A job worker in a thread of the test process, on the test database: jobs queued during
    the test run as they would under ``rightsledger worker`` (the same queue and loop)."""
    from tests.jobs.thread_worker import ThreadWorker, reading_without_locks

    worker = ThreadWorker()
    worker.start()
    try:
        with reading_without_locks():
            yield
    finally:
        worker.stop()


class SerialWSGIServer(WSGIServer):
    """Serves one request at a time.

    With SQLite the test database lives in memory, and the live server's thread shares the
    test's one connection: two requests at once (a page and its favicon, a form's live
    validation and its submission) would use that connection concurrently, and SQLite answers
    "cannot start a transaction within a transaction". It takes turns with the test's job
    worker thread for the same reason.
    """

    def __init__(self, *args: Any, connections_override: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)

    def process_request(self, request: Any, client_address: Any) -> None:
        from tests.jobs.thread_worker import ONE_AT_A_TIME

        with ONE_AT_A_TIME:
            super().process_request(request, client_address)


@pytest.fixture(scope="session")
def serial_live_server(request: pytest.FixtureRequest) -> Any:
    """The live server every test uses (never pytest-django's ``live_server`` directly).

    pytest-django starts one live server per worker process and keeps it: whichever test asks
    first decides its class. A test that asked for the threaded one would leave every later
    browser test on a server that shares one SQLite connection between threads.
    """
    from django.test.testcases import LiveServerThread

    original = LiveServerThread.server_class
    LiveServerThread.server_class = SerialWSGIServer  # type: ignore[assignment]
    try:
        server = request.getfixturevalue("live_server")
    finally:
        LiveServerThread.server_class = original
    serving = server.thread.httpd
    assert isinstance(serving, SerialWSGIServer), (
        f"the live server was started as {type(serving).__name__} by a test that asked for "
        "live_server directly; ask for serial_live_server instead"
    )
    return server


# The fixtures through which a test reaches the database; pytest-django refuses database
# access to a test that has none of them (nor the django_db mark).
_DATABASE_FIXTURES = frozenset(
    {"db", "transactional_db", "django_db_reset_sequences", "django_db_serialized_rollback",
     "live_server", "serial_live_server"}
)  # fmt: skip


def uses_the_database(item: pytest.Item) -> bool:
    names = set(getattr(item, "fixturenames", ()))
    return item.get_closest_marker("django_db") is not None or bool(names & _DATABASE_FIXTURES)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # The PostgreSQL run is there for what PostgreSQL does differently, which only a test
    # that reaches the database can see: a test that cannot reach it ran on the SQLite run
    # with the same code and the same inputs, and is not run a second time.
    if django_settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        return
    kept: list[pytest.Item] = []
    left: list[pytest.Item] = []
    for item in items:
        reaches = uses_the_database(item) or item.get_closest_marker("postgres") is not None
        (kept if reaches else left).append(item)
    if left:
        config.hook.pytest_deselected(items=left)
        items[:] = kept
