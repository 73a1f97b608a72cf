"""Blind set AO: game development studios and game-server communities using Python.

Dedicated server configs (Minecraft server.properties and RCON, Bukkit/Paper/Velocity plugin
configs, Source server.cfg, Factorio, Valheim, ARK, Palworld, Project Zomboid, Arma/DayZ, FiveM),
Pterodactyl panel and Wings, Steam Web API / Steamworks partner keys and steamcmd logins in CI,
Epic Online Services, PlayFab, Unity Gaming Services, GameAnalytics, itch.io butler, Twitch and
Discord community bots, matchmaking and leaderboard backends (FastAPI/Django, Redis, Postgres,
Nakama, Agones), modding tools, and their decoys. Generated fakes only (seeds 340000-349999).
"""
from __future__ import annotations

import base64
import random
import string
import textwrap
from typing import List

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
URLSAFE = ALNUM + "_-"
HEX = "0123456789abcdef"
BCRYPT_ALPHABET = "./" + ALNUM
_SEED = [340000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 350000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 350000
    return _SEED[0]


def draw(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(n: int) -> str:
    return draw(n, HEX)


# --- human passwords, as server owners and studio staff choose them ---------------------------

WORDS = ["Creeper", "Redstone", "Nether", "Obsidian", "Dragon", "Viking", "Raider", "Phoenix", "Goblin",
         "Tundra", "Granite", "Falcon", "Lantern", "Copper", "Harbor", "Juniper", "Kestrel", "Basalt",
         "Ember", "Glacier"]
LOWER = ["pickaxe", "lantern", "respawn", "frag", "potion", "bunker", "marlin", "saddle", "walnut", "pixel",
         "orchid", "lagoon", "quiver", "meteor", "anvil", "cactus"]


def words_pw(symbols: str = "!#*%") -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice(symbols) + r.choice(WORDS) + str(r.randint(10, 9999))


def human_pw() -> str:
    """The kind of password a community admin types: a word, a year or number, a symbol."""
    r = _rng()
    word = r.choice(WORDS + [w.capitalize() for w in LOWER])
    return word + str(r.choice([r.randint(1, 99), r.randint(2015, 2025)])) + r.choice("!.*_")


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return draw(n, ALNUM + extra)


# --- service tokens of the theme, in their documented shapes -----------------------------------

def steam_key() -> str:
    """Steam Web API key / Steamworks publisher key / GSLT: 32 upper-case hex."""
    return hexs(32).upper()


def discord_token() -> str:
    r = _rng()
    snowflake = str(r.randint(700_000_000_000_000_000, 1_300_000_000_000_000_000))
    head = base64.b64encode(snowflake.encode()).decode().rstrip("=")
    return head + "." + "".join(r.choice(URLSAFE) for _ in range(6)) + "." + "".join(r.choice(URLSAFE) for _ in range(38))


def discord_webhook(host: str = "discord.com") -> str:
    r = _rng()
    return (f"https://{host}/api/webhooks/{r.randint(700_000_000_000_000_000, 1_300_000_000_000_000_000)}/"
            + "".join(r.choice(URLSAFE) for _ in range(68)))


def twitch_token() -> str:
    return draw(30, LOWER_ALNUM)


def playfab_key() -> str:
    return draw(52, UPPER_ALNUM)


def eos_client_id() -> str:
    return "xyza7891" + draw(24, ALNUM)


def eos_secret() -> str:
    return draw(43, ALNUM + "+/")


def butler_key() -> str:
    return draw(40, ALNUM)


def ptero_key(kind: str) -> str:
    return fakes.fake(f"{kind}_", 43, _seed())


def modrinth_token() -> str:
    return fakes.fake("mrp_", 60, _seed())


def curseforge_core_key() -> str:
    return "$2a$10$" + draw(53, BCRYPT_ALPHABET)


def fivem_key() -> str:
    return "cfxk_" + draw(20) + "_" + draw(6)


def laravel_key() -> str:
    r = _rng()
    return "base64:" + base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()


def steam_guard_secret() -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(20))).decode()


def jwt_token(payload: str) -> str:
    header = base64.urlsafe_b64encode(b'{"alg":"HS512","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return f"{header}.{body}." + draw(86, URLSAFE)


def apple_app_password() -> str:
    r = _rng()
    return "-".join("".join(r.choice(string.ascii_lowercase) for _ in range(4)) for _ in range(4))


def fcm_server_key() -> str:
    return "AAAA" + draw(7, URLSAFE) + ":APA91b" + draw(134, URLSAFE)


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


# --- look-alikes for the decoys ----------------------------------------------------------------

def uuid_s() -> str:
    return fakes.uuid4(_seed())


def bcrypt_hash(prefix: str = "$2y$10$") -> str:
    return prefix + draw(53, BCRYPT_ALPHABET)


def pbkdf2_hash() -> str:
    return f"pbkdf2_sha256$600000${draw(22)}${draw(43, ALNUM + '+/')}="


def argon2_hash() -> str:
    return f"$argon2id$v=19$m=65536,t=3,p=4${draw(22, ALNUM + '+/')}${draw(43, ALNUM + '+/')}"


def apr1_hash() -> str:
    return f"$apr1${draw(8, BCRYPT_ALPHABET)}${draw(22, BCRYPT_ALPHABET)}"


def vault_body(lines: int = 6) -> str:
    return "\n".join(hexs(80) for _ in range(lines))


def cert_pem(kind: str = "CERTIFICATE", lines: int = 8) -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(lines))
    return f"-----BEGIN {kind}-----\nMII{body[3:]}\n-----END {kind}-----"


def ssh_pub(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + draw(43, ALNUM + "+/") + " " + comment


# --- case builders ----------------------------------------------------------------------------

CASES: List[LabelledCase] = []
SET = "blind-ao"


def T(text: str, **values: str) -> str:
    """Dedent a template and fill its «NAME» markers."""
    out = textwrap.dedent(text).lstrip("\n")
    for key, value in values.items():
        out = out.replace(f"«{key}»", value)
    assert "«" not in out, out[:120]
    return out


def S(fmt: str, kind: str, file_name: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"{SET}/{fmt}/{kind}", file_name, text, secret, source))


def D(fmt: str, what: str, file_name: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"{SET}/{fmt}/decoy-{what}", file_name, text, None, source))


def SV(fmt: str, kind: str, file_name: str, template: str, secret: str, source: str, crlf: bool = False,
       **values: str) -> None:
    """A secret case from a template: «S» is where the secret goes."""
    text = T(template, S=secret, **values)
    S(fmt, kind, file_name, text.replace("\n", "\r\n") if crlf else text, secret, source)


def DV(fmt: str, what: str, file_name: str, template: str, source: str, crlf: bool = False, **values: str) -> None:
    text = T(template, **values)
    D(fmt, what, file_name, text.replace("\n", "\r\n") if crlf else text, source)


# =============================================================================================
# Minecraft: server.properties, Bukkit/Paper/Velocity plugin configs, itzg docker image, RCON
# =============================================================================================

SV("server-properties", "rcon-password", "server.properties", """
    #Minecraft server properties
    #Sat Mar 09 21:14:52 UTC 2024
    allow-flight=false
    allow-nether=true
    broadcast-console-to-ops=true
    broadcast-rcon-to-ops=true
    difficulty=hard
    enable-command-block=false
    enable-jmx-monitoring=false
    enable-query=true
    enable-rcon=true
    enable-status=true
    enforce-whitelist=true
    gamemode=survival
    level-name=world
    level-seed=-4172144997902289642
    max-players=40
    motd=\\u00A76Cobblestone Collective \\u00A77| Season 7
    network-compression-threshold=256
    online-mode=true
    op-permission-level=4
    pvp=true
    query.port=25565
    rcon.password=«S»
    rcon.port=25575
    server-ip=
    server-port=25565
    simulation-distance=10
    spawn-protection=0
    view-distance=12
    white-list=true
    """, human_pw(), "https://minecraft.wiki/w/Server.properties")

DV("server-properties", "default", "vanilla/server.properties", """
    #Minecraft server properties
    #Tue Jan 16 08:02:11 UTC 2024
    accepts-transfers=false
    allow-flight=false
    difficulty=easy
    enable-query=false
    enable-rcon=false
    enable-status=true
    gamemode=survival
    level-name=world
    level-seed=
    max-players=20
    motd=A Minecraft Server
    online-mode=true
    rcon.password=
    rcon.port=25575
    require-resource-pack=false
    resource-pack=https\\://cdn.cobble.example/packs/season7.zip
    resource-pack-prompt=
    resource-pack-sha1=«SHA»
    server-port=25565
    white-list=false
    """, "https://minecraft.wiki/w/Server.properties", SHA=hexs(40))

DV("server-properties", "placeholder", "docs/server.properties.example", """
    # Copy to server.properties and fill in before the first start.
    # RCON is used by the backup job (tools/rcon_backup.py) and the Discord bridge.
    # Pick a long random password: python -c "import secrets; print(secrets.token_urlsafe(24))"
    enable-rcon=true
    rcon.port=25575
    rcon.password=CHANGE_ME
    enable-query=true
    query.port=25565
    white-list=true
    enforce-whitelist=true
    """, "https://minecraft.wiki/w/Server.properties")

SV("bukkit-yaml", "database-password", "plugins/LuckPerms/config.yml", """
    ####################################################################################################
    # +----------------------------------------------------------------------------------------------+ #
    # |                                        LuckPerms                                             | #
    # +----------------------------------------------------------------------------------------------+ #
    ####################################################################################################

    # The name of the server, used for server specific permissions.
    server: survival

    # If the servers own UUID cache/lookup facility should be used when there is no record for a player
    use-server-uuid-cache: false

    # How the plugin should store data
    storage-method: MariaDB

    # The following block defines the settings for remote database storage methods.
    data:
      address: db.cobble.internal:3306
      database: luckperms
      username: luckperms
      password: '«S»'
      pool-settings:
        maximum-pool-size: 10
        minimum-idle: 10
        maximum-lifetime: 1800000
        keepalive-time: 0
        connection-timeout: 5000
        properties:
          useUnicode: true
          characterEncoding: utf8
      table-prefix: 'luckperms_'

    # Define the how frequently a sync task should run.
    sync-minutes: -1
    watch-files: true
    messaging-service: pluginmsg
    """, words_pw(), "https://luckperms.net/wiki/Storage-types")

SV("bukkit-yaml", "discord-bot-token", "plugins/DiscordSRV/config.yml", """
    # DiscordSRV config - https://docs.discordsrv.com/config/
    ConfigVersion: 1.27.0

    # Bot token; get it from https://discord.com/developers/applications
    BotToken: "«S»"

    Channels: {"global": "1128839203748192326", "staff": "1128839251290628167"}
    DiscordConsoleChannelId: "1128839301924773938"

    DiscordGameStatus: ["play.cobble.gg", "%online% / %maxplayers% online"]
    DiscordOnlineStatus: ONLINE
    Experiment_WebhookChatMessageDelivery: true
    Experiment_MCDiscordReserializer_ToDiscord: false
    DiscordChatChannelDiscordToMinecraft: true
    DiscordChatChannelMinecraftToDiscord: true
    DiscordChatChannelRequireLinkedAccount: false
    DiscordChatChannelRolesAllowedToUseColorCodesInChat: ["Developer", "Owner", "Admin", "Moderator"]
    """, discord_token(), "https://docs.discordsrv.com/config/")

DV("bukkit-yaml", "placeholder", "lobby/plugins/DiscordSRV/config.yml", """
    # DiscordSRV config - https://docs.discordsrv.com/config/
    ConfigVersion: 1.27.0

    # Bot token; the lobby uses the network bot, token is injected by the panel on start
    BotToken: "BOTTOKEN"

    Channels: {"global": "000000000000000000"}
    DiscordConsoleChannelId: "000000000000000000"
    DiscordGameStatus: ["Lobby"]
    DiscordOnlineStatus: ONLINE
    DiscordChatChannelDiscordToMinecraft: false
    """, "https://docs.discordsrv.com/config/")

SV("bukkit-yaml", "database-password", "plugins/CoreProtect/config.yml", """
    # CoreProtect Config

    # CoreProtect is donationware. Obtain a donation key from coreprotect.net/donate/
    donation-key:

    # MySQL is optional and not required.
    # If you prefer to use MySQL, enable the following and fill out the fields.
    use-mysql: true
    table-prefix: co_
    mysql-host: 10.20.0.14
    mysql-port: 3306
    mysql-database: coreprotect
    mysql-username: coreprotect
    mysql-password: «S»

    # If modified, will automatically attempt to translate languages phrases.
    language: en
    check-updates: false
    api-enabled: true
    verbose: true
    default-radius: 10
    max-radius: 100
    rollback-items: true
    rollback-entities: true
    skip-generic-data: true
    block-place: true
    block-break: true
    """, human_pw(), "https://docs.coreprotect.net/config/")

SV("bukkit-yaml", "votifier-token", "proxy/plugins/nuvotifier/config.yml", """
    # The IP to listen to. Use 0.0.0.0 if you wish to listen to all interfaces on your server.
    host: 0.0.0.0

    # The port to listen to. 8192 is recommended. If you are on Minehut, do not change this.
    port: 8192

    # Whether or not to print debug messages.
    debug: false

    # Setting this option to true will disable handling of Protocol v1 packets.
    disable-v1-protocol: false

    # All tokens, labeled by the serviceName of each server list.
    tokens:
      default: «S»

    # Configuration section for all vote forwarding to NuVotifier
    forwarding:
      method: pluginMessaging
      pluginMessaging:
        channel: nuvotifier:votes
        excludedServers:
          - lobby
    """, draw(26, LOWER_ALNUM), "https://github.com/NuVotifier/NuVotifier/wiki/Setup-Guide")

SV("bukkit-yaml", "forwarding-secret", "survival/config/paper-global.yml", """
    # This is the global configuration file for Paper.
    # Docs: https://docs.papermc.io/paper/reference/global-configuration
    _version: 29
    chunk-loading-basic:
      player-max-chunk-generate-rate: -1.0
      player-max-chunk-load-rate: 100.0
      player-max-chunk-send-rate: 75.0
    messages:
      kick:
        authentication-servers-down: <lang:multiplayer.disconnect.authservers_down>
    proxies:
      bungee-cord:
        online-mode: true
      proxy-protocol: false
      velocity:
        enabled: true
        online-mode: true
        secret: '«S»'
    timings:
      enabled: false
    unsupported-settings:
      allow-headless-pistons: false
    """, draw(12), "https://docs.papermc.io/velocity/player-information-forwarding")

DV("bukkit-yaml", "empty", "creative/config/paper-global.yml", """
    # This is the global configuration file for Paper.
    _version: 29
    proxies:
      bungee-cord:
        online-mode: true
      proxy-protocol: false
      velocity:
        enabled: false
        online-mode: false
        secret: ''
    timings:
      enabled: false
    watchdog:
      early-warning-delay: 10000
      early-warning-every: 5000
    """, "https://docs.papermc.io/paper/reference/global-configuration")

DV("toml", "file-path", "proxy/velocity.toml", """
    # Config version. Do not change this
    config-version = "2.7"

    bind = "0.0.0.0:25565"
    motd = "<#09add3>Cobblestone Collective"
    show-max-players = 500
    online-mode = true
    force-key-authentication = true

    # Should we forward IP addresses and other data to backend servers?
    player-info-forwarding-mode = "modern"

    # If you are using modern or BungeeGuard IP forwarding, configure a file that contains a unique secret here.
    # The file is expected to be UTF-8 encoded and not empty.
    forwarding-secret-file = "forwarding.secret"

    announce-forge = false
    kick-existing-players = false
    ping-passthrough = "DISABLED"

    [servers]
    lobby = "10.20.0.11:25566"
    survival = "10.20.0.12:25566"
    creative = "10.20.0.13:25566"
    try = ["lobby"]
    """, "https://docs.papermc.io/velocity/configuration")

SV("toml", "forwarding-secret", "legacy-proxy/velocity.toml", """
    # Config version. Do not change this
    config-version = "1.0"

    bind = "0.0.0.0:25577"
    motd = "&3Skyblock Network"
    show-max-players = 300
    online-mode = true

    # Should we forward IP addresses and other data to backend servers?
    player-info-forwarding-mode = "modern"

    # If you are using modern or BungeeGuard IP forwarding, configure a unique secret here.
    forwarding-secret = "«S»"

    announce-forge = false

    [servers]
    hub = "127.0.0.1:30066"
    skyblock = "127.0.0.1:30067"
    try = ["hub"]

    [forced-hosts]
    "play.skyblock-net.example" = ["hub"]
    """, draw(12), "https://docs.papermc.io/velocity/configuration")

SV("bukkit-yaml", "forwarding-token", "backend/plugins/BungeeGuard/config.yml", """
    # BungeeGuard Configuration (backend)
    # https://github.com/lucko/BungeeGuard

    # Allowed authentication tokens.
    allowed-tokens:
    - «S»

    # The message to send to connections which have no auth token present.
    no-data-kick-message: "&cUnable to authenticate - no data was forwarded by the proxy."
    invalid-token-kick-message: "&cUnable to authenticate."
    """, draw(64), "https://github.com/lucko/BungeeGuard")

SV("docker-compose", "rcon-password", "docker-compose.yml", """
    services:
      mc:
        image: itzg/minecraft-server:java21
        container_name: cobble-survival
        tty: true
        stdin_open: true
        ports:
          - "25565:25565"
        environment:
          EULA: "TRUE"
          TYPE: PAPER
          VERSION: "1.20.4"
          MEMORY: 6G
          ENABLE_RCON: "true"
          RCON_PASSWORD: "«S»"
          RCON_CMDS_STARTUP: |-
            gamerule playersSleepingPercentage 30
          OPS: "Notch_Jr,Redstoner42"
          TZ: Europe/Berlin
        volumes:
          - ./data:/data
        restart: unless-stopped

      backups:
        image: itzg/mc-backup
        environment:
          BACKUP_INTERVAL: "6h"
          RCON_HOST: mc
          PRUNE_BACKUPS_DAYS: 7
        volumes:
          - ./data:/data:ro
          - ./backups:/backups
    """, words_pw("!*"), "https://docker-minecraft-server.readthedocs.io/en/latest/configuration/server-properties/")

SV("dotenv", "curseforge-api-key", "modpack/.env", """
    # docker compose --env-file modpack/.env up -d
    # CurseForge modpack server for the ATM9 season
    TYPE=AUTO_CURSEFORGE
    CF_SLUG=all-the-mods-9
    CF_FILENAME_MATCHER=0.2.44
    MEMORY=10G
    # key from https://console.curseforge.com/ (single quotes: it contains $)
    CF_API_KEY='«S»'
    ENABLE_RCON=true
    ALLOW_FLIGHT=TRUE
    """, curseforge_core_key(), "https://docker-minecraft-server.readthedocs.io/en/latest/types-and-platforms/mod-platforms/auto-curseforge/")

DV("docker-compose", "secret-file", "minecraft/docker-compose.yml", """
    services:
      mc:
        image: itzg/minecraft-server
        ports:
          - "25565:25565"
        environment:
          EULA: "TRUE"
          TYPE: FABRIC
          ENABLE_RCON: "true"
          RCON_PASSWORD_FILE: /run/secrets/rcon_pass
          CF_API_KEY_FILE: /run/secrets/cf_api_key
        secrets:
          - rcon_pass
          - cf_api_key
        volumes:
          - mc-data:/data

    secrets:
      rcon_pass:
        file: ./secrets/rcon_pass.txt
      cf_api_key:
        file: ./secrets/cf_api_key.txt

    volumes:
      mc-data: {}
    """, "https://docker-minecraft-server.readthedocs.io/en/latest/configuration/server-properties/#rcon")

SV("properties", "store-secret", "plugins/BuycraftX/config.properties", """
    #Buycraft configuration
    #Thu Feb 22 17:40:08 CET 2024
    verbose=false
    check-for-updates=false
    disable-buy-command=false
    buy-command-name=buy,store
    language=en_US
    server-key=«S»
    is-bungeecord=false
    push-commands-port=-1
    """, hexs(40), "https://docs.tebex.io/plugin/installing-the-plugin")

DV("json", "uuid", "ops.json", """
    [
      {
        "uuid": "«U1»",
        "name": "Redstoner42",
        "level": 4,
        "bypassesPlayerLimit": true
      },
      {
        "uuid": "«U2»",
        "name": "PixelPaladin",
        "level": 3,
        "bypassesPlayerLimit": false
      },
      {
        "uuid": "«U3»",
        "name": "mossy_moth",
        "level": 2,
        "bypassesPlayerLimit": false
      }
    ]
    """, "https://minecraft.wiki/w/Ops.json_format", U1=uuid_s(), U2=uuid_s(), U3=uuid_s())

DV("sql", "password-hash", "plugins/AuthMe/authme-migrate.sql", """
    -- Migration of cracked-lobby accounts from the old AuthMe SQLite db into MariaDB
    -- Hashes are AuthMe SHA256 ($SHA$salt$hash); players keep their passwords.
    INSERT INTO authme (username, realname, password, ip, lastlogin, regdate, email) VALUES
      ('steve_b', 'Steve_B', '«H1»', '203.0.113.14', 1709915400000, 1688024011000, 'your@email.com'),
      ('mossy_moth', 'mossy_moth', '«H2»', '198.51.100.71', 1709993872000, 1690112283000, 'your@email.com'),
      ('kraftbert', 'KraftBert', '«H3»', '192.0.2.201', 1709001233000, 1701337002000, 'your@email.com');
    -- realname and regdate copied verbatim; lastlogin in ms
    COMMIT;
    """, "https://github.com/AuthMe/AuthMeReloaded/wiki/Hash-Algorithms",
   H1="$SHA$" + hexs(16) + "$" + hexs(64), H2="$SHA$" + hexs(16) + "$" + hexs(64), H3="$SHA$" + hexs(16) + "$" + hexs(64))

DV("json", "checksum", "modpack/modrinth.index.json", """
    {
      "formatVersion": 1,
      "game": "minecraft",
      "versionId": "3.1.0",
      "name": "Cobble Collective Season 7",
      "files": [
        {
          "path": "mods/sodium-fabric-0.5.8+mc1.20.4.jar",
          "hashes": {
            "sha1": "«A1»",
            "sha512": "«A2»"
          },
          "env": {"client": "required", "server": "unsupported"},
          "downloads": ["https://cdn.modrinth.com/data/AANobbMI/versions/4GyXKCLd/sodium-fabric-0.5.8%2Bmc1.20.4.jar"],
          "fileSize": 964113
        },
        {
          "path": "mods/lithium-fabric-mc1.20.4-0.12.1.jar",
          "hashes": {
            "sha1": "«B1»",
            "sha512": "«B2»"
          },
          "env": {"client": "optional", "server": "optional"},
          "downloads": ["https://cdn.modrinth.com/data/gvQqBUqZ/versions/nMhjKWVE/lithium-fabric-mc1.20.4-0.12.1.jar"],
          "fileSize": 686522
        }
      ],
      "dependencies": {"minecraft": "1.20.4", "fabric-loader": "0.15.7"}
    }
    """, "https://support.modrinth.com/en/articles/8802351-modrinth-modpack-format-mrpack",
   A1=hexs(40), A2=hexs(128), B1=hexs(40), B2=hexs(128))

DV("toml", "checksum", "pack/mods/ferrite-core.pw.toml", """
    name = "FerriteCore"
    filename = "ferritecore-6.0.3-fabric.jar"
    side = "both"

    [download]
    url = "https://cdn.modrinth.com/data/uXXizFIs/versions/pguEMpy9/ferritecore-6.0.3-fabric.jar"
    hash-format = "sha512"
    hash = "«H»"

    [update]
    [update.modrinth]
    mod-id = "uXXizFIs"
    version = "pguEMpy9"
    """, "https://packwiz.infra.link/reference/pack-format/mod-toml/", H=hexs(128))

