"""The four pagination engines the generated iterators run on (``x-dbrest-paging``; ARCHITECTURE.md), sync and
async:

* an opaque page token (repos, clusters 2.1 list, policy families, jobs 2.2 lists): :func:`iter_token`;
* offset/limit with ``has_more`` (jobs and runs lists of 2.0 and 2.1): :func:`iter_offset`;
* SCIM ``startIndex``/``count`` with ``totalResults``: :func:`iter_scim`;
* a ``next_page`` request body handed back in the response (``clusters/events``): :func:`iter_next_page`.

Each fetches a page only when the previous one has been consumed, so ``next(it)`` costs one request and breaking
out of a loop early costs nothing more. The per-service methods (``ws.repos.iter_repos()``,
``ws.scim.iter_users()`` ...) are generated in ``dbrest._generated``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Hashable, Iterator, Sequence
from typing import Any, TypeVar

from .errors import OperationFailed

P = TypeVar("P")  # a page (response model)
R = TypeVar("R")  # a request (for next_page bodies)
T = TypeVar("T")  # an item

#: More pages than any list has: a server that keeps answering new tokens beyond this is looping.
MAX_PAGES = 100_000


def opt(value: Any) -> Any:
    """A generated model's optional field as a plain value (UNSET → None)."""
    from dbrest_client.types import Unset

    return None if isinstance(value, Unset) else value


def page_size_checked(size: int | None, low: int | None, high: int | None) -> int | None:
    """``size`` when the API accepts it (None: the server's default); ValueError naming the bounds otherwise."""
    if size is not None and ((low is not None and size < low) or (high is not None and size > high)):
        bounds = f"between {low} and {high}" if high is not None else f"at least {low}"
        raise ValueError(f"page_size must be {bounds} (the API's limits), got {size}")
    return size


class _Seen:
    """Drops items already yielded: pages shift when items are added meanwhile (runs are listed newest first)."""

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


class _Tokens:
    """The tokens of one listing: a token answered twice is a server paging in a loop, not more data."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def next(self, token: str | None) -> str | None:
        if not token:
            return None
        if token in self.seen or len(self.seen) >= MAX_PAGES:
            raise OperationFailed(
                f"the server answered next_page_token {token!r} again after {len(self.seen)} pages: it is paging "
                "in a loop; read the pages one at a time with the list call and report it"
            )
        self.seen.add(token)
        return token


def iter_token(
    fetch: Callable[[str | None], P],
    items: Callable[[P], Sequence[T] | None],
    next_token: Callable[[P], str | None],
    *,
    key: Callable[[T], Hashable] | None = None,
    complete: Callable[[T], T] | None = None,
) -> Iterator[T]:
    """Items of pages chained by an opaque token (None for the first page; absent or empty on the last).

    ``key`` skips items seen on an earlier page; ``complete`` replaces each item (e.g. reads one cut short whole).
    Example::

        repos = iter_token(lambda t: svc.list(next_page_token=t or UNSET), lambda p: opt(p.repos),
                           lambda p: opt(p.next_page_token))
    """
    seen, tokens = _Seen(key), _Tokens()
    token: str | None = None
    while True:
        page = fetch(token)
        for item in items(page) or []:
            if seen.fresh(item):
                yield complete(item) if complete is not None else item
        token = tokens.next(next_token(page))
        if token is None:
            return


async def aiter_token(
    fetch: Callable[[str | None], Awaitable[P]],
    items: Callable[[P], Sequence[T] | None],
    next_token: Callable[[P], str | None],
    *,
    key: Callable[[T], Hashable] | None = None,
    complete: Callable[[T], Awaitable[T]] | None = None,
) -> AsyncIterator[T]:
    """The async twin of :func:`iter_token`."""
    seen, tokens = _Seen(key), _Tokens()
    token: str | None = None
    while True:
        page = await fetch(token)
        for item in items(page) or []:
            if seen.fresh(item):
                yield (await complete(item)) if complete is not None else item
        token = tokens.next(next_token(page))
        if token is None:
            return


def iter_offset(
    fetch: Callable[[int, int], P],
    items: Callable[[P], Sequence[T] | None],
    has_more: Callable[[P], bool],
    *,
    limit: int | None,
    offset: int = 0,
    key: Callable[[T], Hashable] | None = None,
) -> Iterator[T]:
    """Items of offset/limit pages; stops when a page says no ``has_more`` or comes back empty.

    ``key`` (e.g. the run id) skips items seen on an earlier page, which happens when new items push old ones down
    between two requests. Example::

        runs = iter_offset(lambda o, n: svc.runs_list(offset=o, limit=n), lambda p: p.runs,
                           lambda p: bool(p.has_more), limit=25, key=lambda r: r.run_id)
    """
    if limit is None or limit <= 0:
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
    limit: int | None,
    offset: int = 0,
    key: Callable[[T], Hashable] | None = None,
) -> AsyncIterator[T]:
    """The async twin of :func:`iter_offset`."""
    if limit is None or limit <= 0:
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


def iter_scim(
    fetch: Callable[[int, int], P],
    items: Callable[[P], Sequence[T] | None],
    total: Callable[[P], float | None],
    *,
    count: int | None,
    start_index: int = 1,
) -> Iterator[T]:
    """Items of SCIM list pages (``startIndex`` is 1-based); stops after ``totalResults`` or an empty page.

    Example::

        users = iter_scim(lambda s, n: svc.users_list(start_index=s, count=n), lambda p: opt(p.resources),
                          lambda p: opt(p.total_results), count=100)
    """
    if count is None or count <= 0:
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
    total: Callable[[P], float | None],
    *,
    count: int | None,
    start_index: int = 1,
) -> AsyncIterator[T]:
    """The async twin of :func:`iter_scim`."""
    if count is None or count <= 0:
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


def iter_next_page(
    first: Callable[[], P],
    fetch: Callable[[R], P],
    items: Callable[[P], Sequence[T] | None],
    next_request: Callable[[P], R | None],
) -> Iterator[T]:
    """Items of pages where each response carries the request for the next page (absent on the last).

    Example::

        events = iter_next_page(lambda: svc.events(cluster_id=cid), lambda r: svc.events(body=r),
                                lambda p: opt(p.events), lambda p: opt(p.next_page))
    """
    page = first()
    while True:
        yield from items(page) or []
        request = next_request(page)
        if request is None:
            return
        page = fetch(request)


async def aiter_next_page(
    first: Callable[[], Awaitable[P]],
    fetch: Callable[[R], Awaitable[P]],
    items: Callable[[P], Sequence[T] | None],
    next_request: Callable[[P], R | None],
) -> AsyncIterator[T]:
    """The async twin of :func:`iter_next_page`."""
    page = await first()
    while True:
        for item in items(page) or []:
            yield item
        request = next_request(page)
        if request is None:
            return
        page = await fetch(request)
