"""Deliberately broken: init fails with Runtime.UserCodeSyntaxError."""


def handler(event, context)
    return event
