/** Full-text search over tickets, their messages, customers and organizations, with filters in the query. */
package io.frontline.search;
