"""Lazy iterators over Databricks' four pagination styles, sync and async.

* offset/limit with ``has_more`` (jobs and runs lists, 2.0 and 2.1): :func:`iter_offset`;
* a ``next_page`` request body handed back in the response (``clusters/events``): :func:`iter_next_page`;
* SCIM ``startIndex``/``count`` with ``totalResults``: :func:`iter_scim`;
* an opaque ``next_page_token`` (repos, clusters 2.1 list, policy families): :func:`iter_token`.

Each fetches a page only when the previous one has been consumed, so ``next(it)`` costs one request and
breaking out of a loop early costs nothing more. The service overlays build on these (``ws.jobs.iter_jobs()``,
``ws.clusters.iter_events(...)``, ``ws.repos.iter_repos()``, ``ws.scim.iter_users()``); this module also holds
the repos, policy families and SCIM overlays, whose only additions are their iterators.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Hashable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from dbrest_client.api.policy_families import AsyncPolicyFamiliesService as _GeneratedAsyncPolicyFamiliesService
from dbrest_client.api.policy_families import PolicyFamiliesService as _GeneratedPolicyFamiliesService
from dbrest_client.api.repos import AsyncReposService as _GeneratedAsyncReposService
from dbrest_client.api.repos import ReposService as _GeneratedReposService
from dbrest_client.api.scim import AsyncScimService as _GeneratedAsyncScimService
from dbrest_client.api.scim import ScimService as _GeneratedScimService

if TYPE_CHECKING:
    from dbrest_client.models.policy_family import PolicyFamily
    from dbrest_client.models.repo_info import RepoInfo
    from dbrest_client.models.scim_group import ScimGroup
    from dbrest_client.models.scim_service_principal import ScimServicePrincipal
    from dbrest_client.models.scim_user import ScimUser
    from dbrest_client.types import Unset

P = TypeVar("P")  # a page (response model)
R = TypeVar("R")  # a request (for next_page bodies)
T = TypeVar("T")  # an item

#: SCIM servers may cap ``count``; Databricks answers at most this many per page by default.
SCIM_PAGE = 100


class _Seen:
    """Drops items already yielded: offset pages shift when items are added meanwhile (runs newest first)."""

    def __init__(self, key: Callable[[Any], Hashable] | None) -> None:
        self._key = key
        self._seen: set[Hashable] = set()

    def fresh(self, item: Any) -> bool:
        if self._key is None:
            return True
        k = self._key(item)
        if k in self._seen:
            return False
        self._seen.add(k)
        return True


def iter_offset(
    fetch: Callable[[int, int], P],
    items: Callable[[P], Sequence[T] | None],
    has_more: Callable[[P], bool],
    *,
    limit: int,
    offset: int = 0,
    key: Callable[[T], Hashable] | None = None,
) -> Iterator[T]:
    """Items of offset/limit pages; stops when a page says no ``has_more`` or comes back empty.

    ``key`` (e.g. the run id) skips items seen on an earlier page, which happens when new items push old
    ones down between two requests. Example::

        runs = iter_offset(lambda o, n: svc.runs_list(offset=o, limit=n), lambda p: p.runs,
                           lambda p: bool(p.has_more), limit=25, key=lambda r: r.run_id)
    """
    if limit <= 0:
        raise ValueError("limit (the page size) must be positive")
    seen = _Seen(key)
    while True:
        page = fetch(offset, limit)
        batch = items(page) or []
        for item in batch:
            if seen.fresh(item):
                yield item
        if not batch or not has_more(page):
            return
        offset += len(batch)


async def aiter_offset(
    fetch: Callable[[int, int], Awaitable[P]],
    items: Callable[[P], Sequence[T] | None],
    has_more: Callable[[P], bool],
    *,
    limit: int,
    offset: int = 0,
    key: Callable[[T], Hashable] | None = None,
) -> AsyncIterator[T]:
    """The async twin of :func:`iter_offset`."""
    if limit <= 0:
        raise ValueError("limit (the page size) must be positive")
    seen = _Seen(key)
    while True:
        page = await fetch(offset, limit)
        batch = items(page) or []
        for item in batch:
            if seen.fresh(item):
                yield item
        if not batch or not has_more(page):
            return
        offset += len(batch)


def iter_next_page(
    first: R,
    fetch: Callable[[R], P],
    items: Callable[[P], Sequence[T] | None],
    next_request: Callable[[P], R | None],
) -> Iterator[T]:
    """Items of pages where each response carries the request for the next page (absent on the last).

    Example::

        events = iter_next_page(ClustersEventsRequest(cluster_id=cid), lambda r: svc.events(body=r),
                                lambda p: p.events, lambda p: p.next_page or None)
    """
    request: R | None = first
    while request is not None:
        page = fetch(request)
        yield from items(page) or []
        request = next_request(page)


async def aiter_next_page(
    first: R,
    fetch: Callable[[R], Awaitable[P]],
    items: Callable[[P], Sequence[T] | None],
    next_request: Callable[[P], R | None],
) -> AsyncIterator[T]:
    """The async twin of :func:`iter_next_page`."""
    request: R | None = first
    while request is not None:
        page = await fetch(request)
        for item in items(page) or []:
            yield item
        request = next_request(page)


def iter_scim(
    fetch: Callable[[int, int], P],
    items: Callable[[P], Sequence[T] | None],
    total: Callable[[P], int | None],
    *,
    count: int = SCIM_PAGE,
    start_index: int = 1,
) -> Iterator[T]:
    """Items of SCIM list pages (``startIndex`` is 1-based); stops after ``totalResults`` or an empty page.

    Example::

        users = iter_scim(lambda s, n: svc.list_users(start_index=s, count=n), lambda p: p.resources,
                          lambda p: p.total_results)
    """
    if count <= 0:
        raise ValueError("count (the page size) must be positive")
    while True:
        page = fetch(start_index, count)
        batch = items(page) or []
        yield from batch
        start_index += len(batch)
        known = total(page)
        if not batch or (known is not None and start_index > known):
            return


async def aiter_scim(
    fetch: Callable[[int, int], Awaitable[P]],
    items: Callable[[P], Sequence[T] | None],
    total: Callable[[P], int | None],
    *,
    count: int = SCIM_PAGE,
    start_index: int = 1,
) -> AsyncIterator[T]:
    """The async twin of :func:`iter_scim`."""
    if count <= 0:
        raise ValueError("count (the page size) must be positive")
    while True:
        page = await fetch(start_index, count)
        batch = items(page) or []
        for item in batch:
            yield item
        start_index += len(batch)
        known = total(page)
        if not batch or (known is not None and start_index > known):
            return


def iter_token(
    fetch: Callable[[str | None], P],
    items: Callable[[P], Sequence[T] | None],
    next_token: Callable[[P], str | None],
) -> Iterator[T]:
    """Items of pages chained by an opaque token (None for the first page; absent or empty on the last).

    Example::

        repos = iter_token(lambda t: svc.list(next_page_token=t or UNSET), lambda p: p.repos,
                           lambda p: p.next_page_token or None)
    """
    token: str | None = None
    while True:
        page = fetch(token)
        yield from items(page) or []
        token = next_token(page)
        if not token:
            return


async def aiter_token(
    fetch: Callable[[str | None], Awaitable[P]],
    items: Callable[[P], Sequence[T] | None],
    next_token: Callable[[P], str | None],
) -> AsyncIterator[T]:
    """The async twin of :func:`iter_token`."""
    token: str | None = None
    while True:
        page = await fetch(token)
        for item in items(page) or []:
            yield item
        token = next_token(page)
        if not token:
            return


def _opt(value: Any) -> Any:
    """A generated model's optional field as a plain value (UNSET → None)."""
    from dbrest_client.types import Unset

    return None if isinstance(value, Unset) else value


