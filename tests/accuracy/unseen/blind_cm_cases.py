"""Blind set CM: broadcasting, radio and TV stations.

Playout automation (Rivendell, LibreTime, AzuraCast, Zetta/WideOrbit databases), Icecast,
SHOUTcast and Liquidsoap streaming and their source encoders (DarkIce, BUTT, ezstream, ffmpeg),
RDS encoders and now-playing feeds, newsroom systems (MOS gateways, iNews, AP and Reuters feeds),
ad insertion and traffic/billing (Ad Manager, DAI, MediaTailor, AdsWizz, Triton, Revive),
podcast hosting APIs (Transistor, Buzzsprout, Podbean, Podcast Index, Apple Podcasts Connect),
OTT/HLS packaging, DRM and CDNs (Shaka Packager, Mux, Akamai, CloudFront, Fastly, Bunny),
live-streaming keys for YouTube, Twitch, Facebook, Kick and Restream (OBS, nginx-rtmp),
NDI/SRT/RIST contribution links and codecs, and transmitter remote control and alerting
(SNMP, telnet, site VPNs, Telegraf), with their decoys. Generated fakes only (seeds 840000-849999).
"""
from __future__ import annotations

import base64
import random
import re
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
LOWNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"
_SEED = [840000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 850000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 850000
    return _SEED[0]


WORDS = ["Kestrel", "Transmit", "Antenna", "Studio", "Jingle", "Falcon", "Medium", "Wave", "Tower", "Carrier",
         "Harbor", "Sunset", "Beacon", "Copper", "Vinyl", "Needle", "Summit", "Fader", "Marconi", "Echo"]
LOWER = ["fader", "jingle", "morning", "vinyl", "carrier", "pylon", "mixer", "sweeper", "bulletin", "splice",
         "onair", "drivetime", "cart", "static", "uplink", "weather"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def human_pw() -> str:
    r = _rng()
    w = r.choice(LOWER)
    return w.capitalize() + str(r.randint(1, 99)) + r.choice("!?#.") + r.choice(["fm", "FM", "Radio", "TV", "am"])


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def drawn(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(n: int) -> str:
    return drawn(n, HEX)


def b64_bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def yt_key() -> str:
    return "-".join(drawn(4, LOWNUM) for _ in range(5))


def twitch_key() -> str:
    r = _rng()
    return f"live_{r.randint(10**7, 10**9)}_" + "".join(r.choice(ALNUM) for _ in range(30))


def fb_key() -> str:
    r = _rng()
    return f"FB-{r.randint(10**14, 10**16)}-0-Ab" + "".join(r.choice(ALNUM + "_-") for _ in range(26))


def google_api_key() -> str:
    return "AIza" + drawn(35, URLSAFE)


def google_client_secret() -> str:
    return "GOCSPX-" + drawn(28, URLSAFE)


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(URLSAFE) for _ in range(68)))


def jwt() -> str:
    r = _rng()
    header = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(
        ('{"sub":"%s","iat":%d,"scope":"api"}' % (fakes.uuid4(_seed()), r.randint(1_690_000_000, 1_720_000_000))).encode()
    ).decode().rstrip("=")
    sig = "".join(r.choice(URLSAFE) for _ in range(43))
    return f"{header}.{body}.{sig}"


def pem_body(lines: int = 6, first: str = "") -> str:
    r = _rng()
    rows = []
    for i in range(lines):
        row = "".join(r.choice(B64) for _ in range(64))
        if i == 0 and first:
            row = first + row[len(first):]
        rows.append(row)
    pad = r.choice([0, 0, 1, 2])
    last = "".join(r.choice(B64) for _ in range(r.randint(5, 15) * 4 - pad)) + "=" * pad
    return "\n".join(rows + [last])


def rsa_pem() -> str:
    return fakes.fake_pem(_seed(), "RSA")


def pkcs8_pem(lines: int = 8) -> str:
    return "-----BEGIN PRIVATE KEY-----\n" + pem_body(lines, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC") + "\n-----END PRIVATE KEY-----"


def ec_p8() -> str:
    body = "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg" + drawn(16, B64)
    return ("-----BEGIN PRIVATE KEY-----\n" + body + "\n" + drawn(64, B64) + "\n" + drawn(56, B64)
            + "\n-----END PRIVATE KEY-----")


def openssh_key() -> str:
    return ("-----BEGIN OPENSSH PRIVATE KEY-----\n" + pem_body(5, "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW")
            + "\n-----END OPENSSH PRIVATE KEY-----")


def cert_pem() -> str:
    return "-----BEGIN CERTIFICATE-----\n" + pem_body(9, "MIIDdzCCAl+gAwIBAgIU") + "\n-----END CERTIFICATE-----"


def public_key_pem() -> str:
    return "-----BEGIN PUBLIC KEY-----\n" + pem_body(5, "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA") + "\n-----END PUBLIC KEY-----"


def ssh_pub(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + drawn(43, B64) + " " + comment


def bcrypt_hash() -> str:
    return "$2y$12$" + drawn(53, ALNUM + "./")


CASES: List[LabelledCase] = []
_MARK = re.compile(r"<%([a-z0-9_]+)%>")


def add(category: str, file_name: str, template: str, secret: Optional[str], source: str, **values: str) -> None:
    text = template[1:] if template.startswith("\n") else template
    for key, value in values.items():
        text = text.replace(f"<%{key}%>", value)
    assert not _MARK.search(text), (file_name, _MARK.search(text))
    CASES.append(LabelledCase(category, file_name, text, secret, source))


# ---------------------------------------------------------------- Icecast, SHOUTcast, Liquidsoap, encoders

pw = words_pw()
add("blind-cm/xml/icecast-source-password", "streaming/icecast/icecast.xml", r"""
<icecast>
    <location>Kestrel FM, rack 2, Leeds</location>
    <admin>engineering@kestrelfm.co.uk</admin>
    <hostname>stream.kestrelfm.co.uk</hostname>

    <limits>
        <clients>1200</clients>
        <sources>6</sources>
        <queue-size>524288</queue-size>
        <client-timeout>30</client-timeout>
        <header-timeout>15</header-timeout>
        <source-timeout>10</source-timeout>
        <burst-on-connect>1</burst-on-connect>
        <burst-size>65535</burst-size>
    </limits>

    <authentication>
        <!-- Sources log in with username 'source' -->
        <source-password><%pw%></source-password>
        <!-- admin UI is only reachable through the VPN, login via nginx basic auth -->
    </authentication>

    <listen-socket>
        <port>8000</port>
    </listen-socket>

    <fileserve>1</fileserve>
    <paths>
        <basedir>/usr/share/icecast2</basedir>
        <logdir>/var/log/icecast2</logdir>
        <webroot>/usr/share/icecast2/web</webroot>
        <adminroot>/usr/share/icecast2/admin</adminroot>
        <alias source="/" destination="/status.xsl"/>
    </paths>

    <logging>
        <accesslog>access.log</accesslog>
        <errorlog>error.log</errorlog>
        <loglevel>3</loglevel>
        <logsize>10000</logsize>
    </logging>
</icecast>
""", pw, "Icecast 2.4 documentation, config-file.html (authentication section)", pw=pw)

pw = rand_pw(16)
add("blind-cm/xml/icecast-mount-password", "ansible/roles/icecast/files/icecast-mounts.xml", r"""
<icecast>
    <!-- per-mount credentials so the studio encoder can only feed /live -->
    <mount type="normal">
        <mount-name>/live.mp3</mount-name>
        <username>studio-a</username>
        <password><%pw%></password>
        <max-listeners>900</max-listeners>
        <fallback-mount>/autodj.mp3</fallback-mount>
        <fallback-override>1</fallback-override>
        <public>1</public>
        <stream-name>Radio Verde 97.3</stream-name>
        <stream-description>Live from the Verde studios</stream-description>
        <stream-url>https://radioverde.org</stream-url>
        <genre>Community</genre>
        <bitrate>128</bitrate>
        <type>audio/mpeg</type>
        <hidden>0</hidden>
    </mount>
    <mount type="normal">
        <mount-name>/autodj.mp3</mount-name>
        <hidden>1</hidden>
    </mount>
</icecast>
""", pw, "Icecast 2.4 documentation, config-file.html (mount section)", pw=pw)

pw = human_pw()
add("blind-cm/xml/icecast-admin-password", "docker/icecast/icecast.xml", r"""
<icecast>
    <location>Docker</location>
    <admin>it@campusradio.edu</admin>
    <limits>
        <clients>250</clients>
        <sources>3</sources>
    </limits>
    <authentication>
        <admin-user>admin</admin-user>
        <admin-password><%pw%></admin-password>
    </authentication>
    <listen-socket>
        <port>8000</port>
    </listen-socket>
    <paths>
        <logdir>/var/log/icecast</logdir>
        <webroot>/usr/share/icecast/web</webroot>
        <adminroot>/usr/share/icecast/admin</adminroot>
    </paths>
    <security>
        <chroot>0</chroot>
        <changeowner>
            <user>icecast</user>
            <group>icecast</group>
        </changeowner>
    </security>
</icecast>
""", pw, "Icecast 2.4 documentation, config-file.html (authentication section)", pw=pw)

pw = rand_pw(24)
add("blind-cm/xml/icecast-relay-password", "relays/edge-ams1/icecast.xml", r"""
<icecast>
    <hostname>edge-ams1.stream.nordwelle.de</hostname>
    <limits>
        <clients>5000</clients>
        <sources>20</sources>
    </limits>
    <!-- slave: pull every mount from the master every 120 s -->
    <master-server>master.stream.nordwelle.de</master-server>
    <master-server-port>8000</master-server-port>
    <master-update-interval>120</master-update-interval>
    <master-username>relay</master-username>
    <master-password><%pw%></master-password>
    <relays-on-demand>1</relays-on-demand>
    <listen-socket>
        <port>8000</port>
    </listen-socket>
    <paths>
        <logdir>/var/log/icecast2</logdir>
        <webroot>/usr/share/icecast2/web</webroot>
        <adminroot>/usr/share/icecast2/admin</adminroot>
    </paths>
</icecast>
""", pw, "Icecast 2.4 documentation, relaying.html (master-slave relay)", pw=pw)

add("blind-cm/xml/decoy-default-hackme", "third_party/icecast/icecast.xml.dist", r"""
<icecast>
    <!-- Copied unchanged from the icecast2 package; the role renders the real one from
         templates/icecast.xml.j2 with credentials from the vault. -->
    <location>Earth</location>
    <admin>icemaster@localhost</admin>
    <limits>
        <clients>100</clients>
        <sources>2</sources>
    </limits>
    <authentication>
        <!-- Sources log in with username 'source' -->
        <source-password>hackme</source-password>
        <!-- Relays log in with username 'relay' -->
        <relay-password>hackme</relay-password>

        <!-- Admin logs in with the username given below -->
        <admin-user>admin</admin-user>
        <admin-password>hackme</admin-password>
    </authentication>
    <hostname>localhost</hostname>
    <listen-socket>
        <port>8000</port>
    </listen-socket>
</icecast>
""", None, "Icecast 2.4 sample icecast.xml as distributed (default 'hackme' passwords)")

add("blind-cm/jinja/decoy-template", "ansible/roles/icecast/templates/icecast.xml.j2", r"""
<icecast>
    <location>{{ icecast_location }}</location>
    <admin>{{ icecast_admin_email }}</admin>
    <hostname>{{ inventory_hostname }}</hostname>
    <limits>
        <clients>{{ icecast_max_clients | default(500) }}</clients>
        <sources>{{ icecast_max_sources | default(4) }}</sources>
    </limits>
    <authentication>
        <source-password>{{ vault_icecast_source_password }}</source-password>
        <relay-password>{{ vault_icecast_relay_password }}</relay-password>
        <admin-user>admin</admin-user>
        <admin-password>{{ vault_icecast_admin_password }}</admin-password>
    </authentication>
    <listen-socket>
        <port>{{ icecast_port }}</port>
    </listen-socket>
{% for m in icecast_mounts %}
    <mount type="normal">
        <mount-name>{{ m.name }}</mount-name>
        <fallback-mount>{{ m.fallback | default('/autodj.mp3') }}</fallback-mount>
    </mount>
{% endfor %}
</icecast>
""", None, "Ansible docs, template module; Icecast config-file.html")

pw = rand_pw(14)
add("blind-cm/conf/shoutcast-stream-password", "servers/dnas/sc_serv.conf", r"""
; SHOUTcast DNAS 2.6.1 - Sunset Radio
; adminpassword lives only on the box (/etc/sc_serv.d/admin.conf, included below)
logfile=logs/sc_serv.log
w3clog=logs/sc_w3c.log
banfile=control/sc_serv.ban
ripfile=control/sc_serv.rip
portbase=8000
publicserver=always
maxuser=400
include=/etc/sc_serv.d/admin.conf

streamid_1=1
streampath_1=/stream
streammaxuser_1=350
streampassword_1=<%pw%>
streamtitle_1=Sunset Radio 103.9
streamurl_1=https://sunsetradio.co.za

streamid_2=2
streampath_2=/aac
streammaxuser_2=50
""", pw, "SHOUTcast DNAS 2 Server configuration builder / sc_serv.conf documentation", pw=pw)

pw = words_pw()
add("blind-cm/liquidsoap/icecast-output", "playout/radio.liq", r"""
#!/usr/bin/liquidsoap
# Kestrel FM - automation + live switch
settings.log.file.path := "/var/log/liquidsoap/radio.log"
settings.server.telnet := true

music   = playlist(reload_mode="watch", "/srv/music/rotation.m3u")
jingles = playlist("/srv/music/jingles")
radio   = rotate(weights=[1, 4], [jingles, music])
radio   = crossfade(radio)

live = input.harbor("live", port=8005, password=environment.get("HARBOR_PASSWORD"))
radio = fallback(track_sensitive=false, [live, radio, single("/srv/music/emergency.mp3")])

output.icecast(
  %mp3(bitrate=128, samplerate=44100),
  host="icecast.internal",
  port=8000,
  password="<%pw%>",
  mount="/kestrel-128.mp3",
  name="Kestrel FM",
  description="Independent radio for West Yorkshire",
  radio
)
""", pw, "Liquidsoap 2.x documentation, output.icecast and input.harbor", pw=pw)

pw = rand_pw(18)
add("blind-cm/liquidsoap/harbor-password", "liquidsoap/live-input.liq", r"""
# Live DJ input: BUTT / Mixxx connect to harbor on 8005, mount /dj
settings.harbor.bind_addrs := ["0.0.0.0"]

def on_connect(headers)
  log.important("DJ connected: #{list.assoc(default="?", "User-Agent", headers)}")
end

dj = input.harbor(
  "dj",
  port=8005,
  user="dj",
  password="<%pw%>",
  on_connect=on_connect,
  buffer=8.
)

dj = amplify(1.2, dj)
""", pw, "Liquidsoap documentation, harbor.html (input.harbor user/password)", pw=pw)

add("blind-cm/liquidsoap/decoy-env-ref", "liquidsoap/outputs.liq", r"""
# Outputs for the three Icecast mounts. Credentials come from the systemd
# EnvironmentFile (/etc/default/liquidsoap) which is not in git.
icecast_host = environment.get(default="127.0.0.1", "ICECAST_HOST")
icecast_pass = environment.get("ICECAST_SOURCE_PASSWORD")

if icecast_pass == "" then
  log.severe("ICECAST_SOURCE_PASSWORD is empty, refusing to start")
  shutdown()
end

def out(enc, mount, s) =
  output.icecast(enc, host=icecast_host, port=8000, password=icecast_pass, mount=mount, s)
end

out(%mp3(bitrate=128), "/main.mp3", radio)
out(%fdkaac(bitrate=64, aot="mpeg4_he_aac_v2"), "/main.aac", radio)
out(%ogg(%vorbis(quality=0.4)), "/main.ogg", radio)
""", None, "Liquidsoap 2.x documentation, environment.get")

pw = human_pw()
add("blind-cm/ini/darkice-password", "studio/encoders/darkice-backup.cfg", r"""
# DarkIce config for the backup encoder (Pi 4 + Behringer UCA202)
[general]
duration        = 0
bufferSecs      = 5
reconnect       = yes
realtime        = yes
rtprio          = 3

[input]
device          = hw:1,0
sampleRate      = 48000
bitsPerSample   = 16
channel         = 2

[icecast2-0]
bitrateMode     = cbr
format          = mp3
bitrate         = 192
server          = stream.kestrelfm.co.uk
port            = 8000
password        = <%pw%>
mountPoint      = backup.mp3
name            = Kestrel FM (backup encoder)
description     = Studio B backup feed
url             = https://kestrelfm.co.uk
genre           = Variety
public          = no
""", pw, "DarkIce darkice.cfg(5) manual page", pw=pw)

add("blind-cm/ini/decoy-placeholder", "studio/encoders/darkice.cfg.example", r"""
# Copy to /etc/darkice.cfg and fill in the source password from 1Password
# ("Icecast - source"). Do NOT commit the filled-in file.
[general]
duration        = 0
bufferSecs      = 5
reconnect       = yes

[input]
device          = hw:1,0
sampleRate      = 48000
bitsPerSample   = 16
channel         = 2

[icecast2-0]
bitrateMode     = cbr
format          = mp3
bitrate         = 192
server          = stream.example.org
port            = 8000
password        = CHANGE_ME
mountPoint      = live.mp3
name            = My Station
""", None, "DarkIce darkice.cfg(5) manual page")

pw = rand_pw(12)
add("blind-cm/xml/ezstream-password", "overnight/ezstream.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!-- Overnight sustainer: loops the pre-recorded shows into /overnight.ogg -->
<ezstream>
  <servers>
    <server>
      <name>default</name>
      <protocol>HTTP</protocol>
      <hostname>127.0.0.1</hostname>
      <port>8000</port>
      <user>source</user>
      <password><%pw%></password>
    </server>
  </servers>
  <streams>
    <stream>
      <mountpoint>/overnight.ogg</mountpoint>
      <format>Ogg</format>
      <stream_name>Radio Verde overnight</stream_name>
      <stream_public>No</stream_public>
    </stream>
  </streams>
  <intakes>
    <intake>
      <type>playlist</type>
      <filename>/srv/overnight/playlist.m3u</filename>
      <shuffle>Yes</shuffle>
      <stream_once>No</stream_once>
    </intake>
  </intakes>
</ezstream>
""", pw, "ezstream(1) manual, XML configuration file format (ezstream 1.0)", pw=pw)

pw = rand_pw(20)
add("blind-cm/shell/icecast-url-password", "scripts/stream-backup-file.sh", r"""
#!/usr/bin/env bash
# Plays the emergency carrier file to Icecast when the studio link is down.
# Started by the silence detector (see monitoring/silence.py).
set -euo pipefail

FILE=/srv/emergency/carrier-loop.mp3
MOUNT=/live.mp3

exec ffmpeg -hide_banner -loglevel warning \
  -re -stream_loop -1 -i "$FILE" \
  -c:a libmp3lame -b:a 128k -ar 44100 \
  -content_type audio/mpeg \
  -ice_name "Radio Verde (emergency)" \
  -f mp3 "icecast://source:<%pw%>@stream.radioverde.org:8000${MOUNT}"
""", pw, "FFmpeg protocols documentation, icecast", pw=pw)

pw = words_pw()
add("blind-cm/python/icecast-shout-password", "tools/push_jingle.py", r"""
#!/usr/bin/env python3
# Push a single file to an Icecast mount using python-shout (libshout bindings).
import sys

import shout

s = shout.Shout()
s.host = "icecast.studio.lan"
s.port = 8000
s.user = "source"
s.password = "<%pw%>"
s.mount = "/test.ogg"
s.format = "ogg"
s.name = "Jingle test"
s.open()

with open(sys.argv[1], "rb") as f:
    chunk = f.read(4096)
    while chunk:
        s.send(chunk)
        s.sync()
        chunk = f.read(4096)
s.close()
""", pw, "python-shout README (libshout bindings)", pw=pw)

pw = human_pw()
add("blind-cm/ini/butt-password", "dj-kit/butt/buttrc", r"""
[main]
bg_color = 252645135
txt_color = -256
server = Verde Live
srv_ent = Verde Live;
icy = Verde;
icy_ent = Verde;
num_of_srv = 1
num_of_icy = 1
song_update = 1
song_path = C:\Users\studio\nowplaying.txt
connect_at_startup = 0

[Verde Live]
address = stream.radioverde.org
port = 8005
password = <%pw%>
type = 1
tls = 0
mount = dj
usr = dj

[Verde]
pub = 0
description = Radio Verde live show
genre = Community
url = https://radioverde.org
""", pw, "BUTT (broadcast using this tool) manual, configuration file", pw=pw)

pw = rand_pw(16)
add("blind-cm/systemd/gstreamer-shout2send", "deploy/systemd/webcam-audio.service", r"""
[Unit]
Description=Studio webcam audio to Icecast (gstreamer)
After=network-online.target sound.target
Wants=network-online.target

[Service]
User=stream
ExecStart=/usr/bin/gst-launch-1.0 -q alsasrc device=hw:2 ! audioconvert ! audioresample ! \
    vorbisenc quality=0.4 ! oggmux ! \
    shout2send ip=icecast.studio.lan port=8000 mount=/webcam.ogg username=source password=<%pw%>
Restart=always
RestartSec=5

[Install]
WantedBy=multi-user.target
""", pw, "GStreamer shout2send element documentation", pw=pw)

pw = rand_pw(22)
add("blind-cm/yaml/libretime-db-password", "libretime/config.yml", r"""
# LibreTime 3.x config for studio.radioverde.org
# api_key and secret_key are set with LIBRETIME_GENERAL_API_KEY / _SECRET_KEY in
# /etc/libretime/env (ansible vault), not here.
general:
  public_url: https://studio.radioverde.org
  timezone: America/Mexico_City
  cache_ahead_hours: 1

database:
  host: localhost
  port: 5432
  name: libretime
  user: libretime
  password: <%pw%>

rabbitmq:
  host: localhost
  port: 5672
  vhost: /libretime
  user: libretime

playout:
  record_bitrate: 256
  record_samplerate: 44100
  record_channels: 2
""", pw, "LibreTime documentation, configuration (config.yml reference)", pw=pw)

pw = words_pw()
add("blind-cm/yaml/libretime-source-password", "libretime/config.stream.yml", r"""
stream:
  inputs:
    main:
      public_url:
      mount: main
      port: 8001
    show:
      mount: show
      port: 8002

  outputs:
    icecast:
      - enabled: true
        public_url: https://stream.radioverde.org/main
        host: icecast
        port: 8000
        mount: main
        source_user: source
        source_password: "<%pw%>"
        admin_user: admin
        audio:
          format: ogg
          bitrate: 256
        name: Radio Verde
        website: https://radioverde.org
""", pw, "LibreTime documentation, configuration (stream.outputs.icecast)", pw=pw)

add("blind-cm/yaml/decoy-placeholder", "libretime/config.template.yml", r"""
# Template shipped with LibreTime (installer/config.yml). Values marked
# "change_me" must be replaced by the install script.
general:
  public_url: https://radio.example.org
  api_key: some_secret_api_key
  secret_key: some_secret_key

database:
  host: localhost
  port: 5432
  name: libretime
  user: libretime
  password: libretime

rabbitmq:
  host: localhost
  port: 5672
  vhost: /libretime
  user: libretime
  password: libretime

stream:
  outputs:
    icecast:
      - enabled: true
        mount: main
        source_password: hackme
        admin_password: hackme
""", None, "LibreTime installer/config.yml template (documented defaults)")

add("blind-cm/env/decoy-default", "azuracast/azuracast.sample.env", r"""
# AzuraCast customization
# This file is the upstream sample (azuracast.sample.env); the live copy on the
# server is generated by docker.sh setup-release and never committed.

APPLICATION_ENV=production
COMPOSER_PLUGIN_MODE=false
AUTO_ASSIGN_PORT_MIN=8000
AUTO_ASSIGN_PORT_MAX=8499
SHOW_DETAILED_ERRORS=false

MYSQL_HOST=localhost
MYSQL_PORT=3306
MYSQL_USER=azuracast
MYSQL_PASSWORD=azur4c457
MYSQL_DATABASE=azuracast
MYSQL_SLOW_QUERY_LOG=0
MYSQL_MAX_CONNECTIONS=100

ENABLE_REDIS=true
REDIS_HOST=localhost
REDIS_PORT=6379
""", None, "AzuraCast azuracast.sample.env (documented sample defaults)")

pw = rand_pw(24)
add("blind-cm/docker-compose/azuracast-mysql", "azuracast/docker-compose.override.yml", r"""
# Local overrides for the AzuraCast stack on radio-01.
services:
  web:
    environment:
      MYSQL_HOST: db.internal
      MYSQL_PORT: 3306
      MYSQL_USER: azuracast
      MYSQL_PASSWORD: "<%pw%>"
      MYSQL_DATABASE: azuracast
      ENABLE_REDIS: "true"
    ports:
      - "80:80"
      - "443:443"
      - "2022:2022"
      - "8000-8100:8000-8100"
    volumes:
      - /srv/music:/var/azuracast/stations/kestrel/media:ro
""", pw, "AzuraCast documentation, docker-compose.override.yml customisation", pw=pw)

pw = human_pw()
add("blind-cm/conf/rivendell-mysql", "rivendell/rd.conf", r"""
; /etc/rd.conf - Rivendell 4 configuration for ON-AIR-1
[Identity]
AudioOwner=rivendell
AudioGroup=rivendell
PypadOwner=pypad
PypadGroup=pypad
RnRmlOwner=rivendell
RnRmlGroup=rivendell
SyslogFacility=23

[mySQL]
Hostname=rddb.studio.lan
Loginname=rduser
Password=<%pw%>
Database=Rivendell
Driver=QMYSQL3
HeartbeatInterval=360
Engine=InnoDB

[AudioStore]
MountSource=rdstore.studio.lan:/var/snd
MountType=nfs
MountOptions=defaults

[Alsa]
PeriodQuantity=4
PeriodSize=1024
""", pw, "Rivendell rd.conf-sample and Rivendell Operations Guide", pw=pw)

add("blind-cm/conf/decoy-default", "rivendell/rd.conf-sample", r"""
; rd.conf-sample as shipped with Rivendell (conf/rd.conf-sample)
; Copy to /etc/rd.conf and adjust; the studio copies are managed by ansible.
[Identity]
AudioOwner=rivendell
AudioGroup=rivendell

[mySQL]
Hostname=localhost
Loginname=rduser
Password=letmein
Database=Rivendell
Driver=QMYSQL3
HeartbeatInterval=360

[AudioStore]
MountSource=
MountType=
MountOptions=defaults
""", None, "Rivendell conf/rd.conf-sample (documented sample values)")

pw = rand_pw(16)
add("blind-cm/conf/pypad-icecast", "rivendell/pypad/pypad_icecast2.conf", r"""
; PyPAD Icecast2 metadata updater - Rivendell log machine 1 -> /live.mp3
; Based on pypad_icecast2.exemplar
[Icecast1]
Hostname=stream.kestrelfm.co.uk
Tcpport=8000
Mountpoint=/live.mp3
Username=admin
Password=<%pw%>
FormatString=%a - %t
MasterLog=Yes
Aux1Log=No
Aux2Log=No
VLog101=No

[NowGroups]
Group1=MUSIC
Group2=
""", pw, "Rivendell PyPAD pypad_icecast2.exemplar", pw=pw)

add("blind-cm/htpasswd/decoy-hash", "streaming/icecast/listeners.htpasswd", r"""
# Icecast htpasswd listener auth for /members.mp3 (auth type="htpasswd")
# Managed through the admin UI (manageauth.xsl); entries are user:md5(password)
sponsor-bakery:5f2b51ca2fdc5baa31ec02e002f69aec
sponsor-garage:8e4f7c2b1b0b3f1f53a6c0d2fb5b9a47
board-chair:c3a1e7b0f2d94e6a8b7c5d3e1f0a9b8c
engineer:0c8f1c7e6b3a2d9f4e5b6a7c8d9e0f1a
pressroom:9b1d5e7f3a2c4b6d8e0f1a3c5e7b9d1f
""", None, "Icecast 2.4 documentation, auth.html (htpasswd listener authentication)")

add("blind-cm/docker-compose/decoy-env-ref", "streaming/docker-compose.yml", r"""
services:
  icecast:
    image: libretime/icecast:2.4.4
    restart: unless-stopped
    ports:
      - "8000:8000"
    environment:
      ICECAST_SOURCE_PASSWORD: ${ICECAST_SOURCE_PASSWORD:?set it in .env}
      ICECAST_ADMIN_PASSWORD: ${ICECAST_ADMIN_PASSWORD:?set it in .env}
      ICECAST_RELAY_PASSWORD: ${ICECAST_RELAY_PASSWORD:?set it in .env}
      ICECAST_MAX_SOURCES: 6

  liquidsoap:
    image: savonet/liquidsoap:v2.2.5
    command: ["/etc/liquidsoap/radio.liq"]
    depends_on: [icecast]
    environment:
      ICECAST_HOST: icecast
      ICECAST_SOURCE_PASSWORD: ${ICECAST_SOURCE_PASSWORD}
      HARBOR_PASSWORD: ${HARBOR_PASSWORD}
    volumes:
      - ./liquidsoap:/etc/liquidsoap:ro
      - /srv/music:/srv/music:ro
""", None, "Docker Compose documentation, interpolation (required variables)")

pw = rand_pw(18)
add("blind-cm/crontab/icecast-admin-metadata", "ops/crontab.stream", r"""
# m h dom mon dow command
# push the station ident as stream title every 15 min while automation is idle
*/15 * * * * /usr/local/bin/idle-check && curl -fsS -u admin:<%pw%> "http://127.0.0.1:8000/admin/metadata?mount=/live.mp3&mode=updinfo&song=Kestrel+FM+-+Leeds+Independent+Radio" >/dev/null
# rotate the listener stats export
5 0 * * * /usr/local/bin/export-icecast-stats --out /srv/stats/$(date +\%F).json
# weekly restart of the relay to pick up new mounts
30 4 * * 1 systemctl restart icecast2
""", pw, "Icecast 2.4 documentation, admin-interface.html (metadata update)", pw=pw)

# ---------------------------------------------------------------- live-streaming keys, OBS, nginx-rtmp

key = yt_key()
add("blind-cm/json/youtube-stream-key", "studio-pc/obs/basic/profiles/Sunday_Service/service.json", r"""
{
    "settings": {
        "bwtest": false,
        "key": "<%key%>",
        "server": "rtmps://a.rtmps.youtube.com:443/live2",
        "service": "YouTube - RTMPS",
        "stream_key_link": "https://www.youtube.com/live_dashboard"
    },
    "type": "rtmp_common"
}
""", key, "OBS Studio profile service.json (rtmp_common service settings)", key=key)

add("blind-cm/json/decoy-empty-key", "studio-pc/obs/basic/profiles/Rehearsal/service.json", r"""
{
    "settings": {
        "bwtest": true,
        "key": "",
        "server": "rtmp://ingest.studio.lan/live",
        "service": "Custom",
        "use_auth": false,
        "username": "",
        "password": ""
    },
    "type": "rtmp_custom"
}
""", None, "OBS Studio profile service.json (rtmp_custom, empty key)")

pw = rand_pw(16)
add("blind-cm/json/rtmp-auth-password", "studio-pc/obs/basic/profiles/Newsroom_Feed/service.json", r"""
{
    "settings": {
        "bwtest": false,
        "key": "newsroom-cam2",
        "server": "rtmp://ingest.kestreltv.co.uk/contrib",
        "use_auth": true,
        "username": "obs-newsroom",
        "password": "<%pw%>"
    },
    "type": "rtmp_custom"
}
""", pw, "OBS Studio profile service.json (rtmp_custom with use_auth)", pw=pw)

key = yt_key()
add("blind-cm/shell/youtube-stream-key", "scripts/simulcast-youtube.sh", r"""
#!/bin/bash
# Simulcast the studio vision-mix output (NDI -> ffmpeg) to the YouTube channel.
# Run on the streaming PC in the gallery.
INPUT="srt://127.0.0.1:9000?mode=listener&latency=200000"
YT_URL="rtmp://a.rtmp.youtube.com/live2"
YT_KEY="<%key%>"

ffmpeg -hide_banner -i "$INPUT" \
  -c:v libx264 -preset veryfast -b:v 4500k -maxrate 4500k -bufsize 9000k \
  -pix_fmt yuv420p -g 50 -keyint_min 50 \
  -c:a aac -b:a 160k -ar 48000 \
  -f flv "$YT_URL/$YT_KEY"
""", key, "YouTube Help, Live encoder settings (RTMP ingest URL and stream key)", key=key)

key = twitch_key()
add("blind-cm/nginx/twitch-stream-key", "restream/nginx-rtmp.conf", r"""
# nginx-rtmp: OBS pushes once to rtmp://restream.lan/live/studio, we fan out.
rtmp {
    server {
        listen 1935;
        chunk_size 4096;

        application live {
            live on;
            record off;
            allow publish 10.20.0.0/16;
            deny publish all;

            # Twitch (EU West ingest)
            push rtmp://lhr03.contribute.live-video.net/app/<%key%>;
            # Facebook goes through stunnel (RTMPS) on 19350
            push rtmp://127.0.0.1:19350/rtmp/;
        }
    }
}
""", key, "nginx-rtmp-module directives (push); Twitch ingest endpoints", key=key)

key = fb_key()
add("blind-cm/nginx/facebook-stream-key", "restream/conf.d/facebook.conf", r"""
# included from nginx.conf rtmp{} block
application facebook {
    live on;
    record off;
    allow publish 127.0.0.1;
    deny publish all;

    # stunnel listens on 19350 and wraps to rtmps://live-api-s.facebook.com:443/rtmp/
    push rtmp://127.0.0.1:19350/rtmp/<%key%>;
}
""", key, "Facebook Live Producer, stream key; nginx-rtmp-module push", key=key)

add("blind-cm/nginx/decoy-include-ref", "restream/nginx.conf", r"""
worker_processes auto;
rtmp_auto_push on;
events { worker_connections 1024; }

rtmp {
    server {
        listen 1935;
        chunk_size 4096;
        notify_method get;

        application live {
            live on;
            record off;
            on_publish http://127.0.0.1:8080/auth;
            # Stream keys are rendered by ansible into /etc/nginx/keys/ (mode 0600),
            # one file per platform, e.g. push rtmp://.../app/<twitch-stream-key>;
            include /etc/nginx/keys/*.conf;
        }
    }
}
""", None, "nginx-rtmp-module documentation (include, on_publish)")

key = twitch_key()
add("blind-cm/systemd/twitch-stream-key", "deploy/systemd/twitch-relay.service", r"""
[Unit]
Description=Relay studio program feed to Twitch
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=stream
Environment=TWITCH_INGEST=rtmp://live-fra.twitch.tv/app
Environment=TWITCH_STREAM_KEY=<%key%>
ExecStart=/usr/bin/ffmpeg -nostdin -loglevel warning -i rtmp://127.0.0.1/live/program \
    -c copy -f flv ${TWITCH_INGEST}/${TWITCH_STREAM_KEY}
Restart=always
RestartSec=3

[Install]
WantedBy=multi-user.target
""", key, "systemd.exec(5) Environment=; Twitch broadcasting guidelines", key=key)

key = yt_key()
add("blind-cm/python/youtube-stream-key", "simulcast/targets.py", r"""
"""[1:] + '"""Where the program feed is simulcast. Read by simulcast/run.py."""' + r"""
from dataclasses import dataclass


@dataclass(frozen=True)
class Target:
    name: str
    url: str
    enabled: bool = True


TARGETS = [
    Target("youtube", "rtmp://a.rtmp.youtube.com/live2/<%key%>"),
    Target("website", "rtmp://origin.kestreltv.co.uk/live/web"),
    Target("archive", "srt://archive.kestreltv.co.uk:9001?streamid=archive", enabled=False),
]


def enabled_targets():
    return [t for t in TARGETS if t.enabled]
""", key, "YouTube Help, Live encoder settings (stream URL with key)", key=key)

key = fb_key()
add("blind-cm/docker-compose/facebook-stream-key", "restreamer/docker-compose.yml", r"""
services:
  restreamer:
    image: datarhei/restreamer:2.7
    restart: always
    ports:
      - "8080:8080"
      - "1935:1935"
    volumes:
      - ./config:/core/config
      - ./data:/core/data

  fb-push:
    image: jrottenberg/ffmpeg:6.0-alpine
    restart: always
    depends_on: [restreamer]
    environment:
      FB_URL: rtmps://live-api-s.facebook.com:443/rtmp/
      FB_KEY: <%key%>
    entrypoint: ["/bin/sh", "-c"]
    command: ["ffmpeg -i rtmp://restreamer/live/church -c copy -f flv $${FB_URL}$${FB_KEY}"]
""", key, "Docker Compose file reference (environment, $$ escaping); Facebook Live RTMPS", key=key)

r = _rng()
key = "sk_us-west-2_" + "".join(r.choice(ALNUM) for _ in range(12))
add("blind-cm/env/kick-stream-key", "gaming-show/.env", r"""
# Friday night gaming show - multistream targets
TWITCH_INGEST=rtmp://live-lhr.twitch.tv/app
KICK_INGEST=rtmps://fa723fc1b171.global-contribute.live-video.net:443/app/
KICK_STREAM_KEY=<%key%>
YOUTUBE_INGEST=rtmp://a.rtmp.youtube.com/live2
OUTPUT_BITRATE=6000k
OUTPUT_FPS=60
""", key, "Kick streaming setup (stream URL and stream key)", key=key)

r = _rng()
key = f"re_{r.randint(1000000, 9999999)}_" + "".join(r.choice(HEX) for _ in range(20))
add("blind-cm/yaml/restream-key", "multistream/config.yaml", r"""
# Single upload to Restream.io which fans out to all socials.
source:
  input: srt://0.0.0.0:9000?mode=listener
  latency_ms: 250
video:
  codec: libx264
  bitrate: 6000k
  gop: 60
audio:
  codec: aac
  bitrate: 160k
outputs:
  - name: restream
    url: rtmp://live.restream.io/live
    stream_key: <%key%>
  - name: recorder
    url: file:///srv/recordings/{date}.ts
""", key, "Restream.io help, RTMP server URL and stream key", key=key)

r = _rng()
tok = "oauth:" + "".join(r.choice(LOWNUM) for _ in range(30))
add("blind-cm/python/twitch-chat-oauth", "chatbot/bot.py", r"""
import os

from twitchio.ext import commands

CHANNEL = "kestrelfm"


class Bot(commands.Bot):
    def __init__(self):
        super().__init__(
            token="<%tok%>",
            prefix="!",
            initial_channels=[CHANNEL],
        )

    async def event_ready(self):
        print(f"Logged in as {self.nick}")

    @commands.command()
    async def song(self, ctx: commands.Context):
        with open(os.path.expanduser("~/nowplaying.txt")) as f:
            await ctx.send(f"Now on air: {f.read().strip()}")


if __name__ == "__main__":
    Bot().run()
""", tok, "TwitchIO documentation, commands.Bot (IRC OAuth token)", tok=tok)

sec = drawn(30, LOWNUM)
add("blind-cm/env/twitch-client-secret", "overlays/.env.production", r"""
# stream overlay service (Helix API for follower alerts)
NODE_ENV=production
PORT=3000
TWITCH_CLIENT_ID=gp762nuuoqcoxypju8c569th9wz7q5
TWITCH_CLIENT_SECRET=<%sec%>
TWITCH_BROADCASTER_ID=141981764
EVENTSUB_CALLBACK=https://overlays.kestrelfm.co.uk/eventsub
""", sec, "Twitch Developers, Registering your app (client ID and client secret)", sec=sec)

add("blind-cm/javascript/decoy-public-id", "overlays/public/js/embed.js", r"""
// Twitch embed on the station website. The client ID is public (it is sent with
// every browser request); only the client secret is confidential and lives server-side.
const TWITCH_CLIENT_ID = "gp762nuuoqcoxypju8c569th9wz7q5";
const CHANNEL = "kestrelfm";

new Twitch.Embed("twitch-embed", {
  width: "100%",
  height: 480,
  channel: CHANNEL,
  layout: "video",
  autoplay: false,
  parent: ["kestrelfm.co.uk", "www.kestrelfm.co.uk"],
});

fetch(`https://api.twitch.tv/helix/streams?user_login=${CHANNEL}`, {
  headers: { "Client-Id": TWITCH_CLIENT_ID, Authorization: `Bearer ${window.__APP_TOKEN__}` },
}).then((r) => r.json()).then(showLiveBadge);
""", None, "Twitch Developers, Embedding Twitch (client ID is public)")

k = google_api_key()
add("blind-cm/javascript/youtube-api-key", "live-chat-wall/src/poller.js", r"""
// Polls YouTube live chat for the studio "chat wall" screen.
const API_KEY = "<%k%>";
const VIDEO_ID = process.argv[2];

async function liveChatId() {
  const url = `https://www.googleapis.com/youtube/v3/videos?part=liveStreamingDetails&id=${VIDEO_ID}&key=${API_KEY}`;
  const res = await fetch(url);
  const body = await res.json();
  return body.items[0].liveStreamingDetails.activeLiveChatId;
}

async function poll(chatId, pageToken) {
  const url = new URL("https://www.googleapis.com/youtube/v3/liveChat/messages");
  url.search = new URLSearchParams({ liveChatId: chatId, part: "snippet,authorDetails", key: API_KEY, pageToken: pageToken || "" });
  const res = await fetch(url);
  const body = await res.json();
  body.items.forEach((m) => console.log(`${m.authorDetails.displayName}: ${m.snippet.displayMessage}`));
  setTimeout(() => poll(chatId, body.nextPageToken), body.pollingIntervalMillis);
}

liveChatId().then((id) => poll(id));
""", k, "YouTube Data API v3, LiveChatMessages: list (API key)", k=k)

sec = google_client_secret()
add("blind-cm/json/google-client-secret", "scheduler/client_secret.json", r"""
{
  "installed": {
    "client_id": "648305518223-0k3v7m1q9pd2l4a7fjb6tn5h8r2s1c3e.apps.googleusercontent.com",
    "project_id": "kestrel-live-scheduler",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "<%sec%>",
    "redirect_uris": ["http://localhost"]
  }
}
""", sec, "Google Identity, OAuth 2.0 for installed apps (client_secret.json)", sec=sec)

tok = "EAAG" + drawn(180, ALNUM)
add("blind-cm/javascript/facebook-page-token", "scheduler/facebook-live.mjs", r"""
// Creates the scheduled Facebook Live for the Sunday service on the church page.
const PAGE_ID = "104512879011342";
const PAGE_TOKEN = "<%tok%>";

export async function scheduleLive(title, startUnix) {
  const res = await fetch(`https://graph.facebook.com/v19.0/${PAGE_ID}/live_videos`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      title,
      status: "SCHEDULED_UNPUBLISHED",
      planned_start_time: startUnix,
      access_token: PAGE_TOKEN,
    }),
  });
  const body = await res.json();
  return { id: body.id, rtmps: body.secure_stream_url };
}
""", tok, "Meta for Developers, Live Video API (page access token)", tok=tok)

pw = rand_pw(16)
add("blind-cm/python/obs-websocket-password", "gallery/scene_switcher.py", r"""
# Switches OBS scenes from the vision mixer's tally (GPIO on the Pi).
import time

import obsws_python as obs
from gpiozero import Button

cl = obs.ReqClient(host="10.20.1.15", port=4455, password="<%pw%>", timeout=3)

CAM_SCENES = {17: "Cam 1 - Presenter", 27: "Cam 2 - Guest", 22: "Wide"}
buttons = {pin: Button(pin) for pin in CAM_SCENES}

for pin, button in buttons.items():
    button.when_pressed = lambda p=pin: cl.set_current_program_scene(CAM_SCENES[p])

while True:
    time.sleep(1)
""", pw, "obs-websocket 5 protocol docs; obsws-python README", pw=pw)

add("blind-cm/markdown/decoy-placeholder", "docs/streaming-setup.md", r"""
# Streaming from the gallery PC

1. Open OBS, profile **Sunday_Service**.
2. Settings -> Stream -> Service: *YouTube - RTMPS*.
3. Paste the stream key from YouTube Studio -> Go live -> Stream settings.
   It looks like `xxxx-xxxx-xxxx-xxxx-xxxx`. **Never paste it into this repo.**
4. For ffmpeg fallback use:

   ```
   ffmpeg -i <input> -c:v libx264 -b:v 4500k -c:a aac -f flv \
     rtmp://a.rtmp.youtube.com/live2/<your-stream-key>
   ```

5. Twitch keys look like `live_XXXXXXXXX_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`; reset them
   in the Twitch dashboard if one is ever leaked.
""", None, "YouTube Help, Live encoder settings; team runbook")

add("blind-cm/github-actions/decoy-secret-ref", ".github/workflows/test-stream.yml", r"""
name: weekly test stream
on:
  schedule:
    - cron: "0 9 * * 1"
  workflow_dispatch:

jobs:
  test-card:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: sudo apt-get update && sudo apt-get install -y ffmpeg
      - name: Push 60 s of test card to the unlisted YouTube stream
        env:
          YT_KEY: ${{ secrets.YOUTUBE_TEST_STREAM_KEY }}
        run: |
          ffmpeg -re -f lavfi -i testsrc2=size=1280x720:rate=25 -f lavfi -i sine=f=1000 \
            -t 60 -c:v libx264 -b:v 2500k -c:a aac -f flv \
            "rtmp://a.rtmp.youtube.com/live2/${YT_KEY}"
""", None, "GitHub Actions documentation, using secrets in workflows")

add("blind-cm/k8s/decoy-secret-ref", "k8s/simulcast/deployment.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: simulcast
  namespace: streaming
spec:
  replicas: 1
  selector:
    matchLabels: {app: simulcast}
  template:
    metadata:
      labels: {app: simulcast}
    spec:
      containers:
        - name: ffmpeg
          image: registry.kestreltv.co.uk/simulcast:1.8.2
          env:
            - name: TWITCH_STREAM_KEY
              valueFrom:
                secretKeyRef: {name: platform-keys, key: twitch}
            - name: YOUTUBE_STREAM_KEY
              valueFrom:
                secretKeyRef: {name: platform-keys, key: youtube}
            - name: INPUT_URL
              value: srt://contrib.streaming.svc:9000?mode=caller
""", None, "Kubernetes documentation, using Secrets as environment variables")

add("blind-cm/json/decoy-public-id", "website/config/channels.json", r"""
{
  "youtube": {
    "channelId": "UCq8hX2oV3mTt0bK5yLz9fWg",
    "uploadsPlaylist": "UUq8hX2oV3mTt0bK5yLz9fWg",
    "liveEmbed": "https://www.youtube.com/embed/live_stream?channel=UCq8hX2oV3mTt0bK5yLz9fWg"
  },
  "twitch": {"login": "kestrelfm", "broadcasterId": "141981764"},
  "facebook": {"pageId": "104512879011342", "appId": "872340519934018"},
  "spotify": {"showId": "5CfCWKI5pZ28U0uOzXkDHe"},
  "applePodcasts": {"id": 1548813447},
  "analytics": {"gaMeasurementId": "G-7QK2M9X4LB"}
}
""", None, "YouTube/Twitch/Meta public channel and app identifiers")

add("blind-cm/python/decoy-test-fixture", "simulcast/tests/test_targets.py", r"""
# Unit tests for target URL building. The keys below are made-up fixtures in the
# platforms' formats; they were never issued.
from simulcast.urls import build_url, redact

FAKE_TWITCH_KEY = "live_000000000_FAKEFAKEFAKEFAKEFAKEFAKEFAKE00"
FAKE_YT_KEY = "test-test-test-test-test"


def test_twitch_url():
    assert build_url("twitch", FAKE_TWITCH_KEY) == (
        "rtmp://live.twitch.tv/app/live_000000000_FAKEFAKEFAKEFAKEFAKEFAKEFAKE00"
    )


def test_youtube_url():
    assert build_url("youtube", FAKE_YT_KEY).endswith("/live2/test-test-test-test-test")


def test_redact_hides_key():
    assert redact(f"rtmp://a.rtmp.youtube.com/live2/{FAKE_YT_KEY}") == "rtmp://a.rtmp.youtube.com/live2/****"
""", None, "pytest documentation; fixtures declared fake")

# ---------------------------------------------------------------- SRT / RIST / contribution codecs

pw = passphrase()
add("blind-cm/shell/srt-passphrase", "contribution/ob-van-send.sh", r"""
#!/bin/sh
# OB van -> MCR contribution over the bonded 5G router.
# AES-256, 800 ms latency for the cellular path.
exec srt-live-transmit -v \
  "udp://@239.10.1.5:5000?adapter=10.50.0.2" \
  "srt://contrib.kestreltv.co.uk:9710?mode=caller&latency=800&pbkeylen=32&passphrase=<%pw%>&streamid=obvan1" \
  -s:1000 -statspf:json
""", pw, "SRT srt-live-transmit documentation (URI parameters passphrase, pbkeylen)", pw=pw)

pw = rand_pw(24)
add("blind-cm/systemd/srt-passphrase", "mcr/systemd/srt-return-feed.service", r"""
[Unit]
Description=Programme return feed to the Manchester bureau (SRT listener)
After=network-online.target

[Service]
User=mcr
ExecStart=/usr/bin/ffmpeg -nostdin -i udp://239.10.2.1:5000 -c copy -f mpegts \
  "srt://0.0.0.0:9720?mode=listener&latency=400000&pbkeylen=16&passphrase=<%pw%>"
Restart=always
RestartSec=2
Nice=-5

[Install]
WantedBy=multi-user.target
""", pw, "FFmpeg protocols documentation, srt (passphrase, pbkeylen)", pw=pw)

pw = words_pw()
add("blind-cm/json/srt-gateway-route", "mcr/gateway/routes/bureau-leeds.json", r"""
{
  "name": "Bureau Leeds -> MCR",
  "enabled": true,
  "source": {
    "protocol": "srt",
    "mode": "listener",
    "port": 9730,
    "latency": 250,
    "encryption": "AES-256",
    "passphrase": "<%pw%>"
  },
  "destinations": [
    {"protocol": "udp", "address": "239.10.3.1", "port": 5000, "ttl": 8},
    {"protocol": "srt", "mode": "caller", "address": "10.40.0.20", "port": 9000, "latency": 120}
  ],
  "statsIntervalMs": 1000
}
""", pw, "Haivision SRT Gateway route configuration (SRT source with AES passphrase)", pw=pw)

pw = rand_pw(20)
add("blind-cm/python/gstreamer-srt-passphrase", "contribution/ndi_to_srt.py", r"""
#!/usr/bin/env python3
# NDI source from the studio vision mixer -> SRT caller to the playout centre.
import gi

gi.require_version("Gst", "1.0")
from gi.repository import GLib, Gst

Gst.init(None)

PIPELINE = (
    'ndisrc ndi-name="VMIX-STUDIO (Output 1)" ! ndisrcdemux name=d '
    "d.video ! queue ! videoconvert ! x264enc tune=zerolatency bitrate=8000 key-int-max=50 ! mux. "
    "d.audio ! queue ! audioconvert ! avenc_aac bitrate=192000 ! mux. "
    "mpegtsmux name=mux alignment=7 ! "
    "srtsink uri=srt://playout.kestreltv.co.uk:9740 mode=caller latency=200 "
    "passphrase=<%pw%> pbkeylen=32"
)

pipeline = Gst.parse_launch(PIPELINE)
pipeline.set_state(Gst.State.PLAYING)
GLib.MainLoop().run()
""", pw, "GStreamer srtsink element documentation (passphrase, pbkeylen); gst-plugin-ndi", pw=pw)


add("blind-cm/yaml/decoy-env-ref", "mcr/decoders/routes.yaml", r"""
# SRT routes into the MCR. Passphrases are injected at start by the decoder
# entrypoint from Vault (secret/mcr/srt/<route>), see docs/srt.md.
routes:
  - name: bureau-cardiff
    listen: 9750
    latency_ms: 300
    pbkeylen: 16
    passphrase: ${SRT_PASSPHRASE_CARDIFF}
    output: udp://239.10.4.1:5000
  - name: bureau-leeds
    listen: 9730
    latency_ms: 250
    pbkeylen: 32
    passphrase: ${SRT_PASSPHRASE_LEEDS}
    output: udp://239.10.3.1:5000
  - name: ob-van-1
    listen: 9710
    latency_ms: 800
    streamid: "#!::r=obvan1,m=publish"
    passphrase: ${SRT_PASSPHRASE_OBVAN1}
    output: udp://239.10.1.5:5000
""", None, "SRT access control (streamid) and environment substitution")

pw = rand_pw(18)
add("blind-cm/shell/rist-secret", "contribution/rist-send.sh", r"""
#!/usr/bin/env bash
# Backup contribution path using RIST main profile with PSK encryption.
set -eu
: "${INPUT:=udp://@239.10.1.5:5000}"
ristsender -i "$INPUT" \
  -o "rist://rist.kestreltv.co.uk:8193?cname=obvan1&secret=<%pw%>&aes-type=256&buffer=1000" \
  -p 1 -v 4 -S 1000
""", pw, "librist ristsender documentation (secret, aes-type URL parameters)", pw=pw)

pw = human_pw()
add("blind-cm/yaml/codec-password", "ansible/inventories/codecs/host_vars/comrex-ob2.yml", r"""
# Comrex ACCESS NX portable used by the sport team
ansible_host: 10.60.0.42
codec_vendor: comrex
codec_model: ACCESS NX
codec_web_port: 80
codec_admin_user: admin
codec_admin_password: <%pw%>
codec_profiles:
  - name: Sport Opus 96
    encoder: opus
    bitrate: 96
  - name: Backup G.722
    encoder: g722
codec_return_feed: tieline-mcr-3
""", pw, "Ansible inventory host_vars; Comrex ACCESS NX product manual (web admin)", pw=pw)

pw = rand_pw(16)
add("blind-cm/yaml/mediamtx-publish-pass", "ingest/mediamtx.yml", r"""
# MediaMTX ingest for remote guests (RTMP/SRT/WebRTC)
logLevel: info
rtmp: yes
rtmpAddress: :1935
srt: yes
srtAddress: :8890
webrtc: yes
webrtcAddress: :8889

authMethod: internal
authInternalUsers:
  - user: any
    pass:
    ips: []
    permissions:
      - action: read
  - user: guest-contrib
    pass: <%pw%>
    ips: []
    permissions:
      - action: publish
        path: guests/~^.*$

paths:
  guests/~^.*$:
    record: yes
    recordPath: /srv/recordings/%path/%Y-%m-%d_%H-%M-%S-%f
""", pw, "MediaMTX README, authentication (authInternalUsers)", pw=pw)

add("blind-cm/yaml/decoy-hash", "ingest/mediamtx.prod.yml", r"""
# Production ingest: credentials are stored hashed (sha256, base64) as MediaMTX
# supports, generated with: echo -n 'pass' | openssl dgst -binary -sha256 | openssl base64
authMethod: internal
authInternalUsers:
  - user: sha256:j1tsRqDEw9xvq/D7/9tMx6Jh/jMhk3UfjwIB2f1zgMo=
    pass: sha256:BdSWkrdV+ZxFBLUQQY7+7uv9RmiSVA8nrPmjGjJtZQQ=
    permissions:
      - action: publish
        path: guests/~^.*$
  - user: any
    pass:
    permissions:
      - action: read
paths:
  guests/~^.*$:
    record: no
""", None, "MediaMTX README, authentication (hashed credentials)")

pw = words_pw()
add("blind-cm/conf/wowza-publish-password", "wowza/conf/publish.password", r"""
# Publish password file (format [username] [password])
# Used by ModuleSecureURLParams / RTMP authentication on application "live"
# Updated 2024-03 after the encoder swap in studio 2.
# The old studio-1 Telos encoder login was removed the same day.

studio2-encoder <%pw%>
""", pw, "Wowza Streaming Engine, publish.password file (RTMP publish authentication)", pw=pw)

pw = rand_pw(16)
add("blind-cm/python/wowza-rest-digest", "ops/wowza_restart_app.py", r"""
"""[1:] + '"""Restart the Wowza application after a config push (REST API on 8087)."""' + r"""
import sys

import requests
from requests.auth import HTTPDigestAuth

WSE = "http://wowza-origin.kestreltv.co.uk:8087/v2/servers/_defaultServer_/vhosts/_defaultVHost_"
AUTH = HTTPDigestAuth("restapi", "<%pw%>")


def restart(app: str) -> None:
    r = requests.put(f"{WSE}/applications/{app}/actions/restart", auth=AUTH,
                     headers={"Accept": "application/json"}, timeout=10)
    r.raise_for_status()
    print(r.json())


if __name__ == "__main__":
    restart(sys.argv[1] if len(sys.argv) > 1 else "live")
""", pw, "Wowza Streaming Engine REST API reference (digest authentication)", pw=pw)

tok = jwt()
add("blind-cm/shell/wowza-cloud-jwt", "ops/wsc-start-event.sh", r"""
#!/bin/bash
# Start the Wowza Video live stream for the match (Wowza Video REST API v2.0)
STREAM_ID=${1:?usage: $0 <live_stream_id>}
curl -sS -X PUT \
  -H "Authorization: Bearer <%tok%>" \
  -H "Content-Type: application/json" \
  "https://api.video.wowza.com/api/v2.0/live_streams/${STREAM_ID}/start" | jq .
""", tok, "Wowza Video REST API, authentication with JSON web tokens", tok=tok)

add("blind-cm/jinja/decoy-srt-template", "ansible/roles/srt-decoder/templates/decoder.env.j2", r"""
# Rendered by ansible for {{ inventory_hostname }}; values come from the vault.
SRT_MODE=listener
SRT_PORT={{ srt_port }}
SRT_LATENCY_MS={{ srt_latency_ms | default(300) }}
SRT_PBKEYLEN={{ srt_pbkeylen | default(16) }}
SRT_PASSPHRASE={{ vault_srt_passphrase[inventory_hostname] }}
OUTPUT_URL=udp://{{ srt_output_group }}:5000?ttl=8
""", None, "Ansible template module (Jinja2 variables from vault)")

# ---------------------------------------------------------------- RDS encoders, now-playing feeds

pw = human_pw()
add("blind-cm/python/rds-encoder-telnet", "rds/push_rt.py", r"""
#!/usr/bin/env python3
# Sends RadioText / DPS to the Inovonics 730 RDS encoder over its TCP port.
# Called by the PyPAD "udp" plugin through rds/listener.py.
import socket
import sys

ENCODER = ("10.10.5.30", 10001)
PASSWORD = "<%pw%>"


def send(lines):
    with socket.create_connection(ENCODER, timeout=5) as s:
        s.sendall(f"PASSWORD={PASSWORD}\r\n".encode("ascii"))
        for line in lines:
            s.sendall((line + "\r\n").encode("latin-1", "replace"))
        s.sendall(b"QUIT\r\n")


if __name__ == "__main__":
    artist, title = sys.argv[1], sys.argv[2]
    text = f"{artist} - {title}"[:64]
    send([f"RT={text}", f"DPS={text}", "TA=0"])
""", pw, "Inovonics 730 RDS encoder manual (TCP/IP command interface)", pw=pw)

pw = rand_pw(12)
add("blind-cm/perl/rds-http-basic", "rds/nowplaying-to-rds.pl", r"""
#!/usr/bin/perl
# Reads "artist|title" lines from the automation's UDP feed and updates the
# DEVA SmartGen encoder via its HTTP command interface.
use strict;
use warnings;
use IO::Socket::INET;
use LWP::UserAgent;
use URI::Escape;

my $encoder = "http://rds:<%pw%>\@10.10.5.31/command.php";
my $ua = LWP::UserAgent->new(timeout => 3);
my $sock = IO::Socket::INET->new(LocalPort => 5005, Proto => 'udp') or die "udp: $!";

while (1) {
    my $msg;
    $sock->recv($msg, 512);
    chomp $msg;
    my ($artist, $title) = split /\|/, $msg, 2;
    next unless $title;
    my $rt = substr("$artist - $title", 0, 64);
    my $res = $ua->get($encoder . "?cmd=RT=" . uri_escape($rt));
    warn "encoder: " . $res->status_line . "\n" unless $res->is_success;
}
""", pw, "DEVA SmartGen RDS encoder manual (HTTP command interface); LWP::UserAgent", pw=pw)

pw = rand_pw(14)
tok = b64("rdsfeed:" + pw)
add("blind-cm/javascript/rds-basic-auth", "rds-bridge/src/encoder.js", r"""
// Pushes dynamic PS / RT+ to the Audemat RDS encoder web API.
const ENCODER_URL = "http://10.10.5.32/api/rds";
const AUTH_HEADER = "Basic <%tok%>";

export async function pushRadioText({ artist, title }) {
  const rt = `${artist} - ${title}`.slice(0, 64);
  const res = await fetch(ENCODER_URL, {
    method: "POST",
    headers: { Authorization: AUTH_HEADER, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ RT: rt, RTPLUS: `1,0,${artist.length},4,${artist.length + 3},${title.length}` }),
  });
  if (!res.ok) throw new Error(`encoder answered ${res.status}`);
}
""", tok, "RFC 7617 (HTTP Basic authentication); RDS encoder HTTP API", tok=tok)

add("blind-cm/ini/decoy-rds-codes", "rds/encoder-settings.ini", r"""
; Static RDS settings for the 97.3 and 101.8 transmitters (Inovonics 730)
; PI codes are assigned by Ofcom and are broadcast to every receiver.
[97.3]
PI=C3A7
PS=KESTREL
PTY=10
PTYN=INDIE
TP=1
TA=0
AF=97.3,101.8,104.2
ECC=E1
MS=1
DI=1

[101.8]
PI=C3A8
PS=KESTREL
PTY=10
AF=101.8,97.3
ECC=E1
""", None, "IEC 62106 RDS standard (PI, PS, PTY, AF fields)")

key = drawn(24, ALNUM)
add("blind-cm/php/spinitron-api-key", "website/lib/Spinitron.php", r"""
<?php
// Fetches the current spin from Spinitron for the "on air now" widget.
class Spinitron
{
    private const BASE = 'https://spinitron.com/api';
    private const API_KEY = '<%key%>';

    public static function currentSpin(): ?array
    {
        $ctx = stream_context_create(['http' => [
            'header' => 'Authorization: Bearer ' . self::API_KEY,
            'timeout' => 4,
        ]]);
        $json = @file_get_contents(self::BASE . '/spins?count=1', false, $ctx);
        if ($json === false) {
            return null;
        }
        $data = json_decode($json, true);
        return $data['items'][0] ?? null;
    }
}
""", key, "Spinitron API v2 documentation (bearer API key)", key=key)

key = drawn(12, ALNUM)
add("blind-cm/shell/tunein-partner-key", "nowplaying/tunein-air.sh", r"""
#!/bin/sh
# Called by the automation with "$ARTIST" "$TITLE" after each song start.
# TuneIn AIR API: http://air.radiotime.com/Playing.ashx
PARTNER_ID=kHz9yQ4m
PARTNER_KEY=<%key%>
STATION_ID=s123456

curl -fsS -G "http://air.radiotime.com/Playing.ashx" \
  --data-urlencode "partnerId=${PARTNER_ID}" \
  --data-urlencode "partnerKey=${PARTNER_KEY}" \
  --data-urlencode "id=${STATION_ID}" \
  --data-urlencode "artist=$1" \
  --data-urlencode "title=$2" >/dev/null || logger -t tunein "update failed"
""", key, "TuneIn AIR API broadcaster documentation (partnerId/partnerKey)", key=key)


# ---------------------------------------------------------------- transmitter remote control, monitoring

pw = words_pw()
add("blind-cm/python/transmitter-web-login", "txmon/nautel_poll.py", r"""
"""[1:] + '"""Polls forward/reflected power from the Nautel GV transmitter at the Emley site."""' + r"""
import time

import requests

TX = "https://10.80.1.10"
USER = "monitor"
PASSWORD = "<%pw%>"


def session() -> requests.Session:
    s = requests.Session()
    s.verify = False  # self-signed cert on the AUI
    r = s.post(f"{TX}/login", data={"username": USER, "password": PASSWORD}, timeout=5)
    r.raise_for_status()
    return s


def poll(s: requests.Session) -> dict:
    r = s.get(f"{TX}/api/status/rf", timeout=5)
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    s = session()
    while True:
        rf = poll(s)
        print(time.strftime("%H:%M:%S"), rf.get("forwardPower"), rf.get("reflectedPower"))
        time.sleep(10)
""", pw, "Nautel GV Advanced User Interface (web login); requests documentation", pw=pw)

pw = human_pw()
add("blind-cm/expect/transmitter-telnet", "txmon/exciter-reset.exp", r"""
#!/usr/bin/expect -f
# Soft-reset the GatesAir Flexiva exciter at the backup site over telnet.
set timeout 15
set host 10.80.2.20

spawn telnet $host
expect "login:"
send "engineer\r"
expect "Password:"
send "<%pw%>\r"
expect ">"
send "EXC RESET SOFT\r"
expect ">"
send "STATUS\r"
expect ">"
send "logout\r"
expect eof
""", pw, "Expect(1) manual; transmitter telnet remote control", pw=pw)

add("blind-cm/expect/decoy-env-ref", "txmon/exciter-status.exp", r"""
#!/usr/bin/expect -f
# Read-only status dump. The password is taken from the environment
# (TX_TELNET_PASSWORD, exported by the systemd unit from /etc/txmon/env).
set timeout 15
set host [lindex $argv 0]
if {![info exists env(TX_TELNET_PASSWORD)]} { puts "TX_TELNET_PASSWORD not set"; exit 2 }

spawn telnet $host
expect "login:"
send "monitor\r"
expect "Password:"
send "$env(TX_TELNET_PASSWORD)\r"
expect ">"
send "STATUS\r"
expect ">"
send "logout\r"
expect eof
""", None, "Expect(1) manual (env array)")

comm = "Tx" + rand_pw(10) + "rw"
add("blind-cm/python/snmp-write-community", "txmon/switch_to_reserve.py", r"""
# Switches the Burk ARC Plus relay that selects the reserve transmitter.
from pysnmp.hlapi import (CommunityData, ContextData, Integer, ObjectIdentity, ObjectType,
                          SnmpEngine, UdpTransportTarget, setCmd)

ARC_PLUS = "10.80.1.5"
WRITE_COMMUNITY = "<%comm%>"
RELAY_OID = "1.3.6.1.4.1.29030.1.3.1.2.1.4.3"  # relay 3: reserve TX select


def set_relay(value: int) -> None:
    err_ind, err_stat, err_idx, binds = next(setCmd(
        SnmpEngine(),
        CommunityData(WRITE_COMMUNITY, mpModel=1),
        UdpTransportTarget((ARC_PLUS, 161), timeout=2, retries=1),
        ContextData(),
        ObjectType(ObjectIdentity(RELAY_OID), Integer(value)),
    ))
    if err_ind or err_stat:
        raise RuntimeError(err_ind or err_stat.prettyPrint())


if __name__ == "__main__":
    set_relay(1)
""", comm, "pysnmp documentation (setCmd with CommunityData); Burk ARC Plus SNMP", comm=comm)

comm = human_pw()
add("blind-cm/nagios/snmp-community", "monitoring/nagios/objects/transmitters.cfg", r"""
define command {
    command_name    check_tx_power
    command_line    $USER1$/check_snmp -H $HOSTADDRESS$ -C <%comm%> -o $ARG1$ -w $ARG2$ -c $ARG3$ -l "Fwd power"
}

define host {
    use             generic-host
    host_name       tx-emley
    alias           Emley Moor 97.3 main TX
    address         10.80.1.10
}

define service {
    use                     generic-service
    host_name               tx-emley
    service_description     Forward power
    check_command           check_tx_power!1.3.6.1.4.1.28142.1.300.256.17.0!4500:!3000:
    check_interval          1
}
""", comm, "Nagios Core object definitions; monitoring-plugins check_snmp", comm=comm)

add("blind-cm/nagios/decoy-public-community", "monitoring/nagios/objects/rds.cfg", r"""
# RDS encoders only expose a read-only SNMP agent with the factory community
# "public" (documented in the encoder manual, cannot be changed on this model).
define command {
    command_name    check_rds_alive
    command_line    $USER1$/check_snmp -H $HOSTADDRESS$ -C public -o 1.3.6.1.2.1.1.3.0
}

define host {
    use             generic-host
    host_name       rds-973
    address         10.10.5.30
}

define service {
    use                     generic-service
    host_name               rds-973
    service_description     RDS encoder uptime
    check_command           check_rds_alive
}
""", None, "monitoring-plugins check_snmp; SNMPv2c default read community 'public'")

pw = rand_pw(16)
add("blind-cm/toml/snmpv3-auth", "monitoring/telegraf/telegraf.d/transmitters.conf", r"""
[[inputs.snmp]]
  agents = ["udp://10.80.1.10:161", "udp://10.80.2.20:161"]
  version = 3
  sec_name = "telegraf"
  sec_level = "authNoPriv"
  auth_protocol = "SHA"
  auth_password = "<%pw%>"
  interval = "10s"

  [[inputs.snmp.field]]
    name = "forward_power"
    oid = "1.3.6.1.4.1.28142.1.300.256.17.0"

  [[inputs.snmp.field]]
    name = "reflected_power"
    oid = "1.3.6.1.4.1.28142.1.300.256.18.0"

  [[inputs.snmp.field]]
    name = "sysName"
    oid = "RFC1213-MIB::sysName.0"
    is_tag = true
""", pw, "Telegraf SNMP input plugin README (SNMPv3 auth_password)", pw=pw)

tok = drawn(86, URLSAFE) + "=="
add("blind-cm/toml/influxdb-token", "monitoring/telegraf/telegraf.conf", r"""
[agent]
  interval = "10s"
  round_interval = true
  hostname = "txmon-emley"

[[outputs.influxdb_v2]]
  urls = ["https://influx.kestrelfm.co.uk"]
  token = "<%tok%>"
  organization = "kestrel-engineering"
  bucket = "transmitters"

[[inputs.cpu]]
  percpu = false
[[inputs.mem]]
[[inputs.ping]]
  urls = ["10.80.1.10", "10.80.2.20", "10.10.5.30"]
""", tok, "Telegraf InfluxDB v2 output plugin README (token)", tok=tok)

add("blind-cm/toml/decoy-env-ref", "monitoring/telegraf/telegraf.studio.conf", r"""
[agent]
  interval = "10s"
  hostname = "$HOSTNAME"

# token comes from /etc/default/telegraf (INFLUX_TOKEN=...), written by ansible
[[outputs.influxdb_v2]]
  urls = ["https://influx.kestrelfm.co.uk"]
  token = "${INFLUX_TOKEN}"
  organization = "kestrel-engineering"
  bucket = "studio"

[[inputs.snmp]]
  agents = ["udp://10.10.5.30:161"]
  version = 2
  community = "public"
  [[inputs.snmp.field]]
    name = "uptime"
    oid = "RFC1213-MIB::sysUpTime.0"
""", None, "Telegraf configuration docs, environment variables")

pw = rand_pw(20)
add("blind-cm/conf/mqtt-bridge-password", "monitoring/mosquitto/conf.d/bridge-hq.conf", r"""
# Transmitter site broker -> HQ broker bridge (telemetry up, commands down)
connection hq-bridge
address mqtt.kestrelfm.co.uk:8883
bridge_protocol_version mqttv311
bridge_cafile /etc/mosquitto/certs/ca.crt
remote_clientid txsite-emley
remote_username txsite-emley
remote_password <%pw%>
cleansession false
try_private true
topic tx/emley/# out 1
topic cmd/emley/# in 1
""", pw, "mosquitto.conf(5) manual, bridge configuration (remote_password)", pw=pw)

key = b64_bytes(32)
add("blind-cm/wireguard/private-key", "sites/emley/wg0.conf", r"""
# Emley transmitter site -> HQ. Deployed to the site router (wg-quick).
[Interface]
Address = 10.99.0.12/24
PrivateKey = <%key%>
ListenPort = 51820
DNS = 10.0.0.53

[Peer]
# HQ concentrator
PublicKey = 7Gq1cU0hJmS2pB3yVnq6Lr9TzXw4eKfA8oYdRbIiPmU=
Endpoint = vpn.kestrelfm.co.uk:51820
AllowedIPs = 10.0.0.0/16, 10.99.0.0/24
PersistentKeepalive = 25
""", key, "wg-quick(8) and wg(8) manual, configuration file format", key=key)

add("blind-cm/wireguard/decoy-key-file", "sites/knockmore/wg0.conf", r"""
# Knockmore relay site. The private key never leaves the router: it is generated
# there (wg genkey > /etc/wireguard/private.key) and loaded by PostUp.
[Interface]
Address = 10.99.0.14/24
ListenPort = 51820
PostUp = wg set %i private-key /etc/wireguard/private.key

[Peer]
# HQ concentrator
PublicKey = 7Gq1cU0hJmS2pB3yVnq6Lr9TzXw4eKfA8oYdRbIiPmU=
Endpoint = vpn.kestrelfm.co.uk:51820
AllowedIPs = 10.0.0.0/16, 10.99.0.0/24
PersistentKeepalive = 25
""", None, "wg-quick(8) manual (PostUp with private-key file)")

tok = hexs(32)
add("blind-cm/python/twilio-auth-token", "txmon/off_air_sms.py", r"""
# Sends an SMS to the on-call engineer when the silence detector trips.
from twilio.rest import Client

ACCOUNT_SID = "AC6d2b4e9f1a7c3058e4b2d9a1c7f06e35"
AUTH_TOKEN = "<%tok%>"
FROM = "+441134960123"
ON_CALL = ["+447700900456", "+447700900789"]

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def alert(site: str, seconds: int) -> None:
    for number in ON_CALL:
        client.messages.create(
            to=number, from_=FROM,
            body=f"OFF AIR: {site} silent for {seconds}s. Check TX and STL.",
        )
""", tok, "Twilio Python helper library README (account SID and auth token)", tok=tok)

add("blind-cm/python/decoy-env-ref", "txmon/alerts.py", r"""
# Alert fan-out for the silence detector. Every credential comes from the
# environment (systemd EnvironmentFile=/etc/txmon/alerts.env, mode 0600).
import os

from twilio.rest import Client

ACCOUNT_SID = os.environ["TWILIO_ACCOUNT_SID"]
AUTH_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]
TELEGRAM_TOKEN = os.getenv("TELEGRAM_BOT_TOKEN", "")
SLACK_WEBHOOK = os.getenv("SLACK_WEBHOOK_URL")
MESSAGING_SERVICE_SID = "MG9752274e9e519418a7406176694466fa"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def sms(to: str, body: str) -> None:
    client.messages.create(messaging_service_sid=MESSAGING_SERVICE_SID, to=to, body=body)
""", None, "Twilio Python helper library (credentials from environment)")

tok = fakes.telegram_token(_seed())
add("blind-cm/shell/telegram-bot-token", "txmon/silence-alert.sh", r"""
#!/bin/bash
# Called by silentjack when the off-air monitor input is silent for 20 s.
BOT_TOKEN="<%tok%>"
CHAT_ID="-1001837465512"
SITE="${1:-Emley 97.3}"

curl -s -X POST "https://api.telegram.org/bot${BOT_TOKEN}/sendMessage" \
  -d chat_id="${CHAT_ID}" \
  -d parse_mode=Markdown \
  -d text="*SILENCE* on ${SITE} at $(date +%H:%M:%S)" >/dev/null
""", tok, "Telegram Bot API, sendMessage", tok=tok)

hook = discord_webhook()
add("blind-cm/yaml/discord-webhook", "txmon/config.yaml", r"""
sites:
  - name: Emley 97.3
    monitor_input: hw:1,0
    silence_threshold_db: -45
    silence_seconds: 20
  - name: Knockmore 101.8
    monitor_input: hw:2,0
    silence_threshold_db: -45
    silence_seconds: 30
notify:
  discord:
    webhook_url: <%hook%>
    mention_role: "@engineering"
  email:
    to: engineering@kestrelfm.co.uk
""", hook, "Discord Developer docs, Webhook resource (execute webhook)", hook=hook)

hook = slack_webhook()
add("blind-cm/json/slack-webhook", "playout/alerts/config.json", r"""
{
  "stationName": "Radio Verde 97.3",
  "checks": {
    "automationHeartbeatSeconds": 30,
    "logGapMinutes": 5,
    "icecastMounts": ["/live.mp3", "/autodj.mp3"]
  },
  "notify": {
    "slack": {
      "webhookUrl": "<%hook%>",
      "channel": "#playout-alerts",
      "username": "playout-bot"
    }
  }
}
""", hook, "Slack API, Sending messages using incoming webhooks", hook=hook)

key = hexs(32)
add("blind-cm/yaml/pagerduty-routing-key", "monitoring/alertmanager/alertmanager.yml", r"""
route:
  receiver: engineering-email
  group_by: [alertname, site]
  routes:
    - matchers: [severity="offair"]
      receiver: pagerduty-offair
      group_wait: 10s
      repeat_interval: 15m

receivers:
  - name: engineering-email
    email_configs:
      - to: engineering@kestrelfm.co.uk
  - name: pagerduty-offair
    pagerduty_configs:
      - routing_key: <%key%>
        severity: critical
        description: '{{ .CommonAnnotations.summary }}'
""", key, "Prometheus Alertmanager configuration, pagerduty_config (routing_key)", key=key)

add("blind-cm/yaml/decoy-file-ref", "monitoring/alertmanager/alertmanager.prod.yml", r"""
route:
  receiver: pagerduty-offair
receivers:
  - name: pagerduty-offair
    pagerduty_configs:
      - routing_key_file: /etc/alertmanager/secrets/pagerduty-routing-key
        severity: critical
    slack_configs:
      - api_url_file: /etc/alertmanager/secrets/slack-webhook
        channel: '#offair'
        send_resolved: true
""", None, "Prometheus Alertmanager configuration (routing_key_file, api_url_file)")




add("blind-cm/txt/decoy-oid-list", "txmon/docs/nautel-oids.txt", r"""
Nautel GV series - OIDs used by txmon (from NAUTEL-GV-MIB, rev 2022-11)
enterprise: 1.3.6.1.4.1.28142

forwardPower        1.3.6.1.4.1.28142.1.300.256.17.0   W
reflectedPower      1.3.6.1.4.1.28142.1.300.256.18.0   W
paVoltage           1.3.6.1.4.1.28142.1.300.256.21.0   V
exciterFrequency    1.3.6.1.4.1.28142.1.300.256.3.0    10 kHz units
serialNumber        1.3.6.1.4.1.28142.1.100.1.4.0      e.g. NAPE-GV3.5-0A4F19C2
firmwareHash        1.3.6.1.4.1.28142.1.100.1.9.0      e.g. 9f1c2e7a6b5d4c3b2a190817f6e5d4c3b2a1f0e9
""", None, "Nautel GV SNMP MIB reference")

add("blind-cm/ssh/decoy-public-key", "sites/common/authorized_keys", r"""
# Engineers allowed on the site routers and monitoring Pis (public keys only)
""" + ssh_pub("alex@eng-laptop-01") + "\n" + ssh_pub("priya@eng-laptop-03") + "\n" + ssh_pub("txmon@hq-monitor") + "\n" + ssh_pub("ansible@deploy-01") + r"""
# rotated 2024-04, see docs/access.md
""", None, "OpenSSH sshd(8) AUTHORIZED_KEYS file format")

# ---------------------------------------------------------------- newsroom systems

pw = words_pw()
add("blind-cm/xml/mos-gateway-password", "newsroom/mos-gateway/MosGateway.config.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<!-- MOS gateway between the NRCS (ENPS) and the playout server (MOS 2.8.5) -->
<MosGatewayConfig>
  <mosID>playout.kestreltv.mos</mosID>
  <ncsID>ENPS.KESTRELTV</ncsID>
  <UpperPort>10541</UpperPort>
  <LowerPort>10540</LowerPort>
  <HeartbeatSeconds>30</HeartbeatSeconds>
  <Nrcs>
    <Host>enps-app01.kestreltv.local</Host>
    <User>mosgw</User>
    <Password><%pw%></Password>
  </Nrcs>
  <Playout>
    <Host>casparcg-01.kestreltv.local</Host>
    <AmcpPort>5250</AmcpPort>
    <Channel>1</Channel>
  </Playout>
  <Logging level="Info" path="D:\Logs\MosGateway"/>
</MosGatewayConfig>
""", pw, "MOS Protocol 2.8.5 specification (ports 10540/10541); gateway configuration", pw=pw)

pw = human_pw()
add("blind-cm/properties/inews-ftp", "newsroom/rundown-export/src/main/resources/inews.properties", r"""
# Avid iNews rundown export via the iNews FTP server
inews.ftp.host=inews-a.newsroom.local
inews.ftp.port=21
inews.ftp.user=rundownbot
inews.ftp.password=<%pw%>
inews.ftp.passive=true
inews.queues=SHOW.1800.RUNDOWN,SHOW.2200.RUNDOWN,SHOW.WEEKEND.RUNDOWN
export.format=nsml
export.target=/srv/rundowns
export.poll.seconds=20
""", pw, "Avid iNews FTP server (NSML export); Java .properties format", pw=pw)

key = drawn(32, ALNUM)
add("blind-cm/python/ap-api-key", "newsroom/wires/ap_ingest.py", r"""
"""[1:] + '"""Pulls AP text and photo items for the newsroom wire queue."""' + r"""
import json
import time

import requests

AP_API_KEY = "<%key%>"
FEED = "https://api.ap.org/media/v/content/feed"
QUERY = "productid:(31001 OR 31024) AND type:text"


def fetch(next_page=None):
    url = next_page or FEED
    params = None if next_page else {"q": QUERY, "page_size": 50, "include": "headline,uri,versioncreated"}
    r = requests.get(url, params=params, headers={"x-api-key": AP_API_KEY}, timeout=30)
    r.raise_for_status()
    return r.json()["data"]


if __name__ == "__main__":
    page = fetch()
    while True:
        for item in page.get("items", []):
            print(json.dumps(item["item"]))
        time.sleep(page.get("next_page_wait", 10))
        page = fetch(page["next_page"])
""", key, "AP Media API documentation (x-api-key header, feed endpoint)", key=key)

sec = drawn(40, ALNUM)
add("blind-cm/yaml/reuters-client-secret", "newsroom/wires/config/reuters.yaml", r"""
reuters_connect:
  token_url: https://auth.thomsonreuters.com/oauth/token
  audience: 7a14b6a2-805c-4510-93a7-2e6a1d8b0c44
  client_id: K7f3QpT9mB2xWn5eZr8Lc4Hv
  client_secret: <%sec%>
  graphql_endpoint: https://api.reutersconnect.com/content/graphql
  channels:
    - STK567
    - OLGBTOPNWS
  poll_seconds: 60
wire_queue:
  nrcs: enps
  folder: WIRES.REUTERS
""", sec, "Reuters Connect API documentation (OAuth2 client credentials)", sec=sec)


# ---------------------------------------------------------------- ad insertion, traffic and billing

key = pkcs8_pem(10)
key_json = key.replace("\n", "\\n")
add("blind-cm/json/gcp-service-account", "adops/credentials/gam-reporting.json", r"""
{
  "type": "service_account",
  "project_id": "kestrel-adops",
  "private_key_id": "3f9c2a7b1e6d4058a2c9b7e1f0d3a6c48b2e5f17",
  "private_key": "<%key%>\n",
  "client_email": "gam-reporting@kestrel-adops.iam.gserviceaccount.com",
  "client_id": "104839201765438291045",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/gam-reporting%40kestrel-adops.iam.gserviceaccount.com"
}
""", key_json, "Google Cloud IAM, service account key file (JSON)", key=key_json)

add("blind-cm/yaml/decoy-file-ref", "adops/googleads.yaml", r"""
# Google Ad Manager API client (googleads-python-lib). Service-account flow:
# the key file is mounted from the secret store at runtime, never committed.
ad_manager:
  application_name: Kestrel Ad Ops reporting
  network_code: 21809957681
  path_to_private_key_file: /run/secrets/gam-reporting.json
  delegated_account: adops-reports@kestrelfm.co.uk
""", None, "googleads-python-lib googleads.yaml (service account key file path)")


sec = drawn(40, URLSAFE)
add("blind-cm/properties/adswizz-client-secret", "ad-sync/src/main/resources/application-prod.properties", r"""
spring.application.name=ad-sync
server.port=8085

# AdsWizz Domain API (audio campaign sync)
adswizz.api.base-url=https://api.adswizz.com/v6
adswizz.api.token-url=https://auth.adswizz.com/oauth2/token
adswizz.api.client-id=kestrel-ad-sync
adswizz.api.client-secret=<%sec%>
adswizz.api.publisher-id=3874

spring.datasource.url=jdbc:postgresql://traffic-db:5432/adsync
spring.datasource.username=adsync
spring.datasource.password=${ADSYNC_DB_PASSWORD}
""", sec, "Spring Boot externalized configuration; AdsWizz API OAuth2 client credentials", sec=sec)

add("blind-cm/properties/decoy-env-ref", "ad-sync/src/main/resources/application.properties", r"""
spring.application.name=ad-sync
adswizz.api.base-url=https://api.adswizz.com/v6
adswizz.api.client-id=${ADSWIZZ_CLIENT_ID}
adswizz.api.client-secret=${ADSWIZZ_CLIENT_SECRET}
triton.api.key=${TRITON_API_KEY:}
spring.datasource.url=jdbc:postgresql://localhost:5432/adsync
spring.datasource.username=adsync
spring.datasource.password=${ADSYNC_DB_PASSWORD:adsync}
""", None, "Spring Boot externalized configuration (placeholders)")

key = hexs(32)
add("blind-cm/env/triton-api-key", "audience/.env", r"""
# Triton Digital Webcast Metrics + Tap API for the weekly audience report
TRITON_API_BASE=https://api.tritondigital.com
TRITON_API_KEY=<%key%>
TRITON_STATION_IDS=KESTRELFM,KESTRELFM_AAC,VERDEFM
REPORT_TIMEZONE=Europe/London
REPORT_RECIPIENTS=sales@kestrelfm.co.uk,pd@kestrelfm.co.uk
""", key, "Triton Digital Developer Portal (API key)", key=key)

pw = rand_pw(18)
add("blind-cm/json/traffic-mssql-connection", "traffic/LogImporter/appsettings.Production.json", r"""
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft": "Warning" }
  },
  "ConnectionStrings": {
    "Traffic": "Server=wo-sql01.kestrel.local;Database=WOTraffic;User Id=log_importer;Password=<%pw%>;TrustServerCertificate=True;",
    "Automation": "Server=zetta-sql.kestrel.local;Database=Zetta;Integrated Security=True;"
  },
  "Import": {
    "LogFolder": "\\\\trafficfs\\logs\\out",
    "Stations": [ "KSTL-FM", "VRDE-FM" ],
    "MergeHour": 16
  }
}
""", pw, "ASP.NET Core configuration (appsettings.json); SQL Server connection strings", pw=pw)

add("blind-cm/json/decoy-integrated-auth", "traffic/LogImporter/appsettings.Development.json", r"""
{
  "ConnectionStrings": {
    "Traffic": "Server=(localdb)\\MSSQLLocalDB;Database=WOTraffic_Dev;Trusted_Connection=True;",
    "Automation": "Server=localhost,1433;Database=Zetta_Dev;Integrated Security=SSPI;"
  },
  "Import": {
    "LogFolder": "C:\\dev\\traffic\\logs",
    "Stations": [ "KSTL-FM" ]
  }
}
""", None, "ASP.NET Core configuration; SQL Server Windows authentication")

pw = words_pw()
add("blind-cm/xml/traffic-soap-password", "traffic/Reconciler/Web.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="TrafficSoapUrl" value="https://traffic.marketron.example/ws/LogService.asmx" />
    <add key="TrafficUser" value="kestrel_recon" />
    <add key="TrafficPassword" value="<%pw%>" />
    <add key="StationCallLetters" value="KSTL" />
    <add key="AsRunFolder" value="\\zetta01\AsRun" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" />
  </system.web>
</configuration>
""", pw, "ASP.NET Web.config appSettings; traffic system SOAP reconciliation", pw=pw)

key = fakes.fake("sk_live_", 24, _seed())
add("blind-cm/ruby/stripe-secret", "sales-portal/config/initializers/stripe.rb", r"""
# Self-serve ad booking for local businesses (sponsorship packages).
Rails.configuration.stripe = {
  publishable_key: "pk_live_51Kx3mQ2bLr9ZsT4uVwX8yA0cD1eF2gH3iJ4kL5mN6oP7qR8sT9uV0wX1yZ2a",
  secret_key:      "<%key%>"
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.api_version = "2023-10-16"
""", key, "Stripe documentation, API keys (secret key sk_live_)", key=key)

add("blind-cm/javascript/decoy-publishable-key", "sales-portal/app/javascript/checkout.js", r"""
// Stripe.js on the ad booking checkout page. Publishable keys are meant to be
// embedded in client-side code (Stripe docs: "API keys").
const stripe = Stripe("pk_live_51Kx3mQ2bLr9ZsT4uVwX8yA0cD1eF2gH3iJ4kL5mN6oP7qR8sT9uV0wX1yZ2a");

export async function payForSpots(clientSecret) {
  const elements = stripe.elements({ clientSecret });
  const payment = elements.create("payment");
  payment.mount("#payment-element");
  return elements;
}
""", None, "Stripe documentation, API keys (publishable keys are public)")



key = hexs(64)
add("blind-cm/python/dai-hmac-key", "ott/dai/token.py", r"""
"""[1:] + '"""HMAC tokens for Google DAI live streams (Ad Manager > Video > Live streams)."""' + r"""
import hashlib
import hmac
import time

# Authentication key shown under "Linear (live) stream > Authentication keys"
DAI_HMAC_KEY = bytes.fromhex("<%key%>")


def token(asset_key: str, ttl: int = 3600) -> str:
    exp = int(time.time()) + ttl
    msg = f"custom=asset:{asset_key}~exp={exp}"
    sig = hmac.new(DAI_HMAC_KEY, msg.encode(), hashlib.sha256).hexdigest()
    return f"{msg}~hmac={sig}"
""", key, "Google Ad Manager help, DAI HMAC token authentication", key=key)

ak = fakes.aws_key_id(_seed())
sk = fakes.aws_secret_key(_seed())
add("blind-cm/terraform/aws-secret-key", "infra/ott/mediatailor.tf", r"""
provider "aws" {
  region     = "eu-west-1"
  access_key = "<%ak%>"
  secret_key = "<%sk%>"
}

resource "aws_media_tailor_playback_configuration" "fast_news" {
  name                   = "kestrel-fast-news"
  ad_decision_server_url = "https://pubads.g.doubleclick.net/gampad/live/ads?iu=/21809957681/fast_news&sz=640x480&output=vast"
  video_content_source_url = "https://origin.kestreltv.co.uk/fast-news"
  slate_ad_url           = "https://media.kestreltv.co.uk/slates/slate-15s.mp4"

  cdn_configuration {
    ad_segment_url_prefix      = "https://ads-cdn.kestreltv.co.uk"
    content_segment_url_prefix = "https://cdn.kestreltv.co.uk"
  }
}
""", sk, "Terraform AWS provider (static credentials); aws_media_tailor_playback_configuration", ak=ak, sk=sk)

pw = rand_pw(16)
add("blind-cm/ini/revive-db-password", "adserver/var/ads.kestrelfm.co.uk.conf.php", r"""
;<?php exit; ?>
;*** DO NOT REMOVE THE LINE ABOVE ***
[openads]
installed=1
requireSSL=1

[database]
type=mysql
host=db.internal
port=3306
username=revive
password="<%pw%>"
name=revive
persistent=
protocol=tcp

[webpath]
admin="ads.kestrelfm.co.uk/www/admin"
delivery="ads.kestrelfm.co.uk/www/delivery"
""", pw, "Revive Adserver var/<host>.conf.php configuration file", pw=pw)

pw = words_pw()
add("blind-cm/sql/mssql-login", "traffic/db/migrations/V042__etl_login.sql", r"""
-- ETL login for the nightly as-run reconciliation (Zetta -> WideOrbit)
USE [master];
GO
CREATE LOGIN [asrun_etl] WITH PASSWORD = N'<%pw%>', CHECK_POLICY = ON, DEFAULT_DATABASE = [WOTraffic];
GO
USE [WOTraffic];
GO
CREATE USER [asrun_etl] FOR LOGIN [asrun_etl];
ALTER ROLE [db_datareader] ADD MEMBER [asrun_etl];
GRANT EXECUTE ON SCHEMA::[recon] TO [asrun_etl];
GO
""", pw, "SQL Server documentation, CREATE LOGIN", pw=pw)

add("blind-cm/sql/decoy-hash", "sales-portal/db/seeds/users.sql", r"""
-- Seed users for the ad booking portal (staging). Passwords are bcrypt hashes
-- produced by the app (has_secure_password); nobody can log in with these.
INSERT INTO users (email, role, password_digest, created_at) VALUES
  ('sales@kestrelfm.co.uk', 'admin', '""" + bcrypt_hash() + r"""', now()),
  ('traffic@kestrelfm.co.uk', 'traffic', '""" + bcrypt_hash() + r"""', now()),
  ('demo.advertiser@example.com', 'advertiser', '""" + bcrypt_hash() + r"""', now());

INSERT INTO packages (code, name, spots_per_week, price_pence) VALUES
  ('BRK30', 'Breakfast 30s', 35, 42000),
  ('DRV30', 'Drive 30s', 35, 38000);
""", None, "Rails has_secure_password (bcrypt password_digest)")

pw = rand_pw(16)
add("blind-cm/powershell/sql-password", "traffic/scripts/Export-AsRun.ps1", r"""
# Exports yesterday's as-run log from Zetta and drops it for the traffic system.
param([datetime]$Day = (Get-Date).AddDays(-1))

$server   = "zetta-sql.kestrel.local"
$database = "Zetta"
$user     = "asrun_export"
$password = "<%pw%>"

$query = @"
SELECT AirStartTime, AssetID, Title, Length FROM dbo.AsRunLog
WHERE CAST(AirStartTime AS date) = '$($Day.ToString("yyyy-MM-dd"))' AND AssetType = 'Spot'
"@

$rows = Invoke-Sqlcmd -ServerInstance $server -Database $database -Username $user -Password $password -Query $query
$out = "\\trafficfs\asrun\KSTL_$($Day.ToString('yyyyMMdd')).csv"
$rows | Export-Csv -Path $out -NoTypeInformation -Encoding UTF8
Write-Host "Wrote $($rows.Count) spots to $out"
""", pw, "SqlServer PowerShell module, Invoke-Sqlcmd", pw=pw)

add("blind-cm/powershell/decoy-secret-store", "traffic/scripts/Export-Reconcile.ps1", r"""
# Same export, credentials from the SecretManagement vault on the traffic server.
param([datetime]$Day = (Get-Date).AddDays(-1))
Import-Module Microsoft.PowerShell.SecretManagement

$cred = Get-Secret -Name "ZettaAsRunExport" -Vault "TrafficVault"   # PSCredential
$query = "SELECT AirStartTime, AssetID, Title FROM dbo.AsRunLog WHERE CAST(AirStartTime AS date) = @d"

$rows = Invoke-Sqlcmd -ServerInstance "zetta-sql.kestrel.local" -Database "Zetta" `
    -Credential $cred -Query $query -Variable "d='$($Day.ToString('yyyy-MM-dd'))'"
$rows | Export-Csv -Path "\\trafficfs\asrun\recon_$($Day.ToString('yyyyMMdd')).csv" -NoTypeInformation
""", None, "Microsoft.PowerShell.SecretManagement, Get-Secret")

add("blind-cm/xml/decoy-vast", "ott/fixtures/vast-preroll-sample.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!-- Captured VAST response used by the player tests. IDs are public ad identifiers. -->
<VAST version="4.1">
  <Ad id="697200496">
    <InLine>
      <AdSystem>GDFP</AdSystem>
      <AdTitle>Garage spring offer 15s</AdTitle>
      <Impression><![CDATA[https://pubads.g.doubleclick.net/pcs/view?xai=AKAOjsu3bW5Z6n1pQ8rT2vX0yC4eG7iK9mO1qS3uW5yA7cE9gI1kM3oQ5sU7wY9&sig=Cg0ArKJSzOo3Vx1lBRQ3EAE&adurl=]]></Impression>
      <Creatives>
        <Creative id="138316482012" adId="697200496">
          <UniversalAdId idRegistry="ad-id.org">KSTL0042000H</UniversalAdId>
          <Linear>
            <Duration>00:00:15</Duration>
            <MediaFiles>
              <MediaFile delivery="progressive" type="video/mp4" width="1280" height="720"><![CDATA[https://redirector.gvt1.com/videoplayback/id/5a1c9e3b7d2f4a60/itag/22/source/gfp_video_ads/mime/video%2Fmp4]]></MediaFile>
            </MediaFiles>
          </Linear>
        </Creative>
      </Creatives>
    </InLine>
  </Ad>
</VAST>
""", None, "IAB VAST 4.1 specification")

add("blind-cm/m3u8/decoy-scte35", "ott/fixtures/live-with-ad-break.m3u8", r"""
#EXTM3U
#EXT-X-VERSION:6
#EXT-X-TARGETDURATION:6
#EXT-X-MEDIA-SEQUENCE:184233
#EXT-X-PROGRAM-DATE-TIME:2024-05-02T17:59:54.000Z
#EXTINF:6.000,
seg_184233.ts
#EXT-X-DATERANGE:ID="splice-6FFFFFF0",START-DATE="2024-05-02T18:00:00.000Z",PLANNED-DURATION=120.0,SCTE35-OUT=0xFC302500000000000000FFF01405000000017FEFFF7A6B1F80FE00A4CB80000100000000E2F3D0D7
#EXT-X-CUE-OUT:120.000
#EXTINF:6.000,
seg_184234.ts
#EXT-X-CUE-OUT-CONT:ElapsedTime=6.000,Duration=120.000,SCTE35=/DAlAAAAAAAAAP/wFAUAAAABf+//emsfgP4ApMuAAAEAAAAA4vPQ1w==
#EXTINF:6.000,
seg_184235.ts
""", None, "RFC 8216 HLS (EXT-X-DATERANGE SCTE35-OUT); SCTE-35 splice_info_section")

# ---------------------------------------------------------------- podcast hosting APIs

key = drawn(22, ALNUM)
add("blind-cm/python/transistor-api-key", "podcasts/publish/transistor.py", r"""
"""[1:] + '"""Upload the edited show to Transistor.fm and publish it."""' + r"""
import pathlib

import requests

API = "https://api.transistor.fm/v1"
HEADERS = {"x-api-key": "<%key%>"}
SHOW_ID = "41823"


def publish(mp3: pathlib.Path, title: str, summary: str) -> str:
    up = requests.get(f"{API}/episodes/authorize_upload", params={"filename": mp3.name},
                      headers=HEADERS, timeout=30).json()["data"]["attributes"]
    with mp3.open("rb") as f:
        requests.put(up["upload_url"], data=f, headers={"Content-Type": up["content_type"]}, timeout=600).raise_for_status()
    ep = requests.post(f"{API}/episodes", headers=HEADERS, timeout=30, data={
        "episode[show_id]": SHOW_ID, "episode[title]": title,
        "episode[summary]": summary, "episode[audio_url]": up["audio_url"],
    }).json()["data"]
    requests.patch(f"{API}/episodes/{ep['id']}/publish", headers=HEADERS,
                   data={"episode[status]": "published"}, timeout=30).raise_for_status()
    return ep["id"]
""", key, "Transistor API documentation (x-api-key header, authorize_upload)", key=key)

tok = hexs(32)
add("blind-cm/shell/buzzsprout-token", "podcasts/scripts/buzzsprout-upload.sh", r"""
#!/usr/bin/env bash
# Usage: buzzsprout-upload.sh "Episode title" https://media.kestrelfm.co.uk/pods/ep123.mp3
set -euo pipefail
PODCAST_ID=1847362
TOKEN=<%tok%>

curl -fsS "https://www.buzzsprout.com/api/${PODCAST_ID}/episodes.json" \
  -H "Authorization: Token token=${TOKEN}" \
  -H "Content-Type: application/json" \
  -d "{\"title\": \"$1\", \"audio_url\": \"$2\", \"explicit\": false, \"private\": false}"
""", tok, "Buzzsprout API README (Token token= authorization)", tok=tok)

sec = drawn(20, ALNUM)
add("blind-cm/php/podbean-client-secret", "website/podcasts/podbean_sync.php", r"""
<?php
// Mirrors the latest Podbean episodes into the station website.
const PODBEAN_CLIENT_ID = 'a9c1f2b7e3d45068c1d2e';
const PODBEAN_CLIENT_SECRET = '<%sec%>';

function podbean_token(): string {
    $ch = curl_init('https://api.podbean.com/v1/oauth/token');
    curl_setopt_array($ch, [
        CURLOPT_USERPWD => PODBEAN_CLIENT_ID . ':' . PODBEAN_CLIENT_SECRET,
        CURLOPT_POSTFIELDS => 'grant_type=client_credentials',
        CURLOPT_RETURNTRANSFER => true,
    ]);
    $res = json_decode(curl_exec($ch), true);
    curl_close($ch);
    return $res['access_token'];
}

$episodes = json_decode(file_get_contents('https://api.podbean.com/v1/episodes?access_token=' . podbean_token() . '&limit=10'), true);
file_put_contents(__DIR__ . '/cache/episodes.json', json_encode($episodes['episodes']));
""", sec, "Podbean API documentation (client credentials OAuth)", sec=sec)

sec = hexs(32)
add("blind-cm/env/spotify-client-secret", "podcasts/stats/.env", r"""
# weekly podcast stats pull (Spotify Web API for show metadata)
SPOTIFY_CLIENT_ID=3f0a9c5e7b1d42e8a6c4f2b9d7e1a3c5
SPOTIFY_CLIENT_SECRET=<%sec%>
SPOTIFY_SHOW_IDS=5CfCWKI5pZ28U0uOzXkDHe,2mTUnDkuKUkhiueKcVWoP0
APPLE_PODCAST_IDS=1548813447
OUTPUT=/srv/stats/podcasts.csv
""", sec, "Spotify for Developers, App settings (client ID and client secret)", sec=sec)

key = ec_p8()
add("blind-cm/pem/apple-p8-key", "podcasts/apple/AuthKey_7KQ2M9X4LB.p8", r"""
<%key%>
""", key, "Apple Podcasts Connect API, creating API keys (.p8 private key)", key=key)

add("blind-cm/json/decoy-public-id", "podcasts/apple/connect.json", r"""
{
  "issuerId": "57246542-96fe-1a63-e053-0824d011072a",
  "keyId": "7KQ2M9X4LB",
  "privateKeyPath": "/run/secrets/AuthKey_7KQ2M9X4LB.p8",
  "providerId": "KestrelMediaLtd",
  "shows": [
    {"name": "Kestrel Breakfast Catch-up", "appleId": 1548813447},
    {"name": "Verde Voices", "appleId": 1632094518}
  ]
}
""", None, "Apple Podcasts Connect API (issuer ID and key ID identify the key, not secret)")

tok = jwt()
add("blind-cm/go/simplecast-token", "podcasts/simplecast-sync/main.go", r"""
package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
)

const (
	apiBase   = "https://api.simplecast.com"
	podcastID = "f3a9c1e2-7b4d-4e5f-9a8b-1c2d3e4f5a6b"
	apiToken  = "<%tok%>"
)

func main() {
	req, _ := http.NewRequest("GET", fmt.Sprintf("%s/podcasts/%s/episodes?limit=20", apiBase, podcastID), nil)
	req.Header.Set("Authorization", "Bearer "+apiToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer resp.Body.Close()
	var body map[string]any
	json.NewDecoder(resp.Body).Decode(&body)
	json.NewEncoder(os.Stdout).Encode(body["collection"])
}
""", tok, "Simplecast API documentation (bearer token)", tok=tok)

tok = hexs(32)
add("blind-cm/ruby/megaphone-token", "podcasts/megaphone/lib/megaphone_client.rb", r"""
require "net/http"
require "json"

# Megaphone (Spotify Audience Network) - inserts the ad markers after each edit.
class MegaphoneClient
  BASE = URI("https://cms.megaphone.fm/api/")
  NETWORK_ID = "b8f3e0a2-4c1d-11ee-9a7c-1f2e3d4c5b6a"
  TOKEN = "<%tok%>"

  def episodes(podcast_id)
    get("networks/#{NETWORK_ID}/podcasts/#{podcast_id}/episodes")
  end

  private

  def get(path)
    uri = URI.join(BASE, path)
    req = Net::HTTP::Get.new(uri)
    req["Authorization"] = %(Token token="#{TOKEN}")
    res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
    JSON.parse(res.body)
  end
end
""", tok, "Megaphone API documentation (Token token= authorization)", tok=tok)

r = _rng()
pi_key = "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(20))
pi_secret = "".join(r.choice(ALNUM + "^#$") for _ in range(40))
add("blind-cm/typescript/podcastindex-secret", "podcasts/directory/src/podcastindex.ts", r"""
import { createHash } from "node:crypto";

// Podcast Index: auth is sha1(key + secret + unixtime) in the Authorization header.
const API_KEY = "<%k%>";
const API_SECRET = "<%s%>";

export async function byFeedUrl(url: string) {
  const now = Math.floor(Date.now() / 1000).toString();
  const auth = createHash("sha1").update(API_KEY + API_SECRET + now).digest("hex");
  const res = await fetch(`https://api.podcastindex.org/api/1.0/podcasts/byfeedurl?url=${encodeURIComponent(url)}`, {
    headers: {
      "User-Agent": "KestrelPodDirectory/1.2",
      "X-Auth-Key": API_KEY,
      "X-Auth-Date": now,
      Authorization: auth,
    },
  });
  return res.json();
}
""", pi_secret, "Podcast Index API documentation (X-Auth-Key, Authorization sha1 of key+secret+date)", k=pi_key, s=pi_secret)

pw = words_pw()
add("blind-cm/makefile/auphonic-password", "podcasts/Makefile", r"""
# make master EP=ep123  -> uploads to Auphonic with the "Kestrel podcast" preset
AUPHONIC_USER := podcasts@kestrelfm.co.uk
AUPHONIC_PASS := <%pw%>
PRESET := ceigtvDv8jH6NaK52Z5eXH

.PHONY: master
master:
	curl -fsS -X POST https://auphonic.com/api/simple/productions.json \
	  -u "$(AUPHONIC_USER):$(AUPHONIC_PASS)" \
	  -F "preset=$(PRESET)" \
	  -F "title=$(EP)" \
	  -F "input_file=@raw/$(EP).wav" \
	  -F "action=start"

.PHONY: clean
clean:
	rm -f out/*.mp3
""", pw, "Auphonic API documentation, simple API with HTTP basic auth", pw=pw)

r = _rng()
b2_id = "005" + "".join(r.choice(HEX) for _ in range(22))
b2_key = "K005" + "".join(r.choice(ALNUM + "/+") for _ in range(27))
add("blind-cm/rclone/b2-key", "podcasts/archive/rclone.conf", r"""
[b2-archive]
type = b2
account = <%i%>
key = <%k%>
hard_delete = false

[podcast-cdn]
type = s3
provider = Other
env_auth = true
endpoint = https://storage.bunnycdn.example
""", b2_key, "rclone documentation, Backblaze B2 (account/key)", i=b2_id, k=b2_key)


add("blind-cm/rclone/decoy-env-auth", "ops/rclone/rclone.ci.conf", r"""
# CI uses instance credentials / env vars only (RCLONE_CONFIG_R2_ACCESS_KEY_ID etc.)
[r2]
type = s3
provider = Cloudflare
env_auth = true
endpoint = https://4f2c9a1e7b3d5068a2c4e6f8b0d1a3c5.r2.cloudflarestorage.com
acl = private

[b2-archive]
type = b2
hard_delete = false
""", None, "rclone documentation (env_auth, RCLONE_CONFIG_* environment variables)")


pw = words_pw()
add("blind-cm/python/sftp-password", "royalties/soundexchange_upload.py", r"""
# Monthly ROU (report of use) upload to the royalty collection SFTP.
import datetime as dt
import pathlib

import paramiko

HOST = "sftp.royalties.example.org"
USER = "kestrelfm_rou"
PASSWORD = "<%pw%>"


def upload(report: pathlib.Path) -> None:
    transport = paramiko.Transport((HOST, 22))
    transport.connect(username=USER, password=PASSWORD)
    sftp = paramiko.SFTPClient.from_transport(transport)
    try:
        sftp.put(str(report), f"/incoming/{report.name}")
    finally:
        sftp.close()
        transport.close()


if __name__ == "__main__":
    month = (dt.date.today().replace(day=1) - dt.timedelta(days=1)).strftime("%Y%m")
    upload(pathlib.Path(f"/srv/royalties/KSTL_{month}_ROU.txt"))
""", pw, "Paramiko documentation, Transport and SFTPClient", pw=pw)

add("blind-cm/xml/decoy-public-id", "podcasts/feed/breakfast.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0">
  <channel>
    <title>Kestrel Breakfast Catch-up</title>
    <link>https://kestrelfm.co.uk/breakfast</link>
    <podcast:guid>c7b0f2a4-58d1-5e3a-9b6c-2f4e8a1d0c37</podcast:guid>
    <podcast:locked owner="podcasts@kestrelfm.co.uk">yes</podcast:locked>
    <itunes:owner>
      <itunes:name>Kestrel Media Ltd</itunes:name>
      <itunes:email>podcasts@kestrelfm.co.uk</itunes:email>
    </itunes:owner>
    <itunes:category text="News"/>
    <item>
      <title>Thursday 2 May</title>
      <guid isPermaLink="false">kfm-bfast-2024-05-02-8f3e1a9c</guid>
      <enclosure url="https://media.kestrelfm.co.uk/pods/bfast/2024-05-02.mp3?_=a7c3e91f" length="28734112" type="audio/mpeg"/>
      <itunes:duration>2394</itunes:duration>
    </item>
  </channel>
</rss>
""", None, "Podcasting 2.0 namespace (podcast:guid); Apple Podcasts RSS requirements")

add("blind-cm/env/decoy-placeholder", "podcasts/.env.example", r"""
# Copy to .env and fill in. Values here are placeholders only.
TRANSISTOR_API_KEY=your-transistor-api-key
BUZZSPROUT_TOKEN=<buzzsprout-api-token>
PODBEAN_CLIENT_ID=
PODBEAN_CLIENT_SECRET=
PODCASTINDEX_KEY=XXXXXXXXXXXXXXXXXXXX
PODCASTINDEX_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
AUPHONIC_PASS=changeme
SPOTIFY_CLIENT_SECRET=replace_me
""", None, "dotenv conventions (.env.example with placeholders)")

# ---------------------------------------------------------------- OTT / HLS packaging, DRM, CDNs

r = _rng()
cs = base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()
ct = "akab-" + "".join(r.choice(LOWNUM) for _ in range(16)) + "-" + "".join(r.choice(LOWNUM) for _ in range(16))
at = "akab-" + "".join(r.choice(LOWNUM) for _ in range(16)) + "-" + "".join(r.choice(LOWNUM) for _ in range(16))
add("blind-cm/edgerc/akamai-client-secret", "ott/cdn/akamai/.edgerc", r"""
[default]
client_secret = <%cs%>
host = akab-3f9wz2m7qk5xpl4n-vb6rj8d2hcy1t0ue.luna.akamaiapis.net
access_token = <%at%>
client_token = <%ct%>
max-body = 131072

[ccu]
host = akab-3f9wz2m7qk5xpl4n-vb6rj8d2hcy1t0ue.luna.akamaiapis.net
""", cs, "Akamai EdgeGrid authentication, .edgerc file format", cs=cs, at=at, ct=ct)

add("blind-cm/edgerc/decoy-placeholder", "ott/cdn/akamai/edgerc.sample", r"""
; Template - copy to ~/.edgerc. Real credentials come from Control Center >
; Identity & access > API clients and are never committed.
[default]
client_secret = xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
host = akab-xxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx.luna.akamaiapis.net
access_token = akab-xxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx
client_token = akab-xxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx
""", None, "Akamai EdgeGrid authentication, .edgerc sample")

key = hexs(64)
add("blind-cm/python/akamai-token-key", "ott/player-api/tokens.py", r"""
# Akamai Token Auth 2.0 for the HLS paths (/live/*, /vod/*)
from akamai.edgeauth import EdgeAuth, EdgeAuthError

EDGEAUTH_KEY = "<%key%>"

_auth = EdgeAuth(key=EDGEAUTH_KEY, token_name="hdnts", window_seconds=6 * 3600, escape_early=False)


def signed(url_path: str) -> str:
    acl = url_path.rsplit("/", 1)[0] + "/*"
    try:
        token = _auth.generate_acl_token(acl)
    except EdgeAuthError as exc:
        raise RuntimeError(f"could not sign {acl}") from exc
    return f"{url_path}?hdnts={token}"
""", key, "Akamai EdgeAuth-Token-Python README (key is a hex string)", key=key)

tok = drawn(32, URLSAFE)
add("blind-cm/terraform/fastly-api-key", "infra/cdn/fastly/main.tf", r"""
terraform {
  required_providers {
    fastly = { source = "fastly/fastly", version = "~> 5.7" }
  }
}

provider "fastly" {
  api_key = "<%tok%>"
}

resource "fastly_service_vcl" "hls" {
  name = "kestreltv-hls"

  domain { name = "hls.kestreltv.co.uk" }

  backend {
    name    = "origin"
    address = "origin.kestreltv.co.uk"
    port    = 443
    use_ssl = true
  }

  force_destroy = false
}
""", tok, "Terraform Fastly provider documentation (api_key)", tok=tok)

tok = drawn(40, URLSAFE)
add("blind-cm/shell/cloudflare-token", "ott/scripts/purge-playlist.sh", r"""
#!/usr/bin/env bash
# Purge the master playlists after a rendition ladder change.
ZONE_ID=7c3e1a9f2b4d6e8a0c2e4f6a8b0d2f4a
CF_API_TOKEN=<%tok%>

curl -sS -X POST "https://api.cloudflare.com/client/v4/zones/${ZONE_ID}/purge_cache" \
  -H "Authorization: Bearer ${CF_API_TOKEN}" \
  -H "Content-Type: application/json" \
  --data '{"files":["https://hls.kestreltv.co.uk/live/news/master.m3u8","https://hls.kestreltv.co.uk/live/sport/master.m3u8"]}'
""", tok, "Cloudflare API, purge cached content by URL (API token)", tok=tok)

key = uuid_s() + "-" + uuid_s()[:4] + "-" + uuid_s()[:4]
add("blind-cm/javascript/bunny-access-key", "ott/scripts/bunny-purge.mjs", r"""
// Purge a pull zone after publishing a new catch-up episode.
const BUNNY_ACCESS_KEY = "<%key%>";
const PULL_ZONE_ID = 1847362;

export async function purgeZone() {
  const res = await fetch(`https://api.bunny.net/pullzone/${PULL_ZONE_ID}/purgeCache`, {
    method: "POST",
    headers: { AccessKey: BUNNY_ACCESS_KEY, accept: "application/json" },
  });
  if (res.status !== 204) throw new Error(`bunny purge failed: ${res.status}`);
}

export async function purgeUrl(url) {
  await fetch(`https://api.bunny.net/purge?url=${encodeURIComponent(url)}`, {
    method: "POST",
    headers: { AccessKey: BUNNY_ACCESS_KEY },
  });
}
""", key, "bunny.net API reference (AccessKey header)", key=key)

key = uuid_s()
add("blind-cm/php/bunny-token-key", "website/lib/signed_url.php", r"""
<?php
// Bunny CDN token authentication for the members-only catch-up videos.
function bunny_signed_url(string $path, int $ttl = 3600): string
{
    $securityKey = '<%key%>';
    $expires = time() + $ttl;
    $hashable = $securityKey . $path . $expires;
    $token = base64_encode(hash('sha256', $hashable, true));
    $token = strtr($token, '+/', '-_');
    $token = str_replace('=', '', $token);
    return "https://members.b-cdn.kestreltv.co.uk{$path}?token={$token}&expires={$expires}";
}
""", key, "bunny.net documentation, token authentication (URL signing)", key=key)

sec = passphrase()
add("blind-cm/nginx/secure-link-secret", "ott/origin/nginx/sites-enabled/hls-origin.conf", r"""
server {
    listen 443 ssl http2;
    server_name origin.kestreltv.co.uk;

    ssl_certificate     /etc/letsencrypt/live/origin.kestreltv.co.uk/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/origin.kestreltv.co.uk/privkey.pem;

    location /live/ {
        secure_link $arg_md5,$arg_expires;
        secure_link_md5 "$secure_link_expires$uri$remote_addr <%sec%>";
        if ($secure_link = "")  { return 403; }
        if ($secure_link = "0") { return 410; }

        types { application/vnd.apple.mpegurl m3u8; video/mp2t ts; }
        root /var/hls;
        add_header Cache-Control "max-age=2";
    }
}
""", sec, "nginx ngx_http_secure_link_module (secure_link_md5)", sec=sec)

key = hexs(64)
iv = hexs(32)
add("blind-cm/shell/widevine-signing-key", "ott/packaging/package-vod.sh", r"""
#!/usr/bin/env bash
# Package a VOD title with Widevine + PlayReady (CENC) through our Widevine
# key server account "kestreltv".
set -euo pipefail
IN=$1; OUT=$2; CONTENT_ID=$(echo -n "$(basename "$IN")" | xxd -p)

packager \
  in="$IN",stream=audio,output="$OUT/audio.mp4" \
  in="$IN",stream=video,output="$OUT/h264_1080p.mp4" \
  --enable_widevine_encryption \
  --key_server_url https://license.uat.widevine.com/cenc/getcontentkey/kestreltv \
  --content_id "$CONTENT_ID" \
  --signer kestreltv \
  --aes_signing_key <%key%> \
  --aes_signing_iv <%iv%> \
  --mpd_output "$OUT/manifest.mpd" \
  --hls_master_playlist_output "$OUT/master.m3u8"
""", key, "Shaka Packager documentation, Widevine key server encryption (--aes_signing_key)", key=key, iv=iv)

add("blind-cm/shell/decoy-public-test-key", "ott/packaging/package-test.sh", r"""
#!/usr/bin/env bash
# Local test packaging with the public "widevine_test" signer from the Shaka
# Packager docs. These credentials are published for testing and only work
# against the Widevine UAT test server.
set -euo pipefail
packager \
  in=tears.mp4,stream=video,output=out/video.mp4 \
  in=tears.mp4,stream=audio,output=out/audio.mp4 \
  --enable_widevine_encryption \
  --key_server_url https://license.uat.widevine.com/cenc/getcontentkey/widevine_test \
  --content_id 7465737420636f6e74656e74206964 \
  --signer widevine_test \
  --aes_signing_key 1ae8ccd0e7985cc0b6203a55855a1034afc252980e970ca90e5202689f947ab9 \
  --aes_signing_iv d58ce954203b7c9a9a9d467f59839249 \
  --mpd_output out/manifest.mpd
""", None, "Shaka Packager documentation, Widevine test credentials (widevine_test)")

add("blind-cm/m3u8/decoy-key-uri", "ott/fixtures/aes128/index.m3u8", r"""
#EXTM3U
#EXT-X-VERSION:3
#EXT-X-TARGETDURATION:6
#EXT-X-MEDIA-SEQUENCE:0
#EXT-X-PLAYLIST-TYPE:VOD
#EXT-X-KEY:METHOD=AES-128,URI="https://keys.kestreltv.co.uk/v1/key/5f3c9a1e?token=${PLAYER_TOKEN}",IV=0x8D2F1E4C7A9B3D60E5F1A2B3C4D5E6F7
#EXTINF:6.000,
seg_00000.ts
#EXTINF:6.000,
seg_00001.ts
#EXTINF:4.480,
seg_00002.ts
#EXT-X-ENDLIST
""", None, "RFC 8216 HLS, EXT-X-KEY (URI and IV are public, the key is fetched)")

add("blind-cm/mpd/decoy-pssh", "ott/fixtures/cenc/manifest.mpd", r"""
<?xml version="1.0" encoding="UTF-8"?>
<MPD xmlns="urn:mpeg:dash:schema:mpd:2011" xmlns:cenc="urn:mpeg:cenc:2013" profiles="urn:mpeg:dash:profile:isoff-on-demand:2011" type="static" mediaPresentationDuration="PT734.167S" minBufferTime="PT2S">
  <Period id="0">
    <AdaptationSet contentType="video" segmentAlignment="true">
      <ContentProtection value="cenc" schemeIdUri="urn:mpeg:dash:mp4protection:2011" cenc:default_KID="6e5a1d26-2757-47d7-8046-eaa5d1d34b5a"/>
      <ContentProtection schemeIdUri="urn:uuid:edef8ba9-79d6-4ace-a3c8-27dcd51d21ed">
        <cenc:pssh>AAAAW3Bzc2gAAAAA7e+LqXnWSs6jyCfc1R0h7QAAADsIARIQblodJidXR9eARuql0dNLWhoNd2lkZXZpbmVfdGVzdCIQMDAwMDAwMDAwMDAwMDAwMEjj3JWbBg==</cenc:pssh>
      </ContentProtection>
      <Representation id="0" bandwidth="4521345" codecs="avc1.640028" mimeType="video/mp4" width="1920" height="1080">
        <BaseURL>h264_1080p.mp4</BaseURL>
      </Representation>
    </AdaptationSet>
  </Period>
</MPD>
""", None, "ISO/IEC 23001-7 CENC (pssh box, default_KID); DASH-IF IOP")

add("blind-cm/javascript/decoy-test-vector", "ott/player/test/clearkey.test.js", r"""
// ClearKey playback test with the DASH-IF test vectors (public test content;
// the keys are published alongside the streams at reference.dashif.org).
import { describe, it, expect } from "vitest";
import { buildClearKeyConfig } from "../src/drm.js";

const TEST_KID = "nrQFDeRLSAKTLifXUIPiZg";
const TEST_KEY = "FmY0xnWCPCNaSpRG-tUuTQ";

describe("clearkey config", () => {
  it("maps kid to key for dash.js protData", () => {
    const cfg = buildClearKeyConfig({ [TEST_KID]: TEST_KEY });
    expect(cfg["org.w3.clearkey"].clearkeys[TEST_KID]).toBe(TEST_KEY);
  });
});
""", None, "DASH-IF test vectors (ClearKey test content); W3C EME ClearKey")

tid = uuid_s()
sec = drawn(75, B64)
add("blind-cm/env/mux-token-secret", "ott/video-api/.env", r"""
# Mux Video - live streams for the regional news opt-outs
MUX_TOKEN_ID=<%tid%>
MUX_TOKEN_SECRET=<%sec%>
MUX_WEBHOOK_PATH=/hooks/mux
MUX_ENVIRONMENT=production
DEFAULT_PLAYBACK_POLICY=signed
LATENCY_MODE=reduced
""", sec, "Mux documentation, API access tokens (token ID and token secret)", tid=tid, sec=sec)

pk = b64(rsa_pem() + "\n")
add("blind-cm/yaml/mux-signing-key", "ott/video-api/config/production.yaml", r"""
mux:
  environment: production
  signing:
    key_id: 8cHxVq02mLz3Tr7Wn1bKp00aJ5sYdE9fGh4u
    # base64 of the PEM, as returned by POST /system/v1/signing-keys
    private_key: <%pk%>
  playback:
    policy: signed
    token_ttl_seconds: 21600
  live:
    reconnect_window: 60
    max_continuous_duration: 43200
""", pk, "Mux documentation, signing keys (base64-encoded private key)", pk=pk)

add("blind-cm/html/decoy-public-id", "website/templates/live.html", r"""
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Kestrel TV - Watch live</title>
  <script src="https://cdn.jsdelivr.net/npm/@mux/mux-player" defer></script>
</head>
<body>
  <!-- playback-id and env-key are public identifiers (Mux Data / Mux Player docs) -->
  <mux-player
    playback-id="qxb01i6T202018GFS02vp9RIe01icTcDCjVzQpmaB00CUisJ4"
    env-key="ia0h2m7u9ssq7p3dtlt6fpgte"
    playback-token="{{ playback_token }}"
    metadata-video-title="Kestrel TV live"
    stream-type="live">
  </mux-player>
</body>
</html>
""", None, "Mux Player documentation (playback-id and env-key are public)")

sec = drawn(86, URLSAFE)
add("blind-cm/json/brightcove-client-secret", "ott/catchup/config/brightcove.json", r"""
{
  "accountId": "6313412749001",
  "oauth": {
    "tokenUrl": "https://oauth.brightcove.com/v4/access_token",
    "clientId": "2f8d6c31-a4b7-4e09-8d1e-5c7f9a2b3e64",
    "clientSecret": "<%sec%>"
  },
  "cms": {
    "baseUrl": "https://cms.api.brightcove.com/v1",
    "folder": "Catch-up"
  },
  "ingestProfile": "multi-platform-standard-static"
}
""", sec, "Brightcove OAuth API (client credentials)", sec=sec)

sec = drawn(48, ALNUM)
add("blind-cm/python/jwplayer-secret", "ott/catchup/jw_upload.py", r"""
# Upload catch-up programmes to JW Player (Management API v2).
import requests

SITE_ID = "Kx3mQ9Tz"
JW_API_SECRET = "<%sec%>"
BASE = f"https://api.jwplayer.com/v2/sites/{SITE_ID}/media/"


def create_from_url(url: str, title: str) -> str:
    r = requests.post(BASE, headers={"Authorization": f"Bearer {JW_API_SECRET}"}, json={
        "upload": {"method": "fetch", "download_url": url},
        "metadata": {"title": title, "tags": ["catch-up"]},
    }, timeout=30)
    r.raise_for_status()
    return r.json()["id"]
""", sec, "JW Player Management API v2 (API secret as bearer token)", sec=sec)

tok = hexs(32)
add("blind-cm/php/vimeo-token", "website/lib/vimeo_showcase.php", r"""
<?php
require __DIR__ . '/../vendor/autoload.php';

use Vimeo\Vimeo;

// Showcase of the documentary strand on the TV site.
$client_id = '1f7c9a2e3b4d5c6e7f8a9b0c1d2e3f4a5b6c7d8e';
$client_secret = getenv('VIMEO_CLIENT_SECRET');
$access_token = '<%tok%>';

$vimeo = new Vimeo($client_id, $client_secret, $access_token);
$response = $vimeo->request('/me/albums/10938472/videos', ['per_page' => 12, 'sort' => 'date'], 'GET');

header('Content-Type: application/json');
echo json_encode(array_map(fn($v) => [
    'name' => $v['name'],
    'link' => $v['link'],
    'picture' => $v['pictures']['base_link'],
], $response['body']['data']));
""", tok, "vimeo.php README (client id, client secret, access token)", tok=tok)

sec = hexs(32)
add("blind-cm/python/kaltura-admin-secret", "ott/archive/kaltura_session.py", r"""
from KalturaClient import KalturaClient, KalturaConfiguration
from KalturaClient.Plugins.Core import KalturaSessionType

PARTNER_ID = 2489631
ADMIN_SECRET = "<%sec%>"
SERVICE_URL = "https://www.kaltura.com"


def client() -> KalturaClient:
    config = KalturaConfiguration(PARTNER_ID)
    config.serviceUrl = SERVICE_URL
    c = KalturaClient(config)
    ks = c.session.start(ADMIN_SECRET, "archive-bot@kestreltv.co.uk", KalturaSessionType.ADMIN,
                         PARTNER_ID, 86400, "disableentitlement")
    c.setKs(ks)
    return c
""", sec, "Kaltura API documentation, session.start with admin secret", sec=sec)

key = rsa_pem()
add("blind-cm/pem/cloudfront-private-key", "ott/signing/keys/private_key-K2JCJMDEHXQW5F.pem", r"""
<%key%>
""", key, "Amazon CloudFront developer guide, creating key pairs for signers (private key PEM)", key=key)

add("blind-cm/terraform/decoy-public-key", "infra/ott/cloudfront-signing.tf", r"""
# Public half of the CloudFront signing key. The private key stays in AWS
# Secrets Manager (kestreltv/cloudfront/signing-key) and is read by the token API.
resource "aws_cloudfront_public_key" "player" {
  name        = "player-signing-2024"
  comment     = "signed cookies for premium catch-up"
  encoded_key = <<-EOT
""" + "\n".join("    " + line for line in public_key_pem().splitlines()) + r"""
  EOT
}

resource "aws_cloudfront_key_group" "player" {
  name  = "player-signing"
  items = [aws_cloudfront_public_key.player.id]
}
""", None, "Terraform aws_cloudfront_public_key (public key PEM)")

key = "".join(_rng().choice(ALNUM) for _ in range(86)) + "=="
add("blind-cm/json/azure-storage-key", "ott/transcode-func/local.settings.json", r"""
{
  "IsEncrypted": false,
  "Values": {
    "FUNCTIONS_WORKER_RUNTIME": "python",
    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=kestreltvmedia;AccountKey=<%key%>;EndpointSuffix=core.windows.net",
    "OUTPUT_CONTAINER": "hls-out",
    "LADDER": "1080p,720p,480p,360p"
  }
}
""", key, "Azure Functions local.settings.json; Azure Storage connection strings", key=key)

add("blind-cm/json/decoy-public-dev-key", "ott/transcode-func/local.settings.example.json", r"""
{
  "IsEncrypted": false,
  "Values": {
    "FUNCTIONS_WORKER_RUNTIME": "python",
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "MEDIA_STORAGE": "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;",
    "OUTPUT_CONTAINER": "hls-out"
  }
}
""", None, "Azurite documentation, well-known development storage account key")

key = base64.urlsafe_b64encode(bytes(_rng().getrandbits(8) for _ in range(16))).decode()
add("blind-cm/python/cdn-url-signing-key", "ott/player-api/gcdn.py", r"""
# Signed URLs for Google Cloud CDN (backend bucket kestreltv-vod)
import base64
import datetime
import hashlib
import hmac

KEY_NAME = "vod-key-2024"
KEY_B64 = "<%key%>"


def sign_url(url: str, ttl: datetime.timedelta = datetime.timedelta(hours=4)) -> str:
    expires = int((datetime.datetime.now(datetime.timezone.utc) + ttl).timestamp())
    sep = "&" if "?" in url else "?"
    to_sign = f"{url}{sep}Expires={expires}&KeyName={KEY_NAME}"
    digest = hmac.new(base64.urlsafe_b64decode(KEY_B64), to_sign.encode(), hashlib.sha1).digest()
    return f"{to_sign}&Signature={base64.urlsafe_b64encode(digest).decode()}"
""", key, "Google Cloud CDN, signed URLs (128-bit base64url key)", key=key)

ak = fakes.aws_key_id(_seed())
sk = fakes.aws_secret_key(_seed())
add("blind-cm/python/aws-secret-key", "ott/transcode/submit_job.py", r"""
# Submit a MediaConvert HLS job for a newly ingested programme.
import json
import sys

import boto3

session = boto3.Session(
    aws_access_key_id="<%ak%>",
    aws_secret_access_key="<%sk%>",
    region_name="eu-west-2",
)
mc = session.client("mediaconvert", endpoint_url="https://abcd1234.mediaconvert.eu-west-2.amazonaws.com")

with open("ott/transcode/templates/hls-ladder.json") as f:
    settings = json.load(f)
settings["Inputs"][0]["FileInput"] = sys.argv[1]

job = mc.create_job(Role="arn:aws:iam::381492006517:role/MediaConvertRole", Settings=settings)
print(job["Job"]["Id"])
""", sk, "boto3 documentation, credentials (passing credentials as parameters)", ak=ak, sk=sk)


r = _rng()
site_key = "".join(r.choice(ALNUM) for _ in range(32))
add("blind-cm/java/drm-site-key", "ott/drm-token/src/main/java/uk/co/kestreltv/drm/LicenseToken.java", r"""
package uk.co.kestreltv.drm;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;

/** Builds PallyCon license tokens for the premium OTT player. */
public final class LicenseToken {
    private static final String SITE_ID = "K7TV";
    private static final String SITE_KEY = "<%k%>";
    private static final String ACCESS_KEY_ENV = "PALLYCON_ACCESS_KEY";

    public static String hash(String drmType, String userId, String cid, String policy) throws Exception {
        String ts = Instant.now().toString().substring(0, 19) + "Z";
        String raw = System.getenv(ACCESS_KEY_ENV) + drmType + SITE_ID + userId + cid + policy + ts;
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        return Base64.getEncoder().encodeToString(sha.digest(raw.getBytes(StandardCharsets.UTF_8)));
    }

    private LicenseToken() {}
}
""", site_key, "PallyCon multi-DRM license token guide (site ID, site key, access key)", k=site_key)

# ---------------------------------------------------------------- platform: k8s, helm, CI, deployment

pw = words_pw()
add("blind-cm/k8s-secret/icecast-password", "k8s/streaming/icecast-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: icecast-credentials
  namespace: streaming
  labels:
    app.kubernetes.io/name: icecast
type: Opaque
data:
  source-user: c291cmNl
  source-password: <%b%>
""", pw, "Kubernetes documentation, Secrets (data values are base64)", b=b64(pw))

pw = rand_pw(20)
add("blind-cm/k8s-secret/harbor-password", "k8s/streaming/liquidsoap-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: liquidsoap-harbor
  namespace: streaming
type: Opaque
stringData:
  HARBOR_USER: dj
  HARBOR_PASSWORD: "<%pw%>"
  HARBOR_PORT: "8005"
""", pw, "Kubernetes documentation, Secrets (stringData)", pw=pw)

key = twitch_key()
add("blind-cm/k8s-secret/twitch-stream-key", "k8s/simulcast/platform-keys.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: platform-keys
  namespace: streaming
type: Opaque
data:
  twitch: <%b%>
""", key, "Kubernetes documentation, Secrets (data values are base64)", b=b64(key))

add("blind-cm/k8s/decoy-external-secret", "k8s/streaming/icecast-externalsecret.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: icecast-credentials
  namespace: streaming
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-backend
    kind: ClusterSecretStore
  target:
    name: icecast-credentials
  data:
    - secretKey: source-password
      remoteRef:
        key: secret/data/streaming/icecast
        property: source_password
    - secretKey: admin-password
      remoteRef:
        key: secret/data/streaming/icecast
        property: admin_password
""", None, "External Secrets Operator documentation, ExternalSecret")

add("blind-cm/k8s-secret/decoy-sealed", "k8s/streaming/icecast-sealedsecret.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: icecast-credentials
  namespace: streaming
spec:
  encryptedData:
    source-password: AgB""" + drawn(339, B64) + r"""==
    admin-password: AgA""" + drawn(339, B64) + r"""==
  template:
    metadata:
      name: icecast-credentials
      namespace: streaming
    type: Opaque
""", None, "Bitnami sealed-secrets README (encryptedData is ciphertext)")

pw = rand_pw(22)
add("blind-cm/helm/postgres-password", "deploy/helm/libretime/values-prod.yaml", r"""
image:
  repository: ghcr.io/libretime/libretime-api
  tag: 4.1.0

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: studio.radioverde.org
      paths: [{path: /, pathType: Prefix}]

postgresql:
  enabled: true
  auth:
    username: libretime
    password: "<%pw%>"
    database: libretime
  primary:
    persistence:
      size: 20Gi

rabbitmq:
  enabled: true
  auth:
    username: libretime
    existingPasswordSecret: libretime-rabbitmq
""", pw, "Bitnami PostgreSQL Helm chart, auth.password", pw=pw)

add("blind-cm/helm/decoy-existing-secret", "deploy/helm/libretime/values-staging.yaml", r"""
image:
  repository: ghcr.io/libretime/libretime-api
  tag: 4.1.0

postgresql:
  enabled: true
  auth:
    username: libretime
    database: libretime
    existingSecret: libretime-postgres
    secretKeys:
      userPasswordKey: password
      adminPasswordKey: postgres-password

icecast:
  sourcePassword: ""          # taken from secret icecast-credentials
  existingSecret: icecast-credentials
""", None, "Bitnami PostgreSQL Helm chart, auth.existingSecret")

key = openssh_key()
add("blind-cm/ssh/openssh-private-key", "deploy/keys/playout_deploy_ed25519", r"""
<%key%>
""", key, "OpenSSH ssh-keygen(1), private key file format", key=key)

pw = rand_pw(18)
add("blind-cm/gitlab-ci/rsync-password", ".gitlab-ci.yml", r"""
stages: [build, deploy]

variables:
  RSYNC_PASSWORD: "<%pw%>"
  JINGLES_TARGET: "rsync://jingles@playout-01.studio.lan/jingles"

build-jingles:
  stage: build
  image: registry.gitlab.com/kestrelfm/audio-tools:2.3
  script:
    - ./scripts/normalise.sh --lufs -16 jingles/ build/
  artifacts:
    paths: [build/]

deploy-jingles:
  stage: deploy
  image: alpine:3.19
  script:
    - apk add --no-cache rsync
    - rsync -av --delete build/ "$JINGLES_TARGET/"
  only: [main]
""", pw, "GitLab CI/CD YAML reference (variables); rsync(1) RSYNC_PASSWORD", pw=pw)

add("blind-cm/gitlab-ci/decoy-ci-vars", "ott/.gitlab-ci.yml", r"""
stages: [test, package, deploy]

variables:
  PACKAGER_IMAGE: google/shaka-packager:v3.0.4
  # AWS credentials are masked CI/CD variables on the project, not here
  AWS_DEFAULT_REGION: eu-west-2

package:
  stage: package
  image: $PACKAGER_IMAGE
  script:
    - ./packaging/package-vod.sh "$INPUT_URI" out/
  artifacts:
    paths: [out/]

deploy:
  stage: deploy
  image: amazon/aws-cli:2.15.0
  script:
    - aws s3 sync out/ "s3://kestreltv-vod/$CI_COMMIT_SHORT_SHA/" --only-show-errors
    - echo "$CI_JOB_TOKEN" | docker login -u gitlab-ci-token --password-stdin $CI_REGISTRY
  rules:
    - if: $CI_COMMIT_BRANCH == "main"
""", None, "GitLab CI/CD predefined variables and masked variables")

pw = human_pw()
add("blind-cm/jenkinsfile/ssh-password", "playout/Jenkinsfile", r"""
pipeline {
    agent { label 'linux' }
    stages {
        stage('Build clocks') {
            steps {
                sh 'python3 tools/build_clocks.py --station kestrel --out build/'
            }
        }
        stage('Deploy to playout') {
            when { branch 'main' }
            steps {
                sh '''
                    sshpass -p '<%pw%>' scp -o StrictHostKeyChecking=no build/*.xml rivendell@onair-1.studio.lan:/var/rivendell/import/
                    sshpass -p '<%pw%>' ssh rivendell@onair-1.studio.lan 'rdimport --log-mode MUSIC /var/rivendell/import/*.xml'
                '''
            }
        }
    }
}
""", pw, "Jenkins Pipeline syntax; sshpass(1)", pw=pw)

add("blind-cm/jenkinsfile/decoy-credentials-ref", "newsroom/Jenkinsfile", r"""
pipeline {
    agent any
    environment {
        INEWS = credentials('inews-ftp-rundownbot')      // username:password binding
        AP_API_KEY = credentials('ap-media-api-key')     // secret text
    }
    stages {
        stage('Smoke test') {
            steps {
                sh 'python3 -m newsroom.wires.ap_ingest --once --dry-run'
                sh 'curl -s --user "$INEWS_USR:$INEWS_PSW" ftp://inews-a.newsroom.local/ >/dev/null'
            }
        }
    }
}
""", None, "Jenkins documentation, credentials() binding in declarative pipelines")

tok = fakes.github_token(_seed())
add("blind-cm/github-actions/github-token", ".github/workflows/sync-playlists.yml", r"""
name: sync playlists to playout repo
on:
  push:
    branches: [main]
    paths: ["playlists/**"]

jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: push to kestrelfm/playout-config
        env:
          PUSH_TOKEN: <%tok%>
        run: |
          git clone https://x-access-token:${PUSH_TOKEN}@github.com/kestrelfm/playout-config.git target
          rsync -a --delete playlists/ target/playlists/
          cd target
          git config user.name "playlist-bot"
          git config user.email "playlist-bot@kestrelfm.co.uk"
          git add -A && git commit -m "sync playlists ${GITHUB_SHA::7}" && git push
""", tok, "GitHub Actions workflow syntax (env); GitHub personal access tokens", tok=tok)

pw = human_pw()
add("blind-cm/ansible/smb-password", "ansible/group_vars/playout.yml", r"""
# All on-air and production machines
timezone: Europe/London
rivendell_version: 4.2.0
music_library_share: //nas01.studio.lan/music
music_library_mount: /var/snd-library
music_library_user: rd-library
music_library_password: <%pw%>
ntp_servers:
  - ntp1.studio.lan
  - ntp2.studio.lan
playout_hosts_alsa_card: "hw:CARD=AX4,DEV=0"
""", pw, "Ansible documentation, group_vars; mount.cifs credentials", pw=pw)

add("blind-cm/ansible/decoy-vault", "ansible/group_vars/streaming/vault.yml", r"""
$ANSIBLE_VAULT;1.1;AES256
""" + "\n".join(drawn(80, HEX) for _ in range(12)) + r"""
""", None, "Ansible Vault documentation (encrypted file format)")

add("blind-cm/ansible/decoy-vault-inline", "ansible/group_vars/transmitters.yml", r"""
snmp_version: 3
snmp_user: telegraf
snmp_auth_protocol: SHA
snmp_auth_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
          """ + "\n          ".join(drawn(80, HEX) for _ in range(5)) + r"""
tx_sites:
  - name: emley
    address: 10.80.1.10
  - name: knockmore
    address: 10.80.2.20
""", None, "Ansible Vault documentation (encrypted variables, !vault)")

add("blind-cm/yaml/decoy-sops", "deploy/secrets/streaming.enc.yaml", r"""
icecast:
    source_password: ENC[AES256_GCM,data:""" + drawn(24, B64) + r""",iv:""" + drawn(43, B64) + r"""=,tag:""" + drawn(22, B64) + r"""==,type:str]
    admin_password: ENC[AES256_GCM,data:""" + drawn(20, B64) + r""",iv:""" + drawn(43, B64) + r"""=,tag:""" + drawn(22, B64) + r"""==,type:str]
sops:
    kms: []
    age:
        - recipient: age1qz8v3j6l0fyw9dxk2m5n7p4r8t0u2w4y6a8c0e2g4i6k8m0o2q4s6uexyz
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            """ + drawn(64, B64) + r"""
            """ + drawn(44, B64) + r"""
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-04-18T09:12:44Z"
    mac: ENC[AES256_GCM,data:""" + drawn(44, B64) + r""",iv:""" + drawn(43, B64) + r"""=,tag:""" + drawn(22, B64) + r"""==,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", None, "Mozilla SOPS documentation (encrypted YAML format)")

add("blind-cm/yaml/decoy-kms-ciphertext", "ott/player-api/config/production.yaml", r"""
# Secrets are KMS-encrypted blobs, decrypted at boot by the service (kms:Decrypt).
server:
  port: 8080
tokens:
  akamai_key_ciphertext: AQICAHh""" + drawn(183, B64) + r"""==
  gcdn_key_ciphertext: AQICAHh""" + drawn(120, B64) + r"""=
cdn:
  hls_host: hls.kestreltv.co.uk
  token_ttl_seconds: 21600
""", None, "AWS KMS Encrypt API (CiphertextBlob, base64)")

add("blind-cm/hcl/decoy-vault-template", "deploy/nomad/liquidsoap.nomad.hcl", r"""
job "liquidsoap" {
  datacenters = ["studio"]
  type        = "service"

  group "radio" {
    task "liquidsoap" {
      driver = "docker"
      config {
        image = "savonet/liquidsoap:v2.2.5"
        args  = ["/local/radio.liq"]
      }

      template {
        destination = "secrets/icecast.env"
        env         = true
        data        = <<EOH
{{ with secret "kv/data/streaming/icecast" }}
ICECAST_SOURCE_PASSWORD={{ .Data.data.source_password }}
HARBOR_PASSWORD={{ .Data.data.harbor_password }}
{{ end }}
EOH
      }
    }
  }
}
""", None, "Nomad template stanza with Vault secrets (consul-template syntax)")

pw = rand_pw(16)
add("blind-cm/notebook/icecast-admin", "analysis/listener-peaks.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Listener peaks by mount\n", "Pulls /admin/stats from the master Icecast."]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import requests, pandas as pd\n",
    "import xml.etree.ElementTree as ET\n",
    "r = requests.get('https://stream.kestrelfm.co.uk/admin/stats', auth=('admin', '<%pw%>'))\n",
    "root = ET.fromstring(r.text)\n",
    "df = pd.DataFrame([{'mount': s.get('mount'), 'listeners': int(s.findtext('listeners'))} for s in root.iter('source')])\n",
    "df.sort_values('listeners', ascending=False)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", pw, "Jupyter nbformat 4; Icecast admin stats", pw=pw)

add("blind-cm/notebook/decoy-getpass", "analysis/triton-weekly.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, os, requests\n",
    "TRITON_API_KEY = os.environ.get('TRITON_API_KEY') or getpass.getpass('Triton API key: ')\n",
    "STATIONS = ['KESTRELFM', 'KESTRELFM_AAC']\n"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "r = requests.get('https://api.tritondigital.com/metrics/v1/sessions', params={'stations': ','.join(STATIONS)}, headers={'x-api-key': TRITON_API_KEY})\n",
    "r.json()['summary']"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", None, "Jupyter nbformat 4; Python getpass")

key = fakes.django_secret_key(_seed())
add("blind-cm/python/django-secret-key", "website/kestrel_site/settings/production.py", r"""
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["kestrelfm.co.uk", "www.kestrelfm.co.uk"]
SECRET_KEY = "<%key%>"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "kestrel_site",
        "HOST": "db.internal",
        "USER": "kestrel_site",
        "PASSWORD": os.environ["DB_PASSWORD"],
    }
}
NOW_PLAYING_URL = "https://stream.kestrelfm.co.uk/status-json.xsl"
""", key, "Django settings reference, SECRET_KEY", key=key)

add("blind-cm/python/decoy-env-ref", "website/kestrel_site/settings/staging.py", r"""
import os

from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["staging.kestrelfm.co.uk"]
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
SPINITRON_API_KEY = os.environ.get("SPINITRON_API_KEY", "")
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "kestrel_site_staging",
        "HOST": os.environ.get("DB_HOST", "localhost"),
        "USER": "kestrel_site",
        "PASSWORD": os.environ["DB_PASSWORD"],
    }
}
""", None, "Django deployment checklist (secret key from environment)")

tok = fakes.fake("npm_", 36, _seed())
add("blind-cm/npmrc/npm-token", "web-player/.npmrc", r"""
@kestrel:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=<%tok%>
save-exact=true
engine-strict=true
fund=false
""", tok, "npm documentation, .npmrc auth tokens", tok=tok)

tok = fakes.pypi_token(_seed())
add("blind-cm/pypirc/pypi-token", "rds-tools/.pypirc", r"""
[distutils]
index-servers =
    pypi

[pypi]
repository = https://upload.pypi.org/legacy/
username = __token__
password = <%tok%>
""", tok, "Python Packaging User Guide, .pypirc (API token)", tok=tok)

pw = rand_pw(16)
add("blind-cm/xml/zetta-mssql-connection", "playout/ZettaBridge/App.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Zetta"
         connectionString="Data Source=zetta-sql.kestrel.local\ZETTA;Initial Catalog=Zetta;User ID=nowplaying;Password=<%pw%>;Encrypt=True;TrustServerCertificate=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="PollSeconds" value="5" />
    <add key="StationId" value="1" />
    <add key="RdsUdpTarget" value="10.10.5.30:5005" />
  </appSettings>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
</configuration>
""", pw, ".NET Framework App.config connectionStrings; SqlClient connection string", pw=pw)

pw = words_pw()
add("blind-cm/csharp/vmix-sql", "playout/GraphicsFeed/Program.cs", r"""
using System;
using System.Data.SqlClient;
using System.Net.Http;
using System.Threading;

// Reads the current programme from the automation DB and updates the vMix title.
class Program
{
    const string ConnString = "Server=playout-sql.kestrel.local;Database=PlayoutONE;User Id=graphics;Password=<%pw%>;";
    const string VmixApi = "http://10.20.1.30:8088/api/";

    static void Main()
    {
        var http = new HttpClient();
        while (true)
        {
            using var conn = new SqlConnection(ConnString);
            conn.Open();
            var cmd = new SqlCommand("SELECT TOP 1 Title FROM dbo.OnAir ORDER BY StartTime DESC", conn);
            var title = (string)cmd.ExecuteScalar();
            http.GetAsync($"{VmixApi}?Function=SetText&Input=LowerThird&SelectedName=Title.Text&Value={Uri.EscapeDataString(title)}").Wait();
            Thread.Sleep(5000);
        }
    }
}
""", pw, "SqlConnection.ConnectionString (.NET); vMix Web API", pw=pw)

pw = human_pw()
add("blind-cm/dockerfile/icecast-admin", "docker/icecast/Dockerfile", r"""
FROM alpine:3.19
RUN apk add --no-cache icecast mailcap
COPY icecast.xml.tmpl /etc/icecast.xml.tmpl
COPY entrypoint.sh /entrypoint.sh
ENV ICECAST_HOSTNAME=stream.campusradio.edu \
    ICECAST_ADMIN_USER=admin \
    ICECAST_ADMIN_PASSWORD=<%pw%> \
    ICECAST_MAX_CLIENTS=250
EXPOSE 8000
USER icecast
ENTRYPOINT ["/entrypoint.sh"]
""", pw, "Dockerfile reference, ENV instruction", pw=pw)

add("blind-cm/dockerfile/decoy-checksum", "docker/ffmpeg/Dockerfile", r"""
FROM debian:bookworm-slim
ARG FFMPEG_VERSION=6.1.1
ARG FFMPEG_SHA256=5bd2a4f4e0ab1f0e1c5d1b5df6e2a9f0c3e7c7a1b6e9d8c2f4a3b1e0d9c8b7a6
ARG SRT_SHA256=0c3f1b7d2a9e8f6c4b5a3d2e1f0c9b8a7d6e5f4c3b2a1908f7e6d5c4b3a29180
RUN apt-get update && apt-get install -y --no-install-recommends curl xz-utils ca-certificates \
 && curl -fsSLo /tmp/ffmpeg.tar.xz "https://johnvansickle.com/ffmpeg/releases/ffmpeg-${FFMPEG_VERSION}-amd64-static.tar.xz" \
 && echo "${FFMPEG_SHA256}  /tmp/ffmpeg.tar.xz" | sha256sum -c - \
 && tar -xJf /tmp/ffmpeg.tar.xz -C /usr/local/bin --strip-components=1 --wildcards '*/ffmpeg' '*/ffprobe' \
 && rm -rf /var/lib/apt/lists/* /tmp/ffmpeg.tar.xz
ENTRYPOINT ["ffmpeg"]
""", None, "Dockerfile best practices (verify downloads with sha256sum)")

add("blind-cm/docker-compose/decoy-digest", "ott/docker-compose.yml", r"""
services:
  packager:
    image: google/shaka-packager@sha256:3b9c6f2d4e1a8b7c5d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c
    volumes: ["./media:/media"]
  origin:
    image: nginx@sha256:a484819eb60211f5299034ac80f6a681b06f89e65866ce91f356ed7c72af059c
    ports: ["8080:80"]
    volumes:
      - ./origin/nginx.conf:/etc/nginx/nginx.conf:ro
      - ./media/out:/var/hls:ro
  player-api:
    build: ./player-api
    environment:
      AKAMAI_KEY_FILE: /run/secrets/akamai_key
    secrets: [akamai_key]
secrets:
  akamai_key:
    file: ./secrets/akamai_key.txt
""", None, "Docker Compose file reference (image digests, secrets)")

add("blind-cm/pem/decoy-certificate", "streaming/icecast/tls/stream.kestrelfm.co.uk.crt", cert_pem() + "\n" + cert_pem() + "\n",
    None, "RFC 7468 (PEM certificate encoding); Icecast ssl-certificate")

pw = rand_pw(14)
add("blind-cm/supervisord/stream-password", "studio/supervisor/conf.d/encoders.conf", r"""
[program:studio-a-encoder]
command=/usr/bin/liquidsoap /etc/liquidsoap/studio-a.liq
user=stream
autostart=true
autorestart=true
environment=ICECAST_HOST="stream.radioverde.org",ICECAST_SOURCE_PASSWORD="<%pw%>",ALSA_CARD="hw:1"
stdout_logfile=/var/log/supervisor/studio-a.log
redirect_stderr=true

[program:silence-detect]
command=/usr/local/bin/silentjack -c studio-a -p 20 -- /usr/local/bin/silence-alert.sh
autorestart=true
""", pw, "Supervisor configuration, [program:x] environment", pw=pw)

pw = words_pw()
add("blind-cm/go/icecast-source", "tools/relaycheck/main.go", r"""
package main

import (
	"fmt"
	"net/http"
	"os"
	"time"
)

// relaycheck verifies every edge relay answers on /live.mp3 and the master
// accepts a source login (SOURCE request) for the test mount.
const (
	master         = "http://master.stream.nordwelle.de:8000"
	sourcePassword = "<%pw%>"
)

func main() {
	client := &http.Client{Timeout: 5 * time.Second}
	req, _ := http.NewRequest("PUT", master+"/relaycheck.ogg", nil)
	req.SetBasicAuth("source", sourcePassword)
	req.Header.Set("Content-Type", "application/ogg")
	resp, err := client.Do(req)
	if err != nil {
		fmt.Fprintln(os.Stderr, "master:", err)
		os.Exit(2)
	}
	fmt.Println("master source login:", resp.Status)
}
""", pw, "Icecast 2.4 source protocol (HTTP PUT with basic auth); Go net/http", pw=pw)

pw = rand_pw(14)
basic = b64("relay:" + pw)
add("blind-cm/apache/basic-auth-header", "ops/apache/stream-proxy.conf", r"""
<VirtualHost *:443>
    ServerName listen.radioverde.org
    SSLEngine on
    SSLCertificateFile /etc/letsencrypt/live/listen.radioverde.org/fullchain.pem
    SSLCertificateKeyFile /etc/letsencrypt/live/listen.radioverde.org/privkey.pem

    # members stream lives on the master; authenticate to it as the relay user
    <Location /members.mp3>
        ProxyPass http://master.internal:8000/members.mp3
        ProxyPassReverse http://master.internal:8000/members.mp3
        RequestHeader set Authorization "Basic <%b%>"
    </Location>

    ProxyPass / http://127.0.0.1:8000/
    ProxyPassReverse / http://127.0.0.1:8000/
</VirtualHost>
""", basic, "Apache mod_headers RequestHeader; RFC 7617 Basic authentication", b=basic)

add("blind-cm/go/decoy-uuid", "tools/playlists/ids.go", r"""
package playlists

// Fixed IDs of the rotation categories in the scheduler DB (not secrets:
// they are record identifiers that appear in every exported log).
var Categories = map[string]string{
	"A-current":   "3f1c9e27-5b8d-4a60-9e2f-7c1d3b5a8e40",
	"B-recurrent": "a7e2d4c1-9b3f-4e58-8a6d-2c0f1e3b5d79",
	"C-gold":      "5d8b1f3e-2c7a-4d96-b1e4-9f0a6c2d8e13",
	"Jingles":     "c2f6a9d0-4e1b-4f37-8c5a-1d9e7b3f6a28",
	"Sweepers":    "e9b3c7f1-6a2d-4b80-9d4e-3f1a5c7e9b62",
}

// StationKey is the public key used in the station's public API URLs.
const StationKey = "kestrel-fm-leeds"
""", None, "UUID record identifiers (RFC 4122)")

add("blind-cm/json/decoy-integrity", "web-player/package-lock.json", r"""
{
  "name": "@kestrel/web-player",
  "version": "3.4.1",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {"name": "@kestrel/web-player", "version": "3.4.1", "dependencies": {"hls.js": "^1.5.7"}},
    "node_modules/hls.js": {
      "version": "1.5.7",
      "resolved": "https://registry.npmjs.org/hls.js/-/hls.js-1.5.7.tgz",
      "integrity": "sha512-Hnyf7ojTBtXHeOW1/t6wCBJSiK1WpoKF9yg7juxldDx8u3iswrkPt2wbOA/1NiwU4j27DSIVoIEJRAhcdMef/A=="
    },
    "node_modules/video.js": {
      "version": "8.10.0",
      "resolved": "https://registry.npmjs.org/video.js/-/video.js-8.10.0.tgz",
      "integrity": "sha512-7UeG/flj/pp8tNGW8WKPP1VJb3x2FgLoqUWzpZqkoq5YIyf6MNzmIrKtxprl438T5RVkcj+OzV8IX4jYSAn4Sw=="
    }
  }
}
""", None, "npm package-lock.json (integrity is a SHA-512 digest)")

# ---------------------------------------------------------------- more decoys: references, defaults, ciphertext, docs

add("blind-cm/yaml/decoy-grafana-env", "monitoring/grafana/provisioning/datasources/txdb.yaml", r"""
apiVersion: 1
datasources:
  - name: Transmitter log DB
    type: postgres
    url: txdb.kestrelfm.co.uk:5432
    user: grafana_ro
    database: txlog
    jsonData:
      sslmode: require
      postgresVersion: 1500
      timescaledb: true
    secureJsonData:
      # expanded by Grafana from the container environment at provisioning time
      password: $GRAFANA_TXDB_PASSWORD
""", None, "Grafana documentation, provisioning (environment variable interpolation)")

add("blind-cm/shell/decoy-netrc", "podcasts/scripts/mirror-to-host.sh", r"""
#!/bin/bash
# Mirror the finished episodes to the legacy podcast host over FTPS.
# lftp reads the login from ~/.netrc (machine ftp.podhost.example login kestrelpods password ...),
# which is provisioned on the podcast box only.
set -e
lftp -e "
set ftp:ssl-force true;
set ssl:verify-certificate yes;
open ftp.podhost.example;
mirror -R --only-newer --verbose /srv/podcasts/out /public/episodes;
bye
"
""", None, "lftp(1) manual (~/.netrc login lookup)")

add("blind-cm/crontab/decoy-netrc", "txmon/crontab", r"""
SHELL=/bin/bash
MAILTO=engineering@kestrelfm.co.uk
# every minute: fetch the Sine ACU-1 status page and log it (login from /etc/txmon/acu1.netrc, 0600)
* * * * * curl -s --max-time 5 --netrc-file /etc/txmon/acu1.netrc http://10.80.1.6/status.xml >> /var/log/txmon/acu1.log
# nightly: compress the log
15 0 * * * gzip -f /var/log/txmon/acu1.log
""", None, "curl(1) --netrc-file; crontab(5)")

add("blind-cm/routeros/decoy-hidden", "sites/emley/router-export.rsc", r"""
# 2024-05-02 10:14:33 by RouterOS 7.14
# model = RB4011iGS+
# (export without show-sensitive: passwords and keys are omitted)
/interface lte
set [ find default-name=lte1 ] allow-roaming=no name=lte-backup
/ip address
add address=10.80.1.1/24 interface=bridge-tx network=10.80.1.0
/ppp secret
add name=engineer-laptop profile=default-encryption service=l2tp
/ip firewall filter
add action=accept chain=input protocol=udp dst-port=500,1701,4500
add action=drop chain=input in-interface=lte-backup
/system identity
set name=emley-tx-router
""", None, "MikroTik RouterOS documentation, /export (sensitive data hidden by default)")

add("blind-cm/ini/decoy-sso-profile", "ops/aws/config", r"""
# Engineers log in with IAM Identity Center; no long-lived keys on ops boxes.
[profile medialive-ops]
sso_session = kestrel
sso_account_id = 381492006517
sso_role_name = MediaLiveOperator
region = eu-west-1
output = json

[profile medialive-cron]
credential_process = /usr/local/bin/aws-vault export --format=json medialive-ops

[sso-session kestrel]
sso_start_url = https://kestrel.awsapps.com/start
sso_region = eu-west-1
sso_registration_scopes = sso:account:access
""", None, "AWS CLI user guide, IAM Identity Center profiles and credential_process")

add("blind-cm/liquidsoap/decoy-default", "docs/examples/basic-radio.liq", r"""
# Example from the Liquidsoap quickstart, kept for new volunteers.
# It talks to a local test Icecast with its default password "hackme";
# the real station scripts are in playout/ and read credentials from the environment.
radio = playlist("~/music")
radio = fallback([radio, sine()])

output.icecast(
  %mp3,
  host="localhost",
  port=8000,
  password="hackme",
  mount="basic-radio.mp3",
  radio
)
""", None, "Liquidsoap documentation, quick start (default Icecast password 'hackme')")

add("blind-cm/yaml/decoy-doc-example", "docs/alerts/slack-example.yaml", r"""
# Example only - format of the alert config. Copied from Slack's incoming
# webhook documentation; the real URL is in the vault (secret/alerts/slack).
notify:
  slack:
    webhook_url: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX
    channel: "#playout-alerts"
    username: playout-bot
    icon_emoji: ":radio:"
""", None, "Slack API documentation, incoming webhooks (example URL)")

add("blind-cm/systemd/decoy-credential", "deploy/systemd/liquidsoap.service", r"""
[Unit]
Description=Liquidsoap playout (Kestrel FM)
After=network-online.target sound.target icecast2.service

[Service]
User=liquidsoap
# Credentials are stored by systemd-creds encrypt on the host, never in git.
LoadCredentialEncrypted=icecast-source:/etc/credstore.encrypted/icecast-source
LoadCredentialEncrypted=harbor:/etc/credstore.encrypted/harbor
EnvironmentFile=-/etc/default/liquidsoap
ExecStart=/usr/bin/liquidsoap /etc/liquidsoap/radio.liq
Restart=always
RestartSec=2

[Install]
WantedBy=multi-user.target
""", None, "systemd.exec(5) LoadCredentialEncrypted=; systemd-creds(1)")

add("blind-cm/helm/decoy-template", "deploy/helm/icecast/templates/secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "icecast.fullname" . }}
  labels:
    {{- include "icecast.labels" . | nindent 4 }}
type: Opaque
data:
  source-password: {{ required "icecast.sourcePassword is required" .Values.icecast.sourcePassword | b64enc | quote }}
  admin-password: {{ .Values.icecast.adminPassword | default (randAlphaNum 24) | b64enc | quote }}
  relay-password: {{ .Values.icecast.relayPassword | b64enc | quote }}
""", None, "Helm documentation, template functions (b64enc, required)")

add("blind-cm/terraform/decoy-variable", "infra/ott/variables.tf", r"""
variable "fastly_api_key" {
  description = "Fastly API token with global:read and purge_all scopes (set TF_VAR_fastly_api_key)"
  type        = string
  sensitive   = true
}

variable "medialive_input_password_param" {
  description = "SSM parameter holding the RTMP push password for MediaLive inputs"
  type        = string
  default     = "/kestreltv/medialive/rtmp-push-password"
}

variable "cloudfront_key_group" {
  type    = string
  default = "player-signing"
}
""", None, "Terraform documentation, input variables (sensitive)")

add("blind-cm/powershell/decoy-dpapi", "traffic/scripts/Send-Logs.ps1", r"""
# The SFTP password is stored as a DPAPI-protected SecureString that only the
# traffic service account on TRAFFIC01 can decrypt (ConvertFrom-SecureString output).
$encrypted = "01000000d08c9ddf0115d1118c7a00c04fc297eb01000000""" + hexs(220) + r""""
$secure = ConvertTo-SecureString -String $encrypted
$cred = New-Object System.Management.Automation.PSCredential ("kestrel_logs", $secure)

$session = New-SFTPSession -ComputerName "sftp.traffic.example" -Credential $cred -AcceptKey
Get-ChildItem "\\trafficfs\logs\out\*.log" | ForEach-Object {
    Set-SFTPItem -SessionId $session.SessionId -Path $_.FullName -Destination "/inbound"
}
Remove-SFTPSession -SessionId $session.SessionId
""", None, "PowerShell ConvertFrom-SecureString / ConvertTo-SecureString (DPAPI)")

add("blind-cm/json/decoy-keyvault-ref", "traffic/LogImporter/appsettings.Azure.json", r"""
{
  "ConnectionStrings": {
    "Traffic": "@Microsoft.KeyVault(SecretUri=https://kv-kestrel-traffic.vault.azure.net/secrets/traffic-sql/)",
    "Automation": "@Microsoft.KeyVault(VaultName=kv-kestrel-traffic;SecretName=zetta-sql)"
  },
  "Import": {
    "Stations": [ "KSTL-FM", "VRDE-FM" ],
    "MergeHour": 16
  }
}
""", None, "Azure App Service, Key Vault references in app settings")

add("blind-cm/xml/decoy-envsubst", "docker/icecast/icecast.xml.tmpl", r"""
<icecast>
    <!-- rendered by entrypoint.sh with envsubst at container start -->
    <hostname>${ICECAST_HOSTNAME}</hostname>
    <limits>
        <clients>${ICECAST_MAX_CLIENTS}</clients>
        <sources>4</sources>
    </limits>
    <authentication>
        <source-password>${ICECAST_SOURCE_PASSWORD}</source-password>
        <relay-password>${ICECAST_RELAY_PASSWORD}</relay-password>
        <admin-user>${ICECAST_ADMIN_USER}</admin-user>
        <admin-password>${ICECAST_ADMIN_PASSWORD}</admin-password>
    </authentication>
    <listen-socket>
        <port>8000</port>
    </listen-socket>
</icecast>
""", None, "GNU gettext envsubst(1); Icecast config-file.html")

add("blind-cm/github-actions/decoy-oidc", ".github/workflows/medialive-schedule.yml", r"""
name: start MediaLive channel for the match
on:
  workflow_dispatch:
    inputs:
      channel_id: {description: "MediaLive channel id", required: true}

permissions:
  id-token: write
  contents: read

jobs:
  start:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::381492006517:role/gha-medialive-operator
          aws-region: eu-west-1
      - run: aws medialive start-channel --channel-id "${{ inputs.channel_id }}"
""", None, "GitHub Actions, configuring OpenID Connect in AWS")

add("blind-cm/javascript/decoy-doc-example", "ott/player/test/token.test.js", r"""
// Parses a JWT for display only. The token below is the well-known example from
// jwt.io (signed with the documented secret "your-256-bit-secret"), not ours.
import { describe, it, expect } from "vitest";
import { decodeClaims } from "../src/token.js";

const JWT_IO_EXAMPLE =
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";

describe("decodeClaims", () => {
  it("reads sub and name", () => {
    const claims = decodeClaims(JWT_IO_EXAMPLE);
    expect(claims.sub).toBe("1234567890");
    expect(claims.name).toBe("John Doe");
  });
});
""", None, "jwt.io introduction (example token)")

add("blind-cm/python/decoy-signature-fixture", "overlays/tests/test_eventsub.py", r"""
# EventSub webhook signature check. The secret is a test value made up for this
# file; the expected signature was computed from it.
import hashlib
import hmac

from overlays.eventsub import verify

TEST_SECRET = b"not-a-real-eventsub-secret"
MSG_ID = "e76c6bd4-55c9-4987-8304-da1588d8988b"
TIMESTAMP = "2024-05-02T18:00:00.123456789Z"
BODY = b'{"subscription":{"type":"channel.follow"},"event":{"user_login":"listener42"}}'


def test_valid_signature():
    sig = "sha256=" + hmac.new(TEST_SECRET, MSG_ID.encode() + TIMESTAMP.encode() + BODY, hashlib.sha256).hexdigest()
    assert verify(TEST_SECRET, MSG_ID, TIMESTAMP, BODY, sig)


def test_rejects_tampered_body():
    sig = "sha256=4f1c6b0e8d2a7f3c9e5b1d7a3f9c2e6b0d4a8f2c6e0b4d8a2f6c0e4b8d2a6f0c"
    assert not verify(TEST_SECRET, MSG_ID, TIMESTAMP, BODY, sig)
""", None, "Twitch EventSub, verifying the event message (HMAC-SHA256 signature)")

add("blind-cm/python/decoy-test-vector", "rds/tests/test_uecp.py", r"""
# UECP (SPB 490) frame encoding tests; expected frames from the spec's examples.
from rds.uecp import crc16_ccitt, frame_ps, frame_rt

def test_ps_frame():
    assert frame_ps("KESTREL", dsn=0, psn=0).hex().upper() == "FE0000000A0200004B45535452454C20D41BFF"

def test_rt_frame_ab_toggle():
    frame = frame_rt("Kestrel FM - Leeds", toggle=1)
    assert frame[:6].hex().upper() == "FE0000001A0A"

def test_crc_known_value():
    assert crc16_ccitt(bytes.fromhex("0000000A0200004B45535452454C20")) == 0xD41B
""", None, "EBU SPB 490 Universal Encoder Communication Protocol (UECP)")

add("blind-cm/markdown/decoy-rotation-note", "docs/runbooks/rotate-stream-credentials.md", r"""
# Rotating streaming credentials

All of these live in Vault under `secret/streaming/*`; nothing is in git.

| Credential | Vault path | Used by |
|---|---|---|
| Icecast source password | `secret/streaming/icecast#source_password` | Liquidsoap, DarkIce backup |
| Harbor (DJ) password | `secret/streaming/icecast#harbor_password` | BUTT on the DJ laptops |
| Twitch stream key | `secret/streaming/platforms#twitch` | simulcast deployment |
| SRT passphrases | `secret/mcr/srt/<route>` | MCR decoders |

1. Generate a new value: `openssl rand -base64 24`.
2. `vault kv patch secret/streaming/icecast source_password=<new value>`
3. `kubectl -n streaming rollout restart deploy/liquidsoap`
4. Update BUTT on the DJ laptops (Settings -> Main -> Server -> Edit).
""", None, "HashiCorp Vault KV documentation; team runbook")
