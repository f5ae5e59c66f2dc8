package io.frontline.search.rest;

import io.frontline.kernel.InvalidInputException;
import io.frontline.search.FullTextSearch;
import io.frontline.search.ResultType;
import io.frontline.search.SearchResults;
import io.frontline.search.Suggestion;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/search")
class SearchController {

    record SuggestResponse(List<Suggestion> items) {}

    private final FullTextSearch search;

    SearchController(FullTextSearch search) {
        this.search = search;
    }

    /**
     * Searches tickets (subject and every message), customers and organizations; filters such as {@code status:open}
     * go into {@code q}. Each section is ranked by relevance and paged by its own {@code nextCursor}.
     */
    @GetMapping
    SearchResults search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String types,
            @RequestParam(defaultValue = "20") int limit,
            @RequestParam(required = false) String cursor) {
        return search.search(q, types(types), limit, cursor);
    }

    /** As-you-type completions: every typed word matches the start of a word in subjects, names, emails, domains. */
    @GetMapping("/suggest")
    SuggestResponse suggest(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String types) {
        return new SuggestResponse(search.suggest(q, types(types)));
    }

    static Set<ResultType> types(String types) {
        Set<ResultType> parsed = EnumSet.noneOf(ResultType.class);
        if (types == null || types.isBlank()) {
            return parsed;
        }
        for (String value : types.split(",")) {
            parsed.add(ResultType.of(value)
                    .orElseThrow(() -> new InvalidInputException(
                            "types", "\"" + value.strip() + "\" is not one of tickets, customers, organizations")));
        }
        return parsed;
    }
}
