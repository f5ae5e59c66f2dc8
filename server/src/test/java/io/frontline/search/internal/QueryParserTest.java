package io.frontline.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontline.kernel.InvalidInputException;
import io.frontline.search.internal.SearchQuery.Filter;
import io.frontline.search.internal.SearchQuery.Operator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class QueryParserTest {

    @Nested
    class FreeText {

        @Test
        void splitsWordsOnWhitespace() {
            SearchQuery query = QueryParser.parse("  router   keeps rebooting ");

            assertThat(query.terms()).containsExactly("router", "keeps", "rebooting");
            assertThat(query.phrases()).isEmpty();
            assertThat(query.filters()).isEmpty();
        }

        @Test
        void keepsQuotedPhrasesTogether() {
            SearchQuery query = QueryParser.parse("refund \"order number\" late");

            assertThat(query.terms()).containsExactly("refund", "late");
            assertThat(query.phrases()).containsExactly("order number");
        }

        @Test
        void treatsAQuotedSingleWordAsAWordAndAnUnclosedQuoteAsRunningToTheEnd() {
            assertThat(QueryParser.parse("\"invoice\"").terms()).containsExactly("invoice");
            assertThat(QueryParser.parse("help \"wifi drops").phrases()).containsExactly("wifi drops");
        }

        @Test
        void searchesAWordThatEndsWithAColonAsTheWord() {
            SearchQuery query = QueryParser.parse("error: timeout");

            assertThat(query.terms()).containsExactly("error", "timeout");
            assertThat(query.filters()).isEmpty();
        }

        @Test
        void keepsWordsInAnyScript() {
            assertThat(QueryParser.parse("München ルーター").terms()).containsExactly("München", "ルーター");
        }

        @Test
        void treatsTheLastWordAsPossiblyUnfinishedUnlessItIsQuoted() {
            SearchQuery typing = QueryParser.parse("router reb status:open");
            SearchQuery quoted = QueryParser.parse("router \"reb\"");
            SearchQuery phraseLast = QueryParser.parse("router \"keeps rebooting\"");

            assertThat(typing.isPrefix(0)).isFalse();
            assertThat(typing.isPrefix(1)).isTrue();
            assertThat(quoted.lastTermIsPrefix()).isFalse();
            assertThat(phraseLast.isPrefix(0)).isTrue();
            assertThat(QueryParser.parse("status:open").lastTermIsPrefix()).isFalse();
        }

        @Test
        void anEmptyOrMissingQueryHasNothing() {
            assertThat(QueryParser.parse(null).hasText()).isFalse();
            assertThat(QueryParser.parse("   ").filters()).isEmpty();
        }
    }

    @Nested
    class Filters {

        @Test
        void readsEveryFilterOfTheIssue() {
            SearchQuery query = QueryParser.parse("status:open assignee:me tag:refund priority:urgent "
                    + "requester:alice@example.com created>2026-01-01 printer");

            assertThat(query.filters())
                    .containsExactly(
                            new Filter("status", Operator.IS, "open"),
                            new Filter("assignee", Operator.IS, "me"),
                            new Filter("tag", Operator.IS, "refund"),
                            new Filter("priority", Operator.IS, "urgent"),
                            new Filter("requester", Operator.IS, "alice@example.com"),
                            new Filter("created", Operator.AFTER, "2026-01-01"));
            assertThat(query.terms()).containsExactly("printer");
        }

        @Test
        void readsBeforeAndAfterOnDates() {
            SearchQuery query = QueryParser.parse("created<2026-02-01 updated>2026-01-15");

            assertThat(query.filters())
                    .containsExactly(
                            new Filter("created", Operator.BEFORE, "2026-02-01"),
                            new Filter("updated", Operator.AFTER, "2026-01-15"));
        }

        @Test
        void takesAQuotedValueWithSpaces() {
            SearchQuery query = QueryParser.parse("team:\"Billing Tier 2\" organization:\"Acme Corp\" late");

            assertThat(query.filters())
                    .containsExactly(
                            new Filter("team", Operator.IS, "Billing Tier 2"),
                            new Filter("organization", Operator.IS, "Acme Corp"));
            assertThat(query.terms()).containsExactly("late");
        }

        @Test
        void acceptsFilterNamesInAnyCase() {
            assertThat(QueryParser.parse("Status:OPEN").filters())
                    .containsExactly(new Filter("status", Operator.IS, "OPEN"));
        }

        @Test
        void refusesAnUnknownFilterNamingIt() {
            assertThatThrownBy(() -> QueryParser.parse("stauts:open printer"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.violations()).hasSize(1);
                        assertThat(e.violations().getFirst().field()).isEqualTo("q");
                        assertThat(e.violations().getFirst().message()).contains("stauts:", "status");
                    });
        }

        @Test
        void refusesAComparisonOnAFilterThatOnlyMatches() {
            assertThatThrownBy(() -> QueryParser.parse("status>open"))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.violations().getFirst().message()).contains("status:"));
            assertThatThrownBy(() -> QueryParser.parse("created:2026-01-01"))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.violations().getFirst().message()).contains("created>", "created<"));
        }

        @Test
        void refusesAnOverlongQuery() {
            assertThatThrownBy(() -> QueryParser.parse("a".repeat(1001))).isInstanceOf(InvalidInputException.class);
        }
    }
}
