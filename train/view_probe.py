"""The detection view's fingerprint: has ``normalize.detection_view`` changed since the model was trained?

The learned model reads ``detection_view(text)``, so a change to the view (a new folding, a new
decoding) changes what the model sees, and ``scripts/train-detector --check`` no longer rebuilds the
shipped file bit for bit. The check needs the corpus and scikit-learn; this fingerprint does not:
the sha256 of the view of a fixed probe — every hand-written corpus text (23 languages, injections,
benign prompts, system prompts, documents) and obfuscated forms of some of them (each folding the
view does) — is recorded in ``train/view_fingerprint.json`` whenever the model is written, and
``tests/core/test_learned.py`` compares it with the current view's on every test run.
"""

from __future__ import annotations

import base64
import codecs
import hashlib
import html
import json
import sys
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RECORD = ROOT / "train" / "view_fingerprint.json"
sys.path.insert(0, str(ROOT / "train"))
import handwritten  # noqa: E402

_LEET = str.maketrans("aeiost", "4310$7")
_FULL = {c: chr(ord(c) + 0xFEE0) for c in map(chr, range(0x21, 0x7F))}
_SMALL = dict(zip("abcdefghijklmnoprstuwyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀsᴛᴜᴡʏᴢ", strict=True))


def _obfuscated(text: str) -> list[str]:
    """One form per kind of obfuscation the view folds (cheap, deterministic)."""
    words = text.split()
    return [
        text.translate(_LEET),
        " ".join(text),
        "".join(_FULL.get(c, c) for c in text),
        "".join(_SMALL.get(c, c) for c in text.lower()),
        "\u034f".join(text),
        "\u200b".join(words),
        "\u3164".join(words),
        " ".join(f"**{w[:2]}**{w[2:]}" for w in words),
        html.escape(text).replace("a", "&#97;"),
        urllib.parse.quote(text),
        base64.b64encode(text.encode()).decode(),
        text.encode().hex(),
        codecs.encode(text, "rot13"),
        text[::-1],
    ]


def probe() -> list[str]:
    english = [t for _, t in handwritten.english_injections()]
    texts = english + handwritten.BENIGN_EN + handwritten.BENIGN_EN_MORE + handwritten.PERSONA_EN_MORE
    for _lang, (inj, ben) in sorted(handwritten.LANGS.items()):
        texts += inj + ben
    for _lang, more in sorted(handwritten.LANGS_MORE.items()):
        texts += more
    texts += handwritten.benign_system_prompts() + handwritten.benign_documents()
    texts += [doc for _, doc in handwritten.document_injections()]
    for t in english[::7] + handwritten.BENIGN_EN[::7]:
        texts += _obfuscated(t)
    return texts


def fingerprint() -> str:
    """sha256 of the detection view of every probe text (NUL-separated)."""
    from aiwarden.scanners.normalize import detection_view

    h = hashlib.sha256()
    for t in probe():
        h.update(detection_view(t).encode("utf-8", "surrogatepass") + b"\0")
    return h.hexdigest()


def record(model_id: str) -> None:
    RECORD.write_text(json.dumps({"model_id": model_id, "view_sha256": fingerprint()}, indent=1) + "\n")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    print(fingerprint())
