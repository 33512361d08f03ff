"""A problem found in a value: the field, an English message template marked for translation
in the "Validation" context, its %1 %2 arguments and whether it blocks a save."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]

_PLACEHOLDER = re.compile(r"%(\d+)")


@dataclass(frozen=True)
class Problem:
    field: str
    message: str
    args: tuple[str, ...] = ()
    severity: Severity = "error"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def render(self, translate: Callable[[str, str], str] | None = None) -> str:
        """The message with %1, %2 … replaced, translated first when `translate` is given."""
        template = translate("Validation", self.message) if translate else self.message
        return _PLACEHOLDER.sub(lambda match: self._arg(int(match.group(1))), template)

    def _arg(self, number: int) -> str:
        return self.args[number - 1] if 0 < number <= len(self.args) else f"%{number}"
