from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty import Empty
from ...models.instance_profiles_add_request import InstanceProfilesAddRequest
from ...types import Response


def _get_kwargs(
    *,
    body: InstanceProfilesAddRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/2.0/instance-profiles/add",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Empty | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = Empty.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Empty]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: InstanceProfilesAddRequest,
) -> Response[Empty]:
    """Register an instance profile

     Registers an instance profile so that clusters can launch with it. Admin only. Databricks first
    checks
    with an AWS dry run that it can launch instances with the profile; `skip_validation` skips that
    check
    (for failures that are not IAM permission problems). An ARN that is not of the form
    `arn:aws:iam::<account-id>:instance-profile/<name>` (or an `iam_role_arn` not of the form
    `arn:aws:iam::<account-id>:role/<name>`) → INVALID_PARAMETER_VALUE; a profile already registered →
    RESOURCE_ALREADY_EXISTS.

    Args:
        body (InstanceProfilesAddRequest):  Example: {'instance_profile_arn':
            'arn:aws:iam::123456789012:instance-profile/my-profile', 'skip_validation': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: InstanceProfilesAddRequest,
) -> Empty | None:
    """Register an instance profile

     Registers an instance profile so that clusters can launch with it. Admin only. Databricks first
    checks
    with an AWS dry run that it can launch instances with the profile; `skip_validation` skips that
    check
    (for failures that are not IAM permission problems). An ARN that is not of the form
    `arn:aws:iam::<account-id>:instance-profile/<name>` (or an `iam_role_arn` not of the form
    `arn:aws:iam::<account-id>:role/<name>`) → INVALID_PARAMETER_VALUE; a profile already registered →
    RESOURCE_ALREADY_EXISTS.

    Args:
        body (InstanceProfilesAddRequest):  Example: {'instance_profile_arn':
            'arn:aws:iam::123456789012:instance-profile/my-profile', 'skip_validation': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: InstanceProfilesAddRequest,
) -> Response[Empty]:
    """Register an instance profile

     Registers an instance profile so that clusters can launch with it. Admin only. Databricks first
    checks
    with an AWS dry run that it can launch instances with the profile; `skip_validation` skips that
    check
    (for failures that are not IAM permission problems). An ARN that is not of the form
    `arn:aws:iam::<account-id>:instance-profile/<name>` (or an `iam_role_arn` not of the form
    `arn:aws:iam::<account-id>:role/<name>`) → INVALID_PARAMETER_VALUE; a profile already registered →
    RESOURCE_ALREADY_EXISTS.

    Args:
        body (InstanceProfilesAddRequest):  Example: {'instance_profile_arn':
            'arn:aws:iam::123456789012:instance-profile/my-profile', 'skip_validation': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: InstanceProfilesAddRequest,
) -> Empty | None:
    """Register an instance profile

     Registers an instance profile so that clusters can launch with it. Admin only. Databricks first
    checks
    with an AWS dry run that it can launch instances with the profile; `skip_validation` skips that
    check
    (for failures that are not IAM permission problems). An ARN that is not of the form
    `arn:aws:iam::<account-id>:instance-profile/<name>` (or an `iam_role_arn` not of the form
    `arn:aws:iam::<account-id>:role/<name>`) → INVALID_PARAMETER_VALUE; a profile already registered →
    RESOURCE_ALREADY_EXISTS.

    Args:
        body (InstanceProfilesAddRequest):  Example: {'instance_profile_arn':
            'arn:aws:iam::123456789012:instance-profile/my-profile', 'skip_validation': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
