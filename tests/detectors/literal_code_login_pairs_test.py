"""Forms read after blind rounds BA-BF (kinds/_code_calls.py): a login's user and password (or a
client's id and secret) given by position to a call named for a login or credentials, in Java, C#,
Go, Python, PHP, Scala and JavaScript; a converter to a secret (`Secret.fromString`); a map's arrow
entry; a JAAS pair escaped in a code string; a conditional's literal beside an environment read; a
property set under JNDI's credentials constant; Ghost's Admin API key; a Basic header of a key alone.
Each beside the decoys of its format, through the engine. Every value here is generated."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked


LITERAL = "Literal Credential"
TRUE_FORMS = [
    ("src/main/java/acme/Job.java", 'try (Connection c = DriverManager.getConnection(URL, "ledger_rw", "Heron#Lattice5821")) {\n',
     1, "Heron#Lattice5821"),
    ("src/main/java/acme/Es.java", 'creds.setCredentials(AuthScope.ANY,\n    new UsernamePasswordCredentials("idx-writer", "Pq3LmZ8vXk2TwR9nBc4Hy"));\n',
     2, "Pq3LmZ8vXk2TwR9nBc4Hy"),
    ("Jobs/Upload.cs", '        using var sftp = new SftpClient("sftp.bank.example.net", 22, "acme_rcv", "Autumn2025$$");\n', 1,
     "Autumn2025$$"),
    ("Dir/People.cs", '    using var root = new DirectoryEntry(Path, @"CONTOSO\\svc-dir", "Maple@Ridge4471", AuthenticationTypes.Secure);\n',
     1, "Maple@Ridge4471"),
    ("Tools/Unlock.cs", 'using var ctx = new PrincipalContext(ContextType.Domain, "corp.acme.io",\n'
     '    "OU=Staff,DC=corp,DC=acme,DC=io", ContextOptions.Negotiate,\n    "svc-unlock", "Cinder#Falcon6620");\n', 3,
     "Cinder#Falcon6620"),
    ("ldap_report.py", "conn = Connection(srv, 'svc-report@corp.acme.io', 'Quartz@Birch7731')\n", 1, "Quartz@Birch7731"),
    ("lib/auth.php", "if (!ldap_bind($ds, 'svc-dir@corp.acme.io', 'Lichen#Basalt4419')) {\n", 1, "Lichen#Basalt4419"),
    ("cmd/sync/main.go", 'mech, err := scram.Mechanism(scram.SHA256, "ledger-reader", "Walnut#Prod91")\n', 1, "Walnut#Prod91"),
    ("cmd/bridge/nats.go", '\t\tnats.UserInfo("relay", "ThistleAmber4*"),\n', 1, "ThistleAmber4*"),
    ("cmd/store.go", '\tCreds: credentials.NewStaticV4("Q4ZK7PMW2XRN8TJB5LHC", "Rt8Kq2Lm7Vx4Zp9Wn3Bc6Hy1Fd5Gs0JaEuTiOpXw", ""),\n',
     1, "Rt8Kq2Lm7Vx4Zp9Wn3Bc6Hy1Fd5Gs0JaEuTiOpXw"),
    ("src/test/scala/perf/Sim.scala", '    .basicAuth("perf_user", "Winter2024!!")\n', 1, "Winter2024!!"),
    ("Tax/Factory.cs", '        .WithSecurity(2210987654, "7F3A9C1E5B2D4F6A");\n', 1, "7F3A9C1E5B2D4F6A"),
    ("src/main/java/acme/OAuth.java", 'return new OAuth2Config.OAuth2ConfigBuilder("Kq7Zm2Xw9Lt4Rv8Nb3Hc6Jd1Pq5Ws0TyUe",\n'
     '        "Hy4Bc8Nm2Vx6Zq9Lt3Wr7Kp1Jd5Fg0SaEu")\n', 2, "Hy4Bc8Nm2Vx6Zq9Lt3Wr7Kp1Jd5Fg0SaEu"),
    ("scripts/push.py", 'client = SearchClient.create("QH7KX2MZ9P", "9e2f4a6c8b0d1e3f5a7c9b1d3e5f7a9c")\n', 1,
     "9e2f4a6c8b0d1e3f5a7c9b1d3e5f7a9c"),
    ("init.groovy.d/ldap.groovy", "def bindPassword = Secret.fromString('Harrier*Moss3318')\n", 1, "Harrier*Moss3318"),
    # the converter opened at the line's end, its literal on the next line (as black and prettier wrap)
    ("init.groovy.d/smtp.groovy", "def smtpPassword = Secret.fromString(\n    'Kestrel#Alder5527'\n)\n", 2, "Kestrel#Alder5527"),
    ("reader.py", 'auth = pulsar.AuthenticationToken("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJyZXBvcnRlciJ9.Kq7Zm2Xw9Lt4Rv8Nb3Hc6Jd1Pq5Ws0Ty")\n',
     1, "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJyZXBvcnRlciJ9.Kq7Zm2Xw9Lt4Rv8Nb3Hc6Jd1Pq5Ws0Ty"),
    ("src/test/scala/Login.scala", 'val feeder = Array(Map("email" -> "perf@acme.io", "password" -> "Osprey*Linden4471")).circular\n',
     1, "Osprey*Linden4471"),
    ("src/main/java/acme/Kafka.java", 'props.put(SaslConfigs.SASL_JAAS_CONFIG,\n    "org.apache.kafka.common.security.scram.ScramLoginModule required "\n'
     '        + "username=\\"orders\\" password=\\"Birch@Harbor2284\\";");\n', 3, "Birch@Harbor2284"),
    ("src/main/java/acme/Ad.java", 'env.put(Context.SECURITY_CREDENTIALS, "T!mb3r#9");\n', 1, "T!mb3r#9"),
    ("config/initializers/pay.rb", 'PAY = Pay::Client.new(\n  access_token: Rails.env.production? ? "live_Kq7Zm2Xw9Lt4Rv8Nb3Hc6Jd1Pq5Ws0TyUeAb" : ENV.fetch("PAY_TOKEN", ""),\n)\n',
     2, "live_Kq7Zm2Xw9Lt4Rv8Nb3Hc6Jd1Pq5Ws0TyUeAb"),
    ("gatsby-config.js", 'module.exports = {\n  options: {\n    accessToken: isPreview\n      ? "Wn4Bp8Yc5Hd1Fg6Js0KaZk3mQ9vLx2Rt7EuTiOp"\n'
     "      : process.env.CMS_ACCESS_TOKEN,\n  },\n}\n", 4, "Wn4Bp8Yc5Hd1Fg6Js0KaZk3mQ9vLx2Rt7EuTiOp"),
    ("scripts/post.js", "const api = new GhostAdminAPI({\n  url: 'https://blog.acme.io',\n"
     "  key: '5e0c9a1f3b7d2e4c6a8f0b1d:3e5c7a9f1b3d5e7c9a0f2b4d6e8c0a1f3b5d7e9c5e0c9a1f3b7d2e4c6a8f0b1d',\n});\n", 3,
     "3e5c7a9f1b3d5e7c9a0f2b4d6e8c0a1f3b5d7e9c5e0c9a1f3b7d2e4c6a8f0b1d"),
    # (base64 of a key alone, "Basic " + base64(key), as Codat's API takes it)
    ("src/client.ts", "const h = {\n  Authorization: 'Basic SHk0QmM4Tm0yVng2WnE5THQzV3I3S3AxSmQ1RmcwU2FFdQ==',\n};\n", 2,
     "Hy4Bc8Nm2Vx6Zq9Lt3Wr7Kp1Jd5Fg0SaEu"),
]
DECOYS = [
    ("src/main/java/acme/Job.java", 'Connection c = DriverManager.getConnection(URL, USER, System.getenv("DB_PW"));\n'
     'Connection d = DriverManager.getConnection("jdbc:h2:mem:test", "sa", "");\n'),
    ("Dir/People.cs", 'using var root = new DirectoryEntry(LdapPath, user, password, AuthenticationTypes.Secure);\n'
     'using var ctx = new PrincipalContext(ContextType.Domain, "corp.acme.io");\n'),
    ("cmd/store.go", '\tCreds: credentials.NewStaticV4(os.Getenv("S3_KEY"), os.Getenv("S3_SECRET"), ""),\n'
     '\tnats.UserInfo(cfg.User, cfg.Password),\n'),
    ("web/app.js", 'const bound = handler.bind(this, "save", "Kq7Zm2Xw9Lt4");\nif (isConnected("primary", "replica")) {}\n'),
    ("scripts/push.py", 'client = SearchClient.create(os.environ["ALGOLIA_APP"], os.environ["ALGOLIA_KEY"])\n'
     'c2 = SearchClient.create("QH7KX2MZ9P", "prod_products")\n'),
    ("src/Keys.java", 'Key k = Key.of("Enter");\nToken t = Token.of(";");\nSecret s = Secret.fromString("{AQAAABAAAAAQKq7Zm2Xw9Lt4Rv8Nb3Hc6Jd1}");\n'),
    # a converter opened at the line's end: a buffer of a header (read on as any call), a ciphertext on the next line
    ("src/client.js", "const token = Buffer.from(\n  `${user}:${password}`\n).toString('base64');\n"),
    ("init.groovy.d/smtp.groovy", "def smtpPassword = Secret.fromString(\n    '{AQAAABAAAAAQKq7Zm2Xw9Lt4Rv8Nb3Hc6Jd1}'\n)\n"),
    ("src/Sim.scala", 'val m = Map("password" -> "${password}", "user" -> "perf")\nval n = Map("grant_type" -> "password")\n'),
    ("src/main/java/acme/Ad.java", 'env.put(Context.SECURITY_AUTHENTICATION, "simple");\nenv.put(Context.SECURITY_CREDENTIALS, password);\n'),
    ("config/x.rb", 'token: Rails.env.test? ? "test-token" : ENV.fetch("TOKEN"),\nmode = prod ? "live" : ENV["MODE"]\n'),
    ("notes/ids.js", "const ref = { id: '5e0c9a1f3b7d2e4c6a8f0b1d:3e5c7a9f1b3d5e7c9a0f2b4d6e8c0a1f3b5d7e9c5e0c9a1f3b7d2e4c6a8f0b1d' };\n"),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret"), TRUE_FORMS)
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    blocked = _blocked(engine, filename, text)
    # (a Pulsar token is a format the service kind claims first; the literal kind reads it as any token given to a call)
    kinds = {kind for at, kind, value in blocked if (at, value) == (line, secret)}
    assert kinds and kinds <= {LITERAL, "Service API Token"}, blocked
    # (a key sent after `Basic`, base64 of it or as it is, is also the service kind's since stop 64: either blocks it)
    assert LITERAL in kinds or secret.startswith("eyJ") or "'Basic " in text, blocked


@pytest.mark.parametrize(("filename", "text"), DECOYS)
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []
