"""``ws.secrets`` / ``AsyncWorkspace.secrets``, written once (async); see :mod:`dbrest.secrets`."""

from __future__ import annotations

from dbrest_client.api.secrets import AsyncSecretsService as _GeneratedAsyncSecretsService

from ..secrets import secret_value


class AsyncSecretsService(_GeneratedAsyncSecretsService):
    """``ws.secrets``: every generated Secrets operation plus decoded reads of a secret's value."""

    async def get_secret(self, scope: str, key: str) -> bytes:
        """The value of secret ``key`` in ``scope`` as bytes (needs READ on the scope). Example::

        password = (await ws.secrets.get_secret("jdbc", "password")).decode()
        """
        return secret_value(await self.get(scope=scope, key=key), scope, key)

    async def get_secret_text(self, scope: str, key: str, *, encoding: str = "utf-8") -> str:
        """The value of secret ``key`` in ``scope`` decoded as text (a ``string_value`` is stored as UTF-8)."""
        return (await self.get_secret(scope, key)).decode(encoding)
