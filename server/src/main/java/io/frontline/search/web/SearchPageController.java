package io.frontline.search.web;

import io.frontline.kernel.InvalidInputException;
import io.frontline.search.FullTextSearch;
import io.frontline.search.SearchResults;
import io.frontline.search.Suggestion;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page: the same search as the API, rendered on the server. */
@Controller
class SearchPageController {

    private static final int PER_SECTION = 20;

    private final FullTextSearch search;

    SearchPageController(FullTextSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("q", q);
        if (!q.isBlank()) {
            try {
                SearchResults results = search.search(q, Set.of(), PER_SECTION, null);
                model.addAttribute("results", results);
                model.addAttribute("noResults", isEmpty(results));
            } catch (InvalidInputException e) {
                model.addAttribute("error", e.violations().getFirst().message());
            }
        }
        return "search/results";
    }

    /** As-you-type suggestions for the top bar's search box, as a fragment of links. */
    @GetMapping("/search/suggest")
    String suggest(@RequestParam(defaultValue = "") String q, Model model) {
        List<Suggestion> suggestions;
        try {
            suggestions = q.strip().length() < 2 ? List.of() : search.suggest(q, Set.of());
        } catch (InvalidInputException e) {
            suggestions = List.of();
        }
        model.addAttribute("q", q);
        model.addAttribute("suggestions", suggestions);
        return "search/suggestions";
    }

    private static boolean isEmpty(SearchResults results) {
        return (results.tickets() == null || results.tickets().total() == 0)
                && (results.customers() == null || results.customers().total() == 0)
                && (results.organizations() == null || results.organizations().total() == 0);
    }
}
