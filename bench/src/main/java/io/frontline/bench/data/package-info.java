/** The deterministic dataset generator and its bulk loaders for PostgreSQL (COPY) and H2 (batched inserts). */
package io.frontline.bench.data;
