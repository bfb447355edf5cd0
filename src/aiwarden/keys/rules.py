# ruff: noqa: E501  (the table is data; one rule a line reads best)
"""The key formats aiwarden knows: one table for every place that looks for credentials.

The client-key check (``keys`` stage), the policy check, the log-masking filter, the output
secret filter (:mod:`aiwarden.scanners.secrets`), the audit redaction and ``aiwarden scan
--output`` all read :data:`RULES`. A :class:`Rule` is

* ``prefixes``: the literals a match starts with (``back = 0``) or contains after at most
  ``back`` characters of ``head``. They are the prefilter: text without any of them is never
  matched against a rule, so a key check over prose costs one Aho-Corasick pass;
* ``body``: what follows the prefix, a regex of bounded width without nested quantifiers, so a
  match is decided within ``width`` characters (linear time, bounded hold-back). A rule matches
  only enough of a key to be sure; ``rest`` is the remainder of the token (dropped too when the
  key is redacted);
* ``kind``: ``"key"`` for a service's API key or token with a distinctive prefix — refused when
  a client sends one, refused in a policy file, redacted from user messages, blocked in answers;
  ``"context"`` for a credential recognised by what surrounds it (an assignment to a
  ``*_SECRET`` name, ``user:password@`` in a URL, a PEM block, a JWT) — answers and logs only;
* ``secret``: for context rules, the group of ``body`` that is the secret itself (the name or
  the URL around it is kept when redacting).

Each rule names where its format is documented (provider docs, or the public rule sets of
gitleaks / trufflehog / detect-secrets, whose *formats* we follow with our own regexes).

>>> [r.name for r in RULES if "ghp_" in r.prefixes]
['github_token']
>>> rule_at("key: ghp_" + "a1B2" * 9, 5).name
'github_token'
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

import ahocorasick_rs

__all__ = ["RULES", "Rule", "find", "key_prefix", "rule_at", "rules_by_name", "trie_regex"]

_TOKEN = r"[A-Za-z0-9_\-]*"
_B64 = r"[A-Za-z0-9+/=]*"
_HEX = r"[A-Fa-f0-9]*"
_NONE = r""
# Left boundaries: a key does not start in the middle of a longer token.
_WORD = "A-Za-z0-9"
_TOK = "A-Za-z0-9_\\-"
# Random enough: a digit and a letter within the first n characters (generated keys mix them;
# words joined by hyphens or underscores do not).
_MIXED = "(?=[A-Za-z_\\-]{{0,{n}}}+[0-9])(?=[0-9_\\-]{{0,{n}}}+[A-Za-z])"


def _mixed(n: int) -> str:
    return _MIXED.format(n=n - 1)


def _cases(*words: str) -> tuple[str, ...]:
    """``word``, ``Word`` and ``WORD``: the literal spellings of a case-insensitive name."""
    return tuple(dict.fromkeys(v for w in words for v in (w, w.capitalize(), w.upper())))


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    prefixes: tuple[str, ...]
    body: str
    source: str
    kind: Literal["key", "context"] = "key"
    rest: str = _TOKEN
    #: characters that may not come right before the match (a class body; "" = none)
    left: str = _WORD
    #: for a literal inside the key: the pattern of what comes before it (at most ``back`` chars)
    head: str = ""
    back: int = 0
    compiled: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "compiled", re.compile(self.pattern()))

    def pattern(self, marker: str = "") -> str:
        """The rule as one regex (``marker``: an empty named group put right after the prefix)."""
        mark = f"(?P<{marker}>)" if marker else ""
        lits = "|".join(re.escape(p) for p in self.prefixes)
        lb = f"(?<![{self.left}])" if self.left else ""
        return f"{lb}{self.head}(?:{lits}){mark}{self.body}"


# fmt: off
RULES: tuple[Rule, ...] = (
    # --- LLM and AI providers -----------------------------------------------------------------
    Rule("anthropic_key", ("sk-ant-",), r"(?:api|admin|oat|sid)?[0-9]{0,2}-?[A-Za-z0-9_\-]{20}", "docs.anthropic.com (sk-ant-api03-, sk-ant-admin01-); gitleaks anthropic-api-key", left=_TOK),
    Rule("openrouter_key", ("sk-or-v1-",), r"[a-f0-9]{20}", "openrouter.ai/docs (sk-or-v1- + 64 hex)", left=_TOK),
    Rule("langfuse_key", ("sk-lf-",), r"[a-f0-9\-]{20}", "langfuse.com/docs (sk-lf-/pk-lf- + uuid)", left=_TOK),
    Rule("openai_key", ("sk-proj-", "sk-svcacct-", "sk-admin-", "sk-None-", "sk-"), _mixed(80) + r"[A-Za-z0-9_\-]{20}", "platform.openai.com (sk-proj-, sk-svcacct-, sk-admin-, legacy sk- + 48; also DeepSeek, Moonshot sk- keys); gitleaks openai-api-key", left=_TOK),
    Rule("google_api_key", ("AIza",), r"[0-9A-Za-z_\-]{35}", "cloud.google.com/docs/authentication/api-keys (Gemini, Maps, Firebase); gitleaks gcp-api-key", left=_TOK),
    Rule("groq_key", ("gsk_",), _mixed(20) + r"[A-Za-z0-9]{20}", "console.groq.com (gsk_ + 52); trufflehog groq"),
    Rule("xai_key", ("xai-",), _mixed(20) + r"[A-Za-z0-9]{20}", "docs.x.ai (xai- + 80); trufflehog xai"),
    Rule("replicate_token", ("r8_",), _mixed(20) + r"[A-Za-z0-9]{20}", "replicate.com/docs (r8_ + 37); trufflehog replicate"),
    Rule("perplexity_key", ("pplx-",), _mixed(20) + r"[A-Za-z0-9]{20}", "docs.perplexity.ai (pplx- + 48); trufflehog perplexity"),
    Rule("huggingface_token", ("hf_",), r"(?=[A-Za-z]{0,29}[A-Z])(?=[A-Za-z]{0,29}[a-z])[A-Za-z]{30}", "huggingface.co/docs/hub/security-tokens (hf_ + 34 letters); gitleaks huggingface-access-token"),
    Rule("huggingface_org_token", ("api_org_",), r"[A-Za-z]{30}", "gitleaks huggingface-organization-api-token (api_org_ + 34)"),
    Rule("together_key", ("tgp_v1_",), r"[A-Za-z0-9_\-]{20}", "docs.together.ai (tgp_v1_ keys)"),
    Rule("fireworks_key", ("fw_",), _mixed(20) + r"[A-Za-z0-9]{20}", "docs.fireworks.ai (fw_ + 24)"),
    Rule("cerebras_key", ("csk-",), _mixed(20) + r"[a-z0-9]{20}", "inference-docs.cerebras.ai (csk- + 48)"),
    Rule("nvidia_key", ("nvapi-",), r"[A-Za-z0-9_\-]{40}", "docs.api.nvidia.com (nvapi- + 64)"),
    Rule("elevenlabs_key", ("sk_",), r"[a-f0-9]{48}", "elevenlabs.io/docs (sk_ + 48 hex); trufflehog elevenlabs", left=_TOK),
    Rule("langsmith_key", ("lsv2_pt_", "lsv2_sk_"), r"[a-f0-9]{32}_[a-f0-9]{10}", "docs.smith.langchain.com (lsv2_pt_/lsv2_sk_); gitleaks langsmith"),
    Rule("pinecone_key", ("pcsk_",), r"[A-Za-z0-9_]{30}", "docs.pinecone.io (pcsk_ keys)"),
    # --- cloud ---------------------------------------------------------------------------------
    # (the key id and, right after it, its 40-character secret: "AKIA… wJalr…", as an answer lists a pair; the
    # secret mixes upper and lower case with a digit, + or /, so a git SHA or a word after an id is no secret)
    Rule("aws_access_key", ("AKIA", "ASIA", "ABIA", "ACCA"), r"[A-Z0-9]{16}(?![A-Za-z0-9])(?:(?:[ \t]{0,2}[,:;|][ \t]{0,2}|[ \t]{1,3}|[ \t]{0,2}\r?\n[ \t]{0,2})(?=[A-Za-z/+]{0,39}[0-9/+])(?=[^a-z]{0,39}[a-z])(?=[^A-Z]{0,39}[A-Z])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=]))?", "docs.aws.amazon.com IAM identifiers (AKIA/ASIA + 16) and the secret access key after one (40 base64); gitleaks aws-access-token", rest=_NONE),
    Rule("aws_secret_key", _cases("aws"), r"(?i:_?secret_?(?:access_?)?key)[\"']?[ \t]{0,3}[:=][ \t]{0,3}[\"']?(?P<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])", "docs.aws.amazon.com credentials file (aws_secret_access_key = 40 base64)", kind="context", rest=_NONE, left=""),
    Rule("aws_secret_json", ("SecretAccessKey",), r"[\"']?[ \t]{0,3}[:=][ \t]{0,3}[\"']?(?P<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])", "AWS STS/credential_process JSON (SecretAccessKey)", kind="context", rest=_NONE, left=""),
    Rule("azure_storage_key", ("AccountKey=",), r"(?P<secret>[A-Za-z0-9+/]{86}==)", "learn.microsoft.com storage connection strings (AccountKey= 88 base64)", kind="context", rest=_NONE, left=""),
    Rule("azure_shared_access_key", ("SharedAccessKey=",), r"(?P<secret>[A-Za-z0-9+/]{43}=)", "learn.microsoft.com Service Bus/Event Hubs connection strings (SharedAccessKey=)", kind="context", rest=_NONE, left=""),
    Rule("azure_sas_signature", ("sig=",), r"(?P<secret>(?=[A-Za-z0-9%+/]{0,39}[0-9%])[A-Za-z0-9%+/]{40})", "learn.microsoft.com shared access signatures (&sig= base64)", kind="context", rest=r"[A-Za-z0-9%+/=]*", left=_WORD + "_"),
    Rule("azure_client_secret", ("Q~",), r"[A-Za-z0-9_~.\-]{31}", "gitleaks azure-ad-client-secret (Entra ID: 3 chars, digit, Q~, 31-34)", head=r"[A-Za-z0-9_~.\-]{3}[0-9]", back=4, left=_TOK + "~."),
    Rule("signed_url_signature", ("X-Amz-Signature=", "X-Goog-Signature="), r"(?P<secret>[a-f0-9]{64})", "AWS SigV4 / GCS V4 presigned URLs", kind="context", rest=_HEX, left=""),
    Rule("gcp_service_account_key_id", ('private_key_id"',), r"[ \t]{0,3}:[ \t]{0,3}\"(?P<secret>[a-f0-9]{40})\"", "cloud.google.com service account JSON keys (private_key_id)", kind="context", rest=_NONE, head='"', back=1, left=""),
    Rule("google_oauth_token", ("ya29.",), r"[A-Za-z0-9_\-]{30}", "developers.google.com OAuth 2.0 access tokens (ya29.)", left=_TOK),
    Rule("google_oauth_secret", ("GOCSPX-",), r"[A-Za-z0-9_\-]{28}", "Google OAuth client secrets (GOCSPX- + 28); gitleaks gcp-client-secret"),
    Rule("google_refresh_token", ("1//0",), r"[A-Za-z0-9_\-]{40}", "Google OAuth refresh tokens (1//0...)", left=_TOK + "/"),
    Rule("digitalocean_token", ("doo_v1_", "dop_v1_", "dor_v1_"), r"[a-f0-9]{64}", "docs.digitalocean.com (dop_v1_ + 64 hex); gitleaks digitalocean-pat"),
    Rule("alibaba_access_key", ("LTAI",), _mixed(20) + r"[A-Za-z0-9]{20}(?![A-Za-z0-9])", "alibabacloud.com AccessKey ID (LTAI + 20); gitleaks alibaba-access-key-id"),
    Rule("ibm_cloud_key", _cases("ibm"), r"(?i:[_\-]?cloud)?(?i:[_\-]?api[_\-]?key)[\"']?[ \t]{0,3}[:=][ \t]{0,3}[\"']?(?P<secret>[A-Za-z0-9_\-]{44})(?![A-Za-z0-9_\-])", "cloud.ibm.com API keys (44 chars); detect-secrets ibm_cloud_iam", kind="context", rest=_NONE, left=""),
    Rule("heroku_key", ("HRKU-",), r"[A-Za-z0-9_\-]{40}", "devcenter.heroku.com (HRKU- tokens); gitleaks heroku-api-key-v2"),
    Rule("cloudflare_origin_ca_key", ("v1.0-",), r"[a-f0-9]{24}-[a-f0-9]{40}", "gitleaks cloudflare-origin-ca-key (v1.0-24hex-146hex)"),
    Rule("databricks_token", ("dapi",), r"[a-f0-9]{32}(?:-[0-9])?(?![A-Za-z0-9])", "docs.databricks.com personal access tokens (dapi + 32 hex)"),
    Rule("terraform_token", (".atlasv1.",), r"[A-Za-z0-9_=\-]{40}", "developer.hashicorp.com Terraform Cloud API tokens (14.atlasv1.60+)", head=r"[A-Za-z0-9]{14}", back=14),
    Rule("vault_token", ("hvs.", "hvb."), r"[A-Za-z0-9_\-]{24}", "developer.hashicorp.com/vault tokens (hvs./hvb.)"),
    Rule("doppler_token", ("dp.pt.", "dp.st.", "dp.sa.", "dp.ct.", "dp.scim."), r"(?:[a-z0-9]{1,10}\.)?[A-Za-z0-9]{40}", "docs.doppler.com token formats; gitleaks doppler-api-token"),
    Rule("pulumi_token", ("pul-",), r"[a-f0-9]{40}", "pulumi.com access tokens (pul- + 40 hex); gitleaks pulumi-api-token"),
    Rule("flyio_token", ("fo1_", "fm1r_", "fm2_"), r"[A-Za-z0-9_\-+/=]{40}", "fly.io tokens (fo1_, fm2_); gitleaks flyio-access-token", rest=r"[A-Za-z0-9_\-+/=]*"),
    Rule("planetscale_token", ("pscale_tkn_", "pscale_pw_", "pscale_oauth_"), r"[A-Za-z0-9_\-.=]{32}", "planetscale.com (pscale_tkn_/pscale_pw_); gitleaks planetscale"),
    Rule("supabase_token", ("sbp_",), r"[A-Za-z0-9_\-]{30}", "supabase.com/docs (sbp_ + 40 hex)"),
    Rule("supabase_secret_key", ("secret_",), r"[A-Za-z0-9_\-]{20}", "supabase.com/docs API keys (sb_secret_)", head="sb_", back=3),
    Rule("age_secret_key", ("SECRET-KEY-1",), r"[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}", "age-encryption.org (AGE-SECRET-KEY-1 bech32); gitleaks age-secret-key", rest=_NONE, head="AGE-", back=4),
    Rule("onepassword_token", ("ops_eyJ",), r"[A-Za-z0-9_\-+/=]{40}", "developer.1password.com service account tokens (ops_)", rest=r"[A-Za-z0-9_\-+/=]*"),
    Rule("onepassword_secret_key", ("A3-",), r"[A-Z0-9]{6}-[A-Z0-9]{6}-?[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}", "support.1password.com Secret Key (A3-XXXXXX-...); gitleaks 1password-secret-key", rest=_NONE),
    Rule("aws_bedrock_key", ("ABSK",), r"QmVkcm9ja0FQSUtleS[A-Za-z0-9+/=_\-]{20}", "docs.aws.amazon.com Bedrock long-term API keys (ABSK + base64 of BedrockAPIKey-); gitleaks aws-amazon-bedrock-api-key-long-lived", rest=r"[A-Za-z0-9+/=_\-]*"),
    Rule("aws_bedrock_short_key", ("api-key-",), r"[A-Za-z0-9+/=_\-]{20}", "docs.aws.amazon.com Bedrock short-term API keys (bedrock-api-key-); gitleaks aws-amazon-bedrock-api-key-short-lived", rest=r"[A-Za-z0-9+/=_\-]*", head="bedrock-", back=8),
    Rule("openshift_token", ("sha256~",), r"[A-Za-z0-9_\-]{43}", "docs.openshift.com user tokens (sha256~ + 43); gitleaks openshift-user-token"),
    Rule("octopus_key", ("API-",), r"(?=[A-Z0-9]{0,25}[0-9])[A-Z0-9]{26}(?![A-Za-z0-9])", "octopus.com API keys (API- + 26); gitleaks octopus-deploy-api-key"),
    Rule("intra42_secret", ("s-s4t2ud-", "s-s4t2af-"), r"[a-f0-9]{64}", "api.intra.42.fr client secrets; gitleaks intra42-client-secret"),
    Rule("adobe_client_secret", ("p8e-",), _mixed(32) + r"[A-Za-z0-9]{32}", "developer.adobe.com client secrets (p8e- + 32); gitleaks adobe-client-secret"),
    Rule("artifactory_reference_token", ("cmVmdGtu",), r"[A-Za-z0-9]{40}", "jfrog.com reference tokens (base64 of reftkn:); gitleaks artifactory-reference-token"),
    Rule("clickhouse_cloud_key", ("4b1d",), _mixed(38) + r"[A-Za-z0-9]{38}(?![A-Za-z0-9])", "clickhouse.com Cloud API secrets (4b1d + 38); gitleaks clickhouse-cloud-api-secret-key"),
    Rule("maxmind_key", ("_mmk",), r"(?![A-Za-z0-9_])", "maxmind.com license keys (6_29_mmk); gitleaks maxmind-license-key", head=r"[A-Za-z0-9]{6}_[A-Za-z0-9]{29}", back=36, rest=_NONE),
    Rule("sidekiq_secret", ("CONTRIBSYS__COM",), r"[\"']?[ \t]{0,3}[:=][ \t]{0,3}[\"']?[a-f0-9]{8}:(?P<secret>[a-f0-9]{8})", "sidekiq.org Pro/Enterprise gem credentials (BUNDLE_*__CONTRIBSYS__COM=user:pass); gitleaks sidekiq-secret", kind="context", rest=_NONE, left=""),
    Rule("nuget_config_password", ('Password"',), r"[ \t]{1,3}value=\"(?P<secret>[^\"\s]{6,64})\"", "learn.microsoft.com nuget.config packageSourceCredentials (ClearTextPassword); gitleaks nuget-config-password", kind="context", rest=_NONE, head='(?:ClearText|key=")', back=9, left=""),
    Rule("jfrog_key", ("AKCp",), r"[A-Za-z0-9]{60}", "jfrog.com API keys (AKCp + 69); trufflehog artifactory"),
    Rule("dynatrace_token", ("dt0c01.", "dt0s01."), r"[A-Z0-9]{24}\.[A-Z0-9]{30}", "docs.dynatrace.com access tokens (dt0c01.24.64); gitleaks dynatrace-api-token"),
    # --- source hosting, packages, CI ----------------------------------------------------------
    Rule("github_token", ("ghp_", "gho_", "ghu_", "ghs_", "ghr_"), r"[A-Za-z0-9]{36}", "docs.github.com token formats (ghp_/gho_/ghu_/ghs_/ghr_ + 36); gitleaks github-pat", left=_WORD + "_"),
    Rule("github_fine_grained_token", ("github_pat_",), r"[A-Za-z0-9_]{22}", "docs.github.com fine-grained PATs (github_pat_ + 82)", left=_WORD + "_"),
    Rule("gitlab_token", ("glpat-", "gldt-", "glptt-", "glrt-", "glsoat-", "glft-", "glimt-", "glcbt-", "gloas-", "glagent-", "glffct-", "GR1348941"), r"[A-Za-z0-9_\-]{20}", "docs.gitlab.com/security/tokens (glpat-, gldt-, glrt-, GR1348941...)", left=_WORD + "_"),
    Rule("bitbucket_app_password", ("ATBB",), r"[A-Za-z0-9_=.\-]{28}", "bitbucket.org app passwords (ATBB + 32)"),
    Rule("atlassian_token", ("ATATT3", "ATCTT3"), r"[A-Za-z0-9_=\-]{40}", "atlassian.com API tokens (ATATT3...); gitleaks atlassian-api-token", rest=r"[A-Za-z0-9_\-=]*"),
    Rule("npm_token", ("npm_",), _mixed(36) + r"[A-Za-z0-9]{36}", "docs.npmjs.com access tokens (npm_ + 36); gitleaks npm-access-token", left=_WORD + "_"),
    Rule("pypi_token", ("pypi-AgEIcHlwaS5vcmc", "pypi-AgENdGVzdC5weXBpLm9yZw"), r"[A-Za-z0-9_\-]{40}", "pypi.org/help API tokens (pypi-AgEIcHlwaS5vcmc...); gitleaks pypi-upload-token"),
    Rule("rubygems_key", ("rubygems_",), r"[a-f0-9]{48}", "guides.rubygems.org API keys (rubygems_ + 48 hex); gitleaks rubygems-api-token"),
    Rule("nuget_key", ("oy2",), r"[a-z0-9]{43}(?![A-Za-z0-9])", "NuGet API keys (oy2 + 43); gitleaks nuget"),
    Rule("docker_hub_token", ("dckr_pat_", "dckr_oat_"), r"[A-Za-z0-9_\-]{27}", "docs.docker.com access tokens (dckr_pat_); gitleaks"),
    Rule("crates_io_token", ("cio",), r"[a-zA-Z0-9]{32}(?![A-Za-z0-9])", "crates.io API tokens (cio + 32); gitleaks crates-io"),
    Rule("clojars_token", ("CLOJARS_",), r"[a-z0-9]{60}", "clojars.org deploy tokens; gitleaks clojars-api-token"),
    Rule("prefect_key", ("pnu_",), r"[a-zA-Z0-9]{36}", "docs.prefect.io API keys (pnu_); gitleaks prefect-api-token"),
    Rule("readme_key", ("rdme_",), r"[a-z0-9]{40}", "readme.com API keys (rdme_); gitleaks readme-api-token"),
    Rule("postman_key", ("PMAK-",), r"[a-f0-9]{24}-[a-f0-9]{34}", "learning.postman.com API keys (PMAK-); gitleaks postman-api-token"),
    Rule("linear_key", ("lin_api_", "lin_oauth_"), r"[a-zA-Z0-9]{40}", "developers.linear.app (lin_api_ + 40); gitleaks linear-api-key"),
    Rule("notion_token", ("ntn_", "secret_"), _mixed(40) + r"[A-Za-z0-9]{40}", "developers.notion.com integration tokens (ntn_, secret_ + 43)"),
    Rule("figma_token", ("figd_", "figu_"), r"[A-Za-z0-9_\-]{40}", "figma.com/developers personal access tokens (figd_)"),
    Rule("hubspot_token", ("pat-na1-", "pat-eu1-"), r"[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}", "developers.hubspot.com private app tokens (pat-na1-uuid)"),
    Rule("mapbox_secret_token", ("sk.eyJ",), r"[A-Za-z0-9_\-]{40}", "docs.mapbox.com secret tokens (sk.eyJ...)", rest=r"[A-Za-z0-9_\-.]*"),
    Rule("typeform_token", ("tfp_",), r"[A-Za-z0-9_\-.=]{40}", "typeform.com personal tokens (tfp_); gitleaks typeform-api-token"),
    Rule("infracost_key", ("ico-",), r"[a-zA-Z0-9]{32}", "infracost.io API keys (ico- + 32); gitleaks infracost-api-token"),
    Rule("easypost_key", ("EZAK", "EZTK"), r"[a-zA-Z0-9]{54}", "easypost.com API keys (EZAK + 54); gitleaks easypost-api-token"),
    Rule("harness_token", ("pat.", "sat."), r"[A-Za-z0-9_\-]{22}\.[0-9a-f]{24}\.[A-Za-z0-9]{20}", "developer.harness.io tokens (pat.<acct>.<id>.<secret>); gitleaks harness-api-key"),
    # (session 9: widely used CI, code-quality, hosting and CMS keys that gitleaks' rule examples showed missing)
    Rule("circleci_token", ("CCIPAT_", "CCIPRJ_"), r"[A-Za-z0-9]{22}_[a-f0-9]{20}", "circleci.com/docs managing API tokens (CCIPAT_ personal, CCIPRJ_ project: 22 + _ + 40 hex); trufflehog circleci", left=_TOK),
    Rule("buildkite_token", ("bkua_",), _mixed(40) + r"[A-Za-z0-9]{40}", "buildkite.com/docs/apis/managing-api-tokens (bkua_ + 40)"),
    Rule("sonarqube_token", ("squ_", "sqp_", "sqa_"), r"[a-f0-9]{40}", "docs.sonarsource.com user/project/global analysis tokens (squ_, sqp_, sqa_ + 40 hex)"),
    Rule("sourcegraph_token", ("sgp_",), r"(?:local_|[a-fA-F0-9]{16}_)?[a-fA-F0-9]{40}", "sourcegraph.com/docs access tokens (sgp_ [+ instance id _] + 40 hex); gitleaks sourcegraph-access-token"),
    Rule("netlify_token", ("nfp_",), _mixed(36) + r"[A-Za-z0-9]{36}", "docs.netlify.com personal access tokens (nfp_ + 36)"),
    Rule("contentful_token", ("CFPAT-",), r"[A-Za-z0-9_\-]{40}", "contentful.com/developers/docs personal access tokens (CFPAT- + 43)"),
    Rule("tailscale_key", ("tskey-",), r"(?:api|auth|client|scim|webhook)-[A-Za-z0-9]{6,24}-[A-Za-z0-9]{16}", "tailscale.com/kb/1277/key-prefixes (tskey-api-, -auth-, -client-, -scim-, -webhook- + id + secret)"),
    # --- payments and commerce ------------------------------------------------------------------
    Rule("stripe_key", ("sk_live_", "sk_test_", "sk_prod_", "rk_live_", "rk_test_", "rk_prod_"), r"[0-9A-Za-z]{16}", "docs.stripe.com/keys (sk_live_/rk_live_; Clerk uses sk_live_ too); gitleaks stripe-access-token"),
    Rule("stripe_webhook_secret", ("whsec_",), r"[0-9A-Za-z]{24}", "docs.stripe.com/webhooks (whsec_)"),
    Rule("square_token", ("sq0atp-", "sq0csp-", "EAAA"), r"[0-9A-Za-z_\-]{22}", "developer.squareup.com (sq0atp-, sq0csp-, EAAA access tokens); gitleaks square-access-token"),
    Rule("braintree_token", ("token$production$", "token$sandbox$"), r"[0-9a-z]{16}\$[0-9a-f]{32}", "PayPal/Braintree access tokens (access_token$production$); gitleaks", head="access_", back=7, left=""),
    Rule("shopify_token", ("shpat_", "shpss_", "shpca_", "shppa_"), r"[a-fA-F0-9]{32}", "shopify.dev access tokens (shpat_/shpss_/shpca_/shppa_ + 32 hex); gitleaks shopify"),
    Rule("plaid_token", ("access-sandbox-", "access-development-", "access-production-"), r"[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}", "plaid.com/docs access tokens; gitleaks plaid-api-token"),
    Rule("flutterwave_key", ("FLWSECK-", "FLWSECK_TEST-"), r"[a-f0-9]{32}-X", "developer.flutterwave.com secret keys (FLWSECK-); gitleaks flutterwave"),
    Rule("shippo_token", ("shippo_live_", "shippo_test_"), r"[a-f0-9]{40}", "goshippo.com API tokens; gitleaks shippo-api-token"),
    # --- messaging and e-mail -------------------------------------------------------------------
    Rule("slack_token", ("xoxb-", "xoxp-", "xoxa-", "xoxo-", "xoxs-", "xoxr-", "xoxe-", "xoxe.xoxp-", "xapp-"), r"[0-9A-Za-z\-]{10}", "api.slack.com/authentication/token-types (xoxb-, xoxp-, xapp-); gitleaks slack"),
    Rule("slack_webhook", ("hooks.slack.com/services/", "hooks.slack.com/workflows/", "hooks.slack.com/triggers/"), r"T[A-Z0-9]{8,12}/[A-Z0-9]{8,12}/(?:[0-9]{10,20}/)?[A-Za-z0-9]{24}", "api.slack.com/messaging/webhooks", rest=_TOKEN, left="", kind="context"),
    Rule("discord_webhook", ("discord.com/api/webhooks/", "discordapp.com/api/webhooks/"), r"[0-9]{17,20}/[A-Za-z0-9_\-]{30}", "discord.com/developers/docs webhooks (/api/webhooks/<id>/<68-char token>)", left=_WORD + ".", kind="context"),
    Rule("teams_webhook", ("webhook.office.com/webhookb2/",), r"[a-f0-9\-]{36}@[a-f0-9\-]{8}", "learn.microsoft.com Teams incoming webhooks (webhookb2/<uuid>@<uuid>/IncomingWebhook/<32 hex>/<uuid>)", rest=r"[A-Za-z0-9@/\-]*", left="", kind="context"),
    Rule("telegram_bot_token", (":AA",), r"[A-Za-z0-9_\-]{33}(?![A-Za-z0-9_\-])", "core.telegram.org/bots/api (id:AA + 33); gitleaks telegram-bot-api-token", head=r"[0-9]{8,10}", back=10),
    Rule("twilio_api_key", ("SK",), r"[0-9a-f]{32}(?![A-Za-z0-9])", "twilio.com/docs/iam/api-keys (SK + 32 hex); gitleaks twilio-api-key"),
    Rule("sendgrid_key", ("SG.",), r"[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{20}", "docs.sendgrid.com API keys (SG.22.43); gitleaks sendgrid-api-token"),
    Rule("mailgun_key", ("key-",), r"[0-9a-f]{32}(?![A-Za-z0-9])", "documentation.mailgun.com API keys (key- + 32 hex); gitleaks mailgun-private-api-token"),
    Rule("mailchimp_key", ("-us",), r"[0-9]{1,2}(?![A-Za-z0-9])", "mailchimp.com/developer API keys (32 hex-usNN); gitleaks mailchimp-api-key", head=r"[0-9a-f]{32}", back=32, rest=_NONE),
    Rule("mandrill_key", ("md-",), _mixed(22) + r"[A-Za-z0-9_\-]{22}(?![A-Za-z0-9_\-])", "mailchimp.com/developer/transactional (md- + 22); gitleaks mailchimp"),
    Rule("brevo_key", ("xkeysib-", "xsmtpsib-"), r"[a-f0-9]{64}-[A-Za-z0-9]{16}", "developers.brevo.com (xkeysib- + 64 hex - 16); gitleaks sendinblue-api-token"),
    Rule("resend_key", ("re_",), r"[A-Za-z0-9]{8}_[A-Za-z0-9]{24}", "resend.com/docs API keys (re_8_24)"),
    # --- observability ---------------------------------------------------------------------------
    Rule("grafana_cloud_token", ("glc_",), r"[A-Za-z0-9+/]{32}", "grafana.com/docs Cloud access policy tokens (glc_ + base64); gitleaks grafana-cloud-api-token", rest=_B64),
    Rule("grafana_service_account_token", ("glsa_",), r"[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}", "grafana.com/docs service account tokens (glsa_32_8); gitleaks grafana-service-account-token"),
    Rule("grafana_api_key", ("eyJrIjoi",), r"[A-Za-z0-9+/]{30}", "Grafana legacy API keys (base64 of {\"k\":...}); gitleaks grafana-api-key", rest=_B64),
    Rule("new_relic_key", ("NRAK-", "NRJS-", "NRII-", "NRAA-", "NRBR-"), r"[A-Za-z0-9_\-]{19}", "docs.newrelic.com API keys (NRAK- + 27, NRJS-, NRII-); gitleaks new-relic"),
    Rule("sentry_token", ("sntrys_eyJ", "sntryu_"), r"[A-Za-z0-9_+/=]{40}", "docs.sentry.io auth tokens (sntrys_, sntryu_ + 64 hex); gitleaks sentry-org-token", rest=r"[A-Za-z0-9_\-+/=]*"),
    Rule("honeycomb_key", ("hcaik_", "hcxik_", "hcxlk_", "hcamk_", "hcxmk_"), r"[a-z0-9]{30}", "docs.honeycomb.io API keys (hcaik_, hcxik_...)"),
    Rule("datadog_key", _cases("dd_", "datadog"), r"(?i:[_\-]?(?:api|app|application|client)[_\-]?key)[\"']?[ \t]{0,3}[:=][ \t]{0,3}[\"']?(?P<secret>[a-f0-9]{32}|[a-f0-9]{40})(?![A-Za-z0-9])", "docs.datadoghq.com API (32 hex) and application (40 hex) keys next to their name", kind="context", rest=_NONE, left="A-Za-z"),
    # --- identity ------------------------------------------------------------------------------
    Rule("okta_token", ("SSWS 00",), r"[A-Za-z0-9_\-]{40}", "developer.okta.com API tokens (Authorization: SSWS 00 + 40)", left=""),
    Rule("okta_key", _cases("okta"), r"(?i:[_\-]?(?:api[_\-]?)?(?:token|key|secret))[\"']?[ \t]{0,3}[:=][ \t]{0,3}[\"']?(?P<secret>00[A-Za-z0-9_\-]{40})", "developer.okta.com API tokens (00 + 40) next to their name; trufflehog okta", kind="context", rest=_NONE, left="A-Za-z"),
    Rule("auth0_secret", _cases("auth0"), r"(?i:[_\-]?(?:client)?[_\-]?(?:secret|token|key))[\"']?[ \t]{0,3}[:=][ \t]{0,3}[\"']?(?P<secret>[A-Za-z0-9_\-]{32})", "auth0.com/docs client secrets (64 chars) and tokens next to their name; trufflehog auth0", kind="context", rest=_TOKEN, left="A-Za-z"),
    Rule("facebook_token", ("EAA",), r"(?=[A-Za-z0-9]{0,39}[0-9])(?=[A-Za-z0-9]{0,39}[a-z])(?=[A-Za-z0-9]{0,39}[A-Z])[A-Za-z0-9]{40}", "developers.facebook.com access tokens (EAA...); gitleaks facebook-access-token"),
    Rule("facebook_secret", _cases("facebook", "fb_"), r"(?i:[_\-]?app)?(?i:[_\-]?secret)[\"']?[ \t]{0,3}[:=][ \t]{0,3}[\"']?(?P<secret>[a-f0-9]{32})(?![A-Za-z0-9])", "developers.facebook.com app secrets (32 hex) next to their name; gitleaks facebook-secret", kind="context", rest=_NONE, left="A-Za-z"),
    Rule("jwt", ("eyJ",), r"(?:[A-Za-z0-9_\-]{10,80}\.eyJ[A-Za-z0-9_\-]{10}|[A-Za-z0-9_\-]{80})", "RFC 7519 (base64url header.payload.signature, header {\"...; a header over 80 characters alone)", kind="context", rest=r"[A-Za-z0-9_.\-]*", left=_TOK),
    # --- keys and credentials by their surroundings ----------------------------------------------
    Rule("private_key", ("-----BEGIN ",), r"(?:[A-Z0-9]{1,12} )?(?:[A-Z0-9]{1,12} )?(?:[A-Z0-9]{1,12} )?PRIVATE KEY(?: BLOCK)?-----(?:\r?\n|(?:\\r)?\\n){1,2}[ \t]{0,4}[A-Za-z0-9+/=]{16}", "RFC 7468 PEM, OpenSSH, PGP private key blocks (the header and the start of the key: a header named in prose is not a key)", kind="context", rest=r"[A-Za-z0-9+/=\r\n\\]*", left=""),
    Rule("putty_private_key", ("PuTTY-User-Key-File-",), r"[0-9]: ", "PuTTY .ppk private key files", kind="context", rest=r"[^\n]*", left=""),
    Rule("url_credentials", ("://",), r"[^\s:/?#@\[\]\"'<>]{0,32}:(?!(?i:pass(?:word|wd)?|pwd|secret|changeme|example|test|x+|your_?password|my_?password|\*+)@)(?P<secret>[^\s:/?#@\[\]\"'<>$*%{]{1}[^\s:/?#@\[\]\"'<>]{0,63})@(?=[A-Za-z0-9\[])", "RFC 3986 userinfo (https://user:password@host, DSNs of databases)", kind="context", rest=_NONE, head=r"[A-Za-z][A-Za-z0-9+.\-]{0,15}", back=16, left=""),
    Rule("curl_user_password", ("-u ", "--user ", "--user="), r"[ \t]{0,3}[\"']?[^\s:\"']{1,32}:(?!(?i:pass(?:word|wd)?|pwd|secret|changeme|x+|\*+)[\"'\s])(?P<secret>[^\s\"'$]{6,48})", "curl --user user:password (HTTP basic credentials on a command line); gitleaks curl-auth-user", kind="context", rest=_NONE, left="A-Za-z0-9_\\-"),
    Rule("authorization_header", ("Bearer ", "bearer ", "BEARER ", "Basic ", "basic ", "BASIC ", "Token ", "token "), r"(?P<secret>(?=[A-Za-z0-9._~+/=\-]{0,19}[0-9])(?=[A-Za-z0-9._~+/=\-]{0,19}[A-Za-z])[A-Za-z0-9._~+/=\-]{20})", "RFC 6750/7617 Authorization credentials", kind="context", rest=r"[A-Za-z0-9._~+/=\-]*", left=""),
    Rule("assigned_secret", (*_cases("password", "passwd", "secret", "token", "apikey", "api_key", "api-key", "access_key", "auth_key", "private_key", "_key", "credential", "login"), "apiKey", "accessKey", "secretKey", "privateKey"), r"(?=[_\-.A-Za-z0-9\"' \t]{0,17}+[:=?])(?<![Pp]ublic_key)(?<![Pp]ublic_token)(?<!PUBLIC_KEY)(?<!publicKey)(?<!publicToken)(?![_\-.]?(?=(?i:[infpulstchermav]))(?i:ids?|names?|files?|paths?|urls?|uris?|length|len|size|types?|count|fields?|headers?|prefix|endpoint|ref|audience|signatures?|source|chars|format|mode|policy|provider|expir\w*|version)\b)(?:[_\-.]?[A-Za-z0-9]{1,12})?+(?<![Ii]d)(?<!ID)(?<![Ii]ds)[\"']?[ \t]{0,3}(?::{1,3}=|\?=|=>|=|:)[ \t]{0,3}[\"'`]?(?P<secret>(?=[A-Za-z0-9_\-+/=~!@#$%^&*]{20})(?=[A-Za-z_\-+/=~!@#$%^&*]{0,19}+[0-9])(?=[0-9_\-+/=~!@#$%^&*]{0,19}+[A-Za-z])(?![A-Za-z0-9_\-+/=~!@#$%^&*]{0,20}(?:xxxxxx|XXXXXX|000000|111111|\*\*\*\*|(?i:your|example|placeholder|changeme|dummy)))[A-Za-z0-9_\-+/=~!@#$%^&*]{20})(?![.])", "gitleaks generic-api-key, detect-secrets keyword detector (a credential-named variable set to a random string)", kind="context", rest=r"[A-Za-z0-9_\-+/=~!@#$%^&*]*", left=""),
)
# fmt: on


def rules_by_name() -> dict[str, Rule]:
    return {r.name: r for r in RULES}


class _Index:
    """The prefilter over a set of rules: one Aho-Corasick automaton over all their prefixes."""

    __slots__ = ("ac", "by_literal", "lits", "shortest")

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        #: no rule matches fewer characters: a shorter text (a field name, a model) holds none
        self.shortest = min(re._parser.parse(r.compiled.pattern, r.compiled.flags).getwidth()[0] for r in rules)  # type: ignore[attr-defined]
        self.by_literal: dict[str, list[Rule]] = {}
        for rule in rules:
            for p in rule.prefixes:
                self.by_literal.setdefault(p, []).append(rule)
        self.lits = list(self.by_literal)
        # the DFA: ~3x faster a scan than the default NFA on prose, for a few hundred KB of memory.
        # Over the text's UTF-8 bytes: the str automaton pays ~25% more a scan (its per-call
        # conversion of every byte offset), and a text's few hits are mapped back to characters here
        self.ac = ahocorasick_rs.BytesAhoCorasick(
            [lit.encode("utf-8") for lit in self.lits], implementation=ahocorasick_rs.Implementation.DFA
        )


_ALL = _Index(RULES)
_KEYS = _Index(tuple(r for r in RULES if r.kind == "key"))
_ORDER = {r.name: i for i, r in enumerate(RULES)}


def find(text: str, kinds: tuple[str, ...] = ("key", "context")) -> Iterator[tuple[Rule, re.Match[str]]]:
    """Every credential in ``text``, left to right, without overlaps: the rule and its match
    (the match covers what the rule reads; ``token_end`` adds the rest of the token).

    Only positions where a prefix occurs are tried (one Aho-Corasick pass), so prose costs one
    scan; each try reads at most the rule's bounded width.
    """
    index = _KEYS if kinds == ("key",) else _ALL
    if len(text) < index.shortest:
        return
    candidates: list[tuple[int, int, Rule]] = []
    for i, start in _hits(index, text):
        for rule in index.by_literal[index.lits[i]]:
            if rule.kind in kinds:
                candidates.append((start - rule.back, _ORDER[rule.name], rule))
    if not candidates:
        return
    candidates.sort(key=lambda c: (c[0], c[1]))
    done = 0
    for lo, _, rule in candidates:
        if lo + rule.back < done:
            continue
        if rule.back:
            m = rule.compiled.search(text, max(done, lo), lo + rule.back + 64 + len(max(rule.prefixes, key=len)))
            if m is None or m.start() > lo + rule.back:
                continue
        else:
            m = rule.compiled.match(text, lo)
            if m is None:
                continue
        yield rule, m
        done = token_end(rule, text, m)


def _hits(index: _Index, text: str) -> list[tuple[int, int]]:
    """Where the index's literals occur in ``text`` (overlapping): (literal number, character offset)."""
    raw = text.encode("utf-8", "surrogatepass")
    hits = index.ac.find_matches_as_indexes(raw, overlapping=True)
    if len(raw) == len(text):  # ASCII: byte offsets are character offsets
        return [(i, start) for i, start, _ in hits]
    # a text's few hits, each mapped back to its character (no table of every offset)
    return [(i, len(raw[:start].decode("utf-8", "surrogatepass"))) for i, start, _ in hits]