# --- repos -----------------------------------------------------------------------------------------------


class ReposService(_GeneratedReposService):
    """``ws.repos``: every generated Repos operation plus :meth:`iter_repos`."""

    def iter_repos(self, *, path_prefix: str | None = None) -> Iterator[RepoInfo]:
        """Every repo the caller can manage (optionally under ``path_prefix``), 20 per request, lazily.

        Example::

            for repo in ws.repos.iter_repos(path_prefix="/Repos/me@example.com"):
                print(repo.id, repo.path, repo.branch)
        """
        from dbrest_client.types import UNSET

        prefix = path_prefix if path_prefix is not None else UNSET
        return iter_token(
            lambda token: self.list(path_prefix=prefix, next_page_token=token if token else UNSET),
            lambda page: _opt(page.repos),
            lambda page: _opt(page.next_page_token),
        )


class AsyncReposService(_GeneratedAsyncReposService):
    """``AsyncWorkspace.repos``: the async Repos operations plus :meth:`iter_repos`."""

    def iter_repos(self, *, path_prefix: str | None = None) -> AsyncIterator[RepoInfo]:
        """The async twin of :meth:`ReposService.iter_repos`: ``async for repo in ws.repos.iter_repos(): ...``."""
        from dbrest_client.types import UNSET

        prefix = path_prefix if path_prefix is not None else UNSET
        return aiter_token(
            lambda token: self.list(path_prefix=prefix, next_page_token=token if token else UNSET),
            lambda page: _opt(page.repos),
            lambda page: _opt(page.next_page_token),
        )


