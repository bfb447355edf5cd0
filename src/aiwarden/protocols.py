"""Every extension point in one place. Implement one of these to plug in your own part; nothing
here needs subclassing — any object with the right methods fits.

=====================  ===================================================  ==========================
protocol               what it is for                                       how it is plugged in
=====================  ===================================================  ==========================
``IdentityResolver``   your app's own auth: HttpRequest → Identity or None  ``Warden(identity_resolver=...)``
``Detector``           an input scanner (a local classifier, ...), sync     ``Warden(detectors=[...])`` or
``AsyncDetector``      the same, async (a moderation endpoint)              ``input.detectors = ["mod:attr"]``
``OutputCheck``        a sentence-level check of the answer                 ``Warden(output_filters=[...])``
``AsyncOutputCheck``   the same, async (a moderation endpoint)              ``Warden(output_filters=[...])``
``OutputFilter``       a factory of streaming ``TextFilter`` objects        ``Warden(output_filters=[...])``
``TextFilter``         one channel's streaming filter: feed / flush         (made by an ``OutputFilter``)
``AuditSink``          where audit records go                               ``Warden(audit_sinks=[...])``
``Notifier``           where budget alerts go                               ``Warden(notifiers=[...])``
``SecretsManager``     where provider keys come from                        ``Warden(secrets_manager=...)``
``WireFormat``         another API's request/answer shape                   (engine internals)
=====================  ===================================================  ==========================
"""

from __future__ import annotations

from .audit.sinks import AuditSink
from .auth.users import IdentityResolver
from .formats.base import WireFormat
from .keys.sources import SecretsManager
from .output import AsyncOutputCheck, OutputCheck, OutputFilter
from .quota.alerts import Notifier
from .scanners.detectors import AsyncDetector, Detector
from .streaming import TextFilter

__all__ = [
    "AsyncDetector",
    "AsyncOutputCheck",
    "AuditSink",
    "Detector",
    "IdentityResolver",
    "Notifier",
    "OutputCheck",
    "OutputFilter",
    "SecretsManager",
    "TextFilter",
    "WireFormat",
]
