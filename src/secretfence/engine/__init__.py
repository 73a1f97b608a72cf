"""One engine: text in, findings out. The only code that drives detect-secrets' core.

- `config`: which plugins and filters run (a baseline's `plugins_used` / `filters_used`), checked;
- `scan`: per file, bytes to decoded text to raw and transformed lines to candidate lines
  (`Engine`, `FileResult`);
- `evaluate`: per candidate line, the plugin chain and the filters, then one finding per secret;
- `parallel`: many files or archive members over a pool of processes (`scan_paths`, `MemberScanner`).
"""
from __future__ import annotations

from secretfence.engine.config import EngineConfig
from secretfence.engine.parallel import MemberScanner, scan_paths
from secretfence.engine.scan import BINARY, Engine, FileResult, scan_file
from secretfence.errors import PluginLoadError

__all__ = ["BINARY", "Engine", "EngineConfig", "FileResult", "MemberScanner", "PluginLoadError", "scan_file",
           "scan_paths"]
