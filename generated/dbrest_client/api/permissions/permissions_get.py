from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.permissions_object_permissions import PermissionsObjectPermissions
from ...models.permissions_request_object_type import PermissionsRequestObjectType
from ...types import Response


def _get_kwargs(
    request_object_type: PermissionsRequestObjectType,
    request_object_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2.0/permissions/{request_object_type}/{request_object_id}".format(
            request_object_type=quote(str(request_object_type), safe=""),
            request_object_id=quote(str(request_object_id), safe=""),
        ),
    }

    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PermissionsObjectPermissions | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = PermissionsObjectPermissions.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PermissionsObjectPermissions]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    request_object_type: PermissionsRequestObjectType,
    request_object_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[PermissionsObjectPermissions]:
    """Get the access control list of an object

     Returns the object's ACL: every principal with its direct permissions (`inherited: false`) and the
    permissions it inherits (`inherited: true`, `inherited_from_object` naming the parent, e.g.
    `/clusters/` for the root of all clusters or `/directories/<id>` for a folder). The `admins` group
    always holds the top level of the object type (CAN_MANAGE; CAN_USE for cluster policies and
    passwords), inherited from the root object, except on `authorization/tokens` and
    `authorization/passwords` where it is direct. The creator of a cluster, pool or repo holds a direct
    CAN_MANAGE, the owner of a job or pipeline a direct IS_OWNER.
    An unknown object gives `RESOURCE_DOES_NOT_EXIST` (404); a caller who is neither an admin nor holds
    a
    permission on the object gets `PERMISSION_DENIED`. An unknown object type → HTTP 400
    `INVALID_PARAMETER_VALUE`.

    Args:
        request_object_type (PermissionsRequestObjectType): The object types whose permissions are
            `<type>/<id>`.
        request_object_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PermissionsObjectPermissions]
    """

    kwargs = _get_kwargs(
        request_object_type=request_object_type,
        request_object_id=request_object_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    request_object_type: PermissionsRequestObjectType,
    request_object_id: str,
    *,
    client: AuthenticatedClient,
) -> PermissionsObjectPermissions | None:
    """Get the access control list of an object

     Returns the object's ACL: every principal with its direct permissions (`inherited: false`) and the
    permissions it inherits (`inherited: true`, `inherited_from_object` naming the parent, e.g.
    `/clusters/` for the root of all clusters or `/directories/<id>` for a folder). The `admins` group
    always holds the top level of the object type (CAN_MANAGE; CAN_USE for cluster policies and
    passwords), inherited from the root object, except on `authorization/tokens` and
    `authorization/passwords` where it is direct. The creator of a cluster, pool or repo holds a direct
    CAN_MANAGE, the owner of a job or pipeline a direct IS_OWNER.
    An unknown object gives `RESOURCE_DOES_NOT_EXIST` (404); a caller who is neither an admin nor holds
    a
    permission on the object gets `PERMISSION_DENIED`. An unknown object type → HTTP 400
    `INVALID_PARAMETER_VALUE`.

    Args:
        request_object_type (PermissionsRequestObjectType): The object types whose permissions are
            `<type>/<id>`.
        request_object_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PermissionsObjectPermissions
    """

    return sync_detailed(
        request_object_type=request_object_type,
        request_object_id=request_object_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    request_object_type: PermissionsRequestObjectType,
    request_object_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[PermissionsObjectPermissions]:
    """Get the access control list of an object

     Returns the object's ACL: every principal with its direct permissions (`inherited: false`) and the
    permissions it inherits (`inherited: true`, `inherited_from_object` naming the parent, e.g.
    `/clusters/` for the root of all clusters or `/directories/<id>` for a folder). The `admins` group
    always holds the top level of the object type (CAN_MANAGE; CAN_USE for cluster policies and
    passwords), inherited from the root object, except on `authorization/tokens` and
    `authorization/passwords` where it is direct. The creator of a cluster, pool or repo holds a direct
    CAN_MANAGE, the owner of a job or pipeline a direct IS_OWNER.
    An unknown object gives `RESOURCE_DOES_NOT_EXIST` (404); a caller who is neither an admin nor holds
    a
    permission on the object gets `PERMISSION_DENIED`. An unknown object type → HTTP 400
    `INVALID_PARAMETER_VALUE`.

    Args:
        request_object_type (PermissionsRequestObjectType): The object types whose permissions are
            `<type>/<id>`.
        request_object_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PermissionsObjectPermissions]
    """

    kwargs = _get_kwargs(
        request_object_type=request_object_type,
        request_object_id=request_object_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    request_object_type: PermissionsRequestObjectType,
    request_object_id: str,
    *,
    client: AuthenticatedClient,
) -> PermissionsObjectPermissions | None:
    """Get the access control list of an object

     Returns the object's ACL: every principal with its direct permissions (`inherited: false`) and the
    permissions it inherits (`inherited: true`, `inherited_from_object` naming the parent, e.g.
    `/clusters/` for the root of all clusters or `/directories/<id>` for a folder). The `admins` group
    always holds the top level of the object type (CAN_MANAGE; CAN_USE for cluster policies and
    passwords), inherited from the root object, except on `authorization/tokens` and
    `authorization/passwords` where it is direct. The creator of a cluster, pool or repo holds a direct
    CAN_MANAGE, the owner of a job or pipeline a direct IS_OWNER.
    An unknown object gives `RESOURCE_DOES_NOT_EXIST` (404); a caller who is neither an admin nor holds
    a
    permission on the object gets `PERMISSION_DENIED`. An unknown object type → HTTP 400
    `INVALID_PARAMETER_VALUE`.

    Args:
        request_object_type (PermissionsRequestObjectType): The object types whose permissions are
            `<type>/<id>`.
        request_object_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PermissionsObjectPermissions
    """

    return (
        await asyncio_detailed(
            request_object_type=request_object_type,
            request_object_id=request_object_id,
            client=client,
        )
    ).parsed
