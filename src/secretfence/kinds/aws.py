"""AWS credentials: access key ids, secret access keys (by name or paired), session tokens.

Formats: IAM identifiers reference (unique id prefixes AKIA long-term, ASIA temporary, ABIA STS
service bearer, ACCA context-specific, A3T… older); a secret access key is 40 base64 characters
and is only recognised by context (its name, or standing next to a key id); the account id is
encoded in bits of a key id (see "AWS Access Key ID formats", Tal Be'ery 2023).

AWS's documentation example keys (AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY),
any value containing EXAMPLE, and low-variety placeholders (AKIAXXXXXXXXXXXXXXXX,
AKIATESTTESTTESTTEST) are not reported.
"""
from __future__ import annotations

import binascii
import re
from typing import TYPE_CHECKING, Dict, Iterator, List, Optional, Sequence, Set, Tuple

from secretfence._lazy import lazy_modules
from secretfence.findings import HIGH, LOW, MEDIUM, Finding, Part
from secretfence.kinds._helpers import distinct_chars, following_value, has_repeated_chunk, line_text, window
from secretfence.kinds._spec import Endpoint, Kind, Match, Sample, SecretfenceDetector, Verifier
from secretfence.prefilter.spec import Headed, fold, lazy_regex
from secretfence.redact import mask
from secretfence.verify import DEAD, LIVE, UNEXPECTED, UNKNOWN, Options, Verdict

if TYPE_CHECKING:
    import base64
    import datetime
    import hashlib
    import hmac

    from secretfence.verify._net import Deadline
else:
    # Only `--verify` signs requests: kept out of every scan's start-up (OpenSSL's hashlib above all).
    # base64: a key id's account, on a hit only.
    lazy_modules(globals(), "base64", "datetime", "hashlib", "hmac")

KEY_ID = lazy_regex(r"(?<![A-Za-z0-9])((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16})(?![A-Za-z0-9])")

_ASSIGN = r"""["'\]]*\s*(?::=|=>|=|:)\s*["'`]?"""
_SECRET_VALUE = r"(?P<value>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])"
# Names that say "AWS secret access key" on their own.
# Words may be joined by `_`, `-` or `.` (aws.secret.access.key in a .properties file), and the
# value may follow an XML name (`<env name="AWS_SECRET_ACCESS_KEY" value="…"/>`).
_NAME_THEN_VALUE = r"""(?:""" + _ASSIGN + r"""|["']\s+value\s*=\s*["'])"""
SECRET_BY_NAME = lazy_regex(
    r"(?i)(?<![A-Za-z0-9])(?:aws[_.-]?secret[_.-]?access[_.-]?key|aws[_.-]?secret[_.-]?key|aws[_.-]?secret"
    r"|secret[_.-]?access[_.-]?key|aws[_.-]?sk)" + _NAME_THEN_VALUE + _SECRET_VALUE
)
# `name: AWS_SECRET_ACCESS_KEY` with its `value:` on a following line (Kubernetes env entries).
SECRET_NAME_ITEM = lazy_regex(
    r"""(?i)^\s*(?:-\s+)?name\s*:\s*["']?(?:aws[_.-]?secret[_.-]?access[_.-]?key|aws[_.-]?secret[_.-]?key)["']?\s*$"""
)
# Generic names that count only beside a key id: a word containing one of these, then an
# assignment (`generic_secrets`).
_GENERIC_NAME = lazy_regex(r"secret|token|key|password|pass|pwd|sk|credential")
_WORD_REST = lazy_regex(r"\w*")
_ASSIGNED_SECRET = lazy_regex("(?i)" + _ASSIGN + _SECRET_VALUE)  # (?i): the value may hold ſ, K, İ, ı
BARE_SECRET = lazy_regex(r"""(?<![A-Za-z0-9/+=])(?P<value>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])""")
# What SECRET_BY_NAME and SESSION_TOKEN need, on folded bytes (\s there is ASCII only, so any
# non-ASCII byte counts as possible white space).
_FOLDED_ASSIGN = rb"""["'\]]*[\s\x80-\xff]*(?::=|=>|=|:)"""
# The name is followed by an assignment, by an XML value attribute, or ends its line (a
# Kubernetes env entry's `name:`, whose value follows).
_FOLDED_NAME_END = rb"""(?:["'\]]*[\s\x80-\xff]*(?::=|=>|=|:)|["']\s+value\s*=|["']?[ \t]*(?:\r?\n|$))"""
_SECRET_OR_SESSION = rb"se(?:cret(?:[_.-]?access)?(?:[_.-]?key)?|ssion(?:[_.-]?token)?)" + _FOLDED_NAME_END
_AWS_SK_OR_TOKEN = rb"aws_?s(?:k|ecurity_?token)" + _FOLDED_ASSIGN
FOLDED_NAMES = (
    # One pass for both (the shared literal head keeps re's fast search).
    Headed(lazy_regex(_SECRET_OR_SESSION), ("secret", "session"), lazy_regex(_SECRET_OR_SESSION, re.IGNORECASE)),
    Headed(lazy_regex(_AWS_SK_OR_TOKEN), ("awss", "aws_s"), lazy_regex(_AWS_SK_OR_TOKEN, re.IGNORECASE)),
)
SESSION_TOKEN = lazy_regex(
    r"(?i)(?:aws_?session_?token|aws_?security_?token|sessiontoken|session_?token|session)"
    + _ASSIGN
    # (the whole run: base64url going on past it, `-` or `_`, is another service's session, a Telegram
    # client's session string, never an STS token's standard base64)
    + r"(?P<value>[A-Za-z0-9/+=]{100,})(?![A-Za-z0-9/+=_-])"
)

