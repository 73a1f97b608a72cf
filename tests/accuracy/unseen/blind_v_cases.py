"""Blind set V: serverless and platform-as-a-service deployments of Python apps.

Serverless Framework, AWS SAM / CloudFormation / CDK, Zappa, Chalice, Google Cloud Functions / Run /
App Engine, Azure Functions / App Service, Vercel, Netlify, Fly.io, Render, Railway, Heroku,
DigitalOcean App Platform, Cloudflare Workers, Supabase / Firebase, Pulumi, Terraform Cloud, the CI
jobs that deploy them, and the handlers, tests and docs around them. Generated fakes only
(seeds 215000-219999).
"""
from __future__ import annotations

import base64
import json
import random
import string
import textwrap
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

CASES: List[LabelledCase] = []
_SEEDS = iter(range(215000, 220000))
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
WORDS = ["harbor", "lantern", "maple", "quartz", "falcon", "orchid", "granite", "willow", "copper", "meadow",
         "saffron", "cobalt", "tundra", "juniper", "ember", "glacier", "pepper", "violet", "canyon", "otter"]


def seed() -> int:
    return next(_SEEDS)


def rs(alphabet: str, n: int) -> str:
    r = random.Random(seed())
    return "".join(r.choice(alphabet) for _ in range(n))


def words_pw(sep: str = "") -> str:
    r = random.Random(seed())
    a, b = r.sample(WORDS, 2)
    return f"{a.capitalize()}{sep}{b.capitalize()}{r.randint(10, 99)}{r.choice('!#%*')}"


def passphrase() -> str:
    r = random.Random(seed())
    return "-".join(r.sample(WORDS, 4)) + str(r.randint(1, 9))


def urlpw(n: int = 20) -> str:
    return rs(ALNUM, n)


def stripe_sk(live: bool = True) -> str:
    return ("sk_live_" if live else "rk_live_") + rs(ALNUM, 99 if live else 24)


def stripe_whsec() -> str:
    return "whsec_" + rs(ALNUM, 32)


def slack_bot() -> str:
    r = random.Random(seed())
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_hook() -> str:
    r = random.Random(seed())
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(8))
            + "/B" + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(10)) + "/"
            + "".join(r.choice(ALNUM) for _ in range(24)))


def sendgrid() -> str:
    return "SG." + rs(ALNUM + "-_", 22) + "." + rs(ALNUM + "-_", 43)


def gitlab() -> str:
    return "glpat-" + rs(ALNUM + "-_", 20)


def npm() -> str:
    return "npm_" + rs(ALNUM, 36)


def hexs(n: int = 32) -> str:
    return rs(HEX, n)


def do_token() -> str:
    return "dop_v1_" + rs(HEX, 64)


def tfc_token() -> str:
    return rs(ALNUM, 14) + ".atlasv1." + rs(ALNUM, 67)


def pulumi_token() -> str:
    return "pul-" + rs(HEX, 40)


def fly_token() -> str:
    return "fo1_" + rs(ALNUM + "_-", 43)


def hf_token() -> str:
    return "hf_" + rs(ALNUM, 34)


def anthropic_key() -> str:
    return "sk-ant-api03-" + rs(ALNUM + "-_", 93) + "AA"


def doppler_token() -> str:
    return "dp.st.prd." + rs(ALNUM, 40)


def uuid4() -> str:
    import uuid
    return str(uuid.UUID(int=random.Random(seed()).getrandbits(128), version=4))


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def jwt(payload: dict) -> str:
    head = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    sig = b64url(random.Random(seed()).getrandbits(256).to_bytes(32, "big"))
    return f"{head}.{body}.{sig}"


def azure_key() -> str:
    return base64.b64encode(random.Random(seed()).getrandbits(512).to_bytes(64, "big")).decode()


def kms_blob() -> str:
    return "AQICAHh" + rs(ALNUM + "+/", 177) + "=="


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def T(text: str, **values: str) -> str:
    text = textwrap.dedent(text).lstrip("\n")
    for key, value in values.items():
        text = text.replace("<<" + key + ">>", value)
    assert "<<" not in text or "<<EOF" in text or "<<-" in text, text[:80]
    return text


def add(fmt: str, what: str, path: str, text: str, secret: Optional[str], source: str) -> None:
    assert (secret is None) == what.startswith("decoy-"), (path, what)
    CASES.append(LabelledCase(f"blind-v/{fmt}/{what}", path, text, secret, source))


SLS = "https://www.serverless.com/framework/docs/providers/aws/guide/serverless.yml"
SAM = "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification.html"
CFN = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-anatomy.html"
ZAPPA = "https://github.com/zappa/Zappa#advanced-settings"
CHALICE = "https://aws.github.io/chalice/topics/configfile.html"
CDK = "https://docs.aws.amazon.com/cdk/v2/guide/work-with-cdk-python.html"


# ---------------------------------------------------------------- Serverless Framework
v = sendgrid()
add("serverless-yml", "sendgrid-key", "services/mailer/serverless.yml", T("""
    service: acme-mailer
    frameworkVersion: "3"

    provider:
      name: aws
      runtime: python3.11
      region: eu-west-1
      stage: ${opt:stage, 'dev'}
      memorySize: 256
      timeout: 20
      environment:
        STAGE: ${self:provider.stage}
        FROM_ADDRESS: noreply@acme-mail.io
        SENDGRID_API_KEY: <<v>>
        TEMPLATE_BUCKET: acme-mail-templates-${self:provider.stage}

    functions:
      send:
        handler: mailer/handler.send
        events:
          - sqs:
              arn: !GetAtt MailQueue.Arn
              batchSize: 10

    resources:
      Resources:
        MailQueue:
          Type: AWS::SQS::Queue
          Properties:
            QueueName: acme-mailer-${self:provider.stage}
            VisibilityTimeout: 60

    plugins:
      - serverless-python-requirements
    custom:
      pythonRequirements:
        dockerizePip: non-linux
    """, v=v), v, SLS)

add("serverless-yml", "decoy-ssm-and-env-refs", "services/billing/serverless.yml", T("""
    service: acme-billing
    frameworkVersion: "3"

    provider:
      name: aws
      runtime: python3.12
      region: us-east-1
      architecture: arm64
      environment:
        STRIPE_SECRET_KEY: ${ssm:/acme/${sls:stage}/stripe/secret_key}
        STRIPE_WEBHOOK_SECRET: ${ssm:/acme/${sls:stage}/stripe/webhook_secret}
        DATABASE_URL: ${env:DATABASE_URL}
        SENTRY_ENVIRONMENT: ${sls:stage}
      iam:
        role:
          statements:
            - Effect: Allow
              Action: [ssm:GetParameter]
              Resource: arn:aws:ssm:us-east-1:${aws:accountId}:parameter/acme/*

    functions:
      webhook:
        handler: billing.webhook.handler
        url: true
      invoices:
        handler: billing.invoices.nightly
        events:
          - schedule: cron(15 2 * * ? *)

    package:
      patterns:
        - "!node_modules/**"
        - "!tests/**"
    """), None, SLS)

v = fakes.password(seed())
add("serverless-yml", "secrets-file-include", "services/reports/secrets.prod.yml", T("""
    # Loaded by serverless.yml as ${file(./secrets.${sls:stage}.yml)}
    # TODO: move these to SSM before the audit
    db:
      host: reports-prod.cluster-c9xk2lq8m1ab.eu-central-1.rds.amazonaws.com
      port: 5432
      name: reports
      user: reports_app
      password: <<v>>
    export:
      bucket: acme-reports-exports-prod
      expires_days: 14
    """, v=v), v, SLS)

v = kms_blob()
add("serverless-yml", "decoy-kms-ciphertext", "services/notify/serverless.yml", T("""
    service: acme-notify
    provider:
      name: aws
      runtime: python3.11
      region: eu-west-2
      kmsKeyArn: arn:aws:kms:eu-west-2:481726395012:key/6b1e2f0a-9c4d-4e3b-8a71-2d5f0c9e7b14
      environment:
        # Encrypted with `aws kms encrypt --key-id alias/acme-notify`; decrypted at cold start.
        SLACK_TOKEN_ENCRYPTED: <<v>>
        CHANNEL: "#ops-alerts"

    functions:
      alert:
        handler: notify.handler.alert
        events:
          - sns: acme-alarms
    """, v=v), None, SLS)

v = fakes.aws_secret_key(seed())
kid = fakes.aws_key_id(seed())
add("serverless-dotenv", "aws-secret-key", "services/ingest/.env.prod", T("""
    # serverless-dotenv-plugin: loaded for `sls deploy --stage prod`
    STAGE=prod
    LOG_LEVEL=INFO
    PARTNER_S3_BUCKET=partner-drop-prod
    PARTNER_AWS_ACCESS_KEY_ID=<<kid>>
    PARTNER_AWS_SECRET_ACCESS_KEY=<<v>>
    PARTNER_REGION=us-west-2
    MAX_BATCH=500
    """, v=v, kid=kid), v, "https://github.com/neverendingqs/serverless-dotenv-plugin")

add("serverless-dotenv", "decoy-env-example", "services/ingest/.env.example", T("""
    # Copy to .env.<stage> and fill in. Never commit the filled copy.
    STAGE=dev
    LOG_LEVEL=DEBUG
    PARTNER_S3_BUCKET=partner-drop-dev
    PARTNER_AWS_ACCESS_KEY_ID=AKIAXXXXXXXXXXXXXXXX
    PARTNER_AWS_SECRET_ACCESS_KEY=<partner-secret-access-key>
    PARTNER_REGION=us-west-2
    MAX_BATCH=50
    """), None, "https://github.com/neverendingqs/serverless-dotenv-plugin")

v = fakes.openai_key(seed())
add("serverless-ts", "openai-key", "services/summarizer/serverless.ts", T("""
    import type { AWS } from '@serverless/typescript';

    const serverlessConfiguration: AWS = {
      service: 'acme-summarizer',
      frameworkVersion: '3',
      plugins: ['serverless-python-requirements'],
      provider: {
        name: 'aws',
        runtime: 'python3.11',
        region: 'us-east-1',
        timeout: 60,
        environment: {
          MODEL: 'gpt-4o-mini',
          OPENAI_API_KEY: '<<v>>',
          MAX_TOKENS: '800',
        },
      },
      functions: {
        summarize: {
          handler: 'summarizer/handler.summarize',
          events: [{ httpApi: { method: 'post', path: '/summaries' } }],
        },
      },
    };

    module.exports = serverlessConfiguration;
    """, v=v), v, "https://www.serverless.com/framework/docs/providers/aws/guide/intro")

# ---------------------------------------------------------------- SAM / CloudFormation
v = words_pw()
add("sam-samconfig", "parameter-override-password", "samconfig.toml", T("""
    version = 0.1

    [default.global.parameters]
    stack_name = "acme-orders"

    [default.build.parameters]
    cached = true
    parallel = true

    [prod.deploy.parameters]
    stack_name = "acme-orders-prod"
    s3_prefix = "acme-orders-prod"
    region = "eu-west-1"
    confirm_changeset = false
    capabilities = "CAPABILITY_IAM"
    parameter_overrides = "Stage=\\"prod\\" DbUser=\\"orders\\" DbPassword=\\"<<v>>\\" AlarmEmail=\\"ops@acme.io\\""
    image_repositories = []
    """, v=v), v, "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/serverless-sam-cli-config.html")

add("sam-samconfig", "decoy-no-secrets", "services/thumbs/samconfig.toml", T("""
    version = 0.1

    [default.deploy.parameters]
    stack_name = "acme-thumbs"
    resolve_s3 = true
    s3_prefix = "acme-thumbs"
    region = "us-east-2"
    confirm_changeset = true
    capabilities = "CAPABILITY_IAM"
    parameter_overrides = "Stage=\\"dev\\" SourceBucket=\\"acme-uploads-dev\\" DbSecretArn=\\"arn:aws:secretsmanager:us-east-2:093817264512:secret:thumbs/db-Qx7aLm\\""
    image_repositories = []

    [default.sync.parameters]
    watch = true

    [default.local_start_api.parameters]
    warm_containers = "EAGER"
    """), None, "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/serverless-sam-cli-config.html")

v = fakes.telegram_token(seed())
add("sam-env-json", "telegram-token", "services/bot/env.json", T("""
    {
      "Parameters": {
        "LOG_LEVEL": "DEBUG"
      },
      "BotFunction": {
        "TELEGRAM_BOT_TOKEN": "<<v>>",
        "ALLOWED_CHAT_IDS": "-1001876543210,-1001234987650",
        "TABLE_NAME": "bot-sessions-local"
      },
      "DigestFunction": {
        "DIGEST_HOUR": "7"
      }
    }
    """, v=v), v, "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/using-sam-cli-local-invoke.html")

add("sam-event-json", "decoy-apigw-event", "services/bot/events/webhook.json", T("""
    {
      "version": "2.0",
      "routeKey": "POST /webhook",
      "rawPath": "/webhook",
      "headers": {
        "content-type": "application/json",
        "x-amzn-trace-id": "Root=1-65a1f2c3-4b5d6e7f8091a2b3c4d5e6f7",
        "x-forwarded-for": "203.0.113.17"
      },
      "requestContext": {
        "accountId": "123456789012",
        "apiId": "r3pmxmplak",
        "domainName": "r3pmxmplak.execute-api.us-east-2.amazonaws.com",
        "requestId": "JKJaXmPLvHcESHA=",
        "http": {"method": "POST", "path": "/webhook", "sourceIp": "203.0.113.17"},
        "time": "10/Mar/2024:21:04:23 +0000"
      },
      "body": "{\\"update_id\\": 918273645, \\"message\\": {\\"text\\": \\"/start\\"}}",
      "isBase64Encoded": false
    }
    """), None, "https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html")

v = fakes.password(seed())
add("cloudformation-yaml", "noecho-default-password", "infra/cfn/database.yaml", T("""
    AWSTemplateFormatVersion: "2010-09-09"
    Description: Aurora Serverless v2 cluster for acme-orders

    Parameters:
      Stage:
        Type: String
        AllowedValues: [dev, prod]
      MasterUsername:
        Type: String
        Default: orders_admin
      MasterPassword:
        Type: String
        NoEcho: true
        Default: <<v>>

    Resources:
      Cluster:
        Type: AWS::RDS::DBCluster
        Properties:
          Engine: aurora-postgresql
          EngineVersion: "15.4"
          MasterUsername: !Ref MasterUsername
          MasterUserPassword: !Ref MasterPassword
          ServerlessV2ScalingConfiguration:
            MinCapacity: 0.5
            MaxCapacity: 4

    Outputs:
      Endpoint:
        Value: !GetAtt Cluster.Endpoint.Address
    """, v=v), v, CFN)

add("cloudformation-yaml", "decoy-dynamic-references", "infra/cfn/api.yaml", T("""
    AWSTemplateFormatVersion: "2010-09-09"
    Transform: AWS::Serverless-2016-10-31
    Description: acme public API

    Globals:
      Function:
        Runtime: python3.12
        Timeout: 15

    Resources:
      ApiFunction:
        Type: AWS::Serverless::Function
        Properties:
          Handler: api.app.handler
          CodeUri: src/
          Environment:
            Variables:
              DB_PASSWORD: "{{resolve:secretsmanager:acme/api/db:SecretString:password}}"
              JWT_SIGNING_KEY: "{{resolve:ssm-secure:/acme/api/jwt-signing-key:3}}"
              FEATURE_FLAGS: "{{resolve:ssm:/acme/api/flags}}"
          Events:
            Proxy:
              Type: HttpApi
              Properties:
                Path: /{proxy+}
                Method: ANY
    """), None, "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html")

v = fakes.password(seed())
add("cloudformation-params-json", "parameter-value-password", "infra/cfn/params/prod.json", T("""
    [
      {"ParameterKey": "Stage", "ParameterValue": "prod"},
      {"ParameterKey": "VpcId", "ParameterValue": "vpc-0a1b2c3d4e5f60718"},
      {"ParameterKey": "SubnetIds", "ParameterValue": "subnet-0f1e2d3c4b5a69788,subnet-09a8b7c6d5e4f3021"},
      {"ParameterKey": "MasterUsername", "ParameterValue": "orders_admin"},
      {"ParameterKey": "MasterPassword", "ParameterValue": "<<v>>"},
      {"ParameterKey": "AlarmEmail", "ParameterValue": "oncall@acme.io"}
    ]
    """, v=v), v, "https://docs.aws.amazon.com/cli/latest/reference/cloudformation/create-stack.html")

add("cloudformation-params-json", "decoy-use-previous", "infra/cfn/params/staging.json", T("""
    [
      {"ParameterKey": "Stage", "ParameterValue": "staging"},
      {"ParameterKey": "VpcId", "ParameterValue": "vpc-07e6d5c4b3a291807"},
      {"ParameterKey": "MasterUsername", "ParameterValue": "orders_admin"},
      {"ParameterKey": "MasterPassword", "UsePreviousValue": true},
      {"ParameterKey": "ImageDigest", "ParameterValue": "sha256:3f9a1c7e5b2d8046f1e9a3c5b7d9e2f4a6c8e0b2d4f6a8c0e2b4d6f8a0c2e4f6"}
    ]
    """), None, "https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_Parameter.html")

v = slack_hook()
add("cloudformation-json", "slack-webhook", "infra/cfn/alarms.template.json", T("""
    {
      "AWSTemplateFormatVersion": "2010-09-09",
      "Description": "Alarm fan-out to Slack",
      "Resources": {
        "AlarmTopic": {"Type": "AWS::SNS::Topic"},
        "ForwarderFunction": {
          "Type": "AWS::Lambda::Function",
          "Properties": {
            "Runtime": "python3.11",
            "Handler": "index.handler",
            "Role": {"Fn::GetAtt": ["ForwarderRole", "Arn"]},
            "Environment": {
              "Variables": {
                "SLACK_WEBHOOK_URL": "<<v>>",
                "CHANNEL": "#prod-alarms"
              }
            },
            "Code": {"S3Bucket": "acme-artifacts", "S3Key": "forwarder/1.4.2.zip"}
          }
        }
      }
    }
    """, v=v), v, CFN)

add("cloudformation-outputs", "decoy-describe-stacks", "docs/ops/stack-outputs-prod.json", T("""
    {
        "Stacks": [
            {
                "StackName": "acme-orders-prod",
                "StackId": "arn:aws:cloudformation:eu-west-1:481726395012:stack/acme-orders-prod/2f6c1d80-bf3a-11ee-9c1e-0a7b3c5d9e21",
                "StackStatus": "UPDATE_COMPLETE",
                "Outputs": [
                    {"OutputKey": "ApiUrl", "OutputValue": "https://q8zt1x4m2c.execute-api.eu-west-1.amazonaws.com/prod"},
                    {"OutputKey": "UserPoolId", "OutputValue": "eu-west-1_aB3dE5fG7"},
                    {"OutputKey": "UserPoolClientId", "OutputValue": "4lq9k2m7n1p3r5t8v0x2z4b6d8"},
                    {"OutputKey": "DbSecretArn", "OutputValue": "arn:aws:secretsmanager:eu-west-1:481726395012:secret:orders/db-Hk2LmQ"}
                ],
                "Tags": [{"Key": "team", "Value": "orders"}]
            }
        ]
    }
    """), None, "https://docs.aws.amazon.com/cli/latest/reference/cloudformation/describe-stacks.html")

