"""Real PostgreSQL and MariaDB servers on 127.0.0.1 for the database checks (Debian's packages).

Each server is started once per test session in a directory of its own under /tmp, with TLS
(a certificate from a throwaway CA, trusted by the tests through SSL_CERT_FILE) and one account
per authentication method. Under root (CI) the servers run as the packages' own users.
"""
from __future__ import annotations

import datetime
import glob
import ipaddress
import os
import pwd
import shutil
import subprocess
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterator, List, Optional

import pytest

from tests.system_packages import wait_for_background_packages
from tests.verify.conftest import free_port, wait_for_port

# Generated for these tests; no server outside a test run knows them.
# odd_user's password needs percent-encoding in a URI, escaping in libpq, and SASLprep (a no-break
# space is stored as a space).
POSTGRES_PASSWORDS = {"scram_user": "Scr4mPassw0rd9q", "md5_user": "Md5Passw0rd9xqZ", "clear_user": "Cl34rPassw0rd7w",
                      "odd_user": "P@ss w'rd%\u00e9\u00a0Zq9"}
MARIADB_PASSWORDS = {"native_user": "N4tivePassw0rd8", "ed_user": "Ed25519Passw0rd6"}


@dataclass
class Server:
    port: int
    ca_file: str  # the CA that signed the server's certificate (for SSL_CERT_FILE)
    passwords: Dict[str, str] = field(default_factory=dict)


def missing(what: str) -> None:
    """Fail in CI (scripts/test.sh installs the packages as root), skip elsewhere."""
    message = f"{what} is not installed (scripts/test.sh installs it as root)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def _service_user(name: str) -> Optional[str]:
    """The account a server runs as: its package's user under root, else the current user."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam(name)
    except KeyError:
        pytest.fail(f"running as root, but there is no {name!r} user to run the server as")
    return name


def _run(argv: List[str], user: Optional[str], stdin: str = "", cwd: Optional[Path] = None) -> None:
    result = subprocess.run(argv, input=stdin.encode(), capture_output=True, user=user, cwd=cwd, timeout=120)
    if result.returncode != 0:
        pytest.fail(f"{Path(argv[0]).name} failed: {result.stderr.decode(errors='replace')[-2000:]}")


def _certificates(directory: Path) -> None:
    """ca.crt, and server.crt/server.key for 127.0.0.1 signed by it."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.datetime.now(datetime.timezone.utc)

    def build(subject: str, issuer: x509.Name, public_key, signer, ca: bool) -> x509.Certificate:  # type: ignore[no-untyped-def]
        builder = (x509.CertificateBuilder()
                   .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
                   .issuer_name(issuer).public_key(public_key).serial_number(x509.random_serial_number())
                   .not_valid_before(now - datetime.timedelta(days=1)).not_valid_after(now + datetime.timedelta(days=2))
                   .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
        if ca:
            builder = builder.add_extension(x509.KeyUsage(
                digital_signature=True, content_commitment=False, key_encipherment=False, data_encipherment=False,
                key_agreement=False, key_cert_sign=True, crl_sign=True, encipher_only=False, decipher_only=False),
                critical=True)
            builder = builder.add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        else:
            builder = builder.add_extension(
                x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            builder = builder.add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]),
                                            critical=False)
        return builder.sign(signer, hashes.SHA256())

    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "secretfence test CA")])
    ca_cert = build("secretfence test CA", ca_name, ca_key.public_key(), ca_key, ca=True)
    server_key = ec.generate_private_key(ec.SECP256R1())
    server_cert = build("127.0.0.1", ca_name, server_key.public_key(), ca_key, ca=False)
    (directory / "ca.crt").write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    (directory / "server.crt").write_bytes(server_cert.public_bytes(serialization.Encoding.PEM))
    key_file = directory / "server.key"
    key_file.write_bytes(server_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                  serialization.NoEncryption()))
    key_file.chmod(0o600)


def _own(directory: Path, user: Optional[str]) -> None:
    if user is None:
        return
    entry = pwd.getpwnam(user)
    for path in [directory, *directory.rglob("*")]:
        os.chown(path, entry.pw_uid, entry.pw_gid)


