"""Blind rounds GI-GN, through the engine: values a form or a vendor says are no secret the file holds (a notebook
cell's column of hashed ids, Segment's write key given to its browser library, SumUp's affiliate key) and, beside each,
the secret of the same place that still blocks. Generated fakes only (seeds 2390000-2399999)."""
from __future__ import annotations

import json
from typing import List, Sequence, Tuple

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocking
from tests.fakes import drawn, drawn_mixed

_HEX = "0123456789abcdef"


def _blocked(engine: Engine, filename: str, text: str) -> List[Tuple[int, str]]:
    return sorted((finding.line_number, finding.secret) for finding in blocking(engine.scan_text(filename, text)))


def _blocked_values(engine: Engine, filename: str, text: str) -> List[str]:
    return sorted({finding.secret for finding in blocking(engine.scan_text(filename, text))})


# --- a notebook cell's column of hashed ids ----------------------------------------------------------------

def _notebook(source: Sequence[str], shown: Sequence[str], printed: bool = False) -> str:
    """A notebook (as Jupyter writes it: indented JSON, a cell's source one string a line) of one code cell whose
    output shows `shown`: a result's text/plain (a frame's repr), or what it printed."""
    text = [line + "\n" for line in shown[:-1]] + list(shown[-1:])
    output = ({"name": "stdout", "output_type": "stream", "text": text} if printed else
              {"data": {"text/plain": text}, "execution_count": 3, "metadata": {}, "output_type": "execute_result"})
    cell = {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [output],
            "source": [line + "\n" for line in source[:-1]] + list(source[-1:])}
    notebook = {"cells": [cell], "metadata": {"language_info": {"name": "python"}}, "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(notebook, indent=1) + "\n"


def _frame(column: str, values: Sequence[str]) -> List[str]:
    width = max(len(value) for value in values)
    return [f"   {column:>{width}}  cohort  minutes_wk"] + [
        f"{row}  {value}  book-{row % 2 + 1}  {37 + 21 * row:>10}" for row, value in enumerate(values)]


def _digests(seed: int, length: int = 64) -> List[str]:
    return [drawn(seed + row, length, _HEX) for row in range(3)]


_PEPPERED = 'hashlib.sha256((PEPPER + s).encode()).hexdigest()'


@pytest.mark.parametrize(("source", "column"), [
    # (a frame's column of digests, grouped by a frame the notebook calls `log`)
    (['import hashlib, os', 'import pandas as pd', 'PEPPER = os.environ["PRACTICE_ID_PEPPER"]',
      'log = pd.read_parquet("practice_log.parquet")', f'log["student_key"] = log.student_id.map(lambda s: {_PEPPERED})',
      'weekly = log.groupby(["student_key", "cohort"]).minutes.sum().div(4).round().astype(int)',
      'weekly.rename("minutes_wk").reset_index().head(3)'], "student_key"),
    # (the column shown by display(), assigned by .apply)
    (['import hashlib', 'df["member_key"] = df["member_id"].astype(str).apply(lambda s: hashlib.sha256(s.encode()).hexdigest())',
      'display(df[["member_key", "cohort", "minutes_wk"]].head(3))'], "member_key"),
    # (an attribute's column, an HMAC's digest: a keyed pseudonym)
    (['import hmac, hashlib', 'df.pupil_key = [hmac.new(PEPPER, s.encode(), hashlib.sha256).hexdigest() for s in df.pupil_id]',
      'print(df[["pupil_key", "cohort", "minutes_wk"]].head(3))'], "pupil_key"),
])
def test_a_cell_s_column_of_hashed_ids_shows_digests(engine: Engine, source: List[str], column: str) -> None:
    shown = _frame(column, _digests(2390000))
    assert _blocked(engine, "analysis/practice_minutes_by_cohort.ipynb", _notebook(source, shown)) == []
    assert _blocked(engine, "analysis/practice_minutes_by_cohort.ipynb", _notebook(source, shown, printed=True)) == []


def test_a_cell_printing_a_drawn_token_or_a_derived_key_still_blocks(engine: Engine) -> None:
    token = drawn(2390020, 64, _HEX)
    for source in (
            # (a token the cell draws and prints: no digest)
            ['import secrets', 'token = secrets.token_hex(32)', 'print(token)'],
            ['import secrets', 'student_key = secrets.token_hex(32)', 'print(student_key)'],
            # (a key hashed once: a key derived from a passphrase, a random one; a credential's name, a column of them)
            ['import hashlib', 'aes_key = hashlib.sha256(passphrase.encode()).hexdigest()', 'print(aes_key)'],
            ['import hashlib, os', 'api_key = hashlib.sha256(os.urandom(32)).hexdigest()', 'print(api_key)'],
            ['import hashlib', 'df["api_key"] = df.user_id.map(lambda u: hashlib.sha256((SALT + u).encode()).hexdigest())',
             'print(df[["user_id", "api_key"]])'],
            ['import hashlib', 'df["key"] = df.user_id.map(lambda u: hashlib.sha256((SALT + u).encode()).hexdigest())',
             'print(df.key)'],
            # (a column of digests beside a credential the same cell shows, by another name)
            ['import hashlib, secrets', 'df["student_key"] = df.student_id.map(lambda s: hashlib.sha256(s.encode()).hexdigest())',
             'key = secrets.token_hex(32)', 'print(key)'],
            ['import hashlib, secrets', 'df["student_key"] = df.student_id.map(lambda s: hashlib.sha256(s.encode()).hexdigest())',
             'print(df.student_key[0], api_key)'],
            # (the digest assigned in one statement, a drawn key beside it on the same line)
            ['import hashlib, secrets', 'df["student_key"] = secrets.token_hex(32); h = [hashlib.sha256(s).hexdigest() for s in ids]',
             'print(df.student_key)']):
        assert _blocked_values(engine, "notebooks/keys.ipynb", _notebook(source, [token], printed=True)) == [token], source


@pytest.mark.parametrize("column", ["license_key", "activation_key", "device_key", "product_key", "unlock_key", "shared_key"])
def test_a_column_of_keys_issued_one_a_record_still_blocks(engine: Engine, column: str) -> None:
    # (review rev2: keys a secret's HMAC issues one a customer or device are credentials, whatever the name's
    # credential words say; only a column pseudonymising whose record it is shows digests)
    keys = _digests(2410130)
    source = ['import hmac', f'df["{column}"] = df.customer_id.map(lambda c: hmac.new(SIGNING_SECRET, c.encode(), "sha256").hexdigest())',
              f'display(df[["{column}", "cohort", "minutes_wk"]].head(3))']
    assert _blocked_values(engine, "analysis/licences.ipynb", _notebook(source, _frame(column, keys))) == sorted(keys)


# --- Segment's write key, given to its browser library ---------------------------------------------------

_WRITE_KEY = drawn_mixed(2390100, 32)

_ANALYTICS_NEXT = ('import {{ AnalyticsBrowser }} from "@segment/analytics-next";\n\n'
                   '// Browser-side identifiers; all of these are visible in the page source by design.\n'
                   'export const SEGMENT_WRITE_KEY = "{key}";\nexport const GA_MEASUREMENT_ID = "G-4TR8W2K7QZ";\n'
                   'export const META_PIXEL_ID = "2039471185526614";\nexport const INTERCOM_APP_ID = "qz4kt7wp";\n{beside}\n'
                   'export const analytics = AnalyticsBrowser.load({{ writeKey: SEGMENT_WRITE_KEY }});\n\n'
                   'export function trackEnquiry(course: string) {{\n  analytics.track("Enquiry Submitted", {{ course }});\n}}\n')


@pytest.mark.parametrize(("filename", "form"), [
    ("enrol-web/src/analytics.ts", _ANALYTICS_NEXT.replace("{beside}", "")),
    ("web/src/lib/segment.js", 'import {{ AnalyticsBrowser }} from "@segment/analytics-next"\n\n'
                               'export const analytics = AnalyticsBrowser.load({{ writeKey: "{key}" }})\n'),
    ("web/src/analytics.tsx", "import {{ AnalyticsBrowser }} from '@segment/analytics-next'\n\nconst segmentWriteKey = '{key}'\n"
                              "export const analytics = new AnalyticsBrowser()\nanalytics.load({{ writeKey: segmentWriteKey }})\n"),
    ("site/templates/partials/analytics.html",
     '<script>\n  var SEGMENT_WRITE_KEY = "{key}";\n  !function(){{var analytics=window.analytics=window.analytics||[];'
     'analytics.load=function(key){{var t=document.createElement("script");t.async=!0;'
     't.src="https://cdn.segment.com/analytics.js/v1/"+key+"/analytics.min.js";document.head.appendChild(t)}};'
     'analytics.SNIPPET_VERSION="5.2.0";\n  analytics.load(SEGMENT_WRITE_KEY);\n  analytics.page();\n  }}();\n</script>\n'),
])
def test_segment_s_write_key_given_to_its_browser_library(engine: Engine, filename: str, form: str) -> None:
    assert _blocked(engine, filename, form.format(key=_WRITE_KEY)) == []


def test_a_server_s_write_key_and_the_analytics_secrets_beside_the_browser_key_still_block(engine: Engine) -> None:
    # (Segment's server libraries: the write key of a server source, kept on the server)
    text = (f'import {{ Analytics }} from "@segment/analytics-node";\n\n'
            f'export const analytics = new Analytics({{ writeKey: "{_WRITE_KEY}" }});\n')
    assert _blocked(engine, "api/src/segment.ts", text) == [(3, _WRITE_KEY)]
    text = (f'import {{ AnalyticsBrowser }} from "@segment/analytics-next";\nimport {{ Analytics }} from "@segment/analytics-node";\n'
            f'const SEGMENT_WRITE_KEY = "{_WRITE_KEY}";\nexport const server = new Analytics({{ writeKey: SEGMENT_WRITE_KEY }});\n')
    assert _blocked(engine, "app/lib/analytics.ts", text) == [(3, _WRITE_KEY)]
    text = f'import segment.analytics as analytics\n\nanalytics.write_key = "{_WRITE_KEY}"\n'
    assert _blocked(engine, "tracking/segment_server.py", text) == [(3, _WRITE_KEY)]
    # (review rev2: a server's page rendering the browser snippet, its own server library's key beside it)
    for head in ('import analytics\n', 'import segment.analytics as analytics\n', 'from segment import analytics\n'):
        text = (head + 'SNIPPET = "<script src=\\"https://cdn.segment.com/analytics.js/v1/" + BROWSER_KEY + "/analytics.min.js\\">"\n'
                f'analytics.write_key = "{_WRITE_KEY}"\n')
        assert _blocked(engine, "web/views.py", text) == [(3, _WRITE_KEY)], head
    text = f'orderService:\n  config:\n    SEGMENT_WRITE_KEY: "{_WRITE_KEY}"\n    SEGMENT_FLUSH_INTERVAL: "0.5"\n'
    assert _blocked(engine, "deploy/order-service/values.yaml", text) == [(3, _WRITE_KEY)]
    # (a write key where no browser library of Segment's stands: another's, judged as any key)
    text = f'export const SEGMENT_WRITE_KEY = "{_WRITE_KEY}";\nexport const trackUrl = "https://api.segment.io/v1/track";\n'
    assert _blocked(engine, "enrol-web/src/analytics.ts", text) == [(1, _WRITE_KEY)]
    # (beside the browser's key: the analytics vendors' server credentials)
    ga_secret, token = drawn_mixed(2390101, 22), drawn_mixed(2390102, 40)
    intercom = "dG9rOj" + drawn_mixed(2390103, 54)
    for line in (f'export const GA_API_SECRET = "{ga_secret}";', f'export const SEGMENT_API_TOKEN = "sgp_{token}";',
                 f'export const META_CAPI_ACCESS_TOKEN = "EAAG{token}";', f'export const INTERCOM_ACCESS_TOKEN = "{intercom}";',
                 f'export const INTERCOM_IDENTITY_SECRET = "{token}";'):
        secret = line.split('"')[1]
        text = _ANALYTICS_NEXT.format(key=_WRITE_KEY, beside=line)
        assert _blocked_values(engine, "enrol-web/src/analytics.ts", text) == [secret], line
    # (a write key's name holding another vendor's secret, given to the browser by mistake)
    stripe = "sk_live_" + drawn_mixed(2390104, 24)
    text = _ANALYTICS_NEXT.replace("{beside}", "").format(key=stripe)
    assert _blocked_values(engine, "enrol-web/src/analytics.ts", text) == [stripe]


# --- SumUp's affiliate key ---------------------------------------------------------------------------------

_AFFILIATE_KEY = "sup_afk_" + drawn_mixed(2390200, 32)
_SECRET_KEY = "sup_sk_" + drawn_mixed(2390201, 32)


@pytest.mark.parametrize(("filename", "form"), [
    ("crew-app-android/app/src/main/java/com/acme/crew/pay/CardReader.kt",
     'object CardReader {{\n    // Affiliate key: identifies this app (package name registered with SumUp).\n'
     '    private const val AFFILIATE_KEY = "{key}"\n\n    fun login(activity: Activity) {{\n'
     '        SumUpAPI.openLoginActivity(activity, SumUpLogin.builder(AFFILIATE_KEY).build(), 1)\n    }}\n}}\n'),
    ("app/src/main/java/com/acme/pos/Pay.java", 'SumUpLogin login = SumUpLogin.builder("{key}").build();\n'),
    ("Pos/AppDelegate.swift", 'SMPSumUpSDK.setup(withAPIKey: "{key}")\n'),
    ("kiosk/.env", "SUMUP_AFFILIATE_KEY={key}\nSUMUP_MERCHANT_CODE=MC7QX2KD\n"),
    ("kiosk/src/checkout.ts", 'const body = {{\n  total_amount: {{ value: 1500, currency: "EUR", minor_unit: 2 }},\n'
                              '  affiliate: {{ app_id: "com.acme.kiosk", key: "{key}" }},\n}};\n'),
    ("config/sumup.json", '{{\n  "affiliateKey": "{key}",\n  "appId": "com.acme.kiosk"\n}}\n'),
])
def test_sumup_s_affiliate_key_ships_in_the_app(engine: Engine, filename: str, form: str) -> None:
    assert _blocked(engine, filename, form.format(key=_AFFILIATE_KEY)) == []


def test_sumup_s_secret_key_still_blocks(engine: Engine) -> None:
    # (the secret API key beside the affiliate key, and under the affiliate key's name by mistake)
    text = f'private const val AFFILIATE_KEY = "{_AFFILIATE_KEY}"\nprivate const val SUMUP_API_KEY = "{_SECRET_KEY}"\n'
    assert _blocked(engine, "app/src/main/java/com/acme/Pay.kt", text) == [(2, _SECRET_KEY)]
    assert _blocked(engine, "app/src/main/java/com/acme/Pay.kt", f'private const val AFFILIATE_KEY = "{_SECRET_KEY}"\n') == [
        (1, _SECRET_KEY)]
    assert _blocked(engine, "kiosk/.env", f"SUMUP_AFFILIATE_KEY={_AFFILIATE_KEY}\nSUMUP_API_KEY={_SECRET_KEY}\n") == [(2, _SECRET_KEY)]
    # (an affiliate key's name holding a drawn value of no SumUp head: judged as any key)
    drawn_key = drawn_mixed(2390202, 32)
    assert _blocked(engine, "app/src/main/java/com/acme/Pay.kt", f'private const val AFFILIATE_KEY = "{drawn_key}"\n') == [
        (1, drawn_key)]
    # (the affiliate key's head before a body longer than SumUp's: no affiliate key's shape)
    glued = "sup_afk_" + drawn_mixed(2390203, 64)
    assert _blocked_values(engine, "app/src/main/java/com/acme/Pay.kt", f'private const val AFFILIATE_KEY = "{glued}"\n') == [glued]