# STS session tokens by their own shape: base64 of a blob that starts "\x17\n\x06er/aws" (issued
# 2014-2019: FQoGZXIvYXdz…, FwoGZXIvYXdz…) or "!\n\torigin_…" (since 2019: IQoJb3JpZ2lu…), a
# few hundred characters long.
SESSION_TOKEN_HEADS = ("IQoJb3JpZ2lu", "FwoGZXIvYXdz", "FQoGZXIvYXdz")
SESSION_TOKEN_SHAPE = lazy_regex(
    r"(?<![A-Za-z0-9/+])(?P<value>(?:IQoJb3JpZ2lu|F[wQ]oGZXIvYXdz)[A-Za-z0-9/+]{100,}={0,2})(?![A-Za-z0-9/+=])"
)
# The engine's prefilter: one regex pass for key id prefixes and session token heads.
KEY_ID_PREFIXES = Headed(
    lazy_regex(r"A(?:KIA|SIA|BIA|CCA|3T)|IQoJb3JpZ2lu|F[wQ]oGZXIvYXdz"),
    heads=("AKIA", "ASIA", "ABIA", "ACCA", "A3T") + SESSION_TOKEN_HEADS,
)
_KEY_ID_HEAD = lazy_regex(r"A(?:KIA|SIA|BIA|CCA|3T)")
# A key id inside a SigV4 credential scope (`X-Amz-Credential=AKIA…/20240101/us-east-1/s3/aws4_request`,
# `Credential=AKIA…/…` in an Authorization header, URL-encoded or not) or a SigV2 presigned URL's
# `AWSAccessKeyId=`: the request was signed already; no secret travels with it.
SIGNED_REQUEST_KEY_ID = lazy_regex(
    r"(?i)(?:credential=|awsaccesskeyid=)(?P<key_id>[A-Z0-9]{20})(?:/|%2f|&|$|\s|[\"',])"
)
# Words that only a made-up key id or token holds (AWS's own docs use EXAMPLE).
_FAKE_WORDS = lazy_regex(r"EXAMPLE|FAKE|DUMMY|SAMPLE|TEST|XXXX|0000|1234567")
# The same in a secret or token, case-sensitive (random base64 mixes cases: "test" is likely
# somewhere in a long one, "FAKE" is not).
_FAKE_WORDS_MIXED = lazy_regex(r"EXAMPLE|FAKE|DUMMY|SAMPLE|XXXX|(?i:example)")
# Generic names a secret access key takes in files about AWS/S3: S3_SECRET, SecretKey, secret_key.
GENERIC_SECRET_NAME = lazy_regex(
    r"(?i)(?<![A-Za-z0-9])[\w.-]{0,40}?secret(?:[_.-]?(?:access)?[_.-]?key)?" + _ASSIGN + _SECRET_VALUE
)
# What makes a file about AWS: its SDKs, CLIs, endpoints and the names they use.
AWS_FILE_CONTEXT = lazy_regex(
    r"(?i)(?<![a-z0-9])(?:aws|amazonaws|s3|s3fs|s3cmd|boto3?|botocore|aws-sdk|awssdk|minio|s3client)(?![a-z0-9])"
)
_AWS_FILE_NAMES = lazy_regex(r"(?i)(?:^|[/._-])(?:aws|s3|s3cfg|boto|passwd-s3fs)(?:$|[/._-])")

