from enum import StrEnum


class JobsDbtPlatformRunStatus(StrEnum):
    CANCELLED = "CANCELLED"
    ERROR = "ERROR"
    QUEUED = "QUEUED"
    RUNNING = "RUNNING"
    STARTING = "STARTING"
    SUCCESS = "SUCCESS"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "JobsDbtPlatformRunStatus | None":
        # dbrest: open enum. A value the server added after this client was generated parses into a
        # pseudo-member that equals the string and round-trips through to_dict(); it is never an error.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
