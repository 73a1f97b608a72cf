"""Forms read after blind rounds BM-BR (properties, YAML and the value judgement): Open edX's LTI
passports (`"lti_passports": ["<id>:<client key>:<client secret>"]`), Spring Security's `{noop}<password>`,
Sakai's bean-qualified properties (`password@javax.sql.BaseDataSource=…`), a CUPS SMB device URI whose
workgroup comes before the user (`smb://WORKGROUP/user:pw@host/printer`), a bare `key:` beside its API's
`base_url:` (a 40-hex key too), and an issued secret with a `-` in it broken at capitals into no words.
Each beside the decoys of its format, through the engine. Every value here is generated."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests import fakes
from tests.accuracy.labelled import blocked_lines as _blocked

_HEX = "0123456789abcdef"
_PASSPORT_SECRET = fakes.drawn_mixed(9101, 32)
_OTHER_PASSPORT_SECRET = fakes.drawn_mixed(9102, 24)
_API_HEX_KEY = fakes.drawn(9103, 40, _HEX)
_API_KEY = fakes.drawn_mixed(9104, 32)
_CHECKSUM = fakes.drawn(9105, 40, _HEX)


def _broken_secret() -> str:
    """36 characters, a `-` in them, two digits, runs of consonants between capitals (`…Hg0Sv…`)."""
    return "Vkrt" + fakes.drawn(9106, 4, "BCDFGHJKLMNPQRSTVWXZ") + "Hg0SvMx7Q-" + fakes.drawn(9107, 18, "bcdfghjklmnpqrstvwxzBCDFGHJKLMNPQRSTVWXZ")


_BROKEN_SECRET = _broken_secret()

TRUE_FORMS = [
    # Open edX: a course policy's passports, on the key's line and listed over lines; an OLX course's attribute
    ("course/policies/2025_T1/policy.json",
     '{\n  "course/2025_T1": {\n    "display_name": "Biology",\n'
     f'    "lti_passports": ["labster:acme-labster:{_PASSPORT_SECRET}"]\n  }}\n}}\n', 4, _PASSPORT_SECRET),
    ("course/policies/2025_T1/policy.json",
     f'{{\n  "lti_passports": [\n    "zoom:zoom-acme:{_OTHER_PASSPORT_SECRET}",\n    "labster:acme-labster:{_PASSPORT_SECRET}"\n  ]\n}}\n',
     4, _PASSPORT_SECRET),
    ("course/course/2025_T1.xml",
     f'<course display_name="Biology" lti_passports="[&quot;labster:acme-labster:{_PASSPORT_SECRET}&quot;]"/>\n',
     1, _PASSPORT_SECRET),
    # Spring Security's {noop}: properties, YAML, a call in code
    ("src/main/resources/application-prod.properties",
     "fleet.security.user.ops.tenant=DEFAULT\nfleet.security.user.ops.password={noop}Quarry#Lantern5183\n", 2,
     "Quarry#Lantern5183"),
    ("src/main/resources/application.yml", 'spring:\n  security:\n    user:\n      password: "{noop}Marten!Cobalt2746"\n', 4,
     "Marten!Cobalt2746"),
    ("src/main/java/com/acme/SecurityConfig.java",
     'UserDetails ops = User.withUsername("ops")\n    .password("{noop}Tw7Kq2Lm9Zx4").roles("OPS").build();\n', 2,
     "Tw7Kq2Lm9Zx4"),
    # Sakai: the database's password, an LDAP provider's
    ("sakai/sakai.properties",
     "url@javax.sql.BaseDataSource=jdbc:mysql://db.lms.internal:3306/sakai\nusername@javax.sql.BaseDataSource=sakai\n"
     "password@javax.sql.BaseDataSource=Fern#Granite618\n", 3, "Fern#Granite618"),
    ("sakai/local.properties", "ldapPassword@org.sakaiproject.user.api.UserDirectoryProvider=Rk8!Wq3Zt6Lm\n", 1,
     "Rk8!Wq3Zt6Lm"),
    # CUPS: printers.conf's DeviceURI, lpadmin's -v
    ("etc/cups/printers.conf",
     "<Printer Lab-Color>\nInfo Lab colour laser\nDeviceURI smb://CAMPUS/labprint:Birchwood449!@print-01/LabColor\nState Idle\n"
     "</Printer>\n", 3, "Birchwood449!"),
    ("provision/printers.sh", "lpadmin -p Lab -E -v 'smb://CAMPUS/labprint:Wq7Lm2Zt9Kx4@print-01/Lab' -m everywhere\n", 1,
     "Wq7Lm2Zt9Kx4"),
    # a bare key beside its API's root: 40 hex, generated
    ("sync/config/volunteers.yml",
     f"volunteers:\n  base_url: https://api.volunteers.acme.net/v2\n  key: {_API_HEX_KEY}\n  per_page: 50\n", 3, _API_HEX_KEY),
    ("sync/config/services.yaml", f"crm:\n  key: {_API_KEY}\n  api_url: https://crm.acme.net/api\n", 2, _API_KEY),
    # an issued client secret with a `-`
    ("connector/src/main/resources/application-prod.yml",
     f"hotel:\n  oauth:\n    client-id: Acme_Client\n    client-secret: {_BROKEN_SECRET}\n", 4, _BROKEN_SECRET),
]

DECOYS = [
    ("course/policies/course/policy.json",
     '{\n  "lti_passports": ["lti_id:client_key:client_secret"],\n  "advanced_modules": ["lti_consumer"]\n}\n'),
    ("lms/djangoapps/tests/test_lti.py", 'LTI_PASSPORTS = ["test_tool:test_key:test_secret"]\n'),
    ("course/policies/course/policy.json", '{\n  "lti_passports": [],\n  "tabs": ["a:b:c"]\n}\n'),
    ("src/main/resources/application.properties",
     "spring.security.user.password={noop}${ADMIN_PASSWORD}\nadmin.password={noop}password\n"
     "ops.password={bcrypt}$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy\n"),
    ("sakai/sakai.properties",
     "password@javax.sql.BaseDataSource=${SAKAI_DB_PASSWORD}\nusername@javax.sql.BaseDataSource=sakaiuser\n"
     "smtp@org.sakaiproject.email.api.EmailService=smtp.acme.edu\nversion@org.sakaiproject.component.api.ServerConfigurationService=23.1\n"),
    ("etc/cups/printers.conf",
     "DeviceURI smb://WORKGROUP/username:password@server/printer\nDeviceURI smb://CAMPUS/print-01/LabColor\n"
     "DeviceURI ipp://print-01.acme.internal/printers/Lab\n"),
    ("docs/printing.md", "lpadmin -p Lab -E -v smb://CAMPUS/labprint:Wq7Lm2Zt9Kx4@print-01/Lab\n"),
    ("ansible/roles/tools/vars.yml",
     f"download:\n  url: https://releases.acme.net/tool-1.4.tar.gz\n  key: {_CHECKSUM}\n"),
    ("config/pager.yml", "auth:\n  token: CloudFrontOriginAccessIdentity2List-NextMarker\n"),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret"), TRUE_FORMS)
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    assert (line, secret) in [(number, value) for number, _, value in _blocked(engine, filename, text)]


@pytest.mark.parametrize(("filename", "text"), DECOYS)
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []
