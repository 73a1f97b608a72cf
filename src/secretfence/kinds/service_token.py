"""API tokens of services whose format says what they are, that detect-secrets has no plugin for:
Anthropic, Hugging Face, npm, Docker Hub, Discord webhooks, Google API keys, DigitalOcean,
Shopify, Databricks, Sentry, Grafana, HashiCorp Vault, Doppler, Linear, Postman, Pulumi, Stripe
webhook secrets, New Relic, PlanetScale, Supabase, Replicate, Groq, Fly.io, Mercado Pago, Notion,
Tailscale, LaunchDarkly SDK and mobile keys, NuGet, PostHog personal keys, Mapbox secret tokens,
Firebase Cloud Messaging server keys, Fernet keys passed to `Fernet(…)` (or assigned to the name
passed), Anaconda channel tokens, SonarQube tokens, X (Twitter) app bearer tokens, Airtable personal
access tokens, Terraform Cloud tokens, Microsoft Entra client secrets (`…Q~…`), chat webhooks
whose URL holds the key (WeCom, Feishu / Lark, DingTalk), Langfuse secret keys, Amazon Bedrock API
keys, OpenRouter, Cerebras, Apify, Flutterwave, Stripe test-mode keys (not the ones Stripe's
documentation prints), Checkout.com sandbox keys, Salesforce access tokens, eBay cert ids,
Cloudflare Tunnel tokens, Facebook / Meta access tokens, Google OAuth access tokens (`ya29.`), VK access tokens (`vk1.a.`), Planet
API keys, HubSpot private app tokens, Seqera Platform (Nextflow Tower) tokens, and automation webhooks
whose URL is the credential (Azure Logic Apps / Power Automate `…/paths/invoke?…&sig=…`, Make's
`hook.<zone>.make.com/<token>`, Zapier's `hooks.zapier.com/hooks/catch/<account>/<hook>/`), Onfido API tokens
(`api_live.…`), Zillow ZWS-IDs (`X1-ZW…`), Okta API tokens in Okta's `SSWS` scheme, Apprise notifier URLs
holding a webhook's secret (`discord://`, `slack://`, `pover://`, `pbul://`; Shoutrrr's spellings too), ESPN's `espn_s2` session cookie,
Tesla Fleet API client secrets (`ta-secret.`), Grafana's legacy API keys (base64 of `{"k":…,"n":…,"id":…}`, decoded), Mews'
Connector API tokens (32 hex, `-`, 31 hex: its shape alone; not the demo environment's published ones) and FME Flow tokens
(its `fmetoken token=` header scheme, a web service URL's `token`), Atlassian Cloud API tokens (`ATATT3…`), Bitbucket
Cloud access tokens (`ATCTT3…`) and app passwords (`ATBB…`), Atlassian Data Center personal access tokens (Jira,
Confluence, Bitbucket's `BBDC-`: base64 of a 12-digit id, `:` and random bytes, decoded), and self-hosted chat
servers' incoming webhooks (Mattermost's `…/hooks/<26>`, Rocket.Chat's `…/hooks/<id>/<token>`), Google OAuth client secrets
(`GOCSPX-`, given by name or by position), Dropbox short-lived access tokens (`sl.…`, `sl.u.…`), Ably API keys
(`<app id>.<key id>:<secret>`, by their shape), WooCommerce REST API keys (`ck_` / `cs_` and 40 hex), Lob API keys
(`live_` and 35 hex; its `test_` keys are warnings), Telnyx API v2 keys (`KEY<32 hex>_<22>`), Nets Easy (Nexi Checkout)
secret keys (`live-secret-key-` / `test-secret-key-` and 32 hex), Khalti secret keys (`live_secret_key_` /
`test_secret_key_` and 32 hex) and Google Calendar secret iCal addresses (`…/calendar/ical/
<id>/private-<32 hex>/basic.ics`), eBay Auth'n'Auth tokens (`AgAAAA**AQAAAA**aAAAAA**…`) and eBay's newer user, OAuth access and refresh tokens
(`v^1.1#i^1#…#t^…`), Wix API keys (`IST.` and a
signed JWT), Brevo (Sendinblue) API and SMTP keys (`xkeysib-` / `xsmtpsib-`, 64 hex, `-`, 16), and a key filling a URL template's credential parameter by position (`sprintf('…?apiKey=%s…', …, '<key>')`,
`fmt.Sprintf`, `String.format`, Python's `%`). Payment and SaaS
keys whose shape is theirs only where the text says their service (Checkout.com, Mollie, Klaviyo, Plex, LiteLLM, PayPal's
API signature) are _vendor_keys'.

Chinese clouds' AccessKey pairs: Alibaba's (`LTAI…`) and Tencent's (`AKID…`) secrets beside their ids;
Huawei's, Baidu's and Qianfan's under an `sk` name with an `ak` beside it, where the text says the cloud.

Keys whose shape many values share are reported where the text names their service: Mailgun's
`key-<32 letters and digits>` (the file says Mailgun, or `api:key-…`), a Ceph keyring's `key = AQ…==` (a
keyring or Ceph file, or Ceph said nearby), an Azure storage account key (86 base64 characters
and `==` under a storage / account key name), PagerDuty integration keys (32 hex under
`routing_key`, `service_key`, `integration_key`, PagerDuty said nearby) and Datadog API and
application keys (32 / 40 hex under an api / app key name, Datadog said nearby or in the name).
LaunchDarkly's `api-<uuid>` access tokens, Optimizely's `2:…` personal access tokens and Zendesk's
40-character API tokens are reported where the text names their service; an API key sent as the
Basic-auth user with an empty or one-letter password (Mixpanel, Freshdesk) anywhere.
A Google API key of a Firebase client configuration (google-services.json,
GoogleService-Info.plist, `firebaseConfig = {apiKey: …, authDomain: …}`, a `*FIREBASE_API_KEY`
build variable) is public by design: a warning. Anywhere else it blocks.
A JWT under a credential's name whose assignment a formatter wrapped onto the next line (`const X_API_KEY =`
then `"eyJ…";`, YAML's `api_key: >-`) is read from the name above it.
Formats whose documented shape proves them (see _format_credentials): NATS nkey seeds, Apache Pulsar
`token:<JWT>` parameters, WordPress application passwords in a password's slot; Mercury, Netlify
(`nfp_`), Lyra's (PayZen's) production REST API passwords (`prodpassword_`), LambdaTest (`LT_`) and Fly.io personal (`fo1_`) tokens by their heads; Netlify build hooks and Vercel deploy hooks; a
Google Cloud service account key file's `private_key`, whatever its PEM header says.
A credential sent as a vendor's own header naming an API key or token (`X-Cisco-Meraki-API-Key: …`, `X-RapidAPI-Key`),
not one made for the browser (`X-Shopify-Storefront-Access-Token`) nor code's expression after a quoted name.
A credential in a header value's setting (`…_header_value "Bearer …"`, a webhook's `headerValue` beside a
`headerName` naming an authentication header) is read as the header it is.
Wallet keys and web3 credentials (private keys, seed phrases, RPC provider URLs, explorer keys, WIF
and xprv keys, Solana keypairs) are read by kinds/_web3_keys.py.

Each format is a prefix and a body of known characters, as Betterleaks' and Kingfisher's rules
describe them (cmd/generate/config/rules/*.go, data/rules/*.yml), with bodies read a little
wider than the issued lengths so that a shortened or regenerated token still counts. Found
anywhere: assigned, as a call's argument, in a URL, a notebook, a base64 value decoded by the
carriers (a Docker `config.json` `auth`). A token mostly one character, one chunk repeated, or
saying it is made up is a placeholder.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator, Sequence

from secretfence.kinds._spec import Kind, Match, SecretfenceDetector, built_on_first_read
from secretfence.prefilter.declared import Declaration, declared

if TYPE_CHECKING:
    from types import ModuleType

REMEDIATION = (
    "Revoke the token in the service's console (API keys, access tokens or webhooks settings), "
    "issue a new one, and load it from the environment or a secret store."
)

# The formats' heads that say what a token is but hold none of its entropy (masking may show them):
# those of four characters or more ending in `_`, `-` or `.` (kept here, not worked out from the
# reading's FORMATS at import; a test checks the two agree).
MASK_PREFIXES = (
    "$aact_", "APP_USR-", "CFPAT-", "Client_Secret_", "GOCSPX-", "NRAK-", "PMAK-", "PRD-", "SBX-", "apify_api_", "atsk_", "bedrock-api-key-", "csk-", "dckr_oat_",
    "dckr_pat_", "doo_v1_", "dop_v1_", "dor_v1_", "dp.pt.", "dp.sa.", "dp.st.", "duffel_live_", "duffel_test_", "fo1_", "glc_",
    "glsa_", "gsk_", "hvb.", "hvs.", "lin_api_", "lio_", "lip_", "live-secret-key-", "live_", "live_gsk_", "live_secret_key_", "live_sk_", "mob-", "nfp_", "npm_", "ntn_", "pat-", "phx_",
    "prodpassword_", "pscale_", "ptla_", "ptlc_", "pul-", "rk_test_", "samsara_api_", "sbp_", "sdk-", "sec-c-", "secret-token:mercury_", "secret_",
    "shippo_live_", "shippo_test_", "shpat_", "shpca_", "shppa_", "shpss_", "sk-ant-", "sk-lf-", "sk-or-v1-", "sk_live_", "sk_sbox_",
    "sk_test_", "sntrys_", "sntryu_", "sqa_", "sqp_", "squ_", "ta-secret.", "test-secret-key-", "test_", "test_gsk_", "test_secret_key_", "test_sk_", "tskey-", "vk1.a.", "waka_",
    "whsec_", "wlp_", "wlu_", "xkeysib-", "xnd_development_", "xnd_production_", "xsmtpsib-", "ya29.",
)


def _reading() -> "ModuleType":
    """The kind's reading (kinds/_service_reading.py), imported when first asked."""
    from secretfence.kinds import _service_reading

    return _service_reading


