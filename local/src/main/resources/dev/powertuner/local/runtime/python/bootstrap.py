"""Local Lambda's Python bootstrap: one execution environment speaking the Lambda Runtime API.

Started as `python3 -u bootstrap.py` with cwd = LAMBDA_TASK_ROOT; everything else comes from the environment.
Python 3.9-3.14, standard library only. Behaviour follows the managed runtime (aws-lambda-python-runtime-interface-client)
where user code can observe it; deliberate differences are noted where they happen.
"""
import decimal
import http.client
import importlib
import json
import logging
import os
import sys
import time
import traceback
from types import SimpleNamespace

API = "/2018-06-01/runtime"
ERROR_TYPE_HEADER = "Lambda-Runtime-Function-Error-Type"
JSON_LOGS = os.environ.get("AWS_LAMBDA_LOG_FORMAT", "").upper() == "JSON"
# Lambda's application log levels, as names of Python's levels.
LOG_LEVELS = {"TRACE": "DEBUG", "DEBUG": "DEBUG", "INFO": "INFO", "WARN": "WARNING", "ERROR": "ERROR", "FATAL": "CRITICAL"}
current_request_id = None  # read by the logging filter


class Fault(Exception):
    """A failure the runtime itself names (Runtime.*), carrying Lambda's message and optional trace."""

    def __init__(self, error_type, message, trace=None):
        super().__init__(message)
        self.error_type, self.message, self.trace = "Runtime." + error_type, message, trace


class RuntimeApi:
    """One kept-alive connection; the Runtime API is strictly one request at a time."""

    def __init__(self, address):
        host, port = address.rsplit(":", 1)
        self.connection = http.client.HTTPConnection(host, int(port))  # no timeout: /next is a long poll

    def call(self, method, path, body=None, headers=None):
        for attempt in (1, 2):
            try:
                self.connection.request(method, API + path, body=body, headers=headers or {})
                response = self.connection.getresponse()
                return response, response.read()
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                # The server may have closed the idle connection during a long invocation: retry once on a new one.
                self.connection.close()
                if attempt == 2:
                    raise

    def post(self, path, payload, error_type=None):
        headers = {"Content-Type": "application/json"}
        if error_type:
            headers[ERROR_TYPE_HEADER] = error_type
        self.call("POST", path, payload if isinstance(payload, bytes) else payload.encode("utf-8"), headers)


# ---- logging: the root logger as the managed runtime configures it --------------------------------------------------
class RequestIdFilter(logging.Filter):
    def filter(self, record):
        record.aws_request_id = current_request_id or ""
        return True


class JsonFormatter(logging.Formatter):
    RESERVED = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"aws_request_id", "message", "asctime"}

    def format(self, record):
        created = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
        result = {
            "timestamp": "%s.%03dZ" % (created, record.msecs),
            "level": logging.getLevelName(min(50, max(0, record.levelno)) // 10 * 10),
            "message": record.getMessage(),
            "logger": record.name,
            "requestId": record.aws_request_id,
        }
        if record.exc_info:
            result.update(errorType=record.exc_info[0].__name__, errorMessage=str(record.exc_info[1]),
                          stackTrace=traceback.format_tb(record.exc_info[2]),
                          location="%s:%s:%s" % (record.pathname, record.funcName, record.lineno))
        # `extra=` fields become top-level keys, as in Lambda's JSON logs.
        result.update((k, v) for k, v in vars(record).items() if k not in self.RESERVED and k not in result)
        return json.dumps({k: v for k, v in result.items() if v is not None}, default=str, ensure_ascii=False) + "\n"


class StdoutHandler(logging.Handler):
    def emit(self, record):
        sys.stdout.write(self.format(record))  # the formats end with "\n" themselves


def setup_logging():
    handler = StdoutHandler()
    handler.addFilter(RequestIdFilter())
    if JSON_LOGS:
        handler.setFormatter(JsonFormatter())
    else:
        formatter = logging.Formatter(
            "[%(levelname)s]\t%(asctime)s.%(msecs)03dZ\t%(aws_request_id)s\t%(message)s\n", "%Y-%m-%dT%H:%M:%S")
        formatter.converter = time.gmtime
        handler.setFormatter(formatter)
    root = logging.getLogger()
    root.addHandler(handler)
    # Lambda sets AWS_LAMBDA_LOG_LEVEL (INFO by default) whenever the format is JSON; assume the same if the caller
    # did not. Otherwise the root logger keeps Python's WARNING, as in Lambda.
    level = os.environ.get("AWS_LAMBDA_LOG_LEVEL", "INFO" if JSON_LOGS else "").upper()
    if level in LOG_LEVELS:
        root.setLevel(LOG_LEVELS[level])


# ---- errors ----------------------------------------------------------------------------------------------------------
def error_document(exc):
    if isinstance(exc, Fault):
        return {"errorMessage": exc.message, "errorType": exc.error_type, "stackTrace": exc.trace or []}
    frames = traceback.extract_tb(exc.__traceback__)
    while frames and frames[0].filename.endswith("bootstrap.py"):  # the user's frames only, as in Lambda
        frames = frames[1:]
    return {"errorMessage": str(exc), "errorType": type(exc).__name__, "stackTrace": traceback.format_list(frames)}


def log_error(document):
    if JSON_LOGS:
        now = time.time()
        timestamp = "%s.%03dZ" % (time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(now)), int(now * 1000) % 1000)
        record = {"timestamp": timestamp, "level": "ERROR", **document, "requestId": current_request_id or ""}
        sys.stdout.write(json.dumps(record) + "\n")
    else:
        # One record: Lambda joins the lines with \r so CloudWatch keeps them together.
        lines = ["[ERROR] %s: %s" % (document["errorType"], document["errorMessage"]), "Traceback (most recent call last):"]
        lines += [line for entry in document["stackTrace"] for line in entry.splitlines()]
        sys.stdout.write("\r".join(lines) + "\n")


