"""One way to patch a moto method: run a check on its bound arguments before the original."""

import functools
import inspect
from typing import Any, Callable


def check_before(cls: type, name: str, check: Callable[[dict[str, Any]], None]) -> None:
    """Replaces `cls.name` with a method that calls `check(arguments by name)` first."""
    original = getattr(cls, name)
    signature = inspect.signature(original)

    @functools.wraps(original)
    def patched(*args: Any, **kwargs: Any) -> Any:
        bound = signature.bind(*args, **kwargs)
        bound.apply_defaults()
        check(bound.arguments)
        return original(*args, **kwargs)

    setattr(cls, name, patched)
