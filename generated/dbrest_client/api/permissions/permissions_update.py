from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.permissions_access_control_list_request import PermissionsAccessControlListRequest
from ...models.permissions_object_permissions import PermissionsObjectPermissions
from ...models.permissions_request_object_type import PermissionsRequestObjectType
from ...types import Response


def _get_kwargs(
    request_object_type: PermissionsRequestObjectType,
    request_object_id: str,
    *,
    body: PermissionsAccessControlListRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/2.0/permissions/{request_object_type}/{request_object_id}".format(
            request_object_type=quote(str(request_object_type), safe=""),
            request_object_id=quote(str(request_object_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: PermissionsAccessControlListRequest,
) -> Response[PermissionsObjectPermissions]:
    """Add or change permissions of an object

     Merges `access_control_list` into the object's direct permissions: a principal named in the list
    gets
    the given level (replacing its previous direct level); principals not named keep theirs. Answers the
    updated ACL. Each entry names exactly one of `user_name`, `group_name`, `service_principal_name`;
    the level must be one the object type supports (see `permissionLevels`), else
    `INVALID_PARAMETER_VALUE`. The permissions of the `admins` group cannot be changed or removed
    (an entry for `admins` other than its current level → `INVALID_PARAMETER_VALUE`); CAN_MANAGE on
    `authorization/tokens` is reserved to `admins`. A job or pipeline has exactly one owner (IS_OWNER,
    a user or service principal); granting IS_OWNER to someone else moves ownership. Unknown principals
    give `INVALID_PARAMETER_VALUE`. Requires CAN_MANAGE (or IS_OWNER) on the object, or admin. An
    unknown
    object → `RESOURCE_DOES_NOT_EXIST` (404).

    Args:
        request_object_type (PermissionsRequestObjectType): The object types whose permissions are
            `<type>/<id>`.
        request_object_id (str):
        body (PermissionsAccessControlListRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PermissionsObjectPermissions]
    """

    kwargs = _get_kwargs(
        request_object_type=request_object_type,
        request_object_id=request_object_id,
        body=body,
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
    body: PermissionsAccessControlListRequest,
) -> PermissionsObjectPermissions | None:
    """Add or change permissions of an object

     Merges `access_control_list` into the object's direct permissions: a principal named in the list
    gets
    the given level (replacing its previous direct level); principals not named keep theirs. Answers the
    updated ACL. Each entry names exactly one of `user_name`, `group_name`, `service_principal_name`;
    the level must be one the object type supports (see `permissionLevels`), else
    `INVALID_PARAMETER_VALUE`. The permissions of the `admins` group cannot be changed or removed
    (an entry for `admins` other than its current level → `INVALID_PARAMETER_VALUE`); CAN_MANAGE on
    `authorization/tokens` is reserved to `admins`. A job or pipeline has exactly one owner (IS_OWNER,
    a user or service principal); granting IS_OWNER to someone else moves ownership. Unknown principals
    give `INVALID_PARAMETER_VALUE`. Requires CAN_MANAGE (or IS_OWNER) on the object, or admin. An
    unknown
    object → `RESOURCE_DOES_NOT_EXIST` (404).

    Args:
        request_object_type (PermissionsRequestObjectType): The object types whose permissions are
            `<type>/<id>`.
        request_object_id (str):
        body (PermissionsAccessControlListRequest):

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
        body=body,
    ).parsed


async def asyncio_detailed(
    request_object_type: PermissionsRequestObjectType,
    request_object_id: str,
    *,
    client: AuthenticatedClient,
    body: PermissionsAccessControlListRequest,
) -> Response[PermissionsObjectPermissions]:
    """Add or change permissions of an object

     Merges `access_control_list` into the object's direct permissions: a principal named in the list
    gets
    the given level (replacing its previous direct level); principals not named keep theirs. Answers the
    updated ACL. Each entry names exactly one of `user_name`, `group_name`, `service_principal_name`;
    the level must be one the object type supports (see `permissionLevels`), else
    `INVALID_PARAMETER_VALUE`. The permissions of the `admins` group cannot be changed or removed
    (an entry for `admins` other than its current level → `INVALID_PARAMETER_VALUE`); CAN_MANAGE on
    `authorization/tokens` is reserved to `admins`. A job or pipeline has exactly one owner (IS_OWNER,
    a user or service principal); granting IS_OWNER to someone else moves ownership. Unknown principals
    give `INVALID_PARAMETER_VALUE`. Requires CAN_MANAGE (or IS_OWNER) on the object, or admin. An
    unknown
    object → `RESOURCE_DOES_NOT_EXIST` (404).

    Args:
        request_object_type (PermissionsRequestObjectType): The object types whose permissions are
            `<type>/<id>`.
        request_object_id (str):
        body (PermissionsAccessControlListRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PermissionsObjectPermissions]
    """

    kwargs = _get_kwargs(
        request_object_type=request_object_type,
        request_object_id=request_object_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    request_object_type: PermissionsRequestObjectType,
    request_object_id: str,
    *,
    client: AuthenticatedClient,
    body: PermissionsAccessControlListRequest,
) -> PermissionsObjectPermissions | None:
    """Add or change permissions of an object

     Merges `access_control_list` into the object's direct permissions: a principal named in the list
    gets
    the given level (replacing its previous direct level); principals not named keep theirs. Answers the
    updated ACL. Each entry names exactly one of `user_name`, `group_name`, `service_principal_name`;
    the level must be one the object type supports (see `permissionLevels`), else
    `INVALID_PARAMETER_VALUE`. The permissions of the `admins` group cannot be changed or removed
    (an entry for `admins` other than its current level → `INVALID_PARAMETER_VALUE`); CAN_MANAGE on
    `authorization/tokens` is reserved to `admins`. A job or pipeline has exactly one owner (IS_OWNER,
    a user or service principal); granting IS_OWNER to someone else moves ownership. Unknown principals
    give `INVALID_PARAMETER_VALUE`. Requires CAN_MANAGE (or IS_OWNER) on the object, or admin. An
    unknown
    object → `RESOURCE_DOES_NOT_EXIST` (404).

    Args:
        request_object_type (PermissionsRequestObjectType): The object types whose permissions are
            `<type>/<id>`.
        request_object_id (str):
        body (PermissionsAccessControlListRequest):

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
            body=body,
        )
    ).parsed
