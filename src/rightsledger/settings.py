"""Django settings, all read strictly from the environment (see ``config``)."""

from __future__ import annotations

import base64
import re
import secrets
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from rightsledger.config import env_bool, env_choice, env_int, env_list, env_s3_url, env_str

PACKAGE_DIR = Path(__file__).resolve().parent

DEBUG = env_bool("RIGHTSLEDGER_DEBUG", False)
HOME = Path(env_str("RIGHTSLEDGER_HOME", "./data") or "./data").resolve()

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
    "rightsledger.cases",
    "rightsledger.records",
    "rightsledger.registry",
    "rightsledger.jobs",
    "rightsledger.api",
    "rightsledger.web",
    "rightsledger.evidence",
    "rightsledger.archive",
    "rightsledger.protection",
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
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
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
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(HOME / "rightsledger.sqlite3"),
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
# the login throttle counts across workers, and the case figures are counted once.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(HOME / "cache"),
        "OPTIONS": {"MAX_ENTRIES": 10000},
    }
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

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
# thread recounts: counting a million-person case takes seconds.
RIGHTSLEDGER_SUMMARY_IN_BACKGROUND = env_bool("RIGHTSLEDGER_SUMMARY_IN_BACKGROUND", True)

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
# Uploads stream to the store chunk by chunk, so only these paths may send large bodies.
LARGE_UPLOAD_PATHS = {
    "/api/evidence/upload/": MAX_UPLOAD_BYTES,
    # Victim lists are uploaded to disk (never held in memory) before they are checked.
    r"/c/[^/]+/registry/import/$": MAX_UPLOAD_BYTES,
    r"/c/[^/]+/evidence/upload/$": MAX_UPLOAD_BYTES,
}
# Languages for OCR of images (Tesseract's codes joined by "+", e.g. "eng+rus+aze"); OCR runs
# only where Debian's tesseract-ocr (and its language packs) are installed.
OCR_LANGUAGES = env_str("RIGHTSLEDGER_OCR_LANGUAGES", "eng") or "eng"
if not re.fullmatch(r"[A-Za-z_]+(\+[A-Za-z_]+)*", OCR_LANGUAGES):
    raise ImproperlyConfigured("RIGHTSLEDGER_OCR_LANGUAGES must look like eng or eng+rus+aze")
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
    "DEFAULT_THROTTLE_RATES": {"login": "10/min"},
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
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("RIGHTSLEDGER_BEHIND_PROXY", False) else None
)

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