# ---------------------------------------------------------------- Zappa
v = fakes.django_secret_key(seed())
add("zappa-settings-json", "django-secret-key", "zappa_settings.json", T("""
    {
        "production": {
            "app_function": "acme.wsgi.application",
            "django_settings": "acme.settings.production",
            "aws_region": "us-east-1",
            "profile_name": "acme-deploy",
            "project_name": "acme-web",
            "runtime": "python3.11",
            "s3_bucket": "zappa-acme-web-prod",
            "memory_size": 1024,
            "keep_warm": true,
            "aws_environment_variables": {
                "DJANGO_SECRET_KEY": "<<v>>",
                "ALLOWED_HOSTS": "www.acme.io",
                "USE_S3_STATIC": "1"
            }
        }
    }
    """, v=v), v, ZAPPA)

add("zappa-settings-json", "decoy-remote-env", "services/legacy/zappa_settings.json", T("""
    {
        "dev": {
            "app_function": "legacy.app.app",
            "aws_region": "eu-west-1",
            "project_name": "acme-legacy",
            "runtime": "python3.10",
            "s3_bucket": "zappa-acme-legacy-dev",
            "remote_env": "s3://acme-zappa-config/legacy/dev-env.json",
            "environment_variables": {
                "FLASK_ENV": "production",
                "LOG_FORMAT": "json"
            },
            "exclude": ["*.gz", "*.rar", "tests/"],
            "timeout_seconds": 30
        }
    }
    """), None, ZAPPA)

v = "postgresql://webapp:" + urlpw(24) + "@acme-prod.c5rj2x8ykl1m.us-east-1.rds.amazonaws.com:5432/webapp"
add("zappa-settings-yaml", "database-url", "deploy/zappa_settings.yaml", T("""
    ---
    prod:
      app_function: app.main.app
      aws_region: us-east-1
      project_name: acme-api
      runtime: python3.11
      s3_bucket: zappa-acme-api-prod
      slim_handler: true
      vpc_config:
        SubnetIds: [subnet-0c1d2e3f4a5b6c7d8]
        SecurityGroupIds: [sg-0123456789abcdef0]
      environment_variables:
        DATABASE_URL: <<v>>
        REDIS_HOST: acme-prod.x7q2lm.ng.0001.use1.cache.amazonaws.com
      events:
        - function: app.tasks.cleanup
          expression: rate(1 hour)
    """, v=v), v, ZAPPA)

# ---------------------------------------------------------------- Chalice
v = stripe_sk()
add("chalice-config", "stripe-secret-key", ".chalice/config.json", T("""
    {
      "version": "2.0",
      "app_name": "acme-checkout",
      "automatic_layer": true,
      "stages": {
        "dev": {
          "api_gateway_stage": "api",
          "environment_variables": {
            "STAGE": "dev"
          }
        },
        "prod": {
          "api_gateway_stage": "api",
          "lambda_memory_size": 512,
          "environment_variables": {
            "STAGE": "prod",
            "STRIPE_SECRET_KEY": "<<v>>",
            "SUCCESS_URL": "https://shop.acme.io/thanks"
          }
        }
      }
    }
    """, v=v), v, CHALICE)

add("chalice-deployed", "decoy-deployed-resources", "services/checkout/.chalice/deployed/prod.json", T("""
    {
      "resources": [
        {
          "name": "default-role",
          "resource_type": "iam_role",
          "role_arn": "arn:aws:iam::093817264512:role/acme-checkout-prod",
          "role_name": "acme-checkout-prod"
        },
        {
          "name": "api_handler",
          "resource_type": "lambda_function",
          "lambda_arn": "arn:aws:lambda:us-east-1:093817264512:function:acme-checkout-prod"
        },
        {
          "name": "rest_api",
          "resource_type": "rest_api",
          "rest_api_id": "k3x9p2m7qa",
          "rest_api_url": "https://k3x9p2m7qa.execute-api.us-east-1.amazonaws.com/api/"
        }
      ],
      "schema_version": "2.0",
      "backend": "api"
    }
    """), None, "https://aws.github.io/chalice/topics/cfn.html")

v = kms_blob()
add("chalice-app", "decoy-kms-decrypt", "services/checkout/app.py", T("""
    import base64
    import os

    import boto3
    from chalice import Chalice

    app = Chalice(app_name="acme-checkout")

    # Ciphertext only: the KMS key policy limits Decrypt to this function's role.
    _ENCRYPTED_SIGNING_KEY = (
        "<<v>>"
    )


    def _signing_key() -> bytes:
        kms = boto3.client("kms")
        blob = base64.b64decode(_ENCRYPTED_SIGNING_KEY)
        return kms.decrypt(CiphertextBlob=blob)["Plaintext"]


    @app.route("/health")
    def health():
        return {"ok": True, "stage": os.environ.get("STAGE", "dev")}
    """, v=v), None, "https://aws.github.io/chalice/quickstart.html")

# ---------------------------------------------------------------- CDK (Python)
v = words_pw("-")
add("cdk-python", "unsafe-plain-text", "infra/cdk/stacks/database_stack.py", T("""
    from aws_cdk import RemovalPolicy, SecretValue, Stack
    from aws_cdk import aws_ec2 as ec2
    from aws_cdk import aws_rds as rds
    from constructs import Construct


    class DatabaseStack(Stack):
        def __init__(self, scope: Construct, construct_id: str, *, vpc: ec2.IVpc, **kwargs) -> None:
            super().__init__(scope, construct_id, **kwargs)

            self.instance = rds.DatabaseInstance(
                self,
                "Postgres",
                engine=rds.DatabaseInstanceEngine.postgres(version=rds.PostgresEngineVersion.VER_15),
                vpc=vpc,
                instance_type=ec2.InstanceType.of(ec2.InstanceClass.T4G, ec2.InstanceSize.MEDIUM),
                credentials=rds.Credentials.from_password(
                    "acme_admin", SecretValue.unsafe_plain_text("<<v>>")
                ),
                removal_policy=RemovalPolicy.SNAPSHOT,
                deletion_protection=True,
            )
    """, v=v), v, "https://docs.aws.amazon.com/cdk/api/v2/python/aws_cdk/SecretValue.html")

add("cdk-python", "decoy-from-secret-name", "infra/cdk/stacks/api_stack.py", T("""
    from aws_cdk import Duration, Stack
    from aws_cdk import aws_lambda as lambda_
    from aws_cdk import aws_secretsmanager as sm
    from constructs import Construct


    class ApiStack(Stack):
        def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
            super().__init__(scope, construct_id, **kwargs)
            stripe = sm.Secret.from_secret_name_v2(self, "Stripe", "acme/prod/stripe")
            fn = lambda_.Function(
                self,
                "Api",
                runtime=lambda_.Runtime.PYTHON_3_12,
                handler="api.handler.main",
                code=lambda_.Code.from_asset("../../src"),
                timeout=Duration.seconds(15),
                environment={
                    "STRIPE_SECRET_ARN": stripe.secret_arn,
                    "POWERTOOLS_SERVICE_NAME": "api",
                },
            )
            stripe.grant_read(fn)
    """), None, CDK)

add("cdk-context", "decoy-lookups", "infra/cdk/cdk.context.json", T("""
    {
      "vpc-provider:account=481726395012:filter.vpc-id=vpc-0a1b2c3d4e5f60718:region=eu-west-1:returnAsymmetricSubnets=true": {
        "vpcId": "vpc-0a1b2c3d4e5f60718",
        "vpcCidrBlock": "10.40.0.0/16",
        "ownerAccountId": "481726395012",
        "availabilityZones": [],
        "subnetGroups": [
          {
            "name": "Private",
            "type": "Private",
            "subnets": [
              {"subnetId": "subnet-0f1e2d3c4b5a69788", "cidr": "10.40.1.0/24", "availabilityZone": "eu-west-1a", "routeTableId": "rtb-0d9c8b7a6f5e4d3c2"}
            ]
          }
        ]
      },
      "availability-zones:account=481726395012:region=eu-west-1": ["eu-west-1a", "eu-west-1b", "eu-west-1c"],
      "ami:account=481726395012:filters.image-type.0=machine:filters.name.0=al2023-ami-*:region=eu-west-1": "ami-0e5f882be1900e43b",
      "acknowledged-issue-numbers": [28325]
    }
    """), None, "https://docs.aws.amazon.com/cdk/v2/guide/context.html")

v = hexs(32)
add("cdk-json", "datadog-api-key-context", "infra/monitoring/cdk.json", T("""
    {
      "app": "python3 app.py",
      "watch": {
        "include": ["**"],
        "exclude": ["README.md", "cdk*.json", "**/__pycache__", "tests"]
      },
      "context": {
        "@aws-cdk/aws-lambda:recognizeLayerVersion": true,
        "@aws-cdk/core:stackRelativeExports": true,
        "stage": "prod",
        "datadogSite": "datadoghq.eu",
        "datadogApiKey": "<<v>>",
        "logRetentionDays": 30
      }
    }
    """, v=v), v, "https://docs.aws.amazon.com/cdk/v2/guide/context.html")


# ---------------------------------------------------------------- Lambda handlers, layers, CLI
LAMBDA = "https://docs.aws.amazon.com/lambda/latest/dg/python-handler.html"
v = fakes.github_token(seed())
add("lambda-handler", "github-token-split", "src/release_bot/handler.py", T("""
    import json
    import urllib.request

    REPO = "acme/platform"
    # split so the GitHub push protection stops complaining
    GH_TOKEN = "<<a>>" + "<<b>>"


    def lambda_handler(event, context):
        tag = event["detail"]["tag"]
        req = urllib.request.Request(
            f"https://api.github.com/repos/{REPO}/releases",
            data=json.dumps({"tag_name": tag, "generate_release_notes": True}).encode(),
            headers={"Authorization": f"Bearer {GH_TOKEN}", "Accept": "application/vnd.github+json"},
            method="POST",
        )
        with urllib.request.urlopen(req, timeout=10) as resp:
            return {"statusCode": resp.status}
    """, a=v[:20], b=v[20:]), v, LAMBDA)

add("lambda-handler", "decoy-secrets-manager", "src/orders/handler.py", T("""
    import json
    import os

    import boto3
    from aws_lambda_powertools import Logger
    from aws_lambda_powertools.utilities import parameters

    logger = Logger()
    SECRET_ARN = os.environ["DB_SECRET_ARN"]


    @logger.inject_lambda_context
    def handler(event, context):
        creds = parameters.get_secret(SECRET_ARN, transform="json", max_age=300)
        logger.info("connecting", extra={"host": creds["host"], "user": creds["username"]})
        body = json.loads(event.get("body") or "{}")
        return {"statusCode": 202, "body": json.dumps({"accepted": len(body.get("items", []))})}
    """), None, "https://docs.powertools.aws.dev/lambda/python/latest/utilities/parameters/")

v = fakes.aws_secret_key(seed())
kid = fakes.aws_key_id(seed())
add("shell-script", "aws-secret-in-layer-build", "layers/build_layer.sh", T("""
    #!/usr/bin/env bash
    # Build and publish the shared "acme-deps" Lambda layer.
    set -euo pipefail

    export AWS_ACCESS_KEY_ID=<<kid>>
    export AWS_SECRET_ACCESS_KEY=<<v>>
    export AWS_DEFAULT_REGION=eu-west-1

    rm -rf build && mkdir -p build/python
    pip install -r layers/requirements.txt -t build/python \\
        --platform manylinux2014_aarch64 --only-binary=:all: --python-version 3.12
    (cd build && zip -qr ../acme-deps.zip python)

    aws lambda publish-layer-version \\
        --layer-name acme-deps \\
        --compatible-runtimes python3.12 \\
        --compatible-architectures arm64 \\
        --zip-file fileb://acme-deps.zip
    """, v=v, kid=kid), v, "https://docs.aws.amazon.com/lambda/latest/dg/packaging-layers.html")

add("shell-script", "decoy-layer-build-oidc", "layers/publish.sh", T("""
    #!/usr/bin/env bash
    # Runs in CI after aws-actions/configure-aws-credentials (OIDC); no keys here.
    set -euo pipefail
    : "${LAYER_NAME:=acme-deps}"
    : "${AWS_REGION:?set by the workflow}"

    docker run --rm -v "$PWD":/var/task public.ecr.aws/sam/build-python3.12:latest \\
        /bin/sh -c "pip install -r layers/requirements.txt -t build/python && cd build && zip -qr ../layer.zip python"

    sha=$(sha256sum layer.zip | cut -d' ' -f1)
    echo "layer sha256: ${sha}"
    aws lambda publish-layer-version --layer-name "$LAYER_NAME" \\
        --description "git ${GITHUB_SHA:0:12}" --zip-file fileb://layer.zip
    """), None, "https://docs.aws.amazon.com/lambda/latest/dg/packaging-layers.html")

add("requirements-txt", "decoy-hashes", "layers/requirements.txt", T("""
    # Generated by pip-compile --generate-hashes layers/requirements.in
    boto3-stubs==1.34.49 \\
        --hash=sha256:4a7c0e5f2b8d61e93c7a0f4d2b6e8c1a3f5d7b9e0c2a4f6d8b0e2c4a6f8d0b2e
    certifi==2024.2.2 \\
        --hash=sha256:dc383c07b76109f368f6106eee2b593b04a011ea4d55f652c6ca24a754d1cdd1
    psycopg[binary]==3.1.18 \\
        --hash=sha256:9e1a7b3c5d7f9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3c5e7b9d
    requests==2.31.0 \\
        --hash=sha256:58cd2187c01e70e6e26505bca751777aa9f2ee0b7f4300988b709f44e013003f
    urllib3==2.2.1 \\
        --hash=sha256:450b20ec296a467077128bff42b73080516e71b56ff59a60a02bef2232c4fa9d
    """), None, "https://pip-tools.readthedocs.io/en/latest/#using-hashes")

v = gitlab()
add("requirements-txt", "gitlab-token-index-url", "layers/requirements-private.txt", T("""
    # internal packages come from the GitLab package registry
    --extra-index-url https://__token__:<<v>>@gitlab.acme.io/api/v4/projects/412/packages/pypi/simple
    acme-core==4.2.1
    acme-auth==1.9.0
    pydantic==2.6.3
    aws-lambda-powertools==2.34.1
    """, v=v), v, "https://docs.gitlab.com/ee/user/packages/pypi_repository/")

v = fakes.redis_password(seed())
add("aws-cli-output", "lambda-configuration", "docs/incidents/2024-03-fn-config.json", T("""
    {
        "FunctionName": "acme-sessions-prod",
        "FunctionArn": "arn:aws:lambda:us-east-1:093817264512:function:acme-sessions-prod",
        "Runtime": "python3.11",
        "Role": "arn:aws:iam::093817264512:role/acme-sessions-prod",
        "Handler": "sessions.handler.main",
        "CodeSize": 4821733,
        "Timeout": 10,
        "MemorySize": 512,
        "LastModified": "2024-03-11T09:12:44.000+0000",
        "CodeSha256": "q1Nw4d0Y3xZb5vH8kP2sT7uR6mJ9cL0aE4fG1hI2jK8=",
        "Environment": {
            "Variables": {
                "REDIS_URL": "rediss://default:<<v>>@sessions-prod.x7q2lm.clustercfg.use1.cache.amazonaws.com:6379/0",
                "SESSION_TTL": "3600"
            }
        },
        "Architectures": ["arm64"]
    }
    """, v=v), v, "https://docs.aws.amazon.com/cli/latest/reference/lambda/get-function-configuration.html")

v = hexs(32)
add("shell-script", "aws-cli-update-env", "scripts/rotate_partner_key.sh", T("""
    #!/bin/sh
    # one-off: partner rotated their key on 2024-04-02
    set -e
    FN=acme-partner-sync-prod

    aws lambda update-function-configuration \\
      --function-name "$FN" \\
      --environment "Variables={PARTNER_API_URL=https://api.partner.example.net/v2,PARTNER_API_KEY=<<v>>,LOG_LEVEL=INFO}"

    aws lambda wait function-updated --function-name "$FN"
    echo "done"
    """, v=v), v, "https://docs.aws.amazon.com/cli/latest/reference/lambda/update-function-configuration.html")

v = hf_token()
add("dockerfile", "hf-token-env", "services/embedder/Dockerfile", T("""
    FROM public.ecr.aws/lambda/python:3.12

    ENV HF_HOME=/tmp/hf \\
        HUGGING_FACE_HUB_TOKEN=<<v>> \\
        MODEL_ID=acme/minilm-embed-v2

    COPY requirements.txt ${LAMBDA_TASK_ROOT}
    RUN pip install -r requirements.txt --no-cache-dir

    COPY embedder/ ${LAMBDA_TASK_ROOT}/embedder/
    CMD ["embedder.handler.embed"]
    """, v=v), v, "https://docs.aws.amazon.com/lambda/latest/dg/python-image.html")

add("dockerfile", "decoy-build-secret-mount", "services/scraper/Dockerfile", T("""
    # syntax=docker/dockerfile:1.6
    FROM public.ecr.aws/lambda/python:3.12

    COPY requirements.txt .
    # The index token is mounted only for this step: docker build --secret id=pip_index,env=PIP_INDEX_URL
    RUN --mount=type=secret,id=pip_index \\
        PIP_INDEX_URL="$(cat /run/secrets/pip_index)" pip install -r requirements.txt --no-cache-dir

    COPY scraper/ ${LAMBDA_TASK_ROOT}/scraper/
    CMD ["scraper.handler.run"]
    """), None, "https://docs.docker.com/build/building/secrets/")

# ---------------------------------------------------------------- Elastic Beanstalk, App Runner, ECS, Copilot
v = fakes.password(seed())
add("ebextensions-config", "db-password", ".ebextensions/01-environment.config", T("""
    option_settings:
      aws:elasticbeanstalk:application:environment:
        DJANGO_SETTINGS_MODULE: acme.settings.production
        DB_HOST: acme-eb-prod.c8x1q2w3e4r5.us-west-2.rds.amazonaws.com
        DB_NAME: acme
        DB_USER: acme
        DB_PASSWORD: <<v>>
      aws:elasticbeanstalk:container:python:
        WSGIPath: acme.wsgi:application
      aws:elasticbeanstalk:environment:proxy:staticfiles:
        /static: static

    container_commands:
      01_migrate:
        command: "source /var/app/venv/*/bin/activate && python manage.py migrate --noinput"
        leader_only: true
    """, v=v), v, "https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/ebextensions-optionsettings.html")

add("eb-config-yml", "decoy-eb-cli", ".elasticbeanstalk/config.yml", T("""
    branch-defaults:
      main:
        environment: acme-web-prod
        group_suffix: null
    environment-defaults:
      acme-web-prod:
        branch: null
        repository: null
    global:
      application_name: acme-web
      default_ec2_keyname: acme-ops-2023
      default_platform: Python 3.11 running on 64bit Amazon Linux 2023
      default_region: us-west-2
      include_git_submodules: true
      instance_profile: null
      platform_name: null
      profile: eb-cli
      sc: git
      workspace_type: Application
    """), None, "https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/eb-cli3-configuration.html")