SV("python", "rcon-password", "tools/rcon_backup.py", '''
    """Nightly world backup: flush the world through RCON, tar it, push to the NAS."""
    import datetime
    import subprocess
    import tarfile
    from pathlib import Path

    from mcrcon import MCRcon

    WORLD = Path("/srv/minecraft/survival/world")
    TARGET = Path("/mnt/nas/backups/survival")


    def main() -> None:
        stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M")
        with MCRcon("127.0.0.1", "«S»", port=25575) as mcr:
            mcr.command("say Backup starting, expect a short lag spike")
            mcr.command("save-off")
            mcr.command("save-all flush")
            try:
                with tarfile.open(TARGET / f"world-{stamp}.tar.gz", "w:gz") as tar:
                    tar.add(WORLD, arcname="world")
            finally:
                mcr.command("save-on")
                mcr.command("say Backup done")
        subprocess.run(["find", str(TARGET), "-mtime", "+14", "-delete"], check=True)


    if __name__ == "__main__":
        main()
    ''', words_pw("!#*"), "https://pypi.org/project/mcrcon/")

SV("shell", "rcon-password", "scripts/backup.sh", """
    #!/usr/bin/env bash
    # cron: 15 4 * * * /opt/mc/scripts/backup.sh >> /var/log/mc-backup.log 2>&1
    set -euo pipefail

    MC_DIR=/opt/mc/survival
    DEST=/backup/minecraft/$(date +%F)
    mkdir -p "$DEST"

    mcrcon -H 127.0.0.1 -P 25575 -p '«S»' "say Backup in 10 seconds" "save-off" "save-all"
    sleep 10
    rsync -a --delete "$MC_DIR/world" "$MC_DIR/world_nether" "$MC_DIR/world_the_end" "$DEST/"
    mcrcon -H 127.0.0.1 -P 25575 -p '«S»' "save-on" "say Backup complete"

    find /backup/minecraft -maxdepth 1 -type d -mtime +10 -exec rm -rf {} +
    """, human_pw(), "https://github.com/Tiiffi/mcrcon")

DV("shell", "env-reference", "scripts/restart.sh", """
    #!/usr/bin/env bash
    # Graceful restart with countdown; RCON_PASSWORD comes from /etc/minecraft/rcon.env (root 0600)
    set -euo pipefail
    # shellcheck source=/dev/null
    source /etc/minecraft/rcon.env
    : "${RCON_PASSWORD:?RCON_PASSWORD not set}"

    say() { mcrcon -H 127.0.0.1 -P 25575 -p "$RCON_PASSWORD" "say $*"; }

    for n in 5 4 3 2 1; do
      say "Server restarting in ${n} minute(s)"
      sleep 60
    done
    mcrcon -H 127.0.0.1 -P 25575 -p "$RCON_PASSWORD" "kick @a Restarting, back in 2 minutes" stop
    sleep 20
    systemctl restart minecraft@survival
    """, "https://github.com/Tiiffi/mcrcon")

SV("properties", "modrinth-token", "gradle.properties", """
    # Done to increase the memory available to gradle.
    org.gradle.jvmargs=-Xmx2G
    org.gradle.parallel=true

    # Fabric Properties
    minecraft_version=1.20.4
    yarn_mappings=1.20.4+build.3
    loader_version=0.15.7

    # Mod Properties
    mod_version=2.3.1
    maven_group=gg.cobble.waystones
    archives_base_name=cobble-waystones

    # Dependencies
    fabric_version=0.96.4+1.20.4

    # Publishing (minotaur) - TODO move to ~/.gradle/gradle.properties
    modrinthToken=«S»
    modrinthProjectId=cbl-waystones
    """, modrinth_token(), "https://github.com/modrinth/minotaur")

DV("github-actions", "ci-secret-ref", ".github/workflows/publish.yml", """
    name: Publish release
    on:
      release:
        types: [published]

    jobs:
      publish:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-java@v4
            with:
              distribution: temurin
              java-version: 21
          - run: ./gradlew build
          - uses: Kir-Antipov/mc-publish@v3.3
            with:
              modrinth-id: cbl-waystones
              modrinth-token: ${{ secrets.MODRINTH_TOKEN }}
              curseforge-id: 394468
              curseforge-token: ${{ secrets.CURSEFORGE_TOKEN }}
              github-token: ${{ secrets.GITHUB_TOKEN }}
              files: build/libs/!(*-@(dev|sources|javadoc)).jar
              loaders: fabric quilt
              game-versions: 1.20.4
    """, "https://github.com/Kir-Antipov/mc-publish")

SV("properties", "curseforge-upload-token", "forge-mod/gradle.properties", """
    org.gradle.jvmargs=-Xmx3G
    org.gradle.daemon=false

    mod_id=deepcaverns
    mod_name=Deep Caverns
    mod_version=1.4.0
    mc_version=1.20.1
    forge_version=47.2.0

    # CurseGradle
    curseforge_project_id=522871
    curseforge_token=«S»
    curseforge_release_type=beta
    """, uuid_s(), "https://github.com/matthewprenger/CurseGradle")

SV("yaml", "rcon-password", "deploy/k8s/mc-config.yaml", """
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: survival-config
      namespace: minecraft
      labels:
        app.kubernetes.io/name: minecraft
        app.kubernetes.io/instance: survival
    data:
      ops.json: |
        []
      server.properties: |
        enable-rcon=true
        rcon.port=25575
        rcon.password=«S»
        online-mode=true
        max-players=60
        view-distance=10
        white-list=true
        motd=Cobble Collective (k8s)
      bukkit.yml: |
        settings:
          allow-end: true
          connection-throttle: 4000
    """, rand_pw(22), "https://kubernetes.io/docs/concepts/configuration/configmap/")

SV("shell", "rcon-password", "provision/setup_minecraft.sh", """
    #!/bin/bash
    # Cloud-init user data for a fresh Paper box.
    set -eux
    apt-get update && apt-get install -y openjdk-21-jre-headless screen
    useradd -r -m -d /opt/mc minecraft || true
    mkdir -p /opt/mc/server && cd /opt/mc/server
    curl -fsSLo paper.jar "https://api.papermc.io/v2/projects/paper/versions/1.20.4/builds/435/downloads/paper-1.20.4-435.jar"
    echo "eula=true" > eula.txt

    cat > server.properties <<'EOF'
    server-port=25565
    enable-rcon=true
    rcon.port=25575
    rcon.password=«S»
    white-list=true
    max-players=30
    EOF

    chown -R minecraft:minecraft /opt/mc
    systemctl enable --now minecraft.service
    """, words_pw("!*"), "https://cloudinit.readthedocs.io/en/latest/reference/examples.html")

SV("python", "rcon-password", "tools/rcon_cli.py", '''
    """Tiny RCON console for the survival server.

    Usage:
        python tools/rcon_cli.py --host 10.20.0.12 --password '«S»' "list"
        python tools/rcon_cli.py --host 10.20.0.12 --password '«S»' "whitelist add Notch"

    Works with any Source-RCON compatible server (Minecraft, Factorio, Rust via websocket excluded).
    """
    import argparse
    import sys

    from rcon.source import Client


    def main(argv=None) -> int:
        parser = argparse.ArgumentParser()
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=25575)
        parser.add_argument("--password", required=True)
        parser.add_argument("command", nargs="+")
        args = parser.parse_args(argv)
        with Client(args.host, args.port, passwd=args.password) as client:
            print(client.run(*args.command))
        return 0


    if __name__ == "__main__":
        sys.exit(main())
    ''', human_pw(), "https://pypi.org/project/rcon/")

SV("systemd", "rcon-password", "deploy/systemd/minecraft@.service", """
    [Unit]
    Description=Minecraft server %i
    After=network-online.target
    Wants=network-online.target

    [Service]
    User=minecraft
    WorkingDirectory=/opt/mc/%i
    Environment="JAVA_OPTS=-Xms4G -Xmx4G -XX:+UseG1GC"
    Environment="RCON_PASSWORD=«S»"
    ExecStart=/usr/bin/java $JAVA_OPTS -jar paper.jar --nogui
    ExecStop=/usr/local/bin/mcrcon -H 127.0.0.1 -P 25575 -p ${RCON_PASSWORD} stop
    Restart=on-failure
    RestartSec=20
    SuccessExitStatus=0 1

    [Install]
    WantedBy=multi-user.target
    """, rand_pw(18), "https://www.freedesktop.org/software/systemd/man/systemd.exec.html#Environment=")


# =============================================================================================
# Valve Source servers, Steam Web API / Steamworks, steamcmd
# =============================================================================================

SV("source-cfg", "rcon-password", "cfg/server.cfg", """
    // server.cfg - 5v5 competitive, Tuesday scrims
    hostname "Frag Harbor | 128 tick | Scrims"
    sv_lan 0
    sv_region 3
    sv_password ""
    rcon_password "«S»"
    sv_rcon_banpenalty 15
    sv_rcon_maxfailures 5
    sv_cheats 0
    sv_allow_votes 0
    mp_autoteambalance 0
    mp_limitteams 0
    mp_maxrounds 24
    mp_freezetime 15
    tv_enable 1
    tv_delay 90
    log on
    sv_logbans 1
    sv_logecho 1
    exec banned_user.cfg
    exec banned_ip.cfg
    """, human_pw(), "https://developer.valvesoftware.com/wiki/Counter-Strike:_Global_Offensive_Dedicated_Servers")

SV("source-cfg", "steam-gslt", "tf/cfg/server.cfg", """
    // Team Fortress 2 - community pub, 24 slots
    hostname "Raider's Rest | 2Fort 24/7 | No Crits"
    sv_contact "admins@raiders-rest.example"
    sv_tags "nocrits,norespawntime,2fort"
    // Game Server Login Token (steamcommunity.com/dev/managegameservers), app 440
    sv_setsteamaccount «S»
    tf_weapon_criticals 0
    tf_use_fixed_weaponspreads 1
    mp_respawnwavetime 0
    mp_timelimit 0
    mp_maxrounds 0
    sv_alltalk 0
    sv_pure 1
    sv_allowupload 1
    sv_allowdownload 1
    net_maxfilesize 64
    sv_downloadurl "https://fastdl.raiders-rest.example/tf/"
    """, steam_key(), "https://developer.valvesoftware.com/wiki/Game_Server_Login_Token")

DV("source-cfg", "external-file", "tf/cfg/server_public.cfg", """
    // Public config, safe to commit.
    // rcon_password and sv_setsteamaccount live in cfg/secrets.cfg, which is in .gitignore and
    // deployed by ansible (role: srcds, vault: group_vars/tf2/vault.yml).
    hostname "Raider's Rest | Payload"
    sv_region 3
    sv_password ""
    rcon_password ""
    sv_rcon_banpenalty 30
    exec secrets.cfg
    mapcyclefile "mapcycle_payload.txt"
    """, "https://developer.valvesoftware.com/wiki/Server.cfg")

SV("shell", "steam-web-api-key", "start_gmod.sh", """
    #!/bin/sh
    # Garry's Mod TTT server. -authkey is needed for +host_workshop_collection downloads.
    cd /home/steam/gmod || exit 1
    exec ./srcds_run -game garrysmod -console -port 27015 \\
      +maxplayers 24 \\
      +gamemode terrortown \\
      +map ttt_minecraft_b5 \\
      +host_workshop_collection 2837461192 \\
      -authkey «S» \\
      -tickrate 33 \\
      -disableluarefresh
    """, steam_key(), "https://wiki.facepunch.com/gmod/Workshop_for_Dedicated_Servers")

SV("keyvalues", "database-password", "addons/sourcemod/configs/databases.cfg", """
    "Databases"
    {
    \t"driver_default"\t\t"mysql"

    \t// When specifying "host", you may use an IP address, a hostname, or a socket file path

    \t"default"
    \t{
    \t\t"driver"\t\t\t"default"
    \t\t"host"\t\t\t\t"localhost"
    \t\t"database"\t\t\t"sourcemod"
    \t\t"user"\t\t\t\t"root"
    \t\t"pass"\t\t\t\t""
    \t}

    \t"sourcebans"
    \t{
    \t\t"driver"\t\t\t"mysql"
    \t\t"host"\t\t\t\t"db.fragharbor.internal"
    \t\t"database"\t\t\t"sourcebans"
    \t\t"user"\t\t\t\t"sb_server"
    \t\t"pass"\t\t\t\t"«S»"
    \t\t"port"\t\t\t\t"3306"
    \t}

    \t"storage-local"
    \t{
    \t\t"driver"\t\t\t"sqlite"
    \t\t"database"\t\t\t"sourcemod-local"
    \t}
    }
    """, words_pw("!#*%"), "https://wiki.alliedmods.net/SQL_Admins_(SourceMod)")

DV("ini", "steam-id", "addons/sourcemod/configs/admins_simple.ini", """
    // Format: "identity" "flags" ["password"]
    // identity may be a SteamID (STEAM_0:1:x / [U:1:x]) or !IP. See wiki.alliedmods.net/Adding_Admins_(SourceMod)
    "STEAM_0:1:48213377"\t\t"99:z"\t// owner - Kestrel
    "STEAM_0:0:12057731"\t\t"80:abcdefgjk"\t// head admin - mossy
    "[U:1:331870114]"\t\t"50:bcdefgk"\t// moderator - PixelPaladin
    "76561198031826471"\t\t"50:bcdefgk"\t// moderator - Ember
    "STEAM_1:1:90012418"\t\t"10:bk"\t// trial
    """, "https://wiki.alliedmods.net/Adding_Admins_(SourceMod)")

SV("docker-compose", "steam-gslt", "cs2/docker-compose.yml", """
    services:
      cs2-server:
        image: joedwards32/cs2
        container_name: cs2-dedicated
        environment:
          - SRCDS_TOKEN=«S»
          - CS2_SERVERNAME=Frag Harbor Retakes
          - CS2_PORT=27015
          - CS2_MAXPLAYERS=10
          - CS2_GAMEALIAS=competitive
          - CS2_STARTMAP=de_inferno
          - CS2_MAPGROUP=mg_active
          - CS2_RCONPW=${CS2_RCONPW}
          - CS2_LAN=0
          - TV_ENABLE=0
        volumes:
          - cs2:/home/steam/cs2-dedicated/
        ports:
          - "27015:27015/tcp"
          - "27015:27015/udp"
        stdin_open: true
        tty: true
    volumes:
      cs2:
    """, steam_key(), "https://github.com/joedwards32/CS2")

SV("lgsm-cfg", "steam-gslt", "lgsm/config-lgsm/tf2server/tf2server.cfg", """
    ##################################
    ####### Instance Settings ########
    ##################################
    # PLACE INSTANCE SETTINGS HERE
    ## These settings will apply to a specific instance.

    ## Predefined Parameters | https://docs.linuxgsm.com/configuration/start-parameters
    ip="0.0.0.0"
    port="27015"
    clientport="27005"
    sourcetvport="27020"
    defaultmap="ctf_2fort"
    maxplayers="24"

    ## Game Server Login Token (GSLT): Required | https://docs.linuxgsm.com/steamcmd/gslt
    gslt="«S»"

    ## Server Parameters | https://docs.linuxgsm.com/configuration/start-parameters#additional-parameters
    startparameters="-game tf -strictportbind -ip ${ip} -port ${port} +clientport ${clientport} +tv_port ${sourcetvport} +map ${defaultmap} +sv_setsteamaccount ${gslt} +servercfgfile ${servercfgfile} -maxplayers ${maxplayers}"

    discordalert="on"
    discordwebhook="webhook"
    """, steam_key(), "https://docs.linuxgsm.com/steamcmd/gslt")

SV("lgsm-cfg", "steam-password", "lgsm/config-lgsm/arma3server/arma3server.cfg", """
    ##################################
    ####### Instance Settings ########
    ##################################
    # PLACE INSTANCE SETTINGS HERE

    ## Arma 3 needs a Steam account that owns the game to download the dedicated server
    ## Steam Login | https://docs.linuxgsm.com/steamcmd#steam-user-login
    steamuser="opfor_hosting"
    steampass='«S»'

    ## Predefined Parameters | https://docs.linuxgsm.com/configuration/start-parameters
    ip="0.0.0.0"
    port="2302"
    mods="@CBA_A3\\;@ace\\;@TFAR"
    servermods=""
    bepath=""
    startparameters="-ip=${ip} -port=${port} -cfg=${networkcfgfullpath} -config=${servercfgfullpath} -mod=${mods} -servermod=${servermods} -bepath=${bepath} -autoinit -loadmissiontomemory"
    """, words_pw("!#%*"), "https://docs.linuxgsm.com/steamcmd")

DV("lgsm-cfg", "default", "lgsm/config-default/config-lgsm/rustserver/_default.cfg", """
    ##################################
    ######## Default Settings ########
    ##################################
    # DO NOT EDIT, ANY CHANGES WILL BE OVERWRITTEN.
    # Copy settings from here and use them in either:
    # common.cfg - applies settings to every instance.
    # [instance].cfg - applies settings to a specific instance.

    #### Game Server Settings ####

    ## Predefined Parameters | https://docs.linuxgsm.com/configuration/start-parameters
    ip="0.0.0.0"
    port="28015"
    queryport="28017"
    appport=28082
    rconport="28016"
    rconpassword="CHANGE_ME"
    rconweb="1"
    servername="Rust"
    maxplayers="50"
    """, "https://github.com/GameServerManagers/LinuxGSM/blob/master/lgsm/config-default/config-lgsm/rustserver/_default.cfg")

SV("shell", "rcon-password", "rust/start_rust.sh", """
    #!/bin/bash
    # Rust - monthly wipe server. Oxide installed by update_oxide.sh
    cd /home/rust/server
    export LD_LIBRARY_PATH=$LD_LIBRARY_PATH:$(pwd)/RustDedicated_Data/Plugins/x86_64

    ./RustDedicated -batchmode -nographics \\
      +server.ip 0.0.0.0 \\
      +server.port 28015 \\
      +server.tickrate 30 \\
      +server.hostname "Viking Raiders | Monthly | 2x" \\
      +server.identity "vikings" \\
      +server.maxplayers 150 \\
      +server.worldsize 3500 \\
      +server.seed 1337420 \\
      +rcon.ip 0.0.0.0 \\
      +rcon.port 28016 \\
      +rcon.password "«S»" \\
      +rcon.web 1 \\
      -logfile "logs/$(date +%Y-%m-%d).log"
    """, rand_pw(16), "https://wiki.facepunch.com/rust/Creating-a-server")

SV("json", "steam-web-api-key", "oxide/config/SteamChecks.json", """
    {
      "Steam API Key": "«S»",
      "Kick when the user has a Steam profile": false,
      "Kick user with a private profile": true,
      "Kick user with game bans": true,
      "Maximum days since last ban (-1 disables)": 180,
      "Minimum Steam level (-1 disables)": 2,
      "Minimum game count (-1 disables)": -1,
      "Kick user with VAC bans": true,
      "Maximum VAC bans": 0,
      "Log to console": true,
      "Whitelist (SteamID64)": [
        "76561198012345678",
        "76561197960287930"
      ]
    }
    """, steam_key(), "https://umod.org/plugins/steam-checks")

SV("python", "steam-web-api-key", "community/steam_api.py", '''
    """Thin wrapper around the Steam Web API for the community site (profile cards, playtime)."""
    from __future__ import annotations

    import requests

    STEAM_API_KEY = "«S»"
    BASE = "https://api.steampowered.com"
    APP_ID = 1422450


    def player_summaries(steam_ids: list[str]) -> list[dict]:
        r = requests.get(
            f"{BASE}/ISteamUser/GetPlayerSummaries/v2/",
            params={"key": STEAM_API_KEY, "steamids": ",".join(steam_ids)},
            timeout=10,
        )
        r.raise_for_status()
        return r.json()["response"]["players"]


    def owned_hours(steam_id: str) -> float:
        r = requests.get(
            f"{BASE}/IPlayerService/GetOwnedGames/v1/",
            params={"key": STEAM_API_KEY, "steamid": steam_id, "appids_filter[0]": APP_ID},
            timeout=10,
        )
        games = r.json().get("response", {}).get("games", [])
        return games[0]["playtime_forever"] / 60 if games else 0.0
    ''', steam_key(), "https://partner.steamgames.com/doc/webapi/ISteamUser")

SV("python", "steam-publisher-key", "backend/steam/microtxn.py", '''
    """In-game store: Steam microtransactions (ISteamMicroTxn) for the live app.

    https://partner.steamgames.com/doc/features/microtransactions/implementation
    """
    import logging

    import httpx

    log = logging.getLogger(__name__)

    APP_ID = 1422450
    # publisher Web API key (group: Basalt Games - backend), rotate via partner site
    PUBLISHER_KEY = "«S»"
    PARTNER_API = "https://partner.steam-api.com/ISteamMicroTxn"


    async def init_txn(client: httpx.AsyncClient, order_id: int, steam_id: str, item: dict) -> dict:
        data = {
            "key": PUBLISHER_KEY,
            "orderid": order_id,
            "steamid": steam_id,
            "appid": APP_ID,
            "itemcount": 1,
            "language": "en",
            "currency": "USD",
            "itemid[0]": item["id"],
            "qty[0]": 1,
            "amount[0]": item["cents"],
            "description[0]": item["name"],
        }
        resp = await client.post(f"{PARTNER_API}/InitTxn/v3/", data=data)
        log.info("InitTxn order=%s status=%s", order_id, resp.status_code)
        return resp.json()["response"]
    ''', steam_key(), "https://partner.steamgames.com/doc/webapi/ISteamMicroTxn")

DV("python", "env-reference", "backend/steam/client.py", '''
    """Steam Web API client used by the leaderboard service."""
    import os
    from functools import lru_cache

    import httpx

    APP_ID = 1422450  # public store app id
    DEMO_APP_ID = 1422460
    STEAM_WEB_API = "https://partner.steam-api.com"


    @lru_cache
    def api_key() -> str:
        # publisher key injected by the deployment (k8s secret steam-publisher -> STEAM_PUBLISHER_KEY)
        return os.environ["STEAM_PUBLISHER_KEY"]


    def authenticate_ticket(ticket_hex: str) -> str:
        resp = httpx.get(
            f"{STEAM_WEB_API}/ISteamUserAuth/AuthenticateUserTicket/v1/",
            params={"key": api_key(), "appid": APP_ID, "ticket": ticket_hex, "identity": "leaderboard"},
            timeout=5,
        )
        resp.raise_for_status()
        return resp.json()["response"]["params"]["steamid"]
    ''', "https://partner.steamgames.com/doc/webapi/ISteamUserAuth")

SV("python", "steam-ticket-key", "auth/encrypted_ticket.py", '''
    """Decrypt Steam Encrypted App Tickets on the login server.

    The symmetric key comes from the partner site: App Admin > SDK Auth > Encrypted App Ticket Key.
    """
    from steam.utils.appcache import parse_appinfo  # noqa: F401  (kept for the old importer)
    from steam.protobufs.encrypted_app_ticket_pb2 import EncryptedAppTicket
    from steam.core.crypto import symmetric_decrypt

    APP_ID = 1422450
    TICKET_KEY = bytes.fromhex(
        "«S»"
    )


    def steam_id_from_ticket(raw: bytes) -> int:
        ticket = EncryptedAppTicket()
        ticket.ParseFromString(raw)
        plain = symmetric_decrypt(ticket.encrypted_ticket, TICKET_KEY)
        return int.from_bytes(plain[8:16], "little")
    ''', hexs(64), "https://partner.steamgames.com/doc/features/auth#encryptedapptickets")

