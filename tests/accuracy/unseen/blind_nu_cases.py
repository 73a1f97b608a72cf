"""Blind set NU: an Ulan-Ude dairy and buuza-dumpling producer and a Lake Baikal ice-tour operator.

The dairy's factory MES (line PLCs, pasteurisers, packing), its wholesale portal (PHP, 1C
exchange, YooKassa, DaData, Bitrix24), its delivery vans (Wialon trackers, MQTT telematics, the
drivers' Android app), and the ice-tour operator's booking site, Telegram bot and guide tablets.
Notes and comments partly in Buryat (Cyrillic) and Russian. Labelled files holding one credential
each, and decoys. Generated fakes only (seeds 8620000-8629999).
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
LOW = string.ascii_lowercase + string.digits
URLSAFE = ALNUM + "-_"
SEED_FIRST, SEED_LAST = 8620000, 8629999
_SEED = [SEED_FIRST]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_FIRST <= _SEED[0] <= SEED_LAST
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Selenga", "Barguzin", "Omul", "Sayan", "Khamar", "Tunka", "Olkhon", "Kyakhta", "Ivolga",
         "Tarbagan", "Saglan", "Buuza", "Tarag", "Khadak", "Uda", "Kurumkan", "Goloustnoe", "Listvyanka"]


def pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%*_.") + r.choice(WORDS) + str(r.randint(10, 9999))


def rpw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def chars(n: int, alphabet: str) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(n: int) -> str:
    return chars(n, HEX)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(raw: str) -> str:
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def telegram() -> str:
    return fakes.telegram_token(_seed())


def github() -> str:
    return fakes.github_token(_seed())


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def pem(kind: str = "RSA") -> str:
    """A PEM private key block; kind "" gives PKCS#8 (BEGIN PRIVATE KEY)."""
    return fakes.fake_pem(_seed(), kind or "RSA").replace("RSA PRIVATE", "PRIVATE" if not kind else "RSA PRIVATE")


def openssh_key() -> str:
    r = _rng()
    lines = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
    lines += ["".join(r.choice(ALNUM + "+/") for _ in range(70)) for _ in range(4)]
    lines.append("".join(r.choice(ALNUM + "+/") for _ in range(28)) + "==")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + chars(8, up) + "/B" + chars(10, up) + "/" + chars(24, ALNUM))


def sendgrid() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def stripe(prefix: str = "sk_live_") -> str:
    return fakes.fake(prefix, 24 if prefix.startswith("sk") else 99, _seed())


def yookassa() -> str:
    return "live_" + chars(43, URLSAFE)


def yandex_api_key() -> str:
    return "AQVN" + chars(36, URLSAFE)


def yandex_oauth() -> str:
    return "y0_AgAAAAA" + chars(8, string.digits) + "AATuwQ" + chars(36, URLSAFE)


def yandex_static_secret() -> str:
    return "YCM" + chars(37, URLSAFE)


def yandex_static_id() -> str:
    return "YCAJE" + chars(20, URLSAFE)


def bitrix_hook() -> str:
    return "https://buuza-baikal.bitrix24.ru/rest/17/" + chars(16, LOW) + "/"


def jwt(payload: dict, sig_len: int = 43) -> str:
    head = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")))
    body = b64url(json.dumps(payload, separators=(",", ":")))
    return head + "." + body + "." + chars(sig_len, URLSAFE)


def google_key() -> str:
    return "AIza" + chars(35, URLSAFE)


def gitlab() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm() -> str:
    return fakes.fake("npm_", 36, _seed())


def docker_pat() -> str:
    return "dckr_pat_" + chars(27, URLSAFE)


def vault_token() -> str:
    return "hvs." + chars(24, ALNUM)


def azure_secret() -> str:
    return chars(3, ALNUM) + "8Q~" + chars(34, ALNUM + "_.-~")


def mapbox_secret() -> str:
    return "sk." + b64url('{"u":"baikal-ice-tours","a":"' + chars(25, LOW) + '"}') + "." + chars(22, URLSAFE)


def mapbox_public() -> str:
    return "pk." + b64url('{"u":"baikal-ice-tours","a":"' + chars(25, LOW) + '"}') + "." + chars(22, URLSAFE)


def fcm_server_key() -> str:
    return "AAAA" + chars(7, URLSAFE) + ":APA91b" + chars(134, URLSAFE)


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    if text.startswith("\n"):
        text = text[1:]
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(category=category, file_name=file_name, text=text, secret=secret, source=source))


# ---- factory MES: pasteurisers, buuza lines, packing ----

s = pw()
add("blind-nu/python/postgres-password", "mes/pasteur/historian.py", "https://www.psycopg.org/docs/module.html#psycopg2.connect", r"""
# Пастеризатор П-2: температура, давление -> historian
# Һүн пастеризацилха шугам, минута бүри хэмжээ бэшэнэ
import psycopg2

conn = psycopg2.connect(
    host="10.20.1.15",
    dbname="mes_historian",
    user="pasteur_writer",
    password="@@s@@",
)

def write(sample):
    with conn.cursor() as cur:
        cur.execute("INSERT INTO pasteur_temp(ts, t_out, p_bar) VALUES (%s,%s,%s)", sample)
    conn.commit()
""", s, s=s)

s = rpw(24)
add("blind-nu/go/mqtt-password", "mes/buuza-line/cmd/collector/main.go", "https://pkg.go.dev/github.com/eclipse/paho.mqtt.golang#ClientOptions.SetPassword", r"""
package main

// Бууза лепильный аппарат №4 — счётчик штук в минуту
import (
	"log"

	mqtt "github.com/eclipse/paho.mqtt.golang"
)

func main() {
	opts := mqtt.NewClientOptions().AddBroker("tcp://mes-broker.local:1883")
	opts.SetClientID("buuza-line-4")
	opts.SetUsername("line4")
	opts.SetPassword("@@s@@")
	c := mqtt.NewClient(opts)
	if t := c.Connect(); t.Wait() && t.Error() != nil {
		log.Fatal(t.Error())
	}
	log.Println("подключено к брокеру")
	select {}
}
""", s, s=s)

add("blind-nu/python/decoy-env-reference", "mes/pasteur/settings.py", "https://docs.python.org/3/library/os.html#os.environ", r"""
import os

# Нюуса үгэнүүд энд бэшэгдэхэ ёhогүй — бүгэдэ env-hээ
DB_HOST = os.environ.get("MES_DB_HOST", "10.20.1.15")
DB_USER = os.environ.get("MES_DB_USER", "pasteur_writer")
DB_PASSWORD = os.environ["MES_DB_PASSWORD"]
MQTT_PASSWORD = os.getenv("MES_MQTT_PASSWORD", "")
OPC_SECURITY_POLICY = "Basic256Sha256"
""")

s = pw()
add("blind-nu/ini/opcua-password", "mes/opcua/kepware-bridge.ini", "https://python-opcua.readthedocs.io/en/latest/client.html", r"""
; Мост OPC UA -> MES, цех творога
[server]
endpoint = opc.tcp://plc-tvorog.local:4840
security_policy = Basic256Sha256
security_mode = SignAndEncrypt

[auth]
username = mes_bridge
password = @@s@@

[poll]
interval_ms = 500
nodes = ns=2;s=Separator.Speed, ns=2;s=Vat1.Temp
""", s, s=s)

add("blind-nu/ini/decoy-placeholder", "mes/opcua/kepware-bridge.ini.example", "https://python-opcua.readthedocs.io/en/latest/client.html", r"""
; Пример. Скопируйте в kepware-bridge.ini и заполните.
; Жэшээ файл — жэнхэни нюуса үгэ энд бү бэшэгты
[server]
endpoint = opc.tcp://plc-tvorog.local:4840
security_policy = Basic256Sha256

[auth]
username = mes_bridge
password = <пароль из KeePass, раздел "Цех творога">
""")

s = rpw(32)
add("blind-nu/yaml/influx-token", "mes/telegraf/telegraf-line2.yaml", "https://docs.influxdata.com/telegraf/v1/output-plugins/influxdb_v2/", r"""
# Telegraf: линия фасовки кефира №2
agent:
  interval: 10s
outputs:
  influxdb_v2:
    urls: ["http://influx.mes.local:8086"]
    organization: buuza-dairy
    bucket: packing
    token: "@@s@@"
inputs:
  modbus:
    name: filler2
    controller: tcp://10.20.2.31:502
""", s + "==", s=s + "==")

add("blind-nu/toml/decoy-env-reference", "mes/telegraf/telegraf.conf", "https://docs.influxdata.com/telegraf/v1/configuration/#environment-variables", r"""
# Үнэн токен энд бэшэгдээгүй, systemd EnvironmentFile-hээ абтана
[agent]
  interval = "10s"

[[outputs.influxdb_v2]]
  urls = ["http://influx.mes.local:8086"]
  token = "${INFLUX_TOKEN}"
  organization = "buuza-dairy"
  bucket = "packing"
""")

s = pw()
add("blind-nu/csharp/mssql-password", "mes/scada/LabelPrinter/Db.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring", r"""
using System.Data.SqlClient;

namespace Dairy.Scada.LabelPrinter
{
    // Этикетки на сметану: партия, срок годности, ЕАН
    internal static class Db
    {
        private const string ConnStr =
            "Server=scada-sql\\MES;Database=Labels;User Id=label_svc;Password=@@s@@;TrustServerCertificate=True";

        public static SqlConnection Open()
        {
            var c = new SqlConnection(ConnStr);
            c.Open();
            return c;
        }
    }
}
""", s, s=s)

add("blind-nu/json/decoy-integrated-security", "mes/scada/LabelPrinter/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", r"""
{
  "ConnectionStrings": {
    "Labels": "Server=scada-sql\\MES;Database=Labels;Integrated Security=SSPI;TrustServerCertificate=True"
  },
  "Printer": {
    "Host": "zebra-pack1.mes.local",
    "Port": 9100,
    "Template": "smetana_20.zpl"
  }
}
""")

s = rpw(16, "!#%")
add("blind-nu/powershell/sql-sa-password", "mes/scada/backup-labels.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd", r"""
# Ночной бэкап базы этикеток. Запускается планировщиком в 02:30
# Һүниин 02:30-да эхилнэ
$ErrorActionPreference = 'Stop'
$stamp = Get-Date -Format 'yyyyMMdd'
Invoke-Sqlcmd -ServerInstance 'scada-sql\MES' -Username 'sa' -Password '@@s@@' `
  -Query "BACKUP DATABASE Labels TO DISK='D:\Backup\Labels_$stamp.bak' WITH COMPRESSION"
Get-ChildItem 'D:\Backup' -Filter 'Labels_*.bak' |
  Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-14) } |
  Remove-Item
""", s, s=s)

add("blind-nu/powershell/decoy-credential-manager", "mes/scada/backup-orders.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", r"""
# Бэкап базы заказов. Пароль берётся из Windows Credential Manager, не из скрипта.
$ErrorActionPreference = 'Stop'
Import-Module CredentialManager
$cred = Get-StoredCredential -Target 'scada-sql-backup'
$stamp = Get-Date -Format 'yyyyMMdd'
Invoke-Sqlcmd -ServerInstance 'scada-sql\MES' -Credential $cred `
  -Query "BACKUP DATABASE Orders TO DISK='D:\Backup\Orders_$stamp.bak'"
""")

s = rpw(40)
add("blind-nu/env/grafana-api-key", "mes/dashboards/.env", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#override-configuration-with-environment-variables", r"""
# Дашборды цеха: бууза, пельмени, молочка
GF_SERVER_ROOT_URL=https://grafana.mes.local
GF_SECURITY_ADMIN_USER=mesadmin
GF_SECURITY_ADMIN_PASSWORD=@@s@@
GF_AUTH_ANONYMOUS_ENABLED=false
GF_USERS_DEFAULT_LANGUAGE=ru-RU
""", s, s=s)

add("blind-nu/env/decoy-empty-values", "mes/dashboards/.env.sample", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#override-configuration-with-environment-variables", r"""
# Скопировать в .env. Пустые значения заполнить на сервере.
# Хоосон утануудые серверэй дээрэ бэшэгты
GF_SERVER_ROOT_URL=https://grafana.mes.local
GF_SECURITY_ADMIN_USER=mesadmin
GF_SECURITY_ADMIN_PASSWORD=
GF_AUTH_ANONYMOUS_ENABLED=false
""")

s = pem("EC")
add("blind-nu/pem/opcua-client-key", "mes/opcua/pki/own/private/mes_bridge.pem", "https://reference.opcfoundation.org/Core/Part6/v105/docs/6.2", "\n" + s + "\n", s)

add("blind-nu/pem/decoy-certificate", "mes/opcua/pki/trusted/certs/plc-tvorog.pem", "https://reference.opcfoundation.org/Core/Part6/v105/docs/6.2", r"""
-----BEGIN CERTIFICATE-----
MIIBszCCAVmgAwIBAgIUQ2hlZXNlVmF0UExDMjAyNjAxMTUwCgYIKoZIzj0EAwIw
HjEcMBoGA1UEAwwTcGxjLXR2b3JvZy5tZXMubG9jYWwwHhcNMjYwMTE1MDAwMDAw
WhcNMzYwMTEyMDAwMDAwWjAeMRwwGgYDVQQDDBNwbGMtdHZvcm9nLm1lcy5sb2Nh
bDBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABHBsYy10dm9yb2ctcHVibGljLWtl
eS1vbmx5LW5vLXNlY3JldC1oZXJlLWNlcnRpZmljYXRlLXRydXN0ZWSjUzBRMB0G
A1UdDgQWBBRQTEMtVFZPUk9HLVRSVVNURUQtQ0VSVDAfBgNVHSMEGDAWgBRQTEMt
-----END CERTIFICATE-----
""")

s = hexs(64)
add("blind-nu/yaml/zabbix-api-token", "mes/monitoring/zabbix-sync.yml", "https://www.zabbix.com/documentation/current/en/manual/web_interface/frontend_sections/users/api_tokens", r"""
# Синхронизация хостов цеха в Zabbix (скрипт zbx-sync)
zabbix:
  url: https://zabbix.buuza-dairy.ru/api_jsonrpc.php
  api_token: @@s@@
groups:
  - name: "Цех/Пастеризация"
    hosts: [pasteur-p1, pasteur-p2]
  - name: "Цех/Бууза"
    hosts: [buuza-l1, buuza-l2, buuza-l3, buuza-l4]
""", s, s=s)

add("blind-nu/yaml/decoy-sha256-checksums", "mes/monitoring/agent-packages.yml", "https://www.zabbix.com/download_agents", r"""
# Zabbix agent 2 для контроллеров цеха. Проверять sha256 перед установкой.
packages:
  - file: zabbix-agent2-7.0.6-release1.el9.x86_64.rpm
    sha256: 3f8b2c1d9e0a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c
  - file: zabbix_agent2-7.0.6-windows-amd64-openssl.msi
    sha256: 9a1c7e2f4b6d8a0c3e5f7b9d1a3c5e7f9b2d4f6a8c0e2a4c6e8a0b2d4f6a8c0e
""")

s = pw()
add("blind-nu/shell/modbus-gateway-password", "mes/tools/flash-gateway.sh", "https://www.gnu.org/software/bash/manual/bash.html", r"""
#!/usr/bin/env bash
# Прошивка шлюза Modbus на линии творога. Жэжэ шугам — бү хүдэлгэ!
set -euo pipefail
GW=${1:-10.20.2.40}
curl -fsS -u admin:'@@s@@' \
  -F "firmware=@moxa-mgate-5105_v4.3.rom" \
  "http://$GW/cgi-bin/upgrade.cgi"
echo "ok: $GW перезагружается"
""", s, s=s)

add("blind-nu/shell/decoy-prompt-password", "mes/tools/reboot-gateway.sh", "https://www.gnu.org/software/bash/manual/bash.html#index-read", r"""
#!/usr/bin/env bash
# Перезагрузка шлюза. Пароль спрашивается, в скрипте не хранится.
set -euo pipefail
GW=${1:-10.20.2.40}
read -rsp "Пароль admin для $GW: " GW_PASS; echo
curl -fsS -u "admin:${GW_PASS}" "http://$GW/cgi-bin/reboot.cgi"
""")

# ---- wholesale portal: PHP, 1C exchange, payments, CRM ----

s = yookassa()
add("blind-nu/php/yookassa-secret-key", "portal/config/payments.php", "https://yookassa.ru/developers/using-api/interaction-format#auth", r"""
<?php
// Оплата оптовых заказов картой и по СБП
// Бөөний худалдаанай түлбэри
return [
    'yookassa' => [
        'shop_id'    => '318845',
        'secret_key' => '@@s@@',
        'return_url' => 'https://opt.buuza-dairy.ru/orders/paid',
    ],
    'vat_code' => 2,
];
""", s, s=s)

add("blind-nu/php/decoy-getenv", "portal/config/payments.dist.php", "https://www.php.net/manual/en/function.getenv.php", r"""
<?php
// Шаблон: реальные ключи только в окружении сервера (см. /etc/php-fpm.d/opt.conf)
return [
    'yookassa' => [
        'shop_id'    => getenv('YOOKASSA_SHOP_ID') ?: '000000',
        'secret_key' => getenv('YOOKASSA_SECRET_KEY'),
        'return_url' => 'https://opt.buuza-dairy.ru/orders/paid',
    ],
];
""")

s = hexs(40)
add("blind-nu/php/dadata-api-secret", "portal/src/Service/DadataClient.php", "https://dadata.ru/api/clean/", r"""
<?php
namespace App\Service;

// Проверка ИНН оптовика и адреса доставки через DaData
final class DadataClient
{
    private const SECRET = '@@s@@';
    private string $token;

    public function __construct()
    {
        $this->token = (string) getenv('DADATA_TOKEN'); // ключ API — в окружении
    }

    public function cleanAddress(string $raw): array
    {
        $ch = curl_init('https://cleaner.dadata.ru/api/v1/clean/address');
        curl_setopt_array($ch, [
            CURLOPT_POST => true,
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_HTTPHEADER => [
                'Content-Type: application/json',
                'Authorization: Token ' . $this->token,
                'X-Secret: ' . self::SECRET,
            ],
            CURLOPT_POSTFIELDS => json_encode([$raw]),
        ]);
        return json_decode(curl_exec($ch), true)[0] ?? [];
    }
}
""", s, s=s)

s = bitrix_hook()
add("blind-nu/php/bitrix24-webhook", "portal/src/Crm/LeadSender.php", "https://apidocs.bitrix24.ru/api-reference/how-to-call-rest-api/webhooks.html", r"""
<?php
namespace App\Crm;

// Новый оптовик -> лид в Битрикс24 (воронка "Опт Улан-Удэ")
final class LeadSender
{
    private string $hook = '@@s@@';

    public function send(array $client): void
    {
        $q = http_build_query(['fields' => [
            'TITLE' => 'Опт: ' . $client['name'],
            'PHONE' => [['VALUE' => $client['phone'], 'VALUE_TYPE' => 'WORK']],
            'SOURCE_ID' => 'WEB',
        ]]);
        file_get_contents($this->hook . 'crm.lead.add.json?' . $q);
    }
}
""", s, s=s)

add("blind-nu/markdown/decoy-redacted-webhook", "portal/docs/crm.md", "https://apidocs.bitrix24.ru/api-reference/how-to-call-rest-api/webhooks.html", r"""
# Интеграция с Битрикс24

Входящий вебхук создан под пользователем «Робот опт» (id 17).
Адрес хранится в Vault: `secret/portal/bitrix24#hook_url`.

Вид адреса (ключ скрыт):

    https://buuza-baikal.bitrix24.ru/rest/17/****************/

Права вебхука: `crm`, `user_brief`. Шинэ хүн ороходо — вебхук шинэлэхэ.
""")

s = pw()
add("blind-nu/xml/onec-exchange-password", "portal/exchange/1c-exchange.xml", "https://v8.1c.ru/tekhnologii/obmen-dannymi-i-integratsiya/standarty-i-formaty/standart-commerceml-2/", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!-- Обмен с 1С:УТ — выгрузка остатков молочки и буузы на портал -->
<exchange>
  <endpoint>https://1c.buuza-dairy.local/ut11/hs/opt-exchange</endpoint>
  <login>portal_exchange</login>
  <password>@@s@@</password>
  <schedule cron="*/15 6-22 * * *"/>
  <catalogs>
    <catalog id="milk">Молочная продукция</catalog>
    <catalog id="buuza">Бууза замороженная</catalog>
  </catalogs>
</exchange>
""", s, s=s)

