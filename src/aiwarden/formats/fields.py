"""Where a wire format carries text: the one list per format that everything else walks.

Each format declares its text-bearing fields once, as :class:`TextField` paths relative to an
object of its answer (an OpenAI message or delta, an Anthropic content block) or its request.
Output filtering (JSON and streamed), input counting and injection scanning all walk these lists,
so a field added to a list is covered everywhere at once. A path is keys joined by ``.``; ``[]``
means every element of an array, ``[type=text]`` only the elements whose ``type`` is ``text``::

    TextField("tool_calls[].function.arguments", ".tool{}.arguments", "the call's JSON arguments")

The channel is a suffix template: each ``{}`` is filled with the id of the ``[]`` element walked
through (its ``index`` key when it has an integer one, as OpenAI stream deltas do, else its
position), so the pieces of one value streamed across events meet on one output channel.

>>> from aiwarden.formats.fields import TextField, slots
>>> message = {"content": "hi", "tool_calls": [{"function": {"name": "f", "arguments": "{}"}}]}
>>> [(s.key, s.channel) for s in slots(message, (TextField("content", "", ""),
...     TextField("tool_calls[].function.arguments", ".tool{}.arguments", "")))]
[('content', ''), ('arguments', '.tool0.arguments')]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from ..context import FieldText

__all__ = ["Slot", "TextField", "field_texts", "slots", "strings_in", "unknown_fields"]

#: ``filter``: the string is replaced by what the output chain releases. ``whole``: the same, but
#: the value never arrives in pieces (a tool's name, an annotation): in streams it is filtered
#: whole, on its own. ``json``: the value is any JSON (Anthropic ``tool_use.input``): filtered as
#: its JSON text and parsed back.
How = Literal["filter", "whole", "json"]


@dataclass(frozen=True, slots=True)
class TextField:
    path: str
    channel: str
    #: Why the guard reads it (the docs' tables are written from these).
    why: str
    how: How = "filter"
    #: For request fields: how the injection detectors read the text ("user" or "document").
    subject: Literal["user", "document"] = "user"
    steps: tuple[tuple[str, Any], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        steps: list[tuple[str, Any]] = []
        for name in self.path.split("."):
            key, _, rest = name.partition("[")
            steps.append(("key", key))
            if rest:
                selector = rest.rstrip("]")
                if selector:
                    k, _, v = selector.partition("=")
                    steps.append(("each", (k, v)))
                else:
                    steps.append(("each", None))
        object.__setattr__(self, "steps", tuple(steps))

    def build(self, ids: Iterable[int], value: Any) -> dict[str, Any]:
        """An object holding ``value`` at this field's path (a stream event carrying held-back text)."""
        ids = list(ids)
        node: Any = value
        for kind, arg in reversed(self.steps):
            if kind == "key":
                node = {arg: node}
            else:
                element = dict(node)
                if arg is not None:
                    element[arg[0]] = arg[1]
                element.setdefault("index", ids.pop() if ids else 0)
                node = [element]
        return node  # type: ignore[no-any-return]


@dataclass(slots=True)
class Slot:
    """One string of a field inside an answer: ``holder[key]`` on output channel ``channel``."""

    holder: dict[str, Any]
    key: str
    channel: str
    field: TextField
    ids: tuple[int, ...] = ()

    @property
    def text(self) -> Any:
        return self.holder[self.key]


def slots(obj: Any, fields: Iterable[TextField]) -> list[Slot]:
    """The strings (``json`` fields: the values) of ``fields`` in ``obj``, in list order."""
    out: list[Slot] = []
    is_dict = isinstance(obj, dict)
    for f in fields:
        kind, arg = f.steps[0]
        if kind == "key" and not (is_dict and arg in obj):
            continue  # as _walk would: most of a format's fields are absent from a request or answer
        for holder, key, ids in _walk(obj, f.steps, ()):
            value = holder[key]
            if isinstance(value, str) or (f.how == "json" and value is not None):
                out.append(Slot(holder, key, f.channel.format(*ids), f, ids))
    return out


def _walk(
    node: Any, steps: tuple[tuple[str, Any], ...], ids: tuple[int, ...]
) -> Iterator[tuple[dict[str, Any], str, tuple[int, ...]]]:
    kind, arg = steps[0]
    rest = steps[1:]
    if kind == "key":
        if not isinstance(node, dict) or arg not in node:
            return
        if not rest:
            yield node, arg, ids
        else:
            yield from _walk(node[arg], rest, ids)
        return
    if not isinstance(node, list):
        return
    for position, element in enumerate(node):
        if not isinstance(element, dict):
            continue
        if arg is not None and element.get(arg[0]) != arg[1]:
            continue
        index = element.get("index")
        ident = index if isinstance(index, int) and not isinstance(index, bool) and 0 <= index < 1 << 16 else position
        if rest:
            yield from _walk(element, rest, (*ids, ident))


