"""`python -m socialneet_desktop` starts the window; with db.exit_backup's flag it takes the
exit backup of a closed file instead (a detached process, no window, no Qt loaded)."""

import sys

if sys.argv[1:2] == ["--finish-exit-backup"]:
    from socialneet_desktop.db.exit_backup import main as finish_exit_backup

    raise SystemExit(finish_exit_backup(sys.argv[2:]))

from socialneet_desktop.app import main  # noqa: E402 - the window only when asked for

raise SystemExit(main())
