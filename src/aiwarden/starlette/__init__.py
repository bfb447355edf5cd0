"""Starlette / FastAPI: a pure ASGI middleware.

    from aiwarden.starlette import WardenMiddleware, ai_route

    app = FastAPI()
    app.add_middleware(WardenMiddleware, policy="policy.toml")

    @app.post("/v1/chat/completions")
    @ai_route(system_prompt="You are a helpful assistant.")
    async def chat(request: Request): ...

Non-HTTP scopes and routes that are neither decorated with :func:`ai_route` nor matched by a
policy ``[[routes]]`` pattern pass straight through. The exchange is available to the endpoint
as ``request.state.aiwarden`` (``.identity``, ``.request_id`` ...). A policy that cannot be
built fails the ASGI lifespan start-up with its message (the server exits); without a lifespan,
AI routes answer 503 ``guard_unavailable`` and the others are served.
"""

from __future__ import annotations

from ..routes import ai_route
from .middleware import WardenMiddleware, answer

__all__ = ["WardenMiddleware", "ai_route", "answer"]