def strings_in(value: Any) -> Iterator[str]:
    """Every string in a JSON value, keys included, depth first (the text a provider bills of a
    tool's schema or a JSON argument object); iterative, so no nesting depth is too deep."""
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            yield node
        elif isinstance(node, dict):
            for k, v in node.items():
                yield k
                stack.append(v)
        elif isinstance(node, list):
            stack.extend(reversed(node))


def map_slots(found: list[Slot], prefix: str, fn: Any) -> bool:
    """Replace each slot's text by ``fn(prefix + channel, text, more)`` (a JSON answer): the slots
    of one channel go through one chain in order (``more`` until its last), so a value split
    across parts or blocks is caught. Returns whether any text changed."""
    last = {prefix + s.channel: k for k, s in enumerate(found) if s.field.how == "filter"}
    changed = False
    for k, s in enumerate(found):
        channel = prefix + s.channel
        old = s.text
        if s.field.how == "json":
            new = map_json(old, lambda text, channel=channel: fn(channel, text))
        else:
            new = fn(channel, old, more=s.field.how == "filter" and last[channel] != k)
        if new != old:
            s.holder[s.key] = new
            changed = True
    return changed


def map_json(value: Any, fn: Any) -> Any:
    """``value`` (any JSON) filtered as its JSON text and parsed back; when the filtered text no
    longer parses (a redaction inside an escape), the filtered text itself."""
    import json

    from .base import encode_json

    text = encode_json(value)
    out = fn(text)
    if out == text:
        return value
    try:
        return json.loads(out)
    except ValueError:
        return out


#: The field of a string under a key the format's list does not name (see :func:`loose_slots`).
LOOSE = TextField("*", ".x", "a field the format does not know: read as text, never passed unread", "whole")


def loose_slots(obj: Any, known: frozenset[str]) -> list[Slot]:
    """Every string under the keys of ``obj`` that the format's list does not name (a field a
    provider added later, a compatible server's own): each is filtered whole, so nothing the
    guard does not know goes out unread."""
    if not isinstance(obj, dict) or obj.keys() <= known:
        return []  # (the usual answer, chunk or event: one C-level set test)
    out: list[Slot] = []
    stack: list[tuple[Any, Any]] = [(obj, k) for k in obj if k not in known]
    while stack:
        holder, key = stack.pop()
        value = holder[key]
        if isinstance(value, str):
            out.append(Slot(holder, key, LOOSE.channel, LOOSE))
        elif isinstance(value, dict):
            stack.extend((value, k) for k in value)
        elif isinstance(value, list):
            stack.extend((value, i) for i in range(len(value)))
    return out


def field_texts(obj: Any, fields: Iterable[TextField], where: str) -> list[FieldText]:
    """The request text of ``fields`` in ``obj`` (``where``: its parameter name), to count and scan:
    a string as it is, a ``json`` field (a tool's schema) as its JSON text."""
    from ..context import FieldText
    from .base import encode_json

    out = []
    for s in slots(obj, fields):
        value = s.text
        text = value if isinstance(value, str) else encode_json(value)
        if text:
            out.append(FieldText(f"{where}{s.field.path}", text, s.field.subject))
    return out


def unknown_fields(obj: Any, known: frozenset[str], where: str, texts: list[FieldText]) -> list[str]:
    """The keys of ``obj`` that the format does not know (a field newer than the guard, a
    compatible server's own): each one's JSON text is added to ``texts`` as a document, so it is
    counted and scanned, and its parameter name is returned — the input stage refuses the request
    unless the policy admits the field (``input.extra_fields``). Names are quoted as
    :func:`~.base.safe_name` allows (a key that is no plain name reads "(a field name)")."""
    if not isinstance(obj, dict) or obj.keys() <= known:
        return []  # (the usual message or part: one C-level set test)
    from ..context import FieldText
    from .base import encode_json, safe_name

    names = []
    for key, value in obj.items():
        if key not in known:
            name = f"{where}{safe_name(key)}"
            texts.append(FieldText(name, value if isinstance(value, str) else encode_json(value), "document"))
            names.append(name)
    return names


def filter_loose(obj: Any, known: frozenset[str], whole: Any) -> bool:
    """Every string under the keys of ``obj`` that ``known`` does not name, replaced in place by
    ``whole(text)`` (a stream event's field the format does not know); whether any changed."""
    changed = False
    for s in loose_slots(obj, known):
        new = whole(s.text)
        if new != s.text:
            s.holder[s.key] = new
            changed = True
    return changed
