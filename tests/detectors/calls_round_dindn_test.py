"""Forms read after blind rounds DI-DN (kinds/_code_calls.py): a JAX-RPC stub's login set under its constant (Apache Axis
1's `stub._setProperty(Stub.PASSWORD_PROPERTY, "…")`, a package-qualified constant). Each beside the decoys of its
format, through the engine. Every value here is generated."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

LITERAL = "Literal Credential"
_PASSWORD = drawn_mixed(17250, 14)
_PASSWORD_2 = drawn_mixed(17251, 18)
# (Decipher's Beacon API key: lower-case letters and digits, two parts of 32)
_BEACON_KEY = drawn(17252, 64, "abcdefghijklmnopqrstuvwxyz0123456789")


TRUE_FORMS = [
    # Apache Axis 1's generated stub: its HTTP login set by `_setProperty` under javax.xml.rpc.Stub's constants
    ("n4/groovy/RefreshJob.groovy", "class RefreshJob {\n    String execute(Map params) {\n        Stub stub = (Stub) port\n"
     '        stub._setProperty(Stub.USERNAME_PROPERTY, "wsintegration")\n'
     f'        stub._setProperty(Stub.PASSWORD_PROPERTY, "{_PASSWORD}")\n    }}\n}}\n', 5, _PASSWORD, LITERAL),
    ("src/main/java/a/Port.java", "class Port {\n  void open(ArgoServicePort port) {\n"
     f'    ((org.apache.axis.client.Stub) port)._setProperty(javax.xml.rpc.Stub.PASSWORD_PROPERTY, "{_PASSWORD}");\n  }}\n}}\n',
     3, _PASSWORD, LITERAL),
    # Decipher's Beacon API package: `api.login(key, host)`, the key first
    ("tools/beacon_pull.py", "from decipher.beacon import api\n\nSERVER = \"https://survey.example-research.co.uk\"\n"
     f'api.login("{_BEACON_KEY}", SERVER)\nrows = api.get("surveys/selfserve/53b/data", format="json")\n', 4, _BEACON_KEY, LITERAL),
    ("tools/pull.py", f'from decipher import beacon\nb = beacon.BeaconAPI()\nb.login("{_BEACON_KEY}", "selfserve.decipherinc.com")\n',
     3, _BEACON_KEY, LITERAL),
    # a JAX-RPC Call's property under its class written with its package
    ("src/main/java/a/Rpc.java", f'call.setProperty(javax.xml.rpc.Call.PASSWORD_PROPERTY, "{_PASSWORD_2}");\n', 1, _PASSWORD_2,
     LITERAL),
    # JAX-WS: the request context's property under BindingProvider's constant, its package written
    ("src/main/java/a/Ws.java", "((javax.xml.ws.BindingProvider) port).getRequestContext()"
     f'.put(javax.xml.ws.BindingProvider.PASSWORD_PROPERTY, "{_PASSWORD_2}");\n', 1, _PASSWORD_2, LITERAL),
]

DECOYS = [
    # (the password from a variable, the environment, a placeholder; the user and the endpoint set beside it)
    ("n4/groovy/RefreshJob.groovy", "class RefreshJob {\n    String execute(Map params) {\n"
     '        stub._setProperty(Stub.USERNAME_PROPERTY, "wsintegration")\n'
     "        stub._setProperty(Stub.PASSWORD_PROPERTY, params.password)\n"
     '        stub._setProperty(Stub.PASSWORD_PROPERTY, System.getenv("N4_PASSWORD"))\n'
     '        stub._setProperty(Stub.PASSWORD_PROPERTY, "${n4Password}")\n'
     '        stub._setProperty(Stub.ENDPOINT_ADDRESS_PROPERTY, "http://n4-app-01.terminal.local:9080/apex/services/argoservice")\n'
     '        stub._setProperty(javax.xml.rpc.Stub.SESSION_MAINTAIN_PROPERTY, "true")\n    }\n}\n'),
    ("src/main/java/a/Ws.java", 'ctx.put(javax.xml.ws.BindingProvider.PASSWORD_PROPERTY, "<your-password>");\n'
     "ctx.put(javax.xml.ws.BindingProvider.PASSWORD_PROPERTY, cfg.getPassword());\n"),
    # (Decipher's key from the environment, a name, a stand-in, its README's example; a user's name)
    ("tools/beacon_pull.py", "from decipher.beacon import api\napi.login(os.environ[\"BEACON_KEY\"], SERVER)\napi.login(KEY, SERVER)\n"
     'api.login("YOUR_64_CHARACTER_API_KEY_GOES_HERE", SERVER)\n'
     'api.login("analyst@bluebridge-research.co.uk", SERVER)\n'),
    # (a key's shape given to another API's login, in a file importing no Decipher package)
    ("tools/other.py", f'import acme_sdk\nclient.login("{_BEACON_KEY}", SERVER)\n'),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret", "kind"), TRUE_FORMS, ids=[row[0] for row in TRUE_FORMS])
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str, kind: str) -> None:
    assert (line, kind, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS, ids=[row[0] for row in DECOYS])
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []
