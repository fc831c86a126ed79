from enum import StrEnum


class TokenAutoscopeState(StrEnum):
    AUTOSCOPE_STATE_API_NOT_COVERED = "AUTOSCOPE_STATE_API_NOT_COVERED"
    AUTOSCOPE_STATE_BACKFILLED = "AUTOSCOPE_STATE_BACKFILLED"
    AUTOSCOPE_STATE_COMPLETED = "AUTOSCOPE_STATE_COMPLETED"
    AUTOSCOPE_STATE_DISABLED = "AUTOSCOPE_STATE_DISABLED"
    AUTOSCOPE_STATE_RUNNING = "AUTOSCOPE_STATE_RUNNING"
    AUTOSCOPE_STATE_USER_SELECTED = "AUTOSCOPE_STATE_USER_SELECTED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TokenAutoscopeState | None":
        # dbrest: open enum. A value the server added after this client was generated parses into a
        # pseudo-member that equals the string and round-trips through to_dict(); it is never an error.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
