"""Errors a mock handler raises; the app renders them in the shape of the route's API family."""

from __future__ import annotations


class ApiError(Exception):
    """A Databricks error: HTTP status, error_code and message.

    Rendered as ``{"error_code", "message"}`` on 2.0/2.1 routes, ``{"error": message}`` on 1.2 routes and the
    RFC 7644 error body on SCIM routes (``scim_type`` is used there only).
    """

    def __init__(
        self,
        status: int,
        error_code: str,
        message: str,
        *,
        scim_type: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status} {error_code}: {message}")
        self.status = status
        self.error_code = error_code
        self.message = message
        self.scim_type = scim_type
        self.headers = headers or {}

    @classmethod
    def invalid(cls, message: str) -> ApiError:
        """400 INVALID_PARAMETER_VALUE (also what clusters/jobs/runs get answer for an unknown id)."""
        return cls(400, "INVALID_PARAMETER_VALUE", message)

    @classmethod
    def malformed(cls, message: str) -> ApiError:
        return cls(400, "MALFORMED_REQUEST", message)

    @classmethod
    def invalid_state(cls, message: str) -> ApiError:
        return cls(400, "INVALID_STATE", message)

    @classmethod
    def not_found(cls, message: str) -> ApiError:
        """404 RESOURCE_DOES_NOT_EXIST."""
        return cls(404, "RESOURCE_DOES_NOT_EXIST", message)

    @classmethod
    def already_exists(cls, message: str) -> ApiError:
        """400 RESOURCE_ALREADY_EXISTS (the 2020–22 status; today's SDKs map the code to 409)."""
        return cls(400, "RESOURCE_ALREADY_EXISTS", message)

    @classmethod
    def permission_denied(cls, message: str) -> ApiError:
        return cls(403, "PERMISSION_DENIED", message)

    @classmethod
    def limit_exceeded(cls, message: str) -> ApiError:
        return cls(400, "RESOURCE_LIMIT_EXCEEDED", message)
