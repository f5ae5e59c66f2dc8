/** Benchmark tools for Frontline: dataset generator, load workloads and the report against the budgets. */
package io.frontline.bench;
