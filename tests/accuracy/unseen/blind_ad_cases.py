"""Blind set AD: international teams.

Configs, code and notes written by teams whose key names, comments and docs are in other
languages (German Passwort/Kennwort, French mot_de_passe, Spanish contraseña/clave, Portuguese
senha, Italian, Dutch wachtwoord, Russian пароль, Chinese 密码/密钥, Japanese パスワード, Korean
비밀번호, Turkish şifre), with non-ASCII passwords, CRLF files and full-width punctuation; and the
services such teams use: Alibaba Cloud AccessKey, Tencent Cloud SecretId/SecretKey, Huawei Cloud,
Baidu, Yandex Cloud/OAuth, VK, DingTalk/WeCom/Feishu robots, WeChat, plus databases, Redis, SMTP,
AWS and PyPI tokens in such files; and their decoys (localized placeholders such as
"hier_passwort_eintragen", "votre_mot_de_passe", "请填写密码", i18n string tables, references,
hashes, ciphertext). Generated fakes only (seeds 255000-259999).
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
HEX = "0123456789abcdef"
LOWER = string.ascii_lowercase
UPNUM = string.ascii_uppercase + string.digits
_SEED = [255000]


def _seed() -> int:
    _SEED[0] += 3
    assert _SEED[0] < 260000
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def chars(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(n: int) -> str:
    return chars(n, HEX)


def uuid_s() -> str:
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def b64(s: str) -> str:
    return base64.b64encode(s.encode("utf-8")).decode()


# Human passwords, as people of each language pick them.
WORDS = {
    "de": ["Sonnenblume", "Bergsee", "Kaffeetasse", "Wanderweg", "Schneeflocke", "Apfelbaum", "Grünkohl", "Bärchen"],
    "fr": ["Soleil", "Papillon", "Fromage", "Lumière", "Marseille", "Chateau", "Croissant"],
    "es": ["Girasol", "Montaña", "Cerveza", "Mariposa", "Sevilla", "Tortuga", "Corazón"],
    "pt": ["Saudade", "Cachorro", "Abacaxi", "Floresta", "Recife", "Jabuti", "Coração"],
    "it": ["Girasole", "Tramonto", "Farfalla", "Vesuvio", "Gelato", "Lasagna"],
    "nl": ["Tulpen", "Fietsen", "Molen", "Gracht", "Hagelslag", "Stroopwafel"],
    "ru": ["Ромашка", "Солнце", "Москва", "Берёза", "Medved", "Zvezda", "Kotik"],
    "tr": ["Şeftali", "Boğaz", "Lale", "Kartal", "Ankara", "Çiçek"],
    "zh": ["woaini", "Zhongguo", "Beijing", "shanghai", "laoban", "Hangzhou", "xiaolong"],
    "ja": ["sakura", "tanuki", "Fujisan", "onigiri", "Tokyo", "Momiji"],
    "ko": ["saranghae", "Seoul", "kimchi", "Busan", "Hangang"],
}


def human(lang: str) -> str:
    r = _rng()
    word = r.choice(WORDS[lang])
    style = r.randint(0, 3)
    if style == 0:
        return word + r.choice("!#@$%*_.") + str(r.randint(1, 9999))
    if style == 1:
        return word + str(r.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025])) + r.choice("!?#")
    if style == 2:
        return r.choice("!#@$") + word + r.choice(WORDS[lang]).lower() + str(r.randint(10, 99))
    return word.lower() + r.choice("_-.") + r.choice(WORDS[lang]) + str(r.randint(100, 999)) + r.choice("!@#")


def strong(n: int = 20) -> str:
    return chars(n, ALNUM + "!#%+-_")


def mail_code() -> str:
    """A QQ/163/Yandex mail app password (授权码 / пароль приложения): 16 lowercase letters."""
    return chars(16, LOWER)


# Cloud and messaging credentials of the documented shapes.
def ali_id() -> str:
    return "LTAI5t" + chars(18)


def ali_secret() -> str:
    return chars(30)


def tc_id() -> str:
    return "AKID" + chars(32)


def tc_key() -> str:
    return chars(32)


def hw_ak() -> str:
    return chars(20, UPNUM)


def hw_sk() -> str:
    return chars(40)


def yc_oauth() -> str:
    return "y0_AgAAAAA" + chars(48, ALNUM + "_-")


def yc_api_key() -> str:
    return "AQVN" + chars(36, ALNUM + "_-")


def yc_static_id() -> str:
    return "YCAJE" + chars(20, ALNUM + "_-")


def yc_static_secret() -> str:
    return "YC" + chars(38, ALNUM + "_-")


def yc_iam() -> str:
    return "t1.9euelZq" + chars(150, ALNUM + "_-") + "." + chars(86, ALNUM + "_-")


def vk_token() -> str:
    return "vk1.a." + chars(214, ALNUM + "_-")


def vk_old_token() -> str:
    return hexs(85)


def wx_appid() -> str:
    return "wx" + hexs(16)


def wecom_secret() -> str:
    return chars(43, ALNUM + "_-")


def feishu_app_id() -> str:
    return "cli_a" + hexs(15)


def qiniu_key() -> str:
    return chars(40, ALNUM + "_-")


def aws_pair():
    return fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def cert_pem() -> str:
    body = "\n".join(chars(64, ALNUM + "+/") for _ in range(8))
    return "-----BEGIN CERTIFICATE-----\nMIID" + body[4:] + "\n-----END CERTIFICATE-----"


def bcrypt_hash() -> str:
    return "$2b$12$" + chars(53, ALNUM + "./")


def sha1_commit() -> str:
    return hexs(40)


def indent(text: str, n: int) -> str:
    return textwrap.indent(text, " " * n)


CASES: List[LabelledCase] = []


def T(text: str, **values: str) -> str:
    """A file's text: dedented, the leading newline dropped, <<name>> filled in."""
    text = textwrap.dedent(text).lstrip("\n")
    for key, value in values.items():
        text = text.replace(f"<<{key}>>", value)
    return text


def _crlf(text: str, crlf: bool) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n") if crlf else text


def S(fmt: str, kind: str, name: str, text: str, secret: str, source: str, crlf: bool = False) -> None:
    CASES.append(LabelledCase(f"blind-ad/{fmt}/{kind}", name, _crlf(text, crlf), secret, source))


def D(fmt: str, what: str, name: str, text: str, source: str, crlf: bool = False) -> None:
    CASES.append(LabelledCase(f"blind-ad/{fmt}/decoy-{what}", name, _crlf(text, crlf), None, source))


def SV(fmt: str, kind: str, name: str, template: str, value: str, source: str, crlf: bool = False, **more: str) -> None:
    """A secret case whose template holds the secret as <<v>>."""
    S(fmt, kind, name, T(template, v=value, **more), value, source, crlf)


def DV(fmt: str, what: str, name: str, template: str, value: str, source: str, crlf: bool = False, **more: str) -> None:
    """A decoy case whose template holds the look-alike as <<v>>."""
    D(fmt, what, name, T(template, v=value, **more), source, crlf)


SRC_ALI_CLI = "https://www.alibabacloud.com/help/en/cli/configure-credentials"
SRC_ALI_SDK = "https://www.alibabacloud.com/help/en/sdk/developer-reference/configure-credentials"
SRC_ALI_TF = "https://registry.terraform.io/providers/aliyun/alicloud/latest/docs"
SRC_OSS = "https://www.alibabacloud.com/help/en/oss/developer-reference/python-configuration-access-credentials"
SRC_TC = "https://www.tencentcloud.com/document/product/1013/33464"
SRC_TC_TF = "https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs"
SRC_COS = "https://cloud.tencent.com/document/product/436/63144"
SRC_HW = "https://support.huaweicloud.com/intl/en-us/devg-apisign/api-sign-provide-aksk.html"
SRC_BAIDU = "https://ai.baidu.com/ai-doc/REFERENCE/Ck3dwjhhu"
SRC_YC = "https://yandex.cloud/en/docs/cli/operations/profile/profile-create"
SRC_YC_S3 = "https://yandex.cloud/en/docs/storage/tools/s3cmd"
SRC_VK = "https://dev.vk.com/ru/api/access-token/getting-started"
SRC_DING = "https://open.dingtalk.com/document/robots/custom-robot-access"
SRC_DING_PROM = "https://github.com/timonwong/prometheus-webhook-dingtalk/blob/main/config.example.yml"
SRC_WECOM = "https://developer.work.weixin.qq.com/document/path/91770"
SRC_FEISHU = "https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot"
SRC_WX = "https://developers.weixin.qq.com/doc/offiaccount/Basic_Information/Get_access_token.html"
SRC_SPRING = "https://docs.spring.io/spring-boot/appendix/application-properties/index.html"
SRC_DJANGO = "https://docs.djangoproject.com/en/stable/ref/settings/"
SRC_COMPOSE = "https://docs.docker.com/compose/compose-file/"
SRC_K8S = "https://kubernetes.io/docs/concepts/configuration/secret/"
SRC_DOTENV = "https://github.com/motdotla/dotenv#usage"
SRC_PYPIRC = "https://packaging.python.org/en/latest/specifications/pypirc/"
SRC_I18N = "https://www.i18next.com/misc/json-format"
SRC_NACOS = "https://nacos.io/docs/latest/ecology/use-nacos-with-spring-cloud/"
SRC_REDIS = "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/"
SRC_AM = "https://prometheus.io/docs/alerting/latest/configuration/#wechat_config"

# ---------------------------------------------------------------------------------------------
# Alibaba Cloud (阿里云) AccessKey
# ---------------------------------------------------------------------------------------------

_id, _sec = ali_id(), ali_secret()
SV("dotenv", "alibaba-cloud", ".env.production", """
# 生产环境配置（请勿提交到 Git！）
APP_ENV=production
APP_PORT=8080

# 阿里云 OSS 对象存储
ALIBABA_CLOUD_ACCESS_KEY_ID=<<id>>
ALIBABA_CLOUD_ACCESS_KEY_SECRET=<<v>>
OSS_BUCKET=shop-static-prod
OSS_ENDPOINT=oss-cn-hangzhou.aliyuncs.com

# 日志级别
LOG_LEVEL=info
""", _sec, SRC_ALI_SDK, id=_id)

_id, _sec = ali_id(), ali_secret()
SV("json", "alibaba-cloud", ".aliyun/config.json", """
{
	"current": "default",
	"profiles": [
		{
			"name": "default",
			"mode": "AK",
			"access_key_id": "<<id>>",
			"access_key_secret": "<<v>>",
			"sts_token": "",
			"ram_role_name": "",
			"ram_role_arn": "",
			"ram_session_name": "",
			"private_key": "",
			"key_pair_name": "",
			"expired_seconds": 0,
			"verified": "",
			"region_id": "cn-shanghai",
			"output_format": "json",
			"language": "zh",
			"site": "china",
			"retry_timeout": 0,
			"connect_timeout": 0,
			"retry_count": 0
		}
	],
	"meta_path": ""
}
""", _sec, SRC_ALI_CLI, id=_id)

_id, _sec = ali_id(), ali_secret()
SV("terraform", "alibaba-cloud", "infra/aliyun/provider.tf", """
# 阿里云 Provider 配置
# 注意：临时测试用，后续改为环境变量
terraform {
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = "~> 1.219"
    }
  }
}

provider "alicloud" {
  access_key = "<<id>>"
  secret_key = "<<v>>"
  region     = "cn-beijing"
}

resource "alicloud_vpc" "main" {
  vpc_name   = "prod-vpc"
  cidr_block = "172.16.0.0/12"
}
""", _sec, SRC_ALI_TF, id=_id)

_id, _sec = ali_id(), ali_secret()
SV("python", "alibaba-cloud", "scripts/upload_backup.py", """
# -*- coding: utf-8 -*-
\"\"\"每日备份上传到 OSS。

用法：python upload_backup.py /data/backup/2024-05-01.tar.gz
\"\"\"
import sys

import oss2

# 阿里云账号 AccessKey 拥有所有 API 的访问权限，风险很高。
auth = oss2.Auth('<<id>>', '<<v>>')
bucket = oss2.Bucket(auth, 'https://oss-cn-shenzhen.aliyuncs.com', 'db-backup-szx')


def main(path):
    key = 'mysql/' + path.rsplit('/', 1)[-1]
    bucket.put_object_from_file(key, path)
    print('上传完成：', key)


if __name__ == '__main__':
    main(sys.argv[1])
""", _sec, SRC_OSS, id=_id)

_id, _sec = ali_id(), ali_secret()
SV("spring-yaml", "alibaba-cloud", "src/main/resources/application-dev.yml", """
server:
  port: 8081

# 阿里云短信服务配置
aliyun:
  sms:
    access-key-id: <<id>>
    access-key-secret: <<v>>
    sign-name: 某某科技
    template-code: SMS_276450123
  oss:
    endpoint: oss-cn-hangzhou.aliyuncs.com
    bucket-name: dev-upload

spring:
  application:
    name: user-service
""", _sec, SRC_SPRING, id=_id)

_id, _sec = ali_id(), ali_secret()
SV("go", "alibaba-cloud", "internal/sms/client.go", """
package sms

import (
	openapi "github.com/alibabacloud-go/darabonba-openapi/v2/client"
	dysmsapi "github.com/alibabacloud-go/dysmsapi-20170525/v3/client"
	"github.com/alibabacloud-go/tea/tea"
)

// NewClient 创建短信客户端
// TODO: 上线前改成从配置中心读取
func NewClient() (*dysmsapi.Client, error) {
	config := &openapi.Config{
		AccessKeyId:     tea.String("<<id>>"),
		AccessKeySecret: tea.String("<<v>>"),
		Endpoint:        tea.String("dysmsapi.aliyuncs.com"),
	}
	return dysmsapi.NewClient(config)
}
""", _sec, SRC_ALI_SDK, id=_id)

_id, _sec = ali_id(), ali_secret()
SV("javascript", "alibaba-cloud", "config/oss.js", """
// OSS 上传配置（前端直传签名服务使用）
const OSS = require('ali-oss');

const client = new OSS({
  region: 'oss-cn-guangzhou',
  accessKeyId: '<<id>>',
  accessKeySecret: '<<v>>',
  bucket: 'mall-images',
  secure: true,
});

module.exports = client;
""", _sec, SRC_OSS, id=_id)

_id, _sec = ali_id(), ali_secret()
SV("properties", "alibaba-cloud", "src/main/resources/aliyun.properties", """
# \\u963f\\u91cc\\u4e91\\u914d\\u7f6e (阿里云配置, native2ascii)
# \\u8bf7\\u52ff\\u5916\\u6cc4
aliyun.region=cn-hangzhou
aliyun.accessKeyId=<<id>>
aliyun.accessKeySecret=<<v>>
aliyun.mq.instanceId=MQ_INST_1234567890_BXyz
aliyun.mq.topic=order-created
""", _sec, SRC_ALI_SDK, crlf=True, id=_id)

_id, _sec = ali_id(), ali_secret()
SV("ini", "alibaba-cloud", ".ossutilconfig", """
[Credentials]
language=CH
endpoint=oss-cn-qingdao.aliyuncs.com
accessKeyID=<<id>>
accessKeySecret=<<v>>
""", _sec, "https://www.alibabacloud.com/help/en/oss/developer-reference/configure-ossutil", id=_id)

_id, _sec = ali_id(), ali_secret()
SV("markdown", "alibaba-cloud", "docs/部署说明.md", """
# 部署说明

## 一、环境准备

1. 安装 Docker 和 docker-compose；
2. 配置阿里云凭证（测试账号，仅限测试环境）：

```bash
aliyun configure set --profile test --mode AK \\
  --region cn-hangzhou \\
  --access-key-id <<id>> \\
  --access-key-secret <<v>>
```

## 二、启动服务

```bash
docker-compose up -d
```

如有问题请联系运维组（钉钉群：运维支持）。
""", _sec, SRC_ALI_CLI, id=_id)

_id, _sec = ali_id(), ali_secret()
_nb_src = f"os.environ['ALIBABA_CLOUD_ACCESS_KEY_ID'] = '{_id}'\\n"
SV("notebook", "alibaba-cloud", "notebooks/数据分析_odps.ipynb", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["## 从 MaxCompute 读取订单数据"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\\n",
    "from odps import ODPS\\n",
    "<<nb>>",
    "os.environ['ALIBABA_CLOUD_ACCESS_KEY_SECRET'] = '<<v>>'\\n",
    "o = ODPS(project='dw_prod', endpoint='https://service.cn-hangzhou.maxcompute.aliyun.com/api')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", _sec, "https://pyodps.readthedocs.io/en/latest/base-env.html", nb=_nb_src)

_id, _sec = ali_id(), ali_secret()
SV("compose", "alibaba-cloud", "deploy/docker-compose.yml", """
version: "3.8"
services:
  canal-adapter:
    image: registry.cn-hangzhou.aliyuncs.com/example/canal-adapter:1.1.7
    restart: always
    environment:
      # 同步到 ES 与 OSS
      - TZ=Asia/Shanghai
      - ALIYUN_AK=<<id>>
      - ALIYUN_SK=<<v>>
      - ES_HOSTS=http://es:9200
    depends_on:
      - es
  es:
    image: elasticsearch:7.17.10
""", _sec, SRC_COMPOSE, id=_id)

# decoys: Alibaba
D("dotenv", "localized-placeholder", ".env.example", T("""
# 复制为 .env 后填写
ALIBABA_CLOUD_ACCESS_KEY_ID=请填写AccessKeyId
ALIBABA_CLOUD_ACCESS_KEY_SECRET=请填写AccessKeySecret
OSS_BUCKET=your-bucket
OSS_ENDPOINT=oss-cn-hangzhou.aliyuncs.com
"""), SRC_ALI_SDK)

D("terraform", "variable-reference", "infra/aliyun/main.tf", T("""
variable "alicloud_access_key" {
  type      = string
  sensitive = true
}

variable "alicloud_secret_key" {
  type        = string
  sensitive   = true
  description = "阿里云 AccessKey Secret，通过 TF_VAR_alicloud_secret_key 注入"
}

provider "alicloud" {
  access_key = var.alicloud_access_key
  secret_key = var.alicloud_secret_key
  region     = "cn-hangzhou"
}
"""), SRC_ALI_TF)

D("spring-yaml", "env-reference", "src/main/resources/application-prod.yml", T("""
# 生产环境：密钥全部从环境变量读取
aliyun:
  oss:
    endpoint: oss-cn-hangzhou-internal.aliyuncs.com
    access-key-id: ${ALIYUN_ACCESS_KEY_ID}
    access-key-secret: ${ALIYUN_ACCESS_KEY_SECRET}
    bucket-name: prod-upload
"""), SRC_SPRING)

D("markdown", "doc-example", "README.zh-CN.md", T("""
# oss-sync

将本地目录同步到阿里云 OSS 的小工具。

## 配置

在 `~/.oss-sync.toml` 中写入：

```toml
access_key_id = "LTAI5tXXXXXXXXXXXXXXXXXX"
access_key_secret = "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
bucket = "my-bucket"
```

> ⚠️ 注意：请使用 RAM 子账号的 AccessKey，不要使用主账号。
"""), "https://github.com/aliyun/aliyun-oss-python-sdk#readme")

D("python", "env-reference", "app/storage.py", T("""
# -*- coding: utf-8 -*-
import os

import oss2

# 从环境变量获取访问凭证（推荐方式）
auth = oss2.ProviderAuth(oss2.credentials.EnvironmentVariableCredentialsProvider())
bucket = oss2.Bucket(auth, os.getenv('OSS_ENDPOINT', 'https://oss-cn-hangzhou.aliyuncs.com'),
                     os.environ['OSS_BUCKET'])
"""), SRC_OSS)

DV("json", "masked", "ops/aliyun_accounts_清单.json", """
{
  "说明": "AccessKey 清单（密钥已脱敏，原文见 KMS）",
  "accounts": [
    {"name": "ram-oss-uploader", "access_key_id": "<<v>>", "access_key_secret": "********************"},
    {"name": "ram-sms-sender", "access_key_id": "LTAI5t***********Qx", "access_key_secret": "******"}
  ],
  "updated": "2024-04-18"
}
""", "LTAI5t**********" + chars(2), SRC_ALI_CLI)

D("yaml", "secret-manager-reference", "deploy/kms-secrets.yaml", T("""
# 使用 KMS 凭据管家托管的 AccessKey（自动轮转）
apiVersion: alibabacloud.com/v1alpha1
kind: ExternalSecret
metadata:
  name: oss-ak
spec:
  provider: kms
  data:
    - key: acs/ram/user/oss-uploader
      name: access-key-secret
      versionStage: ACSCurrent
"""), "https://github.com/AliyunContainerService/ack-secret-manager")

# ---------------------------------------------------------------------------------------------
# Tencent Cloud (腾讯云) SecretId / SecretKey
# ---------------------------------------------------------------------------------------------

_id, _sec = tc_id(), tc_key()
SV("json", "tencent-cloud", ".tccli/default.credential", """
{
    "type": "",
    "secretId": "<<id>>",
    "secretKey": "<<v>>",
    "token": "",
    "expiresAt": 0
}
""", _sec, "https://www.tencentcloud.com/document/product/1013/33464", id=_id)

_id, _sec = tc_id(), tc_key()
SV("python", "tencent-cloud", "tools/send_sms.py", """
# -*- coding: utf-8 -*-
from tencentcloud.common import credential
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.sms.v20210111 import sms_client, models

# 实例化认证对象，入参为腾讯云账户 SecretId 和 SecretKey
cred = credential.Credential("<<id>>", "<<v>>")
client = sms_client.SmsClient(cred, "ap-guangzhou", ClientProfile())


def send(phone: str, code: str) -> None:
    req = models.SendSmsRequest()
    req.SmsSdkAppId = "1400787878"
    req.SignName = "某某科技"
    req.TemplateId = "449739"
    req.PhoneNumberSet = ["+86" + phone]
    req.TemplateParamSet = [code, "5"]
    print(client.SendSms(req).to_json_string())
""", _sec, "https://cloud.tencent.com/document/product/382/43196", id=_id)

_id, _sec = tc_id(), tc_key()
SV("terraform", "tencent-cloud", "terraform/tencent/versions.tf", """
terraform {
  required_providers {
    tencentcloud = {
      source = "tencentcloudstack/tencentcloud"
    }
  }
}

# 腾讯云 provider（上海地域）
provider "tencentcloud" {
  secret_id  = "<<id>>"
  secret_key = "<<v>>"
  region     = "ap-shanghai"
}
""", _sec, SRC_TC_TF, id=_id)

_id, _sec = tc_id(), tc_key()
SV("ini", "tencent-cloud", ".cos.conf", """
[common]
secret_id = <<id>>
secret_key = <<v>>
bucket = static-1250000000
region = ap-beijing
max_thread = 5
part_size = 1
retry = 5
timeout = 60
schema = https
verify = md5
anonymous = False
""", _sec, "https://cloud.tencent.com/document/product/436/10976", id=_id)

_id, _sec = tc_id(), tc_key()
SV("github-actions", "tencent-cloud", ".github/workflows/deploy-cos.yml", """
name: 部署静态站点到 COS
on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      - name: 上传到 COS
        uses: TencentCloud/cos-action@v1
        with:
          secret_id: <<id>>
          secret_key: <<v>>
          cos_bucket: www-1250000000
          cos_region: ap-guangzhou
          local_path: dist
          remote_path: /
""", _sec, "https://github.com/TencentCloud/cos-action", id=_id)

_id, _sec = tc_id(), tc_key()
SV("go", "tencent-cloud", "pkg/cos/cos.go", """
package cos

import (
	"net/http"
	"net/url"

	"github.com/tencentyun/cos-go-sdk-v5"
)

const (
	secretID  = "<<id>>"
	secretKey = "<<v>>" // 临时使用，记得删除
)

func New() *cos.Client {
	u, _ := url.Parse("https://media-1250000000.cos.ap-chengdu.myqcloud.com")
	return cos.NewClient(&cos.BaseURL{BucketURL: u}, &http.Client{
		Transport: &cos.AuthorizationTransport{SecretID: secretID, SecretKey: secretKey},
	})
}
""", _sec, SRC_COS, id=_id)

_id, _sec = tc_id(), tc_key()
SV("php", "tencent-cloud", "config/qcloud.php", """
<?php
// 腾讯云配置
return [
    'app_id'     => '1250000000',
    'secret_id'  => '<<id>>',
    'secret_key' => '<<v>>',
    'region'     => 'ap-nanjing',
    'cos'        => [
        'bucket' => 'avatar-1250000000',
        'cdn'    => 'https://img.example.cn',
    ],
];
""", _sec, "https://cloud.tencent.com/document/product/436/12266", id=_id)

_id, _sec = tc_id(), tc_key()
SV("dotenv", "tencent-cloud", "backend/.env.local", """
# 本地开发（连测试环境）
NODE_ENV=development
TENCENTCLOUD_SECRET_ID=<<id>>
TENCENTCLOUD_SECRET_KEY=<<v>>
TENCENTCLOUD_REGION=ap-guangzhou
CLS_TOPIC_ID=4f1a2b3c-1111-2222-3333-444455556666
""", _sec, SRC_DOTENV, id=_id)

D("dotenv", "localized-placeholder", "backend/.env.sample", T("""
# 请根据实际情况修改
TENCENTCLOUD_SECRET_ID=你的SecretId
TENCENTCLOUD_SECRET_KEY=你的SecretKey
TENCENTCLOUD_REGION=ap-guangzhou
CLS_TOPIC_ID=
"""), SRC_DOTENV)

D("helm", "template-expression", "charts/uploader/templates/secret.yaml", T("""
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "uploader.fullname" . }}-tencent
type: Opaque
stringData:
  # 腾讯云密钥由 values-prod.yaml 注入（CI 中从 Vault 读取）
  TENCENTCLOUD_SECRET_ID: {{ .Values.tencent.secretId | quote }}
  TENCENTCLOUD_SECRET_KEY: {{ .Values.tencent.secretKey | quote }}
"""), "https://helm.sh/docs/chart_template_guide/values_files/")

D("python", "doc-example", "sdk_demo/README_demo.py", T("""
# -*- coding: utf-8 -*-
\"\"\"官方示例：请将下面的 SecretId/SecretKey 换成你自己的。

为了保护密钥安全，建议将密钥设置在环境变量中或者配置文件中。
\"\"\"
from tencentcloud.common import credential

cred = credential.Credential("SecretId", "SecretKey")
# 或者：
# cred = credential.EnvironmentVariableCredential().get_credential()
"""), "https://github.com/TencentCloud/tencentcloud-sdk-python#readme")

D("yaml", "masked", "ops/tencent_keys_audit.yaml", T("""
# 2024Q2 密钥审计结果（仅保留脱敏信息）
- owner: 张伟
  secret_id: AKID************************9fQz
  status: 已轮转
- owner: 李娜
  secret_id: AKID************************Lm2K
  status: 已禁用
"""), "https://www.tencentcloud.com/document/product/598/32675")

# ---------------------------------------------------------------------------------------------
# Huawei Cloud (华为云) AK/SK
# ---------------------------------------------------------------------------------------------

_ak, _sk = hw_ak(), hw_sk()
SV("ini", "huawei-cloud", ".obsutilconfig", """
[Credentials]
ak=<<ak>>
sk=<<v>>
token=
endpoint=obs.cn-north-4.myhuaweicloud.com
[Others]
connectTimeout=30
socketTimeout=310
maxRetryCount=3
""", _sk, "https://support.huaweicloud.com/intl/en-us/utiltg-obs/obs_11_0005.html", ak=_ak)

_ak, _sk = hw_ak(), hw_sk()
SV("python", "huawei-cloud", "ops/ecs_list.py", """
# coding: utf-8
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkecs.v2 import EcsClient, ListServersDetailsRequest
from huaweicloudsdkecs.v2.region.ecs_region import EcsRegion

ak = "<<ak>>"
sk = "<<v>>"
project_id = "0c3e5d7a9b1f4e2d8a6c0b9e7f5d3c1a"

credentials = BasicCredentials(ak, sk, project_id)
client = EcsClient.new_builder().with_credentials(credentials) \\
    .with_region(EcsRegion.value_of("cn-north-4")).build()

# 列出所有云服务器
print(client.list_servers_details(ListServersDetailsRequest()))
""", _sk, "https://github.com/huaweicloud/huaweicloud-sdk-python-v3", ak=_ak)

_ak, _sk = hw_ak(), hw_sk()
SV("terraform", "huawei-cloud", "envs/hw-test/provider.tf", """
# 华为云测试环境
provider "huaweicloud" {
  region     = "cn-south-1"
  access_key = "<<ak>>"
  secret_key = "<<v>>"
}

resource "huaweicloud_vpc" "vpc" {
  name = "vpc-test"
  cidr = "192.168.0.0/16"
}
""", _sk, "https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs", ak=_ak)

_ak, _sk = hw_ak(), hw_sk()
SV("java", "huawei-cloud", "src/main/java/com/example/obs/ObsConfig.java", """
package com.example.obs;

import com.obs.services.ObsClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 华为云 OBS 配置 */
@Configuration
public class ObsConfig {
    private static final String ENDPOINT = "https://obs.cn-east-3.myhuaweicloud.com";
    private static final String AK = "<<ak>>";
    private static final String SK = "<<v>>";

    @Bean(destroyMethod = "close")
    public ObsClient obsClient() {
        return new ObsClient(AK, SK, ENDPOINT);
    }
}
""", _sk, "https://support.huaweicloud.com/intl/en-us/sdk-java-devg-obs/obs_21_0202.html", ak=_ak)

D("ini", "localized-placeholder", "conf/obs.ini.template", T("""
; 华为云 OBS 配置模板
[obs]
ak = 请输入AK
sk = 请输入SK
endpoint = obs.cn-north-4.myhuaweicloud.com
bucket = 请输入桶名
"""), "https://support.huaweicloud.com/intl/en-us/utiltg-obs/obs_11_0005.html")

D("yaml", "secret-manager-reference", "deploy/hw/csms-ref.yaml", T("""
# 华为云 CSMS 凭据引用（部署时由 CCE 插件挂载）
apiVersion: v1
kind: SecretProviderClass
metadata:
  name: obs-credentials
spec:
  provider: cce
  parameters:
    objects: |
      - objectName: "obs-ak-sk"
        objectVersion: "latest"
        objectType: "csms"
"""), "https://support.huaweicloud.com/intl/en-us/usermanual-cce/cce_10_0431.html")

# ---------------------------------------------------------------------------------------------
# Baidu (百度智能云 / 百度 AI)
# ---------------------------------------------------------------------------------------------

_ak, _sk = chars(24), chars(32)
SV("python", "baidu", "ocr/baidu_ocr.py", """
# -*- coding: utf-8 -*-
\"\"\"百度 OCR 识别发票\"\"\"
from aip import AipOcr

# 你的 APPID AK SK
APP_ID = '35123456'
API_KEY = '<<ak>>'
SECRET_KEY = '<<v>>'

client = AipOcr(APP_ID, API_KEY, SECRET_KEY)


def recognize(path):
    with open(path, 'rb') as fp:
        return client.vatInvoice(fp.read())
""", _sk, "https://ai.baidu.com/ai-doc/OCR/7kibizyfm", ak=_ak)

_ak, _sk = hexs(32), hexs(32)
SV("python", "baidu", "bce_conf.py", """
# -*- coding: utf-8 -*-
# 百度智能云 BOS 配置
from baidubce.bce_client_configuration import BceClientConfiguration
from baidubce.auth.bce_credentials import BceCredentials

HOST = 'bj.bcebos.com'
AK = '<<ak>>'
SK = '<<v>>'

config = BceClientConfiguration(credentials=BceCredentials(AK, SK), endpoint=HOST)
""", _sk, "https://cloud.baidu.com/doc/BOS/s/Sjwvyrfpr", ak=_ak)

_ak, _sk = chars(24), chars(32)
SV("dotenv", "baidu", "llm-demo/.env", """
# 千帆大模型（文心一言）
QIANFAN_AK=<<ak>>
QIANFAN_SK=<<v>>
MODEL=ERNIE-4.0-8K
TEMPERATURE=0.7
""", _sk, "https://cloud.baidu.com/doc/WENXINWORKSHOP/s/7ltgucw50", ak=_ak)

D("python", "localized-placeholder", "ocr/config_example.py", T("""
# -*- coding: utf-8 -*-
# 复制本文件为 config.py 并填写你在百度 AI 开放平台申请的信息
APP_ID = '你的 App ID'
API_KEY = '你的 Api Key'
SECRET_KEY = '你的 Secret Key'
"""), "https://ai.baidu.com/ai-doc/OCR/7kibizyfm")

# ---------------------------------------------------------------------------------------------
# Yandex Cloud / Yandex OAuth
# ---------------------------------------------------------------------------------------------

_t = yc_oauth()
SV("yaml", "yandex-oauth", ".config/yandex-cloud/config.yaml", """
current: default
profiles:
  default:
    token: <<v>>
    cloud-id: b1gia87mbaomkfvs6rgl
    folder-id: b1g9d2k0itu4bgsh7g3r
    compute-default-zone: ru-central1-a
""", _t, SRC_YC)

_id, _sec = yc_static_id(), yc_static_secret()
SV("ini", "yandex-cloud", ".s3cfg", """
[default]
access_key = <<id>>
secret_key = <<v>>
bucket_location = ru-central1
host_base = storage.yandexcloud.net
host_bucket = %(bucket)s.storage.yandexcloud.net
use_https = True
""", _sec, SRC_YC_S3, id=_id)

_k = yc_api_key()
SV("python", "yandex-cloud", "bot/yagpt.py", """
# -*- coding: utf-8 -*-
\"\"\"Запрос к YandexGPT для ответа пользователю.\"\"\"
import requests

FOLDER_ID = "b1g9d2k0itu4bgsh7g3r"
API_KEY = "<<v>>"  # ключ сервисного аккаунта bot-sa


def ask(text: str) -> str:
    resp = requests.post(
        "https://llm.api.cloud.yandex.net/foundationModels/v1/completion",
        headers={"Authorization": f"Api-Key {API_KEY}", "x-folder-id": FOLDER_ID},
        json={
            "modelUri": f"gpt://{FOLDER_ID}/yandexgpt-lite",
            "completionOptions": {"temperature": 0.3, "maxTokens": 500},
            "messages": [{"role": "user", "text": text}],
        },
        timeout=30,
    )
    return resp.json()["result"]["alternatives"][0]["message"]["text"]
""", _k, "https://yandex.cloud/en/docs/foundation-models/quickstart/yandexgpt")

_t = yc_oauth()
SV("terraform", "yandex-oauth", "terraform/yc/main.tf", """
# Провайдер Yandex Cloud
terraform {
  required_providers {
    yandex = {
      source = "yandex-cloud/yandex"
    }
  }
}

provider "yandex" {
  token     = "<<v>>"
  cloud_id  = "b1gia87mbaomkfvs6rgl"
  folder_id = "b1g9d2k0itu4bgsh7g3r"
  zone      = "ru-central1-a"
}
""", _t, "https://yandex.cloud/en/docs/tutorials/infrastructure-management/terraform-quickstart")

_p = pem()
_first = _p.splitlines()[1]
_esc = _p.replace("\n", "\\n")
SV("json", "yandex-cloud-key", "authorized_key.json", """
{
   "id": "ajel5p9dqcv1m0r7hq2k",
   "service_account_id": "aje6o61dvog2h6g9a33s",
   "created_at": "2024-03-11T09:21:44.512871Z",
   "key_algorithm": "RSA_2048",
   "public_key": "-----BEGIN PUBLIC KEY-----\\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu8v\\n-----END PUBLIC KEY-----\\n",
   "private_key": "PLEASE DO NOT REMOVE THIS LINE! Yandex.Cloud SA Key ID <ajel5p9dqcv1m0r7hq2k>\\n<<esc>>\\n"
}
""", _first, "https://yandex.cloud/en/docs/iam/operations/authorized-key/create", esc=_esc)

_t = yc_iam()
SV("shell", "yandex-iam", "scripts/create_vm.sh", """
#!/usr/bin/env bash
# Создание ВМ через REST API (IAM-токен живёт 12 часов)
set -euo pipefail

IAM_TOKEN="<<v>>"
FOLDER_ID="b1g9d2k0itu4bgsh7g3r"

curl -sS -X POST \\
  -H "Authorization: Bearer ${IAM_TOKEN}" \\
  -H "Content-Type: application/json" \\
  -d @vm.json \\
  "https://compute.api.cloud.yandex.net/compute/v1/instances"
""", _t, "https://yandex.cloud/en/docs/iam/operations/iam-token/create")

_id, _sec = yc_static_id(), yc_static_secret()
SV("ini", "yandex-cloud", ".config/rclone/rclone.conf", """
[yandex]
type = s3
provider = Other
env_auth = false
access_key_id = <<id>>
secret_access_key = <<v>>
region = ru-central1
endpoint = storage.yandexcloud.net
acl = private
""", _sec, "https://yandex.cloud/en/docs/storage/tools/rclone", id=_id)

D("yaml", "localized-placeholder", "docs/yc-config.example.yaml", T("""
# Пример конфигурации yc CLI. Замените значения на свои.
current: default
profiles:
  default:
    token: <OAuth-токен>
    cloud-id: <идентификатор_облака>
    folder-id: <идентификатор_каталога>
"""), SRC_YC)

D("json", "public-key", "keys/sa-public.json", T("""
{
  "id": "ajel5p9dqcv1m0r7hq2k",
  "service_account_id": "aje6o61dvog2h6g9a33s",
  "key_algorithm": "RSA_2048",
  "public_key": "-----BEGIN PUBLIC KEY-----\\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA<<k>>\\n-----END PUBLIC KEY-----\\n",
  "comment": "Только публичная часть ключа; закрытый ключ хранится в Lockbox"
}
""", k=chars(300, ALNUM + "+/")), "https://yandex.cloud/en/docs/iam/concepts/authorization/key")

D("terraform", "secret-manager-reference", "terraform/yc/lockbox.tf", T("""
# Пароль БД берём из Lockbox, а не храним в коде
data "yandex_lockbox_secret_version" "db" {
  secret_id = "e6q8mvn1pl7dbg9i0kt2"
}

locals {
  db_password = data.yandex_lockbox_secret_version.db.entries[0].text_value
}
"""), "https://registry.terraform.io/providers/yandex-cloud/yandex/latest/docs/data-sources/lockbox_secret_version")

D("shell", "env-reference", "scripts/yc_token.sh", T("""
#!/usr/bin/env bash
# Получаем IAM-токен из текущего профиля yc, ничего не храним в файле
set -euo pipefail
export YC_TOKEN="$(yc iam create-token)"
export YC_CLOUD_ID="$(yc config get cloud-id)"
export YC_FOLDER_ID="$(yc config get folder-id)"
terraform plan
"""), "https://yandex.cloud/en/docs/tutorials/infrastructure-management/terraform-quickstart")

# ---------------------------------------------------------------------------------------------
# VK
# ---------------------------------------------------------------------------------------------

_t = vk_token()
SV("python", "vk-token", "bot/main.py", """
# -*- coding: utf-8 -*-
import vk_api
from vk_api.bot_longpoll import VkBotLongPoll, VkBotEventType

GROUP_ID = 218765432
TOKEN = "<<v>>"  # ключ доступа сообщества

vk_session = vk_api.VkApi(token=TOKEN)
longpoll = VkBotLongPoll(vk_session, GROUP_ID)
vk = vk_session.get_api()

for event in longpoll.listen():
    if event.type == VkBotEventType.MESSAGE_NEW:
        vk.messages.send(peer_id=event.obj.message["peer_id"], message="Привет!", random_id=0)
""", _t, "https://vk-api.readthedocs.io/en/latest/bot_longpoll.html")

_t = vk_token()
SV("dotenv", "vk-token", "vk-bot/.env", """
# Настройки бота ВКонтакте
VK_GROUP_ID=218765432
VK_GROUP_TOKEN=<<v>>
VK_API_VERSION=5.199
REDIS_URL=redis://redis:6379/0
""", _t, SRC_VK)

_t = vk_old_token()
SV("javascript", "vk-token", "src/vk.js", """
// Загрузка постов из стены сообщества
const { VK } = require('vk-io');

const vk = new VK({
  token: '<<v>>', // сервисный ключ приложения
  apiVersion: '5.131',
});

module.exports = async function wall(ownerId) {
  return vk.api.wall.get({ owner_id: ownerId, count: 20 });
};
""", _t, "https://github.com/negezor/vk-io#readme")

D("dotenv", "localized-placeholder", "vk-bot/.env.example", T("""
# Скопируйте в .env и заполните
VK_GROUP_ID=123456789
VK_GROUP_TOKEN=ваш_токен_сообщества
VK_API_VERSION=5.199
REDIS_URL=redis://localhost:6379/0
"""), SRC_VK)

D("markdown", "doc-example", "vk-bot/README.md", T("""
# Бот ВКонтакте

1. Создайте сообщество и включите Long Poll API.
2. Получите ключ доступа: «Управление» → «Работа с API» → «Создать ключ».
3. Передайте его через переменную окружения:

```bash
export VK_GROUP_TOKEN="vk1.a.XXXXXXXXXXXXXXXXXXXXXXXXXXXX"
python -m bot
```
"""), SRC_VK)

# ---------------------------------------------------------------------------------------------
# DingTalk (钉钉) / WeCom (企业微信) / Feishu (飞书) robots, WeChat (微信)
# ---------------------------------------------------------------------------------------------

_t = hexs(64)
SV("python", "dingtalk-webhook", "monitor/alert_dingtalk.py", """
# -*- coding: utf-8 -*-
\"\"\"磁盘告警推送到钉钉群（关键词：告警）\"\"\"
import json
import shutil
import urllib.request

WEBHOOK = "https://oapi.dingtalk.com/robot/send?access_token=<<v>>"


def push(text):
    body = json.dumps({"msgtype": "text", "text": {"content": "告警：" + text}}).encode("utf-8")
    req = urllib.request.Request(WEBHOOK, data=body, headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=5)


usage = shutil.disk_usage("/")
if usage.used / usage.total > 0.85:
    push("根分区使用率超过 85%")
""", _t, SRC_DING)

_sec = "SEC" + hexs(64)
SV("yaml", "dingtalk-secret", "prometheus-webhook-dingtalk/config.yml", """
## Request timeout
# timeout: 5s

## Customizable templates path
templates:
  - contrib/templates/legacy/template.tmpl

targets:
  ops:
    url: https://oapi.dingtalk.com/robot/send?access_token=${DINGTALK_OPS_TOKEN}
    # 加签密钥
    secret: <<v>>
    mention:
      all: true
""", _sec, SRC_DING_PROM)

_t = hexs(64)
SV("groovy", "dingtalk-webhook", "Jenkinsfile", """
pipeline {
    agent any
    environment {
        // 钉钉机器人（构建通知）
        DING_URL = 'https://oapi.dingtalk.com/robot/send?access_token=<<v>>'
    }
    stages {
        stage('构建') {
            steps {
                sh 'mvn -B clean package -DskipTests'
            }
        }
    }
    post {
        failure {
            sh '''curl -s -H 'Content-Type: application/json' -d '{"msgtype":"text","text":{"content":"构建失败 '"$JOB_NAME"'"}}' "$DING_URL"'''
        }
    }
}
""", _t, "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/")

_sec = "SEC" + hexs(64)
SV("java", "dingtalk-secret", "src/main/java/com/example/notify/DingTalkSigner.java", """
package com.example.notify;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** 钉钉加签：timestamp + "\\n" + 密钥 做 HmacSHA256 */
public final class DingTalkSigner {
    private static final String SECRET = "<<v>>";

    public static String sign(long timestamp) throws Exception {
        String stringToSign = timestamp + "\\n" + SECRET;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] signData = mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8));
        return URLEncoder.encode(Base64.getEncoder().encodeToString(signData), "UTF-8");
    }
}
""", _sec, SRC_DING)

_k = uuid_s()
SV("shell", "wecom-webhook", "bin/notify_wecom.sh", """
#!/bin/bash
# 发布完成后通知企业微信群
# 用法: ./notify_wecom.sh "v1.2.3 已发布"
MSG="$1"
curl -s 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=<<v>>' \\
   -H 'Content-Type: application/json' \\
   -d "{\\"msgtype\\": \\"text\\", \\"text\\": {\\"content\\": \\"${MSG}\\"}}"
""", _k, SRC_WECOM)

_s = wecom_secret()
SV("yaml", "wecom-secret", "alertmanager/alertmanager.yml", """
global:
  resolve_timeout: 5m
  wechat_api_url: 'https://qyapi.weixin.qq.com/cgi-bin/'
  wechat_api_corp_id: 'ww3f1c2a9b8e7d6c5a'

route:
  group_by: ['alertname']
  receiver: 'wechat'

receivers:
  - name: 'wechat'
    wechat_configs:
      - send_resolved: true
        api_secret: '<<v>>'
        to_party: '2'
        agent_id: '1000002'
        message: '{{ template "wechat.default.message" . }}'
""", _s, SRC_AM)

_k = uuid_s()
SV("go", "feishu-webhook", "internal/notify/feishu.go", """
package notify

import (
	"bytes"
	"encoding/json"
	"net/http"
)

// 飞书群机器人（发布通知群）
const feishuHook = "https://open.feishu.cn/open-apis/bot/v2/hook/<<v>>"

func Feishu(text string) error {
	body, _ := json.Marshal(map[string]any{
		"msg_type": "text",
		"content":  map[string]string{"text": text},
	})
	_, err := http.Post(feishuHook, "application/json", bytes.NewReader(body))
	return err
}
""", _k, SRC_FEISHU)

_s = chars(22)
SV("yaml", "feishu-secret", "config/notify.yaml", """
# 通知渠道配置
feishu:
  enabled: true
  webhook: ${FEISHU_WEBHOOK_URL}
  # 签名校验（安全设置 → 签名校验）
  sign_secret: "<<v>>"
dingtalk:
  enabled: false
email:
  enabled: false
""", _s, SRC_FEISHU)

_s = chars(32)
SV("dotenv", "feishu-app-secret", "lark-bot/.env", """
# 飞书自建应用
APP_ID=<<id>>
APP_SECRET=<<v>>
VERIFICATION_TOKEN=${LARK_VERIFICATION_TOKEN}
ENCRYPT_KEY=
LARK_HOST=https://open.feishu.cn
""", _s, "https://open.feishu.cn/document/server-docs/authentication-management/access-token/tenant_access_token_internal", id=feishu_app_id())

_k = uuid_s()
SV("json", "feishu-webhook", "tools/release-notify.json", """
{
  "name": "release-notify",
  "channels": [
    {
      "type": "lark",
      "url": "https://open.larksuite.com/open-apis/bot/v2/hook/<<v>>",
      "events": ["release.published", "deploy.failed"]
    }
  ]
}
""", _k, SRC_FEISHU)

_s = hexs(32)
SV("javascript", "wechat-appsecret", "cloud/config.js", """
// 小程序服务端配置
module.exports = {
  appid: '<<id>>',
  // 小程序后台 → 开发管理 → 开发设置 → AppSecret(小程序密钥)
  secret: '<<v>>',
  tokenUrl: 'https://api.weixin.qq.com/cgi-bin/token',
  code2Session: 'https://api.weixin.qq.com/sns/jscode2session',
};
""", _s, SRC_WX, id=wx_appid())

_s = hexs(32)
SV("spring-yaml", "wechat-appsecret", "src/main/resources/application-wx.yml", """
# 微信小程序配置（weixin-java-miniapp）
wx:
  miniapp:
    configs:
      - appid: <<id>>
        secret: <<v>>
        token: ${WX_MSG_TOKEN:}
        aesKey: ${WX_MSG_AES_KEY:}
        msgDataFormat: JSON
""", _s, "https://github.com/binarywang/weixin-java-miniapp-demo", id=wx_appid())

_s = chars(32)
SV("php", "wechat-pay-key", "config/wechat.php", """
<?php
/**
 * 微信支付配置（EasyWeChat 6）
 */
return [
    'mch_id' => '1600123456',
    // 商户 API 证书
    'certificate' => storage_path('cert/apiclient_cert.pem'),
    'private_key' => storage_path('cert/apiclient_key.pem'),
    // v3 API 秘钥
    'secret_key' => '<<v>>',
    'notify_url' => 'https://api.example.cn/pay/notify',
];
""", _s, "https://easywechat.com/6.x/pay/index.html")

_s = hexs(32)
SV("python", "wechat-appsecret", "wechat/token.py", """
# -*- coding: utf-8 -*-
import requests

APPID = "<<id>>"
APPSECRET = "<<v>>"  # 公众号开发者密码


def get_access_token():
    r = requests.get("https://api.weixin.qq.com/cgi-bin/token", params={
        "grant_type": "client_credential", "appid": APPID, "secret": APPSECRET,
    }, timeout=5)
    return r.json()["access_token"]
""", _s, SRC_WX, id=wx_appid())

# decoys: robots and WeChat
D("yaml", "doc-example", "prometheus-webhook-dingtalk/config.example.yml", T("""
## Request timeout
# timeout: 5s

targets:
  webhook1:
    url: https://oapi.dingtalk.com/robot/send?access_token=xxxxxxxxxxxx
    # secret for signature
    secret: SEC000000000000000000000
  webhook_mention_all:
    url: https://oapi.dingtalk.com/robot/send?access_token=xxxxxxxxxxxx
    mention:
      all: true
"""), SRC_DING_PROM)

D("shell", "env-reference", "bin/notify_ding.sh", T("""
#!/bin/bash
# 钉钉通知：token 从 CI 变量 DINGTALK_TOKEN 注入
set -e
: "${DINGTALK_TOKEN:?请先设置 DINGTALK_TOKEN}"
curl -s "https://oapi.dingtalk.com/robot/send?access_token=${DINGTALK_TOKEN}" \\
  -H 'Content-Type: application/json' \\
  -d '{"msgtype":"text","text":{"content":"部署完成"}}'
"""), SRC_DING)

D("markdown", "doc-example", "docs/企业微信通知.md", T("""
# 企业微信群机器人接入

在群聊中添加机器人后，会得到一个 webhook 地址，形如：

```
https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa
```

将其配置到 `WECOM_WEBHOOK` 环境变量即可，**不要**写进代码仓库。
"""), SRC_WECOM)

D("yaml", "template-expression", "deploy/notify-values.yaml", T("""
# 通知配置（由 Helm 渲染）
notify:
  feishu:
    webhook: "https://open.feishu.cn/open-apis/bot/v2/hook/{{ .Values.feishu.hookId }}"
    secret: "{{ .Values.feishu.signSecret }}"
  wecom:
    key: "{{ .Values.wecom.robotKey }}"
"""), SRC_FEISHU)

DV("json", "public-id", "miniprogram/project.config.json", """
{
  "description": "项目配置文件",
  "packOptions": {"ignore": [], "include": []},
  "setting": {"urlCheck": true, "es6": true, "postcss": true, "minified": true},
  "compileType": "miniprogram",
  "libVersion": "3.3.4",
  "appid": "<<v>>",
  "projectname": "shop-mp",
  "condition": {}
}
""", wx_appid(), "https://developers.weixin.qq.com/miniprogram/dev/devtools/projectconfig.html")

D("spring-yaml", "env-reference", "src/main/resources/application-wxpay.yml", T("""
# 微信支付 —— 所有敏感信息走环境变量
wx:
  pay:
    appId: ${WX_APPID}
    mchId: ${WX_MCH_ID}
    apiV3Key: ${WX_API_V3_KEY}
    privateKeyPath: /etc/wxpay/apiclient_key.pem
    notifyUrl: https://api.example.cn/pay/notify
"""), "https://github.com/binarywang/WxJava")

DV("dotenv", "uuid-id", "lark-bot/.env.defaults", """
# 非敏感默认值
LARK_HOST=https://open.feishu.cn
# 群 chat_id 与 审批定义 code（非密钥）
LARK_CHAT_ID=oc_<<c>>
LARK_APPROVAL_CODE=<<v>>
LOG_LEVEL=info
""", uuid_s().upper(), "https://open.feishu.cn/document/server-docs/approval-v4/approval/overview-of-approval-resources", c=hexs(32))

# ---------------------------------------------------------------------------------------------
# German-speaking teams
# ---------------------------------------------------------------------------------------------

_p = human("de")
SV("properties", "database", "src/main/resources/application.properties", """
# Datenbankverbindung (Entwicklungsserver im Büro)
spring.datasource.url=jdbc:postgresql://db-dev.intern:5432/lager
spring.datasource.username=lager_app
spring.datasource.password=<<v>>
spring.datasource.hikari.maximum-pool-size=10

# JPA
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.show-sql=false
""", _p, SRC_SPRING, crlf=True)

_p = "Grünkohl#" + str(_rng().randint(1990, 2030))
SV("yaml", "database", "config/einstellungen.yaml", """
# Einstellungen für den Import-Dienst
allgemein:
  sprache: de
  zeitzone: Europe/Berlin

datenbank:
  host: sql01.firma.local
  port: 3306
  name: warenwirtschaft
  benutzer: import
  passwort: "<<v>>"

import:
  verzeichnis: /srv/import/eingang
  intervall_minuten: 15
""", _p, "https://pyyaml.org/wiki/PyYAMLDocumentation")

_p = strong(24)
SV("php", "database", "wp-config.php", """
<?php
/**
 * Grundeinstellungen für WordPress
 *
 * @package WordPress
 */

// ** Datenbank-Einstellungen - Diese Zugangsdaten bekommst du von deinem Webhoster. ** //
/** Der Name der Datenbank für WordPress */
define( 'DB_NAME', 'wp_praxis' );

/** Benutzername der Datenbank */
define( 'DB_USER', 'wp_praxis_user' );

/** Passwort der Datenbank */
define( 'DB_PASSWORD', '<<v>>' );

/** Hostname der Datenbank */
define( 'DB_HOST', 'localhost' );

/** Zeichensatz der Datenbank */
define( 'DB_CHARSET', 'utf8mb4' );

$table_prefix = 'wp_';

define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", _p, "https://github.com/WordPress/WordPress/blob/master/wp-config-sample.php")

_p = human("de")
SV("dotenv", "database", ".env.staging", """
# Staging-Umgebung
APP_UMGEBUNG=staging
DB_HOST=staging-db.firma.de
DB_BENUTZER=shop
DB_KENNWORT=<<v>>
DB_NAME=shop_staging
CACHE_TREIBER=redis
""", _p, SRC_DOTENV)

_p = human("de")
SV("batch", "database", "sicherung/backup_nacht.bat", """
@echo off
REM Naechtliche Sicherung der Postgres-Datenbank
REM Wird von der Aufgabenplanung um 02:00 gestartet
set PGHOST=10.0.5.20
set PGUSER=sicherung
set PGPASSWORD=<<v>>
set ZIEL=D:\\Sicherung\\%DATE:~-4%-%DATE:~3,2%-%DATE:~0,2%
mkdir "%ZIEL%"
"C:\\Program Files\\PostgreSQL\\16\\bin\\pg_dump.exe" -Fc -f "%ZIEL%\\erp.dump" erp
if errorlevel 1 echo Sicherung fehlgeschlagen >> D:\\Sicherung\\fehler.log
""", _p, "https://www.postgresql.org/docs/current/libpq-envars.html", crlf=True)

_p = human("de")
SV("python", "smtp", "benachrichtigung/mail.py", """
# -*- coding: utf-8 -*-
\"\"\"Versand der Tagesberichte per E-Mail.\"\"\"
import smtplib
from email.message import EmailMessage

SMTP_SERVER = "mail.gmx.net"
SMTP_PORT = 587
ABSENDER = "berichte.lager@gmx.de"
KENNWORT = "<<v>>"


def sende_bericht(empfaenger: str, text: str) -> None:
    nachricht = EmailMessage()
    nachricht["Subject"] = "Tagesbericht Lager"
    nachricht["From"] = ABSENDER
    nachricht["To"] = empfaenger
    nachricht.set_content(text)
    with smtplib.SMTP(SMTP_SERVER, SMTP_PORT) as server:
        server.starttls()
        server.login(ABSENDER, KENNWORT)
        server.send_message(nachricht)
""", _p, "https://docs.python.org/3/library/smtplib.html")

_kid, _ksec = aws_pair()
SV("ini", "aws", ".aws/credentials", """
# Zugang für das Buchhaltungs-Team (nur S3-Lesezugriff)
[default]
region = eu-central-1

[buchhaltung]
aws_access_key_id = <<id>>
aws_secret_access_key = <<v>>
""", _ksec, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", id=_kid)

_p = strong(18)
SV("compose", "database", "docker/docker-compose.yml", """
# Lokale Entwicklungsumgebung
services:
  datenbank:
    image: mariadb:11
    environment:
      MARIADB_ROOT_PASSWORD: "<<v>>"
      MARIADB_DATABASE: kundenportal
    volumes:
      - db-daten:/var/lib/mysql
    ports:
      - "3306:3306"

volumes:
  db-daten:
""", _p, SRC_COMPOSE)

D("dotenv", "localized-placeholder", ".env.vorlage", T("""
# Vorlage: nach .env kopieren und ausfüllen
DB_HOST=localhost
DB_BENUTZER=shop
DB_PASSWORT=hier_passwort_eintragen
SMTP_KENNWORT=hier_kennwort_eintragen
"""), SRC_DOTENV)

D("php", "localized-placeholder", "wp-config-sample.php", T("""
<?php
// ** Datenbank-Einstellungen - Diese Zugangsdaten bekommst du von deinem Webhoster. ** //
/** Der Name der Datenbank für WordPress */
define( 'DB_NAME', 'Datenbankname_hier_einfuegen' );

/** Benutzername der Datenbank */
define( 'DB_USER', 'Benutzername_hier_einfuegen' );

/** Passwort der Datenbank */
define( 'DB_PASSWORD', 'Passwort_hier_einfuegen' );

/** Hostname der Datenbank */
define( 'DB_HOST', 'localhost' );
"""), "https://de.wordpress.org/")

D("properties", "i18n-strings", "src/main/resources/messages_de.properties", T("""
login.title=Anmeldung
login.username=Benutzername
login.password=Passwort
login.password.placeholder=Kennwort eingeben
login.password.forgot=Passwort vergessen?
login.error.badCredentials=Benutzername oder Passwort ist falsch.
password.policy=Das Passwort muss mindestens 12 Zeichen lang sein.
password.change.success=Ihr Kennwort wurde geändert.
"""), "https://docs.spring.io/spring-boot/reference/features/internationalization.html", crlf=True)

D("yaml", "ansible-vault", "group_vars/produktion/vault.yml", T("""
$ANSIBLE_VAULT;1.1;AES256
<<a>>
<<b>>
<<c>>
<<d>>
<<e>>
""", a=hexs(80), b=hexs(80), c=hexs(80), d=hexs(80), e=hexs(48)), "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html")

D("dockerfile", "checksum", "docker/Dockerfile", T("""
# Basis-Image für die Rechnungsstellung
FROM python:3.12-slim

# Schriftarten für PDF-Erzeugung (Prüfsumme vom Hersteller)
ARG FONT_SHA256=<<s>>
RUN curl -fsSLo /tmp/fonts.zip https://downloads.example.de/schriften-2.3.zip \\
 && echo "${FONT_SHA256}  /tmp/fonts.zip" | sha256sum -c - \\
 && unzip /tmp/fonts.zip -d /usr/share/fonts && rm /tmp/fonts.zip

WORKDIR /app
COPY . .
CMD ["python", "-m", "rechnung"]
""", s=hexs(64)), "https://docs.docker.com/reference/dockerfile/")

# ---------------------------------------------------------------------------------------------
# French-speaking teams
# ---------------------------------------------------------------------------------------------

_p = human("fr")
SV("ini", "database", "config/parametres.ini", """
; Paramètres de l'application de facturation
[general]
langue = fr
fuseau = Europe/Paris

[base_de_donnees]
hote = bdd.interne.local
port = 5432
utilisateur = facturation
mot_de_passe = <<v>>
nom = facturation_prod
""", _p, "https://docs.python.org/3/library/configparser.html", crlf=True)

_p = strong(22)
SV("dotenv", "database", ".env.local", """
###> doctrine/doctrine-bundle ###
# Format : "postgresql://utilisateur:mot_de_passe@hote:port/base?serverVersion=16&charset=utf8"
DATABASE_URL="postgresql://app_rh:<<v>>@127.0.0.1:5432/rh?serverVersion=16&charset=utf8"
###< doctrine/doctrine-bundle ###

###> symfony/mailer ###
MAILER_DSN=null://null
###< symfony/mailer ###
""", _p, "https://symfony.com/doc/current/doctrine.html#configuring-the-database")

_p = human("fr")
SV("python", "database", "gestion/settings.py", """
# Paramètres Django du projet « gestion »
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = False
ALLOWED_HOSTS = ["gestion.exemple.fr"]
LANGUAGE_CODE = "fr-fr"
TIME_ZONE = "Europe/Paris"

# Base de données
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "gestion",
        "USER": "gestion",
        "PASSWORD": "<<v>>",  # à déplacer dans les variables d'environnement
        "HOST": "pg.exemple.fr",
        "PORT": "5432",
    }
}
""", _p, SRC_DJANGO)

_p = strong(16)
SV("php", "database", "app/config/parameters.php", """
<?php return array (
  'parameters' =>
  array (
    'database_host' => '127.0.0.1',
    'database_port' => '',
    'database_name' => 'boutique',
    'database_user' => 'boutique',
    'database_password' => '<<v>>',
    'database_prefix' => 'ps_',
    'database_engine' => 'InnoDB',
    'mailer_transport' => 'smtp',
    'ps_caching' => 'CacheMemcache',
    'locale' => 'fr-FR',
  ),
);
""", _p, "https://devdocs.prestashop-project.org/8/basics/installation/")

_p = human("fr").replace("$", "#")  # make would expand a "$"
SV("makefile", "database", "Makefile", """
# Tâches courantes de la base de données
BDD_HOTE ?= 127.0.0.1
BDD_UTILISATEUR ?= root

