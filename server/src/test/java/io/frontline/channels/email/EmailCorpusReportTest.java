package io.frontline.channels.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.channels.email.classify.MailClassifier;
import io.frontline.channels.email.corpus.SisimaiCheck;
import io.frontline.channels.email.corpus.ZammadCheck;
import io.frontline.channels.email.corpus.ZammadCheck.FieldResult;
import io.frontline.channels.email.mime.MailParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Measures the pass rates of the parser and the classifier on the mail corpus, per folder and per field, and writes
 * them into {@code docs/email.md} between generated-section markers, so the documented numbers are the measured ones.
 */
class EmailCorpusReportTest {

    private static final Path DOC = Path.of("../docs/email.md");
    private static final String COMMAND =
            "./mvnw -pl server test -Dtest='ZammadCorpusTest,SisimaiCorpusTest,EmailCorpusReportTest'";

    private final MailParser parser = new MailParser();
    private final MailClassifier classifier = new MailClassifier();

    @Test
    void writesCorpusResultsToDocs() throws IOException {
        Map<String, List<FieldResult>> zammad = new LinkedHashMap<>();
        ZammadCheck.expectations()
                .forEach((name, expected) ->
                        zammad.put(name, ZammadCheck.check(expected, parser.parse(ZammadCheck.raw(expected)))));
        Map<String, List<FieldResult>> sisimai = new LinkedHashMap<>();
        SisimaiCheck.expectations()
                .forEach((file, expected) -> sisimai.put(
                        file,
                        SisimaiCheck.check(file, expected, classifier.classify(parser.parse(SisimaiCheck.raw(file))))));

        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        doc = replace(doc, "zammad", zammadSection(zammad));
        doc = replace(doc, "sisimai", sisimaiSection(sisimai));
        Files.writeString(DOC, doc, StandardCharsets.UTF_8);

        assertThat(doc)
                .contains(
                        "## Corpus results: parsing (zammad)", "## Corpus results: bounces and auto-replies (sisimai)");
    }

    private static String zammadSection(Map<String, List<FieldResult>> results) {
        StringBuilder out = new StringBuilder();
        out.append("Reproduce with `")
                .append(COMMAND)
                .append("`; this section is written by `EmailCorpusReportTest`.\n\n");
        out.append("| Folder | Cases | All fields match Zammad | Pass as specified (with listed deviations) |\n");
        out.append("|---|---:|---:|---:|\n");
        out.append(caseRow("zammad/mail", results, ZammadCheck.FIELDS, ZammadCheck.DEVIATIONS));
        out.append("\n");
        out.append(fieldTable(results, ZammadCheck.FIELDS, ZammadCheck.DEVIATIONS));
        out.append("\n");
        out.append(deviationList(ZammadCheck.DEVIATIONS));
        return out.toString();
    }

    private static String sisimaiSection(Map<String, List<FieldResult>> results) {
        StringBuilder out = new StringBuilder();
        out.append("Reproduce with `")
                .append(COMMAND)
                .append("`; this section is written by `EmailCorpusReportTest`.\n\n");
        Map<String, Map<String, List<FieldResult>>> groups = new TreeMap<>();
        results.forEach((file, r) ->
                groups.computeIfAbsent(group(file), k -> new LinkedHashMap<>()).put(file, r));
        out.append(
                "| Folder / group | Cases | All checked fields match Sisimai | Pass as specified (with listed deviations) |\n");
        out.append("|---|---:|---:|---:|\n");
        groups.forEach(
                (group, cases) -> out.append(caseRow(group, cases, SisimaiCheck.FIELDS, SisimaiCheck.DEVIATIONS)));
        out.append(caseRow("**all of sisimai/**", results, SisimaiCheck.FIELDS, SisimaiCheck.DEVIATIONS));
        out.append("\n");
        List<String> fields = new ArrayList<>(SisimaiCheck.FIELDS);
        fields.addAll(SisimaiCheck.INFO_FIELDS);
        out.append(fieldTable(results, fields, SisimaiCheck.DEVIATIONS));
        out.append("\n`reason` and `reply_code` are measured, not asserted: Sisimai's reasons are mapped onto our")
                .append(" `BounceReason` taxonomy (see `SisimaiCheck`), several of them by judgement. A status that")
                .append(" Sisimai made up because the bounce gave none (x.0.9xx) matches our null or any code of the")
                .append(" same class.\n\n");
        out.append(deviationList(SisimaiCheck.DEVIATIONS));
        return out.toString();
    }

