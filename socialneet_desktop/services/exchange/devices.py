"""This database's identity as a device, its name, and the peers it exchanged with."""

from __future__ import annotations

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from socialneet_desktop.db.models_exchange import Device, ExchangePeer
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP

NAME_LENGTH = 120
EMPTY_NAME = QT_TRANSLATE_NOOP("Exchange", "The device name is empty: give it a name.")
LONG_NAME = QT_TRANSLATE_NOOP(
    "Exchange", "The device name is too long: at most %1 characters, it has %2."
)


class BadDeviceName(ValueError):
    """The name given for this device cannot be used: `message` and `args_` say why."""

    def __init__(self, message: str, *args: object) -> None:
        super().__init__(message, *args)
        self.message = message
        self.fill_args = args


def this_device(session: Session) -> Device:
    """This database's device row (made by migration 0009)."""
    return session.scalars(select(Device).where(Device.is_this_device.is_(True))).one()


def this_device_uuid(connection: Connection) -> str:
    """The uuid of this database's device, read on a connection (the change log's hook)."""
    statement = select(Device.uuid).where(Device.is_this_device.is_(True))
    return connection.scalar(statement)


def rename(session: Session, name: str) -> Device:
    """Give this device a name ("Portatile Anna"); it travels in every package."""
    name = name.strip()
    if not name:
        raise BadDeviceName(EMPTY_NAME)
    if len(name) > NAME_LENGTH:
        raise BadDeviceName(LONG_NAME, NAME_LENGTH, len(name))
    device = this_device(session)
    device.name = name
    session.flush()
    return device


def remember(session: Session, uuid: str, name: str) -> Device:
    """The device row of a peer met through a package (its name kept up to date)."""
    device = session.scalars(select(Device).where(Device.uuid == uuid)).first()
    if device is None:
        device = Device(uuid=uuid, name=name[:NAME_LENGTH], is_this_device=False)
        session.add(device)
    elif name and not device.is_this_device:
        device.name = name[:NAME_LENGTH]
    session.flush()
    return device


def peer(session: Session, uuid: str) -> ExchangePeer:
    """What this device and the peer `uuid` know of each other (a new row the first time)."""
    found = session.scalars(select(ExchangePeer).where(ExchangePeer.device_uuid == uuid)).first()
    if found is None:
        found = ExchangePeer(
            device_uuid=uuid,
            received_seq=0,
            received_clock="",
            acknowledged_seq=0,
            acknowledged_clock="",
            sent_seq=0,
            sent_clock="",
        )
        session.add(found)
        session.flush()
    return found


def known_devices(session: Session) -> list[Device]:
    """The peers met, by name (for "Prepare a package for…")."""
    statement = select(Device).where(Device.is_this_device.is_(False)).order_by(Device.name)
    return list(session.scalars(statement))


def name_of(session: Session, uuid: str) -> str:
    """A device's name, or its uuid when it was never met."""
    name = session.scalar(select(Device.name).where(Device.uuid == uuid))
    return name or uuid
