package dev.powertuner.core.cost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The price table of {@code prices.json} (overrides: docs/deploy.md, "Parameters"): per region and architecture, with inheritance from
 * {@code default} for regions in the default's currency. Immutable; {@link #withOverrides} returns a new table.
 */
public final class PriceTable {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String RESOURCE = "/dev/powertuner/core/cost/prices.json";
    private static final String DEFAULT = "default";
    private static final String CURRENCY = "currency";
    private static final String PC = "provisionedGbSecond";
    private static final String PC_DURATION = "provisionedDurationGbSecond";
    private static final List<String> LAMBDA_FIELDS = List.of("requestPrice", "ephemeralStorageGbSecond", "x86_64", "arm64");

    private final ObjectNode document;

    private PriceTable(ObjectNode document) {
        this.document = document;
        validate();
    }

    /** The table bundled with core (parsed once per JVM; the table is immutable). */
    public static PriceTable bundled() {
        return Bundled.TABLE;
    }

    /** Lazy holder: the resource is read on first use. */
    private static final class Bundled {
        static final PriceTable TABLE = load();

        private Bundled() {
        }
    }

    private static PriceTable load() {
        try (InputStream in = PriceTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return fromJson(MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A table from a JSON document of the {@code prices.json} shape. */
    public static PriceTable fromJson(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("prices: the document must be a JSON object");
        }
        return new PriceTable(((ObjectNode) json).deepCopy());
    }

    /** A table read from a file. */
    public static PriceTable fromFile(Path file) {
        try {
            return fromJson(MAPPER.readTree(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This table with {@code overrides} (same shape) merged entry by entry; null or empty changes nothing. */
    public PriceTable withOverrides(JsonNode overrides) {
        if (overrides == null || overrides.isMissingNode() || overrides.isNull()) {
            return this;
        }
        if (!overrides.isObject()) {
            throw new IllegalArgumentException("priceOverrides must be a JSON object");
        }
        ObjectNode merged = document.deepCopy();
        merge(merged, (ObjectNode) overrides);
        return new PriceTable(merged);
    }

    /** Lambda prices for the function's region (else {@code default}) and architecture. */
    public LambdaPrice lambda(String region, String architecture) {
        JsonNode entry = lambdaEntry(region);
        JsonNode arch = field(entry, DEFAULT, "lambda", architecture);
        if (arch == null || !arch.path("gbSecond").isNumber()) {
            throw new IllegalArgumentException("Unsupported architecture: " + architecture);
        }
        return new LambdaPrice(field(entry, DEFAULT, "lambda", CURRENCY).asText(),
                arch.path("gbSecond").doubleValue(),
                field(entry, DEFAULT, "lambda", "requestPrice").doubleValue(),
                field(entry, DEFAULT, "lambda", "ephemeralStorageGbSecond").doubleValue());
    }

    /**
     * Provisioned-concurrency prices for the region and architecture: the region's own, else (same currency)
     * {@code default}'s; null when neither gives both.
     */
    public ProvisionedPrice provisionedConcurrency(String region, String architecture) {
        JsonNode own = lambdaEntry(region).path(architecture);
        JsonNode fallback = lambdaCurrency(region).equals(lambdaCurrency(DEFAULT))
                ? section("lambda").path(DEFAULT).path(architecture) : own;
        JsonNode hourly = own.has(PC) ? own.get(PC) : fallback.path(PC);
        JsonNode duration = own.has(PC_DURATION) ? own.get(PC_DURATION) : fallback.path(PC_DURATION);
        return hourly.isNumber() && duration.isNumber()
                ? new ProvisionedPrice(hourly.doubleValue(), duration.doubleValue()) : null;
    }

    /** Currency of Lambda prices in {@code region}. */
    public String lambdaCurrency(String region) {
        return field(lambdaEntry(region), DEFAULT, "lambda", CURRENCY).asText();
    }

    /** Step Functions price per state transition where the tuner runs. */
    public double stepFunctionsTransition(String region) {
        return field(section("stepFunctions").path(regionKey("stepFunctions", region)), DEFAULT, "stepFunctions", "transition")
                .doubleValue();
    }

    /** Currency of Step Functions prices in {@code region}. */
    public String stepFunctionsCurrency(String region) {
        return field(section("stepFunctions").path(regionKey("stepFunctions", region)), DEFAULT, "stepFunctions", CURRENCY)
                .asText();
    }

    /** The document as JSON (a copy). */
    public JsonNode toJson() {
        return document.deepCopy();
    }

    private JsonNode lambdaEntry(String region) {
        return section("lambda").path(regionKey("lambda", region));
    }

    private String regionKey(String sectionName, String region) {
        return region != null && section(sectionName).has(region) ? region : DEFAULT;
    }

    private JsonNode section(String name) {
        return document.path(name);
    }

    private JsonNode field(JsonNode entry, String fallbackRegion, String sectionName, String name) {
        if (entry.has(name)) {
            return entry.get(name);
        }
        JsonNode fallback = section(sectionName).path(fallbackRegion);
        return fallback.has(name) ? fallback.get(name) : null;
    }

    private void validate() {
        checkSection("lambda", LAMBDA_FIELDS);
        checkSection("stepFunctions", List.of("transition"));
        JsonNode lambdaDefault = section("lambda").path(DEFAULT);
        for (String name : List.of("x86_64", "arm64")) {
            if (!lambdaDefault.path(name).path("gbSecond").isNumber()) {
                throw new IllegalArgumentException("prices: lambda.default." + name + ".gbSecond is missing");
            }
        }
        for (Map.Entry<String, JsonNode> region : section("lambda").properties()) {
            for (String name : List.of("x86_64", "arm64")) {
                lambda(region.getKey(), name);
            }
        }
    }

    private void checkSection(String name, List<String> required) {
        JsonNode entries = section(name);
        JsonNode defaults = entries.path(DEFAULT);
        if (!defaults.isObject() || !defaults.path(CURRENCY).isTextual()) {
            throw new IllegalArgumentException("prices: " + name + ".default with a currency is required");
        }
        for (String field : required) {
            if (!defaults.has(field)) {
                throw new IllegalArgumentException("prices: " + name + ".default." + field + " is missing");
            }
        }
        String defaultCurrency = defaults.path(CURRENCY).asText();
        for (Map.Entry<String, JsonNode> e : entries.properties()) {
            String currency = e.getValue().path(CURRENCY).asText(defaultCurrency);
            if (currency.equals(defaultCurrency)) {
                continue;
            }
            for (String field : required) {
                if (!e.getValue().has(field)) {
                    throw new IllegalArgumentException("prices: " + name + "." + e.getKey() + " is priced in " + currency
                            + " and must define " + field);
                }
            }
        }
    }

    private static void merge(ObjectNode target, ObjectNode source) {
        for (Map.Entry<String, JsonNode> e : source.properties()) {
            JsonNode existing = target.get(e.getKey());
            if (existing != null && existing.isObject() && e.getValue().isObject()) {
                merge((ObjectNode) existing, (ObjectNode) e.getValue());
            } else {
                target.set(e.getKey(), e.getValue().deepCopy());
            }
        }
    }
}
