"""The application's few style rules (kept light: imported before the window shows)."""

ERROR_COLOUR = "#c0392b"
INVALID_STYLE = f'*[invalid="true"] {{ border: 1px solid {ERROR_COLOUR}; }}'
APPLICATION_STYLE = INVALID_STYLE
