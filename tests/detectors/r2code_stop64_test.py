"""Blind rounds of stop 64 (code, round two): credentials their readers missed, each beside the decoys nearest to it: a
documented call's slot given a constant's name (web-push's `setVapidDetails(subject, VAPID_PUBLIC, VAPID_PRIVATE)`), the
constant set to a literal or to one split over lines by `+`; Swift's Basic credential encoded from a name
(`Data(pair.utf8).base64EncodedString()`, `pair.data(using: .utf8)!.base64EncodedString()`, `"Basic \\(encoded)"`); a key
sent after `Basic` as it is (OneSignal's REST API key), not base64 of a login; a Mailgun `key-` key of mixed case where
Mailgun is named. Generated fakes only (seeds 7450000-7450049)."""
from __future__ import annotations

import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 7450000
_VAPID_PUBLIC = "B" + fakes.drawn_mixed(_SEED + 1, 86, fakes.ALNUM + "-_")
_VAPID_PRIVATE = fakes.drawn_mixed(_SEED + 2, 43)
_LOGIN_PASSWORD = (f"{fakes.drawn(_SEED + 3, 6, string.ascii_lowercase).capitalize()}#"
                   f"{fakes.drawn(_SEED + 4, 7, string.ascii_lowercase).capitalize()}{fakes.drawn(_SEED + 5, 4, string.digits)}")
_RAW_BASIC_KEY = fakes.drawn_mixed(_SEED + 6, 48)
_MAILGUN_KEY = "key-" + fakes.drawn_mixed(_SEED + 7, 32)


def _push(constants: str) -> str:
    return ('const webpush = require("web-push");\n\n// the "your order is ready" push\n' + constants
            + '\nwebpush.setVapidDetails("mailto:hello@shop.example.org", VAPID_PUBLIC, VAPID_PRIVATE);\n\n'
            "module.exports = (sub, text) => webpush.sendNotification(sub, JSON.stringify({ body: text }));\n")


def _swift_client(body: str) -> str:
    return ("import Foundation\n\nstruct Client {\n    let base = URL(string: \"https://api.example.org/v1\")!\n\n"
            "    func loads() async throws -> Data {\n        var req = URLRequest(url: base.appendingPathComponent(\"loads\"))\n"
            f"{body}        let (data, _) = try await URLSession.shared.data(for: req)\n        return data\n    }}\n}}\n")


def _swift_push(scheme_value: str) -> str:
    return ('import Foundation\n\nvar req = URLRequest(url: URL(string: "https://onesignal.com/api/v1/notifications")!)\n'
            'req.httpMethod = "POST"\n'
            f'req.setValue("{scheme_value}", forHTTPHeaderField: "Authorization")\n'
            'req.setValue("application/json", forHTTPHeaderField: "Content-Type")\n')


def _mailgun(key: str) -> str:
    return ("const formData = require('form-data');\nconst Mailgun = require('mailgun.js');\n\n"
            f"const mg = new Mailgun(formData).client({{\n  username: 'api',\n  key: '{key}',\n}});\n")