DV("vdf", "app-id", "build/steam/app_build_1422450.vdf", """
    "AppBuild"
    {
    \t"AppID" "1422450" // your AppID
    \t"Desc" "nightly build" // internal description for this build
    \t"BuildOutput" "..\\output\\" // build output folder for build logs and build cache files
    \t"ContentRoot" "..\\content\\" // root content folder, relative to location of this file
    \t"SetLive" "beta-internal" // branch to set live after successful build, non if empty
    \t"Preview" "0"
    \t"Depots"
    \t{
    \t\t"1422451" "depot_build_1422451.vdf"
    \t\t"1422452" "depot_build_1422452.vdf"
    \t\t"1422453" "depot_build_1422453.vdf"
    \t}
    }
    """, "https://partner.steamgames.com/doc/sdk/uploading")

DV("shell", "anonymous-login", "install_server.sh", """
    #!/usr/bin/env bash
    # Install / update the Valheim dedicated server (app 896660). Dedicated servers allow anonymous login.
    set -euo pipefail
    STEAMCMD=/usr/games/steamcmd
    INSTALL_DIR=/home/steam/valheim

    "$STEAMCMD" +force_install_dir "$INSTALL_DIR" \\
      +login anonymous \\
      +app_update 896660 -beta public validate \\
      +quit

    echo "installed build: $(grep -m1 buildid "$INSTALL_DIR/steamapps/appmanifest_896660.acf")"
    """, "https://developer.valvesoftware.com/wiki/SteamCMD")

SV("github-actions", "steam-password", ".github/workflows/steam-upload.yml", """
    name: Upload to Steam (beta-internal)
    on:
      workflow_dispatch:
      push:
        tags: ['v*']

    jobs:
      upload:
        runs-on: [self-hosted, windows, steam]
        steps:
          - uses: actions/download-artifact@v4
            with:
              name: windows-build
              path: build/content/windows
          - name: steamcmd upload
            shell: pwsh
            run: |
              & C:\\steamcmd\\steamcmd.exe +login basalt_builder "«S»" `
                +run_app_build "$env:GITHUB_WORKSPACE\\build\\steam\\app_build_1422450.vdf" +quit
              if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    """, words_pw("!#%*"), "https://partner.steamgames.com/doc/sdk/uploading#Building_Depots")

SV("makefile", "steam-password", "Makefile", """
    # Basalt Games - release helper
    APP_ID      := 1422450
    STEAM_USER  ?= basalt_builder
    STEAM_PASS  ?= «S»
    STEAMCMD    ?= /opt/steamcmd/steamcmd.sh
    VERSION     := $(shell git describe --tags --always)

    .PHONY: build package upload clean

    build:
    \tpython tools/build.py --target linux --version $(VERSION)

    package: build
    \tpython tools/package.py --out build/content/linux

    upload: package
    \t$(STEAMCMD) +login $(STEAM_USER) $(STEAM_PASS) +run_app_build $(CURDIR)/build/steam/app_build_$(APP_ID).vdf +quit

    clean:
    \trm -rf build/content build/output
    """, human_pw(), "https://partner.steamgames.com/doc/sdk/uploading")

SV("batch", "steam-password", "tools/upload_build.bat", r"""
    @echo off
    REM Upload the packaged Windows build to the default branch (run from tools\)
    setlocal
    set STEAMCMD=C:\steamworks_sdk\tools\ContentBuilder\builder\steamcmd.exe
    set SCRIPT=%~dp0..\build\steam\app_build_1422450.vdf

    echo Uploading build from %SCRIPT%
    "%STEAMCMD%" +login basalt_release «S» +run_app_build "%SCRIPT%" +quit
    if errorlevel 1 (
        echo Upload failed
        exit /b 1
    )
    echo Done.
    endlocal
    """, words_pw("!#*"), "https://partner.steamgames.com/doc/sdk/uploading", crlf=True)

SV("dotenv", "steam-guard-secret", ".env.ci", """
    # CI build agent (agent-07) - used by tools/steam_login.py to generate Steam Guard codes
    STEAM_USER=basalt_builder
    STEAM_PASSWORD_FILE=/run/secrets/steam_password
    STEAM_SHARED_SECRET=«S»
    STEAM_BRANCH=beta-internal
    STEAMCMD_PATH=/opt/steamcmd/steamcmd.sh
    """, steam_guard_secret(), "https://github.com/DoctorMcKay/node-steam-totp")

DV("github-actions", "ci-secret-ref", ".github/workflows/deploy-steam.yml", """
    name: Deploy to Steam
    on:
      release:
        types: [published]
    jobs:
      deploy:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/download-artifact@v4
            with:
              name: build-StandaloneLinux64
              path: build/StandaloneLinux64
          - uses: game-ci/steam-deploy@v3
            with:
              username: ${{ secrets.STEAM_USERNAME }}
              configVdf: ${{ secrets.STEAM_CONFIG_VDF }}
              appId: 1422450
              buildDescription: v${{ github.event.release.tag_name }}
              rootPath: build
              depot1Path: StandaloneLinux64
              releaseBranch: prerelease
    """, "https://github.com/game-ci/steam-deploy")

SV("python", "steam-password", "ci/upload_to_steam.py", '''
    """Called by the Jenkins 'release' stage after packaging."""
    import subprocess
    import sys
    from pathlib import Path

    ROOT = Path(__file__).resolve().parents[1]
    STEAMCMD = "/opt/steamcmd/steamcmd.sh"


    def upload(branch: str = "beta-internal") -> int:
        vdf = ROOT / "build" / "steam" / "app_build_1422450.vdf"
        cmd = [
            STEAMCMD,
            "+login", "basalt_ci",
            "«S»",
            "+run_app_build", str(vdf),
            "+quit",
        ]
        print("running steamcmd for branch", branch)
        return subprocess.call(cmd)


    if __name__ == "__main__":
        sys.exit(upload(*sys.argv[1:]))
    ''', words_pw("!#%*"), "https://developer.valvesoftware.com/wiki/SteamCMD")

SV("dockerfile", "steam-password", "docker/arma3.Dockerfile", """
    FROM cm2network/steamcmd:root

    ARG STEAM_USER=opfor_hosting
    ARG STEAM_PASS=«S»
    ENV ARMA_DIR=/arma3

    RUN mkdir -p ${ARMA_DIR} && chown steam:steam ${ARMA_DIR}
    USER steam
    RUN /home/steam/steamcmd/steamcmd.sh \\
          +force_install_dir ${ARMA_DIR} \\
          +login ${STEAM_USER} ${STEAM_PASS} \\
          +app_update 233780 validate \\
          +quit

    WORKDIR ${ARMA_DIR}
    EXPOSE 2302/udp 2303/udp 2304/udp 2305/udp
    CMD ["./arma3server_x64", "-config=server.cfg", "-port=2302"]
    """, human_pw(), "https://docs.docker.com/reference/dockerfile/#arg")

DV("keyvalues", "app-id", "workshop/workshop_item.vdf", """
    "workshopitem"
    {
    \t"appid"\t\t"1422450"
    \t"publishedfileid"\t\t"3159917762"
    \t"contentfolder"\t\t"D:\\\\mods\\\\basalt-expanded\\\\content"
    \t"previewfile"\t\t"D:\\\\mods\\\\basalt-expanded\\\\preview.png"
    \t"visibility"\t\t"0"
    \t"title"\t\t"Basalt Expanded"
    \t"changenote"\t\t"v1.3 - new biome, sha 9f2c41e"
    }
    """, "https://partner.steamgames.com/doc/features/workshop/implementation#SteamCmd")

DV("python", "app-id", "game/steam_ids.py", '''
    """Public Steam identifiers used across the tools (store ids, DLC ids, team SteamID64s)."""

    APP_ID = 1422450
    DEMO_APP_ID = 1422460
    DEDICATED_SERVER_APP_ID = 1422470
    PLAYTEST_APP_ID = 1422480

    DLC = {
        "soundtrack": 1710330,
        "supporter_pack": 1710331,
        "frozen_reach": 2211890,
    }

    # SteamID64 of team members, used to tag dev accounts on the leaderboard
    TEAM_STEAM_IDS = {
        76561198031826471,  # lead design
        76561198104478812,  # engineering
        76561197995520164,  # community
    }

    DEPOT_MANIFEST_PINNED = "6851352940288112947"  # last certified build
    ''', "https://partner.steamgames.com/doc/store/application")

# =============================================================================================
# Other dedicated servers: ARK, Valheim, Palworld, Zomboid, 7DTD, Terraria, Factorio, Arma, ...
# =============================================================================================

SV("ini", "admin-password", "ShooterGame/Saved/Config/WindowsServer/GameUserSettings.ini", """
    [ServerSettings]
    ServerAdminPassword=«S»
    ServerPassword=
    AllowThirdPersonPlayer=True
    ShowMapPlayerLocation=True
    ServerCrosshair=True
    DifficultyOffset=1.0
    OverrideOfficialDifficulty=5.0
    TamingSpeedMultiplier=3.0
    HarvestAmountMultiplier=2.0
    XPMultiplier=2.0
    RCONEnabled=True
    RCONPort=27020
    RCONServerGameLogBuffer=600
    MaxTamedDinos=5000

    [SessionSettings]
    SessionName=Tundra Tribe PvE 3x Taming
    Port=7777
    QueryPort=27015

    [/Script/Engine.GameSession]
    MaxPlayers=40
    """, human_pw(), "https://ark.wiki.gg/wiki/Server_configuration", crlf=True)

DV("ini", "empty", "ShooterGame/Saved/Config/LinuxServer/GameUserSettings.ini", """
    [ServerSettings]
    ServerAdminPassword=
    ServerPassword=
    AllowThirdPersonPlayer=False
    RCONEnabled=False
    RCONPort=27020
    DifficultyOffset=0.2

    [SessionSettings]
    SessionName=ARK #0001
    Port=7777
    QueryPort=27015

    [/Script/Engine.GameSession]
    MaxPlayers=70
    """, "https://ark.wiki.gg/wiki/Server_configuration")

SV("docker-compose", "admin-password", "asa/docker-compose.yml", """
    services:
      asa-island:
        image: mschnitzer/asa-linux-server:latest
        container_name: asa-island
        tty: true
        entrypoint: "/usr/bin/start_server"
        user: gameserver
        environment:
          - ASA_START_PARAMS=TheIsland_WP?listen?Port=7777?RCONPort=27020?RCONEnabled=True?ServerAdminPassword=«S»?SessionName="Tundra Tribe ASA" -WinLiveMaxPlayers=50 -clusterid=tundra -ClusterDirOverride="/home/gameserver/cluster-shared"
          - ENABLE_DEBUG=0
        ports:
          - "0.0.0.0:7777:7777/udp"
          - "0.0.0.0:27020:27020/tcp"
        volumes:
          - steam-1:/home/gameserver/Steam:rw
          - server-files-1:/home/gameserver/server-files:rw
          - cluster-shared:/home/gameserver/cluster-shared:rw
        networks:
          asa-network:
    volumes:
      steam-1:
      server-files-1:
      cluster-shared:
    networks:
      asa-network:
    """, words_pw("!*"), "https://github.com/mschnitzer/ark-survival-ascended-linux-container-image")

SV("shell", "server-password", "valheim/start_server.sh", """
    #!/bin/bash
    export templdpath=$LD_LIBRARY_PATH
    export LD_LIBRARY_PATH=./linux64:$LD_LIBRARY_PATH
    export SteamAppId=892970

    echo "Starting server PRESS CTRL-C to exit"

    # Tip: Make a local copy of this script to avoid it being overwritten by steam.
    # NOTE: Minimum password length is 5 characters & Password cant be in the server name.
    # NOTE: You need to make sure the ports 2456-2458 is being forwarded to your server through your local router & firewall.
    ./valheim_server.x86_64 -name "Longship Lads" -port 2456 -world "Midgard2" -password "«S»" -crossplay -saveinterval 600 -backups 4

    export LD_LIBRARY_PATH=$templdpath
    """, human_pw(), "https://valheim.fandom.com/wiki/Dedicated_servers")

SV("docker-compose", "server-password", "valheim/docker-compose.yml", """
    version: "3"
    services:
      valheim:
        image: ghcr.io/lloesche/valheim-server
        cap_add:
          - sys_nice
        volumes:
          - $HOME/valheim-server/config:/config
          - $HOME/valheim-server/data:/opt/valheim
        ports:
          - "2456-2457:2456-2457/udp"
          - "9001:9001/tcp"
        environment:
          SERVER_NAME: "Longship Lads"
          WORLD_NAME: "Midgard2"
          SERVER_PASS: "«S»"
          SERVER_PUBLIC: "false"
          BACKUPS_CRON: "0 */6 * * *"
          BACKUPS_MAX_AGE: 3
          SUPERVISOR_HTTP: "true"
          SUPERVISOR_HTTP_PASS: "${SUPERVISOR_PASS}"
          TZ: Europe/Oslo
        restart: always
        stop_grace_period: 2m
    """, passphrase(), "https://github.com/lloesche/valheim-server-docker")

DV("systemd", "env-reference", "deploy/systemd/valheim.service", """
    [Unit]
    Description=Valheim dedicated server
    After=network-online.target

    [Service]
    Type=simple
    User=steam
    WorkingDirectory=/home/steam/valheim
    EnvironmentFile=/etc/valheim/secrets.env
    Environment=SteamAppId=892970
    Environment=LD_LIBRARY_PATH=/home/steam/valheim/linux64
    ExecStart=/home/steam/valheim/valheim_server.x86_64 -nographics -batchmode -name "Longship Lads" -port 2456 -world Midgard2 -password ${SERVER_PASS} -public 0
    KillSignal=SIGINT
    Restart=on-failure

    [Install]
    WantedBy=multi-user.target
    """, "https://www.freedesktop.org/software/systemd/man/systemd.exec.html#EnvironmentFile=")

SV("ini", "admin-password", "Pal/Saved/Config/LinuxServer/PalWorldSettings.ini", """
    ; edited 2024-02-03 - raised capture rate, admin pw for the mods
    [/Script/Pal.PalGameWorldSettings]
    OptionSettings=(Difficulty=None,DayTimeSpeedRate=1.000000,NightTimeSpeedRate=1.000000,ExpRate=2.000000,PalCaptureRate=1.500000,PalSpawnNumRate=1.000000,DeathPenalty=Item,bEnablePlayerToPlayerDamage=False,bEnableFriendlyFire=False,bIsMultiplay=False,bIsPvP=False,CoopPlayerMaxNum=4,ServerPlayerMaxNum=32,ServerName="Pal Pals Co-op",ServerDescription="casual, weekly resets never",AdminPassword="«S»",ServerPassword="",PublicPort=8211,PublicIP="",RCONEnabled=True,RCONPort=25575,Region="",bUseAuth=True,BanListURL="https://api.palworldgame.com/api/banlist.txt")
    ; end of file
    ;
    ;
    """, words_pw("!#*"), "https://tech.palworldgame.com/settings-and-operation/configuration")

DV("ini", "default", "DefaultPalWorldSettings.ini", """
    ; This configuration file is a sample of the default server settings.
    ; Changes to this file will NOT be reflected on the server.
    ; To change the server settings, modify Pal/Saved/Config/LinuxServer/PalWorldSettings.ini.
    [/Script/Pal.PalGameWorldSettings]
    OptionSettings=(Difficulty=None,DayTimeSpeedRate=1.000000,NightTimeSpeedRate=1.000000,ExpRate=1.000000,PalCaptureRate=1.000000,DeathPenalty=All,bEnablePlayerToPlayerDamage=False,CoopPlayerMaxNum=4,ServerPlayerMaxNum=32,ServerName="Default Palworld Server",ServerDescription="",AdminPassword="",ServerPassword="",PublicPort=8211,PublicIP="",RCONEnabled=False,RCONPort=25575,Region="",bUseAuth=True,BanListURL="https://api.palworldgame.com/api/banlist.txt")
    """, "https://tech.palworldgame.com/settings-and-operation/configuration")

SV("ini", "rcon-password", "Zomboid/Server/servertest.ini", """
    # Players can hurt and kill other players
    PVP=false
    # Game time stops when there are no players online
    PauseEmpty=true
    # Toggles global chat on or off.
    GlobalChat=true
    Open=true
    ServerWelcomeMessage=Welcome to Knox Survivors! <LINE> Read #rules on Discord.
    AutoCreateUserInWhiteList=false
    DefaultPort=16261
    UDPPort=16262
    # Port for RCON (Remote Console)
    RCONPort=27015
    # RCON password (Pick a strong password)
    RCONPassword=«S»
    # Enables global text chat integration with a Discord channel
    DiscordEnable=false
    DiscordToken=
    DiscordChannel=
    Password=
    MaxPlayers=32
    Mods=Hydrocraft;Arsenal(26)GunFighter
    WorkshopItems=498441420;2297098490
    """, rand_pw(20), "https://pzwiki.net/wiki/Server_settings")

SV("ini", "discord-bot-token", "Zomboid/Server/knoxcommunity.ini", """
    PVP=true
    PauseEmpty=false
    GlobalChat=true
    Open=false
    DefaultPort=16261
    RCONPort=27015
    RCONPassword=
    # Enables global text chat integration with a Discord channel
    DiscordEnable=true
    # Discord bot access token
    DiscordToken=«S»
    # The Discord channel name. (Try the separate channel ID option if having difficulties)
    DiscordChannel=in-game-chat
    DiscordChannelID=1192648093118746725
    Password=
    MaxPlayers=64
    """, discord_token(), "https://pzwiki.net/wiki/Server_settings")

SV("xml", "telnet-password", "serverconfig.xml", """
    <?xml version="1.0"?>
    <ServerSettings>
      <!-- GENERAL SERVER SETTINGS -->
      <property name="ServerName" value="Zed Ranch | PvE | Wipe A21"/>
      <property name="ServerDescription" value="Friendly PvE, Discord: zedranch"/>
      <property name="ServerPassword" value=""/>
      <property name="ServerLoginConfirmationText" value=""/>
      <property name="Region" value="Europe"/>
      <property name="ServerPort" value="26900"/>
      <property name="ServerVisibility" value="2"/>
      <property name="ServerMaxPlayerCount" value="16"/>

      <!-- ADMIN INTERFACES -->
      <property name="WebDashboardEnabled" value="false"/>
      <property name="TelnetEnabled" value="true"/>
      <property name="TelnetPort" value="8081"/>
      <property name="TelnetPassword" value="«S»"/>
      <property name="TelnetFailedLoginLimit" value="10"/>
      <property name="TelnetFailedLoginsBlocktime" value="10"/>

      <!-- WORLD -->
      <property name="GameWorld" value="Navezgane"/>
      <property name="GameName" value="ZedRanchA21"/>
      <property name="GameDifficulty" value="3"/>
    </ServerSettings>
    """, human_pw(), "https://7daystodie.fandom.com/wiki/Server")

DV("xml", "empty", "7dtd/serverconfig.xml", """
    <?xml version="1.0"?>
    <ServerSettings>
      <property name="ServerName" value="My Game Host"/>
      <property name="ServerPassword" value=""/>
      <property name="ServerPort" value="26900"/>
      <property name="ServerVisibility" value="2"/>
      <property name="WebDashboardEnabled" value="false"/>
      <property name="WebDashboardPort" value="8080"/>
      <property name="TelnetEnabled" value="true"/>
      <property name="TelnetPort" value="8081"/>
      <!-- Password to gain remote access to telnet interface. If no password is set the server will only listen on the local loopback interface -->
      <property name="TelnetPassword" value=""/>
      <property name="GameWorld" value="Navezgane"/>
    </ServerSettings>
    """, "https://7daystodie.fandom.com/wiki/Server")

SV("json", "rest-token", "tshock/config.json", """
    {
      "Settings": {
        "ServerPassword": "",
        "ServerPort": 7777,
        "MaxSlots": 16,
        "ReservedSlots": 4,
        "ServerName": "Terraria Tuesdays",
        "UseServerName": true,
        "SpawnProtection": true,
        "SpawnProtectionRadius": 10,
        "RestApiEnabled": true,
        "RestApiPort": 7878,
        "LogRest": true,
        "EnableTokenEndpointAuthentication": false,
        "RESTMaximumRequestsPerInterval": 5,
        "ApplicationRestTokens": {
          "«S»": {
            "Username": "discord-bridge",
            "UserGroupName": "superadmin"
          }
        },
        "StorageType": "sqlite",
        "SqliteDBPath": "tshock.sqlite"
      }
    }
    """, draw(40), "https://tshock.readme.io/docs/config-settings")

SV("text-config", "server-password", "terraria/serverconfig.txt", """
    #this is an example config file for TerrariaServer.exe
    #use the command 'TerrariaServer.exe -config serverconfig.txt' to use this configuration or run start-server.bat
    #please report crashes by emailing crashlog.txt to support@terraria.org

    #Load a world and automatically start the server.
    world=/home/terraria/.local/share/Terraria/Worlds/Tuesdays.wld

    #Sets the max number of players allowed on a server.  Value must be between 1 and 255
    maxplayers=12

    #Set the port number
    port=7777

    #Set the server password
    password=«S»

    #Set the message of the day
    motd=Boss rush at 8pm!

    #Sets world difficulty when using -autocreate. Options: 0(normal), 1(expert), 2(master), 3(journey)
    difficulty=1
    secure=1
    language=en-US
    """, human_pw(), "https://terraria.wiki.gg/wiki/Server#Server_config_file")

SV("json", "factorio-token", "factorio/config/server-settings.json", """
    {
      "name": "Gear Grinders - Space Age",
      "description": "Megabase attempt #3. Be nice to the trains.",
      "tags": ["game", "megabase", "vanilla"],

      "_comment_max_players": "Maximum number of players allowed, admins can join even a full server. 0 means unlimited.",
      "max_players": 0,

      "visibility": {"public": true, "lan": true},

      "_comment_credentials": "Your factorio.com login credentials. Required for games with visibility public",
      "username": "gear_grinder",
      "password": "",

      "_comment_token": "Authentication token. May be used instead of 'password' above.",
      "token": "«S»",

      "game_password": "",
      "require_user_verification": true,
      "max_upload_in_kilobytes_per_second": 0,
      "autosave_interval": 10,
      "autosave_slots": 5,
      "afk_autokick_interval": 0,
      "auto_pause": true,
      "only_admins_can_pause_the_game": true,
      "autosave_only_on_server": true
    }
    """, hexs(30), "https://github.com/wube/factorio-data/blob/master/server-settings.example.json")

DV("json", "empty", "factorio/data/server-settings.example.json", """
    {
      "name": "Name of the game as it will appear in the game listing",
      "description": "Description of the game that will appear in the listing",
      "tags": ["game", "tags"],

      "max_players": 0,

      "visibility": {"public": true, "lan": true},

      "_comment_credentials": "Your factorio.com login credentials. Required for games with visibility public",
      "username": "",
      "password": "",

      "_comment_token": "Authentication token. May be used instead of 'password' above.",
      "token": "",

      "game_password": "",

      "_comment_require_user_verification": "When set to true, the server will only allow clients that have a valid Factorio.com account",
      "require_user_verification": true
    }
    """, "https://github.com/wube/factorio-data/blob/master/server-settings.example.json")

SV("shell", "rcon-password", "factorio/start.sh", """
    #!/bin/sh
    # Gear Grinders: load latest save, RCON for the discord bot and the prometheus exporter
    set -e
    cd /opt/factorio
    exec ./bin/x64/factorio \\
      --start-server-load-latest \\
      --server-settings ./config/server-settings.json \\
      --server-adminlist ./config/server-adminlist.json \\
      --rcon-bind 0.0.0.0:27015 \\
      --rcon-password '«S»' \\
      --mod-directory ./mods
    """, rand_pw(24), "https://wiki.factorio.com/Command_line_parameters")

