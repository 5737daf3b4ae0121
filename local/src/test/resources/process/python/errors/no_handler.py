"""Defines no `handler`: init with `no_handler.handler` fails with Runtime.HandlerNotFound."""


def something_else(event, context):
    return "not the handler"
