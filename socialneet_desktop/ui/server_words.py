"""Words and look-ups the office server's dialogs share (ui.server_menu, ui.server_backup,
ui.server_upload_dialog): which server the window shows, and a refusal said in words."""

from __future__ import annotations

from socialneet_desktop.i18n import fill, translate


def server_of(window):
    """The server address of the database the window shows; None for a file."""
    return getattr(getattr(window, "database", None), "server", None)


def describe_problem(error: BaseException) -> str:
    """A refusal in its own words; anything else raised again (a bug, shown as one)."""
    from socialneet_desktop.db.refusals import DatabaseRefused
    from socialneet_desktop.db.server import ServerRefused
    from socialneet_desktop.db.server_copy import CopyRefused
    from socialneet_desktop.db.server_url import ServerAddressError

    if isinstance(error, ServerRefused):
        text = fill(translate("Server", error.message), error.shown, error.detail)
        return text + ("\n\n" + error.reason if error.reason else "")
    if isinstance(error, CopyRefused):
        return fill(translate("Server", error.message), error.first, error.second)
    if isinstance(error, ServerAddressError):
        return fill(translate("Server", error.message), error.text, error.detail)
    if isinstance(error, DatabaseRefused):
        from socialneet_desktop.db.server_restore import refusal_context

        message = translate(refusal_context(error.message), error.message)
        return fill(message, str(error.path), error.detail)
    if isinstance(error, OSError):
        return fill(translate("ServerBackup", "The file could not be written: %1"), error)
    raise error


def storage_message(database, error: BaseException) -> str:
    """What a failed write means, for the message of the window that tried it: on the
    office server in the server's words (a change kept waiting past the lock timeout by
    another desktop, the server gone: db.server.described), on a file the storage's
    (db.storage_errors: the disk, the folder, the lock)."""
    from socialneet_desktop.db import storage_errors

    address = getattr(database, "server", None)
    if address is not None:
        from socialneet_desktop.db.server import ServerRefused, described

        refused = described(error, address)
        if isinstance(refused, ServerRefused):
            return describe_problem(refused)
    problem = storage_errors.describe(error, database.path)
    return fill(translate("Storage", problem.message), problem.path)
