package dev.powertuner.local.state;

import dev.powertuner.local.wire.LambdaApiException;
/** Request checks shared by the operations, with the error shapes AWS uses. */
final class Checks {
    private Checks() {
    }

    static void aliasName(String alias) {
        if (alias == null || !alias.matches("[a-zA-Z0-9_-]{1,128}") || alias.matches("[0-9]+")) {
            throw new LambdaApiException(400, "ValidationException", "1 validation error detected: Value '"
                    + alias + "' at 'name' failed to satisfy constraint: Member must satisfy regular expression "
                    + "pattern: (?!^[0-9]+$)([a-zA-Z0-9-_]+)");
        }
    }

    static void revision(String given, String current) {
        if (given != null && !given.equals(current)) {
            throw new LambdaApiException(412, "PreconditionFailedException",
                    "The Revision Id provided does not match the latest Revision Id. Call the GetFunction/GetAlias "
                            + "API to retrieve the latest Revision Id");
        }
    }
}
