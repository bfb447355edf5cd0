"""aiwarden's Prometheus metrics as a Django view.

    # urls.py
    from aiwarden.contrib.metrics_django import metrics_view

    urlpatterns = [..., path("metrics", metrics_view)]

Metrics reveal traffic and spend; restrict the URL (``staff_member_required``, a network rule).
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_safe

from ..audit.metrics import render_latest

__all__ = ["metrics_view"]


@require_safe
def metrics_view(request: HttpRequest) -> HttpResponse:
    """The exposition of the global Prometheus registry."""
    body, content_type = render_latest(None, request.headers.get("accept"))
    return HttpResponse(body, content_type=content_type)