def declared_prefilter() -> Declaration:
    """The kind's prefilter as its formats and readers declare it (computed by the reading;
    `prefilter/_declared.py` holds it worked out ahead, so the hook imports neither)."""
    return _reading().declared_prefilter()


_PREFILTER = declared("SecretfenceServiceTokenDetector", declared_prefilter)


class SecretfenceServiceTokenDetector(SecretfenceDetector):
    """API tokens whose format names their service and that detect-secrets has no plugin for
    (Anthropic, Hugging Face, npm, Docker Hub, Discord webhooks, Google API keys, and more)."""

    secret_type = "Service API Token"
    kind = "service"
    # The prefilter (declared_prefilter, as worked out ahead).
    exact_keywords = _PREFILTER.exact_keywords
    keywords = _PREFILTER.keywords
    folded_keyword_patterns = _PREFILTER.folded_keyword_patterns
    declared_prefilter = staticmethod(declared_prefilter)
    remediation = REMEDIATION

    # Built when a test reads them: the hook never does.
    true_samples = built_on_first_read(lambda: _reading().true_samples())
    false_samples = built_on_first_read(lambda: _reading().false_samples())

    def find(self, lines: Sequence[str], index: int, filename: str) -> Iterator[Match]:
        return _reading().find(lines, index, filename)


# (a wallet key or an explorer key under its name was detect-secrets' keyword hit before the web3
# readers took it, an Artifactory API key its ArtifactoryDetector's, a JWT under a token's name its
# JwtTokenDetector's: a baseline entry audited under that type accounts for the finding)
KIND = Kind.of(SecretfenceServiceTokenDetector, aliases=("Secret Keyword", "Artifactory Credentials", "JSON Web Token"),
               mask_prefixes=MASK_PREFIXES)
