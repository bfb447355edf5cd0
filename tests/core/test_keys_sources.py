"""Secrets-manager sources over their real wire protocols: a local Vault KV server and moto's AWS server.

No client library is patched: hvac and boto3 talk HTTP to servers on 127.0.0.1.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from aiwarden.errors import ConfigurationError
from aiwarden.keys import KeyRing, KeySourceError
from aiwarden.policy import Policy
from tests.redis_servers import free_port

hvac = pytest.importorskip("hvac", reason="the vault extra (hvac) is not installed")
boto3 = pytest.importorskip("boto3", reason="the aws extra (boto3) is not installed")
moto_server = pytest.importorskip("moto.server", reason="moto[server] is not installed")

VAULT_TOKEN = "hvs.test-root-token-0123456789"
KEY_V1 = "sk-proj-" + "Va1tK3yOne" * 5
KEY_V2 = "sk-proj-" + "Va1tK3yTwo" * 5
TODAY = date(2025, 6, 1)


class FakeVault:
    """Vault's KV HTTP API (v1 and v2 mounts), as hvac calls it: token header, JSON envelopes."""

    def __init__(self) -> None:
        self.kv2: dict[str, list[dict[str, Any]]] = {}  # path -> versions
        self.kv1: dict[str, dict[str, Any]] = {}
        self.reads = 0
        vault = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                vault.reads += 1
                if self.headers.get("X-Vault-Token") != VAULT_TOKEN:
                    return self._answer(403, {"errors": ["permission denied"]})
                path = self.path.split("?", 1)[0]
                if path.startswith("/v1/secret/data/"):
                    versions = vault.kv2.get(path.removeprefix("/v1/secret/data/"))
                    if not versions:
                        return self._answer(404, {"errors": []})
                    n = len(versions)
                    meta = {
                        "created_time": versions[-1]["_created"],
                        "version": n,
                        "deletion_time": "",
                        "destroyed": False,
                        "custom_metadata": None,
                    }
                    data = {k: v for k, v in versions[-1].items() if k != "_created"}
                    return self._answer(
                        200,
                        {
                            "request_id": "r",
                            "lease_id": "",
                            "renewable": False,
                            "lease_duration": 0,
                            "data": {"data": data, "metadata": meta},
                        },
                    )
                if path.startswith("/v1/kv/"):
                    data = vault.kv1.get(path.removeprefix("/v1/kv/"))
                    if data is None:
                        return self._answer(404, {"errors": []})
                    return self._answer(200, {"data": data, "lease_duration": 2764800})
                return self._answer(404, {"errors": ["no handler for route"]})

            def _answer(self, status: int, doc: dict[str, Any]) -> None:
                body = json.dumps(doc).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def write(self, path: str, data: dict[str, Any], created_time: str = "2025-05-01T10:00:00.123456789Z") -> None:
        self.kv2.setdefault(path, []).append({**data, "_created": created_time})

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def vault() -> Iterator[FakeVault]:
    v = FakeVault()
    yield v
    v.close()


def vault_ring(vault: FakeVault, spec: dict[str, Any], environ: dict[str, str] | None = None, **kw: Any) -> KeyRing:
    policy = Policy.from_dict(
        {"keys": {"secrets_manager": "vault", "vault": {"url": vault.url}, "providers": {"openai": {"active": spec}}}}
    )
    return KeyRing(policy.keys, environ={"VAULT_TOKEN": VAULT_TOKEN, **(environ or {})}, today=lambda: TODAY, **kw)


def test_vault_kv2_key_with_metadata(vault: FakeVault) -> None:
    vault.write("aiwarden/openai", {"api_key": KEY_V1, "environment": "development"})
    ring = vault_ring(vault, {"secret": "aiwarden/openai"})
    key = ring.key("openai")
    assert key.value == KEY_V1
    assert key.source == "vault aiwarden/openai"
    assert key.created == date(2025, 5, 1)  # the version's created_time
    assert key.environment == "development"


def test_vault_field_choice_and_created_in_the_secret(vault: FakeVault) -> None:
    vault.write("llm", {"openai": KEY_V1, "anthropic": KEY_V2, "created": "2025-01-15"})
    assert vault_ring(vault, {"secret": "llm", "field": "anthropic"}).get("openai") == KEY_V2
    assert vault_ring(vault, {"secret": "llm", "field": "openai"}).key("openai").created == date(2025, 1, 15)
    with pytest.raises(ConfigurationError, match=r"has fields \['anthropic', 'created', 'openai'\]; name the one"):
        vault_ring(vault, {"secret": "llm"})


def test_vault_secret_for_another_environment_is_refused(vault: FakeVault) -> None:
    vault.write("aiwarden/openai", {"api_key": KEY_V1, "environment": "production"})
    with pytest.raises(ConfigurationError, match="marked for environment 'production', but this is 'staging'"):
        vault_ring(vault, {"secret": "aiwarden/openai"}, {"AIWARDEN_ENV": "staging"})


