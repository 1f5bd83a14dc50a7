"""Library exceptions. The CLI turns each into one line and exit status 1."""


class ClaimdiffError(Exception):
    """Base of every error a user can cause; its message says what is wrong and how to fix it."""


class InputError(ClaimdiffError):
    """An input file or text cannot be read as an article."""

    def __init__(self, source: str, problem: str):
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class CorpusError(ClaimdiffError):
    """The corpus directory is missing, corrupted, locked or built with another model."""


class ModelError(ClaimdiffError):
    """The embedding model cannot be loaded."""


class ConfigError(ClaimdiffError):
    """A setting is out of range or not one of the allowed values."""
