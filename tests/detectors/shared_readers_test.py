"""Readers several kinds share (kinds/_helpers.py): DocSearch's search-only key in any of a site's configurations,
the TOML table a line sits in, the HTTP headers mapping a line sits in. One reader each, the same verdict from
every kind that asks. Generated fakes only."""
from __future__ import annotations

from typing import List, Tuple

from secretfence.engine import Engine
from secretfence.kinds._helpers import docsearch_key, enclosing_toml_table

from tests.accuracy.labelled import blocking
from tests.fakes import drawn

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
