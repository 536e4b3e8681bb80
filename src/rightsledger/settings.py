"""Django settings, all read strictly from the environment (see ``config``)."""

from __future__ import annotations

import base64
import datetime as dt
import re
import secrets
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from rightsledger.config import env_bool, env_choice, env_int, env_list, env_s3_url, env_str
from rightsledger.home import private_directory, private_file

PACKAGE_DIR = Path(__file__).resolve().parent

DEBUG = env_bool("RIGHTSLEDGER_DEBUG", False)
HOME = Path(env_str("RIGHTSLEDGER_HOME", "./data") or "./data").resolve()
private_directory(HOME)  # 0700: the key, the database and the files are the owner's alone

_secret = env_str("RIGHTSLEDGER_SECRET_KEY")
if not _secret:
    # A per-installation key kept in the data directory: the two-command setup must work
    # without configuration, yet a key must never be shared between installations.
    _key_file = HOME / "secret_key"
    if _key_file.exists():
        _secret = _key_file.read_text(encoding="utf-8").strip()
    else:
        HOME.mkdir(parents=True, exist_ok=True)
        _secret = secrets.token_urlsafe(50)
        _key_file.write_text(_secret, encoding="utf-8")
        _key_file.chmod(0o600)
SECRET_KEY = _secret

ALLOWED_HOSTS = env_list("RIGHTSLEDGER_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("RIGHTSLEDGER_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "rightsledger.cases",
    "rightsledger.accounts",
    "rightsledger.records",
    "rightsledger.registry",
    "rightsledger.jobs",
    "rightsledger.api",
    "rightsledger.web",
    "rightsledger.evidence",
    "rightsledger.archive",
    "rightsledger.protection",
    "rightsledger.legal",
    "rightsledger.missing",
    "rightsledger.reports",
    # The job queue: Django's task API (built into Django 6.0, backported) on the database.
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "rightsledger.web.security.ContentSecurityPolicyMiddleware",
    "rightsledger.api.middleware.RequestSizeLimitMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "rightsledger.protection.middleware.DisclosureAnswersMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "rightsledger.accounts.middleware.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: turns a login refused by the throttle into a 429 answer.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "rightsledger.urls"
WSGI_APPLICATION = "rightsledger.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    },
]

_database_url = env_str("DATABASE_URL")
if _database_url:
    try:
        DATABASES = {"default": dj_database_url.parse(_database_url, conn_max_age=60)}
    except ValueError as exc:
        raise ImproperlyConfigured(f"DATABASE_URL is not a valid database URL: {exc}") from exc
    if DATABASES["default"]["ENGINE"] not in {
        "django.db.backends.postgresql",
        "django.db.backends.sqlite3",
    }:
        raise ImproperlyConfigured("DATABASE_URL must point at PostgreSQL or SQLite")
    if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
        # No JIT compilation of plans: a page's query over a million names is estimated
        # costly enough to be compiled, and compiling (about 0.3 s) cost more than running
        # it (a two-word name search: 480 ms with, 150 ms without).
        _options = DATABASES["default"].setdefault("OPTIONS", {})
        _options["options"] = f"{_options.get('options', '')} -c jit=off".strip()
else:
    # Made 0600 before SQLite first opens it; its -wal and -shm files take the same mode.
    _sqlite_file = HOME / "rightsledger.sqlite3"
    for _path in (_sqlite_file, *(p for p in HOME.glob("rightsledger.sqlite3-*") if p.is_file())):
        private_file(_path)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(_sqlite_file),
            "OPTIONS": {
                # WAL lets readers proceed while one writer commits; IMMEDIATE takes the write
                # lock at BEGIN so two writers never deadlock half-way through a transaction.
                "init_command": (
                    "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                    "PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;"
                ),
                "transaction_mode": "IMMEDIATE",
            },
        }
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# A file cache in the data directory is shared by every worker process of one installation:
# the case figures are counted once.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(HOME / "cache"),
        "OPTIONS": {"MAX_ENTRIES": 10000},
    }
}

