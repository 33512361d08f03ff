"""`python -m socialneet_desktop.cli …` is the `socialneet` command."""

from socialneet_desktop.cli import main

raise SystemExit(main())
