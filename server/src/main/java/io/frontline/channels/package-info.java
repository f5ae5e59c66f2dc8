/**
 * Channel adapters: they turn what arrives on a channel (email, later chat and others) into tickets and messages
 * through the tickets module's API, and carry agents' replies back out.
 */
package io.frontline.channels;
