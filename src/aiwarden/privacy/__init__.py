"""Pseudonymization: the provider sees ``<EMAIL_1>``, the user gets their own address back.

:mod:`.pseudonyms` holds the mapping and the restore filter (pure, usable on their own);
:mod:`.stage` the ``privacy`` stage that applies them to a request.
"""

from .pseudonyms import Pseudonyms, RestoreFilter, restore_factory
from .stage import PrivacyStage

__all__ = ["PrivacyStage", "Pseudonyms", "RestoreFilter", "restore_factory"]