    private static String group(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return file.contains("/not/") ? "not (normal mail)" : name.replaceAll("-\\d+\\.eml$", "");
    }

    private static String caseRow(
            String label,
            Map<String, List<FieldResult>> results,
            List<String> fields,
            Map<String, Map<String, String>> deviations) {
        int exact = 0;
        int specified = 0;
        for (Map.Entry<String, List<FieldResult>> e : results.entrySet()) {
            Map<String, String> allowed = deviations.getOrDefault(e.getKey(), Map.of());
            boolean allMatch = true;
            boolean asSpecified = true;
            for (FieldResult r : e.getValue()) {
                if (!fields.contains(r.field())) {
                    continue;
                }
                allMatch &= r.matches();
                asSpecified &= r.matches() != allowed.containsKey(r.field());
            }
            exact += allMatch ? 1 : 0;
            specified += asSpecified ? 1 : 0;
        }
        return "| " + label + " | " + results.size() + " | " + rate(exact, results.size()) + " | "
                + rate(specified, results.size()) + " |\n";
    }

    private static String fieldTable(
            Map<String, List<FieldResult>> results, List<String> fields, Map<String, Map<String, String>> deviations) {
        StringBuilder out =
                new StringBuilder("| Field | Checked | Match | Listed deviations |\n|---|---:|---:|---:|\n");
        for (String field : fields) {
            int checked = 0;
            int matched = 0;
            int deviating = 0;
            for (Map.Entry<String, List<FieldResult>> e : results.entrySet()) {
                for (FieldResult r : e.getValue()) {
                    if (r.field().equals(field)) {
                        checked++;
                        matched += r.matches() ? 1 : 0;
                        deviating +=
                                deviations.getOrDefault(e.getKey(), Map.of()).containsKey(field) ? 1 : 0;
                    }
                }
            }
            out.append("| ")
                    .append(field)
                    .append(" | ")
                    .append(checked)
                    .append(" | ")
                    .append(rate(matched, checked))
                    .append(" | ")
                    .append(deviating)
                    .append(" |\n");
        }
        return out.toString();
    }

    private static String deviationList(Map<String, Map<String, String>> deviations) {
        StringBuilder out = new StringBuilder("Listed deviations (asserted to still occur):\n\n");
        new TreeMap<>(deviations)
                .forEach((file, fields) -> new TreeMap<>(fields)
                        .forEach((field, reason) -> out.append("* `")
                                .append(file)
                                .append("` ")
                                .append(field)
                                .append(": ")
                                .append(reason)
                                .append('\n')));
        return out.toString();
    }

    private static String rate(int part, int whole) {
        return part + " (" + String.format(Locale.ROOT, "%.1f", whole == 0 ? 100.0 : 100.0 * part / whole) + " %)";
    }

    private static String replace(String doc, String name, String content) {
        String start = "<!-- generated:" + name + ":start -->";
        String end = "<!-- generated:" + name + ":end -->";
        int from = doc.indexOf(start);
        int to = doc.indexOf(end);
        assertThat(from).as("marker %s in %s", start, DOC).isNotNegative();
        assertThat(to).as("marker %s in %s", end, DOC).isGreaterThan(from);
        return doc.substring(0, from + start.length()) + "\n" + content + doc.substring(to);
    }
}
