"""Blind set AJ: web scraping, browser automation and social-media automation projects.

Scrapy settings, middlewares, pipelines and deploy files; Selenium, Playwright and Puppeteer login
scripts; proxy lists and rotating-proxy credentials as provider dashboards export them; captcha
solving services' keys; Telegram userbots (api_id/api_hash, session strings); Reddit, Twitter,
Instagram and other posting bots; cron jobs, systemd units and job queues (Celery, RQ) behind the
scrapers; cookie files and saved browser sessions; and the decoys of that world (user agents, CSS
selectors, public site keys, hashed verifiers, example proxies from docs, env references).
Generated fakes only (seeds 290000-299999).
"""
from __future__ import annotations

import base64
import hashlib
import json
import random
import string
import struct
import textwrap
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
LOWNUM = string.ascii_lowercase + string.digits
UPNUM = string.ascii_uppercase + string.digits
B64URL = ALNUM + "-_"
_SEED = [290000]


def _seed() -> int:
    _SEED[0] += 5
    assert _SEED[0] < 300000
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def draw(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(n: int) -> str:
    return draw(n, HEX)


def mixed(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


WORDS = ["Harbor", "Maple", "Falcon", "Cedar", "Orbit", "Granite", "Willow", "Summit", "Lantern", "Copper",
         "Meadow", "Tundra", "Beacon", "Quartz", "Saffron", "Juniper", "Marlin", "Thistle", "Kestrel", "Basalt",
         "Pelican", "Ferry", "Tulip", "Comet", "Badger", "Walrus"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "noodle", "crayon", "banjo", "sparrow"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%*") + r.choice(WORDS) + str(r.randint(10, 9999))


def url_pw() -> str:
    """A human password that stays valid in a URL's userinfo as written."""
    r = _rng()
    return r.choice(WORDS) + r.choice(["", "-", "_", ".", "!", "$", "*"]) + r.choice(LOWER) + str(r.randint(1, 9999))


def human_pw() -> str:
    """How people pick passwords for throwaway scraping accounts."""
    r = _rng()
    form = r.randrange(5)
    if form == 0:
        return r.choice(LOWER) + str(r.randint(1990, 2025)) + r.choice("!?.#")
    if form == 1:
        return r.choice(WORDS) + r.choice(LOWER) + str(r.randint(10, 99)) + r.choice("!$&")
    if form == 2:
        return r.choice(["Summer", "Winter", "Spring", "Autumn"]) + str(r.randint(2019, 2025)) + r.choice("!#?")
    if form == 3:
        return r.choice(LOWER).capitalize() + "_" + r.choice(LOWER) + "_" + str(r.randint(100, 999))
    return r.choice(WORDS) + r.choice("!#$%") + r.choice(WORDS) + str(r.randint(10, 99))


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def ip() -> str:
    r = _rng()
    return f"{r.choice([45, 46, 38, 89, 104, 154, 185, 193, 207, 212])}.{r.randint(1, 254)}.{r.randint(1, 254)}.{r.randint(1, 254)}"


def port() -> int:
    return _rng().randint(1025, 65000)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


# ---- credentials of the theme ----------------------------------------------------------------------

def captcha_key() -> str:
    """2captcha, anti-captcha, CapMonster and ScraperAPI keys: 32 lowercase hex."""
    return hexs(32)


def capsolver_key() -> str:
    return "CAP-" + hexs(32).upper()


def api_hash() -> str:
    return hexs(32)


def api_id() -> int:
    return _rng().randint(1_000_000, 29_999_999)


def telethon_session() -> str:
    r = _rng()
    raw = struct.pack(">B4sH256s", r.choice([1, 2, 4, 5]), bytes([149, 154, 167, r.choice([41, 50, 51, 91])]), 443,
                      bytes(r.getrandbits(8) for _ in range(256)))
    return "1" + base64.urlsafe_b64encode(raw).decode()


def pyrogram_session() -> str:
    r = _rng()
    raw = struct.pack(">BI?256sQ?", r.choice([1, 2, 4, 5]), r.randint(1_000_000, 29_999_999), False,
                      bytes(r.getrandbits(8) for _ in range(256)), r.randint(10**8, 7 * 10**9), False)
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def reddit_secret() -> str:
    return mixed(30, B64URL)


def reddit_client_id() -> str:
    return mixed(22, B64URL)


def twitter_bearer() -> str:
    r = _rng()
    core = "".join(r.choice(ALNUM) for _ in range(6))
    body = "".join(r.choice(ALNUM) for _ in range(24))
    tail = "".join(r.choice(ALNUM) for _ in range(50))
    return "AAAAAAAAAAAAAAAAAAAAA" + core + "AAAAAAA" + body[:10] + "%2B" + body[10:] + "%3D" + tail


def twitter_secret(n: int = 50) -> str:
    return mixed(n)


def ig_sessionid() -> str:
    r = _rng()
    uid = r.randint(10**9, 7 * 10**10)
    return (f"{uid}%3A" + "".join(r.choice(ALNUM) for _ in range(14)) + f"%3A{r.randint(1, 28)}%3AAY"
            + "".join(r.choice(B64URL) for _ in range(44)))


def li_at() -> str:
    return "AQEDA" + mixed(146, B64URL)


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18 * 2)}/"
            + "".join(r.choice(B64URL) for _ in range(68)))