DV("json", "checksum", "factorio/mods/mod-pins.json", """
    {
      "_comment": "pinned mod releases for the megabase server; sha1 as published by the mod portal API",
      "factorio_version": "1.1",
      "mods": [
        {"name": "even-distribution", "version": "1.0.10", "sha1": "«A»"},
        {"name": "helmod", "version": "0.12.19", "sha1": "«B»"},
        {"name": "LTN", "version": "1.18.5", "sha1": "«C»"},
        {"name": "squeak-through", "version": "1.8.2", "sha1": "«D»"},
        {"name": "FNEI", "version": "0.4.1", "sha1": "«E»"}
      ]
    }
    """, "https://wiki.factorio.com/Mod_portal_API", A=hexs(40), B=hexs(40), C=hexs(40), D=hexs(40), E=hexs(40))

SV("arma-cfg", "admin-password", "arma3/server.cfg", """
    // GLOBAL SETTINGS
    hostname = "OPFOR Hosting | Antistasi | ACE";
    password = "";
    passwordAdmin = "«S»";
    serverCommandPassword = "";
    logFile = "server_console.log";

    // WELCOME MESSAGE ("message of the day")
    motd[] = {"Welcome to OPFOR Hosting", "TeamSpeak: ts.opfor.example", "Ops every Saturday 19:00 CET"};
    motdInterval = 5;

    // JOINING RULES
    maxPlayers = 40;
    kickDuplicate = 1;
    verifySignatures = 2;
    allowedFilePatching = 0;

    // VOTING
    voteMissionPlayers = 1;
    voteThreshold = 0.33;

    BattlEye = 1;
    persistent = 1;
    """, words_pw("!#*"), "https://community.bistudio.com/wiki/Arma_3:_Server_Config_File")

SV("battleye-cfg", "rcon-password", "battleye/BEServer_x64.cfg", """
    RConPassword «S»
    RConIP 0.0.0.0
    RConPort 2306
    RestrictRCon 0
    MaxPing 250
    """, rand_pw(14), "https://www.battleye.com/support/documentation/")

SV("json", "rcon-password", "VRisingServer_Data/StreamingAssets/Settings/ServerHostSettings.json", """
    {
      "Name": "Bloodmoon Coven | PvE | 2x",
      "Description": "Clan size 4, castle decay off",
      "Port": 9876,
      "QueryPort": 9877,
      "MaxConnectedUsers": 40,
      "MaxConnectedAdmins": 4,
      "ServerFps": 30,
      "SaveName": "bloodmoon_s2",
      "Password": "",
      "Secure": true,
      "ListOnSteam": true,
      "ListOnEOS": true,
      "AutoSaveCount": 20,
      "AutoSaveInterval": 120,
      "CompressSaveFiles": true,
      "GameSettingsPreset": "",
      "AdminOnlyDebugEvents": true,
      "DisableDebugEvents": false,
      "API": {
        "Enabled": false
      },
      "Rcon": {
        "Enabled": true,
        "Port": 25575,
        "Password": "«S»"
      }
    }
    """, words_pw("!#*"), "https://github.com/StunlockStudios/vrising-dedicated-server-instructions")

SV("json", "server-password", "enshrouded/enshrouded_server.json", """
    {
      "name": "Flameborn Friends",
      "saveDirectory": "./savegame",
      "logDirectory": "./logs",
      "ip": "0.0.0.0",
      "queryPort": 15637,
      "slotCount": 16,
      "userGroups": [
        {
          "name": "Admin",
          "password": "«S»",
          "canKickBan": true,
          "canAccessInventories": true,
          "canEditBase": true,
          "canExtendBase": true,
          "reservedSlots": 0
        },
        {
          "name": "Guest",
          "password": "",
          "canKickBan": false,
          "canAccessInventories": false,
          "canEditBase": false,
          "canExtendBase": false,
          "reservedSlots": 0
        }
      ]
    }
    """, human_pw(), "https://enshrouded.zendesk.com/hc/en-us/articles/16055441447709-Dedicated-Server-Configuration")

SV("ini", "rcon-password", "SquadGame/ServerConfig/Rcon.cfg", """
    //// Rcon Configuration
    //// IP: IP address to listen on (0.0.0.0 for all interfaces)
    //// Port: TCP port
    //// Password: Password required for connecting to RCON. Leave blank to disable RCON
    //// MaxConnections: Max number of clients connected to RCON at once
    IP=0.0.0.0
    Port=21114
    Password=«S»
    MaxConnections=5
    """, rand_pw(24), "https://squad.fandom.com/wiki/Server_Configuration")

SV("fivem-cfg", "fivem-license-key", "server.cfg", """
    # Only change the IP if you're using a server with multiple network interfaces, otherwise change the port only.
    endpoint_add_tcp "0.0.0.0:30120"
    endpoint_add_udp "0.0.0.0:30120"

    ensure mapmanager
    ensure chat
    ensure spawnmanager
    ensure sessionmanager
    ensure basic-gamemode
    ensure hardcap
    ensure oxmysql
    ensure qb-core

    sv_scriptHookAllowed 0
    sets tags "roleplay, economy, serious"
    sets locale "en-US"
    sv_hostname "Harbor City RP | Whitelisted | discord.gg/harborcity"
    sv_maxclients 48

    set steam_webApiKey "none"
    # License key for your server (https://portal.cfx.re)
    sv_licenseKey "«S»"
    set mysql_connection_string "mysql://qbcore@localhost/qbcore?charset=utf8mb4"
    """, fivem_key(), "https://docs.fivem.net/docs/server-manual/setting-up-a-server-vanilla/")

SV("fivem-cfg", "database-password", "txData/HarborCity/server.cfg", """
    ## You CAN edit the following:
    endpoint_add_tcp "0.0.0.0:30120"
    endpoint_add_udp "0.0.0.0:30120"
    sv_maxclients 64
    set steam_webApiKey "none"
    sets tags "default, deployer, qbcore, qb-core"

    ## You MAY edit the following:
    sv_licenseKey "{{svLicense}}"
    sv_hostname "Harbor City RP built with QBCore Framework by JericoFX & Kakarot & Hamy!"
    sets sv_projectName "[QBCore Framework] Harbor City"
    set mysql_connection_string "mysql://hcrp:«S»@127.0.0.1:3306/harborcity?charset=utf8mb4"

    ## These resources will start by default.
    ensure mapmanager
    ensure chat
    ensure spawnmanager
    ensure sessionmanager
    ensure hardcap
    ensure oxmysql
    ensure qb-core
    """, rand_pw(18), "https://docs.qbcore.org/qbcore-documentation/guides/setting-up-a-server")

DV("fivem-cfg", "template", "recipe/server.cfg", """
    ## You CAN edit the following:
    {{serverEndpoints}}
    sv_maxclients {{maxClients}}
    set steam_webApiKey "none"
    sets tags "default, deployer"

    ## You MAY edit the following:
    sv_licenseKey "{{svLicense}}"
    sv_hostname "{{serverName}} built with {{recipeName}} by {{recipeAuthor}}!"
    sets sv_projectName "[{{recipeName}}] {{serverName}}"
    sets sv_projectDesc "{{recipeDescription}}"
    set mysql_connection_string "{{dbConnectionString}}"
    load_server_icon myLogo.png

    ## Permissions ##
    add_ace group.admin command allow # allow all commands
    {{addPrincipalsMaster}}
    """, "https://github.com/tabarra/txAdmin-recipes")

SV("python", "serverquery-password", "ts3/channel_sync.py", '''
    """Mirror Discord event channels into TeamSpeak 3 (ServerQuery)."""
    import ts3

    TS3_HOST = "ts.opfor.example"
    TS3_QUERY_PORT = 10011


    def sync(channels: list[str]) -> None:
        with ts3.query.TS3ServerConnection(f"telnet://{TS3_HOST}:{TS3_QUERY_PORT}") as conn:
            conn.exec_("login", client_login_name="serveradmin", client_login_password="«S»")
            conn.exec_("use", sid=1)
            existing = {c["channel_name"] for c in conn.query("channellist").all()}
            for name in channels:
                if name not in existing:
                    conn.exec_("channelcreate", channel_name=name, channel_flag_permanent=1)


    if __name__ == "__main__":
        sync(["Op Night - Alpha", "Op Night - Bravo", "Briefing"])
    ''', draw(8), "https://py-ts3.readthedocs.io/en/latest/")

SV("ini", "ice-secret", "mumble/murmur.ini", """
    ; Murmur configuration file.
    database=/var/lib/mumble-server/mumble-server.sqlite

    ; If you wish to use something other than SQLite, you'll need to set the name
    ; of the database above, and also uncomment the below.
    ;dbDriver=QMYSQL

    ; Murmur defaults to not using D-Bus. If you wish to use dbus, which is one of the
    ; RPC methods available in Murmur, please specify so here.
    ice="tcp -h 127.0.0.1 -p 6502"

    ; Ice primarily uses local sockets. This means anyone who has a user account on your
    ; machine can connect to the Ice services.
    icesecretread=
    icesecretwrite=«S»

    logfile=/var/log/mumble-server/mumble-server.log
    pidfile=/run/mumble-server/mumble-server.pid
    welcometext="<br />Welcome to the <b>Raiders</b> Mumble.<br />"
    port=64738
    serverpassword=
    bandwidth=72000
    users=100
    """, rand_pw(24), "https://wiki.mumble.info/wiki/Murmur.ini")

DV("ini", "default", "mumble/murmur.default.ini", """
    ; Murmur configuration file.
    ;
    ; General notes:
    ; * Settings in this file are default settings and many of them can be overridden
    ;   with virtual server specific configuration via the Ice or DBus interface.
    database=

    ; If you want to allow (read-only) access to the Ice interface, uncomment:
    ;ice="tcp -h 127.0.0.1 -p 6502"
    ;icesecretread=
    icesecretwrite=

    ; Password to join server.
    serverpassword=
    port=64738
    users=100
    """, "https://github.com/mumble-voip/mumble/blob/master/auxiliary_files/mumble-server.ini")

# =============================================================================================
# Pterodactyl panel and Wings
# =============================================================================================

SV("dotenv", "app-key", "panel/.env", """
    APP_ENV=production
    APP_DEBUG=false
    APP_KEY=«S»
    APP_THEME=pterodactyl
    APP_TIMEZONE=Europe/Amsterdam
    APP_URL=https://panel.raiders-rest.example
    APP_LOCALE=en
    APP_ENVIRONMENT_ONLY=false

    LOG_CHANNEL=daily
    LOG_DEPRECATIONS_CHANNEL=null
    LOG_LEVEL=debug

    DB_CONNECTION=mysql
    DB_HOST=127.0.0.1
    DB_PORT=3306
    DB_DATABASE=panel
    DB_USERNAME=pterodactyl
    DB_PASSWORD=${PANEL_DB_PASSWORD}

    REDIS_HOST=127.0.0.1
    REDIS_PASSWORD=null
    REDIS_PORT=6379

    CACHE_DRIVER=redis
    QUEUE_CONNECTION=redis
    SESSION_DRIVER=redis

    HASHIDS_SALT=
    HASHIDS_LENGTH=8

    MAIL_MAILER=smtp
    MAIL_HOST=smtp.example.com
    MAIL_PORT=25
    MAIL_USERNAME=
    MAIL_PASSWORD=
    MAIL_ENCRYPTION=tls
    MAIL_FROM_ADDRESS=no-reply@example.com
    MAIL_FROM_NAME="Pterodactyl Panel"
    """, laravel_key(), "https://pterodactyl.io/panel/1.0/getting_started.html#environment-configuration")

SV("docker-compose", "database-password", "pterodactyl/docker-compose.yml", """
    version: '3.8'
    x-common:
      database:
        &db-environment
        # Do not remove the "&db-password" from the end of the line below, it is important
        # for Panel functionality.
        MYSQL_PASSWORD: &db-password "«S»"
        MYSQL_ROOT_PASSWORD: "${MYSQL_ROOT_PASSWORD}"
      panel:
        &panel-environment
        APP_URL: "https://panel.raiders-rest.example"
        APP_TIMEZONE: "UTC"
        APP_SERVICE_AUTHOR: "ops@raiders-rest.example"
        TRUSTED_PROXIES: "*"
      mail:
        &mail-environment
        MAIL_FROM: "noreply@raiders-rest.example"
        MAIL_DRIVER: "smtp"
        MAIL_HOST: "mail"
        MAIL_PORT: "1025"
        MAIL_USERNAME: ""
        MAIL_PASSWORD: ""
        MAIL_ENCRYPTION: "true"

    services:
      database:
        image: mariadb:10.5
        restart: always
        command: --default-authentication-plugin=mysql_native_password
        volumes:
          - "/srv/pterodactyl/database:/var/lib/mysql"
        environment:
          <<: *db-environment
          MYSQL_DATABASE: "panel"
          MYSQL_USER: "pterodactyl"
      panel:
        image: ghcr.io/pterodactyl/panel:latest
        restart: always
        ports:
          - "80:80"
          - "443:443"
        environment:
          <<: [*panel-environment, *mail-environment]
          DB_PASSWORD: *db-password
          APP_ENV: "production"
          APP_ENVIRONMENT_ONLY: "false"
          CACHE_DRIVER: "redis"
          SESSION_DRIVER: "redis"
          QUEUE_DRIVER: "redis"
          REDIS_HOST: "cache"
          DB_HOST: "database"
          DB_PORT: "3306"
    """, words_pw("!*%"), "https://github.com/pterodactyl/panel/blob/develop/docker-compose.example.yml")

SV("yaml", "wings-token", "etc/pterodactyl/config.yml", """
    debug: false
    app_name: Pterodactyl
    uuid: «UUID»
    token_id: «TID»
    token: «S»
    api:
      host: 0.0.0.0
      port: 8080
      ssl:
        enabled: true
        cert: /etc/letsencrypt/live/node1.raiders-rest.example/fullchain.pem
        key: /etc/letsencrypt/live/node1.raiders-rest.example/privkey.pem
      upload_limit: 100
    system:
      data: /var/lib/pterodactyl/volumes
      sftp:
        bind_port: 2022
    allowed_mounts: []
    remote: 'https://panel.raiders-rest.example'
    """, draw(64), "https://pterodactyl.io/wings/1.0/installing.html#configure", UUID=uuid_s(), TID=draw(16))

DV("yaml", "placeholder", "wings/config.example.yml", """
    # Copy the real file from Panel > Nodes > <node> > Configuration, or use the auto-deploy command.
    debug: false
    app_name: Pterodactyl
    uuid: UUID_ID_HERE
    token_id: TOKEN_ID_HERE
    token: TOKEN_HERE
    api:
      host: 0.0.0.0
      port: 8080
      ssl:
        enabled: false
        cert: /etc/letsencrypt/live/node.DOMAIN.COM/fullchain.pem
        key: /etc/letsencrypt/live/node.DOMAIN.COM/privkey.pem
      upload_limit: 100
    system:
      data: /var/lib/pterodactyl/volumes
      sftp:
        bind_port: 2022
    remote: 'https://panel.DOMAIN.COM'
    """, "https://pterodactyl.io/wings/1.0/installing.html#configure")

SV("python", "pterodactyl-api-key", "bot/panel.py", '''
    """Pterodactyl application API helpers used by the /server slash commands."""
    from pydactyl import PterodactylClient

    PANEL_URL = "https://panel.raiders-rest.example"
    api = PterodactylClient(PANEL_URL, "«S»")

    EGGS = {"paper": 3, "valheim": 15, "rust": 9}


    def create_event_server(name: str, owner_id: int, egg: str = "paper") -> dict:
        return api.servers.create_server(
            name=name,
            user_id=owner_id,
            nest_id=1,
            egg_id=EGGS[egg],
            memory_limit=4096,
            swap_limit=0,
            disk_limit=20480,
            location_ids=[1],
            environment={"MINECRAFT_VERSION": "latest", "SERVER_JARFILE": "server.jar", "BUILD_NUMBER": "latest"},
        )


    def node_usage() -> list[dict]:
        return [n["attributes"] for n in api.nodes.list_nodes().data]
    ''', ptero_key("ptla"), "https://pypi.org/project/py-dactyl/")

SV("dotenv", "pterodactyl-api-key", "discord-bot/.env", """
    # Raiders Rest community bot
    BOT_PREFIX=!
    GUILD_ID=1128839203748192326
    LOG_LEVEL=INFO
    DISCORD_TOKEN_FILE=/run/secrets/discord_token

    # Pterodactyl client API (account: bot@raiders-rest.example) - power/console only
    PTERO_URL=https://panel.raiders-rest.example
    PTERO_CLIENT_KEY=«S»
    PTERO_SERVERS=8f3a21c4,d91b7e02,5c0e9a77
    """, ptero_key("ptlc"), "https://dashflo.net/docs/api/pterodactyl/v1/")

DV("json", "template", "eggs/egg-paper-rcon.json", """
    {
        "_comment": "DO NOT EDIT: FILE GENERATED AUTOMATICALLY BY PTERODACTYL PANEL - PTERODACTYL.IO",
        "meta": {"version": "PTDL_v2", "update_url": null},
        "exported_at": "2024-02-11T14:05:33+00:00",
        "name": "Paper (RCON)",
        "author": "ops@raiders-rest.example",
        "startup": "java -Xms128M -XX:MaxRAMPercentage=95.0 -Dterminal.jline=false -jar {{SERVER_JARFILE}}",
        "config": {
            "files": "{\\r\\n    \\"server.properties\\": {\\r\\n        \\"parser\\": \\"properties\\",\\r\\n        \\"find\\": {\\r\\n            \\"server-port\\": \\"{{server.build.default.port}}\\",\\r\\n            \\"enable-rcon\\": \\"true\\",\\r\\n            \\"rcon.password\\": \\"{{server.build.env.RCON_PASS}}\\"\\r\\n        }\\r\\n    }\\r\\n}",
            "startup": "{\\r\\n    \\"done\\": \\")! For help, type \\"\\r\\n}",
            "logs": "{}",
            "stop": "stop"
        },
        "variables": [
            {
                "name": "RCON password",
                "description": "Password for RCON; generated on install if left empty.",
                "env_variable": "RCON_PASS",
                "default_value": "",
                "user_viewable": true,
                "user_editable": true,
                "rules": "nullable|string|min:8|max:64",
                "field_type": "text"
            }
        ]
    }
    """, "https://pterodactyl.io/community/config/eggs/creating_a_custom_egg.html")

DV("sql", "password-hash", "database/seed_staff_users.sql", """
    -- staging panel: recreate staff accounts after a DB restore
    -- passwords are bcrypt (Laravel Hash::make), users reset them on first login anyway
    INSERT INTO users (external_id, uuid, username, email, name_first, name_last, password, root_admin, language, created_at, updated_at)
    VALUES
      (NULL, '«U1»', 'kestrel', 'kestrel@raiders-rest.example', 'Kes', 'Trel', '«H1»', 1, 'en', NOW(), NOW()),
      (NULL, '«U2»', 'mossy', 'mossy@raiders-rest.example', 'Mossy', 'Moth', '«H2»', 0, 'en', NOW(), NOW()),
      (NULL, '«U3»', 'pixel', 'pixel@raiders-rest.example', 'Pixel', 'Paladin', '«H3»', 0, 'en', NOW(), NOW());
    """, "https://laravel.com/docs/10.x/hashing",
   U1=uuid_s(), U2=uuid_s(), U3=uuid_s(), H1=bcrypt_hash(), H2=bcrypt_hash(), H3=bcrypt_hash())

DV("log", "redacted", "logs/panel-audit.log", """
    [2024-03-02 11:04:17] production.INFO: api.key.created {"user":1,"identifier":"ptla_Kx7","description":"discord bot","allowed_ips":[]}
    [2024-03-02 11:04:18] production.INFO: api.request {"key":"ptla_Kx7****************************************","route":"api.application.servers.view","status":200}
    [2024-03-02 11:09:52] production.WARNING: api.request {"key":"ptlc_9Qe****************************************","route":"api.client.servers.power","status":403}
    [2024-03-02 12:30:01] production.INFO: schedule.run {"server":"8f3a21c4","task":"backup","result":"ok"}
    [2024-03-02 12:30:09] production.INFO: backup.complete {"server":"8f3a21c4","uuid":"«U»","checksum":"sha1:«H»"}
    """, "https://pterodactyl.io/panel/1.0/additional_configuration.html", U=uuid_s(), H=hexs(40))

# =============================================================================================
# Discord, Twitch, Telegram community integrations
# =============================================================================================

SV("python", "discord-bot-token", "bot.py", '''
    import logging

    import discord
    from discord.ext import commands

    logging.basicConfig(level=logging.INFO)

    intents = discord.Intents.default()
    intents.message_content = True
    intents.members = True

    bot = commands.Bot(command_prefix="!", intents=intents, help_command=None)

    INITIAL_EXTENSIONS = ["cogs.minecraft", "cogs.tickets", "cogs.leaderboard"]


    @bot.event
    async def setup_hook():
        for ext in INITIAL_EXTENSIONS:
            await bot.load_extension(ext)
        await bot.tree.sync()


    @bot.event
    async def on_ready():
        logging.info("Logged in as %s (%s)", bot.user, bot.user.id)


    bot.run("«S»")
    ''', discord_token(), "https://discordpy.readthedocs.io/en/stable/quickstart.html")

DV("json", "env-reference", "discord-bot/config.template.json", """
    {
      "token": "${DISCORD_TOKEN}",
      "prefix": "?",
      "guildId": "${GUILD_ID}",
      "modLogChannel": "1093124410997588049",
      "database": "postgres://bot:${BOT_DB_PASSWORD}@db:5432/bot",
      "status": {"type": "WATCHING", "text": "play.cobble.gg"},
      "_comment": "rendered with envsubst < config.template.json > config.json at container start"
    }
    """, "https://www.gnu.org/software/gettext/manual/html_node/envsubst-Invocation.html")

DV("dotenv", "placeholder", "bot/.env.example", """
    # Copy to .env and fill in. Never commit .env!
    DISCORD_TOKEN=your-bot-token-here
    DISCORD_CLIENT_ID=123456789012345678
    GUILD_ID=123456789012345678
    STEAM_API_KEY=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
    RCON_HOST=127.0.0.1
    RCON_PORT=25575
    RCON_PASSWORD=<rcon password from server.properties>
    DATABASE_URL=postgresql://bot:password@localhost:5432/bot
    """, "https://12factor.net/config")

SV("python", "discord-webhook", "monitor/server_status.py", '''
    """Poll the game servers every minute and post state changes to #server-status."""
    import time

    import a2s
    import requests

    WEBHOOK_URL = "«S»"
    SERVERS = {
        "Payload": ("tf.raiders-rest.example", 27015),
        "2Fort": ("tf.raiders-rest.example", 27016),
        "Valheim": ("vh.raiders-rest.example", 2457),
    }

    state: dict[str, bool] = {}

    while True:
        for name, addr in SERVERS.items():
            try:
                info = a2s.info(addr, timeout=3)
                up, text = True, f"{name} is up - {info.player_count}/{info.max_players} on {info.map_name}"
            except OSError:
                up, text = False, f"{name} is DOWN"
            if state.get(name) != up:
                requests.post(WEBHOOK_URL, json={"content": text, "username": "Server Watch"}, timeout=5)
                state[name] = up
        time.sleep(60)
    ''', discord_webhook(), "https://discord.com/developers/docs/resources/webhook#execute-webhook")

SV("crontab", "discord-webhook", "ops/crontab", """
    # m h  dom mon dow   command
    MAILTO=""
    SHELL=/bin/bash
    */5 * * * * /opt/ops/check_disk.sh
    0 4 * * *   /opt/mc/scripts/backup.sh >> /var/log/mc-backup.log 2>&1
    # announce nightly restart in #announcements
    55 5 * * *  curl -s -H 'Content-Type: application/json' -d '{"content":"Nightly restart in 5 minutes"}' '«S»'
    0 6 * * *   systemctl restart minecraft@survival
    """, discord_webhook("discordapp.com"), "https://man7.org/linux/man-pages/man5/crontab.5.html")

