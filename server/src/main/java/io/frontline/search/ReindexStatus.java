package io.frontline.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** Where the latest rebuild of the index stands: {@code idle} (none since start), {@code running}, {@code done}, {@code failed}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReindexStatus(String state, Instant startedAt, Instant finishedAt, String error) {

    public static final ReindexStatus IDLE = new ReindexStatus("idle", null, null, null);
}
