"""Forms read after blind rounds T, V and W (kinds/_command_lines.py): Windows commands that take an
account's password (`net use`, `net user`, schtasks' `/RP`, psexec's `-p`, nssm's `ObjectName`), a
command's options continued on the next lines (`^`, `\\`, a backtick), Oracle's logons
(`sqlplus user/password@db`, SQL*Loader's `userid=`, RMAN's `target`, mkstore's credentials), sqlcmd's
`:setvar`, FTP client scripts (`user name password`, or the user's and the password's lines below
`open host` or JCL's `//INPUT DD *`), a JCL card's `PASSWORD=`, .curlrc's user, a literal piped into
(or given to) a command that stores a secret; PowerShell's history; `npm config set …:_authToken npm_…`
in a history. Each beside the decoys of its format (a reference, a prompt `*`, an option with no
value, `/nolog`, `/ as sysdba`, a JCL `&SYMBOL`). Every value here is generated."""
from __future__ import annotations

from typing import List, Tuple

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked


LITERAL = "Literal Credential"
TRUE_FORMS = [
    # Windows commands
    ("ops/map.cmd", "@echo off\nnet use Z: \\\\files02\\ledger Kestrel.Amber58 /user:ACME\\svc-ledger /persistent:no\n",
     2, "Kestrel.Amber58"),
    ("ops/map.bat", 'NET USE \\\\nas01\\backup "Tundra-Finch27" /USER:nas01\\backup\n', 1, "Tundra-Finch27"),
    ("ops/users.cmd", "net user deploy_bot Quill-Harbor64 /add /y\n", 1, "Quill-Harbor64"),
    ("ops/tasks.cmd", 'schtasks /Create /TN "Ledger\\Close" /TR "C:\\ledger\\close.exe" /SC DAILY /RU ACME\\svc /RP Orbit_Lantern19 /F\n',
     1, "Orbit_Lantern19"),
    ("ops/tasks.cmd", 'schtasks /create /tn "Nightly" /tr "C:\\job.exe" /sc daily ^\n    /ru ACME\\svc-job /rp Cobalt-Heron83 /rl highest\n',
     2, "Cobalt-Heron83"),
    ("ops/restart.cmd", "psexec \\\\app07 -u ACME\\ops -p Ember_Quarry42 -h net stop Spooler\n", 1, "Ember_Quarry42"),
    ("ops/restart.ps1", "& PsExec64.exe \\\\app07 -accepteula -u ACME\\ops -p 'Willow.Garnet71' cmd /c hostname\n",
     1, "Willow.Garnet71"),
    ("svc/install.cmd", 'nssm set LedgerSvc ObjectName ACME\\svc-ledger "Maple+Orchid95"\n', 1, "Maple+Orchid95"),
    ("svc/install.cmd", 'set NSSM=C:\\nssm.exe\n%NSSM% set LedgerSvc ObjectName .\\ledger Pebble-Sorrel36\n', 2, "Pebble-Sorrel36"),
    # a shell command continued with `\`
    ("ci/sign.sh", "keytool -importkeystore -srckeystore in.p12 \\\n  -srcstorepass Lattice-Quince48 \\\n  -destkeystore out.jks\n",
     2, "Lattice-Quince48"),
    # Oracle
    ("ops/refresh.sh", "sqlplus -s LEDGER/Garnet*Walnut29@PRODDB <<EOF\nexit\nEOF\n", 1, "Garnet*Walnut29"),
    ("ops/refresh.sh", "sqlplus -L scott/Tiger_Marble83@//db01.acme.local:1521/ORCLPDB @report.sql\n", 1, "Tiger_Marble83"),
    ("ops/load.sh", "sqlldr userid=loader/Sable-Kettle64@DWH control=orders.ctl log=orders.log\n", 1, "Sable-Kettle64"),
    ("ops/backup.sh", "rman target sys/Quartz_Fennel71@PROD catalog rcat/Lumen-Bramble25@RCAT\n", 1, "Lumen-Bramble25"),
    ("ops/backup.sh", "rman target sys/Quartz_Fennel71@PROD nocatalog\n", 1, "Quartz_Fennel71"),
    ("ops/wallet.sh", 'mkstore -wrl "$W" -createCredential DWH etl_user "Nimbus*Cedar17"\n', 1, "Nimbus*Cedar17"),
    ("ops/wallet.sh", "mkstore -wrl /u01/wallet -createEntry oracle.security.client.password1 Thistle-Rook82\n",
     1, "Thistle-Rook82"),
    # sqlcmd
    ("db/deploy.sql", ':setvar DbName "Ledger"\n:setvar LinkPassword "Falcon-Marsh46"\nGO\n', 2, "Falcon-Marsh46"),
    ("db/deploy.sql", ":setvar ApiToken Vq7Lm2Xz9Kt4Wr8Np3Hb\n", 1, "Vq7Lm2Xz9Kt4Wr8Np3Hb"),
    # FTP scripts
    ("jobs/pull.ftp", "open ftp.acme.local\nuser ledgerft Copper-Lynx39\nbinary\nget a.dat\nbye\n", 2, "Copper-Lynx39"),
    ("jobs/pull.ftp", "open 10.4.2.9 21\nledgerft\nK7QMZ2PA\nascii\nget a.dat\nquit\n", 3, "K7QMZ2PA"),
    ("jobs/push.sh", "ftp -inv mvs02.acme.local <<END\nuser XFER01 P4SSWRD9\nput out.dat 'PROD.OUT'\nbye\nEND\n", 2, "P4SSWRD9"),
    ("jobs/push.scr", "open mvs02.acme.local\nquote USER XFER01\nquote PASS Bramble-Kite73\nbye\n", 3, "Bramble-Kite73"),
    ("jcl/SENDFTP.jcl", "//STEP1 EXEC PGM=FTP\n//INPUT DD *\nlinux07.acme.local\nxferusr\nQW3RT8ZK\nput 'A.B' /tmp/b\nquit\n/*\n",
     5, "QW3RT8ZK"),
    ("jcl/NIGHT.jcl", "//NIGHT JOB (A1),'X',CLASS=A,\n//   USER=BATCH01,PASSWORD=ZX81QW7M\n//S1 EXEC PGM=IEFBR14\n",
     2, "ZX81QW7M"),
    # .curlrc
    ("home/.curlrc", "--silent\nuser = \"deploy:Moss-Lantern84\"\n", 2, "Moss-Lantern84"),
    ("home/.curlrc", "-u deploy:Harrow_Cinder62\n", 1, "Harrow_Cinder62"),
    ("home/_curlrc", "proxy-user: \"proxyuser:Saffron+Wick53\"\n", 1, "Saffron+Wick53"),
    # a literal piped into (or given to) a secret store
    ("ops/bootstrap.sh", "printf '%s' 'Zq8Lk2Vw9Xr4Tm7Bn1Pd6Hc3' | vercel env add STRIPE_SECRET_KEY production\n",
     1, "Zq8Lk2Vw9Xr4Tm7Bn1Pd6Hc3"),
    ("ops/.bash_history", "echo -n 'Amber!Glacier52' | gcloud secrets create db-main --data-file=-\n", 1, "Amber!Glacier52"),
    ("ops/secrets.sh", 'echo "Nectar-Pylon91x" | gh secret set DEPLOY_PASSWORD --repo acme/web\n', 1, "Nectar-Pylon91x"),
    ("ops/secrets.sh", "printf 'Tallow_Spire47' | docker secret create pg_password -\n", 1, "Tallow_Spire47"),
    ("ops/secrets.sh", 'echo "Kv9Lm2Qx7Zt4Wr8Np3Hb" | npx wrangler secret put API_TOKEN\n', 1, "Kv9Lm2Qx7Zt4Wr8Np3Hb"),
    ("ops/secrets.sh", 'gh secret set NPM_TOKEN --body "Mx8Qk2Vz9Lt4Wr7Np3Yb"\n', 1, "Mx8Qk2Vz9Lt4Wr7Np3Yb"),
    ("ops/secrets.sh", "aws secretsmanager create-secret --name prod/db --secret-string 'Ferrous-Aspen33'\n", 1, "Ferrous-Aspen33"),
    ("ops/secrets.sh", "az keyvault secret set --vault-name kv1 --name db --value 'Gannet_Slate68'\n", 1, "Gannet_Slate68"),
    ("ops/secrets.sh", "netlify env:set MAILGUN_API_KEY Wq8Lk2Zv9Xr4Tm7Bn1Pd\n", 1, "Wq8Lk2Zv9Xr4Tm7Bn1Pd"),
    # PowerShell's history
    ("AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt",
     'git pull\n$sec = ConvertTo-SecureString "Lagoon-Thimble83" -AsPlainText -Force\n', 2, "Lagoon-Thimble83"),
]
DECOYS = [
    ("ops/map.cmd", "net use \\\\files02\\ledger /user:ACME\\svc-ledger /persistent:no\nnet use Z: /delete /y\n"),
    ("ops/map.cmd", "net use Z: \\\\files02\\ledger * /user:ACME\\svc-ledger\nnet use \\\\files02\\ledger %LEDGER_PW% /user:ACME\\svc\n"),
    ("ops/map.cmd", "net use \\\\files02\\ledger > nul 2>&1\nnet user deploy_bot * /add\nnet user deploy_bot /domain\n"),
    ("ops/tasks.cmd", 'schtasks /create /tn "N" /tr "C:\\j.exe" /sc daily /ru ACME\\svc /rp /rl highest\n'
     'schtasks /create /tn "N" /tr "C:\\j.exe" /sc daily /ru ACME\\svc /rp * /f\nschtasks /create /tn N /ru SYSTEM /rp %PW% /f\n'),
    ("ops/restart.cmd", "psexec \\\\app07 -u ACME\\ops -h cmd /c hostname\npsexec \\\\app07 -u ACME\\ops -p %OPS_PW% cmd\n"),
    ("svc/install.cmd", "nssm set LedgerSvc ObjectName LocalSystem\nnssm set LedgerSvc ObjectName .\\ledger %SVC_PW%\n"
     "nssm set LedgerSvc AppDirectory D:\\Apps\\ledger\n"),
    ("ops/refresh.sh", "sqlplus /nolog @setup.sql\nsqlplus / as sysdba <<EOF\nEOF\nsqlplus -s /@LEDGER_WALLET @x.sql\n"),
    ("ops/refresh.sh", 'sqlplus -s "$DB_USER/$DB_PASS@$TNS" @x.sql\nsqlplus -s ${USR}/${PW}@db\nsqlplus ledger@PRODDB\n'),
    ("ops/backup.sh", "rman target / nocatalog\nrman target /@prod_wallet\nexpdp system directory=dp dumpfile=x.dmp\n"),
    ("ops/wallet.sh", 'mkstore -wrl "$W" -createCredential DWH etl_user\nmkstore -wrl "$W" -listCredential\n'
     'mkstore -wrl "$W" -createCredential DWH etl_user "$ETL_PW"\n'),
    ("db/deploy.sql", ':setvar DbName "Ledger"\n:setvar Password $(SQLCMDPASSWORD)\n:setvar LinkPassword ""\n'),
    ("jobs/pull.ftp", "open ftp.acme.local\nuser anonymous ops@acme.local\nbinary\nget a.dat\nbye\n"),
    ("jobs/pull.ftp", "open ftp.acme.local\nuser %FTPUSER% %FTPPASS%\nget a.dat\nbye\n"),
    ("jobs/pull.ftp", "open ftp.acme.local\nascii\nlcd D:\\in\nget a.dat\nbye\n"),
    ("jcl/SENDFTP.jcl", "//STEP1 EXEC PGM=FTP\n//INPUT DD DSN=SYS1.FTP.CMDS(SENDX),DISP=SHR\n//OUTPUT DD SYSOUT=*\n"),
    ("jcl/NIGHT.jcl", "//NIGHT JOB (A1),'X',CLASS=A,\n//   USER=&SYSUID,PASSWORD=&PW\n//* PASSWORD=CHANGEME in the old setup\n"),
    ("home/.curlrc", "--silent\nuser-agent = \"acme-cli/1.0\"\nuser = \"deploy\"\n-u \"$CURL_USER:$CURL_PASS\"\n"),
    ("ops/bootstrap.sh", "printf '%s' 'production' | vercel env add APP_ENV production\n"
     "printf '%s' \"https://eu1-otter-381.upstash.io\" | vercel env add UPSTASH_REDIS_REST_URL production\n"
     "printf '%s' \"$TOKEN\" | vercel env add API_TOKEN production\n"),
    ("ops/.bash_history", "gcloud secrets versions add db-main --data-file=./db.txt\necho -n \"$PW\" | gcloud secrets create db --data-file=-\n"),
    ("ops/secrets.sh", 'gh secret set NPM_TOKEN --body "$NPM_TOKEN"\ngh secret set NPM_TOKEN < token.txt\n'),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret"), TRUE_FORMS)
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    assert (line, LITERAL, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS)
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


@pytest.mark.parametrize("history", [
    ": 1700000000:0;npm config set //registry.npmjs.org/:_authToken npm_Qx7Lm2Vt9Rz4Kw8PnYb3Hc6Jd1Fg5As0Te2W\n",
    "npm config set '//npm.pkg.github.com/:_authToken' npm_Qx7Lm2Vt9Rz4Kw8PnYb3Hc6Jd1Fg5As0Te2W\n",
])
def test_an_npm_token_set_by_npm_config_in_a_history_blocks(engine: Engine, history: str) -> None:
    # (`:_authToken=` is detect-secrets' NpmDetector's; `:_authToken <token>` with a blank was nobody's)
    assert [(line, secret) for line, _, secret in _blocked(engine, ".zsh_history", history)] == [
        (1, "npm_Qx7Lm2Vt9Rz4Kw8PnYb3Hc6Jd1Fg5As0Te2W")]


def test_a_readme_s_piped_secret_stays_documentation(engine: Engine) -> None:
    text = "Set it once:\n\n    echo -n 'Amber!Glacier52' | gcloud secrets create db-main --data-file=-\n"
    assert _blocked(engine, "README.md", text) == []