# Every password set anywhere (web, admin, `init --password-file`) is checked against these.
PASSWORD_MIN_LENGTH = env_int("RIGHTSLEDGER_PASSWORD_MIN_LENGTH", 12, minimum=8)
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "rightsledger.accounts.passwords.UserNameInPasswordValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": PASSWORD_MIN_LENGTH},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Login throttling (django-axes) for every password check: the login page, the admin's and
# the API token.  An account's failures and an address's failures are counted apart, each
# with its own limit; a refused login waits LOGIN_LOCKOUT_MINUTES after the last failure.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_FAILURES_PER_ACCOUNT = env_int("RIGHTSLEDGER_LOGIN_FAILURES_PER_ACCOUNT", 5, minimum=1)
LOGIN_FAILURES_PER_ADDRESS = env_int("RIGHTSLEDGER_LOGIN_FAILURES_PER_ADDRESS", 50, minimum=1)
LOGIN_LOCKOUT_MINUTES = env_int("RIGHTSLEDGER_LOGIN_LOCKOUT_MINUTES", 15, minimum=1)
if LOGIN_FAILURES_PER_ADDRESS < LOGIN_FAILURES_PER_ACCOUNT:
    raise ImproperlyConfigured(
        "RIGHTSLEDGER_LOGIN_FAILURES_PER_ADDRESS must be at least "
        "RIGHTSLEDGER_LOGIN_FAILURES_PER_ACCOUNT (several people may share an address)"
    )
AXES_HANDLER = "rightsledger.accounts.throttling.SeparateLimitsHandler"
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_FAILURE_LIMIT = LOGIN_FAILURES_PER_ACCOUNT
AXES_COOLOFF_TIME = dt.timedelta(minutes=LOGIN_LOCKOUT_MINUTES)
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "rightsledger.accounts.throttling.lockout_response"
AXES_CLIENT_IP_CALLABLE = "rightsledger.accounts.throttling.client_address"
AXES_VERBOSE = False
# Two-factor authentication (django-otp): TOTP secrets and recovery codes stay out of the
# admin's lists; the app names the installation.
OTP_TOTP_ISSUER = "Rightsledger"
OTP_ADMIN_HIDE_SENSITIVE_DATA = True

LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("ru", "Русский"), ("az", "Azərbaycanca")]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = HOME / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        # Compressed but not hashed: a manifest would make every template render depend on
        # `collectstatic` having run (tests, development) and chokes on vendored source maps.
        "BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"
    },
}
# Serve from the app directories when collectstatic has not been run (tests, development).
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

