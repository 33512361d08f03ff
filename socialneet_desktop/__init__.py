"""SocialNEET Desktop: the Meeting Point and stakeholder database of the SocialNEET project."""

import os
import sys

SOURCE_VERSION = "0.1.0"  # running from a source tree that was never installed
_DIST_INFO = ("socialneet_desktop-", ".dist-info")


def _installed_version() -> str:
    """The installed distribution's version, from the name of its .dist-info folder on
    sys.path (the first found, as importlib.metadata would), else SOURCE_VERSION.

    importlib.metadata is not imported for it: it loads the e-mail parser, a tenth of the
    window's own start-up CPU before its first rows (issue 15)."""
    prefix, suffix = _DIST_INFO
    for folder in sys.path:
        try:
            names = os.listdir(folder or ".")
        except OSError:
            continue
        for name in names:
            if name.startswith(prefix) and name.endswith(suffix):
                return name[len(prefix) : -len(suffix)]
    return SOURCE_VERSION


__version__ = _installed_version()

APP_NAME = "SocialNEET"
ORGANIZATION_NAME = "SocialNEET"
