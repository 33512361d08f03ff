"""SocialNEET Desktop: the Meeting Point and stakeholder database of the SocialNEET project."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("socialneet-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.1.0"

APP_NAME = "SocialNEET"
ORGANIZATION_NAME = "SocialNEET"