KIND_BY_PREFIX = {
    "AKIA": "long-term access key id",
    "ASIA": "temporary (STS) access key id",
    "ABIA": "STS service bearer token id",
    "ACCA": "context-specific credential id",
}

REMEDIATION = (
    "Deactivate and delete the key in IAM (console: IAM > Users > Security credentials, or "
    "`aws iam delete-access-key`), review CloudTrail for its use, and switch to roles or SSO."
)


def generic_secrets(line: str, folded: str) -> Iterator[str]:
    """Secret values assigned to generic names: what finditer of
    `(?i)(?:secret|token|key|password|pass|pwd|sk|credential)\\w*` + assignment + 40 characters
    finds.

    The name's `\\w*` runs to the end of its word whichever name word it starts at, so each
    word is tried once, at its end (the regex tried every name word in it: quadratic on a word
    like `keykeykey…`). `folded` is `fold(line)` (IGNORECASE's letters at the same offsets).
    """
    position = 0
    while True:
        name = _GENERIC_NAME.search(folded, position)
        if name is None:
            return
        word_end = _WORD_REST.match(line, name.end()).end()
        found = _ASSIGNED_SECRET.match(line, word_end)
        if found is None:
            position = word_end  # every name word in this word fails the same way
            continue
        yield found.group("value")
        position = found.end()


def account_id(key_id: str) -> Optional[str]:
    """The 12-digit account id encoded in modern key ids (None for older/odd ones)."""
    try:
        decoded = base64.b32decode(key_id[4:])
    except (binascii.Error, ValueError):
        return None
    value = int.from_bytes(decoded[:6], "big") & 0x7FFFFFFFFF80
    return f"{value >> 7:012d}"


def is_placeholder_key_id(key_id: str) -> bool:
    """AKIAIOSFODNN7EXAMPLE, AKIAXXXXXXXXXXXXXXXX, AKIAFAKEFAKEFAKEFAKE, AKIA1234567890ABCDEF."""
    body = key_id[4:]
    return _FAKE_WORDS.search(body) is not None or distinct_chars(body) < 6 or has_repeated_chunk(body)


def is_placeholder_token(value: str) -> bool:
    """A session token that says it is made up, or is mostly one character after its head."""
    body = value[12:]
    return _FAKE_WORDS_MIXED.search(value) is not None or has_repeated_chunk(body) or distinct_chars(body) < 16


def signed_request_key_ids(line: str) -> Set[str]:
    """Key ids the line shows only as the signer of a request (presigned URL, Authorization header)."""
    if "redential" not in line and "ccessKeyId=" not in line:
        return set()
    return {found.group("key_id") for found in SIGNED_REQUEST_KEY_ID.finditer(line)}


_TABLE_SUFFIXES = (".csv", ".tsv", ".tab", ".psv")
# A column's name saying its cells are ids (`key_id`, `Access key ID`, `AccessKeyId`): its last word `id`.
_ID_COLUMN = lazy_regex(r"(?:^|[^A-Za-z])(?i:id)$|[a-z]Id$")


def listed_key_ids(lines: Sequence[str], line: str, filename: str) -> Set[str]:
    """Key ids a table lists in a column named for ids, where no column of its header names a secret: an inventory of
    keys (`aws iam list-access-keys` exported, a key-rotation audit's `key_id,last4,…`), which holds no secret to
    pair them with. (The console's credentials CSV, `Access key ID,Secret access key`, names its secret: not one.)"""
    from secretfence.kinds import tabular

    if not filename.lower().endswith(_TABLE_SUFFIXES):
        return set()
    header = tabular.header_of(lines)
    if header is None or header[1] == line.strip():
        return set()
    delimiter = tabular.delimiter_of(header[1], filename)
    if tabular.credential_columns(header[1], delimiter):
        return set()
    names = [tabular.column_name(cell) for cell in tabular.row_cells(header[1], delimiter)]
    cells = tabular.row_cells(line, delimiter)
    return {cell.strip() for number, cell in enumerate(cells[:len(names)])
            if _ID_COLUMN.search(names[number]) and cell.strip().startswith(("AKIA", "ASIA", "ABIA", "ACCA", "A3T"))}