.PHONY: restaurer sauvegarder

sauvegarder:
\tmysqldump -h $(BDD_HOTE) -u $(BDD_UTILISATEUR) -p'<<v>>' catalogue > sauvegarde.sql

restaurer:
\tmysql -h $(BDD_HOTE) -u $(BDD_UTILISATEUR) -p'<<v>>' catalogue < sauvegarde.sql
""", _p, "https://www.gnu.org/software/make/manual/make.html")

D("dotenv", "localized-placeholder", ".env.dist", T("""
# Copiez ce fichier en .env et renseignez vos identifiants
BDD_UTILISATEUR=votre_utilisateur
BDD_MOT_DE_PASSE=votre_mot_de_passe
SMTP_MOT_DE_PASSE=<votre mot de passe SMTP>
SMTP_HOTE=smtp.exemple.fr
"""), SRC_DOTENV)

D("json", "i18n-strings", "src/locales/fr.json", T("""
{
  "connexion": {
    "titre": "Connexion",
    "identifiant": "Identifiant",
    "mot_de_passe": "Mot de passe",
    "mot_de_passe_oublie": "Mot de passe oublié ?",
    "erreur": "Identifiant ou mot de passe incorrect",
    "regle": "Le mot de passe doit contenir au moins 12 caractères, dont un chiffre."
  }
}
"""), SRC_I18N)

D("python", "env-reference", "facturation/settings_prod.py", T("""
# Paramètres de production : les secrets viennent de l'environnement
import os

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ["BDD_NOM"],
        "USER": os.environ["BDD_UTILISATEUR"],
        "PASSWORD": os.environ["BDD_MOT_DE_PASSE"],
        "HOST": os.environ.get("BDD_HOTE", "localhost"),
    }
}
"""), SRC_DJANGO)

# ---------------------------------------------------------------------------------------------
# Spanish-speaking teams
# ---------------------------------------------------------------------------------------------

_p = "Montaña#" + str(_rng().randint(10, 99)) + "Sevilla"
SV("yaml", "database", "config/configuración.yml", """
# Configuración del servicio de inventario
servidor:
  puerto: 8080
  idioma: es

base_de_datos:
  motor: mysql
  anfitrión: 10.20.0.15
  usuario: inventario
  contraseña: "<<v>>"
  esquema: inventario
""", _p, "https://yaml.org/spec/1.2.2/")

_p = strong(20)
SV("json", "database", "Api/appsettings.Production.json", """
{
  "Logging": {
    "LogLevel": { "Default": "Warning" }
  },
  "_comentario": "Cadena de conexión al SQL Server de producción",
  "ConnectionStrings": {
    "Principal": "Server=sqlprod01.empresa.local;Database=Nomina;User Id=nomina_app;Password=<<v>>;TrustServerCertificate=True"
  },
  "AllowedHosts": "*"
}
""", _p, "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/")

_p = human("es")
SV("php", "database", "includes/conexion.php", """
<?php
// Conexión a la base de datos de la tienda
$servidor = "localhost";
$usuario  = "tienda";
$clave    = "<<v>>";
$bd       = "tienda_online";

$conexion = new mysqli($servidor, $usuario, $clave, $bd);
if ($conexion->connect_error) {
    die("Error de conexión: " . $conexion->connect_error);
}
$conexion->set_charset("utf8mb4");
""", _p, "https://www.php.net/manual/es/mysqli.construct.php")

_p = human("es")
SV("javascript", "database", "knexfile.js", """
// Configuración de Knex para los distintos entornos
module.exports = {
  desarrollo: {
    client: 'pg',
    connection: 'postgres://localhost/reservas_dev',
  },
  produccion: {
    client: 'pg',
    connection: {
      host: 'reservas-db.empresa.es',
      user: 'reservas',
      password: '<<v>>', // TODO: mover a variable de entorno
      database: 'reservas',
    },
    pool: { min: 2, max: 10 },
  },
};
""", _p, "https://knexjs.org/guide/#configuration-options")

_p = mail_code()
SV("dotenv", "smtp", ".env.produccion", """
# Correo saliente (contraseña de aplicación de Gmail)
MAIL_MAILER=smtp
MAIL_HOST=smtp.gmail.com
MAIL_PORT=587
MAIL_USERNAME=notificaciones.tienda@gmail.com
MAIL_PASSWORD=<<v>>
MAIL_ENCRYPTION=tls
MAIL_FROM_NAME="Tienda Online"
""", _p, "https://laravel.com/docs/11.x/mail#configuration")

D("yaml", "localized-placeholder", "config/configuracion.ejemplo.yml", T("""
# Ejemplo: copie este archivo y rellene los datos reales
base_de_datos:
  usuario: inventario
  contraseña: tu_contraseña
  clave_api: "<su clave aquí>"
"""), "https://yaml.org/spec/1.2.2/")

DV("sql", "password-hash", "db/semillas_usuarios.sql", """
-- Usuarios iniciales (contraseñas con bcrypt, coste 12)
INSERT INTO usuarios (id, correo, nombre, clave_hash, rol) VALUES
  (1, 'admin@empresa.es', 'Administración', '<<v>>', 'admin'),
  (2, 'soporte@empresa.es', 'Soporte', '<<w>>', 'soporte');
-- La contraseña inicial se envía por correo y debe cambiarse en el primer acceso.
""", bcrypt_hash(), "https://www.postgresql.org/docs/current/sql-insert.html", w=bcrypt_hash())

D("json", "i18n-strings", "public/locales/es/translation.json", T("""
{
  "acceso": "Acceso",
  "usuario": "Usuario",
  "contrasena": "Contraseña",
  "clave": "Clave",
  "olvide": "¿Olvidaste tu contraseña?",
  "error_clave": "La contraseña no es correcta",
  "requisitos": "Mínimo 10 caracteres, una mayúscula y un número"
}
"""), SRC_I18N)

# ---------------------------------------------------------------------------------------------
# Portuguese-speaking teams
# ---------------------------------------------------------------------------------------------

_p = human("pt")
SV("properties", "database", "src/main/resources/application-homolog.properties", """
# Ambiente de homologação
banco.url=jdbc:postgresql://homolog-db.empresa.com.br:5432/vendas
banco.usuario=vendas_app
banco.senha=<<v>>
# Integração com o ERP
erp.url=https://erp-homolog.empresa.com.br/api
erp.timeout=30000
""", _p, SRC_SPRING)

_p = human("pt").replace("$", "!")  # no "$": a dotenv loader would expand it
SV("dotenv", "database", "api/.env", """
# Configuração local
PORTA=3333
BANCO_HOST=localhost
BANCO_USUARIO=postgres
SENHA_BANCO=<<v>>
BANCO_NOME=agendamentos
""", _p, SRC_DOTENV)

_r = _rng()
_p = " ".join("".join(_r.choice(LOWER) for _ in range(4)) for _ in range(4))
SV("python", "smtp", "notificacoes/email_config.py", """
# -*- coding: utf-8 -*-
# Configuração do envio de e-mails (senha de app do Google)
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.gmail.com"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "contato.clinica@gmail.com"
EMAIL_HOST_PASSWORD = "<<v>>"
DEFAULT_FROM_EMAIL = "Clínica <contato.clinica@gmail.com>"
""", _p, SRC_DJANGO)

_p = "Coração@" + str(_rng().randint(1000, 9999))
SV("k8s-secret", "database", "k8s/segredo-banco.yaml", """
# Segredo com a senha do banco (base64)
apiVersion: v1
kind: Secret
metadata:
  name: banco-credenciais
  namespace: financeiro
type: Opaque
data:
  usuario: <<u>>
  senha: <<b>>
""", _p, SRC_K8S, u=b64("financeiro"), b=b64(_p))

D("dotenv", "localized-placeholder", "api/.env.exemplo", T("""
# Copie para .env e preencha
BANCO_USUARIO=postgres
SENHA_BANCO=sua_senha_aqui
EMAIL_SENHA=coloque_sua_senha
BANCO_NOME=agendamentos
"""), SRC_DOTENV)

D("yaml", "sops-encrypted", "k8s/segredos.enc.yaml", T("""
apiVersion: v1
kind: Secret
metadata:
    name: banco-credenciais
type: Opaque
stringData:
    senha: ENC[AES256_GCM,data:<<d>>,iv:<<iv>>,tag:<<tag>>,type:str]
sops:
    kms: []
    age:
        - recipient: age1<<age>>
    lastmodified: "2024-05-02T13:11:09Z"
    mac: ENC[AES256_GCM,data:<<mac>>,iv:<<iv2>>,tag:<<tag2>>,type:str]
    version: 3.8.1
""", d=chars(24, ALNUM + "+/"), iv=chars(43, ALNUM + "+/") + "=", tag=chars(22, ALNUM + "+/") + "==",
    age=chars(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), mac=chars(88, ALNUM + "+/"),
    iv2=chars(43, ALNUM + "+/") + "=", tag2=chars(22, ALNUM + "+/") + "=="), "https://github.com/getsops/sops#readme")

D("json", "i18n-strings", "src/i18n/pt-BR.json", T("""
{
  "login": {
    "titulo": "Entrar",
    "email": "E-mail",
    "senha": "Senha",
    "esqueci": "Esqueci minha senha",
    "senhaInvalida": "Senha inválida",
    "confirmarSenha": "Confirme a senha"
  }
}
"""), SRC_I18N)

# ---------------------------------------------------------------------------------------------
# Italian and Dutch teams
# ---------------------------------------------------------------------------------------------

_p = human("it")
SV("php", "database", "config/database.php", """
<?php
// Configurazione del database del gestionale
// ATTENZIONE: non modificare in produzione senza avvisare il team
return [
    'driver'   => 'mysql',
    'host'     => 'db.gestionale.local',
    'database' => 'gestionale',
    'username' => 'gestionale',
    'password' => '<<v>>',
    'charset'  => 'utf8mb4',
];
""", _p, "https://www.php.net/manual/en/pdo.connections.php")

_p = fakes.redis_password(_seed())
SV("compose", "redis", "docker-compose.prod.yml", """
# Servizi di produzione (cache e code)
services:
  cache:
    image: redis:7-alpine
    # password di Redis passata come argomento
    command: ["redis-server", "--requirepass", "<<v>>", "--appendonly", "yes"]
    restart: unless-stopped
  worker:
    image: registry.example.it/ordini-worker:2.4.1
    environment:
      REDIS_HOST: cache
""", _p, "https://hub.docker.com/_/redis")

D("yaml", "localized-placeholder", "config/impostazioni.esempio.yaml", T("""
# Esempio di configurazione: sostituire i valori tra < >
database:
  utente: gestionale
  password: <la_tua_password>
posta:
  utente: notifiche@esempio.it
  password: inserisci_la_password
"""), "https://yaml.org/spec/1.2.2/")

_p = human("nl")
SV("yaml", "database", "config/instellingen.yml", """
# Instellingen voor de planningsdienst
omgeving: productie
database:
  server: db01.bedrijf.nl
  poort: 5432
  gebruiker: planning
  wachtwoord: "<<v>>"
  naam: planning
""", _p, "https://yaml.org/spec/1.2.2/")

_p = human("nl")
SV("dotenv", "smtp", ".env.productie", """
# Uitgaande e-mail via Office 365
SMTP_SERVER=smtp.office365.com
SMTP_POORT=587
SMTP_GEBRUIKER=facturen@bedrijf.nl
SMTP_WACHTWOORD=<<v>>
AFZENDER_NAAM="Bedrijf Facturatie"
""", _p, SRC_DOTENV)

D("dotenv", "localized-placeholder", ".env.voorbeeld", T("""
# Kopieer naar .env en vul in
SMTP_GEBRUIKER=facturen@bedrijf.nl
SMTP_WACHTWOORD=jouw_wachtwoord
DB_WACHTWOORD=vul_hier_je_wachtwoord_in
SMTP_SERVER=smtp.office365.com
"""), SRC_DOTENV)

D("json", "i18n-strings", "locales/nl.json", T("""
{
  "inloggen": "Inloggen",
  "gebruikersnaam": "Gebruikersnaam",
  "wachtwoord": "Wachtwoord",
  "wachtwoord_vergeten": "Wachtwoord vergeten?",
  "wachtwoord_onjuist": "Het wachtwoord is onjuist",
  "wachtwoord_eisen": "Minimaal 12 tekens"
}
"""), SRC_I18N)

# ---------------------------------------------------------------------------------------------
# Russian-speaking teams
# ---------------------------------------------------------------------------------------------

_p = "Ромашка" + str(_rng().randint(1000, 9999)) + "!"
SV("json", "database", "Service/appsettings.json", """
{
  "ConnectionStrings": {
    "Склад": "Host=pg-sklad.local;Port=5432;Database=sklad;Username=sklad_app;Password=<<v>>"
  },
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "*"
}
""", _p, "https://www.npgsql.org/doc/connection-string-parameters.html")

_p = human("ru")
SV("yaml", "database", "config/настройки.yaml", """
# Настройки сервиса выгрузки в 1С
сервер:
  адрес: 0.0.0.0
  порт: 8090
база:
  хост: mssql-1c.corp.local
  пользователь: exchange
  пароль: "<<v>>"
  база_данных: Trade
""", _p, "https://yaml.org/spec/1.2.2/")

_p = mail_code()
SV("python", "smtp", "shop/settings/production.py", """
# Продакшен-настройки
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["shop.example.ru"]

# Почта через Яндекс (пароль приложения)
EMAIL_HOST = "smtp.yandex.ru"
EMAIL_PORT = 465
EMAIL_USE_SSL = True
EMAIL_HOST_USER = "noreply@example.ru"
EMAIL_HOST_PASSWORD = "<<v>>"
DEFAULT_FROM_EMAIL = EMAIL_HOST_USER
""", _p, "https://yandex.ru/support/mail/mail-clients/others.html")

_p = human("ru")
SV("powershell", "windows-credential", "scripts/Подключить-Диск.ps1", """
# Подключение сетевого диска бухгалтерии
# Запускается при входе пользователя
$Пользователь = "CORP\\svc_buh"
$Пароль = ConvertTo-SecureString '<<v>>' -AsPlainText -Force
$Учётка = New-Object System.Management.Automation.PSCredential($Пользователь, $Пароль)

New-PSDrive -Name "B" -PSProvider FileSystem -Root "\\\\fs01\\buh" -Credential $Учётка -Persist
Write-Host "Диск B: подключен"
""", _p, "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", crlf=True)

_p = strong(24)
SV("ansible", "database", "group_vars/db_servers.yml", """
---
# Переменные для серверов PostgreSQL
postgresql_version: 16
postgresql_listen_addresses: "*"
postgresql_users:
  - name: billing
    password: "<<v>>"
    encrypted: true
postgresql_databases:
  - name: billing
    owner: billing
""", _p, "https://github.com/geerlingguy/ansible-role-postgresql#role-variables")

_p = human("ru")
SV("pgpass", "database", ".pgpass", """
# hostname:port:database:username:password
# отчётная реплика (только чтение)
replica-01.db.local:5432:reports:analyst:<<v>>
localhost:5432:*:postgres:*
# резервная копия: см. wiki «Бэкапы»
""", _p, "https://www.postgresql.org/docs/current/libpq-pgpass.html")

D("yaml", "localized-placeholder", "config/настройки.пример.yaml", T("""
# Пример. Скопируйте в настройки.yaml и укажите свои значения
база:
  хост: localhost
  пользователь: exchange
  пароль: ваш_пароль
  токен_api: <вставьте токен>
"""), "https://yaml.org/spec/1.2.2/")

D("yaml", "i18n-strings", "config/locales/ru.yml", T("""
ru:
  sessions:
    new:
      title: "Вход"
      email: "Электронная почта"
      password: "Пароль"
      forgot: "Забыли пароль?"
      invalid: "Неверный адрес или пароль"
  passwords:
    too_short: "Пароль должен быть не короче %{count} символов"
"""), "https://guides.rubyonrails.org/i18n.html")

D("ssh", "public-key", ".ssh/authorized_keys", T("""
# Ключи администраторов (публичные). Закрытые ключи хранятся у владельцев.
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<a>> ivanov@notebook
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<b>> petrova@workstation
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ<<c>> deploy@ci
# Удалено 2024-03-01: sidorov (уволился)
""", a=chars(43, ALNUM + "+/"), b=chars(43, ALNUM + "+/"), c=chars(200, ALNUM + "+/")), "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT")

# ---------------------------------------------------------------------------------------------
# Chinese-speaking teams
# ---------------------------------------------------------------------------------------------

_p = strong(16)
SV("spring-yaml", "nacos", "src/main/resources/bootstrap.yml", """
spring:
  application:
    name: order-service
  cloud:
    nacos:
      # 注册中心与配置中心
      server-addr: 10.0.1.10:8848
      username: nacos
      password: <<v>>
      config:
        file-extension: yaml
        namespace: 5f2a8c1e-3b4d-4e6f-8a9b-0c1d2e3f4a5b
        group: DEFAULT_GROUP
""", _p, SRC_NACOS)

_p = human("zh")
SV("xml", "database", "src/main/resources/generatorConfig.xml", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE generatorConfiguration
        PUBLIC "-//mybatis.org//DTD MyBatis Generator Configuration 1.0//EN"
        "http://mybatis.org/dtd/mybatis-generator-config_1_0.dtd">
<generatorConfiguration>
    <context id="MySQL" targetRuntime="MyBatis3Simple">
        <!-- 数据库连接信息 -->
        <jdbcConnection driverClass="com.mysql.cj.jdbc.Driver"
                        connectionURL="jdbc:mysql://192.168.1.100:3306/mall?useSSL=false&amp;serverTimezone=Asia/Shanghai"
                        userId="root"
                        password="<<v>>">
        </jdbcConnection>
        <!-- 生成实体类的位置 -->
        <javaModelGenerator targetPackage="com.example.mall.entity" targetProject="src/main/java"/>
        <sqlMapGenerator targetPackage="mapper" targetProject="src/main/resources"/>
        <table tableName="oms_order"/>
    </context>
</generatorConfiguration>
""", _p, "https://mybatis.org/generator/configreference/jdbcConnection.html")

_p = human("zh")
SV("markdown", "server-notes", "docs/服务器信息.md", """
# 测试服务器信息

| 用途 | 地址 | 备注 |
| ---- | ---- | ---- |
| 应用服务器 | 10.10.2.31 | CentOS 7 |
| 数据库 | 10.10.2.40 | MySQL 8.0 |

## 数据库账号

- 地址：10.10.2.40：3306
- 用户名：dev_admin
- 密码：<<v>>

（以上仅限测试环境，生产环境请找运维申请。）
""", _p, "https://docs.github.com/en/get-started/writing-on-github")

_p = fakes.redis_password(_seed())
SV("redis-conf", "redis", "conf/redis.conf", """
# Redis 配置文件（缓存集群节点）
bind 0.0.0.0
port 6379
daemonize no
# 开启持久化
appendonly yes
appendfsync everysec
# 最大内存
maxmemory 4gb
maxmemory-policy allkeys-lru
# 访问密码
requirepass <<v>>
masterauth <<v>>
""", _p, SRC_REDIS)

_p = fakes.redis_password(_seed())
SV("spring-yaml", "redis", "src/main/resources/application-test.yml", """
spring:
  # Redis 配置
  data:
    redis:
      host: 10.0.3.15
      port: 6379
      database: 2
      password: <<v>>
      timeout: 3000ms
      lettuce:
        pool:
          max-active: 16
          max-idle: 8
""", _p, SRC_SPRING)

_p = mail_code()
SV("python", "smtp", "website/settings.py", """
# 邮件配置（QQ 邮箱，密码为 SMTP 授权码）
EMAIL_BACKEND = 'django.core.mail.backends.smtp.EmailBackend'
EMAIL_HOST = 'smtp.qq.com'
EMAIL_PORT = 465
EMAIL_USE_SSL = True
EMAIL_HOST_USER = '1234567890@qq.com'
EMAIL_HOST_PASSWORD = '<<v>>'
DEFAULT_FROM_EMAIL = '网站通知 <1234567890@qq.com>'
""", _p, "https://service.mail.qq.com/detail/0/75")

_t = fakes.pypi_token(_seed())
SV("pypirc", "pypi", ".pypirc", """
# PyPI 发布配置
[distutils]
index-servers =
    pypi
    tuna

[pypi]
username = __token__
password = <<v>>

[tuna]
repository = https://pypi.example.cn/simple
username = ci
""", _t, SRC_PYPIRC)

_p = strong(20)
SV("k8s-configmap", "database", "k8s/configmap-app.yaml", """
# 应用配置（注意：这里本该用 Secret）
apiVersion: v1
kind: ConfigMap
metadata:
  name: mall-admin-config
  namespace: mall
data:
  application.properties: |
    server.port=8080
    spring.datasource.url=jdbc:mysql://mysql.mall:3306/mall_admin?characterEncoding=utf8
    spring.datasource.username=mall_admin
    spring.datasource.password=<<v>>
    logging.level.root=INFO
""", _p, "https://kubernetes.io/docs/concepts/configuration/configmap/")

_p = "天王盖地虎" + str(_rng().randint(100, 999))
SV("python", "database", "etl/同步订单.py", """
# -*- coding: utf-8 -*-
\"\"\"从业务库同步订单到数据仓库\"\"\"
import pymysql

# 业务库（只读账号）
conn = pymysql.connect(
    host="10.1.8.20",
    port=3306,
    user="readonly",
    password="<<v>>",
    database="shop",
    charset="utf8mb4",
)

with conn.cursor() as cur:
    cur.execute("SELECT id, amount, created_at FROM orders WHERE created_at >= CURDATE()")
    rows = cur.fetchall()
print("同步条数：", len(rows))
""", _p, "https://pymysql.readthedocs.io/en/latest/user/examples.html")

_p = strong(14)
SV("dockerfile", "database", "mysql/Dockerfile", """
# 自定义 MySQL 镜像（带初始化脚本）
FROM mysql:8.0
ENV TZ=Asia/Shanghai \\
    MYSQL_ROOT_PASSWORD=<<v>> \\
    MYSQL_DATABASE=ruoyi
COPY ./sql/*.sql /docker-entrypoint-initdb.d/
EXPOSE 3306
""", _p, "https://hub.docker.com/_/mysql")

_t = fakes.pypi_token(_seed())
SV("github-actions", "pypi", ".github/workflows/publish.yml", """
name: 发布到 PyPI
on:
  release:
    types: [published]

jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install build twine && python -m build
      - name: 上传
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: <<v>>
        run: twine upload dist/*
""", _t, "https://twine.readthedocs.io/en/stable/#environment-variables")

_p = strong(18)
SV("json", "database", "datax/job/mysql2hive.json", """
{
  "job": {
    "setting": {"speed": {"channel": 3}},
    "content": [
      {
        "reader": {
          "name": "mysqlreader",
          "parameter": {
            "username": "dw_reader",
            "password": "<<v>>",
            "column": ["id", "user_id", "amount", "status"],
            "connection": [
              {"table": ["t_order"], "jdbcUrl": ["jdbc:mysql://10.2.0.8:3306/trade"]}
            ]
          }
        },
        "writer": {
          "name": "hdfswriter",
          "parameter": {
            "defaultFS": "hdfs://nameservice1",
            "fileType": "orc",
            "path": "/user/hive/warehouse/ods.db/t_order",
            "fileName": "t_order",
            "writeMode": "append",
            "fieldDelimiter": "\\t"
          }
        }
      }
    ]
  }
}
""", _p, "https://github.com/alibaba/DataX/blob/master/mysqlreader/doc/mysqlreader.md")

_a, _s = qiniu_key(), qiniu_key()
SV("python", "qiniu", "utils/qiniu_upload.py", """
# -*- coding: utf-8 -*-
from qiniu import Auth, put_file

# 七牛云密钥（个人中心 → 密钥管理）
access_key = '<<a>>'
secret_key = '<<v>>'
q = Auth(access_key, secret_key)


def upload(local_file, key, bucket='blog-images'):
    token = q.upload_token(bucket, key, 3600)
    ret, info = put_file(token, key, local_file)
    return ret['key']
""", _s, "https://developer.qiniu.com/kodo/1242/python", a=_a)

D("dotenv", "localized-placeholder", "docker/.env.template", T("""
# 环境变量模板，部署前请修改
MYSQL_ROOT_PASSWORD=请填写密码
REDIS_PASSWORD=请填写Redis密码
NACOS_PASSWORD=（请向运维索取）
TZ=Asia/Shanghai
"""), SRC_DOTENV)

DV("spring-yaml", "jasypt-ciphertext", "src/main/resources/application-uat.yml", """
# 敏感配置已用 jasypt 加密，密钥通过启动参数 -Djasypt.encryptor.password 传入
spring:
  datasource:
    url: jdbc:mysql://uat-mysql:3306/crm
    username: crm
    password: ENC(<<v>>)
jasypt:
  encryptor:
    algorithm: PBEWITHHMACSHA512ANDAES_256
""", chars(64, ALNUM + "+/"), "https://github.com/ulisesbocchio/jasypt-spring-boot")

DV("spring-yaml", "uuid-id", "src/main/resources/bootstrap-prod.yml", """
spring:
  cloud:
    nacos:
      server-addr: ${NACOS_ADDR:nacos.prod:8848}
      username: ${NACOS_USER}
      password: ${NACOS_PASSWORD}
      config:
        # 命名空间 ID（生产）
        namespace: <<v>>
        file-extension: yaml
""", uuid_s(), SRC_NACOS)

D("json", "i18n-strings", "src/locales/zh-CN.json", T("""
{
  "login": {
    "title": "登录",
    "username": "用户名",
    "password": "密码",
    "passwordPlaceholder": "请输入密码",
    "forgot": "忘记密码？",
    "error": "用户名或密码错误",
    "secretKey": "密钥",
    "accessKey": "访问密钥（AccessKey）"
  }
}
"""), SRC_I18N)

DV("sql", "password-hash", "sql/ry_init_user.sql", """
-- ----------------------------
-- 初始化-用户信息表数据（密码为 BCrypt 加密后的值）
-- ----------------------------
insert into sys_user values(1, 103, 'admin', '管理员', '00', 'admin@example.cn', '15888888888', '1', '', '<<v>>', '0', '0', '127.0.0.1', sysdate(), 'admin', sysdate(), '', null, '管理员');
insert into sys_user values(2, 105, 'ops', '运维', '00', 'ops@example.cn', '15666666666', '1', '', '<<w>>', '0', '0', '127.0.0.1', sysdate(), 'admin', sysdate(), '', null, '测试员');
""", "$2a$10$" + chars(53, ALNUM + "./"), "https://gitee.com/y_project/RuoYi-Vue", w="$2a$10$" + chars(53, ALNUM + "./"))

D("markdown", "password-policy", "docs/安全规范.md", T("""
# 密码与密钥管理规范

1. 密码长度不少于 12 位，须包含大小写字母、数字和特殊字符；
2. 禁止在代码、配置文件、Wiki 中明文保存密码和 AccessKey；
3. 所有密钥统一存放在 KMS / Vault，应用通过环境变量读取，例如 `DB_PASSWORD=${DB_PASSWORD}`；
4. 密钥每 90 天轮换一次，离职人员的账号当天禁用；
5. 发现泄露请立即在钉钉群「安全应急」中上报。
"""), "https://www.alibabacloud.com/help/en/ram/user-guide/configure-password-policy")

DV("markdown", "commit-sha", "CHANGELOG.zh-CN.md", """
# 更新日志

## v2.3.1（2024-05-10）

- 修复：登录页密码框在 Safari 下无法粘贴的问题（<<v>>）
- 优化：Redis 连接池参数，默认最大连接数调整为 16（<<w>>）

## v2.3.0（2024-04-22）

- 新增：支持钉钉、飞书、企业微信告警通知
""", sha1_commit(), "https://keepachangelog.com/zh-CN/1.1.0/", w=sha1_commit())

DV("nginx", "certificate", "nginx/conf.d/ssl.conf", """
# HTTPS 配置（证书由阿里云 SSL 证书服务签发）
server {
    listen 443 ssl;
    server_name www.example.cn;
    ssl_certificate     /etc/nginx/cert/www.example.cn.pem;
    ssl_certificate_key /etc/nginx/cert/www.example.cn.key;
    ssl_protocols TLSv1.2 TLSv1.3;
    location / {
        proxy_pass http://127.0.0.1:8080;
    }
}
# 附：证书链（公开信息，便于排查）
# <<v>>
""", cert_pem().replace("\n", "\n# "), "https://nginx.org/en/docs/http/configuring_https_servers.html")

D("json", "env-reference", "datax/job/mysql2hive_param.json", T("""
{
  "job": {
    "setting": {"speed": {"channel": 2}},
    "content": [{
      "reader": {
        "name": "mysqlreader",
        "parameter": {
          "username": "${reader_user}",
          "password": "${reader_password}",
          "column": ["*"],
          "connection": [{"table": ["t_user"], "jdbcUrl": ["${reader_jdbc}"]}]
        }
      },
      "writer": {"name": "streamwriter", "parameter": {"print": false}}
    }]
  }
}
"""), "https://github.com/alibaba/DataX/blob/master/userGuid.md")

D("compose", "secret-file-reference", "docker/compose.mysql.yml", T("""
# 使用 Docker secrets，密码文件不入库
services:
  mysql:
    image: mysql:8.0
    environment:
      MYSQL_ROOT_PASSWORD_FILE: /run/secrets/mysql_root_password
    secrets:
      - mysql_root_password
secrets:
  mysql_root_password:
    file: ./secrets/mysql_root_password.txt
"""), "https://docs.docker.com/compose/how-tos/use-secrets/")

# ---------------------------------------------------------------------------------------------
# Japanese-speaking teams
# ---------------------------------------------------------------------------------------------

_p = human("ja")
SV("yaml", "database", "config/database.yml", """
# データベース設定
# 本番のパスワードは credentials に移す予定（TODO）
default: &default
  adapter: mysql2
  encoding: utf8mb4
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: yoyaku_development
  username: root
  password:

production:
  <<: *default
  database: yoyaku_production
  username: yoyaku
  password: <<v>>
  host: db.yoyaku.internal
""", _p, "https://guides.rubyonrails.org/configuring.html#configuring-a-database")

_p = human("ja")
SV("markdown", "server-notes", "docs/接続情報.md", """
# 検証環境 接続情報

## 踏み台サーバー
- ホスト：bastion.stg.example.jp
- ユーザー：ope

## データベース（PostgreSQL）
- ホスト：stg-db.example.jp
- ユーザー名：app_stg
- パスワード：<<v>>
- ＤＢ名：reservation

※本番環境の接続情報は 1Password の「本番インフラ」保管庫を参照してください。
""", _p, "https://docs.github.com/en/get-started/writing-on-github")

_t = fakes.pypi_token(_seed())
SV("pypirc", "pypi", "ci/pypirc", """
# CI 用 PyPI 設定ファイル（社内ライブラリ公開用）
[distutils]
index-servers = pypi

[pypi]
repository = https://upload.pypi.org/legacy/
username = __token__
# トークンは2024年度末に失効予定
password = <<v>>
""", _t, SRC_PYPIRC)

_kid, _ksec = aws_pair()
SV("python", "aws", "batch/s3_集計.py", """
# -*- coding: utf-8 -*-
\"\"\"S3 のアクセスログを日次で集計するバッチ\"\"\"
import boto3

# 一時的に直書き（後で IAM ロールに切り替える）
s3 = boto3.client(
    "s3",
    region_name="ap-northeast-1",
    aws_access_key_id="<<id>>",
    aws_secret_access_key="<<v>>",
)

resp = s3.list_objects_v2(Bucket="example-access-logs", Prefix="2024/05/")
print("件数:", resp.get("KeyCount", 0))
""", _ksec, "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", id=_kid)

_p = human("ja")
SV("dotenv", "smtp", "laravel/.env.production", """
APP_NAME=予約システム
APP_ENV=production
APP_DEBUG=false

# メール送信（SendGrid ではなく自社 SMTP）
MAIL_MAILER=smtp
MAIL_HOST=smtp.example.jp
MAIL_PORT=587
MAIL_USERNAME=noreply@example.jp
MAIL_PASSWORD=<<v>>
MAIL_FROM_ADDRESS=noreply@example.jp
""", _p, "https://laravel.com/docs/11.x/mail#configuration", crlf=True)

_p = strong(20)
SV("shell", "database", "scripts/setup_replica.sh", """
#!/bin/bash
# レプリカ用の設定ファイルを生成する
set -eu
cat > /etc/mysql/conf.d/replica.cnf <<'EOF'
[client]
user=repl
password=<<v>>
host=10.0.0.11
EOF
chmod 600 /etc/mysql/conf.d/replica.cnf
echo "設定完了"
""", _p, "https://dev.mysql.com/doc/refman/8.0/en/option-files.html")

D("yaml", "localized-placeholder", "config/database.yml.sample", T("""
# サンプル：コピーして database.yml を作成してください
production:
  adapter: mysql2
  database: yoyaku_production
  username: yoyaku
  password: パスワードを入力
  host: <%= ENV["DB_HOST"] %>
"""), "https://guides.rubyonrails.org/configuring.html#configuring-a-database")

D("yaml", "template-expression", "config/database.prod.yml", T("""
# 本番設定：パスワードは環境変数から（ERB）
production:
  adapter: postgresql
  database: reservation
  username: <%= ENV["DB_USER"] %>
  password: <%= ENV["DB_PASSWORD"] %>
  host: <%= ENV.fetch("DB_HOST", "localhost") %>
"""), "https://guides.rubyonrails.org/configuring.html#configuring-a-database")

D("json", "i18n-strings", "src/locales/ja.json", T("""
{
  "login": {
    "title": "ログイン",
    "email": "メールアドレス",
    "password": "パスワード",
    "forgot": "パスワードをお忘れですか？",
    "invalid": "メールアドレスまたはパスワードが正しくありません",
    "rule": "パスワードは８文字以上で入力してください"
  }
}
"""), SRC_I18N)

D("markdown", "doc-example", "README.ja.md", T("""
# 予約システム

## セットアップ

1. `.env.example` を `.env` にコピーします。
2. 以下の値を設定します：

```
DB_PASSWORD=your-password
AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

3. `docker compose up -d` で起動します。
"""), "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html")

# ---------------------------------------------------------------------------------------------
# Korean-speaking teams
# ---------------------------------------------------------------------------------------------

_p = human("ko")
SV("spring-yaml", "database", "src/main/resources/application-local.yml", """
# 로컬 개발 환경 설정
spring:
  datasource:
    # 개발 DB (공용)
    url: jdbc:mariadb://dev-db.example.kr:3306/shop
    username: shop_dev
    password: <<v>>
    driver-class-name: org.mariadb.jdbc.Driver
  jpa:
    open-in-view: false
""", _p, SRC_SPRING)

_p = strong(20)
SV("dotenv", "database", "server/.env.dev", """
# 개발 서버 환경 변수
PORT=4000
# 데이터베이스 비밀번호 (개발용)
DB_HOST=dev-pg.example.kr
DB_USER=api
DB_PASSWORD=<<v>>
JWT_EXPIRES_IN=1d
""", _p, SRC_DOTENV)

_p = human("ko")
SV("python", "smtp", "alarm/mailer.py", """
# -*- coding: utf-8 -*-
# 네이버 메일 SMTP로 일일 리포트 발송
import smtplib
from email.mime.text import MIMEText

SMTP_HOST = "smtp.naver.com"
SMTP_PORT = 465
보내는_사람 = "report_bot@naver.com"
비밀번호 = "<<v>>"


def 발송(받는_사람, 내용):
    msg = MIMEText(내용, _charset="utf-8")
    msg["Subject"] = "일일 리포트"
    msg["From"] = 보내는_사람
    msg["To"] = 받는_사람
    with smtplib.SMTP_SSL(SMTP_HOST, SMTP_PORT) as s:
        s.login(보내는_사람, 비밀번호)
        s.send_message(msg)
""", _p, "https://docs.python.org/3/library/smtplib.html")

D("dotenv", "localized-placeholder", "server/.env.example", T("""
# 예시 파일입니다. 실제 값으로 바꿔서 .env 로 저장하세요
DB_HOST=localhost
DB_USER=api
DB_PASSWORD=비밀번호입력
SMTP_PASSWORD=<앱 비밀번호>
"""), SRC_DOTENV)

D("json", "i18n-strings", "src/locales/ko.json", T("""
{
  "login": "로그인",
  "email": "이메일",
  "password": "비밀번호",
  "passwordConfirm": "비밀번호 확인",
  "forgotPassword": "비밀번호를 잊으셨나요?",
  "wrongPassword": "비밀번호가 일치하지 않습니다"
}
"""), SRC_I18N)

# ---------------------------------------------------------------------------------------------
# Turkish-speaking teams
# ---------------------------------------------------------------------------------------------

_p = "Şeftali" + str(_rng().choice([2022, 2023, 2024])) + "!"
SV("json", "database", "config/ayarlar.json", """
{
  "uygulama": {
    "ad": "stok-takip",
    "port": 5000
  },
  "veritabanı": {
    "sunucu": "10.0.4.12",
    "kullanıcı": "stok",
    "şifre": "<<v>>",
    "ad": "stok"
  }
}
""", _p, "https://www.json.org/json-tr.html")

_p = human("tr")
SV("dotenv", "database", ".env.canli", """
# Canlı ortam ayarları
NODE_ENV=production
VERITABANI_SUNUCU=db.sirket.com.tr
VERITABANI_KULLANICI=siparis
VERITABANI_SIFRE=<<v>>
""", _p, SRC_DOTENV)

D("json", "localized-placeholder", "config/ayarlar.ornek.json", T("""
{
  "veritabanı": {
    "sunucu": "localhost",
    "kullanıcı": "stok",
    "şifre": "şifreniz",
    "ad": "stok"
  }
}
"""), "https://www.json.org/json-tr.html")

D("json", "i18n-strings", "locales/tr.json", T("""
{
  "giris": "Giriş yap",
  "kullanici_adi": "Kullanıcı adı",
  "sifre": "Şifre",
  "sifremi_unuttum": "Şifremi unuttum",
  "sifre_hatali": "Şifre hatalı, lütfen tekrar deneyin"
}
"""), SRC_I18N)

# ---------------------------------------------------------------------------------------------
# Mixed: awkward carriers and more services
# ---------------------------------------------------------------------------------------------

_id, _sec = tc_id(), tc_key()
SV("properties", "tencent-cloud", "src/main/resources/cos.properties", """
# 腾讯云 COS 配置（Windows 下编辑，勿改编码）
cos.region=ap-shanghai
cos.bucket=contract-1250000000
cos.secretId=<<id>>
cos.secretKey=<<v>>
cos.urlPrefix=https://contract-1250000000.cos.ap-shanghai.myqcloud.com/
""", _sec, SRC_COS, crlf=True, id=_id)

_t = yc_oauth()
_out = '"OAuth-токен получен: ' + _t + '\\n"'
SV("notebook", "yandex-oauth", "notebooks/выгрузка_метрики.ipynb", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      <<out>>
     ]
    }
   ],
   "source": [
    "from yandex_oauth import get_token\\n",
    "token = get_token(client_id=CLIENT_ID, code=CODE)\\n",
    "print('OAuth-токен получен:', token)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", _t, "https://yandex.ru/dev/id/doc/ru/codes/code-url", out=_out)

_s = chars(64, ALNUM + "_-")
SV("dotenv", "dingtalk-app-secret", "dingtalk-app/.env", """
# 钉钉企业内部应用（考勤同步）
DINGTALK_APP_KEY=ding<<k>>
DINGTALK_APP_SECRET=<<v>>
DINGTALK_AGENT_ID=2876543210
SYNC_CRON=0 */10 * * * *
""", _s, "https://open.dingtalk.com/document/orgapp/obtain-the-access_token-of-an-internal-app", k=chars(16, LOWER + "0123456789"))

_id, _sec = yc_static_id(), yc_static_secret()
SV("terraform", "yandex-cloud", "terraform/backend.tf", """
# Состояние Terraform храним в Object Storage
terraform {
  backend "s3" {
    endpoints = {
      s3 = "https://storage.yandexcloud.net"
    }
    bucket     = "tfstate-prod"
    region     = "ru-central1"
    key        = "infra/terraform.tfstate"
    access_key = "<<id>>"
    secret_key = "<<v>>"

    skip_region_validation      = true
    skip_credentials_validation = true
    skip_requesting_account_id  = true
    skip_s3_checksum            = true
  }
}
""", _sec, "https://yandex.cloud/en/docs/tutorials/infrastructure-management/terraform-state-storage", id=_id)

_p = fakes.redis_password(_seed())
SV("python", "redis", "tarefas/celeryconfig.py", """
# Configuração do Celery (fila de tarefas)
# broker e backend no mesmo Redis
broker_url = "redis://:<<v>>@redis-fila.interno:6379/0"
result_backend = "redis://:<<v>>@redis-fila.interno:6379/1"
task_serializer = "json"
accept_content = ["json"]
timezone = "America/Sao_Paulo"
enable_utc = True
""", _p, "https://docs.celeryq.dev/en/stable/userguide/configuration.html")

_p = strong(18)
SV("javascript", "database", "src/config/db.js", """
// Conexión a MongoDB Atlas (clúster de pruebas)
const mongoose = require('mongoose');

const URI = 'mongodb+srv://app_pruebas:<<v>>@cluster0.ab1cd.mongodb.net/citas?retryWrites=true&w=majority';

async function conectar() {
  await mongoose.connect(URI);
  console.log('Conectado a MongoDB');
}

module.exports = { conectar };
""", _p, "https://www.mongodb.com/docs/manual/reference/connection-string/")

_p = human("de")
SV("ini", "basic-auth-url", "pip.conf", """
# Interner Paketspiegel (Nexus) – Zugang des Build-Servers
[global]
index-url = https://buildserver:<<v>>@nexus.firma.de/repository/pypi-gruppe/simple
trusted-host = nexus.firma.de
timeout = 60
""", _p, "https://pip.pypa.io/en/stable/topics/configuration/")

_p = fakes.redis_password(_seed())
SV("k8s-secret", "redis", "k8s/redis-secret.yaml", """
# 캐시용 Redis 비밀번호
apiVersion: v1
kind: Secret
metadata:
  name: redis-auth
  namespace: commerce
type: Opaque
stringData:
  redis-password: "<<v>>"
""", _p, SRC_K8S)

_k = hexs(64)
SV("shell", "huawei-swr", "ci/push_image.sh", """
#!/bin/sh
# 推送镜像到华为云 SWR（长期有效登录指令）
set -e
IMAGE=swr.cn-north-4.myhuaweicloud.com/shop/api:${CI_COMMIT_SHORT_SHA}
docker login -u cn-north-4@<<ak>> -p <<v>> swr.cn-north-4.myhuaweicloud.com
docker build -t "$IMAGE" .
docker push "$IMAGE"
""", _k, "https://support.huaweicloud.com/intl/en-us/usermanual-swr/swr_01_1000.html", ak=hw_ak())

_p = human("it")
SV("python", "database", "gestionale/db.py", """
# -*- coding: utf-8 -*-
\"\"\"Accesso al database del gestionale.

Esempio d'uso (ambiente di collaudo)::

    >>> from gestionale.db import connetti
    >>> conn = connetti("postgresql://collaudo:<<v>>@10.0.9.4:5432/gestionale")
    >>> conn.closed
    0
\"\"\"
import psycopg2


def connetti(dsn: str):
    \"\"\"Apre una connessione usando il DSN indicato.\"\"\"
    return psycopg2.connect(dsn)
""", _p, "https://www.psycopg.org/docs/module.html#psycopg2.connect")

_p = strong(22)
SV("spring-yaml", "kafka", "src/main/resources/application-kafka.yml", """
# Kafka（阿里云消息队列 Kafka 版，SASL_SSL 接入点）
spring:
  kafka:
    bootstrap-servers: alikafka-pre-cn-xxx-1.alikafka.aliyuncs.com:9093
    properties:
      security.protocol: SASL_SSL
      sasl.mechanism: PLAIN
      sasl.jaas.config: org.apache.kafka.common.security.plain.PlainLoginModule required username="order_producer" password="<<v>>";
      ssl.endpoint.identification.algorithm: ""
""", _p, "https://kafka.apache.org/documentation/#security_sasl_plain", crlf=True)

_k = uuid_s()
SV("python", "feishu-webhook", "tools/lark_notify.py", """
# -*- coding: utf-8 -*-
\"\"\"デプロイ結果を Lark グループに通知する\"\"\"
import requests

LARK_WEBHOOK = (
    "https://open.larksuite.com/open-apis/bot/v2/hook/"
    "<<v>>"
)


def notify(text: str) -> None:
    requests.post(LARK_WEBHOOK, json={"msg_type": "text", "content": {"text": text}}, timeout=5)
""", _k, "https://open.larksuite.com/document/client-docs/bot-v3/add-custom-bot")

_p = mail_code()
SV("properties", "smtp", "src/main/resources/mail.properties", """
# 邮件服务（163 企业邮箱，密码为客户端授权码）
spring.mail.host=smtp.163.com
spring.mail.port=465
spring.mail.username=notice_service@163.com
spring.mail.password=<<v>>
spring.mail.properties.mail.smtp.ssl.enable=true
spring.mail.default-encoding=UTF-8
""", _p, SRC_SPRING, crlf=True)

_id, _sec = ali_id(), ali_secret()
SV("ansible", "alibaba-cloud", "playbooks/group_vars/all.yml", """
---
# 阿里云动态清单与 ECS 模块使用
alicloud_region: cn-zhangjiakou
alicloud_access_key: "<<id>>"
alicloud_secret_key: "<<v>>"
ecs_instance_type: ecs.g7.large
ecs_image_id: aliyun_3_x64_20G_alibase_20240528.vhd
""", _sec, "https://github.com/alibaba/ansible-provider", id=_id)

# decoys, mixed
D("k8s", "sealed-secret", "k8s/sealed-db-secret.yaml", T("""
# 已用 kubeseal 加密，可以安全提交
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: mysql-credentials
  namespace: mall
spec:
  encryptedData:
    password: <<a>>
    username: <<b>>
  template:
    metadata:
      name: mysql-credentials
""", a="AgB" + chars(340, ALNUM + "+/") + "==", b="AgC" + chars(340, ALNUM + "+/") + "=="), "https://github.com/bitnami-labs/sealed-secrets#usage")

DV("yaml", "password-hash", "config/benutzer.yaml", """
# Lokale Benutzer für das Admin-Panel (Argon2id-Hashes, kein Klartext)
benutzer:
  - name: verwaltung
    rolle: admin
    passwort_hash: "<<v>>"
  - name: lager
    rolle: lesen
    passwort_hash: "<<w>>"
""", "$argon2id$v=19$m=65536,t=3,p=4$" + chars(22, ALNUM + "+/") + "$" + chars(43, ALNUM + "+/"),
    "https://github.com/P-H-C/phc-winner-argon2", w="$argon2id$v=19$m=65536,t=3,p=4$" + chars(22, ALNUM + "+/") + "$" + chars(43, ALNUM + "+/"))

DV("json", "password-hash", "comptes/fixtures/utilisateurs.json", """
[
  {
    "model": "auth.user",
    "pk": 1,
    "fields": {
      "username": "admin",
      "password": "<<v>>",
      "is_superuser": true,
      "is_staff": true,
      "email": "admin@exemple.fr",
      "first_name": "Élodie"
    }
  }
]
""", "pbkdf2_sha256$720000$" + chars(22) + "$" + chars(43, ALNUM + "+/") + "=", "https://docs.djangoproject.com/en/stable/topics/auth/passwords/")

D("json", "iam-policy", "cam/policy-cos-readonly.json", T("""
{
  "version": "2.0",
  "statement": [
    {
      "effect": "allow",
      "action": ["name/cos:GetObject", "name/cos:HeadObject"],
      "resource": ["qcs::cos:ap-guangzhou:uid/1250000000:static-1250000000/*"]
    }
  ]
}
"""), "https://www.tencentcloud.com/document/product/598/10603")

D("yaml", "public-id", "deploy/yc-ids.yaml", T("""
# Идентификаторы ресурсов Yandex Cloud (не секретные)
cloud_id: b1gia87mbaomkfvs6rgl
folder_id: b1g9d2k0itu4bgsh7g3r
service_account_id: aje6o61dvog2h6g9a33s
network_id: enp1s2t3u4v5w6x7y8z9
subnet_ids:
  ru-central1-a: e9b0c1d2e3f4g5h6i7j8
"""), "https://yandex.cloud/en/docs/resource-manager/operations/folder/get-id")

D("json", "instance-role", ".aliyun/config.ecs.json", T("""
{
	"current": "ecs",
	"profiles": [
		{
			"name": "ecs",
			"mode": "EcsRamRole",
			"access_key_id": "",
			"access_key_secret": "",
			"ram_role_name": "ecs-oss-reader",
			"region_id": "cn-hangzhou",
			"output_format": "json",
			"language": "zh"
		}
	]
}
"""), SRC_ALI_CLI)

D("redis-conf", "commented-default", "conf/redis-sample.conf", T("""
# Redis 配置示例（来自官方 redis.conf，未启用密码）
bind 127.0.0.1 -::1
protected-mode yes
port 6379
# IMPORTANT NOTE: starting with Redis 6 "requirepass" is just a compatibility
# layer on top of the new ACL system.
#
# requirepass foobared
appendonly no
"""), SRC_REDIS)

D("dotenv", "empty-value", ".env.test", T("""
# Тестовое окружение: пароли пустые, БД поднимается в docker без пароля
DB_HOST=127.0.0.1
DB_USER=postgres
DB_PASSWORD=
REDIS_PASSWORD=
SMTP_PASSWORD=
"""), SRC_DOTENV)

DV("k8s-secret", "localized-placeholder", "k8s/secret-template.yaml", """
# 模板：部署前替换 data 中的值（当前为占位符 “请修改密码” 的 base64）
apiVersion: v1
kind: Secret
metadata:
  name: app-db
type: Opaque
data:
  password: <<v>>
""", b64("请修改密码"), SRC_K8S)

D("github-actions", "ci-secret-reference", ".github/workflows/oss-deploy.yml", T("""
name: 部署到 OSS
on: [push]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: manyuanrong/setup-ossutil@v3.0
        with:
          endpoint: oss-cn-hangzhou.aliyuncs.com
          access-key-id: ${{ secrets.ALIYUN_ACCESS_KEY_ID }}
          access-key-secret: ${{ secrets.ALIYUN_ACCESS_KEY_SECRET }}
      - run: ossutil cp -rf dist oss://www-example-cn/
"""), "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions")

D("terraform", "localized-placeholder", "terraform/tencent/terraform.tfvars.example", T("""
# 复制为 terraform.tfvars 并替换为你自己的值
secret_id  = "请替换为你的SecretId"
secret_key = "请替换为你的SecretKey"
region     = "ap-guangzhou"
vpc_cidr   = "10.0.0.0/16"
"""), SRC_TC_TF)

DV("log", "masked", "logs/app-2024-05-12.log", """
2024-05-12 09:01:12.331 INFO  [main] c.e.Application - 启动中，环境=prod
2024-05-12 09:01:13.020 INFO  [main] c.e.config.DataSourceConfig - 数据源 url=jdbc:mysql://10.1.0.5:3306/mall user=mall password=******
2024-05-12 09:01:13.517 INFO  [main] c.e.config.RedisConfig - Redis 连接成功 host=10.1.0.9 password=<<v>>
2024-05-12 09:01:14.002 WARN  [main] c.e.sms.AliyunSms - AccessKeySecret 已脱敏：LTAI5t****Qx / ****
2024-05-12 09:01:15.880 INFO  [main] c.e.Application - 启动完成，耗时 3.6 秒
""", "******(已隐藏)", "https://logback.qos.ch/manual/layouts.html")

D("java", "validation-code", "src/main/java/com/example/user/PasswordValidator.java", T("""
package com.example.user;

import java.util.regex.Pattern;

/** 密码强度校验 */
public final class PasswordValidator {
    private static final Pattern RULE = Pattern.compile("^(?=.*[a-z])(?=.*[A-Z])(?=.*\\\\d).{12,64}$");

    public static void check(String password) {
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("密码不能为空");
        }
        if (!RULE.matcher(password).matches()) {
            throw new IllegalArgumentException("密码须为 12～64 位，且包含大小写字母和数字");
        }
    }
}
"""), "https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/util/regex/Pattern.html")

D("python", "validation-code", "accounts/validators.py", T("""
# -*- coding: utf-8 -*-
import re

from django.core.exceptions import ValidationError

ПРАВИЛО = re.compile(r"^(?=.*\\d)(?=.*[A-Za-zА-Яа-я]).{10,}$")


def проверить_пароль(пароль: str) -> None:
    \"\"\"Пароль: не короче 10 символов, буквы и цифры.\"\"\"
    if not ПРАВИЛО.match(пароль):
        raise ValidationError("Пароль слишком простой")
"""), "https://docs.djangoproject.com/en/stable/topics/auth/passwords/#writing-your-own-validator")

DV("spring-yaml", "public-key", "src/main/resources/application-jwt.yml", """
# JWT 验签公钥（公开信息，私钥在认证中心）
jwt:
  issuer: https://auth.example.cn
  public-key: |
<<v>>
  expire-minutes: 120
""", indent("-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + chars(20, ALNUM + "+/") + "\n"
            + "\n".join(chars(64, ALNUM + "+/") for _ in range(5)) + "\nIDAQAB\n-----END PUBLIC KEY-----", 4),
    "https://docs.spring.io/spring-security/reference/servlet/oauth2/resource-server/jwt.html")

DV("spring-yaml", "public-id", "src/main/resources/application-wxpay-v3.yml", """
# 微信支付 v3：证书序列号与商户号都不是密钥
wxpay:
  mch-id: 1600123456
  merchant-serial-number: <<v>>
  private-key-path: /etc/wxpay/apiclient_key.pem
  api-v3-key: ${WXPAY_API_V3_KEY}
  notify-url: https://api.example.cn/pay/notify
""", hexs(40).upper(), "https://pay.weixin.qq.com/docs/merchant/development/interface-rules/certificate-faqs.html")

D("npmrc", "env-reference", ".npmrc", T("""
# 使用国内镜像；私有包发布用 CI 注入的令牌
registry=https://registry.npmmirror.com/
@example:registry=https://npm.example.cn/
//npm.example.cn/:_authToken=${NPM_TOKEN}
sass_binary_site=https://npmmirror.com/mirrors/node-sass/
"""), "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc")

D("csv", "no-secret", "data/用户导出_2024-05.csv", T("""
用户ID,用户名,手机号,最近修改密码时间,密码强度,是否启用双因素
10001,zhangwei,138****1234,2024-04-30 10:12:00,强,是
10002,lina,139****5678,2023-11-02 08:40:13,中,否
10003,wangfang,137****9012,2024-05-01 21:05:44,强,是
10004,liuyang,136****3456,从未修改,弱,否
"""), "https://www.rfc-editor.org/rfc/rfc4180")
