"""The operator page: spend against every cap, refusals by reason, flagged answers and the kill
switch, mounted inside the app (docs/console.md).

- Starlette/FastAPI: ``app.mount("/aiwarden", warden.console())`` or, with
  ``app.add_middleware(WardenMiddleware, ...)``, ``app.mount("/aiwarden", ConsoleApp())`` (it finds
  the middleware's engine) — :mod:`aiwarden.console.asgi`;
- Django: ``path("aiwarden/", include("aiwarden.console.django"))``;
- Flask: ``app.register_blueprint(console_blueprint(), url_prefix="/aiwarden")`` from
  :mod:`aiwarden.console.flask`.

It is locked until the policy's ``[console] view`` names who may see it.
"""

from .core import Console, ConsoleRequest, ConsoleResponse

__all__ = ["Console", "ConsoleRequest", "ConsoleResponse"]
