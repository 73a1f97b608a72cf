"""Blind set NQ: a Vladikavkaz mineral-water bottler and a Digoria mountain guesthouse network.

Bottling plant SCADA and historians, the distributor portal, delivery routes and driver apps,
guesthouse booking sites and channel managers; notes partly in Ossetian (Cyrillic) and Russian.
Generated fakes only (seeds 8240000-8249999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = [8240000]


def _seed() -> int:
    _SEED[0] += 11
    assert 8240000 <= _SEED[0] <= 8249999
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Tarskoe", "Kazbek", "Terek", "Zaramag", "Digora", "Karmadon", "Fiagdon", "Barzikau", "Dzinaga",
         "Kurtat", "Uruh", "Donifars", "Zadalesk", "Kamunta", "Tsey", "Sadon", "Galiat", "Khilak"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#%@*_") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_hook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def sendgrid() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def gitlab() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm() -> str:
    return fakes.fake("npm_", 36, _seed())


def google_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "_-") for _ in range(35))


def yandex_oauth() -> str:
    r = _rng()
    return "y0_AgAAAAB" + "".join(r.choice(ALNUM + "_-") for _ in range(48))


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def jwt_hs() -> str:
    r = _rng()
    head = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
    body = b64('{"sub":"' + str(r.randint(1000, 99999)) + '","role":"service","iat":' + str(r.randint(1700000000, 1790000000)) + '}').rstrip("=").replace("+", "-").replace("/", "_")
    return head + "." + body + "." + "".join(r.choice(ALNUM + "_-") for _ in range(43))


def discord_hook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/" + "".join(r.choice(ALNUM + "_-") for _ in range(68))


def datadog() -> str:
    return hexs(32)


def sentry_dsn() -> str:
    r = _rng()
    return f"https://{hexs(32)}@o{r.randint(100000, 999999)}.ingest.sentry.io/{r.randint(1000000, 9999999)}"


def uuid_s() -> str:
    return fakes.uuid4(_seed())


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One labelled file: `@@s@@` is the secret, `@@name@@` the other fields."""
    if secret is not None:
        fields["s"] = secret
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(f"blind-nq/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- plant SCADA and historians

add("python/opcua-password", "scada/line3_filler_poll.py", "https://opcua-asyncio.readthedocs.io/en/latest/",
    """# Линия 3 (розлив ПЭТ 1.5 л) — опрос наполнителя Krones по OPC UA
import asyncio
from asyncua import Client

ENDPOINT = "opc.tcp://10.20.3.11:4840/krones/filler"


async def poll():
    client = Client(url=ENDPOINT)
    client.set_user("scada_reader")
    client.set_password("@@s@@")  # Хъусгæ: пароль дал подрядчик, сменить после ПНР
    async with client:
        node = client.get_node("ns=2;s=Filler.BottlesPerHour")
        print(await node.read_value())

asyncio.run(poll())
""", words_pw())

add("python/decoy-env-reference", "scada/line4_labeler_poll.py", "https://opcua-asyncio.readthedocs.io/en/latest/",
    """# Линия 4 — этикетировщик, опрос каждые 5 с
import os
from asyncua import Client

client = Client(url=os.environ["LABELER_OPC_URL"])
client.set_user(os.environ.get("LABELER_OPC_USER", "scada_reader"))
client.set_password(os.environ["LABELER_OPC_PASSWORD"])  # из vault, см. runbook
""")

add("ini/historian-password", "scada/historian/pi_collector.ini", "https://docs.python.org/3/library/configparser.html",
    """; Сборщик данных в историан (давление CO2, температура сатуратора)
[historian]
host = hist01.plant.tarskoe.local
port = 5450
database = bottling_ts
user = pi_collector
password = @@s@@

[tags]
prefix = L3.SAT.
""", rand_pw(16, "!#"))

add("ini/decoy-placeholder", "scada/historian/pi_collector.example.ini", "https://docs.python.org/3/library/configparser.html",
    """; Образец. Скопируйте в pi_collector.ini и впишите свой пароль.
[historian]
host = hist01.plant.tarskoe.local
port = 5450
user = pi_collector
password = <впишите_пароль>
""")

add("yaml/mqtt-password", "scada/edge/telegraf-mqtt.yaml", "https://github.com/influxdata/telegraf/tree/master/plugins/inputs/mqtt_consumer",
    """# edge-шлюз цеха розлива: MQTT -> InfluxDB
inputs:
  mqtt_consumer:
    servers: ["tcp://mqtt.plant.tarskoe.local:1883"]
    topics: ["plant/+/line/+/counters"]
    username: edge_gw
    password: "@@s@@"
    data_format: json
""", rand_pw(22))

add("toml/influx-token", "scada/edge/telegraf.conf", "https://docs.influxdata.com/telegraf/v1/output-plugins/influxdb_v2/",
    """# Telegraf на шлюзе линии 2
[agent]
  interval = "10s"

[[outputs.influxdb_v2]]
  urls = ["http://influx.plant.tarskoe.local:8086"]
  token = "@@s@@"
  organization = "tarskoe-plant"
  bucket = "line2"
""", rand_pw(86, "_-") + "==")

add("toml/decoy-env-reference", "scada/edge/telegraf-line1.conf", "https://docs.influxdata.com/telegraf/v1/configuration/",
    """# Линия 1 — токен берётся из окружения службы (systemd EnvironmentFile)
[[outputs.influxdb_v2]]
  urls = ["http://influx.plant.tarskoe.local:8086"]
  token = "${INFLUX_TOKEN}"
  organization = "tarskoe-plant"
  bucket = "line1"
""")

add("csharp/sql-connection", "scada/HmiBridge/Program.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring",
    """using System.Data.SqlClient;

namespace Tarskoe.HmiBridge
{
    // Мост WinCC -> MES: пишет счётчики бутылок в таблицу смен
    public static class Program
    {
        private const string Mes = "Server=mes-sql01;Database=MES_Shift;User Id=hmi_bridge;Password=@@s@@;TrustServerCertificate=True";

        public static void Main()
        {
            using var conn = new SqlConnection(Mes);
            conn.Open();
        }
    }
}
""", words_pw())

add("csharp/decoy-config-reference", "scada/HmiBridge/Startup.cs", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/",
    """using Microsoft.Extensions.Configuration;

// Строка подключения хранится в user-secrets / переменной MES__ConnectionString
public class Startup
{
    public Startup(IConfiguration cfg) => Mes = cfg.GetConnectionString("Mes");
    public string Mes { get; }
}
""")

add("json/modbus-gateway-password", "scada/gateways/moxa-mgate-l2.json", "https://www.moxa.com/en/products/industrial-network-infrastructure/protocol-gateways",
    """{
  "device": "MGate 5105-MB-EIP",
  "location": "Цех розлива, шкаф ШУ-2",
  "web": {
    "admin_user": "admin",
    "admin_password": "@@s@@"
  },
  "modbus": {"slave_id": 3, "baud": 19200}
}
""", words_pw())

add("json/decoy-masked", "scada/gateways/moxa-mgate-l3.json", "https://www.moxa.com/en/products/industrial-network-infrastructure/protocol-gateways",
    """{
  "device": "MGate 5105-MB-EIP",
  "location": "Цех розлива, шкаф ШУ-3",
  "web": {
    "admin_user": "admin",
    "admin_password": "********"
  },
  "note": "пароль в KeePass, группа SCADA/Шлюзы"
}
""")

add("markdown/vnc-password", "docs/scada/hmi-remote-access.md", "https://www.markdownguide.org/basic-syntax/",
    """# Удалённый доступ к панелям HMI

| Панель | Адрес | VNC пароль |
|---|---|---|
| Сатуратор L2 | 10.20.2.40:5900 | `@@s@@` |

Дзырд: панель перезагружать только в пересменку (08:00 / 20:00).
Вопросы — инженер АСУ ТП, доб. 214.
""", rand_pw(8))

add("markdown/decoy-redacted", "docs/scada/hmi-remote-access-l4.md", "https://www.markdownguide.org/basic-syntax/",
    """# HMI линии 4

| Панель | Адрес | VNC пароль |
|---|---|---|
| Этикетировщик L4 | 10.20.4.40:5900 | [скрыто — см. KeePass] |

Пароль не пишем в вики (решение от 12.03).
""")

add("shell-history/mysql-password", "ops/asutp-ws/.bash_history", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html",
    """cd /opt/mes
systemctl status mes-sync
journalctl -u mes-sync --since today | tail -50
mysql -h mes-db01 -u mes_admin -p'@@s@@' mes -e 'select count(*) from shift_counters'
exit
""", words_pw())

add("shell-history/decoy-prompt", "ops/asutp-ws2/.bash_history", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html",
    """cd /opt/mes
mysql -h mes-db01 -u mes_admin -p mes
sha256sum mes-sync-2.4.1.tar.gz
# 9f2c1a7be0c4d1e8a5b3f6e0d2c9a8b7e6f5d4c3b2a1908f7e6d5c4b3a291807
exit
""")

add("powershell/wincc-service-password", "scada/scripts/Restart-WinCCArchive.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential",
    """# Перезапуск службы архива WinCC на SCADA-сервере (запускать от инженера АСУ)
$Server = "scada-srv01"
$User = "PLANT\\svc_wincc"
$Pass = ConvertTo-SecureString "@@s@@" -AsPlainText -Force
$Cred = New-Object System.Management.Automation.PSCredential($User, $Pass)
Invoke-Command -ComputerName $Server -Credential $Cred -ScriptBlock {
    Restart-Service -Name "CCArchiveManager"
}
""", words_pw())

add("powershell/decoy-get-credential", "scada/scripts/Backup-WinCCProject.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential",
    """# Резервная копия проекта WinCC на NAS
$Cred = Get-Credential -UserName "PLANT\\svc_backup" -Message "Пароль svc_backup"
$Stamp = Get-Date -Format "yyyyMMdd"
New-PSDrive -Name B -PSProvider FileSystem -Root "\\\\nas01\\scada" -Credential $Cred
Copy-Item "D:\\Projects\\Tarskoe_L1_L4" "B:\\$Stamp" -Recurse
""")

add("go/plc-api-token", "scada/plcbridge/client.go", "https://pkg.go.dev/net/http",
    """package plcbridge

import "net/http"

// Токен сервиса телеметрии (шлюз Siemens S7 -> REST)
const telemetryToken = "@@s@@"

func authorize(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+telemetryToken)
}
""", jwt_hs())

add("go/decoy-test-fixture", "scada/plcbridge/client_test.go", "https://pkg.go.dev/testing",
    """package plcbridge

import "testing"

// фиктивный токен для теста, сервер — httptest
const fakeToken = "test-token-not-real"

func TestAuthorize(t *testing.T) {
	if fakeToken == "" {
		t.Fatal("empty")
	}
}
""")

add("log/decoy-hash", "scada/logs/recipe-sync-2026-11-30.log", "https://docs.python.org/3/library/logging.html",
    """2026-11-30 06:00:01 INFO recipe-sync start (рецептуры: Тарское, Тарское лечебное, Кармадон)
2026-11-30 06:00:02 INFO fetched recipes.tar.gz sha256=4b1f0e9c2d7a6b3e8f5c1d0a9b8e7f6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a
2026-11-30 06:00:02 INFO auth ok user=recipe_sync password=[REDACTED]
2026-11-30 06:00:05 INFO pushed 3 recipes to L1,L2,L3
2026-11-30 06:00:05 INFO done
""")

add("log/ftp-password-url", "scada/logs/ccp-export-2026-12-01.log", "https://datatracker.ietf.org/doc/html/rfc1738",
    """2026-12-01 23:55:00 INFO ККТ/ХАССП экспорт: старт
2026-12-01 23:55:01 DEBUG upload target=ftp://haccp_export:@@s@@@lab-nas.plant.tarskoe.local/haccp/2026-12/
2026-12-01 23:55:03 INFO uploaded ccp_L2_20261201.csv (412 строк)
2026-12-01 23:55:03 INFO uploaded ccp_L3_20261201.csv (388 строк)
2026-12-01 23:55:04 INFO done
""", rand_pw(14))

add("yaml/decoy-vault-reference", "scada/edge/node-red-settings.yaml", "https://nodered.org/docs/user-guide/runtime/securing-node-red",
    """# Node-RED на шлюзе: админка защищена, хэш пароля bcrypt (не пароль)
adminAuth:
  type: credentials
  users:
    - username: asutp
      password: "$2b$08$wuAqPiKJlVN27eF5qJp.RuQYuy6ZYONW7a/UWYxDTtwKFCdB8F19y"
      permissions: "*"
credentialSecret: "${NODE_RED_CREDENTIAL_SECRET}"
""")

add("javascript/node-red-credential-secret", "scada/edge/settings.js", "https://nodered.org/docs/user-guide/runtime/configuration",
    """// Node-RED, шлюз линии 2 (Тарское)
module.exports = {
    uiPort: 1880,
    flowFile: "flows_l2.json",
    // ключ шифрования flows_cred.json — не терять, иначе узлы MQTT придётся перенастраивать
    credentialSecret: "@@s@@",
    logging: { console: { level: "info" } },
};
""", rand_pw(32))

add("xml/decoy-public-cert", "scada/opc/trusted/server-cert.xml", "https://reference.opcfoundation.org/",
    """<?xml version="1.0" encoding="utf-8"?>
<!-- Доверенный сертификат сервера OPC UA линии 3 (публичный, без ключа) -->
<TrustedCertificate>
  <Subject>CN=L3-Filler, O=Tarskoe Plant</Subject>
  <Thumbprint>7A1C39F0B2E4D6A8C0E2F4A6B8D0F2E4A6C8E0F2</Thumbprint>
  <ValidTo>2028-06-30</ValidTo>
</TrustedCertificate>
""")

add("xml/kepware-password", "scada/opc/kepware-channel-l1.xml", "https://www.ptc.com/en/support/article/CS231283",
    """<?xml version="1.0" encoding="utf-8"?>
<!-- Канал Kepware для линии 1: выгрузка из конфигуратора -->
<Channel name="L1_Filler">
  <Driver>Siemens TCP/IP Ethernet</Driver>
  <Device name="S7_1500" address="10.20.1.10"/>
  <UserManager user="kep_opc" password="@@s@@"/>
</Channel>
""", words_pw())

add("ansible/decoy-vault-encrypted", "ansible/group_vars/scada/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/index.html",
    """$ANSIBLE_VAULT;1.1;AES256
62313365396662343061393464336163383764373764613633653634306231386433626436623361
6630333637343661396434346565653262386532383735330a333361343461333937353937363962
39303162323630663263653838643962316534366130643538373331393634336161633233653065
3061346539646466640a326637633765393731366434346539396266383265343735366332623235
""")

add("ansible/snmp-community", "ansible/group_vars/scada/main.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html",
    """# Переменные группы scada (коммутаторы цеха, SNMPv3)
snmp_location: "Владикавказ, завод, цех розлива"
snmp_v3_user: monitoring
snmp_v3_auth_protocol: SHA
snmp_v3_auth_password: "@@s@@"
snmp_v3_priv_protocol: AES
ntp_servers: [10.20.0.1]
""", words_pw())

# ---------------------------------------------------------------- distributor portal

add("dotenv/django-secret-key", "portal/.env", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key",
    """# Портал дистрибьюторов (dealer.tarskoe-water.ru) — прод
DJANGO_DEBUG=false
DJANGO_ALLOWED_HOSTS=dealer.tarskoe-water.ru
DJANGO_SECRET_KEY='@@s@@'
DATABASE_URL=postgres://portal@pg01.internal:5432/portal
REDIS_URL=redis://redis01.internal:6379/2
""", fakes.django_secret_key(_seed()))

add("dotenv/decoy-placeholder", "portal/.env.example", "https://12factor.net/config",
    """# Скопируйте в .env и заполните. Реальные значения — в Vault (kv/portal/prod)
DJANGO_DEBUG=true
DJANGO_SECRET_KEY=change-me
DATABASE_URL=postgres://portal:password@localhost:5432/portal
YOOKASSA_SHOP_ID=
YOOKASSA_SECRET_KEY=
""")

_yk = "live_" + rand_pw(43, "_-")
add("dotenv/yookassa-secret", "portal/deploy/.env.production", "https://yookassa.ru/developers/using-api/interaction-format",
    """# Оплата счетов дистрибьюторами через ЮKassa
YOOKASSA_SHOP_ID=318442
YOOKASSA_SECRET_KEY=@@s@@
YOOKASSA_RETURN_URL=https://dealer.tarskoe-water.ru/invoices/paid
SENTRY_ENVIRONMENT=production
""", _yk)

add("python/yookassa-configure", "portal/billing/payments.py", "https://github.com/yoomoney/yookassa-sdk-python",
    """\"\"\"Оплата счетов дистрибьюторов.\"\"\"
from yookassa import Configuration, Payment

Configuration.configure("318442", "@@s@@")


def create_payment(invoice):
    return Payment.create({
        "amount": {"value": str(invoice.total), "currency": "RUB"},
        "confirmation": {"type": "redirect", "return_url": invoice.return_url},
        "description": f"Счёт {invoice.number} — {invoice.dealer.name}",
    })
""", "live_" + rand_pw(43, "_-"))

add("python/decoy-settings-reference", "portal/billing/conf.py", "https://github.com/yoomoney/yookassa-sdk-python",
    """from django.conf import settings
from yookassa import Configuration

# ключи только из настроек (переменные окружения), в коде их нет
Configuration.configure(settings.YOOKASSA_SHOP_ID, settings.YOOKASSA_SECRET_KEY)
TEST_MODE = settings.YOOKASSA_SECRET_KEY.startswith("test_")
""")

add("php/bitrix24-webhook", "portal/legacy/crm_sync.php", "https://apidocs.bitrix24.ru/local-integrations/local-webhooks.html",
    """<?php
// Синхронизация заявок дистрибьюторов в CRM Битрикс24
$webhook = 'https://tarskoe.bitrix24.ru/rest/17/@@s@@/';

function addLead(array $dealer) {
    global $webhook;
    $q = http_build_query(['fields' => ['TITLE' => 'Заявка: ' . $dealer['name']]]);
    return file_get_contents($webhook . 'crm.lead.add.json?' . $q);
}
""", rand_pw(16).lower())

add("php/decoy-getenv", "portal/legacy/crm_sync_v2.php", "https://www.php.net/manual/en/function.getenv.php",
    """<?php
// Новая версия: вебхук в окружении, не в коде (см. задачу PORTAL-212)
$webhook = getenv('BITRIX_WEBHOOK_URL');
if (!$webhook) {
    throw new RuntimeException('BITRIX_WEBHOOK_URL не задан');
}
""")

add("php/mysql-password", "portal/legacy/config.inc.php", "https://www.php.net/manual/en/mysqli.construct.php",
    """<?php
// Старый портал (до 2024), ещё крутится для архивных накладных
define('DB_HOST', 'mysql-old.internal');
define('DB_USER', 'dealer_old');
define('DB_PASS', '@@s@@');
define('DB_NAME', 'dealers');
$db = new mysqli(DB_HOST, DB_USER, DB_PASS, DB_NAME);
""", words_pw())

add("typescript/google-maps-key", "portal/frontend/src/config/maps.ts", "https://developers.google.com/maps/documentation/javascript/get-api-key",
    """// Карта складов дистрибьюторов
export const MAPS_CONFIG = {
  apiKey: "@@s@@",
  center: { lat: 43.0241, lng: 44.6814 }, // Владикавказ
  zoom: 8,
};
""", google_key())

add("typescript/decoy-publishable", "portal/frontend/src/config/metrika.ts", "https://yandex.ru/support/metrica/code/counter-initialize.html",
    """// Яндекс.Метрика: номер счётчика публичный, виден в коде страницы
export const METRIKA_COUNTER_ID = 97124583;
export const METRIKA_OPTIONS = {
  clickmap: true,
  trackLinks: true,
  webvisor: false,
};
""")

add("typescript/decoy-import-meta-env", "portal/frontend/src/api/client.ts", "https://vitejs.dev/guide/env-and-mode.html",
    """import axios from "axios";

// Токен выдаётся после входа дилера; здесь только базовый адрес
export const api = axios.create({
  baseURL: import.meta.env.VITE_API_URL,
  headers: { "X-Client": "dealer-portal" },
});
""")

add("yaml/postgres-url", "portal/docker-compose.yml", "https://docs.docker.com/compose/compose-file/",
    """services:
  web:
    build: .
    environment:
      DATABASE_URL: postgres://portal:@@s@@@db:5432/portal
      DJANGO_SETTINGS_MODULE: portal.settings.prod
    depends_on: [db]
  db:
    image: postgres:16
""", rand_pw(20))

add("yaml/decoy-compose-secret-file", "portal/docker-compose.prod.yml", "https://docs.docker.com/compose/how-tos/use-secrets/",
    """services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: portal
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]
secrets:
  pg_password:
    file: ./secrets/pg_password.txt
""")

_pg = words_pw()
add("k8s-secret/postgres-password", "portal/k8s/secret-db.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/",
    """apiVersion: v1
kind: Secret
metadata:
  name: portal-db
  namespace: dealer-portal
type: Opaque
data:
  username: cG9ydGFs
  password: @@e@@
""", _pg, e=b64(_pg))

add("k8s-secret/decoy-sealed", "portal/k8s/sealed-yookassa.yaml", "https://github.com/bitnami-labs/sealed-secrets",
    """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: yookassa
  namespace: dealer-portal
spec:
  encryptedData:
    secret_key: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq8rS0Xw2dhVt3MPqg1xJnL0PQmI6zNWv8xJzQbG0a7d1YhVvEfLq3+Kx9pR2cT8Nw==
""")

add("helm/decoy-values-placeholder", "portal/helm/values.yaml", "https://helm.sh/docs/chart_template_guide/values_files/",
    """# Значения по умолчанию; прод-секреты передаются через --set из CI (переменные группы)
image:
  repository: registry.tarskoe-water.ru/portal/web
  tag: "2.8.3"
yookassa:
  shopId: ""
  secretKey: ""
sentry:
  dsn: ""
""")

add("helm/sentry-dsn", "portal/helm/values-prod.yaml", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/",
    """image:
  tag: "2.8.3"
replicaCount: 3
sentry:
  dsn: "@@s@@"
  environment: production
ingress:
  host: dealer.tarskoe-water.ru
""", sentry_dsn())

add("terraform/yandex-cloud-oauth", "infra/terraform/providers.tf", "https://terraform-provider.yandexcloud.net/",
    """terraform {
  required_providers {
    yandex = { source = "yandex-cloud/yandex" }
  }
}

provider "yandex" {
  token     = "@@s@@"
  cloud_id  = "b1gq90dgh25bebiu75o"
  folder_id = "b1g4c4n2s8i3k0l7m9p"
  zone      = "ru-central1-a"
}
""", yandex_oauth())

add("terraform/decoy-variable", "infra/terraform/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables",
    """variable "yc_token" {
  description = "OAuth-токен Яндекс Облака (передаётся через TF_VAR_yc_token)"
  type        = string
  sensitive   = true
}

variable "folder_id" {
  type    = string
  default = "b1g4c4n2s8i3k0l7m9p"
}
""")

add("terraform/s3-secret-key", "infra/terraform/backend.tf", "https://developer.hashicorp.com/terraform/language/backend/s3",
    """# Состояние в Yandex Object Storage (бакет tf-state-tarskoe)
terraform {
  backend "s3" {
    endpoint   = "https://storage.yandexcloud.net"
    bucket     = "tf-state-tarskoe"
    region     = "ru-central1"
    key        = "portal/terraform.tfstate"
    access_key = "YCAJE@@a@@"
    secret_key = "@@s@@"
    skip_region_validation      = true
    skip_credentials_validation = true
  }
}
""", "YCP" + rand_pw(37, "_-"), a=rand_pw(20, "_-"))

add("github-actions/decoy-secrets-context", ".github/workflows/portal-deploy.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions",
    """name: deploy-portal
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: helm upgrade --install portal ./portal/helm --set yookassa.secretKey="$YK"
        env:
          YK: ${{ secrets.YOOKASSA_SECRET_KEY }}
""")

add("gitlab-ci/registry-password", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/yaml/",
    """stages: [build, deploy]

build:
  stage: build
  image: docker:24
  script:
    - docker login -u deploy-bot -p @@s@@ registry.tarskoe-water.ru
    - docker build -t registry.tarskoe-water.ru/portal/web:$CI_COMMIT_SHORT_SHA .
    - docker push registry.tarskoe-water.ru/portal/web:$CI_COMMIT_SHORT_SHA
""", gitlab())

add("dockerfile/npm-token", "portal/frontend/Dockerfile", "https://docs.docker.com/reference/dockerfile/",
    """FROM node:20-alpine AS build
WORKDIR /app
# приватный пакет @tarskoe/ui-kit из npmjs
RUN echo "//registry.npmjs.org/:_authToken=@@s@@" > .npmrc
COPY package*.json ./
RUN npm ci && rm .npmrc
COPY . .
RUN npm run build
""", npm())

add("dockerfile/decoy-build-secret", "portal/Dockerfile", "https://docs.docker.com/build/building/secrets/",
    """# syntax=docker/dockerfile:1
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_url \\
    pip install --index-url "$(cat /run/secrets/pip_index_url)" -r requirements.txt
COPY . .
CMD ["gunicorn", "portal.wsgi", "-b", "0.0.0.0:8000"]
""")

add("npmrc/decoy-env-token", "portal/frontend/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc",
    """@tarskoe:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
engine-strict=true
fund=false
""")

add("ruby/smtp-password", "portal/mailer/config/smtp.rb", "https://guides.rubyonrails.org/action_mailer_basics.html",
    """# Рассылка счетов дилерам (старый сервис на Rails)
ActionMailer::Base.smtp_settings = {
  address: "smtp.yandex.ru",
  port: 465,
  user_name: "invoices@tarskoe-water.ru",
  password: "@@s@@",
  ssl: true,
}
""", rand_pw(16).lower())

add("ruby/decoy-credentials", "portal/mailer/config/smtp_v2.rb", "https://guides.rubyonrails.org/security.html#custom-credentials",
    """# Пароль приложения Яндекса — в credentials.yml.enc
ActionMailer::Base.smtp_settings = {
  address: "smtp.yandex.ru",
  port: 465,
  user_name: Rails.application.credentials.dig(:smtp, :user),
  password: Rails.application.credentials.dig(:smtp, :password),
}
""")

add("java/sms-api-key", "portal/notify/src/main/java/ru/tarskoe/notify/SmsClient.java", "https://smsc.ru/api/http/",
    """package ru.tarskoe.notify;

import java.net.URI;
import java.net.http.HttpRequest;

// SMS дилерам о статусе отгрузки (SMSC)
public final class SmsClient {
    private static final String LOGIN = "tarskoe";
    private static final String PSW = "@@s@@";

    public HttpRequest build(String phone, String text) {
        String q = "login=" + LOGIN + "&psw=" + PSW + "&phones=" + phone + "&mes=" + text;
        return HttpRequest.newBuilder(URI.create("https://smsc.ru/sys/send.php?" + q)).build();
    }
}
""", words_pw())

add("java/decoy-properties-placeholder", "portal/notify/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html",
    """# Уведомления дилерам
notify.sms.login=tarskoe
notify.sms.password=${SMSC_PASSWORD}
notify.mail.from=noreply@tarskoe-water.ru
spring.datasource.url=jdbc:postgresql://pg01.internal:5432/notify
spring.datasource.password=${NOTIFY_DB_PASSWORD}
""")

add("properties/datasource-password", "portal/notify/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html",
    """# прод — временно, пока не заведём Vault для notify
spring.datasource.url=jdbc:postgresql://pg01.internal:5432/notify
spring.datasource.username=notify
spring.datasource.password=@@s@@
notify.mail.from=noreply@tarskoe-water.ru
""", rand_pw(18))

add("json/decoy-openapi-example", "portal/docs/openapi-auth.json", "https://swagger.io/specification/",
    """{
  "openapi": "3.0.3",
  "info": {"title": "Dealer API", "version": "2.8"},
  "components": {
    "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
    "examples": {"token": {"value": "<ваш_токен_дилера>"}}
  }
}
""")

add("markdown/dealer-api-token", "portal/docs/dealer-api-quickstart.md", "https://www.markdownguide.org/basic-syntax/",
    """# API для дистрибьюторов — быстрый старт

Пример запроса остатков склада (токен тестового дилера «Алания-Опт», выдан 02.11):

```bash
curl -H "Authorization: Token @@s@@" \\
     https://dealer.tarskoe-water.ru/api/v2/stock/
```

Токен не передавать третьим лицам.
""", hexs(40))

add("markdown/decoy-doc-example", "portal/docs/dealer-api-auth.md", "https://www.markdownguide.org/basic-syntax/",
    """# Аутентификация

Каждый запрос подписывается заголовком:

    Authorization: Token YOUR_DEALER_TOKEN

Токен выдаёт менеджер по работе с дилерами. Пример ответа на неверный токен:
`{"detail": "Недействительный токен."}`
""")

# ---------------------------------------------------------------- delivery routes and driver apps

add("python/telegram-bot-token", "routes/driver_bot/bot.py", "https://docs.python-telegram-bot.org/en/stable/",
    """# Бот для водителей: маршрутный лист на день, отметка о доставке
from telegram.ext import ApplicationBuilder, CommandHandler

TOKEN = "@@s@@"


async def route(update, context):
    await update.message.reply_text("Маршрут на сегодня: Владикавказ — Беслан — Моздок")

app = ApplicationBuilder().token(TOKEN).build()
app.add_handler(CommandHandler("route", route))
app.run_polling()
""", fakes.telegram_token(_seed()))

add("python/decoy-telegram-env", "routes/driver_bot/bot_v2.py", "https://docs.python-telegram-bot.org/en/stable/",
    """# v2: токен из окружения (BotFather выдал новый после утечки в чат)
import os
from telegram.ext import ApplicationBuilder

TOKEN = os.environ["DRIVER_BOT_TOKEN"]
app = ApplicationBuilder().token(TOKEN).build()
app.run_polling()
""")

add("kotlin/yandex-mapkit-key", "routes/android/app/src/main/java/ru/tarskoe/driver/App.kt", "https://yandex.ru/dev/mapkit/doc/en/android/generated/getting_started",
    """package ru.tarskoe.driver

import android.app.Application
import com.yandex.mapkit.MapKitFactory

class App : Application() {
    override fun onCreate() {
        super.onCreate()
        MapKitFactory.setApiKey("@@s@@")
    }
}
""", uuid_s())

add("kotlin/decoy-buildconfig", "routes/android/app/src/main/java/ru/tarskoe/driver/Api.kt", "https://developer.android.com/build/gradle-tips",
    """package ru.tarskoe.driver

// Ключи подставляются из local.properties при сборке, в репозитории их нет
object Api {
    val baseUrl: String = BuildConfig.ROUTES_API_URL
    val apiKey: String = BuildConfig.ROUTES_API_KEY
}
""")

add("gradle-properties/keystore-password", "routes/android/gradle.properties", "https://developer.android.com/studio/publish/app-signing",
    """org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
# подпись релизной сборки (приложение водителя)
RELEASE_STORE_FILE=../keys/driver-release.jks
RELEASE_KEY_ALIAS=driver
RELEASE_STORE_PASSWORD=@@s@@
""", words_pw())

add("gradle-properties/decoy-empty", "routes/android/gradle.properties.template", "https://developer.android.com/studio/publish/app-signing",
    """org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
RELEASE_STORE_FILE=../keys/driver-release.jks
RELEASE_KEY_ALIAS=driver
RELEASE_STORE_PASSWORD=
RELEASE_KEY_PASSWORD=
""")

add("swift/api-token", "routes/ios/DriverApp/Config.swift", "https://developer.apple.com/documentation/foundation/urlrequest",
    """import Foundation

// Приложение водителя (iOS) — конфигурация
enum Config {
    static let routesAPI = URL(string: "https://routes.tarskoe-water.ru/api/v1")!
    static let apiToken = "@@s@@"
    static let gpsInterval: TimeInterval = 30
}
""", rand_pw(40))

add("swift/decoy-keychain", "routes/ios/DriverApp/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services",
    """import Security

// Токен водителя хранится в Keychain, выдаётся после входа по SMS
enum TokenStore {
    static let service = "ru.tarskoe.driver.token"
    static func load() -> String? { KeychainHelper.read(service: service) }
}
""")

add("json/wialon-token", "routes/gps/wialon-sync.json", "https://sdk.wialon.com/wiki/en/sidebar/remoteapi/apiref/token/login",
    """{
  "service": "gps-sync",
  "comment": "Трекеры на 14 машинах доставки; Wialon Hosting",
  "wialon": {
    "host": "https://hst-api.wialon.com",
    "token": "@@s@@"
  },
  "poll_seconds": 60
}
""", hexs(72))

add("json/decoy-tracker-ids", "routes/gps/trackers.json", "https://sdk.wialon.com/wiki/en/sidebar/remoteapi/apiref/apiref",
    """{
  "units": [
    {"plate": "А123ВС15", "imei": "356938035643809", "driver": "Цаголов А."},
    {"plate": "В456ОР15", "imei": "356938035643817", "driver": "Гагиев Т."},
    {"plate": "Е789КМ15", "imei": "356938035643825", "driver": "Кесаев З."}
  ]
}
""")

add("csv/decoy-route-sheet", "routes/data/route_2026-12-02.csv", "https://www.rfc-editor.org/rfc/rfc4180",
    """stop,client,address,cases,time_window,contact
1,Магнит у дома,Владикавказ ул. Кирова 41,30,08:00-10:00,+7 867 255-10-10
2,Дзæуджыхъæуы базар,Владикавказ ул. Тельмана 1,55,09:00-11:00,+7 867 253-21-21
3,Санаторий Тамиск,Алагир,80,12:00-14:00,+7 867 312-44-44
4,Гостевой дом Дзинага,с. Дзинага,12,16:00-18:00,+7 928 000-00-00
""")

add("csv/fuel-card-pin", "routes/data/fuel_cards.csv", "https://www.rfc-editor.org/rfc/rfc4180",
    """card,plate,driver,portal_login,portal_password
7005830012345678,А123ВС15,Цаголов А.,fleet_tarskoe,@@s@@
7005830012345686,В456ОР15,Гагиев Т.,,
7005830012345694,Е789КМ15,Кесаев З.,,
# личный кабинет топливных карт один на всех
""", words_pw())

add("sql/odata-user-password", "routes/db/migrations/0007_1c_link.sql", "https://www.postgresql.org/docs/current/sql-createuser.html",
    """-- Связь с 1С: отдельная роль для выгрузки накладных
CREATE ROLE onec_export LOGIN PASSWORD '@@s@@';
GRANT SELECT ON deliveries, delivery_items, clients TO onec_export;
-- Хъуыддаг: роль только на чтение
ALTER ROLE onec_export SET statement_timeout = '30s';
""", words_pw())

add("sql/decoy-md5-hash", "routes/db/migrations/0008_drivers.sql", "https://www.postgresql.org/docs/current/pgcrypto.html",
    """-- Водители: пароли хранятся только как bcrypt-хэш
INSERT INTO drivers (login, full_name, password_hash) VALUES
  ('tsagolov', 'Цаголов Алан', '$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy'),
  ('gagiev', 'Гагиев Тамерлан', '$2a$10$7EqJtq98hPqEX7fNZaFWoOa0R6sGJ5XZvmJpVq5HdaR9t2j6fXQ1u');
-- первый вход — смена пароля обязательна
""")

add("python/onec-basic-auth", "routes/sync/onec_invoices.py", "https://docs.python-requests.org/en/latest/user/authentication/",
    """\"\"\"Выгрузка накладных из 1С:УТ через OData.\"\"\"
import requests

BASE = "http://1c.tarskoe.local/ut11/odata/standard.odata"
session = requests.Session()
session.headers["Authorization"] = "Basic @@s@@"


def invoices(day):
    r = session.get(f"{BASE}/Document_РеализацияТоваровУслуг", params={"$filter": f"Date eq datetime'{day}'"})
    r.raise_for_status()
    return r.json()["value"]
""", b64("odata_routes:" + words_pw()))

add("python/decoy-keyring", "routes/sync/onec_stock.py", "https://pypi.org/project/keyring/",
    """import keyring
import requests

# пароль сервисного пользователя 1С лежит в системном хранилище на сервере маршрутов
PASSWORD = keyring.get_password("1c-odata", "odata_routes")
session = requests.Session()
session.auth = ("odata_routes", PASSWORD)
""")

add("go/yandex-routing-key", "routes/planner/routing.go", "https://yandex.ru/routing/doc/en/",
    """package planner

import (
	"fmt"
	"net/http"
)

// Яндекс Маршрутизация: построение маршрутов на утро
const routingURL = "https://courier.yandex.ru/vrs/api/v1/add/mvrp?apikey=@@s@@"

func submit(body []byte) (*http.Response, error) {
	fmt.Println("отправка задачи на", len(body), "байт")
	return http.Post(routingURL, "application/json", nil)
}
""", uuid_s())

add("go/decoy-flag", "routes/planner/main.go", "https://pkg.go.dev/flag",
    """package main

import (
	"flag"
	"os"
)

var apiKey = flag.String("apikey", os.Getenv("YA_ROUTING_KEY"), "ключ Яндекс Маршрутизации")

func main() { flag.Parse() }
""")

add("shell/curl-bearer", "routes/scripts/push_routes.sh", "https://curl.se/docs/manpage.html",
    """#!/usr/bin/env bash
# Отправить утренние маршруты в приложение водителей
set -euo pipefail
DAY=${1:-$(date +%F)}
curl -fsS -X POST "https://routes.tarskoe-water.ru/api/v1/dispatch/$DAY" \\
  -H "Authorization: Bearer @@s@@" \\
  -H "Content-Type: application/json" \\
  --data @"routes_$DAY.json"
""", jwt_hs())

add("shell/decoy-read-secret", "routes/scripts/pull_gps.sh", "https://www.gnu.org/software/bash/manual/bash.html",
    """#!/usr/bin/env bash
set -euo pipefail
# токен из файла, права 600, владелец routes
TOKEN=$(cat /etc/routes/wialon.token)
curl -fsS "https://hst-api.wialon.com/wialon/ajax.html?svc=token/login&params={\\"token\\":\\"$TOKEN\\"}" > /tmp/sid.json
echo "ok"
""")

add("yaml/decoy-ci-variable", "routes/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/",
    """deploy-routes:
  stage: deploy
  image: alpine:3.20
  script:
    - apk add openssh-client
    - ssh -i "$DEPLOY_KEY_FILE" deploy@routes01 'systemctl restart routes-api'
  only: [main]
""")

add("pem/deploy-private-key", "routes/deploy/id_ed25519", "https://man.openbsd.org/ssh-keygen",
    """@@s@@
""", fakes.fake_pem(_seed(), "OPENSSH"))

_key = fakes.fake_pem(_seed(), "RSA")
add("ansible/ssh-private-key", "ansible/roles/routes/vars/main.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html",
    """# Ключ деплоя сервера маршрутов (временно здесь, перенести в vault!)
routes_user: deploy
routes_deploy_key: |
  @@k@@
routes_port: 8080
""", _key, k=_key.replace("\n", "\n  "))

add("ssh-config/decoy-identity-file", "routes/deploy/ssh_config", "https://man.openbsd.org/ssh_config",
    """# Доступ к серверам маршрутов и GPS
Host routes01
    HostName 10.30.0.11
    User deploy
    IdentityFile ~/.ssh/tarskoe_routes_ed25519
Host gps01
    HostName 10.30.0.12
    User deploy
    IdentityFile ~/.ssh/tarskoe_routes_ed25519
""")

add("dotenv/twogis-key", "routes/web/.env.local", "https://docs.2gis.com/en/api/search/places/overview",
    """# Поиск адресов точек доставки (2ГИС)
NEXT_PUBLIC_ROUTES_API=https://routes.tarskoe-water.ru/api/v1
DGIS_API_KEY=@@s@@
NEXTAUTH_URL=https://routes.tarskoe-water.ru
# ключ 2ГИС на тарифе «Старт», лимит 1000 запросов/сутки
""", uuid_s())

add("dotenv/nextauth-secret", "routes/web/.env.production", "https://next-auth.js.org/configuration/options#secret",
    """# Прод-окружение веб-диспетчерской (Vercel не используем, сервер routes01)
NEXT_PUBLIC_ROUTES_API=https://routes.tarskoe-water.ru/api/v1
NEXTAUTH_URL=https://routes.tarskoe-water.ru
NEXTAUTH_SECRET=@@s@@
# сгенерировано: openssl rand -base64 32
""", b64(rand_pw(32)))

add("dotenv/decoy-public-only", "routes/web/.env", "https://nextjs.org/docs/app/building-your-application/configuring/environment-variables",
    """# Только публичные значения (попадают в бандл браузера)
NEXT_PUBLIC_ROUTES_API=https://routes.tarskoe-water.ru/api/v1
NEXT_PUBLIC_MAP_CENTER=43.0241,44.6814
NEXT_PUBLIC_SENTRY_ENV=production
NEXT_PUBLIC_BUILD=2026.12.1
""")

add("rust/mqtt-password", "routes/tracker-gw/src/main.rs", "https://docs.rs/rumqttc/latest/rumqttc/",
    """use rumqttc::{MqttOptions, AsyncClient, QoS};
use std::time::Duration;

// Шлюз GPS-трекеров -> MQTT брокер диспетчерской
#[tokio::main]
async fn main() {
    let mut opts = MqttOptions::new("tracker-gw", "mqtt.tarskoe.local", 1883);
    opts.set_credentials("tracker_gw", "@@s@@");
    opts.set_keep_alive(Duration::from_secs(30));
    let (client, mut eventloop) = AsyncClient::new(opts, 10);
    client.subscribe("fleet/+/pos", QoS::AtLeastOnce).await.unwrap();
    loop { let _ = eventloop.poll().await; }
}
""", rand_pw(24))

add("rust/decoy-env-var", "routes/tracker-gw/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html",
    """use std::env;

pub struct Config { pub mqtt_user: String, pub mqtt_pass: String }

pub fn load() -> Config {
    Config {
        mqtt_user: env::var("MQTT_USER").unwrap_or_else(|_| "tracker_gw".into()),
        mqtt_pass: env::var("MQTT_PASS").expect("MQTT_PASS не задан"),
    }
}
""")

add("notebook/decoy-masked-output", "routes/analysis/delivery_times.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html",
    """{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Время доставки по районам (ноябрь)"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import os, pandas as pd\\n", "dsn = os.environ['ROUTES_DSN']\\n", "df = pd.read_sql('select * from deliveries', dsn)"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("notebook/postgres-dsn", "routes/analysis/late_deliveries.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html",
    """{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Опоздания: Моздок и Ардон"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["import pandas as pd\\n", "dsn = 'postgresql://analyst:@@s@@@pg-ro.internal:5432/routes'\\n", "df = pd.read_sql('select * from deliveries where late', dsn)"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(16))

# ---------------------------------------------------------------- Digoria guesthouses

add("php/wordpress-db-password", "guesthouses/site/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/",
    """<?php
/** Сайт сети гостевых домов «Дигорское ущелье» */
define( 'DB_NAME', 'digoria_wp' );
define( 'DB_USER', 'digoria_wp' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'dg_';
""", words_pw())

add("php/wordpress-auth-key", "guesthouses/site/wp-config-salts.php", "https://developer.wordpress.org/apis/wp-config-php/#security-keys",
    """<?php
// Ключи сгенерированы https://api.wordpress.org/secret-key/1.1/salt/ (03.2025)
define( 'AUTH_KEY', '@@s@@' );
// SECURE_AUTH_KEY, LOGGED_IN_KEY и др. — в wp-config.php на сервере
define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
""", rand_pw(64, "!@#%^&*()-_=+[]{}<>;:,.|~"))

add("php/decoy-wp-config-sample", "guesthouses/site/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/",
    """<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY', 'put your unique phrase here' );
""")

add("python/bnovo-api-password", "guesthouses/channel/bnovo_sync.py", "https://bnovo.ru/api/",
    """# Синхронизация броней из Bnovo в общую таблицу (Дзинага, Задалеск, Махческ)
import requests

s = requests.Session()
s.post("https://online.bnovo.ru/", json={
    "username": "digoria-network",
    "password": "@@s@@",
})
bookings = s.get("https://online.bnovo.ru/dashboard?bookings=1").json()
print(len(bookings), "броней")
""", words_pw())

add("python/decoy-getpass", "guesthouses/channel/bnovo_export.py", "https://docs.python.org/3/library/getpass.html",
    """# Ручная выгрузка: пароль спрашивается при запуске
import getpass
import requests

password = getpass.getpass("Пароль Bnovo: ")
s = requests.Session()
s.post("https://online.bnovo.ru/", json={"username": "digoria-network", "password": password})
""")

add("yaml/router-password", "guesthouses/zadalesk/homeassistant/secrets.yaml", "https://www.home-assistant.io/docs/configuration/secrets/",
    """# Гостевой дом Задалеск — отопление и бойлер
latitude: 42.9583
longitude: 43.6042
router_password: "@@s@@"
telegram_chat_id: -1001234567890
""", words_pw())

add("yaml/decoy-secret-reference", "guesthouses/zadalesk/homeassistant/configuration.yaml", "https://www.home-assistant.io/docs/configuration/secrets/",
    """homeassistant:
  name: Задалеск
  latitude: !secret latitude
  longitude: !secret longitude
device_tracker:
  - platform: keenetic_ndms2
    host: 192.168.1.1
    username: admin
    password: !secret router_password
""")

add("shell/ha-long-lived-token", "guesthouses/zadalesk/scripts/boiler_on.sh", "https://developers.home-assistant.io/docs/api/rest/",
    """#!/bin/sh
# Включить бойлер за 2 часа до заезда гостей (вызывается из cron)
HA=http://192.168.1.20:8123
curl -s -X POST "$HA/api/services/switch/turn_on" \\
  -H "Authorization: Bearer @@s@@" \\
  -H "Content-Type: application/json" \\
  -d '{"entity_id": "switch.boiler"}'
""", jwt_hs())

add("routeros/router-password", "guesthouses/dzinaga/mikrotik-export.rsc", "https://help.mikrotik.com/docs/display/ROS/Configuration+Management",
    """# dec/01/2026 10:12:44 by RouterOS 7.14
# гостевой дом Дзинага, hAP ac2
/interface wireless security-profiles
set [ find default=yes ] authentication-types=wpa2-psk mode=dynamic-keys
/user
add name=remote-admin group=full password="@@s@@"
/ip service
set winbox port=18291
""", words_pw())

add("routeros/decoy-export-hidden", "guesthouses/mahchesk/mikrotik-export.rsc", "https://help.mikrotik.com/docs/display/ROS/Configuration+Management",
    """# dec/01/2026 10:20:02 by RouterOS 7.14
# гостевой дом Махческ, экспорт без секретов (export hide-sensitive)
/interface wireless security-profiles
set [ find default=yes ] authentication-types=wpa2-psk mode=dynamic-keys
/user
add name=remote-admin group=full
""")

add("markdown/rtsp-camera-url", "guesthouses/docs/cctv.md", "https://www.markdownguide.org/basic-syntax/",
    """# Видеонаблюдение — парковки гостевых домов

Камеры Hikvision, запись на NVR в Дзинаге. Поток для проверки в VLC:

    rtsp://viewer:@@s@@@10.50.1.64:554/Streaming/Channels/101

Æрвыст: если картинки нет — перезагрузить PoE-коммутатор в кладовой.
""", rand_pw(12))

add("markdown/decoy-wifi-sign", "guesthouses/docs/guest-welcome.md", "https://www.markdownguide.org/basic-syntax/",
    """# Æгас цæут! Добро пожаловать!

- Завтрак: 8:00–10:00, ужин по записи
- Wi-Fi для гостей: сеть «Digoria-Guest», пароль на табличке у стойки
- Трансфер до Задалеска — звонить Сослану, +7 928 000-00-00
- Экскурсия к Голубому озеру по средам
""")

add("json/cloudpayments-api-secret", "guesthouses/site/payments/cloudpayments.json", "https://developers.cloudpayments.ru/#autentifikatsiya-zaprosov",
    """{
  "publicId": "pk_9c2f4e0a51b7c3d8e6f1a2b3c4d5e",
  "apiSecret": "@@s@@",
  "currency": "RUB",
  "description": "Предоплата проживания — гостевые дома Дигории"
}
""", hexs(32))

add("json/decoy-public-id-only", "guesthouses/site/payments/widget.json", "https://developers.cloudpayments.ru/#ustanovka-vidzheta",
    """{
  "publicId": "pk_9c2f4e0a51b7c3d8e6f1a2b3c4d5e",
  "skin": "mini",
  "currency": "RUB",
  "accountIdField": "booking_id",
  "note": "publicId публичный, используется виджетом на странице оплаты"
}
""")

add("javascript/tinkoff-terminal-password", "guesthouses/site/payments/tinkoff.js", "https://www.tinkoff.ru/kassa/dev/payments/",
    """// Эквайринг Т-Банка для предоплаты брони
const crypto = require("crypto");

const TERMINAL_KEY = "1700000123456";
const PASSWORD = "@@s@@";

function token(params) {
  const data = { ...params, Password: PASSWORD, TerminalKey: TERMINAL_KEY };
  const joined = Object.keys(data).sort().map((k) => data[k]).join("");
  return crypto.createHash("sha256").update(joined).digest("hex");
}

module.exports = { token };
""", rand_pw(16).lower())

add("javascript/decoy-process-env", "guesthouses/site/payments/tinkoff-v2.js", "https://nodejs.org/api/process.html#processenv",
    """// v2: реквизиты терминала только из окружения
const TERMINAL_KEY = process.env.TINKOFF_TERMINAL_KEY;
const PASSWORD = process.env.TINKOFF_TERMINAL_PASSWORD;
if (!PASSWORD) throw new Error("TINKOFF_TERMINAL_PASSWORD не задан");
module.exports = { TERMINAL_KEY, PASSWORD };
""")

add("python/imap-password", "guesthouses/mail/booking_mail_parser.py", "https://docs.python.org/3/library/imaplib.html",
    """# Разбор писем о бронировании (Островок, Суточно) из общего ящика
import imaplib

M = imaplib.IMAP4_SSL("imap.mail.ru")
M.login("bron@digoria-guest.ru", "@@s@@")
M.select("INBOX")
typ, data = M.search(None, '(UNSEEN SUBJECT "Новое бронирование")')
print(data)
""", rand_pw(20))

add("python/decoy-fake-fixture", "guesthouses/mail/tests/test_parser.py", "https://docs.pytest.org/en/stable/",
    """# Тесты парсера: ящик подменён, пароль фиктивный
from booking_mail_parser_core import parse

FAKE_LOGIN = ("test@example.com", "not-a-real-password")


def test_parse_ostrovok():
    assert parse(open("fixtures/ostrovok.eml").read())["nights"] == 3
""")

add("yaml/telegram-booking-bot", "guesthouses/bot/config.yaml", "https://core.telegram.org/bots/api",
    """# Бот ресепшена: уведомления о новых бронях и заездах
bot:
  token: "@@s@@"
  admins: [118822334, 554433221]
houses:
  - {id: dzinaga, name: "Дзинага", rooms: 8}
  - {id: zadalesk, name: "Задалеск", rooms: 5}
""", fakes.telegram_token(_seed()))

add("yaml/decoy-bot-token-env", "guesthouses/bot/config.example.yaml", "https://core.telegram.org/bots/api",
    """bot:
  token: "${BOOKING_BOT_TOKEN}"   # получить у @BotFather
  admins: []
houses:
  - {id: dzinaga, name: "Дзинага", rooms: 8}
""")

add("ini/yandex-disk-oauth", "guesthouses/backup/rclone.conf", "https://rclone.org/yandex/",
    """; Резервные копии базы броней на Яндекс Диск
[yadisk]
type = yandex
token = {"access_token":"@@s@@","token_type":"OAuth","expiry":"2027-06-01T00:00:00+03:00"}

[local-nas]
type = local
""", yandex_oauth())

add("ini/decoy-rclone-obscured", "guesthouses/backup/rclone-sftp.conf", "https://rclone.org/sftp/",
    """; SFTP на NAS, ключом; пароля нет
[nas]
type = sftp
host = 10.50.1.10
user = backup
key_file = /home/backup/.ssh/id_ed25519
shell_type = unix
""")

add("xml/decoy-sitemap", "guesthouses/site/sitemap.xml", "https://www.sitemaps.org/protocol.html",
    """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://digoria-guest.ru/dzinaga/?token=preview</loc></url>
  <url><loc>https://digoria-guest.ru/zadalesk/</loc></url>
  <url><loc>https://digoria-guest.ru/bron/</loc></url>
</urlset>
""")

add("html/yandex-maps-key", "guesthouses/site/contacts.html", "https://yandex.ru/dev/jsapi30/doc/en/",
    """<!doctype html>
<html lang="ru">
<head>
  <meta charset="utf-8">
  <title>Как добраться — гостевые дома Дигории</title>
  <script src="https://api-maps.yandex.ru/v3/?apikey=@@s@@&lang=ru_RU"></script>
</head>
<body>
  <h1>Как добраться</h1>
  <p>От Владикавказа по трассе А-164 до Чикола, далее в Дигорское ущелье.</p>
  <div id="map" style="height:400px"></div>
</body>
</html>
""", uuid_s())

add("html/decoy-recaptcha-site-key", "guesthouses/site/booking-form.html", "https://developers.google.com/recaptcha/docs/display",
    """<form action="/bron/" method="post">
  <label>Имя <input name="name"></label>
  <label>Даты <input name="dates" placeholder="12.01–15.01"></label>
  <div class="g-recaptcha" data-sitekey="6LcQx2IqAAAAAPj3rT9vW0yXbZ4cDeFgHiJkLmNo"></div>
  <button>Забронировать</button>
</form>
""")

add("rst/smtp-password", "guesthouses/docs/runbook-mail.rst", "https://docutils.sourceforge.io/docs/user/rst/quickref.html",
    """Почта бронирования
==================

Ящик ``bron@digoria-guest.ru`` (Mail.ru для бизнеса).

Пароль для внешних приложений (создан 14.10, для сайта и бота):
``@@s@@``

Если сайт перестал отправлять письма — проверить, не отозван ли пароль.
""", rand_pw(20).lower())

add("rst/decoy-vault-path", "guesthouses/docs/runbook-payments.rst", "https://docutils.sourceforge.io/docs/user/rst/quickref.html",
    """Оплата бронирований
===================

Реквизиты терминала Т-Банка: ``vault kv get kv/guesthouses/tinkoff``.
Публичный ключ CloudPayments: ``pk_9c2f4e0a51b7c3d8e6f1a2b3c4d5e``.

Смена пароля терминала — только через личный кабинет банка.
""")

add("csharp/decoy-user-secrets-id", "guesthouses/reception/Reception.csproj", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets",
    """<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <UserSecretsId>9b3e2f1c-7a4d-4c2b-8e1f-5d6a7b8c9d0e</UserSecretsId>
    <RootNamespace>Digoria.Reception</RootNamespace>
  </PropertyGroup>
</Project>
""")

add("json/appsettings-connection", "guesthouses/reception/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/",
    """{
  "ConnectionStrings": {
    "Reception": "Host=pg.digoria.local;Database=reception;Username=reception;Password=@@s@@"
  },
  "Logging": {"LogLevel": {"Default": "Warning"}},
  "AllowedHosts": "*"
}
""", words_pw())

add("json/decoy-appsettings-dev", "guesthouses/reception/appsettings.Development.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/",
    """{
  "ConnectionStrings": {
    "Reception": "Host=localhost;Database=reception;Username=postgres;Password=postgres"
  },
  "Logging": {"LogLevel": {"Default": "Debug"}}
}
""")

add("log/bnovo-token-in-url", "guesthouses/logs/channel-sync-2026-12-03.log", "https://docs.python.org/3/library/logging.html",
    """2026-12-03 04:00:00,101 INFO  sync start: houses=dzinaga,zadalesk,mahchesk
2026-12-03 04:00:01,377 DEBUG GET https://partner.ostrovok.ru/api/b2b/v3/hotel/rates?api_key=@@s@@&hid=8472011
2026-12-03 04:00:02,004 INFO  rates updated: 3 houses, 21 rooms
2026-12-03 04:00:02,010 WARN  Махческ: нет цен на 31.12
2026-12-03 04:00:02,015 INFO  sync done
""", hexs(40))

add("log/decoy-masked-key", "guesthouses/logs/channel-sync-2026-12-04.log", "https://docs.python.org/3/library/logging.html",
    """2026-12-04 04:00:00,090 INFO  sync start: houses=dzinaga,zadalesk,mahchesk
2026-12-04 04:00:01,212 DEBUG GET https://partner.ostrovok.ru/api/b2b/v3/hotel/rates?api_key=****3f9a&hid=8472011
2026-12-04 04:00:02,020 INFO  rates updated: 3 houses, 21 rooms
2026-12-04 04:00:02,027 WARN  Махческ: нет цен на 31.12 (повтор)
2026-12-04 04:00:02,031 INFO  sync done
""")

add("wireguard/private-key", "guesthouses/vpn/wg0.conf", "https://www.wireguard.com/quickstart/",
    """# VPN между гостевыми домами и офисом во Владикавказе
[Interface]
Address = 10.99.0.2/24
PrivateKey = @@s@@
ListenPort = 51820

[Peer]
PublicKey = hIPn8UWGUwQz8AxJ6sAmAnUzxAu0Pbs8SF6+DNrS+00=
AllowedIPs = 10.99.0.0/24, 10.50.0.0/16
Endpoint = vpn.tarskoe-water.ru:51820
""", b64(rand_pw(32))[:43] + "=")

add("wireguard/decoy-public-keys", "guesthouses/vpn/peers.md", "https://www.wireguard.com/quickstart/",
    """# Пиры WireGuard (только публичные ключи)

| Узел | Адрес | PublicKey |
|---|---|---|
| Дзинага | 10.99.0.2 | `xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=` |
| Задалеск | 10.99.0.3 | `TrMvSoP4jYQlY6RIzBgbssQqY3vxI2Pi+y71lOWWXX0=` |
""")

add("powershell/reception-pc-autologon", "guesthouses/reception/setup-autologon.ps1", "https://learn.microsoft.com/en-us/troubleshoot/windows-server/user-profiles-and-logon/turn-on-automatic-logon",
    """# Автовход на ПК ресепшена (Дзинага) — киоск для гостей
$Reg = "HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon"
Set-ItemProperty $Reg "AutoAdminLogon" -Value "1"
Set-ItemProperty $Reg "DefaultUserName" -Value "reception"
Set-ItemProperty $Reg "DefaultPassword" -Value "@@s@@"
Restart-Computer -Confirm
""", words_pw())

add("toml/decoy-cargo", "guesthouses/kiosk/Cargo.toml", "https://doc.rust-lang.org/cargo/reference/manifest.html",
    """[package]
name = "digoria-kiosk"
version = "0.3.1"
edition = "2021"
description = "Киоск заселения: выдача кодов от замков"

[dependencies]
reqwest = { version = "0.12", features = ["json"] }
sha2 = "0.10"
""")

add("toml/lock-api-key", "guesthouses/kiosk/config.toml", "https://toml.io/en/v1.0.0",
    """# Умные замки в номерах (TTLock), выдача кодов при заселении
[ttlock]
client_id = "7f4e2a9b1c3d4e5f6a7b8c9d0e1f2a3b"
client_secret = "@@s@@"
username = "digoria_admin"

[kiosk]
house = "dzinaga"
""", hexs(32))

add("markdown/decoy-lock-codes-expired", "guesthouses/docs/lock-codes-archive.md", "https://www.markdownguide.org/basic-syntax/",
    """# Архив кодов замков (сезон лето-2026)

Коды одноразовые и истекли при выезде; хранятся для разбора жалоб.

| Номер | Код | Действовал до |
|---|---|---|
| Дзинага-3 | 482913 | 2026-08-14 12:00 |
| Задалеск-1 | 771205 | 2026-08-20 12:00 |
""")

# ---------------------------------------------------------------- shared infrastructure, ops
add("pgpass/postgres-password", "ops/backup/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html",
    """# hostname:port:database:username:password
# бэкап портала и маршрутов (cron 02:30)
pg01.internal:5432:portal:backup:@@s@@
pg01.internal:5432:routes:backup:@@s@@
pg-ro.internal:5432:*:backup:@@s@@
""", rand_pw(22))

add("netrc/git-password", "ops/ci-runner/.netrc", "https://everything.curl.dev/usingcurl/netrc.html",
    """# CI-раннер: доступ к внутреннему Gitea
machine git.tarskoe.local
login ci-runner
password @@s@@

machine nexus.tarskoe.local login ci-runner password ${NEXUS_PASSWORD}
""", gitlab())

add("git-credentials/github-token", "ops/ci-runner/.git-credentials", "https://git-scm.com/docs/git-credential-store",
    """https://tarskoe-ci:@@s@@@github.com
https://oauth2:${GITLAB_TOKEN}@gitlab.com
# первая строка — бот для зеркала публичного репозитория этикеток
# вторая — подставляется раннером
# (файл создаётся ansible-ролью ci_runner)
""", fakes.github_token(_seed()))

add("aws-credentials/yandex-storage-key", "ops/backup/.aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html",
    """# Yandex Object Storage (S3-совместимый) — бакет backups-tarskoe
[default]
aws_access_key_id = YCAJE@@a@@
aws_secret_access_key = @@s@@
region = ru-central1
""", "YCP" + rand_pw(37, "_-"), a=rand_pw(20, "_-"))

add("aws-credentials/aws-secret-key", "ops/legacy/.aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html",
    """# Старый аккаунт AWS (экспорт 2022, S3 с фото этикеток). Закрыть!
[tarskoe-legacy]
aws_access_key_id = @@a@@
aws_secret_access_key = @@s@@
region = eu-central-1
""", fakes.aws_secret_key(_seed()), a=fakes.aws_key_id(_seed()))

add("aws-credentials/decoy-sso-profile", "ops/legacy/.aws/config", "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html",
    """[profile tarskoe-sso]
sso_session = tarskoe
sso_account_id = 123456789012
sso_role_name = ReadOnly
region = eu-central-1
[sso-session tarskoe]
sso_start_url = https://tarskoe.awsapps.com/start
sso_region = eu-central-1
""")

add("docker-config/registry-auth", "ops/ci-runner/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/",
    """{
  "auths": {
    "registry.tarskoe-water.ru": {
      "auth": "@@s@@"
    }
  },
  "HttpHeaders": {"User-Agent": "Docker-Client/24.0.7 (linux)"}
}
""", b64("ci-runner:" + rand_pw(24)))

add("docker-config/decoy-creds-store", "ops/workstation/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores",
    """{
  "auths": {
    "registry.tarskoe-water.ru": {}
  },
  "credsStore": "secretservice",
  "currentContext": "default"
}
""")

add("kubeconfig/bearer-token", "ops/k8s/kubeconfig-portal-ci.yaml", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/",
    """apiVersion: v1
kind: Config
clusters:
  - name: tarskoe-prod
    cluster:
      server: https://k8s.tarskoe.local:6443
      certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJkekNDQVIyZ0F3SUJBZ0lCQURBS0JnZ3Foa2pPUFFRREFqQWpNU0V3SHdZRFZRUUREQmhyTTNNdGMyVnkKLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=
users:
  - name: portal-ci
    user:
      token: @@s@@
contexts:
  - name: portal-ci@tarskoe-prod
    context: {cluster: tarskoe-prod, user: portal-ci, namespace: dealer-portal}
current-context: portal-ci@tarskoe-prod
""", jwt_hs())

add("kubeconfig/decoy-exec-plugin", "ops/k8s/kubeconfig-yc.yaml", "https://yandex.cloud/en/docs/managed-kubernetes/operations/connect/",
    """apiVersion: v1
kind: Config
clusters:
  - name: yc-portal
    cluster: {server: "https://10.128.0.5", insecure-skip-tls-verify: false}
users:
  - name: yc-user
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: yc
        args: [k8s, create-token]
current-context: yc-portal
""")

add("k8s-secret/stringdata-slack-webhook", "ops/k8s/alertmanager-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/",
    """apiVersion: v1
kind: Secret
metadata:
  name: alertmanager-slack
  namespace: monitoring
type: Opaque
stringData:
  slack_api_url: "@@s@@"
  channel: "#plant-alerts"
""", slack_hook())

add("yaml/alertmanager-telegram", "ops/monitoring/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#telegram_config",
    """route:
  receiver: asutp-telegram
  group_by: [alertname, line]
receivers:
  - name: asutp-telegram
    telegram_configs:
      - bot_token: "@@s@@"
        chat_id: -1009876543210
        message: '{{ .CommonAnnotations.summary }} (линия {{ .CommonLabels.line }})'
""", fakes.telegram_token(_seed()))

add("yaml/decoy-alertmanager-file", "ops/monitoring/alertmanager-prod.yml", "https://prometheus.io/docs/alerting/latest/configuration/",
    """route:
  receiver: asutp-telegram
receivers:
  - name: asutp-telegram
    telegram_configs:
      - bot_token_file: /etc/alertmanager/secrets/telegram_token
        chat_id: -1009876543210
""")

add("ini/grafana-admin-password", "ops/monitoring/grafana.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/",
    """[server]
domain = grafana.tarskoe.local
root_url = https://grafana.tarskoe.local/

[security]
admin_user = admin
admin_password = @@s@@
secret_key = $__file{/etc/grafana/secret_key}
""", words_pw())

add("ini/decoy-grafana-env", "ops/monitoring/grafana-staging.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#variable-expansion",
    """[server]
domain = grafana-stg.tarskoe.local

[security]
admin_user = admin
admin_password = $__env{GF_ADMIN_PASSWORD}
secret_key = $__file{/etc/grafana/secret_key}
""")

add("yaml/grafana-datasource-password", "ops/monitoring/provisioning/datasources/historian.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources",
    """apiVersion: 1
datasources:
  - name: Историан (TimescaleDB)
    type: postgres
    url: hist01.plant.tarskoe.local:5432
    user: grafana_ro
    jsonData: {database: bottling_ts, sslmode: disable}
    secureJsonData:
      password: "@@s@@"
""", rand_pw(18))

add("zabbix/agent-psk", "ops/monitoring/zabbix_agentd.psk", "https://www.zabbix.com/documentation/current/en/manual/encryption/using_pre_shared_keys",
    """# PSK агента Zabbix на SCADA-сервере (TLSPSKIdentity = scada-srv01)
# сгенерировано: openssl rand -hex 32
@@s@@
# файл: /etc/zabbix/zabbix_agentd.psk, права 640 root:zabbix
# при замене — обновить в веб-интерфейсе узла
""", hexs(64))

add("systemd/environment-password", "ops/systemd/mes-sync.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment",
    """[Unit]
Description=MES sync (счётчики линий -> MES)
After=network-online.target

[Service]
User=mes
Environment=MES_DB_URL=mysql://mes_sync:@@s@@@mes-db01/mes
ExecStart=/opt/mes/bin/mes-sync --interval 60
Restart=always

[Install]
WantedBy=multi-user.target
""", rand_pw(20))

add("systemd/decoy-environment-file", "ops/systemd/routes-api.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#EnvironmentFile=",
    """[Unit]
Description=Routes API (маршруты доставки)

[Service]
User=routes
EnvironmentFile=/etc/routes/routes-api.env
ExecStart=/opt/routes/routes-api
Restart=on-failure
""")

add("crontab/mysqldump-password", "ops/cron/backup.crontab", "https://man7.org/linux/man-pages/man5/crontab.5.html",
    """# m h dom mon dow command
# ежедневный бэкап MES и архива старого портала
30 2 * * * mysqldump -h mes-db01 -u backup --password=@@s@@ mes | gzip > /backup/mes_$(date +\\%F).sql.gz
45 2 * * * /opt/backup/rotate.sh 14
0 3 * * 0 /opt/backup/verify.sh
""", words_pw())

add("redis-conf/requirepass", "ops/redis/redis.conf", "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/",
    """# Redis для портала (сессии, очередь Celery)
bind 10.10.0.21
port 6379
maxmemory 512mb
maxmemory-policy allkeys-lru
requirepass @@s@@
appendonly yes
""", fakes.redis_password(_seed()))

add("htpasswd/decoy-apr1-hash", "ops/nginx/.htpasswd", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html",
    """# доступ к /stats на сайте гостевых домов
digoria:$apr1$r31.....$HqJZimcKQFAMYayBlzkrA/
manager:$apr1$9x2kLm0p$Wn8Y3dq1T5zR7uV0aB4cE.
asutp:$2y$05$Kb7tYx1vA3Pq9LmN0rS2UeQ8wZ4hJ6cF1gD5iO7kE3nB9xR2tV4yW
# пароли у администратора, здесь только хэши
""")

add("pgbouncer/decoy-scram-verifier", "ops/pgbouncer/userlist.txt", "https://www.pgbouncer.org/config.html#authentication-file-format",
    """"portal" "SCRAM-SHA-256$4096:c2FsdHNhbHRzYWx0$9f0c7a1b2e3d4c5b6a7f8e9d0c1b2a3f4e5d6c7b8a9f0e1d2c3b4a5f6e7d8c9b:0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b"
"routes" "SCRAM-SHA-256$4096:cGVwcGVycGVwcGVy$1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b:3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d"
"backup" ""
; верификаторы SCRAM, не пароли
; обновляются скриптом sync_userlist.sh
""")

add("jenkinsfile/sonar-token", "portal/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/",
    """pipeline {
    agent any
    environment {
        SONAR_HOST = 'https://sonar.tarskoe.local'
    }
    stages {
        stage('Анализ') {
            steps {
                sh 'sonar-scanner -Dsonar.projectKey=dealer-portal -Dsonar.login=@@s@@'
            }
        }
    }
}
""", "squ_" + hexs(40))

add("jenkinsfile/decoy-with-credentials", "routes/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials",
    """pipeline {
    agent any
    stages {
        stage('Deploy') {
            steps {
                withCredentials([string(credentialsId: 'routes-deploy-token', variable: 'TOKEN')]) {
                    sh 'curl -H "Authorization: Bearer $TOKEN" https://routes.tarskoe-water.ru/api/v1/reload'
                }
            }
        }
    }
}
""")

add("ansible/inventory-password", "ansible/inventory/guesthouses.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html",
    """# Мини-ПК в гостевых домах (Дигория)
[guesthouses]
dzinaga-pc   ansible_host=10.99.0.2
zadalesk-pc  ansible_host=10.99.0.3

[guesthouses:vars]
ansible_user=admin
ansible_password=@@s@@
ansible_become=true
""", words_pw())

add("ansible/decoy-vault-var", "ansible/inventory/plant.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html",
    """[scada]
scada-srv01 ansible_host=10.20.0.5
hist01      ansible_host=10.20.0.6

[scada:vars]
ansible_user=ansible
ansible_password="{{ vault_scada_password }}"
ansible_connection=winrm
""")

add("makefile/decoy-variables", "portal/Makefile", "https://www.gnu.org/software/make/manual/make.html",
    """REGISTRY ?= registry.tarskoe-water.ru
TAG ?= $(shell git rev-parse --short HEAD)

login:
\tdocker login -u $(REGISTRY_USER) -p $(REGISTRY_PASSWORD) $(REGISTRY)

build:
\tdocker build -t $(REGISTRY)/portal/web:$(TAG) .
""")

add("makefile/sentry-auth-token", "portal/frontend/Makefile", "https://docs.sentry.io/cli/configuration/",
    """# Загрузка sourcemaps в Sentry после сборки
SENTRY_ORG = tarskoe
SENTRY_PROJECT = dealer-portal-web
export SENTRY_AUTH_TOKEN = @@s@@

sourcemaps:
\tsentry-cli sourcemaps upload --release $(shell git rev-parse --short HEAD) dist/
""", "sntrys_" + b64('{"iat":1764547200,"url":"https://sentry.io","region_url":"https://de.sentry.io","org":"tarskoe"}').rstrip("=") + "_" + rand_pw(43, "+/"))

# ---------------------------------------------------------------- marketplaces, chat bots, misc carriers
add("python/ozon-api-key", "sales/marketplaces/ozon_stock.py", "https://docs.ozon.ru/api/seller/",
    """# Остатки воды на складах Ozon (FBO) — раз в час
import requests

HEADERS = {
    "Client-Id": "1184523",
    "Api-Key": "@@s@@",
}
r = requests.post("https://api-seller.ozon.ru/v2/analytics/stock_on_warehouses", headers=HEADERS, json={"limit": 100})
print(r.json())
""", uuid_s())

add("python/wildberries-token-split", "sales/marketplaces/wb_orders.py", "https://dev.wildberries.ru/openapi/api-information",
    """# Заказы Wildberries (Тарское 0.5 л, упаковка 12 шт)
import requests

WB_TOKEN = (
    "@@a@@"
    "@@b@@"
)
r = requests.get("https://marketplace-api.wildberries.ru/api/v3/orders/new", headers={"Authorization": WB_TOKEN})
print(r.status_code)
""", (_wb := jwt_hs()), a=_wb[:60], b=_wb[60:])

add("python/decoy-marketplace-settings", "sales/marketplaces/settings.py", "https://docs.pydantic.dev/latest/concepts/pydantic_settings/",
    """from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    ozon_client_id: str = "1184523"
    ozon_api_key: str  # из OZON_API_KEY
    wb_token: str  # из WB_TOKEN

    class Config:
        env_file = ".env"
""")

add("python/openai-key", "guesthouses/concierge/assistant.py", "https://platform.openai.com/docs/api-reference/authentication",
    """# Консьерж-бот: отвечает гостям про маршруты к Караугомскому леднику и Задалеску
from openai import OpenAI

client = OpenAI(api_key="@@s@@")

SYSTEM = "Ты консьерж гостевых домов в Дигории. Отвечай по-русски, вежливо, кратко."


def ask(question: str) -> str:
    resp = client.chat.completions.create(model="gpt-4o-mini", messages=[
        {"role": "system", "content": SYSTEM}, {"role": "user", "content": question}])
    return resp.choices[0].message.content
""", fakes.openai_key(_seed()))

add("python/decoy-openai-env", "guesthouses/concierge/assistant_v2.py", "https://platform.openai.com/docs/api-reference/authentication",
    """# OpenAI() сам читает OPENAI_API_KEY из окружения
from openai import OpenAI

client = OpenAI()
MODEL = "gpt-4o-mini"
SYSTEM = "Ты консьерж гостевых домов в Дигории."
""")

add("python/json-in-string", "sales/b2b/edi_client.py", "https://docs.python.org/3/library/json.html",
    """# ЭДО с сетями (Магнит, X5) через провайдера «Контур.EDI»
import json

CONFIG = json.loads('{"endpoint": "https://edi-api.kontur.ru/V1", "login": "tarskoe_edi", "password": "@@s@@", "box": "b7f3"}')


def auth_header():
    return {"Authorization": f"KonturEdiAuth kontur_edi_login={CONFIG['login']}, kontur_edi_password={CONFIG['password']}"}
""", words_pw())

add("javascript/discord-webhook", "guesthouses/bot/notify-discord.js", "https://discord.com/developers/docs/resources/webhook",
    """// Уведомления гидов о группах (у гидов свой Discord-сервер)
const WEBHOOK = "@@s@@";

async function notifyGroup(group) {
  await fetch(WEBHOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ content: `Группа ${group.size} чел., выход к Голубому озеру ${group.date}` }),
  });
}
module.exports = { notifyGroup };
""", discord_hook())

add("javascript/sendgrid-key", "portal/mailer-node/send.js", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/quickstart-nodejs",
    """// Письма иностранным дистрибьюторам (Грузия, Армения) через SendGrid
const sgMail = require("@sendgrid/mail");
sgMail.setApiKey("@@s@@");

module.exports = (to, subject, html) =>
  sgMail.send({ to, from: "export@tarskoe-water.ru", subject, html });
""", sendgrid())

add("javascript/decoy-dotenv", "portal/mailer-node/index.js", "https://github.com/motdotla/dotenv",
    """require("dotenv").config();
const sgMail = require("@sendgrid/mail");

// ключ только из .env (в .gitignore)
sgMail.setApiKey(process.env.SENDGRID_API_KEY);
console.log("mailer ready");
""")

add("typescript/slack-bot-token", "ops/chatops/src/bot.ts", "https://slack.dev/bolt-js/getting-started",
    """import { App } from "@slack/bolt";

// ChatOps для смены: /line3 status, /line3 stop-reason
const app = new App({
  token: "@@s@@",
  signingSecret: process.env.SLACK_SIGNING_SECRET,
});

app.command("/line3", async ({ ack, respond }) => {
  await ack();
  await respond("Линия 3: в работе, 11 800 бут/ч");
});

app.start(3000);
""", slack_bot())

add("go/mattermost-webhook", "ops/chatops/mm/notify.go", "https://developers.mattermost.com/integrate/webhooks/incoming/",
    """package mm

import (
	"bytes"
	"net/http"
)

// Входящий вебхук Mattermost, канал ~otk-laboratoriya
var hookURL = "https://chat.tarskoe.local/hooks/@@s@@"

func Send(text string) error {
	_, err := http.Post(hookURL, "application/json", bytes.NewBufferString(`{"text":"`+text+`"}`))
	return err
}
""", rand_pw(26).lower())

add("go/decoy-struct-tags", "ops/chatops/mm/config.go", "https://pkg.go.dev/github.com/kelseyhightower/envconfig",
    """package mm

// Config заполняется envconfig из MM_HOOK_URL и MM_TOKEN
type Config struct {
	HookURL string `envconfig:"MM_HOOK_URL" required:"true"`
	Token   string `envconfig:"MM_TOKEN" required:"true"`
	Channel string `envconfig:"MM_CHANNEL" default:"otk-laboratoriya"`
}
""")

add("java/jdbc-url-password", "sales/reports/src/main/java/ru/tarskoe/reports/Db.java", "https://jdbc.postgresql.org/documentation/use/",
    """package ru.tarskoe.reports;

import java.sql.Connection;
import java.sql.DriverManager;

// Отчёт по продажам дистрибьюторов (еженедельный, для коммерческого директора)
final class Db {
    static Connection open() throws Exception {
        return DriverManager.getConnection(
            "jdbc:postgresql://pg-ro.internal:5432/portal?user=reports&password=@@s@@&ssl=false");
    }
}
""", rand_pw(16))

add("kotlin/ktor-jwt-secret", "routes/api/src/main/kotlin/ru/tarskoe/routes/Security.kt", "https://ktor.io/docs/server-jwt.html",
    """package ru.tarskoe.routes

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm

// Подпись токенов приложения водителя
private const val JWT_SECRET = "@@s@@"
private const val ISSUER = "routes.tarskoe-water.ru"

fun issue(driverId: String): String =
    JWT.create().withIssuer(ISSUER).withClaim("driver", driverId).sign(Algorithm.HMAC256(JWT_SECRET))
""", rand_pw(48))

add("kotlin/decoy-hocon-env", "routes/api/src/main/resources/application.conf", "https://ktor.io/docs/server-configuration-file.html",
    """ktor {
    deployment { port = 8080 }
    application { modules = [ ru.tarskoe.routes.ApplicationKt.module ] }
}
jwt {
    secret = ${?JWT_SECRET}
    issuer = "routes.tarskoe-water.ru"
}
""")

add("csharp/app-config-connection", "scada/LabReports/App.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files",
    """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <!-- Лаборатория ОТК: протоколы анализов (минерализация, CO2, микробиология) -->
  <connectionStrings>
    <add name="Lab" connectionString="Data Source=lab-sql01;Initial Catalog=LabLIMS;User ID=lims_app;Password=@@s@@" providerName="System.Data.SqlClient" />
  </connectionStrings>
</configuration>
""", words_pw())

add("xml/decoy-encrypted-config", "scada/LabReports/App.protected.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/protecting-connection-information",
    """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings configProtectionProvider="DataProtectionConfigurationProvider">
    <EncryptedData>
      <CipherData>
        <CipherValue>AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAAc8mJ2H0e9kGq3rT7vW1yXgQAAAACAAAAAAAQZgAAAAEAACAAAAB4k2</CipherValue>
      </CipherData>
    </EncryptedData>
  </connectionStrings>
</configuration>
""")

add("ruby/database-yml", "guesthouses/legacy-crm/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database",
    """# CRM гостевых домов (Rails 6, доживает до весны)
production:
  adapter: postgresql
  database: digoria_crm
  host: pg.digoria.local
  username: crm
  password: <%= ENV.fetch("CRM_DB_PASSWORD", "@@s@@") %>
  pool: 5
""", words_pw())

add("ruby/decoy-database-yml-env", "guesthouses/legacy-crm/config/database.staging.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database",
    """staging:
  adapter: postgresql
  database: digoria_crm_staging
  host: pg.digoria.local
  username: crm
  password: <%= ENV["CRM_DB_PASSWORD"] %>
""")

add("shell/heredoc-env-file", "ops/scripts/bootstrap_routes_env.sh", "https://www.gnu.org/software/bash/manual/html_node/Redirections.html#Here-Documents",
    """#!/usr/bin/env bash
# Первичная настройка сервера маршрутов (выполнено 02.12, Алан)
set -e
install -d -m 750 /etc/routes
cat > /etc/routes/routes-api.env <<'EOF'
ROUTES_DB_URL=postgres://routes:@@s@@@pg01.internal:5432/routes
ROUTES_LISTEN=:8080
EOF
chmod 600 /etc/routes/routes-api.env
""", rand_pw(20))

add("shell/export-token", "ops/scripts/env-asutp.sh", "https://www.gnu.org/software/bash/manual/bash.html#Bourne-Shell-Builtins",
    """# source env-asutp.sh — окружение инженера АСУ ТП
export HIST_HOST=hist01.plant.tarskoe.local
export INFLUX_URL=http://influx.plant.tarskoe.local:8086
export INFLUX_TOKEN="@@s@@"
export PATH="$HOME/bin:$PATH"
""", rand_pw(86, "_-") + "==")

add("shell/decoy-vault-cli", "ops/scripts/env-portal.sh", "https://developer.hashicorp.com/vault/docs/commands/kv/get",
    """# source env-portal.sh — переменные для ручных миграций
export VAULT_ADDR=https://vault.tarskoe.local:8200
export PGPASSWORD="$(vault kv get -field=password kv/portal/db)"
export YOOKASSA_SECRET_KEY="$(vault kv get -field=secret_key kv/portal/yookassa)"
echo "окружение портала загружено"
""")

add("powershell/invoke-restmethod-header", "ops/scripts/Send-ShiftReport.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-restmethod",
    """# Отчёт смены в Битрикс24 (задача начальнику цеха)
$Headers = @{ "X-Api-Key" = "@@s@@" }
$Body = @{ line = "L3"; bottles = 94210; downtime_min = 37 } | ConvertTo-Json
Invoke-RestMethod -Uri "https://reports.tarskoe.local/api/shift" -Method Post -Headers $Headers -Body $Body -ContentType "application/json"
Write-Host "Отчёт отправлен"
""", rand_pw(32))

add("powershell/decoy-secretmanagement", "ops/scripts/Send-DowntimeReport.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview",
    """# Ключ берётся из SecretStore инженера
$Key = Get-Secret -Name ReportsApiKey -AsPlainText
$Headers = @{ "X-Api-Key" = $Key }
Invoke-RestMethod -Uri "https://reports.tarskoe.local/api/downtime" -Headers $Headers
Write-Host "готово"
""")

add("yaml/datadog-api-key", "ops/monitoring/datadog-agent.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/",
    """# Агент Datadog на серверах маршрутов (пробный период, потом Zabbix)
api_key: @@s@@
site: datadoghq.eu
hostname: routes01
tags:
  - env:prod
  - team:logistics
""", datadog())

add("yaml/azure-client-secret", "sales/export/azure-ad-app.yaml", "https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app",
    """# Интеграция с грузинским дистрибьютором (их SharePoint, доступ через Entra ID)
tenant_id: 3f9e2b1a-7c4d-4e5f-8a9b-0c1d2e3f4a5b
client_id: 8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d
client_secret: "@@s@@"
site: https://georgiadist.sharepoint.com/sites/orders
""", azure_secret())

add("yaml/decoy-github-actions-oidc", ".github/workflows/terraform.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect",
    """name: terraform
on: [pull_request]
permissions:
  id-token: write
  contents: read
jobs:
  plan:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: terraform init && terraform plan
        env:
          TF_VAR_yc_token: ${{ secrets.YC_TOKEN }}
""")

add("github-actions/hardcoded-pypi-token", ".github/workflows/publish-lib.yml", "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions",
    """name: publish tarskoe-opc-tags
on:
  push:
    tags: ["v*"]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pip install build twine && python -m build
      - run: twine upload dist/* -u __token__ -p @@s@@
""", fakes.pypi_token(_seed()))

add("pypirc/decoy-token-env", "ops/workstation/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/",
    """[distutils]
index-servers = pypi

[pypi]
username = __token__
# токен передаётся через TWINE_PASSWORD в CI; локально не храним
""")

add("markdown/github-pat-in-readme", "ops/label-mirror/README.md", "https://www.markdownguide.org/basic-syntax/",
    """# Зеркало макетов этикеток

Скрипт `mirror.sh` забирает макеты из репозитория дизайн-студии.
Токен (fine-grained, только чтение, до 01.03.2027):

    GH_TOKEN=@@s@@ ./mirror.sh

Дизайн-студия: «Ирон Арт», контакт — Залина.
""", fakes.github_fine_grained_token(_seed()))

add("markdown/decoy-token-format", "ops/label-mirror/CONTRIBUTING.md", "https://www.markdownguide.org/basic-syntax/",
    """# Как подключиться

1. Создайте fine-grained токен (формат `github_pat_...`) с правом Contents: Read.
2. Сохраните его в `~/.config/label-mirror/token` (права 600).
3. Запустите `./mirror.sh` — скрипт прочитает токен сам.

Никогда не вставляйте токен в README или чат.
""")

# ---------------------------------------------------------------- notes, wikis, more carriers
add("text/ossetian-shift-note", "docs/notes/smena-2026-11-28.txt", "https://en.wikipedia.org/wiki/Ossetian_language",
    """Æмбисæхсæвы ивд, 28.11 — цех розлива
Линия 3 лæууыд 40 минуты (датчик уровня на наполнителе).
Подрядчик Krones подключался удалённо через TeamViewer:
  ID 1 482 339 107, пароль @@s@@
Пароль после сеанса не сменили — Сослан, смени утром!
Бæрæггæнæнтæ: 94 210 бутылок, брак 0.4%.
""", rand_pw(10).lower())

add("text/decoy-ossetian-handover", "docs/notes/smena-2026-11-29.txt", "https://en.wikipedia.org/wiki/Ossetian_language",
    """Æмбисбоны ивд, 29.11 — цех розлива
Пароль TeamViewer сменён (новый — у начальника смены, в сейфе).
Линия 3 в работе, датчик уровня заменён.
Хорз бон уæ! Следующая смена — Гагиев.
Акт № 112 подписан.
""")

add("markdown/wiki-accounts-table", "docs/wiki/Учётные-записи-гостевых-домов.md", "https://docs.gitlab.com/ee/user/project/wiki/",
    """# Учётные записи (гостевые дома)

| Сервис | Логин | Пароль | Кто отвечает |
|---|---|---|---|
| Bnovo | digoria-network | см. KeePass | Мадина |
| Островок Extranet | bron@digoria-guest.ru | `@@s@@` | Мадина |
| Суточно.ру | +7 928 000-00-00 | по SMS | Сослан |

Æппæт пароли менять раз в квартал.
""", words_pw())

add("markdown/decoy-wiki-accounts", "docs/wiki/Учётные-записи-завода.md", "https://docs.gitlab.com/ee/user/project/wiki/",
    """# Учётные записи (завод)

| Сервис | Логин | Пароль |
|---|---|---|
| SCADA WinCC | PLANT\\\\svc_wincc | KeePass → SCADA |
| MES | mes_admin | KeePass → MES |
| Historian | pi_collector | Vault kv/scada/historian |

Пароли в вики не пишем.
""")

add("html/confluence-runbook", "docs/wiki/export/historian-restore.html", "https://confluence.atlassian.com/doc/export-content-to-word-pdf-html-and-xml-139475.html",
    """<html><head><meta charset="utf-8"><title>Восстановление историана</title></head>
<body>
<h1>Восстановление историана после сбоя</h1>
<ol>
<li>Остановить сборщик: <code>systemctl stop pi-collector</code></li>
<li>Восстановить базу: <code>pg_restore -h hist01 -U postgres -d bottling_ts latest.dump</code> (пароль postgres: <strong>@@s@@</strong>)</li>
<li>Запустить сборщик и проверить тренды давления CO2.</li>
</ol>
</body></html>
""", words_pw())

add("nginx/basic-auth-header", "ops/nginx/conf.d/lims-proxy.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header",
    """# Прокси к LIMS лаборатории для дашборда качества
server {
    listen 443 ssl;
    server_name quality.tarskoe.local;
    location /api/ {
        proxy_pass http://lab-lims01:8080/;
        proxy_set_header Authorization "Basic @@s@@";
    }
}
""", b64("dashboard:" + rand_pw(16)))

add("nginx/decoy-ssl-paths", "ops/nginx/conf.d/dealer.conf", "https://nginx.org/en/docs/http/configuring_https_servers.html",
    """server {
    listen 443 ssl http2;
    server_name dealer.tarskoe-water.ru;
    ssl_certificate     /etc/letsencrypt/live/dealer.tarskoe-water.ru/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/dealer.tarskoe-water.ru/privkey.pem;
    location / { proxy_pass http://127.0.0.1:8000; }
}
""")

add("k8s-secret/tls-private-key", "portal/k8s/secret-tls.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets",
    """apiVersion: v1
kind: Secret
metadata:
  name: dealer-tls
  namespace: dealer-portal
type: kubernetes.io/tls
data:
  tls.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJrVENCK3dJSkFPCi0tLS0tRU5EIENFUlRJRklDQVRFLS0tLS0K
  tls.key: @@e@@
""", (_tk := fakes.fake_pem(_seed(), "EC")), e=b64(_tk + "\n"))

add("json/yandex-api-key", "infra/keys/sa-portal-deployer.json", "https://yandex.cloud/en/docs/iam/concepts/authorization/api-key",
    """{
   "api_key": {
      "id": "aje8q1u2v3w4x5y6z7a8",
      "service_account_id": "ajeb0c1d2e3f4g5h6i7j",
      "created_at": "2026-10-02T08:14:55.120391Z",
      "description": "деплой портала из CI"
   },
   "secret": "@@s@@"
}
""", "AQVN" + rand_pw(36, "_-"))

add("maven-settings/repository-password", "sales/reports/settings.xml", "https://maven.apache.org/settings.html#servers",
    """<settings>
  <!-- Nexus завода: публикация отчётных модулей -->
  <servers>
    <server>
      <id>tarskoe-nexus</id>
      <username>ci-deployer</username>
      <password>@@s@@</password>
    </server>
  </servers>
</settings>
""", rand_pw(20))

add("maven-settings/decoy-encrypted", "sales/reports/settings-security-example.xml", "https://maven.apache.org/guides/mini/guide-encryption.html",
    """<settings>
  <servers>
    <server>
      <id>tarskoe-nexus</id>
      <username>ci-deployer</username>
      <password>{COQLCE6DU6GtcS5P=}</password>
    </server>
  </servers>
</settings>
""")

add("nuget/cleartext-password", "scada/HmiBridge/NuGet.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials",
    """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="tarskoe" value="https://nexus.tarskoe.local/repository/nuget-hosted/" />
  </packageSources>
  <packageSourceCredentials>
    <tarskoe>
      <add key="Username" value="hmi-build" />
      <add key="ClearTextPassword" value="@@s@@" />
    </tarskoe>
  </packageSourceCredentials>
</configuration>
""", rand_pw(22))

add("yarnrc/npm-auth-token", "guesthouses/site-next/.yarnrc.yml", "https://yarnpkg.com/configuration/yarnrc#npmAuthToken",
    """nodeLinker: node-modules
npmScopes:
  digoria:
    npmRegistryServer: "https://registry.npmjs.org"
    npmAuthToken: "@@s@@"
enableTelemetry: false
""", npm())

add("composer/auth-json", "portal/legacy/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md",
    """{
    "http-basic": {
        "repo.tarskoe.local": {
            "username": "composer",
            "password": "@@s@@"
        }
    },
    "github-oauth": {}
}
""", rand_pw(24))

add("yaml/rabbitmq-compose", "routes/docker-compose.yml", "https://hub.docker.com/_/rabbitmq",
    """services:
  rabbit:
    image: rabbitmq:3.13-management
    environment:
      RABBITMQ_DEFAULT_USER: routes
      RABBITMQ_DEFAULT_PASS: "@@s@@"
  api:
    image: registry.tarskoe-water.ru/routes/api:1.9.0
    environment:
      AMQP_URL: amqp://routes@rabbit:5672/
""", rand_pw(18))

add("python/celery-broker-url", "portal/portal/celery.py", "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url",
    """from celery import Celery

# очередь: выставление счетов, напоминания дилерам о задолженности
app = Celery("portal", broker="redis://:@@s@@@redis01.internal:6379/3")
app.conf.timezone = "Europe/Moscow"
app.autodiscover_tasks()
""", fakes.redis_password(_seed()))

add("python/sentry-dsn", "routes/api_py/main.py", "https://docs.sentry.io/platforms/python/",
    """import sentry_sdk
from fastapi import FastAPI

sentry_sdk.init(dsn="@@s@@", traces_sample_rate=0.1, environment="prod")

app = FastAPI(title="Маршруты доставки")


@app.get("/health")
def health():
    return {"ok": True}
""", sentry_dsn())

add("yaml/minio-root-password", "ops/storage/minio-compose.yml", "https://min.io/docs/minio/container/index.html",
    """# MinIO для фото накладных (водители фотографируют подписанные ТТН)
services:
  minio:
    image: quay.io/minio/minio
    command: server /data --console-address ":9001"
    environment:
      MINIO_ROOT_USER: ttn-admin
      MINIO_ROOT_PASSWORD: @@s@@
    volumes: ["/srv/minio:/data"]
""", rand_pw(24))

add("terraform/tfvars-password", "infra/terraform/prod.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files",
    """folder_id    = "b1g4c4n2s8i3k0l7m9p"
pg_version   = "16"
pg_user      = "portal"
pg_password  = "@@s@@"
pg_disk_size = 50
""", words_pw())

add("c/plc-gateway-credentials", "scada/gw-firmware/src/credentials.h", "https://en.cppreference.com/w/c/preprocessor",
    """/* Прошивка шлюза датчиков скважины № 3 (ESP32), Тарское месторождение */
#ifndef CREDENTIALS_H
#define CREDENTIALS_H

#define WIFI_SSID      "PLANT-IOT"
#define MQTT_HOST      "10.20.0.30"
#define MQTT_USER      "well3"
#define MQTT_PASSWORD  "@@s@@"

#endif
""", rand_pw(16))

add("c/decoy-credentials-template", "scada/gw-firmware/src/credentials.example.h", "https://en.cppreference.com/w/c/preprocessor",
    """/* Скопируйте в credentials.h (файл в .gitignore) */
#ifndef CREDENTIALS_H
#define CREDENTIALS_H
#define WIFI_SSID      "PLANT-IOT"
#define MQTT_USER      "wellN"
#define MQTT_PASSWORD  "CHANGE_ME"
#endif
""")

add("mosquitto/decoy-password-file", "ops/mqtt/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html",
    """edge_gw:$7$101$q7tZ0xL2hK9pW3vN$Xy3mZ8k2Lq0vB5nR7tW1aE4dC6fG9hJ2kL5mN8pQ1sT4uV7wY0zA3bD6eF9gH2jK5mN8pQ1sT4uV7wY0zA3bD6eA==
tracker_gw:$7$101$Pb2rS5uX8aD1gJ4m$Ab4cD7eF0gH3jK6mN9pQ2sT5uV8wY1zA4bD7eF0gH3jK6mN9pQ2sT5uV8wY1zA4bD7eF0gH3jK6mN9pQ2sT5uV8w==
well3:$7$101$Lm3nO6qR9tU2wX5z$Cd5eF8gH1jK4mN7pQ0sT3uV6wY9zA2bD5eF8gH1jK4mN7pQ0sT3uV6wY9zA2bD5eF8gH1jK4mN7pQ0sT3uV6wY9z==
# хэши mosquitto_passwd (PBKDF2-SHA512), пароли — в KeePass
# обновлено 01.12.2026
""")

add("log/authorization-header", "routes/logs/api-debug-2026-12-05.log", "https://docs.python.org/3/library/logging.html",
    """[2026-12-05 07:41:10] DEBUG request POST /api/v1/deliveries/8812/confirm
[2026-12-05 07:41:10] DEBUG headers={'Host': 'routes.tarskoe-water.ru', 'Authorization': 'Bearer @@s@@', 'User-Agent': 'DriverApp/3.2 (Android 13)'}
[2026-12-05 07:41:10] INFO  delivery 8812 confirmed, photo ttn_8812.jpg
[2026-12-05 07:41:11] INFO  client «Санаторий Тамиск» notified
[2026-12-05 07:41:11] DEBUG response 200 in 142ms
""", jwt_hs())

add("shell-history/psql-url", "ops/analyst/.zsh_history", "https://zsh.sourceforge.io/Doc/Release/Options.html#History",
    """: 1764918000:0;cd ~/reports
: 1764918042:0;psql "postgresql://analyst:@@s@@@pg-ro.internal:5432/portal" -c '\\dt'
: 1764918100:0;python weekly_sales.py --week 48
: 1764918190:0;open out/weekly_48.xlsx
: 1764918300:0;git status
""", rand_pw(16))

add("sql/dblink-password", "portal/db/views/v_routes_link.sql", "https://www.postgresql.org/docs/current/contrib-dblink-function.html",
    """-- Представление: отгрузки дилерам из базы маршрутов
CREATE OR REPLACE VIEW v_dealer_deliveries AS
SELECT * FROM dblink(
  'host=pg01.internal dbname=routes user=portal_link password=@@s@@',
  'select dealer_id, delivered_at, cases from deliveries'
) AS t(dealer_id int, delivered_at timestamptz, cases int);
""", words_pw())

add("sql/decoy-user-mapping-env", "portal/db/views/fdw_1c.sql", "https://www.postgresql.org/docs/current/sql-createusermapping.html",
    """-- Связь с базой 1С через FDW; пароль задаётся вручную DBA при развёртывании
CREATE SERVER onec FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'onec-pg', dbname 'ut11');
CREATE USER MAPPING FOR portal SERVER onec OPTIONS (user 'portal_ro', password :'onec_password');
-- psql -v onec_password="$ONEC_PW" -f fdw_1c.sql
IMPORT FOREIGN SCHEMA public LIMIT TO (nomenklatura) FROM SERVER onec INTO onec;
""")

add("php/sms-ru-api-id", "guesthouses/site/inc/sms.php", "https://sms.ru/api/send",
    """<?php
// SMS гостю с кодом от калитки и схемой проезда (Дзинага)
// Фыссæн: текст SMS не длиннее 70 символов кириллицей
function send_sms(string $phone, string $text): string {
    $api_id = '@@s@@';
    $url = 'https://sms.ru/sms/send?api_id=' . $api_id . '&to=' . urlencode($phone) . '&msg=' . urlencode($text) . '&json=1';
    return file_get_contents($url);
}
""", uuid_s().upper())

add("python/vk-community-token", "guesthouses/social/vk_post.py", "https://dev.vk.com/ru/api/access-token/community-token/in-community-settings",
    """# Публикация фото дня в сообществе ВКонтакте «Гостевые дома Дигории»
import vk_api

# Ацы токен сообщества — права: wall, photos
vk = vk_api.VkApi(token="@@s@@")
vk.method("wall.post", {"owner_id": -218844001, "message": "Караугом сегодня утром ❄️"})
""", "vk1.a." + rand_pw(180, "_-"))

add("yaml/smartcaptcha-server-key", "guesthouses/site-next/config/captcha.yaml", "https://yandex.cloud/en/docs/smartcaptcha/concepts/keys",
    """# Yandex SmartCaptcha на форме бронирования
client_key: ysc1_Kq8ZtR3vW0yXbZ4cDeFgHiJkLmNoPqRsTuVwXyZ0aB1cD2eF  # публичный, для виджета
server_key: @@s@@
# server_key проверяет токен на бэкенде; не отдавать в браузер
fail_open: false
""", "ysc2_" + rand_pw(46))

add("yaml/decoy-captcha-client-only", "guesthouses/site-next/config/captcha.staging.yaml", "https://yandex.cloud/en/docs/smartcaptcha/concepts/keys",
    """# staging: только клиентский ключ; серверный — переменная SMARTCAPTCHA_SERVER_KEY
client_key: ysc1_Tz3aB6cD9eF2gH5jK8mN1pQ4sT7uV0wY3zA6bD9eF2gH5jK8
server_key: ${SMARTCAPTCHA_SERVER_KEY}
fail_open: true
# Хъус: на staging капча пропускает при сбое сервиса
""")

add("swift/mailgun-key-split", "guesthouses/ios-guest/Sources/Mailer.swift", "https://documentation.mailgun.com/docs/mailgun/api-reference/",
    """import Foundation

// Письмо-подтверждение брони из приложения гостя (временно, до переноса на бэкенд)
struct Mailer {
    static let domain = "mg.digoria-guest.ru"
    static let apiKey = "key-" +
        "@@a@@" +
        "@@b@@"
}
""", (_mg := "key-" + hexs(32)), a=_mg[4:20], b=_mg[20:])

add("vagrantfile/db-password", "ops/lab/Vagrantfile", "https://developer.hashicorp.com/vagrant/docs/vagrantfile",
    """# Стенд для обучения операторов (копия MES на ноутбуке)
Vagrant.configure("2") do |config|
  config.vm.box = "ubuntu/jammy64"
  config.vm.network "private_network", ip: "192.168.56.20"
  config.vm.provision "shell", inline: <<-SHELL
    apt-get install -y mariadb-server
    mysql -e "CREATE USER 'mes_admin'@'%' IDENTIFIED BY '@@s@@'; GRANT ALL ON *.* TO 'mes_admin'@'%';"
  SHELL
end
""", words_pw())

add("helm/smtp-password-set", "guesthouses/deploy/helmfile.yaml", "https://helmfile.readthedocs.io/en/latest/",
    """# Сайт гостевых домов в кластере (перенос с хостинга, декабрь)
releases:
  - name: digoria-site
    namespace: guesthouses
    chart: ./charts/wordpress
    set:
      - name: smtp.user
        value: bron@digoria-guest.ru
      - name: smtp.password
        value: "@@s@@"
""", rand_pw(20).lower())

add("ansible/mysql-user-task", "ansible/roles/guesthouse_site/tasks/db.yml", "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html",
    """# База WordPress для сайта гостевых домов
- name: Пользователь базы digoria_wp
  community.mysql.mysql_user:
    name: digoria_wp
    password: "@@s@@"
    priv: "digoria_wp.*:ALL"
    state: present
""", words_pw())

add("ansible/decoy-lookup-password", "ansible/roles/guesthouse_site/tasks/backup.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/password_lookup.html",
    """# Пользователь для бэкапа; пароль генерируется и хранится на контроллере
- name: Пользователь backup
  community.mysql.mysql_user:
    name: backup
    password: "{{ lookup('ansible.builtin.password', 'credentials/backup length=24') }}"
    priv: "*.*:SELECT,LOCK TABLES"
""")

add("toml/decoy-pyproject-source", "scada/opc-tags-lib/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/",
    """[project]
name = "tarskoe-opc-tags"
version = "1.4.0"
description = "Справочник тегов OPC UA линий розлива"
requires-python = ">=3.10"

[tool.poetry.source]
name = "nexus"
url = "https://nexus.tarskoe.local/repository/pypi/simple"
""")

add("markdown/runbook-clone-token", "docs/runbooks/scada-config-restore.md", "https://docs.gitlab.com/ee/user/project/deploy_tokens/",
    """# Восстановление конфигурации SCADA из репозитория

Ахсджиаг! Выполнять только при остановленной линии.

1. Склонировать конфигурации на инженерную станцию:

       git clone https://oauth2:@@s@@@gitlab.tarskoe.local/asutp/scada-config.git

2. Запустить `Restore-WinCCProject.ps1 -Line L3`.
3. Проверить связь с наполнителем на панели HMI.
""", gitlab())

add("ruby/stripe-secret", "guesthouses/intl-booking/config/initializers/stripe.rb", "https://docs.stripe.com/keys",
    """# Оплата для иностранных гостей (через партнёра в Армении)
Stripe.api_key = "@@s@@"
Stripe.api_version = "2024-06-20"

# публичный ключ для формы: pk_live_ задаётся в STRIPE_PUBLISHABLE_KEY
Rails.logger.info("Stripe готов")
""", stripe())

add("text/ossetian-guide-note", "guesthouses/docs/notes/guide-handover.txt", "https://en.wikipedia.org/wiki/Digor_dialect",
    """Гидтæн — передача дел (Мадина → Батраз), 01.12
Ныфс: группы на Караугом — только с разрешения погранзоны, заявка за 10 дней.
Кабинет погранзоны (портал пропусков): логин digoria-tours, пароль @@s@@
Рация: канал 7, запасной 12.
Бирæ бузныг, Мадина!
""", words_pw())
