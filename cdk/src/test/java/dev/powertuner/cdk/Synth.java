package dev.powertuner.cdk;

import dev.powertuner.statemachine.TunerStep;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.lambda.Code;

/** Test support: props with the dummy asset, a stack holding one tuner, and lookups in a template. */
final class Synth {
    private Synth() {
    }

    static Path root() {
        String root = System.getProperty("powertuner.root");
        return (root == null ? Paths.get("..") : Paths.get(root)).toAbsolutePath().normalize();
    }

    /** The repository's statemachine/powertuner.asl.json, which the library bundles. */
    static Path definitionFile() {
        return root().resolve("statemachine").resolve("powertuner.asl.json");
    }

    /** Props with a dummy code asset (fast to hash) and the bundled definition. */
    static PowerTunerProps.Builder props() {
        return PowerTunerProps.builder()
                .code(Code.fromAsset(Paths.get("src", "test", "resources", "dummy-handler").toString()));
    }

    static Stack stack(PowerTunerProps props) {
        Stack stack = new Stack(new App(), "PowerTunerTest");
        new PowerTuner(stack, "PowerTuner", props);
        return stack;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> properties(Map<String, Object> resource) {
        return (Map<String, Object>) resource.get("Properties");
    }

    /** Logical id of the function whose handler is the given step's. */
    static String functionId(Template template, TunerStep spec) {
        for (Map.Entry<String, Map<String, Object>> entry : template.findResources("AWS::Lambda::Function").entrySet()) {
            if (spec.handler().equals(properties(entry.getValue()).get("Handler"))) {
                return entry.getKey();
            }
        }
        throw new AssertionError("no function with handler " + spec.handler());
    }

    static Map<String, Object> function(Template template, TunerStep spec) {
        return properties(template.findResources("AWS::Lambda::Function").get(functionId(template, spec)));
    }

    /** Logical id of a function's role (its Role property is {"Fn::GetAtt": [roleId, "Arn"]}). */
    @SuppressWarnings("unchecked")
    static String roleId(Template template, TunerStep spec) {
        Map<String, Object> role = (Map<String, Object>) function(template, spec).get("Role");
        return ((List<Object>) role.get("Fn::GetAtt")).get(0).toString();
    }

    /** Every statement of the inline and managed policies attached to a role. */
    static List<Map<String, Object>> statementsOf(Template template, String roleId) {
        List<Map<String, Object>> statements = new ArrayList<>();
        for (String type : List.of("AWS::IAM::Policy", "AWS::IAM::ManagedPolicy")) {
            for (Map<String, Object> policy : template.findResources(type).values()) {
                Map<String, Object> props = properties(policy);
                if (attachedTo(props, roleId)) {
                    statements.addAll(statements(props));
                }
            }
        }
        return statements;
    }

    @SuppressWarnings("unchecked")
    private static boolean attachedTo(Map<String, Object> policyProperties, String roleId) {
        Object roles = policyProperties.get("Roles");
        if (!(roles instanceof List)) {
            return false;
        }
        for (Object role : (List<Object>) roles) {
            if (role instanceof Map && roleId.equals(((Map<String, Object>) role).get("Ref"))) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> statements(Map<String, Object> policyProperties) {
        Map<String, Object> document = (Map<String, Object>) policyProperties.get("PolicyDocument");
        return (List<Map<String, Object>>) document.get("Statement");
    }

    /** The statement's actions as a sorted set (a single action is a string in the template). */
    @SuppressWarnings("unchecked")
    static TreeSet<String> actions(Map<String, Object> statement) {
        Object actions = statement.get("Action");
        TreeSet<String> out = new TreeSet<>();
        if (actions instanceof List) {
            ((List<Object>) actions).forEach(a -> out.add(a.toString()));
        } else {
            out.add(actions.toString());
        }
        return out;
    }

    /** Actions of all statements of a role whose actions start with the prefix. */
    static TreeSet<String> actionsOf(Template template, TunerStep spec, String prefix) {
        TreeSet<String> out = new TreeSet<>();
        for (Map<String, Object> statement : statementsOf(template, roleId(template, spec))) {
            for (String action : actions(statement)) {
                if (action.startsWith(prefix)) {
                    out.add(action);
                }
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> environment(Template template, TunerStep spec) {
        Map<String, Object> env = (Map<String, Object>) function(template, spec).get("Environment");
        return (Map<String, Object>) env.get("Variables");
    }

    /** Logical id of the role the state machine runs with. */
    @SuppressWarnings("unchecked")
    static String stateMachineRoleId(Template template) {
        Map<String, Object> machine = properties(
                template.findResources("AWS::StepFunctions::StateMachine").values().iterator().next());
        return ((List<Object>) ((Map<String, Object>) machine.get("RoleArn")).get("Fn::GetAtt")).get(0).toString();
    }
}
