package io.frontline.kernel;

/** The thing asked for does not exist (or is not visible to the caller). */
public class NotFoundException extends FrontlineException {

    public NotFoundException(String what, Object id) {
        super("not_found", what + " " + id + " does not exist");
    }
}
