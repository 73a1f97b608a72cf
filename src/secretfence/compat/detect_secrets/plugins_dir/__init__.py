"""One detect-secrets plugin file per secretfence detector, named `secretfence_<kind>.py`.

They are files on purpose: `detect-secrets scan --plugin FILE` loads plugins from a path, and
`secretfence detect-secrets` puts this directory on `detect_secrets.plugins`' search path for one
run (see `registration`). Each holds one public name, the plugin class.
"""
from __future__ import annotations