s = b64("portal_exchange:" + pw())
add("blind-nu/http/onec-basic-auth", "portal/exchange/requests/stock.http", "https://www.jetbrains.com/help/idea/exporting-httprequests-to-curl.html", r"""
### Остатки по складу Улан-Удэ (1С:УТ HTTP-сервис)
GET https://1c.buuza-dairy.local/ut11/hs/opt-exchange/stock?warehouse=UU-01
Authorization: Basic @@s@@
Accept: application/json

### Цены оптовые
GET https://1c.buuza-dairy.local/ut11/hs/opt-exchange/prices?type=opt
Accept: application/json
""", s, s=s)

add("blind-nu/http/decoy-variable-auth", "portal/exchange/requests/prices.http", "https://www.jetbrains.com/help/idea/http-client-variables.html", r"""
### Цены (логин и пароль в http-client.private.env.json, он в .gitignore)
GET https://1c.buuza-dairy.local/ut11/hs/opt-exchange/prices?type=opt
Authorization: Basic {{onec_user}} {{onec_password}}
Accept: application/json

### Контрагенты
GET https://1c.buuza-dairy.local/ut11/hs/opt-exchange/partners
Authorization: Basic {{onec_user}} {{onec_password}}
""")

s = rpw(18)
add("blind-nu/env/mysql-password", "portal/.env.production", "https://laravel.com/docs/configuration#environment-configuration", r"""
APP_NAME="Опт Бууза-Байкал"
APP_ENV=production
APP_DEBUG=false
APP_URL=https://opt.buuza-dairy.ru
DB_CONNECTION=mysql
DB_HOST=10.30.0.12
DB_PORT=3306
DB_DATABASE=opt_portal
DB_USERNAME=opt_portal
DB_PASSWORD=@@s@@
CACHE_DRIVER=redis
QUEUE_CONNECTION=redis
""", s, s=s)

s = "base64:" + base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode()
add("blind-nu/env/laravel-app-key", "portal/.env.staging", "https://laravel.com/docs/encryption#configuration", r"""
APP_NAME="Опт Бууза-Байкал (стенд)"
APP_ENV=staging
APP_KEY=@@s@@
APP_DEBUG=true
APP_URL=https://opt-stage.buuza-dairy.ru
DB_HOST=127.0.0.1
DB_DATABASE=opt_stage
LOG_CHANNEL=stack
""", s, s=s)

add("blind-nu/env/decoy-laravel-example", "portal/.env.example", "https://laravel.com/docs/configuration#environment-configuration", r"""
APP_NAME="Опт Бууза-Байкал"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=opt_portal
DB_USERNAME=root
DB_PASSWORD=
YOOKASSA_SECRET_KEY=test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
""")

s = hexs(32)
add("blind-nu/javascript/cloudpayments-api-secret", "portal/frontend/server/payments.js", "https://developers.cloudpayments.ru/#autentifikatsiya-zaprosov", r"""
// Возвраты по отменённым заказам (CloudPayments, резервная касса)
const axios = require('axios');

const PUBLIC_ID = 'pk_8a3f1e5c0b7d9a2e4c6f8b1d3a5e7c9f';
const API_SECRET = '@@s@@';

async function refund(transactionId, amount) {
  const { data } = await axios.post(
    'https://api.cloudpayments.ru/payments/refund',
    { TransactionId: transactionId, Amount: amount },
    { auth: { username: PUBLIC_ID, password: API_SECRET } },
  );
  if (!data.Success) throw new Error(`возврат не прошёл: ${data.Message}`);
  return data;
}

module.exports = { refund };
""", s, s=s)

add("blind-nu/javascript/decoy-public-id", "portal/frontend/src/checkout/widget.js", "https://developers.cloudpayments.ru/#ustanovka-vidzheta", r"""
// Виджет оплаты на странице заказа. Public ID публичный по документации CloudPayments.
import { CP_PUBLIC_ID } from '../config';

export function pay(order) {
  const widget = new cp.CloudPayments({ language: 'ru-RU' });
  widget.pay('charge', {
    publicId: CP_PUBLIC_ID, // pk_8a3f1e5c0b7d9a2e4c6f8b1d3a5e7c9f
    description: `Заказ №${order.id} (опт)`,
    amount: order.total,
    currency: 'RUB',
  });
}
""")

s = pw()
add("blind-nu/yaml/redis-password", "portal/deploy/docker-compose.yml", "https://docs.docker.com/compose/compose-file/05-services/#command", r"""
services:
  app:
    image: registry.buuza-dairy.ru/opt-portal:2026.11.4
    env_file: .env.production
    depends_on: [redis]
  redis:
    image: redis:7.2-alpine
    command: ["redis-server", "--requirepass", "@@s@@", "--appendonly", "yes"]
    volumes:
      - redis-data:/data
volumes:
  redis-data:
""", s, s=s)

add("blind-nu/yaml/decoy-compose-secrets", "portal/deploy/docker-compose.prod.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", r"""
services:
  app:
    image: registry.buuza-dairy.ru/opt-portal:2026.11.4
    environment:
      DB_PASSWORD_FILE: /run/secrets/db_password
    secrets: [db_password]
  redis:
    image: redis:7.2-alpine
    command: ["sh", "-c", "redis-server --requirepass \"$$(cat /run/secrets/redis_password)\""]
    secrets: [redis_password]
secrets:
  db_password:
    file: ./secrets/db_password.txt
  redis_password:
    file: ./secrets/redis_password.txt
""")

s = rpw(22)
add("blind-nu/sql/mysql-create-user", "portal/db/migrations/0007_report_user.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", r"""
-- Пользователь только на чтение для отчётов в DataLens
-- Тайлан хэхэ хэрэглэгшэ, зүгөөр уншаха эрхэтэй
CREATE USER IF NOT EXISTS 'datalens_ro'@'10.30.%' IDENTIFIED BY '@@s@@';
GRANT SELECT ON opt_portal.orders TO 'datalens_ro'@'10.30.%';
GRANT SELECT ON opt_portal.order_items TO 'datalens_ro'@'10.30.%';
GRANT SELECT ON opt_portal.partners TO 'datalens_ro'@'10.30.%';
FLUSH PRIVILEGES;
""", s, s=s)

add("blind-nu/sql/decoy-password-hashes", "portal/db/seeds/admins.sql", "https://www.php.net/manual/en/function.password-hash.php", r"""
-- Администраторы портала (пароли — bcrypt-хэши, сами пароли у людей)
INSERT INTO admins (login, full_name, password_hash) VALUES
  ('d.tsyrenov', 'Дамба Цыренов', '$2y$12$Jr7gQm0XQ4oZ1cK9bWvN3eS8uH2fT6yL5aP0dR4xV7nM1kC3iE9wG'),
  ('s.batueva', 'Сэсэг Батуева', '$2y$12$8pVtR2nK6wY0aF4hD9sL1uQ3mB7cX5zJ0eG2iO8rT4vN6yA1kP3oS'),
  ('manager', 'Менеджер опта', '$2y$12$Lq5wE9rT1yU3iO7pA2sD6fG0hJ4kL8zX1cV5bN9mQ3wE7rT1yU5iO');
""")

