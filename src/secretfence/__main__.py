from __future__ import annotations

from secretfence.cli import main

raise SystemExit(main())
