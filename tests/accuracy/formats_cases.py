"""Every kind in the formats teams commit: Kubernetes manifests, Helm values, compose files,
Terraform, GitHub/GitLab CI, notebooks, Java properties, shell history, Dockerfiles, .env,
settings.py, Spring and IDE XML. One credential per file, written as the format's documentation
shows values (named in `source`); generated fakes only.
"""
from __future__ import annotations

from typing import Callable, List, Tuple

from tests.accuracy.labelled import LabelledCase
from tests.fakes import aws_key_id, aws_secret_key, github_token, pypi_token, redis_password, telegram_token

# A secret of one kind: (name of the kind, generator, the variable people name it)
KINDS: List[Tuple[str, Callable[[int], str], str]] = [
    ("pypi", pypi_token, "TWINE_PASSWORD"),
    ("telegram", telegram_token, "TELEGRAM_BOT_TOKEN"),
    ("aws-key-id", aws_key_id, "AWS_ACCESS_KEY_ID"),
    ("aws-secret", aws_secret_key, "AWS_SECRET_ACCESS_KEY"),
    ("redis", redis_password, "REDIS_PASSWORD"),
    ("github", github_token, "GITHUB_TOKEN"),
]

# (format, file name, template with {name} and {value}, source)
FORMATS: List[Tuple[str, str, str, str]] = [
    ("k8s-env", "deployment.yaml",
     "apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n      - name: app\n"
     "        image: app:1.0\n        env:\n        - name: {name}\n          value: \"{value}\"\n",
     "Kubernetes docs: Define Environment Variables for a Container"),
    ("k8s-stringdata", "secret.yaml",
     "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ntype: Opaque\nstringData:\n  {name}: \"{value}\"\n",
     "Kubernetes docs: Secret stringData"),
    ("configmap", "configmap.yaml",
     "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\ndata:\n  LOG_LEVEL: info\n  {name}: {value}\n",
     "Kubernetes docs: ConfigMap data"),
    ("helm-values", "values.yaml",
     "replicaCount: 2\nimage:\n  repository: app\nenv:\n  {name}: {value}\n",
     "Helm docs: values files"),
    ("compose-env", "docker-compose.yml",
     "services:\n  app:\n    image: app\n    environment:\n      {name}: {value}\n",
     "Docker Compose file reference: environment (map)"),
    ("compose-env-list", "compose.yaml",
     "services:\n  worker:\n    build: .\n    environment:\n      - {name}={value}\n",
     "Docker Compose file reference: environment (list)"),
    ("terraform", "main.tf",
     "resource \"aws_lambda_function\" \"fn\" {{\n  function_name = \"app\"\n  environment {{\n    variables = {{\n"
     "      {name} = \"{value}\"\n    }}\n  }}\n}}\n",
     "Terraform AWS provider: aws_lambda_function environment variables"),
    ("tfvars", "prod.auto.tfvars",
     "{lname} = \"{value}\"\n",
     "Terraform docs: variable definitions files"),
    ("github-actions", ".github/workflows/release.yml",
     "on: push\njobs:\n  release:\n    runs-on: ubuntu-latest\n    env:\n      {name}: {value}\n    steps:\n"
     "      - uses: actions/checkout@v4\n",
     "GitHub Actions docs: env"),
    ("gitlab-ci", ".gitlab-ci.yml",
     "variables:\n  {name}: \"{value}\"\n\ndeploy:\n  script:\n    - ./deploy.sh\n",
     "GitLab CI docs: variables"),
    ("notebook", "analysis.ipynb",
     "{{\"cells\": [{{\"cell_type\": \"code\", \"execution_count\": 1, \"metadata\": {{}}, \"outputs\": [],\n"
     " \"source\": [\"import os\\n\", \"os.environ['{name}'] = '{value}'\\n\"]}}],\n \"nbformat\": 4, \"nbformat_minor\": 5}}\n",
     "nbformat 4 JSON: code cell source"),
    ("java-properties", "application.properties",
     "server.port=8080\napp.{dotted}={value}\n",
     "java.util.Properties format"),
    ("shell-history", ".bash_history",
     "cd ~/src/app\nexport {name}={value}\n./run.sh\n",
     "bash history: an export typed at the prompt"),
    ("dockerfile-env", "Dockerfile",
     "FROM python:3.12-slim\nWORKDIR /app\nENV {name}={value}\nCMD [\"python\", \"-m\", \"app\"]\n",
     "Dockerfile reference: ENV"),
    ("dockerfile-arg", "Dockerfile",
     "FROM python:3.12-slim\nARG {name}={value}\nRUN pip install -r requirements.txt\n",
     "Dockerfile reference: ARG with a default"),
    ("dotenv", ".env",
     "DEBUG=false\n{name}={value}\n",
     "dotenv format"),
    ("settings-py", "settings.py",
     "import os\n\nDEBUG = False\n{name} = \"{value}\"\n",
     "Django settings module"),
    ("spring-xml", "applicationContext.xml",
     "<beans>\n  <bean id=\"config\" class=\"com.example.Config\">\n"
     "    <property name=\"{lname}\" value=\"{value}\"/>\n  </bean>\n</beans>\n",
     "Spring beans XML: property values"),
    ("ide-xml", ".idea/runConfigurations/App.xml",
     "<component name=\"ProjectRunConfigurationManager\">\n  <configuration name=\"App\" type=\"PythonConfigurationType\">\n"
     "    <envs>\n      <env name=\"{name}\" value=\"{value}\" />\n    </envs>\n  </configuration>\n</component>\n",
     "JetBrains IDEs: run configuration envs"),
    ("json-config", "config.json",
     "{{\n  \"service\": \"app\",\n  \"{name}\": \"{value}\"\n}}\n",
     "a JSON config file"),
]


def _cases() -> List[LabelledCase]:
    cases: List[LabelledCase] = []
    for format_number, (format_name, file_name, template, source) in enumerate(FORMATS):
        for kind_number, (kind, generate, name) in enumerate(KINDS):
            value = generate(6000 + format_number * 10 + kind_number)
            text = template.format(name=name, lname=name.lower(), dotted=name.lower().replace("_", "."), value=value)
            cases.append(LabelledCase(f"formats/{format_name}", file_name, text, value,
                                      f"{source}; a {kind} credential"))
    return cases


CASES: List[LabelledCase] = _cases()
