"""The detect-secrets plugin file of secretfence: `secretfence_plugins.py`, one plugin class per
registered detector.

They are files on purpose: `detect-secrets scan --plugin FILE` loads plugins from a path, and
`secretfence detect-secrets` puts this directory on `detect_secrets.plugins`' search path for one
run (see `registration`). It holds no public name but the plugin classes.
"""
from __future__ import annotations
