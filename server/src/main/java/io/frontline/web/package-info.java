/** The shared HTTP chrome: error documents, idempotent retries, request limits, layout and start page. */
package io.frontline.web;
