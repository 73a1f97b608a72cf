"""Where secretfence meets detect-secrets 1.5's internals; the rest of the code reads as secretfence.

What mirrors detect-secrets, for the engine:
- `plugins`: its built-in plugins (modules, settings, confidence, the whole secret where a plugin
  reports a part of it, the fragment hashes its baselines hold), loaded on first use;
- `filters`: its filters (which exist, run by default, or never apply), loaded on first report,
  and linear twins of three of them;
- `keyword`, `entropy`, `linear`, `whole_match`: faster (or whole-secret) twins of its plugins;
- `transformers`: its YAML and INI transformers, run in linear time;
- `baseline_upgrade`: its upgrade steps for baselines older than 1.5.

What plugs secretfence into detect-secrets' own tools:
- `plugin_adapter`: secretfence's detectors as detect-secrets plugin classes.
- `plugins_dir/`: one plugin file holding every registered detector, for `detect-secrets scan --plugin FILE`.
- `registration`: those plugins inside detect-secrets' own CLI for one run
  (`secretfence detect-secrets …`), never at interpreter start-up.
- `imports`: the deferred imports that keep detect-secrets' package inits and `requests` out of
  the hook's start-up.
"""
from __future__ import annotations