# --- policy families -------------------------------------------------------------------------------------


class PolicyFamiliesService(_GeneratedPolicyFamiliesService):
    """``ws.policy_families``: the generated Policy Families operations plus :meth:`iter_families`."""

    def iter_families(self, *, page_size: int | None = None) -> Iterator[PolicyFamily]:
        """Every policy family at its latest version, ``page_size`` per request (default: the server's), lazily.

        Example::

            for family in ws.policy_families.iter_families():
                print(family.policy_family_id, family.name)
        """
        from dbrest_client.types import UNSET

        size = page_size if page_size is not None else UNSET
        return iter_token(
            lambda token: self.list(max_results=size, page_token=token if token else UNSET),
            lambda page: _opt(page.policy_families),
            lambda page: _opt(page.next_page_token),
        )


class AsyncPolicyFamiliesService(_GeneratedAsyncPolicyFamiliesService):
    """``AsyncWorkspace.policy_families``: the async operations plus :meth:`iter_families`."""

    def iter_families(self, *, page_size: int | None = None) -> AsyncIterator[PolicyFamily]:
        """The async twin of :meth:`PolicyFamiliesService.iter_families`."""
        from dbrest_client.types import UNSET

        size = page_size if page_size is not None else UNSET
        return aiter_token(
            lambda token: self.list(max_results=size, page_token=token if token else UNSET),
            lambda page: _opt(page.policy_families),
            lambda page: _opt(page.next_page_token),
        )


# --- SCIM ------------------------------------------------------------------------------------------------


def _u(value: T | None) -> T | Unset:
    """An optional argument as the generated facades take it (None → UNSET), keeping its type."""
    from dbrest_client.types import UNSET

    return UNSET if value is None else value


def _resources(page: Any) -> Any:
    return _opt(page.resources)


def _total(page: Any) -> int | None:
    total = _opt(page.total_results)
    return None if total is None else int(total)


class ScimService(_GeneratedScimService):
    """``ws.scim``: every generated SCIM operation plus lazy :meth:`iter_users`, :meth:`iter_groups` and
    :meth:`iter_service_principals` (``startIndex``/``count`` pages until ``totalResults``)."""

    def iter_users(
        self,
        *,
        filter: str | None = None,
        attributes: str | None = None,
        excluded_attributes: str | None = None,
        sort_by: str | None = None,
        sort_order: str | None = None,
        page_size: int = SCIM_PAGE,
    ) -> Iterator[ScimUser]:
        """Every user matching ``filter`` (e.g. ``'userName sw "a"'``), ``page_size`` per request, lazily.

        Example::

            admins = [u.user_name for u in ws.scim.iter_users(filter='userName co "admin"')]
        """
        from dbrest_client.models.scim_users_list_sort_by import ScimUsersListSortBy
        from dbrest_client.models.scim_users_list_sort_order import ScimUsersListSortOrder

        by = None if sort_by is None else ScimUsersListSortBy(sort_by)
        order = None if sort_order is None else ScimUsersListSortOrder(sort_order)
        return iter_scim(
            lambda start, count: self.users_list(
                start_index=start,
                count=count,
                filter_=_u(filter),
                attributes=_u(attributes),
                excluded_attributes=_u(excluded_attributes),
                sort_by=_u(by),
                sort_order=_u(order),
            ),
            _resources,
            _total,
            count=page_size,
        )

    def iter_groups(
        self,
        *,
        filter: str | None = None,
        attributes: str | None = None,
        excluded_attributes: str | None = None,
        sort_by: str | None = None,
        sort_order: str | None = None,
        page_size: int = SCIM_PAGE,
    ) -> Iterator[ScimGroup]:
        """Every group matching ``filter`` (e.g. ``'displayName eq "data"'``), lazily."""
        from dbrest_client.models.scim_groups_list_sort_by import ScimGroupsListSortBy
        from dbrest_client.models.scim_groups_list_sort_order import ScimGroupsListSortOrder

        by = None if sort_by is None else ScimGroupsListSortBy(sort_by)
        order = None if sort_order is None else ScimGroupsListSortOrder(sort_order)
        return iter_scim(
            lambda start, count: self.groups_list(
                start_index=start,
                count=count,
                filter_=_u(filter),
                attributes=_u(attributes),
                excluded_attributes=_u(excluded_attributes),
                sort_by=_u(by),
                sort_order=_u(order),
            ),
            _resources,
            _total,
            count=page_size,
        )

    def iter_service_principals(
        self,
        *,
        filter: str | None = None,
        attributes: str | None = None,
        excluded_attributes: str | None = None,
        sort_by: str | None = None,
        sort_order: str | None = None,
        page_size: int = SCIM_PAGE,
    ) -> Iterator[ScimServicePrincipal]:
        """Every service principal matching ``filter`` (e.g. ``'applicationId eq "<uuid>"'``), lazily."""
        from dbrest_client.models.scim_service_principals_list_sort_by import ScimServicePrincipalsListSortBy
        from dbrest_client.models.scim_service_principals_list_sort_order import ScimServicePrincipalsListSortOrder

        by = None if sort_by is None else ScimServicePrincipalsListSortBy(sort_by)
        order = None if sort_order is None else ScimServicePrincipalsListSortOrder(sort_order)
        return iter_scim(
            lambda start, count: self.service_principals_list(
                start_index=start,
                count=count,
                filter_=_u(filter),
                attributes=_u(attributes),
                excluded_attributes=_u(excluded_attributes),
                sort_by=_u(by),
                sort_order=_u(order),
            ),
            _resources,
            _total,
            count=page_size,
        )


