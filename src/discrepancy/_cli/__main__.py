"""``python -m discrepancy._cli``: the ``discrepancy`` command."""

from . import main

raise SystemExit(main())
