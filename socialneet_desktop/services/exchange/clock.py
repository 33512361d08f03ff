"""Hybrid logical clocks: wall time in milliseconds, a counter, the device.

A new clock is later than every clock this database holds (its own and those received),
even when the computer's clock has gone back: the wall part then stays at the highest one
seen and the counter grows. Clocks compare as (wall, counter, device); their text form has
fixed-width numbers, so texts compare and sort the same way on both engines.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from socialneet_desktop.db.models_exchange import ChangeLogEntry

WALL_DIGITS = 14
COUNTER_DIGITS = 8


def now_ms() -> int:
    """The computer's clock (tests move it back to show the clocks stay monotonic)."""
    return time.time_ns() // 1_000_000


@dataclass(frozen=True, order=True)
class Clock:
    wall: int
    counter: int
    device: str

    @property
    def text(self) -> str:
        return f"{self.wall:0{WALL_DIGITS}d}.{self.counter:0{COUNTER_DIGITS}d}.{self.device}"

    @classmethod
    def parse(cls, text: str) -> Clock:
        wall, counter, device = text.split(".", 2)
        return cls(int(wall), int(counter), device)

    def columns(self) -> dict[str, object]:
        """The change log's clock columns."""
        return {
            "clock": self.text,
            "clock_wall": self.wall,
            "clock_counter": self.counter,
            "clock_device": self.device,
        }


def zero(device: str) -> Clock:
    """The clock of what a database held before it kept a change log (older files)."""
    return Clock(0, 0, device)


def latest(connection: Connection) -> Clock | None:
    """The highest clock of the change log (of any device), or None when it is empty."""
    text = connection.scalar(select(func.max(ChangeLogEntry.clock)))
    return Clock.parse(text) if text else None


def following(last: Clock | None, device: str, count: int) -> list[Clock]:
    """`count` new clocks of `device`, each later than `last` and than the one before it."""
    wall = now_ms()
    clocks = []
    for _ in range(count):
        if last is None or wall > last.wall:
            last = Clock(wall, 0, device)
        else:
            last = Clock(last.wall, last.counter + 1, device)
        clocks.append(last)
    return clocks


def new_clocks(connection: Connection, device: str, count: int) -> list[Clock]:
    """`count` clocks for a transaction's changes, after everything the log holds."""
    return following(latest(connection), device, count)