class AsyncScimService(_GeneratedAsyncScimService):
    """``AsyncWorkspace.scim``: the async SCIM operations plus the same lazy iterators (``async for``)."""

    def iter_users(
        self,
        *,
        filter: str | None = None,
        attributes: str | None = None,
        excluded_attributes: str | None = None,
        sort_by: str | None = None,
        sort_order: str | None = None,
        page_size: int = SCIM_PAGE,
    ) -> AsyncIterator[ScimUser]:
        """The async twin of :meth:`ScimService.iter_users`."""
        from dbrest_client.models.scim_users_list_sort_by import ScimUsersListSortBy
        from dbrest_client.models.scim_users_list_sort_order import ScimUsersListSortOrder

        by = None if sort_by is None else ScimUsersListSortBy(sort_by)
        order = None if sort_order is None else ScimUsersListSortOrder(sort_order)
        return aiter_scim(
            lambda start, count: self.users_list(
                start_index=start,
                count=count,
                filter_=_u(filter),
                attributes=_u(attributes),
                excluded_attributes=_u(excluded_attributes),
                sort_by=_u(by),
                sort_order=_u(order),
            ),
            _resources,
            _total,
            count=page_size,
        )

    def iter_groups(
        self,
        *,
        filter: str | None = None,
        attributes: str | None = None,
        excluded_attributes: str | None = None,
        sort_by: str | None = None,
        sort_order: str | None = None,
        page_size: int = SCIM_PAGE,
    ) -> AsyncIterator[ScimGroup]:
        """The async twin of :meth:`ScimService.iter_groups`."""
        from dbrest_client.models.scim_groups_list_sort_by import ScimGroupsListSortBy
        from dbrest_client.models.scim_groups_list_sort_order import ScimGroupsListSortOrder

        by = None if sort_by is None else ScimGroupsListSortBy(sort_by)
        order = None if sort_order is None else ScimGroupsListSortOrder(sort_order)
        return aiter_scim(
            lambda start, count: self.groups_list(
                start_index=start,
                count=count,
                filter_=_u(filter),
                attributes=_u(attributes),
                excluded_attributes=_u(excluded_attributes),
                sort_by=_u(by),
                sort_order=_u(order),
            ),
            _resources,
            _total,
            count=page_size,
        )

    def iter_service_principals(
        self,
        *,
        filter: str | None = None,
        attributes: str | None = None,
        excluded_attributes: str | None = None,
        sort_by: str | None = None,
        sort_order: str | None = None,
        page_size: int = SCIM_PAGE,
    ) -> AsyncIterator[ScimServicePrincipal]:
        """The async twin of :meth:`ScimService.iter_service_principals`."""
        from dbrest_client.models.scim_service_principals_list_sort_by import ScimServicePrincipalsListSortBy
        from dbrest_client.models.scim_service_principals_list_sort_order import ScimServicePrincipalsListSortOrder

        by = None if sort_by is None else ScimServicePrincipalsListSortBy(sort_by)
        order = None if sort_order is None else ScimServicePrincipalsListSortOrder(sort_order)
        return aiter_scim(
            lambda start, count: self.service_principals_list(
                start_index=start,
                count=count,
                filter_=_u(filter),
                attributes=_u(attributes),
                excluded_attributes=_u(excluded_attributes),
                sort_by=_u(by),
                sort_order=_u(order),
            ),
            _resources,
            _total,
            count=page_size,
        )