# (stop 67) A key id as a mapping's key whose value is a note in words: `{"AKIA…": "old reports key (revoked)"}` in code,
# `AKIA…: rotated by ops in May` in YAML, Perl's and Ruby's `=>`. An inventory kept in code or configuration, as a table's
# id column is (listed_key_ids): the note says what the key was, and no secret stands beside it (a paired one, or a
# 40-character run in the note, keeps it high). A note is two words of letters with a blank between; a value of one
# word (`"prod"`), a variable or a secret's shape is no note.
_NOTED_KEY_ID = lazy_regex(
    r"""(?<![A-Za-z0-9])(?P<q>["']?)(?P<key_id>(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16})(?P=q)[ \t]*(?::|=>)[ \t]*"""
    r"""(?:"(?P<dq>[^"\n]{3,200})"|'(?P<sq>[^'\n]{3,200})'|(?P<bare>[^\s"'#{\[][^#\n]{2,199}))""")
_NOTE_WORDS = lazy_regex(r"[^\W\d_]{2,}[ \t]+\(?[^\W\d_]{2,}")


def noted_key_ids(line: str) -> Set[str]:
    """Key ids the line gives a note in words as their mapping's value (see _NOTED_KEY_ID)."""
    noted: Set[str] = set()
    for found in _NOTED_KEY_ID.finditer(line):
        note = found.group("dq") or found.group("sq") or found.group("bare") or ""
        if _NOTE_WORDS.search(note) is not None and BARE_SECRET.search(note) is None:
            noted.add(found.group("key_id"))
    return noted


# A secret access key split over literals from a line on (stop 62): two to six quoted base64 pieces joined by a language's
# concatenation (`+`, `.`, `..`, `&`, `||`, or nothing: Python's and C's adjacent literals), over lines or on one.
_SPLIT_PIECE = r"""(?P<q{0}>["'])[A-Za-z0-9/+]{{1,39}}(?P=q{0})"""
_SPLIT_JOIN = r"""[ \t]*(?:(?:\+|\.\.?|&|\|\|)[ \t]*)?(?:\r?\n[ \t]*)?"""  # (one blank run either side of the sign)
SPLIT_SECRET = lazy_regex(_SPLIT_PIECE.format(0) + "".join(
    r"(?:" + _SPLIT_JOIN + _SPLIT_PIECE.format(piece) + r")" + ("" if piece == 1 else "?") for piece in range(1, 6)))
_SPLIT_PIECES = lazy_regex(r"""(["'])([A-Za-z0-9/+]{1,39})\1""")
_SPLIT_LINES = 6  # lines a split secret's pieces may stand on


def _split_secrets(lines: Sequence[str], index: int) -> List[str]:
    """The 40-character values joined from literals split from line `index` on (see SPLIT_SECRET)."""
    text = "\n".join(line_text(lines, other) for other in range(index, min(len(lines), index + _SPLIT_LINES)))
    first_line_end = text.find("\n")
    joined: List[str] = []
    for found in SPLIT_SECRET.finditer(text, 0, len(text)):
        if 0 <= first_line_end < found.start():
            break  # (pieces opening on a later line are that line's)
        value = "".join(piece.group(2) for piece in _SPLIT_PIECES.finditer(found.group(0)))
        if BARE_SECRET.fullmatch(value):
            joined.append(value)
    return joined


def is_plausible_secret(value: str) -> bool:
    """40 random base64 characters nearly always mix cases and digits or symbols."""
    if _FAKE_WORDS_MIXED.search(value) or has_repeated_chunk(value):
        return False
    if not (re.search(r"[a-z]", value) and re.search(r"[A-Z]", value)):
        return False
    if not re.search(r"[0-9/+]", value):
        return False
    return distinct_chars(value) >= 15


