"""Forms a public corpus showed blocking though they hold no secret (stop 55): four public repositories' code and
documentation (Haystack, mem0, crewAI's examples, a collection of LLM apps; 12,900 files) gave 830 blocking
findings, some 700 of them Haystack's pipelines. Each decoy beside the secret nearest to it, which still blocks:
- a dataflow graph's edge, `pipeline.connect("retriever", "prompt_builder.documents")`, in a file that adds the
  components by name; a MicroPython `wlan.connect(ssid, password)` stays a login;
- a dependency's version under a database-named package (`pgpass: 1.0.5` in a pnpm lockfile, `"pgpass": "^1.0.5"` in
  package.json); a real `pgpass:` setting stays a password;
- a field's allowed answers (`Pass: True/False`, a rubric's `yes|no`);
- TypeScript's environment read asserted non-null (`apiKey: process.env.MEM0_API_KEY!`) in an MDX page's code.
Generated fakes only (seeds 3550000-3559999)."""
from __future__ import annotations

from typing import List

from secretfence.engine import Engine

from tests.accuracy.labelled import blocking
from tests.fakes import drawn_mixed, password


def _blocked(engine: Engine, filename: str, text: str) -> List[str]:
    return [finding.secret for finding in blocking(engine.scan_text(filename, text))]


_PIPELINE = """from haystack import Pipeline

pipeline = Pipeline()
pipeline.add_component("embedder", SentenceTransformersTextEmbedder())
pipeline.add_component("retriever", InMemoryEmbeddingRetriever(document_store=store))
pipeline.add_component("prompt_builder", ChatPromptBuilder(template=template))
pipeline.connect("embedder.embedding", "retriever.query_embedding")
pipeline.connect("retriever", "prompt_builder.documents")
pipeline.connect("prompt_builder.prompt", "llm.messages")
"""


def test_a_pipelines_edges_are_no_logins() -> None:
    engine = Engine()
    assert _blocked(engine, "rag/pipeline.py", _PIPELINE) == []
    # (the docs' page of it, the calls in a fenced block, and a test's numbered components)
    page = "# Build the pipeline\n\n```python\n" + _PIPELINE + "```\n"
    assert _blocked(engine, "docs/concepts/pipelines.mdx", page) == []
    numbered = ('pipe = Pipeline()\npipe.add_component("component1", A())\npipe.add_component("component2", B())\n'
                'pipe.connect("component1.output1", "component2.input1")\npipe.connect("a1", "a2")\n')
    assert _blocked(engine, "test/core/test_pipeline.py", numbered) == []


def test_a_two_argument_connect_outside_a_graph_is_still_a_login() -> None:
    engine = Engine()
    wifi = password(3550001)
    micropython = f'import network\n\nwlan = network.WLAN(network.STA_IF)\nwlan.active(True)\nwlan.connect("Depot-Staff", "{wifi}")\n'
    assert _blocked(engine, "main.py", micropython) == [wifi]
    # (a graph file's connect given a value no component is named by: a login there too)
    secret = drawn_mixed(3550002, 14) + "#!"
    graph_and_login = _PIPELINE + f'wlan.connect("Depot-Staff", "{secret}")\n'
    assert _blocked(engine, "rag/pipeline.py", graph_and_login) == [secret]


