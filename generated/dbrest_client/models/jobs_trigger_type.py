from enum import StrEnum


class JobsTriggerType(StrEnum):
    CONTINUOUS = "CONTINUOUS"
    CONTINUOUS_RESTART = "CONTINUOUS_RESTART"
    FILE_ARRIVAL = "FILE_ARRIVAL"
    JOB_COMPLETION = "JOB_COMPLETION"
    ONE_TIME = "ONE_TIME"
    PERIODIC = "PERIODIC"
    RETRY = "RETRY"
    RUN_JOB_TASK = "RUN_JOB_TASK"
    TABLE = "TABLE"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "JobsTriggerType | None":
        # dbrest: open enum. A value the server added after this client was generated parses into a
        # pseudo-member that equals the string and round-trips through to_dict(); it is never an error.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