SV("bepinex-cfg", "discord-webhook", "BepInEx/config/games.nwest.valheim.discordconnector.cfg", """
    ## Settings file was created by plugin Valheim Discord Connector v2.2.1
    ## Plugin GUID: games.nwest.valheim.discordconnector

    [Main]

    ## Discord channel webhook URL. For instructions, reference the 'MAKING A WEBHOOK' section of
    ## Discord's Intro to Webhook document: https://support.discord.com/hc/en-us/articles/228383668
    # Setting type: String
    # Default value:
    Webhook URL = «S»

    ## Enable this setting to use embeds in the messages sent to Discord. Currently this will affect the position details for the messages.
    # Setting type: Boolean
    # Default value: false
    Use fancier discord messages = true

    ## It may be that you have some players that you never want to send Discord messages for.
    # Setting type: String
    # Default value:
    Ignored Players =
    """, discord_webhook(), "https://discord-connector.valheim.games.nwest.one/config/main.html")

DV("python", "public-key", "interactions/app.py", '''
    """Discord interactions endpoint (HTTP) for the /lfg command, deployed on Cloud Run."""
    import os

    from fastapi import FastAPI, HTTPException, Request
    from nacl.exceptions import BadSignatureError
    from nacl.signing import VerifyKey

    APPLICATION_ID = "1142231990831177728"
    # "Public Key" from the developer portal: used only to verify request signatures
    DISCORD_PUBLIC_KEY = "«PK»"
    verify_key = VerifyKey(bytes.fromhex(DISCORD_PUBLIC_KEY))
    BOT_TOKEN = os.environ["DISCORD_BOT_TOKEN"]

    app = FastAPI()


    @app.post("/interactions")
    async def interactions(request: Request):
        signature = request.headers["X-Signature-Ed25519"]
        timestamp = request.headers["X-Signature-Timestamp"]
        body = (await request.body()).decode()
        try:
            verify_key.verify(f"{timestamp}{body}".encode(), bytes.fromhex(signature))
        except BadSignatureError:
            raise HTTPException(401, "invalid request signature")
        payload = await request.json()
        if payload["type"] == 1:
            return {"type": 1}
        return {"type": 4, "data": {"content": "Looking for group posted!"}}
    ''', "https://discord.com/developers/docs/interactions/overview#setting-up-an-endpoint", PK=hexs(64))

SV("python", "twitch-oauth-token", "twitch_bot/main.py", '''
    from twitchio.ext import commands

    CHANNELS = ["basaltgames", "basalt_devstream"]


    class Bot(commands.Bot):
        def __init__(self):
            super().__init__(
                token="oauth:«S»",
                prefix="!",
                initial_channels=CHANNELS,
            )

        async def event_ready(self):
            print(f"Logged in as | {self.nick} ({self.user_id})")

        @commands.command()
        async def wishlist(self, ctx: commands.Context):
            await ctx.send("Wishlist Basalt on Steam: https://store.steampowered.com/app/1422450")

        @commands.command()
        async def discord(self, ctx: commands.Context):
            await ctx.send("Join us: discord.gg/basalt")


    if __name__ == "__main__":
        Bot().run()
    ''', twitch_token(), "https://twitchio.dev/en/stable/quickstart.html")

SV("dotenv", "twitch-client-secret", "streamhooks/.env", """
    # EventSub + Helix for the drops campaign
    TWITCH_CLIENT_ID=«CID»
    TWITCH_CLIENT_SECRET=«S»
    TWITCH_BROADCASTER_ID=512847361
    EVENTSUB_CALLBACK=https://hooks.basalt.example/twitch/eventsub
    DROPS_CAMPAIGN_ID=«UUID»
    """, twitch_token(), "https://dev.twitch.tv/docs/authentication/register-app/",
   CID=twitch_token(), UUID=uuid_s())

SV("python", "webhook-secret", "streamhooks/settings.py", '''
    """Settings for the Twitch EventSub receiver (drops, raids, follows -> Discord)."""
    from pathlib import Path

    BASE_DIR = Path(__file__).resolve().parent
    DEBUG = False

    TWITCH_CLIENT_ID = "«CID»"
    # HMAC secret we registered with the EventSub subscriptions (10-100 chars)
    EVENTSUB_SECRET = "«S»"
    EVENTSUB_TYPES = ["channel.raid", "channel.follow", "drop.entitlement.grant"]

    DISCORD_CHANNEL_ANNOUNCE = 1093124410997588049
    LOG_FILE = BASE_DIR / "logs" / "eventsub.log"
    ''', rand_pw(40), "https://dev.twitch.tv/docs/eventsub/handling-webhook-events/#verifying-the-event-message",
   CID=twitch_token())

DV("toml", "env-reference", "twitch_bot/twitch.toml", """
    # Public Twitch app settings. Secrets come from the environment:
    #   TWITCH_CLIENT_SECRET, TWITCH_BOT_TOKEN
    [app]
    client_id = "«CID»"
    client_secret_env = "TWITCH_CLIENT_SECRET"
    token_env = "TWITCH_BOT_TOKEN"
    redirect_uri = "http://localhost:4343/oauth/callback"
    scopes = ["chat:read", "chat:edit", "moderator:read:followers"]

    [channels]
    join = ["basaltgames"]
    """, "https://dev.twitch.tv/docs/authentication/", CID=twitch_token())

DV("yaml", "placeholder", "twitch_bot/config.sample.yml", """
    # Sample config - copy to config.yml
    twitch:
      nick: your_bot_name
      token: oauth:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
      client_id: your-client-id
      channels:
        - your_channel
    discord:
      webhook: https://discord.com/api/webhooks/<id>/<token>
    """, "https://dev.twitch.tv/docs/irc/authenticate-bot/")

SV("text-config", "twitch-oauth-token", "streamlink/config.twitch", """
    # streamlink config for the clip archiver box (~/.config/streamlink/config.twitch)
    # Turbo account token so archived VODs don't carry ads
    twitch-api-header=Authorization=OAuth «S»
    twitch-disable-ads
    twitch-low-latency
    default-stream=best
    retry-streams=30
    output=/srv/vods/{author}/{time:%Y-%m-%d}-{id}.ts
    """, twitch_token(), "https://streamlink.github.io/cli/plugins/twitch.html#authentication")

SV("yaml", "telegram-bot-token", "alerts/alerts.yml", """
    # uptime alerts for the game servers -> Telegram group "Ops - Game Servers"
    interval: 60s
    targets:
      - name: valheim
        type: a2s
        address: vh.raiders-rest.example:2457
      - name: survival
        type: minecraft
        address: play.cobble.gg:25565
    notify:
      telegram:
        bot_token: "«S»"
        chat_id: -1001847264491
        parse_mode: MarkdownV2
    """, fakes.telegram_token(_seed()), "https://core.telegram.org/bots/api#sendmessage")

SV("python", "discord-client-secret", "community/settings_oauth.py", '''
    """OAuth login for the community site (django-allauth, Discord and Steam)."""
    SOCIALACCOUNT_PROVIDERS = {
        "discord": {
            "APP": {
                "client_id": "1142231990831177728",
                "secret": "«S»",
                "key": "",
            },
            "SCOPE": ["identify", "guilds"],
        },
        "steam": {
            "APP": {"client_id": "steam", "secret": "", "key": ""},
        },
    }
    SOCIALACCOUNT_LOGIN_ON_GET = True
    LOGIN_REDIRECT_URL = "/profile/"
    ACCOUNT_EMAIL_VERIFICATION = "none"
    ''', draw(32, URLSAFE), "https://docs.allauth.org/en/latest/socialaccount/providers/discord.html")

SV("ini", "discord-bot-token", "deploy/supervisord.conf", """
    [supervisord]
    nodaemon=true
    logfile=/var/log/supervisor/supervisord.log

    [program:bot]
    command=/opt/bot/.venv/bin/python -m raidbot
    directory=/opt/bot
    user=bot
    autorestart=true
    environment=DISCORD_TOKEN="«S»",LOG_LEVEL="INFO"
    stdout_logfile=/var/log/bot/out.log
    stderr_logfile=/var/log/bot/err.log

    [program:scheduler]
    command=/opt/bot/.venv/bin/python -m raidbot.scheduler
    directory=/opt/bot
    user=bot
    autorestart=true
    """, discord_token(), "http://supervisord.org/configuration.html#program-x-section-values")

SV("python", "slack-webhook", "ci/notify.py", '''
    """Post build results to #builds in the studio Slack."""
    import json
    import os
    import sys
    import urllib.request

    SLACK_WEBHOOK = "«S»"


    def main(status: str) -> None:
        build = os.environ.get("BUILD_NUMBER", "?")
        branch = os.environ.get("GIT_BRANCH", "?")
        color = "good" if status == "SUCCESS" else "danger"
        payload = {"attachments": [{"color": color, "title": f"Build #{build} {status}", "text": f"branch {branch}"}]}
        req = urllib.request.Request(SLACK_WEBHOOK, data=json.dumps(payload).encode(), headers={"Content-Type": "application/json"})
        urllib.request.urlopen(req, timeout=10)


    if __name__ == "__main__":
        main(sys.argv[1])
    ''', slack_webhook(), "https://api.slack.com/messaging/webhooks")

# =============================================================================================
# Matchmaking and leaderboard backends: Django, FastAPI, Redis, Postgres, Nakama, Agones
# =============================================================================================

SV("python", "django-secret-key", "leaderboard/settings/production.py", '''
    from .base import *  # noqa: F401,F403

    DEBUG = False
    SECRET_KEY = "«S»"

    ALLOWED_HOSTS = ["leaderboard.basalt.example", "lb-internal.basalt.svc.cluster.local"]
    CSRF_TRUSTED_ORIGINS = ["https://leaderboard.basalt.example"]

    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://redis-master.basalt.svc.cluster.local:6379/2",
        }
    }
    LEADERBOARD_SEASON = "2024-S1"
    ''', fakes.django_secret_key(_seed()), "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key")

DV("python", "env-reference", "leaderboard/settings/base.py", '''
    from pathlib import Path

    import environ

    env = environ.Env(DEBUG=(bool, False))
    BASE_DIR = Path(__file__).resolve().parent.parent.parent
    environ.Env.read_env(BASE_DIR / ".env")

    SECRET_KEY = env("DJANGO_SECRET_KEY")
    DEBUG = env("DEBUG")

    DATABASES = {"default": env.db("DATABASE_URL", default="postgres:///leaderboard")}
    CACHES = {"default": env.cache("REDIS_URL", default="rediscache://127.0.0.1:6379/1")}

    INSTALLED_APPS = [
        "django.contrib.admin",
        "django.contrib.auth",
        "django.contrib.contenttypes",
        "rest_framework",
        "scores",
        "seasons",
    ]
    STEAM_PUBLISHER_KEY = env("STEAM_PUBLISHER_KEY", default="")
    ''', "https://django-environ.readthedocs.io/en/latest/quickstart.html")

SV("python", "database-password", "matchmaking/settings.py", '''
    """Django settings for the matchmaking admin (queues, MMR tuning, bans)."""
    import os
    from pathlib import Path

    BASE_DIR = Path(__file__).resolve().parent.parent
    SECRET_KEY = os.environ["MM_SECRET_KEY"]
    DEBUG = os.environ.get("MM_DEBUG") == "1"
    ALLOWED_HOSTS = ["mm-admin.basalt.example"]

    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": "matchmaking",
            "USER": "mm_admin",
            "PASSWORD": "«S»",
            "HOST": "pg-mm.cluster-c8x1z2.eu-west-1.rds.amazonaws.com",
            "PORT": "5432",
            "CONN_MAX_AGE": 60,
        }
    }

    TIME_ZONE = "UTC"
    USE_TZ = True
    MMR_K_FACTOR = 24
    QUEUE_REGIONS = ["eu-west", "us-east", "ap-southeast"]
    ''', words_pw("!#%*"), "https://docs.djangoproject.com/en/5.0/ref/settings/#databases")

SV("python", "redis-password", "app/core/config.py", '''
    from functools import lru_cache

    from pydantic_settings import BaseSettings, SettingsConfigDict


    class Settings(BaseSettings):
        model_config = SettingsConfigDict(env_file=".env", env_prefix="MM_")

        project_name: str = "basalt-matchmaker"
        api_prefix: str = "/v1"
        redis_url: str = "redis://:«S»@redis-mm.basalt.internal:6379/0"
        database_url: str = "postgresql+asyncpg://mm@pg-mm.basalt.internal/matchmaking"
        ticket_ttl_seconds: int = 90
        max_mmr_spread: int = 250
        regions: list[str] = ["eu-west", "us-east"]


    @lru_cache
    def get_settings() -> Settings:
        return Settings()
    ''', fakes.redis_password(_seed()), "https://docs.pydantic.dev/latest/concepts/pydantic_settings/")

SV("dotenv", "database-password", ".env.production", """
    # matchmaker prod - loaded by docker compose
    MM_ENV=production
    MM_LOG_LEVEL=info
    MM_DATABASE_URL=postgresql+asyncpg://matchmaker:«S»@pg-mm.basalt.internal:5432/matchmaking
    MM_REDIS_URL=redis://redis-mm.basalt.internal:6379/0
    MM_TICKET_TTL_SECONDS=90
    MM_REGIONS=["eu-west","us-east","ap-southeast"]
    """, rand_pw(22), "https://fastapi.tiangolo.com/advanced/settings/")

SV("dotenv", "jwt-secret", ".env.staging", """
    MM_ENV=staging
    MM_LOG_LEVEL=debug
    MM_DATABASE_URL=postgresql+asyncpg://matchmaker@pg-staging:5432/matchmaking
    MM_REDIS_URL=redis://redis-staging:6379/0
    # signs the session JWTs the game client gets after Steam ticket auth
    MM_JWT_SECRET=«S»
    MM_JWT_ALGORITHM=HS256
    MM_JWT_TTL_MINUTES=720
    """, hexs(64), "https://fastapi.tiangolo.com/tutorial/security/oauth2-jwt/")

DV("dotenv", "placeholder", ".env.example", """
    # Matchmaker settings. Copy to .env (local) - CI and prod use the k8s secret "matchmaker-env".
    MM_ENV=local
    MM_DATABASE_URL=postgresql+asyncpg://matchmaker:matchmaker@localhost:5432/matchmaking
    MM_REDIS_URL=redis://localhost:6379/0
    MM_JWT_SECRET=change-me-to-a-long-random-string
    MM_STEAM_PUBLISHER_KEY=
    MM_PLAYFAB_TITLE_ID=
    MM_PLAYFAB_SECRET_KEY=
    MM_EOS_CLIENT_SECRET=
    """, "https://12factor.net/config")

SV("ini", "database-password", "alembic.ini", """
    # A generic, single database configuration.

    [alembic]
    script_location = migrations
    prepend_sys_path = .
    version_path_separator = os

    sqlalchemy.url = postgresql+psycopg2://lb_owner:«S»@pg-lb.basalt.internal:5432/leaderboard

    [post_write_hooks]
    hooks = black
    black.type = console_scripts
    black.entrypoint = black
    black.options = -l 100 REVISION_SCRIPT_FILENAME

    [loggers]
    keys = root,sqlalchemy,alembic

    [logger_alembic]
    level = INFO
    handlers =
    qualname = alembic
    """, rand_pw(20), "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file")

DV("ini", "default", "migrations/alembic.ini", """
    # A generic, single database configuration.

    [alembic]
    # path to migration scripts
    script_location = migrations

    # sys.path path, will be prepended to sys.path if present.
    prepend_sys_path = .

    # the URL is set from LEADERBOARD_DB_URL in migrations/env.py; this is alembic's template value
    sqlalchemy.url = driver://user:pass@localhost/dbname

    [loggers]
    keys = root,sqlalchemy,alembic
    """, "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file")

SV("python", "amqp-password", "worker/celeryconfig.py", '''
    """Celery config for the replay-processing and season-rollover workers."""
    broker_url = "amqp://replays:«S»@rabbitmq.basalt.internal:5672/replays"
    result_backend = "redis://redis-mm.basalt.internal:6379/3"

    task_serializer = "json"
    result_serializer = "json"
    accept_content = ["json"]
    timezone = "UTC"
    enable_utc = True

    task_routes = {
        "replays.tasks.parse_replay": {"queue": "replays"},
        "seasons.tasks.rollover": {"queue": "seasons"},
    }
    worker_prefetch_multiplier = 1
    task_acks_late = True
    ''', rand_pw(18), "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url")

SV("redis-conf", "redis-password", "redis/redis.conf", """
    # Redis for the matchmaker queues and session cache
    bind 0.0.0.0
    protected-mode yes
    port 6379
    tcp-keepalive 300
    timeout 0

    maxmemory 2gb
    maxmemory-policy allkeys-lru

    appendonly yes
    appendfsync everysec

    requirepass «S»
    rename-command FLUSHALL ""
    rename-command CONFIG ""
    """, fakes.redis_password(_seed()), "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/")

DV("redis-conf", "default", "redis/redis.default.conf", """
    # Redis configuration file example (excerpt of the upstream default).
    bind 127.0.0.1 -::1
    protected-mode yes
    port 6379

    ################################## SECURITY ###################################
    # IMPORTANT NOTE: starting with Redis 6 "requirepass" is just a compatibility
    # layer on top of the new ACL system.
    #
    # requirepass foobared

    # aclfile /etc/redis/users.acl
    """, "https://raw.githubusercontent.com/redis/redis/7.2/redis.conf")

SV("helm-values", "database-password", "deploy/values-prod.yaml", """
    image:
      repository: ghcr.io/basalt-games/leaderboard
      tag: "2024.03.1"
    replicaCount: 3

    ingress:
      enabled: true
      className: nginx
      hosts:
        - host: leaderboard.basalt.example
          paths: [{path: /, pathType: Prefix}]

    postgresql:
      enabled: true
      auth:
        username: leaderboard
        password: "«S»"
        database: leaderboard
      primary:
        persistence:
          size: 50Gi

    redis:
      enabled: true
      auth:
        existingSecret: leaderboard-redis
        existingSecretPasswordKey: redis-password

    resources:
      requests: {cpu: 250m, memory: 512Mi}
    """, words_pw("!#*"), "https://github.com/bitnami/charts/tree/main/bitnami/postgresql#postgresql-common-parameters")

DV("helm-template", "template", "deploy/templates/secret.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: {{ include "leaderboard.fullname" . }}-env
      labels:
        {{- include "leaderboard.labels" . | nindent 4 }}
    type: Opaque
    data:
      DATABASE_URL: {{ printf "postgresql://%s:%s@%s/%s" .Values.db.user .Values.db.password .Values.db.host .Values.db.name | b64enc | quote }}
      STEAM_PUBLISHER_KEY: {{ .Values.steam.publisherKey | b64enc | quote }}
      PLAYFAB_SECRET_KEY: {{ required "playfab.secretKey is required" .Values.playfab.secretKey | b64enc | quote }}
      JWT_SECRET: {{ randAlphaNum 48 | b64enc | quote }}
    """, "https://helm.sh/docs/chart_template_guide/function_list/")

_redis_k8s = fakes.redis_password(_seed())
SV("k8s-secret", "redis-password", "deploy/k8s/matchmaker-secret.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: matchmaker-env
      namespace: basalt-live
      labels:
        app: matchmaker
    type: Opaque
    data:
      MM_REDIS_HOST: «HOST»
      MM_REDIS_PASSWORD: «B64»
      MM_REGIONS: «REG»
    """, _redis_k8s, "https://kubernetes.io/docs/concepts/configuration/secret/",
   HOST=b64("redis-mm.basalt.internal"), B64=b64(_redis_k8s), REG=b64("eu-west,us-east"))

_steam_k8s = steam_key()
SV("k8s-secret", "steam-publisher-key", "deploy/k8s/steam-secret.yaml", """
    # kubectl apply -f deploy/k8s/steam-secret.yaml   (leaderboard + store namespaces)
    apiVersion: v1
    kind: Secret
    metadata:
      name: steam-publisher
      namespace: basalt-live
    type: Opaque
    data:
      STEAM_APP_ID: «APP»
      STEAM_PUBLISHER_KEY: «B64»
    """, _steam_k8s, "https://kubernetes.io/docs/concepts/configuration/secret/",
   APP=b64("1422450"), B64=b64(_steam_k8s))

DV("k8s-yaml", "sealed-secret", "deploy/k8s/sealed-rcon.yaml", """
    apiVersion: bitnami.com/v1alpha1
    kind: SealedSecret
    metadata:
      name: rcon-passwords
      namespace: minecraft
    spec:
      encryptedData:
        survival: «A»
        creative: «B»
      template:
        metadata:
          name: rcon-passwords
          namespace: minecraft
        type: Opaque
    """, "https://github.com/bitnami-labs/sealed-secrets#usage",
   A="AgB" + draw(380, ALNUM + "+/") + "==", B="AgC" + draw(380, ALNUM + "+/") + "==")

SV("k8s-yaml", "rcon-password", "agones/fleet.yaml", """
    apiVersion: "agones.dev/v1"
    kind: Fleet
    metadata:
      name: basalt-arena
      namespace: game-servers
    spec:
      replicas: 4
      scheduling: Packed
      template:
        spec:
          ports:
            - name: default
              containerPort: 7777
              protocol: UDP
          health:
            initialDelaySeconds: 30
            periodSeconds: 10
          template:
            spec:
              containers:
                - name: arena
                  image: ghcr.io/basalt-games/arena-server:2024.03.1
                  env:
                    - name: ARENA_RCON_PASSWORD
                      value: "«S»"
                    - name: ARENA_REGION
                      value: eu-west
                  resources:
                    requests: {memory: 1Gi, cpu: 500m}
                    limits: {memory: 2Gi, cpu: "1"}
    """, rand_pw(20), "https://agones.dev/site/docs/reference/fleet/")

DV("k8s-yaml", "secret-ref", "agones/fleet-staging.yaml", """
    apiVersion: "agones.dev/v1"
    kind: Fleet
    metadata:
      name: basalt-arena-staging
      namespace: game-servers-staging
    spec:
      replicas: 1
      template:
        spec:
          ports:
            - name: default
              containerPort: 7777
          template:
            spec:
              containers:
                - name: arena
                  image: ghcr.io/basalt-games/arena-server:main
                  env:
                    - name: ARENA_RCON_PASSWORD
                      valueFrom:
                        secretKeyRef:
                          name: arena-rcon
                          key: password
                    - name: PLAYFAB_SECRET_KEY
                      valueFrom:
                        secretKeyRef: {name: playfab-title, key: secret-key}
    """, "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/")

SV("nakama-yaml", "admin-password", "nakama/config.yml", """
    name: nakama-eu1
    data_dir: "./data/"
    logger:
      stdout: false
      level: "warn"
      file: "/nakama/data/logfile.log"
    metrics:
      prometheus_port: 9100
    database:
      address:
        - "nakama@cockroachdb:26257"
    runtime:
      path: "/nakama/data/modules"
      js_entrypoint: "build/index.js"
    session:
      token_expiry_sec: 7200
    socket:
      max_message_size_bytes: 4096
    console:
      port: 7351
      username: "liveops"
      password: "«S»"
    matchmaker:
      max_tickets: 2
      interval_sec: 15
      max_intervals: 3
    """, words_pw("!#*"), "https://heroiclabs.com/docs/nakama/getting-started/configuration/")

SV("nakama-yaml", "encryption-key", "nakama/prod.yml", """
    name: nakama-prod
    logger:
      level: "info"
    session:
      encryption_key: "«S»"
      token_expiry_sec: 86400
      refresh_token_expiry_sec: 2592000
    socket:
      server_key: "basalt-arena-client"
      max_request_size_bytes: 262144
    runtime:
      path: "/nakama/data/modules"
      env:
        - "region=eu-west"
        - "season=2024-S1"
    console:
      port: 7351
    """, rand_pw(32), "https://heroiclabs.com/docs/nakama/getting-started/configuration/#session")

