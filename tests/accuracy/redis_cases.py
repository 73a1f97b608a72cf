"""Redis passwords where people put them: compose and Kubernetes command lists, healthchecks,
Terraform, ACL rules, Spring, django-environ, query strings, nested YAML, IDE run configurations.

Each form is written from its tool's documentation (named in `source`) and instantiated with
several generated passwords and hosts. Decoys of the same forms (variables, secret files,
templates) are in decoys_cases.py.
"""
from __future__ import annotations

from typing import Callable, List, Tuple

from tests.accuracy.labelled import LabelledCase
from tests.fakes import redis_password

HOSTS = ("cache.internal", "redis-master.prod.svc.cluster.local", "10.20.3.7", "my-redis.abc123.ng.0001.use1.cache.amazonaws.com")
Form = Callable[[str, str], Tuple[str, str, str, str]]  # (password, host) -> (category, file, text, source)


def _forms() -> List[Form]:
    return [
        lambda pw, host: ("redis/compose-exec-list", "docker-compose.yml",
                          f'services:\n  cache:\n    image: redis:7-alpine\n    command: ["redis-server", "--requirepass", "{pw}"]\n'
                          '    ports:\n      - "6379:6379"\n',
                          "Docker Compose file reference: `command` in exec (list) form; redis image docs"),
        lambda pw, host: ("redis/compose-command-list", "compose.yaml",
                          f"services:\n  redis:\n    image: redis:7\n    command:\n      - redis-server\n      - --appendonly\n"
                          f"      - \"yes\"\n      - --requirepass\n      - {pw}\n",
                          "Docker Compose file reference: `command` as a YAML sequence"),
        lambda pw, host: ("redis/compose-command-list", "docker-compose.yaml",
                          f"  redis:\n    image: bitnami/redis\n    command:\n      - \"redis-server\"\n      - \"--requirepass\"\n"
                          f"      - \"{pw}\"\n",
                          "Docker Compose file reference: quoted sequence items"),
        lambda pw, host: ("redis/k8s-args", "redis-deployment.yaml",
                          "apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n"
                          "        - name: redis\n          image: redis:7\n          command: [\"redis-server\"]\n"
                          f"          args: [\"--requirepass\", \"{pw}\", \"--maxmemory\", \"256mb\"]\n",
                          "Kubernetes docs: Define a Command and Arguments for a Container (args as a flow list)"),
        lambda pw, host: ("redis/k8s-args", "statefulset.yaml",
                          "kind: StatefulSet\nspec:\n  template:\n    spec:\n      containers:\n      - name: redis\n"
                          f"        image: redis:7.2\n        args:\n        - --requirepass\n        - \"{pw}\"\n",
                          "Kubernetes docs: args as a block sequence"),
        lambda pw, host: ("redis/healthcheck", "docker-compose.yml",
                          "services:\n  redis:\n    image: redis:7\n    healthcheck:\n"
                          f"      test: [\"CMD\", \"redis-cli\", \"-a\", \"{pw}\", \"ping\"]\n      interval: 10s\n",
                          "Docker Compose healthcheck `test` exec form; redis-cli -a"),
        lambda pw, host: ("redis/healthcheck", "compose.yml",
                          "    healthcheck:\n"
                          f"      test: [\"CMD-SHELL\", \"redis-cli --no-auth-warning -a {pw} ping | grep PONG\"]\n",
                          "Docker Compose healthcheck CMD-SHELL form"),
        lambda pw, host: ("redis/healthcheck", "redis.yaml",
                          "        livenessProbe:\n          exec:\n            command:\n            - redis-cli\n"
                          f"            - -a\n            - {pw}\n            - ping\n",
                          "Kubernetes liveness probe exec command as a sequence"),
        lambda pw, host: ("redis/rediscli-auth", "docker-compose.yml",
                          f"    environment:\n      REDISCLI_AUTH: {pw}\n    healthcheck:\n      test: redis-cli ping\n",
                          "redis-cli docs: the REDISCLI_AUTH environment variable"),
        lambda pw, host: ("redis/rediscli-auth", "check.sh",
                          f"#!/bin/sh\nREDISCLI_AUTH='{pw}' redis-cli -h {host} ping\n",
                          "redis-cli docs: REDISCLI_AUTH before the command"),
        lambda pw, host: ("redis/k8s-env", "deployment.yaml",
                          "        env:\n        - name: REDIS_HOST\n"
                          f"          value: {host}\n        - name: REDIS_PASSWORD\n          value: \"{pw}\"\n",
                          "Kubernetes docs: Define Environment Variables for a Container (name, value)"),
        lambda pw, host: ("redis/k8s-env", "pod.yaml",
                          f"    env:\n      - name: REDISCLI_AUTH\n        value: {pw}\n",
                          "Kubernetes env list; redis-cli REDISCLI_AUTH"),
        lambda pw, host: ("redis/terraform-elasticache", "main.tf",
                          'resource "aws_elasticache_replication_group" "cache" {\n'
                          '  replication_group_id       = "app-cache"\n  description                = "app cache"\n'
                          '  node_type                  = "cache.t4g.small"\n  transit_encryption_enabled = true\n'
                          f'  auth_token                 = "{pw}"\n}}\n',
                          "Terraform AWS provider: aws_elasticache_replication_group auth_token"),
        lambda pw, host: ("redis/terraform-elasticache", "elasticache.tf",
                          'resource "aws_elasticache_cluster" "redis" {\n  engine = "redis"\n}\n\n'
                          'resource "aws_elasticache_replication_group" "rg" {\n'
                          f'  auth_token = "{pw}"\n  auth_token_update_strategy = "ROTATE"\n}}\n',
                          "Terraform AWS provider: auth_token and its update strategy"),
        lambda pw, host: ("redis/acl-setuser", "bootstrap.sh",
                          f"redis-cli -h {host} ACL SETUSER app on '>{pw}' '~app:*' '+@all'\n",
                          "Redis ACL docs: ACL SETUSER with a >password rule, quoted for the shell"),
        lambda pw, host: ("redis/acl-setuser", "init-acl.sh",
                          f"#!/bin/bash\nredis-cli <<EOF\nACL SETUSER worker on >{pw} ~jobs:* +@list\nEOF\n",
                          "Redis ACL docs: ACL SETUSER in a script"),
        lambda pw, host: ("redis/acl-setuser", "acl.py",
                          f'r.acl_setuser("reporting", enabled=True, passwords=["+{pw}"], keys=["report:*"])\n',
                          "redis-py docs: Redis.acl_setuser passwords ('+' adds a password)"),
        lambda pw, host: ("redis/acl-user-line", "redis.conf",
                          f"bind 0.0.0.0\nport 6379\nuser default off\nuser app on >{pw} ~* &* +@all\n",
                          "redis.conf: `user` lines (ACL rules inline)"),
        lambda pw, host: ("redis/spring-properties", "application.properties",
                          f"spring.redis.host={host}\nspring.redis.port=6379\nspring.redis.password={pw}\n",
                          "Spring Boot 2 common application properties: spring.redis.*"),
        lambda pw, host: ("redis/spring-properties", "application-prod.properties",
                          f"spring.data.redis.host={host}\nspring.data.redis.password={pw}\nspring.data.redis.ssl.enabled=true\n",
                          "Spring Boot 3 common application properties: spring.data.redis.*"),
        lambda pw, host: ("redis/spring-properties", "application.properties",
                          f"spring.redis.url=redis://app:{pw}@{host}:6379\n",
                          "Spring Boot: spring.redis.url"),
        lambda pw, host: ("redis/spring-yaml", "application.yml",
                          f"spring:\n  data:\n    redis:\n      host: {host}\n      port: 6379\n      password: {pw}\n",
                          "Spring Boot 3 application.yml, spring.data.redis.password nested"),
        lambda pw, host: ("redis/spring-xml", "applicationContext.xml",
                          '<bean id="jedisConnectionFactory"\n'
                          '      class="org.springframework.data.redis.connection.jedis.JedisConnectionFactory">\n'
                          f'  <property name="hostName" value="{host}"/>\n  <property name="port" value="6379"/>\n'
                          f'  <property name="password" value="{pw}"/>\n</bean>\n',
                          "Spring Data Redis reference: XML configuration of JedisConnectionFactory"),
        lambda pw, host: ("redis/spring-xml", "redis-context.xml",
                          '<bean id="redisStandaloneConfiguration"\n'
                          '      class="org.springframework.data.redis.connection.RedisStandaloneConfiguration">\n'
                          f'    <property name="hostName" value="{host}" />\n'
                          f'    <property name="password">\n      <value>{pw}</value>\n    </property>\n</bean>\n',
                          "Spring beans XML: a property's value as an element"),
        lambda pw, host: ("redis/django-environ", ".env",
                          f"DATABASE_URL=sqlite:///db.sqlite3\nCACHE_URL=rediscache://:{pw}@{host}:6379/1\n",
                          "django-environ docs: cache_url schemes (rediscache://)"),
        lambda pw, host: ("redis/django-environ", "settings.py",
                          f'CACHES = {{"default": env.cache("CACHE_URL", default="rediscache://app:{pw}@{host}:6379/0")}}\n',
                          "django-environ docs: env.cache with a default URL"),
        lambda pw, host: ("redis/query-password", ".env",
                          f"REDIS_URL=redis://{host}:6379/0?password={pw}\n",
                          "redis-py from_url docs: query-string arguments (password)"),
        lambda pw, host: ("redis/query-password", "config.py",
                          f'BROKER_URL = "rediss://{host}:6380/0?ssl_cert_reqs=required&password={pw}"\n',
                          "redis-py from_url: querystring arguments; Celery broker_url"),
        lambda pw, host: ("redis/nested-yaml", "values.yaml",
                          f"redis:\n  enabled: true\n  architecture: standalone\n  auth:\n    enabled: true\n    password: {pw}\n",
                          "Bitnami redis chart as a subchart: redis.auth.password"),
        lambda pw, host: ("redis/nested-yaml", "config.yaml",
                          f"app:\n  name: shop\n  cache:\n    redis:\n      host: {host}\n      port: 6379\n"
                          f"      password: \"{pw}\"\n      db: 2\n  log_level: info\n",
                          "application YAML: password under a redis: parent"),
        lambda pw, host: ("redis/nested-yaml", "cable.yml",
                          f"production:\n  adapter: redis\n  url: redis://{host}:6379/1\n  password: {pw}\n",
                          "Rails Action Cable config: adapter redis"),
        lambda pw, host: ("redis/ide-run-config", ".idea/runConfigurations/Worker.xml",
                          '<component name="ProjectRunConfigurationManager">\n'
                          '  <configuration default="false" name="Worker" type="PythonConfigurationType">\n'
                          '    <envs>\n      <env name="PYTHONUNBUFFERED" value="1" />\n'
                          f'      <env name="REDIS_PASSWORD" value="{pw}" />\n    </envs>\n  </configuration>\n</component>\n',
                          "JetBrains IDEs: run configuration XML (envs)"),
        lambda pw, host: ("redis/ide-run-config", ".idea/workspace.xml",
                          '    <configuration name="api" type="Application">\n'
                          f'      <envs>\n        <env name="SPRING_REDIS_PASSWORD" value="{pw}" />\n      </envs>\n',
                          "JetBrains IDEs: workspace.xml run configuration"),
        lambda pw, host: ("redis/ide-run-config", ".vscode/launch.json",
                          '{"configurations": [{"name": "worker", "type": "python", "request": "launch",\n'
                          f'  "env": {{"REDIS_URL": "redis://:{pw}@{host}:6379/0"}}}}]}}\n',
                          "VS Code launch.json env"),
        lambda pw, host: ("redis/client-code", "cache.go",
                          f'rdb := redis.NewClient(&redis.Options{{\n\tAddr:     "{host}:6379",\n\tPassword: "{pw}",\n\tDB:       0,\n}})\n',
                          "go-redis docs: redis.Options Password"),
        lambda pw, host: ("redis/client-code", "cache.js",
                          f"const redis = new Redis({{\n  host: '{host}',\n  port: 6379,\n  password: '{pw}',\n}});\n",
                          "ioredis README: connection options"),
        lambda pw, host: ("redis/client-code", "Cache.java",
                          f'Jedis jedis = new Jedis("{host}", 6379);\njedis.auth("{pw}");\n',
                          "Jedis docs: auth"),
        lambda pw, host: ("redis/client-code", "worker.py",
                          f"import redis\n\npool = redis.ConnectionPool(\n    host='{host}',\n    port=6379,\n    db=0,\n"
                          f"    password='{pw}',\n)\n",
                          "redis-py docs: ConnectionPool keyword arguments"),
        lambda pw, host: ("redis/shell-history", ".bash_history",
                          f"ls\ncd /srv/app\nredis-cli -h {host} -p 6379 -a {pw} --no-auth-warning info keyspace\nexit\n",
                          "redis-cli docs: -a on the command line (left in shell history)"),
        lambda pw, host: ("redis/shell-history", ".zsh_history",
                          f": 1700000000:0;export REDIS_PASSWORD={pw}\n: 1700000010:0;python manage.py runserver\n",
                          "zsh extended history format"),
        lambda pw, host: ("redis/ci-config", ".gitlab-ci.yml",
                          f"variables:\n  REDIS_HOST: redis\n  REDIS_PASSWORD: \"{pw}\"\n\ntest:\n  services:\n    - redis:7\n"
                          "  script:\n    - pytest\n",
                          "GitLab CI: variables with a redis service"),
        lambda pw, host: ("redis/ci-config", ".github/workflows/test.yml",
                          "jobs:\n  test:\n    runs-on: ubuntu-latest\n    services:\n      redis:\n        image: redis\n"
                          f"    env:\n      REDIS_URL: redis://default:{pw}@{host}:6379\n",
                          "GitHub Actions: service containers, env"),
        lambda pw, host: ("redis/dockerfile", "Dockerfile",
                          f"FROM redis:7\nCMD [\"redis-server\", \"--appendonly\", \"yes\", \"--requirepass\", \"{pw}\"]\n",
                          "Dockerfile reference: CMD exec form"),
        lambda pw, host: ("redis/dockerfile", "Dockerfile",
                          f"FROM python:3.12-slim\nENV REDIS_PASSWORD={pw}\nCMD [\"python\", \"-m\", \"app\"]\n",
                          "Dockerfile reference: ENV"),
        lambda pw, host: ("redis/notebook", "explore.ipynb",
                          '{"cells": [{"cell_type": "code", "metadata": {}, "source": [\n'
                          '    "import redis\\n",\n'
                          f'    "r = redis.Redis(host=\'{host}\', port=6379, password=\'{pw}\')\\n"\n'
                          ']}], "nbformat": 4, "nbformat_minor": 5}\n',
                          "nbformat 4: code cell sources as a list of strings"),
    ]


def _cases() -> List[LabelledCase]:
    cases: List[LabelledCase] = []
    for number, form in enumerate(_forms()):
        for variant in range(3):
            seed = 3000 + number * 10 + variant
            pw = redis_password(seed)
            host = HOSTS[(number + variant) % len(HOSTS)]
            category, file_name, text, source = form(pw, host)
            cases.append(LabelledCase(category, file_name, text, pw, source))
    return cases


CASES: List[LabelledCase] = _cases()
