package dev.powertuner.cli;

import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code --junit}: JUnit XML as CI systems read it (GitHub Actions report actions, GitLab {@code artifacts:reports:junit},
 * Jenkins): one {@code testsuite} with one {@code testcase} per check, failures and skips carrying the message.
 */
final class JUnitReport {

    private JUnitReport() {
    }

    /** The document; {@code suite} names the test suite (e.g. {@code powertuner my-function}). */
    static String render(String suite, List<Check> checks) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            counts(xml, suite, checks);
            xml.writeCharacters("\n  ");
            xml.writeStartElement("testsuite");
            counts(xml, suite, checks);
            for (Check check : checks) {
                testcase(xml, check);
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write JUnit XML: " + e.getMessage(), e);
        }
        return text.append('\n').toString();
    }

    private static void counts(XMLStreamWriter xml, String suite, List<Check> checks) throws XMLStreamException {
        xml.writeAttribute("name", suite);
        xml.writeAttribute("tests", String.valueOf(checks.size()));
        xml.writeAttribute("failures", String.valueOf(count(checks, Check.Status.FAILED)));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", String.valueOf(count(checks, Check.Status.SKIPPED)));
    }

    private static void testcase(XMLStreamWriter xml, Check check) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", "powertuner." + check.group());
        xml.writeAttribute("name", check.name());
        switch (check.status()) {
            case FAILED -> {
                xml.writeStartElement("failure");
                xml.writeAttribute("type", check.group());
                xml.writeAttribute("message", check.message());
                xml.writeCharacters(check.message());
                xml.writeEndElement();
            }
            case SKIPPED -> {
                xml.writeEmptyElement("skipped");
                xml.writeAttribute("message", check.message());
            }
            default -> {
                xml.writeStartElement("system-out");
                xml.writeCharacters(check.message());
                xml.writeEndElement();
            }
        }
        xml.writeEndElement();
    }

    private static long count(List<Check> checks, Check.Status status) {
        return checks.stream().filter(c -> c.status() == status).count();
    }
}
