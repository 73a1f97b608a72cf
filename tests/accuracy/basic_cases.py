"""Plain carriers and decoys every scanner should handle: a seed; the category modules hold the rest."""
from __future__ import annotations

from typing import List

from tests.accuracy.labelled import LabelledCase
from tests.fakes import aws_key_id, aws_secret_key, pypi_token, telegram_token

CASES: List[LabelledCase] = [
    LabelledCase(
        "plain/dotenv-pypi-token", ".env", f"TWINE_PASSWORD={pypi_token(1401)}\n", pypi_token(1401),
        "twine docs: TWINE_PASSWORD",
    ),
    LabelledCase(
        "plain/aws-credentials-file", "credentials",
        f"[default]\naws_access_key_id = {aws_key_id(1402)}\naws_secret_access_key = {aws_secret_key(1402)}\n",
        aws_secret_key(1402), "AWS CLI docs: the shared credentials file",
    ),
    LabelledCase(
        "plain/python-telegram-token", "bot.py", f'TOKEN = "{telegram_token(1403)}"\n', telegram_token(1403),
        "python-telegram-bot examples",
    ),
    LabelledCase(
        "decoy/env-reference", "settings.py", 'TOKEN = os.environ["TELEGRAM_TOKEN"]\n', None,
        "python-telegram-bot examples: the token read from the environment",
    ),
]