def rule_at(text: str, pos: int, rules: tuple[Rule, ...] = RULES) -> Rule | None:
    """The first rule of the table that matches at ``pos`` of ``text`` (None: none)."""
    for rule in rules:
        if rule.compiled.match(text, pos):
            return rule
    return None


_RESTS: dict[str, re.Pattern[str]] = {}


def token_end(rule: Rule, text: str, m: re.Match[str]) -> int:
    """Where the credential matched by ``m`` ends: the match and the rest of its token."""
    rest = _RESTS.get(rule.rest)
    if rest is None:
        rest = _RESTS[rule.rest] = re.compile(rule.rest)
    return rest.match(text, m.end()).end()  # type: ignore[union-attr]


def secret_span(rule: Rule, text: str, m: re.Match[str]) -> tuple[int, int]:
    """The part of a match that is the secret (a context rule keeps its name or URL around it)."""
    if "secret" in rule.compiled.groupindex:
        return m.start("secret"), token_end(rule, text, m) if rule.rest else m.end("secret")
    return m.start(), token_end(rule, text, m)


def key_prefix(value: str) -> str:
    """The known prefix ``value`` starts with (the longest), or ""."""
    best = ""
    for i, start, _ in _KEYS.ac.find_matches_as_indexes(value[:40].encode("utf-8", "surrogatepass"), overlapping=True):
        if start == 0 and len(_KEYS.lits[i]) > len(best):
            best = _KEYS.lits[i]
    return best


def trie_regex(literals: list[str]) -> str:
    """One regex for many literals, factored by common prefixes (``s(?:k(?:-(?:proj-)?)?)``): a
    search tries one character per position instead of every literal. At a position it matches
    the longest literal, as the plain alternation does when longer literals come first."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for lit in literals:
        node = trie
        for ch in lit:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:  # type: ignore[type-arg]
        end = "" in node
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            return f"(?:{body})?"
        return body

    return build(trie)
