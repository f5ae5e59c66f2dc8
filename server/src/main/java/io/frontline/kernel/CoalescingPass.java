package io.frontline.kernel;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A pass over shared work (routing the queue, say) that many threads may ask for at once: one pass runs at a time on
 * this node, and every request made while it runs coalesces into exactly one more pass, so no request is lost and no
 * work is done twice in parallel. A failing pass is logged; the next request retries.
 */
public final class CoalescingPass {

    private static final Logger log = LoggerFactory.getLogger(CoalescingPass.class);

    private final String name;
    private final Runnable pass;
    private final ReentrantLock running = new ReentrantLock();
    private final AtomicBoolean again = new AtomicBoolean();

    public CoalescingPass(String name, Runnable pass) {
        this.name = name;
        this.pass = pass;
    }

    /** Runs a pass now, or has the pass running on another thread run once more when it ends. */
    public void request() {
        again.set(true);
        while (again.get()) {
            if (!running.tryLock()) {
                return;
            }
            try {
                again.set(false);
                pass.run();
            } catch (RuntimeException e) {
                log.warn("{} pass failed; the next pass retries", name, e);
            } finally {
                running.unlock();
            }
        }
    }

    /** One full pass now, waiting for a pass already running on another thread to end first; failures propagate. */
    public void runNow() {
        running.lock();
        try {
            pass.run();
        } finally {
            running.unlock();
        }
    }
}
