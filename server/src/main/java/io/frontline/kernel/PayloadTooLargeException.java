package io.frontline.kernel;

/** An upload or body is larger than the configured limit. */
public class PayloadTooLargeException extends FrontlineException {

    public PayloadTooLargeException(String message) {
        super("payload_too_large", message);
    }
}
