package dev.foyer.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller, or one of its handlers, whose time goes to another service rather than to this
 * server's cores: a text message sent, an identity provider asked, a stored object deleted. Such
 * requests never wait for a turn under {@code foyer.requests.at-once}, so a slow provider cannot
 * hold every turn.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface OutsideRequestLimit {
}
