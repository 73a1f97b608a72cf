"""Forms read after blind set HE (a courier firm in Brazil and Portugal; kinds/_code_calls.py and the literal
credential readers): Cielo's SDKs given the merchant id, then the merchant key (`new Merchant(id, key)`), and
Portuguese documentation's credential labels. Each beside the decoys of its form, through the engine. Every value
here is generated."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed, uuid4

LITERAL = "Literal Credential"
_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
_CIELO_KEY = drawn(2850101, 40, _UPPER)
_CIELO_KEY_2 = drawn(2850102, 40, _UPPER)
_CIELO_ID = uuid4(2850103)
_SFTP_PASSWORD = drawn_mixed(2850110, 14)
_SFTP_PASSWORD_2 = drawn_mixed(2850111, 14)
_PSK = drawn_mixed(2850120, 28)
_PSK_2 = drawn_mixed(2850121, 24)
_SOAP_PASSWORD = drawn_mixed(2850130, 10)
_SOAP_PASSWORD_2 = drawn_mixed(2850131, 12)
_SOAP = "<configuracao>\n  <servico nome=\"Rastreio\">\n    <usuario>rj_logistica</usuario>\n"
_MAPS_KEY = "AIza" + drawn(2850142, 35, _UPPER + "abcdefghijklmnopqrstuvwxyz_-")
_CLIENT_SECRET = drawn_mixed(2850150, 24) + "-" + drawn_mixed(2850151, 23)
_STONE_PAGE = ('# Conciliação\n\n```python\nSTONE_CLIENT_ID = "conciliacao@openbank.stone.com.br"\n'
               f'STONE_CLIENT_SECRET = "{_CLIENT_SECRET}"\n```\n\n')
_VPN_PAGE = "# VPN site-to-site\n\n- Peer SP: 203.0.113.17 (FortiGate 60F)\n- IKEv2, AES256-SHA256, DH 14\n"

TRUE_FORMS = [
    ("src/main/java/shop/CieloConfig.java", "import cieloecommerce.sdk.Merchant;\n\nclass CieloConfig {\n"
     f'    Merchant merchant() {{ return new Merchant("{_CIELO_ID}", "{_CIELO_KEY}"); }}\n}}\n', 4, _CIELO_KEY, LITERAL),
    ("src/Pagamento.php", "<?php\nuse Cielo\\API30\\Merchant;\n\n"
     f"$merchant = new Merchant('{_CIELO_ID}', '{_CIELO_KEY_2}');\n", 4, _CIELO_KEY_2, LITERAL),
    ("pagamentos/cielo.py", "from cieloApi3 import *\n\n"
     f"merchant = Merchant('{_CIELO_ID}', '{_CIELO_KEY}')\n", 3, _CIELO_KEY, LITERAL),
    # (an account's details listed in the page's language: its host, its user, then a drawn password in a code span)
    ("docs/parceiros/sftp.md", "# SFTP do parceiro\n\n- host: sftp.transportes-norte.com.br porta 2222\n- usuario: rj_integra\n"
     f"- senha: `{_SFTP_PASSWORD}`\n", 5, _SFTP_PASSWORD, LITERAL),
    ("docs/lisboa/sftp.md", "# Troca de ficheiros\n\n- servidor: ftp.armazem-sul.pt\n- utilizador: estafetas\n"
     f"- palavra-passe: `{_SFTP_PASSWORD_2}`\n", 5, _SFTP_PASSWORD_2, LITERAL),
    ("docs/partner/sftp.md", "# SFTP Partner\n\n- Host: sftp.spedition-nord.de\n- Benutzer: rj_upload\n"
     f"- Passwort: `{_SFTP_PASSWORD}`\n", 5, _SFTP_PASSWORD, LITERAL),
    # (a VPN tunnel's pre-shared key given bare in a list item, by its abbreviation or its name in the page's language)
    ("docs/ti/vpn-filial.md", _VPN_PAGE + f"- PSK: {_PSK}\n", 5, _PSK, LITERAL),
    ("docs/ti/vpn-lisboa.md", _VPN_PAGE + f"- Chave pré-partilhada: {_PSK_2}\n", 5, _PSK_2, LITERAL),
    ("docs/it/vpn.md", _VPN_PAGE + f"- IPsec pre-shared key: {_PSK_2}\n", 5, _PSK_2, LITERAL),
    # (a page's key in a code block, the page leaving the team a note to move it into a secret store: the team's own)
    ("docs/integracoes/stone.md", _STONE_PAGE + "TODO: tirar isso daqui e colocar no Secrets Manager.\n", 5, _CLIENT_SECRET,
     "Secret Keyword"),
    ("docs/integrations/stone.md", _STONE_PAGE + "FIXME: move these to Vault before the audit\n", 5, _CLIENT_SECRET,
     "Secret Keyword"),
    # (a SOAP client's configuration naming its elements in the team's language: `<senha>`, `<Kennwort>`, `<wachtwoord>`)
    ("integracoes/correios/cliente.xml", _SOAP + f"    <senha>{_SOAP_PASSWORD}</senha>\n  </servico>\n</configuracao>\n", 4,
     _SOAP_PASSWORD, LITERAL),
    ("config/soap-client.xml", _SOAP + f"    <Kennwort>{_SOAP_PASSWORD_2}</Kennwort>\n  </servico>\n</configuracao>\n", 4,
     _SOAP_PASSWORD_2, LITERAL),
    ("config/koppeling.xml", _SOAP + f"    <SenhaServico>{_SOAP_PASSWORD_2}</SenhaServico>\n  </servico>\n</configuracao>\n", 4,
     _SOAP_PASSWORD_2, LITERAL),
]

DECOYS = [
    # (a Merchant of another domain where nothing says Cielo; Cielo's SDK given its key from the environment or a stand-in)
    ("src/main/java/shop/Seed.java", f'class Seed {{\n    Merchant m = new Merchant("{_CIELO_ID}", "{_CIELO_KEY}");\n}}\n'),
    ("src/main/java/shop/CieloConfig.java", "import cieloecommerce.sdk.Merchant;\n\nclass CieloConfig {\n"
     '    Merchant merchant() { return new Merchant(System.getenv("CIELO_MERCHANT_ID"), System.getenv("CIELO_MERCHANT_KEY")); }\n}\n'),
    ("src/Pagamento.php", "<?php\nuse Cielo\\API30\\Merchant;\n\n$merchant = new Merchant('MERCHANT-ID', 'MERCHANT-KEY');\n"),
    # (a tutorial's account on the reader's own machine; a stock password beside a real host and user)
    ("docs/tutorial/sftp.md", "# Testar localmente\n\n- servidor: localhost\n- usuario: teste\n"
     f"- senha: `{_SFTP_PASSWORD}`\n"),
    ("docs/parceiros/sftp.md", "# SFTP\n\n- host: sftp.transportes-norte.com.br\n- usuario: rj_integra\n- senha: `admin`\n"),
    # (a pre-shared key's item pointing at the vault, a stand-in, a word)
    ("docs/ti/vpn-filial.md", _VPN_PAGE + "- PSK: ver cofre\n"),
    ("docs/ti/vpn-lisboa.md", _VPN_PAGE + "- PSK: <chave-do-tunel>\n"),
    ("docs/ti/vpn-porto.md", _VPN_PAGE + "- PSK: segredo\n"),
    # (the element given the environment's value, a stock password, an empty element; a key's element holding a name)
    ("integracoes/correios/cliente.xml", _SOAP + "    <senha>${CORREIOS_SENHA}</senha>\n    <senha>senha123</senha>\n"
     "    <senha></senha>\n    <chave>pix-recebimentos</chave>\n  </servico>\n</configuracao>\n"),
    # (a page's key in a code block with no such note, or a tutorial telling its reader where to keep one: an example's)
    ("docs/integracoes/stone.md", _STONE_PAGE + "Guarde a chave no Secrets Manager da sua conta.\n"),
    ("docs/integracoes/stone.md", _STONE_PAGE + "TODO: documentar o fluxo de webhooks.\n"),
    # (an app's Maps key its comment says is restricted to the package: shipped in every build, a warning)
    ("app/src/main/res/values/google_maps_api.xml", "<resources>\n    <!-- restrita ao pacote com.rapido.entregador e ao SHA-1 -->\n"
     f'    <string name="google_maps_key" translatable="false">{_MAPS_KEY}</string>\n</resources>\n'),
    ("app/src/main/res/values/google_maps_api.xml", "<resources>\n    <!-- restricted to com.rapido.entregador and its release SHA-1 -->\n"
     f'    <string name="google_maps_key" translatable="false">{_MAPS_KEY}</string>\n</resources>\n'),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret", "kind"), TRUE_FORMS, ids=[row[0] for row in TRUE_FORMS])
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str, kind: str) -> None:
    assert (line, kind, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS, ids=[row[0] for row in DECOYS])
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []
