"""AWS credentials as the SDKs, CLIs and tools that take them write them: secret access keys
under generic names in files about AWS/S3, and session tokens on their own.

Each form is written from its tool's documentation (named in `source`) and instantiated with
several generated key pairs. The decoys of these forms are in decoys_cases.py.
"""
from __future__ import annotations

from typing import Callable, List, Tuple

from tests.accuracy.labelled import LabelledCase
from tests.fakes import aws_key_id, aws_secret_key, aws_session_token

# (key id, secret, session token) -> (category, file, text, secret expected, source)
Form = Callable[[str, str, str], Tuple[str, str, str, str, str]]


def _forms() -> List[Form]:
    return [
        lambda kid, sk, st: ("aws/generic-name", ".s3cfg",
                             f"[default]\naccess_key = {kid}\nbucket_location = US\ncloudfront_host = cloudfront.amazonaws.com\n"
                             "default_mime_type = binary/octet-stream\ndelete_removed = False\ndry_run = False\n"
                             "enable_multipart = True\nencoding = UTF-8\nencrypt = False\nhost_base = s3.amazonaws.com\n"
                             "host_bucket = %(bucket)s.s3.amazonaws.com\nhuman_readable_sizes = False\n"
                             f"multipart_chunk_size_mb = 15\nrecursive = False\nreduced_redundancy = False\nsecret_key = {sk}\n"
                             "signature_v2 = False\n",
                             sk, "s3cmd: the .s3cfg file (access_key and secret_key, far apart)"),
        lambda kid, sk, st: ("aws/generic-name", "provider.tf",
                             f'provider "aws" {{\n  region     = "us-west-2"\n  access_key = var.access_key\n  secret_key = "{sk}"\n}}\n',
                             sk, "Terraform AWS provider: static credentials (secret_key)"),
        lambda kid, sk, st: ("aws/generic-name", "storage.py",
                             "import boto3\n\nsession = boto3.session.Session()\n"
                             f"client = session.client('s3', region_name='eu-west-1',\n    aws_access_key_id=ACCESS_KEY,\n"
                             f"    aws_secret_access_key='{sk}')\n",
                             sk, "boto3 docs: Credentials, passing them as client parameters"),
        lambda kid, sk, st: ("aws/generic-name", "settings.py",
                             "STORAGES = {'default': {'BACKEND': 'storages.backends.s3.S3Storage'}}\n"
                             "AWS_STORAGE_BUCKET_NAME = 'media-prod'\nAWS_S3_REGION_NAME = 'eu-central-1'\n"
                             f"AWS_S3_SECRET_ACCESS_KEY = '{sk}'\n",
                             sk, "django-storages docs: Amazon S3 settings"),
        lambda kid, sk, st: ("aws/generic-name", "config.yml",
                             f"storage:\n  s3:\n    bucket: uploads\n    region: us-east-1\n    access_key: {kid}\n"
                             f"    secret: {sk}\n",
                             sk, "Docker registry / Loki-style YAML: storage.s3 access_key and secret"),
        lambda kid, sk, st: ("aws/generic-name", "loki.yaml",
                             "storage_config:\n  aws:\n    s3: s3://us-east-1/loki-chunks\n    region: us-east-1\n"
                             f"    secret_access_key: {sk}\n",
                             sk, "Grafana Loki docs: storage_config.aws"),
        lambda kid, sk, st: ("aws/generic-name", "rclone.conf",
                             f"[s3remote]\ntype = s3\nprovider = AWS\nenv_auth = false\naccess_key_id = {kid}\n"
                             f"secret_access_key = {sk}\nregion = us-east-1\n",
                             sk, "rclone docs: Amazon S3 configuration"),
        lambda kid, sk, st: ("aws/generic-name", "Uploader.java",
                             "import com.amazonaws.auth.BasicAWSCredentials;\n\n"
                             f'BasicAWSCredentials creds = new BasicAWSCredentials("{kid}", "{sk}");\n',
                             sk, "AWS SDK for Java v1: BasicAWSCredentials"),
        lambda kid, sk, st: ("aws/generic-name", "upload.js",
                             "const { S3Client } = require('@aws-sdk/client-s3');\n"
                             f"const s3 = new S3Client({{\n  region: 'us-east-1',\n  credentials: {{\n"
                             f"    accessKeyId: process.env.KEY_ID,\n    secretAccessKey: '{sk}',\n  }},\n}});\n",
                             sk, "AWS SDK for JavaScript v3: credentials object"),
        lambda kid, sk, st: ("aws/generic-name", "application.properties",
                             f"cloud.aws.region.static=us-east-1\ncloud.aws.credentials.access-key={kid}\n"
                             f"cloud.aws.credentials.secret-key={sk}\n",
                             sk, "Spring Cloud AWS docs: cloud.aws.credentials.*"),
        lambda kid, sk, st: ("aws/generic-name", ".github/workflows/deploy.yml",
                             "    steps:\n      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n"
                             f"          aws-access-key-id: {kid}\n          aws-secret-access-key: {sk}\n"
                             "          aws-region: us-east-1\n",
                             sk, "aws-actions/configure-aws-credentials README: inputs"),
        lambda kid, sk, st: ("aws/generic-name", "logstash.conf",
                             "output {\n  s3 {\n    region => \"us-east-1\"\n    bucket => \"logs\"\n"
                             f"    access_key_id => \"{kid}\"\n    secret_access_key => \"{sk}\"\n  }}\n}}\n",
                             sk, "Logstash S3 output plugin options"),
        lambda kid, sk, st: ("aws/generic-name", "values.yaml",
                             "velero:\n  configuration:\n    backupStorageLocation:\n      - provider: aws\n"
                             f"        bucket: backups\n  credentials:\n    secretContents:\n      cloud: |\n"
                             f"        [default]\n        aws_access_key_id={kid}\n        aws_secret_access_key={sk}\n",
                             sk, "Velero Helm chart: credentials.secretContents"),
        lambda kid, sk, st: ("aws/generic-name", "backup.sh",
                             f"#!/bin/sh\nexport AWS_ACCESS_KEY_ID={kid}\nexport AWS_SECRET_ACCESS_KEY={sk}\n"
                             "aws s3 sync /data s3://backups/data\n",
                             sk, "AWS CLI docs: environment variables"),
        lambda kid, sk, st: ("aws/generic-name", "s3.py",
                             "import boto3\n\nBUCKET = 'reports'\n"
                             f"SECRET_KEY = '{sk}'\n"
                             "s3 = boto3.resource('s3', aws_secret_access_key=SECRET_KEY)\n",
                             sk, "boto3: a module constant under a generic name, used for S3"),
        lambda kid, sk, st: ("aws/generic-name", "minio.env",
                             f"AWS_REGION=us-east-1\nS3_ENDPOINT=https://s3.amazonaws.com\nS3_SECRET={sk}\n",
                             sk, "an .env for an S3 client (S3_SECRET)"),
        lambda kid, sk, st: ("aws/generic-name", "appsettings.json",
                             '{\n  "AWS": {\n    "Profile": "default",\n    "Region": "us-east-1",\n'
                             f'    "SecretKey": "{sk}"\n  }}\n}}\n',
                             sk, "AWS SDK for .NET: appsettings.json AWS section"),
        lambda kid, sk, st: ("aws/generic-name", ".passwd-s3fs",
                             f"{kid}:{sk}\n",
                             sk, "s3fs-fuse README: the passwd file (ACCESS_KEY_ID:SECRET_ACCESS_KEY)"),
        lambda kid, sk, st: ("aws/session-token", "credentials",
                             f"[temp]\naws_access_key_id = {'ASIA' + kid[4:]}\naws_secret_access_key = {sk}\n"
                             f"aws_session_token = {st}\n",
                             st, "AWS CLI docs: the shared credentials file with a session token"),
        lambda kid, sk, st: ("aws/session-token", "sts-output.json",
                             '{\n    "Credentials": {\n        "AccessKeyId": "' + "ASIA" + kid[4:] + '",\n'
                             f'        "SecretAccessKey": "{sk}",\n        "SessionToken": "{st}",\n'
                             '        "Expiration": "2026-12-01T18:00:00+00:00"\n    }\n}\n',
                             st, "AWS CLI: aws sts assume-role output"),
        lambda kid, sk, st: ("aws/session-token-alone", "request.py",
                             "headers = {\n    'X-Amz-Date': '20261201T120000Z',\n"
                             f"    'X-Amz-Security-Token': '{st}',\n}}\n",
                             st, "AWS SigV4 docs: X-Amz-Security-Token header"),
        lambda kid, sk, st: ("aws/session-token-alone", "notes.txt",
                             f"temporary token for the demo account:\n{st}\n",
                             st, "a session token pasted on its own"),
        lambda kid, sk, st: ("aws/session-token-alone", "config.yaml",
                             f"upload:\n  bucket: incoming\n  token: \"{st}\"\n",
                             st, "a session token under a generic name"),
        lambda kid, sk, st: ("aws/session-token-alone", "test_upload.ipynb",
                             '{"cells": [{"cell_type": "code", "source": [\n'
                             f'    "token = \'{st}\'\\n"\n]}}], "nbformat": 4}}\n',
                             st, "nbformat 4: a token in a notebook cell"),
    ]


def _cases() -> List[LabelledCase]:
    cases: List[LabelledCase] = []
    for number, form in enumerate(_forms()):
        for variant in range(3):
            seed = 4000 + number * 10 + variant
            form_name = "er-aws" if variant == 1 else "origin"
            category, file_name, text, secret, source = form(
                aws_key_id(seed), aws_secret_key(seed), aws_session_token(seed, form_name))
            cases.append(LabelledCase(category, file_name, text, secret, source))
    return cases


CASES: List[LabelledCase] = _cases()
