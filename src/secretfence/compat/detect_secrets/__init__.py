"""Where secretfence meets detect-secrets 1.5's internals.

- `plugin_adapter`: secretfence's detectors as detect-secrets plugin classes.
- `plugins_dir/`: one plugin file holding every registered detector, for `detect-secrets scan --plugin FILE`.
- `registration`: those plugins inside detect-secrets' own CLI for one run
  (`secretfence detect-secrets …`), never at interpreter start-up.
- `imports`: the deferred imports that keep detect-secrets' package inits and `requests` out of
  the hook's start-up.
"""
from __future__ import annotations
