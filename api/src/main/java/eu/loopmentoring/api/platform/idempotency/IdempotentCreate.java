package eu.loopmentoring.api.platform.idempotency;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a creating operation safe to retry with an {@code Idempotency-Key}: put it beside
 * {@code @Transactional} on a resource method whose operation declares the header. The key, the
 * effect and the stored answer then share the operation's transaction (see {@link Idempotency}).
 * The key space is the caller's (a public operation's is shared) and the operation's, whose id is
 * the method's name, as the generator names methods after operation ids.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface IdempotentCreate {}
