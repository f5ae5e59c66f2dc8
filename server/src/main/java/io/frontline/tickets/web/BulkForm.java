package io.frontline.tickets.web;

import java.util.List;

/** A bulk action on the selected rows of a view: assign, status, priority, tags or merge, with its value. */
record BulkForm(List<Long> ids, String action, String value, String view) {}