FORMS: List[Tuple[str, str, str]] = [
    # web-push's VAPID private key given by a constant's name: set to one literal, or split over lines by `+`
    ("server/push.js", _push(f'const VAPID_PUBLIC = "{_VAPID_PUBLIC}";\nconst VAPID_PRIVATE = "{_VAPID_PRIVATE}";\n'),
     _VAPID_PRIVATE),
    ("server/push.js", _push(f'const VAPID_PUBLIC = "{_VAPID_PUBLIC}";\n'
                             f'const VAPID_PRIVATE = "{_VAPID_PRIVATE[:20]}" +\n  "{_VAPID_PRIVATE[20:]}";\n'), _VAPID_PRIVATE),
    # Swift's Basic credential encoded from a name holding `user:password`
    ("ios/App/API/Client.swift", _swift_client(
        f'        let pair = "tablet-loads:{_LOGIN_PASSWORD}"\n'
        '        req.setValue("Basic \\(Data(pair.utf8).base64EncodedString())", forHTTPHeaderField: "Authorization")\n'),
     _LOGIN_PASSWORD),
    ("ios/App/API/Client.swift", _swift_client(
        f'        let pair = "tablet-loads:{_LOGIN_PASSWORD}"\n'
        '        req.setValue("Basic \\(pair.data(using: .utf8)!.base64EncodedString())", forHTTPHeaderField: "Authorization")\n'),
     _LOGIN_PASSWORD),
    ("ios/App/API/Client.swift", _swift_client(
        f'        let pair = "tablet-loads:{_LOGIN_PASSWORD}"\n        let raw = Data(pair.utf8)\n'
        '        let encoded = raw.base64EncodedString()\n'
        '        req.setValue("Basic \\(encoded)", forHTTPHeaderField: "Authorization")\n'), _LOGIN_PASSWORD),
    # a key sent after `Basic` as it is (OneSignal's REST API key), in any language
    ("scripts/push_test.swift", _swift_push(f"Basic {_RAW_BASIC_KEY}"), _RAW_BASIC_KEY),
    ("scripts/push_test.py", f'import requests\nheaders = {{"Authorization": "Basic {_RAW_BASIC_KEY}"}}\n'
                             'requests.post("https://onesignal.com/api/v1/notifications", headers=headers, json={})\n',
     _RAW_BASIC_KEY),
    # a Mailgun key of mixed case given to mailgun.js' client
    ("src/mail/confirm.js", _mailgun(_MAILGUN_KEY), _MAILGUN_KEY),
]

# (file name, text): nothing blocks
DECOYS: List[Tuple[str, str]] = [
    # the VAPID private key's constant read from the environment, a placeholder; the public key alone by name
    ("server/push.js", _push(f'const VAPID_PUBLIC = "{_VAPID_PUBLIC}";\nconst VAPID_PRIVATE = process.env.VAPID_PRIVATE;\n')),
    ("server/push.js", _push(f'const VAPID_PUBLIC = "{_VAPID_PUBLIC}";\nconst VAPID_PRIVATE = "your-vapid-private-key";\n')),
    ("server/push.js", _push(f'const VAPID_PUBLIC = "{_VAPID_PUBLIC}";\n'
                             'const VAPID_PRIVATE = "your-vapid-" +\n  "private-key";\n')),
    # Swift's pair interpolated, or read from the environment
    ("ios/App/API/Client.swift", _swift_client(
        '        let pair = "\\(user):\\(password)"\n'
        '        req.setValue("Basic \\(Data(pair.utf8).base64EncodedString())", forHTTPHeaderField: "Authorization")\n')),
    ("ios/App/API/Client.swift", _swift_client(
        '        let pair = ProcessInfo.processInfo.environment["API_LOGIN"]!\n'
        '        req.setValue("Basic \\(pair.data(using: .utf8)!.base64EncodedString())", forHTTPHeaderField: "Authorization")\n')),
    # after `Basic`: a run of one letter, a word's run, hex (a Unity Build key where Unity is not named), a stand-in
    ("scripts/push_test.swift", _swift_push("Basic " + "x" * 48)),
    ("scripts/push_test.swift", _swift_push("Basic " + "abcdefghijklmnopqrstuvwxyz" * 2)),
    ("scripts/push_test.swift", _swift_push("Basic " + fakes.drawn(_SEED + 11, 32, "0123456789abcdef"))),
    ("scripts/push_test.swift", _swift_push("Basic YOUR_REST_API_KEY")),
    # `key-` and mixed case where Mailgun is not named; Mailgun's placeholder
    ("src/cache.js", f"const CACHE_PREFIX = '{_MAILGUN_KEY}';\n"),
    ("src/mail/confirm.js", _mailgun("key-yourMailgunApiKeyGoesHere0000000")),
]


@pytest.mark.parametrize("name, text, secret", FORMS, ids=[f"{index}-{form[0]}" for index, form in enumerate(FORMS)])
def test_forms_block(name: str, text: str, secret: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert any(secret == finding.secret for finding in found), [(finding.type, finding.secret[:6]) for finding in found]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_decoys_do_not_block(name: str, text: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert not found, [(finding.type, finding.secret[:6]) for finding in found]
