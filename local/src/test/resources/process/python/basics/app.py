"""Handlers for the bootstrap tests."""
import logging
import os

logger = logging.getLogger()
invocations = 0  # module state: survives from one invocation to the next in a warm environment


def echo(event, context):
    global invocations
    invocations += 1
    return {"event": event, "invocations": invocations}


def nothing(event, context):
    return None


def context_fields(event, context):
    client_context = context.client_context
    return {
        "function_name": context.function_name,
        "function_version": context.function_version,
        "invoked_function_arn": context.invoked_function_arn,
        "memory_limit_in_mb": context.memory_limit_in_mb,
        "aws_request_id": context.aws_request_id,
        "log_group_name": context.log_group_name,
        "log_stream_name": context.log_stream_name,
        "remaining_time_in_millis": context.get_remaining_time_in_millis(),
        "client_context_custom": client_context.custom if client_context else None,
        "cognito_identity_id": context.identity.cognito_identity_id,
        "cognito_identity_pool_id": context.identity.cognito_identity_pool_id,
        "trace_id": os.environ.get("_X_AMZN_TRACE_ID"),
    }


def logs(event, context):
    logger.setLevel(logging.INFO)
    print("plain print")
    logger.info("hello %s", event["name"])
    logger.warning("careful")
    logger.debug("details")
    return "logged"
