package io.frontline.channels.chat.rest;

/** A chat call without a valid visitor token. */
class VisitorTokenRequired extends RuntimeException {

    VisitorTokenRequired() {
        super("A valid X-Visitor-Token is required; ask POST /chat/api/visitors for one.");
    }
}
