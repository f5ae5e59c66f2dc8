package io.frontline.customers.web;

/** The duplicate, by id, to merge into the record on screen. */
record MergeForm(Long sourceId) {}
