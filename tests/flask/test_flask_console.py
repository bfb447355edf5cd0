"""The operator page's ``user`` rule with a real Flask-Login user, and a callable right."""

from __future__ import annotations

from typing import Any

import flask_login
from flask import Flask

from aiwarden.console.flask import console_blueprint
from aiwarden.flask import Warden


class AppUser(flask_login.UserMixin):
    def __init__(self, user_id: str) -> None:
        self.id = user_id


def _app(policy: dict[str, Any], **rights: Any) -> Flask:
    app = Flask(__name__)
    app.config["SECRET_KEY"] = "test"
    Warden(policy=policy).init_app(app)
    app.register_blueprint(console_blueprint(**rights), url_prefix="/ops")
    manager = flask_login.LoginManager(app)
    manager.user_loader(AppUser)

    @app.post("/login/<name>")
    def login(name: str) -> str:
        flask_login.login_user(AppUser(name))
        return "ok"

    return app


def test_any_flask_login_user_may_look_but_not_switch() -> None:
    client = _app({"console": {"view": ["user"]}}).test_client()
    assert client.get("/ops/api/summary").status_code == 401
    assert client.get("/ops/").status_code == 200  # the sign-in form
    client.post("/login/carol")
    assert client.get("/ops/api/summary").status_code == 200
    assert client.get("/ops/api/summary").json["you"] == {"may_switch": False}
    assert client.post("/ops/api/killswitch", json={"action": "on"}).status_code == 403


def test_a_callable_right() -> None:
    app = _app({}, can_view=lambda request, identity: request.headers.get("x-ops") == "yes")
    client = app.test_client()
    assert client.get("/ops/api/summary").status_code == 401
    assert client.get("/ops/api/summary", headers={"x-ops": "yes"}).status_code == 200
