/** Agent notifications: the in-app inbox behind the bell, written by other modules through {@link io.frontline.notifications.Notifications}. */
package io.frontline.notifications;
