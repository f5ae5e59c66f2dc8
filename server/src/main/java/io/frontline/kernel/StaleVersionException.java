package io.frontline.kernel;

/** The client wrote against a version of the record that is no longer current. */
public class StaleVersionException extends FrontlineException {

    private final long currentVersion;

    public StaleVersionException(String what, long currentVersion) {
        super(
                "stale_version",
                what + " was changed by someone else; reload and retry (current version " + currentVersion + ")");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
