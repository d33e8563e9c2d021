package eu.loopmentoring.domain.shared;

/** A well-formed request that a business rule forbids; the message names the rule. */
public final class RuleViolationException extends DomainException {

    public RuleViolationException(String message) {
        super(message);
    }
}