def test_a_login_whose_password_names_no_component_blocks_beside_a_graph() -> None:
    """(a password of letters and digits has a component's shape: it must name a component the file adds, or a
    socket, for the call to be an edge; any `add_component(` in the file, an ECS's or a comment's, is not enough)"""
    engine = Engine()
    secret = drawn_mixed(3600050, 14)
    for filename, text in (
            ("rag/pipeline.py", _PIPELINE + f'wlan.connect("Depot-Staff", "{secret}")\n'),
            ("rag/pipeline.py", _PIPELINE + f'sta.connect("Office5G", "{secret}")\n'),
            ("game/net.py", f'world = esper.World()\nworld.add_component(player, Position(0, 0))\nclient.connect("lobby", "{secret}")\n'),
            ("main.py", f'# see pipeline.add_component("x", y)\nimport network\nwlan = network.WLAN(network.STA_IF)\n'
                        f'wlan.connect("HomeNet", "{secret}")\n')):
        assert _blocked(engine, filename, text) == [secret], text
    # (the edges themselves: components added by keyword, over lines, in a notebook's escaped source)
    keyword = ('pipe.add_component(name="fetcher", instance=LinkContentFetcher())\npipe.add_component(\n'
               '    "converter", HTMLToDocument()\n)\npipe.connect("fetcher", "converter")\n')
    assert _blocked(engine, "rag/fetch.py", keyword) == []
    notebook = ('{"cells": [{"cell_type": "code", "source": ["pipe.add_component(\\"text_embedder\\", E())\\n",\n'
                '   "pipe.add_component(\\"embedding_retriever\\", R())\\n",\n'
                '   "pipe.connect(\\"text_embedder\\", \\"embedding_retriever\\")\\n"]}]}\n')
    assert _blocked(engine, "notebooks/rag.ipynb", notebook) == []


def test_a_dependencys_version_is_no_database_password() -> None:
    engine = Engine()
    lockfile = ("packages:\n\n  pg@8.11.3:\n    resolution: {integrity: sha512-AbC}\n    dependencies:\n"
                "      pg-connection-string: 2.6.2\n      pg-pool: 3.6.1(pg@8.11.3)\n      pgpass: 1.0.5\n")
    assert _blocked(engine, "pnpm-lock.yaml", lockfile) == []
    assert _blocked(engine, "package.json", '{\n  "dependencies": {\n    "pg": "^8.11.3",\n    "pgpass": "^1.0.5"\n  }\n}\n') == []
    bun = ('{\n  "packages": {\n    "pg": ["pg@8.21.0", "", { "dependencies": { "pg-pool": "^3.14.0", '
           '"pgpass": "1.0.5" } }],\n  }\n}\n')
    assert _blocked(engine, "bun.lock", bun) == []


def test_a_database_named_setting_holding_a_password_still_blocks() -> None:
    engine = Engine()
    secret = password(3550003)
    assert _blocked(engine, "config/db.yml", f"database:\n  pgpass: {secret}\n") == [secret]
    # (a password that begins like a version is no version)
    versioned = "1.0.5" + drawn_mixed(3550004, 10)
    assert _blocked(engine, "config/db.yml", f"database:\n  pgpass: {versioned}\n") == [versioned]


def test_a_fields_allowed_answers_are_no_password() -> None:
    engine = Engine()
    rubric = ("evaluate_post:\n  description: >\n    Check the post against the rules.\n  expected_output: |\n"
              "    Pass: True/False\n    Feedback: Commentary\n")
    assert _blocked(engine, "crews/config/tasks.yaml", rubric) == []
    assert _blocked(engine, "checks.yaml", "pass: yes | no\n") == []
    secret = "True/" + drawn_mixed(3550005, 12)
    assert _blocked(engine, "checks.yaml", f"admin:\n  pass: {secret}\n") == [secret]


def test_an_asserted_environment_read_is_a_reference() -> None:
    engine = Engine()
    page = ("## Use it from TypeScript\n\n```typescript\nimport { Memory } from 'mem0ai/oss';\n\n"
            "const memory = new Memory({ apiKey: process.env.MEM0_API_KEY! });\n"
            "const partner = new Partner({ apiKey: import.meta.env[\"PARTNER_KEY\"]! });\n```\n")
    assert _blocked(engine, "docs/cookbooks/mastra-agent.mdx", page) == []
    code = "const memory = new Memory({ apiKey: process.env.MEM0_API_KEY! });\n"
    assert _blocked(engine, "src/memory.ts", code) == []
    # (a value that only ends like one: a drawn key with a bang, in the same place)
    secret = drawn_mixed(3550006, 24) + "!"
    assert _blocked(engine, "src/memory.ts", code.replace("process.env.MEM0_API_KEY!", f'"{secret}"')) == [secret]


def test_a_pages_prose_names_a_pipelines_connect_call() -> None:
    engine = Engine()
    page = ("Components are added with `add_component(\"name\", component)` and joined with\n"
            "`.connect(\"producer_component.output_name\", \"consumer_component.input_name\")`.\n")
    assert _blocked(engine, "docs/concepts/pipelines.mdx", page) == []


