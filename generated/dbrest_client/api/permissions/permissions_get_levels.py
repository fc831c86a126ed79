from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.permissions_levels_response import PermissionsLevelsResponse
from ...models.permissions_request_object_type import PermissionsRequestObjectType
from ...types import Response


def _get_kwargs(
    request_object_type: PermissionsRequestObjectType,
    request_object_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2.0/permissions/{request_object_type}/{request_object_id}/permissionLevels".format(
            request_object_type=quote(str(request_object_type), safe=""),
            request_object_id=quote(str(request_object_id), safe=""),
        ),
    }

    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PermissionsLevelsResponse | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = PermissionsLevelsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PermissionsLevelsResponse]:
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
) -> Response[PermissionsLevelsResponse]:
    """Get the permission levels of an object

     Lists the permission levels that can be granted on the object, highest first, each with a
    description: clusters CAN_MANAGE, CAN_RESTART, CAN_ATTACH_TO; cluster-policies CAN_USE;
    instance-pools CAN_MANAGE, CAN_ATTACH_TO; jobs IS_OWNER, CAN_MANAGE, CAN_MANAGE_RUN, CAN_VIEW;
    pipelines IS_OWNER, CAN_MANAGE, CAN_RUN, CAN_VIEW; notebooks, directories and repos CAN_MANAGE,
    CAN_EDIT, CAN_RUN, CAN_READ; experiments CAN_MANAGE, CAN_EDIT, CAN_READ; registered-models
    CAN_MANAGE, CAN_MANAGE_PRODUCTION_VERSIONS, CAN_MANAGE_STAGING_VERSIONS, CAN_EDIT, CAN_READ;
    authorization/tokens CAN_MANAGE, CAN_USE; authorization/passwords CAN_USE. Unknown object →
    `RESOURCE_DOES_NOT_EXIST`. An unknown object type → HTTP 400 `INVALID_PARAMETER_VALUE`.

    Args:
        request_object_type (PermissionsRequestObjectType): The object types whose permissions are
            `<type>/<id>`.
        request_object_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PermissionsLevelsResponse]
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
) -> PermissionsLevelsResponse | None:
    """Get the permission levels of an object

     Lists the permission levels that can be granted on the object, highest first, each with a
    description: clusters CAN_MANAGE, CAN_RESTART, CAN_ATTACH_TO; cluster-policies CAN_USE;
    instance-pools CAN_MANAGE, CAN_ATTACH_TO; jobs IS_OWNER, CAN_MANAGE, CAN_MANAGE_RUN, CAN_VIEW;
    pipelines IS_OWNER, CAN_MANAGE, CAN_RUN, CAN_VIEW; notebooks, directories and repos CAN_MANAGE,
    CAN_EDIT, CAN_RUN, CAN_READ; experiments CAN_MANAGE, CAN_EDIT, CAN_READ; registered-models
    CAN_MANAGE, CAN_MANAGE_PRODUCTION_VERSIONS, CAN_MANAGE_STAGING_VERSIONS, CAN_EDIT, CAN_READ;
    authorization/tokens CAN_MANAGE, CAN_USE; authorization/passwords CAN_USE. Unknown object →
    `RESOURCE_DOES_NOT_EXIST`. An unknown object type → HTTP 400 `INVALID_PARAMETER_VALUE`.

    Args:
        request_object_type (PermissionsRequestObjectType): The object types whose permissions are
            `<type>/<id>`.
        request_object_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PermissionsLevelsResponse
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
) -> Response[PermissionsLevelsResponse]:
    """Get the permission levels of an object

     Lists the permission levels that can be granted on the object, highest first, each with a
    description: clusters CAN_MANAGE, CAN_RESTART, CAN_ATTACH_TO; cluster-policies CAN_USE;
    instance-pools CAN_MANAGE, CAN_ATTACH_TO; jobs IS_OWNER, CAN_MANAGE, CAN_MANAGE_RUN, CAN_VIEW;
    pipelines IS_OWNER, CAN_MANAGE, CAN_RUN, CAN_VIEW; notebooks, directories and repos CAN_MANAGE,
    CAN_EDIT, CAN_RUN, CAN_READ; experiments CAN_MANAGE, CAN_EDIT, CAN_READ; registered-models
    CAN_MANAGE, CAN_MANAGE_PRODUCTION_VERSIONS, CAN_MANAGE_STAGING_VERSIONS, CAN_EDIT, CAN_READ;
    authorization/tokens CAN_MANAGE, CAN_USE; authorization/passwords CAN_USE. Unknown object →
    `RESOURCE_DOES_NOT_EXIST`. An unknown object type → HTTP 400 `INVALID_PARAMETER_VALUE`.

    Args:
        request_object_type (PermissionsRequestObjectType): The object types whose permissions are
            `<type>/<id>`.
        request_object_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PermissionsLevelsResponse]
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
) -> PermissionsLevelsResponse | None:
    """Get the permission levels of an object

     Lists the permission levels that can be granted on the object, highest first, each with a
    description: clusters CAN_MANAGE, CAN_RESTART, CAN_ATTACH_TO; cluster-policies CAN_USE;
    instance-pools CAN_MANAGE, CAN_ATTACH_TO; jobs IS_OWNER, CAN_MANAGE, CAN_MANAGE_RUN, CAN_VIEW;
    pipelines IS_OWNER, CAN_MANAGE, CAN_RUN, CAN_VIEW; notebooks, directories and repos CAN_MANAGE,
    CAN_EDIT, CAN_RUN, CAN_READ; experiments CAN_MANAGE, CAN_EDIT, CAN_READ; registered-models
    CAN_MANAGE, CAN_MANAGE_PRODUCTION_VERSIONS, CAN_MANAGE_STAGING_VERSIONS, CAN_EDIT, CAN_READ;
    authorization/tokens CAN_MANAGE, CAN_USE; authorization/passwords CAN_USE. Unknown object →
    `RESOURCE_DOES_NOT_EXIST`. An unknown object type → HTTP 400 `INVALID_PARAMETER_VALUE`.

    Args:
        request_object_type (PermissionsRequestObjectType): The object types whose permissions are
            `<type>/<id>`.
        request_object_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PermissionsLevelsResponse
    """

    return (
        await asyncio_detailed(
            request_object_type=request_object_type,
            request_object_id=request_object_id,
            client=client,
        )
    ).parsed
