"""aiwarden's Prometheus metrics as a Flask blueprint.

    from aiwarden.contrib.metrics_flask import metrics_blueprint

    app.register_blueprint(metrics_blueprint(), url_prefix="/metrics")

Metrics reveal traffic and spend; protect the blueprint (``before_request``) or serve it internally.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, request

from ..audit.metrics import render_latest

__all__ = ["metrics_blueprint"]


def metrics_blueprint(registry: Any = None, name: str = "aiwarden_metrics") -> Blueprint:
    """A blueprint serving ``GET /`` (under its ``url_prefix``) with the metrics of ``registry``."""
    render_latest(registry)  # fail at start-up when prometheus-client is missing
    bp = Blueprint(name, __name__)

    @bp.get("/", strict_slashes=False)
    def metrics() -> Response:
        body, content_type = render_latest(registry, request.headers.get("Accept"))
        return Response(body, content_type=content_type)

    return bp