# Request bodies larger than this are refused with 413 before any parsing.
MAX_REQUEST_BYTES = env_int("RIGHTSLEDGER_MAX_REQUEST_BYTES", 2 * 1024 * 1024, minimum=1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = MAX_REQUEST_BYTES
DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000

# After a change, the dashboard shows the figures last counted (saying so) while a background
# job recounts: counting a million-person case takes seconds.
RIGHTSLEDGER_SUMMARY_IN_BACKGROUND = env_bool("RIGHTSLEDGER_SUMMARY_IN_BACKGROUND", True)

# Background jobs (rightsledger.jobs): one queue in the database, run by `rightsledger worker`.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# A running job's worker renews its lease every few seconds; a job whose lease is older than
# this is taken back from a worker that stopped, and queued again while attempts remain.
JOB_LEASE_SECONDS = env_int("RIGHTSLEDGER_JOB_LEASE_SECONDS", 60, minimum=2)
JOB_ATTEMPTS = env_int("RIGHTSLEDGER_JOB_ATTEMPTS", 2, minimum=1)

# Evidence: the content-addressed store, the upload limit, and optional signing.
EVIDENCE_DIR = Path(env_str("RIGHTSLEDGER_EVIDENCE_DIR") or HOME / "evidence").resolve()
# An S3-compatible bucket instead of EVIDENCE_DIR/objects (EVIDENCE_DIR still stages uploads):
# RIGHTSLEDGER_EVIDENCE_S3_URL=s3://bucket/prefix, with the endpoint of a non-Amazon service,
# the region, and the days of Object Lock retention for each object where the bucket has it.
_EVIDENCE_S3_URL = env_s3_url("RIGHTSLEDGER_EVIDENCE_S3_URL")
EVIDENCE_S3 = (
    {
        "bucket": _EVIDENCE_S3_URL[0],
        "prefix": _EVIDENCE_S3_URL[1],
        "endpoint_url": env_str("RIGHTSLEDGER_EVIDENCE_S3_ENDPOINT") or None,
        "region": env_str("RIGHTSLEDGER_EVIDENCE_S3_REGION") or None,
        "retain_days": env_int("RIGHTSLEDGER_EVIDENCE_S3_RETAIN_DAYS", 0),
    }
    if _EVIDENCE_S3_URL
    else None
)
MAX_UPLOAD_BYTES = env_int("RIGHTSLEDGER_MAX_UPLOAD_BYTES", 64 * 1024**3, minimum=1024)
# The browser sends evidence in requests of at most this size (the tus protocol), so each
# request stays within what a proxy in front allows; bytes of a request cut off are kept.
EVIDENCE_UPLOAD_CHUNK_BYTES = env_int(
    "RIGHTSLEDGER_EVIDENCE_UPLOAD_CHUNK_BYTES", 64 * 1024**2, minimum=64 * 1024
)
# Rolling verification of the evidence store (rightsledger.evidence.rolling): every so many
# minutes (0: never) the job worker re-hashes the least recently verified objects of one case
# (of those verified more than half a cycle ago), up to so many bytes or seconds, in so many
# threads (0: one per core); `verify --rolling` reports what was not verified within the
# cycle. 16 GiB an hour is 11.5 TiB in 30 days.
VERIFY_EVERY_MINUTES = env_int("RIGHTSLEDGER_VERIFY_EVERY_MINUTES", 60, minimum=0)
VERIFY_SLICE_BYTES = env_int("RIGHTSLEDGER_VERIFY_SLICE_BYTES", 16 * 1024**3, minimum=1)
VERIFY_SLICE_SECONDS = env_int("RIGHTSLEDGER_VERIFY_SLICE_SECONDS", 1800, minimum=1)
VERIFY_THREADS = env_int("RIGHTSLEDGER_VERIFY_THREADS", 0, minimum=0)
VERIFY_CYCLE_DAYS = env_int("RIGHTSLEDGER_VERIFY_CYCLE_DAYS", 30, minimum=1)
# A case imported in the browser comes as the ZIP file of its bag (as the Exports tab gives
# it), at most this large, its members declaring at most this much together; a larger bag
# imports on the server (`rightsledger import bag`).
BAG_UPLOAD_MAX_BYTES = env_int("RIGHTSLEDGER_BAG_UPLOAD_MAX_BYTES", 2 * 1024**3, minimum=1024)
BAG_MAX_UNPACKED_BYTES = env_int("RIGHTSLEDGER_BAG_MAX_UNPACKED_BYTES", 16 * 1024**3, minimum=1024)
# Uploads stream to the store chunk by chunk, so only these paths may send large bodies.
LARGE_UPLOAD_PATHS = {
    "/api/evidence/upload/": MAX_UPLOAD_BYTES,
    # Resumable (tus) uploads: each request's bytes, at most the whole file.
    "/api/evidence/uploads/": MAX_UPLOAD_BYTES,
    # Victim lists are uploaded to disk (never held in memory) before they are checked.
    r"/c/[^/]+/registry/import/$": MAX_UPLOAD_BYTES,
    r"/c/[^/]+/evidence/upload/$": MAX_UPLOAD_BYTES,
    # A bag's ZIP file goes to disk; the form says so when it is over its limit (the rest of
    # the request, its key and the form's framing, is well within a MiB).
    "/cases/import/": BAG_UPLOAD_MAX_BYTES + 1024**2,
}

# Victim lists (CSV, XLSX, ODS) beyond these are refused, before parsing where the container
# tells (XLSX and ODS are ZIP files: the members' declared sizes), else while rows stream.
LIST_MAX_ROWS = env_int("RIGHTSLEDGER_LIST_MAX_ROWS", 2_000_000, minimum=1)
LIST_MAX_COLUMNS = env_int("RIGHTSLEDGER_LIST_MAX_COLUMNS", 500, minimum=1)
LIST_MAX_CELLS = env_int("RIGHTSLEDGER_LIST_MAX_CELLS", 40_000_000, minimum=1)
LIST_MAX_UNPACKED_BYTES = env_int("RIGHTSLEDGER_LIST_MAX_UNPACKED_BYTES", 2 * 1024**3, minimum=1)
LIST_MAX_PACKING_RATIO = env_int("RIGHTSLEDGER_LIST_MAX_PACKING_RATIO", 100, minimum=1)
# Uploads left in the staging areas longer than this are removed (see rightsledger.staging).
STAGING_MAX_AGE_HOURS = env_int("RIGHTSLEDGER_STAGING_MAX_AGE_HOURS", 24, minimum=1)
# Languages for OCR of images (Tesseract's codes joined by "+", e.g. "eng+rus+aze"); OCR runs
# only where Debian's tesseract-ocr (and its language packs) are installed.
OCR_LANGUAGES = env_str("RIGHTSLEDGER_OCR_LANGUAGES", "eng") or "eng"
if not re.fullmatch(r"[A-Za-z_]+(\+[A-Za-z_]+)*", OCR_LANGUAGES):
    raise ImproperlyConfigured("RIGHTSLEDGER_OCR_LANGUAGES must look like eng or eng+rus+aze")
# Record linkage runs on DuckDB in process, or on Spark (the `spark` extra and Java 17): in
# this process (`local`, `local[N]`) or on an existing cluster named by its master URL
# (`spark://host:7077`, `yarn`, `k8s://…`); `rightsledger link` may choose otherwise per run.
# The master URL and the driver memory (`4g`) are checked by the linkage's configuration.
LINKAGE_BACKEND = env_choice("RIGHTSLEDGER_LINKAGE_BACKEND", "duckdb", {"duckdb", "spark"})
SPARK_MASTER = env_str("RIGHTSLEDGER_SPARK_MASTER") or "local"
SPARK_DRIVER_MEMORY = env_str("RIGHTSLEDGER_SPARK_DRIVER_MEMORY") or None
# The institution's Ed25519 private key (PEM) for sealing chain heads; optional.
SIGNING_KEY = env_str("RIGHTSLEDGER_SIGNING_KEY")
# Protected identities: Fernet keys (comma-separated, newest first, for rotation) from the
# environment or a key file — never from the database.  Without a key, protecting or
# revealing a person fails with a clear message; everything else works.
PROTECTION_KEYS = [
    key.strip() for key in (env_str("RIGHTSLEDGER_PROTECTION_KEY") or "").split(",") if key.strip()
]
for _key in PROTECTION_KEYS:
    try:
        if len(base64.urlsafe_b64decode(_key.encode("ascii"))) != 32:
            raise ValueError("not 32 bytes")
    except (ValueError, UnicodeError) as exc:
        raise ImproperlyConfigured(
            "RIGHTSLEDGER_PROTECTION_KEY must hold Fernet keys (32 bytes, URL-safe base64)"
        ) from exc

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "rest_framework.authentication.TokenAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PAGINATION_CLASS": "rightsledger.api.pagination.StandardPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "rest_framework.filters.OrderingFilter",
    ],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "rightsledger.api.errors.exception_handler",
    "DEFAULT_PARSER_CLASSES": [
        "rightsledger.api.parsers.StrictJSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Rightsledger API",
    "DESCRIPTION": "Documentation records of gross human-rights violations, attributed to sources.",
    "VERSION": "0.1.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {
        "DatePrecisionEnum": "rightsledger.records.vocabulary.DatePrecision",
        "NameKindEnum": "rightsledger.records.vocabulary.NameKind",
        "SourceKindEnum": "rightsledger.records.vocabulary.SourceKind",
        "RelationshipKindEnum": "rightsledger.records.vocabulary.RelationshipKind",
        "ClaimKindEnum": "rightsledger.records.vocabulary.ClaimKind",
        "VictimStatusEnum": "rightsledger.records.vocabulary.VictimStatus",
        "EventTypeEnum": "rightsledger.records.vocabulary.EventType",
    },
}

