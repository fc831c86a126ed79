"""Jobs API 2.2 paging: whole jobs and runs out of their 100-item pages, and lazy lists over page tokens.

Jobs 2.2 answers at most 100 tasks, job_clusters, parameters and environments per ``jobs/get`` call and at most
100 tasks (or for-each iterations), job_clusters, job_parameters and repair history items per ``runs/get``
call; ``next_page_token`` asks for the next 100 (the other fields repeat). These helpers concatenate the pages
the way databricks-sdk 0.162.0's ``JobsExt`` does, so a caller of ``ws.jobs.get`` / ``ws.jobs.runs_get`` sees the
whole job or run. (The lists' own paging, and reading a listed job cut short whole, is ``x-dbrest-paging``.)
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from .paging import Tokens
from .paging import opt as _opt

T = TypeVar("T")

JOB_ARRAYS = ("tasks", "job_clusters", "parameters", "environments")
RUN_ARRAYS = ("job_clusters", "job_parameters", "repair_history")
#: More pages than a job or run can have (100 tasks per page, at most a few thousand tasks): a server that
#: keeps answering new tokens beyond this is looping.
MAX_PAGES = 1000


def _concat(target: Any, page: Any, names: tuple[str, ...]) -> None:
    from dbrest_client.types import UNSET

    for name in names:
        more = _opt(getattr(page, name, UNSET))
        if more:
            setattr(target, name, [*(_opt(getattr(target, name)) or []), *more])


def merge_job_page(job: Any, page: Any) -> None:
    """Append the arrays of a later ``jobs/get`` page to ``job``."""
    if _opt(job.settings) is not None and _opt(page.settings) is not None:
        _concat(job.settings, page.settings, JOB_ARRAYS)


def merge_run_page(run: Any, page: Any, *, iterations: bool) -> None:
    """Append the arrays of a later ``runs/get`` page to ``run``: iterations of a for-each task run, else tasks."""
    _concat(run, page, ("iterations",) if iterations else ("tasks",))
    _concat(run, page, RUN_ARRAYS)


def _token(item: Any) -> str | None:
    return _opt(item.next_page_token)  # type: ignore[no-any-return]


def _done(item: Any) -> Any:
    from dbrest_client.types import UNSET

    item.next_page_token = UNSET
    if hasattr(item, "has_more"):
        item.has_more = UNSET
    return item


def whole_job(fetch: Callable[[str | None], T]) -> T:
    """``fetch(None)`` and every later page, merged into the first."""
    job = fetch(None)
    pages = Tokens("jobs/get", MAX_PAGES)
    token = pages.next(_token(job))
    while token is not None:
        page = fetch(token)
        merge_job_page(job, page)
        token = pages.next(_token(page))
    return _done(job)  # type: ignore[no-any-return]


async def whole_job_async(fetch: Callable[[str | None], Awaitable[T]]) -> T:
    """The async twin of :func:`whole_job`."""
    job = await fetch(None)
    pages = Tokens("jobs/get", MAX_PAGES)
    token = pages.next(_token(job))
    while token is not None:
        page = await fetch(token)
        merge_job_page(job, page)
        token = pages.next(_token(page))
    return _done(job)  # type: ignore[no-any-return]


def whole_run(fetch: Callable[[str | None], T]) -> T:
    """``fetch(None)`` and every later page, merged into the first (iterations of a for-each task run)."""
    run = fetch(None)
    iterations = bool(_opt(getattr(run, "iterations", None)))
    pages = Tokens("runs/get", MAX_PAGES)
    token = pages.next(_token(run))
    while token is not None:
        page = fetch(token)
        merge_run_page(run, page, iterations=iterations)
        token = pages.next(_token(page))
    return _done(run)  # type: ignore[no-any-return]


async def whole_run_async(fetch: Callable[[str | None], Awaitable[T]]) -> T:
    """The async twin of :func:`whole_run`."""
    run = await fetch(None)
    iterations = bool(_opt(getattr(run, "iterations", None)))
    pages = Tokens("runs/get", MAX_PAGES)
    token = pages.next(_token(run))
    while token is not None:
        page = await fetch(token)
        merge_run_page(run, page, iterations=iterations)
        token = pages.next(_token(page))
    return _done(run)  # type: ignore[no-any-return]
