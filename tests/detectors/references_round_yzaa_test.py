"""Values that stand for a secret kept elsewhere, read after blind rounds Y, Z and AA: Symfony's
environment variable processors, frameworks' and secret tools' encrypted properties (Mule, Jasypt,
Talend, NiFi, WebLogic, Spinnaker, dotenvx, ejson), secret stores' own reference syntax (Concourse,
Berglas, Spring Cloud GCP's sm://, Datadog's ENC[…], Vector's SECRET[…], Spring's configtree), a secret store's path and field (Ansible's hashi_vault lookup, pass), a socket or a
file by its resource location (Spring's `file:`/`classpath:`, nginx's `*_pass` upstreams), keys
published by design (Adyen's client key, Nuxt's public runtime config), a session's id in a log
record, and a CI job's throwaway password named after itself.

Each file holds the decoys of its category AND a real secret beside them: the real one blocks at
its line, the decoys do not (a rule that hid the real one would be worse than the decoy's warning).
Every value here is generated."""
from __future__ import annotations

from typing import List, Tuple

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

KEYWORD = "Secret Keyword"
LITERAL = "Literal Credential"
DATABASE = "Database Credentials"
REDIS = "Redis Credentials"

# (file name, text, what blocks in it: (line, type, secret) sorted)
CASES: List[Tuple[str, str, List[Tuple[int, str, str]]]] = [
    # --- Symfony's environment variable processors -------------------------------------------------
    ("config/packages/doctrine.yaml",
     "doctrine:\n    dbal:\n        url: '%env(resolve:DATABASE_URL)%'\n"
     "        password: '%env(file:DATABASE_PASSWORD_FILE)%'\n"
     "        replica_password: '%env(default:replica_default_pw:REPLICA_PASSWORD)%'\n"
     "        server_version: '15'\n",
     []),
    ("config/services.yaml",
     "parameters:\n    app.api_key: '%env(base64:resolve:API_KEY)%'\n"
     "    app.webhook_secret: '%env(key:webhook:json:file:SECRETS_FILE)%'\n"
     "    app.smtp_token: '%env(trim:string:SMTP_TOKEN)%'\n"
     "    mailer_dsn: 'smtp://mailer:%env(urlencode:MAILER_PASSWORD)%@smtp.mail-relay.net:587'\n"
     "    app.signing_secret: 'Kq8Vz3Lm7Tw2Rx9PbN4c'\n",
     [(6, KEYWORD, "Kq8Vz3Lm7Tw2Rx9PbN4c")]),
    # --- frameworks' encrypted properties ------------------------------------------------------------
    ("src/main/resources/config-prod.yaml",
     'salesforce:\n  username: "integration@payer-mail.net"\n'
     '  password: "![s+TH/3DO393la7gfgyHPN2S1+9QG1HXjbKMtt1iR]"\n'
     '  securityToken: "![3DM50uUJVUWnIbjKV4yW9vhkyuJB8PZp]"\n'
     "sftp:\n  password: Osprey!Lattice4821\n",
     [(6, KEYWORD, "Osprey!Lattice4821")]),
    ("src/main/resources/mule-app.properties",
     "db.password=![kQ3vLm8ZxT2wRn5bYh7JcP4dGs9FuE1a]\n"
     "smtp.password=ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)\n"
     "jms.password=Quarry-Ember7730\n",
     [(3, KEYWORD, "Quarry-Ember7730")]),
    ("talend/PBM_ETL/contexts/Production.properties",
     "claims_Login=talend_etl\n"
     "claims_Password=enc:system.encryption.key.v1:C6Vqqmh/rwoReOFla8AAJ2Y+VKoY09Md17MHYjRClnoI\n"
     "routine_Secret=enc:routine.encryption.key.v1:Zt8Qm2Lx9Vw4Kr7Np3YbHc6Jd1Fg5Aa0\n"
     "sftp_Password=Fennel#Quartz6603\n",
     [(4, KEYWORD, "Fennel#Quartz6603")]),
    ("conf/flow-settings.yaml",
     "registry:\n  keystore_password: enc{8F2A6C0E4B1D93E7A5F0C28B6D4E1A97}\n"
     "  truststore_password: Lichen-Harbor47%\n",
     [(3, KEYWORD, "Lichen-Harbor47%")]),
    ("domain/config/jdbc/ds.yaml",
     "datasource:\n  password: '{AES256}yK9vQ2mL7tRw4zPbXn3Hc8Jd1Fg5Aa0e=='\n  admin_password: Orchid-Falcon2290\n",
     [(3, DATABASE, "Orchid-Falcon2290")]),
    ("config/app.yml",
     "db:\n  password: encrypted:vault!e:secret!p:databases/prod!k:password\n"
     '  reader_password: "EJ[1:Cbw3YkfdE9BsCsIeBUi1nmqpGSh3K3iRZ5S1bmx6lXU=:6/fBZSrYqIXVX2dzpJsS1tGvRRHHVvQo:'
     'xSgv9ZHTZO1rL/n2N8VEVl7vVhA4yAG9i2tmw==]"\n'
     "  admin_password: Juniper#Cedar4920\n",
     [(4, DATABASE, "Juniper#Cedar4920")]),
    (".env.production",
     'DB_PASSWORD="encrypted:BDqDBibm4wsYqMpCjTQ6BsDHmMadg9K3dAt+Z9HPMfLEIRVz50hmLXPXRuDBXaJi/LwWYEVUNiq0HISrslzQPaoyS8Lotg3"\n'
     "SMTP_PASSWORD=Ember.Raven7320x\n",
     [(2, LITERAL, "Ember.Raven7320x")]),
    # --- a secret store's reference by its own syntax ---------------------------------------------
    ("ci/pipeline.yml",
     "jobs:\n- name: deploy\n  plan:\n  - task: migrate\n    params:\n      DB_PASSWORD: ((db-password))\n"
     "      API_TOKEN: ((vault:secret/ci.api_token))\n      REPLICA_PASSWORD: berglas://acme-secrets/replica-password\n"
     "      READER_PASSWORD: sm://reader-password\n      SMTP_PASSWORD: Hollow_Walnut4471\n",
     [(10, KEYWORD, "Hollow_Walnut4471")]),
    ("conf.d/postgres.d/conf.yaml",
     "instances:\n  - host: db.internal.corp-net.io\n    username: datadog\n    password: \"ENC[db_prod_password]\"\n"
     "  - host: db2.internal.corp-net.io\n    username: datadog\n    password: Granite.Pepper2682x\n",
     [(7, KEYWORD, "Granite.Pepper2682x")]),
    ("vector.yaml",
     "sinks:\n  es:\n    auth:\n      user: vector\n      password: \"SECRET[backend_vault.es_password]\"\n"
     "  splunk:\n    default_token: Zt8Qm2Lx9Vw4Kr7Np3Yb4\n",
     [(7, LITERAL, "Zt8Qm2Lx9Vw4Kr7Np3Yb4")]),
    ("src/main/resources/application-k8s.yml",
     "spring:\n  config:\n    import: configtree:/etc/config/app/\napp:\n  signing-secret: configtree:/etc/secrets/signing/\n"
     "  webhook-secret: Rk3Wz8Qm1Lx6Vt9Np2Hc\n",
     [(6, KEYWORD, "Rk3Wz8Qm1Lx6Vt9Np2Hc")]),
    ("dynamic/ratelimit.yaml",
     "http:\n  middlewares:\n    limit:\n      distributedRateLimit:\n        redis:\n          endpoints:\n"
     "            - redis-master.default.svc.cluster.local:6379\n          password: urn:k8s:secret:redis:password\n"
     "  sessions:\n    redis:\n      password: Quill-Harbor7713x\n",
     [(11, REDIS, "Quill-Harbor7713x")]),
    # --- a secret store's path and the field read from it ----------------------------------------
    ("inventories/prod/group_vars/all/vault.yml",
     "vault_snmp_ro_community: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret=net/data/snmp:ro') }}\"\n"
     "monitoring_token: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/monitoring:token') }}\"\n"
     "ldap_secret: secret/data/ldap#bind\n"
     "tacacs_secret: network/tacacs:key\n"
     "radius_secret: Tundra-Orchid5530x\n",
     [(5, KEYWORD, "Tundra-Orchid5530x")]),
    ("group_vars/gateways.yml",
     "vault_token_lookup: \"{{ lookup('hashi_vault', 'secret=kv/data/app:token token=hvs.CAESIJx8Q2mLr7tRw4zPbVn9Kq2Lm "
     "url=https://vault.corp-net.io:8200') }}\"\n",
     [(1, "Service API Token", "hvs.CAESIJx8Q2mLr7tRw4zPbVn9Kq2Lm")]),
    ("src/main/resources/application.properties",
     "spring.config.import=aws-secretsmanager:/secrets/payments\n"
     "payments.secret=aws-secretsmanager:/secrets/payments-hmac\n"
     "payments.client-secret=Saffron!Basin3317\n",
     [(3, KEYWORD, "Saffron!Basin3317")]),
    # --- a socket or a file by its resource location ---------------------------------------------
    ("src/main/resources/sftp-inbound-keyauth.xml",
     '<beans>\n  <bean id="sftpSessionFactory" class="org.springframework.integration.sftp.session.DefaultSftpSessionFactory">\n'
     '    <property name="privateKey" value="file:/etc/enrollment/keys/mco_acme_rsa"/>\n'
     '    <property name="privateKeyPassphrase" value="Cobalt!Marsh9021"/>\n'
     '  </bean>\n</beans>\n',
     [(4, KEYWORD, "Cobalt!Marsh9021")]),
    ("src/main/resources/application.yml",
     "sftp:\n  private-key: classpath:keys/sftp_rsa\n  secret-key: file:./secrets/app.key\n"
     "  password: Meadow.Kestrel8814\n",
     [(4, KEYWORD, "Meadow.Kestrel8814")]),
    ("infra/nginx/sites-available/shop.conf",
     "server {\n    listen 443 ssl;\n    auth_basic_user_file /etc/nginx/htpasswd/shop;\n"
     "    location ~ \\.php$ {\n        fastcgi_pass unix:/run/php/php8.2-fpm.sock;\n    }\n"
     "    location /app {\n        uwsgi_pass 127.0.0.1:3031;\n    }\n"
     "    location /grpc {\n        grpc_pass grpc-backend-pool;\n    }\n"
     "    location /cache {\n        memcached_pass 10.0.0.12:11211;\n    }\n"
     "    location /api {\n        proxy_set_header Authorization \"Basic YWRtaW46UXVhcnJ5LUVtYmVyNzczMA==\";\n"
     "        proxy_pass http://api-upstream;\n    }\n}\n",
     [(17, LITERAL, "Quarry-Ember7730")]),
    # --- keys published by design ------------------------------------------------------------------
    ("src/main/resources/application-test.yml",
     "adyen:\n  api-key: \"${vault.adyen.api-key}\"\n  hmac-key-ref: vault:kv/payments/adyen#hmac\n"
     "  client-key: live_R54G6BCBGBIDAXYZWYG0G0UACZR58XZD\n  webhook-secret: Zt8Qm2Lx9Vw4Kr7Np3Yb\n",
     [(5, KEYWORD, "Zt8Qm2Lx9Vw4Kr7Np3Yb")]),
    ("web/checkout.config.js",
     "export default {\n  adyen: {\n    clientKey: 'test_QWERTY12ASDFGH34ZXCVBN56POIUYT78',\n"
     "    apiSecret: 'Rk3Wz8Qm1Lx6Vt9Np2Hc',\n  },\n};\n",
     [(4, KEYWORD, "Rk3Wz8Qm1Lx6Vt9Np2Hc")]),
    ("apps/docs/nuxt.config.ts",
     "export default defineNuxtConfig({\n  runtimeConfig: {\n    stripeSecret: 'Vq7Lm2Xz9Kt4Wr8Np3Hb6Jd1',\n"
     "    public: {\n      algolia: {\n        applicationId: 'K7QW2ZP9XM',\n"
     "        apiKey: 'ba1cda3199b04c6e8f2d7a5e9c1b3f28',\n      },\n"
     "      mapsToken: 'Zx8Kq2Lm7Tw4Rn9Pb3Vc',\n    },\n  },\n})\n",
     [(3, KEYWORD, "Vq7Lm2Xz9Kt4Wr8Np3Hb6Jd1")]),
    ("nuxt.config.js",
     "export default {\n  publicRuntimeConfig: {\n    searchKey: 'b7e2c9d41f0a6385e1c4d7a9b2f03e6c',\n"
     "    apiKey: 'Qm4Lx8Zt2Vw7Kr3Np9Yb',\n  },\n  privateRuntimeConfig: {\n    apiSecret: 'Hc6Jd1Fg5Aa0Kq8Vz3Lm',\n  },\n}\n",
     [(7, KEYWORD, "Hc6Jd1Fg5Aa0Kq8Vz3Lm")]),
    # --- a session's id in a log record -------------------------------------------------------------
    ("logs/bridge-2024-06-12.log",
     "2024-06-11 02:00:03,511 DEBUG [main] c.h.b.sftp.PartnerClient - partner config: host=sftp.partner-net.com "
     "user=payer_835 password=****** requestId=8a4de829-8092-48ac-b2ba-22a37c80ab73 sessionId=99cf176aec0ad78734b24097cc596335\n"
     "2024-06-11 02:00:04,002 INFO  [web-3] c.h.b.web.Audit - sid=7f3a9c2e5b1d4068a1c3e5f7b9d02143 done\n"
     "2024-06-11 02:00:05,117 DEBUG [web-3] c.h.b.web.Client - Cookie: sessionid=6ue4Kx9Qw2Lm7Vt4Rz8Np3Hb\n"
     "2024-06-11 02:00:06,300 DEBUG [main] c.h.b.db.Pool - login user=svc password=Quarry-Ember7730\n"
     "2024-06-11 02:00:07,004 DEBUG [web-4] c.h.b.web.Client - resumed JSESSIONID=Hc6Jd1Fg5Aa0Kq8Vz3LmQ2Wx\n",
     [(3, LITERAL, "6ue4Kx9Qw2Lm7Vt4Rz8Np3Hb"), (4, LITERAL, "Quarry-Ember7730"), (5, LITERAL, "Hc6Jd1Fg5Aa0Kq8Vz3LmQ2Wx")]),
    ("var/app.out",
     "[2024-06-11T02:00:03Z] request done sessionId=9b1c7e3f5b2d4068a1c3e5f7b9d02143 status=200\n"
     "Jun 11 02:00:04 web01 app[4412]: session=4f2a8c6e0b1d3957a2c4e6f8b0d21436 closed\n",
     []),
    # --- a CI job's throwaway password, named after itself -----------------------------------------
    (".gitlab-ci.yml",
     "phpunit:\n  services:\n    - name: postgres:15\n      alias: db\n  variables:\n"
     "    POSTGRES_PASSWORD: ci_only_password  # throwaway CI service container\n"
     '    DATABASE_URL: "postgresql://postgres:ci_only_password@db:5432/app_test"\n'
     "    MYSQL_PASSWORD: test-db-password\n"
     "deploy:\n  variables:\n    FTP_PASSWORD: Badger!Velvet7878\n",
     [(11, KEYWORD, "Badger!Velvet7878")]),
    (".github/workflows/ci.yml",
     "jobs:\n  test:\n    services:\n      postgres:\n        image: postgres:16\n        env:\n"
     "          POSTGRES_PASSWORD: e2e_password\n"
     "          POSTGRES_USER: app\n    env:\n      DB_PASSWORD: Xk9vQ2mL7tRw4zPb\n",
     [(10, DATABASE, "Xk9vQ2mL7tRw4zPb")]),
]


