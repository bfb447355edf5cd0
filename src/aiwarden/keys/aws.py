"""AWS Secrets Manager as a key source (extra ``aiwarden[aws]``, which installs ``boto3``).

In the policy (credentials come from boto3's usual chain: environment, profile, instance role)::

    [keys]
    secrets_manager = "aws"
    aws = { region = "eu-west-1" }

    [keys.providers.openai.active]
    secret = "prod/aiwarden/openai"    # a plain string, or JSON {"api_key": "...", "created": "..."}
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from .settings import AwsSecretsSettings
from .sources import SecretValue, parse_secret_string

__all__ = ["AwsSecrets"]


class AwsSecrets:
    """Reads secrets with ``secretsmanager:GetSecretValue`` (the ``AWSCURRENT`` stage).

    >>> AwsSecrets(region="eu-west-1")   # doctest: +SKIP
    """

    name = "aws"

    def __init__(self, *, region: str | None = None, endpoint_url: str | None = None, client: Any = None) -> None:
        if client is None:
            try:
                import boto3
            except ModuleNotFoundError as exc:
                raise ModuleNotFoundError(
                    "the AWS Secrets Manager key source needs boto3: pip install 'aiwarden[aws]'", name="boto3"
                ) from exc
            client = boto3.client("secretsmanager", region_name=region, endpoint_url=endpoint_url)
        self.client = client

    @classmethod
    def from_settings(cls, settings: AwsSecretsSettings) -> AwsSecrets:
        return cls(region=settings.region, endpoint_url=settings.endpoint_url)

    def fetch(self, name: str) -> SecretValue:
        answer = self.client.get_secret_value(SecretId=name)
        text = answer.get("SecretString")
        if text is None:
            raise ValueError(f"secret {name!r} is binary; store the key as a string (or JSON) secret")
        parsed = parse_secret_string(text)
        created = answer.get("CreatedDate")
        return SecretValue(
            value=parsed.value,
            fields=parsed.fields,
            created=created.date() if isinstance(created, datetime) else created if isinstance(created, date) else None,
            version=answer.get("VersionId"),
        )

    def __repr__(self) -> str:
        return f"AwsSecrets(region={getattr(self.client.meta, 'region_name', None)!r})"
