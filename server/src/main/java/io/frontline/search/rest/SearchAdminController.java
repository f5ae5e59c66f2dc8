package io.frontline.search.rest;

import io.frontline.search.ReindexStatus;
import io.frontline.search.SearchIndex;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/search/reindex")
@PreAuthorize("hasRole('ADMIN')")
class SearchAdminController {

    private final SearchIndex index;

    SearchAdminController(SearchIndex index) {
        this.index = index;
    }

    /** Starts rebuilding the index from the database in the background; follow the state with GET. */
    @PostMapping
    ResponseEntity<ReindexStatus> start() {
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/admin/search/reindex"))
                .body(index.startReindex());
    }

    @GetMapping
    ReindexStatus status() {
        return index.status();
    }
}