def test_a_value_naming_itself_a_random_key_and_a_region_are_no_secrets() -> None:
    engine = Engine()
    page = ('```python\nllm = OpenAIChatGenerator(api_key=Secret.from_token("sk-randomAPIkeyasdsa32ekasd32e"))\n'
            'textract = AmazonTextractConverter(aws_region_name=Secret.from_token("us-east-1"))\n```\n')
    assert _blocked(engine, "docs/concepts/secret-management.mdx", page) == []
    code = page.split("```python\n")[1].split("```")[0]
    assert _blocked(engine, "app/generation.py", code) == []
    key = "sk-" + drawn_mixed(3550007, 29)
    assert _blocked(engine, "app/generation.py", code.replace("sk-randomAPIkeyasdsa32ekasd32e", key)) == [key]


def test_a_documentation_sites_mdx_page_is_documentation() -> None:
    """MDX is Markdown with components (Docusaurus, Mintlify, Nextra): its examples warn as a Markdown page's do. A
    libpq example's password spelled with a symbol (`p=ssword`, percent-encoded in its URL) is a stock example."""
    engine = Engine()
    page = ('## Run OpenSearch\n\n```shell\ndocker run -p 9200:9200 -e "OPENSEARCH_INITIAL_ADMIN_PASSWORD=SecureHaystack*2026" \\\n'
            '  opensearchproject/opensearch:2.11.0\n```\n\n```python\nstore = OpenSearchDocumentStore(hosts="https://localhost:9200",\n'
            '    http_auth=("admin", "SecureHaystack*2026"), verify_certs=False)\n```\n')
    assert _blocked(engine, "docs/document-stores/opensearch-document-store.mdx", page) == []
    libpq = ('```shell\nexport PG_CONN_STR="postgresql://postgres:p%3Dssword@localhost:5432/postgres"\n'
             'export PG_CONN_STR="host=localhost port=5432 dbname=postgres user=postgres password=p=ssword"\n```\n')
    assert _blocked(engine, "docs/document-stores/pgvectordocumentstore.mdx", libpq) == []
    # (the same page's real-looking password still blocks, where a Markdown page's does)
    secret = password(3550008)
    leaked = libpq.replace("p%3Dssword", secret).replace("p=ssword", secret)
    assert _blocked(engine, "docs/document-stores/pgvectordocumentstore.md", leaked)
    assert _blocked(engine, "docs/document-stores/pgvectordocumentstore.mdx", leaked) == _blocked(
        engine, "docs/document-stores/pgvectordocumentstore.md", leaked)


def test_a_password_spelled_with_one_symbol_is_the_word_password_only() -> None:
    from secretfence.kinds._helpers import spells_an_example_password

    assert spells_an_example_password("p=ssword") and spells_an_example_password("passw*rd")
    # (a stem with a symbol for one letter is in too many chosen passwords: `gue*t` in a word pair, `pass-` in `compass-`)
    assert not spells_an_example_password("Fugue*Tango41")
    assert not spells_an_example_password("walrus-compass-ember7")


_REDIS_SECRET_PAGE = """Store the password in a Kubernetes Secret:

```yaml tab="Kubernetes Secret"
apiVersion: v1
kind: Secret
metadata:
  name: redis
  namespace: traefik
stringData:
  password: {value}
```
"""


def test_a_tutorials_redis_password_on_a_documentation_page_warns() -> None:
    """(stop 56: Traefik's middleware pages, `password: mysecret12345678` in a Secret named redis; the gate's Redis
    reader judged no page as documentation, where other readers let an example password warn)"""
    engine = Engine()
    page = _REDIS_SECRET_PAGE.format(value="mysecret12345678")
    found = engine.scan_text("docs/content/middlewares/distributed-ratelimit.md", page)
    assert [finding.confidence for finding in found if finding.type == "Redis Credentials"] == ["low"]
    assert _blocked(engine, "docs/content/middlewares/distributed-ratelimit.md", page) == []
    # (the same example in a manifest still blocks; so does a drawn password on the page)
    assert _blocked(engine, "k8s/redis-secret.yaml", page.split("```yaml tab=\"Kubernetes Secret\"\n")[1].rstrip("`\n"))
    secret = password(3550101)
    assert secret in _blocked(engine, "docs/content/middlewares/distributed-ratelimit.md", _REDIS_SECRET_PAGE.format(value=secret))


