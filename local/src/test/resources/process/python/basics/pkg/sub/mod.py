"""A handler in a package: `pkg.sub.mod.add` or `pkg/sub/mod.add`."""


def add(event, context):
    return event["a"] + event["b"]
