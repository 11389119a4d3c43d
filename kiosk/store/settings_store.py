"""Site settings kept as key/value rows, read and written through typed accessors."""

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.store.models import Setting


def read_all(session: Session) -> dict[str, Any]:
    rows = session.execute(select(Setting.key, Setting.value)).all()
    return {key: json.loads(value) for key, value in rows}


def write(session: Session, values: dict[str, Any]) -> None:
    for key, value in values.items():
        session.merge(Setting(key=key, value=json.dumps(value)))
