"""The kill switch: AI routes off for every worker sharing the quota storage (docs/quota.md)."""

from .stage import KillSwitchStage

__all__ = ["KillSwitchStage"]
