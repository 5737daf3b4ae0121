"""Handlers that fail at invocation time. The other modules here fail at init (see their names)."""


class ValidationError(Exception):
    pass


def handler(event, context):
    raise ValueError(event.get("message", "boom"))


def validation(event, context):
    raise ValidationError("amount must be positive")
