"""Git Credentials API 2.0 (api-inventory §1.19; shapes of databricks-sdk 0.162.0 ``GitCredentialsAPI``).

A credential is a Git provider's personal access token kept for one principal (the caller, or with
``principal_id`` a service principal, which only admins, its managers here, may act for: PERMISSION_DENIED
otherwise; an unknown one gives RESOURCE_DOES_NOT_EXIST). Rules: one credential per principal per Git provider
(the provider compared case-insensitively and stored in its canonical spelling); a second one gives
RESOURCE_ALREADY_EXISTS, as does an update that moves a credential to a provider the principal already has one
for. The token is stored and never returned. An update (PATCH) replaces every field (``git_provider`` is
required; fields left out are cleared) except the token, which is kept when left out. Ids are int64; an id of
another principal's credential is RESOURCE_DOES_NOT_EXIST, like an unknown one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import ApiError
from ..service import Request, Service, operation
from .repos import PROVIDER_BY_KEY, PROVIDERS

#: The fields a create or update sets (besides the provider and the token).
FIELDS = ("git_username", "git_email", "name")


@dataclass
class Credential:
    credential_id: int
    owner: str
    git_provider: str
    personal_access_token: str | None
    is_default_for_provider: bool
    fields: dict[str, str]

    def info(self) -> dict[str, Any]:
        return {
            "credential_id": self.credential_id,
            "git_provider": self.git_provider,
            **self.fields,
            "is_default_for_provider": self.is_default_for_provider,
        }


class GitCredentialsService(Service):
    name = "git-credentials"

    def reset(self) -> None:
        self.credentials: dict[int, Credential] = {}

    # --- Python API for other services ----------------------------------------------------------------------

    def token_for(self, principal: str, provider: str) -> str | None:
        """The stored token of ``principal`` for ``provider`` (what a repo clone would use); None if none."""
        key = provider.lower()
        for c in self.credentials.values():
            if c.owner == principal and c.git_provider.lower() == key:
                return c.personal_access_token
        return None

    # --- helpers --------------------------------------------------------------------------------------------

    def _principal(self, req: Request) -> str:
        """Whose credentials the call is about: the caller, or the service principal ``principal_id``."""
        principal_id = req.params.get("principal_id")
        if principal_id is None:
            return req.user
        if not self.env.is_admin(req.user):
            raise ApiError.permission_denied(
                f"User {req.user} cannot manage the Git credentials of service principal {principal_id}."
            )
        scim = self.env.services.get("scim")
        sps: dict[str, dict[str, Any]] = getattr(scim, "sps", {})
        sp = sps.get(str(principal_id))
        if sp is None:
            raise ApiError.not_found(f"Service principal {principal_id} does not exist.")
        return str(sp["applicationId"])

    @staticmethod
    def _provider(raw: str) -> str:
        provider = PROVIDER_BY_KEY.get(raw.lower())
        if provider is None:
            raise ApiError.invalid(f"Invalid Git provider {raw!r}; use one of {', '.join(PROVIDERS)}.")
        return provider

    def _find(self, req: Request) -> Credential:
        credential_id = req.params["credential_id"]
        owner = self._principal(req)
        found = self.credentials.get(credential_id)
        if found is None or found.owner != owner:
            raise ApiError.not_found(f"Git credential with id {credential_id} does not exist.")
        return found

    def _check_unique(self, owner: str, provider: str, except_id: int | None = None) -> None:
        for c in self.credentials.values():
            if c.owner == owner and c.git_provider == provider and c.credential_id != except_id:
                raise ApiError.already_exists(
                    f"A Git credential for {provider} already exists (id {c.credential_id}); "
                    "update or delete it instead of creating another."
                )

    @staticmethod
    def _fields(params: dict[str, Any]) -> dict[str, str]:
        return {k: params[k] for k in FIELDS if params.get(k) is not None}

    # --- operations -----------------------------------------------------------------------------------------

    @operation("gitCredentialsCreate")
    def create(self, req: Request) -> dict[str, Any]:
        owner = self._principal(req)
        provider = self._provider(req.params["git_provider"])
        self._check_unique(owner, provider)
        credential = Credential(
            credential_id=self.env.next_id("git-credentials", start=1001),
            owner=owner,
            git_provider=provider,
            personal_access_token=req.params.get("personal_access_token"),
            # The one credential of a provider is its default unless the caller says otherwise.
            is_default_for_provider=bool(req.params.get("is_default_for_provider", True)),
            fields=self._fields(req.params),
        )
        self.credentials[credential.credential_id] = credential
        return credential.info()

    @operation("gitCredentialsList")
    def list_credentials(self, req: Request) -> dict[str, Any]:
        owner = self._principal(req)
        found = [c.info() for c in self.credentials.values() if c.owner == owner]
        return {"credentials": found} if found else {}

    @operation("gitCredentialsGet")
    def get(self, req: Request) -> dict[str, Any]:
        return self._find(req).info()

    @operation("gitCredentialsUpdate")
    def update(self, req: Request) -> dict[str, Any]:
        credential = self._find(req)
        provider = self._provider(req.params["git_provider"])
        self._check_unique(credential.owner, provider, except_id=credential.credential_id)
        credential.git_provider = provider
        credential.fields = self._fields(req.params)
        if req.params.get("personal_access_token") is not None:
            credential.personal_access_token = req.params["personal_access_token"]
        if req.params.get("is_default_for_provider") is not None:
            credential.is_default_for_provider = bool(req.params["is_default_for_provider"])
        return {}

    @operation("gitCredentialsDelete")
    def delete(self, req: Request) -> dict[str, Any]:
        credential = self._find(req)
        del self.credentials[credential.credential_id]
        return {}
