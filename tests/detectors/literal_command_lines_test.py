"""Forms read after blind rounds Q, R and S (kinds/_command_lines.py): the options by which common
CLIs take a password, known per tool (`-p` is a password for sshpass, a port for mosquitto and the
monitoring plugins, a keychain's password for `security create-keychain`); positional logins
(steamcmd, rabbitmqctl, htpasswd); setter calls taking a user and a password; Tasmota's console
commands; `setenv NAME value`; an environment read's `?:` fallback. Each beside the decoys of its
format (a reference in the same place, a port after `-p`…), through the engine. And two values
that are no literal: a shell expansion's `${X:?message}` and Telegraf's `@{store:key}` secret-store
reference. Every value here is generated."""
from __future__ import annotations

import itertools
from typing import List, Tuple

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked


LITERAL = "Literal Credential"
TRUE_FORMS = [
    # tool options, per tool
    ("build/sign.ps1", '& $signtool sign /fd SHA256 /f $pfx /p "Quarry7!Lattice2290" /tr http://ts.acme.io $File\n',
     1, "Quarry7!Lattice2290"),
    ("build/sign.cmd", '"C:\\Kits\\x64\\signtool.exe" sign /f cert.pfx /p Kestrel-Amber5519 /fd sha256 app.exe\n',
     1, "Kestrel-Amber5519"),
    ("ci/keychain.sh", 'security create-keychain -p "Lm4Qx8Zt2Wk9Rv7N" build.keychain\n', 1, "Lm4Qx8Zt2Wk9Rv7N"),
    ("ci/keychain.sh", "KC=build.keychain\nsecurity import certs/dist.p12 -k \"$KC\" -P 'cobalt-marsh-tundra-wren48' "
     "-T /usr/bin/codesign\n", 2, "cobalt-marsh-tundra-wren48"),
    ("ci/keychain.sh", 'security add-generic-password -a ci -s notary -w "Vx8Lq2Zt9Km4Wr7N"\n', 1, "Vx8Lq2Zt9Km4Wr7N"),
    ("deploy.sh", "sshpass -p 'Harbor!quince5521' ssh ops@10.0.0.5 uptime\n", 1, "Harbor!quince5521"),
    ("ops/bmc.sh", "ipmitool -I lanplus -H 10.0.0.9 -U admin -P Ember_Falcon8842 chassis status\n", 1, "Ember_Falcon8842"),
    ("sensors/pub.sh", 'mosquitto_pub -h broker -p 1883 -u probe -P Marble.Lichen92x -t lab/t -m 21\n',
     1, "Marble.Lichen92x"),
    ("android/sign.sh", "jarsigner -keystore upload.jks -storepass Tundra@river7686 app.apk upload\n",
     1, "Tundra@river7686"),
    ("tls/make.sh", "openssl pkcs12 -export -in c.pem -inkey k.pem -out c.p12 -passout pass:Granite.Falcon9034\n",
     1, "Granite.Falcon9034"),
    # CLIs whose -t is their token: Codecov's uploaders (the new binary, the old bash one), Vercel
    (".circleci/config.yml", "      - run: |\n          ./codecov upload-process -t 3f7a9c12-6be4-4d58-a0e1-92c7d5b84e36 "
     "-f coverage.xml\n", 2, "3f7a9c12-6be4-4d58-a0e1-92c7d5b84e36"),
    (".travis.yml", "after_success:\n  - bash <(curl -s https://codecov.io/bash) -t 71c0e5d8-2a49-4f3b-9e6d-c8b1a4f07d25\n",
     2, "71c0e5d8-2a49-4f3b-9e6d-c8b1a4f07d25"),
    ("deploy.sh", "npx vercel deploy --prod -t Qm7Xk2Lz9Vw4Rt8Np3Hb6Jc\n", 1, "Qm7Xk2Lz9Vw4Rt8Np3Hb6Jc"),
    # the monitoring plugins (Nagios, Icinga, NRPE)
    ("etc/nagios/objects/commands.cfg", "define command {\n    command_name check_admin\n"
     "    command_line $USER1$/check_http -H $HOSTADDRESS$ -S -u /admin/ -a ops:Qz8Lk2Vw9Xr4Tm -s Admin\n}\n",
     3, "Qz8Lk2Vw9Xr4Tm"),
    ("etc/nagios/nrpe.d/cache.cfg", "command[check_cache]=/usr/lib/nagios/plugins/check_redis.pl -H 127.0.0.1 -p 6379 "
     "-x hq7zt2lw5vx9 -T\n", 1, "hq7zt2lw5vx9"),
    ("etc/nagios/nrpe.d/db.cfg", "command[check_db]=/usr/lib/nagios/plugins/check_pgsql -H db01 -P 5432 -l nagios "
     "-p Cinder-Osprey4417 -d app\n", 1, "Cinder-Osprey4417"),
    # positional logins
    ("steam/upload.sh", '"$STEAMCMD" +login build_bot "Orbit.Walnut5518" +run_app_build app.vdf +quit\n',
     1, "Orbit.Walnut5518"),
    ("docker/rabbit-init.sh", "rabbitmqctl add_user ingest 'Saffron#Vortex2931'\n", 1, "Saffron#Vortex2931"),
    ("Dockerfile", "RUN htpasswd -bc /etc/nginx/.htpasswd admin Lagoon_Willow6337\n", 1, "Lagoon_Willow6337"),
    # setter calls
    ("sensors/publish.py", 'client.username_pw_set("chamber3", "Juniper.Ash71%q")\n', 1, "Juniper.Ash71%q"),
    ("src/main/java/Db.java", '        ds.setPassword("Quartz_Meadow8841!");\n', 1, "Quartz_Meadow8841!"),
    # console commands
    ("devices/plug.cfg", "Backlog MqttHost 10.0.0.2; MqttUser plug; MqttPassword 7Hq2LwVx9Kr3Mn; Topic plug\n",
     1, "7Hq2LwVx9Kr3Mn"),
    ("devices/plug-console.txt", "Backlog WebPassword Zt8Qm2Lx9Vw4Kr; SetOption19 0\n", 1, "Zt8Qm2Lx9Vw4Kr"),
    # setenv NAME value (Tcl/csh modulefiles, Apache)
    ("modulefiles/solver/4.1", "#%Module1.0\nsetenv SOLVER_LICPROXY_KEY 6da032664a1759d916df752e1d4c6ee7\n",
     2, "6da032664a1759d916df752e1d4c6ee7"),
    ("site/.htaccess", 'SetEnv DB_PASSWORD "Osprey.Basalt9715"\n', 1, "Osprey.Basalt9715"),
    # an environment read's literal fallback (Groovy, Kotlin)
    ("app/build.gradle", '    storePassword System.getenv("STORE_PASSWORD") ?: "Harbor*Meadow2687"\n', 1, "Harbor*Meadow2687"),
    ("app/build.gradle.kts", 'val apiToken = System.getenv("API_TOKEN") ?: "Kq8Zt2Lm9Xw4Vr7Np3Yb"\n', 1, "Kq8Zt2Lm9Xw4Vr7Np3Yb"),
    ("app/build.gradle.kts", 'val pw = providers.environmentVariable("KEY_PASSWORD").getOrElse("Violet!Lantern5651")\n',
     1, "Violet!Lantern5651"),
    # container tools' credentials (blind round AX): skopeo's and buildah's `--creds user:password`, a
    # login's `-p` on a continued line
    ("scripts/mirror.sh", "for s in a b; do\n  skopeo copy --all --retry-times 3 \\\n"
     "    --dest-creds 'robot$mirror+push:Vq3Lm8Zt2Xk9Rw4Np7Hb6Jc1Tg5Yd0Fs' \\\n    \"docker://$s\" \"docker://$D/x\"\ndone\n",
     3, "Vq3Lm8Zt2Xk9Rw4Np7Hb6Jc1Tg5Yd0Fs"),
    ("sync.sh", "skopeo sync --src-creds=reader:Ochre!Pylon4821 --src docker registry.a/x dir\n", 1, "Ochre!Pylon4821"),
    ("ci/build.sh", "buildah push --creds svc-orders:Reef#Marble7316 orders:latest \\\n  docker://nexus.example:8444/o\n",
     1, "Reef#Marble7316"),
    ("user-data.sh", "sudo -u gw podman login --authfile /home/gw/auth.json \\\n"
     "  -u edge-relay -p \"canyon-ferret-quill-mosaic83\" harbor.build.internal\n", 2, "canyon-ferret-quill-mosaic83"),
    ("ci/push.sh", "docker login \\\n  -u ci \\\n  -p 'Mx7Qa2Lk9Wz4Rt8N' registry.example.com\n", 3, "Mx7Qa2Lk9Wz4Rt8N"),
    # logins of other CLIs (blind rounds AV, AW, AU, AZ): cf, oc, OMERO's -w, gpg's --passphrase, a script's -u/-p
    (".gitlab-ci.yml", "deploy:\n  script:\n    - cf login -a https://api.cf.example.com -u deployer@acme.io "
     "-p 'Orders2024#' -o acme -s prod\n", 3, "Orders2024#"),
    ("cf.sh", "cf auth deployer Qz8Lk2Vw9Xr4Tm!\n", 1, "Qz8Lk2Vw9Xr4Tm!"),
    ("oc.sh", "oc login https://api.ocp.example:6443 -u kubeadmin -p Wv7Qa-Xk2Lp-9Rt4M-Zc8Nb\n", 1, "Wv7Qa-Xk2Lp-9Rt4M-Zc8Nb"),
    ("imaging/import.sh", "omero login -s omero.lab.example.org -p 4064 -u loader -w 'Zebrafish_31' -g \"Facility\"\n",
     1, "Zebrafish_31"),
    ("backup/encrypt.sh", "for f in *.dump; do\n  gpg --batch --yes --passphrase 'harbor meadow cobalt finch19' \\\n"
     "    --symmetric -o \"$f.gpg\" \"$f\"\ndone\n", 2, "harbor meadow cobalt finch19"),
    ("backup/decrypt.sh", "gpg --batch --passphrase=Quartz9Meadow4x -d secrets.gpg\n", 1, "Quartz9Meadow4x"),
    ("jobs/nightly.bat", "set LOG=x.log\n%PROPY% D:\\gis\\jobs\\cache.py -s https://gis01.local:6443/arcgis -u siteadmin "
     "-p Cinder7Gis!42 >> %LOG% 2>&1\n", 2, "Cinder7Gis!42"),
    # a Mule runtime's secure-properties key
    ("Makefile.mule", "deploy-dev:\n\tmvn -B deploy -DmuleDeploy -Denv=dev -Dmule.key=Xq7Lm2Vt9Rk4Wz8N \\\n\t  -Danypoint.x=1\n",
     2, "Xq7Lm2Vt9Rk4Wz8N"),
    ("run.sh", "mule -M-Dmule.env=prod -M-Dprod.key=Hk3Pq8Lz2Vw7Xr4T\n", 1, "Hk3Pq8Lz2Vw7Xr4T"),
    # lftp's `-u user,password`, Vertica's `vsql -w`, Info-ZIP's `-P`
    ("upload.sh", "lftp -u uploader,Kestrel7Lattice2 sftp://files.example.com -e 'put a; bye'\n", 1, "Kestrel7Lattice2"),
    ("q.sh", "vsql -h vertica01 -U dbadmin -w 'Harbor!quince5521' -c 'select 1'\n", 1, "Harbor!quince5521"),
    ("pack.sh", "zip -r -P Quartz9Meadow4x backup.zip data/\n", 1, "Quartz9Meadow4x"),
    ("unpack.sh", "unzip -P 'Tundra@river7686' bundle.zip -d out\n", 1, "Tundra@river7686"),
]
DECOYS = [
    # references where the literal would stand
    ("build/sign.ps1", '& $signtool sign /fd SHA256 /f $pfx /p $env:PFX_PASSWORD $File\n'),
    ("build/sign.cmd", "signtool sign /f cert.pfx /p %PFX_PASSWORD% /fd sha256 app.exe\n"),
    ("ci/keychain.sh", 'KEYCHAIN_PASSWORD="$(uuidgen)"\nsecurity create-keychain -p "$KEYCHAIN_PASSWORD" build.keychain\n'
     'security unlock-keychain -p "$KEYCHAIN_PASSWORD" build.keychain\n'),
    (".github/workflows/sign.yml", "      - run: security import dist.p12 -k build.keychain -P ${{ secrets.P12_PASSWORD }} "
     "-T /usr/bin/codesign\n"),
    # `security import -k` names the keychain; find-generic-password's -w prints
    ("ci/keychain.sh", "security import dist.p12 -k login-build-keychain2024 -T /usr/bin/codesign\n"
     "security find-generic-password -a ci -s notary -w\n"),
    ("deploy.sh", 'sshpass -p "$SSH_PASSWORD" ssh ops@10.0.0.5 uptime\nsshpass -f /run/secrets/ssh ssh ops@h uptime\n'),
    # a port after -p (mosquitto, check_redis, check_pgsql's -P), a file for openssl
    ("sensors/pub.sh", "mosquitto_pub -h broker -p 1883 -u probe -P \"$MQTT_PASSWORD\" -t lab/t -m 21\n"),
    ("etc/nagios/nrpe.d/cache.cfg", "command[check_cache]=/usr/lib/nagios/plugins/check_redis.pl -H 127.0.0.1 -p 6379 -T\n"
     "command[check_disk]=/usr/lib/nagios/plugins/check_disk -w 20% -c 10% -p /var/lib/redis\n"),
    ("etc/nagios/objects/commands.cfg", "    command_line $USER1$/check_http -H $HOSTADDRESS$ -a $USER5$:$USER6$ -S\n"),
    ("tls/make.sh", "openssl pkcs12 -export -in c.pem -out c.p12 -passout env:P12_PASSWORD\n"
     "openssl rsa -in k.pem -passin file:/run/secrets/key_pass -out k.der\n"),
    ("steam/upload.sh", '"$STEAMCMD" +login "$STEAM_USER" "$STEAM_PASSWORD" +run_app_build app.vdf +quit\n'
     "steamcmd +login anonymous +app_update 740 validate +quit\n"),
    ("sensors/publish.py", 'client.username_pw_set(os.environ["MQTT_USER"], os.environ["MQTT_PASSWORD"])\n'),
    # the token CLIs' -t given a variable or a secret's reference
    (".circleci/config.yml", "      - run: ./codecov upload-process -t ${CODECOV_TOKEN} -f coverage.xml\n"
     "      - run: bash <(curl -s https://codecov.io/bash) -t $CODECOV_TOKEN\n"),
    (".github/workflows/deploy.yml", "      - run: vercel deploy --prod -t ${{ secrets.VERCEL_TOKEN }}\n"),
    ("devices/plug.cfg", "Backlog MqttHost 10.0.0.2; MqttPort 1883; Topic plug; FullTopic %prefix%/%topic%/\n"),
    ("modulefiles/solver/4.1", "setenv SOLVER_LICENSE_FILE 1718@lic02.eng.acme.edu\nsetenv SOLVER_KEY_DIR /opt/solver/keys\n"),
    ("app/build.gradle", '    storeFile file(System.getenv("KEYSTORE") ?: "../keys/upload.jks")\n'
     '    storePassword System.getenv("STORE_PASSWORD") ?: ""\n'),
    # a shell expansion's error message, Telegraf's secret store
    ("jobs/train.sbatch", ': "${WANDB_API_KEY:?WANDB_API_KEY not set}"\n: "${HF_TOKEN:?HF_TOKEN-must-be-set-first}"\n'),
    ("telegraf/outputs.conf", '[[outputs.influxdb_v2]]\n  token = "@{local:influx_token}"\n  organization = "lab"\n'),
    # container tools' and logins' credentials read, prompted for, or given on stdin
    ("push.sh", "podman login -u ci -p \"$REG_PASS\" quay.io\necho \"$T\" | podman login -u ci --password-stdin quay.io\n"
     "skopeo copy --src-no-creds --dest-creds \"$DEST_USER:$DEST_PASS\" docker://a docker://b\n"
     "buildah push --creds \"${REG_USER}:${REG_PASS}\" img docker://x\npodman push --creds=ci-user img docker://x\n"),
    (".github/workflows/x.yml", "      - run: podman login -u ci -p \"${{ secrets.REGISTRY_TOKEN }}\" quay.io\n"),
    ("import.sh", "omero login -s omero.lab.example.org -p 4064 -u loader -w \"$OMERO_PW\"\n"
     "omero login -s omero.lab.example.org -u loader -w -g grp\n"),
    ("crypt.sh", "gpg --batch --passphrase-file /run/secrets/gpg --symmetric x\ngpg --batch --passphrase-fd 0 -d y.gpg < p\n"
     "gpg --batch --passphrase \"$GPG_PASS\" -d z.gpg\ngpg --batch --passphrase 'your passphrase here' -d z.gpg\n"),
    ("cf.sh", "cf login -a https://api.example.com --sso\ncf auth \"$CF_USER\" \"$CF_PASSWORD\"\n"
     "cf login -a https://api.example.com -u \"$CF_USER\" -p \"$CF_PASS\"\n"),
    # -p a port, a published port, a pid file, a MySQL client's prompt; python's own -u
    ("run.sh", "docker run -u 1000 -p 127.0.0.1:8080:80 nginx\nsudo -u postgres psql -p 5432 -c 'select 1'\n"
     "gunicorn -u www -p /run/g.pid app:app\nhtop -u deploy -p 1234,5678\npython -u train.py -p Tr4inRun\n"
     "ab -n 100 -u put.json -p post.json http://localhost/\nmkdir -p /opt/app && sudo -u app tool -p x\n"),
    ("restore.sh", "mysql -h db01 \\\n  -u root -p appdb_prod2 < dump.sql\nmysqldump -u root -p shop_live2 > s.sql\n"),
    ("jobs/sync.bat", "%PY% run.py -s https://x.example -p 8080 -u admin\n"),
    ("pack.sh", "lftp -u uploader sftp://files.example.com\nlftp -u \"$U,$P\" sftp://h\nzip -r -P \"$ZIP_PASS\" b.zip d/\n"
     "zip -e -r b.zip d\n"),
    # a secure-properties key read; another property's key
    ("Makefile", "deploy:\n\tmvn deploy -Dmule.key=$(MULE_KEY) -Denv=dev\n\tmule -M-Dmule.key=${MULE_KEY}\n"
     "\tjava -Dsort.key=lastName -jar app.jar\n"),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret"), TRUE_FORMS)
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    assert (line, LITERAL, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS)
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


def test_a_tasmota_backlog_in_markdown_stays_documentation(engine: Engine) -> None:
    # (a .txt of pasted console commands is read; a README's example is not)
    text = "Paste into the console:\n\n    Backlog WebPassword Zt8Qm2Lx9Vw4Kr; SetOption19 0\n"
    assert _blocked(engine, "README.md", text) == []


def test_container_logins_in_documentation_show_placeholders(engine: Engine) -> None:
    text = ("Log in:\n\n    podman login -u myuser -p mypassword registry.example.com\n"
            "    skopeo copy --dest-creds user:password docker://a/b docker://c/d\n")
    assert _blocked(engine, "README.md", text) == []


def test_a_lines_tokens_are_read_once_and_are_those_read_from_each_position() -> None:
    """The tools on a line share one stream of its tokens (kinds/_command_lines._LineTokens): for any
    line and any order of positions asked, the tokens are those read from that position afresh."""
    import itertools
    import random
    import re

    from secretfence.kinds import _command_lines

    def afresh(line: str, start: int, most: int) -> list:
        return [_command_lines._token_text(found)
                for found in itertools.islice(_command_lines._TOKEN.finditer(line, start), most)]

    pieces = ["mysql", "--password", "$PW", "'a$b'", '"x y"', "'", '"', ";", "&&", "-u", "root", "  ", "\t",
              '"' + "q" * 600, "lokalise2", "--token=abc", "|", "x'y\"z"]
    chosen = random.Random(1580)
    inside = 0
    for _ in range(400):
        line = " ".join(chosen.choice(pieces) for _ in range(chosen.randint(1, 40)))
        _command_lines._TokensMemo.last = None
        asked = sorted(chosen.sample(range(len(line) + 1), min(len(line) + 1, 8)))
        if chosen.random() < 0.3:
            chosen.shuffle(asked)
        for start in asked:
            most = chosen.choice((3, 16, 64))
            expected = afresh(line, start, most)
            got = _command_lines._tokens(line, start, most)
            assert got == expected, (line, start, most)
            assert [type(token) for token in got] == [type(token) for token in expected]
            inside += any(found.start() < start < found.end() for found in _command_lines._TOKEN.finditer(line))
    assert inside > 100  # many positions fell inside a token of the whole line's reading
    # A line of twelve commands is read once: the stream holds each token once.
    line = " ; ".join(f"lokalise2 --token $TOK{n}" for n in range(12))
    _command_lines._TokensMemo.last = None
    for found in re.finditer(r"lokalise2", line):
        _command_lines._tokens(line, found.end())
    assert _command_lines._TokensMemo.last is not None
    assert len(_command_lines._TokensMemo.last.texts) == len(afresh(line, len("lokalise2"), 1000))


# A minified bundle's line (the upload gate scans built artifacts): 100 KB of code, a command at its far end.
_MINIFIED = "var n=e.length,r=t[n]||{};" * 4000


@pytest.mark.parametrize(("command", "expected"), [
    # (a hint word: sshpass; a login's pattern, its tool before and its `login` after: docker, cf; zip's; Transifex's)
    ("sshpass -p 'Harbor!quince5521' ssh ops@10.0.0.5 uptime", ("sshpass's password option -p", "password", "Harbor!quince5521")),
    ("docker --config /etc/ci login -u ops -p Kestrel-Amber5519 registry.example.com",
     ("docker login's password option -p", "password", "Kestrel-Amber5519")),
    ("cf login -a https://api.example.com -u ops -p Kestrel-Amber5519", ("cf login's password option -p", "password", "Kestrel-Amber5519")),
    ("zip -r -P Kestrel-Amber5519 b.zip d/", ("zip's password option -P", "password", "Kestrel-Amber5519")),
    ("tx push -s --token 1/3f7a9c126be44d58a0e192c7d5b84e36", ("tx's password option --token", "password", "1/3f7a9c126be44d58a0e192c7d5b84e36")),
    ('1cv8.exe DESIGNER /F"C:/base" /N"admin" /P"Kestrel-Amber5519" /DumpIB x.dt',
     ("1C:Enterprise's /P password of user admin (its batch-mode command line)", "password", "Kestrel-Amber5519")),
])
def test_a_command_at_the_far_end_of_a_minified_line_is_read(command: str, expected: Tuple[str, str, str]) -> None:
    """The tool hint (one pass of the compiled scanner for its words, its patterns on a line holding their literal)
    and the 1C launch's lookahead find a command wherever the line holds it."""
    from secretfence.kinds import _command_lines

    assert expected in list(_command_lines.command_line_secrets([command], 0, False))
    assert expected in list(_command_lines.command_line_secrets([_MINIFIED + " " + command], 0, False))


@pytest.mark.parametrize(("command", "expected"), [
    ('echo "Kestrel-Amber5519" | gh secret set DEPLOY_KEY', ("a literal piped into gh secret set DEPLOY_KEY", "Kestrel-Amber5519")),
    ('gh secret set DEPLOY_KEY --body "Kestrel-Amber5519"', ("a secret given to a secret store", "Kestrel-Amber5519")),
])
def test_a_secret_stores_command_at_the_far_end_of_a_minified_line_is_read(command: str, expected: Tuple[str, str]) -> None:
    from secretfence.kinds import _command_lines

    for line in (command, _MINIFIED + "; " + command):
        assert expected in [(what, value) for _, what, _, value, _ in _command_lines.script_secrets([line], 0, False, "deploy.sh")]


def test_a_continued_commands_options_far_along_a_long_line_are_read_through_its_variable() -> None:
    # (continued_tool_options reads the tools command_line_secrets read on the same line: kept, not read again)
    from secretfence.kinds import _command_lines

    command = 'lokalise2 --token "$LOKALISE_TOKEN" file upload'
    for line in (command, _MINIFIED + " ; " + command):
        lines = ["export LOKALISE_TOKEN=9f3c2a71b8e64d05a1c7f2e9b4d6a803c5e1f7b2", line]
        list(_command_lines.command_line_secrets(lines, 1, False))
        found = [(offset, value) for offset, _, _, value, _ in _command_lines.continued_tool_options(lines, 1)]
        assert found == [(-1, "9f3c2a71b8e64d05a1c7f2e9b4d6a803c5e1f7b2")]


def test_a_lines_tools_are_those_read_afresh_however_its_readers_interleave() -> None:
    import random

    from secretfence.kinds import _command_lines

    pieces = ["docker", "login", "sshpass", "-p", "x", "cf", "oc", "/usr/bin/openssl", "'keytool'", ";", "check_http!", "net", "use"]
    chosen = random.Random(5917)
    for _ in range(200):
        line = " ".join(chosen.choice(pieces) for _ in range(chosen.randint(1, 120)))
        expected = list(_command_lines._read_tools(line))
        first, second = _command_lines._tools_on(line), _command_lines._tools_on(line)
        got_first, got_second = [], []
        for _ in range(len(expected) + 1):  # (the two readers take turns, each as far as it asks)
            for iterator, got in ((first, got_first), (second, got_second)):
                if chosen.random() < 0.7:
                    got.extend(itertools.islice(iterator, chosen.randint(0, 3)))
        got_first.extend(first)
        got_second.extend(second)
        assert got_first == expected == got_second
        assert list(_command_lines._tools_on(line + " ")) == list(_command_lines._read_tools(line + " "))


def test_the_1c_launch_led_by_its_modes_first_letters_names_every_one() -> None:
    import re

    from secretfence.kinds import _command_lines

    from tests.detectors.first_characters import lookahead_and_first_characters

    pattern = _command_lines._ONEC_LAUNCH
    lookahead, first = lookahead_and_first_characters(pattern.pattern, pattern.flags & re.IGNORECASE)
    assert first is not None and first <= lookahead