v = sendgrid()
add("apprunner-yaml", "sendgrid-env", "apprunner.yaml", T("""
    version: 1.0
    runtime: python311
    build:
      commands:
        build:
          - pip3 install -r requirements.txt
    run:
      runtime-version: 3.11
      pre-run:
        - python3 manage.py collectstatic --noinput
      command: gunicorn acme.wsgi --bind 0.0.0.0:8000 --workers 3
      network:
        port: 8000
      env:
        - name: DJANGO_SETTINGS_MODULE
          value: acme.settings.production
        - name: EMAIL_HOST_PASSWORD
          value: "<<v>>"
        - name: EMAIL_HOST
          value: smtp.sendgrid.net
    """, v=v), v, "https://docs.aws.amazon.com/apprunner/latest/dg/config-file-ref.html")

add("apprunner-yaml", "decoy-value-from", "services/admin/apprunner.yaml", T("""
    version: 1.0
    runtime: python311
    build:
      commands:
        build:
          - pip3 install -r requirements.txt
    run:
      command: uvicorn admin.main:app --host 0.0.0.0 --port 8080
      network:
        port: 8080
      env:
        - name: APP_ENV
          value: production
      secrets:
        - name: DATABASE_URL
          value-from: "arn:aws:secretsmanager:us-east-1:093817264512:secret:admin/database-url-9xQ2aB"
        - name: SESSION_SECRET
          value-from: "arn:aws:ssm:us-east-1:093817264512:parameter/admin/session-secret"
    """), None, "https://docs.aws.amazon.com/apprunner/latest/dg/config-file-ref.html")

v = anthropic_key()
add("ecs-task-definition", "anthropic-key-env", "deploy/ecs/taskdef-worker.json", T("""
    {
      "family": "acme-llm-worker",
      "networkMode": "awsvpc",
      "requiresCompatibilities": ["FARGATE"],
      "cpu": "1024",
      "memory": "2048",
      "executionRoleArn": "arn:aws:iam::481726395012:role/ecsTaskExecutionRole",
      "containerDefinitions": [
        {
          "name": "worker",
          "image": "481726395012.dkr.ecr.eu-west-1.amazonaws.com/acme-llm-worker:1.8.0",
          "essential": true,
          "command": ["celery", "-A", "worker", "worker", "-l", "info"],
          "environment": [
            {"name": "ANTHROPIC_API_KEY", "value": "<<v>>"},
            {"name": "QUEUE", "value": "llm-jobs"}
          ],
          "logConfiguration": {
            "logDriver": "awslogs",
            "options": {"awslogs-group": "/ecs/acme-llm-worker", "awslogs-region": "eu-west-1", "awslogs-stream-prefix": "worker"}
          }
        }
      ]
    }
    """, v=v), v, "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html")

add("copilot-manifest", "decoy-ssm-secrets", "copilot/api/manifest.yml", T("""
    # The manifest for the "api" service.
    name: api
    type: Load Balanced Web Service

    http:
      path: '/'
      healthcheck: '/healthz'

    image:
      build: Dockerfile
      port: 8000

    cpu: 512
    memory: 1024
    count: 2

    variables:
      LOG_LEVEL: info
      DJANGO_SETTINGS_MODULE: acme.settings.production

    secrets:
      DJANGO_SECRET_KEY: /copilot/${COPILOT_APPLICATION_NAME}/${COPILOT_ENVIRONMENT_NAME}/secrets/django_secret_key
      DB:
        secretsmanager: 'acme/${COPILOT_ENVIRONMENT_NAME}/db'
    """), None, "https://aws.github.io/copilot-cli/docs/manifest/lb-web-service/")

v = fakes.pypi_token(seed())
add("codebuild-buildspec", "pypi-token", "buildspec.yml", T("""
    version: 0.2

    env:
      variables:
        TWINE_USERNAME: __token__
        TWINE_PASSWORD: <<v>>
        PYTHONDONTWRITEBYTECODE: "1"

    phases:
      install:
        runtime-versions:
          python: 3.11
        commands:
          - pip install build twine
      build:
        commands:
          - python -m build
          - twine check dist/*
      post_build:
        commands:
          - twine upload dist/*

    artifacts:
      files:
        - dist/*
    """, v=v), v, "https://docs.aws.amazon.com/codebuild/latest/userguide/build-spec-ref.html")

add("codebuild-buildspec", "decoy-parameter-store", "ci/buildspec-deploy.yml", T("""
    version: 0.2

    env:
      variables:
        STAGE: prod
      parameter-store:
        SENTRY_AUTH_TOKEN: /ci/sentry/auth-token
      secrets-manager:
        DOCKERHUB_PASS: ci/dockerhub:password
        DOCKERHUB_USER: ci/dockerhub:username

    phases:
      pre_build:
        commands:
          - echo "$DOCKERHUB_PASS" | docker login -u "$DOCKERHUB_USER" --password-stdin
      build:
        commands:
          - sam build --use-container
          - sam deploy --config-env prod --no-fail-on-empty-changeset
    """), None, "https://docs.aws.amazon.com/codebuild/latest/userguide/build-spec-ref.html")

add("amplify-yml", "decoy-build-settings", "amplify.yml", T("""
    version: 1
    backend:
      phases:
        build:
          commands:
            - '# Execute Amplify CLI with the helper script'
            - amplifyPush --simple
    frontend:
      phases:
        preBuild:
          commands:
            - npm ci --cache .npm --prefer-offline
        build:
          commands:
            - echo "API_URL=$API_URL" >> .env.production
            - npm run build
      artifacts:
        baseDirectory: dist
        files:
          - '**/*'
      cache:
        paths:
          - .npm/**/*
    """), None, "https://docs.aws.amazon.com/amplify/latest/userguide/build-settings.html")

