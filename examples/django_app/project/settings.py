"""Settings of the Django example. The aiwarden part is ``AIWARDEN``, the middleware and the app."""

from __future__ import annotations

import os
import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent.parent
if str(EXAMPLES) not in sys.path:  # the helpers the three examples share (examples/_common.py)
    sys.path.insert(0, str(EXAMPLES))

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "example-only-not-a-secret")
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
ROOT_URLCONF = "project.urls"
WSGI_APPLICATION = "project.wsgi.application"
ASGI_APPLICATION = "project.asgi.application"
USE_TZ = True
DATABASES: dict[str, dict[str, str]] = {}

INSTALLED_APPS = [
    "aiwarden.django",  # system checks for the settings below
]
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.common.CommonMiddleware",
    "aiwarden.django.WardenMiddleware",
]

# The same policy file as the other examples; validated at start-up by the system checks.
# $AIWARDEN_STORAGE_URI and $AIWARDEN_AUDIT_FILE apply as everywhere.
AIWARDEN = os.environ.get("AIWARDEN_POLICY") or str(EXAMPLES / "policy.toml")
