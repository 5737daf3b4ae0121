package dev.powertuner.local.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FunctionsFileTest {
    @TempDir
    Path dir;

    private String read(String entries) throws IOException {
        Path file = Files.writeString(dir.resolve("functions.json"), "{\"functions\": [" + entries + "]}");
        try {
            FunctionsFile.read(file);
            return "accepted";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"name\": \"a\", \"memroySize\": 512, \"profile\": {}}|functions[0] \"a\": unknown key 'memroySize'; did you mean 'memorySize'?",
        "{\"name\": \"a\"}|functions[0] \"a\": handler is required",
        "{\"name\": \"a\", \"profile\": {}, \"handler\": \"x.Y\"}|profile a simulated profile cannot have handler",
        "{\"name\": \"a\", \"runtime\": \"java21\", \"handler\": \"x.Y\"}|code runtime and code go together",
        "{\"name\": \"a\", \"code\": \"x.jar\", \"handler\": \"x.Y\"}|runtime runtime and code go together",
        "{\"name\": \"a\", \"memorySize\": 64, \"profile\": {}}|memorySize must be an integer from 128 to 10240, got 64",
        "{\"name\": \"a\", \"memorySize\": \"512\", \"profile\": {}}|memorySize must be an integer from 128 to 10240, got \"512\"",
        "{\"name\": \"a\", \"timeout\": 901, \"profile\": {}}|timeout must be an integer from 1 to 900, got 901",
        "{\"name\": \"a\", \"architecture\": \"arm\", \"profile\": {}}|architecture must be one of x86_64, arm64, got 'arm'",
        "{\"name\": \"a\", \"logFormat\": \"text\", \"profile\": {}}|logFormat must be one of Text, JSON",
        "{\"name\": \"a\", \"snapStart\": \"true\", \"profile\": {}}|snapStart must be true or false, got \"true\"",
        "{\"name\": \"a\", \"accountId\": \"12345\", \"profile\": {}}|functions[0] \"a\": accountId must be 12 digits: 12345",
        "{\"name\": \"a\", \"accountId\": 222222222222, \"profile\": {}}|accountId must be a string",
        "{\"name\": \"a\", \"environment\": [1], \"profile\": {}}|environment must be an object",
        "{\"name\": \"a\", \"runtime\": \"java21\", \"code\": \"missing.jar\", \"handler\": \"x.Y\"}|code: no such file or directory",
        "{\"name\": \"a\", \"runtime\": \"go1.x\", \"code\": \".\", \"handler\": \"main\"}|runtime 'go1.x' is not supported",
        "{\"name\": 7, \"profile\": {}}|name must be a string",
        "{\"name\": \"bad name\", \"profile\": {}}|Invalid function name: bad name",
        "[]|functions[0]: must be an object",
    })
    void badEntriesAreRefusedNamingTheEntryAndTheKey(String entry, String message) throws IOException {
        assertThat(read(entry)).contains(message);
    }

    @Test
    void duplicateNamesAreRefused() throws IOException {
        assertThat(read("{\"name\": \"a\", \"profile\": {}}, {\"name\": \"a\", \"profile\": {}}"))
                .isEqualTo("functions[1]: the name 'a' is used twice; names must be unique");
    }

    @Test
    void malformedJsonGivesLineAndColumn() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.json"), "{\"functions\": [\n  {\"name\": \"a\",}\n]}");
        assertThatThrownBy(() -> FunctionsFile.read(file)).hasMessageStartingWith("not valid JSON at line 2, column");
    }

    @Test
    void codeIsResolvedAgainstTheFilesDirectory() throws IOException {
        Files.createDirectories(dir.resolve("build/fn"));
        Path file = Files.writeString(dir.resolve("functions.json"), "{\"functions\": [{\"name\": \"fn\", "
                + "\"runtime\": \"nodejs20.x\", \"handler\": \"index.handler\", \"code\": \"build/fn\"}]}");

        FunctionDefinition d = FunctionsFile.read(file).get(0);

        assertThat(d.process().code()).isEqualTo(dir.resolve("build/fn"));
        assertThat(d.process().runtime()).isEqualTo("nodejs20.x");
    }

    @Test
    void anEntryMayNameItsAccount() throws IOException {
        Path file = Files.writeString(dir.resolve("functions.json"), "{\"functions\": [{\"name\": \"a\", \"accountId\": "
                + "\"222222222222\", \"profile\": {}}, {\"name\": \"b\", \"profile\": {}}]}");

        assertThat(FunctionsFile.read(file)).extracting(FunctionDefinition::accountId).containsExactly("222222222222", null);
    }

    @Test
    void rolesAreReadStrictlyNamingTheRoleAndTheKey() throws IOException {
        String role = "{\"roleArn\": \"arn:aws:iam::222222222222:role/target\", \"trusted\": [\"111111111111\"]";
        Path good = Files.writeString(dir.resolve("good.json"), "{\"functions\": [], \"roles\": [" + role
                + ", \"externalId\": \"x-1\"}]}");
        Path typo = Files.writeString(dir.resolve("typo.json"), "{\"functions\": [], \"roles\": [" + role
                + ", \"externalID\": \"x-1\"}]}");
        Path numbers = Files.writeString(dir.resolve("numbers.json"), "{\"functions\": [], \"roles\": ["
                + "{\"roleArn\": \"arn:aws:iam::222222222222:role/target\", \"trusted\": [111111111111]}]}");

        assertThat(FunctionsFile.readRoles(good)).singleElement().satisfies(r -> {
            assertThat(r.arn()).isEqualTo("arn:aws:iam::222222222222:role/target");
            assertThat(r.trustedPrincipals()).containsExactly("111111111111");
            assertThat(r.externalId()).isEqualTo("x-1");
        });
        assertThatThrownBy(() -> FunctionsFile.readRoles(typo))
                .hasMessageStartingWith("roles[0]: unknown key 'externalID'; did you mean 'externalId'?");
        assertThatThrownBy(() -> FunctionsFile.readRoles(numbers))
                .hasMessage("roles[0]: trusted must be an array of account ids or principal ARNs");
        assertThat(FunctionsFile.readRoles(Files.writeString(dir.resolve("none.json"), "{\"functions\": []}")))
                .isEmpty();
    }
}
