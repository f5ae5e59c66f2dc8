/** A realistic demo dataset for a first look at Frontline, loaded on the first start of the embedded default. */
package io.frontline.demo;
