"""The ``output`` stage: what the model says is filtered before the user sees it.

The filters it chains are pure text filters in :mod:`aiwarden.scanners`; see docs/output.md.
"""

from .stage import AsyncOutputCheck, OutputCheck, OutputFilter, OutputStage, SentenceCheckFilter

__all__ = ["AsyncOutputCheck", "OutputCheck", "OutputFilter", "OutputStage", "SentenceCheckFilter"]