@pytest.mark.parametrize("filename, text, expected", CASES, ids=[case[0] for case in CASES])
def test_references_do_not_block_and_the_real_secret_beside_them_does(
        engine: Engine, filename: str, text: str, expected: List[Tuple[int, str, str]]) -> None:
    assert _blocked(engine, filename, text) == expected


# A value that only looks like one of the forms above is still a credential.
STILL_CREDENTIALS = [
    ("config.yaml", "app:\n  password: 'Zt8Qm2Lx!env(Vw4Kr7)%'\n", "Zt8Qm2Lx!env(Vw4Kr7)%"),  # no `%env(…)%`
    ("config.yaml", "app:\n  password: 'Kq8V/zL3m7:Tw2Rx9P'\n", "Kq8V/zL3m7:Tw2Rx9P"),  # mixed case, no store path
    ("logs/app.log", "2024-06-11 02:00:03 DEBUG token=Hc6Jd1Fg5Aa0Kq8Vz3LmQ2 sessionId=abc\n", "Hc6Jd1Fg5Aa0Kq8Vz3LmQ2"),
    (".gitlab-ci.yml", "test:\n  variables:\n    POSTGRES_PASSWORD: ci_Quarry-Ember7730\n", "ci_Quarry-Ember7730"),
    ("config.yaml", "smtp:\n  password: sm@rtHarbor2291\n", "sm@rtHarbor2291"),  # no Spring Cloud GCP reference
    ("src/main/resources/application.yml", "adyen:\n  client-key: live_Zt8Qm2Lx9Vw4Kr7Np3Yb\n  api-key: live_R54G6BCBGBIDAXYZWYG0G0UACZR58XZD\n",
     "live_R54G6BCBGBIDAXYZWYG0G0UACZR58XZD"),
]


@pytest.mark.parametrize("filename, text, secret", STILL_CREDENTIALS, ids=[case[2][:12] for case in STILL_CREDENTIALS])
def test_look_alikes_still_block(engine: Engine, filename: str, text: str, secret: str) -> None:
    assert secret in [found_secret for _, _, found_secret in _blocked(engine, filename, text)]
