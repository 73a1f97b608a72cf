"""AWS: STS GetCallerIdentity, signed with Signature Version 4, for a key id paired with its secret.

GetCallerIdentity needs no permission: any valid key pair may call it, and it changes nothing.
200 → live (account and ARN); 403 InvalidClientTokenId / SignatureDoesNotMatch → dead.
"""
from __future__ import annotations

import datetime
import hashlib
import hmac
import re
from typing import Dict
from urllib.parse import urlsplit

from secretfence.findings import Finding
from secretfence.verify import DEAD, LIVE, UNEXPECTED, UNKNOWN, Options, Verdict
from secretfence.verify._http import request
from secretfence.verify._net import Deadline, NetworkError

REGION, SERVICE = "us-east-1", "sts"
BODY = b"Action=GetCallerIdentity&Version=2011-06-15"


def _hmac(key: bytes, message: str) -> bytes:
    return hmac.new(key, message.encode(), hashlib.sha256).digest()


def sign(access_key: str, secret_key: str, url: str, body: bytes, now: datetime.datetime,
         service: str = SERVICE) -> Dict[str, str]:
    """Headers for a SigV4-signed form POST (AWS General Reference, "Signature Version 4")."""
    parts = urlsplit(url)
    amz_date = now.strftime("%Y%m%dT%H%M%SZ")
    date = now.strftime("%Y%m%d")
    headers = {
        "content-type": "application/x-www-form-urlencoded; charset=utf-8",
        "host": parts.netloc,
        "x-amz-date": amz_date,
    }
    signed_headers = ";".join(sorted(headers))
    canonical_headers = "".join(f"{name}:{headers[name]}\n" for name in sorted(headers))
    canonical_request = "\n".join(
        ["POST", parts.path or "/", parts.query, canonical_headers, signed_headers, hashlib.sha256(body).hexdigest()]
    )
    scope = f"{date}/{REGION}/{service}/aws4_request"
    string_to_sign = "\n".join(["AWS4-HMAC-SHA256", amz_date, scope, hashlib.sha256(canonical_request.encode()).hexdigest()])
    key = _hmac(_hmac(_hmac(_hmac(f"AWS4{secret_key}".encode(), date), REGION), service), "aws4_request")
    signature = hmac.new(key, string_to_sign.encode(), hashlib.sha256).hexdigest()
    headers["authorization"] = (
        f"AWS4-HMAC-SHA256 Credential={access_key}/{scope}, SignedHeaders={signed_headers}, Signature={signature}"
    )
    return headers


# STS error codes that may be reported by name; any other code is "unexpected reply".
KNOWN_ERRORS = frozenset({
    "InvalidClientTokenId", "SignatureDoesNotMatch", "AccessDenied", "ExpiredToken", "IncompleteSignature",
    "MissingAuthenticationToken", "RequestExpired", "Throttling", "InternalFailure", "ServiceUnavailable",
    "InvalidAction", "InvalidParameterValue", "OptInRequired", "RegionDisabledException",
})
DEAD_ERRORS = ("InvalidClientTokenId", "SignatureDoesNotMatch", "AccessDenied", "ExpiredToken")
ACCOUNT = re.compile(r"\d{12}")
ARN = re.compile(r"arn:aws[\w-]*:(?:iam|sts)::\d{12}:[\w+=,.@/-]{1,1500}")


def _field(xml: str, name: str) -> str:
    found = re.search(rf"<{name}>([^<]{{0,2048}})</{name}>", xml)
    return found.group(1).strip() if found else ""


def check(finding: Finding, options: Options, deadline: Deadline) -> Verdict:
    if not finding.partner:
        return Verdict(UNKNOWN, "no secret access key beside this key id: nothing to check with")
    url = options.endpoints["aws_sts"].rstrip("/") + "/"
    headers = sign(finding.secret, finding.partner, url, BODY, datetime.datetime.now(datetime.timezone.utc))
    try:
        status, body = request(url, method="POST", headers=headers, body=BODY, deadline=deadline)
    except NetworkError as error:
        return Verdict(UNKNOWN, f"STS unreachable ({error})")
    text = body.decode("utf-8", "replace")
    if status == 200:
        account, arn = _field(text, "Account"), _field(text, "Arn")
        if ACCOUNT.fullmatch(account) and ARN.fullmatch(arn):
            return Verdict(LIVE, f"live key of account {account}, {arn}")
        return Verdict(LIVE, f"live key ({UNEXPECTED})")
    code = _field(text, "Code")
    if status == 403 and code in DEAD_ERRORS:
        return Verdict(DEAD, f"STS rejected the key ({code})")
    return Verdict(UNKNOWN, f"STS answered HTTP {status} ({code if code in KNOWN_ERRORS else UNEXPECTED})")
