"""The ``input`` stage: role separation, caps, sanitization, injection detection, spotlighting.

The detectors it runs are pure text functions in :mod:`aiwarden.scanners`; see docs/input.md.
"""

from .stage import INLINE_DETECTOR_CHARS, InputStage, spotlight

__all__ = ["INLINE_DETECTOR_CHARS", "InputStage", "spotlight"]
