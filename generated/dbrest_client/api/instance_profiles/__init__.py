"""Contains endpoint functions for accessing the API

dbrest: also the service facades of this tag, one method per operation (sync and async); endpoint and model
modules are imported only when a method is called.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, overload

import httpx

from ...client import AuthenticatedClient, async_keyword_call, keyword_call, request_body
from ...errors import UnexpectedStatus
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.empty import Empty
    from ...models.instance_profiles_add_request import InstanceProfilesAddRequest
    from ...models.instance_profiles_edit_request import InstanceProfilesEditRequest
    from ...models.instance_profiles_list_response import InstanceProfilesListResponse
    from ...models.instance_profiles_remove_request import InstanceProfilesRemoveRequest
    from ...types import File


def _unexpected(client: AuthenticatedClient, response: httpx.Response, cause: BaseException | None) -> Exception:
    if client.unexpected_response is not None:
        return client.unexpected_response(response, cause)
    return UnexpectedStatus(response.status_code, response.content)


def _finish(client: AuthenticatedClient, op: Any, response: httpx.Response, body_less: tuple[int, ...] | None) -> Any:
    """The parsed answer. One that does not parse (not JSON, a wrong type, an undocumented status) raises
    ``client.unexpected_response``'s error; so does an empty one, unless its status is documented body-less
    (``body_less``; None: the operation documents no body at all)."""
    try:
        parsed = op.parse_response(client=client, response=response)
    except Exception as exc:  # the parse only reads the answer: any failure means the answer is not the API's
        raise _unexpected(client, response, exc) from exc
    if parsed is None and body_less is not None and response.status_code not in body_less:
        raise _unexpected(client, response, None)
    if hasattr(parsed, "to_dict") and not _is_json_object(response.content):
        # from_dict starts with dict(src_dict), which turns a JSON array into an empty object without complaint
        raise _unexpected(client, response, TypeError("a JSON array or value where an object was expected"))
    return parsed


def _is_json_object(content: bytes) -> bool:
    start = 0
    while start < len(content) and content[start] in b" \t\r\n":
        start += 1
    return content[start : start + 1] == b"{"


def _call(client: AuthenticatedClient, op: Any, body_less: tuple[int, ...] | None, /, **kwargs: Any) -> Any:
    response = client.get_httpx_client().request(**op._get_kwargs(**kwargs))
    return _finish(client, op, response, body_less)


async def _acall(client: AuthenticatedClient, op: Any, body_less: tuple[int, ...] | None, /, **kwargs: Any) -> Any:
    response = await client.get_async_httpx_client().request(**op._get_kwargs(**kwargs))
    return _finish(client, op, response, body_less)


class InstanceProfilesService:
    """The instance_profiles operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @overload
    def add(
        self,
        *,
        body: InstanceProfilesAddRequest,
    ) -> Empty: ...

    @overload
    def add(
        self,
        instance_profile_arn: str,
        *,
        iam_role_arn: str | Unset = UNSET,
        is_meta_instance_profile: bool | Unset = UNSET,
        skip_validation: bool | Unset = UNSET,
    ) -> Empty: ...

    @keyword_call
    def add(
        self,
        instance_profile_arn: str | Unset = UNSET,
        *,
        body: InstanceProfilesAddRequest | Unset = UNSET,
        iam_role_arn: str | Unset = UNSET,
        is_meta_instance_profile: bool | Unset = UNSET,
        skip_validation: bool | Unset = UNSET,
    ) -> Empty:
        """Register an instance profile

        Registers an instance profile so that clusters can launch with it. Admin only. Databricks first checks
        with an AWS dry run that it can launch instances with the profile; `skip_validation` skips that check
        (for failures that are not IAM permission problems). An ARN that is not of the form
        `arn:aws:iam::<account-id>:instance-profile/<name>` (or an `iam_role_arn` not of the form
        `arn:aws:iam::<account-id>:role/<name>`) → INVALID_PARAMETER_VALUE; a profile already registered →
        RESOURCE_ALREADY_EXISTS.


        Args:
            instance_profile_arn (str): ARN of the instance profile, arn:aws:iam::<account-id>:instance-
                profile/<name>.
            iam_role_arn (str | Unset): ARN of the IAM role of the profile, arn:aws:iam::<account-
                id>:role/<name>.
            is_meta_instance_profile (bool | Unset): Use the profile only for IAM credential passthrough (a meta
                role); default false.
            skip_validation (bool | Unset): Skip the AWS dry run that checks Databricks can launch instances
                with the profile.
            body (InstanceProfilesAddRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.instance_profiles_add_request import InstanceProfilesAddRequest

        body = request_body(
            InstanceProfilesAddRequest,
            body,
            {
                "instance_profile_arn": ("instance_profile_arn", instance_profile_arn),
                "iam_role_arn": ("iam_role_arn", iam_role_arn),
                "is_meta_instance_profile": ("is_meta_instance_profile", is_meta_instance_profile),
                "skip_validation": ("skip_validation", skip_validation),
            },
            "InstanceProfilesService.add",
            True,
        )

        from . import instance_profiles_add as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    def edit(
        self,
        *,
        body: InstanceProfilesEditRequest,
    ) -> Empty: ...

    @overload
    def edit(
        self,
        instance_profile_arn: str,
        *,
        iam_role_arn: str | Unset = UNSET,
        is_meta_instance_profile: bool | Unset = UNSET,
    ) -> Empty: ...

    @keyword_call
    def edit(
        self,
        instance_profile_arn: str | Unset = UNSET,
        *,
        body: InstanceProfilesEditRequest | Unset = UNSET,
        iam_role_arn: str | Unset = UNSET,
        is_meta_instance_profile: bool | Unset = UNSET,
    ) -> Empty:
        """Change the IAM role of an instance profile

        Changes the optional `iam_role_arn` (and `is_meta_instance_profile`) of a registered profile; the ARN
        itself cannot change. An absent `iam_role_arn` clears it. The role ARN is needed when the role name and
        the instance profile name differ and the profile serves Databricks SQL Serverless. Admin only. An
        unregistered profile → RESOURCE_DOES_NOT_EXIST (404); a malformed ARN → INVALID_PARAMETER_VALUE.


        Args:
            instance_profile_arn (str): ARN of the instance profile, arn:aws:iam::<account-id>:instance-
                profile/<name>.
            iam_role_arn (str | Unset): ARN of the IAM role of the profile, arn:aws:iam::<account-
                id>:role/<name>.
            is_meta_instance_profile (bool | Unset):
            body (InstanceProfilesEditRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.instance_profiles_edit_request import InstanceProfilesEditRequest

        body = request_body(
            InstanceProfilesEditRequest,
            body,
            {
                "instance_profile_arn": ("instance_profile_arn", instance_profile_arn),
                "iam_role_arn": ("iam_role_arn", iam_role_arn),
                "is_meta_instance_profile": ("is_meta_instance_profile", is_meta_instance_profile),
            },
            "InstanceProfilesService.edit",
            True,
        )

        from . import instance_profiles_edit as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @keyword_call
    def list(
        self,
    ) -> InstanceProfilesListResponse:
        """List the instance profiles

        Lists the instance profiles the caller can launch clusters with (every registered profile; the mock
        has no per-profile entitlements), in the order they were added. `instance_profiles` is absent when there
        are none. Not paginated. No errors of its own, only the common ones (UNAUTHENTICATED, PERMISSION_DENIED,
        REQUEST_LIMIT_EXCEEDED, INTERNAL_ERROR, TEMPORARILY_UNAVAILABLE).

        """

        from . import instance_profiles_list as _op

        result: InstanceProfilesListResponse = _call(
            self._client,
            _op,
            (),
        )
        return result

    @overload
    def remove(
        self,
        *,
        body: InstanceProfilesRemoveRequest,
    ) -> Empty: ...

    @overload
    def remove(
        self,
        instance_profile_arn: str,
    ) -> Empty: ...

    @keyword_call
    def remove(
        self,
        instance_profile_arn: str | Unset = UNSET,
        *,
        body: InstanceProfilesRemoveRequest | Unset = UNSET,
    ) -> Empty:
        """Remove an instance profile

        Unregisters an instance profile. Clusters already using it keep working; new clusters cannot name it.
        Admin only. An unregistered profile → RESOURCE_DOES_NOT_EXIST (404); a missing
        `instance_profile_arn` → INVALID_PARAMETER_VALUE.


        Args:
            instance_profile_arn (str): ARN of the profile to remove.
            body (InstanceProfilesRemoveRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.instance_profiles_remove_request import InstanceProfilesRemoveRequest

        body = request_body(
            InstanceProfilesRemoveRequest,
            body,
            {
                "instance_profile_arn": ("instance_profile_arn", instance_profile_arn),
            },
            "InstanceProfilesService.remove",
            True,
        )

        from . import instance_profiles_remove as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result


class AsyncInstanceProfilesService:
    """The instance_profiles operations, one coroutine method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @overload
    async def add(
        self,
        *,
        body: InstanceProfilesAddRequest,
    ) -> Empty: ...

    @overload
    async def add(
        self,
        instance_profile_arn: str,
        *,
        iam_role_arn: str | Unset = UNSET,
        is_meta_instance_profile: bool | Unset = UNSET,
        skip_validation: bool | Unset = UNSET,
    ) -> Empty: ...

    @async_keyword_call
    async def add(
        self,
        instance_profile_arn: str | Unset = UNSET,
        *,
        body: InstanceProfilesAddRequest | Unset = UNSET,
        iam_role_arn: str | Unset = UNSET,
        is_meta_instance_profile: bool | Unset = UNSET,
        skip_validation: bool | Unset = UNSET,
    ) -> Empty:
        """Register an instance profile

        Registers an instance profile so that clusters can launch with it. Admin only. Databricks first checks
        with an AWS dry run that it can launch instances with the profile; `skip_validation` skips that check
        (for failures that are not IAM permission problems). An ARN that is not of the form
        `arn:aws:iam::<account-id>:instance-profile/<name>` (or an `iam_role_arn` not of the form
        `arn:aws:iam::<account-id>:role/<name>`) → INVALID_PARAMETER_VALUE; a profile already registered →
        RESOURCE_ALREADY_EXISTS.


        Args:
            instance_profile_arn (str): ARN of the instance profile, arn:aws:iam::<account-id>:instance-
                profile/<name>.
            iam_role_arn (str | Unset): ARN of the IAM role of the profile, arn:aws:iam::<account-
                id>:role/<name>.
            is_meta_instance_profile (bool | Unset): Use the profile only for IAM credential passthrough (a meta
                role); default false.
            skip_validation (bool | Unset): Skip the AWS dry run that checks Databricks can launch instances
                with the profile.
            body (InstanceProfilesAddRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.instance_profiles_add_request import InstanceProfilesAddRequest

        body = request_body(
            InstanceProfilesAddRequest,
            body,
            {
                "instance_profile_arn": ("instance_profile_arn", instance_profile_arn),
                "iam_role_arn": ("iam_role_arn", iam_role_arn),
                "is_meta_instance_profile": ("is_meta_instance_profile", is_meta_instance_profile),
                "skip_validation": ("skip_validation", skip_validation),
            },
            "AsyncInstanceProfilesService.add",
            True,
        )

        from . import instance_profiles_add as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    async def edit(
        self,
        *,
        body: InstanceProfilesEditRequest,
    ) -> Empty: ...

    @overload
    async def edit(
        self,
        instance_profile_arn: str,
        *,
        iam_role_arn: str | Unset = UNSET,
        is_meta_instance_profile: bool | Unset = UNSET,
    ) -> Empty: ...

    @async_keyword_call
    async def edit(
        self,
        instance_profile_arn: str | Unset = UNSET,
        *,
        body: InstanceProfilesEditRequest | Unset = UNSET,
        iam_role_arn: str | Unset = UNSET,
        is_meta_instance_profile: bool | Unset = UNSET,
    ) -> Empty:
        """Change the IAM role of an instance profile

        Changes the optional `iam_role_arn` (and `is_meta_instance_profile`) of a registered profile; the ARN
        itself cannot change. An absent `iam_role_arn` clears it. The role ARN is needed when the role name and
        the instance profile name differ and the profile serves Databricks SQL Serverless. Admin only. An
        unregistered profile → RESOURCE_DOES_NOT_EXIST (404); a malformed ARN → INVALID_PARAMETER_VALUE.


        Args:
            instance_profile_arn (str): ARN of the instance profile, arn:aws:iam::<account-id>:instance-
                profile/<name>.
            iam_role_arn (str | Unset): ARN of the IAM role of the profile, arn:aws:iam::<account-
                id>:role/<name>.
            is_meta_instance_profile (bool | Unset):
            body (InstanceProfilesEditRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.instance_profiles_edit_request import InstanceProfilesEditRequest

        body = request_body(
            InstanceProfilesEditRequest,
            body,
            {
                "instance_profile_arn": ("instance_profile_arn", instance_profile_arn),
                "iam_role_arn": ("iam_role_arn", iam_role_arn),
                "is_meta_instance_profile": ("is_meta_instance_profile", is_meta_instance_profile),
            },
            "AsyncInstanceProfilesService.edit",
            True,
        )

        from . import instance_profiles_edit as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @async_keyword_call
    async def list(
        self,
    ) -> InstanceProfilesListResponse:
        """List the instance profiles

        Lists the instance profiles the caller can launch clusters with (every registered profile; the mock
        has no per-profile entitlements), in the order they were added. `instance_profiles` is absent when there
        are none. Not paginated. No errors of its own, only the common ones (UNAUTHENTICATED, PERMISSION_DENIED,
        REQUEST_LIMIT_EXCEEDED, INTERNAL_ERROR, TEMPORARILY_UNAVAILABLE).

        """

        from . import instance_profiles_list as _op

        result: InstanceProfilesListResponse = await _acall(
            self._client,
            _op,
            (),
        )
        return result

    @overload
    async def remove(
        self,
        *,
        body: InstanceProfilesRemoveRequest,
    ) -> Empty: ...

    @overload
    async def remove(
        self,
        instance_profile_arn: str,
    ) -> Empty: ...

    @async_keyword_call
    async def remove(
        self,
        instance_profile_arn: str | Unset = UNSET,
        *,
        body: InstanceProfilesRemoveRequest | Unset = UNSET,
    ) -> Empty:
        """Remove an instance profile

        Unregisters an instance profile. Clusters already using it keep working; new clusters cannot name it.
        Admin only. An unregistered profile → RESOURCE_DOES_NOT_EXIST (404); a missing
        `instance_profile_arn` → INVALID_PARAMETER_VALUE.


        Args:
            instance_profile_arn (str): ARN of the profile to remove.
            body (InstanceProfilesRemoveRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.instance_profiles_remove_request import InstanceProfilesRemoveRequest

        body = request_body(
            InstanceProfilesRemoveRequest,
            body,
            {
                "instance_profile_arn": ("instance_profile_arn", instance_profile_arn),
            },
            "AsyncInstanceProfilesService.remove",
            True,
        )

        from . import instance_profiles_remove as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result


__all__ = ("InstanceProfilesService", "AsyncInstanceProfilesService")