@contextmanager
def _stopped_at_exit(argv: List[str], user: Optional[str], port: int, what: str) -> Iterator[None]:
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, user=user)
    try:
        wait_for_port(port, process, what, seconds=60)
        yield
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def postgres_server() -> Iterator[Server]:
    """PostgreSQL with a SCRAM-SHA-256, an MD5 and a cleartext-password account; TLS on."""
    wait_for_background_packages()
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/postgres"))
    binaries = Path(found[-1]).parent if found else None
    if binaries is None or not (binaries / "initdb").exists():
        missing("postgresql")
    assert binaries is not None
    user = _service_user("postgres")
    root = Path(tempfile.mkdtemp(prefix="secretfence-postgres-"))
    try:
        _certificates(root)
        _own(root, user)
        data = root / "data"
        _run([str(binaries / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8",
              "--locale=C"], user, cwd=root)
        (data / "pg_hba.conf").write_text(
            "local all all trust\n"
            "host all clear_user 127.0.0.1/32 password\n"
            "host all md5_user 127.0.0.1/32 md5\n"
            "host all all 127.0.0.1/32 scram-sha-256\n"
        )
        passwords = POSTGRES_PASSWORDS
        _run([str(binaries / "postgres"), "--single", "-D", str(data), "postgres"], user, cwd=root, stdin=(
            "SET password_encryption = 'scram-sha-256';\n"
            f"CREATE ROLE scram_user LOGIN PASSWORD '{passwords['scram_user']}';\n"
            f"CREATE ROLE clear_user LOGIN PASSWORD '{passwords['clear_user']}';\n"
            f"CREATE ROLE odd_user LOGIN PASSWORD '{passwords['odd_user'].replace(chr(39), chr(39) * 2)}';\n"
            "SET password_encryption = 'md5';\n"
            f"CREATE ROLE md5_user LOGIN PASSWORD '{passwords['md5_user']}';\n"
        ))
        port = free_port()
        argv = [str(binaries / "postgres"), "-D", str(data), "-p", str(port), "-k", str(root),
                "-c", "listen_addresses=127.0.0.1", "-c", "ssl=on", "-c", f"ssl_cert_file={root / 'server.crt'}",
                "-c", f"ssl_key_file={root / 'server.key'}", "-c", "fsync=off", "-c", "logging_collector=off"]
        with _stopped_at_exit(argv, user, port, "postgres"):
            yield Server(port, str(root / "ca.crt"), dict(passwords))
    finally:
        shutil.rmtree(root, ignore_errors=True)


@contextmanager
def mariadb_server() -> Iterator[Server]:
    """MariaDB with a mysql_native_password and an ed25519 account; TLS on."""
    wait_for_background_packages()
    server = shutil.which("mariadbd") or shutil.which("mariadbd", path="/usr/sbin:/usr/local/sbin")
    install = shutil.which("mariadb-install-db")
    if server is None or install is None:
        missing("mariadb-server")
    assert server is not None and install is not None
    user = _service_user("mysql")
    root = Path(tempfile.mkdtemp(prefix="secretfence-mariadb-"))
    try:
        _certificates(root)
        # Its own scratch directory: with /tmp shared, a bootstrap's temporary tables once vanished
        # under it in CI (error 1017, "Can't find file '/tmp/#sql-temptable-…'").
        scratch = root / "tmp"
        scratch.mkdir()
        _own(root, user)
        data = root / "data"
        as_user = ["--user=" + user] if user else []
        socket_user = "root" if user else pwd.getpwuid(os.geteuid()).pw_name  # may log in over the socket
        _run([install, "--no-defaults", f"--datadir={data}", "--auth-root-authentication-method=socket",
              f"--auth-root-socket-user={socket_user}", "--skip-test-db", f"--tmpdir={scratch}", *as_user], None, cwd=root)
        passwords = MARIADB_PASSWORDS
        port = free_port()
        socket_path = root / "mariadb.sock"
        argv = [server, "--no-defaults", f"--datadir={data}", f"--port={port}", "--bind-address=127.0.0.1",
                f"--socket={socket_path}", f"--tmpdir={scratch}", f"--pid-file={root / 'mariadb.pid'}", "--skip-name-resolve",
                f"--ssl-cert={root / 'server.crt'}", f"--ssl-key={root / 'server.key'}",
                f"--log-error={root / 'error.log'}", "--innodb-buffer-pool-size=16M", *as_user]
        with _stopped_at_exit(argv, None, port, "mariadbd"):
            client = shutil.which("mariadb") or shutil.which("mysql")
            if client is None:
                missing("mariadb-client")
            assert client is not None
            _run([client, "--no-defaults", f"--socket={socket_path}", "-u", "root"], None, cwd=root, stdin=(
                "INSTALL SONAME 'auth_ed25519';\n"
                f"CREATE USER 'native_user'@'127.0.0.1' IDENTIFIED VIA mysql_native_password "
                f"USING PASSWORD('{passwords['native_user']}');\n"
                f"CREATE USER 'ed_user'@'127.0.0.1' IDENTIFIED VIA ed25519 USING PASSWORD('{passwords['ed_user']}');\n"
            ))
            yield Server(port, str(root / "ca.crt"), dict(passwords))
    finally:
        shutil.rmtree(root, ignore_errors=True)