# "local" is the embedded laptop default: plain HTTP on the loopback interface.
# "production" turns on every transport protection and refuses to start without an explicit
# secret key, so `check --deploy` passes.
DEPLOYMENT = env_choice("RIGHTSLEDGER_DEPLOYMENT", "local", {"local", "production"})
_production = DEPLOYMENT == "production"
if _production and not env_str("RIGHTSLEDGER_SECRET_KEY"):
    raise ImproperlyConfigured("RIGHTSLEDGER_SECRET_KEY (or _FILE) is required in production")
if _production and DEBUG:
    raise ImproperlyConfigured("RIGHTSLEDGER_DEBUG must be off in production")
SESSION_COOKIE_SECURE = _production
CSRF_COOKIE_SECURE = _production
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SECURE_SSL_REDIRECT = _production
SECURE_HSTS_SECONDS = env_int("RIGHTSLEDGER_HSTS_SECONDS", 31536000 if _production else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HSTS_SECONDS > 0
SECURE_HSTS_PRELOAD = SECURE_HSTS_SECONDS > 0
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
BEHIND_PROXY = env_bool("RIGHTSLEDGER_BEHIND_PROXY", False)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if BEHIND_PROXY else None
# Owners of a case and administrators must use two-factor authentication in production.
TWO_FACTOR_REQUIRED = _production

LOG_LEVEL = env_choice(
    "RIGHTSLEDGER_LOG_LEVEL", "WARNING", {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}
)
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    # Splink reports untrained comparison levels as warnings on every run; the linkage
    # result carries what matters (its model and fingerprint), so only errors are shown.
    "loggers": {"splink": {"level": "ERROR"}},
}
