"""Readers several kinds share (kinds/_helpers.py): DocSearch's search-only key in any of a site's configurations,
the TOML table a line sits in, the HTTP headers mapping a line sits in. One reader each, the same verdict from
every kind that asks. Generated fakes only."""
from __future__ import annotations

from typing import List, Tuple

from secretfence.engine import Engine
from secretfence.kinds._helpers import docsearch_key, enclosing_toml_table

from tests.accuracy.labelled import blocking
from tests.fakes import drawn, drawn_mixed

_HEX = "0123456789abcdef"
_APP_ID = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _blocked(filename: str, text: str) -> List[Tuple[int, str]]:
    return sorted((finding.line_number, finding.secret) for finding in blocking(Engine().scan_text(filename, text)))


def test_docsearch_key_reads_browser_and_static_site_configurations() -> None:
    key, app = drawn(9310, 32, _HEX), drawn(9311, 10, _APP_ID)
    cases = [
        ("docusaurus.config.js", f"  algolia: {{\n    appId: '{app}',\n    apiKey: '{key}',\n    indexName: 'docs',\n  }},", 2),
        ("_config.yml", f"docsearch:\n  app_id: {app}\n  api_key: {key}\n  index_name: docs", 2),
        ("hugo.yaml", f"params:\n  docsearch:\n    appId: {app}\n    api-key: {key}\n    indexName: docs", 3),
        ("config.toml", f"[params.docsearch]\nappId = \"{app}\"\napiKey = \"{key}\"\nindexName = \"docs\"", 2),
        ("config.toml", f"[ params . \"algolia\" ]  # the theme's search\napiKey = \"{key}\"\nindexName = \"docs\"", 1),
        ("_config.yml", f"algolia:\n  applicationID: {app}\n  apiKey: {key}\n  indexName: blog", 2),
    ]
    for filename, text, index in cases:
        lines = text.split("\n")
        key_name = lines[index].split(":")[0].split("=")[0].strip()
        assert docsearch_key(lines, index, key_name, filename), (filename, text)


def test_an_indexer_s_key_beside_a_search_only_key_is_no_docsearch_key() -> None:
    key, app = drawn(9320, 32, _HEX), drawn(9321, 10, _APP_ID)
    # jekyll-algolia's snake-case api_key (the admin key), and an apiKey beside a search-only key, in any suffix
    jekyll = f"algolia:\n  application_id: {app}\n  index_name: articles\n  api_key: {key}\n  search_only_api_key: x"
    assert not docsearch_key(jekyll.split("\n"), 3, "api_key", "_config.yml")
    for filename, text in (
            ("config.toml", f"[params.algolia]\napiKey = \"{key}\"\nsearchOnlyApiKey = \"x\"\nindexName = \"docs\""),
            ("site.config.js", f"  algolia: {{\n    apiKey: '{key}',\n    searchOnlyApiKey: 'x',\n    indexName: 'docs',\n  }},")):
        assert not docsearch_key(text.split("\n"), 1, "apiKey", filename), filename
    scripts = f"  algolia: {{\n    appId: '{app}',\n    apiKey: '{key}',\n    searchOnlyApiKey: 'x',\n    indexName: 'docs',\n  }},"
    assert _blocked("site.config.js", scripts) == [(3, key)]


def test_enclosing_toml_table() -> None:
    lines = ["title = 'x'", "[params.docsearch]", "appId = 'x'", "", "[[servers]]  # the fleet", "name = 'a'",
             "tags = [", "  ['a', 'b'],", "]", "[ dog.\"tater.man\" ]", "type = 'pug'"]
    assert enclosing_toml_table(lines, 0, 40) == ""
    assert enclosing_toml_table(lines, 2, 40) == "params.docsearch"
    assert enclosing_toml_table(lines, 5, 40) == "servers"
    assert enclosing_toml_table(lines, 8, 40) == "servers"  # (an array's line of arrays is no header)
    assert enclosing_toml_table(lines, 10, 40) == 'dog."tater.man"'
    assert enclosing_toml_table(lines, 2, 1) == ""  # (beyond reach)


def test_under_headers_reads_code_s_and_yaml_s_headers_mappings() -> None:
    from secretfence.kinds._helpers import under_headers

    opened = ["fetch(url, {\n  headers: {\n    key: 'v',", "requests.get(url, headers={\n    'key': 'v',",
              "$client->get($url, [\n  'headers' => [\n    'key' => 'v',", "const h = new Headers({\n  key: 'v',",
              "opts = {\n  headers: new Map([\n    key,", "{\n  \"headers\": {\n    \"Api-Key\": [",
              "interactions:\n- request:\n    headers:\n\n      X-Api-Key:", "  - headers:\n      key: v"]
    for text in opened:
        lines = text.split("\n")
        assert under_headers(lines, len(lines) - 1, 8), text
    closed = ["fetch(url, {\n  body: {\n    key: 'v',",
              "axios.get(url, { headers: { Accept: 'json' }, params: {\n    key: 'v',",
              "headers:\n  Accept: json\nsettings:\n  key: v", "# the request headers:\n    key: v",
              "page_headers = {\n  key: 'v',", "headers: {\n" + "  a: 1,\n" * 9 + "    key: 'v',"]
    for text in closed:
        lines = text.split("\n")
        assert not under_headers(lines, len(lines) - 1, 8), text


def test_a_bare_key_under_a_yaml_request_s_headers_is_the_api_s_key() -> None:
    key = drawn_mixed(9330, 32)
    text = f"request:\n  method: GET\n  headers:\n    key: {key}\n"
    assert _blocked("http/items.yaml", text) == [(4, key)]
    # (a header's name as the value, a variable's reference: no key)
    for value in ("X-Frame-Options", "${ITEMS_KEY}"):
        assert _blocked("http/items.yaml", text.replace(key, value)) == [], value


def test_a_bare_key_after_a_closed_headers_mapping_is_no_header() -> None:
    # (the line above ends by opening the request's body, not its headers: a record's key)
    key = drawn_mixed(9331, 32)
    text = f"axios.post(url, {{ headers: {{ Accept: 'json' }}, data: {{\n    key: '{key}',\n  }},\n}})\n"
    assert _blocked("client.js", text) == []
    opened = f"axios.post(url, {{ timeout: 5000, headers: {{\n    key: '{key}',\n  }},\n}})\n"
    assert _blocked("client.js", opened) == [(2, key)]
