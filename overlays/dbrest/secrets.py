"""``ws.secrets``: the generated Secrets operations plus ``get_secret`` / ``get_secret_text``, which read a
secret's value back decoded (``secrets/get`` answers it base64-encoded), as databricks-sdk 0.162.0's
``dbutils.secrets.getBytes`` / ``get`` do on top of ``SecretsAPI.get_secret``. The generated ``get`` (the
``SecretsGetResponse`` with the base64 text) stays available.

The services are written once, async, in ``dbrest._async.secrets`` (the sync twin is generated).
"""

from __future__ import annotations

import base64
import binascii
from typing import TYPE_CHECKING

from dbrest_client.types import Unset

from .errors import DatabricksError

if TYPE_CHECKING:
    from dbrest_client.models.secrets_get_response import SecretsGetResponse


def secret_value(response: SecretsGetResponse, scope: str, key: str) -> bytes:
    if isinstance(response.value, Unset):
        return b""
    try:
        return base64.b64decode(response.value, validate=True)
    except (binascii.Error, ValueError):
        raise DatabricksError(
            f"The server answered secret {key!r} of scope {scope!r} with a value that is not base64; "
            "check that the host is a Databricks workspace."
        ) from None


# The services, after what they import from here (see dbrest._async).
from ._async.secrets import AsyncSecretsService as AsyncSecretsService  # noqa: E402
from ._sync.secrets import SecretsService as SecretsService  # noqa: E402
