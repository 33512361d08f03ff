"""`python -m socialneet_desktop` starts the window."""

from socialneet_desktop.app import main

raise SystemExit(main())
