"""Pluggable input detectors: one protocol, sync and async, run with a timeout and a fail mode.

A detector looks at a batch of :class:`Subject` (a user message or an untrusted document) and
returns one :class:`Verdict` per subject: a score in 0..1 and findings that explain it. The input
stage combines the detectors' scores (the maximum) and applies the policy's action.

Write your own as any object with a ``name`` and ``detect`` (sync) and/or ``adetect`` (async)::

    class MyClassifier:
        name = "onnx-injection"

        def __init__(self):
            from transformers import pipeline       # or an onnxruntime session you load once
            self.pipe = pipeline("text-classification", model="/models/my-injection-model")

        def detect(self, subjects):
            results = self.pipe([s.text for s in subjects], truncation=True)
            return [Verdict(r["score"] if r["label"] == "INJECTION" else 1 - r["score"]) for r in results]

    warden = Warden(policy, detectors=[MyClassifier()])      # or input.detectors = ["mypkg.det:MyClassifier"]

Built in: ``"heuristic"`` (:class:`~aiwarden.scanners.injection.HeuristicDetector`, pure, runs
inline), ``"learned"`` (:class:`~aiwarden.scanners.learned.LearnedDetector`, a small linear model
shipped in the package, pure, inline) and ``"moderation"`` (:class:`ModerationDetector`, an
OpenAI-shaped ``/v1/moderations`` endpoint over HTTP with httpx). Detectors other than the two
inline ones do I/O or heavy work, so the stage runs them as effects: in a worker thread with the
sync driver (Django, Flask), awaited (or in a thread, for a sync-only detector) with the async
driver, always bounded by ``input.detector_timeout_ms``. A failure or timeout is handled by ``input.detector_failure``:
``"open"`` lets the request through (and records ``detector_errors``), ``"closed"`` refuses it (503).
"""

from __future__ import annotations

import asyncio
import importlib
import os
from collections.abc import Sequence
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any, Protocol, runtime_checkable

from ..context import Finding
from ..effects import LazyPool, polite
from ..errors import ConfigurationError, DetectorError
from .verdicts import Subject, Verdict

__all__ = [
    "AsyncDetector",
    "Detector",
    "DetectorError",
    "ModerationDetector",
    "Subject",
    "Verdict",
    "call_in_thread",
    "load_detector",
    "run_async",
    "run_sync",
]


@runtime_checkable
class Detector(Protocol):
    name: str

    def detect(self, subjects: Sequence[Subject]) -> Sequence[Verdict]: ...


@runtime_checkable
class AsyncDetector(Protocol):
    name: str

    async def adetect(self, subjects: Sequence[Subject]) -> Sequence[Verdict]: ...


# -- running detectors (the I/O layer behind effects.Call) -------------------------------------

_executor = LazyPool("aiwarden-detector").get


def _checked(detector: Any, subjects: Sequence[Subject], verdicts: Any) -> list[Verdict]:
    checked: list[Verdict] = list(verdicts)
    if len(checked) != len(subjects) or not all(isinstance(v, Verdict) for v in checked):
        raise DetectorError(f"detector {detector.name!r} must return one Verdict per subject")
    return checked


def run_sync(detector: Any, subjects: Sequence[Subject], timeout: float) -> list[Verdict]:
    """Run ``detector`` from a sync driver, giving up after ``timeout`` seconds."""
    if not hasattr(detector, "detect"):
        raise DetectorError(f"detector {detector.name!r} is async-only (adetect); it needs an async server")
    future = _executor().submit(detector.detect, list(subjects))
    try:
        return _checked(detector, subjects, future.result(timeout=timeout))
    except FutureTimeout as exc:
        future.cancel()
        raise DetectorError(f"detector {detector.name!r} timed out after {timeout * 1000:.0f} ms") from exc


async def call_in_thread(fn: Any, *args: Any) -> Any:
    """``fn(*args)`` in the worker pool, awaited (no timeout: pure, linear work off the event loop)."""
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(_executor(), polite, fn, *args)  # polite: the loop gets the GIL back soon


async def run_async(detector: Any, subjects: Sequence[Subject], timeout: float) -> list[Verdict]:
    """Run ``detector`` from the async driver: ``adetect`` awaited, a sync ``detect`` in a thread."""
    try:
        if hasattr(detector, "adetect"):
            result = await asyncio.wait_for(detector.adetect(list(subjects)), timeout)
        else:
            loop = asyncio.get_running_loop()
            result = await asyncio.wait_for(loop.run_in_executor(_executor(), detector.detect, list(subjects)), timeout)
    except TimeoutError as exc:
        raise DetectorError(f"detector {detector.name!r} timed out after {timeout * 1000:.0f} ms") from exc
    return _checked(detector, subjects, result)


# -- the moderation endpoint --------------------------------------------------------------------


class ModerationDetector:
    """An OpenAI-shaped moderation endpoint (``POST {url}`` with ``{"model", "input": [...]}``).

    A result that is ``flagged`` scores 1.0; otherwise its highest category score. The API key is
    read from the environment variable ``api_key_env`` at call time (never stored in the policy).

    >>> det = ModerationDetector("http://127.0.0.1:8000/v1/moderations")   # doctest: +SKIP
    >>> det.detect([Subject("some text")])                                # doctest: +SKIP
    [Verdict(score=0.0012, findings=())]
    """

    name = "moderation"

    def __init__(
        self,
        url: str,
        *,
        model: str = "omni-moderation-latest",
        api_key_env: str | None = "OPENAI_API_KEY",
        timeout: float = 2.0,
    ) -> None:
        try:
            import httpx
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise ConfigurationError(
                "input.detectors", "the moderation detector needs httpx: pip install 'aiwarden[moderation]'"
            ) from exc
        self.url = url
        self.model = model
        self.api_key_env = api_key_env
        self.timeout = timeout
        self._client = httpx.Client(timeout=timeout)

    def _request(self, subjects: Sequence[Subject]) -> tuple[dict[str, str], dict[str, Any]]:
        headers = {"content-type": "application/json"}
        key = os.environ.get(self.api_key_env) if self.api_key_env else None
        if key:
            headers["authorization"] = f"Bearer {key}"
        return headers, {"model": self.model, "input": [s.text for s in subjects]}

    def detect(self, subjects: Sequence[Subject]) -> list[Verdict]:
        import httpx

        headers, body = self._request(subjects)
        try:
            response = self._client.post(self.url, json=body, headers=headers)
        except httpx.HTTPError as exc:
            raise DetectorError(f"moderation endpoint unreachable: {type(exc).__name__}") from exc
        return self._verdicts(subjects, response.status_code, response)

    async def adetect(self, subjects: Sequence[Subject]) -> list[Verdict]:
        import httpx

        headers, body = self._request(subjects)
        # A client per call: an AsyncClient's pool is bound to the event loop it first ran on.
        try:
            async with httpx.AsyncClient(timeout=self.timeout) as client:
                response = await client.post(self.url, json=body, headers=headers)
        except httpx.HTTPError as exc:
            raise DetectorError(f"moderation endpoint unreachable: {type(exc).__name__}") from exc
        return self._verdicts(subjects, response.status_code, response)

    def _verdicts(self, subjects: Sequence[Subject], status: int, response: Any) -> list[Verdict]:
        if status != 200:
            raise DetectorError(f"moderation endpoint answered HTTP {status}")
        try:
            results = response.json()["results"]
        except (ValueError, KeyError, TypeError) as exc:
            raise DetectorError("moderation endpoint answered an unexpected body") from exc
        if not isinstance(results, list) or len(results) != len(subjects):
            raise DetectorError("moderation endpoint answered a result count that does not match the input")
        verdicts = []
        for subject, result in zip(subjects, results, strict=True):
            scores = result.get("category_scores") or {}
            flagged_categories = sorted(k for k, v in (result.get("categories") or {}).items() if v)
            score = 1.0 if result.get("flagged") else max((float(v) for v in scores.values()), default=0.0)
            findings: tuple[Finding, ...] = ()
            if result.get("flagged"):
                detail = "moderation: flagged" + (f" ({', '.join(flagged_categories)})" if flagged_categories else "")
                findings = (Finding("moderation", 0, len(subject.text), detail, score, subject.where),)
            verdicts.append(Verdict(min(max(score, 0.0), 1.0), findings))
        return verdicts


# -- building detectors from the policy ------------------------------------------------------------


def load_detector(name: str, policy: Any) -> Any:
    """``"heuristic"``, ``"learned"``, ``"moderation"`` or ``"module:attr"`` (a class or factory called with no
    arguments, or a ready instance)."""
    if name == "heuristic":
        from .injection import HeuristicDetector

        return HeuristicDetector()
    if name == "learned":
        from .learned import LearnedDetector

        return LearnedDetector(bar=(policy.learned_threshold, policy.injection_threshold) if policy else None)
    if name == "moderation":
        if not policy.moderation_url:
            raise ConfigurationError("input.moderation_url", "the 'moderation' detector needs input.moderation_url")
        return ModerationDetector(
            policy.moderation_url,
            model=policy.moderation_model,
            api_key_env=policy.moderation_api_key_env,
            timeout=policy.detector_timeout_ms / 1000.0,
        )
    module_name, _, attr = name.partition(":")
    if not module_name or not attr:
        raise ConfigurationError(
            "input.detectors",
            f"unknown detector {name!r} (use 'heuristic', 'learned', 'moderation' or 'package.module:attr')",
        )
    try:
        obj: Any = importlib.import_module(module_name)
        for part in attr.split("."):
            obj = getattr(obj, part)
    except (ImportError, AttributeError) as exc:
        raise ConfigurationError("input.detectors", f"cannot import detector {name!r}: {exc}") from exc
    if isinstance(obj, type) or (callable(obj) and not hasattr(obj, "detect") and not hasattr(obj, "adetect")):
        obj = obj()
    return check_detector(obj, name)


def check_detector(obj: Any, label: str) -> Any:
    if not isinstance(getattr(obj, "name", None), str) or not (hasattr(obj, "detect") or hasattr(obj, "adetect")):
        raise ConfigurationError(
            "input.detectors",
            f"{label!r} is not a detector: it needs a 'name' and a "
            "'detect(subjects)' or 'async adetect(subjects)' method",
        )
    return obj