# ---- handler resolution ----------------------------------------------------------------------------------------------
def load_handler(spec):
    try:
        module_name, function_name = spec.rsplit(".", 1)
    except ValueError as e:
        raise Fault("MalformedHandlerName", "Bad handler '{}': {}".format(spec, e))
    if module_name.split(".")[0] in sys.builtin_module_names:
        raise Fault("BuiltInModuleConflict", "Cannot use built-in module {} as a handler module".format(module_name))
    try:
        module = importlib.import_module(module_name.replace("/", "."))
    except ImportError as e:
        raise Fault("ImportModuleError", "Unable to import module '{}': {}".format(module_name, e))
    except SyntaxError as e:
        trace = ['  File "%s" Line %s\n    %s' % (e.filename, e.lineno, e.text)]
        raise Fault("UserCodeSyntaxError", "Syntax error in module '{}': {}".format(module_name, e), trace)
    try:
        return getattr(module, function_name)
    except AttributeError:
        raise Fault("HandlerNotFound", "Handler '{}' missing on module '{}'".format(function_name, module_name))


# ---- one invocation --------------------------------------------------------------------------------------------------
class LambdaContext:
    def __init__(self, request_id, headers):
        env = os.environ
        self.aws_request_id = request_id
        self.function_name = env.get("AWS_LAMBDA_FUNCTION_NAME")
        self.function_version = env.get("AWS_LAMBDA_FUNCTION_VERSION")
        # The managed runtime passes the variable's string through; int is what handlers expect to compute with.
        self.memory_limit_in_mb = int(env.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "0"))
        self.invoked_function_arn = headers.get("Lambda-Runtime-Invoked-Function-Arn")
        self.log_group_name = env.get("AWS_LAMBDA_LOG_GROUP_NAME")
        self.log_stream_name = env.get("AWS_LAMBDA_LOG_STREAM_NAME")
        self._deadline_ms = int(headers.get("Lambda-Runtime-Deadline-Ms", "0"))
        identity = parse_header(headers.get("Lambda-Runtime-Cognito-Identity"), "Cognito Identity") or {}
        self.identity = SimpleNamespace(cognito_identity_id=identity.get("cognitoIdentityId"),
                                        cognito_identity_pool_id=identity.get("cognitoIdentityPoolId"))
        client_context = parse_header(headers.get("Lambda-Runtime-Client-Context"), "Client Context")
        self.client_context = None if client_context is None else SimpleNamespace(
            custom=client_context.get("custom"), env=client_context.get("env"),
            client=None if client_context.get("client") is None else SimpleNamespace(**client_context["client"]))

    def get_remaining_time_in_millis(self):
        return max(0, self._deadline_ms - int(time.time() * 1000))

    def log(self, message):
        sys.stdout.write(str(message))


def parse_header(value, name):
    if not value:
        return None
    try:
        return json.loads(value)
    except ValueError as e:
        raise Fault("LambdaContextUnmarshalError", "Unable to parse {} JSON: {}".format(name, e))


def to_json(result):
    def convert(value):  # Decimal (e.g. from DynamoDB) as a JSON number, as the managed runtime writes it
        if isinstance(value, decimal.Decimal):
            return int(value) if value == value.to_integral_value() else float(value)
        raise TypeError("Object of type %s is not JSON serializable" % type(value).__name__)

    try:
        return json.dumps(result, default=convert)
    except Exception as e:
        raise Fault("MarshalError", "Unable to marshal response: {}".format(e))


def invoke(api, handler, response, body):
    global current_request_id
    request_id = current_request_id = response.getheader("Lambda-Runtime-Aws-Request-Id")
    trace_id = response.getheader("Lambda-Runtime-Trace-Id")
    if trace_id:
        os.environ["_X_AMZN_TRACE_ID"] = trace_id
    else:
        os.environ.pop("_X_AMZN_TRACE_ID", None)
    try:
        context = LambdaContext(request_id, response.headers)
        try:
            event = json.loads(body)
        except ValueError as e:
            raise Fault("UnmarshalError", "Unable to unmarshal input: {}".format(e))
        result = handler(event, context)
        payload = result if isinstance(result, bytes) else to_json(result)
    except Exception as e:
        document = error_document(e)
        log_error(document)
        sys.stdout.flush()
        api.post("/invocation/%s/error" % request_id, json.dumps(document), document["errorType"])
        return
    sys.stdout.flush()  # Local Lambda attributes output read before the response to this invocation
    api.post("/invocation/%s/response" % request_id, payload)


def main():
    api = RuntimeApi(os.environ["AWS_LAMBDA_RUNTIME_API"])
    # User modules resolve from the task root first; this script's own directory is not the function's code.
    task_root = os.environ.get("LAMBDA_TASK_ROOT", os.getcwd())
    sys.path[0:1] = [task_root]
    setup_logging()
    try:
        handler = load_handler(os.environ.get("_HANDLER", ""))
    except Exception as e:  # any failure while importing user code is an init error
        document = error_document(e)
        log_error(document)
        sys.stdout.flush()
        api.post("/init/error", json.dumps(document), document["errorType"])
        sys.exit(1)
    try:
        while True:
            response, body = api.call("GET", "/invocation/next")
            invoke(api, handler, response, body)
    except (OSError, http.client.HTTPException) as e:
        # The Runtime API is gone (Local Lambda closed this environment): there is nobody left to report to.
        sys.stderr.write("Runtime API unreachable: %s\n" % e)
        sys.exit(1)


if __name__ == "__main__":
    main()
