"""Settings that do it right: nothing here is reported."""
import os

REDIS_URL = os.environ["REDIS_URL"]
TELEGRAM_TOKEN = os.environ.get("TELEGRAM_TOKEN", "")
