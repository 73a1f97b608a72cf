"""Blind rounds AB/AD/AE/I: Chinese clouds' AccessKey pairs (Alibaba's `LTAI…` and Tencent's `AKID…`
ids with their secrets beside them; Huawei's, Baidu's and Qianfan's `sk` in their cloud's text), chat
webhooks whose URL holds the key (WeCom, Feishu / Lark, DingTalk), and token formats read by their
shape (SonarQube, X bearer, Airtable PAT, Terraform Cloud, Entra client secrets, `Fernet(NAME)`).
Generated fakes only: every value is built here from a seeded generator."""
from __future__ import annotations

import base64
import random
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from secretfence.findings import HIGH
from tests import fakes
from tests.accuracy.labelled import blocking

ALNUM = string.ascii_letters + string.digits
UPNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"


_random = fakes.drawn_mixed
_uuid = fakes.uuid4
ALI_ID, ALI_SECRET = "LTAI5t" + _random(1, 18), _random(2, 30)
TC_ID, TC_KEY = "AKID" + _random(3, 32), _random(4, 32)
HW_AK, HW_SK = _random(5, 20, UPNUM), _random(6, 40)
BCE_AK, BCE_SK = _random(7, 32, HEX), _random(8, 32, HEX)
_BYTES = random.Random(9)
FERNET_KEY = base64.urlsafe_b64encode(bytes(_BYTES.getrandbits(8) for _ in range(32))).decode()

# (file, text, secret, line): each must block, as a HIGH finding on its line.
FORMS: List[Tuple[str, str, str, int]] = [
    ("deploy/docker-compose.yml", f"services:\n  app:\n    environment:\n      - ALIYUN_AK={ALI_ID}\n      - ALIYUN_SK={ALI_SECRET}\n",
     ALI_SECRET, 5),
    ("internal/oss/client.go", f'cfg := &openapi.Config{{\n\tAccessKeyId:     tea.String("{ALI_ID}"),\n'
     f'\tAccessKeySecret: tea.String("{ALI_SECRET}"),\n}}\n', ALI_SECRET, 3),
    ("docs/setup.md", f"```bash\naliyun configure set --mode AK \\\n  --access-key-id {ALI_ID} \\\n"
     f"  --access-key-secret {ALI_SECRET}\n```\n", ALI_SECRET, 4),
    ("tools/sms.py", f'cred = credential.Credential("{TC_ID}", "{TC_KEY}")\n', TC_KEY, 1),
    ("ops/ecs.py", f'from huaweicloudsdkcore.auth.credentials import BasicCredentials\nak = "{HW_AK}"\nsk = "{HW_SK}"\n',
     HW_SK, 3),
    ("src/main/java/ObsConfig.java", f'// OBS: https://obs.cn-east-3.myhuaweicloud.com\nprivate static final String AK = "{HW_AK}";\n'
     f'private static final String SK = "{HW_SK}";\n', HW_SK, 3),
    ("bos.py", f"from baidubce.auth.bce_credentials import BceCredentials\nAK = '{BCE_AK}'\nSK = '{BCE_SK}'\n", BCE_SK, 3),
    ("bin/notify.sh", f"curl -s 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key={_uuid(10)}' -d @msg.json\n", _uuid(10), 1),
    ("notify/feishu.go", f'const hook = "https://open.feishu.cn/open-apis/bot/v2/hook/{_uuid(11)}"\n', _uuid(11), 1),
    ("notify.py", f'HOOK = (\n    "https://open.larksuite.com/open-apis/bot/v2/hook/"\n    "{_uuid(12)}"\n)\n', _uuid(12), 3),
    ("alert.py", f'URL = "https://oapi.dingtalk.com/robot/send?access_token={_random(13, 64, HEX)}"\n', _random(13, 64, HEX), 1),
    (".teamcity/settings.xml", f'<param name="env.SONAR_TOKEN" value="sqp_{_random(14, 40, HEX)}" />\n',
     f"sqp_{_random(14, 40, HEX)}", 1),
    ("collect.py", f'client = tweepy.Client(bearer_token="{"A" * 21}{_random(15, 30)}%3D{_random(16, 50)}")\n',
     f'{"A" * 21}{_random(15, 30)}%3D{_random(16, 50)}', 1),
    ("airtable.py", f'AIRTABLE_TOKEN = "pat{_random(17, 14)}.{_random(18, 64, HEX)}"\n', f"pat{_random(17, 14)}.{_random(18, 64, HEX)}", 1),
    ("ci/Dockerfile", f"ENV TFE_TOKEN={_random(19, 14)}.atlasv1.{_random(20, 67)}\n", f"{_random(19, 14)}.atlasv1.{_random(20, 67)}", 1),
    ("deploy.ps1", f"az login --service-principal -u $appId -p '{_random(21, 3)}8Q~{_random(22, 34)}' --tenant $t\n",
     f"{_random(21, 3)}8Q~{_random(22, 34)}", 1),
    ("vault.py", f'from cryptography.fernet import Fernet\n\nKEY = b"{FERNET_KEY}"\nbox = Fernet(KEY)\n', FERNET_KEY, 3),
]


@pytest.mark.parametrize("name, text, secret, line", FORMS, ids=[f"{index}-{form[0]}" for index, form in enumerate(FORMS)])
def test_a_cloud_key_or_webhook_blocks(name: str, text: str, secret: str, line: int) -> None:
    found = [finding for finding in blocking(Engine().scan_text(name, text)) if finding.secret == secret]
    assert found and {(finding.line_number, finding.confidence) for finding in found} == {(line, HIGH)}


# What must not block: placeholders, references, and `sk` values where nothing says their cloud.
DECOYS: List[Tuple[str, str]] = [
    ("prometheus-webhook-dingtalk/config.example.yml", "targets:\n  webhook1:\n"
     "    url: https://oapi.dingtalk.com/robot/send?access_token=xxxxxxxxxxxx\n    secret: SEC000000000000000000000\n"),
    ("bin/notify.sh", 'curl "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${WECOM_KEY}"\n'),
    ("conf/obs.ini.template", "[obs]\nak = 请输入AK\nsk = 请输入SK\nendpoint = obs.cn-north-4.myhuaweicloud.com\n"),
    ("jobs.py", f"ak = '{_random(23, 20, UPNUM)}'\nsk = '{_random(24, 40)}'\n"),
    ("crypto.py", "from cryptography.fernet import Fernet\nbox = Fernet(os.environ['FERNET_KEY'])\n"),
    ("owners.yaml", "- owner: ops\n  secret_id: AKID************************9fQz\n"),
]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_placeholders_and_unnamed_shapes_do_not_block(name: str, text: str) -> None:
    assert blocking(Engine().scan_text(name, text)) == []