def test_vault_rotation_is_picked_up_after_the_ttl(vault: FakeVault) -> None:
    vault.write("aiwarden/openai", {"api_key": KEY_V1})
    now = [0.0]
    ring = vault_ring(vault, {"secret": "aiwarden/openai"}, clock=lambda: now[0], background_refresh=False)
    vault.write("aiwarden/openai", {"api_key": KEY_V2}, created_time="2025-05-30T00:00:00Z")
    reads = vault.reads
    assert ring.get("openai") == KEY_V1  # cached
    assert vault.reads == reads
    now[0] = 301.0  # past the default cache_seconds
    assert ring.get("openai") == KEY_V2
    assert ring.key("openai").created == date(2025, 5, 30)
    assert set(ring.secret_values()) >= {KEY_V1, KEY_V2}


def test_vault_kv1_mount(vault: FakeVault) -> None:
    vault.kv1["openai"] = {"api_key": KEY_V1}
    policy = Policy.from_dict(
        {
            "keys": {
                "secrets_manager": "vault",
                "vault": {"url": vault.url, "mount": "kv", "kv_version": 1},
                "providers": {"openai": {"active": {"secret": "openai"}}},
            }
        }
    )
    assert KeyRing(policy.keys, environ={"VAULT_TOKEN": VAULT_TOKEN}).get("openai") == KEY_V1


def test_vault_errors_name_the_secret_not_a_value(vault: FakeVault) -> None:
    with pytest.raises(KeySourceError, match="cannot fetch secret 'missing'"):
        vault_ring(vault, {"secret": "missing"})
    vault.write("aiwarden/openai", {"api_key": KEY_V1})
    with pytest.raises(KeySourceError, match="Forbidden"):
        vault_ring(vault, {"secret": "aiwarden/openai"}, {"VAULT_TOKEN": "wrong-token-123"})
    with pytest.raises(ConfigurationError, match=r"set \$VAULT_TOKEN"):
        KeyRing(Policy.from_dict({"keys": {"secrets_manager": "vault", "vault": {"url": vault.url}}}).keys, environ={})


def test_env_wins_over_the_secrets_manager(vault: FakeVault) -> None:
    vault.write("aiwarden/openai", {"api_key": KEY_V1})
    ring = vault_ring(vault, {"env": "OPENAI_OVERRIDE", "secret": "aiwarden/openai"}, {"OPENAI_OVERRIDE": KEY_V2})
    assert ring.get("openai") == KEY_V2


# -- AWS Secrets Manager, through moto's HTTP server ------------------------------------------


@pytest.fixture(scope="module")
def aws_endpoint() -> Iterator[str]:
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=free_port(), verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def aws(aws_endpoint: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    for name, value in {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "eu-west-1",
    }.items():
        monkeypatch.setenv(name, value)
    return boto3.client("secretsmanager", region_name="eu-west-1", endpoint_url=aws_endpoint)


def aws_ring(endpoint: str, spec: dict[str, Any], **kw: Any) -> KeyRing:
    policy = Policy.from_dict(
        {
            "keys": {
                "secrets_manager": "aws",
                "aws": {"region": "eu-west-1", "endpoint_url": endpoint},
                "providers": {"openai": {"active": spec}},
            }
        }
    )
    return KeyRing(policy.keys, environ={}, today=lambda: TODAY, **kw)


def test_aws_plain_string_secret(aws: Any, aws_endpoint: str) -> None:
    aws.create_secret(Name="plain/openai", SecretString=KEY_V1)
    key = aws_ring(aws_endpoint, {"secret": "plain/openai"}).key("openai")
    assert key.value == KEY_V1 and key.source == "aws plain/openai"
    assert key.created is not None  # the version's CreatedDate


def test_aws_json_secret_with_metadata(aws: Any, aws_endpoint: str) -> None:
    doc = {"api_key": KEY_V1, "created": "2024-12-01", "environment": "development"}
    aws.create_secret(Name="json/openai", SecretString=json.dumps(doc))
    key = aws_ring(aws_endpoint, {"secret": "json/openai"}).key("openai")
    assert (key.value, key.created, key.environment) == (KEY_V1, date(2024, 12, 1), "development")


def test_aws_rotation_refreshes_without_restart(aws: Any, aws_endpoint: str) -> None:
    aws.create_secret(Name="rotating/openai", SecretString=KEY_V1)
    now = [0.0]
    ring = aws_ring(aws_endpoint, {"secret": "rotating/openai"}, clock=lambda: now[0])
    aws.put_secret_value(SecretId="rotating/openai", SecretString=KEY_V2)
    assert ring.get("openai") == KEY_V1
    now[0] = 1000.0
    ring.get("openai")  # starts the background refresh
    assert ring._refresher is not None
    ring._refresher.join(timeout=30)
    assert ring.get("openai") == KEY_V2


def test_aws_missing_secret(aws: Any, aws_endpoint: str) -> None:
    with pytest.raises(KeySourceError, match="cannot fetch secret 'nope/openai': ResourceNotFoundException"):
        aws_ring(aws_endpoint, {"secret": "nope/openai"})
