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
        "method": "put",
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
    """Replace all direct permissions of an object

     Replaces every direct permission of the object with `access_control_list` (an empty list removes
    them all); inherited permissions are unaffected. To delete one entry, GET the ACL, drop it and PUT
    the rest. The `admins` group keeps its permissions whatever the list says (they cannot be removed;
    a lower level for `admins` → `INVALID_PARAMETER_VALUE`); a job or pipeline keeps its owner when the
    list names no IS_OWNER. Same entry rules and errors as PATCH. Answers the resulting ACL. An unknown
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
    """Replace all direct permissions of an object

     Replaces every direct permission of the object with `access_control_list` (an empty list removes
    them all); inherited permissions are unaffected. To delete one entry, GET the ACL, drop it and PUT
    the rest. The `admins` group keeps its permissions whatever the list says (they cannot be removed;
    a lower level for `admins` → `INVALID_PARAMETER_VALUE`); a job or pipeline keeps its owner when the
    list names no IS_OWNER. Same entry rules and errors as PATCH. Answers the resulting ACL. An unknown
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
    """Replace all direct permissions of an object

     Replaces every direct permission of the object with `access_control_list` (an empty list removes
    them all); inherited permissions are unaffected. To delete one entry, GET the ACL, drop it and PUT
    the rest. The `admins` group keeps its permissions whatever the list says (they cannot be removed;
    a lower level for `admins` → `INVALID_PARAMETER_VALUE`); a job or pipeline keeps its owner when the
    list names no IS_OWNER. Same entry rules and errors as PATCH. Answers the resulting ACL. An unknown
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
    """Replace all direct permissions of an object

     Replaces every direct permission of the object with `access_control_list` (an empty list removes
    them all); inherited permissions are unaffected. To delete one entry, GET the ACL, drop it and PUT
    the rest. The `admins` group keeps its permissions whatever the list says (they cannot be removed;
    a lower level for `admins` → `INVALID_PARAMETER_VALUE`); a job or pipeline keeps its owner when the
    list names no IS_OWNER. Same entry rules and errors as PATCH. Answers the resulting ACL. An unknown
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
