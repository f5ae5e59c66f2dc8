/**
 * Telling machine mail from mail a person wrote: bounces and delivery reports (with the failed recipients and the
 * Message-ID of the message they are about), auto-replies and bulk mail, so that the intake neither answers them
 * automatically nor opens customer tickets from them.
 */
package io.frontline.channels.email.classify;
