# ruff: noqa: E501  (generated examples are data; one format a line reads best)
# fmt: off
"""Realistic examples of every key format of the rule table, generated (never real keys).

Each format is written as its provider documents it (prefix, length, alphabet), with random
bodies from a seeded generator, and set in the kind of text it appears in (a shell export, a
JSON field, a sentence, a header, a URL). ``BENIGN`` holds texts that look like keys but are
not: hashes, UUIDs, git SHAs, base64 images, identifiers from real code.
"""

from __future__ import annotations

import base64
import hashlib
import random
import uuid

_R = random.Random(20261206)
LOW = "abcdefghijklmnopqrstuvwxyz"
UP = LOW.upper()
DIG = "0123456789"
ALNUM = LOW + UP + DIG
HEX = DIG + "abcdef"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "_-"


def r(alphabet: str, n: int, rng: random.Random = _R) -> str:
    # a generated key mixes letters and digits (a run of one class only is not realistic)
    while True:
        s = "".join(rng.choice(alphabet) for _ in range(n))
        digits_ok = any(c.isdigit() for c in s) or not any(c.isdigit() for c in alphabet)
        letters_ok = any(c.isalpha() for c in s) or not any(c.isalpha() for c in alphabet)
        if alphabet in (DIG, UP, LOW) or (digits_ok and letters_ok):
            return s


def _uuid() -> str:
    return str(uuid.UUID(int=_R.getrandbits(128)))


def _bech32(n: int) -> str:
    return "".join(_R.choice("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L") for _ in range(n))


