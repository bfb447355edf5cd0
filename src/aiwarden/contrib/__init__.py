"""Framework glue that is not an adapter: exposing aiwarden's Prometheus metrics.

Only the modules in this package (and the adapters) import a web framework:

- :mod:`aiwarden.contrib.metrics_asgi`: an ASGI app to mount (Starlette, FastAPI, any ASGI server).
- :mod:`aiwarden.contrib.metrics_django`: a view for ``urls.py``.
- :mod:`aiwarden.contrib.metrics_flask`: a blueprint.
"""