v = fakes.aws_secret_key(seed())
kid = fakes.aws_key_id(seed())
add("aws-credentials-ini", "deploy-profile", "deploy/aws/credentials", T("""
    [default]
    region = us-east-1

    [acme-deploy]
    aws_access_key_id = <<kid>>
    aws_secret_access_key = <<v>>

    [acme-readonly]
    role_arn = arn:aws:iam::093817264512:role/ReadOnly
    source_profile = acme-deploy
    """, v=v, kid=kid), v, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")

add("aws-config-ini", "decoy-sso-profile", "deploy/aws/config", T("""
    [profile acme-dev]
    sso_session = acme
    sso_account_id = 093817264512
    sso_role_name = PowerUserAccess
    region = eu-west-1
    output = json

    [profile acme-prod]
    sso_session = acme
    sso_account_id = 481726395012
    sso_role_name = ReadOnlyAccess
    region = eu-west-1

    [sso-session acme]
    sso_start_url = https://acme.awsapps.com/start
    sso_region = eu-west-1
    sso_registration_scopes = sso:account:access
    """), None, "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html")

v = fakes.aws_session_token(seed())
add("shell-env-export", "aws-session-token", "notes/assume-role-output.sh", T("""
    # debugging the deploy role from the bastion; the session token below was pasted from an old terminal
    creds=$(aws sts assume-role --role-arn arn:aws:iam::481726395012:role/deploy --role-session-name dbg --query Credentials --output text)
    export AWS_ACCESS_KEY_ID=$(echo "$creds" | cut -f1)
    export AWS_SECRET_ACCESS_KEY=$(echo "$creds" | cut -f3)
    export AWS_SESSION_TOKEN=<<v>>
    export AWS_REGION=eu-west-1
    sam deploy --config-env prod
    """, v=v), v, "https://docs.aws.amazon.com/cli/latest/reference/sts/assume-role.html")


# ---------------------------------------------------------------- Google Cloud
GCF = "https://cloud.google.com/functions/docs/configuring/env-var"
v = fakes.password(seed())
add("gcloud-env-yaml", "db-password", "functions/ingest/.env.yaml", T("""
    # gcloud functions deploy ingest --env-vars-file .env.yaml
    INSTANCE_CONNECTION_NAME: acme-prod-381204:europe-west1:acme-pg
    DB_USER: ingest
    DB_PASS: "<<v>>"
    DB_NAME: events
    BQ_DATASET: raw_events
    LOG_EXECUTION_ID: "true"
    """, v=v), v, GCF)

add("gcloud-env-yaml", "decoy-non-secret-env", "functions/resize/env.yaml", T("""
    # gcloud functions deploy resize --env-vars-file env.yaml
    # Secrets are mounted with --set-secrets, not listed here.
    OUTPUT_BUCKET: acme-thumbs-prod
    SIZES: "64,128,512"
    JPEG_QUALITY: "82"
    GOOGLE_CLOUD_PROJECT: acme-prod-381204
    MAX_INSTANCES: "20"
    """), None, GCF)

v = words_pw()
add("cloudbuild-yaml", "set-env-vars-password", "cloudbuild.yaml", T("""
    steps:
      - name: gcr.io/cloud-builders/docker
        args: ["build", "-t", "europe-west1-docker.pkg.dev/$PROJECT_ID/apps/web:$SHORT_SHA", "."]
      - name: gcr.io/cloud-builders/docker
        args: ["push", "europe-west1-docker.pkg.dev/$PROJECT_ID/apps/web:$SHORT_SHA"]
      - name: gcr.io/google.com/cloudsdktool/cloud-sdk:slim
        entrypoint: gcloud
        args:
          - run
          - deploy
          - web
          - --image=europe-west1-docker.pkg.dev/$PROJECT_ID/apps/web:$SHORT_SHA
          - --region=europe-west1
          - --set-env-vars=APP_ENV=prod,SMTP_USER=mailer@acme.io,SMTP_PASSWORD=<<v>>
          - --allow-unauthenticated
    images:
      - europe-west1-docker.pkg.dev/$PROJECT_ID/apps/web:$SHORT_SHA
    options:
      logging: CLOUD_LOGGING_ONLY
    """, v=v), v, "https://cloud.google.com/build/docs/build-config-file-schema")

add("cloudbuild-yaml", "decoy-available-secrets", "deploy/gcp/cloudbuild-release.yaml", T("""
    steps:
      - name: python:3.12-slim
        entrypoint: bash
        args:
          - -c
          - |
            pip install build twine
            python -m build
            twine upload --username __token__ --password "$$PYPI_TOKEN" dist/*
        secretEnv: ["PYPI_TOKEN"]
    availableSecrets:
      secretManager:
        - versionName: projects/$PROJECT_ID/secrets/pypi-token/versions/latest
          env: PYPI_TOKEN
    options:
      logging: CLOUD_LOGGING_ONLY
    timeout: 900s
    """), None, "https://cloud.google.com/build/docs/securing-builds/use-secrets")

v = fakes.django_secret_key(seed())
add("appengine-app-yaml", "django-secret-key", "app.yaml", T("""
    runtime: python312
    entrypoint: gunicorn -b :$PORT acme.wsgi:application
    instance_class: F2

    env_variables:
      DJANGO_SETTINGS_MODULE: "acme.settings.appengine"
      SECRET_KEY: "<<v>>"
      GS_BUCKET_NAME: "acme-static-prod"

    automatic_scaling:
      min_instances: 1
      max_instances: 6
      target_cpu_utilization: 0.65

    handlers:
      - url: /static
        static_dir: static/
      - url: /.*
        script: auto
        secure: always
    """, v=v), v, "https://cloud.google.com/appengine/docs/standard/reference/app-yaml?tab=python")

v = stripe_sk()
add("appengine-include-yaml", "stripe-key-included", "services/shop/secret.yaml", T("""
    # included from app.yaml:
    #   includes:
    #     - secret.yaml
    # (listed in .gcloudignore? no - it has to be uploaded for the include to work)
    env_variables:
      STRIPE_API_KEY: "<<v>>"
      STRIPE_ACCOUNT_COUNTRY: "DE"
    """, v=v), v, "https://cloud.google.com/appengine/docs/standard/reference/app-yaml?tab=python#includes")

add("appengine-app-yaml", "decoy-secret-manager-comment", "services/admin/app.yaml", T("""
    runtime: python311
    service: admin
    entrypoint: gunicorn -b :$PORT admin.main:app -k uvicorn.workers.UvicornWorker

    env_variables:
      APP_ENV: "production"
      # The session key and DB password are read at startup from Secret Manager:
      #   projects/acme-prod-381204/secrets/admin-session-key/versions/latest
      SECRET_MANAGER_PROJECT: "acme-prod-381204"

    vpc_access_connector:
      name: projects/acme-prod-381204/locations/europe-west1/connectors/serverless-vpc

    handlers:
      - url: /.*
        script: auto
        secure: always
        login: admin
    """), None, "https://cloud.google.com/appengine/docs/standard/reference/app-yaml?tab=python")

v = slack_bot()
add("cloudrun-service-yaml", "slack-bot-token", "deploy/cloudrun/service.yaml", T("""
    apiVersion: serving.knative.dev/v1
    kind: Service
    metadata:
      name: standup-bot
      labels:
        cloud.googleapis.com/location: europe-west1
    spec:
      template:
        metadata:
          annotations:
            autoscaling.knative.dev/maxScale: "3"
        spec:
          containerConcurrency: 40
          containers:
            - image: europe-west1-docker.pkg.dev/acme-prod-381204/apps/standup-bot:2.3.0
              ports:
                - containerPort: 8080
              env:
                - name: SLACK_BOT_TOKEN
                  value: <<v>>
                - name: STANDUP_CHANNEL
                  value: C04Q8K2M7LP
    """, v=v), v, "https://cloud.google.com/run/docs/reference/yaml/v1")

add("cloudrun-service-yaml", "decoy-secret-key-ref", "deploy/cloudrun/worker-service.yaml", T("""
    apiVersion: serving.knative.dev/v1
    kind: Service
    metadata:
      name: worker
    spec:
      template:
        spec:
          serviceAccountName: worker@acme-prod-381204.iam.gserviceaccount.com
          containers:
            - image: europe-west1-docker.pkg.dev/acme-prod-381204/apps/worker@sha256:7d2c9e4f1a8b3c6d5e0f9a2b4c7d1e8f3a6b9c2d5e8f1a4b7c0d3e6f9a2b5c8d
              env:
                - name: OPENAI_API_KEY
                  valueFrom:
                    secretKeyRef:
                      name: openai-api-key
                      key: latest
                - name: QUEUE_SUBSCRIPTION
                  value: projects/acme-prod-381204/subscriptions/worker-jobs
    """), None, "https://cloud.google.com/run/docs/configuring/services/secrets")

key = fakes.fake_pem(seed(), "")
key = key.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
sa = {
    "type": "service_account",
    "project_id": "acme-prod-381204",
    "private_key_id": hexs(40),
    "private_key": key + "\n",
    "client_email": "deployer@acme-prod-381204.iam.gserviceaccount.com",
    "client_id": "1" + rs("0123456789", 20),
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/deployer%40acme-prod-381204.iam.gserviceaccount.com",
    "universe_domain": "googleapis.com",
}
add("gcp-service-account-json", "private-key", "deploy/gcp/deployer-key.json", json.dumps(sa, indent=2) + "\n",
    key.splitlines()[3], "https://cloud.google.com/iam/docs/keys-create-delete")

sa_b64 = b64(json.dumps({"type": "service_account", "project_id": "acme-stage-220931",
                        "private_key_id": hexs(40), "private_key": "PLACEHOLDER",
                        "client_email": "ci@acme-stage-220931.iam.gserviceaccount.com"}))
add("github-actions", "decoy-wif-auth", ".github/workflows/deploy-cloudrun.yml", T("""
    name: deploy-cloudrun
    on:
      push:
        branches: [main]
    permissions:
      contents: read
      id-token: write
    jobs:
      deploy:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - uses: google-github-actions/auth@v2
            with:
              workload_identity_provider: projects/718293645012/locations/global/workloadIdentityPools/github/providers/acme
              service_account: deployer@acme-prod-381204.iam.gserviceaccount.com
          - uses: google-github-actions/deploy-cloudrun@v2
            with:
              service: web
              region: europe-west1
              source: .
              secrets: |
                DATABASE_URL=database-url:latest
    """), None, "https://github.com/google-github-actions/auth")

v = fakes.password(seed())
add("cloud-functions-main", "hardcoded-dsn-python", "functions/ingest/main.py", T("""
    import functions_framework
    import sqlalchemy

    # Cloud SQL via the unix socket the connector mounts
    ENGINE = sqlalchemy.create_engine(
        "postgresql+pg8000://ingest:<<v>>@/events"
        "?unix_sock=/cloudsql/acme-prod-381204:europe-west1:acme-pg/.s.PGSQL.5432",
        pool_size=2,
        max_overflow=0,
    )


    @functions_framework.cloud_event
    def ingest(cloud_event):
        payload = cloud_event.data["message"]["data"]
        with ENGINE.begin() as conn:
            conn.execute(sqlalchemy.text("insert into raw(payload) values (:p)"), {"p": payload})
    """, v=v), v, "https://cloud.google.com/sql/docs/postgres/connect-functions")

# ---------------------------------------------------------------- Azure
AZF = "https://learn.microsoft.com/en-us/azure/azure-functions/functions-develop-local#local-settings-file"
v = azure_key()
add("azure-local-settings", "storage-account-key", "functions/local.settings.json", T("""
    {
      "IsEncrypted": false,
      "Values": {
        "FUNCTIONS_WORKER_RUNTIME": "python",
        "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=acmefuncprod;AccountKey=<<v>>;EndpointSuffix=core.windows.net",
        "AzureWebJobsFeatureFlags": "EnableWorkerIndexing",
        "QUEUE_NAME": "thumbnails"
      },
      "Host": {
        "LocalHttpPort": 7071,
        "CORS": "*"
      }
    }
    """, v=v), v, AZF)

add("azure-local-settings", "decoy-azurite-dev-storage", "services/reports/local.settings.json", T("""
    {
      "IsEncrypted": false,
      "Values": {
        "FUNCTIONS_WORKER_RUNTIME": "python",
        "AzureWebJobsStorage": "UseDevelopmentStorage=true",
        "ReportsBlob": "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;",
        "REPORTS_CONTAINER": "reports-local"
      },
      "ConnectionStrings": {}
    }
    """), None, "https://learn.microsoft.com/en-us/azure/storage/common/storage-use-azurite#http-connection-strings")

v = "Server=tcp:acme-sql-prod.database.windows.net,1433;Initial Catalog=orders;User ID=orders_app;Password=" + words_pw() + ";Encrypt=True;Connection Timeout=30;"
pw = v.split("Password=")[1].split(";")[0]
add("azure-local-settings", "sql-connection-string", "functions/orders/local.settings.json", T("""
    {
      "IsEncrypted": false,
      "Values": {
        "FUNCTIONS_WORKER_RUNTIME": "python",
        "AzureWebJobsStorage": "UseDevelopmentStorage=true",
        "SERVICEBUS_QUEUE": "orders"
      },
      "ConnectionStrings": {
        "OrdersDb": "<<v>>"
      }
    }
    """, v=v), pw, AZF)

add("azure-host-json", "decoy-host-config", "functions/host.json", T("""
    {
      "version": "2.0",
      "logging": {
        "applicationInsights": {
          "samplingSettings": {"isEnabled": true, "excludedTypes": "Request"}
        },
        "logLevel": {"Function": "Information"}
      },
      "extensionBundle": {
        "id": "Microsoft.Azure.Functions.ExtensionBundle",
        "version": "[4.*, 5.0.0)"
      },
      "functionTimeout": "00:05:00",
      "extensions": {
        "queues": {"batchSize": 16, "maxDequeueCount": 5}
      }
    }
    """), None, "https://learn.microsoft.com/en-us/azure/azure-functions/functions-host-json")

add("azure-function-json", "decoy-binding-setting-names", "functions/Thumbnail/function.json", T("""
    {
      "scriptFile": "__init__.py",
      "bindings": [
        {
          "name": "msg",
          "type": "queueTrigger",
          "direction": "in",
          "queueName": "thumbnails",
          "connection": "AzureWebJobsStorage"
        },
        {
          "name": "outputBlob",
          "type": "blob",
          "direction": "out",
          "path": "thumbs/{rand-guid}.png",
          "connection": "ThumbsStorageConnection"
        }
      ]
    }
    """), None, "https://learn.microsoft.com/en-us/azure/azure-functions/functions-triggers-bindings")

v = sendgrid()
add("azure-appsettings-export", "sendgrid-in-settings-list", "ops/azure/appsettings-prod.json", T("""
    [
      {
        "name": "APPLICATIONINSIGHTS_CONNECTION_STRING",
        "slotSetting": false,
        "value": "InstrumentationKey=4f1c9a2e-7b3d-4e8f-9a1c-2d5e8f0b3c6a;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/"
      },
      {
        "name": "SCM_DO_BUILD_DURING_DEPLOYMENT",
        "slotSetting": false,
        "value": "true"
      },
      {
        "name": "SENDGRID_API_KEY",
        "slotSetting": true,
        "value": "<<v>>"
      },
      {
        "name": "WEBSITES_PORT",
        "slotSetting": false,
        "value": "8000"
      }
    ]
    """, v=v), v, "https://learn.microsoft.com/en-us/cli/azure/webapp/config/appsettings#az-webapp-config-appsettings-list")

add("azure-appsettings-export", "decoy-keyvault-references", "ops/azure/appsettings-staging.json", T("""
    [
      {
        "name": "DATABASE_PASSWORD",
        "slotSetting": true,
        "value": "@Microsoft.KeyVault(SecretUri=https://acme-kv-stg.vault.azure.net/secrets/db-password/)"
      },
      {
        "name": "DJANGO_SECRET_KEY",
        "slotSetting": true,
        "value": "@Microsoft.KeyVault(VaultName=acme-kv-stg;SecretName=django-secret-key)"
      },
      {
        "name": "WEBSITE_RUN_FROM_PACKAGE",
        "slotSetting": false,
        "value": "1"
      }
    ]
    """), None, "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references")

v = rs(ALNUM, 60)
add("azure-publish-settings", "deploy-password", "deploy/acme-web-prod.PublishSettings", T("""
    <publishData>
      <publishProfile profileName="acme-web-prod - Web Deploy" publishMethod="MSDeploy"
          publishUrl="acme-web-prod.scm.azurewebsites.net:443" msdeploySite="acme-web-prod"
          userName="$acme-web-prod" userPWD="<<v>>"
          destinationAppUrl="https://acme-web-prod.azurewebsites.net" SQLServerDBConnectionString=""
          mySQLDBConnectionString="" hostingProviderForumLink="" controlPanelLink="https://portal.azure.com"
          webSystem="WebSites">
        <databases />
      </publishProfile>
      <publishProfile profileName="acme-web-prod - Zip Deploy" publishMethod="ZipDeploy"
          publishUrl="acme-web-prod.scm.azurewebsites.net:443" userName="$acme-web-prod" userPWD="<<v>>"
          destinationAppUrl="https://acme-web-prod.azurewebsites.net" webSystem="WebSites">
        <databases />
      </publishProfile>
    </publishData>
    """, v=v), v, "https://learn.microsoft.com/en-us/visualstudio/deployment/tutorial-import-publish-settings-azure")

add("github-actions", "decoy-azure-publish-profile-secret", ".github/workflows/azure-webapp.yml", T("""
    name: Build and deploy Python app to Azure Web App
    on:
      push:
        branches: [main]
      workflow_dispatch:
    jobs:
      deploy:
        runs-on: ubuntu-latest
        environment: production
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-python@v5
            with:
              python-version: "3.12"
          - run: pip install -r requirements.txt -t .python_packages/lib/site-packages
          - uses: azure/webapps-deploy@v3
            with:
              app-name: acme-web-prod
              publish-profile: ${{ secrets.AZURE_WEBAPP_PUBLISH_PROFILE }}
              package: .
    """), None, "https://github.com/Azure/webapps-deploy")

v = fakes.password(seed())
add("arm-parameters-json", "admin-password", "infra/azure/main.parameters.prod.json", T("""
    {
      "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
      "contentVersion": "1.0.0.0",
      "parameters": {
        "environmentName": {"value": "prod"},
        "location": {"value": "westeurope"},
        "postgresAdminLogin": {"value": "acmeadmin"},
        "postgresAdminPassword": {"value": "<<v>>"},
        "appServiceSku": {"value": "P1v3"}
      }
    }
    """, v=v), v, "https://learn.microsoft.com/en-us/azure/azure-resource-manager/templates/parameter-files")

add("arm-parameters-json", "decoy-keyvault-reference", "infra/azure/main.parameters.stg.json", T("""
    {
      "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
      "contentVersion": "1.0.0.0",
      "parameters": {
        "environmentName": {"value": "stg"},
        "location": {"value": "westeurope"},
        "postgresAdminLogin": {"value": "acmeadmin"},
        "postgresAdminPassword": {
          "reference": {
            "keyVault": {
              "id": "/subscriptions/6c2f1e8a-3b4d-4c7e-9a1f-0d2e5b8c7a41/resourceGroups/acme-shared/providers/Microsoft.KeyVault/vaults/acme-kv-stg"
            },
            "secretName": "postgres-admin-password"
          }
        }
      }
    }
    """), None, "https://learn.microsoft.com/en-us/azure/azure-resource-manager/templates/key-vault-parameter")

v = words_pw("_")
add("bicep", "secure-param-default", "infra/azure/redis.bicep", T("""
    @description('Environment short name')
    param env string = 'prod'
    param location string = resourceGroup().location

    @secure()
    param cacheAdminPassword string = '<<v>>'

    resource cache 'Microsoft.Cache/redisEnterprise@2023-11-01' = {
      name: 'acme-cache-${env}'
      location: location
      sku: {
        name: 'Enterprise_E10'
        capacity: 2
      }
    }

    output hostName string = cache.properties.hostName
    """, v=v), v, "https://learn.microsoft.com/en-us/azure/azure-resource-manager/bicep/parameters#secure-parameters")

add("azure-profile-json", "decoy-subscriptions", "ops/azure/azureProfile.json", T("""
    {
      "installationId": "3e7a9c1f-5b2d-11ee-8c4a-0242ac120002",
      "subscriptions": [
        {
          "id": "6c2f1e8a-3b4d-4c7e-9a1f-0d2e5b8c7a41",
          "name": "acme-production",
          "state": "Enabled",
          "user": {"name": "ops@acme.io", "type": "user"},
          "isDefault": true,
          "tenantId": "9b8e7d6c-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
          "environmentName": "AzureCloud",
          "homeTenantId": "9b8e7d6c-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
          "managedByTenants": []
        }
      ]
    }
    """), None, "https://learn.microsoft.com/en-us/cli/azure/manage-azure-subscriptions-azure-cli")

v = rs(ALNUM + "-_", 54) + "=="
add("azure-function-keys", "function-host-key", "tests/integration/azure_keys.py", T("""
    \"\"\"Smoke test against the deployed function app (run manually before a release).\"\"\"
    import os

    import requests

    BASE = "https://acme-thumbs-prod.azurewebsites.net/api"
    FUNCTION_KEY = os.environ.get("THUMBS_FUNCTION_KEY", "<<v>>")


    def test_thumbnail_endpoint():
        resp = requests.post(
            f"{BASE}/thumbnail",
            params={"code": FUNCTION_KEY},
            json={"blob": "samples/cat.jpg", "size": 128},
            timeout=20,
        )
        assert resp.status_code == 200
    """, v=v), v, "https://learn.microsoft.com/en-us/azure/azure-functions/function-keys-how-to")

v = fakes.openai_key(seed())
add("azd-env", "openai-key", ".azure/prod/.env", T("""
    AZURE_ENV_NAME="prod"
    AZURE_LOCATION="eastus2"
    AZURE_SUBSCRIPTION_ID="6c2f1e8a-3b4d-4c7e-9a1f-0d2e5b8c7a41"
    AZURE_RESOURCE_GROUP="rg-acme-chat-prod"
    SERVICE_API_ENDPOINTS="[\\"https://ca-api-x7k2q.proudsky-1a2b3c4d.eastus2.azurecontainerapps.io\\"]"
    OPENAI_HOST="openai"
    OPENAI_API_KEY="<<v>>"
    """, v=v), v, "https://learn.microsoft.com/en-us/azure/developer/azure-developer-cli/manage-environment-variables")

add("azd-yaml", "decoy-azure-yaml", "azure.yaml", T("""
    # yaml-language-server: $schema=https://raw.githubusercontent.com/Azure/azure-dev/main/schemas/v1.0/azure.yaml.json
    name: acme-chat
    metadata:
      template: azure-search-openai-demo@0.0.3-beta
    services:
      api:
        project: ./app/backend
        language: py
        host: containerapp
    hooks:
      postprovision:
        posix:
          shell: sh
          run: ./scripts/setup_search.sh
    """), None, "https://learn.microsoft.com/en-us/azure/developer/azure-developer-cli/azd-schema")


# ---------------------------------------------------------------- Vercel
v = "postgres://default:" + urlpw(12) + "@ep-wispy-field-a4k2m9x1-pooler.us-east-1.aws.neon.tech:5432/verceldb?sslmode=require"
pw = v.split(":")[2].split("@")[0]
add("vercel-env-pull", "postgres-url", ".vercel/.env.production.local", T("""
    # Created by Vercel CLI
    POSTGRES_DATABASE="verceldb"
    POSTGRES_HOST="ep-wispy-field-a4k2m9x1-pooler.us-east-1.aws.neon.tech"
    POSTGRES_URL="<<v>>"
    POSTGRES_USER="default"
    VERCEL="1"
    VERCEL_ENV="production"
    VERCEL_GIT_COMMIT_REF="main"
    VERCEL_GIT_COMMIT_SHA="9f4c2a7e1b3d5f6a8c0e2b4d6f8a1c3e5b7d9f0a"
    """, v=v), pw, "https://vercel.com/docs/cli/env")

add("vercel-env-pull", "decoy-system-env", ".vercel/.env.development.local", T("""
    # Created by Vercel CLI
    NX_DAEMON="false"
    TURBO_REMOTE_ONLY="true"
    VERCEL="1"
    VERCEL_ENV="development"
    VERCEL_GIT_COMMIT_AUTHOR_LOGIN="mkowalski"
    VERCEL_GIT_COMMIT_REF="feature/pricing"
    VERCEL_GIT_COMMIT_SHA="c81e728d9d4c2f636f067f89cc14862c0a1b2c3d"
    VERCEL_GIT_PROVIDER="github"
    VERCEL_GIT_REPO_ID="712345678"
    VERCEL_URL=""
    """), None, "https://vercel.com/docs/projects/environment-variables/system-environment-variables")

v = hexs(32) + "-us21"
add("vercel-json", "mailchimp-key-env", "vercel.json", T("""
    {
      "$schema": "https://openapi.vercel.sh/vercel.json",
      "builds": [{"src": "api/index.py", "use": "@vercel/python"}],
      "routes": [{"src": "/(.*)", "dest": "api/index.py"}],
      "env": {
        "APP_ENV": "production",
        "MAILCHIMP_API_KEY": "<<v>>",
        "MAILCHIMP_LIST_ID": "a1b2c3d4e5"
      }
    }
    """, v=v), v, "https://vercel.com/docs/projects/project-configuration")

add("vercel-json", "decoy-legacy-secret-refs", "services/landing/now.json", T("""
    {
      "version": 2,
      "name": "acme-landing",
      "builds": [{"src": "app.py", "use": "@now/python"}],
      "env": {
        "DATABASE_URL": "@acme-landing-database-url",
        "RECAPTCHA_SECRET": "@recaptcha-secret"
      },
      "build": {
        "env": {"PIP_INDEX_URL": "@pip-index-url"}
      }
    }
    """), None, "https://vercel.com/docs/cli/secrets")

add("vercel-project-json", "decoy-project-ids", ".vercel/project.json", T("""
    {
      "projectId": "prj_7Hk2Lm9Qx4Rt1Vw8Yz3Bc6Nd0Fg5",
      "orgId": "team_Qw3Er5Ty7Ui9Op1As3Df5Gh7",
      "settings": {
        "framework": null,
        "buildCommand": null,
        "installCommand": "pip install -r requirements.txt",
        "outputDirectory": null
      }
    }
    """), None, "https://vercel.com/docs/cli/project-linking")

v = rs(ALNUM, 24)
add("vercel-cli-auth", "vercel-token", "ci/vercel/auth.json", T("""
    {
      "// Note": "This is your Vercel credentials file. DO NOT SHARE!",
      "// Docs": "https://vercel.com/docs/projects/project-configuration/global-configuration#auth.json",
      "token": "<<v>>"
    }
    """, v=v), v, "https://vercel.com/docs/projects/project-configuration/global-configuration#auth.json")

add("vercel-python-handler", "decoy-env-lookup", "api/index.py", T("""
    import os

    from flask import Flask, jsonify

    app = Flask(__name__)
    app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]
    KV_URL = os.getenv("KV_REST_API_URL")
    KV_TOKEN = os.getenv("KV_REST_API_TOKEN")


    @app.get("/api/health")
    def health():
        return jsonify(ok=True, region=os.getenv("VERCEL_REGION", "dev1"), kv=bool(KV_TOKEN))
    """), None, "https://vercel.com/docs/functions/runtimes/python")

# ---------------------------------------------------------------- Netlify
v = hexs(32)
add("netlify-toml", "algolia-admin-key", "netlify.toml", T("""
    [build]
      command = "pip install -r requirements.txt && mkdocs build && python scripts/index_search.py"
      publish = "site"

    [build.environment]
      PYTHON_VERSION = "3.11"
      ALGOLIA_APP_ID = "Q8ZT1X4M2C"
      ALGOLIA_ADMIN_KEY = "<<v>>"
      ALGOLIA_INDEX = "docs_prod"

    [[redirects]]
      from = "/latest/*"
      to = "/en/stable/:splat"
      status = 301

    [[headers]]
      for = "/*"
      [headers.values]
        X-Frame-Options = "DENY"
    """, v=v), v, "https://docs.netlify.com/configure-builds/file-based-configuration/")

add("netlify-toml", "decoy-context-env", "docs/netlify.toml", T("""
    [build]
      base = "docs"
      command = "pip install -r requirements.txt && sphinx-build -b html . _build/html"
      publish = "_build/html"

    [context.production.environment]
      DOCS_VERSION = "stable"
      GA_MEASUREMENT_ID = "G-7QX2M4K9LP"

    [context.deploy-preview.environment]
      DOCS_VERSION = "preview"

    [[plugins]]
      package = "netlify-plugin-checklinks"
      [plugins.inputs]
        skipPatterns = ["https://github.com/acme/"]
    """), None, "https://docs.netlify.com/configure-builds/file-based-configuration/")

v = "nfp_" + rs(ALNUM, 36)
add("netlify-cli-config", "netlify-auth-token", "ci/netlify/config.json", T("""
    {
      "telemetryDisabled": true,
      "cliId": "0f3b6c1a-7e2d-4a9c-8b5e-1d4f7a0c3e62",
      "userId": "64f1c2a9e8b7d3001a2b3c4d",
      "users": {
        "64f1c2a9e8b7d3001a2b3c4d": {
          "id": "64f1c2a9e8b7d3001a2b3c4d",
          "name": "Acme CI",
          "email": "ci@acme.io",
          "auth": {
            "token": "<<v>>",
            "github": {"user": null, "token": null}
          }
        }
      }
    }
    """, v=v), v, "https://docs.netlify.com/cli/get-started/#authentication")

# ---------------------------------------------------------------- Fly.io
add("fly-toml", "decoy-app-config", "fly.toml", T("""
    # fly.toml app configuration file generated for acme-api on 2024-02-19T10:21:33Z
    app = "acme-api"
    primary_region = "ams"
    console_command = "/code/manage.py shell"

    [build]

    [deploy]
      release_command = "python manage.py migrate --noinput"

    [env]
      PORT = "8000"
      DJANGO_SETTINGS_MODULE = "acme.settings.fly"

    [http_service]
      internal_port = 8000
      force_https = true
      auto_stop_machines = true
      auto_start_machines = true
      min_machines_running = 0

    [[statics]]
      guest_path = "/code/static"
      url_prefix = "/static/"
    """), None, "https://fly.io/docs/reference/configuration/")

v = fakes.redis_password(seed())
add("fly-toml", "redis-url-in-env", "services/worker/fly.toml", T("""
    app = "acme-worker"
    primary_region = "fra"
    kill_signal = "SIGTERM"

    [processes]
      worker = "celery -A worker worker --concurrency 4"
      beat = "celery -A worker beat"

    [env]
      CELERY_BROKER_URL = "redis://default:<<v>>@fly-acme-redis.upstash.io:6379"
      LOG_LEVEL = "info"

    [[vm]]
      size = "shared-cpu-1x"
      memory = "512mb"
      processes = ["worker"]
    """, v=v), v, "https://fly.io/docs/reference/configuration/#the-env-variables-section")

v = fakes.django_secret_key(seed())
add("fly-secrets-import", "django-secret-key", "deploy/fly/secrets.env", T("""
    # fly secrets import -a acme-api < deploy/fly/secrets.env
    DJANGO_SECRET_KEY="<<v>>"
    DJANGO_ALLOWED_HOSTS="acme-api.fly.dev,api.acme.io"
    SENTRY_ENVIRONMENT="fly-prod"
    DEFAULT_FROM_EMAIL="noreply@acme.io"
    """, v=v), v, "https://fly.io/docs/flyctl/secrets-import/")

v = fly_token()
add("fly-cli-config", "fly-access-token", "ci/fly/config.yml", T("""
    access_token: <<v>>
    metrics_token: ""
    send_metrics: true
    syntheticsagent: false
    auto_update: false
    wire_guard_websockets: false
    """, v=v), v, "https://fly.io/docs/flyctl/auth-token/")

# ---------------------------------------------------------------- Render
add("render-yaml", "decoy-blueprint-generated", "render.yaml", T("""
    services:
      - type: web
        name: acme-web
        runtime: python
        plan: starter
        buildCommand: pip install -r requirements.txt && python manage.py collectstatic --noinput
        startCommand: gunicorn acme.wsgi:application
        envVars:
          - key: PYTHON_VERSION
            value: 3.11.8
          - key: DJANGO_SECRET_KEY
            generateValue: true
          - key: DATABASE_URL
            fromDatabase:
              name: acme-db
              property: connectionString
          - key: STRIPE_SECRET_KEY
            sync: false
    databases:
      - name: acme-db
        plan: basic-256mb
        databaseName: acme
        user: acme
    """), None, "https://docs.render.com/blueprint-spec")

v = fakes.github_fine_grained_token(seed())
add("render-yaml", "github-pat-value", "services/docs-bot/render.yaml", T("""
    services:
      - type: cron
        name: docs-sync
        runtime: python
        schedule: "0 */6 * * *"
        buildCommand: pip install -r requirements.txt
        startCommand: python -m docs_bot.sync
        envVars:
          - key: GITHUB_REPO
            value: acme/handbook
          - key: GITHUB_TOKEN
            value: <<v>>
          - key: TARGET_BRANCH
            value: gh-pages
    """, v=v), v, "https://docs.render.com/blueprint-spec")

# ---------------------------------------------------------------- Railway
add("railway-toml", "decoy-deploy-config", "railway.toml", T("""
    [build]
    builder = "NIXPACKS"
    buildCommand = "pip install -r requirements.txt"

    [deploy]
    startCommand = "uvicorn app.main:app --host 0.0.0.0 --port $PORT"
    healthcheckPath = "/healthz"
    healthcheckTimeout = 100
    restartPolicyType = "ON_FAILURE"
    restartPolicyMaxRetries = 10
    """), None, "https://docs.railway.app/reference/config-as-code")

v = "mongodb://mongo:" + urlpw(32) + "@monorail.proxy.rlwy.net:43127"
pw = v.split(":")[2].split("@")[0]
add("railway-variables-kv", "mongo-url", "ops/railway/production.vars", T("""
    # railway variables --service api --environment production --kv
    MONGO_URL=<<v>>
    MONGOHOST=monorail.proxy.rlwy.net
    MONGOPORT=43127
    MONGOUSER=mongo
    PORT=8080
    RAILWAY_ENVIRONMENT_NAME=production
    RAILWAY_PRIVATE_DOMAIN=api.railway.internal
    RAILWAY_PROJECT_NAME=acme-api
    """, v=v), pw, "https://docs.railway.app/reference/cli-api#variables")

v = uuid4()
add("github-actions", "railway-token", ".github/workflows/railway.yml", T("""
    name: Deploy to Railway
    on:
      push:
        branches: [main]
    jobs:
      deploy:
        runs-on: ubuntu-latest
        container: ghcr.io/railwayapp/cli:latest
        env:
          RAILWAY_TOKEN: <<v>>
          SVC_ID: api
        steps:
          - uses: actions/checkout@v4
          - run: railway up --service=${{ env.SVC_ID }} --detach
    """, v=v), v, "https://docs.railway.app/guides/github-actions")

# ---------------------------------------------------------------- Heroku
HEROKU = "https://devcenter.heroku.com/articles/config-vars"
v = "postgres://u" + rs("abcdefghijklmnopqrstuvwxyz0123456789", 13) + ":p" + rs(HEX, 64) + "@c5hilnj7pn10vb.cluster-czrs8kj4isg7.us-east-1.rds.amazonaws.com:5432/d9" + rs("abcdefghijklmnopqrstuvwxyz0123456789", 12)
pw = v.split(":")[2].split("@")[0]
add("heroku-config-json", "database-url", "ops/heroku/acme-prod-config.json", T("""
    {
      "DATABASE_URL": "<<v>>",
      "DJANGO_SETTINGS_MODULE": "acme.settings.heroku",
      "PAPERTRAIL_API_TOKEN": "",
      "WEB_CONCURRENCY": "3",
      "DISABLE_COLLECTSTATIC": "0"
    }
    """, v=v), pw, "https://devcenter.heroku.com/articles/heroku-cli-commands#heroku-config")

v = hexs(32)
add("heroku-config-shell", "mailgun-key", "ops/heroku/staging.env", T("""
    # heroku config --shell -a acme-staging > ops/heroku/staging.env
    DJANGO_SETTINGS_MODULE=acme.settings.heroku
    MAILGUN_API_KEY=<<v>>
    MAILGUN_DOMAIN=mg.acme.io
    MAILGUN_SMTP_LOGIN=postmaster@mg.acme.io
    WEB_CONCURRENCY=2
    """, v=v), v, HEROKU)

v = fakes.redis_password(seed())
add("heroku-config-text", "redis-url", "docs/ops/heroku-config-2024-01.txt", T("""
    $ heroku config -a acme-prod
    === acme-prod Config Vars
    DJANGO_SETTINGS_MODULE:   acme.settings.heroku
    REDIS_TLS_URL:            rediss://:<<v>>@ec2-34-201-118-52.compute-1.amazonaws.com:17320
    SENTRY_ENVIRONMENT:       production
    WEB_CONCURRENCY:          4
    """, v=v), v, HEROKU)

add("heroku-app-json", "decoy-generator-secret", "app.json", T("""
    {
      "name": "acme-web",
      "description": "Acme storefront (Django)",
      "repository": "https://github.com/acme/web",
      "keywords": ["python", "django"],
      "env": {
        "DJANGO_SECRET_KEY": {
          "description": "A secret key for signing sessions",
          "generator": "secret"
        },
        "STRIPE_SECRET_KEY": {
          "description": "Your Stripe secret key (sk_test_... for review apps)",
          "required": true
        },
        "WEB_CONCURRENCY": {"value": "2"}
      },
      "addons": ["heroku-postgresql:essential-0", "heroku-redis:mini"],
      "buildpacks": [{"url": "heroku/python"}],
      "scripts": {"postdeploy": "python manage.py migrate"}
    }
    """), None, "https://devcenter.heroku.com/articles/app-json-schema")

v = rs(ALNUM, 32)
add("heroku-app-json", "review-app-default-token", "services/bot/app.json", T("""
    {
      "name": "acme-discord-bot",
      "description": "Release notifier",
      "env": {
        "DISCORD_CHANNEL_ID": {"value": "1098765432109876543"},
        "NOTIFIER_SHARED_SECRET": {
          "description": "HMAC secret shared with the release pipeline",
          "value": "<<v>>"
        }
      },
      "formation": {"worker": {"quantity": 1, "size": "basic"}},
      "buildpacks": [{"url": "heroku/python"}]
    }
    """, v=v), v, "https://devcenter.heroku.com/articles/app-json-schema")

v = fakes.redis_password(seed())
add("procfile", "broker-password-cmdline", "Procfile", T("""
    web: gunicorn acme.wsgi --log-file - --workers 3
    worker: celery -A acme worker --loglevel=info --broker=redis://:<<v>>@ec2-52-71-200-13.compute-1.amazonaws.com:25079/0
    beat: celery -A acme beat --loglevel=info
    release: python manage.py migrate --noinput
    flower: celery -A acme flower --port=5555 --url_prefix=flower
    """, v=v), v, "https://devcenter.heroku.com/articles/procfile")

add("procfile", "decoy-plain-processes", "services/api/Procfile", T("""
    web: uvicorn app.main:app --host=0.0.0.0 --port=${PORT:-8000} --proxy-headers
    worker: rq worker --url $REDIS_URL high default low
    release: alembic upgrade head
    clock: python -m app.scheduler
    # scale with: heroku ps:scale worker=2 clock=1
    """), None, "https://devcenter.heroku.com/articles/procfile")

v = uuid4()
add("netrc", "heroku-api-key", "ci/heroku/.netrc", T("""
    machine api.heroku.com
      login ci@acme.io
      password <<v>>
    machine git.heroku.com
      login ci@acme.io
      password <<v>>
    """, v=v), v, "https://devcenter.heroku.com/articles/authentication#api-token-storage")

add("heroku-yml", "decoy-container-build", "heroku.yml", T("""
    setup:
      addons:
        - plan: heroku-postgresql
          as: DATABASE
    build:
      docker:
        web: Dockerfile
        worker: worker/Dockerfile
      config:
        PIP_NO_CACHE_DIR: "1"
    release:
      image: web
      command:
        - python manage.py migrate --noinput
    run:
      web: gunicorn acme.wsgi --bind 0.0.0.0:$PORT
      worker:
        command:
          - celery -A acme worker
        image: worker
    """), None, "https://devcenter.heroku.com/articles/build-docker-images-heroku-yml")


# ---------------------------------------------------------------- DigitalOcean App Platform
DOAPP = "https://docs.digitalocean.com/products/app-platform/reference/app-spec/"
add("do-app-spec", "decoy-encrypted-secret", ".do/app.yaml", T("""
    name: acme-api
    region: ams
    services:
      - name: api
        github:
          repo: acme/api
          branch: main
          deploy_on_push: true
        environment_slug: python
        run_command: gunicorn --worker-tmp-dir /dev/shm app.wsgi
        http_port: 8080
        instance_size_slug: basic-xs
        envs:
          - key: DJANGO_SECRET_KEY
            scope: RUN_TIME
            type: SECRET
            value: EV[1:q7Xk2Lm9Pz4Rt1Vw8Yc3Bn6:Hd0Fg5Jk8Lq2Mw4Ez6Rt8Yu0Io3Pa5Sd7Fg9Hj1Kl3Zx5Cv7Bn9Mq2We4Rt6Yu8Io0Pa2Sd4Fg6Hj8Kl0Zx2Cv4Bn6Mq8We0]
          - key: DATABASE_URL
            scope: RUN_TIME
            value: ${db.DATABASE_URL}
    databases:
      - name: db
        engine: PG
        version: "16"
    """), None, DOAPP)

v = fakes.password(seed())
add("do-app-spec", "plaintext-secret", "deploy/do/app-spec.yaml", T("""
    name: acme-admin
    region: fra
    services:
      - name: admin
        image:
          registry_type: DOCR
          repository: acme-admin
          tag: "3.2.0"
        http_port: 8000
        instance_count: 1
        envs:
          - key: ADMIN_DB_PASSWORD
            scope: RUN_TIME
            type: SECRET
            value: "<<v>>"
          - key: ADMIN_DB_HOST
            value: private-acme-db-do-user-1234567-0.b.db.ondigitalocean.com
    """, v=v), v, DOAPP)

v = do_token()
add("doctl-config", "do-access-token", "ci/doctl/config.yaml", T("""
    access-token: <<v>>
    context: default
    output: text
    apps:
      spec: .do/app.yaml
    registry:
      expiry-seconds: 3600
    """, v=v), v, "https://docs.digitalocean.com/reference/doctl/reference/auth/init/")

# ---------------------------------------------------------------- Cloudflare Workers (Python)
WRANGLER = "https://developers.cloudflare.com/workers/wrangler/configuration/"
v = fakes.openai_key(seed())
add("cloudflare-dev-vars", "openai-key", "workers/chat/.dev.vars", T("""
    # local secrets for `wrangler dev` (use `wrangler secret put` in production)
    OPENAI_API_KEY="<<v>>"
    ALLOWED_ORIGIN="http://localhost:8787"
    RATE_LIMIT_PER_MIN="30"
    DEBUG="1"
    """, v=v), v, "https://developers.cloudflare.com/workers/configuration/secrets/#local-development-with-secrets")

add("wrangler-toml", "decoy-vars-and-bindings", "workers/chat/wrangler.toml", T("""
    name = "acme-chat"
    main = "src/entry.py"
    compatibility_date = "2024-04-01"
    compatibility_flags = ["python_workers"]

    [vars]
    ALLOWED_ORIGIN = "https://chat.acme.io"
    RATE_LIMIT_PER_MIN = "30"
    # OPENAI_API_KEY is a secret: `npx wrangler secret put OPENAI_API_KEY`

    [[kv_namespaces]]
    binding = "SESSIONS"
    id = "3f8a1c2e9b7d4e6fa0c5b2d8e1f4a7c3"

    [[d1_databases]]
    binding = "DB"
    database_name = "acme-chat"
    database_id = "b2e4f6a8-c0d2-4e6f-8a0c-2e4f6a8c0d2e"
    """), None, WRANGLER)

v = rs(ALNUM + "_-", 40)
add("wrangler-toml", "api-token-in-vars", "workers/purge/wrangler.toml", T("""
    name = "acme-cache-purge"
    main = "src/entry.py"
    compatibility_date = "2024-04-01"
    compatibility_flags = ["python_workers"]
    workers_dev = false
    routes = [{ pattern = "hooks.acme.io/purge", zone_name = "acme.io" }]

    [vars]
    ZONE_ID = "0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d"
    CF_API_TOKEN = "<<v>>"
    PURGE_PREFIXES = "/assets/,/docs/"
    """, v=v), v, WRANGLER)

v = rs(ALNUM + "_-", 43) + "." + rs(ALNUM + "_-", 43)
add("wrangler-user-config", "oauth-token", "ci/wrangler/default.toml", T("""
    oauth_token = "<<v>>"
    expiration_time = "2024-04-12T10:31:07.412Z"
    refresh_token = ""
    scopes = [ "account:read", "user:read", "workers:write", "workers_kv:write", "d1:write", "offline_access" ]
    # written by `wrangler login` on the build agent
    """, v=v), v, "https://developers.cloudflare.com/workers/wrangler/commands/#login")

add("wrangler-jsonc", "decoy-jsonc-config", "workers/images/wrangler.jsonc", T("""
    {
      // Python Worker that resizes images stored in R2
      "name": "acme-images",
      "main": "src/entry.py",
      "compatibility_date": "2024-09-23",
      "compatibility_flags": ["python_workers"],
      "vars": {
        "MAX_WIDTH": "2048",
        "SIGNED_URL_TTL": "900"
      },
      "r2_buckets": [
        { "binding": "IMAGES", "bucket_name": "acme-images-prod" }
      ],
      "observability": { "enabled": true }
    }
    """), None, WRANGLER)

v = hexs(64)
add("rclone-conf", "r2-secret-access-key", "deploy/r2/rclone.conf", T("""
    [r2]
    type = s3
    provider = Cloudflare
    access_key_id = <<kid>>
    secret_access_key = <<v>>
    endpoint = https://0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d.r2.cloudflarestorage.com
    acl = private
    no_check_bucket = true
    """, v=v, kid=hexs(32)), v, "https://developers.cloudflare.com/r2/examples/rclone/")

# ---------------------------------------------------------------- Supabase / Firebase
v = jwt({"iss": "supabase", "ref": "qwxkzmplrtvbnhgfdsay", "role": "service_role", "iat": 1707912345, "exp": 2023488345})
add("supabase-env", "service-role-key", "supabase/functions/.env", T("""
    # used by `supabase functions serve --env-file supabase/functions/.env`
    SUPABASE_URL=https://qwxkzmplrtvbnhgfdsay.supabase.co
    SUPABASE_SERVICE_ROLE_KEY=<<v>>
    RESEND_FROM=hello@acme.io
    APP_BASE_URL=https://app.acme.io
    """, v=v), v, "https://supabase.com/docs/guides/functions/secrets")

add("supabase-config-toml", "decoy-env-functions", "supabase/config.toml", T("""
    project_id = "acme-app"

    [api]
    enabled = true
    port = 54321
    schemas = ["public", "graphql_public"]

    [db]
    port = 54322
    major_version = 15

    [auth]
    site_url = "http://127.0.0.1:3000"
    jwt_expiry = 3600

    [auth.external.github]
    enabled = true
    client_id = "env(SUPABASE_AUTH_GITHUB_CLIENT_ID)"
    secret = "env(SUPABASE_AUTH_GITHUB_SECRET)"

    [auth.email.smtp]
    host = "smtp.resend.com"
    port = 465
    user = "resend"
    pass = "env(RESEND_API_KEY)"
    """), None, "https://supabase.com/docs/guides/local-development/cli/config")

v = urlpw(16)
add("python-settings", "supabase-db-password", "src/acme_sync/config.py", T("""
    \"\"\"Settings for the nightly sync job (runs on Railway cron).\"\"\"
    from dataclasses import dataclass


    @dataclass(frozen=True)
    class Settings:
        supabase_url: str = "https://qwxkzmplrtvbnhgfdsay.supabase.co"
        db_url: str = (
            "postgresql://postgres.qwxkzmplrtvbnhgfdsay:<<v>>"
            "@aws-0-eu-central-1.pooler.supabase.com:6543/postgres"
        )
        batch_size: int = 500
        dry_run: bool = False


    SETTINGS = Settings()
    """, v=v), v, "https://supabase.com/docs/guides/database/connecting-to-postgres")

v = stripe_sk()
add("firebase-secret-local", "stripe-key", "functions/.secret.local", T("""
    # Overrides Cloud Secret Manager values when running the Functions emulator.
    # https://firebase.google.com/docs/functions/config-env#secrets
    STRIPE_SECRET=<<v>>
    SLACK_SIGNING_SECRET=emulator-only-not-used
    WEBHOOK_TOLERANCE_SECONDS=300
    EMULATOR_REGION=europe-west1
    """, v=v), v, "https://firebase.google.com/docs/functions/config-env#secrets_and_credentials_in_the_emulator")

add("firebase-functions-python", "decoy-define-secret", "functions/main.py", T("""
    from firebase_admin import initialize_app
    from firebase_functions import https_fn, params

    STRIPE_SECRET = params.SecretParam("STRIPE_SECRET")
    CURRENCY = params.StringParam("CURRENCY", default="eur")

    initialize_app()


    @https_fn.on_request(secrets=[STRIPE_SECRET], region="europe-west1")
    def create_checkout(req: https_fn.Request) -> https_fn.Response:
        import stripe

        stripe.api_key = STRIPE_SECRET.value
        session = stripe.checkout.Session.create(mode="payment", currency=CURRENCY.value, line_items=req.json["items"])
        return https_fn.Response(session.url)
    """), None, "https://firebase.google.com/docs/functions/config-env?gen=2nd")

add("firebase-json", "decoy-firebase-project", "firebase.json", T("""
    {
      "functions": [
        {
          "source": "functions",
          "codebase": "default",
          "runtime": "python312",
          "ignore": ["venv", ".git", "firebase-debug.log", "*.local"]
        }
      ],
      "hosting": {
        "public": "public",
        "rewrites": [{"source": "/api/**", "function": "create_checkout"}]
      },
      "emulators": {
        "functions": {"port": 5001},
        "firestore": {"port": 8080},
        "ui": {"enabled": true}
      }
    }
    """), None, "https://firebase.google.com/docs/cli#the_firebasejson_file")

v = sendgrid()
add("firebase-runtimeconfig", "sendgrid-key", "functions/.runtimeconfig.json", T("""
    {
      "sendgrid": {
        "key": "<<v>>",
        "template_welcome": "d-4f1c9a2e7b3d4e8f9a1c2d5e8f0b3c6a"
      },
      "app": {
        "env": "prod",
        "base_url": "https://acme-app.web.app"
      }
    }
    """, v=v), v, "https://firebase.google.com/docs/functions/config-env?gen=1st#environment_configuration")

# ---------------------------------------------------------------- Modal, PythonAnywhere, Dokku, nixpacks
v = hf_token()
add("modal-app", "secret-from-dict", "deploy/modal_app.py", T("""
    import modal

    image = modal.Image.debian_slim(python_version="3.11").pip_install("transformers==4.40.0", "torch==2.2.2")
    app = modal.App("acme-embeddings", image=image)

    hf = modal.Secret.from_dict({"HF_TOKEN": "<<v>>"})


    @app.function(gpu="A10G", secrets=[hf], timeout=600)
    def embed(texts: list[str]) -> list[list[float]]:
        from transformers import AutoModel, AutoTokenizer

        tok = AutoTokenizer.from_pretrained("acme/private-embedder")
        model = AutoModel.from_pretrained("acme/private-embedder")
        batch = tok(texts, padding=True, truncation=True, return_tensors="pt")
        return model(**batch).last_hidden_state.mean(dim=1).tolist()
    """, v=v), v, "https://modal.com/docs/reference/modal.Secret#from_dict")

add("modal-app", "decoy-secret-from-name", "deploy/modal_cron.py", T("""
    import modal

    app = modal.App("acme-nightly")
    image = modal.Image.debian_slim().pip_install("httpx", "psycopg[binary]")


    @app.function(
        image=image,
        schedule=modal.Cron("30 3 * * *"),
        secrets=[modal.Secret.from_name("acme-postgres"), modal.Secret.from_name("slack-webhook")],
    )
    def nightly():
        import os

        import httpx

        httpx.post(os.environ["SLACK_WEBHOOK_URL"], json={"text": "nightly job done"})
    """), None, "https://modal.com/docs/guide/secrets")

v = fakes.django_secret_key(seed())
add("pythonanywhere-wsgi", "django-secret-key", "deploy/pythonanywhere/acme_pythonanywhere_com_wsgi.py", T("""
    # This file contains the WSGI configuration required to serve up your
    # web application at http://acme.pythonanywhere.com/
    import os
    import sys

    path = "/home/acme/acme-site"
    if path not in sys.path:
        sys.path.append(path)

    os.environ["DJANGO_SETTINGS_MODULE"] = "acme_site.settings"
    os.environ["DJANGO_SECRET_KEY"] = "<<v>>"
    os.environ["DJANGO_DEBUG"] = "0"

    from django.core.wsgi import get_wsgi_application

    application = get_wsgi_application()
    """, v=v), v, "https://help.pythonanywhere.com/pages/environment-variables-for-web-apps/")

v = passphrase()
add("dokku-script", "config-set-password", "deploy/dokku/bootstrap.sh", T("""
    #!/usr/bin/env bash
    # First-time setup of the acme app on the dokku host (run as dokku admin).
    set -euo pipefail
    APP=acme

    dokku apps:create "$APP"
    dokku postgres:create acme-db
    dokku postgres:link acme-db "$APP"
    dokku config:set --no-restart "$APP" \\
      DJANGO_SETTINGS_MODULE=acme.settings.dokku \\
      SMTP_PASSWORD='<<v>>' \\
      ALLOWED_HOSTS=acme.example.org
    dokku domains:set "$APP" acme.example.org
    dokku letsencrypt:enable "$APP"
    """, v=v), v, "https://dokku.com/docs/configuration/environment-variables/")

add("nixpacks-toml", "decoy-build-plan", "nixpacks.toml", T("""
    providers = ["python"]

    [variables]
    PYTHONUNBUFFERED = "1"
    NIXPACKS_PYTHON_VERSION = "3.11"

    [phases.setup]
    nixPkgs = ["...", "postgresql_16"]

    [phases.build]
    cmds = ["python manage.py collectstatic --noinput"]

    [start]
    cmd = "gunicorn acme.wsgi --bind 0.0.0.0:$PORT"
    """), None, "https://nixpacks.com/docs/configuration/file")

# ---------------------------------------------------------------- Pulumi
PULUMI = "https://www.pulumi.com/docs/concepts/config/"
add("pulumi-stack-yaml", "decoy-secure-values", "infra/pulumi/Pulumi.prod.yaml", T("""
    secretsprovider: awskms://alias/pulumi-acme?region=eu-west-1
    encryptedkey: AQICAHhQ7vYk3Lm2Rt9Xw1Zp8Bc4Nd6Fg0Hj5Kq3Mw7Ey1Ru9Ti2Oa5Sd8Gf4Hk6Lq0Zx3Cv7Bn1Mw5Ep9Ry2Tu4Io8Pa6Sd0Fg3Hj7Kl1Zx5Cv9Bn2Mw6Eq0Ry4Tu8Io2Pa5Sd9Fg1Hj6Kl3Zx7Cv0Bn4Mw8Ep2Ry6Tu0Io4Pa8Sd2Fg5Hj9Kl3Zx==
    config:
      aws:region: eu-west-1
      acme:stage: prod
      acme:dbInstanceClass: db.t4g.medium
      acme:dbPassword:
        secure: v1:Zq8xLm3kT9pW2rYc:Rt1Vw8Yz3Bc6Nd0Fg5Hk2Lm9Qx4Rt7Vw1Yz5Bc8Nd2Fg6Hk0Lm3Qx7Rt4V==
      acme:stripeKey:
        secure: v1:Hj4Kl7Zx0Cv3Bn6M:Ep9Ry2Tu5Io8Pa1Sd4Fg7Hj0Kl3Zx6Cv9Bn2Mw5Ep8Ry1Tu4Io7Pa0Sd3Fg6Hj9Kl2Zx5Cv8Bn1Mw4E=
    """), None, PULUMI)

v = words_pw()
add("pulumi-stack-yaml", "plaintext-password", "infra/pulumi/Pulumi.staging.yaml", T("""
    config:
      aws:region: eu-west-1
      acme:stage: staging
      acme:dbInstanceClass: db.t4g.small
      acme:dbUser: acme
      # TODO: pulumi config set --secret acme:dbPassword ...
      acme:dbPassword: "<<v>>"
      acme:domain: staging.acme.io
    """, v=v), v, PULUMI)

v = pulumi_token()
add("pulumi-credentials", "access-token", "ci/pulumi/credentials.json", T("""
    {
        "current": "https://api.pulumi.com",
        "accessTokens": {
            "https://api.pulumi.com": "<<v>>"
        },
        "accounts": {
            "https://api.pulumi.com": {
                "accessToken": "<<v>>",
                "username": "acme-ci",
                "organizations": ["acme"],
                "lastValidatedAt": "2024-03-02T09:14:51.221Z"
            }
        }
    }
    """, v=v), v, "https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/")

v = fakes.password(seed())
add("pulumi-python", "set-secret-literal", "infra/pulumi/__main__.py", T("""
    import pulumi
    import pulumi_aws as aws
    import pulumi_random as random

    cfg = pulumi.Config()
    stage = cfg.require("stage")

    db = aws.rds.Instance(
        "acme-db",
        engine="postgres",
        engine_version="16.2",
        instance_class=cfg.get("dbInstanceClass") or "db.t4g.micro",
        allocated_storage=20,
        username="acme",
        password=pulumi.Output.secret("<<v>>"),
        skip_final_snapshot=stage != "prod",
    )

    pulumi.export("db_endpoint", db.endpoint)
    """, v=v), v, "https://www.pulumi.com/docs/concepts/secrets/")

add("pulumi-python", "decoy-require-secret", "infra/pulumi-gcp/__main__.py", T("""
    import pulumi
    import pulumi_gcp as gcp

    cfg = pulumi.Config()
    db_password = cfg.require_secret("dbPassword")

    instance = gcp.sql.DatabaseInstance(
        "acme-pg",
        database_version="POSTGRES_15",
        region="europe-west1",
        settings=gcp.sql.DatabaseInstanceSettingsArgs(tier="db-custom-1-3840"),
        deletion_protection=True,
    )
    user = gcp.sql.User("acme", instance=instance.name, password=db_password)

    pulumi.export("connection_name", instance.connection_name)
    """), None, "https://www.pulumi.com/docs/concepts/secrets/")

# ---------------------------------------------------------------- Terraform / Terraform Cloud
TFC = "https://developer.hashicorp.com/terraform/cli/config/config-file#credentials"
v = tfc_token()
add("terraform-credentials-json", "tfc-token", "ci/terraform/credentials.tfrc.json", T("""
    {
      "credentials": {
        "app.terraform.io": {
          "token": "<<v>>"
        }
      }
    }
    """, v=v), v, TFC)

v = tfc_token()
add("terraformrc", "tfc-token-hcl", "ci/terraform/.terraformrc", T("""
    plugin_cache_dir   = "$HOME/.terraform.d/plugin-cache"
    disable_checkpoint = true

    credentials "app.terraform.io" {
      token = "<<v>>"
    }
    """, v=v), v, TFC)

v = fakes.password(seed())
add("tfvars", "db-password", "infra/terraform/envs/prod.auto.tfvars", T("""
    environment        = "prod"
    region             = "eu-west-1"
    lambda_memory_mb   = 1024
    lambda_timeout_s   = 30
    db_instance_class  = "db.t4g.medium"
    db_username        = "acme"
    db_password        = "<<v>>"
    alarm_email        = "oncall@acme.io"
    """, v=v), v, "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files")

add("tfvars", "decoy-set-in-workspace", "infra/terraform/envs/staging.auto.tfvars", T("""
    environment        = "staging"
    region             = "eu-west-1"
    lambda_memory_mb   = 512
    lambda_timeout_s   = 30
    db_instance_class  = "db.t4g.small"
    db_username        = "acme"
    # db_password is a sensitive variable in the TFC workspace "acme-staging"
    alarm_email        = "dev-alerts@acme.io"
    """), None, "https://developer.hashicorp.com/terraform/cloud-docs/workspaces/variables")

v = stripe_whsec()
add("tfvars-json", "stripe-webhook-secret", "infra/terraform/envs/prod.tfvars.json", T("""
    {
      "environment": "prod",
      "api_domain": "api.acme.io",
      "stripe_webhook_secret": "<<v>>",
      "lambda_reserved_concurrency": 50,
      "log_retention_days": 90
    }
    """, v=v), v, "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files")

v = npm()
add("terraform-hcl", "tfe-variable-value", "infra/tfc/workspace_vars.tf", T("""
    resource "tfe_variable" "npm_token" {
      key          = "NPM_TOKEN"
      value        = "<<v>>"
      category     = "env"
      sensitive    = true
      workspace_id = tfe_workspace.frontend.id
      description  = "publish token for @acme/ui"
    }

    resource "tfe_variable" "region" {
      key          = "region"
      value        = "eu-west-1"
      category     = "terraform"
      workspace_id = tfe_workspace.frontend.id
    }
    """, v=v), v, "https://registry.terraform.io/providers/hashicorp/tfe/latest/docs/resources/variable")

add("terraform-hcl", "decoy-lambda-secret-data", "infra/terraform/lambda.tf", T("""
    data "aws_secretsmanager_secret_version" "db" {
      secret_id = "acme/${var.environment}/db"
    }

    resource "aws_lambda_function" "api" {
      function_name = "acme-api-${var.environment}"
      role          = aws_iam_role.api.arn
      runtime       = "python3.12"
      handler       = "api.handler.main"
      filename      = "${path.module}/build/api.zip"
      source_code_hash = filebase64sha256("${path.module}/build/api.zip")

      environment {
        variables = {
          DB_SECRET_ARN = data.aws_secretsmanager_secret_version.db.arn
          STAGE         = var.environment
        }
      }
    }
    """), None, "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function")

v = twilio = hexs(32)
add("terraform-hcl", "lambda-env-literal", "infra/terraform/sms.tf", T("""
    resource "aws_lambda_function" "sms" {
      function_name = "acme-sms-${var.environment}"
      role          = aws_iam_role.sms.arn
      runtime       = "python3.11"
      handler       = "sms.handler.send"
      filename      = "${path.module}/build/sms.zip"

      environment {
        variables = {
          TWILIO_ACCOUNT_SID = "AC7f3e9a1c5b2d8e4f6a0c3b7d9e1f2a4c"
          TWILIO_AUTH_TOKEN  = "<<v>>"
          TWILIO_FROM        = "+15005550006"
        }
      }
    }
    """, v=v), v, "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function")


# ---------------------------------------------------------------- CI deploy jobs
GHA = "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions"
v = fakes.aws_secret_key(seed())
kid = fakes.aws_key_id(seed())
add("github-actions", "aws-secret-in-env", ".github/workflows/sls-deploy.yml", T("""
    name: serverless deploy
    on:
      push:
        branches: [main]
    env:
      AWS_REGION: eu-west-1
      AWS_ACCESS_KEY_ID: <<kid>>
      AWS_SECRET_ACCESS_KEY: <<v>>
    jobs:
      deploy:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-node@v4
            with:
              node-version: 20
          - uses: actions/setup-python@v5
            with:
              python-version: "3.11"
          - run: npm ci
          - run: npx serverless deploy --stage prod
    """, v=v, kid=kid), v, GHA)

add("github-actions", "decoy-oidc-role", ".github/workflows/sam-deploy.yml", T("""
    name: sam deploy
    on:
      push:
        branches: [main]
    permissions:
      id-token: write
      contents: read
    jobs:
      deploy:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - uses: aws-actions/setup-sam@v2
            with:
              use-installer: true
          - uses: aws-actions/configure-aws-credentials@v4
            with:
              role-to-assume: arn:aws:iam::481726395012:role/github-deploy
              aws-region: eu-west-1
          - run: sam build --use-container
          - run: sam deploy --config-env prod --no-confirm-changeset --no-fail-on-empty-changeset
            env:
              SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}
    """), None, "https://github.com/aws-actions/configure-aws-credentials")

v = fly_token()
add("gitlab-ci", "fly-token-variable", ".gitlab-ci.yml", T("""
    stages: [test, deploy]

    variables:
      PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
      FLY_API_TOKEN: "<<v>>"

    test:
      stage: test
      image: python:3.12
      script:
        - pip install -r requirements-dev.txt
        - pytest -q

    deploy:
      stage: deploy
      image: flyio/flyctl:latest
      script:
        - flyctl deploy --remote-only --app acme-api
      rules:
        - if: $CI_COMMIT_BRANCH == "main"
    """, v=v), v, "https://fly.io/docs/app-guides/continuous-deployment-with-gitlab/")

add("gitlab-ci", "decoy-masked-variables", "ci/gitlab/deploy-heroku.yml", T("""
    # included from .gitlab-ci.yml; HEROKU_API_KEY is a masked, protected CI/CD variable
    deploy_heroku:
      stage: deploy
      image: ruby:3.2
      before_script:
        - gem install dpl
      script:
        - dpl --provider=heroku --app=acme-prod --api-key=$HEROKU_API_KEY
      environment:
        name: production
        url: https://acme-prod.herokuapp.com
      rules:
        - if: $CI_COMMIT_TAG =~ /^v\\d+\\.\\d+\\.\\d+$/
    """), None, "https://docs.gitlab.com/ee/ci/variables/#mask-a-cicd-variable")

v = uuid4()
add("bitbucket-pipelines", "heroku-api-key", "bitbucket-pipelines.yml", T("""
    image: python:3.11

    pipelines:
      branches:
        main:
          - step:
              name: Test
              caches: [pip]
              script:
                - pip install -r requirements.txt
                - pytest
          - step:
              name: Deploy to Heroku
              deployment: production
              script:
                - pipe: atlassian/heroku-deploy:2.2.0
                  variables:
                    HEROKU_API_KEY: '<<v>>'
                    HEROKU_APP_NAME: 'acme-prod'
                    ZIP_FILE: 'acme.tar.gz'
    """, v=v), v, "https://bitbucket.org/atlassian/heroku-deploy")

add("circleci-config", "decoy-context-and-orb", ".circleci/config.yml", T("""
    version: 2.1
    orbs:
      aws-cli: circleci/aws-cli@4.1
      serverless-framework: circleci/serverless-framework@2.0
    jobs:
      deploy:
        executor: serverless-framework/default
        steps:
          - checkout
          - aws-cli/setup:
              role_arn: arn:aws:iam::481726395012:role/circleci-deploy
              role_session_name: circleci-sls
          - serverless-framework/setup
          - run: serverless deploy --stage prod
    workflows:
      main:
        jobs:
          - deploy:
              context: aws-prod
              filters:
                branches:
                  only: main
    """), None, "https://circleci.com/developer/orbs/orb/circleci/serverless-framework")

v = do_token()
add("github-actions", "do-token-with-input", ".github/workflows/do-app.yml", T("""
    name: DigitalOcean App Platform
    on:
      workflow_dispatch:
    jobs:
      deploy:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - uses: digitalocean/app_action/deploy@v2
            with:
              token: <<v>>
              app_spec_location: .do/app.yaml
    """, v=v), v, "https://github.com/digitalocean/app_action")

v = fakes.pypi_token(seed())
add("makefile", "pypi-token-publish", "layers/Makefile", T("""
    LAYER   ?= acme-deps
    PY      ?= 3.12
    VERSION := $(shell python -c "import tomllib;print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])")

    .PHONY: build layer publish clean

    build:
    \tpython -m build

    layer:
    \t./build_layer.sh $(LAYER) $(PY)

    publish: build
    \ttwine upload -u __token__ -p <<v>> dist/*

    clean:
    \trm -rf build dist *.zip
    """, v=v), v, "https://twine.readthedocs.io/en/stable/#twine-upload")

# ---------------------------------------------------------------- tests, docs, READMEs
add("pytest-conftest", "decoy-moto-fake-credentials", "tests/conftest.py", T("""
    import os

    import boto3
    import pytest
    from moto import mock_aws


    @pytest.fixture(autouse=True)
    def aws_credentials():
        \"\"\"Mocked AWS Credentials for moto.\"\"\"
        os.environ["AWS_ACCESS_KEY_ID"] = "testing"
        os.environ["AWS_SECRET_ACCESS_KEY"] = "testing"
        os.environ["AWS_SECURITY_TOKEN"] = "testing"
        os.environ["AWS_SESSION_TOKEN"] = "testing"
        os.environ["AWS_DEFAULT_REGION"] = "us-east-1"


    @pytest.fixture
    def table():
        with mock_aws():
            ddb = boto3.resource("dynamodb")
            yield ddb.create_table(
                TableName="orders",
                KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}],
                AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"}],
                BillingMode="PAY_PER_REQUEST",
            )
    """), None, "https://docs.getmoto.org/en/latest/docs/getting_started.html")

v = stripe_whsec()
add("pytest-test", "stripe-webhook-secret", "tests/test_webhook.py", T("""
    import json
    import time

    import stripe

    from billing.webhook import handler

    # copied from the Stripe dashboard endpoint "prod-billing" so the signature matches live events
    WEBHOOK_SECRET = "<<v>>"


    def test_signed_event_is_accepted(monkeypatch):
        monkeypatch.setenv("STRIPE_WEBHOOK_SECRET", WEBHOOK_SECRET)
        payload = json.dumps({"id": "evt_test", "type": "invoice.paid", "data": {"object": {}}})
        ts = int(time.time())
        sig = stripe.WebhookSignature._compute_signature(f"{ts}.{payload}", WEBHOOK_SECRET)
        event = {"headers": {"stripe-signature": f"t={ts},v1={sig}"}, "body": payload}
        assert handler(event, None)["statusCode"] == 200
    """, v=v), v, "https://docs.stripe.com/webhooks#verify-events")

add("pytest-test", "decoy-localstack-endpoint", "tests/integration/test_s3_upload.py", T("""
    import boto3
    import pytest

    LOCALSTACK = "http://localhost:4566"


    @pytest.fixture
    def s3():
        # LocalStack accepts any credentials; "test"/"test" is its documented default
        return boto3.client(
            "s3",
            endpoint_url=LOCALSTACK,
            aws_access_key_id="test",
            aws_secret_access_key="test",
            region_name="us-east-1",
        )


    def test_upload_roundtrip(s3):
        s3.create_bucket(Bucket="uploads")
        s3.put_object(Bucket="uploads", Key="a.txt", Body=b"hello")
        assert s3.get_object(Bucket="uploads", Key="a.txt")["Body"].read() == b"hello"
    """), None, "https://docs.localstack.cloud/references/credentials/")

add("markdown-readme", "decoy-placeholder-docs", "services/billing/README.md", T("""
    # acme-billing

    Stripe webhooks and nightly invoicing on AWS Lambda (Serverless Framework).

    ## Deploy

    Store the keys in SSM first:

    ```bash
    aws ssm put-parameter --type SecureString \\
      --name /acme/prod/stripe/secret_key --value 'sk_live_...'
    aws ssm put-parameter --type SecureString \\
      --name /acme/prod/stripe/webhook_secret --value 'whsec_<from-dashboard>'
    ```

    Then:

    ```bash
    npx serverless deploy --stage prod
    ```

    `serverless.yml` reads them with `${ssm:/acme/${sls:stage}/stripe/secret_key}`.
    """), None, "https://www.serverless.com/framework/docs/providers/aws/guide/variables#reference-variables-using-the-ssm-parameter-store")

v = fly_token()
add("markdown-readme", "fly-token-in-howto", "docs/deploy/fly.md", T("""
    # Deploying to Fly.io

    CI uses a deploy token scoped to the `acme-api` app. If the GitHub secret is
    lost, this is the one currently in use (created 2024-02-19 by @mkowalski):

    ```
    fly deploy --access-token <<v>>
    ```

    To rotate:

    1. `fly tokens create deploy -a acme-api -x 8760h`
    2. update `FLY_API_TOKEN` in the repository secrets
    3. `fly tokens revoke <old-id>`
    """, v=v), v, "https://fly.io/docs/security/tokens/")

v = fakes.password(seed())
add("rst-docs", "heroku-pg-url-in-docs", "docs/howto/restore-db.rst", T("""
    Restoring the production database locally
    =========================================

    Grab the latest backup and restore it into a local Postgres:

    .. code-block:: console

       $ heroku pg:backups:download -a acme-prod
       $ pg_restore --no-owner -d acme_local latest.dump

    If the Heroku CLI is unavailable, the follower can be read directly:

    .. code-block:: console

       $ psql "postgres://reporting:<<v>>@ec2-3-217-146-37.compute-1.amazonaws.com:5432/d4k8m2n6p0q3r7"

    Never run migrations against the follower.
    """, v=v), v, "https://devcenter.heroku.com/articles/heroku-postgres-import-export")

add("rst-docs", "decoy-config-reference", "docs/reference/configuration.rst", T("""
    Configuration
    =============

    All settings come from the environment.

    ``DATABASE_URL``
        A libpq URL, for example ``postgres://USER:PASSWORD@HOST:5432/NAME``.

    ``DJANGO_SECRET_KEY``
        50 random characters. Generate one with
        ``python -c "from django.core.management.utils import get_random_secret_key as k; print(k())"``.

    ``SENTRY_DSN``
        Optional. Leave empty to disable error reporting.

    ``STRIPE_SECRET_KEY``
        ``sk_test_<...>`` in review apps, the live key only in production (set via
        ``heroku config:set``).
    """), None, "https://www.sphinx-doc.org/en/master/usage/restructuredtext/basics.html")

# ---------------------------------------------------------------- encrypted / hashed / id-only decoys
add("sops-yaml", "decoy-sops-encrypted", "deploy/secrets/prod.enc.yaml", T("""
    stripe_secret_key: ENC[AES256_GCM,data:k2Lm9Qx4Rt1Vw8Yz3Bc6Nd0Fg5Hk2Lm9Qx4Rt1Vw8Yz3Bc6Nd0Fg5Hk2Lm9Q==,iv:Qx4Rt1Vw8Yz3Bc6Nd0Fg5Hk2Lm9Qx4Rt1Vw8=,tag:Yz3Bc6Nd0Fg5Hk2Lm9Qx4R==,type:str]
    db_password: ENC[AES256_GCM,data:Bc6Nd0Fg5Hk2Lm9Qx4Rt1Vw8,iv:Nd0Fg5Hk2Lm9Qx4Rt1Vw8Yz3Bc6Nd0Fg5Hk2Lm9Q=,tag:Fg5Hk2Lm9Qx4Rt1Vw8Yz3B==,type:str]
    sops:
        kms:
            - arn: arn:aws:kms:eu-west-1:481726395012:key/6b1e2f0a-9c4d-4e3b-8a71-2d5f0c9e7b14
              created_at: "2024-03-01T10:12:44Z"
              enc: AQICAHhQ7vYk3Lm2Rt9Xw1Zp8Bc4Nd6Fg0Hj5Kq3Mw7Ey1Ru9Ti2Oa5Sd8Gf4Hk6Lq0Zx3Cv7Bn1Mw5Ep9Ry2Tu4Io8Pa6Sd0Fg3Hj7Kl1Zx5Cv9Bn2==
              aws_profile: ""
        lastmodified: "2024-03-01T10:12:45Z"
        mac: ENC[AES256_GCM,data:Hk2Lm9Qx4Rt1Vw8Yz3Bc6Nd0Fg5Hk2Lm9Qx4Rt1Vw8Yz3Bc6Nd0Fg5Hk2Lm9Qx4Rt1Vw8Yz3Bc6Nd0Fg5Hk2Lm9Q=,iv:Rt1Vw8Yz3Bc6Nd0Fg5Hk2Lm9Qx4Rt1Vw8Yz3Bc6Nd0=,tag:Vw8Yz3Bc6Nd0Fg5Hk2Lm9Q==,type:str]
        unencrypted_suffix: _unencrypted
        version: 3.8.1
    """), None, "https://github.com/getsops/sops")

add("package-lock", "decoy-integrity-hashes", "package-lock.json", T("""
    {
      "name": "acme-sls",
      "version": "1.0.0",
      "lockfileVersion": 3,
      "requires": true,
      "packages": {
        "": {
          "name": "acme-sls",
          "version": "1.0.0",
          "devDependencies": {
            "serverless": "^3.38.0",
            "serverless-python-requirements": "^6.1.0"
          }
        },
        "node_modules/serverless-python-requirements": {
          "version": "6.1.0",
          "resolved": "https://registry.npmjs.org/serverless-python-requirements/-/serverless-python-requirements-6.1.0.tgz",
          "integrity": "sha512-Fk2Lm9Qx4Rt1Vw8Yz3Bc6Nd0Fg5Hk2Lm9Qx4Rt1Vw8Yz3Bc6Nd0Fg5Hk2Lm9Qx4Rt1Vw8Yz3Bc6Nd0Fg5Hk2Lm9Qx4Rt1Vw8Y==",
          "dev": true
        },
        "node_modules/appdirectory": {
          "version": "0.1.0",
          "resolved": "https://registry.npmjs.org/appdirectory/-/appdirectory-0.1.0.tgz",
          "integrity": "sha512-DJ5DV8vZXBbusyiyPlH28xppwS8eAMRuuyMo88xeEcf4bV64lbLtbxRxqixZuJBXsZzLtXFmA13GwVjJc7vdQ==",
          "dev": true
        }
      }
    }
    """), None, "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json")

add("sam-template", "decoy-cognito-and-layer-arns", "services/auth/template.yaml", T("""
    AWSTemplateFormatVersion: "2010-09-09"
    Transform: AWS::Serverless-2016-10-31
    Parameters:
      UserPoolId:
        Type: String
        Default: eu-west-1_aB3dE5fG7
      AppClientId:
        Type: String
        Default: 4lq9k2m7n1p3r5t8v0x2z4b6d8
    Resources:
      AuthorizerFunction:
        Type: AWS::Serverless::Function
        Properties:
          Runtime: python3.12
          Handler: authorizer.handler
          CodeUri: src/
          Layers:
            - arn:aws:lambda:eu-west-1:017000801446:layer:AWSLambdaPowertoolsPythonV2:67
          Environment:
            Variables:
              USER_POOL_ID: !Ref UserPoolId
              APP_CLIENT_ID: !Ref AppClientId
              JWKS_URL: !Sub https://cognito-idp.${AWS::Region}.amazonaws.com/${UserPoolId}/.well-known/jwks.json
    """), None, SAM)

v = rs(string.ascii_lowercase + string.digits, 52)
add("sam-template", "cognito-client-secret", "services/sso/template.yaml", T("""
    AWSTemplateFormatVersion: "2010-09-09"
    Transform: AWS::Serverless-2016-10-31
    Description: Hosted-UI callback handler
    Resources:
      CallbackFunction:
        Type: AWS::Serverless::Function
        Properties:
          Runtime: python3.12
          Handler: callback.handler
          CodeUri: src/
          Environment:
            Variables:
              COGNITO_DOMAIN: https://acme-sso.auth.eu-west-1.amazoncognito.com
              COGNITO_CLIENT_ID: 7c1e9a3b5d2f8h4k6m0n2p4q6r
              COGNITO_CLIENT_SECRET: <<v>>
              REDIRECT_URI: https://app.acme.io/auth/callback
          Events:
            Callback:
              Type: HttpApi
              Properties:
                Path: /auth/callback
                Method: GET
    """, v=v), v, SAM)


# ---------------------------------------------------------------- more carriers
v = rs(ALNUM, 40)
add("serverless-yml", "apigw-api-key-value", "services/partner-api/serverless.yml", T("""
    service: acme-partner-api
    frameworkVersion: "3"

    provider:
      name: aws
      runtime: python3.11
      region: us-east-1
      apiGateway:
        apiKeys:
          - name: partner-globex
            value: <<v>>
            description: Globex integration (prod)
        usagePlan:
          quota:
            limit: 100000
            period: MONTH
          throttle:
            burstLimit: 50
            rateLimit: 20

    functions:
      orders:
        handler: partner.orders.handler
        events:
          - http:
              path: orders
              method: get
              private: true
    """, v=v), v, "https://www.serverless.com/framework/docs/providers/aws/events/apigateway#setting-api-keys-for-your-rest-api")

v = urlpw(22)
add("serverless-yml", "stage-params-password", "services/ledger/serverless.yml", T("""
    service: acme-ledger
    frameworkVersion: "3"

    params:
      default:
        dbHost: ledger-dev.cluster-c9xk2lq8m1ab.eu-central-1.rds.amazonaws.com
        dbPassword: ${ssm:/acme/dev/ledger/db-password}
      prod:
        dbHost: ledger-prod.cluster-c9xk2lq8m1ab.eu-central-1.rds.amazonaws.com
        dbPassword: <<v>>

    provider:
      name: aws
      runtime: python3.12
      region: eu-central-1
      environment:
        DB_HOST: ${param:dbHost}
        DB_PASSWORD: ${param:dbPassword}

    functions:
      post:
        handler: ledger.api.post_entry
        events:
          - httpApi: 'POST /entries'
    """, v=v), v, "https://www.serverless.com/framework/docs/guides/parameters")

add("serverless-compose", "decoy-compose-outputs", "serverless-compose.yml", T("""
    services:
      mailer:
        path: services/mailer
      billing:
        path: services/billing
        params:
          mailQueueUrl: ${mailer.MailQueueUrl}
      reports:
        path: services/reports
        dependsOn:
          - billing
        params:
          invoicesTable: ${billing.InvoicesTableName}
    """), None, "https://www.serverless.com/framework/docs/guides/compose")

v = fakes.password(seed())
add("sam-samconfig-yaml", "parameter-override-list", "services/etl/samconfig.yaml", T("""
    version: 0.1
    default:
      global:
        parameters:
          stack_name: acme-etl
      deploy:
        parameters:
          region: us-west-2
          capabilities: CAPABILITY_IAM
          confirm_changeset: false
          resolve_s3: true
          parameter_overrides:
            - Stage=prod
            - WarehouseUser=etl_loader
            - WarehousePassword=<<v>>
            - ScheduleExpression=cron(0 4 * * ? *)
    """, v=v), v, "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/serverless-sam-cli-config.html")

add("sam-event-json", "decoy-sqs-receipt-handles", "services/etl/events/sqs.json", T("""
    {
      "Records": [
        {
          "messageId": "059f36b4-87a3-44ab-83d2-661975830a7d",
          "receiptHandle": "AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a9k2Lm9Qx4Rt1Vw8Yz3Bc6Nd0Fg5Hk2Lm9Qx4Rt1Vw8Yz3Bc6Nd0Fg5Hk2Lm9Qx4Rt1Vw8Yz3Bc6Nd0Fg5H/6rYigCgxlaS3SLy0a==",
          "body": "{\\"table\\": \\"orders\\", \\"since\\": \\"2024-03-01\\"}",
          "attributes": {
            "ApproximateReceiveCount": "1",
            "SentTimestamp": "1545082649183",
            "SenderId": "AIDAIENQZJOLO23YVJ4VO",
            "ApproximateFirstReceiveTimestamp": "1545082649185"
          },
          "messageAttributes": {},
          "md5OfBody": "e4e68fb7bd0e697a0ae8f1bb342846b3",
          "eventSource": "aws:sqs",
          "eventSourceARN": "arn:aws:sqs:us-west-2:123456789012:etl-jobs",
          "awsRegion": "us-west-2"
        }
      ]
    }
    """), None, "https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html")

add("cdk-assets-json", "decoy-asset-hashes", "infra/cdk/cdk.out/AcmeApiStack.assets.json", T("""
    {
      "version": "36.0.0",
      "files": {
        "7d1f3a9c5e2b8d4f6a0c3e7b9d1f2a4c6e8b0d2f4a6c8e0b2d4f6a8c0e2b4d6f": {
          "source": {"path": "asset.7d1f3a9c5e2b8d4f6a0c3e7b9d1f2a4c6e8b0d2f4a6c8e0b2d4f6a8c0e2b4d6f", "packaging": "zip"},
          "destinations": {
            "481726395012-eu-west-1": {
              "bucketName": "cdk-hnb659fds-assets-481726395012-eu-west-1",
              "objectKey": "7d1f3a9c5e2b8d4f6a0c3e7b9d1f2a4c6e8b0d2f4a6c8e0b2d4f6a8c0e2b4d6f.zip",
              "region": "eu-west-1",
              "assumeRoleArn": "arn:${AWS::Partition}:iam::481726395012:role/cdk-hnb659fds-file-publishing-role-481726395012-eu-west-1"
            }
          }
        }
      },
      "dockerImages": {}
    }
    """), None, "https://docs.aws.amazon.com/cdk/v2/guide/assets.html")

v = "acme-ci:" + fakes.password(seed())
add("lambda-handler", "basic-auth-base64", "src/metrics_push/handler.py", T("""
    import json
    import urllib.request

    PUSHGATEWAY = "https://push.metrics.acme.io/metrics/job/lambda"
    # basic auth for the pushgateway's nginx (user acme-ci)
    AUTH_HEADER = "Basic <<b>>"


    def handler(event, context):
        lines = [f'lambda_invocations_total{{fn="{context.function_name}"}} 1']
        req = urllib.request.Request(
            PUSHGATEWAY,
            data=("\\n".join(lines) + "\\n").encode(),
            headers={"Authorization": AUTH_HEADER},
            method="POST",
        )
        urllib.request.urlopen(req, timeout=5)
        return {"pushed": len(lines), "event": json.dumps(event)[:100]}
    """, b=b64(v)), v.split(":", 1)[1], "https://datatracker.ietf.org/doc/html/rfc7617")

v = "ghs_" + rs(ALNUM, 36)
add("requirements-txt", "github-app-token-git-url", "services/checkout/requirements.txt", T("""
    chalice==1.31.0
    stripe==8.6.0
    boto3==1.34.49
    # private helpers (token from the release bot's installation, expires... eventually)
    acme-payments @ git+https://x-access-token:<<v>>@github.com/acme/acme-payments.git@v2.3.1
    pydantic==2.6.3
    """, v=v), v, "https://pip.pypa.io/en/stable/topics/vcs-support/")

v = fakes.password(seed())
add("pip-conf", "index-password", "layers/pip.conf", T("""
    [global]
    index-url = https://deploy:<<v>>@nexus.acme.io/repository/pypi-group/simple
    trusted-host = nexus.acme.io
    timeout = 60

    [install]
    only-binary = :all:
    """, v=v), v, "https://pip.pypa.io/en/stable/topics/configuration/")

v = fakes.pypi_token(seed())
add("pypirc", "pypi-token", "layers/.pypirc", T("""
    [distutils]
    index-servers =
        pypi
        testpypi

    [pypi]
    username = __token__
    password = <<v>>

    [testpypi]
    repository = https://test.pypi.org/legacy/
    username = __token__
    """, v=v), v, "https://packaging.python.org/en/latest/specifications/pypirc/")

v = "mongodb+srv://checkout:" + urlpw(16) + "@cluster0.x7k2q.mongodb.net/checkout?retryWrites=true&w=majority"
pw = v.split(":")[2].split("@")[0]
add("dotenv", "mongo-atlas-uri", "services/checkout/.env", T("""
    # chalice local --stage dev reads this through python-dotenv in app.py
    STAGE=dev
    MONGODB_URI=<<v>>
    CART_TTL_SECONDS=1800
    FEATURE_APPLE_PAY=0
    """, v=v), pw, "https://www.mongodb.com/docs/atlas/tutorial/connect-to-your-cluster/")

v = "secret_" + rs(ALNUM, 43)
add("streamlit-secrets", "notion-token", ".streamlit/secrets.toml", T("""
    # Streamlit Community Cloud: paste this into the app's Secrets settings.
    [notion]
    token = "<<v>>"
    database_id = "9f1c2a7e4b3d4e6fa0c5b2d8e1f4a7c3"

    [app]
    title = "Acme roadmap"
    cache_ttl = 600
    """, v=v), v, "https://docs.streamlit.io/deploy/streamlit-community-cloud/deploy-your-app/secrets-management")

add("hf-space-readme", "decoy-space-front-matter", "spaces/demo/README.md", T("""
    ---
    title: Acme Summarizer Demo
    emoji: 📝
    colorFrom: indigo
    colorTo: blue
    sdk: gradio
    sdk_version: 4.26.0
    app_file: app.py
    pinned: false
    license: apache-2.0
    ---

    Set `OPENAI_API_KEY` under **Settings → Variables and secrets** of the Space;
    the app reads it with `os.environ["OPENAI_API_KEY"]`.
    """), None, "https://huggingface.co/docs/hub/spaces-config-reference")

v = fakes.openai_key(seed(), "svcacct")
add("hf-space-app", "openai-key", "spaces/demo/app.py", T("""
    import gradio as gr
    from openai import OpenAI

    client = OpenAI(api_key="<<v>>")


    def summarize(text: str) -> str:
        resp = client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "system", "content": "Summarize in 3 bullets."}, {"role": "user", "content": text}],
        )
        return resp.choices[0].message.content


    gr.Interface(fn=summarize, inputs=gr.Textbox(lines=12), outputs="markdown").launch()
    """, v=v), v, "https://huggingface.co/docs/hub/spaces-sdks-gradio")

v = rs(ALNUM, 24)
add("github-actions", "vercel-token-flag", ".github/workflows/vercel-preview.yml", T("""
    name: Vercel Preview
    on:
      pull_request:
    env:
      VERCEL_ORG_ID: team_Qw3Er5Ty7Ui9Op1As3Df5Gh7
      VERCEL_PROJECT_ID: prj_7Hk2Lm9Qx4Rt1Vw8Yz3Bc6Nd0Fg5
    jobs:
      preview:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - run: npm install --global vercel@latest
          - run: vercel pull --yes --environment=preview --token=<<v>>
          - run: vercel build --token=<<v>>
          - run: vercel deploy --prebuilt --token=<<v>>
    """, v=v), v, "https://vercel.com/guides/how-can-i-use-github-actions-with-vercel")

v = "A" + rs(ALNUM, 55) + "="
add("shell-script", "vercel-env-add-pipe", "scripts/vercel_env_bootstrap.sh", T("""
    #!/usr/bin/env bash
    # Bootstrap env vars for a fresh Vercel project (run once, from the repo root).
    set -euo pipefail

    printf '%s' "https://eu1-brave-otter-38211.upstash.io" | vercel env add UPSTASH_REDIS_REST_URL production
    printf '%s' "<<v>>" | vercel env add UPSTASH_REDIS_REST_TOKEN production
    printf '%s' "production" | vercel env add APP_ENV production

    vercel env ls production
    """, v=v), v, "https://vercel.com/docs/cli/env")

v = rs(ALNUM + "_-", 43)
add("vercel-python-handler", "cron-secret-hardcoded", "api/cron/cleanup.py", T("""
    from http.server import BaseHTTPRequestHandler

    from acme.jobs import purge_expired_sessions

    CRON_SECRET = "<<v>>"


    class handler(BaseHTTPRequestHandler):
        def do_GET(self):
            if self.headers.get("authorization") != f"Bearer {CRON_SECRET}":
                self.send_response(401)
                self.end_headers()
                return
            removed = purge_expired_sessions()
            self.send_response(200)
            self.end_headers()
            self.wfile.write(f"removed {removed}".encode())
    """, v=v), v, "https://vercel.com/docs/cron-jobs/manage-cron-jobs#securing-cron-jobs")

add("netlify-state", "decoy-site-id", ".netlify/state.json", T("""
    {
      "siteId": "2f6c1d80-bf3a-4e1e-9c1e-0a7b3c5d9e21",
      "deployId": "65e1f2a3b4c5d6e7f8091a2b",
      "lastDeploy": "2024-03-04T18:22:10.511Z",
      "branch": "main",
      "commit": "3b18e512dba79e4c8300dd08aeb37f8e728b8dad"
    }
    """), None, "https://docs.netlify.com/cli/get-started/#link-and-unlink-sites")

v = "rnd_" + rs(ALNUM, 32)
add("shell-script", "render-api-key-curl", "scripts/render_redeploy.sh", T("""
    #!/bin/sh
    # Trigger a redeploy of acme-web on Render after the docs build.
    SERVICE_ID=srv-cn1k2m3l4p5q6r7s8t9u

    curl --fail -sS -X POST \\
      -H "Accept: application/json" \\
      -H "Authorization: Bearer <<v>>" \\
      "https://api.render.com/v1/services/${SERVICE_ID}/deploys" \\
      -d '{"clearCache": "do_not_clear"}'
    """, v=v), v, "https://api-docs.render.com/reference/create-deploy")

v = uuid4()
add("railway-cli-config", "railway-user-token", "ci/railway/config.json", T("""
    {
      "projects": {
        "/home/runner/work/api/api": {
          "projectPath": "/home/runner/work/api/api",
          "project": "6b2c1d8e-4f3a-4b7c-9e1d-2a5f8c0b3d7e",
          "environment": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
          "environmentName": "production",
          "service": null
        }
      },
      "user": {
        "token": "<<v>>"
      },
      "linkedFunctions": null
    }
    """, v=v), v, "https://docs.railway.app/guides/cli#authenticating-with-the-cli")

r = random.Random(seed())
v = b64(str(r.randint(10**17, 10**18))).rstrip("=") + "." + rs(ALNUM + "-_", 6) + "." + rs(ALNUM + "-_", 38)
add("markdown-readme", "discord-token-heroku-config-set", "services/bot/README.md", T("""
    # acme-discord-bot

    Posts release notes to #releases.

    ## Running on Heroku

    ```console
    $ heroku create acme-discord-bot --stack heroku-22
    $ heroku config:set DISCORD_TOKEN=<<v>> -a acme-discord-bot
    $ heroku ps:scale worker=1 -a acme-discord-bot
    ```

    Logs: `heroku logs --tail -a acme-discord-bot`.
    """, v=v), v, "https://devcenter.heroku.com/articles/config-vars#using-the-heroku-cli")

add("shell-script", "decoy-heroku-auth-token-subshell", "scripts/heroku_container_release.sh", T("""
    #!/usr/bin/env bash
    set -euo pipefail
    APP=${1:-acme-prod}

    docker login --username=_ --password="$(heroku auth:token)" registry.heroku.com
    docker build -t "registry.heroku.com/${APP}/web" .
    docker push "registry.heroku.com/${APP}/web"
    heroku container:release web -a "$APP"
    """), None, "https://devcenter.heroku.com/articles/container-registry-and-runtime")

v = words_pw()
add("azure-pipelines", "variable-literal-password", "azure-pipelines.yml", T("""
    trigger:
      branches:
        include: [main]

    pool:
      vmImage: ubuntu-latest

    variables:
      pythonVersion: '3.11'
      functionAppName: 'acme-func-prod'
      sqlAdminPassword: '<<v>>'

    steps:
      - task: UsePythonVersion@0
        inputs:
          versionSpec: '$(pythonVersion)'
      - script: pip install --target=".python_packages/lib/site-packages" -r requirements.txt
        displayName: Install dependencies
      - script: python scripts/migrate.py --server acme-sql-prod.database.windows.net --user acmeadmin --password "$(sqlAdminPassword)"
        displayName: Migrate
      - task: AzureFunctionApp@2
        inputs:
          azureSubscription: 'acme-prod-sc'
          appType: functionAppLinux
          appName: '$(functionAppName)'
          package: '$(System.DefaultWorkingDirectory)'
    """, v=v), v, "https://learn.microsoft.com/en-us/azure/devops/pipelines/process/variables")

v = hexs(32)
add("powershell", "az-appsettings-set", "deploy/azure/set-settings.ps1", T("""
    param(
        [string]$ResourceGroup = "rg-acme-prod",
        [string]$App = "acme-func-prod"
    )

    az functionapp config appsettings set `
        --resource-group $ResourceGroup `
        --name $App `
        --settings "SLACK_SIGNING_SECRET=<<v>>" "SLACK_APP_ID=A06KQ2M7LP3" "LOG_LEVEL=Information"

    az functionapp restart --resource-group $ResourceGroup --name $App
    Write-Host "settings updated for $App"
    """, v=v), v, "https://learn.microsoft.com/en-us/cli/azure/functionapp/config/appsettings")

v = azure_key()
add("azure-function-python", "cosmos-account-key", "functions/Orders/__init__.py", T("""
    import json
    import logging

    import azure.functions as func
    from azure.cosmos import CosmosClient

    COSMOS_URL = "https://acme-orders.documents.azure.com:443/"
    COSMOS_KEY = "<<v>>"
    client = CosmosClient(COSMOS_URL, credential=COSMOS_KEY)
    container = client.get_database_client("shop").get_container_client("orders")


    def main(req: func.HttpRequest) -> func.HttpResponse:
        order = req.get_json()
        container.upsert_item(order)
        logging.info("stored order %s", order.get("id"))
        return func.HttpResponse(json.dumps({"ok": True}), mimetype="application/json")
    """, v=v), v, "https://learn.microsoft.com/en-us/azure/cosmos-db/nosql/quickstart-python")

v = hexs(56) + "-" + rs(HEX, 8) + "-" + rs(HEX, 4)
add("github-actions", "swa-deployment-token", ".github/workflows/azure-static-web-apps.yml", T("""
    name: Azure Static Web Apps CI/CD
    on:
      push:
        branches: [main]
    jobs:
      build_and_deploy:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - uses: Azure/static-web-apps-deploy@v1
            with:
              azure_static_web_apps_api_token: <<v>>
              repo_token: ${{ secrets.GITHUB_TOKEN }}
              action: upload
              app_location: /frontend
              api_location: /api
              output_location: dist
    """, v=v), v, "https://learn.microsoft.com/en-us/azure/static-web-apps/deployment-token-management")

add("staticwebapp-config", "decoy-routes-and-auth", "frontend/staticwebapp.config.json", T("""
    {
      "routes": [
        {"route": "/admin/*", "allowedRoles": ["administrator"]},
        {"route": "/api/*", "allowedRoles": ["authenticated"]}
      ],
      "auth": {
        "identityProviders": {
          "azureActiveDirectory": {
            "registration": {
              "openIdIssuer": "https://login.microsoftonline.com/9b8e7d6c-5a4f-4e3d-8c2b-1a0f9e8d7c6b/v2.0",
              "clientIdSettingName": "AAD_CLIENT_ID",
              "clientSecretSettingName": "AAD_CLIENT_SECRET"
            }
          }
        }
      },
      "platform": {"apiRuntime": "python:3.11"}
    }
    """), None, "https://learn.microsoft.com/en-us/azure/static-web-apps/configuration")

v = azure_key()
add("terraform-backend-hcl", "azurerm-access-key", "infra/terraform/backend-prod.hcl", T("""
    # terraform init -backend-config=backend-prod.hcl
    resource_group_name  = "rg-acme-tfstate"
    storage_account_name = "acmetfstateprod"
    container_name       = "tfstate"
    key                  = "functions/prod.terraform.tfstate"
    access_key           = "<<v>>"
    """, v=v), v, "https://developer.hashicorp.com/terraform/language/settings/backends/azurerm")

v = rs(ALNUM + "!#$%&*()-_=+[]{}<>:?", 24)
add("terraform-state", "random-password-result", "infra/terraform/terraform.tfstate", T("""
    {
      "version": 4,
      "terraform_version": "1.7.4",
      "serial": 12,
      "lineage": "8c1f2e3d-4a5b-6c7d-8e9f-0a1b2c3d4e5f",
      "outputs": {},
      "resources": [
        {
          "mode": "managed",
          "type": "random_password",
          "name": "db",
          "provider": "provider[\\"registry.terraform.io/hashicorp/random\\"]",
          "instances": [
            {
              "schema_version": 3,
              "attributes": {
                "bcrypt_hash": "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy",
                "id": "none",
                "length": 24,
                "result": "<<v>>",
                "special": true
              },
              "sensitive_attributes": []
            }
          ]
        }
      ],
      "check_results": null
    }
    """, v=v.replace("\\", "")), v, "https://developer.hashicorp.com/terraform/language/state")

add("pulumi-stack-export", "decoy-ciphertext-state", "infra/pulumi/stack-export-prod.json", T("""
    {
      "version": 3,
      "deployment": {
        "manifest": {"time": "2024-03-02T09:20:11.31Z", "magic": "4b8e2f1a9c3d7e5b", "version": "v3.108.1"},
        "secrets_providers": {
          "type": "cloud",
          "state": {"url": "awskms://alias/pulumi-acme?region=eu-west-1", "encryptedkey": "AQICAHhQ7vYk3Lm2Rt9Xw1Zp8Bc4Nd6Fg0Hj5Kq3Mw7Ey1Ru9Ti2Oa5Sd8Gf4Hk6Lq0=="}
        },
        "resources": [
          {
            "urn": "urn:pulumi:prod::acme::aws:rds/instance:Instance::acme-db",
            "type": "aws:rds/instance:Instance",
            "inputs": {
              "password": {
                "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",
                "ciphertext": "v1:Zq8xLm3kT9pW2rYc:Rt1Vw8Yz3Bc6Nd0Fg5Hk2Lm9Qx4Rt7Vw1Yz5Bc8Nd2Fg6Hk0Lm3Qx7Rt4V=="
              },
              "username": "acme"
            }
          }
        ]
      }
    }
    """), None, "https://www.pulumi.com/docs/cli/commands/pulumi_stack_export/")

v = fakes.aws_secret_key(seed())
add("pulumi-stack-yaml", "aws-secret-key-plaintext", "infra/pulumi/Pulumi.dev.yaml", T("""
    config:
      aws:region: us-east-1
      aws:accessKey: <<kid>>
      aws:secretKey: <<v>>
      acme:stage: dev
      acme:lambdaMemory: "512"
    """, v=v, kid=fakes.aws_key_id(seed())), v, "https://www.pulumi.com/registry/packages/aws/installation-configuration/")

v = "sntryu_" + hexs(64)
add("sentryclirc", "auth-token", "deploy/.sentryclirc", T("""
    [defaults]
    url = https://sentry.io/
    org = acme
    project = acme-lambda

    [auth]
    token = <<v>>
    """, v=v), v, "https://docs.sentry.io/cli/configuration/")

add("docker-compose", "decoy-local-dev-defaults", "docker-compose.local.yml", T("""
    # Local stack for `sls offline` / `sam local`: throwaway credentials, never used outside this laptop compose.
    services:
      db:
        image: postgres:16
        environment:
          POSTGRES_USER: postgres
          POSTGRES_PASSWORD: postgres
          POSTGRES_DB: acme_local
        ports: ["5432:5432"]
      localstack:
        image: localstack/localstack:3.2
        environment:
          SERVICES: s3,sqs,dynamodb
          AWS_DEFAULT_REGION: us-east-1
        ports: ["4566:4566"]
    """), None, "https://hub.docker.com/_/postgres")

add("python-settings", "decoy-dj-database-url-default", "src/acme/settings/heroku.py", T("""
    import os

    import dj_database_url

    from .base import *  # noqa: F401,F403

    DEBUG = False
    SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
    DATABASES = {
        "default": dj_database_url.config(default="postgres://localhost:5432/acme_dev", conn_max_age=600, ssl_require=True)
    }
    ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", ".herokuapp.com").split(",")
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    """), None, "https://github.com/jazzband/dj-database-url")

add("sql-seed", "decoy-bcrypt-hashes", "supabase/seed.sql", T("""
    -- Local seed data for `supabase db reset`; users log in with magic links only.
    insert into auth.users (id, email, encrypted_password, email_confirmed_at, aud, role)
    values
      ('6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b', 'alice@example.com',
       '$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z5nL8a0Q3hbF0xIJ2pX8bXhK', now(), 'authenticated', 'authenticated'),
      ('0a9b8c7d-6e5f-4a3b-8c1d-0e9f8a7b6c5d', 'bob@example.com',
       '$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy', now(), 'authenticated', 'authenticated');

    insert into public.projects (owner_id, name) values
      ('6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b', 'Demo project');
    """), None, "https://supabase.com/docs/guides/local-development/seeding-your-database")

v = hexs(40)
add("supabase-env", "github-oauth-secret", "supabase/.env", T("""
    # read by supabase/config.toml through env(...) when running `supabase start`
    SUPABASE_AUTH_GITHUB_CLIENT_ID=Iv1.8a2f6c1d9e3b7a04
    SUPABASE_AUTH_GITHUB_SECRET=<<v>>
    RESEND_API_KEY=
    OPENAI_MODEL=gpt-4o-mini
    """, v=v), v, "https://supabase.com/docs/guides/auth/social-login/auth-github")

add("firebase-env", "decoy-params-dotenv", "functions/.env.acme-app-prod", T("""
    # Parameter values for the acme-app-prod project (firebase deploy reads .env.<projectId>).
    # Secrets are SecretParam values in Cloud Secret Manager, never in these files.
    CURRENCY=eur
    CHECKOUT_SUCCESS_URL=https://acme-app.web.app/thanks
    MIN_INSTANCES=1
    REGION=europe-west1
    """), None, "https://firebase.google.com/docs/functions/config-env?gen=2nd#env-variables")

add("gcloud-dotenv", "decoy-credentials-file-path", "functions/resize/.env", T("""
    # local run: functions-framework --target=resize --signature-type=cloudevent
    GOOGLE_APPLICATION_CREDENTIALS=./.secrets/resize-dev-sa.json
    GOOGLE_CLOUD_PROJECT=acme-dev-220931
    OUTPUT_BUCKET=acme-thumbs-dev
    SIZES=64,128
    """), None, "https://cloud.google.com/docs/authentication/application-default-credentials")

v = words_pw()
add("shell-history", "gcloud-secret-echo", "ops/bastion/.bash_history", T("""
    gcloud config set project acme-prod-381204
    gcloud secrets list
    gcloud secrets describe smtp-password
    echo -n '<<v>>' | gcloud secrets versions add smtp-password --data-file=-
    gcloud run services update web --region europe-west1 --update-secrets=SMTP_PASSWORD=smtp-password:latest
    gcloud run services describe web --region europe-west1 --format=yaml | less
    exit
    """, v=v), v, "https://cloud.google.com/secret-manager/docs/add-secret-version")

v = passphrase()
add("markdown-runbook", "secretsmanager-create-secret", "docs/runbooks/rotate-warehouse.md", T("""
    # Rotating the warehouse loader password

    1. Change it in Redshift:

       ```sql
       ALTER USER etl_loader PASSWORD '<<v>>';
       ```

    2. Store it for the Lambda:

       ```bash
       aws secretsmanager put-secret-value --secret-id acme/etl/warehouse \\
         --secret-string '{"username":"etl_loader","password":"<<v>>"}'
       ```

    3. Redeploy: `sam deploy --config-env prod`.
    """, v=v), v, "https://docs.aws.amazon.com/cli/latest/reference/secretsmanager/put-secret-value.html")

v = npm()
add("dockerfile", "npm-token-arg-default", "services/web-ssr/Dockerfile", T("""
    FROM node:20-slim AS assets
    ARG NPM_TOKEN=<<v>>
    WORKDIR /app
    COPY package.json package-lock.json .npmrc ./
    RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" >> .npmrc && npm ci && rm -f .npmrc
    COPY assets/ assets/
    RUN npm run build

    FROM python:3.12-slim
    WORKDIR /app
    COPY --from=assets /app/dist ./static
    COPY . .
    RUN pip install --no-cache-dir -r requirements.txt
    CMD ["gunicorn", "acme.wsgi", "--bind", "0.0.0.0:8080"]
    """, v=v), v, "https://docs.npmjs.com/docker-and-private-modules")

add("dependabot-yml", "decoy-registry-secrets", ".github/dependabot.yml", T("""
    version: 2
    registries:
      gitlab-pypi:
        type: python-index
        url: https://gitlab.acme.io/api/v4/projects/412/packages/pypi/simple
        username: dependabot
        password: ${{secrets.GITLAB_PYPI_TOKEN}}
    updates:
      - package-ecosystem: pip
        directory: /layers
        registries: [gitlab-pypi]
        schedule:
          interval: weekly
      - package-ecosystem: github-actions
        directory: /
        schedule:
          interval: monthly
    """), None, "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/configuring-access-to-private-registries-for-dependabot")

v = fakes.django_secret_key(seed())
add("zappa-settings-toml", "django-secret-key", "services/cms/zappa_settings.toml", T("""
    [production]
    app_function = "cms.wsgi.application"
    django_settings = "cms.settings.production"
    aws_region = "eu-central-1"
    project_name = "acme-cms"
    runtime = "python3.11"
    s3_bucket = "zappa-acme-cms-prod"

    [production.environment_variables]
    DJANGO_SECRET_KEY = "<<v>>"
    AWS_STORAGE_BUCKET_NAME = "acme-cms-media"
    """, v=v), v, ZAPPA)