def _examples() -> dict[str, list[str]]:
    return {
        "anthropic_key": ["sk-ant-api03-" + r(URLSAFE, 93) + "AA", "sk-ant-admin01-" + r(URLSAFE, 93) + "AA"],
        "openrouter_key": ["sk-or-v1-" + r(HEX, 64)],
        "langfuse_key": ["sk-lf-" + _uuid()],
        "openai_key": [
            "sk-proj-" + r(URLSAFE, 74) + "T3BlbkFJ" + r(URLSAFE, 74),
            "sk-svcacct-" + r(URLSAFE, 58) + "T3BlbkFJ" + r(URLSAFE, 58),
            "sk-admin-" + r(URLSAFE, 58) + "T3BlbkFJ" + r(URLSAFE, 58),
            "sk-" + r(ALNUM, 20) + "T3BlbkFJ" + r(ALNUM, 20),
            "sk-" + r(HEX, 32),  # DeepSeek
        ],
        "google_api_key": ["AIza" + r(URLSAFE, 35), "AIzaSy" + r(URLSAFE, 33)],
        "groq_key": ["gsk_" + r(ALNUM, 52)],
        "xai_key": ["xai-" + r(ALNUM, 80)],
        "replicate_token": ["r8_" + r(ALNUM, 37)],
        "perplexity_key": ["pplx-" + r(ALNUM, 48)],
        "huggingface_token": ["hf_" + r(LOW + UP, 34)],
        "huggingface_org_token": ["api_org_" + r(LOW + UP, 34)],
        "together_key": ["tgp_v1_" + r(URLSAFE, 43)],
        "fireworks_key": ["fw_" + r(ALNUM, 24)],
        "cerebras_key": ["csk-" + r(LOW + DIG, 48)],
        "nvidia_key": ["nvapi-" + r(URLSAFE, 64)],
        "elevenlabs_key": ["sk_" + r(HEX, 48)],
        "langsmith_key": ["lsv2_pt_" + r(HEX, 32) + "_" + r(HEX, 10), "lsv2_sk_" + r(HEX, 32) + "_" + r(HEX, 10)],
        "pinecone_key": ["pcsk_" + r(ALNUM, 6) + "_" + r(ALNUM, 64)],
        "aws_access_key": ["AKIA" + r(UP + DIG, 16), "ASIA" + r(UP + DIG, 16)],
        "aws_secret_key": [
            "aws_secret_access_key = " + r(B64, 40),
            'AWS_SECRET_ACCESS_KEY="' + r(B64, 40) + '"',
            "export AWS_SECRET_KEY=" + r(B64, 40),
        ],
        "aws_secret_json": ['{"AccessKeyId": "ASIA' + r(UP + DIG, 16) + '", "SecretAccessKey": "' + r(B64, 40) + '"}'],
        "azure_storage_key": [
            "DefaultEndpointsProtocol=https;AccountName=prodlogs;AccountKey=" + r(B64, 86) + "==;EndpointSuffix=core.windows.net"
        ],
        "azure_shared_access_key": [
            "Endpoint=sb://bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey="
            + r(B64, 43)
            + "="
        ],
        "azure_sas_signature": [
            "https://acct.blob.core.windows.net/c/f.txt?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-01-01T00:00:00Z&sig="
            + r(ALNUM, 30)
            + "%2B"
            + r(ALNUM, 10)
            + "%3D"
        ],
        "azure_client_secret": [r(ALNUM, 3) + r(DIG, 1) + "Q~" + r(URLSAFE + "~.", 34)],
        "signed_url_signature": [
            "https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=" + r(HEX, 64),
            "https://storage.googleapis.com/b/o?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Signature=" + r(HEX, 64),
        ],
        "gcp_service_account_key_id": ['{"type": "service_account", "private_key_id": "' + r(HEX, 40) + '"}'],
        "google_oauth_token": ["ya29." + r(URLSAFE, 120)],
        "google_oauth_secret": ["GOCSPX-" + r(URLSAFE, 28)],
        "google_refresh_token": ["1//0" + r(URLSAFE, 96)],
        "digitalocean_token": ["dop_v1_" + r(HEX, 64), "doo_v1_" + r(HEX, 64)],
        "alibaba_access_key": ["LTAI" + r(ALNUM, 20)],
        "ibm_cloud_key": ['IBM_CLOUD_API_KEY="' + r(URLSAFE, 44) + '"', "ibm_api_key: " + r(URLSAFE, 44)],
        "heroku_key": ["HRKU-" + r(URLSAFE, 60)],
        "cloudflare_origin_ca_key": ["v1.0-" + r(HEX, 24) + "-" + r(HEX, 146)],
        "databricks_token": ["dapi" + r(HEX, 32), "dapi" + r(HEX, 32) + "-2"],
        "terraform_token": [r(ALNUM, 14) + ".atlasv1." + r(URLSAFE, 67)],
        "vault_token": ["hvs." + r(URLSAFE, 90), "hvb." + r(URLSAFE, 138)],
        "doppler_token": ["dp.pt." + r(ALNUM, 43), "dp.st.prd." + r(ALNUM, 43)],
        "pulumi_token": ["pul-" + r(HEX, 40)],
        "flyio_token": ["fo1_" + r(URLSAFE, 43), "FlyV1 fm2_" + r(B64, 120)],
        "planetscale_token": ["pscale_tkn_" + r(URLSAFE, 43), "pscale_pw_" + r(URLSAFE, 43)],
        "supabase_token": ["sbp_" + r(HEX, 40)],
        "supabase_secret_key": ["sb_secret_" + r(URLSAFE, 31)],
        "age_secret_key": ["AGE-SECRET-KEY-1" + _bech32(58)],
        "onepassword_token": ["ops_eyJzaWduSW5BZGRyZXNzIjoi" + r(B64, 200)],
        "onepassword_secret_key": ["A3-" + r(UP + DIG, 6) + "-" + r(UP + DIG, 6) + "-" + "-".join(r(UP + DIG, 5) for _ in range(4))],
        "aws_bedrock_key": ["ABSKQmVkcm9ja0FQSUtleS1" + r(B64, 120)],
        "aws_bedrock_short_key": ["bedrock-api-key-" + r(URLSAFE, 100)],
        "openshift_token": ["sha256~" + r(URLSAFE, 43)],
        "octopus_key": ["API-" + r(UP + DIG, 26)],
        "intra42_secret": ["s-s4t2ud-" + r(HEX, 64)],
        "adobe_client_secret": ["p8e-" + r(ALNUM, 32)],
        "artifactory_reference_token": ["cmVmdGtuOjAxOj" + r(DIG, 10) + "Oj" + r(ALNUM, 32)],
        "clickhouse_cloud_key": ["4b1d" + r(ALNUM, 38)],
        "maxmind_key": [r(ALNUM, 6) + "_" + r(ALNUM, 29) + "_mmk"],
        "sidekiq_secret": ["BUNDLE_ENTERPRISE__CONTRIBSYS__COM=" + r(HEX, 8) + ":" + r(HEX, 8)],
        "nuget_config_password": ['<add key="ClearTextPassword" value="' + r(ALNUM, 16) + '" />'],
        "jfrog_key": ["AKCp" + r(ALNUM, 69)],
        "dynatrace_token": ["dt0c01." + r(UP + DIG, 24) + "." + r(UP + DIG, 64)],
        "github_token": ["ghp_" + r(ALNUM, 36), "gho_" + r(ALNUM, 36), "ghs_" + r(ALNUM, 36), "ghu_" + r(ALNUM, 36)],
        "github_fine_grained_token": ["github_pat_" + r(ALNUM, 22) + "_" + r(ALNUM, 59)],
        "gitlab_token": ["glpat-" + r(URLSAFE, 20), "gldt-" + r(URLSAFE, 20), "glrt-" + r(URLSAFE, 20), "GR1348941" + r(URLSAFE, 20)],
        "bitbucket_app_password": ["ATBB" + r(ALNUM, 32)],
        "atlassian_token": ["ATATT3xFfGF0" + r(URLSAFE, 180) + "=" + r(HEX, 8)],
        "npm_token": ["npm_" + r(ALNUM, 36)],
        "pypi_token": ["pypi-AgEIcHlwaS5vcmc" + r(URLSAFE, 70)],
        "rubygems_key": ["rubygems_" + r(HEX, 48)],
        "nuget_key": ["oy2" + r(LOW + DIG, 43)],
        "docker_hub_token": ["dckr_pat_" + r(URLSAFE, 27)],
        "crates_io_token": ["cio" + r(ALNUM, 32)],
        "clojars_token": ["CLOJARS_" + r(LOW + DIG, 60)],
        "prefect_key": ["pnu_" + r(ALNUM, 36)],
        "readme_key": ["rdme_" + r(LOW + DIG, 70)],
        "postman_key": ["PMAK-" + r(HEX, 24) + "-" + r(HEX, 34)],
        "linear_key": ["lin_api_" + r(ALNUM, 40)],
        "notion_token": ["ntn_" + r(DIG, 11) + r(ALNUM, 35), "secret_" + r(ALNUM, 43)],
        "figma_token": ["figd_" + r(URLSAFE, 40)],
        "hubspot_token": ["pat-na1-" + _uuid(), "pat-eu1-" + _uuid()],
        "mapbox_secret_token": ["sk.eyJ1Ijoi" + r(URLSAFE, 50) + "." + r(URLSAFE, 22)],
        "typeform_token": ["tfp_" + r(URLSAFE, 44) + "_" + r(URLSAFE, 14)],
        "infracost_key": ["ico-" + r(ALNUM, 32)],
        "easypost_key": ["EZAK" + r(ALNUM, 54)],
        "harness_token": ["pat." + r(URLSAFE, 22) + "." + r(HEX, 24) + "." + r(ALNUM, 20)],
        "stripe_key": ["sk_live_" + r(ALNUM, 99), "rk_live_" + r(ALNUM, 99), "sk_test_" + r(ALNUM, 24)],
        "stripe_webhook_secret": ["whsec_" + r(ALNUM, 32)],
        "square_token": ["sq0atp-" + r(URLSAFE, 22), "sq0csp-" + r(URLSAFE, 43), "EAAA" + r(URLSAFE, 60)],
        "braintree_token": ["access_token$production$" + r(LOW + DIG, 16) + "$" + r(HEX, 32)],
        "shopify_token": ["shpat_" + r(HEX, 32), "shpss_" + r(HEX, 32), "shpca_" + r(HEX, 32)],
        "plaid_token": ["access-production-" + _uuid(), "access-sandbox-" + _uuid()],
        "flutterwave_key": ["FLWSECK-" + r(HEX, 32) + "-X", "FLWSECK_TEST-" + r(HEX, 32) + "-X"],
        "shippo_token": ["shippo_live_" + r(HEX, 40)],
        "slack_token": [
            "xoxb-" + r(DIG, 12) + "-" + r(DIG, 13) + "-" + r(ALNUM, 24),
            "xoxp-" + r(DIG, 12) + "-" + r(DIG, 12) + "-" + r(DIG, 13) + "-" + r(HEX, 32),
            "xapp-1-A" + r(UP + DIG, 10) + "-" + r(DIG, 13) + "-" + r(HEX, 64),
        ],
        "slack_webhook": ["https://hooks.slack.com/services/T" + r(UP + DIG, 8) + "/B" + r(UP + DIG, 10) + "/" + r(ALNUM, 24)],
        "discord_webhook": ["https://discord.com/api/webhooks/" + r(DIG, 18) + "/" + r(URLSAFE, 68)],
        "teams_webhook": [
            "https://contoso.webhook.office.com/webhookb2/" + _uuid() + "@" + _uuid() + "/IncomingWebhook/" + r(HEX, 32) + "/" + _uuid()
        ],
        "telegram_bot_token": [r(DIG, 10) + ":AA" + r(URLSAFE, 33)],
        "twilio_api_key": ["SK" + r(HEX, 32)],
        "sendgrid_key": ["SG." + r(URLSAFE, 22) + "." + r(URLSAFE, 43)],
        "mailgun_key": ["key-" + r(HEX, 32)],
        "mailchimp_key": [r(HEX, 32) + "-us" + str(_R.randint(1, 21))],
        "mandrill_key": ["md-" + r(URLSAFE, 22)],
        "brevo_key": ["xkeysib-" + r(HEX, 64) + "-" + r(ALNUM, 16)],
        "resend_key": ["re_" + r(ALNUM, 8) + "_" + r(ALNUM, 24)],
        "grafana_cloud_token": ["glc_" + r(B64, 80) + "=="],
        "grafana_service_account_token": ["glsa_" + r(ALNUM, 32) + "_" + r(HEX, 8)],
        "grafana_api_key": ["eyJrIjoi" + r(ALNUM, 60) + "In0="],
        "new_relic_key": ["NRAK-" + r(UP + DIG, 27), "NRJS-" + r(HEX, 19), "NRII-" + r(URLSAFE, 32)],
        "sentry_token": ["sntrys_eyJpYXQiOjE2" + r(B64, 100) + "_" + r(URLSAFE, 43), "sntryu_" + r(HEX, 64)],
        "honeycomb_key": ["hcaik_" + r(LOW + DIG, 58), "hcxik_" + r(LOW + DIG, 58)],
        "datadog_key": ["DD_API_KEY=" + r(HEX, 32), 'datadog_app_key: "' + r(HEX, 40) + '"'],
        "okta_token": ["Authorization: SSWS 00" + r(URLSAFE, 40)],
        "okta_key": ["OKTA_API_TOKEN=00" + r(URLSAFE, 40)],
        "auth0_secret": ['AUTH0_CLIENT_SECRET="' + r(URLSAFE, 64) + '"'],
        "facebook_token": ["EAAB" + r(ALNUM, 150), "EAAG" + r(ALNUM, 180)],
        "facebook_secret": ["FACEBOOK_APP_SECRET=" + r(HEX, 32)],
        "jwt": [
            "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9."
            + base64.urlsafe_b64encode(b'{"sub":"' + r(ALNUM, 12).encode() + b'","exp":1893456000}').decode().rstrip("=")
            + "."
            + r(URLSAFE, 86)
        ],
        "private_key": [
            "-----BEGIN RSA PRIVATE KEY-----\n" + r(B64, 64) + "\n" + r(B64, 64) + "\n-----END RSA PRIVATE KEY-----",
            "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA" + r(B64, 40) + "\n-----END OPENSSH PRIVATE KEY-----",
            "-----BEGIN PRIVATE KEY-----\n" + r(B64, 64) + "\n-----END PRIVATE KEY-----",
            '"private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEv' + r(B64, 60) + '\\n-----END PRIVATE KEY-----\\n"',
            "-----BEGIN EC PRIVATE KEY-----\n" + r(B64, 64) + "\n-----END EC PRIVATE KEY-----",
            "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + r(B64, 64) + "\n-----END PGP PRIVATE KEY BLOCK-----",
        ],
        "putty_private_key": ["PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\n"],
        "url_credentials": [
            "postgres://app:" + r(ALNUM, 16) + "@db.internal:5432/prod",
            "mongodb+srv://admin:" + r(ALNUM, 12) + "@cluster0.ab1cd.mongodb.net/",
            "https://deploy:" + r(ALNUM + "-_", 20) + "@git.example.com/repo.git",
            "redis://:" + r(ALNUM, 24) + "@cache:6379/0",
            "amqp://guest:" + r(ALNUM, 14) + "@rabbit:5672/",
        ],
        "curl_user_password": ["curl -u deploy:" + r(ALNUM, 14) + " https://api.example.com", "curl --user 'ci:" + r(ALNUM, 18) + "' https://x.test"],
        "authorization_header": ["Authorization: Bearer " + r(URLSAFE + ".", 40), "Authorization: Basic " + base64.b64encode(b"svc:" + r(ALNUM, 16).encode()).decode()],
        "assigned_secret": [
            'password = "' + r(ALNUM + "!@#", 24) + '"',
            "DB_PASSWORD=" + r(ALNUM, 22),
            "client_secret: " + r(URLSAFE, 40),
            '"apiKey": "' + r(ALNUM, 32) + '"',
            "MISTRAL_API_KEY=" + r(ALNUM, 32),
            "COHERE_API_KEY=" + r(ALNUM, 40),
            'TOGETHER_API_KEY="' + r(HEX, 64) + '"',
        ],
    }


