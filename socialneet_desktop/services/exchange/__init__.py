"""Exchange between devices (issue 21): clocks, the change log, packages, the merge.

Every write adds change-log rows in its own transaction (change_log, hooked to the audit
path); a package (package) carries what a peer has not acknowledged; the merge (apply) takes
the later clock per field and records conflicts for a person to decide.
"""
