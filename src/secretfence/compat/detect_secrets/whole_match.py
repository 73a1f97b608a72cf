"""detect-secrets plugins that report a fragment of a secret, made to report the whole secret.

`RegexBasedDetector.analyze_string` uses `regex.findall`, which returns a regex's capture
groups, not its match, whenever it has groups: the value hashed into the baseline is then
whatever the group holds. Where that is a prefix, every token of a kind shares one hash, and
one audited false positive (`is_secret: false`) lets every other token of that kind through,
at the commit hook and at the upload gate. The classes below keep detect-secrets' regexes and
class names (baselines record plugins by name) and report each match whole.

Audit of detect-secrets 1.5 (every plugin, every regex;
tests/compat/detect_secrets/whole_match_test.py keeps this table in step with the installed
detect-secrets):

=========================  =====================================  ==========================================
plugin                     what detect-secrets reports            verdict
=========================  =====================================  ==========================================
ArtifactoryDetector        no group: the token, with the one      whole token (the delimiters only make
                           delimiter before / after it            hashes stricter): kept
AWSKeyDetector             key id (no group); secret key: its     the group is the secret: kept
                           group holds the 40-character value     (replaced by SecretfenceAwsDetector)
AzureStorageKeyDetector    no group: `AccountKey=` + the key      whole: kept
BasicAuthDetector          group: the URL's password              the group is the secret: kept
Base64/HexHighEntropy...   own analyze_string: the quoted value   the value is the secret: kept
CloudantDetector           groups: the password / API key         the group is the secret: kept
DiscordBotTokenDetector    no group                               whole: kept
GitHubTokenDetector        group `(ghp|gho|ghu|ghs|ghr)`: only    FIXED: the whole token
                           the prefix, one hash per kind
GitLabTokenDetector        `(glpat|gldt|glft|glsoat|glrt)-`: the  FIXED: the whole token (both regexes)
                           prefix; `glcbt-([0-9a-fA-F]{2}_)?`:
                           the partition id, or "" (then dropped
                           by is_not_alphanumeric_string: missed)
IbmCloudIamDetector        group: the key                         the group is the secret: kept
IbmCosHmacDetector         group: the secret access key           the group is the secret: kept
IPPublicDetector           group: the whole address (and port)    whole: kept
JwtTokenDetector           no group; its lazy tail matches        kept: header and claims differ per
                           nothing, so header.payload.            token (a re-signed copy of the very
                                                                  same claims shares the hash)
KeywordDetector            own analyze_string: the value group    the value is the secret: kept
MailchimpDetector          no group: key and `-usN` suffix        whole: kept
NpmDetector                three groups: the value (reported      the value is the secret: kept
                           twice, same hash)
OpenAIDetector             no group                               whole: kept
PrivateKeyDetector         no group, but the match is the header  FIXED in the engine: the key block
                           (`BEGIN RSA PRIVATE KEY`): one hash    from the header to its END marker
                           for every key of a kind                (`plugins.private_key_block`)
PypiTokenDetector          no group                               whole: kept (replaced by ours)
SendGridDetector           no group                               whole: kept
SlackDetector              no group                               whole: kept
SoftlayerDetector          group: the key (both regexes)          the group is the secret: kept
SquareOAuthDetector        no group                               whole: kept
StripeDetector             no group                               whole: kept
TelegramBotTokenDetector   no group                               whole: kept (replaced by ours)
TwilioKeyDetector          no group                               whole: kept
=========================  =====================================  ==========================================

Baselines written before this fix hold the fragments' hashes (`sha1("ghp")`); the baseline
ignores such entries (see `plugins.is_fragment_entry`) and says so once.
"""
from __future__ import annotations

from typing import Dict, Generator, Type

from detect_secrets.plugins import github_token, gitlab_token
from detect_secrets.plugins.base import RegexBasedDetector


class _WholeMatch:
    """analyze_string yielding each regex match whole (finditer: the same matches as findall)."""

    denylist: "list"

    def analyze_string(self, string: str) -> Generator[str, None, None]:
        for regex in self.denylist:
            for match in regex.finditer(string):
                yield match.group(0)


class GitHubTokenDetector(_WholeMatch, github_token.GitHubTokenDetector):
    pass


class GitLabTokenDetector(_WholeMatch, gitlab_token.GitLabTokenDetector):
    pass


# Plugins with capture groups that hold the secret itself (a password, a key, an address): kept.
GROUP_IS_THE_SECRET = frozenset(
    {"AWSKeyDetector", "BasicAuthDetector", "CloudantDetector", "IbmCloudIamDetector", "IbmCosHmacDetector",
     "IPPublicDetector", "NpmDetector", "SoftlayerDetector"}
)

WHOLE_MATCH_CLASSES: Dict[str, Type[RegexBasedDetector]] = {
    "GitHubTokenDetector": GitHubTokenDetector,
    "GitLabTokenDetector": GitLabTokenDetector,
}
