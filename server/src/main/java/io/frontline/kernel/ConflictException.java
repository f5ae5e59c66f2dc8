package io.frontline.kernel;

/** The request is valid but the current state of the record forbids it, e.g. writing to a closed ticket. */
public class ConflictException extends FrontlineException {

    public ConflictException(String code, String message) {
        super(code, message);
    }
}
