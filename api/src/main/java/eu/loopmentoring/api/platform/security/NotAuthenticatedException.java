package eu.loopmentoring.api.platform.security;

/** The operation needs a valid access token, and the request has none that is still good. */
public class NotAuthenticatedException extends RuntimeException {

    private final boolean tokenPresented;

    public NotAuthenticatedException(String message, boolean tokenPresented) {
        super(message, null, false, false);
        this.tokenPresented = tokenPresented;
    }

    public boolean tokenPresented() {
        return tokenPresented;
    }
}