EXAMPLES = _examples()


def _examples_s9() -> dict[str, list[str]]:
    # (a generator of their own: the examples above, and BENIGN below, keep their values)
    g = random.Random(20261207)

    def q(alphabet: str, n: int) -> str:
        return r(alphabet, n, g)

    return {
        "circleci_token": ["CCIPAT_" + q(ALNUM, 22) + "_" + q(HEX, 40), "CCIPRJ_" + q(ALNUM, 22) + "_" + q(HEX, 40)],
        "buildkite_token": ["bkua_" + q(HEX, 40)],
        "sonarqube_token": ["squ_" + q(HEX, 40), "sqp_" + q(HEX, 40), "sqa_" + q(HEX, 40)],
        "sourcegraph_token": ["sgp_" + q(HEX, 40), "sgp_" + q(HEX, 16) + "_" + q(HEX, 40), "sgp_local_" + q(HEX, 40)],
        "netlify_token": ["nfp_" + q(ALNUM, 36)],
        "contentful_token": ["CFPAT-" + q(URLSAFE, 43)],
        "tailscale_key": ["tskey-auth-k" + q(ALNUM, 11) + "-" + q(ALNUM, 33), "tskey-api-k" + q(ALNUM, 11) + "-" + q(ALNUM, 33)],
        "gitlab_token": [*EXAMPLES["gitlab_token"], "glffct-" + q(URLSAFE, 20)],
    }