class SecretfenceAwsDetector(SecretfenceDetector):
    """AWS access key ids, secret access keys and session tokens, paired when side by side."""

    secret_type = "AWS Credentials"
    kind = "aws"
    exact_keywords = ("AKIA", "ASIA", "ABIA", "ACCA", "A3T") + SESSION_TOKEN_HEADS
    keyword_pattern = KEY_ID_PREFIXES
    # Every name SECRET_BY_NAME and SESSION_TOKEN accept, followed by an assignment: prose that
    # mentions a secret or a session is not a candidate.
    folded_keyword_patterns = FOLDED_NAMES
    replaces = ("AWSKeyDetector",)
    remediation = REMEDIATION

    true_samples = (
        Sample('awsToken := "AKIALALEMEL33243OLIA"', "main.go", "key id alone"),
        Sample("[default]\naws_access_key_id = AKIA4NACSIJMDDNSEDTE\naws_secret_access_key = "
               "9dAkm3fHzLq2W+Rr8TnPq0VbXy7uKs1GeZo4HcJd\n", "credentials", "ini pair"),
        Sample('s3 = boto3.client("s3", aws_secret_access_key="Zq8mX3vT1pLk9Rr2Ws7nYb4Hc6Jd0Fg5Aa/Ee+Uu")',
               "upload.py", "kwarg behind an indirect-reference-shaped line"),
        Sample('{"AccessKeyId": "ASIAZHHR7UCDZQFNUQLY",\n "SecretAccessKey": "Pq3rS5tU7vW9xY1zA2bC4dE6fG8hI0jK/lMnOpQr"}',
               "creds.json", "json pair"),
        Sample('clid = "AKIAQWADE5R42RDZ4JEM"\ntoken = "V84C7sDU001tFFodKU95USNy97TkqXymnvsFmYhQ"',
               "creds.py", "generic names, adjacent"),
        Sample("export AWS_SESSION_TOKEN=" + "IQoJb3JpZ2luX2VjEJr" + "a1B2c3D4e5F6g7H8" * 8, "env.sh", "session"),
        Sample("AWS_SECURITY_TOKEN=" + "IQoJb3JpZ2luX2VjEJr" + "q9W8e7R6t5Y4u3I2" * 8, ".env", "older session name"),
        Sample("AWSSK=Zq8mX3vT1pLk9Rr2Ws7nYb4Hc6Jd0Fg5Aa/Ee+Uu", ".env", "short name"),
        Sample("host_base = s3.amazonaws.com\nsecret_key = Hq2Zm8Xv5Lp3Wt7Rk9Nb4Yc6Jd1Fg0Ss/Aa+Ee1U\n", ".s3cfg",
               "generic name in a file about S3"),
        Sample('{"AWS": {"Region": "us-east-1",\n  "SecretKey": "Pq3rS5tU7vW9xY1zA2bC4dE6fG8hI0jK/lMnOpQr"}}',
               "appsettings.json", "SecretKey in an AWS section"),
        Sample('new BasicAWSCredentials("AKIAQWADE5R42RDZ4JEM", "Lm4Nq8Vr2Xs6Zt0Bw3Cy7Dh1Fk5Gj9Hp/Jq+Kr2M")',
               "Up.java", "pair as bare arguments"),
        Sample("AKIAQWADE5R42RDZ4JEM:Lm4Nq8Vr2Xs6Zt0Bw3Cy7Dh1Fk5Gj9Hp/Jq+Kr2M", ".passwd-s3fs", "s3fs passwd"),
        Sample("'X-Amz-Security-Token': '" + "IQoJb3JpZ2luX2VjEJr" + "Zx8Cv7Bn6Mq5Wl4Ek3Rj2Th1Yg0Uf9Id" * 6 + "'",
               "req.py", "session token alone (2019+ form)"),
        Sample("        - name: AWS_SECRET_ACCESS_KEY\n          value: Lm4Nq8Vr2Xs6Zt0Bw3Cy7Dh1Fk5Gj9Hp/Jq+Kr2M\n",
               "deployment.yaml", "k8s env entry, named on the line above"),
        Sample("app.aws.secret.access.key=Lm4Nq8Vr2Xs6Zt0Bw3Cy7Dh1Fk5Gj9Hp/Jq+Kr2M", "application.properties",
               "dotted name"),
        Sample('<env name="AWS_SECRET_ACCESS_KEY" value="Lm4Nq8Vr2Xs6Zt0Bw3Cy7Dh1Fk5Gj9Hp/Jq+Kr2M" />', "App.xml",
               "XML name/value"),
        Sample("token: FwoGZXIvYXdzEJr" + "Zx8Cv7Bn6Mq5Wl4Ek3Rj2Th1Yg0Uf9Id" * 6, "config.yaml",
               "session token alone (older form)"),
        Sample("curl -H 'X-Amz-Security-Token: IQoJb3JpZ2luX2VjEJr" + "Qw7Er5Ty3Ui1Op9As8Df6Gh4Jk2Lz0Xc" * 6 + "' -H "
               "'Authorization: AWS4-HMAC-SHA256 Credential=ASIA2Q7STJRBJYXR7NKG/20240611/eu-west-1/execute-api/"
               "aws4_request, Signature=d8f9'", ".bash_history",
               "session token beside a signed request's credential scope (medium: it is a live credential)"),
    )
    false_samples = (
        Sample("aws_access_key_id: AKIAIOSFODNN7EXAMPLE", "config.yaml", "AWS docs example"),
        Sample("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "credentials", "docs"),
        Sample("key = AKIAXXXXXXXXXXXXXXXX", "config.ini", "placeholder"),
        Sample("TODAYINASIAASACKOFRICEFELLOVER", "story.txt", "word boundary"),
        Sample("AWS_SECRET_ACCESS_KEY = R6WCNd0erkAuZyD+Fe8C4IwjpYQtniKqnHAzE7Pk5fPrBRpwOnuYxA==", ".env",
               "56-char blob, not a 40-char key"),
        Sample('secret_key = "da39a3ee5e6b4b0d3255bfef95601890afd80709"', "settings.py", "a sha1, no key id"),
        Sample('token = "V84C7sDU001tFFodKU95USNy97TkqXymnvsFmYhQ"', "creds.py", "generic name, no key id"),
        Sample('secret = "Hq2Zm8Xv5Lp3Wt7Rk9Nb4Yc6Jd1Fg0Ss/Aa+Ee1U"', "webhook.py", "generic name, nothing about AWS"),
        Sample("key = AKIAFAKEFAKEFAKEFAKE", "config.ini", "declares itself fake"),
        Sample("key = AKIA1234567890ABCDEF", "config.ini", "sequential placeholder"),
        Sample("aws_session_token = IQoJb3JpZ2luX2VjEXAMPLETOKEN" + "a" * 120, "credentials", "example session token"),
    )

    def find(self, lines: Sequence[str], index: int, filename: str) -> Iterator[Match]:
        line = line_text(lines, index)
        reported: Set[Tuple[str, int]] = set()

        def once(match: Match) -> Iterator[Match]:
            key = (match.secret, match.line_offset)
            if key not in reported:
                reported.add(key)
                yield match

        # Each regex below scans the whole line at every offset; most candidate lines (prose
        # that mentions a session or a secret) hold none of what they need.
        has_key_id = _KEY_ID_HEAD.search(line) is not None
        folded = fold(line)
        named_secret = "secret" in folded or "sk" in folded
        session = "session" in folded or "security" in folded

        # The pairing and the nearby key id depend on the lines only: found once per line, not
        # once per key id or named secret (a line of distinct key ids was quadratic).
        paired_cache: List[List[Tuple[int, str]]] = []
        signers = signed_request_key_ids(line) if has_key_id else set()
        listed_cache: Dict[str, Set[str]] = {}
        for found in KEY_ID.finditer(line) if has_key_id else ():
            key_id = found.group(1)
            if is_placeholder_key_id(key_id):
                continue
            if not paired_cache:
                paired_cache.append(list(self._paired_secrets(lines, index)))
            paired = paired_cache[0]
            account = account_id(key_id)
            what = KIND_BY_PREFIX.get(key_id[:4], "access key id")
            description = f"AWS {what} {mask(key_id)}"
            if account:
                description += f" of account {account[:4]}…"
            if paired:
                description += ", paired with its secret access key"
            # A signed request names its signer's key id; alone, that grants nothing: a warning.
            signer_only = key_id in signers and not paired
            if signer_only:
                description += " in a signed request's credential scope (no secret beside it)"
            # A table of key ids with no column for a secret lists keys (an inventory, an audit): a warning too.
            if not signer_only and not paired and "ids" not in listed_cache:
                listed_cache["ids"] = listed_key_ids(lines, line, filename)  # (once a line)
            listed_only = not signer_only and not paired and key_id in listed_cache["ids"]
            if listed_only:
                description += " listed in a table of key ids that has no column for a secret"
            elif not signer_only and not paired and (":" in line or "=>" in line):
                if "noted" not in listed_cache:
                    listed_cache["noted"] = noted_key_ids(line)  # (once a line)
                listed_only = key_id in listed_cache["noted"]
                if listed_only:
                    description += " given a note as a mapping's key, no secret beside it"
            yield from once(
                Match(
                    secret=key_id,
                    description=description,
                    confidence=LOW if signer_only or listed_only else HIGH,
                    details={"part": Part.ACCESS_KEY_ID, "account_id": account or "", "paired": bool(paired)},
                    partner=paired[0][1] if paired else "",
                )
            )
            for offset, secret in paired:
                yield from once(
                    Match(
                        secret=secret,
                        description=f"AWS secret access key paired with key id {mask(key_id)}",
                        confidence=HIGH,
                        line_offset=offset,
                        details={"part": Part.SECRET_ACCESS_KEY, "key_id": mask(key_id), "account_id": account or ""},
                    )
                )

        nearby_cache: List[Optional[str]] = []
        for found in SECRET_BY_NAME.finditer(line) if named_secret else ():
            value = found.group("value")
            if is_plausible_secret(value):
                if not nearby_cache:
                    nearby_cache.append(self._nearby_key_id(lines, index))
                paired_id = nearby_cache[0]
                yield from once(
                    Match(
                        secret=value,
                        description="AWS secret access key"
                        + (f" paired with key id {mask(paired_id)}" if paired_id else " (named as one)"),
                        confidence=HIGH if paired_id else MEDIUM,
                        details={"part": Part.SECRET_ACCESS_KEY, "key_id": mask(paired_id) if paired_id else ""},
                    )
                )

        if not paired_cache and "secret" in folded:
            # A secret access key under a generic name (S3_SECRET, SecretKey, secret_key) counts
            # with no key id beside it when the file is about AWS or S3.
            for found in GENERIC_SECRET_NAME.finditer(line):
                value = found.group("value")
                if is_plausible_secret(value) and self._about_aws(lines, filename):
                    yield from once(Match(
                        secret=value,
                        description="AWS secret access key under a generic name in a file about AWS/S3",
                        confidence=MEDIUM,
                        details={"part": Part.SECRET_ACCESS_KEY, "key_id": ""},
                    ))

        if "name" in folded and SECRET_NAME_ITEM.match(line):
            for offset, value in following_value(lines, index):
                found_value = BARE_SECRET.fullmatch(value.strip("\"'"))
                if found_value and is_plausible_secret(found_value.group("value")):
                    yield from once(Match(
                        secret=found_value.group("value"),
                        description="AWS secret access key in a name/value environment entry",
                        confidence=MEDIUM, line_offset=offset,
                        details={"part": Part.SECRET_ACCESS_KEY, "key_id": ""},
                    ))

        for found in SESSION_TOKEN_SHAPE.finditer(line) if "oGZXIvYXdz" in line or "IQoJb3JpZ2lu" in line else ():
            value = found.group("value")
            if not is_placeholder_token(value):
                yield from once(Match(
                    secret=value,
                    # Beside a signed request's credential scope too (an `X-Amz-Security-Token`
                    # header or query parameter): a session token is a live credential until it
                    # expires, with or without its secret key in the file.
                    description="AWS session token, recognised by its own form (temporary credentials)",
                    confidence=MEDIUM,
                    details={"part": Part.SESSION_TOKEN},
                ))

        for found in SESSION_TOKEN.finditer(line) if session else ():
            value = found.group("value")
            if not is_placeholder_token(value):
                yield from once(
                    Match(
                        secret=value,
                        description="AWS session token (temporary credentials; expires, but usable until then)",
                        confidence=MEDIUM,
                        details={"part": Part.SESSION_TOKEN},
                    )
                )

    def _paired_secrets(self, lines: Sequence[str], index: int) -> Iterator[Tuple[int, str]]:
        """The secret access key on a key id's line or in its section (±5 lines), if any.

        The same for every key id on the line (a secret is 40 characters, a key id 20: never
        the key id itself).
        """
        for other in [index, *window(lines, index)]:
            text = line_text(lines, other)
            candidates: List[str] = list(generic_secrets(text, fold(text)))
            candidates += [m.group("value") for m in SECRET_BY_NAME.finditer(text)]
            if not candidates and (other == index or not KEY_ID.search(text)):
                # On the key id's own line: `new BasicAWSCredentials("AKIA…", "secret")`, s3fs's
                # `AKIA…:secret`.
                candidates = [m.group("value") for m in BARE_SECRET.finditer(text)]
            if not candidates and ("'" in text or '"' in text):
                # (stop 62) Split over literals joined where it is given: Java's `"QXeF…" +` then `"okMK…");` below
                # the key id in `AwsBasicCredentials.create("AKIA…", …)`, Python's implicit join, Lua's `..`
                candidates = _split_secrets(lines, other)
            for value in dict.fromkeys(candidates):
                if is_plausible_secret(value):
                    yield other - index, value
                    return

    def _about_aws(self, lines: Sequence[str], filename: str) -> bool:
        """The file names AWS, S3 or their SDKs somewhere (found once per file)."""
        cached = self.__dict__.get("_aws_context")
        if cached is not None and cached[0] is lines and cached[1] == filename:
            return bool(cached[2])
        about = bool(_AWS_FILE_NAMES.search(filename)) or any(AWS_FILE_CONTEXT.search(text) for text in lines)
        self.__dict__["_aws_context"] = (lines, filename, about)
        return about

    def _nearby_key_id(self, lines: Sequence[str], index: int) -> Optional[str]:
        for other in [index, *window(lines, index)]:
            for found in KEY_ID.finditer(line_text(lines, other)):
                if not is_placeholder_key_id(found.group(1)):
                    return found.group(1)
        return None


# --- live check (--verify) ------------------------------------------------------------------
# AWS: STS GetCallerIdentity, signed with Signature Version 4, for a key id paired with its secret.
#
# GetCallerIdentity needs no permission: any valid key pair may call it, and it changes nothing.
# 200 → live (account and ARN); 403 InvalidClientTokenId / SignatureDoesNotMatch → dead.

REGION, SERVICE = "us-east-1", "sts"
BODY = b"Action=GetCallerIdentity&Version=2011-06-15"


def _hmac(key: bytes, message: str) -> bytes:
    return hmac.new(key, message.encode(), hashlib.sha256).digest()


def sign(access_key: str, secret_key: str, url: str, body: bytes, now: datetime.datetime,
         service: str = SERVICE) -> Dict[str, str]:
    """Headers for a SigV4-signed form POST (AWS General Reference, "Signature Version 4")."""
    from urllib.parse import urlsplit

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
ACCOUNT = lazy_regex(r"\d{12}")
ARN = lazy_regex(r"arn:aws[\w-]*:(?:iam|sts)::\d{12}:[\w+=,.@/-]{1,1500}")


def _field(xml: str, name: str) -> str:
    found = re.search(rf"<{name}>([^<]{{0,2048}})</{name}>", xml)
    return found.group(1).strip() if found else ""


def check(finding: Finding, options: Options, deadline: "Deadline") -> Verdict:
    from secretfence.verify._http import request
    from secretfence.verify._net import NetworkError

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


def _checkable(finding: Finding) -> bool:
    # A key id is checked with its paired secret; the secret's finding shares that verdict.
    return finding.details.get("part") is Part.ACCESS_KEY_ID and bool(finding.partner)


KIND = Kind.of(
    SecretfenceAwsDetector,
    aliases=("AWS Access Key",),
    verifier=Verifier(check, applies=_checkable, endpoints=(
        Endpoint("aws_sts", "https://sts.amazonaws.com", "SECRETFENCE_AWS_STS_URL"),
    )),
)
