"""The operator page's Django rules with real users: staff, superuser, permissions, any user."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import Permission, User
from django.core.management import call_command
from django.test import Client, override_settings
from django.urls import include, path

from aiwarden.warden import Warden

urlpatterns = [path("ops/", include("aiwarden.console.django"))]


@pytest.fixture
def db() -> Any:
    call_command("migrate", verbosity=0, run_syncdb=True)
    yield
    User.objects.all().delete()


def _summary(rules: list[str], user: User | None) -> int:
    warden = Warden({"console": {"view": rules, "switch": rules}})
    with override_settings(AIWARDEN=warden, ROOT_URLCONF=__name__):
        client = Client()
        if user is not None:
            client.force_login(user)
        return client.get("/ops/api/summary").status_code


@pytest.mark.parametrize(
    ("rule", "make", "status"),
    [
        ("staff", lambda: User.objects.create_user("s", is_staff=True), 200),
        ("staff", lambda: User.objects.create_user("n"), 403),
        ("superuser", lambda: User.objects.create_superuser("root", password="pw"), 200),
        ("superuser", lambda: User.objects.create_user("s2", is_staff=True), 403),
        ("user", lambda: User.objects.create_user("u"), 200),
        ("user", lambda: None, 401),
        ("perm:auth.view_user", lambda: _with_perm("p", "view_user"), 200),
        ("perm:auth.view_user", lambda: _with_perm("q", "add_user"), 403),
    ],
)
def test_django_rules(db: Any, rule: str, make: Any, status: int) -> None:
    assert _summary([rule], make()) == status


def _with_perm(name: str, codename: str) -> User:
    user = User.objects.create_user(name)
    user.user_permissions.add(Permission.objects.get(codename=codename))
    return User.objects.get(pk=user.pk)  # permissions are cached per instance


def test_a_session_user_switches_only_with_the_page_csrf(db: Any) -> None:
    warden = Warden({"console": {"view": ["staff"], "switch": ["superuser"]}})
    staff = User.objects.create_user("s", is_staff=True)
    root = User.objects.create_superuser("root", password="pw")
    switch = {"path": "/ops/api/killswitch", "data": {"action": "on"}, "content_type": "application/json"}
    with override_settings(AIWARDEN=warden, ROOT_URLCONF=__name__):
        client = Client()
        client.force_login(staff)
        assert client.get("/ops/").status_code == 200
        assert client.post(**switch).json()["error"]["code"] == "console_forbidden"  # no switch right

        client = Client()
        client.force_login(root)
        page = client.get("/ops/")
        csrf = page.content.decode().split('name=aiwarden-csrf content="')[1].split('"')[0]
        # Django's session cookie is ambient: a request without the page's token is refused
        assert client.post(**switch).json()["error"]["code"] == "csrf_failed"
        other = {"HTTP_ORIGIN": "https://evil.example", "HTTP_X_AIWARDEN_CSRF": csrf}
        assert client.post(**switch, **other).status_code == 403
        assert warden.stage("quota").storage.get_kill_switch() is None
        assert client.post(**switch, HTTP_X_AIWARDEN_CSRF=csrf).status_code == 200
    state = warden.stage("quota").storage.get_kill_switch()
    assert state is not None and state.by == "console:root"