EXAMPLES.update(_examples_s9())

# Where a value appears in an answer or a log line.
CONTEXTS = (
    "{}",
    "export X={}",
    "Here it is: {} (keep it safe).",
    '{{"key": "{}"}}',
    "curl -H 'x: {}' https://api.example.com",
)


def _benign() -> list[str]:
    rng = random.Random(7)
    out: list[str] = []
    for i in range(200):
        data = str(i).encode()
        out += [
            hashlib.md5(data).hexdigest(),
            hashlib.sha1(data).hexdigest(),
            hashlib.sha256(data).hexdigest(),
            f"commit {hashlib.sha1(b'c' + data).hexdigest()}",
            str(uuid.UUID(int=rng.getrandbits(128))),
            f"request id {uuid.UUID(int=rng.getrandbits(128)).hex}",
            "![chart](data:image/png;base64," + base64.b64encode(rng.randbytes(600)).decode() + ")",
            base64.b64encode(rng.randbytes(300)).decode(),
            "sha256:" + hashlib.sha256(b"img" + data).hexdigest(),
            f"integrity=\"sha384-{base64.b64encode(hashlib.sha384(data).digest()).decode()}\"",
        ]
    out += [
        "the sk-learn library and the task-management-system-design doc",
        "AKIA is the prefix of an AWS access key id; ASIA marks a temporary one",
        "Set OPENAI_API_KEY in your environment: export OPENAI_API_KEY=sk-...",
        'api_key = os.environ["OPENAI_API_KEY"]',
        "password = getpass.getpass()",
        "token = request.headers.get('Authorization')",
        "postgres://user:password@localhost:5432/mydb",
        "https://user:pass@example.com",
        "Authorization: Bearer YOUR_API_KEY",
        "Authorization: Bearer $TOKEN",
        "secret_key = settings.SECRET_KEY",
        "The patterns of Pattern matching in Python 3.10 and path handling",
        "Use the key-value store; key-based auth is off",
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl user@host",
    ]
    return out


BENIGN = _benign()