DV("nakama-yaml", "default", "nakama/local.yml", """
    # Local development only (docker compose up). These are Nakama's documented default keys;
    # prod values live in Secret Manager and are passed as flags by the deploy job.
    name: nakama-local
    logger:
      level: "debug"
    socket:
      server_key: "defaultkey"
    session:
      encryption_key: "defaultencryptionkey"
      refresh_encryption_key: "defaultrefreshencryptionkey"
    runtime:
      http_key: "defaulthttpkey"
    console:
      username: "admin"
      password: "password"
    """, "https://heroiclabs.com/docs/nakama/getting-started/configuration/")

SV("docker-compose", "database-password", "nakama/docker-compose.yml", """
    version: '3'
    services:
      postgres:
        image: postgres:12.2-alpine
        environment:
          - POSTGRES_DB=nakama
          - POSTGRES_PASSWORD_FILE=/run/secrets/pg_password
        volumes:
          - data:/var/lib/postgresql/data
      nakama:
        image: registry.heroiclabs.com/heroiclabs/nakama:3.21.1
        entrypoint:
          - "/bin/sh"
          - "-ecx"
          - >
            /nakama/nakama migrate up --database.address postgres:«S»@postgres:5432/nakama &&
            exec /nakama/nakama --config /nakama/data/prod.yml --database.address postgres:«S»@postgres:5432/nakama
        restart: always
        links:
          - "postgres:db"
        depends_on:
          - postgres
        volumes:
          - ./:/nakama/data
        ports:
          - "7349:7349"
          - "7350:7350"
          - "7351:7351"
    volumes:
      data:
    """, rand_pw(20), "https://heroiclabs.com/docs/nakama/getting-started/install/docker/")

SV("python", "redis-password", "services/matchmaker/redis_client.py", '''
    """Shared Redis connection for queue tickets and party state."""
    import redis.asyncio as redis

    POOL = redis.ConnectionPool(
        host="redis-mm.basalt.internal",
        port=6379,
        db=0,
        password="«S»",
        max_connections=64,
        decode_responses=True,
        health_check_interval=30,
    )


    def client() -> redis.Redis:
        return redis.Redis(connection_pool=POOL)


    async def enqueue(ticket_id: str, mmr: int, region: str) -> None:
        r = client()
        await r.zadd(f"queue:{region}", {ticket_id: mmr})
        await r.expire(f"ticket:{ticket_id}", 90)
    ''', fakes.redis_password(_seed()), "https://redis-py.readthedocs.io/en/stable/connections.html")

_lb_pw = words_pw("!*")
S("python", "database-password", "leaderboard/db.py", T('''
    """Engine for the season leaderboard (read replica for /top, primary for submissions)."""
    from sqlalchemy import create_engine
    from sqlalchemy.orm import sessionmaker

    PRIMARY_URL = (
        "postgresql+psycopg2://lb_writer:«A»"
        "«B»@pg-lb.basalt.internal:5432/leaderboard"
    )
    REPLICA_URL = "postgresql+psycopg2://lb_reader@pg-lb-ro.basalt.internal:5432/leaderboard"

    primary = create_engine(PRIMARY_URL, pool_size=10, pool_pre_ping=True)
    replica = create_engine(REPLICA_URL, pool_size=20, pool_pre_ping=True)

    WriteSession = sessionmaker(bind=primary, expire_on_commit=False)
    ReadSession = sessionmaker(bind=replica)
    ''', A=_lb_pw[:7], B=_lb_pw[7:]), _lb_pw, "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls")

SV("ini", "database-password", "ops/.my.cnf", """
    # mysql client defaults for the ops box (backup-sourcebans.sh, sb-prune.sh)
    [client]
    host=db.fragharbor.internal
    user=sb_backup
    password="«S»"
    default-character-set=utf8mb4

    [mysqldump]
    single-transaction
    quick
    """, words_pw("!#%*"), "https://dev.mysql.com/doc/refman/8.0/en/option-files.html")

SV("pgpass", "database-password", "ops/.pgpass", """
    # hostname:port:database:username:password
    pg-lb.basalt.internal:5432:leaderboard:lb_owner:«S»
    pg-lb-ro.basalt.internal:5432:leaderboard:lb_reader:*
    localhost:5432:*:postgres:
    pg-mm.basalt.internal:5432:matchmaking:mm_readonly:
    """, rand_pw(24), "https://www.postgresql.org/docs/current/libpq-pgpass.html")

SV("toml", "database-password", "stats/settings.toml", """
    [service]
    name = "player-stats"
    port = 8088
    workers = 4

    [mongo]
    uri = "mongodb+srv://stats_rw:«S»@cluster0.x8k2pqa.mongodb.net/?retryWrites=true&w=majority"
    database = "basalt_stats"
    collection_matches = "matches"

    [ingest]
    batch_size = 500
    flush_interval_seconds = 5
    """, rand_pw(16), "https://www.mongodb.com/docs/manual/reference/connection-string/")

_lbadm = "lbadm_" + draw(40)
SV("python", "api-token", "tests/e2e/conftest.py", '''
    """End-to-end tests against the staging leaderboard."""
    import pytest
    import requests

    STAGING = "https://lb-staging.basalt.example"
    # admin token for staging (service account "e2e-runner"), needed to reset seasons between tests
    ADMIN_TOKEN = "«S»"


    @pytest.fixture(scope="session")
    def admin_session():
        s = requests.Session()
        s.headers["Authorization"] = f"Bearer {ADMIN_TOKEN}"
        yield s
        s.close()


    @pytest.fixture
    def fresh_season(admin_session):
        r = admin_session.post(f"{STAGING}/admin/seasons", json={"name": "e2e", "duration_days": 1})
        r.raise_for_status()
        yield r.json()["id"]
        admin_session.delete(f"{STAGING}/admin/seasons/{r.json()['id']}")
    ''', _lbadm, "https://docs.pytest.org/en/stable/reference/fixtures.html")

DV("python", "test-fixture", "tests/unit/conftest.py", '''
    import fakeredis
    import pytest
    from fastapi.testclient import TestClient

    from app.core.config import Settings, get_settings
    from app.main import create_app


    @pytest.fixture
    def settings() -> Settings:
        return Settings(
            redis_url="redis://localhost:6379/15",
            database_url="sqlite+aiosqlite:///:memory:",
            jwt_secret="test-only-not-a-secret",
        )


    @pytest.fixture
    def client(settings, monkeypatch):
        monkeypatch.setattr("app.deps.redis_client", lambda: fakeredis.FakeRedis(decode_responses=True))
        app = create_app()
        app.dependency_overrides[get_settings] = lambda: settings
        return TestClient(app)
    ''', "https://docs.pytest.org/en/stable/how-to/fixtures.html")

DV("docker-compose", "secret-file", "leaderboard/docker-compose.yml", """
    services:
      db:
        image: postgres:16
        environment:
          POSTGRES_DB: leaderboard
          POSTGRES_USER: leaderboard
          POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
        secrets: [pg_password]
        volumes: [pgdata:/var/lib/postgresql/data]
      api:
        build: .
        environment:
          DATABASE_URL_FILE: /run/secrets/database_url
          REDIS_URL: redis://redis:6379/0
        secrets: [database_url]
        depends_on: [db, redis]
      redis:
        image: redis:7-alpine
    secrets:
      pg_password:
        file: ./secrets/pg_password.txt
      database_url:
        file: ./secrets/database_url.txt
    volumes:
      pgdata:
    """, "https://docs.docker.com/compose/how-tos/use-secrets/")

# =============================================================================================
# PlayFab, Epic Online Services, Unity Gaming Services, GameAnalytics, Photon
# =============================================================================================

SV("python", "playfab-secret-key", "server/playfab_setup.py", '''
    """Server-side PlayFab calls for the dedicated arena servers (grant rewards, write stats)."""
    from playfab import PlayFabSettings, PlayFabServerAPI

    PlayFabSettings.TitleId = "«TID»"
    PlayFabSettings.DeveloperSecretKey = "«S»"


    def grant_match_rewards(playfab_id: str, placement: int) -> None:
        coins = {1: 300, 2: 200, 3: 120}.get(placement, 50)

        def done(success, failure):
            if failure:
                print("AddUserVirtualCurrency failed:", failure["errorMessage"])

        PlayFabServerAPI.AddUserVirtualCurrency(
            {"PlayFabId": playfab_id, "VirtualCurrency": "CO", "Amount": coins}, done
        )
    ''', playfab_key(), "https://learn.microsoft.com/en-us/gaming/playfab/sdks/python/quickstart",
   TID=hexs(5).upper())

SV("unity-asset", "playfab-secret-key", "Assets/PlayFabSDK/Shared/Public/Resources/PlayFabSharedSettings.asset", """
    %YAML 1.1
    %TAG !u! tag:unity3d.com,2011:
    --- !u!114 &11400000
    MonoBehaviour:
      m_ObjectHideFlags: 0
      m_CorrespondingSourceObject: {fileID: 0}
      m_PrefabInstance: {fileID: 0}
      m_PrefabAsset: {fileID: 0}
      m_GameObject: {fileID: 0}
      m_Enabled: 1
      m_EditorHideFlags: 0
      m_Script: {fileID: 11500000, guid: «GUID», type: 3}
      m_Name: PlayFabSharedSettings
      m_EditorClassIdentifier:
      TitleId: «TID»
      VerticalName:
      ProductionEnvironmentUrl:
      RequestType: 0
      RequestTimeout: 2000
      RequestKeepAlive: 1
      LogLevel: 0
      LoggerHost:
      LoggerPort: 0
      EnableRealTimeLogging: 0
      LogCapLimit: 30
      DeveloperSecretKey: «S»
    """, playfab_key(), "https://github.com/PlayFab/UnitySDK",
   GUID=hexs(32), TID=hexs(5).upper())

DV("unity-asset", "empty", "Assets/Resources/PlayFabSharedSettings.asset", """
    %YAML 1.1
    %TAG !u! tag:unity3d.com,2011:
    --- !u!114 &11400000
    MonoBehaviour:
      m_ObjectHideFlags: 0
      m_Enabled: 1
      m_Script: {fileID: 11500000, guid: «GUID», type: 3}
      m_Name: PlayFabSharedSettings
      TitleId: «TID»
      RequestTimeout: 2000
      RequestKeepAlive: 1
      DeveloperSecretKey:
    """, "https://github.com/PlayFab/UnitySDK", GUID=hexs(32), TID=hexs(5).upper())

SV("python", "playfab-secret-key", "loadtest/locustfile.py", '''
    """Load test for the PlayFab-backed inventory service (run against the STAGING title only)."""
    import random

    from locust import HttpUser, between, task

    TITLE_ID = "«TID»"
    SECRET_KEY = "«S»"


    class InventoryUser(HttpUser):
        host = f"https://{TITLE_ID}.playfabapi.com"
        wait_time = between(0.5, 2.0)

        def on_start(self):
            self.client.headers.update({"X-SecretKey": SECRET_KEY, "Content-Type": "application/json"})
            self.player = f"LOADTEST{random.randint(1, 5000):05d}"

        @task(3)
        def get_inventory(self):
            self.client.post("/Server/GetUserInventory", json={"PlayFabId": self.player}, name="GetUserInventory")

        @task(1)
        def grant_item(self):
            self.client.post(
                "/Server/GrantItemsToUser",
                json={"PlayFabId": self.player, "ItemIds": ["crate_common"], "CatalogVersion": "main"},
                name="GrantItemsToUser",
            )
    ''', playfab_key(), "https://docs.locust.io/en/stable/writing-a-locustfile.html", TID=hexs(5).upper())

