"""Key values never reach a log line: a registry of loaded values and a logging filter.

Every :class:`~aiwarden.keys.KeyRing` registers the values it loads here. :class:`KeyMaskingFilter`
rewrites a log record so that neither a registered value nor anything shaped like a provider key
(see :mod:`aiwarden.keys.patterns`) survives in its message, its arguments, its exception text or
its stack. The ring installs it on the ``aiwarden`` loggers; attach it to your own handlers too::

    import logging
    from aiwarden.keys import KeyMaskingFilter

    handler = logging.StreamHandler()
    handler.addFilter(KeyMaskingFilter())     # masks every record this handler writes
    logging.getLogger().addHandler(handler)
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable

from .patterns import find_keys, mask

__all__ = [
    "KeyMaskingFilter",
    "install_log_filter",
    "mask_text",
    "ordered_values",
    "register_values",
    "registered_values",
]

_lock = threading.Lock()
_values: set[str] = set()
# Longest first, so a value that contains another is replaced whole.
_ordered: tuple[str, ...] = ()
# Values shorter than this are not masked by substring: replacing "abc" everywhere would mangle logs,
# and such a value is no secret worth the name (the ring refuses to load one).
_MIN_MASKED = 8


def register_values(values: Iterable[str]) -> None:
    """Add secret values to mask from now on (the ring calls this whenever it loads keys)."""
    global _ordered
    new = {v for v in values if len(v) >= _MIN_MASKED}
    with _lock:
        if new <= _values:
            return
        _values.update(new)
        _ordered = tuple(sorted(_values, key=len, reverse=True))


def registered_values() -> frozenset[str]:
    """Every value registered so far in this process."""
    return frozenset(_values)


def ordered_values() -> tuple[str, ...]:
    """The registered values, longest first (a value containing another is replaced whole). The
    tuple is replaced, never changed, when values are added: its identity says the set is the same."""
    return _ordered


def mask_text(text: str) -> str:
    """``text`` with registered values and key-shaped substrings replaced by their masked form."""
    for value in _ordered:
        if value in text:
            text = text.replace(value, mask(value))
    return _mask_shapes(text)  # one Aho-Corasick pass over the rule table's prefixes


def _mask_shapes(text: str) -> str:
    out, last = [], 0
    for match in find_keys(text):
        out.append(text[last : match.start()])
        out.append(mask(match.group()))
        last = match.end()
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


class KeyMaskingFilter(logging.Filter):
    """A logging filter that masks key values in a record; it never drops a record.

    >>> import logging
    >>> record = logging.LogRecord("app", logging.INFO, __file__, 1, "key=%s", ("sk-" + "a1" * 20,), None)
    >>> KeyMaskingFilter().filter(record) and record.getMessage()
    'key=sk-…a1a1'
    """

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: let logging report it as it always does
            return True
        masked = mask_text(message)
        if masked != message:
            record.msg, record.args = masked, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask_text(record.exc_text)
        if record.stack_info:
            record.stack_info = mask_text(record.stack_info)
        return True


_FILTER = KeyMaskingFilter()
_installed_on: set[str] = set()
_factory_installed = False


def install_log_filter(root: str = "aiwarden") -> KeyMaskingFilter:
    """Mask every record of logger ``root`` and the loggers below it; returns the shared filter.

    The filter goes on ``root`` and each existing ``root.*`` logger (a logger's filter only sees
    records logged on that very logger). Loggers created later are covered by a log-record
    factory that applies the same masking to records whose logger name is under ``root``, so a
    module imported lazily cannot log a key before the next call.
    """
    global _factory_installed
    with _lock:
        manager = logging.Logger.manager
        for name in [root, *(n for n in list(manager.loggerDict) if n.startswith(root + "."))]:
            if name in _installed_on:
                continue
            logger = logging.getLogger(name)
            if _FILTER not in logger.filters:
                logger.addFilter(_FILTER)
            _installed_on.add(name)
        if not _factory_installed:
            _install_factory()
            _factory_installed = True
    return _FILTER


def _install_factory() -> None:
    previous = logging.getLogRecordFactory()
    prefixes = ("aiwarden.",)

    def make_record(name: str, *args: object, **kwargs: object) -> logging.LogRecord:
        record = previous(name, *args, **kwargs)
        if name == "aiwarden" or name.startswith(prefixes):
            _FILTER.filter(record)
        return record

    logging.setLogRecordFactory(make_record)