s = fakes.django_secret_key(_seed())
add("blind-nu/python/django-secret-key", "portal/reports/reports/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r"""
from .base import *  # noqa

# Отчёты для оптовиков: акты сверки, остатки
DEBUG = False
ALLOWED_HOSTS = ["reports.buuza-dairy.ru"]
SECRET_KEY = "@@s@@"
CSRF_TRUSTED_ORIGINS = ["https://reports.buuza-dairy.ru"]
LANGUAGE_CODE = "ru"
TIME_ZONE = "Asia/Irkutsk"
""", s, s=s)

add("blind-nu/python/decoy-django-dev-key", "portal/reports/reports/settings/test.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r"""
from .base import *  # noqa

# Только для pytest: ключ нарочно фиктивный, на сервере не используется
# Туршалгада хэрэглэгдэхэ ключ, жэнхэни бэшэ
SECRET_KEY = "django-insecure-test-only-not-a-real-key"
DEBUG = True
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
""")

# ---- delivery vans: trackers, telematics, drivers' app, routing ----

s = hexs(72)
add("blind-nu/python/wialon-token", "fleet/wialon/pull_positions.py", "https://sdk.wialon.com/wiki/en/sidebar/remoteapi/apiref/token/login", r"""
# Позиции фургонов (рефрижераторы ГАЗель NEXT) раз в минуту -> база логистики
# Машинануудай байра минута бүри
import requests

WIALON = "https://hst-api.wialon.com/wialon/ajax.html"
TOKEN = "@@s@@"


def login():
    r = requests.get(WIALON, params={"svc": "token/login", "params": '{"token":"%s"}' % TOKEN}, timeout=15)
    r.raise_for_status()
    return r.json()["eid"]


def positions(sid):
    params = {"svc": "core/search_items", "sid": sid,
              "params": '{"spec":{"itemsType":"avl_unit","propName":"sys_name","propValueMask":"*","sortType":"sys_name"},"force":1,"flags":1025,"from":0,"to":0}'}
    return requests.get(WIALON, params=params, timeout=15).json()["items"]
""", s, s=s)

add("blind-nu/python/decoy-wialon-keyring", "fleet/wialon/pull_trips.py", "https://pypi.org/project/keyring/", r"""
# Рейсы за день: пробег, остановки, температура в кузове
import keyring
import requests

WIALON = "https://hst-api.wialon.com/wialon/ajax.html"
TOKEN = keyring.get_password("wialon", "logistics-robot")  # токен в системном хранилище


def login():
    r = requests.get(WIALON, params={"svc": "token/login", "params": '{"token":"%s"}' % TOKEN}, timeout=15)
    return r.json()["eid"]
""")

s = rpw(20)
add("blind-nu/kotlin/mqtt-password", "fleet/driver-app/app/src/main/java/ru/buuzadairy/driver/telemetry/Telemetry.kt", "https://www.hivemq.com/blog/mqtt-client-library-enyclopedia-paho-android-service/", r"""
package ru.buuzadairy.driver.telemetry

import org.eclipse.paho.client.mqttv3.MqttConnectOptions

// Температура рефрижератора и открытие дверей -> диспетчерская
// Хүргэлтын машинын хүйтэн хайрсаг
object Telemetry {
    const val BROKER = "ssl://mqtt.buuza-dairy.ru:8883"

    fun options(): MqttConnectOptions = MqttConnectOptions().apply {
        userName = "van-fleet"
        password = "@@s@@".toCharArray()
        isAutomaticReconnect = true
        keepAliveInterval = 30
    }
}
""", s, s=s)

add("blind-nu/kotlin/decoy-buildconfig", "fleet/driver-app/app/src/main/java/ru/buuzadairy/driver/api/ApiClient.kt", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", r"""
package ru.buuzadairy.driver.api

import ru.buuzadairy.driver.BuildConfig

// Токен водителя выдаётся при входе по SMS-коду, в сборку не зашивается
object ApiClient {
    val baseUrl: String = BuildConfig.API_BASE_URL
    val mapsKey: String = BuildConfig.YANDEX_MAPKIT_KEY
    var driverToken: String? = null
}
""")

s = yandex_api_key()
add("blind-nu/go/yandex-routing-key", "fleet/router/internal/yandex/client.go", "https://yandex.ru/dev/router/doc/ru/", r"""
package yandex

// Маршруты развоза по магазинам Улан-Удэ и Иволгинского района
// Хүргэлтын зам — Улаан-Үдэ, Ивалга

import (
	"fmt"
	"net/http"
	"time"
)

const apiKey = "@@s@@"

var httpClient = &http.Client{Timeout: 20 * time.Second}

func RouteURL(waypoints string) string {
	return fmt.Sprintf("https://api.routing.yandex.net/v2/route?apikey=%s&waypoints=%s&mode=truck", apiKey, waypoints)
}

func Get(waypoints string) (*http.Response, error) {
	return httpClient.Get(RouteURL(waypoints))
}
""", s, s=s)

add("blind-nu/go/decoy-env-key", "fleet/router/internal/yandex/geocoder.go", "https://pkg.go.dev/os#Getenv", r"""
package yandex

import (
	"fmt"
	"net/url"
	"os"
)

// Ключ геокодера в переменной окружения YANDEX_GEOCODER_KEY (секрет в Lockbox)
func GeocodeURL(address string) string {
	return fmt.Sprintf("https://geocode-maps.yandex.ru/1.x/?apikey=%s&format=json&geocode=%s",
		os.Getenv("YANDEX_GEOCODER_KEY"), url.QueryEscape(address))
}
""")

s = "".join(c for c in uuid_s().upper())
add("blind-nu/python/smsru-api-id", "fleet/notify/sms.py", "https://sms.ru/api/send", r"""
# SMS магазину: "Фургон выехал, будет через ~40 минут"
# Дэлгүүртэ SMS: машина гараа
import requests

SMSRU_API_ID = "@@s@@"


def send(phone: str, text: str) -> None:
    r = requests.get("https://sms.ru/sms/send", params={
        "api_id": SMSRU_API_ID, "to": phone, "msg": text, "json": 1,
    }, timeout=10)
    r.raise_for_status()
""", s, s=s)

add("blind-nu/python/decoy-test-fake-id", "fleet/notify/test_sms.py", "https://docs.pytest.org/en/stable/how-to/monkeypatch.html", r"""
# Тесты отправки SMS. api_id фиктивный, сеть замокана.
from fleet.notify import sms


def test_send_builds_request(monkeypatch):
    calls = []
    monkeypatch.setattr(sms, "SMSRU_API_ID", "00000000-0000-0000-0000-000000000000")
    monkeypatch.setattr(sms.requests, "get", lambda url, params, timeout: calls.append(params) or type("R", (), {"raise_for_status": lambda self: None})())
    sms.send("+79240000000", "тест")
    assert calls[0]["api_id"] == "00000000-0000-0000-0000-000000000000"
""")

s = pw()
pg = b64(s)
add("blind-nu/k8s/secret-postgres-password", "fleet/k8s/logistics-db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", r"""
apiVersion: v1
kind: Secret
metadata:
  name: logistics-db
  namespace: fleet
  labels:
    app: logistics
type: Opaque
data:
  POSTGRES_USER: bG9naXN0aWNz
  POSTGRES_DB: bG9naXN0aWNz
  POSTGRES_PASSWORD: @@pg@@
""", pg, pg=pg)

add("blind-nu/k8s/decoy-external-secret", "fleet/k8s/logistics-db-externalsecret.yaml", "https://external-secrets.io/latest/api/externalsecret/", r"""
# Пароль тянется из Yandex Lockbox через External Secrets Operator
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: logistics-db
  namespace: fleet
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: lockbox
  target:
    name: logistics-db
  data:
    - secretKey: POSTGRES_PASSWORD
      remoteRef:
        key: e6q8r2v4t1k9m3n5b7c0
        property: postgres_password
""")

s = rpw(22)
add("blind-nu/k8s/stringdata-amqp-url", "fleet/k8s/dispatch-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#restriction-names-data", r"""
apiVersion: v1
kind: Secret
metadata:
  name: dispatch-amqp
  namespace: fleet
type: Opaque
stringData:
  # Очередь заданий диспетчера: погрузка -> рейс -> доставка
  AMQP_URL: amqps://dispatch:@@s@@@rabbit.fleet.svc.cluster.local:5671/fleet
""", s, s=s)

s = pw()
add("blind-nu/ansible/become-password", "fleet/ansible/group_vars/depots.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters", r"""
# Склады-депо: Улан-Удэ (Элеватор), Гусиноозёрск, Кабанск
ansible_user: depot-admin
ansible_become: true
ansible_become_password: "@@s@@"
ntp_servers:
  - ntp1.vniiftri.ru
  - ntp2.vniiftri.ru
depot_timezone: Asia/Irkutsk
""", s, s=s)

add("blind-nu/ansible/decoy-vault-ciphertext", "fleet/ansible/group_vars/depots_vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", r"""
# Зашифровано ansible-vault, ключ у старшего админа
depot_wifi_psk: !vault |
          $ANSIBLE_VAULT;1.1;AES256
          62313365396662343061393464336163383764373764613633653634306231386433626436623361
          6133616531333232336137346538313133363733386230640a336366303562366632663530636638
          36323533663862653565376436663832303438346536366164666539623530316166623164613836
          3133613032343135380a363961373364353030663766346464323063623834643531623434623433
          6438
""")

s = telegram()
add("blind-nu/python/telegram-bot-token", "fleet/bots/dispatcher_bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot", r"""
# Бот диспетчера: водители шлют фото накладных и отметки "сдал"
# Жолоошод накладнойн зураг эльгээнэ
from telegram.ext import Application, CommandHandler, MessageHandler, filters

BOT_TOKEN = "@@s@@"


async def start(update, context):
    await update.message.reply_text("Сайн байна! Отправьте фото накладной после выгрузки.")


def main():
    app = Application.builder().token(BOT_TOKEN).build()
    app.add_handler(CommandHandler("start", start))
    app.add_handler(MessageHandler(filters.PHOTO, lambda u, c: None))
    app.run_polling()


if __name__ == "__main__":
    main()
""", s, s=s)

add("blind-nu/yaml/decoy-bot-id-only", "fleet/bots/bots.yml", "https://core.telegram.org/bots/api#getme", r"""
# Справочник ботов (токены в Lockbox, здесь только публичные данные)
bots:
  - username: buuza_dispatch_bot
    id: 7412093385
    owner: logistics
    token_ref: lockbox://fleet/telegram/dispatch
  - username: buuza_opt_bot
    id: 6980341172
    owner: sales
    token_ref: lockbox://portal/telegram/opt
""")

s = rpw(26)
add("blind-nu/csv/tracker-passwords", "fleet/trackers/galileosky-units.csv", "https://docs.galileosky.com/", r"""
unit,plate,imei,sim,server_login,server_password
van-01,М214КХ03,867530041112231,+79021600101,gsky01,@@s@@
van-02,О377ВА03,867530041112249,+79021600102,gsky02,см. KeePass
van-03,Т905УР03,867530041112256,+79021600103,gsky03,см. KeePass
van-04,А118СЕ03,867530041112264,+79021600104,gsky04,см. KeePass
""", s, s=s)

add("blind-nu/csv/decoy-imei-list", "fleet/trackers/units-public.csv", "https://docs.galileosky.com/", r"""
unit,plate,imei,model,firmware_sha1
van-01,М214КХ03,867530041112231,Galileosky 7.0,5e1a0c2d9b8f7e6a5d4c3b2a1f0e9d8c7b6a5f4e
van-02,О377ВА03,867530041112249,Galileosky 7.0,5e1a0c2d9b8f7e6a5d4c3b2a1f0e9d8c7b6a5f4e
van-03,Т905УР03,867530041112256,Galileosky 10,a7b9c1d3e5f70819a2b4c6d8e0f1a3b5c7d9e1f3
van-04,А118СЕ03,867530041112264,Galileosky 10,a7b9c1d3e5f70819a2b4c6d8e0f1a3b5c7d9e1f3
""")

s = pw()
add("blind-nu/terraform/postgres-password", "fleet/terraform/db.tf", "https://registry.terraform.io/providers/yandex-cloud/yandex/latest/docs/resources/mdb_postgresql_user", r"""
# Управляемый PostgreSQL для логистики (Yandex Managed Service)
resource "yandex_mdb_postgresql_user" "logistics" {
  cluster_id = yandex_mdb_postgresql_cluster.fleet.id
  name       = "logistics"
  password   = "@@s@@"
  conn_limit = 50
}

resource "yandex_mdb_postgresql_database" "logistics" {
  cluster_id = yandex_mdb_postgresql_cluster.fleet.id
  name       = "logistics"
  owner      = yandex_mdb_postgresql_user.logistics.name
}
""", s, s=s)

add("blind-nu/terraform/decoy-random-password", "fleet/terraform/db_reports.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", r"""
# Пароль генерирует Terraform и кладёт в Lockbox; в коде его нет
resource "random_password" "reports" {
  length  = 24
  special = true
}

resource "yandex_mdb_postgresql_user" "reports" {
  cluster_id = yandex_mdb_postgresql_cluster.fleet.id
  name       = "reports"
  password   = random_password.reports.result
}
""")

# ---- Baikal ice tours: booking site, bots, guides' tablets ----

s = rpw(20).lower()
add("blind-nu/typescript/tbank-terminal-password", "icetours/site/src/server/payments/tbank.ts", "https://www.tbank.ru/kassa/dev/payments/#section/Podpis-zaprosa", r"""
// Оплата туров "Хрустальные гроты Ольхона" через T-Bank эквайринг
// Токен запроса = SHA-256 от отсортированных значений + Password
import { createHash } from 'node:crypto';

const TERMINAL_KEY = '1731200458192DEMO';
const TERMINAL_PASSWORD = '@@s@@';

export function signInit(params: Record<string, string | number>): string {
  const all: Record<string, string | number> = { ...params, TerminalKey: TERMINAL_KEY, Password: TERMINAL_PASSWORD };
  const joined = Object.keys(all).sort().map((k) => String(all[k])).join('');
  return createHash('sha256').update(joined).digest('hex');
}
""", s, s=s)

add("blind-nu/typescript/decoy-process-env", "icetours/site/src/server/payments/config.ts", "https://nextjs.org/docs/app/building-your-application/configuring/environment-variables", r"""
// Все ключи эквайринга — только из окружения Vercel/сервера.
export const tbank = {
  terminalKey: process.env.TBANK_TERMINAL_KEY ?? '',
  password: process.env.TBANK_TERMINAL_PASSWORD ?? '',
  notificationUrl: 'https://baikal-ice.ru/api/payments/notify',
};

if (!tbank.password) {
  console.warn('TBANK_TERMINAL_PASSWORD не задан — оплата отключена');
}
""")

s = hexs(32)
add("blind-nu/javascript/openweather-key", "icetours/site/src/lib/weather.js", "https://openweathermap.org/appid", r"""
// Погода и ветер над Малым Морем — показываем на странице тура
// Байгал далай дээрэ һалхин, хүйтэн
const OWM_KEY = '@@s@@';

export async function iceWeather(lat = 53.2, lon = 107.3) {
  const url = `https://api.openweathermap.org/data/2.5/weather?lat=${lat}&lon=${lon}&units=metric&lang=ru&appid=${OWM_KEY}`;
  const res = await fetch(url);
  if (!res.ok) throw new Error('погода недоступна');
  return res.json();
}
""", s, s=s)

s = mapbox_secret()
add("blind-nu/shell/mapbox-secret-token", "icetours/maps/upload-tracks.sh", "https://docs.mapbox.com/api/maps/uploads/", r"""
#!/usr/bin/env bash
# Загрузка GPX-треков маршрутов по льду (Листвянка - Большие Коты - Песчанка)
# Мүльһэн дээгүүр замай трек
set -e
export MAPBOX_ACCESS_TOKEN=@@s@@
for f in tracks/*.geojson; do
  name=$(basename "$f" .geojson)
  mapbox upload "baikal-ice-tours.$name" "$f"
done
""", s, s=s)

s = mapbox_public()
add("blind-nu/html/decoy-mapbox-public-token", "icetours/site/public/map.html", "https://docs.mapbox.com/help/getting-started/access-tokens/#default-public-token", r"""
<!doctype html>
<html lang="ru">
<head>
  <meta charset="utf-8">
  <title>Карта маршрутов по льду Байкала</title>
  <script src="https://api.mapbox.com/mapbox-gl-js/v3.8.0/mapbox-gl.js"></script>
</head>
<body>
  <div id="map" style="height:100vh"></div>
  <script>
    // Публичный токен (pk.), ограничен доменом baikal-ice.ru
    mapboxgl.accessToken = '@@s@@';
    new mapboxgl.Map({ container: 'map', style: 'mapbox://styles/baikal-ice-tours/ice-2027', center: [106.9, 52.9], zoom: 8 });
  </script>
</body>
</html>
""", s=s)

s = sendgrid()
add("blind-nu/python/sendgrid-key", "icetours/mailer/send_voucher.py", "https://docs.sendgrid.com/for-developers/sending-email/v3-python-code-example", r"""
# Ваучер на тур иностранным гостям (письмо на английском + PDF)
import base64

from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Attachment, Mail

sg = SendGridAPIClient("@@s@@")


def send(to: str, pdf: bytes, tour: str) -> None:
    msg = Mail(from_email="booking@baikal-ice.ru", to_emails=to,
               subject=f"Your Baikal ice tour voucher: {tour}",
               html_content="<p>See you on the ice! / Байгал дээрэ уулзахабди!</p>")
    msg.attachment = Attachment(base64.b64encode(pdf).decode(), "voucher.pdf", "application/pdf")
    sg.send(msg)
""", s, s=s)

s = rpw(16).lower()
add("blind-nu/yaml/smtp-app-password", "icetours/mailer/config.yaml", "https://yandex.ru/support/yandex-360/customers/mail/ru/mail-clients/others", r"""
# Письма русскоязычным туристам идут через Яндекс 360
smtp:
  host: smtp.yandex.ru
  port: 465
  ssl: true
  user: booking@baikal-ice.ru
  app_password: @@s@@
from_name: "Байкал Лёд Туры"
reply_to: hello@baikal-ice.ru
""", s, s=s)

add("blind-nu/yaml/decoy-smtp-masked", "icetours/mailer/config.dev.yaml", "https://yandex.ru/support/yandex-360/customers/mail/ru/mail-clients/others", r"""
# Локальная разработка: письма ловит MailHog, пароль не нужен
smtp:
  host: localhost
  port: 1025
  ssl: false
  user: booking@baikal-ice.ru
  app_password: "********"
from_name: "Байкал Лёд Туры (DEV)"
""")

s = telegram()
add("blind-nu/javascript/telegram-bot-token", "icetours/bot/index.js", "https://telegraf.js.org/", r"""
// Бот бронирования: даты, размер группы, хивус или пешком
// Аялгын бот: хэзээ, хэды хүн
const { Telegraf, Markup } = require('telegraf');

const bot = new Telegraf('@@s@@');

bot.start((ctx) => ctx.reply('Сайн байна! Выберите тур:', Markup.keyboard([
  ['Ольхон на хивусе, 3 дня'],
  ['Гроты и сокуи, 1 день'],
  ['Коньки по чистому льду'],
]).resize()));

bot.hears(/Ольхон/, (ctx) => ctx.reply('Ближайшие даты: 14.02, 21.02, 28.02'));
bot.launch();
""", s, s=s)

add("blind-nu/json/decoy-bot-config-ref", "icetours/bot/config.json", "https://core.telegram.org/bots/api#authorizing-your-bot", r"""
{
  "bot": {
    "username": "baikal_ice_booking_bot",
    "token": "${TELEGRAM_BOT_TOKEN}",
    "admins": [128837201, 510993482]
  },
  "tours": ["olkhon-hovercraft-3d", "grottoes-1d", "skating-clear-ice"],
  "locale": "ru"
}
""")

s = pem("RSA")
sa = json.dumps({"type": "service_account", "project_id": "baikal-ice-sheets", "private_key_id": hexs(40),
                 "private_key": s + "\n", "client_email": "bookings@baikal-ice-sheets.iam.gserviceaccount.com",
                 "client_id": "1" + chars(20, string.digits), "token_uri": "https://oauth2.googleapis.com/token"}, indent=2)
add("blind-nu/json/google-service-account-key", "icetours/sheets/service-account.json", "https://cloud.google.com/iam/docs/keys-create-delete#creating", "\n" + sa + "\n", s.replace("\n", "\\n"))

add("blind-nu/json/decoy-service-account-redacted", "icetours/sheets/service-account.example.json", "https://cloud.google.com/iam/docs/keys-create-delete#creating", r"""
{
  "type": "service_account",
  "project_id": "baikal-ice-sheets",
  "private_key_id": "<id ключа>",
  "private_key": "-----BEGIN PRIVATE KEY-----\n<скачать в консоли GCP, в репозиторий не класть>\n-----END PRIVATE KEY-----\n",
  "client_email": "bookings@baikal-ice-sheets.iam.gserviceaccount.com",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""")

s = jwt({"aud": uuid_s(), "jti": hexs(40), "iat": 1767225600, "exp": 1893456000, "sub": "11820517", "account_id": 31277458, "scopes": ["crm", "notifications"]}, 342)
add("blind-nu/python/amocrm-long-lived-token", "icetours/crm/amo_sync.py", "https://www.amocrm.ru/developers/content/oauth/step-by-step#long_lived_token", r"""
# Заявки с сайта -> сделки в amoCRM (воронка "Лёд 2027")
import requests

AMO = "https://baikalice.amocrm.ru/api/v4"
HEADERS = {
    "Authorization": "Bearer @@s@@",
}


def create_lead(name: str, price: int, pipeline_id: int = 8123441) -> int:
    r = requests.post(f"{AMO}/leads", json=[{"name": name, "price": price, "pipeline_id": pipeline_id}], headers=HEADERS, timeout=15)
    r.raise_for_status()
    return r.json()["_embedded"]["leads"][0]["id"]
""", s, s=s)

s = rpw(24)
add("blind-nu/swift/guide-api-password", "icetours/guide-ipad/GuideKit/Sources/Sync/SyncClient.swift", "https://developer.apple.com/documentation/foundation/urlcredential", r"""
import Foundation

// Планшет гида: списки группы, медицинские отметки, чек-лист снаряжения
// Хүтэлбэрилэгшын планшет
final class SyncClient {
    private let base = URL(string: "https://api.baikal-ice.ru/guide/v1")!
    private let credential = URLCredential(user: "guide-tablet",
                                           password: "@@s@@",
                                           persistence: .forSession)

    func groups(for date: String) async throws -> Data {
        var req = URLRequest(url: base.appendingPathComponent("groups/\(date)"))
        let token = "\(credential.user!):\(credential.password!)".data(using: .utf8)!.base64EncodedString()
        req.setValue("Basic \(token)", forHTTPHeaderField: "Authorization")
        let (data, _) = try await URLSession.shared.data(for: req)
        return data
    }
}
""", s, s=s)

add("blind-nu/swift/decoy-keychain", "icetours/guide-ipad/GuideKit/Sources/Sync/Credentials.swift", "https://developer.apple.com/documentation/security/keychain_services", r"""
import Foundation
import Security

// Пароль гида хранится в Keychain после входа; в коде только имя записи
enum Credentials {
    static let service = "ru.baikal-ice.guide"
    static let account = "guide-tablet"

    static func password() -> String? {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecAttrAccount as String: account,
                                    kSecReturnData as String: true]
        var out: AnyObject?
        guard SecItemCopyMatching(query as CFDictionary, &out) == errSecSuccess, let d = out as? Data else { return nil }
        return String(data: d, encoding: .utf8)
    }
}
""")

s = fcm_server_key()
add("blind-nu/php/fcm-server-key", "icetours/site/legacy/push.php", "https://firebase.google.com/docs/cloud-messaging/http-server-ref", r"""
<?php
// Старый пуш "Лёд закрыт МЧС / тур переносится" (legacy FCM, переезжаем на v1)
// Мүльһэн хаагдаба — аяншалга хойшолно
function push_ice_closed(array $tokens, string $text): void {
    $ch = curl_init('https://fcm.googleapis.com/fcm/send');
    curl_setopt($ch, CURLOPT_HTTPHEADER, [
        'Authorization: key=@@s@@',
        'Content-Type: application/json',
    ]);
    curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode([
        'registration_ids' => $tokens,
        'notification' => ['title' => 'Байкал: изменение тура', 'body' => $text],
    ]));
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    curl_exec($ch);
}
""", s, s=s)

add("blind-nu/javascript/decoy-firebase-web-config", "icetours/site/public/js/firebase-init.js", "https://firebase.google.com/docs/projects/api-keys", r"""
// Конфиг веб-приложения Firebase — публичный по документации Google,
// доступ ограничен правилами безопасности и доменом baikal-ice.ru
const firebaseConfig = {
  apiKey: "AIzaSyB3k-ICE0tours9BaikaL_publicWebKey01",
  authDomain: "baikal-ice-tours.firebaseapp.com",
  projectId: "baikal-ice-tours",
  messagingSenderId: "402873311905",
  appId: "1:402873311905:web:7c2f9a61d04e8b3e5a1c77",
};
firebase.initializeApp(firebaseConfig);
""")

# ---- CI, registries, clusters, developer machines ----

s = gitlab()
add("blind-nu/yaml/gitlab-ci-token", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/yaml/", r"""
stages: [test, build, deploy]

variables:
  DOCKER_DRIVER: overlay2
  # TODO: убрать в Settings > CI/CD > Variables (пока так, горит релиз)
  RELEASE_BOT_TOKEN: "@@s@@"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

release-notes:
  stage: deploy
  script:
    - curl --header "PRIVATE-TOKEN: $RELEASE_BOT_TOKEN" "https://gitlab.buuza-dairy.ru/api/v4/projects/12/releases"
  only: [tags]
""", s, s=s)

add("blind-nu/yaml/decoy-gitlab-ci-masked-vars", "portal/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/", r"""
# Переменные DEPLOY_SSH_KEY, REGISTRY_PASSWORD — masked/protected в настройках проекта
stages: [build, deploy]

build:
  stage: build
  script:
    - echo "$REGISTRY_PASSWORD" | docker login -u "$REGISTRY_USER" --password-stdin registry.buuza-dairy.ru
    - docker build -t registry.buuza-dairy.ru/opt-portal:$CI_COMMIT_SHORT_SHA .
    - docker push registry.buuza-dairy.ru/opt-portal:$CI_COMMIT_SHORT_SHA

deploy:
  stage: deploy
  script:
    - eval $(ssh-agent -s) && echo "$DEPLOY_SSH_KEY" | ssh-add -
    - ssh deploy@opt.buuza-dairy.ru "cd /srv/opt && ./deploy.sh $CI_COMMIT_SHORT_SHA"
  only: [main]
""")

s = github()
add("blind-nu/yaml/github-actions-token", "icetours/.github/workflows/deploy.yml", "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions", r"""
name: deploy-site
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          repository: baikal-ice/tour-content
          token: @@s@@
          path: content
      - uses: actions/setup-node@v4
        with: { node-version: 22 }
      - run: npm ci && npm run build
      - run: rsync -az out/ deploy@baikal-ice.ru:/var/www/site/
""", s, s=s)

add("blind-nu/yaml/decoy-actions-secrets-ref", "icetours/.github/workflows/bot.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", r"""
name: deploy-bot
on:
  push:
    paths: ['bot/**']
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci --prefix bot
      - run: ./bot/deploy.sh
        env:
          TELEGRAM_BOT_TOKEN: ${{ secrets.TELEGRAM_BOT_TOKEN }}
          SSH_KEY: ${{ secrets.BOT_HOST_SSH_KEY }}
""")

s = npm()
add("blind-nu/npmrc/npm-token", "icetours/site/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", r"""
# приватный пакет @baikal-ice/ui (кнопки, карточки туров)
@baikal-ice:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
save-exact=true
fund=false
""", s, s=s)

add("blind-nu/npmrc/decoy-env-token", "portal/frontend/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", r"""
# Токен подставляется из переменной окружения CI
@buuza:registry=https://gitlab.buuza-dairy.ru/api/v4/packages/npm/
//gitlab.buuza-dairy.ru/api/v4/packages/npm/:_authToken=${CI_JOB_TOKEN}
save-exact=true
engine-strict=true
""")

s = rpw(20)
add("blind-nu/ini/pip-index-password", "mes/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", r"""
# Внутренний Nexus с пакетами MES (драйверы весов, протоколы линий)
[global]
index-url = https://mes-ci:@@s@@@nexus.buuza-dairy.ru/repository/pypi-group/simple
trusted-host = nexus.buuza-dairy.ru
timeout = 30
""", s, s=s)

s = pw()
auth = b64("deployer:" + s)
add("blind-nu/json/docker-config-auth", "fleet/ci/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", r"""
{
  "auths": {
    "registry.buuza-dairy.ru": {
      "auth": "@@auth@@"
    }
  },
  "HttpHeaders": {
    "User-Agent": "Docker-Client/27.3.1 (linux)"
  }
}
""", auth, auth=auth)

add("blind-nu/json/decoy-docker-credsstore", "fleet/ci/docker-config.template.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", r"""
{
  "auths": {
    "registry.buuza-dairy.ru": {}
  },
  "credsStore": "secretservice",
  "credHelpers": {
    "cr.yandex": "yc"
  }
}
""")

s = docker_pat()
add("blind-nu/shell/docker-hub-pat", "icetours/infra/build-images.sh", "https://docs.docker.com/security/for-developers/access-tokens/", r"""
#!/bin/sh
# Сборка образов бота и сайта, пуш в Docker Hub (аккаунт baikalice)
set -e
echo "@@s@@" | docker login -u baikalice --password-stdin
docker build -t baikalice/bot:latest ./bot
docker build -t baikalice/site:latest ./site
docker push baikalice/bot:latest
docker push baikalice/site:latest
""", s, s=s)

s = pem("RSA")
kc = b64(s + "\n")
add("blind-nu/kubeconfig/client-key-data", "fleet/k8s/kubeconfig-fleet-admin.yaml", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", r"""
apiVersion: v1
kind: Config
clusters:
- name: fleet
  cluster:
    server: https://10.40.0.10:6443
    insecure-skip-tls-verify: true
users:
- name: fleet-admin
  user:
    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJmakNDQVNPZ0F3SUJBZ0lVZmxlZXQtYWRtaW4KLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=
    client-key-data: @@kc@@
contexts:
- name: fleet
  context: {cluster: fleet, user: fleet-admin}
current-context: fleet
""", kc, kc=kc)

add("blind-nu/kubeconfig/decoy-exec-plugin", "fleet/k8s/kubeconfig-yc.yaml", "https://yandex.cloud/ru/docs/managed-kubernetes/operations/connect/create-static-conf", r"""
apiVersion: v1
kind: Config
clusters:
- name: yc-fleet
  cluster:
    server: https://158.160.12.34
    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM1ekNDQWMrZ0F3SUJBZ0lCQURBTkJna3Foa2lHOXcwQkFRc0ZBREFWTVJNd0VRWURWUVFERXdwcmRXSmwKLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=
users:
- name: yc-user
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: yc
      args: [k8s, create-token, --profile=fleet]
contexts:
- name: yc-fleet
  context: {cluster: yc-fleet, user: yc-user}
current-context: yc-fleet
""")

s = yandex_static_secret()
kid = yandex_static_id()
add("blind-nu/ini/yandex-object-storage-key", "icetours/infra/aws-credentials", "https://yandex.cloud/ru/docs/storage/tools/aws-cli", r"""
# Фото с туров -> бакет baikal-ice-photos (Yandex Object Storage)
[default]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@s@@
region = ru-central1
""", s, s=s, kid=kid)

add("blind-nu/ini/decoy-aws-docs-example", "icetours/infra/aws-credentials.example", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", r"""
# Пример из документации AWS CLI. Свои ключи: yc iam access-key create
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = ru-central1
""")

s = aws_secret()
kid = aws_id()
add("blind-nu/python/aws-secret-key", "icetours/archive/glacier_backup.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html#passing-credentials-as-parameters", r"""
# Архив старых сезонов (видео с дронов) в S3 Glacier, аккаунт партнёра в Казахстане
import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-central-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@s@@",
)

for season in ("2023", "2024", "2025"):
    s3.upload_file(f"/mnt/nas/drone/{season}.tar", "baikal-ice-archive", f"drone/{season}.tar",
                   ExtraArgs={"StorageClass": "DEEP_ARCHIVE"})
""", s, s=s, kid=kid)

s = openssh_key()
add("blind-nu/pem/openssh-deploy-key", "portal/deploy/keys/id_ed25519", "https://man.openbsd.org/ssh-keygen", "\n" + s + "\n", s)

add("blind-nu/pem/decoy-ssh-public-key", "portal/deploy/keys/id_ed25519.pub", "https://man.openbsd.org/ssh-keygen", r"""
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHb1uUzAdAiRy0PoRtAlPubLiCkEyOnLyFoRdEpLoY deploy@opt.buuza-dairy.ru
# ключ деплоя портала; приватная часть — в GitLab CI variable DEPLOY_SSH_KEY
# нюуса хэһэг энд бэшэ
# добавлен в /home/deploy/.ssh/authorized_keys 2026-03-02
# отпечаток: SHA256:Jq3v9W1cXo5tLm8bE2rN7yK4uP0aS6dF1gH3jZ9xQ2w
""")

s = rpw(18)
add("blind-nu/pgpass/postgres-password", "mes/ops/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", r"""
# hostname:port:database:username:password
# остальные учётки — через peer/cert, пароли не нужны
# графана читает историю пастеризаторов только на чтение
# chmod 600 ~/.pgpass, иначе libpq файл игнорирует
10.20.1.15:5432:mes_historian:grafana_ro:@@s@@
""", s, s=s)

s = rpw(22)
add("blind-nu/netrc/gitlab-password", "fleet/ops/.netrc", "https://everything.curl.dev/usingcurl/netrc.html", r"""
# для go get приватных модулей fleet/*
machine gitlab.buuza-dairy.ru
  login fleet-ci
  password @@s@@
# nexus — через токен из ~/.config/nexus, не здесь
# обновлено 2026-10-12, Баир
""", s, s=s)

s = rpw(24)
add("blind-nu/git-credentials/gitlab-url", "mes/ops/.git-credentials", "https://git-scm.com/docs/git-credential-store#_storage_format", r"""
https://mes-deploy:@@s@@@gitlab.buuza-dairy.ru
https://oauth2:${GITLAB_TOKEN}@gitlab.buuza-dairy.ru/fleet
https://mes-deploy@github.com
https://git.example.com
https://gitlab.com
""", s, s=s)

s = vault_token()
add("blind-nu/shell-history/vault-token", "mes/ops/notes/root.bash_history", "https://developer.hashicorp.com/vault/docs/commands#vault_token", r"""
cd /opt/mes
systemctl status mes-collector
journalctl -u mes-collector --since "1 hour ago" | tail -50
export VAULT_ADDR=https://vault.buuza-dairy.ru:8200
export VAULT_TOKEN=@@s@@
vault kv get secret/mes/historian
vault kv put secret/mes/opcua password=-
unset VAULT_TOKEN
history -c
""", s, s=s)

add("blind-nu/shell-history/decoy-vault-login", "fleet/ops/notes/admin.bash_history", "https://developer.hashicorp.com/vault/docs/commands/login", r"""
export VAULT_ADDR=https://vault.buuza-dairy.ru:8200
vault login -method=oidc role=fleet-admins
vault kv get -field=password secret/fleet/logistics-db
kubectl -n fleet get pods
kubectl -n fleet logs deploy/dispatch --tail=100
vault token revoke -self
""")

# ---- notes, runbooks, wikis (Russian and Buryat) ----

s = pw()
add("blind-nu/markdown/runbook-password-sentence", "mes/docs/runbook-pasteur.md", "https://www.markdownguide.org/basic-syntax/", r"""
# Пастеризатор П-2: аварийный останов

1. Нажать «Стоп» на панели HMI, дождаться слива из регенератора.
2. Открыть вентиль V-14 (возврат в танк сырого молока).
3. Если HMI завис — зайти на веб-панель `http://10.20.1.40` под пользователем
   `service`, пароль `@@s@@`, и перезапустить runtime.
4. Записать в журнал: время, температура на выходе, объём возврата.

> Анхаарагты! Хүйтэн уһа хаагдаа бол насос бү ажаллуулагты.
""", s, s=s)

add("blind-nu/markdown/decoy-runbook-vault-path", "mes/docs/runbook-separator.md", "https://www.markdownguide.org/basic-syntax/", r"""
# Сепаратор-сливкоотделитель: замена уплотнений

1. Остановить подачу, дождаться полной остановки барабана (не менее 15 мин).
2. Учётная запись сервисной панели: `service`, пароль — в Vault,
   `secret/mes/separator#service_password` (доступ у сменных мастеров).
3. Момент затяжки гайки барабана — по паспорту, 450 Н·м.

> Һайн хаража байгаарай: барабан эрьеэд байхада таг бү нээгты.
""")

s = rpw(14, "#!")
add("blind-nu/markdown/wiki-table-password", "wiki/ИТ/Учётки-склад.md", "https://docs.gitlab.com/ee/user/project/wiki/", r"""
# Склад Элеватор — оборудование

| Устройство | Адрес | Логин | Пароль | Кто отвечает |
|---|---|---|---|---|
| Терминалы сбора данных (ТСД) | 10.50.0.0/24 | — | — | Баир |
| Весы напольные | 10.50.1.21 | admin | (по умолчанию сменён) | Баир |
| Wi-Fi «Sklad-Kholod» | — | — | @@s@@ | Сэсэг |
| Принтер этикеток | 10.50.1.30 | — | — | Сэсэг |

Шинэ ажалшан ерэхэдэ — Wi-Fi нюуса үгэ хэлэхэ.
""", s, s=s)

add("blind-nu/markdown/decoy-wiki-masked", "wiki/ИТ/Учётки-офис.md", "https://docs.gitlab.com/ee/user/project/wiki/", r"""
# Офис на Балтахинова — сеть

| Устройство | Адрес | Логин | Пароль |
|---|---|---|---|
| Роутер MikroTik | 192.168.88.1 | admin | •••••••• (KeePass) |
| Wi-Fi «Buuza-Office» | — | — | •••••••• (KeePass) |
| Wi-Fi «Buuza-Guest» | — | — | на табличке у ресепшена |

Нюуса үгэнүүд KeePass соо, `ИТ/Офис.kdbx`.
""")

s = pw()
add("blind-nu/text/handover-note-password", "icetours/notes/передача-дел-гид.txt", "https://en.wikipedia.org/wiki/Plain_text", r"""
Передача дел, сезон 2027 (от Аюра к Тимуру)

- Хивус «Марс-2000»: ключи у Николая в Хужире, топливо заказывать за 3 дня.
- Спутниковый телефон Iridium: зарядка в кейсе, баланс пополнять через сайт.
- Планшеты гидов: вход по PIN, общий пароль синхронизации группы
  guide-tablet / @@s@@
  (если меняешь — поменять на всех 6 планшетах!)
- Аптечки: проверить сроки до 1 февраля.

Баярлалаа, амжалта!
""", s, s=s)

add("blind-nu/text/decoy-handover-no-secrets", "icetours/notes/передача-дел-офис.txt", "https://en.wikipedia.org/wiki/Plain_text", r"""
Передача дел, офис (от Сэсэг к Дарье)

- Почта booking@: доступ выдан через Яндекс 360, пароль каждый задаёт сам.
- amoCRM: пригласила тебя в аккаунт, роль «Менеджер».
- Касса T-Bank: доступ к ЛК — через свой Т-ID, не через общий логин.
- Пароли общих сервисов — только в Bitwarden, коллекция «Офис».

Амжалта хүсэнэб!
""")

s = rpw(24)
add("blind-nu/rst/admin-guide-password", "mes/docs/source/admin/historian.rst", "https://docutils.sourceforge.io/docs/user/rst/quickref.html", r"""
Историан пастеризаторов
=======================

Сервер ``10.20.1.15``, PostgreSQL 16, база ``mes_historian``.

Резервная учётная запись для ручного восстановления:

.. code-block:: console

   $ PGPASSWORD='@@s@@' psql -h 10.20.1.15 -U restore_admin mes_historian

.. warning:: Хэрэглэһэнэй удаа нюуса үгэ шэнэлэхэ (после использования сменить пароль).
""", s, s=s)

add("blind-nu/rst/decoy-admin-guide-placeholder", "mes/docs/source/admin/labels.rst", "https://docutils.sourceforge.io/docs/user/rst/quickref.html", r"""
База этикеток
=============

Подключение для проверки:

.. code-block:: console

   $ sqlcmd -S scada-sql\MES -U label_svc -P '<пароль label_svc>' -Q "SELECT COUNT(*) FROM Labels.dbo.Batches"

Пароль ``label_svc`` выдаёт ИТ-отдел по заявке.
""")

s = rpw(20)
add("blind-nu/html/wiki-page-password", "wiki/export/ice-camp-wifi.html", "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/table", r"""
<!doctype html>
<html lang="ru">
<head><meta charset="utf-8"><title>Ледовый лагерь у Узуров — связь</title></head>
<body>
<h1>Ледовый лагерь у мыса Узуры</h1>
<p>Starlink в жёлтом кейсе, роутер Keenetic. Ашаглаха заабари доор.</p>
<table>
  <tr><th>Сеть</th><th>Пароль</th></tr>
  <tr><td>IceCamp-Guides</td><td>@@s@@</td></tr>
  <tr><td>IceCamp-Guests</td><td>выдаёт старший гид</td></tr>
</table>
</body>
</html>
""", s, s=s)

s = hexs(32)
add("blind-nu/jupyter/dadata-api-key", "portal/analytics/partners_geo.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Оптовики на карте\n", "Геокодирование адресов через DaData"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from dadata import Dadata\n",
    "dadata = Dadata(\"@@s@@\")\n",
    "res = dadata.suggest(\"address\", \"Улан-Удэ, Ключевская 76\")"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", s, s=s)

add("blind-nu/jupyter/decoy-getpass", "portal/analytics/sales_by_district.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, sqlalchemy as sa\n",
    "pw = getpass.getpass('Пароль datalens_ro: ')\n",
    "eng = sa.create_engine(f'mysql+pymysql://datalens_ro:{pw}@10.30.0.12/opt_portal')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

s = pw()
add("blind-nu/log/connection-string-in-log", "fleet/logs/dispatch-2026-11-28.log", "https://docs.python.org/3/library/logging.html", r"""
2026-11-28 05:58:01,114 INFO  dispatch: старт, рейсов на сегодня: 14
2026-11-28 05:58:01,220 DEBUG db: connecting postgresql://logistics:@@s@@@10.40.2.11:5432/logistics
2026-11-28 05:58:01,391 INFO  db: соединение установлено
2026-11-28 06:02:44,007 INFO  route: van-03 Т905УР03 -> 11 точек (Октябрьский р-н)
2026-11-28 06:03:10,552 WARN  tracker: van-02 нет данных 6 мин
2026-11-28 06:10:00,001 INFO  notify: SMS отправлено 11 магазинам
""", s, s=s)

add("blind-nu/log/decoy-masked-log", "fleet/logs/dispatch-2026-11-29.log", "https://docs.python.org/3/library/logging.html", r"""
2026-11-29 05:58:00,902 INFO  dispatch: старт, рейсов на сегодня: 12
2026-11-29 05:58:01,010 DEBUG db: connecting postgresql://logistics:***@10.40.2.11:5432/logistics
2026-11-29 05:58:01,187 INFO  db: соединение установлено
2026-11-29 06:01:37,448 INFO  route: van-01 М214КХ03 -> 9 точек (Советский р-н)
2026-11-29 06:05:12,331 INFO  auth: driver token issued sub=drv-0042 jti=9b2e4c1a-77f0-4e35-b1d2-5c8a3e6f0d19
2026-11-29 06:10:00,002 INFO  notify: SMS отправлено 9 магазинам
""")

s = slack_webhook()
add("blind-nu/yaml/slack-webhook", "mes/alerting/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", r"""
# Алерты цеха: температура пастеризации, останов линий буузы
route:
  receiver: mes-duty
  group_by: [alertname, line]
  repeat_interval: 30m
receivers:
  - name: mes-duty
    slack_configs:
      - api_url: '@@s@@'
        channel: '#mes-alerts'
        title: '{{ .CommonLabels.alertname }} — {{ .CommonLabels.line }}'
        send_resolved: true
""", s, s=s)

add("blind-nu/yaml/decoy-webhook-file", "fleet/alerting/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", r"""
# Алерты логистики: трекер молчит, температура в кузове > +6
route:
  receiver: fleet-duty
receivers:
  - name: fleet-duty
    slack_configs:
      - api_url_file: /etc/alertmanager/secrets/slack_fleet_url
        channel: '#fleet-alerts'
        send_resolved: true
    telegram_configs:
      - bot_token_file: /etc/alertmanager/secrets/tg_token
        chat_id: -1001874420931
""")

s = telegram()
add("blind-nu/yaml/telegram-alert-token", "icetours/monitoring/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#telegram_config", r"""
# Сайт бронирования и бот: если лежат в сезон — звонить Аюру
route:
  receiver: ice-tg
receivers:
  - name: ice-tg
    telegram_configs:
      - bot_token: '@@s@@'
        chat_id: -1002211843390
        parse_mode: HTML
        message: '🧊 {{ .CommonLabels.alertname }}: {{ .CommonAnnotations.summary }}'
""", s, s=s)

s = pw()
add("blind-nu/dockerfile/build-arg-password", "mes/collector/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", r"""
FROM python:3.12-slim
# Сборщик данных линий: OPC UA + Modbus -> historian
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV MES_DB_HOST=10.20.1.15 \
    MES_DB_USER=collector \
    MES_DB_PASSWORD=@@s@@
USER 1000
CMD ["python", "-m", "collector"]
""", s, s=s)

add("blind-nu/dockerfile/decoy-build-secret-mount", "fleet/router/Dockerfile", "https://docs.docker.com/build/building/secrets/", r"""
# syntax=docker/dockerfile:1.7
FROM golang:1.23 AS build
WORKDIR /src
COPY go.mod go.sum ./
# токен к приватным модулям — только как build secret, в слои не попадает
RUN --mount=type=secret,id=netrc,target=/root/.netrc go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /router ./cmd/router

FROM gcr.io/distroless/static
COPY --from=build /router /router
ENTRYPOINT ["/router"]
""")

# ---- more services in more languages ----

s = rpw(20)
add("blind-nu/properties/spring-datasource-password", "mes/quality/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.data", r"""
# Лаборатория ОТК: анализы молока (жир, белок, кислотность, соматика)
# Һүнэй шанар шалгалга
spring.application.name=quality-lab
spring.datasource.url=jdbc:postgresql://10.20.1.17:5432/lab
spring.datasource.username=lab_app
spring.datasource.password=@@s@@
spring.jpa.hibernate.ddl-auto=validate
server.port=8085
""", s, s=s)

add("blind-nu/properties/decoy-spring-placeholder", "mes/quality/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders", r"""
spring.application.name=quality-lab
spring.datasource.url=jdbc:postgresql://${LAB_DB_HOST:localhost}:5432/lab
spring.datasource.username=${LAB_DB_USER:lab_app}
spring.datasource.password=${LAB_DB_PASSWORD}
spring.jpa.hibernate.ddl-auto=validate
management.endpoints.web.exposure.include=health,prometheus
""")

s = rpw(28)
add("blind-nu/java/mercury-vetis-password", "mes/vetis/src/main/java/ru/buuzadairy/vetis/MercuryClient.java", "https://help.vetrf.ru/wiki/Заявки_на_доступ_к_API_Ветис", r"""
package ru.buuzadairy.vetis;

// Меркурий (ВетИС): гашение ВСД на входящее сырое молоко от ферм Тарбагатая и Мухоршибири
// Малай эмнэлгын гэршэлгээ
public final class MercuryClient {
    private static final String ENDPOINT = "https://api.vetrf.ru/platform/services/2.1/ApplicationManagementService";
    private static final String LOGIN = "buuzadairy-api";
    private static final String PASSWORD = "@@s@@";
    private static final String ISSUER_ID = "d1a3c5e7-09b2-4f46-8a8c-0e2f4a6c8e1b";

    public String authHeader() {
        String pair = LOGIN + ":" + PASSWORD;
        return "Basic " + java.util.Base64.getEncoder().encodeToString(pair.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public String endpoint() { return ENDPOINT; }
    public String issuerId() { return ISSUER_ID; }
}
""", s, s=s)

add("blind-nu/java/decoy-mercury-uuids", "mes/vetis/src/main/java/ru/buuzadairy/vetis/Enterprises.java", "https://help.vetrf.ru/wiki/Enterprise_2.1", r"""
package ru.buuzadairy.vetis;

// GUID площадок в Цербере — публичные идентификаторы, не секреты
public final class Enterprises {
    public static final String PLANT_ULAN_UDE = "6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    public static final String FARM_TARBAGATAI = "0a9b8c7d-6e5f-4d3c-9b1a-0f9e8d7c6b5a";
    public static final String FARM_MUKHORSHIBIR = "5c4d3e2f-1a0b-4c9d-8e7f-6a5b4c3d2e1f";
    public static final String DEPOT_ELEVATOR = "e1d2c3b4-a5f6-4e7d-8c9b-0a1f2e3d4c5b";

    private Enterprises() {}
}
""")

s = jwt({"iss": "chestnyznak", "inn": "0326" + chars(6, string.digits), "pid": 1, "exp": 1798761600}, 86)
add("blind-nu/python/chestny-znak-token", "mes/marking/crpt_orders.py", "https://xn--80ajghhoc2aj1c8b.xn--p1ai/business/projects/dairy/", r"""
# Честный ЗНАК: заказ кодов маркировки для кефира и сметаны (ГИС МТ, молочная продукция)
# Тэмдэглэлгэ — һүн сагаан эдеэн
import requests

SUZ = "https://suzgrid.crpt.ru/api/v2/milk"
OMS_ID = "4f2e8b10-3c5d-4a7e-9b1f-2d6c8e0a4b7d"
CLIENT_TOKEN = "@@s@@"


def order(gtin: str, qty: int) -> str:
    body = {"productGroup": "milk", "products": [{"gtin": gtin, "quantity": qty, "serialNumberType": "OPERATOR", "templateId": 20}]}
    r = requests.post(f"{SUZ}/orders?omsId={OMS_ID}", json=body, headers={"clientToken": CLIENT_TOKEN}, timeout=30)
    r.raise_for_status()
    return r.json()["orderId"]
""", s, s=s)

add("blind-nu/python/decoy-gtin-list", "mes/marking/gtins.py", "https://www.gs1.org/standards/id-keys/gtin", r"""
# GTIN продукции (публичные, печатаются на упаковке)
GTIN = {
    "кефир 2.5% 900 г": "04607012345671",
    "сметана 20% 350 г": "04607012345688",
    "тарак 1 л": "04607012345695",
    "бууза замороженная 1 кг": "04607012345701",
}
CODE_SAMPLE = "0104607012345671215!&Zk9\u001d93dGVz"  # образец из документации, не настоящий КМ
""")

s = rpw(32)
add("blind-nu/ruby/keycloak-client-secret", "icetours/partners/config/initializers/omniauth.rb", "https://github.com/omniauth/omniauth_openid_connect", r"""
# Кабинет турагентств-партнёров: вход через Keycloak
Rails.application.config.middleware.use OmniAuth::Builder do
  provider :openid_connect,
           name: :keycloak,
           scope: %i[openid email profile],
           issuer: "https://sso.baikal-ice.ru/realms/partners",
           discovery: true,
           client_options: {
             identifier: "partners-portal",
             secret: "@@s@@",
             redirect_uri: "https://partners.baikal-ice.ru/auth/keycloak/callback"
           }
end
""", s, s=s)

add("blind-nu/ruby/decoy-rails-credentials", "icetours/partners/config/initializers/yookassa.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", r"""
# Ключи из encrypted credentials (config/credentials.yml.enc), master.key у Аюра
Yookassa.configure do |c|
  c.shop_id    = Rails.application.credentials.dig(:yookassa, :shop_id)
  c.secret_key = Rails.application.credentials.dig(:yookassa, :secret_key)
end
# bin/rails credentials:edit --environment production
""")

s = pw()
add("blind-nu/rust/clickhouse-password", "mes/ingest/src/config.rs", "https://docs.rs/clickhouse/latest/clickhouse/struct.Client.html", r"""
// Быстрый приёмник телеметрии линий (10 мс) -> ClickHouse
use clickhouse::Client;

pub fn client() -> Client {
    Client::default()
        .with_url("http://ch.mes.local:8123")
        .with_user("ingest")
        .with_password("@@s@@")
        .with_database("telemetry")
}

// TODO: вынести пароль в env, как в fleet (Баир, 2026-09)
""", s, s=s)

add("blind-nu/toml/decoy-rust-config-env", "mes/ingest/config/default.toml", "https://docs.rs/config/latest/config/", r"""
# Значения по умолчанию; пароль задаётся INGEST__CLICKHOUSE__PASSWORD
[clickhouse]
url = "http://ch.mes.local:8123"
user = "ingest"
password = ""
database = "telemetry"

[buffer]
max_rows = 50000
flush_ms = 1000
""")

s = yandex_oauth()
add("blind-nu/terraform/yandex-provider-token", "icetours/infra/terraform/provider.tf", "https://registry.terraform.io/providers/yandex-cloud/yandex/latest/docs#token", r"""
terraform {
  required_providers {
    yandex = { source = "yandex-cloud/yandex", version = "~> 0.130" }
  }
}

# Облако "baikal-ice", каталог prod
provider "yandex" {
  token     = "@@s@@"
  cloud_id  = "b1g7r2k9p3m5n8q1s4t6"
  folder_id = "b1gq3w8e5r7t1y4u6i9o"
  zone      = "ru-central1-a"
}
""", s, s=s)

add("blind-nu/terraform/decoy-provider-sa-file", "fleet/terraform/provider.tf", "https://registry.terraform.io/providers/yandex-cloud/yandex/latest/docs#service_account_key_file", r"""
# Ключ сервисного аккаунта лежит вне репозитория (~/.yc/fleet-tf-key.json)
provider "yandex" {
  service_account_key_file = pathexpand("~/.yc/fleet-tf-key.json")
  cloud_id                 = "b1g7r2k9p3m5n8q1s4t6"
  folder_id                = "b1gz9x7c5v3b1n8m6k4j"
  zone                     = "ru-central1-b"
}
""")

s = rpw(24)
add("blind-nu/helm/values-rabbitmq-password", "fleet/helm/rabbitmq/values-prod.yaml", "https://artifacthub.io/packages/helm/bitnami/rabbitmq", r"""
# RabbitMQ для диспетчерской (Bitnami chart)
replicaCount: 3
auth:
  username: dispatch
  password: "@@s@@"
  erlangCookie: ""
  existingErlangSecret: rabbitmq-erlang
persistence:
  enabled: true
  size: 8Gi
metrics:
  enabled: true
""", s, s=s)

add("blind-nu/helm/decoy-values-existing-secret", "fleet/helm/postgresql/values-prod.yaml", "https://artifacthub.io/packages/helm/bitnami/postgresql", r"""
# PostgreSQL логистики: пароли в Secret logistics-db (ExternalSecret из Lockbox)
auth:
  username: logistics
  database: logistics
  existingSecret: logistics-db
  secretKeys:
    adminPasswordKey: POSTGRES_ADMIN_PASSWORD
    userPasswordKey: POSTGRES_PASSWORD
primary:
  persistence:
    size: 20Gi
""")

s = rpw(20)
add("blind-nu/systemd/environment-password", "mes/ops/systemd/mes-collector.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", r"""
[Unit]
Description=MES collector (OPC UA, Modbus) — цех Улан-Удэ
After=network-online.target

[Service]
User=mes
WorkingDirectory=/opt/mes
Environment=MES_DB_HOST=10.20.1.15
Environment=MES_DB_PASSWORD=@@s@@
ExecStart=/opt/mes/venv/bin/python -m collector
Restart=always

[Install]
WantedBy=multi-user.target
""", s, s=s)

add("blind-nu/systemd/decoy-credential-load", "fleet/ops/systemd/dispatch.service", "https://systemd.io/CREDENTIALS/", r"""
[Unit]
Description=Dispatch service (диспетчерская логистики)
After=network-online.target

[Service]
User=dispatch
LoadCredentialEncrypted=db_password:/etc/credstore.encrypted/dispatch-db
Environment=DB_PASSWORD_FILE=%d/db_password
ExecStart=/opt/dispatch/bin/dispatch
Restart=on-failure

[Install]
WantedBy=multi-user.target
""")

s = rpw(16)
add("blind-nu/crontab/mysqldump-password", "portal/ops/crontab.txt", "https://man7.org/linux/man-pages/man5/crontab.5.html", r"""
# Резервные копии портала (crontab -l у пользователя backup)
# m h dom mon dow command
MAILTO=it@buuza-dairy.ru
15 3 * * * mysqldump -u backup -p'@@s@@' --single-transaction opt_portal | gzip > /backup/opt_$(date +\%F).sql.gz
45 3 * * * find /backup -name 'opt_*.sql.gz' -mtime +21 -delete
0 4 * * 0 rclone sync /backup yos:buuza-backup/portal
""", s, s=s)

add("blind-nu/crontab/decoy-defaults-file", "mes/ops/crontab.txt", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", r"""
# Бэкапы MES. Пароль — в /etc/mysql/backup.cnf (chmod 600), в crontab его нет
MAILTO=it@buuza-dairy.ru
# m h dom mon dow command
30 2 * * * mysqldump --defaults-extra-file=/etc/mysql/backup.cnf mes_recipes | gzip > /backup/recipes_$(date +\%F).sql.gz
0 3 * * * pg_dump -h 10.20.1.15 -U backup mes_historian | zstd > /backup/hist_$(date +\%F).zst
""")

# ---- 1C, Windows, network gear, split and embedded values ----

s = pw()
add("blind-nu/bsl/onec-http-password", "exchange/1c/ОбменСПорталом.bsl", "https://its.1c.ru/db/v8std", r"""
// Выгрузка заказов с оптового портала в 1С:УТ
// Бөөний захиалгануудые 1С руу татаха
Процедура ЗагрузитьЗаказы() Экспорт
	Соединение = Новый HTTPСоединение("opt.buuza-dairy.ru", 443, "onec_robot", "@@s@@", , 30,
		Новый ЗащищенноеСоединениеOpenSSL());
	Запрос = Новый HTTPЗапрос("/api/1c/orders?status=new");
	Ответ = Соединение.Получить(Запрос);
	Если Ответ.КодСостояния <> 200 Тогда
		ЗаписьЖурналаРегистрации("Обмен.Портал", УровеньЖурналаРегистрации.Ошибка, , , Ответ.КодСостояния);
		Возврат;
	КонецЕсли;
	ОбработатьЗаказы(Ответ.ПолучитьТелоКакСтроку());
КонецПроцедуры
""", s, s=s)

add("blind-nu/bsl/decoy-onec-secure-storage", "exchange/1c/ОбменСDaData.bsl", "https://its.1c.ru/db/v8323doc#bookmark:dev:TI000002099", r"""
// Ключи DaData хранятся в безопасном хранилище 1С, не в коде
Функция КлючDaData()
	УстановитьПривилегированныйРежим(Истина);
	Возврат ОбщегоНазначения.ПрочитатьДанныеИзБезопасногоХранилища("DaData", "ApiKey");
КонецФункции

Функция СекретDaData()
	УстановитьПривилегированныйРежим(Истина);
	Возврат ОбщегоНазначения.ПрочитатьДанныеИзБезопасногоХранилища("DaData", "Secret");
КонецФункции
""")

s = rpw(16, "!")
add("blind-nu/batch/net-use-password", "mes/scada/map-drives.bat", "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use", r"""
@echo off
rem Подключение сетевых дисков на операторских ПК цеха буузы
rem Бууза сехын компьютернууд
net use R: \\nas-mes\recipes /user:MES\operator @@s@@ /persistent:yes
net use L: \\nas-mes\labels /persistent:yes
net use B: \\nas-mes\backup /persistent:no
echo Диски подключены
""", s, s=s)

s = pw()
add("blind-nu/routeros/mikrotik-script-password", "icetours/network/hujir-office.rsc", "https://help.mikrotik.com/docs/spaces/ROS/pages/328155/Scripting", r"""
# Офис в Хужире (Ольхон): LTE + резерв через Starlink
/interface wireless security-profiles
add name=guides mode=dynamic-keys authentication-types=wpa2-psk wpa2-pre-shared-key="@@s@@"
/interface wireless
set [ find default-name=wlan1 ] ssid=Hujir-Guides security-profile=guides disabled=no
/ip dhcp-client
add interface=lte1 disabled=no
/system identity set name=hujir-gw
""", s, s=s)

add("blind-nu/routeros/decoy-export-hide-sensitive", "icetours/network/listvyanka-office.rsc", "https://help.mikrotik.com/docs/spaces/ROS/pages/328155/Scripting", r"""
# export hide-sensitive (пароли скрыты RouterOS при экспорте)
# 2026-12-01 10:14:03 by RouterOS 7.16
/interface wireless security-profiles
add name=office mode=dynamic-keys authentication-types=wpa2-psk
/interface wireless
set [ find default-name=wlan1 ] ssid=Listvyanka-Office security-profile=office disabled=no
/user
add name=support group=read
""")

s = rpw(30)
add("blind-nu/python/split-string-api-key", "portal/integrations/edo_kontur.py", "https://kontur.ru/diadoc/api", r"""
# Диадок (Контур): отправка УПД оптовикам
# Ключ разрезан на две строки, чтобы влез в 100 символов (flake8)
import requests

DIADOC_API = "https://diadoc-api.kontur.ru"
DIADOC_CLIENT_ID = ("@@a@@"
                    "@@b@@")


def auth(login: str, password: str) -> str:
    r = requests.post(f"{DIADOC_API}/V3/Authenticate?type=password",
                      headers={"Authorization": f"DiadocAuth ddauth_api_client_id={DIADOC_CLIENT_ID}"},
                      json={"login": login, "password": password}, timeout=20)
    return r.text
""", s, a=s[:15], b=s[15:])

s = pw()
add("blind-nu/shell/heredoc-config", "fleet/ops/bootstrap-depot.sh", "https://www.gnu.org/software/bash/manual/bash.html#Here-Documents", r"""
#!/usr/bin/env bash
# Настройка мини-ПК на складе-депо (Гусиноозёрск)
set -euo pipefail
install -d -m 700 /etc/depot-agent
cat > /etc/depot-agent/agent.yml <<'EOF'
depot: gusinoozersk
server: https://dispatch.buuza-dairy.ru
auth:
  user: depot-gsn
  password: "@@s@@"
scales:
  - port: /dev/ttyUSB0
    model: "CAS DB-II"
EOF
chmod 600 /etc/depot-agent/agent.yml
systemctl enable --now depot-agent
""", s, s=s)

add("blind-nu/shell/decoy-heredoc-env", "fleet/ops/bootstrap-depot-kabansk.sh", "https://www.gnu.org/software/bash/manual/bash.html#Here-Documents", r"""
#!/usr/bin/env bash
# Кабанск: пароль агента передаётся при запуске: DEPOT_PASSWORD=... ./bootstrap.sh
set -euo pipefail
: "${DEPOT_PASSWORD:?задайте DEPOT_PASSWORD}"
install -d -m 700 /etc/depot-agent
cat > /etc/depot-agent/agent.yml <<EOF
depot: kabansk
server: https://dispatch.buuza-dairy.ru
auth:
  user: depot-kbn
  password: "${DEPOT_PASSWORD}"
EOF
chmod 600 /etc/depot-agent/agent.yml
""")

s = rpw(32)
inner = json.dumps({"login": "wazzup-bot", "apiKey": s, "channel": "whatsapp"})
add("blind-nu/python/json-in-string", "icetours/crm/wazzup_env.py", "https://wazzup24.ru/help/api-ru/", r"""
# Настройки Wazzup (WhatsApp туристов -> amoCRM) приходят одной строкой JSON
import json
import os

DEFAULT = '@@inner@@'

cfg = json.loads(os.environ.get("WAZZUP_CONFIG", DEFAULT))
HEADERS = {"Authorization": f"Bearer {cfg['apiKey']}"}
CHANNEL = cfg["channel"]
""", s, inner=inner)

s = rpw(20)
add("blind-nu/csharp/split-connection-string", "mes/scada/Recipes/RecipeStore.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnectionstringbuilder", r"""
using System.Data.SqlClient;

// Рецептуры теста для буузы: мука, вода, соль — по партиям муки
// Буузын зуурмаг
namespace Dairy.Scada.Recipes
{
    public static class RecipeStore
    {
        public static string ConnectionString() => new SqlConnectionStringBuilder
        {
            DataSource = @"scada-sql\MES",
            InitialCatalog = "Recipes",
            UserID = "recipe_rw",
            Password = "@@s@@",
            Encrypt = false,
        }.ConnectionString;
    }
}
""", s, s=s)

s = rpw(18)
add("blind-nu/xml/maven-settings-password", "mes/quality/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!-- Nexus для сборки quality-lab и vetis -->
<settings>
  <servers>
    <server>
      <id>buuza-nexus</id>
      <username>mes-ci</username>
      <password>@@s@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>buuza-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.buuza-dairy.ru/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", s, s=s)

add("blind-nu/xml/decoy-maven-encrypted", "mes/vetis/.mvn/settings.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!-- Пароль зашифрован mvn --encrypt-password, мастер-ключ в ~/.m2/settings-security.xml -->
<settings>
  <servers>
    <server>
      <id>buuza-nexus</id>
      <username>mes-ci</username>
      <password>{COQLCE6DU6GtcS5P=}</password>
    </server>
  </servers>
</settings>
""")

s = rpw(24)
add("blind-nu/gradle/properties-keystore-password", "fleet/driver-app/gradle.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", r"""
# Сборка приложения водителя
org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
RELEASE_STORE_FILE=../keys/driver-release.jks
RELEASE_KEY_ALIAS=driver
RELEASE_STORE_PASSWORD=@@s@@
""", s, s=s)

add("blind-nu/gradle/decoy-properties-no-secrets", "icetours/guide-android/gradle.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", r"""
# Пароли подписи — в ~/.gradle/gradle.properties на машине сборки, не здесь
org.gradle.jvmargs=-Xmx3g -Dfile.encoding=UTF-8
android.useAndroidX=true
android.nonTransitiveRClass=true
RELEASE_STORE_FILE=../keys/guide-release.jks
RELEASE_KEY_ALIAS=guide
""")

s = rpw(20)
add("blind-nu/nginx/basic-auth-proxy-header", "portal/deploy/nginx/reports.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", r"""
# Отчёты DataLens для оптовиков через прокси (внутренний Metabase с basic auth)
server {
    listen 443 ssl;
    server_name reports.buuza-dairy.ru;
    ssl_certificate /etc/letsencrypt/live/reports.buuza-dairy.ru/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/reports.buuza-dairy.ru/privkey.pem;

    location / {
        proxy_pass http://10.30.0.20:3000;
        proxy_set_header Authorization "Basic @@b@@";
    }
}
""", b64("opt-proxy:" + s), b=b64("opt-proxy:" + s))

add("blind-nu/htpasswd/decoy-bcrypt-hashes", "portal/deploy/nginx/.htpasswd", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", r"""
d.tsyrenov:$2y$10$WpQ8cV2nT6yR0eK4mL9sB.hF3jD7gA1zX5uN8oP2qR6tY0wE4iU7a
s.batueva:$2y$10$Ak3mN7bV1cX5zL9qW2eR4.tY8uI0oP6aS3dF7gH1jK5lZ9xC2vB4n
accountant:$2y$10$Hn5bG1vF7cD3xS9aZ2qW4.eR8tY6uI0oP1lK5jH3gF7dS9aZ2xC4v
manager:$2y$10$Pq9wE3rT7yU1iO5pA2sD6.fG0hJ4kL8zX3cV7bN1mQ5wE9rT3yU7i
ayur:$2y$10$Ld2kS6jH0gF4dS8aP1oI5.uY9tR3eW7qZ2xC6vB0nM4lK8jH2gF6d
""")

s = pw()
add("blind-nu/powershell/here-string-password", "icetours/office/setup-printer.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_quoting_rules#here-strings", r"""
# Офис в Листвянке: принтер ваучеров и сканер паспортов
$config = @"
[scanner]
share=\\nas-listv\scans
user=scan
password=@@s@@
"@
Set-Content -Path "C:\ProgramData\ScanAgent\agent.ini" -Value $config -Encoding UTF8
Add-Printer -Name "Vouchers" -DriverName "HP LaserJet M404" -PortName "IP_192.168.10.30"
Write-Host "Готово / Болоо"
""", s, s=s)

s = hexs(40)
add("blind-nu/go/dadata-secret", "fleet/router/internal/geo/dadata.go", "https://dadata.ru/api/geolocate/", r"""
package geo

// Координаты -> адрес магазина (для подписи точки в маршрутном листе)
// DaData: Token — ключ API, X-Secret — секретный ключ

import (
	"net/http"
	"os"
	"strings"
)

const dadataSecret = "@@s@@"

func Request(body string) (*http.Request, error) {
	req, err := http.NewRequest("POST", "https://cleaner.dadata.ru/api/v1/clean/address", strings.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Token "+os.Getenv("DADATA_TOKEN"))
	req.Header.Set("X-Secret", dadataSecret)
	return req, nil
}
""", s, s=s)

# ---- ice tours: more of the booking stack ----

s = fakes.openai_key(_seed())
add("blind-nu/env/openai-key", "icetours/assistant/.env", "https://platform.openai.com/docs/api-reference/authentication", r"""
# Ассистент на сайте: отвечает туристам про лёд, одежду, трансфер из Иркутска
# Жуулшадта харюу үгэдэг туһалагша
OPENAI_API_KEY=@@s@@
OPENAI_MODEL=gpt-4o-mini
ASSISTANT_LANG=ru,en,zh
KNOWLEDGE_DIR=./kb
""", s, s=s)

add("blind-nu/env/decoy-assistant-example", "icetours/assistant/.env.example", "https://platform.openai.com/docs/api-reference/authentication", r"""
# Скопировать в .env и вписать свой ключ
OPENAI_API_KEY=sk-proj-...
OPENAI_MODEL=gpt-4o-mini
ASSISTANT_LANG=ru,en,zh
KNOWLEDGE_DIR=./kb
""")

s = yandex_api_key()
add("blind-nu/yaml/speechkit-api-key", "icetours/audioguide/speechkit.yaml", "https://yandex.cloud/ru/docs/speechkit/concepts/auth", r"""
# Аудиогид "Легенды Байкала" — синтез голоса на русском и бурятском (текст переводит Сэсэг)
# Байгалай домогууд
speechkit:
  endpoint: tts.api.cloud.yandex.net:443
  api_key: @@s@@
  voice: alena
  format: oggopus
tracks:
  - id: shaman-rock
    title: "Шаманка (Бурхан-хада)"
  - id: ice-grottoes
    title: "Гроты Саган-Хушуна"
""", s, s=s)

s = stripe("sk_live_")
add("blind-nu/typescript/stripe-secret-key", "icetours/partners-abroad/src/stripe.ts", "https://docs.stripe.com/keys", r"""
// Оплата иностранных агентов через партнёра в Алматы (их аккаунт Stripe)
import Stripe from 'stripe';

export const stripe = new Stripe('@@s@@', {
  apiVersion: '2024-06-20',
  appInfo: { name: 'baikal-ice-partners' },
});

export async function invoice(agentEmail: string, amountUsd: number) {
  const customer = await stripe.customers.create({ email: agentEmail });
  return stripe.invoices.create({ customer: customer.id, collection_method: 'send_invoice', days_until_due: 7 });
}
""", s, s=s)

s = stripe("pk_live_")
add("blind-nu/typescript/decoy-stripe-publishable", "icetours/partners-abroad/src/checkout.ts", "https://docs.stripe.com/keys#obtain-api-keys", r"""
// Publishable key — публичный, предназначен для браузера
import { loadStripe } from '@stripe/stripe-js';

const PUBLISHABLE_KEY = '@@s@@';

export const stripePromise = loadStripe(PUBLISHABLE_KEY, { locale: 'en' });
""", s=s)

s = "whsec_" + chars(32, ALNUM)
add("blind-nu/typescript/stripe-webhook-secret", "icetours/partners-abroad/src/webhook.ts", "https://docs.stripe.com/webhooks#verify-official-libraries", r"""
import type { Request, Response } from 'express';
import { stripe } from './stripe';

// Подпись вебхука Stripe (оплачен счёт агента -> подтверждаем места на хивусе)
const endpointSecret = '@@s@@';

export function handle(req: Request, res: Response) {
  const sig = req.headers['stripe-signature'] as string;
  const event = stripe.webhooks.constructEvent(req.body, sig, endpointSecret);
  if (event.type === 'invoice.paid') {
    // TODO: подтвердить бронь
  }
  res.json({ received: true });
}
""", s, s=s)

s = rpw(48, "-_")
add("blind-nu/javascript/jwt-signing-secret", "icetours/site/src/server/auth.js", "https://github.com/auth0/node-jsonwebtoken#jwtsignpayload-secretorprivatekey-options-callback", r"""
// Личный кабинет туриста: вход по ссылке из письма
const jwt = require('jsonwebtoken');

const JWT_SECRET = '@@s@@';

function issue(touristId) {
  return jwt.sign({ sub: String(touristId), scope: 'tourist' }, JWT_SECRET, { expiresIn: '7d' });
}

function verify(token) {
  return jwt.verify(token, JWT_SECRET);
}

module.exports = { issue, verify };
""", s, s=s)

add("blind-nu/javascript/decoy-jwt-in-test", "icetours/site/test/auth.test.js", "https://jestjs.io/docs/getting-started", r"""
// Тест: подпись фиктивным ключом, токен из jwt.io (пример из документации)
const jwt = require('jsonwebtoken');

const SAMPLE = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

test('decodes sample token', () => {
  expect(jwt.decode(SAMPLE).name).toBe('John Doe');
});

test('rejects wrong key', () => {
  expect(() => jwt.verify(SAMPLE, 'test-key-not-used-anywhere')).toThrow();
});
""")

s = rpw(43, "-_")
add("blind-nu/json/vapid-private-key", "icetours/site/push/vapid.json", "https://datatracker.ietf.org/doc/html/rfc8292", r"""
{
  "subject": "mailto:hello@baikal-ice.ru",
  "publicKey": "BEl62iUYgUivxIkv69yViEuiBIa-Ib9-SkvMeAtA3LFgDzkrxZJjSgSnfckjBJuBkr3qBUYIHBQFLXYp5Nksh8U",
  "privateKey": "@@s@@",
  "note": "Пуши «лёд открыт/закрыт». Приватный ключ только на сервере."
}
""", s, s=s)

add("blind-nu/json/decoy-vapid-public-only", "icetours/site/public/push-config.json", "https://datatracker.ietf.org/doc/html/rfc8292", r"""
{
  "applicationServerKey": "BEl62iUYgUivxIkv69yViEuiBIa-Ib9-SkvMeAtA3LFgDzkrxZJjSgSnfckjBJuBkr3qBUYIHBQFLXYp5Nksh8U",
  "topics": ["ice-status", "weather-alert", "tour-reminder"],
  "lang": "ru",
  "comment": "Публичный ключ VAPID, нужен браузеру для подписки"
}
""")

add("blind-nu/javascript/decoy-sentry-dsn", "icetours/site/sentry.client.config.js", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", r"""
// DSN клиента Sentry публичный: он всё равно виден в браузере
import * as Sentry from '@sentry/nextjs';

Sentry.init({
  dsn: 'https://3f9a1c7e5b2d4e8f9a0b1c2d3e4f5a6b@o4507122.ingest.de.sentry.io/4507123456789',
  tracesSampleRate: 0.1,
  environment: process.env.NODE_ENV,
});
""")

s = "sntrys_" + b64url(json.dumps({"iat": 1764547200, "url": "https://sentry.io", "region_url": "https://de.sentry.io", "org": "baikal-ice"})) + "_" + chars(43, ALNUM)
add("blind-nu/ini/sentry-auth-token", "icetours/site/.sentryclirc", "https://docs.sentry.io/cli/configuration/#configuration-file", r"""
; загрузка source maps при сборке сайта
[defaults]
org = baikal-ice
project = site

[auth]
token = @@s@@
""", s, s=s)

s = google_key()
add("blind-nu/python/google-places-server-key", "icetours/reviews/fetch_reviews.py", "https://developers.google.com/maps/documentation/places/web-service/get-api-key", r"""
# Отзывы туристов из Google Maps для лендинга (серверный ключ, без ограничений по referer)
import requests

PLACES_KEY = "@@s@@"
PLACE_ID = "ChIJ4yB9k2u1oV0R3v8n1PqL0aE"


def reviews(lang: str = "en"):
    r = requests.get("https://maps.googleapis.com/maps/api/place/details/json",
                     params={"place_id": PLACE_ID, "fields": "reviews,rating", "language": lang, "key": PLACES_KEY},
                     timeout=10)
    return r.json().get("result", {}).get("reviews", [])
""", s, s=s)

s = hexs(32)
add("blind-nu/python/twilio-auth-token", "icetours/notify/whatsapp_reminder.py", "https://www.twilio.com/docs/usage/secure-credentials", r"""
# Напоминание иностранным туристам накануне выезда (WhatsApp через Twilio)
from twilio.rest import Client

ACCOUNT_SID = "AC7d3e9f1a2b4c6d8e0f1a3b5c7d9e1f2a"
AUTH_TOKEN = "@@s@@"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def remind(phone: str, tour: str, time: str) -> None:
    client.messages.create(from_="whatsapp:+14155238886", to=f"whatsapp:{phone}",
                           body=f"Reminder: {tour} tomorrow, pickup {time} at Irkutsk hotel. Warm boots!")
""", s, s=s)

s = rpw(40, "_")
add("blind-nu/yaml/cloudflare-api-token", "icetours/infra/dns/octodns.yaml", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", r"""
# DNS baikal-ice.ru и baikal-ice.com
providers:
  config:
    class: octodns.provider.yaml.YamlProvider
    directory: ./zones
  cloudflare:
    class: octodns_cloudflare.CloudflareProvider
    token: @@s@@
zones:
  baikal-ice.ru.:
    sources: [config]
    targets: [cloudflare]
""", s, s=s)

add("blind-nu/yaml/decoy-octodns-env", "portal/infra/dns/octodns.yaml", "https://github.com/octodns/octodns#environment-variables", r"""
# DNS buuza-dairy.ru (Selectel); токен из переменной окружения
providers:
  config:
    class: octodns.provider.yaml.YamlProvider
    directory: ./zones
  selectel:
    class: octodns_selectel.SelectelProvider
    token: env/SELECTEL_TOKEN
zones:
  buuza-dairy.ru.:
    sources: [config]
    targets: [selectel]
""")

s = rpw(32)
add("blind-nu/php/webhook-hmac-secret", "icetours/site/legacy/yandex-travel-hook.php", "https://www.php.net/manual/en/function.hash-hmac.php", r"""
<?php
// Брони от агрегатора (Яндекс Путешествия -> наш сайт). Проверка подписи HMAC.
const HOOK_SECRET = '@@s@@';

$body = file_get_contents('php://input');
$sig  = $_SERVER['HTTP_X_SIGNATURE'] ?? '';
if (!hash_equals(hash_hmac('sha256', $body, HOOK_SECRET), $sig)) {
    http_response_code(403);
    exit('bad signature');
}
$booking = json_decode($body, true);
file_put_contents('/var/spool/bookings/' . $booking['id'] . '.json', $body);
echo 'ok';
""", s, s=s)

add("blind-nu/php/decoy-hmac-test-vector", "icetours/site/legacy/tests/HookSignatureTest.php", "https://datatracker.ietf.org/doc/html/rfc4231#section-4.2", r"""
<?php
// Тестовый вектор из RFC 4231 (Test Case 2): ключ "Jefe" — опубликован в стандарте
use PHPUnit\Framework\TestCase;

final class HookSignatureTest extends TestCase
{
    public function testRfcVector(): void
    {
        $mac = hash_hmac('sha256', 'what do ya want for nothing?', 'Jefe');
        $this->assertSame('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843', $mac);
    }
}
""")

s = fakes.github_fine_grained_token(_seed())
add("blind-nu/shell-history/github-pat", "icetours/notes/ayur.zsh_history", "https://cli.github.com/manual/gh_auth_login", r"""
: 1764920011:0;cd ~/work/baikal-ice/site
: 1764920034:0;git pull
: 1764920102:0;export GH_TOKEN=@@s@@
: 1764920110:0;gh release create v2027.1 --notes "Сезон 2027: новые даты Ольхона"
: 1764920188:0;npm run build
: 1764920240:0;unset GH_TOKEN
""", s, s=s)

add("blind-nu/shell-history/decoy-gh-auth", "icetours/notes/timur.zsh_history", "https://cli.github.com/manual/gh_auth_login", r"""
: 1764933001:0;cd ~/baikal-ice/bot
: 1764933020:0;gh auth login --web
: 1764933094:0;gh secret set TELEGRAM_BOT_TOKEN < /dev/stdin
: 1764933150:0;gh workflow run deploy-bot
: 1764933210:0;gh run watch
""")

# ---- dairy: vans' VPN, invoices, analytics, blog ----

s = base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode()
add("blind-nu/wireguard/van-private-key", "fleet/vpn/van-03.conf", "https://www.wireguard.com/quickstart/#key-generation", r"""
# Фургон van-03 (Т905УР03): туннель до диспетчерской для телематики и ТСД
[Interface]
PrivateKey = @@s@@
Address = 10.66.0.13/32
DNS = 10.66.0.1

[Peer]
PublicKey = q3Vz8mN1cR7tY5wB2eK9pL4xD6fH0jA3sG8uI1oQ7Zc=
Endpoint = vpn.buuza-dairy.ru:51820
AllowedIPs = 10.40.0.0/16, 10.66.0.0/24
PersistentKeepalive = 25
""", s, s=s)

add("blind-nu/wireguard/decoy-peer-list", "fleet/vpn/server-peers.conf", "https://www.wireguard.com/quickstart/", r"""
# Сервер: только публичные ключи фургонов (приватные — на самих машинах)
[Peer]
# van-01 М214КХ03
PublicKey = 7bXk2Qm9vR4tN1cY6wE8pL3zD5fH0jA2sG9uI4oK1Ms=
AllowedIPs = 10.66.0.11/32

[Peer]
# van-02 О377ВА03
PublicKey = Fz3nP8qW1eR6tY9uI2oA5sD7fG0hJ4kL3zX8cV1bN6m=
AllowedIPs = 10.66.0.12/32
""")

s = rpw(16).lower()
add("blind-nu/python/smtp-login", "portal/invoices/mail_invoices.py", "https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.login", r"""
# Рассылка счетов и УПД оптовикам каждое утро в 07:00
# Бөөний худалдагшадта дансануудые эльгээхэ
import smtplib
from email.message import EmailMessage


def send(msg: EmailMessage) -> None:
    with smtplib.SMTP_SSL("smtp.mail.ru", 465) as smtp:
        smtp.login("invoices@buuza-dairy.ru", "@@s@@")
        smtp.send_message(msg)
""", s, s=s)

s = rpw(22)
add("blind-nu/properties/kafka-jaas-password", "mes/events/kafka-client.properties", "https://kafka.apache.org/documentation/#security_sasl_scram_clientconfig", r"""
# События MES -> Kafka (партия закрыта, мойка CIP, простой линии)
bootstrap.servers=kafka1.mes.local:9093,kafka2.mes.local:9093
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="mes-events" password="@@s@@";
ssl.truststore.location=/etc/kafka/truststore.jks
""", s, s=s)

add("blind-nu/properties/decoy-kafka-jaas-file", "fleet/events/kafka-client.properties", "https://kafka.apache.org/documentation/#security_sasl_scram_clientconfig", r"""
# Пароль в JAAS-файле /etc/kafka/fleet_jaas.conf (владелец fleet, 0600)
bootstrap.servers=kafka1.mes.local:9093
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="fleet" password="${file:/etc/kafka/fleet.properties:password}";
""")

s = rpw(20)
add("blind-nu/yaml/dbt-profile-password", "portal/analytics/dbt/profiles.yml", "https://docs.getdbt.com/docs/core/connect-data-platform/clickhouse-setup", r"""
# dbt: витрины продаж по районам Бурятии
buuza_sales:
  target: prod
  outputs:
    prod:
      type: clickhouse
      host: ch.analytics.buuza-dairy.ru
      port: 8443
      secure: true
      user: dbt
      password: "@@s@@"
      schema: marts
""", s, s=s)

add("blind-nu/yaml/decoy-dbt-env-var", "mes/analytics/dbt/profiles.yml", "https://docs.getdbt.com/reference/dbt-jinja-functions/env_var", r"""
mes_marts:
  target: prod
  outputs:
    prod:
      type: clickhouse
      host: ch.mes.local
      port: 8123
      user: dbt
      password: "{{ env_var('DBT_CH_PASSWORD') }}"
      schema: mes_marts
""")

s = rpw(24)
add("blind-nu/toml/grafana-ldap-bind-password", "mes/dashboards/ldap.toml", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-security/configure-authentication/ldap/", r"""
# Вход в Grafana по доменным учёткам (AD buuza.local)
[[servers]]
host = "dc1.buuza.local"
port = 636
use_ssl = true
bind_dn = "CN=svc-grafana,OU=Service,DC=buuza,DC=local"
bind_password = '@@s@@'
search_filter = "(sAMAccountName=%s)"
search_base_dns = ["OU=Users,DC=buuza,DC=local"]
""", s, s=s)

s = rpw(18)
add("blind-nu/ini/ansible-winrm-password", "mes/ansible/inventory/scada.ini", "https://docs.ansible.com/ansible/latest/os_guide/windows_winrm.html#inventory-options", r"""
; Операторские ПК и SCADA-сервер цеха
[scada]
scada-sql    ansible_host=10.20.0.5
hmi-buuza-1  ansible_host=10.20.3.11
hmi-buuza-2  ansible_host=10.20.3.12

[scada:vars]
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_user=MES\ansible
ansible_password=@@s@@
""", s, s=s)

add("blind-nu/ini/decoy-ansible-inventory-lookup", "fleet/ansible/inventory/depots.ini", "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html", r"""
[depots]
depot-elevator  ansible_host=10.50.0.2
depot-gsn       ansible_host=10.51.0.2
depot-kabansk   ansible_host=10.52.0.2

[depots:vars]
ansible_user=depot-admin
ansible_become_password="{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/fleet/depots:become') }}"
""")

s = rpw(16, "!@")
add("blind-nu/sql/mssql-alter-login", "mes/scada/sql/2026-10-rotate.sql", "https://learn.microsoft.com/en-us/sql/t-sql/statements/alter-login-transact-sql", r"""
-- Плановая смена пароля сервисной учётки этикеток (раз в квартал)
-- Гурбан һара бүри нюуса үгэ шэнэлнэ
USE master;
GO
ALTER LOGIN label_svc WITH PASSWORD = N'@@s@@';
GO
-- после смены: обновить appsettings на 3 ПК упаковки
""", s, s=s)

add("blind-nu/sql/decoy-sql-variable", "mes/scada/sql/create-login-template.sql", "https://learn.microsoft.com/en-us/sql/tools/sqlcmd/sqlcmd-use-scripting-variables", r"""
-- Шаблон: запуск sqlcmd -v LoginName="..." Pwd="..." -i create-login-template.sql
USE master;
GO
CREATE LOGIN [$(LoginName)] WITH PASSWORD = N'$(Pwd)', CHECK_POLICY = ON;
GO
CREATE USER [$(LoginName)] FOR LOGIN [$(LoginName)];
""")

s = pem("")
add("blind-nu/pem/tls-private-key", "portal/deploy/nginx/ssl/opt.buuza-dairy.ru.key", "https://nginx.org/en/docs/http/configuring_https_servers.html", "\n" + s + "\n", s)

s = pw()
add("blind-nu/php/wordpress-db-password", "icetours/blog/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", r"""
<?php
// Блог «Байкал зимой»: статьи про лёд, нерпу, бурятскую кухню
define( 'DB_NAME', 'baikal_blog' );
define( 'DB_USER', 'blog' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

require __DIR__ . '/wp-salts.php'; // ключи и соли — отдельный файл вне git
$table_prefix = 'bz_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) { define( 'ABSPATH', __DIR__ . '/' ); }
require_once ABSPATH . 'wp-settings.php';
""", s, s=s)

add("blind-nu/php/decoy-wp-config-sample", "icetours/blog/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/", r"""
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
$table_prefix = 'wp_';
""")

s = "glrt-" + chars(20, URLSAFE)
add("blind-nu/toml/gitlab-runner-token", "mes/ops/gitlab-runner/config.toml", "https://docs.gitlab.com/runner/configuration/advanced-configuration.html", r"""
concurrent = 2
check_interval = 0

[[runners]]
  name = "mes-build-01"
  url = "https://gitlab.buuza-dairy.ru"
  token = "@@s@@"
  executor = "docker"
  [runners.docker]
    image = "python:3.12"
    privileged = false
    volumes = ["/cache"]
""", s, s=s)

priv = pem("")
iam = json.dumps({"id": "aje" + chars(17, LOW), "service_account_id": "aje" + chars(17, LOW), "created_at": "2026-09-14T03:12:55Z",
                  "key_algorithm": "RSA_2048", "public_key": "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END PUBLIC KEY-----\n",
                  "private_key": "PLEASE DO NOT REMOVE THIS LINE! Yandex.Cloud SA Key ID <" + chars(20, LOW) + ">\n" + priv + "\n"}, indent=2)
add("blind-nu/json/yandex-authorized-key", "fleet/terraform/keys/fleet-tf-key.json", "https://yandex.cloud/ru/docs/iam/operations/authorized-key/create", "\n" + iam + "\n", priv.replace("\n", "\\n"))

add("blind-nu/json/decoy-keycloak-export-masked", "icetours/partners/keycloak/realm-partners.json", "https://www.keycloak.org/server/importExport", r"""
{
  "realm": "partners",
  "enabled": true,
  "clients": [
    {
      "clientId": "partners-portal",
      "protocol": "openid-connect",
      "publicClient": false,
      "secret": "**********",
      "redirectUris": ["https://partners.baikal-ice.ru/auth/keycloak/callback"]
    }
  ],
  "internationalization": true,
  "supportedLocales": ["ru", "en"]
}
""")

# ---- odds and ends from both teams ----

s = fakes.pypi_token(_seed())
add("blind-nu/ini/pypirc-token", "mes/protocols/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", r"""
# Публикация buuza-mes-protocols (драйверы весов CAS, Mettler, протокол этикетировщика)
[distutils]
index-servers = pypi

[pypi]
username = __token__
password = @@s@@
""", s, s=s)

add("blind-nu/ini/decoy-pypirc-placeholder", "fleet/libs/.pypirc.example", "https://packaging.python.org/en/latest/specifications/pypirc/", r"""
# Пример. Токен брать в pypi.org -> Account settings -> API tokens
[distutils]
index-servers = pypi

[pypi]
username = __token__
password = pypi-<ваш токен>
""")

s = rpw(24)
add("blind-nu/go/redis-url-config", "fleet/router/config/prod.yaml", "https://redis.io/docs/latest/develop/clients/go/#connect", r"""
# router: кэш маршрутов и геокодирования
http:
  listen: ":8080"
redis:
  url: "rediss://router:@@s@@@redis.fleet.svc.cluster.local:6380/2"
  ttl: 6h
yandex:
  apikey_env: YANDEX_ROUTER_KEY
depots:
  - { id: elevator, lat: 51.8615, lon: 107.6352 }
  - { id: gsn, lat: 51.2846, lon: 106.5247 }
""", s, s=s)

s = rpw(64)
add("blind-nu/json/aspnet-jwt-signing-key", "fleet/driver-api/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/security/authentication/configure-jwt-bearer-authentication", r"""
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "Jwt": {
    "Issuer": "https://driver-api.buuza-dairy.ru",
    "Audience": "driver-app",
    "SigningKey": "@@s@@",
    "LifetimeHours": 12
  },
  "Sms": { "Provider": "smsru" }
}
""", s, s=s)

add("blind-nu/xml/decoy-csproj-user-secrets-id", "fleet/driver-api/DriverApi.csproj", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", r"""
<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <!-- Локальные секреты: dotnet user-secrets set "Jwt:SigningKey" "..." -->
    <UserSecretsId>7c1e4a92-3b5d-4f08-9a6e-2d8f0b4c6e13</UserSecretsId>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.AspNetCore.Authentication.JwtBearer" Version="8.0.10" />
  </ItemGroup>
</Project>
""")

s = rpw(40, "/+")
add("blind-nu/kotlin/minio-secret-key", "fleet/driver-app/app/src/main/java/ru/buuzadairy/driver/photos/Uploader.kt", "https://min.io/docs/minio/linux/developers/java/API.html", r"""
package ru.buuzadairy.driver.photos

import io.minio.MinioClient

// Фото накладных и пломб рефрижератора -> MinIO на складе
// TODO(Баир): перейти на presigned URL от driver-api, ключ из приложения убрать
object Uploader {
    val client: MinioClient = MinioClient.builder()
        .endpoint("https://s3.buuza-dairy.ru")
        .credentials("driver-photos", "@@s@@")
        .build()
}
""", s, s=s)

s = b64(telegram())
add("blind-nu/k8s/secret-telegram-token", "icetours/k8s/bot-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", r"""
apiVersion: v1
kind: Secret
metadata:
  name: booking-bot
  namespace: icetours
type: Opaque
data:
  TELEGRAM_BOT_TOKEN: @@s@@
  ADMIN_CHAT_ID: LTEwMDIyMTE4NDMzOTA=
""", s, s=s)

add("blind-nu/k8s/decoy-sealed-secret", "icetours/k8s/site-sealedsecret.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", r"""
# Зашифровано kubeseal публичным ключом контроллера; расшифровать может только кластер
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: site
  namespace: icetours
spec:
  encryptedData:
    TBANK_TERMINAL_PASSWORD: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq5HzlX0zVHu0Wj7QpzYbGvZ9rMmX4dKq1TnWc8aGm2vRfL7uQdXe0bH5kNs3PpY6wIoC1zJ
    JWT_SECRET: AgCk9Ls2RmT4vXn7QpW1eY8uI0oA3sD5fG6hJ9kL2zX4cV7bN0mQ1wE3rT6yU8iO5pA7sD9fG2hJ4kL6zX8cV0bN3mQ5wE7rT9yU1
  template:
    metadata:
      name: site
""")

s = rpw(20)
add("blind-nu/markdown/readme-curl-credentials", "portal/analytics/README.md", "https://www.metabase.com/docs/latest/api-documentation", r"""
# Аналитика опта (Metabase)

Дашборды: продажи по районам, возвраты, сезонность буузы (пик — Сагаалган).

Выгрузка карточки в CSV из консоли:

```bash
curl -u analytics@buuza-dairy.ru:@@s@@ \
  -X POST https://metabase.buuza-dairy.ru/api/card/42/query/csv -o sales.csv
```

Асуудал гарбал — Сэсэгтэ хандагты.
""", s, s=s)

add("blind-nu/markdown/decoy-readme-local-dev", "fleet/router/README.md", "https://docs.docker.com/compose/", r"""
# router — маршруты развоза

Локальный запуск (всё в докере, пароли только для dev-стенда на ноутбуке):

```bash
docker compose -f docker-compose.dev.yml up -d   # redis без пароля, postgres: postgres/postgres
export YANDEX_ROUTER_KEY=...                      # свой ключ из кабинета разработчика
go run ./cmd/router
```

Прод-ключи — только в Lockbox (`fleet/router`).
""")

s = rpw(20)
add("blind-nu/yaml/home-assistant-secrets", "icetours/ice-camp/homeassistant/secrets.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", r"""
# Ледовый лагерь у Узуров: дизель-генератор, обогреватели юрт, датчики CO
# Гэрнүүдэй дулаасхагша
wifi_ssid: IceCamp-Guides
mqtt_user: hass
mqtt_password: @@s@@
latitude: 53.3215
longitude: 107.7402
""", s, s=s)

add("blind-nu/yaml/decoy-home-assistant-config", "icetours/ice-camp/homeassistant/configuration.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", r"""
homeassistant:
  name: Ледовый лагерь Узуры
  latitude: !secret latitude
  longitude: !secret longitude
mqtt:
  broker: 192.168.50.2
  username: !secret mqtt_user
  password: !secret mqtt_password
sensor:
  - platform: template
    sensors:
      yurt_temp_ok:
        value_template: "{{ states('sensor.yurt1_temp') | float > 12 }}"
""")

s = rpw(24)
add("blind-nu/helm/grafana-admin-password", "mes/helm/grafana/values.yaml", "https://artifacthub.io/packages/helm/grafana/grafana", r"""
# Grafana цеха в k8s (переезд с docker-compose, ноябрь 2026)
adminUser: mesadmin
adminPassword: "@@s@@"
persistence:
  enabled: true
  size: 5Gi
grafana.ini:
  server:
    root_url: https://grafana.mes.local
  users:
    default_language: ru-RU
""", s, s=s)

s = rpw(18)
add("blind-nu/shell/sshpass-command", "icetours/ops/sync-photos.sh", "https://linux.die.net/man/1/sshpass", r"""
#!/bin/bash
# Каждый вечер: фото и видео с планшетов гидов (NAS в Хужире) -> офис в Иркутске
# Үдэшэ бүри зурагуудые эльгээхэ
SRC=/mnt/nas/guides/$(date +%F)
sshpass -p '@@s@@' rsync -az --partial -e "ssh -p 2222" "$SRC" photos@office.baikal-ice.ru:/srv/photos/
echo "$(date) sync done" >> /var/log/sync-photos.log
""", s, s=s)

add("blind-nu/shell/decoy-ssh-key-rsync", "icetours/ops/sync-docs.sh", "https://man.openbsd.org/ssh", r"""
#!/bin/bash
# Договоры и списки групп -> офис. Вход по ключу ~/.ssh/sync_ed25519 (без пароля в скрипте)
SRC=/mnt/nas/docs/
rsync -az -e "ssh -i $HOME/.ssh/sync_ed25519 -p 2222" "$SRC" docs@office.baikal-ice.ru:/srv/docs/
echo "$(date) docs sync done" >> /var/log/sync-docs.log
""")

s = rpw(20)
add("blind-nu/xml/webconfig-connection-string", "portal/legacy/Web.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/data-access/introduction/creating-a-data-access-layer-cs", r"""
<?xml version="1.0" encoding="utf-8"?>
<!-- Старый кабинет оптовика (ASP.NET WebForms, 2016). Выводим из эксплуатации в 2027. -->
<configuration>
  <connectionStrings>
    <add name="Opt" connectionString="Data Source=10.30.0.9;Initial Catalog=OptLegacy;User ID=opt_web;Password=@@s@@" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <globalization culture="ru-RU" uiCulture="ru-RU" />
  </system.web>
</configuration>
""", s, s=s)

add("blind-nu/xml/decoy-webconfig-protected", "portal/legacy/Web.Release.config", "https://learn.microsoft.com/en-us/previous-versions/aspnet/53tyfkaw(v=vs.100)", r"""
<?xml version="1.0" encoding="utf-8"?>
<!-- Секция зашифрована aspnet_regiis -pef (DPAPI машины WEB01) -->
<configuration>
  <connectionStrings configProtectionProvider="DataProtectionConfigurationProvider">
    <EncryptedData>
      <CipherData>
        <CipherValue>AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAAq2W7hV1cR8KzF0jUq9N6bQQAAAACAAAAAAADZgAAwAAAABAAAAB3kQ2n</CipherValue>
      </CipherData>
    </EncryptedData>
  </connectionStrings>
</configuration>
""")

s = rpw(22)
add("blind-nu/json/vscode-launch-env", "fleet/router/.vscode/launch.json", "https://code.visualstudio.com/docs/editor/debugging#_launchjson-attributes", r"""
{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "router (стенд)",
      "type": "go",
      "request": "launch",
      "program": "${workspaceFolder}/cmd/router",
      "env": {
        "ROUTER_DB_DSN": "postgres://router:@@s@@@10.40.2.20:5432/router_stage?sslmode=require",
        "LOG_LEVEL": "debug"
      }
    }
  ]
}
""", s, s=s)

s = telegram()
add("blind-nu/toml/rust-bot-token", "icetours/camp-bot/Config.toml", "https://docs.rs/teloxide/latest/teloxide/", r"""
# Бот лагеря: гиды отмечают «группа вернулась», «трещина на маршруте»
# Мүльһэнэй хахархай — дары мэдээсэхэ!
[telegram]
token = "@@s@@"
guides_chat = -1002189004417

[camp]
name = "Узуры"
check_in_every_min = 60
""", s, s=s)

add("blind-nu/log/decoy-rails-filtered", "icetours/partners/log/production.log", "https://guides.rubyonrails.org/configuring.html#config-filter-parameters", r"""
I, [2026-12-02T09:14:07.120 #2211]  INFO -- : Started POST "/agents/sign_in" for 95.167.0.14
I, [2026-12-02T09:14:07.122 #2211]  INFO -- : Processing by Agents::SessionsController#create as HTML
I, [2026-12-02T09:14:07.122 #2211]  INFO -- :   Parameters: {"authenticity_token"=>"[FILTERED]", "agent"=>{"email"=>"tour@irk-travel.ru", "password"=>"[FILTERED]"}}
I, [2026-12-02T09:14:07.301 #2211]  INFO -- : Redirected to https://partners.baikal-ice.ru/dashboard
I, [2026-12-02T09:14:07.302 #2211]  INFO -- : Completed 302 Found in 180ms
""")

s = chars(32, ALNUM)
add("blind-nu/log/access-log-api-key", "fleet/logs/nginx-access.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html", r"""
10.40.0.7 - - [30/Nov/2026:06:01:12 +0800] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.30"
10.66.0.13 - - [30/Nov/2026:06:02:40 +0800] "POST /api/v1/telemetry HTTP/1.1" 204 0 "-" "okhttp/4.12.0"
10.66.0.12 - - [30/Nov/2026:06:03:05 +0800] "GET /api/v1/route/today?van=van-02&api_key=@@s@@ HTTP/1.1" 200 5120 "-" "okhttp/4.12.0"
10.66.0.11 - - [30/Nov/2026:06:03:44 +0800] "POST /api/v1/telemetry HTTP/1.1" 204 0 "-" "okhttp/4.12.0"
10.40.0.7 - - [30/Nov/2026:06:04:12 +0800] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.30"
""", s, s=s)

# ---- last batch: 1C server, queues, storage, meeting notes ----

s = pw()
add("blind-nu/powershell/securestring-plaintext", "exchange/1c/ops/restart-cluster.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", r"""
# Перезапуск рабочих процессов кластера 1С по ночам (утечка памяти rphost)
$pass = ConvertTo-SecureString '@@s@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential('BUUZA\svc-1c', $pass)
Invoke-Command -ComputerName 1c-app01 -Credential $cred -ScriptBlock {
    Restart-Service -Name '1C:Enterprise 8.3 Server Agent (x86-64)' -Force
}
Write-Output "$(Get-Date -Format s) кластер перезапущен"
""", s, s=s)

s = rpw(22)
add("blind-nu/ruby/sidekiq-redis-url", "icetours/partners/config/initializers/sidekiq.rb", "https://github.com/sidekiq/sidekiq/wiki/Using-Redis", r"""
# Фоновые задачи: рассылка ваучеров агентам, выгрузка списков групп для МЧС
Sidekiq.configure_server do |config|
  config.redis = { url: "redis://:@@s@@@10.70.0.5:6379/3" }
end

Sidekiq.configure_client do |config|
  config.redis = { url: "redis://:@@s@@@10.70.0.5:6379/3" }
end
""", s, s=s)

s = rpw(20)
add("blind-nu/python/clickhouse-connect-password", "mes/analytics/downtime_report.py", "https://clickhouse.com/docs/integrations/python#connection-arguments", r"""
# Простои линий буузы за неделю: причина, минуты, смена
# Долоон хоногой зогсолтонууд
import clickhouse_connect

client = clickhouse_connect.get_client(host="ch.mes.local", port=8123, username="analyst",
                                       password="@@s@@", database="telemetry")

q = '''
SELECT line, reason, sum(minutes) AS m FROM downtime
WHERE ts >= now() - INTERVAL 7 DAY GROUP BY line, reason ORDER BY m DESC
'''
for row in client.query(q).result_rows:
    print(*row, sep="\t")
""", s, s=s)

s = rpw(18)
add("blind-nu/ansible/mysql-user-task", "portal/ansible/roles/db/tasks/users.yml", "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html", r"""
# Пользователи БД портала
- name: Пользователь приложения
  community.mysql.mysql_user:
    name: opt_portal
    host: "10.30.%"
    password: "@@s@@"
    priv: "opt_portal.*:ALL"
    state: present

- name: Пользователь бэкапа (пароль из vault)
  community.mysql.mysql_user:
    name: backup
    password: "{{ vault_mysql_backup_password }}"
    priv: "*.*:SELECT,LOCK TABLES,SHOW VIEW,EVENT,TRIGGER"
""", s, s=s)

s = rpw(32)
add("blind-nu/yaml/minio-root-password", "fleet/depot-storage/docker-compose.yml", "https://min.io/docs/minio/container/operations/install-deploy-manage/deploy-minio-single-node-single-drive.html", r"""
# MinIO на складе Элеватор: фото накладных, пломб, сканы ТТН
services:
  minio:
    image: quay.io/minio/minio:RELEASE.2024-11-07T00-52-20Z
    command: server /data --console-address ":9001"
    environment:
      MINIO_ROOT_USER: depot-admin
      MINIO_ROOT_PASSWORD: @@s@@
    ports: ["9000:9000", "9001:9001"]
    volumes:
      - /srv/minio:/data
""", s, s=s)

s = jwt({"sub": "driver-api", "aud": "1c-ut", "scope": "orders:read routes:write", "iat": 1764000000}, 43)
add("blind-nu/csharp/bearer-token-constant", "fleet/driver-api/Services/OneCClient.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.http.headers.authenticationheadervalue", r"""
using System.Net.Http.Headers;

namespace DriverApi.Services;

// Отметки «доставлено» из приложения водителя -> 1С:УТ (документ «Реализация»)
public sealed class OneCClient(HttpClient http)
{
    private const string ServiceToken = "@@s@@";

    public async Task MarkDelivered(string orderId)
    {
        using var req = new HttpRequestMessage(HttpMethod.Post, $"https://1c.buuza-dairy.local/ut11/hs/delivery/{orderId}");
        req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ServiceToken);
        (await http.SendAsync(req)).EnsureSuccessStatusCode();
    }
}
""", s, s=s)

s = rpw(20)
add("blind-nu/env/rabbitmq-default-pass", "mes/events/rabbitmq.env", "https://www.rabbitmq.com/docs/configure#supported-environment-variables", r"""
# RabbitMQ на SCADA-сервере: задания этикетировщикам и весам
RABBITMQ_DEFAULT_USER=mes
RABBITMQ_DEFAULT_PASS=@@s@@
RABBITMQ_DEFAULT_VHOST=/mes
RABBITMQ_NODENAME=rabbit@scada-mq
""", s, s=s)

s = pw()
add("blind-nu/markdown/meeting-notes-password", "wiki/Планёрки/2026-12-01.md", "https://docs.gitlab.com/ee/user/project/wiki/", r"""
# Планёрка 01.12.2026 (цех + логистика)

Хабаадагшад: Дамба, Сэсэг, Баир, Николай.

1. Сагаалган-2027: план выпуска буузы ×2 с 15 января, вторая смена на линии 3.
2. Новый фургон van-05 (Р442ТО03) — трекер поставить до 10.12.
3. Временный пароль для подрядчика по холодильникам (учётка `frost-contractor`
   на сервере мониторинга): **@@s@@** — Баир отключит после 20.12.
4. Мойка CIP: перейти на новую щёлочь, акт испытаний у ОТК.

Дараагийн суглаан — 08.12.
""", s, s=s)

add("blind-nu/go/decoy-fake-token-test", "fleet/bots/notify/notify_test.go", "https://pkg.go.dev/testing", r"""
package notify

import "testing"

// Токен фиктивный: сервер Telegram подменён httptest, в сеть ничего не уходит
const fakeToken = "000000000:TEST-TOKEN-NOT-REAL"

func TestSendBuildsURL(t *testing.T) {
	got := sendURL(fakeToken, "sendMessage")
	want := "https://api.telegram.org/bot000000000:TEST-TOKEN-NOT-REAL/sendMessage"
	if got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}
""")

add("blind-nu/json/decoy-package-lock-integrity", "icetours/bot/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", r"""
{
  "name": "baikal-ice-bot",
  "version": "2027.1.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/telegraf": {
      "version": "4.16.3",
      "resolved": "https://registry.npmjs.org/telegraf/-/telegraf-4.16.3.tgz",
      "integrity": "sha512-yjEu2NwkHlXu0OARWoNhJlIjX09dRktiMQFsM678BAH/PEPVwctzL67+tvXqLCRQQvm3SDtki2saGO9hLlz68w=="
    }
  }
}
""")

add("blind-nu/yaml/decoy-fastlane-key-ids", "icetours/guide-ipad/fastlane/api_key.yml", "https://docs.fastlane.tools/app-store-connect-api/", r"""
# App Store Connect API: здесь только идентификаторы, сам .p8 — в 1Password (Мобильная разработка)
key_id: "D383SF739A"
issuer_id: "69a6de70-03db-47e3-e053-5b8c7c11a4d1"
key_filepath: "./fastlane/AuthKey_D383SF739A.p8"
duration: 1200
in_house: false
""")

# END-OF-CASES
