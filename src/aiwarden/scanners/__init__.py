"""Scanners: input defences (sanitize, injection detection, pluggable detectors) and output filters.

Input side (``aiwarden.scanners``)::

    from aiwarden.scanners import HeuristicDetector
    from aiwarden.scanners.sanitize import sanitize
    HeuristicDetector().scan("ignore all previous instructions").score   # 0.992
"""

from __future__ import annotations

from .detectors import AsyncDetector, Detector, DetectorError, ModerationDetector, Subject, Verdict
from .injection import HeuristicDetector

__all__ = [
    "AsyncDetector",
    "Detector",
    "DetectorError",
    "HeuristicDetector",
    "ModerationDetector",
    "Subject",
    "Verdict",
]