_pf_k8s = playfab_key()
SV("k8s-secret", "playfab-secret-key", "deploy/k8s/playfab-secret.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: playfab-title
      namespace: game-servers
    type: Opaque
    stringData:
      title-id: "«TID»"
      secret-key: "«S»"
    """, _pf_k8s, "https://kubernetes.io/docs/concepts/configuration/secret/#stringdata", TID=hexs(5).upper())

DV("k8s-yaml", "secret-manager", "deploy/k8s/playfab-externalsecret.yaml", """
    apiVersion: external-secrets.io/v1beta1
    kind: ExternalSecret
    metadata:
      name: playfab-title
      namespace: game-servers
    spec:
      refreshInterval: 1h
      secretStoreRef:
        name: aws-secrets-manager
        kind: ClusterSecretStore
      target:
        name: playfab-title
      data:
        - secretKey: secret-key
          remoteRef:
            key: prod/playfab/title
            property: developer_secret_key
        - secretKey: title-id
          remoteRef:
            key: prod/playfab/title
            property: title_id
    """, "https://external-secrets.io/latest/api/externalsecret/")

DV("json", "uuid", "playfab/catalog-items.json", """
    {
      "CatalogVersion": "main",
      "Catalog": [
        {"ItemId": "crate_common", "ItemClass": "crate", "DisplayName": "Common Crate",
         "VirtualCurrencyPrices": {"CO": 250}, "CustomData": "{\\"dropTable\\":\\"«U1»\\"}"},
        {"ItemId": "skin_basalt_golem", "ItemClass": "skin", "DisplayName": "Basalt Golem",
         "VirtualCurrencyPrices": {"GM": 1200}, "CustomData": "{\\"assetGuid\\":\\"«U2»\\"}"},
        {"ItemId": "emote_wave", "ItemClass": "emote", "DisplayName": "Wave",
         "VirtualCurrencyPrices": {"CO": 500}, "CustomData": "{\\"assetGuid\\":\\"«U3»\\"}"}
      ],
      "DropTables": [
        {"TableId": "«U1»", "Nodes": [{"ResultItemType": "ItemId", "ResultItem": "emote_wave", "Weight": 70}]}
      ]
    }
    """, "https://learn.microsoft.com/en-us/gaming/playfab/features/commerce/items/catalogs",
   U1=uuid_s(), U2=uuid_s(), U3=uuid_s())

SV("python", "eos-client-secret", "services/eos_auth.py", '''
    """Trusted-server token for EOS Web APIs (sanctions, reports) from the backend."""
    import base64
    import time

    import httpx

    EOS_CLIENT_ID = "«CID»"
    EOS_CLIENT_SECRET = "«S»"
    EOS_DEPLOYMENT_ID = "«DEP»"
    TOKEN_URL = "https://api.epicgames.dev/auth/v1/oauth/token"

    _cache: dict = {}


    def server_token() -> str:
        if _cache.get("exp", 0) > time.time() + 60:
            return _cache["token"]
        basic = base64.b64encode(f"{EOS_CLIENT_ID}:{EOS_CLIENT_SECRET}".encode()).decode()
        resp = httpx.post(
            TOKEN_URL,
            headers={"Authorization": f"Basic {basic}"},
            data={"grant_type": "client_credentials", "deployment_id": EOS_DEPLOYMENT_ID},
            timeout=10,
        )
        resp.raise_for_status()
        body = resp.json()
        _cache.update(token=body["access_token"], exp=time.time() + body["expires_in"])
        return _cache["token"]
    ''', eos_secret(), "https://dev.epicgames.com/docs/web-api-ref/authentication",
   CID=eos_client_id(), DEP=hexs(32))

SV("dotenv", "eos-client-secret", "services/.env.server", """
    # dedicated server -> EOS (client policy: TrustedServer)
    EOS_PRODUCT_ID=«PID»
    EOS_SANDBOX_ID=«SID»
    EOS_DEPLOYMENT_ID=«DEP»
    EOS_CLIENT_ID=«CID»
    EOS_CLIENT_SECRET=«S»
    EOS_ENCRYPTION_KEY_FILE=/run/secrets/eos_p2p_key
    """, eos_secret(), "https://dev.epicgames.com/docs/epic-account-services/getting-started",
   PID=hexs(32), SID=hexs(32), DEP=hexs(32), CID=eos_client_id())

DV("python", "secret-manager", "services/eos_config.py", '''
    """EOS identifiers. IDs are public (they ship in the client); the client secret is not."""
    from functools import lru_cache

    from google.cloud import secretmanager

    EOS_PRODUCT_ID = "«PID»"
    EOS_SANDBOX_ID = "«SID»"
    EOS_DEPLOYMENT_ID = "«DEP»"
    EOS_CLIENT_ID = "«CID»"
    SECRET_NAME = "projects/basalt-live/secrets/eos-client-secret/versions/latest"


    @lru_cache
    def eos_client_secret() -> str:
        client = secretmanager.SecretManagerServiceClient()
        return client.access_secret_version(name=SECRET_NAME).payload.data.decode()
    ''', "https://cloud.google.com/secret-manager/docs/access-secret-version",
   PID=hexs(32), SID=hexs(32), DEP=hexs(32), CID=eos_client_id())

DV("json", "app-id", "EasyAntiCheat/Settings.json", """
    {
        "productid": "«PID»",
        "sandboxid": "«SID»",
        "deploymentid": "«DEP»",
        "title": "Basalt",
        "executable": "Basalt.exe",
        "logo": "EasyAntiCheat/SplashScreen.png",
        "parameters": "-eac",
        "use_cmdline_parameters": "1",
        "requested_splash": "EasyAntiCheat/SplashScreen.png",
        "wait_for_game_process_exit": "false"
    }
    """, "https://dev.epicgames.com/docs/game-services/anti-cheat/using-anti-cheat", PID=hexs(32), SID=hexs(32), DEP=hexs(32))

DV("ini", "app-id", "Config/DefaultEngine.ini", """
    [/Script/EngineSettings.GameMapsSettings]
    GameDefaultMap=/Game/Maps/MainMenu.MainMenu
    ServerDefaultMap=/Game/Maps/Arena_01.Arena_01

    [OnlineSubsystem]
    DefaultPlatformService=Steam

    [OnlineSubsystemSteam]
    bEnabled=true
    SteamDevAppId=480
    bInitServerOnClient=true
    GameServerQueryPort=27015

    [/Script/OnlineSubsystemSteam.SteamNetDriver]
    NetConnectionClassName="OnlineSubsystemSteam.SteamNetConnection"

    [/Script/Engine.GameEngine]
    +NetDriverDefinitions=(DefName="GameNetDriver",DriverClassName="OnlineSubsystemSteam.SteamNetDriver",DriverClassNameFallback="OnlineSubsystemUtils.IpNetDriver")
    """, "https://dev.epicgames.com/documentation/en-us/unreal-engine/online-subsystem-steam-interface-in-unreal-engine")

SV("python", "unity-service-account-secret", "tools/ugs_deploy.py", '''
    """Push remote-config and economy files to Unity Gaming Services (Admin API)."""
    import base64
    import json
    import sys
    from pathlib import Path

    import requests

    PROJECT_ID = "«PID»"
    ENVIRONMENT_ID = "«EID»"
    KEY_ID = "«KID»"
    SECRET_KEY = "«S»"
    AUTH = base64.b64encode(f"{KEY_ID}:{SECRET_KEY}".encode()).decode()


    def push_remote_config(path: Path) -> None:
        config = json.loads(path.read_text())
        url = f"https://services.api.unity.com/remote-config/v1/projects/{PROJECT_ID}/environments/{ENVIRONMENT_ID}/configs"
        resp = requests.put(url, json=config, headers={"Authorization": f"Basic {AUTH}"}, timeout=30)
        resp.raise_for_status()
        print("remote config updated:", resp.status_code)


    if __name__ == "__main__":
        push_remote_config(Path(sys.argv[1]))
    ''', draw(32), "https://services.docs.unity.com/docs/service-account-auth/",
   PID=uuid_s(), EID=uuid_s(), KID=uuid_s())

SV("gitlab-ci", "unity-service-account-secret", ".gitlab-ci.yml", """
    stages: [build, deploy]

    variables:
      UGS_CLI_PROJECT_ID: "«PID»"
      UGS_CLI_ENVIRONMENT_NAME: "production"
      UGS_CLI_SERVICE_KEY_ID: "«KID»"
      UGS_CLI_SERVICE_SECRET_KEY: "«S»"

    deploy-remote-config:
      stage: deploy
      image: node:20
      rules:
        - if: $CI_COMMIT_BRANCH == "main"
          changes: [ugs/**/*]
      script:
        - npm install -g ugs
        - ugs deploy ugs/ --services remote-config economy cloud-code-scripts
    """, draw(32), "https://services.docs.unity.com/guides/ugs-cli/latest/general/get-started/get-started",
   PID=uuid_s(), KID=uuid_s())

DV("unity-asset", "uuid", "ProjectSettings/UnityConnectSettings.asset", """
    %YAML 1.1
    %TAG !u! tag:unity3d.com,2011:
    --- !u!310 &1
    UnityConnectSettings:
      m_ObjectHideFlags: 0
      serializedVersion: 1
      m_Enabled: 1
      m_TestMode: 0
      m_EventOldUrl: https://api.uca.cloud.unity3d.com/v1/events
      m_EventUrl: https://cdp.cloud.unity3d.com/v1/events
      m_ConfigUrl: https://config.uca.cloud.unity3d.com
      m_DashboardUrl: https://dashboard.unity3d.com
      m_TestInitMode: 0
      CrashReportingSettings:
        m_EventUrl: https://perf-events.cloud.unity3d.com
        m_Enabled: 1
        m_LogBufferSize: 10
        m_CaptureEditorExceptions: 1
      UnityPurchasingSettings:
        m_Enabled: 0
        m_TestMode: 0
      UnityAnalyticsSettings:
        m_Enabled: 1
        m_TestMode: 0
        m_InitializeOnStartup: 1
        m_PackageRequiringCoreStatsPresent: 0
      m_CloudProjectId: «U1»
      m_OrganizationId: basalt-games
    """, "https://docs.unity3d.com/Manual/class-UnityConnectSettings.html", U1=uuid_s())

DV("unity-asset", "app-id", "Assets/Photon/PhotonUnityNetworking/Resources/PhotonServerSettings.asset", """
    %YAML 1.1
    %TAG !u! tag:unity3d.com,2011:
    --- !u!114 &11400000
    MonoBehaviour:
      m_ObjectHideFlags: 0
      m_Enabled: 1
      m_Script: {fileID: 11500000, guid: «GUID», type: 3}
      m_Name: PhotonServerSettings
      AppSettings:
        AppIdRealtime: «APPID»
        AppIdFusion:
        AppIdChat:
        AppIdVoice:
        AppVersion: 1.4
        UseNameServer: 1
        FixedRegion: eu
        BestRegionSummaryFromStorage:
        Server:
        Port: 0
        ProxyServer:
        Protocol: 0
        EnableProtocolFallback: 1
        AuthMode: 0
        EnableLobbyStatistics: 0
        NetworkLogging: 1
      StartInOfflineMode: 0
      PunLogging: 0
      EnableSupportLogger: 0
      RunInBackground: 1
    """, "https://doc.photonengine.com/pun/current/getting-started/initial-setup", GUID=hexs(32), APPID=uuid_s())

SV("python", "gameanalytics-secret-key", "telemetry/ga_client.py", '''
    """Server-side GameAnalytics REST events (match results from the dedicated servers)."""
    import base64
    import gzip
    import hashlib
    import hmac
    import json

    import requests

    GAME_KEY = "«GK»"
    SECRET_KEY = "«S»"
    URL = f"https://api.gameanalytics.com/v2/{GAME_KEY}/events"


    def send(events: list[dict]) -> int:
        body = gzip.compress(json.dumps(events).encode())
        digest = hmac.new(SECRET_KEY.encode(), body, hashlib.sha256).digest()
        headers = {
            "Authorization": base64.b64encode(digest).decode(),
            "Content-Encoding": "gzip",
            "Content-Type": "application/json",
        }
        return requests.post(URL, data=body, headers=headers, timeout=10).status_code
    ''', hexs(40), "https://docs.gameanalytics.com/integrations/api/event-api", GK=hexs(32))

DV("python", "env-reference", "telemetry/ga_settings.py", '''
    """GameAnalytics settings. The game key is public (it is in every client build)."""
    import os

    GA_GAME_KEY = "«GK»"
    GA_SECRET_KEY = os.getenv("GA_SECRET_KEY")
    GA_SANDBOX = os.getenv("GA_SANDBOX", "0") == "1"
    GA_ENDPOINT = "https://sandbox-api.gameanalytics.com/v2" if GA_SANDBOX else "https://api.gameanalytics.com/v2"
    GA_BATCH_SIZE = 200
    GA_FLUSH_SECONDS = 20

    if GA_SECRET_KEY is None:
        raise RuntimeError("GA_SECRET_KEY missing: see docs/telemetry.md")
    ''', "https://docs.gameanalytics.com/integrations/api/event-api", GK=hexs(32))

_nb_ga = hexs(40)
S("notebook", "gameanalytics-secret-key", "analytics/ga_export.ipynb", T('''
    {
     "cells": [
      {
       "cell_type": "markdown",
       "metadata": {},
       "source": ["# Day-7 retention from the GameAnalytics raw export\\n", "Pull the S3 export, then sanity-check a few live events."]
      },
      {
       "cell_type": "code",
       "execution_count": 3,
       "metadata": {},
       "outputs": [],
       "source": [
        "import pandas as pd\\n",
        "from telemetry.ga_client import send\\n",
        "GA_GAME_KEY = \\"«GK»\\"\\n",
        "GA_SECRET_KEY = \\"«S»\\"\\n",
        "df = pd.read_parquet('s3://basalt-ga-export/2024/03/')"
       ]
      },
      {
       "cell_type": "code",
       "execution_count": 4,
       "metadata": {},
       "outputs": [
        {"name": "stdout", "output_type": "stream", "text": ["rows: 1284410\\n"]}
       ],
       "source": ["print('rows:', len(df))"]
      }
     ],
     "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
     "nbformat": 4,
     "nbformat_minor": 5
    }
    ''', GK=hexs(32), S=_nb_ga), _nb_ga, "https://nbformat.readthedocs.io/en/latest/format_description.html")

_nb_db = rand_pw(20)
S("notebook", "database-password", "analytics/retention.ipynb", T('''
    {
     "cells": [
      {
       "cell_type": "code",
       "execution_count": 1,
       "metadata": {},
       "outputs": [
        {
         "name": "stdout",
         "output_type": "stream",
         "text": [
          "LB_DSN=postgresql://analyst:«S»@pg-lb-ro.basalt.internal:5432/leaderboard\\n",
          "SEASON=2024-S1\\n"
         ]
        }
       ],
       "source": [
        "import os\\n",
        "for k in ('LB_DSN', 'SEASON'):\\n",
        "    print(f'{k}={os.environ[k]}')"
       ]
      },
      {
       "cell_type": "code",
       "execution_count": 2,
       "metadata": {},
       "outputs": [],
       "source": [
        "import sqlalchemy as sa\\n",
        "engine = sa.create_engine(os.environ['LB_DSN'])\\n",
        "df = pd.read_sql('select player_id, first_seen, last_seen from players', engine)"
       ]
      }
     ],
     "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
     "nbformat": 4,
     "nbformat_minor": 5
    }
    ''', S=_nb_db), _nb_db, "https://nbformat.readthedocs.io/en/latest/format_description.html")

D("notebook", "env-reference", "analytics/churn.ipynb", T('''
    {
     "cells": [
      {
       "cell_type": "code",
       "execution_count": 1,
       "metadata": {},
       "outputs": [],
       "source": [
        "import os\\n",
        "import pandas as pd\\n",
        "import sqlalchemy as sa\\n",
        "engine = sa.create_engine(os.environ['LB_DSN'])  # set by the JupyterHub profile"
       ]
      },
      {
       "cell_type": "code",
       "execution_count": 2,
       "metadata": {},
       "outputs": [
        {
         "name": "stdout",
         "output_type": "stream",
         "text": [
          "player_id                              churned  sessions\\n",
          "«U1»   True     3\\n",
          "«U2»   False    41\\n"
         ]
        }
       ],
       "source": ["print(df.head(2).to_string(index=False))"]
      }
     ],
     "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
     "nbformat": 4,
     "nbformat_minor": 5
    }
    ''', U1=uuid_s(), U2=uuid_s()), "https://nbformat.readthedocs.io/en/latest/format_description.html")

# =============================================================================================
# Build pipelines: itch.io butler, Unity game-ci, Godot exports, notarization, Jenkins
# =============================================================================================

SV("github-actions", "butler-api-key", ".github/workflows/itch.yml", """
    name: Publish to itch.io
    on:
      push:
        branches: [release]

    env:
      ITCH_USER: pixelforge
      ITCH_GAME: lantern-keeper
      BUTLER_API_KEY: «S»

    jobs:
      push:
        runs-on: ubuntu-latest
        strategy:
          matrix:
            channel: [windows, linux, html5]
        steps:
          - uses: actions/download-artifact@v4
            with:
              name: build-${{ matrix.channel }}
              path: build/${{ matrix.channel }}
          - name: Install butler
            run: |
              curl -L -o butler.zip https://broth.itch.ovh/butler/linux-amd64/LATEST/archive/default
              unzip butler.zip && chmod +x butler
          - run: ./butler push build/${{ matrix.channel }} $ITCH_USER/$ITCH_GAME:${{ matrix.channel }} --userversion ${{ github.sha }}
    """, butler_key(), "https://itch.io/docs/butler/login.html#running-butler-from-ci-builds-travis-ci-gitlab-ci-etc")

SV("shell", "butler-api-key", "scripts/publish_itch.sh", """
    #!/usr/bin/env bash
    # Usage: scripts/publish_itch.sh 0.9.3
    set -euo pipefail
    VERSION="${1:?version}"
    export BUTLER_API_KEY=«S»

    godot --headless --export-release "Windows Desktop" build/windows/LanternKeeper.exe
    godot --headless --export-release "Linux/X11" build/linux/LanternKeeper.x86_64
    godot --headless --export-release "Web" build/web/index.html

    for ch in windows linux web; do
      butler push "build/${ch}" "pixelforge/lantern-keeper:${ch}" --userversion "$VERSION"
    done
    butler status pixelforge/lantern-keeper
    """, butler_key(), "https://itch.io/docs/butler/pushing.html")

DV("shell", "secret-manager", "deploy/itch.sh", """
    #!/usr/bin/env bash
    # Release to itch.io from a dev machine. The key lives in the team's pass store.
    set -euo pipefail
    BUTLER_API_KEY="$(pass show pixelforge/itch/butler-api-key)"
    export BUTLER_API_KEY

    CHANNEL="${1:-windows}"
    butler push "build/${CHANNEL}" "pixelforge/lantern-keeper:${CHANNEL}" --if-changed
    butler status "pixelforge/lantern-keeper:${CHANNEL}"
    """, "https://www.passwordstore.org/")

SV("groovy", "butler-api-key", "Jenkinsfile", """
    pipeline {
        agent { label 'godot' }
        options { timestamps() }
        environment {
            ITCH_TARGET = 'pixelforge/lantern-keeper'
        }
        stages {
            stage('Export') {
                steps {
                    sh 'godot --headless --export-release "Windows Desktop" build/windows/LanternKeeper.exe'
                }
            }
            stage('Publish') {
                when { branch 'release' }
                steps {
                    withEnv(['BUTLER_API_KEY=«S»']) {
                        sh 'butler push build/windows ${ITCH_TARGET}:windows --userversion ${BUILD_NUMBER}'
                    }
                }
            }
        }
        post {
            failure { sh 'python ci/notify.py FAILURE' }
        }
    }
    """, butler_key(), "https://www.jenkins.io/doc/pipeline/steps/workflow-basic-steps/#withenv-set-environment-variables")

SV("github-actions", "account-password", ".github/workflows/unity-build.yml", """
    name: Unity build
    on: [push, pull_request]

    jobs:
      build:
        runs-on: ubuntu-latest
        strategy:
          matrix:
            targetPlatform: [StandaloneWindows64, StandaloneLinux64, Android]
        steps:
          - uses: actions/checkout@v4
            with:
              lfs: true
          - uses: actions/cache@v4
            with:
              path: Library
              key: Library-${{ matrix.targetPlatform }}
          - uses: game-ci/unity-builder@v4
            env:
              UNITY_EMAIL: builds@pixelforge.example
              UNITY_PASSWORD: «S»
              UNITY_SERIAL: ${{ secrets.UNITY_SERIAL }}
            with:
              targetPlatform: ${{ matrix.targetPlatform }}
          - uses: actions/upload-artifact@v4
            with:
              name: Build-${{ matrix.targetPlatform }}
              path: build/${{ matrix.targetPlatform }}
    """, words_pw("!#*"), "https://game.ci/docs/github/activation/")

DV("github-actions", "ci-secret-ref", ".github/workflows/unity-test.yml", """
    name: Unity tests
    on: [pull_request]

    jobs:
      test:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
            with:
              lfs: true
          - uses: game-ci/unity-test-runner@v4
            env:
              UNITY_LICENSE: ${{ secrets.UNITY_LICENSE }}
              UNITY_EMAIL: ${{ secrets.UNITY_EMAIL }}
              UNITY_PASSWORD: ${{ secrets.UNITY_PASSWORD }}
            with:
              githubToken: ${{ secrets.GITHUB_TOKEN }}
              testMode: all
              coverageOptions: generateAdditionalMetrics;generateHtmlReport
    """, "https://game.ci/docs/github/test-runner")

SV("godot-cfg", "encryption-key", "export_presets.cfg", """
    [preset.0]

    name="Windows Desktop"
    platform="Windows Desktop"
    runnable=true
    dedicated_server=false
    custom_features=""
    export_filter="all_resources"
    include_filter=""
    exclude_filter="*.md, tests/*"
    export_path="build/windows/LanternKeeper.exe"
    encryption_include_filters="*.gd, *.tscn"
    encryption_exclude_filters=""
    encrypt_pck=true
    encrypt_directory=false
    script_export_mode=2
    script_encryption_key="«S»"

    [preset.0.options]

    custom_template/debug=""
    custom_template/release="res://../templates/windows_release_x86_64_encrypted.exe"
    binary_format/embed_pck=true
    application/product_name="Lantern Keeper"
    application/file_version="0.9.3"
    """, hexs(64), "https://docs.godotengine.org/en/stable/contributing/development/compiling/compiling_with_script_encryption_key.html")

SV("godot-cfg", "keystore-password", "mobile/export_presets.cfg", """
    [preset.1]

    name="Android"
    platform="Android"
    runnable=true
    custom_features=""
    export_filter="all_resources"
    export_path="build/android/LanternKeeper.aab"
    script_export_mode=1

    [preset.1.options]

    custom_template/debug=""
    custom_template/release=""
    gradle_build/use_gradle_build=true
    gradle_build/export_format=1
    architectures/arm64-v8a=true
    keystore/debug=""
    keystore/debug_user=""
    keystore/debug_password=""
    keystore/release="/home/ci/keys/pixelforge-upload.jks"
    keystore/release_user="pixelforge"
    keystore/release_password="«S»"
    version/code=93
    version/name="0.9.3"
    package/unique_name="com.pixelforge.lanternkeeper"
    """, words_pw("!#*%"), "https://docs.godotengine.org/en/stable/tutorials/export/exporting_for_android.html")

DV("godot-cfg", "empty", "client/export_presets.cfg", """
    [preset.0]

    name="Android"
    platform="Android"
    runnable=true
    export_filter="all_resources"
    export_path="build/android/Client.aab"

    [preset.0.options]

    gradle_build/use_gradle_build=true
    keystore/debug=""
    keystore/debug_user=""
    keystore/debug_password=""
    keystore/release=""
    keystore/release_user=""
    keystore/release_password=""
    package/unique_name="com.pixelforge.client"
    """, "https://docs.godotengine.org/en/stable/tutorials/export/exporting_for_android.html#environment-variables")

SV("shell", "app-specific-password", "scripts/notarize_mac.sh", """
    #!/bin/bash
    # Notarize the macOS build before uploading the depot.
    set -euo pipefail
    APP="build/macos/Lantern Keeper.app"
    ZIP="build/macos/LanternKeeper.zip"

    codesign --deep --force --options runtime --sign "Developer ID Application: Pixelforge AB (Q7XK29LM4P)" "$APP"
    ditto -c -k --keepParent "$APP" "$ZIP"

    xcrun notarytool submit "$ZIP" \\
      --apple-id "release@pixelforge.example" \\
      --team-id Q7XK29LM4P \\
      --password "«S»" \\
      --wait

    xcrun stapler staple "$APP"
    """, apple_app_password(), "https://developer.apple.com/documentation/security/customizing-the-notarization-workflow")

# =============================================================================================
# Infrastructure for the game servers: deploy keys, Terraform, cloud APIs, monitoring, backups
# =============================================================================================

_ssh_key = fakes.fake_pem(_seed(), "OPENSSH")
S("private-key", "private-key", "deploy/ansible/roles/gameserver/files/deploy_key", _ssh_key + "\n",
  _ssh_key, "https://man.openbsd.org/ssh-keygen.1")

_rsa_yaml = fakes.fake_pem(_seed(), "RSA")
SV("helm-values", "private-key", "deploy/values-auth.yaml", """
    # auth service - issues the session JWTs (RS256) after Steam/EOS login
    image:
      repository: ghcr.io/basalt-games/auth
      tag: "2024.03.1"
    config:
      issuer: https://auth.basalt.example
      audience: basalt-game
      tokenTTL: 12h
      jwtSigningKey: |
    «KEY»
    service:
      port: 8080
    """, _rsa_yaml, "https://helm.sh/docs/chart_template_guide/yaml_techniques/#strings-in-yaml",
   KEY=textwrap.indent(_rsa_yaml, "        "))

_ec_key = fakes.fake_pem(_seed(), "EC")
S("pem", "private-key", "agones/certs/allocator-client.key", _ec_key + "\n", _ec_key,
  "https://agones.dev/site/docs/advanced/allocator-service/#client-certificate")

SV("tfvars", "hcloud-token", "infra/terraform.tfvars", """
    # Hetzner boxes for the community servers
    hcloud_token = "«S»"
    location     = "fsn1"
    server_type  = "ccx23"
    image        = "ubuntu-22.04"

    game_servers = {
      survival = { type = "ccx33", volume_gb = 80 }
      valheim  = { type = "cpx31", volume_gb = 20 }
      tf2      = { type = "cpx21", volume_gb = 30 }
    }

    ssh_keys = ["kestrel@laptop", "ops-ci"]
    """, draw(64), "https://registry.terraform.io/providers/hetznercloud/hcloud/latest/docs")

SV("python", "digitalocean-token", "scripts/spin_up_event_server.py", '''
    """Spin up a droplet for a weekend tournament and register it with the panel."""
    import sys

    import digitalocean

    TOKEN = "«S»"
    SNAPSHOT = "tf2-tournament-2024-02"


    def main(name: str) -> None:
        manager = digitalocean.Manager(token=TOKEN)
        snapshot = next(s for s in manager.get_all_snapshots() if s.name == SNAPSHOT)
        droplet = digitalocean.Droplet(
            token=TOKEN,
            name=name,
            region="ams3",
            image=snapshot.id,
            size_slug="c-4",
            ssh_keys=manager.get_all_sshkeys(),
            tags=["tournament", "tf2"],
        )
        droplet.create()
        print("created", droplet.id)


    if __name__ == "__main__":
        main(sys.argv[1])
    ''', "dop_v1_" + hexs(64), "https://github.com/koalalorenzo/python-digitalocean")

_aws_id = fakes.aws_key_id(_seed())
SV("shell", "aws-secret-key", "gamelift/upload_build.sh", """
    #!/usr/bin/env bash
    # Upload the Linux server build to GameLift (eu-west-1) and create a fleet-ready build.
    set -euo pipefail
    export AWS_ACCESS_KEY_ID=«KID»
    export AWS_SECRET_ACCESS_KEY=«S»
    export AWS_DEFAULT_REGION=eu-west-1

    VERSION=$(cat build/server/VERSION)
    aws gamelift upload-build \\
      --name "arena-server" \\
      --build-version "$VERSION" \\
      --build-root build/server \\
      --operating-system AMAZON_LINUX_2023 \\
      --server-sdk-version 5.1.2
    """, fakes.aws_secret_key(_seed()), "https://docs.aws.amazon.com/gamelift/latest/developerguide/gamelift-build-cli-uploading.html",
   KID=_aws_id)

SV("python", "aws-secret-key", "gamelift/fleet_config.py", '''
    """Scale GameLift fleets ahead of the weekend peak (run from the ops box cron)."""
    import boto3

    gamelift = boto3.client(
        "gamelift",
        region_name="eu-west-1",
        aws_access_key_id="«KID»",
        aws_secret_access_key="«S»",
    )

    FLEETS = {"fleet-arena-eu": 40, "fleet-arena-eu-spot": 80}

    for fleet_id, desired in FLEETS.items():
        gamelift.update_fleet_capacity(FleetId=fleet_id, DesiredInstances=desired, MinSize=4, MaxSize=desired * 2)
        print(f"{fleet_id}: desired={desired}")
    ''', fakes.aws_secret_key(_seed()), "https://boto3.amazonaws.com/v1/documentation/api/latest/reference/services/gamelift.html",
   KID=fakes.aws_key_id(_seed()))

SV("dotenv", "restic-password", "backup/restic.env", """
    # restic -> Backblaze B2, world saves + panel database dumps
    RESTIC_REPOSITORY=b2:raiders-rest-backups:/worlds
    RESTIC_PASSWORD=«S»
    B2_ACCOUNT_ID=«BID»
    B2_ACCOUNT_KEY_FILE=/root/.config/restic/b2.key
    RESTIC_CACHE_DIR=/var/cache/restic
    """, passphrase(), "https://restic.readthedocs.io/en/stable/030_preparing_a_new_repo.html#backblaze-b2",
   BID="00" + hexs(10) + "0000000003")

SV("python", "github-token", "tools/mod_release.py", '''
    """Tag, build and attach the mod jar to a GitHub release (modding team helper)."""
    import subprocess
    import sys
    from pathlib import Path

    from github import Auth, Github

    REPO = "cobble-collective/cobble-waystones"
    gh = Github(auth=Auth.Token("«S»"))


    def release(version: str) -> None:
        subprocess.run(["./gradlew", "build"], check=True)
        jar = next(Path("build/libs").glob(f"*-{version}.jar"))
        repo = gh.get_repo(REPO)
        rel = repo.create_git_release(f"v{version}", f"v{version}", f"Release {version}", draft=True)
        rel.upload_asset(str(jar))
        print(rel.html_url)


    if __name__ == "__main__":
        release(sys.argv[1])
    ''', fakes.github_token(_seed()), "https://pygithub.readthedocs.io/en/stable/examples/Authentication.html")

_docker_tok = fakes.github_token(_seed())
SV("json", "github-token", "ci/docker-config.json", """
    {
      "auths": {
        "ghcr.io": {
          "auth": "«B64»"
        },
        "https://index.docker.io/v1/": {}
      },
      "credsStore": "",
      "HttpHeaders": {
        "User-Agent": "Docker-Client/24.0.7 (linux)"
      }
    }
    """, _docker_tok, "https://docs.docker.com/reference/cli/docker/login/#credential-stores",
   B64=b64("basalt-ci:" + _docker_tok))

SV("pypirc", "pypi-token", ".pypirc", """
    # publishing basalt-modkit (the modding CLI) - twine upload dist/*
    [distutils]
    index-servers =
        pypi
        testpypi

    [pypi]
    username = __token__
    password = «S»

    [testpypi]
    repository = https://test.pypi.org/legacy/
    username = __token__
    """, fakes.pypi_token(_seed()), "https://packaging.python.org/en/latest/specifications/pypirc/")

SV("python", "curseforge-api-key", "modpack/builder.py", '''
    """Resolve the modpack manifest against the CurseForge API and download server files."""
    import json
    from pathlib import Path

    import requests

    CF_API = "https://api.curseforge.com/v1"
    HEADERS = {"Accept": "application/json", "x-api-key": "«S»"}


    def resolve(manifest: Path) -> list[str]:
        data = json.loads(manifest.read_text())
        urls = []
        for f in data["files"]:
            r = requests.get(f"{CF_API}/mods/{f['projectID']}/files/{f['fileID']}/download-url", headers=HEADERS, timeout=20)
            r.raise_for_status()
            urls.append(r.json()["data"])
        return urls
    ''', curseforge_core_key(), "https://docs.curseforge.com/rest-api/#authentication")

SV("python", "openai-key", "npc_dialogue/llm.py", '''
    """Prototype: NPC barks generated from quest state (design-tool only, never in the shipped game)."""
    from openai import OpenAI

    client = OpenAI(api_key="«S»")

    SYSTEM = (
        "You write one-line barks for NPCs in a low-fantasy village. "
        "Keep it under 12 words, no modern slang."
    )


    def bark(npc: str, mood: str, quest_state: str) -> str:
        resp = client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[
                {"role": "system", "content": SYSTEM},
                {"role": "user", "content": f"NPC: {npc}. Mood: {mood}. Quest: {quest_state}."},
            ],
            max_tokens=40,
        )
        return resp.choices[0].message.content.strip()
    ''', fakes.openai_key(_seed()), "https://platform.openai.com/docs/quickstart")

SV("python", "stripe-key", "store/settings.py", '''
    """Web store for supporter packs (Django app 'store')."""
    STORE_CURRENCY = "eur"
    STORE_ITEMS = {
        "supporter_pack": {"price_cents": 999, "playfab_item": "bundle_supporter"},
        "soundtrack": {"price_cents": 499, "steam_dlc": 1710330},
    }

    STRIPE_PUBLISHABLE_KEY = "pk_live_«PK»"
    STRIPE_SECRET_KEY = "«S»"
    STRIPE_SUCCESS_URL = "https://store.basalt.example/thanks?session={CHECKOUT_SESSION_ID}"
    STRIPE_CANCEL_URL = "https://store.basalt.example/"
    ''', fakes.fake("sk_live_", 24, _seed()), "https://docs.stripe.com/keys", PK=draw(24))

SV("dotenv", "stripe-webhook-secret", "store/.env.store", """
    STORE_ENV=production
    STRIPE_PUBLISHABLE_KEY=pk_live_«PK»
    STRIPE_SECRET_KEY_FILE=/run/secrets/stripe_secret
    STRIPE_WEBHOOK_SECRET=«S»
    PLAYFAB_TITLE_ID=«TID»
    """, fakes.fake("whsec_", 32, _seed()), "https://docs.stripe.com/webhooks#verify-events",
   PK=draw(24), TID=hexs(5).upper())

SV("python", "battlemetrics-token", "bm/ban_sync.py", '''
    """Sync bans from the SourceBans DB to BattleMetrics ban lists (Rust + TF2 orgs)."""
    import requests

    BM_TOKEN = "«S»"
    BANLIST_ID = "«BL»"
    API = "https://api.battlemetrics.com"
    session = requests.Session()
    session.headers.update({"Authorization": f"Bearer {BM_TOKEN}", "Content-Type": "application/json"})


    def push_ban(steam_id: str, reason: str, expires: str | None) -> None:
        body = {
            "data": {
                "type": "ban",
                "attributes": {"reason": reason, "expires": expires, "identifiers": [{"type": "steamID", "identifier": steam_id}]},
                "relationships": {"banList": {"data": {"type": "banList", "id": BANLIST_ID}}},
            }
        }
        session.post(f"{API}/bans", json=body, timeout=15).raise_for_status()
    ''', jwt_token('{"token":"' + hexs(16) + '","iss":"https://www.battlemetrics.com"}'),
   "https://www.battlemetrics.com/developers/documentation", BL=uuid_s())

SV("ini", "cloudflare-token", "ddns/cloudflare.ini", """
    # certbot --dns-cloudflare credentials for *.raiders-rest.example (wings + panel certs)
    # chmod 600 this file
    dns_cloudflare_api_token = «S»

    # renew: certbot renew --dns-cloudflare --dns-cloudflare-credentials /etc/letsencrypt/cloudflare.ini
    # zone: raiders-rest.example (Zone:DNS:Edit only)
    """, draw(40, URLSAFE),
   "https://certbot-dns-cloudflare.readthedocs.io/en/stable/")

SV("ini", "admin-password", "monitoring/grafana.ini", """
    [server]
    http_port = 3000
    domain = stats.raiders-rest.example
    root_url = https://stats.raiders-rest.example/

    [security]
    admin_user = kestrel
    admin_password = «S»
    disable_gravatar = true
    cookie_secure = true

    [auth.anonymous]
    enabled = true
    org_name = Raiders Rest
    org_role = Viewer

    [dashboards]
    default_home_dashboard_path = /var/lib/grafana/dashboards/game-servers.json
    """, human_pw(), "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#admin_password")

SV("toml", "influxdb-token", "monitoring/telegraf.conf", """
    [agent]
      interval = "10s"
      hostname = "gs-fsn1-01"

    [[outputs.influxdb_v2]]
      urls = ["https://influx.raiders-rest.example"]
      token = "«S»"
      organization = "raiders-rest"
      bucket = "gameservers"

    [[inputs.cpu]]
      percpu = false
    [[inputs.mem]]
    [[inputs.minecraft]]
      server = "127.0.0.1"
      port = "25575"
      password = "$RCON_PASSWORD"
    """, draw(86, URLSAFE) + "==", "https://docs.influxdata.com/telegraf/v1/output-plugins/influxdb_v2/")

SV("ini", "ssh-password", "ansible/inventory/hosts.ini", """
    [mc_servers]
    mc-01 ansible_host=49.12.77.10
    mc-02 ansible_host=49.12.77.11

    [source_servers]
    tf2-01 ansible_host=49.12.80.4

    [legacy]
    ; old OVH box, no key auth yet - migrate before April!
    ovh-legacy ansible_host=51.75.33.19 ansible_user=root ansible_ssh_pass=«S»

    [all:vars]
    ansible_python_interpreter=/usr/bin/python3
    ansible_user=deploy
    """, human_pw(), "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters")

SV("ansible-yaml", "rcon-password", "ansible/group_vars/mc_servers.yml", """
    ---
    minecraft_version: "1.20.4"
    minecraft_type: paper
    minecraft_memory: 6G
    minecraft_user: minecraft
    minecraft_dir: /opt/mc
    minecraft_rcon_enabled: true
    minecraft_rcon_port: 25575
    minecraft_rcon_password: "«S»"
    minecraft_whitelist:
      - Redstoner42
      - PixelPaladin
      - mossy_moth
    minecraft_backup_cron: "15 4 * * *"
    """, words_pw("!#*"), "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#organizing-host-and-group-variables")

DV("ansible-yaml", "ansible-vault", "ansible/group_vars/all/vault.yml", """
    $ANSIBLE_VAULT;1.1;AES256
    «BODY»
    """, "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", BODY=vault_body(8))

DV("ansible-yaml", "template", "ansible/group_vars/all/vars.yml", """
    ---
    # Values come from vault.yml in the same directory (ansible-vault edit)
    rcon_password: "{{ vault_rcon_password }}"
    steam_gslt_tf2: "{{ vault_steam_gslt_tf2 }}"
    discord_bot_token: "{{ vault_discord_bot_token }}"
    panel_db_password: "{{ vault_panel_db_password }}"
    wings_token: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/wings/node1:token') }}"
    grafana_admin_password: "{{ lookup('env', 'GRAFANA_ADMIN_PASSWORD') }}"
    """, "https://docs.ansible.com/ansible/latest/vault_guide/vault_using_encrypted_content.html")

DV("sops-yaml", "sops", "secrets/prod.enc.yaml", """
    rcon:
        survival: ENC[AES256_GCM,data:«A»,iv:«IV1»,tag:«T1»,type:str]
    steam:
        publisher_key: ENC[AES256_GCM,data:«B»,iv:«IV2»,tag:«T2»,type:str]
    sops:
        kms: []
        age:
            - recipient: age1«AGE»
              enc: |
                -----BEGIN AGE ENCRYPTED FILE-----
                «AGEBODY»
                -----END AGE ENCRYPTED FILE-----
        lastmodified: "2024-03-01T10:22:41Z"
        mac: ENC[AES256_GCM,data:«MAC»,iv:«IV3»,tag:«T3»,type:str]
        unencrypted_suffix: _unencrypted
        version: 3.8.1
    """, "https://github.com/getsops/sops#encrypting-using-age",
   A=draw(24, ALNUM + "+/") + "=", IV1=draw(43, ALNUM + "+/") + "=", T1=draw(22, ALNUM + "+/") + "==",
   B=draw(43, ALNUM + "+/") + "=", IV2=draw(43, ALNUM + "+/") + "=", T2=draw(22, ALNUM + "+/") + "==",
   AGE=draw(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
   AGEBODY=draw(64, ALNUM + "+/") + "\n            " + draw(64, ALNUM + "+/") + "\n            " + draw(20, ALNUM + "+/") + "==",
   MAC=draw(88, ALNUM + "+/"), IV3=draw(43, ALNUM + "+/") + "=", T3=draw(22, ALNUM + "+/") + "==")

DV("yaml", "secret-manager", "gamelift/config.yaml", """
    fleet:
      name: fleet-arena-eu
      build_version_file: build/server/VERSION
      instance_type: c5.large
      launch_path: /local/game/ArenaServer.x86_64
      concurrent_executions: 4
    secrets:
      # resolved at boot by the server wrapper through the instance role
      rcon_password: arn:aws:secretsmanager:eu-west-1:481236609527:secret:prod/arena/rcon-Jx8KqP
      playfab_secret_key: arn:aws:secretsmanager:eu-west-1:481236609527:secret:prod/playfab/title-4TbZ2c
      steam_gslt: ssm:/prod/arena/steam-gslt
    """, "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets.html")

DV("consul-template", "template", "vault/templates/rcon.env.ctmpl", """
    # rendered by vault-agent to /etc/minecraft/rcon.env (0600, owner minecraft)
    {{ with secret "kv/data/games/minecraft/survival" -}}
    RCON_PASSWORD={{ .Data.data.rcon_password }}
    CF_API_KEY={{ .Data.data.curseforge_api_key }}
    {{- end }}
    {{ with secret "kv/data/games/discord" -}}
    DISCORD_WEBHOOK={{ .Data.data.status_webhook }}
    {{- end }}
    """, "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template")

DV("docker-compose", "env-reference", "palworld/docker-compose.yml", """
    services:
      palworld:
        image: thijsvanloef/palworld-server-docker:latest
        restart: unless-stopped
        stop_grace_period: 30s
        ports:
          - 8211:8211/udp
          - 27015:27015/udp
        environment:
          PUID: 1000
          PGID: 1000
          PORT: 8211
          PLAYERS: 16
          MULTITHREADING: true
          RCON_ENABLED: true
          RCON_PORT: 25575
          ADMIN_PASSWORD: ${PAL_ADMIN_PASSWORD:?set PAL_ADMIN_PASSWORD in .env}
          SERVER_PASSWORD: ${PAL_SERVER_PASSWORD:-}
          COMMUNITY: false
          SERVER_NAME: "Pal Pals Co-op"
        volumes:
          - ./palworld:/palworld/
    """, "https://palworld-server-docker.loef.dev/getting-started/configuration/server-settings")

DV("markdown", "placeholder", "docs/server-setup.md", """
    # Setting up a community server

    1. Copy `server.properties.example` to `server.properties`.
    2. Set the RCON password:

       ```properties
       enable-rcon=true
       rcon.password=your-rcon-password
       ```

    3. Put your Steam Web API key in `.env` (get one at https://steamcommunity.com/dev/apikey):

       ```
       STEAM_API_KEY=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
       ```

    4. For the Discord bridge, create a webhook and paste it as
       `https://discord.com/api/webhooks/<channel-id>/<webhook-token>`.
    5. Start with `docker compose up -d` and check `docker compose logs -f mc`.
    """, "https://docker-minecraft-server.readthedocs.io/en/latest/")

DV("python", "doc-example", "steamkit/__init__.py", '''
    """steamkit - small helpers for the Steam Web API.

    Example::

        >>> from steamkit import SteamAPI
        >>> api = SteamAPI(key="YOUR_STEAM_WEB_API_KEY")
        >>> api.resolve_vanity("gabelogannewell")
        '76561197960287930'

    The key is read from ``STEAM_API_KEY`` when not given.
    """
    from .client import SteamAPI
    from .ids import SteamID, to_steam64

    __all__ = ["SteamAPI", "SteamID", "to_steam64"]
    __version__ = "0.4.2"
    ''', "https://peps.python.org/pep-0257/")

DV("python", "generator", "tools/gen_rcon_password.py", '''
    """Generate per-server RCON passwords and store them in Vault (never printed, never written)."""
    import secrets
    import string

    import hvac

    ALPHABET = string.ascii_letters + string.digits
    SERVERS = ["survival", "creative", "lobby", "tf2-payload", "valheim"]


    def new_password(length: int = 28) -> str:
        return "".join(secrets.choice(ALPHABET) for _ in range(length))


    def main() -> None:
        client = hvac.Client(url="https://vault.raiders-rest.example")  # token from VAULT_TOKEN
        for name in SERVERS:
            client.secrets.kv.v2.create_or_update_secret(
                path=f"games/{name}", secret={"rcon_password": new_password()}, mount_point="kv"
            )


    if __name__ == "__main__":
        main()
    ''', "https://docs.python.org/3/library/secrets.html")

DV("json", "commit-sha", "build/build-manifest.json", """
    {
      "product": "basalt",
      "version": "2024.03.1",
      "branch": "release/2024.03",
      "commit": "«C1»",
      "engine_commit": "«C2»",
      "build_id": 14381,
      "steam": {"app_id": 1422450, "depot_windows": 1422451, "depot_linux": 1422452, "buildid": 13762210},
      "artifacts": {
        "Basalt-win64.zip": "sha256:«H1»",
        "Basalt-linux.tar.gz": "sha256:«H2»"
      },
      "built_at": "2024-03-08T21:44:10Z"
    }
    """, "https://partner.steamgames.com/doc/sdk/uploading", C1=hexs(40), C2=hexs(40), H1=hexs(64), H2=hexs(64))

DV("authorized-keys", "public-key", "deploy/ssh/authorized_keys", """
    # deploy user on all game server boxes - managed by ansible, do not edit by hand
    «K1»
    «K2»
    «K3»
    # CI (GitHub Actions deploy job)
    «K4»
    """, "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT",
   K1=ssh_pub("kestrel@laptop"), K2=ssh_pub("mossy@desktop"), K3=ssh_pub("pixel@workstation"), K4=ssh_pub("ci@raiders-rest"))

DV("pem", "certificate", "certs/node1.raiders-rest.example/fullchain.pem", "«C1»\n«C2»\n", "https://letsencrypt.org/docs/",
   C1=cert_pem(lines=12), C2=cert_pem(lines=10))

DV("pem", "public-key", "auth/keys/jwt_public.pem", "«P»\n", "https://datatracker.ietf.org/doc/html/rfc7468#section-13",
   P=cert_pem("PUBLIC KEY", lines=6))

DV("htpasswd", "password-hash", "nginx/.htpasswd", """
    kestrel:«H1»
    mossy:«H2»
    pixel:«H3»
    ember:«H4»
    stats-viewer:«H5»
    """, "https://httpd.apache.org/docs/2.4/programs/htpasswd.html",
   H1=apr1_hash(), H2=apr1_hash(), H3=bcrypt_hash("$2y$05$"), H4=apr1_hash(), H5=bcrypt_hash("$2y$05$"))

DV("json", "password-hash", "leaderboard/fixtures/staff.json", """
    [
      {
        "model": "auth.user",
        "pk": 1,
        "fields": {
          "username": "liveops",
          "password": "«H1»",
          "is_staff": true,
          "is_superuser": true,
          "email": "liveops@basalt.example"
        }
      },
      {
        "model": "auth.user",
        "pk": 2,
        "fields": {
          "username": "community",
          "password": "«H2»",
          "is_staff": true,
          "is_superuser": false,
          "email": "community@basalt.example"
        }
      }
    ]
    """, "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#how-django-stores-passwords",
   H1=pbkdf2_hash(), H2=pbkdf2_hash())

DV("yaml", "password-hash", "admin-panel/users.yaml", """
    # tournament admin panel users; hashes are argon2id (argon2-cffi PasswordHasher defaults)
    users:
      - name: kestrel
        role: owner
        password_hash: "«H1»"
      - name: mossy
        role: referee
        password_hash: "«H2»"
      - name: pixel
        role: referee
        password_hash: "«H3»"
    """, "https://argon2-cffi.readthedocs.io/en/stable/api.html",
   H1=argon2_hash(), H2=argon2_hash(), H3=argon2_hash())

DV("pip-requirements", "checksum", "backend/requirements.lock.txt", """
    # This file is autogenerated by pip-compile with Python 3.12
    #    pip-compile --generate-hashes requirements.in
    fastapi==0.110.0 \\
        --hash=sha256:«H1» \\
        --hash=sha256:«H2»
    redis==5.0.3 \\
        --hash=sha256:«H3»
    steam[client]==1.4.4 \\
        --hash=sha256:«H4»
    """, "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode",
   H1=hexs(64), H2=hexs(64), H3=hexs(64), H4=hexs(64))

DV("json", "checksum", "anticheat/allowed_modules.json", """
    {
      "_comment": "client modules the anti-cheat heartbeat accepts (sha256 of the shipped DLLs, build 14381)",
      "build": 14381,
      "modules": {
        "Basalt.exe": "«H1»",
        "GameAssembly.dll": "«H2»",
        "UnityPlayer.dll": "«H3»",
        "steam_api64.dll": "«H4»",
        "EOSSDK-Win64-Shipping.dll": "«H5»"
      }
    }
    """, "https://dev.epicgames.com/docs/game-services/anti-cheat/anti-cheat-interfaces",
   H1=hexs(64), H2=hexs(64), H3=hexs(64), H4=hexs(64), H5=hexs(64))

SV("toml", "hmac-secret", "anticheat/service.toml", """
    # heartbeat verifier for the in-house anti-cheat (runs next to the matchmaker)
    [server]
    bind = "0.0.0.0:7443"
    workers = 8

    [heartbeat]
    interval_seconds = 15
    max_missed = 3
    # shared with the game server plugin; rotate with the next server build
    hmac_secret = "«S»"
    allowed_modules = "anticheat/allowed_modules.json"

    [report]
    battlemetrics_org = 38120
    discord_channel = 1128839301924773938
    """, hexs(64), "https://docs.python.org/3/library/hmac.html")

DV("text", "checksum", "maps/fastdl_manifest.txt", """
    # FastDL manifest - md5 of compressed maps served from fastdl.raiders-rest.example/tf/maps/
    «M1»  ctf_2fort_event.bsp.bz2
    «M2»  pl_upward_rc3.bsp.bz2
    «M3»  koth_harvest_final.bsp.bz2
    «M4»  jump_beef.bsp.bz2
    «M5»  trade_plaza_v4.bsp.bz2
    """, "https://developer.valvesoftware.com/wiki/FastDL",
   M1=hexs(32).upper(), M2=hexs(32).upper(), M3=hexs(32).upper(), M4=hexs(32).upper(), M5=hexs(32).upper())

SV("python", "fcm-server-key", "push/fcm.py", '''
    """Legacy FCM push for the companion app (event reminders)."""
    import requests

    FCM_URL = "https://fcm.googleapis.com/fcm/send"
    SERVER_KEY = "«S»"


    def notify_topic(topic: str, title: str, body: str) -> None:
        requests.post(
            FCM_URL,
            json={"to": f"/topics/{topic}", "notification": {"title": title, "body": body}},
            headers={"Authorization": f"key={SERVER_KEY}"},
            timeout=10,
        ).raise_for_status()
    ''', fcm_server_key(), "https://firebase.google.com/docs/cloud-messaging/http-server-ref")

SV("python", "sendgrid-key", "community/settings_local.py", '''
    # Local overrides for the community site on the prod box (not the dev laptops)
    DEBUG = False
    ALLOWED_HOSTS = ["raiders-rest.example", "www.raiders-rest.example"]

    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = "smtp.sendgrid.net"
    EMAIL_PORT = 587
    EMAIL_USE_TLS = True
    EMAIL_HOST_USER = "apikey"
    EMAIL_HOST_PASSWORD = "«S»"
    DEFAULT_FROM_EMAIL = "Raiders Rest <noreply@raiders-rest.example>"
    ''', sendgrid_key(), "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/django")

SV("github-actions", "ssh-password", ".github/workflows/deploy-plugins.yml", """
    name: Deploy plugins to survival
    on:
      push:
        branches: [main]
        paths: ['plugins/**']

    jobs:
      deploy:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - name: copy plugin jars
            uses: appleboy/scp-action@v0.1.7
            with:
              host: 49.12.77.10
              username: minecraft
              password: «S»
              source: "plugins/*.jar"
              target: /opt/mc/survival/plugins
              strip_components: 1
          - name: reload
            uses: appleboy/ssh-action@v1.0.3
            with:
              host: 49.12.77.10
              username: minecraft
              key: ${{ secrets.MC_DEPLOY_KEY }}
              script: mcrcon -p "$(cat ~/.rcon)" "plugman reload all"
    """, human_pw(), "https://github.com/appleboy/scp-action")

DV("ini", "template", "bot/settings.template.ini", """
    ; rendered by the entrypoint with python -c 'configparser ... ' from environment variables
    [discord]
    prefix = !
    guild_id = %(GUILD_ID)s
    token = %(DISCORD_TOKEN)s

    [rcon]
    host = %(RCON_HOST)s
    port = 25575
    password = %(RCON_PASSWORD)s
    """, "https://docs.python.org/3/library/configparser.html#interpolation-of-values")

DV("dockerfile", "checksum", "docker/paper.Dockerfile", """
    FROM eclipse-temurin:21-jre-jammy

    ARG PAPER_BUILD=435
    ARG PAPER_SHA256=«H»
    ENV RCON_PASSWORD_FILE=/run/secrets/rcon_password

    WORKDIR /opt/mc
    RUN curl -fsSLo paper.jar "https://api.papermc.io/v2/projects/paper/versions/1.20.4/builds/${PAPER_BUILD}/downloads/paper-1.20.4-${PAPER_BUILD}.jar" \\
     && echo "${PAPER_SHA256}  paper.jar" | sha256sum -c - \\
     && echo "eula=true" > eula.txt

    COPY --chown=1000:1000 config/ /opt/mc/
    USER 1000
    EXPOSE 25565 25575
    ENTRYPOINT ["java", "-Xms2G", "-Xmx4G", "-jar", "paper.jar", "--nogui"]
    """, "https://docs.papermc.io/misc/downloads-api", H=hexs(64))

DV("python", "test-fixture", "tests/test_rcon_parser.py", '''
    """Unit tests for the RCON packet codec (no network)."""
    import struct

    from tools.rcon_codec import decode_packet, encode_packet

    DUMMY_PASSWORD = "not-a-real-password"


    def test_login_packet_roundtrip():
        raw = encode_packet(request_id=7, kind=3, body=DUMMY_PASSWORD)
        size, = struct.unpack("<i", raw[:4])
        assert size == len(raw) - 4
        assert decode_packet(raw) == (7, 3, DUMMY_PASSWORD)


    def test_empty_body():
        raw = encode_packet(request_id=1, kind=2, body="")
        assert decode_packet(raw) == (1, 2, "")
    ''', "https://developer.valvesoftware.com/wiki/Source_RCON_Protocol")

DV("vdf", "app-id", "steamapps/appmanifest_896660.acf", """
    "AppState"
    {
    \t"appid"\t\t"896660"
    \t"Universe"\t\t"1"
    \t"name"\t\t"Valheim Dedicated Server"
    \t"StateFlags"\t\t"4"
    \t"installdir"\t\t"Valheim dedicated server"
    \t"LastUpdated"\t\t"1709921188"
    \t"SizeOnDisk"\t\t"1187246571"
    \t"buildid"\t\t"13656714"
    \t"LastOwner"\t\t"76561198031826471"
    \t"AutoUpdateBehavior"\t\t"0"
    \t"InstalledDepots"
    \t{
    \t\t"896661"
    \t\t{
    \t\t\t"manifest"\t\t"«M»"
    \t\t\t"size"\t\t"1187246571"
    \t\t}
    \t}
    }
    """, "https://developer.valvesoftware.com/wiki/SteamCMD", M=str(random.Random(_seed()).randint(10**18, 9 * 10**18)))

DV("dotenv", "default", "panel/.env.example", """
    APP_ENV=production
    APP_DEBUG=false
    APP_KEY=
    APP_TIMEZONE=UTC
    APP_URL=http://panel.example.com
    APP_LOCALE=en
    APP_ENVIRONMENT_ONLY=true

    LOG_CHANNEL=daily
    LOG_DEPRECATIONS_CHANNEL=null
    LOG_LEVEL=debug

    DB_CONNECTION=mysql
    DB_HOST=127.0.0.1
    DB_PORT=3306
    DB_DATABASE=panel
    DB_USERNAME=pterodactyl
    DB_PASSWORD=

    REDIS_HOST=127.0.0.1
    REDIS_PASSWORD=null
    REDIS_PORT=6379

    MAIL_MAILER=smtp
    MAIL_HOST=smtp.example.com
    MAIL_PORT=25
    MAIL_USERNAME=
    MAIL_PASSWORD=
    MAIL_ENCRYPTION=tls
    MAIL_FROM_ADDRESS=no-reply@example.com
    """, "https://github.com/pterodactyl/panel/blob/develop/.env.example")

DV("python", "password-hash", "admin_console/auth.py", '''
    """Admin console for the tournament servers: checks the RCON password without storing it."""
    import hashlib
    import hmac

    # sha256(salt + password) of the shared admin password, rotated each season
    ADMIN_SALT = bytes.fromhex("«SALT»")
    ADMIN_PASSWORD_SHA256 = "«H»"


    def check_admin(password: str) -> bool:
        digest = hashlib.sha256(ADMIN_SALT + password.encode()).hexdigest()
        return hmac.compare_digest(digest, ADMIN_PASSWORD_SHA256)
    ''', "https://docs.python.org/3/library/hmac.html#hmac.compare_digest", SALT=hexs(32), H=hexs(64))

DV("github-actions", "oidc-role", ".github/workflows/gamelift-deploy.yml", """
    name: GameLift deploy
    on:
      workflow_dispatch:
    permissions:
      id-token: write
      contents: read
    jobs:
      deploy:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - uses: aws-actions/configure-aws-credentials@v4
            with:
              role-to-assume: arn:aws:iam::481236609527:role/gh-actions-gamelift-deploy
              aws-region: eu-west-1
          - run: ./gamelift/upload_build_oidc.sh
    """, "https://github.com/aws-actions/configure-aws-credentials#oidc")

DV("python", "redacted", "bot/diagnostics.py", '''
    """`!diag` command: print bot configuration for support tickets, secrets masked."""
    import os

    MASK = "********"


    def masked(value: str | None, keep: int = 4) -> str:
        if not value:
            return "(unset)"
        return value[:keep] + MASK


    def report() -> str:
        # example output:
        #   DISCORD_TOKEN=MTEx********  RCON_PASSWORD=(unset)  PTERO_CLIENT_KEY=ptlc********
        keys = ["DISCORD_TOKEN", "RCON_PASSWORD", "PTERO_CLIENT_KEY", "STEAM_API_KEY"]
        return "  ".join(f"{k}={masked(os.getenv(k))}" for k in keys)
    ''', "https://discordpy.readthedocs.io/en/stable/")