def test_a_drawn_redis_password_beside_a_stock_word_on_a_documentation_page_blocks() -> None:
    """(review 56: the page's example rule took any value spelling a stock word, so a team's drawn password that opens
    with one, `admin` or `mysecret` and a generator's run, only warned on its runbook)"""
    engine = Engine()
    for head in ("admin", "mysecret", "Secure-"):
        secret = head + drawn_mixed(3900003, 14)
        assert secret in _blocked(engine, "docs/content/middlewares/redis-ratelimit.md", _REDIS_SECRET_PAGE.format(value=secret)), secret
    # (the tutorial's own stays a warning, as do chosen examples spelling a stock word)
    for example in ("mysecret12345678", "S3cretPassw0rd!", "secureRedisPass1"):
        assert _blocked(engine, "docs/content/middlewares/redis-ratelimit.md", _REDIS_SECRET_PAGE.format(value=example)) == [], example


def test_an_objects_unquoted_key_and_value_in_code_are_variables() -> None:
    """(stop 56, Saleor's tests: `{"key": metadata_key, "value": metadata_value_prod_1}` read as a header's name and
    value; in code an unquoted field is a variable)"""
    engine = Engine()
    code = ('data = {\n    "metadata": [{"key": metadata_key, "value": metadata_value_prod_1}],\n'
            '    "privateMetadata": [{"key": private_metadata_key, "value": private_metadata_value_prod_1}],\n}\n')
    assert _blocked(engine, "saleor/graphql/product/tests/mutations/test_product_bulk_create.py", code) == []
    # (quoted, the header's value is a literal and blocks; unquoted in YAML's flow style, it is one too)
    secret = drawn_mixed(3550102, 24)
    assert _blocked(engine, "client/headers.py", f'headers = [{{"key": "X-Api-Key", "value": "{secret}"}}]\n') == [secret]
    assert _blocked(engine, "gateway/headers.yaml", f"headers: [{{name: X-Api-Key, value: {secret}}}]\n") == [secret]


def test_a_label_spelling_its_keys_subject_is_no_password() -> None:
    """(stop 56, Saleor's `DOC_CATEGORY_AUTH = "Authentication"`: a word of two cases and twelve letters counts as a
    chosen password, but one that opens with its key's own word labels the key's subject)"""
    engine = Engine()
    labels = 'DOC_CATEGORY_APPS = "Apps"\nDOC_CATEGORY_AUTH = "Authentication"\nMENU_AUTH = "Authorization"\n'
    assert _blocked(engine, "saleor/graphql/core/doc_category.py", labels) == []
    # (a word that is not the key's own under a password's name still blocks, as does a drawn value under AUTH)
    assert _blocked(engine, "settings.py", 'DB_PASSWORD = "Authentication"\n') == ["Authentication"]
    secret = drawn_mixed(3550103, 20)
    assert _blocked(engine, "settings.py", f'DOC_CATEGORY_AUTH = "{secret}"\n') == [secret]


def test_a_chosen_word_opening_with_its_password_keys_letters_still_blocks() -> None:
    """(review 56: the label rule took any one word opening with the key's last word, so a chosen dictionary password
    under a password's name passed because it opens with `pass`: `DB_PASS = "Passionfruit"`)"""
    engine = Engine()
    for key, value in (("DB_PASS", "Passionfruit"), ("MAIL_PASS", "Passepartout"), ("DB_PASS", "passionfruitcake")):
        assert _blocked(engine, "settings.py", f'{key} = "{value}"\n') == [value], key
    # (the subject's own word or its plural stays a label)
    labels = 'SECTION_PASSWORD = "Passwords"\nMENU_PASS = "Password"\nSECTION_SECRET = "Secrets"\n'
    assert _blocked(engine, "app/menu_labels.py", labels) == []
