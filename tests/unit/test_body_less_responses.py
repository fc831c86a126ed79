"""Body-less responses (the SCIM 204s) are typed None, not Any: scimUsersDelete has sync/asyncio returning None,
scimUsersPatch returns `ScimUser | None` (200 with the user, or RFC 7644's allowed 204), and the service facades
return None for a documented 204 while an undocumented status without a parsed body still raises."""

from __future__ import annotations

import asyncio
import typing

import httpx
import pytest
from dbrest_client import AuthenticatedClient
from dbrest_client.api.scim import AsyncScimService, ScimService, scim_users_delete, scim_users_patch
from dbrest_client.errors import UnexpectedStatus
from dbrest_client.models import ScimPatchRequest, ScimUser
from dbrest_client.types import Response

USER = {"id": "1001", "userName": "ada@example.com", "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"]}
PATCH = ScimPatchRequest.from_dict(
    {
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": [{"op": "replace", "path": "active", "value": False}],
    }
)


def client(status: int, body: dict[str, object] | None = None) -> AuthenticatedClient:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=body) if body is not None else httpx.Response(status)

    return AuthenticatedClient(base_url="http://x", token="t", httpx_args={"transport": httpx.MockTransport(handler)})


def test_body_less_operations_have_sync_and_asyncio_typed_none() -> None:
    for fn in (scim_users_delete.sync, scim_users_delete.asyncio):
        assert typing.get_type_hints(fn)["return"] is type(None)
    assert typing.get_type_hints(scim_users_delete.sync_detailed)["return"] == Response[None]
    scim_users_delete.sync("1001", client=client(204))
    asyncio.run(scim_users_delete.asyncio("1001", client=client(204)))


def test_patch_is_the_model_or_none_never_any() -> None:
    assert typing.get_type_hints(scim_users_patch.sync)["return"] == ScimUser | None
    assert typing.get_type_hints(scim_users_patch.sync_detailed)["return"] == Response[ScimUser | None]
    user = scim_users_patch.sync("1001", client=client(200, USER), body=PATCH)
    assert isinstance(user, ScimUser) and user.user_name == "ada@example.com"
    assert scim_users_patch.sync("1001", client=client(204), body=PATCH) is None


def test_facade_delete_returns_none_on_204_and_raises_on_an_undocumented_status() -> None:
    ScimService(client(204)).users_delete("1001")  # typed None: nothing to return, nothing raised
    asyncio.run(AsyncScimService(client(204)).users_delete("1001"))
    with pytest.raises(UnexpectedStatus):
        ScimService(client(202)).users_delete("1001")
    with pytest.raises(UnexpectedStatus):
        asyncio.run(AsyncScimService(client(202)).users_delete("1001"))


def test_facade_patch_returns_the_user_or_none() -> None:
    assert isinstance(ScimService(client(200, USER)).users_patch("1001", body=PATCH), ScimUser)
    assert ScimService(client(204)).users_patch("1001", body=PATCH) is None
    assert asyncio.run(AsyncScimService(client(204)).users_patch("1001", body=PATCH)) is None
    with pytest.raises(UnexpectedStatus):
        ScimService(client(202)).users_patch("1001", body=PATCH)
