package io.frontline.tickets;

public enum Priority {
    LOW,
    NORMAL,
    HIGH,
    URGENT
}
