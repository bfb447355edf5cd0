"""The neutral types at the boundary between adapters, formats and checks.

Adapters build an :class:`HttpRequest` from the framework's request; wire formats turn a body
into a :class:`ChatRequest` of :class:`Message` objects (role, text parts) and back; checks see
only these types, never a framework object.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = [
    "ChatRequest",
    "FieldText",
    "Finding",
    "HttpRequest",
    "Identity",
    "Message",
    "Part",
    "Usage",
]

PartKind = Literal["text", "image", "file", "audio", "tool_result", "tool_call", "other"]


@dataclass(slots=True)
class HttpRequest:
    """What the engine needs of an HTTP request. Header names are lower-case."""

    method: str
    path: str
    headers: Mapping[str, str]
    query_string: str = ""
    client: str | None = None
    #: Resolves the framework's own user (Django ``request.user``, Flask-Login ``current_user``)
    #: lazily, so routes that authenticate by JWT never touch the session.
    framework_user: Callable[[], Any] | None = None
    #: The native request object, for user-supplied identity resolvers only.
    native: Any = None
    #: The path the app routes on, when it differs from ``path`` (which is the path the client
    #: asked for, mount prefix included): behind Starlette's root path (``uvicorn --root-path
    #: /api``) or a WSGI SCRIPT_NAME, ``path`` is ``/api/v1/chat`` and this ``/v1/chat`` (Django's
    #: ``path_info``, Flask's ``request.path``). Path checks (routes, deny_paths) match both.
    app_path: str | None = None
    #: The framework's pattern of the route the request reached (Starlette/FastAPI "/threads/{tid}/chat",
    #: Django "threads/<int:tid>/chat", Flask "/threads/<tid>/chat"): a route's own limits and the
    #: audit and metrics label use it, so a path parameter never makes a new route.
    route_template: str | None = None

    def header(self, name: str, default: str | None = None) -> str | None:
        return self.headers.get(name, default)


@dataclass(slots=True)
class Part:
    """One piece of a message's content. ``text`` is what scanners read and may rewrite."""

    kind: PartKind
    text: str = ""
    raw: Any = None


@dataclass(slots=True)
class Message:
    role: str
    parts: list[Part]
    #: The message as the client sent it; formats copy it when rendering so unknown fields survive.
    raw: Any = None
    #: Set by the engine for messages it added (the server's system prompt).
    from_server: bool = False

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.parts if p.kind in ("text", "tool_result") and p.text)

    @classmethod
    def of(cls, role: str, text: str, *, from_server: bool = False) -> Message:
        return cls(role, [Part("text", text)], from_server=from_server)


@dataclass(slots=True)
class FieldText:
    """Text a request carries outside its messages' content (tool definitions, a turn's tool calls,
    documents nested in tool results...): the provider bills it and the model reads it, so it is
    counted and scanned; it is forwarded as it was sent."""

    where: str
    text: str
    #: How the injection detectors read it: "user" (the client wrote it) or "document" (retrieved).
    kind: Literal["user", "document"] = "user"


@dataclass(slots=True)
class ChatRequest:
    """A parsed AI request, whatever its wire format."""

    model: str | None
    messages: list[Message]
    stream: bool = False
    max_tokens: int | None = None
    include_usage: bool = False
    #: The whole parsed JSON document; formats render the messages back into a copy of it.
    document: dict[str, Any] = field(default_factory=dict)
    #: How many answers the request asks for (OpenAI ``n``); each may use ``max_tokens``.
    choices: int = 1
    #: Every other text the provider bills (the format's request field list): counted and scanned.
    texts: list[FieldText] = field(default_factory=list)
    #: The images' tokens at the provider's formula (an upper bound when their size is not known).
    image_tokens: int = 0
    #: Request fields that bring billed content the guard never sees (a Responses
    #: ``previous_response_id``: turns stored at the provider): refused unless the policy allows.
    unseen: list[str] = field(default_factory=list)
    #: Request fields the format does not know (``"top_k"``, ``"messages[0].foo"``): their JSON
    #: text is on ``texts`` (counted, scanned as a document); refused unless ``input.extra_fields``
    #: names them.
    unknown: list[str] = field(default_factory=list)
    #: The client asks for a spoken answer (OpenAI ``modalities: ["audio"]``): its transcript is
    #: filtered, the sound cannot be, so it is refused unless ``output.audio = "allow"``.
    audio_answer: bool = False


@dataclass(slots=True)
class Usage:
    input_tokens: int = 0
    output_tokens: int = 0
    #: False when the numbers were counted by us because the provider sent none.
    reported: bool = True

    @property
    def total_tokens(self) -> int:
        return self.input_tokens + self.output_tokens


@dataclass(frozen=True, slots=True)
class Identity:
    """Who is calling. ``subject`` keys rate limits and budgets; ``tier`` selects the policy."""

    subject: str
    tier: str
    source: str = "jwt"
    token_id: str | None = None
    claims: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Finding:
    """Something a scanner or filter noticed: which rule, where, and a short explanation."""

    kind: str
    start: int
    end: int
    detail: str
    score: float = 0.0
    #: Which message (index in ChatRequest.messages) or output channel it was found in.
    where: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "start": self.start, "end": self.end, "detail": self.detail}
