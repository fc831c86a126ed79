"""``ws.secrets``: the generated Secrets operations plus ``get_secret`` / ``get_secret_text``, which read a
secret's value back decoded (``secrets/get`` answers it base64-encoded), as databricks-sdk 0.162.0's
``dbutils.secrets.getBytes`` / ``get`` do on top of ``SecretsAPI.get_secret``. The generated ``get`` (the
``SecretsGetResponse`` with the base64 text) stays available.
"""

from __future__ import annotations

import base64
import binascii

from dbrest_client.api.secrets import AsyncSecretsService as _GeneratedAsyncSecretsService
from dbrest_client.api.secrets import SecretsService as _GeneratedSecretsService
from dbrest_client.models.secrets_get_response import SecretsGetResponse
from dbrest_client.types import Unset

from .errors import DatabricksError


def _value(response: SecretsGetResponse, scope: str, key: str) -> bytes:
    if isinstance(response.value, Unset):
        return b""
    try:
        return base64.b64decode(response.value, validate=True)
    except (binascii.Error, ValueError):
        raise DatabricksError(
            f"The server answered secret {key!r} of scope {scope!r} with a value that is not base64; "
            "check that the host is a Databricks workspace."
        ) from None


class SecretsService(_GeneratedSecretsService):
    """``ws.secrets``: every generated Secrets operation plus decoded reads of a secret's value."""

    def get_secret(self, scope: str, key: str) -> bytes:
        """The value of secret ``key`` in ``scope`` as bytes (needs READ on the scope). Example::

        password = ws.secrets.get_secret("jdbc", "password").decode()
        """
        return _value(self.get(scope=scope, key=key), scope, key)

    def get_secret_text(self, scope: str, key: str, *, encoding: str = "utf-8") -> str:
        """The value of secret ``key`` in ``scope`` decoded as text (a ``string_value`` is stored as UTF-8)."""
        return self.get_secret(scope, key).decode(encoding)


class AsyncSecretsService(_GeneratedAsyncSecretsService):
    """``AsyncWorkspace.secrets``: the async Secrets operations plus decoded reads of a secret's value."""

    async def get_secret(self, scope: str, key: str) -> bytes:
        """The async twin of :meth:`SecretsService.get_secret`."""
        return _value(await self.get(scope=scope, key=key), scope, key)

    async def get_secret_text(self, scope: str, key: str, *, encoding: str = "utf-8") -> str:
        """The async twin of :meth:`SecretsService.get_secret_text`."""
        return (await self.get_secret(scope, key)).decode(encoding)