def discord_bot_token() -> str:
    r = _rng()
    uid = str(r.randint(10**17, 10**18 * 2))
    return (base64.b64encode(uid.encode()).decode().rstrip("=") + "." + "".join(r.choice(B64URL) for _ in range(6))
            + "." + "".join(r.choice(B64URL) for _ in range(38)))


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPNUM) for _ in range(8)) + "/B"
            + "".join(r.choice(UPNUM) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def apify_token() -> str:
    return "apify_api_" + mixed(36)


def scrapingbee_key() -> str:
    return draw(80, UPNUM)


def airtable_pat() -> str:
    return "pat" + mixed(14) + "." + hexs(64)


def google_api_key() -> str:
    return "AIza" + mixed(35, B64URL)


def fb_token() -> str:
    return "EAA" + mixed(180)


def ig_graph_token() -> str:
    return "IGQV" + mixed(200, B64URL)


def mastodon_token() -> str:
    return mixed(43, B64URL)


def bsky_app_password() -> str:
    r = _rng()
    return "-".join("".join(r.choice(string.ascii_lowercase + "234567") for _ in range(4)) for _ in range(4))


def browserless_token() -> str:
    return mixed(42)


def webshare_token() -> str:
    return draw(40, LOWNUM)


def telegram_bot() -> str:
    return fakes.telegram_token(_seed())


def openssh_key() -> str:
    return fakes.fake_pem(_seed(), "OPENSSH")


def pkcs8_key() -> str:
    r = _rng()
    lines = ["".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(24)]
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(["MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + lines[0][:14]] + lines[1:]) + "\n-----END PRIVATE KEY-----\n"


def aws_pair() -> tuple:
    s = _seed()
    return fakes.aws_key_id(s), fakes.aws_secret_key(s + 1)


# ---- look-alikes for decoys ------------------------------------------------------------------------

_BCRYPT = "./" + ALNUM


def bcrypt_hash() -> str:
    return "$2b$12$" + draw(53, _BCRYPT)


def apr1_hash() -> str:
    return "$apr1$" + draw(8, _BCRYPT) + "$" + draw(22, _BCRYPT)


def md5crypt_hash() -> str:
    return "$1$" + draw(8, _BCRYPT) + "$" + draw(22, _BCRYPT)


def argon2_hash() -> str:
    return "$argon2id$v=19$m=65536,t=3,p=4$" + draw(22, ALNUM + "+/") + "$" + draw(43, ALNUM + "+/")


def django_pbkdf2() -> str:
    return "pbkdf2_sha256$600000$" + draw(22) + "$" + draw(43, ALNUM + "+/") + "="


def tor_hashed() -> str:
    return "16:" + draw(58, "0123456789ABCDEF")


def git_sha() -> str:
    return hexs(40)


def sha256_hex() -> str:
    return hexs(64)


def vault_blob(lines: int = 6) -> str:
    return "\n".join(hexs(80) for _ in range(lines))


def sops_enc(n: int = 24) -> str:
    return ("ENC[AES256_GCM,data:" + draw(n, ALNUM + "+/") + "=,iv:" + draw(43, ALNUM + "+/") + "=,tag:"
            + draw(22, ALNUM + "+/") + "==,type:str]")


def sealed_value() -> str:
    return "AgB" + draw(380, ALNUM + "+/") + "=="


def cert_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(14))
    return "-----BEGIN CERTIFICATE-----\nMIIDoTCCAomgAwIBAgIGDB" + body[22:] + "\n-----END CERTIFICATE-----"


def ssh_pub(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + draw(43, ALNUM + "+/") + " " + comment


def rsa_pub_b64() -> str:
    return "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + draw(330, ALNUM + "+/") + "IDAQAB"


# ---- case helpers ----------------------------------------------------------------------------------

SET = "aj"


def T(text: str, **values: object) -> str:
    """The dedented file, with each @name@ replaced by its value."""
    out = textwrap.dedent(text).lstrip("\n")
    for key, value in values.items():
        out = out.replace(f"@{key}@", str(value))
    return out


def S(fmt: str, kind: str, file_name: str, text: str, secret: str, source: str) -> LabelledCase:
    return LabelledCase(f"blind-{SET}/{fmt}/{kind}", file_name, text, secret, source)


def D(fmt: str, what: str, file_name: str, text: str, source: str) -> LabelledCase:
    return LabelledCase(f"blind-{SET}/{fmt}/decoy-{what}", file_name, text, None, source)


def SV(fmt: str, kind: str, file_name: str, template: str, value: str, source: str,
       secret: Optional[str] = None, **more: object) -> LabelledCase:
    """A secret case whose template holds the value at @v@ (the secret, unless another is named)."""
    return S(fmt, kind, file_name, T(template, v=value, **more), secret if secret is not None else value, source)


def DV(fmt: str, what: str, file_name: str, template: str, value: str, source: str, **more: object) -> LabelledCase:
    return D(fmt, what, file_name, T(template, v=value, **more), source)


CASES: List[LabelledCase] = []
add = CASES.append


# ==== Scrapy: settings, middlewares, pipelines, deploy files ========================================

SCRAPY_SETTINGS_DOC = "https://docs.scrapy.org/en/latest/topics/settings.html"

_u, _p = "sp" + draw(8, LOWNUM), mixed(16, ALNUM + "_~")
add(SV("scrapy-settings", "proxy-password", "pricewatch/settings.py", """
    # Scrapy settings for pricewatch project
    BOT_NAME = "pricewatch"

    SPIDER_MODULES = ["pricewatch.spiders"]
    NEWSPIDER_MODULE = "pricewatch.spiders"

    ROBOTSTXT_OBEY = False
    CONCURRENT_REQUESTS = 16
    DOWNLOAD_DELAY = 0.5
    RANDOMIZE_DOWNLOAD_DELAY = True

    # residential pool, sticky for 10 minutes (session-xxxx is appended by the middleware)
    PROXY_URL = "http://user-@u@:@v@@gate.smartproxy.com:7000"

    DOWNLOADER_MIDDLEWARES = {
        "pricewatch.middlewares.StickyProxyMiddleware": 350,
        "scrapy.downloadermiddlewares.httpproxy.HttpProxyMiddleware": 400,
    }

    ITEM_PIPELINES = {
        "pricewatch.pipelines.PriceNormalizePipeline": 300,
        "pricewatch.pipelines.CsvExportPipeline": 800,
    }

    REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
    TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
    FEED_EXPORT_ENCODING = "utf-8"
    """, _p, SCRAPY_SETTINGS_DOC, u=_u))

add(SV("scrapy-settings", "zyte-api-key", "realty_crawler/settings.py", """
    BOT_NAME = 'realty_crawler'
    SPIDER_MODULES = ['realty_crawler.spiders']
    NEWSPIDER_MODULE = 'realty_crawler.spiders'

    ADDONS = {
        "scrapy_zyte_api.Addon": 500,
    }
    ZYTE_API_KEY = '@v@'
    ZYTE_API_TRANSPARENT_MODE = True
    ZYTE_API_AUTOMAP_PARAMS = {"geolocation": "US"}

    AUTOTHROTTLE_ENABLED = True
    AUTOTHROTTLE_START_DELAY = 2
    AUTOTHROTTLE_TARGET_CONCURRENCY = 4.0
    HTTPCACHE_ENABLED = False
    LOG_LEVEL = 'INFO'
    """, captcha_key(), "https://github.com/scrapy-plugins/scrapy-zyte-api"))

_ak, _sk = aws_pair()
add(SV("scrapy-settings", "aws-secret-in-feed-uri", "jobsboard/jobsboard/settings.py", """
    import datetime

    BOT_NAME = "jobsboard"
    SPIDER_MODULES = ["jobsboard.spiders"]

    USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"

    _today = datetime.date.today().isoformat()

    FEEDS = {
        f"s3://@ak@:@v@@jobsboard-raw/postings/%(name)s/{_today}.jsonl": {
            "format": "jsonlines",
            "encoding": "utf8",
            "store_empty": False,
        },
    }
    FEED_STORAGE_S3_ACL = "bucket-owner-full-control"
    CLOSESPIDER_ITEMCOUNT = 50000
    """, _sk, "https://docs.scrapy.org/en/latest/topics/feed-exports.html#amazon-s3", ak=_ak))

add(SV("scrapy-settings", "ftp-password", "catalog_sync/settings.py", """
    # -*- coding: utf-8 -*-
    BOT_NAME = 'catalog_sync'
    SPIDER_MODULES = ['catalog_sync.spiders']
    NEWSPIDER_MODULE = 'catalog_sync.spiders'

    ROBOTSTXT_OBEY = True
    COOKIES_ENABLED = False

    # partner picks the file up every night at 03:00 CET
    FEEDS = {
        'ftp://feeds_acme:@v@@ftp.partner-exchange.net/incoming/catalog_%(time)s.csv': {
            'format': 'csv',
            'fields': ['sku', 'title', 'price', 'currency', 'stock', 'url'],
        },
    }
    FEED_STORAGE_FTP_ACTIVE = False
    """, url_pw(), "https://docs.scrapy.org/en/latest/topics/feed-exports.html#ftp"))

_zone = "brd-customer-hl_" + hexs(8) + "-zone-residential_eu"
add(SV("scrapy-middleware", "proxy-basic-auth", "pricewatch/middlewares.py", """
    import random

    from w3lib.http import basic_auth_header

    BRIGHTDATA_HOST = "brd.superproxy.io:33335"
    BRIGHTDATA_USER = "@zone@"


    class BrightDataProxyMiddleware:
        \"\"\"Route every request through the residential zone, one session id per spider run.\"\"\"

        def __init__(self):
            self.session = random.randint(100000, 999999)

        def process_request(self, request, spider):
            if request.meta.get("skip_proxy"):
                return None
            user = f"{BRIGHTDATA_USER}-session-{self.session}"
            request.meta["proxy"] = f"http://{BRIGHTDATA_HOST}"
            request.headers["Proxy-Authorization"] = basic_auth_header(user, "@v@")
            return None
    """, draw(12, LOWNUM), "https://docs.brightdata.com/proxy-networks/config-options", zone=_zone))

_wu, _wp = draw(8, string.ascii_lowercase), draw(12, LOWNUM)
add(SV("scrapy-middleware", "proxy-authorization-base64", "scraper/middlewares/proxy.py", """
    from scrapy import signals

    # Webshare rotating endpoint, credentials from the dashboard ("Proxy list" > "Rotating")
    PROXY = "http://p.webshare.io:80"
    PROXY_AUTH = b"Basic @v@"


    class RotatingProxyMiddleware:
        @classmethod
        def from_crawler(cls, crawler):
            mw = cls()
            crawler.signals.connect(mw.spider_opened, signal=signals.spider_opened)
            return mw

        def spider_opened(self, spider):
            spider.logger.info("proxy middleware on: %s", PROXY)

        def process_request(self, request, spider):
            request.meta["proxy"] = PROXY
            request.headers["Proxy-Authorization"] = PROXY_AUTH
    """, b64(f"{_wu}-rotate:{_wp}"), "https://docs.scrapy.org/en/latest/topics/downloader-middleware.html", secret=_wp))

add(SV("scrapy-spider", "http-auth-password", "intranet_docs/spiders/wiki.py", """
    import scrapy


    class WikiSpider(scrapy.Spider):
        name = "wiki"
        allowed_domains = ["wiki.internal.northwind-foods.com"]
        start_urls = ["https://wiki.internal.northwind-foods.com/spaces/OPS/pages"]

        # HttpAuthMiddleware
        http_user = "svc-crawler"
        http_pass = "@v@"
        http_auth_domain = "wiki.internal.northwind-foods.com"

        def parse(self, response):
            for href in response.css("a.page-link::attr(href)").getall():
                yield response.follow(href, self.parse_page)

        def parse_page(self, response):
            yield {
                "title": response.css("h1#title-text::text").get(default="").strip(),
                "body": " ".join(response.css("div.wiki-content ::text").getall()),
                "url": response.url,
            }
    """, human_pw(), "https://docs.scrapy.org/en/latest/topics/downloader-middleware.html#httpauthmiddleware"))

add(SV("scrapy-settings", "redis-password", "distributed/settings.py", """
    # scrapy-redis: shared scheduler + dupefilter across the 6 workers
    SCHEDULER = "scrapy_redis.scheduler.Scheduler"
    DUPEFILTER_CLASS = "scrapy_redis.dupefilter.RFPDupeFilter"
    SCHEDULER_PERSIST = True
    SCHEDULER_QUEUE_CLASS = "scrapy_redis.queue.PriorityQueue"

    REDIS_URL = 'redis://:@v@@10.0.3.12:6379/2'
    REDIS_START_URLS_AS_SET = True

    ITEM_PIPELINES = {
        "scrapy_redis.pipelines.RedisPipeline": 300,
    }
    CONCURRENT_REQUESTS_PER_DOMAIN = 4
    DOWNLOAD_TIMEOUT = 30
    """, fakes.redis_password(_seed()), "https://github.com/rmax/scrapy-redis#usage"))

add(SV("scrapy-pipelines", "mongodb-password", "reviews/pipelines.py", """
    import pymongo
    from itemadapter import ItemAdapter


    class MongoPipeline:
        collection_name = "reviews"

        def __init__(self, mongo_uri, mongo_db):
            self.mongo_uri = mongo_uri
            self.mongo_db = mongo_db

        @classmethod
        def from_crawler(cls, crawler):
            return cls(
                mongo_uri=crawler.settings.get(
                    "MONGO_URI",
                    "mongodb+srv://scraper:@v@@cluster0.x7kq2.mongodb.net/?retryWrites=true&w=majority",
                ),
                mongo_db=crawler.settings.get("MONGO_DATABASE", "reviews"),
            )

        def open_spider(self, spider):
            self.client = pymongo.MongoClient(self.mongo_uri)
            self.db = self.client[self.mongo_db]

        def close_spider(self, spider):
            self.client.close()

        def process_item(self, item, spider):
            self.db[self.collection_name].update_one(
                {"review_id": item["review_id"]}, {"$set": ItemAdapter(item).asdict()}, upsert=True
            )
            return item
    """, mixed(16), "https://docs.scrapy.org/en/latest/topics/item-pipeline.html#write-items-to-mongodb"))

add(SV("scrapy-pipelines", "postgres-password", "leads/leads/pipelines.py", """
    import psycopg2


    class PostgresPipeline:
        def open_spider(self, spider):
            self.conn = psycopg2.connect(
                host="db-scrape.c9x2kq.eu-central-1.rds.amazonaws.com",
                port=5432,
                dbname="leads",
                user="crawler_rw",
                password="@v@",
            )
            self.cur = self.conn.cursor()

        def close_spider(self, spider):
            self.conn.commit()
            self.cur.close()
            self.conn.close()

        def process_item(self, item, spider):
            self.cur.execute(
                "INSERT INTO companies (name, website, city, phone) VALUES (%s, %s, %s, %s) "
                "ON CONFLICT (website) DO NOTHING",
                (item["name"], item["website"], item.get("city"), item.get("phone")),
            )
            return item
    """, words_pw(), "https://www.psycopg.org/docs/module.html#psycopg2.connect"))

add(SV("scrapy-cfg", "scrapyd-password", "scrapy.cfg", """
    # Automatically created by: scrapy startproject
    #
    # For more information about the [deploy] section see:
    # https://scrapyd.readthedocs.io/en/latest/deploy.html

    [settings]
    default = marketdata.settings

    [deploy]
    url = http://localhost:6800/
    project = marketdata

    [deploy:prod]
    url = https://scrapyd.marketdata-ops.net/
    project = marketdata
    username = deploy
    password = @v@
    """, human_pw(), "https://github.com/scrapy/scrapyd-client#targets"))

add(SV("scrapinghub-yml", "apikey", "scrapinghub.yml", """
    projects:
      default: 612044
      staging: 612117
    apikeys:
      default: @v@
    stacks:
      default: scrapy:2.11
    requirements:
      file: requirements-cloud.txt
    """, captcha_key(), "https://shub.readthedocs.io/en/stable/configuration.html"))

add(SV("scrapy-middleware", "scraperapi-key", "news_scraper/middlewares.py", """
    from urllib.parse import urlencode

    SCRAPERAPI_KEY = "@v@"


    def get_scraperapi_url(url, render=False):
        payload = {"api_key": SCRAPERAPI_KEY, "url": url, "country_code": "us"}
        if render:
            payload["render"] = "true"
        return "http://api.scraperapi.com/?" + urlencode(payload)


    class ScraperApiMiddleware:
        def process_request(self, request, spider):
            if "api.scraperapi.com" in request.url:
                return None
            return request.replace(url=get_scraperapi_url(request.url, request.meta.get("render", False)))
    """, captcha_key(), "https://docs.scraperapi.com/python/making-requests/basic-request"))

add(SV("scrapy-settings", "scrapingbee-key", "hotels/settings.py", """
    BOT_NAME = "hotels"
    SPIDER_MODULES = ["hotels.spiders"]

    SCRAPINGBEE_API_KEY = "@v@"

    DOWNLOADER_MIDDLEWARES = {
        "scrapy_scrapingbee.ScrapingBeeMiddleware": 725,
    }
    CONCURRENT_REQUESTS = 1  # free plan
    RETRY_TIMES = 5
    RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
    """, scrapingbee_key(), "https://github.com/ScrapingBee/scrapy-scrapingbee"))

add(SV("scrapy-settings", "crawlera-apikey", "legacy_crawler/settings.py", """
    # settings for the 2019 crawler, still runs the monthly sitemap diff
    BOT_NAME = 'legacy_crawler'

    SPIDER_MODULES = ['legacy_crawler.spiders']

    DOWNLOADER_MIDDLEWARES = {'scrapy_crawlera.CrawleraMiddleware': 610}
    CRAWLERA_ENABLED = True
    CRAWLERA_APIKEY = '@v@'
    CRAWLERA_PRESERVE_DELAY = True

    CONCURRENT_REQUESTS = 32
    CONCURRENT_REQUESTS_PER_DOMAIN = 32
    AUTOTHROTTLE_ENABLED = False
    DOWNLOAD_TIMEOUT = 600
    """, captcha_key(), "https://github.com/scrapy-plugins/scrapy-crawlera"))

_pp = url_pw()
_pu = "scrp" + draw(5, LOWNUM)
add(S("scrapy-settings", "rotating-proxy-list", "shop_monitor/settings.py", T("""
    BOT_NAME = "shop_monitor"
    SPIDER_MODULES = ["shop_monitor.spiders"]

    DOWNLOADER_MIDDLEWARES = {
        "rotating_proxies.middlewares.RotatingProxyMiddleware": 610,
        "rotating_proxies.middlewares.BanDetectionMiddleware": 620,
    }

    # 4 datacenter IPs bought from the reseller, same login on all of them
    ROTATING_PROXY_LIST = [
        "http://@u@:@p@@@i1@:3128",
        "http://@u@:@p@@@i2@:3128",
        "http://@u@:@p@@@i3@:3128",
        "http://@u@:@p@@@i4@:3128",
    ]
    ROTATING_PROXY_PAGE_RETRY_TIMES = 8
    ROTATING_PROXY_BACKOFF_BASE = 30
    """, u=_pu, p=_pp, i1=ip(), i2=ip(), i3=ip(), i4=ip()), _pp, "https://github.com/TeamHG-Memex/scrapy-rotating-proxies"))

add(SV("scrapyd-conf", "password", "deploy/scrapyd.conf", """
    [scrapyd]
    eggs_dir          = /var/lib/scrapyd/eggs
    logs_dir          = /var/log/scrapyd
    items_dir         =
    jobs_to_keep      = 20
    dbs_dir           = /var/lib/scrapyd/dbs
    max_proc          = 0
    max_proc_per_cpu  = 4
    finished_to_keep  = 100
    poll_interval     = 5.0
    bind_address      = 0.0.0.0
    http_port         = 6800
    username          = scrapyd
    password          = @v@
    debug             = off
    """, passphrase(), "https://scrapyd.readthedocs.io/en/latest/config.html"))

add(SV("scrapydweb-settings", "basic-auth-in-server-list", "scrapydweb_settings_v10.py", """
    # coding: utf-8
    \"\"\"ScrapydWeb settings, see https://github.com/my8100/scrapydweb\"\"\"

    SCRAPYDWEB_BIND = '0.0.0.0'
    SCRAPYDWEB_PORT = 5000

    ENABLE_AUTH = False

    SCRAPYD_SERVERS = [
        '127.0.0.1:6800',
        # 'username:password@localhost:6801#group',
        'deploy:@v@@scrapyd-eu-1.internal:6800#eu',
        ('deploy', '@v@', 'scrapyd-eu-2.internal', '6800', 'eu'),
    ]

    LOCAL_SCRAPYD_SERVER = ''
    LOCAL_SCRAPYD_LOGS_DIR = ''
    SCRAPYD_LOG_EXTENSIONS = ['.log', '.log.gz', '.txt']
    """, url_pw(), "https://github.com/my8100/scrapydweb/blob/master/scrapydweb/default_settings.py"))

add(SV("scrapy-settings", "scrapeops-api-key", "amazon_bsr/settings.py", """
    BOT_NAME = 'amazon_bsr'
    SPIDER_MODULES = ['amazon_bsr.spiders']

    ## ScrapeOps monitoring + fake browser headers
    SCRAPEOPS_API_KEY = '@v@'
    SCRAPEOPS_FAKE_BROWSER_HEADER_ENABLED = True

    EXTENSIONS = {
        'scrapeops_scrapy.extension.ScrapeOpsMonitor': 500,
    }
    DOWNLOADER_MIDDLEWARES = {
        'scrapeops_scrapy.middleware.retry.RetryMiddleware': 550,
        'scrapy.downloadermiddlewares.retry.RetryMiddleware': None,
    }
    """, uuid_s(), "https://scrapeops.io/docs/monitoring/python-scrapy/setup/"))

add(SV("scrapy-spider", "login-form-password", "forum_archive/spiders/members.py", """
    import scrapy
    from scrapy.http import FormRequest


    class MembersSpider(scrapy.Spider):
        \"\"\"Archives the members-only board; needs a logged-in session.\"\"\"

        name = "members"
        login_url = "https://forum.vintage-radios.org/ucp.php?mode=login"

        def start_requests(self):
            yield scrapy.Request(self.login_url, callback=self.login)

        def login(self, response):
            return FormRequest.from_response(
                response,
                formdata={"username": "archive_bot", "password": "@v@", "autologin": "on"},
                callback=self.after_login,
            )

        def after_login(self, response):
            if b"Logout" not in response.body:
                self.logger.error("login failed")
                return
            yield response.follow("/viewforum.php?f=12", self.parse_board)

        def parse_board(self, response):
            for topic in response.css("a.topictitle"):
                yield {"title": topic.css("::text").get(), "url": response.urljoin(topic.attrib["href"])}
    """, human_pw(), "https://docs.scrapy.org/en/latest/topics/request-response.html#using-formrequest-from-response-to-simulate-a-user-login"))


# ==== Browser automation: Selenium, Playwright, Puppeteer, saved sessions ============================

add(SV("selenium-python", "login-password", "bots/portal_login.py", """
    import time

    from selenium import webdriver
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    LOGIN_URL = "https://supplier.megamart-group.com/login"


    def login(driver):
        driver.get(LOGIN_URL)
        wait = WebDriverWait(driver, 20)
        wait.until(EC.presence_of_element_located((By.ID, "email"))).send_keys("orders@fieldstone-trading.com")
        driver.find_element(By.ID, "password").send_keys("@v@")
        driver.find_element(By.CSS_SELECTOR, "button[type='submit']").click()
        wait.until(EC.url_contains("/dashboard"))


    if __name__ == "__main__":
        opts = webdriver.ChromeOptions()
        opts.add_argument("--headless=new")
        drv = webdriver.Chrome(options=opts)
        try:
            login(drv)
            time.sleep(2)
            drv.get("https://supplier.megamart-group.com/reports/sell-through?export=csv")
        finally:
            drv.quit()
    """, human_pw(), "https://www.selenium.dev/documentation/webdriver/elements/interactions/"))

add(SV("selenium-python", "credentials-dict", "automation/config.py", """
    \"\"\"Shared config for the booking bots (run from cron on the office NUC).\"\"\"

    CHROMEDRIVER = "/usr/local/bin/chromedriver"
    HEADLESS = True
    DOWNLOAD_DIR = "/srv/bots/downloads"

    CREDENTIALS = {
        "email": "reception@brightsmile-dental.co.uk",
        "password": "@v@",
    }

    SITES = {
        "nhs_portal": "https://portal.example-nhs-booking.co.uk/",
        "supplier": "https://shop.dentalsupplies-direct.co.uk/account/login",
    }
    RETRY = 3
    """, words_pw(), "https://selenium-python.readthedocs.io/getting-started.html"))

add(SV("playwright-ts", "fill-password", "tests/auth.setup.ts", """
    import { test as setup, expect } from '@playwright/test';

    const authFile = 'playwright/.auth/user.json';

    setup('authenticate', async ({ page }) => {
      await page.goto('https://app.trackly.io/login');
      await page.getByLabel('Email').fill('qa-bot@trackly.io');
      await page.getByLabel('Password').fill('@v@');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL('https://app.trackly.io/projects');
      await expect(page.getByRole('navigation')).toBeVisible();
      await page.context().storageState({ path: authFile });
    });
    """, human_pw(), "https://playwright.dev/docs/auth"))

_oxu = "customer-" + draw(6, string.ascii_lowercase) + "_" + draw(4, LOWNUM)
add(SV("playwright-python", "proxy-password", "scrape/flights.py", """
    import asyncio
    import json

    from playwright.async_api import async_playwright

    PROXY = {
        "server": "http://pr.oxylabs.io:7777",
        "username": "@u@-cc-US",
        "password": "@v@",
    }


    async def main():
        async with async_playwright() as p:
            browser = await p.chromium.launch(headless=True, proxy=PROXY)
            page = await browser.new_page(locale="en-US")
            await page.goto("https://www.example-flights.com/search?from=JFK&to=LIS&date=2024-09-14")
            await page.wait_for_selector("div[data-testid='result-card']")
            cards = await page.locator("div[data-testid='result-card']").all_inner_texts()
            print(json.dumps(cards, indent=2))
            await browser.close()


    asyncio.run(main())
    """, mixed(14, ALNUM + "_") + "_" + str(_rng().randint(1, 9)), "https://playwright.dev/python/docs/network#http-proxy", u=_oxu))

add(SV("playwright-config", "proxy-password", "playwright.config.ts", """
    import { defineConfig, devices } from '@playwright/test';

    export default defineConfig({
      testDir: './scrapers',
      timeout: 120_000,
      retries: 1,
      workers: 2,
      reporter: [['list'], ['html', { open: 'never' }]],
      use: {
        headless: true,
        locale: 'de-DE',
        timezoneId: 'Europe/Berlin',
        proxy: {
          server: 'http://gate.decodo.com:10001',
          username: 'spq7v2x1ka',
          password: '@v@',
        },
        trace: 'retain-on-failure',
      },
      projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
    });
    """, mixed(18, ALNUM + "~=+"), "https://playwright.dev/docs/api/class-testoptions#test-options-proxy"))

add(SV("puppeteer-js", "proxy-authenticate", "src/scrape-listings.js", """
    const puppeteer = require('puppeteer');

    const PROXY_HOST = '@h@:@pt@';

    (async () => {
      const browser = await puppeteer.launch({
        headless: 'new',
        args: [`--proxy-server=http://${PROXY_HOST}`, '--no-sandbox'],
      });
      const page = await browser.newPage();
      await page.authenticate({ username: 'ukq2n7', password: '@v@' });
      await page.setViewport({ width: 1366, height: 900 });
      await page.goto('https://www.example-rentals.com/search?city=austin', { waitUntil: 'networkidle2' });
      const rows = await page.$$eval('.listing-card', (cards) =>
        cards.map((c) => ({
          title: c.querySelector('.title')?.textContent.trim(),
          price: c.querySelector('.price')?.textContent.trim(),
        })),
      );
      console.log(JSON.stringify(rows, null, 2));
      await browser.close();
    })();
    """, draw(10, LOWNUM), "https://pptr.dev/api/puppeteer.page.authenticate", h=ip(), pt=port()))

_swu = draw(8, string.ascii_lowercase)
add(SV("selenium-wire", "proxy-url", "tools/wire_driver.py", """
    from seleniumwire import webdriver  # pip install selenium-wire

    SELENIUMWIRE_OPTIONS = {
        "proxy": {
            "http": "http://@u@:@v@@@h@:@pt@",
            "https": "http://@u@:@v@@@h@:@pt@",
            "no_proxy": "localhost,127.0.0.1",
        },
        "disable_encoding": True,
    }


    def make_driver(headless=True):
        options = webdriver.ChromeOptions()
        if headless:
            options.add_argument("--headless=new")
        options.add_argument("--window-size=1400,1000")
        return webdriver.Chrome(options=options, seleniumwire_options=SELENIUMWIRE_OPTIONS)
    """, url_pw(), "https://github.com/wkeeling/selenium-wire#proxies", u=_swu, h=ip(), pt=port()))

add(SV("chrome-extension-js", "proxy-auth-credentials", "proxy_auth_plugin/background.js", """
    var config = {
      mode: "fixed_servers",
      rules: {
        singleProxy: { scheme: "http", host: "@h@", port: parseInt(@pt@) },
        bypassList: ["localhost"]
      }
    };

    chrome.proxy.settings.set({ value: config, scope: "regular" }, function () {});

    function callbackFn(details) {
      return {
        authCredentials: {
          username: "mkt_scraper",
          password: "@v@"
        }
      };
    }

    chrome.webRequest.onAuthRequired.addListener(
      callbackFn,
      { urls: ["<all_urls>"] },
      ["blocking"]
    );
    """, words_pw(), "https://developer.chrome.com/docs/extensions/reference/api/webRequest#event-onAuthRequired", h=ip(), pt=port()))

add(SV("selenium-python", "proxy-extension-builder", "utils/proxy_extension.py", """
    import os
    import zipfile

    PROXY_HOST = "@h@"
    PROXY_PORT = @pt@
    PROXY_USER = "dc_user_4471"
    PROXY_PASS = "@v@"

    MANIFEST = \"\"\"{"version": "1.0.0", "manifest_version": 2, "name": "Chrome Proxy",
    "permissions": ["proxy", "tabs", "unlimitedStorage", "storage", "<all_urls>", "webRequest", "webRequestBlocking"],
    "background": {"scripts": ["background.js"]}, "minimum_chrome_version": "22.0.0"}\"\"\"

    BACKGROUND_TEMPLATE = \"\"\"
    var config = {mode: "fixed_servers", rules: {singleProxy: {scheme: "http", host: "%s", port: parseInt(%s)}}};
    chrome.proxy.settings.set({value: config, scope: "regular"}, function() {});
    chrome.webRequest.onAuthRequired.addListener(
        function(details) { return {authCredentials: {username: "%s", password: "%s"}}; },
        {urls: ["<all_urls>"]}, ['blocking']);
    \"\"\"


    def build(path="proxy_auth_plugin.zip"):
        with zipfile.ZipFile(path, "w") as zp:
            zp.writestr("manifest.json", MANIFEST)
            zp.writestr("background.js", BACKGROUND_TEMPLATE % (PROXY_HOST, PROXY_PORT, PROXY_USER, PROXY_PASS))
        return os.path.abspath(path)
    """, mixed(15), "https://developer.chrome.com/docs/extensions/reference/api/proxy", h=ip(), pt=port()))

_sid = ig_sessionid()
_uid = _sid.split("%3A")[0]
add(S("playwright-storage-state", "instagram-sessionid", "playwright/.auth/instagram.json", T("""
    {
      "cookies": [
        {
          "name": "csrftoken",
          "value": "@csrf@",
          "domain": ".instagram.com",
          "path": "/",
          "expires": 1757412033.41,
          "httpOnly": false,
          "secure": true,
          "sameSite": "Lax"
        },
        {
          "name": "ds_user_id",
          "value": "@uid@",
          "domain": ".instagram.com",
          "path": "/",
          "expires": 1733652033.41,
          "httpOnly": false,
          "secure": true,
          "sameSite": "Lax"
        },
        {
          "name": "sessionid",
          "value": "@sid@",
          "domain": ".instagram.com",
          "path": "/",
          "expires": 1757412034.12,
          "httpOnly": true,
          "secure": true,
          "sameSite": "Lax"
        }
      ],
      "origins": [
        {
          "origin": "https://www.instagram.com",
          "localStorage": [{ "name": "ig_theme", "value": "dark" }]
        }
      ]
    }
    """, csrf=draw(32), uid=_uid, sid=_sid), _sid, "https://playwright.dev/docs/api/class-browsercontext#browser-context-storage-state"))

_at = hexs(40)
add(SV("netscape-cookies", "twitter-auth-token", "data/cookies-x.txt", """
    # Netscape HTTP Cookie File
    # https://curl.se/docs/http-cookies.html
    # This file was generated by libcurl! Edit at your own risk.

    .x.com\tTRUE\t/\tTRUE\t1765298011\tguest_id\tv1%3A171672801166745032
    .x.com\tTRUE\t/\tTRUE\t1765298011\tnight_mode\t2
    .x.com\tTRUE\t/\tTRUE\t1765298060\tauth_token\t@v@
    .x.com\tTRUE\t/\tTRUE\t1748834060\tlang\ten
    .x.com\tTRUE\t/\tFALSE\t1765298060\tdnt\t1
    """, _at, "https://curl.se/docs/http-cookies.html"))

_li = li_at()
add(SV("cookies-json", "linkedin-li-at", "sessions/linkedin_cookies.json", """
    [
    {
        "domain": ".www.linkedin.com",
        "expirationDate": 1749461211,
        "hostOnly": false,
        "httpOnly": true,
        "name": "li_at",
        "path": "/",
        "sameSite": "no_restriction",
        "secure": true,
        "session": false,
        "storeId": "0",
        "value": "@v@",
        "id": 7
    },
    {
        "domain": ".linkedin.com",
        "expirationDate": 1749461200,
        "hostOnly": false,
        "httpOnly": false,
        "name": "lang",
        "path": "/",
        "sameSite": "no_restriction",
        "secure": true,
        "session": true,
        "storeId": "0",
        "value": "v=2&lang=en-us",
        "id": 8
    }
    ]
    """, _li, "https://www.editthiscookie.com/"))

add(SV("selenium-java", "login-password", "src/test/java/com/acme/bots/PortalLoginTest.java", """
    package com.acme.bots;

    import org.junit.jupiter.api.AfterEach;
    import org.junit.jupiter.api.BeforeEach;
    import org.junit.jupiter.api.Test;
    import org.openqa.selenium.By;
    import org.openqa.selenium.WebDriver;
    import org.openqa.selenium.chrome.ChromeDriver;

    import static org.junit.jupiter.api.Assertions.assertTrue;

    public class PortalLoginTest {
        private static final String USER = "automation.user";
        private static final String PASS = "@v@";
        private WebDriver driver;

        @BeforeEach
        void setUp() {
            driver = new ChromeDriver();
        }

        @Test
        void logsIn() {
            driver.get("https://portal.fleetmatic-partners.com/login");
            driver.findElement(By.name("username")).sendKeys(USER);
            driver.findElement(By.name("password")).sendKeys(PASS);
            driver.findElement(By.id("kc-login")).click();
            assertTrue(driver.getCurrentUrl().contains("/home"));
        }

        @AfterEach
        void tearDown() {
            driver.quit();
        }
    }
    """, words_pw(), "https://www.selenium.dev/documentation/webdriver/getting_started/first_script/"))

add(SV("robot-framework", "password-variable", "tests/robot/vendor_portal.robot", """
    *** Settings ***
    Library           SeleniumLibrary
    Suite Teardown    Close All Browsers

    *** Variables ***
    ${URL}            https://vendors.harborline-logistics.com/signin
    ${BROWSER}        headlesschrome
    ${USERNAME}       rpa_invoices
    ${PASSWORD}       @v@

    *** Test Cases ***
    Download Open Invoices
        Open Browser    ${URL}    ${BROWSER}
        Input Text      id:username    ${USERNAME}
        Input Password  id:password    ${PASSWORD}
        Click Button    css:button.btn-primary
        Wait Until Page Contains    Open invoices    15s
        Click Link      Export CSV
    """, human_pw(), "https://robotframework.org/SeleniumLibrary/SeleniumLibrary.html"))

add(SV("cypress-env", "login-password", "cypress.env.json", """
    {
      "baseUrl": "https://staging.shopfront-demo.io",
      "login_email": "e2e-runner@shopfront-demo.io",
      "login_password": "@v@",
      "viewportWidth": 1280,
      "retries": 2
    }
    """, words_pw(), "https://docs.cypress.io/guides/guides/environment-variables#Option-2-cypressenvjson"))

add(SV("playwright-python", "browserless-token", "render/remote_browser.py", """
    from playwright.sync_api import sync_playwright

    BROWSERLESS_WS = "wss://production-sfo.browserless.io/chromium/playwright?token=@v@&timeout=120000"


    def screenshot(url: str, out: str) -> None:
        with sync_playwright() as p:
            browser = p.chromium.connect(BROWSERLESS_WS)
            page = browser.new_page(viewport={"width": 1280, "height": 2000})
            page.goto(url, wait_until="networkidle")
            page.screenshot(path=out, full_page=True)
            browser.close()


    if __name__ == "__main__":
        screenshot("https://news.ycombinator.com", "hn.png")
    """, browserless_token(), "https://docs.browserless.io/overview/connection-urls"))

_sbr = "brd-customer-hl_" + hexs(8) + "-zone-scraping_browser1"
add(SV("puppeteer-js", "brightdata-browser-ws", "scrapers/serp.mjs", """
    import puppeteer from 'puppeteer-core';

    const AUTH = '@u@:@v@';
    const SBR_WS_ENDPOINT = `wss://${AUTH}@brd.superproxy.io:9222`;

    async function main() {
      console.log('Connecting to Scraping Browser...');
      const browser = await puppeteer.connect({ browserWSEndpoint: SBR_WS_ENDPOINT });
      try {
        const page = await browser.newPage();
        await page.goto('https://www.example-marketplace.com/s?k=usb+c+hub', { timeout: 2 * 60 * 1000 });
        const titles = await page.$$eval('h2 span', (els) => els.map((e) => e.textContent));
        console.log(titles.slice(0, 20));
      } finally {
        await browser.close();
      }
    }

    main().catch((err) => {
      console.error(err.stack || err);
      process.exit(1);
    });
    """, draw(12, LOWNUM), "https://docs.brightdata.com/scraping-automation/scraping-browser/quickstart", u=_sbr))

add(SV("playwright-python", "http-credentials", "checks/staging_smoke.py", """
    from playwright.sync_api import sync_playwright

    STAGING = "https://staging.pawprint-vet.com"

    with sync_playwright() as p:
        browser = p.firefox.launch()
        context = browser.new_context(
            http_credentials={"username": "preview", "password": "@v@"},
            ignore_https_errors=True,
        )
        page = context.new_page()
        page.goto(STAGING)
        assert "Book an appointment" in page.content()
        page.goto(f"{STAGING}/clinics")
        print(page.locator(".clinic-card").count(), "clinics listed")
        browser.close()
    """, human_pw(), "https://playwright.dev/python/docs/api/class-browser#browser-new-context-option-http-credentials"))

add(SV("selenium-grid-toml", "router-password", "grid/config.toml", """
    [network]
    relax-checks = true

    [sessionqueue]
    session-request-timeout = 300
    session-retry-interval = 15

    [router]
    username = "grid-admin"
    password = "@v@"

    [node]
    detect-drivers = false
    max-sessions = 4
    """, mixed(20), "https://www.selenium.dev/documentation/grid/configuration/toml_options/"))


# ==== Proxies: provider exports, proxy servers, clients =============================================

_wsu, _wsp = draw(8, string.ascii_lowercase), draw(12, LOWNUM)
add(S("proxy-list", "webshare-export", "proxies/webshare_10.txt", "".join(
    f"{ip()}:{port()}:{_wsu}:{_wsp}\n" for _ in range(10)), _wsp,
    "https://help.webshare.io/en/articles/8375645-how-to-download-the-proxy-list"))

_lu, _lp = "u" + draw(7, LOWNUM), url_pw()
add(S("proxy-list", "url-form", "data/proxies.txt", "# bought 2024-03-02, expires 2024-04-01 (ticket #4471)\n" + "".join(
    f"http://{_lu}:{_lp}@{ip()}:{r}\n" for r in (8000, 8001, 8002, 8003, 8004, 8005)), _lp,
    "https://github.com/TeamHG-Memex/scrapy-rotating-proxies"))

_cp = mixed(14)
add(S("proxy-csv", "dashboard-export", "exports/proxy_list_2024-05.csv", "proxy_address,port,username,password,country_code,city_name\n" + "".join(
    f"{ip()},{port()},ljtzgxqn,{_cp},{cc},{city}\n"
    for cc, city in [("US", "Ashburn"), ("US", "Dallas"), ("DE", "Frankfurt"), ("GB", "London"), ("NL", "Amsterdam"), ("FR", "Paris")]), _cp,
    "https://proxy2.webshare.io/proxy/list"))

_bz = "brd-customer-hl_" + hexs(8) + "-zone-datacenter_proxy1"
add(SV("requests-python", "brightdata-proxy", "fetch/serp_fetch.py", """
    import requests

    HOST = "brd.superproxy.io:33335"
    USER = "@u@"
    PASSWORD = "@v@"

    proxy_url = f"http://{USER}:{PASSWORD}@{HOST}"
    proxies = {"http": proxy_url, "https": proxy_url}


    def fetch(query: str) -> str:
        r = requests.get(
            "https://www.example-search.com/search",
            params={"q": query, "hl": "en", "gl": "us"},
            proxies=proxies,
            verify=False,
            timeout=60,
        )
        r.raise_for_status()
        return r.text
    """, draw(12, LOWNUM), "https://docs.brightdata.com/proxy-networks/residential/send-your-first-request", u=_bz))

add(SV("axios-js", "oxylabs-proxy-auth", "lib/http.js", """
    const axios = require('axios');

    const client = axios.create({
      timeout: 45000,
      proxy: {
        protocol: 'http',
        host: 'pr.oxylabs.io',
        port: 7777,
        auth: {
          username: 'customer-nordicprice-cc-SE',
          password: '@v@',
        },
      },
      headers: {
        'Accept-Language': 'sv-SE,sv;q=0.9,en;q=0.8',
      },
    });

    module.exports = { client };
    """, "Nordic_" + mixed(8) + "_" + str(_rng().randint(10, 99)), "https://axios-http.com/docs/req_config"))

_ipu, _ipp = draw(8, LOWNUM), draw(10, ALNUM)
add(S("proxy-list", "iproyal-session-params", "config/iproyal_sticky.txt", "".join(
    f"geo.iproyal.com:12321:{_ipu}:{_ipp}_country-{cc}_session-{draw(8, LOWNUM)}_lifetime-30m\n"
    for cc in ["us", "us", "de", "fr", "gb", "ca", "au"]), _ipp,
    "https://docs.iproyal.com/proxies/residential/proxy/rotation"))

add(SV("proxychains-conf", "socks-password", "etc/proxychains4.conf", """
    # proxychains.conf  VER 4.x
    strict_chain
    proxy_dns
    remote_dns_subnet 224
    tcp_read_time_out 15000
    tcp_connect_time_out 8000

    [ProxyList]
    # type  host  port [user pass]
    socks5  @h@  1080  scraper  @v@
    """, human_pw(), "https://github.com/rofl0r/proxychains-ng/blob/master/src/proxychains.conf", h=ip()))

add(SV("squid-conf", "cache-peer-login", "squid/squid.conf", """
    http_port 3128
    acl localnet src 10.0.0.0/8
    acl SSL_ports port 443
    acl Safe_ports port 80 443
    http_access deny !Safe_ports
    http_access allow localnet
    http_access deny all

    # forward everything to the residential provider
    cache_peer gate.smartproxy.com parent 7000 0 no-query default login=spu4k9q2:@v@
    never_direct allow all

    cache deny all
    access_log stdio:/var/log/squid/access.log squid
    """, mixed(16), "http://www.squid-cache.org/Doc/config/cache_peer/"))

add(SV("shell", "curl-proxy-user", "scripts/check_proxy.sh", """
    #!/usr/bin/env bash
    # quick health check for the rotating gateway; prints exit IP + country
    set -euo pipefail

    GATEWAY="http://rp.proxyscrape.com:6060"
    for i in $(seq 1 5); do
      curl -s --max-time 15 \\
        -x "$GATEWAY" \\
        --proxy-user "ps-rot-81277:@v@" \\
        https://ipinfo.io/json | jq -r '"\\(.ip) \\(.country)"'
    done
    """, draw(13, LOWNUM), "https://curl.se/docs/manpage.html#-U"))

add(SV("makefile", "proxy-flag", "Makefile", """
    .PHONY: install crawl crawl-eu shell clean

    PY ?= python3.11
    SPIDER ?= products

    install:
    \t$(PY) -m pip install -r requirements.txt

    crawl:
    \tscrapy crawl $(SPIDER) -O out/$(SPIDER).jsonl

    crawl-eu:
    \thttps_proxy=http://eu_pool:@v@@eu.proxymesh.com:31280 scrapy crawl $(SPIDER) -s LOG_LEVEL=INFO -O out/$(SPIDER)-eu.jsonl

    shell:
    \tscrapy shell 'https://www.example-shop.de/'

    clean:
    \trm -rf out/*.jsonl .scrapy/httpcache
    """, url_pw(), "https://www.gnu.org/software/make/manual/make.html"))

add(SV("go", "socks5-proxy-url", "cmd/crawler/main.go", """
    package main

    import (
    \t"fmt"
    \t"log"

    \t"github.com/gocolly/colly/v2"
    \t"github.com/gocolly/colly/v2/proxy"
    )

    func main() {
    \tc := colly.NewCollector(colly.AllowedDomains("www.example-classifieds.com"))

    \trp, err := proxy.RoundRobinProxySwitcher(
    \t\t"socks5://crawl:@v@@@h1@:1080",
    \t\t"socks5://crawl:@v@@@h2@:1080",
    \t)
    \tif err != nil {
    \t\tlog.Fatal(err)
    \t}
    \tc.SetProxyFunc(rp)

    \tc.OnHTML("article.ad", func(e *colly.HTMLElement) {
    \t\tfmt.Println(e.ChildText("h2"), e.ChildText(".price"))
    \t})
    \tc.Visit("https://www.example-classifieds.com/cars")
    }
    """, mixed(16), "https://go-colly.org/docs/examples/proxy_switcher/", h1=ip(), h2=ip()))

add(SV("dotenv", "proxy-password", "scraper/.env", """
    # local dev only
    LOG_LEVEL=debug
    HEADLESS=true
    MAX_PAGES=250

    PROXY_HOST=gate.nodemaven.com
    PROXY_PORT=8080
    PROXY_USERNAME=ops_team-country-any
    PROXY_PASSWORD=@v@

    OUTPUT_DIR=./out
    """, mixed(12), "https://github.com/motdotla/dotenv#usage"))

add(SV("requests-python", "webshare-api-token", "tools/refresh_proxies.py", """
    \"\"\"Pull the current proxy list from Webshare and write proxies.txt for the crawlers.\"\"\"
    import requests

    API = "https://proxy.webshare.io/api/v2/proxy/list/"
    HEADERS = {"Authorization": "Token @v@"}


    def main():
        rows, page = [], 1
        while True:
            r = requests.get(API, headers=HEADERS, params={"mode": "direct", "page": page, "page_size": 100}, timeout=30)
            r.raise_for_status()
            data = r.json()
            rows += [f"{p['proxy_address']}:{p['port']}" for p in data["results"] if p["valid"]]
            if not data["next"]:
                break
            page += 1
        with open("proxies.txt", "w") as fh:
            fh.write("\\n".join(rows) + "\\n")
        print(f"wrote {len(rows)} proxies")


    if __name__ == "__main__":
        main()
    """, webshare_token(), "https://apidocs.webshare.io/proxy-list/list"))

add(SV("docker-compose", "https-proxy-env", "docker-compose.yml", """
    services:
      crawler:
        build: .
        command: ["scrapy", "crawl", "listings", "-O", "/data/listings.jsonl"]
        environment:
          HTTPS_PROXY: "http://user-acme_q1:@v@@dc.decodo.com:10000"
          HTTP_PROXY: "http://user-acme_q1:@v@@dc.decodo.com:10000"
          NO_PROXY: "localhost,redis"
          REDIS_URL: redis://redis:6379/0
        volumes:
          - ./data:/data
        depends_on:
          - redis
      redis:
        image: redis:7-alpine
    """, url_pw(), "https://docs.docker.com/compose/compose-file/05-services/#environment"))

_k8p = mixed(16)
add(SV("k8s-secret", "base64-proxy-password", "k8s/proxy-credentials.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: proxy-credentials
      namespace: scraping
      labels:
        app.kubernetes.io/part-of: price-crawler
    type: Opaque
    data:
      PROXY_HOST: @h@
      PROXY_USER: @u@
      PROXY_PASS: @v@
    """, b64(_k8p), "https://kubernetes.io/docs/concepts/configuration/secret/", secret=_k8p,
    h=b64("gw.thordata.net:9999"), u=b64("td-customer-pricecrawl")))

add(SV("helm-values", "proxy-password", "charts/crawler/values-prod.yaml", """
    replicaCount: 3

    image:
      repository: registry.gitlab.com/acme-data/crawler
      tag: "2024.05.3"
      pullPolicy: IfNotPresent

    spiders:
      - name: products
        schedule: "15 */4 * * *"
      - name: reviews
        schedule: "0 2 * * *"

    proxy:
      enabled: true
      host: p.webshare.io
      port: 80
      username: crtnpxlg-rotate
      password: "@v@"

    resources:
      limits:
        memory: 1Gi
    """, draw(12, LOWNUM), "https://helm.sh/docs/chart_template_guide/values_files/"))

add(SV("ansible-vars", "plain-proxy-password", "group_vars/scrapers.yml", """
    ---
    scraper_user: crawl
    scraper_home: /opt/crawler
    scraper_python: python3.11
    scraper_repo: git@gitlab.com:acme-data/crawler.git
    scraper_version: main

    squid_parent_host: gw.dataimpulse.com
    squid_parent_port: 823
    squid_parent_user: 9b2e1f07c4a5d8e3
    squid_parent_password: "@v@"

    scraper_cron_minute: "*/20"
    """, mixed(16), "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#organizing-host-and-group-variables"))

add(SV("3proxy-cfg", "user-password", "etc/3proxy/3proxy.cfg", """
    nserver 1.1.1.1
    nserver 8.8.8.8
    nscache 65536
    timeouts 1 5 30 60 180 1800 15 60
    log /var/log/3proxy/3proxy.log D
    rotate 7

    users scraper:CL:@v@
    auth strong
    allow scraper
    proxy -n -a -p3128
    socks -p1080
    """, human_pw(), "https://3proxy.org/doc/man3/3proxy.cfg.3.html"))

add(SV("tinyproxy-conf", "basic-auth", "tinyproxy/tinyproxy.conf", """
    User tinyproxy
    Group tinyproxy
    Port 8888
    Timeout 600
    DefaultErrorFile "/usr/share/tinyproxy/default.html"
    LogFile "/var/log/tinyproxy/tinyproxy.log"
    LogLevel Info
    MaxClients 100
    BasicAuth crawler @v@
    ConnectPort 443
    ConnectPort 563
    """, words_pw(), "https://tinyproxy.github.io/#configuration"))

add(SV("foxyproxy-json", "proxy-password", "browser/foxyproxy-backup.json", """
    {
      "mode": "pattern",
      "sync": false,
      "autoBackup": false,
      "passthrough": "localhost, 127.0.0.1",
      "data": [
        {
          "active": true,
          "title": "Residential DE",
          "type": "http",
          "hostname": "de.smartproxy.com",
          "port": "20000",
          "username": "spx8m2kq",
          "password": "@v@",
          "color": "#66cc66",
          "include": [{ "type": "wildcard", "pattern": "*.example-shop.de", "active": true }],
          "exclude": []
        }
      ]
    }
    """, mixed(18, ALNUM + "=_"), "https://github.com/foxyproxy/browser-extension"))

add(SV("shell", "webshare-download-token", "scripts/pull_proxies.sh", """
    #!/bin/sh
    # refresh the list every morning (cron: 0 6 * * *)
    set -e
    cd /opt/crawler
    curl -sf "https://proxy.webshare.io/api/v2/proxy/list/download/@v@/-/any/username/direct/-/" \\
      -o proxies.txt.new
    test -s proxies.txt.new && mv proxies.txt.new proxies.txt
    wc -l proxies.txt
    """, draw(40, LOWNUM), "https://apidocs.webshare.io/proxy-list/download"))

add(SV("shadowsocks-json", "server-password", "ss/config.json", """
    {
        "server": "@h@",
        "server_port": 8388,
        "local_address": "127.0.0.1",
        "local_port": 1080,
        "password": "@v@",
        "timeout": 300,
        "method": "chacha20-ietf-poly1305",
        "fast_open": false
    }
    """, mixed(22), "https://github.com/shadowsocks/shadowsocks-libev#usage", h=ip()))

_sa = "PW_" + mixed(25)
add(SV("shell", "proxy-basic-auth-base64", "scripts/scrape_api_test.sh", """
    #!/usr/bin/env bash
    # Web Scraping API smoke test (universal target)
    curl --request POST \\
      --url https://scraper-api.decodo.com/v2/scrape \\
      --header 'Accept: application/json' \\
      --header 'Authorization: Basic @v@' \\
      --header 'Content-Type: application/json' \\
      --data '{"target": "universal", "url": "https://ip.decodo.com", "headless": "html"}'
    echo
    """, b64("U0000214518:" + _sa), "https://help.decodo.com/docs/web-scraping-api-quick-start", secret=_sa))


# ==== Captcha solving services ======================================================================

add(SV("captcha-python", "2captcha-key", "solvers/recaptcha.py", """
    import os

    from twocaptcha import TwoCaptcha

    solver = TwoCaptcha("@v@", defaultTimeout=180, pollingInterval=5)


    def solve_recaptcha(sitekey: str, page_url: str) -> str:
        result = solver.recaptcha(sitekey=sitekey, url=page_url, invisible=1)
        return result["code"]


    def balance() -> float:
        return solver.balance()


    if __name__ == "__main__":
        print("balance:", balance())
        print(os.getcwd())
    """, captcha_key(), "https://github.com/2captcha/2captcha-python#configuration"))

add(SV("captcha-python", "anticaptcha-key", "bots/signup/captcha.py", """
    from anticaptchaofficial.hcaptchaproxyless import hCaptchaProxyless

    ANTICAPTCHA_KEY = '@v@'


    def solve_hcaptcha(website_url, website_key):
        solver = hCaptchaProxyless()
        solver.set_verbose(1)
        solver.set_key(ANTICAPTCHA_KEY)
        solver.set_website_url(website_url)
        solver.set_website_key(website_key)
        token = solver.solve_and_return_solution()
        if token == 0:
            raise RuntimeError("anti-captcha: " + solver.error_code)
        return token
    """, captcha_key(), "https://anti-captcha.com/apidoc/task-types/HCaptchaTaskProxyless"))

add(SV("dotenv", "capmonster-key", "autoreg/.env.production", """
    NODE_ENV=production
    ACCOUNTS_FILE=./data/accounts.csv
    CONCURRENCY=3
    CAPMONSTER_CLIENT_KEY=@v@
    SMS_PROVIDER=5sim
    HEADLESS=1
    """, captcha_key(), "https://docs.capmonster.cloud/docs/api/"))

add(SV("captcha-python", "capsolver-client-key", "cf_bypass/turnstile.py", """
    import time

    import requests

    CLIENT_KEY = "@v@"


    def solve_turnstile(site_url, site_key):
        task = requests.post("https://api.capsolver.com/createTask", json={
            "clientKey": CLIENT_KEY,
            "task": {"type": "AntiTurnstileTaskProxyLess", "websiteURL": site_url, "websiteKey": site_key},
        }, timeout=30).json()
        task_id = task.get("taskId")
        if not task_id:
            raise RuntimeError(task)
        while True:
            time.sleep(2)
            res = requests.post("https://api.capsolver.com/getTaskResult",
                                json={"clientKey": CLIENT_KEY, "taskId": task_id}, timeout=30).json()
            if res.get("status") == "ready":
                return res["solution"]["token"]
            if res.get("status") == "failed" or res.get("errorId"):
                raise RuntimeError(res)
    """, capsolver_key(), "https://docs.capsolver.com/en/guide/captcha/cloudflare_turnstile/"))

add(SV("puppeteer-js", "recaptcha-plugin-token", "src/browser.js", """
    const puppeteer = require('puppeteer-extra');
    const StealthPlugin = require('puppeteer-extra-plugin-stealth');
    const RecaptchaPlugin = require('puppeteer-extra-plugin-recaptcha');

    puppeteer.use(StealthPlugin());
    puppeteer.use(
      RecaptchaPlugin({
        provider: { id: '2captcha', token: '@v@' },
        visualFeedback: true,
      }),
    );

    async function launch() {
      return puppeteer.launch({ headless: 'new', args: ['--lang=en-US,en'] });
    }

    module.exports = { launch };
    """, captcha_key(), "https://github.com/berstend/puppeteer-extra/tree/master/packages/puppeteer-extra-plugin-recaptcha"))

add(SV("yaml-config", "captcha-api-key", "config/settings.yaml", """
    # bot settings: copied from settings.example.yaml
    browser:
      headless: true
      user_data_dir: ./profiles
      slow_mo: 50
    captcha:
      provider: capmonster
      api_key: @v@
      timeout: 120
    accounts:
      file: ./data/accounts.txt
      max_parallel: 2
    """, captcha_key(), "https://capmonster.cloud/en/docs"))

add(SV("captcha-python", "deathbycaptcha-password", "legacy/dbc_solver.py", """
    import deathbycaptcha

    DBC_USER = "bluefinch_ops"
    DBC_PASS = "@v@"


    def solve_image(path, timeout=60):
        client = deathbycaptcha.SocketClient(DBC_USER, DBC_PASS)
        try:
            captcha = client.decode(path, timeout)
            if captcha:
                return captcha["text"]
        except deathbycaptcha.AccessDeniedException:
            print("DBC: access denied, check balance")
        return None
    """, human_pw(), "https://deathbycaptcha.com/api"))


# ==== Telegram: userbots, bots, sessions =============================================================

add(SV("telethon-python", "api-hash", "userbot/main.py", """
    from telethon import TelegramClient, events

    api_id = @id@
    api_hash = '@v@'

    client = TelegramClient('forwarder', api_id, api_hash)

    SOURCE_CHATS = ['@deals_uk', '@hotukdeals_bot_feed']
    TARGET = -1001844172230


    @client.on(events.NewMessage(chats=SOURCE_CHATS))
    async def forward(event):
        if any(word in event.raw_text.lower() for word in ('airpods', 'ps5', 'lego')):
            await event.forward_to(TARGET)


    client.start()
    client.run_until_disconnected()
    """, api_hash(), "https://docs.telethon.dev/en/stable/basic/signing-in.html", id=api_id()))

add(SV("pyrogram-ini", "api-hash", "config.ini", """
    [pyrogram]
    api_id = @id@
    api_hash = @v@

    [plugins]
    root = plugins

    [scraper]
    channels = durov, telegram, tginfo
    limit = 500
    """, api_hash(), "https://docs.pyrogram.org/topics/config-file", id=api_id()))

add(SV("dotenv", "telethon-string-session", "tg-scraper/.env", """
    API_ID=@id@
    API_HASH_FILE=/run/secrets/tg_api_hash
    STRING_SESSION=@v@
    CHANNELS=rian_ru,bbcrussian,meduzalive
    MESSAGES_PER_CHANNEL=2000
    OUTPUT=/data/messages.parquet
    """, telethon_session(), "https://docs.telethon.dev/en/stable/concepts/sessions.html#string-sessions", id=api_id()))

add(SV("userbot-config", "pyrogram-session-string", "userbot/config.py", """
    import os


    class Config:
        API_ID = int(os.environ.get("API_ID", "@id@"))
        API_HASH = os.environ.get("API_HASH")
        SESSION_STRING = os.environ.get(
            "SESSION_STRING",
            "@v@",
        )
        CMD_PREFIX = os.environ.get("CMD_PREFIX", ".")
        LOG_CHAT = int(os.environ.get("LOG_CHAT", "-1001599304711"))
        SUDO_USERS = [int(x) for x in os.environ.get("SUDO_USERS", "").split()]
    """, pyrogram_session(), "https://docs.pyrogram.org/api/client", id=api_id()))

add(SV("python", "telegram-bot-token", "monitoring/notify.py", """
    \"\"\"Sends a Telegram message when a crawl finishes or fails (called from the Scrapy extension).\"\"\"
    import requests

    BOT_TOKEN = "@v@"
    CHAT_ID = "-1002031337731"


    def notify(text: str, silent: bool = False) -> None:
        requests.post(
            f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
            data={"chat_id": CHAT_ID, "text": text, "parse_mode": "HTML", "disable_notification": silent},
            timeout=10,
        )
    """, telegram_bot(), "https://core.telegram.org/bots/api#sendmessage"))

add(SV("docker-compose", "telegram-api-hash", "deploy/userbot/docker-compose.yml", """
    version: "3.8"
    services:
      userbot:
        image: ghcr.io/acme-oss/tg-userbot:latest
        restart: unless-stopped
        environment:
          - API_ID=@id@
          - API_HASH=@v@
          - SESSION_FILE=/sessions/main.session
          - TZ=Europe/Kyiv
        volumes:
          - ./sessions:/sessions
          - ./downloads:/app/downloads
    """, api_hash(), "https://docs.docker.com/compose/compose-file/05-services/#environment", id=api_id()))

add(SV("systemd-unit", "telegram-string-session", "deploy/tg-archiver.service", """
    [Unit]
    Description=Telegram channel archiver (telethon)
    After=network-online.target
    Wants=network-online.target

    [Service]
    Type=simple
    User=archiver
    WorkingDirectory=/opt/tg-archiver
    Environment=API_ID=@id@
    Environment=API_HASH_FILE=/etc/tg-archiver/api_hash
    Environment="TG_SESSION=@v@"
    ExecStart=/opt/tg-archiver/venv/bin/python -m archiver --channels-file channels.txt
    Restart=on-failure
    RestartSec=30

    [Install]
    WantedBy=multi-user.target
    """, telethon_session(), "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", id=api_id()))

add(SV("telethon-python", "mtproto-proxy-secret", "collector/connect.py", """
    from telethon import TelegramClient, connection

    from collector.settings import API_ID, API_HASH

    # own MTProxy on the Hetzner box (fake-TLS disabled, dd- prefix = random padding)
    MTPROXY = ("mtp.northwind-relay.net", 443, "@v@")


    def make_client(name: str = "collector") -> TelegramClient:
        return TelegramClient(
            f"sessions/{name}",
            API_ID,
            API_HASH,
            connection=connection.ConnectionTcpMTProxyRandomizedIntermediate,
            proxy=MTPROXY,
            request_retries=10,
        )
    """, "dd" + hexs(32), "https://docs.telethon.dev/en/stable/basic/signing-in.html#signing-in-behind-a-proxy"))

add(SV("tdlib-json", "api-hash", "tdlib/parameters.json", """
    {
      "@type": "setTdlibParameters",
      "use_test_dc": false,
      "database_directory": "/var/lib/tg-monitor/db",
      "files_directory": "/var/lib/tg-monitor/files",
      "use_file_database": false,
      "use_chat_info_database": true,
      "use_message_database": true,
      "api_id": @id@,
      "api_hash": "@v@",
      "system_language_code": "en",
      "device_model": "Server",
      "application_version": "1.0"
    }
    """, api_hash(), "https://core.telegram.org/tdlib/docs/classtd_1_1td__api_1_1set_tdlib_parameters.html", id=api_id()))

add(SV("crontab", "telegram-bot-url", "deploy/crontab", """
    SHELL=/bin/bash
    PATH=/opt/crawler/venv/bin:/usr/local/bin:/usr/bin:/bin
    MAILTO=""

    # m h dom mon dow  command
    10 */3 * * *  cd /opt/crawler && scrapy crawl offers -O /data/offers.jsonl >> /var/log/crawler/offers.log 2>&1
    45 4 * * *    cd /opt/crawler && scrapy crawl catalog >> /var/log/crawler/catalog.log 2>&1 || curl -s "https://api.telegram.org/bot@v@/sendMessage?chat_id=-1001876310042&text=catalog%20crawl%20failed" > /dev/null
    0 5 * * 0     find /data -name '*.jsonl' -mtime +30 -delete
    """, telegram_bot(), "https://man7.org/linux/man-pages/man5/crontab.5.html"))

_nb_sess = telethon_session()
add(S("jupyter-notebook", "printed-string-session", "notebooks/01_login_and_export.ipynb", json.dumps({
    "cells": [
        {"cell_type": "code", "execution_count": 1, "id": "a1f3", "metadata": {}, "outputs": [],
         "source": ["from telethon.sync import TelegramClient\n", "from telethon.sessions import StringSession\n",
                    "import os\n", "api_id = int(os.environ['TG_API_ID'])\n", "api_hash = os.environ['TG_API_HASH']"]},
        {"cell_type": "code", "execution_count": 2, "id": "b7c2", "metadata": {},
         "outputs": [{"name": "stdout", "output_type": "stream",
                      "text": ["Please enter your phone (or bot token): Please enter the code you received: Signed in successfully as Research Bot\n",
                               _nb_sess + "\n"]}],
         "source": ["with TelegramClient(StringSession(), api_id, api_hash) as client:\n",
                    "    print(client.session.save())"]},
        {"cell_type": "markdown", "id": "c9d0", "metadata": {}, "source": ["Paste the string above into `.env` as `TG_SESSION`."]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                 "language_info": {"name": "python", "version": "3.11.6"}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n", _nb_sess,
    "https://docs.telethon.dev/en/stable/concepts/sessions.html#string-sessions"))


# ==== Reddit, Twitter/X, Instagram and other social platforms =========================================

add(SV("praw-ini", "client-secret", "praw.ini", """
    [DEFAULT]
    check_for_updates=False
    comment_kind=t1
    message_kind=t4
    redditor_kind=t2
    submission_kind=t3
    subreddit_kind=t5
    trophy_kind=t6
    oauth_url=https://oauth.reddit.com
    reddit_url=https://www.reddit.com
    short_url=https://redd.it

    [research]
    client_id=@cid@
    client_secret=@v@
    user_agent=linux:com.uni-lab.subcrawl:v0.4 (by u/uni_lab_crawler)
    """, reddit_secret(), "https://praw.readthedocs.io/en/stable/getting_started/configuration/prawini.html", cid=mixed(14, B64URL)))

add(SV("praw-python", "account-password", "bot/reddit_bot.py", """
    import os

    import praw

    reddit = praw.Reddit(
        client_id=os.environ["REDDIT_CLIENT_ID"],
        client_secret=os.environ["REDDIT_CLIENT_SECRET"],
        username="DealAlertBot",
        password="@v@",
        user_agent="python:dealalert:v1.2 (by /u/DealAlertBot)",
    )

    for submission in reddit.subreddit("buildapcsales").stream.submissions(skip_existing=True):
        if "[GPU]" in submission.title and "4070" in submission.title:
            submission.reply("Price history: https://deal-alerts.example.org/gpu/4070")
    """, human_pw(), "https://praw.readthedocs.io/en/stable/getting_started/authentication.html#password-flow"))

add(SV("json-config", "reddit-refresh-token", "bots/modmail/config.json", """
    {
      "subreddits": ["r/homelab", "r/selfhosted"],
      "poll_interval_seconds": 60,
      "reddit": {
        "client_id": "@cid@",
        "client_secret_env": "REDDIT_SECRET",
        "refresh_token": "@v@",
        "user_agent": "modmail-digest/0.3 by u/homelab_mods"
      },
      "digest": {"hour_utc": 7, "channel": "#mods"}
    }
    """, f"{_rng().randint(10**8, 10**9)}-" + mixed(30, B64URL), "https://praw.readthedocs.io/en/stable/getting_started/authentication.html#using-a-saved-refresh-token", cid=mixed(22, B64URL)))

add(SV("snoowrap-js", "client-secret", "src/reddit.js", """
    const snoowrap = require('snoowrap');

    const r = new snoowrap({
      userAgent: 'node:trend-scanner:1.0.0 (by /u/trend_scanner)',
      clientId: '@cid@',
      clientSecret: '@v@',
      refreshToken: process.env.REDDIT_REFRESH_TOKEN,
    });

    async function topPosts(sub, limit = 50) {
      const posts = await r.getSubreddit(sub).getTop({ time: 'day', limit });
      return posts.map((p) => ({ id: p.id, title: p.title, score: p.score, url: p.url }));
    }

    module.exports = { topPosts };
    """, reddit_secret(), "https://not-an-aardvark.github.io/snoowrap/snoowrap.html", cid=mixed(22, B64URL)))

add(SV("tweepy-python", "bearer-token", "stream/filtered_stream.py", """
    import tweepy

    BEARER_TOKEN = "@v@"


    class Printer(tweepy.StreamingClient):
        def on_tweet(self, tweet):
            print(tweet.id, tweet.text.replace("\\n", " ")[:120])

        def on_errors(self, errors):
            print("errors:", errors)


    stream = Printer(BEARER_TOKEN, wait_on_rate_limit=True)
    stream.add_rules(tweepy.StreamRule("(#heatwave OR #hitzewelle) -is:retweet lang:de"))
    stream.filter(tweet_fields=["created_at", "geo", "lang"])
    """, twitter_bearer(), "https://docs.tweepy.org/en/stable/streamingclient.html"))

add(SV("yaml-config", "twitter-consumer-secret", "poster/config.yml", """
    # auto-poster for the blog RSS feed
    feed_url: https://blog.lumen-analytics.io/rss.xml
    post_interval_minutes: 90
    template: "New on the blog: {title} {link} #dataviz"

    twitter:
      consumer_key: @ck@
      consumer_secret: @v@
      access_token: ${TW_ACCESS_TOKEN}
      access_token_secret: ${TW_ACCESS_SECRET}

    state_file: ./state/posted.json
    """, twitter_secret(50), "https://developer.x.com/en/docs/authentication/oauth-1-0a/api-key-and-secret", ck=mixed(25)))

add(SV("dotenv", "twitter-bearer", "x-monitor/.env.local", """
    X_USERNAME=lumen_status
    X_LIST_ID=1775310928846774542
    X_BEARER_TOKEN=@v@
    POLL_SECONDS=120
    SLACK_CHANNEL=#social-monitor
    """, twitter_bearer(), "https://developer.x.com/en/docs/authentication/oauth-2-0/bearer-tokens"))

add(SV("twitter-api-v2-js", "access-secret", "scripts/post-thread.ts", """
    import { TwitterApi } from 'twitter-api-v2';

    const client = new TwitterApi({
      appKey: process.env.X_APP_KEY!,
      appSecret: process.env.X_APP_SECRET!,
      accessToken: '@tok@',
      accessSecret: '@v@',
    });

    export async function postThread(lines: string[]) {
      const rw = client.readWrite;
      const result = await rw.v2.tweetThread(lines);
      return result.map((t) => t.data.id);
    }
    """, twitter_secret(45), "https://github.com/PLhery/node-twitter-api-v2/blob/master/doc/auth.md",
    tok=f"{_rng().randint(10**17, 10**18)}-" + mixed(30)))

_ig = ig_sessionid()
add(SV("instagrapi-settings", "sessionid", "sessions/acme.coffee.json", """
    {
      "uuids": {
        "phone_id": "@u1@",
        "uuid": "@u2@",
        "client_session_id": "@u3@",
        "advertising_id": "@u4@",
        "android_device_id": "android-@dev@"
      },
      "cookies": {},
      "last_login": 1716801341.5,
      "device_settings": {
        "app_version": "269.0.0.18.75",
        "android_version": 26,
        "android_release": "8.0.0",
        "dpi": "480dpi",
        "resolution": "1080x1920",
        "manufacturer": "OnePlus",
        "device": "devitron",
        "model": "6T Dev",
        "cpu": "qcom"
      },
      "user_agent": "Instagram 269.0.0.18.75 Android (26/8.0.0; 480dpi; 1080x1920; OnePlus; 6T Dev; devitron; qcom; en_US; 314665256)",
      "authorization_data": {
        "ds_user_id": "@uid@",
        "sessionid": "@v@",
        "should_use_header_over_cookies": true
      },
      "country": "US",
      "locale": "en_US"
    }
    """, _ig, "https://subzeroid.github.io/instagrapi/usage-guide/best-practices.html",
    u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), dev=hexs(16), uid=_ig.split("%3A")[0]))

add(SV("yaml-config", "instagram-password", "igbot/accounts.yml", """
    # engagement bot, one account per brand
    defaults:
      likes_per_hour: 25
      follow_per_day: 40
      sleep_between_actions: [20, 65]
      proxy: null

    accounts:
      - username: acme.coffee.roasters
        password: "@v@"
        hashtags: [specialtycoffee, pourover, coffeeroaster]
        two_factor_seed_env: IG_ACME_TOTP
    """, human_pw(), "https://subzeroid.github.io/instagrapi/usage-guide/interactions.html"))

add(SV("instaloader-python", "login-password", "scripts/download_profiles.py", """
    import instaloader

    L = instaloader.Instaloader(download_videos=False, save_metadata=True, compress_json=False)
    L.login("research.acct.2024", "@v@")
    L.save_session_to_file()

    for handle in ["natgeo", "nasa", "bbcearth"]:
        profile = instaloader.Profile.from_username(L.context, handle)
        for i, post in enumerate(profile.get_posts()):
            if i >= 50:
                break
            L.download_post(post, target=f"data/{handle}")
    """, human_pw(), "https://instaloader.github.io/as-module.html"))

add(SV("dotenv", "facebook-page-token", "social-scheduler/.env", """
    APP_ENV=production
    TZ=America/Chicago
    FB_PAGE_ID=108233471965214
    FB_PAGE_ACCESS_TOKEN=@v@
    IG_BUSINESS_ACCOUNT_ID=17841402273911035
    POST_QUEUE_DIR=/srv/scheduler/queue
    """, fb_token(), "https://developers.facebook.com/docs/pages-api/getting-started"))

add(SV("python", "instagram-graph-token", "feeds/instagram_feed.py", """
    \"\"\"Fetches the latest media for the website's footer widget.\"\"\"
    import json
    import urllib.request

    ACCESS_TOKEN = (
        "@v@"
    )
    FIELDS = "id,caption,media_type,media_url,permalink,thumbnail_url,timestamp"


    def latest(limit=9):
        url = f"https://graph.instagram.com/me/media?fields={FIELDS}&limit={limit}&access_token={ACCESS_TOKEN}"
        with urllib.request.urlopen(url, timeout=10) as resp:
            return json.load(resp)["data"]
    """, ig_graph_token(), "https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-login/get-started"))

add(SV("python", "discord-webhook", "price_alerts/pipelines.py", """
    import requests
    from itemadapter import ItemAdapter

    WEBHOOK = "@v@"


    class PriceDropPipeline:
        def __init__(self):
            self.seen = {}

        def process_item(self, item, spider):
            a = ItemAdapter(item)
            old = self.seen.get(a["sku"])
            if old and a["price"] < old * 0.85:
                requests.post(WEBHOOK, json={
                    "username": "price-bot",
                    "content": f"**{a['title']}** dropped {old:.2f} -> {a['price']:.2f}\\n{a['url']}",
                }, timeout=10)
            self.seen[a["sku"]] = a["price"]
            return item
    """, discord_webhook(), "https://discord.com/developers/docs/resources/webhook#execute-webhook"))

add(SV("shell", "slack-webhook", "bin/crawl_and_report.sh", """
    #!/usr/bin/env bash
    set -uo pipefail
    cd "$(dirname "$0")/.."

    LOG=logs/crawl-$(date +%F).log
    source venv/bin/activate
    scrapy crawl competitors -O out/competitors.csv > "$LOG" 2>&1
    status=$?

    ITEMS=$(grep -o "'item_scraped_count': [0-9]*" "$LOG" | grep -o '[0-9]*$' || echo 0)
    curl -s -X POST -H 'Content-type: application/json' \\
      --data "{\\"text\\":\\"competitors crawl exit=$status items=$ITEMS\\"}" \\
      @v@
    """, slack_webhook(), "https://api.slack.com/messaging/webhooks"))

add(SV("dotenv", "discord-bot-token", "discord-scraper-bot/.env", """
    # discord.py bot that posts new listings into #feed
    DISCORD_TOKEN=@v@
    GUILD_ID=1093825512270622761
    FEED_CHANNEL_ID=1093829951127715930
    SCRAPE_INTERVAL=300
    """, discord_bot_token(), "https://discordpy.readthedocs.io/en/stable/discord.html"))

add(SV("mastodon-python", "access-token", "bots/toot_digest.py", """
    from mastodon import Mastodon

    mastodon = Mastodon(
        access_token="@v@",
        api_base_url="https://mastodon.social",
    )


    def post_digest(lines):
        body = "Today's top 5 scraped headlines:\\n\\n" + "\\n".join(f"- {l}" for l in lines[:5])
        mastodon.status_post(body, visibility="unlisted", language="en")
    """, mastodon_token(), "https://mastodonpy.readthedocs.io/en/stable/"))

add(SV("atproto-python", "bluesky-app-password", "bots/bsky_poster.py", """
    from atproto import Client, client_utils

    HANDLE = "weatherbot-bcn.bsky.social"
    APP_PASSWORD = "@v@"


    def post(text: str, link: str) -> None:
        client = Client()
        client.login(HANDLE, APP_PASSWORD)
        tb = client_utils.TextBuilder().text(text + " ").link("forecast", link)
        client.send_post(tb)
    """, bsky_app_password(), "https://atproto.blue/en/latest/"))

add(SV("python", "youtube-api-key", "yt/comments.py", """
    from googleapiclient.discovery import build

    API_KEY = "@v@"
    youtube = build("youtube", "v3", developerKey=API_KEY)


    def comments(video_id, pages=5):
        out, token = [], None
        for _ in range(pages):
            resp = youtube.commentThreads().list(
                part="snippet", videoId=video_id, maxResults=100, pageToken=token, textFormat="plainText"
            ).execute()
            out += [i["snippet"]["topLevelComment"]["snippet"]["textDisplay"] for i in resp["items"]]
            token = resp.get("nextPageToken")
            if not token:
                break
        return out
    """, google_api_key(), "https://developers.google.com/youtube/v3/docs/commentThreads/list"))

add(SV("json-config", "tiktok-sessionid", "tiktok_uploader/config.json", """
    {
      "upload_dir": "./videos/ready",
      "schedule": ["09:30", "18:00"],
      "default_tags": ["#recipe", "#easydinner"],
      "cookies": {
        "sessionid": "@v@",
        "tt-target-idc": "useast5"
      },
      "headless": false
    }
    """, hexs(32), "https://github.com/wkaisertexas/tiktok-uploader#authentication"))

add(SV("python", "openai-key", "enrich/summarize.py", """
    \"\"\"Adds a 2-sentence summary to each scraped article before indexing.\"\"\"
    from openai import OpenAI

    client = OpenAI(api_key="@v@")


    def summarize(title: str, body: str) -> str:
        resp = client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[
                {"role": "system", "content": "Summarize news articles in two neutral sentences."},
                {"role": "user", "content": f"{title}\\n\\n{body[:6000]}"},
            ],
            temperature=0.2,
        )
        return resp.choices[0].message.content.strip()
    """, fakes.openai_key(_seed()), "https://platform.openai.com/docs/api-reference/authentication"))

add(SV("python", "apify-token", "actors/run_google_maps.py", """
    from apify_client import ApifyClient

    client = ApifyClient("@v@")

    run_input = {
        "searchStringsArray": ["bike repair"],
        "locationQuery": "Utrecht, Netherlands",
        "maxCrawledPlacesPerSearch": 200,
        "language": "en",
    }

    run = client.actor("compass/crawler-google-places").call(run_input=run_input)
    for item in client.dataset(run["defaultDatasetId"]).iterate_items():
        print(item["title"], item.get("phone"), item.get("website"))
    """, apify_token(), "https://docs.apify.com/api/client/python/"))

add(SV("python", "airtable-pat", "sync/to_airtable.py", """
    import csv

    from pyairtable import Api

    api = Api("@v@")
    table = api.table("appX1b7kQ2mZ9cR4t", "Leads")


    def push(csv_path):
        with open(csv_path, newline="") as fh:
            rows = [
                {"Name": r["name"], "Website": r["website"], "City": r["city"], "Source": "gmaps-scrape"}
                for r in csv.DictReader(fh)
            ]
        table.batch_upsert([{"fields": r} for r in rows], key_fields=["Website"])
        return len(rows)
    """, airtable_pat(), "https://pyairtable.readthedocs.io/en/stable/getting-started.html"))

_gsk = pkcs8_key()
add(S("gcp-service-account", "private-key", "credentials/sheets-writer.json", json.dumps({
    "type": "service_account",
    "project_id": "scrape-dashboards-41207",
    "private_key_id": hexs(40),
    "private_key": _gsk,
    "client_email": "sheets-writer@scrape-dashboards-41207.iam.gserviceaccount.com",
    "client_id": str(_rng().randint(10**20, 10**21)),
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/sheets-writer%40scrape-dashboards-41207.iam.gserviceaccount.com",
    "universe_domain": "googleapis.com"}, indent=2) + "\n", _gsk.splitlines()[2],
    "https://cloud.google.com/iam/docs/keys-create-delete#creating"))

add(SV("github-actions", "token-in-push-url", ".github/workflows/scrape.yml", """
    name: Scrape latest data

    on:
      push:
      workflow_dispatch:
      schedule:
        - cron: '6,26,46 * * * *'

    jobs:
      scheduled:
        runs-on: ubuntu-latest
        steps:
          - name: Check out this repo
            uses: actions/checkout@v4
          - name: Fetch latest data
            run: |-
              curl -s https://www.example-transit.gov/api/incidents.json | jq . > incidents.json
          - name: Commit and push if it changed
            run: |-
              git config user.name "Automated"
              git config user.email "actions@users.noreply.github.com"
              git add -A
              timestamp=$(date -u)
              git commit -m "Latest data: ${timestamp}" || exit 0
              git push https://x-access-token:@v@@github.com/civic-data-lab/transit-incidents.git HEAD:main
    """, fakes.github_token(_seed()), "https://simonwillison.net/2020/Oct/9/git-scraping/"))


# ==== Scheduling and job queues: cron, systemd, supervisord, Celery, RQ ==============================

add(SV("systemd-unit", "proxy-password-env", "deploy/systemd/crawler@.service", """
    [Unit]
    Description=Scrapy crawler for spider %i
    After=network-online.target redis.service

    [Service]
    Type=oneshot
    User=crawl
    Group=crawl
    WorkingDirectory=/opt/crawler
    Environment=SCRAPY_SETTINGS_MODULE=crawler.settings.prod
    Environment=PROXY_USER=acme-res-rotating
    Environment=PROXY_PASSWORD=@v@
    ExecStart=/opt/crawler/venv/bin/scrapy crawl %i -s JOBDIR=/var/lib/crawler/jobs/%i
    Nice=10
    TimeoutStartSec=4h
    """, mixed(16), "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment="))

add(SV("crontab", "database-url-env", "ops/crontab.txt", """
    # crontab for user 'scraper' on scrape-02 (installed with: crontab ops/crontab.txt)
    MAILTO=alerts@lumen-analytics.io
    SCRAPER_DB_URL=postgresql://scraper:@v@@10.20.0.15:5432/scraped
    PYTHONUNBUFFERED=1

    */15 * * * * /home/scraper/app/venv/bin/python -m jobs.poll_feeds
    5 1 * * *    /home/scraper/app/venv/bin/python -m jobs.full_recrawl --max-age 7d
    30 3 * * 1   /home/scraper/app/venv/bin/python -m jobs.vacuum
    """, url_pw(), "https://man7.org/linux/man-pages/man5/crontab.5.html"))

add(SV("supervisord-conf", "broker-url-env", "supervisor/conf.d/celery-scrape.conf", """
    [program:celery-scrape]
    command=/srv/scrape/venv/bin/celery -A scrape.tasks worker -Q fetch,parse --concurrency=8 --loglevel=INFO
    directory=/srv/scrape
    user=scrape
    numprocs=1
    autostart=true
    autorestart=true
    startsecs=10
    stopwaitsecs=600
    stdout_logfile=/var/log/celery/scrape.log
    redirect_stderr=true
    environment=CELERY_BROKER_URL="amqp://scrape:@v@@rabbit-01.internal:5672/scrape",PYTHONPATH="/srv/scrape"
    """, url_pw(), "http://supervisord.org/configuration.html#program-x-section-settings"))

add(SV("celery-config", "amqp-password", "scrape/celeryconfig.py", """
    from kombu import Queue

    broker_url = "amqp://crawler:@v@@rabbitmq.scrape.svc.cluster.local:5672/crawl"
    result_backend = "rpc://"

    task_serializer = "json"
    result_serializer = "json"
    accept_content = ["json"]
    timezone = "UTC"

    task_queues = (
        Queue("fetch", routing_key="fetch"),
        Queue("parse", routing_key="parse"),
        Queue("export", routing_key="export"),
    )
    task_acks_late = True
    worker_prefetch_multiplier = 1
    task_time_limit = 900
    """, mixed(20), "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url"))

add(SV("celery-python", "redis-broker-password", "app/tasks.py", """
    import requests
    from celery import Celery
    from parsel import Selector

    app = Celery(
        "scraper",
        broker="redis://:@v@@redis-queue.internal:6379/0",
        backend="redis://:@v@@redis-queue.internal:6379/1",
    )
    app.conf.task_default_rate_limit = "30/m"


    @app.task(bind=True, max_retries=5, default_retry_delay=60)
    def fetch_product(self, url):
        try:
            r = requests.get(url, timeout=20, headers={"User-Agent": "Mozilla/5.0"})
            r.raise_for_status()
        except requests.RequestException as exc:
            raise self.retry(exc=exc)
        sel = Selector(text=r.text)
        return {"url": url, "title": sel.css("h1::text").get(), "price": sel.css(".price::text").get()}
    """, fakes.redis_password(_seed()), "https://docs.celeryq.dev/en/stable/getting-started/backends-and-brokers/redis.html"))

add(SV("systemd-unit", "rq-worker-redis-url", "deploy/rq-worker.service", """
    [Unit]
    Description=RQ worker (scrape queue)
    After=network.target

    [Service]
    Type=simple
    User=www-data
    WorkingDirectory=/srv/pricebot
    ExecStart=/srv/pricebot/.venv/bin/rq worker scrape default --url redis://:@v@@127.0.0.1:6379/3 --with-scheduler
    Restart=always
    RestartSec=5

    [Install]
    WantedBy=multi-user.target
    """, fakes.redis_password(_seed()), "https://python-rq.org/docs/workers/"))

add(SV("docker-compose", "flower-basic-auth", "ops/docker-compose.monitoring.yml", """
    services:
      flower:
        image: mher/flower:2.0
        command: >
          celery --broker=redis://redis:6379/0 flower
          --port=5555
          --basic_auth=ops:@v@
          --url_prefix=flower
        ports:
          - "5555:5555"
        restart: unless-stopped
      redis:
        image: redis:7
        volumes:
          - redis-data:/data
    volumes:
      redis-data:
    """, human_pw(), "https://flower.readthedocs.io/en/latest/auth.html#http-basic-authentication"))

add(SV("docker-compose", "rabbitmq-default-pass", "compose.queue.yaml", """
    name: crawl-queue
    services:
      rabbitmq:
        image: rabbitmq:3.13-management
        hostname: rabbit
        environment:
          RABBITMQ_DEFAULT_USER: crawl
          RABBITMQ_DEFAULT_PASS: @v@
          RABBITMQ_DEFAULT_VHOST: crawl
        ports:
          - "5672:5672"
          - "15672:15672"
        volumes:
          - rabbit-data:/var/lib/rabbitmq
    volumes:
      rabbit-data: {}
    """, words_pw(), "https://hub.docker.com/_/rabbitmq"))

add(SV("k8s-cronjob", "literal-env-password", "k8s/cronjob-reviews.yaml", """
    apiVersion: batch/v1
    kind: CronJob
    metadata:
      name: reviews-crawl
      namespace: scraping
    spec:
      schedule: "30 2 * * *"
      concurrencyPolicy: Forbid
      jobTemplate:
        spec:
          backoffLimit: 1
          template:
            spec:
              restartPolicy: Never
              containers:
                - name: crawler
                  image: ghcr.io/acme-data/reviews-crawler:1.8.2
                  args: ["scrapy", "crawl", "reviews"]
                  env:
                    - name: MONGO_URI
                      value: "mongodb://reviews_rw:@v@@mongo-0.mongo.scraping.svc:27017/reviews?authSource=admin"
                    - name: LOG_LEVEL
                      value: INFO
    """, mixed(18), "https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/"))

_ssh = openssh_key()
add(S("ssh-key", "deploy-private-key", "deploy/keys/scrape-fleet_ed25519", _ssh + "\n", _ssh,
      "https://man.openbsd.org/ssh-keygen.1"))

add(SV("ansible-inventory", "ssh-password", "inventory/hosts.ini", """
    [scrapers]
    scrape-01 ansible_host=@h1@
    scrape-02 ansible_host=@h2@
    scrape-03 ansible_host=@h3@

    [scrapers:vars]
    ansible_user=root
    ansible_password=@v@
    ansible_python_interpreter=/usr/bin/python3

    [redis]
    queue-01 ansible_host=10.0.3.12 ansible_user=ubuntu
    """, human_pw(), "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters",
    h1=ip(), h2=ip(), h3=ip()))

add(SV("airflow-env", "connection-uri", "airflow/.env", """
    AIRFLOW_UID=50000
    AIRFLOW__CORE__LOAD_EXAMPLES=False
    AIRFLOW__CORE__EXECUTOR=LocalExecutor
    AIRFLOW_CONN_SCRAPED_PG=postgres://airflow_etl:@v@@pg.internal:5432/scraped
    AIRFLOW_VAR_SPIDERS=products,reviews,stores
    _PIP_ADDITIONAL_REQUIREMENTS=scrapy==2.11.2 apache-airflow-providers-postgres
    """, url_pw(), "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html#storing-connections-in-environment-variables"))

_bat = mixed(14)
add(S("windows-batch", "proxy-password", "run_scraper.bat", T("""
    @echo off
    REM Scheduled task "PriceScraper" runs this at 06:00 every day
    cd /d C:\\Scrapers\\price-monitor
    call venv\\Scripts\\activate.bat

    set PROXY_SERVER=http://gw.netnut.io:5959
    set PROXY_USER=acmecorp-res-any
    set PROXY_PASS=@p@

    python run.py --headless --out C:\\Scrapers\\exports\\prices_%DATE:~-4%%DATE:~4,2%%DATE:~7,2%.xlsx >> logs\\run.log 2>&1
    """, p=_bat).replace("\n", "\r\n"), _bat, "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/set_1"))

add(SV("powershell", "login-password", "Scripts/Export-VendorReport.ps1", """
    # Logs in to the vendor portal with Selenium and saves yesterday's report
    Import-Module Selenium

    $Driver = Start-SeChrome -Headless -DefaultDownloadPath "C:\\Reports\\Vendor"
    Enter-SeUrl "https://vendor.coastal-supply.com/login" -Driver $Driver

    $User = Find-SeElement -Driver $Driver -Id "UserName"
    Send-SeKeys -Element $User -Keys "rpa.reports"
    $Pass = Find-SeElement -Driver $Driver -Id "Password"
    Send-SeKeys -Element $Pass -Keys '@v@'
    Find-SeElement -Driver $Driver -Css "input[type=submit]" | Invoke-SeClick

    Start-Sleep -Seconds 5
    Enter-SeUrl "https://vendor.coastal-supply.com/reports/daily?format=xlsx" -Driver $Driver
    Stop-SeDriver $Driver
    """, words_pw(), "https://github.com/adamdriscoll/selenium-powershell"))

add(SV("python", "tor-control-password", "tor_rotate.py", """
    \"\"\"Ask Tor for a new circuit between batches (used by the onion-forum crawler).\"\"\"
    import time

    from stem import Signal
    from stem.control import Controller

    CONTROL_PORT = 9051


    def new_identity():
        with Controller.from_port(port=CONTROL_PORT) as controller:
            controller.authenticate(password="@v@")
            controller.signal(Signal.NEWNYM)
        time.sleep(controller.get_newnym_wait() if hasattr(controller, "get_newnym_wait") else 10)
    """, passphrase(), "https://stem.torproject.org/tutorials/the_little_relay_that_could.html"))

add(SV("django-settings", "secret-key", "dashboard/dashboard/settings/production.py", """
    \"\"\"Production settings for the scraping dashboard (job list, item browser, exports).\"\"\"
    from .base import *  # noqa

    DEBUG = False
    ALLOWED_HOSTS = ["crawl-dash.lumen-analytics.io"]
    SECRET_KEY = "@v@"

    DATABASES["default"]["HOST"] = "10.20.0.15"
    CSRF_TRUSTED_ORIGINS = ["https://crawl-dash.lumen-analytics.io"]
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    """, fakes.django_secret_key(_seed()), "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key"))

add(SV("huey-python", "redis-url-password", "queue/config.py", """
    from huey import RedisHuey, crontab

    huey = RedisHuey(
        "sitemaps",
        url="rediss://default:@v@@cache-7a1f.upstash.io:6379",
        immediate=False,
    )


    @huey.periodic_task(crontab(minute="0", hour="*/6"))
    def refresh_sitemaps():
        from queue.jobs import crawl_all_sitemaps
        crawl_all_sitemaps()
    """, mixed(32), "https://huey.readthedocs.io/en/latest/api.html#RedisHuey"))

add(SV("shell", "heredoc-env-file", "provision/bootstrap.sh", """
    #!/usr/bin/env bash
    # first boot of a new scraper VM (Hetzner cloud-init runs this)
    set -euxo pipefail

    apt-get update && apt-get install -y python3-venv chromium-driver redis-tools
    useradd -m -s /bin/bash crawl || true

    install -d -o crawl -g crawl /etc/crawler
    cat > /etc/crawler/crawler.env <<'EOF'
    SCRAPY_SETTINGS_MODULE=crawler.settings.prod
    REDIS_URL=redis://10.0.3.12:6379/2
    ZYTE_API_KEY=@v@
    EOF
    chmod 600 /etc/crawler/crawler.env

    sudo -u crawl git clone https://github.com/acme-data/crawler.git /home/crawl/crawler
    """, captcha_key(), "https://www.gnu.org/software/bash/manual/bash.html#Here-Documents"))

add(SV("github-actions", "inline-env-key", ".github/workflows/nightly-crawl.yml", """
    name: nightly crawl

    on:
      schedule:
        - cron: "0 3 * * *"
      workflow_dispatch: {}

    jobs:
      crawl:
        runs-on: ubuntu-latest
        timeout-minutes: 120
        env:
          SCRAPERAPI_KEY: @v@
          OUTPUT: data/nightly.jsonl
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-python@v5
            with:
              python-version: "3.12"
          - run: pip install -r requirements.txt
          - run: scrapy crawl catalog -O "$OUTPUT"
          - uses: actions/upload-artifact@v4
            with:
              name: nightly
              path: data/
    """, captcha_key(), "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#env"))

_ck = openssh_key()
add(SV("python", "yaml-block-private-key", "deploy/cloud_init.py", """
    \"\"\"Renders the cloud-init user-data for new scraper VMs.\"\"\"

    USER_DATA = \"\"\"#cloud-config
    users:
      - name: crawl
        shell: /bin/bash
    write_files:
      - path: /home/crawl/.ssh/id_ed25519
        permissions: '0600'
        owner: crawl:crawl
        content: |
    @v@
    runcmd:
      - [ sudo, -u, crawl, git, clone, git@github.com:acme-data/crawler.git, /home/crawl/crawler ]
    \"\"\"


    def render() -> str:
        return USER_DATA
    """, "\n".join("          " + line for line in _ck.splitlines()),
    "https://cloudinit.readthedocs.io/en/latest/reference/modules.html#write-files", secret=_ck))


# ==== Decoys: Scrapy and browser automation ===========================================================

add(D("scrapy-settings", "startproject-template", "bookshop/bookshop/settings.py", T("""
    # Scrapy settings for bookshop project
    #
    # For simplicity, this file contains only settings considered important or
    # commonly used. You can find more settings consulting the documentation:
    #
    #     https://docs.scrapy.org/en/latest/topics/settings.html
    #     https://docs.scrapy.org/en/latest/topics/downloader-middleware.html
    #     https://docs.scrapy.org/en/latest/topics/spider-middleware.html

    BOT_NAME = "bookshop"

    SPIDER_MODULES = ["bookshop.spiders"]
    NEWSPIDER_MODULE = "bookshop.spiders"

    # Crawl responsibly by identifying yourself (and your website) on the user-agent
    #USER_AGENT = "bookshop (+http://www.yourdomain.com)"

    # Obey robots.txt rules
    ROBOTSTXT_OBEY = True

    # Configure maximum concurrent requests performed by Scrapy (default: 16)
    #CONCURRENT_REQUESTS = 32

    # Disable cookies (enabled by default)
    #COOKIES_ENABLED = False

    # Override the default request headers:
    #DEFAULT_REQUEST_HEADERS = {
    #    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    #    "Accept-Language": "en",
    #}

    # Enable and configure HTTP caching (disabled by default)
    #HTTPCACHE_ENABLED = True
    #HTTPCACHE_EXPIRATION_SECS = 0
    #HTTPCACHE_DIR = "httpcache"

    # Set settings whose default value is deprecated to a future-proof value
    REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
    TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
    FEED_EXPORT_ENCODING = "utf-8"
    """), "https://github.com/scrapy/scrapy/blob/master/scrapy/templates/project/module/settings.py.tmpl"))

add(D("scrapy-settings", "env-reference", "realty/realty/settings/prod.py", T("""
    import os

    from .base import *  # noqa: F401,F403

    ZYTE_API_KEY = os.environ["ZYTE_API_KEY"]
    ZYTE_API_TRANSPARENT_MODE = True

    MONGO_URI = os.environ.get("MONGO_URI")
    MONGO_DATABASE = os.getenv("MONGO_DATABASE", "realty")

    SPIDERMON_ENABLED = True
    SPIDERMON_SLACK_SENDER_TOKEN = os.getenv("SPIDERMON_SLACK_SENDER_TOKEN")
    SPIDERMON_SLACK_RECIPIENTS = ["#crawl-alerts"]

    LOG_LEVEL = "INFO"
    """), "https://docs.scrapy.org/en/latest/topics/settings.html#populating-the-settings"))

add(D("scrapy-middleware", "env-interpolated-proxy", "crawler/middlewares/proxy.py", T("""
    import os
    from urllib.parse import quote


    class EnvProxyMiddleware:
        \"\"\"Builds the proxy URL from PROXY_USER / PROXY_PASS / PROXY_HOST at start-up.\"\"\"

        def __init__(self):
            user = quote(os.environ["PROXY_USER"], safe="")
            password = quote(os.environ["PROXY_PASS"], safe="")
            host = os.environ.get("PROXY_HOST", "gate.smartproxy.com:7000")
            self.proxy = f"http://{user}:{password}@{host}"

        def process_request(self, request, spider):
            request.meta.setdefault("proxy", self.proxy)
    """), "https://docs.scrapy.org/en/latest/topics/downloader-middleware.html#module-scrapy.downloadermiddlewares.httpproxy"))

add(D("scrapy-middleware", "user-agents", "crawler/middlewares/useragent.py", T("""
    import random

    USER_AGENTS = [
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
        "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1",
    ]


    class RandomUserAgentMiddleware:
        def process_request(self, request, spider):
            request.headers["User-Agent"] = random.choice(USER_AGENTS)
    """), "https://docs.scrapy.org/en/latest/topics/settings.html#user-agent"))

add(D("text-list", "user-agents", "data/user_agents.txt", T("""
    Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36
    Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0
    Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36
    Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0
    Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.179 Mobile Safari/537.36
    Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1
    """), "https://www.useragentstring.com/"))

add(D("yaml-config", "css-selectors", "config/selectors.yaml", T("""
    # selectors for the supplier portal; update when they redesign (last: 2024-04)
    login:
      username: "input#email, input[name='username']"
      password: "input[type='password'][name='password']"
      submit: "button[type='submit'].btn-login"
      error: ".alert-danger > span"
    listing:
      card: "div.product-grid > article.product"
      title: "h2.product-title a::text"
      price: "span.price-current::attr(data-price)"
      next_page: "a[rel='next']::attr(href)"
    detail:
      sku: "//dt[normalize-space()='SKU']/following-sibling::dd[1]/text()"
      stock: "//span[contains(@class,'stock')]/@data-qty"
    """), "https://docs.scrapy.org/en/latest/topics/selectors.html"))

add(D("scrapy-spider", "settings-reference", "portal/spiders/orders.py", T("""
    import scrapy
    from scrapy.http import FormRequest


    class OrdersSpider(scrapy.Spider):
        name = "orders"
        start_urls = ["https://portal.example-wholesale.com/login"]

        def parse(self, response):
            yield FormRequest.from_response(
                response,
                formcss="form#login",
                formdata={
                    "username": self.settings["PORTAL_USER"],
                    "password": self.settings["PORTAL_PASSWORD"],
                },
                callback=self.after_login,
            )

        def after_login(self, response):
            for row in response.css("table#orders tr[data-id]"):
                yield {"id": row.attrib["data-id"], "status": row.css("td.status::text").get()}
    """), "https://docs.scrapy.org/en/latest/topics/request-response.html#formrequest-objects"))

add(D("proxy-list", "unauthenticated-proxies", "proxies/free_checked.txt",
      "# checked 2024-05-21 14:02 UTC, timeout 5s, anonymity: elite\n" + "".join(f"{ip()}:{p}\n" for p in (8080, 3128, 80, 8888, 1080, 3129, 8118, 999))
      + "# source: free lists, rotate often\n", "https://github.com/TheSpeedX/PROXY-List"))

add(D("markdown", "docs-example-proxy", "docs/proxies.md", T("""
    # Proxies

    Set a proxy per request through `meta`:

    ```python
    yield scrapy.Request(url, meta={"proxy": "http://username:password@some_proxy_server:port"})
    ```

    or for every request with the environment variables Scrapy reads through
    `HttpProxyMiddleware`:

    ```bash
    export https_proxy="http://user:pass@proxy.example.com:8080"
    scrapy crawl products
    ```

    Our real credentials live in 1Password under *Scraping / Residential pool*; the deploy
    pipeline writes them to `/etc/crawler/crawler.env`.
    """), "https://docs.scrapy.org/en/latest/topics/downloader-middleware.html#module-scrapy.downloadermiddlewares.httpproxy"))

add(D("dotenv", "placeholder", ".env.example", T("""
    # copy to .env and fill in
    PROXY_HOST=gate.smartproxy.com
    PROXY_PORT=7000
    PROXY_USERNAME=your-username
    PROXY_PASSWORD=changeme
    TWOCAPTCHA_API_KEY=your-2captcha-api-key
    TELEGRAM_BOT_TOKEN=
    TELEGRAM_CHAT_ID=
    HEADLESS=true
    """), "https://github.com/motdotla/dotenv#should-i-commit-my-env-file"))

add(D("playwright-ts", "env-reference", "tests/login.setup.ts", T("""
    import { test as setup } from '@playwright/test';

    const authFile = 'playwright/.auth/admin.json';

    setup('authenticate as admin', async ({ page }) => {
      await page.goto('/login');
      await page.locator('#email').fill(process.env.ADMIN_EMAIL ?? '');
      await page.locator('#password').fill(process.env.ADMIN_PASSWORD ?? '');
      await page.locator('button[type=submit]').click();
      await page.waitForURL('**/dashboard');
      await page.context().storageState({ path: authFile });
    });
    """), "https://playwright.dev/docs/auth#basic-shared-account-in-all-tests"))

add(D("selenium-python", "keyring-lookup", "bots/timesheet.py", T("""
    import getpass

    import keyring
    from selenium import webdriver
    from selenium.webdriver.common.by import By

    SERVICE = "timesheet-portal"
    USER = "j.alvarez"


    def password() -> str:
        pw = keyring.get_password(SERVICE, USER)
        if pw is None:
            pw = getpass.getpass(f"Password for {USER}: ")
            keyring.set_password(SERVICE, USER, pw)
        return pw


    driver = webdriver.Firefox()
    driver.get("https://timesheets.example-corp.com/")
    driver.find_element(By.ID, "user").send_keys(USER)
    driver.find_element(By.ID, "pass").send_keys(password())
    driver.find_element(By.ID, "login").click()
    """), "https://pypi.org/project/keyring/"))

add(D("puppeteer-js", "ip-whitelist", "src/launch.js", T("""
    const puppeteer = require('puppeteer');

    // the provider authorises our egress IP (whitelisted in the dashboard), so no credentials here
    const PROXY = 'http://gate.example-proxy.net:10000';

    async function launch() {
      return puppeteer.launch({
        headless: 'new',
        args: [`--proxy-server=${PROXY}`, '--disable-blink-features=AutomationControlled'],
        defaultViewport: { width: 1440, height: 900 },
      });
    }

    module.exports = { launch };
    """), "https://pptr.dev/guides/configuration"))

add(D("markdown", "docs-example-brightdata", "docs/brightdata.md", T("""
    ## Bright Data residential zone

    The username is built from the customer id, the zone and optional flags:

        brd-customer-<customer_id>-zone-<zone_name>[-country-<cc>][-session-<id>]

    Example from their docs:

        curl -i --proxy brd.superproxy.io:33335 \\
             --proxy-user brd-customer-<customer_id>-zone-<zone_name>:<zone_password> \\
             "https://geo.brdtest.com/welcome.txt"

    Ask in #data-eng for access to the zone; never paste the zone password into the repo.
    """), "https://docs.brightdata.com/proxy-networks/residential/send-your-first-request"))

add(D("netscape-cookies", "non-auth-cookies", "data/cookies-consent.txt", T("""
    # Netscape HTTP Cookie File
    # https://curl.se/docs/http-cookies.html
    # This file was generated by libcurl! Edit at your own risk.

    .example-news.com\tTRUE\t/\tFALSE\t1750000000\tcookie_consent\taccepted
    .example-news.com\tTRUE\t/\tFALSE\t1750000000\tregion\tEU
    .example-news.com\tTRUE\t/\tFALSE\t1750000000\t_ga\tGA1.2.1803443581.1716805120
    .example-news.com\tTRUE\t/\tFALSE\t1716891520\t_gid\tGA1.2.642118905.1716805120
    www.example-news.com\tFALSE\t/\tFALSE\t1750000000\tpaywall_seen\t3
    """), "https://curl.se/docs/http-cookies.html"))

add(D("playwright-storage-state", "non-auth-state", "playwright/.auth/anonymous.json", T("""
    {
      "cookies": [
        {
          "name": "OptanonAlertBoxClosed",
          "value": "2024-05-27T10:14:55.219Z",
          "domain": ".example-retail.com",
          "path": "/",
          "expires": 1748340895,
          "httpOnly": false,
          "secure": false,
          "sameSite": "Lax"
        },
        {
          "name": "store_locale",
          "value": "en-GB",
          "domain": "www.example-retail.com",
          "path": "/",
          "expires": -1,
          "httpOnly": false,
          "secure": true,
          "sameSite": "Lax"
        }
      ],
      "origins": [
        {
          "origin": "https://www.example-retail.com",
          "localStorage": [
            { "name": "theme", "value": "light" },
            { "name": "recently_viewed", "value": "[\\"SKU-10442\\",\\"SKU-20871\\"]" }
          ]
        }
      ]
    }
    """), "https://playwright.dev/docs/api/class-browsercontext#browser-context-storage-state"))

add(DV("chrome-extension-manifest", "public-key", "extension/manifest.json", """
    {
      "manifest_version": 3,
      "name": "Listing Clipper",
      "version": "1.4.2",
      "description": "Saves the open listing into the team's research sheet.",
      "key": "@v@",
      "permissions": ["activeTab", "scripting", "storage"],
      "host_permissions": ["https://*.example-listings.com/*"],
      "background": { "service_worker": "background.js" },
      "action": { "default_popup": "popup.html" }
    }
    """, rsa_pub_b64(), "https://developer.chrome.com/docs/extensions/reference/manifest/key"))

add(DV("pem", "certificate", "certs/mitmproxy-ca-cert.pem", "@v@\n", cert_pem(),
       "https://docs.mitmproxy.org/stable/concepts-certificates/"))

add(DV("authorized-keys", "public-key", "deploy/authorized_keys", """
    # scraper fleet: who can log in as 'crawl'
    @a@
    @b@
    @c@
    # CI deploy key (read-only rsync of exports)
    @d@
    """, "", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT",
    a=ssh_pub("maria@laptop"), b=ssh_pub("tomasz@ws-07"), c=ssh_pub("ops@bastion"), d=ssh_pub("gitlab-ci-deploy")))

add(DV("htpasswd", "password-hash", "nginx/scrapyd.htpasswd", """
    deploy:@v@
    ops:@b@
    readonly:@c@
    grafana:@d@
    monitor:@e@
    """, apr1_hash(), "https://httpd.apache.org/docs/2.4/programs/htpasswd.html",
    b=apr1_hash(), c=apr1_hash(), d=bcrypt_hash().replace("$2b$", "$2y$"), e=apr1_hash()))

add(D("nginx-conf", "file-path", "nginx/sites-available/scrapyd.conf", T("""
    server {
        listen 443 ssl http2;
        server_name scrapyd.marketdata-ops.net;

        ssl_certificate     /etc/letsencrypt/live/scrapyd.marketdata-ops.net/fullchain.pem;
        ssl_certificate_key /etc/letsencrypt/live/scrapyd.marketdata-ops.net/privkey.pem;

        location / {
            auth_basic           "scrapyd";
            auth_basic_user_file /etc/nginx/scrapyd.htpasswd;
            proxy_pass           http://127.0.0.1:6800;
            proxy_set_header     Host $host;
            proxy_read_timeout   600s;
        }
    }
    """), "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html"))

add(DV("ansible-vault", "encrypted-vars", "group_vars/scrapers/vault.yml", """
    $ANSIBLE_VAULT;1.1;AES256
    @v@
    """, vault_blob(9), "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html"))

add(DV("sops-yaml", "encrypted-values", "secrets/proxy.enc.yaml", """
    proxy:
        host: @h@
        username: @u@
        password: @v@
    captcha:
        capmonster_key: @k@
    sops:
        kms: []
        gcp_kms: []
        age:
            - recipient: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
              enc: |
                -----BEGIN AGE ENCRYPTED FILE-----
                YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBqcW5rT2xBRU5SaWxPQkJm
                -----END AGE ENCRYPTED FILE-----
        lastmodified: "2024-05-20T09:12:44Z"
        mac: @m@
        unencrypted_suffix: _unencrypted
        version: 3.8.1
    """, sops_enc(16), "https://github.com/getsops/sops#encrypting-using-age",
    h=sops_enc(20), u=sops_enc(12), k=sops_enc(44), m=sops_enc(88)))

add(DV("sealed-secret", "encrypted-values", "k8s/sealed-proxy-credentials.yaml", """
    apiVersion: bitnami.com/v1alpha1
    kind: SealedSecret
    metadata:
      name: proxy-credentials
      namespace: scraping
    spec:
      encryptedData:
        PROXY_USER: @u@
        PROXY_PASS: @v@
      template:
        metadata:
          name: proxy-credentials
          namespace: scraping
        type: Opaque
    """, sealed_value(), "https://github.com/bitnami-labs/sealed-secrets#usage", u=sealed_value()))

add(D("helm-template", "template-expression", "charts/crawler/templates/deployment.yaml", T("""
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: {{ include "crawler.fullname" . }}
    spec:
      replicas: {{ .Values.replicaCount }}
      template:
        spec:
          containers:
            - name: crawler
              image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
              env:
                - name: PROXY_USER
                  value: {{ .Values.proxy.username | quote }}
                - name: PROXY_PASS
                  value: {{ .Values.proxy.password | quote }}
                - name: ZYTE_API_KEY
                  valueFrom:
                    secretKeyRef:
                      name: {{ .Values.zyte.existingSecret }}
                      key: api-key
    """), "https://helm.sh/docs/chart_template_guide/values_files/"))

add(D("helm-values", "secret-reference", "charts/crawler/values.yaml", T("""
    replicaCount: 1

    image:
      repository: registry.gitlab.com/acme-data/crawler
      tag: ""

    proxy:
      enabled: false
      host: ""
      port: 0
      username: ""
      password: ""
      # or reference an existing secret with keys "username" and "password"
      existingSecret: proxy-credentials

    zyte:
      existingSecret: zyte-api
    """), "https://helm.sh/docs/chart_best_practices/values/"))

add(D("docker-compose", "env-interpolation", "compose.yaml", T("""
    services:
      rabbitmq:
        image: rabbitmq:3.13-management
        environment:
          RABBITMQ_DEFAULT_USER: ${RABBITMQ_USER:-crawl}
          RABBITMQ_DEFAULT_PASS: ${RABBITMQ_PASS:?set RABBITMQ_PASS in .env}
      worker:
        build: .
        command: celery -A scrape.tasks worker -l info
        environment:
          CELERY_BROKER_URL: amqp://${RABBITMQ_USER:-crawl}:${RABBITMQ_PASS}@rabbitmq:5672//
          PROXY_URL: ${PROXY_URL}
        depends_on: [rabbitmq]
    """), "https://docs.docker.com/compose/environment-variables/variable-interpolation/"))

add(D("celery-config", "env-reference", "worker/celeryconfig.py", T("""
    import os

    broker_url = os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0")
    result_backend = os.environ.get("CELERY_RESULT_BACKEND", "redis://localhost:6379/1")

    task_routes = {
        "worker.tasks.fetch_*": {"queue": "fetch"},
        "worker.tasks.parse_*": {"queue": "parse"},
    }
    task_annotations = {"worker.tasks.fetch_page": {"rate_limit": "60/m"}}
    broker_transport_options = {"visibility_timeout": 3600}
    worker_max_tasks_per_child = 200
    """), "https://docs.celeryq.dev/en/stable/userguide/configuration.html"))

add(D("systemd-unit", "environment-file", "deploy/systemd/crawler-products.service", T("""
    [Unit]
    Description=products crawler
    After=network-online.target

    [Service]
    Type=oneshot
    User=crawl
    WorkingDirectory=/opt/crawler
    EnvironmentFile=/etc/crawler/crawler.env
    LoadCredential=proxy-pass:/etc/credstore/proxy-pass
    ExecStart=/opt/crawler/venv/bin/scrapy crawl products -s PROXY_PASS_FILE=${CREDENTIALS_DIRECTORY}/proxy-pass
    ProtectSystem=strict
    ReadWritePaths=/var/lib/crawler
    """), "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Credentials"))

add(D("crontab", "file-sourcing", "ops/cron.d/crawler", T("""
    # /etc/cron.d/crawler -- managed by ansible, do not edit by hand
    SHELL=/bin/bash
    PATH=/usr/local/bin:/usr/bin:/bin

    0 */2 * * *  crawl  . /etc/crawler/crawler.env && cd /opt/crawler && venv/bin/scrapy crawl products >> /var/log/crawler/products.log 2>&1
    30 4 * * *   crawl  . /etc/crawler/crawler.env && cd /opt/crawler && venv/bin/python -m tools.export --since yesterday
    15 5 * * 0   root   /usr/sbin/logrotate /etc/logrotate.d/crawler
    """), "https://man7.org/linux/man-pages/man5/crontab.5.html"))

add(D("supervisord-conf", "env-expansion", "supervisor/conf.d/rq.conf", T("""
    [program:rq-worker]
    command=/srv/app/venv/bin/rq worker scrape --url %(ENV_REDIS_URL)s
    process_name=%(program_name)s-%(process_num)s
    numprocs=4
    directory=/srv/app
    user=app
    autostart=true
    autorestart=true
    stopsignal=TERM
    environment=PROXY_PASS="%(ENV_PROXY_PASS)s",PYTHONPATH="/srv/app"
    stdout_logfile=/var/log/rq/%(program_name)s-%(process_num)s.log
    """), "http://supervisord.org/configuration.html#environment-variables"))


# ==== Decoys: Telegram, social bots, captcha ==========================================================

add(D("telethon-python", "env-reference", "tgscrape/client.py", T("""
    import os

    from telethon import TelegramClient
    from telethon.sessions import StringSession

    API_ID = int(os.environ["TG_API_ID"])
    API_HASH = os.environ["TG_API_HASH"]
    SESSION = os.environ.get("TG_SESSION", "")


    def make_client() -> TelegramClient:
        # an empty string starts a fresh login; the CLI prints the new session string once
        return TelegramClient(StringSession(SESSION), API_ID, API_HASH, flood_sleep_threshold=120)
    """), "https://docs.telethon.dev/en/stable/concepts/sessions.html"))

add(D("telethon-python", "docs-example", "docs/quickstart.py", T("""
    # Quick-start from the Telethon docs. Get your own api_id and api_hash from
    # https://my.telegram.org, under API Development; the values below are the docs' examples.
    from telethon import TelegramClient

    api_id = 12345
    api_hash = '0123456789abcdef0123456789abcdef'

    client = TelegramClient('anon', api_id, api_hash)


    async def main():
        me = await client.get_me()
        print(me.stringify())

    with client:
        client.loop.run_until_complete(main())
    """), "https://docs.telethon.dev/en/stable/basic/quick-start.html"))

add(D("pyrogram-ini", "placeholder", "config.ini.sample", T("""
    ; rename to config.ini and fill in your own values from https://my.telegram.org/apps
    [pyrogram]
    api_id = 1234567
    api_hash = your_api_hash_here

    [plugins]
    root = plugins

    [scraper]
    channels = channel_one, channel_two
    limit = 100
    """), "https://docs.pyrogram.org/topics/config-file"))

add(D("userbot-config", "empty-sample", "sample_config.env", T("""
    # Rename this file to config.env and fill the values.
    # Get API_ID and API_HASH from https://my.telegram.org
    API_ID=
    API_HASH=
    # Generate with: python3 string_session.py
    STRING_SESSION=
    # Optional
    BOTLOG_CHATID=
    TZ=Asia/Kolkata
    CMD_HANDLER=.
    """), "https://github.com/UsergeTeam/Userge/blob/master/config.env.sample"))

add(D("markdown", "docs-example-bot-token", "README.md", T("""
    # deal-notifier

    Posts new deals from the scraped feeds into a Telegram channel.

    ## Setup

    1. Talk to [@BotFather](https://t.me/BotFather) and create a bot. It answers with a token like
       `123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11`.
    2. Put the token in `.env` as `TELEGRAM_BOT_TOKEN` (see `.env.example`).
    3. Add the bot to your channel as an admin and set `TELEGRAM_CHAT_ID`.

    ```bash
    docker compose up -d
    docker compose logs -f notifier
    ```

    Discord works too: create a webhook in the channel settings and set
    `DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/<id>/<token>`.
    """), "https://core.telegram.org/bots/api#authorizing-your-bot"))

add(D("gitignore", "ignore-list", ".gitignore", T("""
    # sessions and cookies never go into git
    *.session
    *.session-journal
    sessions/
    cookies*.txt
    playwright/.auth/
    .env
    .env.*
    !.env.example

    # scrapy
    .scrapy/
    out/
    __pycache__/
    """), "https://git-scm.com/docs/gitignore"))

add(D("praw-ini", "placeholder", "praw.ini.example", T("""
    [bot1]
    client_id=YOUR_CLIENT_ID
    client_secret=YOUR_CLIENT_SECRET
    password=YOUR_REDDIT_PASSWORD
    username=YOUR_BOT_USERNAME
    user_agent=script:my-reddit-bot:v0.1 (by u/YOUR_USERNAME)
    """), "https://praw.readthedocs.io/en/stable/getting_started/configuration/prawini.html"))

add(D("praw-python", "site-reference", "bot/run.py", T("""
    import logging

    import praw

    logging.basicConfig(level=logging.INFO)

    # credentials come from the [modbot] section of ~/.config/praw.ini on the server
    reddit = praw.Reddit("modbot", config_interpolation="basic")

    for comment in reddit.subreddit("homelab").stream.comments(skip_existing=True):
        if "!rules" in comment.body.lower():
            comment.reply("Please read the sidebar rules before posting. *I am a bot.*")
            logging.info("replied to %s", comment.id)
    """), "https://praw.readthedocs.io/en/stable/getting_started/configuration.html"))

add(D("tweepy-python", "env-reference", "stream/client.py", T("""
    import os

    import tweepy

    client = tweepy.Client(
        bearer_token=os.environ["X_BEARER_TOKEN"],
        consumer_key=os.getenv("X_API_KEY"),
        consumer_secret=os.getenv("X_API_SECRET"),
        access_token=os.getenv("X_ACCESS_TOKEN"),
        access_token_secret=os.getenv("X_ACCESS_SECRET"),
        wait_on_rate_limit=True,
    )


    def recent(query: str, n: int = 50):
        return client.search_recent_tweets(query=query, max_results=n, tweet_fields=["created_at", "lang"])
    """), "https://docs.tweepy.org/en/stable/client.html"))

add(DV("instagrapi-settings", "logged-out-device", "sessions/device_only.json", """
    {
      "uuids": {
        "phone_id": "@v@",
        "uuid": "@a@",
        "client_session_id": "@b@",
        "advertising_id": "@c@",
        "android_device_id": "android-@d@",
        "request_id": "@e@",
        "tray_session_id": "@f@"
      },
      "mid": null,
      "ig_u_rur": null,
      "ig_www_claim": null,
      "authorization_data": {},
      "cookies": {},
      "last_login": null,
      "device_settings": {
        "app_version": "269.0.0.18.75",
        "android_version": 26,
        "android_release": "8.0.0",
        "dpi": "480dpi",
        "resolution": "1080x1920",
        "manufacturer": "OnePlus",
        "device": "devitron",
        "model": "6T Dev",
        "cpu": "qcom"
      },
      "country": "US",
      "locale": "en_US"
    }
    """, uuid_s(), "https://subzeroid.github.io/instagrapi/usage-guide/device.html",
    a=uuid_s(), b=uuid_s(), c=uuid_s(), d=hexs(16), e=uuid_s(), f=uuid_s()))

add(D("python", "public-app-id", "ig/web_headers.py", T("""
    \"\"\"Headers the Instagram web app sends; the app id is the public one baked into its JS bundle.\"\"\"

    IG_WEB_HEADERS = {
        "User-Agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
        "X-IG-App-ID": "936619743392459",
        "X-ASBD-ID": "129477",
        "X-IG-WWW-Claim": "0",
        "X-Requested-With": "XMLHttpRequest",
        "Accept": "*/*",
        "Accept-Language": "en-US,en;q=0.9",
        "Referer": "https://www.instagram.com/",
    }

    PROFILE_URL = "https://www.instagram.com/api/v1/users/web_profile_info/?username={username}"
    """), "https://developers.facebook.com/docs/instagram-basic-display-api"))

add(D("captcha-python", "public-sitekey", "solvers/demo_recaptcha.py", T("""
    import os

    from twocaptcha import TwoCaptcha

    # Google's public demo page and its (public) site key, used to check the solver works
    DEMO_URL = "https://www.google.com/recaptcha/api2/demo"
    DEMO_SITEKEY = "6Le-wvkSAAAAAPBMRTvw0Q4Muexq9bi0DJwx_mJ-"

    solver = TwoCaptcha(os.environ["APIKEY_2CAPTCHA"])

    if __name__ == "__main__":
        result = solver.recaptcha(sitekey=DEMO_SITEKEY, url=DEMO_URL)
        print("solved, token length", len(result["code"]))
    """), "https://github.com/2captcha/2captcha-python#recaptcha-v2"))

add(DV("yaml-config", "public-sitekey", "targets/signup_forms.yaml", """
    # public site keys scraped from each target's signup page (they ship in the HTML)
    - site: https://forum.example-hobby.org/register
      type: hcaptcha
      sitekey: @v@
    - site: https://www.example-tickets.com/account/create
      type: turnstile
      sitekey: 0x4AAAAAAA@t@
    - site: https://shop.example-sneakers.com/signup
      type: recaptcha_v3
      sitekey: 6Lc@r@
      action: signup
      min_score: 0.7
    """, uuid_s(), "https://docs.hcaptcha.com/configuration", t=draw(14, ALNUM), r=draw(37, B64URL)))

add(D("captcha-python", "docs-example", "README_solver.md", T("""
    ## Solving captchas

    ```python
    from twocaptcha import TwoCaptcha

    solver = TwoCaptcha('YOUR_API_KEY')
    result = solver.normal('path/to/captcha.jpg')
    ```

    For anti-captcha the client works the same way:

    ```python
    solver = imagecaptcha()
    solver.set_key("YOUR_ANTICAPTCHA_KEY")
    ```

    Keys are stored in the team vault and injected as `CAPTCHA_API_KEY`.
    """), "https://github.com/2captcha/2captcha-python#basic-example"))

add(D("javascript", "placeholder", "config/default.js", T("""
    module.exports = {
      captcha: {
        provider: 'anticaptcha',
        // 32 hex chars, see https://anti-captcha.com/clients/settings/apisetup
        apiKey: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
        timeoutMs: 180000,
      },
      proxy: {
        url: 'http://USERNAME:PASSWORD@proxy.example.com:8000',
      },
      concurrency: 2,
    };
    """), "https://github.com/node-config/node-config/wiki/Configuration-Files"))

add(D("mastodon-python", "file-path", "bots/digest_bot.py", T("""
    from mastodon import Mastodon

    # the token file was written once by Mastodon.log_in(..., to_file=...)
    mastodon = Mastodon(access_token="/etc/digest-bot/usercred.secret", api_base_url="https://fosstodon.org")


    def post(text: str) -> None:
        mastodon.status_post(text, visibility="public")


    if __name__ == "__main__":
        post("digest bot online")
    """), "https://mastodonpy.readthedocs.io/en/stable/01_general.html"))

add(D("github-actions", "secret-reference", ".github/workflows/bsky-post.yml", T("""
    name: post daily forecast

    on:
      schedule:
        - cron: "15 6 * * *"

    jobs:
      post:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-python@v5
            with:
              python-version: "3.12"
          - run: pip install atproto requests
          - run: python bots/bsky_poster.py
            env:
              BSKY_HANDLE: ${{ vars.BSKY_HANDLE }}
              BSKY_APP_PASSWORD: ${{ secrets.BSKY_APP_PASSWORD }}
              WEATHER_API_KEY: ${{ secrets.WEATHER_API_KEY }}
    """), "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions"))

add(D("gitlab-ci", "ci-variable", ".gitlab-ci.yml", T("""
    stages: [test, crawl]

    default:
      image: python:3.12-slim

    test:
      stage: test
      script:
        - pip install -r requirements-dev.txt
        - pytest -q

    crawl:products:
      stage: crawl
      rules:
        - if: $CI_PIPELINE_SOURCE == "schedule"
      script:
        - pip install -r requirements.txt
        - scrapy crawl products -s ZYTE_API_KEY="$ZYTE_API_KEY" -O products.jsonl
      artifacts:
        paths: [products.jsonl]
        expire_in: 7 days
    """), "https://docs.gitlab.com/ee/ci/variables/"))


# ==== Decoys: hashes, checksums, ids, references, encrypted and redacted values ======================

add(DV("torrc", "hashed-control-password", "tor/torrc", """
    SocksPort 9050
    SocksPort 9060
    ControlPort 9051
    HashedControlPassword @v@
    CookieAuthentication 0
    MaxCircuitDirtiness 60
    NewCircuitPeriod 30
    ExitNodes {de},{nl},{se}
    StrictNodes 1
    DataDirectory /var/lib/tor
    """, tor_hashed(), "https://2019.www.torproject.org/docs/tor-manual.html.en#HashedControlPassword"))

add(D("squid-conf", "file-path", "squid/squid-auth.conf", T("""
    auth_param basic program /usr/lib/squid/basic_ncsa_auth /etc/squid/passwords
    auth_param basic realm scraping-proxy
    auth_param basic credentialsttl 2 hours
    acl authenticated proxy_auth REQUIRED
    http_access allow authenticated
    http_access deny all

    http_port 3128
    forwarded_for delete
    via off
    request_header_access X-Forwarded-For deny all
    """), "http://www.squid-cache.org/Doc/config/auth_param/"))

add(DV("3proxy-cfg", "password-hash", "etc/3proxy/3proxy-hashed.cfg", """
    nserver 9.9.9.9
    nscache 65536
    log /var/log/3proxy/3proxy.log D
    logformat "L%d-%m-%Y %H:%M:%S %U %C:%c %R:%r %O %I %T"

    # crypted with: 3proxy -- mycrypt <salt> <password>
    users scraper:CR:@v@ monitor:CR:@b@
    auth strong
    allow scraper,monitor
    proxy -n -p3128
    """, md5crypt_hash(), "https://3proxy.org/doc/man3/3proxy.cfg.3.html", b=md5crypt_hash()))

add(DV("yaml-config", "bcrypt-users", "dashboard/users.yaml", """
    # users of the crawl dashboard; hashes made with `python -m dashboard.hashpw`
    users:
      - username: maria
        role: admin
        password_hash: "@v@"
      - username: tomasz
        role: operator
        password_hash: "@b@"
      - username: reports
        role: viewer
        password_hash: "@c@"
    """, bcrypt_hash(), "https://pypi.org/project/bcrypt/", b=bcrypt_hash(), c=bcrypt_hash()))

add(DV("python", "argon2-seed", "dashboard/seed_users.py", """
    \"\"\"Seeds the dashboard's users table in the dev database (hashes only, the passwords are not stored).\"\"\"
    from dashboard.db import session
    from dashboard.models import User

    SEED = [
        ("admin", "@v@"),
        ("ops", "@b@"),
    ]


    def run():
        for name, pw_hash in SEED:
            session.merge(User(username=name, password_hash=pw_hash, active=True))
        session.commit()
    """, argon2_hash(), "https://argon2-cffi.readthedocs.io/en/stable/api.html", b=argon2_hash()))

add(DV("django-fixture", "pbkdf2-hash", "dashboard/fixtures/users.json", """
    [
      {
        "model": "auth.user",
        "pk": 1,
        "fields": {
          "password": "@v@",
          "last_login": null,
          "is_superuser": true,
          "username": "admin",
          "first_name": "",
          "last_name": "",
          "email": "admin@lumen-analytics.io",
          "is_staff": true,
          "is_active": true,
          "date_joined": "2024-01-08T09:30:00Z",
          "groups": [],
          "user_permissions": []
        }
      }
    ]
    """, django_pbkdf2(), "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#how-django-stores-passwords"))

add(DV("requirements", "checksum", "requirements.lock.txt", """
    #
    # This file is autogenerated by pip-compile with Python 3.12
    # by the following command:
    #
    #    pip-compile --generate-hashes requirements.in
    #
    parsel==1.9.1 \\
        --hash=sha256:@v@ \\
        --hash=sha256:@b@
        # via scrapy
    scrapy==2.11.2 \\
        --hash=sha256:@c@ \\
        --hash=sha256:@d@
        # via -r requirements.in
    w3lib==2.1.2 \\
        --hash=sha256:@e@
        # via scrapy
    """, sha256_hex(), "https://pip-tools.readthedocs.io/en/latest/#using-hashes",
    b=sha256_hex(), c=sha256_hex(), d=sha256_hex(), e=sha256_hex()))

add(DV("requirements", "commit-sha", "requirements.txt", """
    scrapy>=2.11,<2.12
    scrapy-playwright==0.0.34
    scrapy-zyte-api==0.18.2
    itemadapter
    pymongo[srv]==4.7.2
    # forks pinned to commits until upstream releases the fixes
    git+https://github.com/acme-data/scrapy-rotating-proxies.git@@v@#egg=scrapy-rotating-proxies
    git+https://github.com/acme-data/instagrapi.git@@b@#egg=instagrapi
    """, git_sha(), "https://pip.pypa.io/en/stable/topics/vcs-support/", b=git_sha()))

add(D("scrapinghub-yml", "project-ids", "shub/scrapinghub.yml", T("""
    # API key comes from `shub login` (~/.scrapinghub.yml) or SHUB_APIKEY in CI
    projects:
      default: 612044
      prod:
        id: 612117
        stack: scrapy:2.11-20240509
    requirements:
      file: requirements.txt
    image: false
    """), "https://shub.readthedocs.io/en/stable/configuration.html"))

add(DV("json-data", "job-uuids", "runs/2024-05-27.json", """
    {
      "project": 612044,
      "jobs": [
        {"key": "612044/3/1187", "spider": "products", "state": "finished", "items": 48211, "run_id": "@v@"},
        {"key": "612044/5/902", "spider": "reviews", "state": "finished", "items": 130044, "run_id": "@b@"},
        {"key": "612044/7/66", "spider": "stores", "state": "failed", "items": 0, "run_id": "@c@"}
      ],
      "export_sha256": "@d@",
      "generated_at": "2024-05-27T06:02:11Z"
    }
    """, uuid_s(), "https://python-scrapinghub.readthedocs.io/en/latest/client/overview.html#jobs",
    b=uuid_s(), c=uuid_s(), d=sha256_hex()))

add(DV("python", "tls-fingerprint-hash", "fetch/impersonate.py", """
    \"\"\"curl_cffi impersonation targets and the JA3 hashes we verified them against (tls.peet.ws).\"\"\"
    from curl_cffi import requests

    EXPECTED_JA3 = {
        "chrome124": "@v@",
        "safari17_0": "@b@",
        "edge101": "@c@",
    }


    def get(url: str, target: str = "chrome124"):
        return requests.get(url, impersonate=target, timeout=30)
    """, hexs(32), "https://github.com/lexiforest/curl_cffi#usage", b=hexs(32), c=hexs(32)))

add(D("text-list", "request-fingerprints", ".scrapy/httpcache/products/index.txt", "".join(
    f"{hexs(2)}/{hexs(40)}  200  https://www.example-shop.de/p/{_rng().randint(100000, 999999)}\n" for _ in range(8)),
    "https://docs.scrapy.org/en/latest/topics/downloader-middleware.html#filesystem-storage-backend"))

add(DV("package-lock", "integrity-hashes", "package-lock.json", """
    {
      "name": "listing-scraper",
      "version": "1.3.0",
      "lockfileVersion": 3,
      "requires": true,
      "packages": {
        "node_modules/puppeteer": {
          "version": "22.10.0",
          "resolved": "https://registry.npmjs.org/puppeteer/-/puppeteer-22.10.0.tgz",
          "integrity": "sha512-@v@==",
          "hasInstallScript": true
        },
        "node_modules/puppeteer-extra-plugin-stealth": {
          "version": "2.11.2",
          "resolved": "https://registry.npmjs.org/puppeteer-extra-plugin-stealth/-/puppeteer-extra-plugin-stealth-2.11.2.tgz",
          "integrity": "sha512-@b@=="
        }
      }
    }
    """, draw(86, ALNUM + "+/"), "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", b=draw(86, ALNUM + "+/")))

add(D("k8s-external-secret", "secret-reference", "k8s/externalsecret-proxy.yaml", T("""
    apiVersion: external-secrets.io/v1beta1
    kind: ExternalSecret
    metadata:
      name: proxy-credentials
      namespace: scraping
    spec:
      refreshInterval: 1h
      secretStoreRef:
        name: aws-secrets-manager
        kind: ClusterSecretStore
      target:
        name: proxy-credentials
      data:
        - secretKey: PROXY_PASS
          remoteRef:
            key: prod/scraping/residential-proxy
            property: password
    """), "https://external-secrets.io/latest/api/externalsecret/"))

add(D("vault-template", "template-expression", "deploy/vault-agent/crawler.env.ctmpl", T("""
    {{- with secret "kv/data/scraping/crawler" -}}
    PROXY_USER={{ .Data.data.proxy_user }}
    PROXY_PASS={{ .Data.data.proxy_pass }}
    ZYTE_API_KEY={{ .Data.data.zyte_api_key }}
    CAPTCHA_KEY={{ .Data.data.capmonster_key }}
    {{- end }}
    SCRAPY_SETTINGS_MODULE=crawler.settings.prod
    LOG_LEVEL=INFO
    """), "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template"))

add(D("jinja2", "template-expression", "roles/squid/templates/squid.conf.j2", T("""
    # {{ ansible_managed }}
    http_port {{ squid_port | default(3128) }}
    acl localnet src {{ squid_allowed_cidr }}
    http_access allow localnet
    http_access deny all

    cache_peer {{ squid_parent_host }} parent {{ squid_parent_port }} 0 no-query default login={{ squid_parent_user }}:{{ squid_parent_password }}
    never_direct allow all
    cache deny all
    """), "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/template_module.html"))

add(D("ansible-task", "password-manager-lookup", "roles/crawler/tasks/env.yml", T("""
    ---
    - name: Write crawler environment file
      ansible.builtin.copy:
        dest: /etc/crawler/crawler.env
        owner: crawl
        mode: "0600"
        content: |
          PROXY_USER={{ lookup('community.general.passwordstore', 'scraping/proxy subkey=user') }}
          PROXY_PASS={{ lookup('community.general.passwordstore', 'scraping/proxy') }}
          ZYTE_API_KEY={{ lookup('community.general.onepassword', 'Zyte API', field='credential', vault='Scraping') }}
      notify: restart crawler
    """), "https://docs.ansible.com/ansible/latest/collections/community/general/passwordstore_lookup.html"))

add(D("jupyter-notebook", "data-output", "notebooks/price_analysis.ipynb", json.dumps({
    "cells": [
        {"cell_type": "code", "execution_count": 3, "id": "0b1e", "metadata": {},
         "outputs": [{"data": {"text/plain": ["     sku            title   price  currency\n",
                                              "0  10442   USB-C Hub 7in1   34.99       EUR\n",
                                              "1  20871    HDMI 2.1 2m     12.49       EUR\n",
                                              "2  30016  SSD 1TB NVMe      69.90       EUR"]},
                      "execution_count": 3, "metadata": {}, "output_type": "execute_result"}],
         "source": ["import pandas as pd\n", "df = pd.read_json('../out/products.jsonl', lines=True)\n", "df.head(3)"]},
        {"cell_type": "code", "execution_count": 4, "id": "7aa2", "metadata": {},
         "outputs": [{"name": "stdout", "output_type": "stream", "text": ["rows: 48211, median price: 24.90\n"]}],
         "source": ["print(f\"rows: {len(df)}, median price: {df.price.median():.2f}\")"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n", "https://nbformat.readthedocs.io/en/latest/format_description.html"))

add(D("log", "masked-credentials", "logs/crawl-2024-05-27.log", T("""
    2024-05-27 06:00:02 [scrapy.utils.log] INFO: Scrapy 2.11.2 started (bot: pricewatch)
    2024-05-27 06:00:02 [scrapy.crawler] INFO: Overridden settings:
    {'BOT_NAME': 'pricewatch', 'CONCURRENT_REQUESTS': 16, 'DOWNLOAD_DELAY': 0.5}
    2024-05-27 06:00:02 [pricewatch.middlewares] INFO: proxy: http://user-sp8k2m1q:********@gate.smartproxy.com:7000
    2024-05-27 06:00:03 [scrapy.core.engine] INFO: Spider opened
    2024-05-27 06:01:03 [scrapy.extensions.logstats] INFO: Crawled 412 pages (at 412 pages/min), scraped 398 items (at 398 items/min)
    2024-05-27 06:07:44 [scrapy.core.engine] INFO: Closing spider (finished)
    2024-05-27 06:07:44 [scrapy.statscollectors] INFO: Dumping Scrapy stats:
    {'downloader/request_count': 2960, 'item_scraped_count': 2871, 'finish_reason': 'finished'}
    """), "https://docs.scrapy.org/en/latest/topics/logging.html"))

add(DV("json-data", "task-ids", "debug/celery_results_sample.json", """
    [
      {"task_id": "@v@", "status": "SUCCESS", "result": {"url": "https://www.example-shop.de/p/104421", "price": "34.99"}, "date_done": "2024-05-27T06:03:11.201Z"},
      {"task_id": "@b@", "status": "RETRY", "result": null, "traceback": "requests.exceptions.ReadTimeout", "date_done": null},
      {"task_id": "@c@", "status": "SUCCESS", "result": {"url": "https://www.example-shop.de/p/208713", "price": "12.49"}, "date_done": "2024-05-27T06:03:12.877Z"},
      {"task_id": "@d@", "status": "FAILURE", "result": {"exc_type": "HTTPError", "exc_message": ["403 Forbidden"]}, "date_done": "2024-05-27T06:03:15.002Z"}
    ]
    """, uuid_s(), "https://docs.celeryq.dev/en/stable/userguide/tasks.html#task-result-backends",
    b=uuid_s(), c=uuid_s(), d=uuid_s()))

add(D("dotenv", "no-auth-local", "ops/rq-dashboard.env", T("""
    # rq-dashboard on the private network only (redis has no password, bound to 10.0.3.12)
    RQ_DASHBOARD_REDIS_URL=redis://10.0.3.12:6379/3
    RQ_DASHBOARD_BIND=10.0.3.12
    RQ_DASHBOARD_PORT=9181
    RQ_DASHBOARD_POLL_INTERVAL=2500
    RQ_DASHBOARD_DISABLE_DELETE=1
    """), "https://github.com/Parallels/rq-dashboard#installing-from-pypi"))

add(D("k8s-cronjob", "secret-key-ref", "k8s/cronjob-products.yaml", T("""
    apiVersion: batch/v1
    kind: CronJob
    metadata:
      name: products-crawl
      namespace: scraping
    spec:
      schedule: "0 */4 * * *"
      jobTemplate:
        spec:
          template:
            spec:
              restartPolicy: OnFailure
              containers:
                - name: crawler
                  image: ghcr.io/acme-data/crawler:2024.05.3
                  args: ["scrapy", "crawl", "products"]
                  envFrom:
                    - secretRef:
                        name: proxy-credentials
                  env:
                    - name: ZYTE_API_KEY
                      valueFrom:
                        secretKeyRef:
                          name: zyte-api
                          key: api-key
    """), "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables"))

add(D("json-data", "hashed-cookies", "state/seen_sessions.json", json.dumps({
    "note": "sha256 of each cookie jar we already warmed up, so the warmer skips them",
    "algorithm": "sha256",
    "jars": {f"profile-{i:02d}": hashlib.sha256(f"jar-{_seed()}".encode()).hexdigest() for i in range(1, 7)},
    "updated": "2024-05-26T22:10:00Z"}, indent=2) + "\n", "https://docs.python.org/3/library/hashlib.html"))

add(D("csv-data", "ip-allowlist", "exports/authorized_ips.csv", "ip,label,added\n" + "".join(
    f"{ip()},{label},2024-0{m}-1{m}\n" for m, label in enumerate(["office-nyc", "scrape-01", "scrape-02", "scrape-03", "bastion", "ci-runner"], start=1)),
    "https://docs.brightdata.com/general/account/ip-allowlist"))

add(D("har", "redacted-values", "debug/login-flow.har", T("""
    {
      "log": {
        "version": "1.2",
        "creator": {"name": "Firefox", "version": "126.0"},
        "entries": [
          {
            "startedDateTime": "2024-05-27T08:12:44.101Z",
            "request": {
              "method": "POST",
              "url": "https://app.example-saas.com/api/session",
              "headers": [
                {"name": "Content-Type", "value": "application/json"},
                {"name": "Cookie", "value": "[REDACTED]"}
              ],
              "postData": {"mimeType": "application/json", "text": "{\\"email\\":\\"[REDACTED]\\",\\"password\\":\\"[REDACTED]\\"}"}
            },
            "response": {"status": 201, "headers": [{"name": "Set-Cookie", "value": "[REDACTED]"}]},
            "time": 412
          }
        ]
      }
    }
    """), "http://www.softwareishard.com/blog/har-12-spec/"))

add(D("proxychains-conf", "default-tor", "proxychains.conf", T("""
    # proxychains.conf  VER 4.x
    dynamic_chain
    proxy_dns
    remote_dns_subnet 224
    tcp_read_time_out 15000
    tcp_connect_time_out 8000

    [ProxyList]
    # add proxy here ...
    # meanwile
    # defaults set to "tor"
    socks4 \t127.0.0.1 9050
    """), "https://github.com/rofl0r/proxychains-ng/blob/master/src/proxychains.conf"))

add(D("go", "env-reference", "internal/fetch/proxy.go", T("""
    package fetch

    import (
    \t"fmt"
    \t"net/http"
    \t"net/url"
    \t"os"
    )

    // ProxyTransport builds the transport from PROXY_USER, PROXY_PASS and PROXY_ADDR.
    func ProxyTransport() (*http.Transport, error) {
    \tu, err := url.Parse(fmt.Sprintf("http://%s", os.Getenv("PROXY_ADDR")))
    \tif err != nil {
    \t\treturn nil, err
    \t}
    \tu.User = url.UserPassword(os.Getenv("PROXY_USER"), os.Getenv("PROXY_PASS"))
    \treturn &http.Transport{Proxy: http.ProxyURL(u)}, nil
    }
    """), "https://pkg.go.dev/net/url#UserPassword"))

add(D("scrapy-settings", "file-path", "monitor/settings.py", T("""
    BOT_NAME = "monitor"
    SPIDER_MODULES = ["monitor.spiders"]

    DOWNLOADER_MIDDLEWARES = {
        "rotating_proxies.middlewares.RotatingProxyMiddleware": 610,
        "rotating_proxies.middlewares.BanDetectionMiddleware": 620,
    }
    # one proxy per line, written by tools/refresh_proxies.py (not in git)
    ROTATING_PROXY_LIST_PATH = "/etc/crawler/proxies.txt"
    ROTATING_PROXY_CLOSE_SPIDER = True

    HTTPCACHE_ENABLED = True
    HTTPCACHE_DIR = "/var/cache/crawler"
    """), "https://github.com/TeamHG-Memex/scrapy-rotating-proxies#usage"))

add(D("docker-compose", "image-digest", "grid/docker-compose.yml", T("""
    services:
      selenium-hub:
        image: selenium/hub:4.21.0@sha256:@a@
        ports:
          - "4442:4442"
          - "4443:4443"
          - "4444:4444"
      chrome:
        image: selenium/node-chrome:4.21.0@sha256:@b@
        shm_size: 2gb
        depends_on: [selenium-hub]
        environment:
          - SE_EVENT_BUS_HOST=selenium-hub
          - SE_EVENT_BUS_PUBLISH_PORT=4442
          - SE_EVENT_BUS_SUBSCRIBE_PORT=4443
          - SE_NODE_MAX_SESSIONS=4
    """, a=sha256_hex(), b=sha256_hex()), "https://github.com/SeleniumHQ/docker-selenium#docker-compose"))

add(D("markdown", "truncated-session-example", "docs/telegram-setup.md", T("""
    # Telegram collector setup

    1. Create an app at https://my.telegram.org and note `api_id` / `api_hash`.
    2. Run `python -m collector.login` once on your laptop. It asks for your phone number and the
       login code, then prints a session string that starts like `1BVtsOK8Bu...` (about 350 characters).
    3. Store it in the team vault as `tg/collector/session` -- it is a full login, treat it like a password.
    4. The deployment reads it from `TG_SESSION`; nothing else is needed on the server.

    If the string leaks, terminate the session in Telegram: *Settings > Devices*.
    """), "https://docs.telethon.dev/en/stable/concepts/sessions.html#string-sessions"))

add(D("asc", "pgp-public-key", "keys/exports-recipient.asc", "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + "\n".join(
    ("mDMEZk" + draw(58, ALNUM + "+/")) if i == 0 else draw(64, ALNUM + "+/") for i in range(9)) + "\n=" + draw(4, ALNUM + "+/")
    + "\n-----END PGP PUBLIC KEY BLOCK-----\n", "https://www.rfc-editor.org/rfc/rfc4880#section-6.2"))

add(D("scrapy-settings", "credential-chain", "exports/settings.py", T("""
    BOT_NAME = "exports"
    SPIDER_MODULES = ["exports.spiders"]

    # No keys here: botocore picks up the instance profile of the EC2 box (role scrape-exporter).
    AWS_ACCESS_KEY_ID = None
    AWS_SECRET_ACCESS_KEY = None
    AWS_REGION_NAME = "eu-central-1"

    FEEDS = {
        "s3://acme-scrape-exports/%(name)s/%(time)s.parquet": {"format": "parquet"},
    }
    FEED_EXPORTERS = {"parquet": "exports.exporters.ParquetItemExporter"}
    """), "https://docs.scrapy.org/en/latest/topics/feed-exports.html#amazon-s3"))

add(D("airflow-dag", "secret-manager", "dags/crawl_products.py", T("""
    from datetime import datetime

    from airflow import DAG
    from airflow.hooks.base import BaseHook
    from airflow.models import Variable
    from airflow.operators.bash import BashOperator

    with DAG("crawl_products", start_date=datetime(2024, 1, 1), schedule="0 */6 * * *", catchup=False) as dag:
        pg = BaseHook.get_connection("scraped_pg")
        crawl = BashOperator(
            task_id="crawl",
            bash_command="cd /opt/crawler && scrapy crawl products",
            env={
                "ZYTE_API_KEY": Variable.get("zyte_api_key"),
                "PG_DSN": "{{ conn.scraped_pg.get_uri() }}",
            },
        )
    """), "https://airflow.apache.org/docs/apache-airflow/stable/howto/variable.html"))

add(D("python", "secrets-manager-lookup", "crawler/secrets.py", T("""
    import json
    from functools import lru_cache

    import boto3


    @lru_cache(maxsize=None)
    def get_secret(secret_id: str = "prod/scraping/residential-proxy") -> dict:
        client = boto3.client("secretsmanager", region_name="eu-central-1")
        resp = client.get_secret_value(SecretId=secret_id)
        return json.loads(resp["SecretString"])


    def proxy_url() -> str:
        s = get_secret()
        return f"http://{s['username']}:{s['password']}@{s['host']}:{s['port']}"
    """), "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_python-sdk.html"))

add(D("terraform", "generated-reference", "infra/queue.tf", T("""
    resource "random_password" "rabbitmq" {
      length  = 32
      special = false
    }

    resource "aws_secretsmanager_secret" "rabbitmq" {
      name = "prod/scraping/rabbitmq"
    }

    resource "aws_secretsmanager_secret_version" "rabbitmq" {
      secret_id     = aws_secretsmanager_secret.rabbitmq.id
      secret_string = jsonencode({ username = "crawl", password = random_password.rabbitmq.result })
    }

    resource "aws_mq_broker" "crawl" {
      broker_name        = "crawl-queue"
      engine_type        = "RabbitMQ"
      engine_version     = "3.11.28"
      host_instance_type = "mq.t3.micro"
      user {
        username = "crawl"
        password = random_password.rabbitmq.result
      }
    }
    """), "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password"))

add(D("python", "doctest-example", "crawler/utils/proxy.py", T("""
    from urllib.parse import quote


    def proxy_url(user: str, password: str, host: str, scheme: str = "http") -> str:
        \"\"\"Join proxy credentials into a URL, escaping what needs it.

        >>> proxy_url("user", "pass", "proxy.example.com:8080")
        'http://user:pass@proxy.example.com:8080'
        >>> proxy_url("user", "p@ss:word", "proxy.example.com:8080")
        'http://user:p%40ss%3Aword@proxy.example.com:8080'
        \"\"\"
        return f"{scheme}://{quote(user, safe='')}:{quote(password, safe='')}@{host}"
    """), "https://docs.python.org/3/library/doctest.html"))

add(D("yaml-config", "placeholder-webhook", "config/notify.example.yaml", T("""
    # copy to notify.yaml
    notify:
      on: [failure, finished]
      discord:
        webhook_url: https://discord.com/api/webhooks/000000000000000000/XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
      slack:
        webhook_url: https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX
      telegram:
        bot_token: "<your-bot-token>"
        chat_id: "<chat-id>"
    """), "https://discord.com/developers/docs/resources/webhook"))

add(D("praw-python", "installed-app-client-id", "bot/readonly.py", T("""
    import praw

    # "installed app": no client secret exists for this app type, the id is public by design
    reddit = praw.Reddit(
        client_id="@cid@",
        client_secret=None,
        user_agent="android:com.example.subreader:v2.3 (by u/subreader_dev)",
        redirect_uri="http://localhost:8080",
    )
    reddit.read_only = True

    for post in reddit.subreddit("python").hot(limit=10):
        print(post.score, post.title)
    """, cid=mixed(22, B64URL)), "https://github.com/reddit-archive/reddit/wiki/OAuth2-App-Types"))

add(D("makefile", "password-manager-cli", "ops/Makefile", T("""
    .PHONY: env deploy

    # secrets are read from 1Password at deploy time and never written to disk in the repo
    env:
    \t@echo "PROXY_PASS=$$(op read 'op://Scraping/Residential proxy/password')" > /tmp/crawler.env
    \t@echo "ZYTE_API_KEY=$$(op read 'op://Scraping/Zyte/credential')" >> /tmp/crawler.env

    deploy: env
    \tscp /tmp/crawler.env crawl@scrape-01:/etc/crawler/crawler.env
    \trm -f /tmp/crawler.env
    \tssh crawl@scrape-01 'sudo systemctl restart crawler.target'
    """), "https://developer.1password.com/docs/cli/reference/commands/read/"))

add(D("crontab", "pass-lookup", "ops/crontab.laptop", T("""
    # personal crontab on the research laptop
    # m  h  dom mon dow  command
    0    9  *   *   1-5  PROXY_PASS="$(pass show scraping/proxy)" ~/src/research-crawl/run.sh daily
    30  18  *   *   5    ~/src/research-crawl/run.sh weekly-report | mail -s "weekly crawl" me@localhost
    @reboot              sleep 60 && ~/src/research-crawl/tor-warmup.sh
    """), "https://www.passwordstore.org/"))
