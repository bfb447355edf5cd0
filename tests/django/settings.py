"""Django settings for the test suite (tests/django and the Django app of tests/adapters).

Loaded by :func:`configure`, which both conftests call, so whichever runs first configures Django
identically. Tests pick their URLs with ``override_settings(ROOT_URLCONF=...)``.
"""

from __future__ import annotations

SECRET_KEY = "aiwarden-tests-not-a-secret"
DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
USE_TZ = True
ROOT_URLCONF = "django.contrib.auth.urls"  # replaced per test
INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "aiwarden.django",
]
MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "aiwarden.django.WardenMiddleware",
]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
AIWARDEN = {"auth": {"required": False, "anonymous_tier": "default"}}
LOGGING_CONFIG = None
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast: tests only


def configure() -> None:
    """Configure Django once per process with the settings above."""
    import django
    from django.conf import settings

    if not settings.configured:
        settings.configure(**{name: value for name, value in globals().items() if name.isupper()})
        django.setup()
