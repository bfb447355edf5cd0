"""What a provider key looks like, and how one is shown: prefix + last four characters.

``looks_like_key`` answers for a whole value (a header, a policy setting); ``find_keys`` finds
key-shaped substrings in free text (a prompt, a log line). Both require enough randomness in the
body of the key (letters and digits) that ordinary hyphenated words such as
``sk-learn-pipeline-tutorial`` are not mistaken for keys.

>>> looks_like_key("sk-proj-" + "Ab3" * 20)
True
>>> looks_like_key("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2ln")   # a JWT is not a provider key
False
>>> mask("sk-ant-api03-" + "x" * 40 + "WXYZ")
'sk-ant-api03-…WXYZ'
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["KEY_PATTERN", "find_keys", "looks_like_key", "mask"]

# Known prefixes of provider keys (most specific first), each followed by the key's random body.
_SHAPES = (
    r"sk-ant-(?:api|admin)\d\d-[A-Za-z0-9_\-]{20,}",  # Anthropic
    r"sk-(?:proj|svcacct|admin|or-v1)-[A-Za-z0-9_\-]{20,}",  # OpenAI project/service/admin, OpenRouter
    r"sk-[A-Za-z0-9_\-]{20,}",  # OpenAI (legacy), DeepSeek, Mistral-style
    r"AIza[0-9A-Za-z_\-]{35}",  # Google AI Studio / Gemini
    r"gsk_[A-Za-z0-9]{20,}",  # Groq
    r"xai-[A-Za-z0-9]{20,}",  # xAI
    r"hf_[A-Za-z0-9]{30,}",  # Hugging Face
    r"r8_[A-Za-z0-9]{30,}",  # Replicate
    r"pplx-[A-Za-z0-9]{32,}",  # Perplexity
    r"AKIA[0-9A-Z]{16}",  # AWS access key id (Bedrock)
    r"gh[pousr]_[A-Za-z0-9]{36,}",  # GitHub tokens (Copilot / Models)
    r"github_pat_[A-Za-z0-9_]{22,}",
    r"xox[abposr]-[A-Za-z0-9-]{10,}",  # Slack
)
#: Matches a key-shaped token; not anchored (see :func:`find_keys` for the randomness check).
KEY_PATTERN = re.compile(r"(?<![A-Za-z0-9_\-])(?:" + "|".join(_SHAPES) + r")(?![A-Za-z0-9_\-])")
_PREFIX = re.compile(
    r"^(sk-ant-(?:api|admin)\d\d-|sk-(?:proj|svcacct|admin|or-v1)-|sk-|AIza|gsk_|xai-|hf_|r8_|pplx-|AKIA"
    r"|gh[pousr]_|github_pat_|xox[abposr]-)"
)


def _random_enough(token: str) -> bool:
    body = _PREFIX.sub("", token)
    if token.startswith(("AKIA", "AIza")):
        return any(c.isdigit() for c in body)
    # Generated keys mix digits and letters; words joined by hyphens do not.
    return any(c.isdigit() for c in body) and any(c.isalpha() for c in body)


def find_keys(text: str) -> Iterator[re.Match[str]]:
    """Key-shaped substrings of ``text``."""
    for match in KEY_PATTERN.finditer(text):
        if _random_enough(match.group()):
            yield match


def looks_like_key(value: str) -> bool:
    """Whether the whole of ``value`` (surrounding blanks aside) is shaped like a provider key."""
    value = value.strip()
    match = KEY_PATTERN.fullmatch(value)
    return match is not None and _random_enough(value)


def mask(value: str) -> str:
    """A key as it may be shown: its known prefix and last four characters (``sk-proj-…AbCd``).

    Short values (under 16 characters) keep nothing but their prefix, so a weak secret is not
    half revealed.
    """
    match = _PREFIX.match(value)
    prefix = match.group() if match else ""
    if len(value) < 16:
        return f"{prefix}…"
    return f"{prefix}…{value[-4:]}"
