package io.frontline.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.frontline.tickets.TicketStatus;
import java.util.List;

/**
 * The answer to one search: a section per result type asked for (absent otherwise), each ranked by relevance. The
 * {@code *Html} fields are HTML-escaped text in which the matched words are wrapped in {@code <mark>}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchResults(
        String query,
        Section<TicketHit> tickets,
        Section<CustomerHit> customers,
        Section<OrganizationHit> organizations) {

    /**
     * One result type: how many documents match, one page of them, and the cursor of the next page (none on the last).
     * Counting stops at {@value FullTextSearch#COUNT_UP_TO}: beyond, {@code total} is a lower bound and
     * {@code totalExact} is false.
     */
    public record Section<T>(long total, boolean totalExact, List<T> items, String nextCursor) {

        public static <T> Section<T> empty() {
            return new Section<>(0, true, List.of(), null);
        }
    }

    /**
     * A ticket, with its subject highlighted and, when a message matched, a highlighted passage of it; {@code score}
     * is its relevance (0 when the query had only filters and tickets come newest change first).
     */
    public record TicketHit(
            long id, String subject, TicketStatus status, String subjectHtml, String snippetHtml, float score) {}

    public record CustomerHit(long id, String name, List<String> identities, String nameHtml, String snippetHtml) {}

    public record OrganizationHit(long id, String name, List<String> domains, String nameHtml, String snippetHtml) {}
}
